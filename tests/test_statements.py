"""Statements: clause splitting, polarity, modality and attribution, on varied sentences."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.builtin.statements.clauses import split_sentence

from .conftest import SEED


def read(sentence: str) -> list[tuple]:
    """(text, subject, predicate, polarity, modality, attribution) of each statement."""
    return [
        (sentence[c.start:c.end], c.subject, c.predicate, c.polarity, c.modality,
         c.attribution)
        for c in split_sentence(sentence)
    ]


# sentence -> [(subject, predicate, polarity, modality, attribution), ...] in reading order
CASES: list[tuple[str, list[tuple[str, str, str, str | None, str | None]]]] = [
    # coordinated main clauses sharing a subject
    ("Chinese troops left Seoul and withdrew to the north.",
     [("Chinese troops", "leave", "positive", None, None),
      ("Chinese troops", "withdraw", "positive", None, None)]),
    ("The army captured Seoul, crossed the Han and took Suwon.",
     [("The army", "capture", "positive", None, None),
      ("The army", "cross", "positive", None, None),
      ("The army", "take", "positive", None, None)]),
    ("The army attacked the town, defended by 300 men.",
     [("The army", "attack", "positive", None, None)]),
    ("The board met on Monday and approved the merger.",
     [("The board", "meet", "positive", None, None),
      ("The board", "approve", "positive", None, None)]),
    ("Prices rose and then fell.",
     [("Prices", "rise", "positive", None, None), ("Prices", "fall", "positive", None, None)]),
    # coordinated clauses with subjects of their own
    ("The DPRK had 110,000 troops under arms, and new divisions were being formed.",
     [("The DPRK", "have", "positive", None, None),
      ("new divisions", "form", "positive", None, None)]),
    ("The government fell, but the army stayed loyal.",
     [("The government", "fall", "positive", None, None),
      ("the army", "stay", "positive", None, None)]),
    ("Sales grew in Europe; profits declined in Asia.",
     [("Sales", "grow", "positive", None, None), ("profits", "decline", "positive", None, None)]),
    # a coordinated subject is one subject
    ("Britain and France signed the treaty in 1904.",
     [("Britain and France", "sign", "positive", None, None)]),
    ("Soviet and American troops were withdrawn from Korea in 1948.",
     [("Soviet and American troops", "withdraw", "positive", None, None)]),
    # polarity
    ("The company never signed the agreement.",
     [("The company", "sign", "negative", None, None)]),
    ("They did not support the efforts of the Korean units.",
     [("They", "support", "negative", None, None)]),
    ("The senate refused to ratify the treaty.",
     [("The senate", "ratify", "negative", None, None)]),
    ("The rebels failed to capture the bridge.",
     [("The rebels", "capture", "negative", None, None)]),
    ("The minister did not refuse to sign the treaty.",
     [("The minister", "sign", "positive", None, None)]),
    ("No agreement was reached at the conference.",
     [("No agreement", "reach", "negative", None, None)]),
    ("The union reached no agreement with management.",
     [("The union", "reach", "negative", None, None)]),
    ("Neither side accepted the proposal.",
     [("Neither side", "accept", "negative", None, None)]),
    ("The bank no longer lends to small firms.",
     [("The bank", "lend", "negative", None, None)]),
    ("The plan was not only bold but costly.",
     [("The plan", "be", "positive", None, None)]),
    ("The offer may be nothing more than a trick.",
     [("The offer", "be", "positive", "possible", None)]),
    ("The army advanced, without waiting for reinforcements.",
     [("The army", "advance", "positive", None, None),
      ("The army", "wait", "negative", None, None)]),
    # modality and hedges
    ("One may suppose that Mao Zedong was afraid of a further advance.",
     [("Mao Zedong", "be", "positive", "supposed", None)]),
    ("It is possible that the figures were inflated.",
     [("the figures", "inflate", "positive", "supposed", None)]),
    ("Revenue apparently rose 5% in 2023.",
     [("Revenue", "rise", "positive", "supposed", None)]),
    ("The troops could have reached the river by noon.",
     [("The troops", "reach", "positive", "possible", None)]),
    ("The first step must be the convening of a political conference.",
     [("The first step", "be", "positive", "necessary", None)]),
    ("The strike will probably end next week.",
     [("The strike", "end", "positive", "future", None)]),
    # attribution
    ("Kim Il Sung more than once declared that Pak Il-u was behaving as the personal "
     "representative of Mao Zedong.",
     [("Pak Il-u", "behave", "positive", None, "Kim Il Sung")]),
    ("The ministry said that no civilians had been hurt.",
     [("no civilians", "hurt", "negative", None, "The ministry")]),
    ("The company's revenue rose 5%, the chief executive said.",
     [("The company's revenue", "rise", "positive", None, "the chief executive")]),
    ("According to the census, the population doubled between 1900 and 1950.",
     [("the population", "double", "positive", None, "the census")]),
    ("The rebels have taken the capital, state radio announced yesterday.",
     [("The rebels", "take", "positive", None, "state radio")]),
    ("The government denied that troops had crossed the border.",
     [("troops", "cross", "negative", None, "The government")]),
    # context: opening phrases, subordinate, relative and participial clauses
    ("When the attack began, North Korean forces outnumbered the South Korean forces.",
     [("North Korean forces", "outnumber", "positive", None, None)]),
    ("In August 1950 American planes began bombing Chinese territory near the Yalu.",
     [("American planes", "begin", "positive", None, None)]),
    ("In this period Kim Il Sung and other leaders were determined to unify the country.",
     [("Kim Il Sung and other leaders", "determine", "positive", None, None)]),
    ("The firm, which was founded in 1990, employs 400 people.",
     [("The firm", "employ", "positive", None, None)]),
    ("Studying the morale of the population, they sent reports to the Central Committee.",
     [("they", "send", "positive", None, None)]),
    ("The Koreans were against the surrender of Seoul by the Chinese volunteers.",
     [("The Koreans", "oppose", "positive", None, None)]),
    ("Most delegates were in favour of the motion.",
     [("Most delegates", "support", "positive", None, None)]),
    ("The reply, signed by the premier and by the commander, proposed a meeting.",
     [("The reply", "propose", "positive", None, None)]),
    ("The firm has nonetheless expanded its fleet.",
     [("The firm", "expand", "positive", None, None)]),
    ("Intelligence officers say the enemy has massed troops.",
     [("the enemy", "mass", "positive", None, "Intelligence officers")]),
    ("The company said it would not cut jobs.",
     [("it", "cut", "negative", "conditional", "The company")]),
    ("It is not true that the minister resigned.",
     [("the minister", "resign", "negative", None, None)]),
    ("It is unlikely that the vaccine caused the illness.",
     [("the vaccine", "cause", "negative", "supposed", None)]),
    ("The army neither advanced nor retreated.",
     [("The army", "advance", "negative", None, None),
      ("The army", "retreat", "negative", None, None)]),
    ("Scientists have not yet found a cure.",
     [("Scientists", "find", "negative", None, None)]),
    ("The defendant was found not guilty.",
     [("The defendant", "find", "negative", None, None)]),
    ("Investors were unable to sell their shares.",
     [("Investors", "sell", "negative", None, None)]),
    ("She didn't just win the race.", [("She", "win", "positive", None, None)]),
    ("No fewer than 300 troops were killed.",
     [("No fewer than 300 troops", "kill", "positive", None, None)]),
    ("Not a single soldier deserted.", [("Not a single soldier", "desert", "negative", None,
                                         None)]),
    ("United Nations forces retook the city.",
     [("United Nations forces", "retake", "positive", None, None)]),
    ("Expected profits rose in May.", [("Expected profits", "rise", "positive", None, None)]),
    ("In the course of the talks such basic questions were discussed.",
     [("such basic questions", "discuss", "positive", None, None)]),
    ("After consultations, the government on June 23 put forward a proposal.",
     [("the government", "put", "positive", None, None)]),
    ("Later that question was also resolved.",
     [("that question", "resolve", "positive", None, None)]),
    ("Chinese troops took Seoul in January, and United Nations forces retook the city.",
     [("Chinese troops", "take", "positive", None, None),
      ("United Nations forces", "retake", "positive", None, None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_statements_of_varied_sentences(sentence: str, expected: list[tuple]) -> None:
    got = [row[1:] for row in read(sentence)]
    assert got == expected


def test_spans_cover_the_clause_and_hold_its_verb() -> None:
    sentence = "However, Chinese troops left Seoul and withdrew to the north."
    texts = [row[0] for row in read(sentence)]
    assert texts == ["However, Chinese troops left Seoul", "withdrew to the north"]
    for clause in split_sentence(sentence):
        s, e = clause.verb_span
        assert clause.start <= s < e <= clause.end


def test_offsets_are_the_documents() -> None:
    text = "Intro. The senate refused to ratify the treaty, and the president resigned."
    base = 7
    clauses = split_sentence(text[base:], base)
    assert [text[c.start:c.end] for c in clauses] == [
        "The senate refused to ratify the treaty", "the president resigned"]
    for clause in clauses:
        s, e = clause.subject_span
        assert text[s:e] == clause.subject


def test_seed_sentences() -> None:
    """The seed's own cases, read through the whole pipeline."""
    claims = [c for c in claimcheck.claims(SEED) if c.kind == "statement"]
    by_text = {c.text: c for c in claims}
    left = next(c for t, c in by_text.items() if t.endswith("left Seoul"))
    withdrew = by_text["withdrew to the north"]
    assert left.subject == withdrew.subject == "Chinese troops"
    assert withdrew.extra["predicate"] == "withdraw"
    afraid = next(c for c in claims if c.text.startswith("Mao Zedong was afraid"))
    assert afraid.hedges == ("one may suppose",)
    assert afraid.extra["modality"] == "supposed"
    pak = next(c for c in claims if c.text.startswith("Pak Il-u was behaving"))
    assert pak.attribution == "Kim Il Sung"
    they = next(c for c in claims if c.text.startswith("They did not support"))
    assert they.extra["polarity"] == "negative"
    assert they.extra["refers_to"] == "Chinese troops"
    without = next(c for c in claims if c.text.startswith("without devoting"))
    assert without.extra["polarity"] == "negative"
    assert without.subject == "Kim Il Sung and other Korean leaders"


def test_a_denial_about_a_detail_names_its_focus() -> None:
    (clause,) = split_sentence("Napoleon did not invade Russia until June 1812.")
    assert (clause.polarity, clause.negation_focus) == ("negative", "until")
    (clause,) = split_sentence("The senator voted against the bill.")
    assert clause.particle == "against"


def test_a_relative_clauses_date_is_not_the_statements() -> None:
    text = ("The regime, which launched its invasion on June 25, 1950, is unable to "
            "continue the war. By January 1, 1950, the army had 110,000 troops.")
    first, second = claimcheck.statements(text)
    assert first.when is None and first.extra["times"]
    assert second.when is not None and second.when.earliest.isoformat() == "1950-01-01"


def test_statements_link_the_figures_and_dates_inside_them() -> None:
    claims = claimcheck.claims("By January 1, 1950, the DPRK had 110,000 troops.")
    statement = next(c for c in claims if c.kind == "statement")
    inside = {c.id: c for c in claims if c.id in statement.extra["claims"]}
    assert {c.kind for c in inside.values()} == {"date", "quantity"}
    assert statement.when is not None and statement.when.earliest.isoformat() == "1950-01-01"


def test_headings_fragments_questions_and_inversions_make_no_statements() -> None:
    for text in ("II. Entry of the Chinese into the Korean War", "1) concentration of troops",
                 "Skip to content", "", "(telegram 468, 1950)",
                 "Why did the company not report the loss?", "Not until 1945 did the war end.",
                 "At no time were more than a million present."):
        assert [c for c in claimcheck.claims(text) if c.kind == "statement"] == []


@pytest.mark.parametrize("text", [
    "and and and " * 500, "not " * 2000, "(" * 500 + "was" + ")" * 500,
    "“" * 300 + " said that " * 300, "that " * 1000 + "was.",
    ", which" * 800, "1,000 " * 1000,
])
def test_adversarial_runs_give_exact_spans(text: str) -> None:
    for clause in split_sentence(text):
        assert 0 <= clause.start <= clause.end <= len(text)


# -- datelines and sources by name (issue 13) --------------------------------------------------

SOURCED = [
    # a number and its noun open the reported clause
    ("The ministry said 120 people died.",
     [("120 people died", "120 people", "die", "positive", None, "The ministry")]),
    ("The report said 40 percent of homes were damaged.",
     [("40 percent of homes were damaged", "40 percent of homes", "damage", "positive", None,
       "The report")]),
    # a date phrase after the closing "X said"
    ("Revenue rose 5%, Acme Corp said on Nov 2.",
     [("Revenue rose 5%", "Revenue", "rise", "positive", None, "Acme Corp")]),
    ("The rebels took the town, officials said on Tuesday.",
     [("The rebels took the town", "The rebels", "take", "positive", None, "officials")]),
    ("The army crossed the river, he said last week.",
     [("The army crossed the river", "The army", "cross", "positive", None, "he")]),
    # a dateline is no part of the sentence, nor of its source
    ("LONDON, March 3 (AP) — The ministry said 120 people died.",
     [("120 people died", "120 people", "die", "positive", None, "The ministry")]),
    ("Nov. 2 (Reuters) - Acme Corp said that revenue rose 5%.",
     [("revenue rose 5%", "revenue", "rise", "positive", None, "Acme Corp")]),
    ("According to Nov 2 (Reuters) Acme Corp, revenue rose 5%.",
     [("revenue rose 5%", "revenue", "rise", "positive", None, "Acme Corp")]),
    ("According to the U.S. Geological Survey, the quake killed 120 people.",
     [("the quake killed 120 people", "the quake", "kill", "positive", None,
       "the U.S. Geological Survey")]),
    # not a reported clause: "3 times" has no verb of its own
    ("He said 3 times that the plan would fail.",
     [("He said 3 times that the plan would fail", "He", "say", "positive", None, None)]),
    # a chronology's date before a dash stays with its statement
    ("June 25, 1950 — North Korean forces crossed the border.",
     [("June 25, 1950 — North Korean forces crossed the border", "North Korean forces",
       "cross", "positive", None, None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), SOURCED, ids=[c[0][:40] for c in SOURCED])
def test_sources_are_named_without_datelines(sentence: str, expected: list[tuple]) -> None:
    assert read(sentence) == expected
