"""Slant detection: what a reader must see flagged, and what must stay quiet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.builtin.slant.detect import CATEGORIES, find_slant, lexicon_for
from claimcheck.builtin.slant.lexicon import Lexicon, expand
from claimcheck.builtin.slant.plugin import detect_slant
from claimcheck.builtin.slant.quotes import find_quotes
from claimcheck.config import Config
from claimcheck.model import Document, Sentence

from .workcount import assert_linear, repeat

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = (SEEDS / "000_ce84e7394f74e36b.txt").read_text(encoding="utf-8")
PRESS = (SEEDS / "press-style-1951.txt").read_text(encoding="utf-8")
WESTERN = (SEEDS / "western-figures-1950-1958.txt").read_text(encoding="utf-8")
NEUTRAL = (SEEDS / "seed-opening-neutral-rendering.txt").read_text(encoding="utf-8")


def slant_only(findings):
    """Findings that count as slant (hedging is reported, but as certainty, not slant)."""
    return [f for f in findings if f.category != "hedging"]


def flagged(text: str, phrase: str, category: str, findings=None) -> bool:
    """True if every occurrence of ``phrase`` overlaps a finding of ``category``."""
    findings = find_slant(text) if findings is None else findings
    start = text.find(phrase)
    assert start >= 0, f"test phrase {phrase!r} not in text"
    while start >= 0:
        end = start + len(phrase)
        if not any(
            f.category == category and f.start < end and start < f.end for f in findings
        ):
            return False
        start = text.find(phrase, end)
    return True


def categories_in(text: str, **kw) -> set[str]:
    return {f.category for f in find_slant(text, **kw)}


# -- the seed and the counter-sources --------------------------------------------------------

SEED_FINDINGS = find_slant(SEED)


@pytest.mark.parametrize(
    ("phrase", "category"),
    [
        # DESIGN.md's example
        ("puppet government", "labeling"),
        ("Seoul regime", "labeling"),
        ("the sabotage of the USA", "presupposition"),
        ("“U.N. troops”", "doubt_marking"),
        ("so-called", "doubt_marking"),
        ("adventuristic", "loaded_language"),
        ("as is known", "presupposition"),
        # DESIGN.md's category table and the lists
        ("great power manners", "loaded_language"),
        ("genuinely democratic", "loaded_language"),
        ("“discussion”", "doubt_marking"),
        ("Comrade Gromyko", "affiliation"),
        ("our position", "affiliation"),
        ("clearly", "presupposition"),
        ("one may suppose", "hedging"),
    ],
)
def test_seed_phrases_are_flagged(phrase: str, category: str) -> None:
    assert flagged(SEED, phrase, category, SEED_FINDINGS)


@pytest.mark.parametrize(
    ("phrase", "category"),
    [
        ("puppet premier", "labeling"),
        ("so-called", "doubt_marking"),
        ('"volunteers"', "doubt_marking"),
        ("Red hordes", "labeling"),
        ("unprovoked invasion", "loaded_language"),
        ("clearly", "presupposition"),
        ("Observers here warned", "unsupported_attribution"),
        ("hinted", "loaded_reporting_verb"),
        ("Pyongyang regime", "labeling"),
    ],
)
def test_partisan_press_is_flagged(phrase: str, category: str) -> None:
    assert flagged(PRESS, phrase, category)


def test_summary_explains_the_finding() -> None:
    first = next(f for f in SEED_FINDINGS if f.category == "labeling")
    assert first.summary == "labeling: 'puppet government' applied to a government"
    assert first.kind == "slant"
    assert first.detail["words"] == "puppet government"
    assert first.detail["quoted"] is False


def test_western_figures_stay_quiet() -> None:
    assert slant_only(find_slant(WESTERN)) == []


def test_press_is_more_loaded_than_the_western_figures() -> None:
    press = len(slant_only(find_slant(PRESS))) / len(PRESS)
    western = len(slant_only(find_slant(WESTERN))) / len(WESTERN)
    assert press > 10 * max(western, 1e-9)
    assert len(slant_only(find_slant(PRESS))) >= 10


def test_seed_scare_quotes_are_exactly_the_unattributed_short_ones() -> None:
    """The commission's name in quotation marks is a name, not a scare quote (issue 17)."""
    scare = {SEED[q.start : q.end] for q in find_quotes(SEED) if q.scare}
    assert scare == {"“U.N. troops”", "“discussion”"}


def test_no_doubt_marking_on_reported_speech_in_the_seed() -> None:
    assert [f.summary for f in SEED_FINDINGS if f.detail["quoted"]] == []
    for q in find_quotes(SEED):
        if not q.scare:
            assert not any(
                f.category == "doubt_marking" and f.start == q.start for f in SEED_FINDINGS
            ), SEED[q.start : q.end]


# -- quotations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scare"),
    [
        ("He was the commander of the “U.N. troops” in Korea.", ["“U.N. troops”"]),
        ("It is a subject of “discussion” at every session.", ["“discussion”"]),
        ("The board praised the “restructuring” of the plant.", ["“restructuring”"]),
        ("The so-called ‘experts’ were wrong.", ["‘experts’"]),
        ('The "peace plan" was a trap.', ['"peace plan"']),
        ("“We will not negotiate,” the minister said.", []),
        ("She told reporters: “The talks have failed.”", []),
        ("The prime minister declared that “the war is over.”", []),
        ("He said the offer was “fair and final” and left.", []),
        ("“Such a large affair needs much preparation,” he noted.", []),
        ("Dwight “Ike” Eisenhower took office in 1953.", []),
        ("The novel “War and Peace” was published in 1869.", []),
        ("The operation, code-named “Desert Storm”, began in January.", []),
        ("The people’s army and the leaders’ plans.", []),
    ],
)
def test_scare_quotes_versus_speech(text: str, scare: list[str]) -> None:
    found = [
        text[f.start : f.end]
        for f in find_slant(text)
        if f.detail.get("source") == "scare_quotes"
    ]
    assert found == scare


def test_findings_inside_speech_are_marked_quoted() -> None:
    text = "“The puppet regime must go,” the senator said. The puppet regime stayed."
    found = [f for f in find_slant(text) if f.category == "labeling"]
    assert [f.detail["quoted"] for f in found] == [True, False]


def test_unbalanced_quotes_do_not_run_across_paragraphs() -> None:
    text = "He spoke of “peace.\n\nThe “discussion” went on."
    scare = [text[f.start : f.end] for f in find_slant(text) if f.category == "doubt_marking"]
    assert scare == ["“discussion”"]


# -- context rules and word boundaries -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The company reported record profits for the year.", "loaded_language"),
        ("Sales hit a record $4 billion in the quarter.", None),
        ("The record shows that the company paid on time.", None),
        ("The record date for the dividend is March 3.", None),
        ("The Assad regime shelled the town.", "labeling"),
        ("They agreed on the regime of the cease-fire.", None),
        ("The sanctions regime cut exports by half.", None),
        ("A new tax regime takes effect in January.", None),
        ("The ministry claimed that the strike missed its target.", "loaded_reporting_verb"),
        ("The flood claimed the lives of 40 people.", None),
        ("The group claimed responsibility for the bombing.", None),
        ("He admitted that the figures were wrong.", "loaded_reporting_verb"),
        ("He was admitted to hospital on Friday.", None),
        ("Because of the sabotage of the USA, the conference was delayed.", "presupposition"),
        ("As is known, the talks failed.", "presupposition"),
        ("As is well known, the talks failed.", "presupposition"),
        ("Of course, the plan failed.", "presupposition"),
        ("The ship changed course and the change of course was logged.", None),
        ("It is obvious that the army cannot go on.", "presupposition"),
        ("The path was clearly marked.", None),
        ("The enemy is clearly unable to continue.", "presupposition"),
        ("Comrade Stalin agreed.", "affiliation"),
        ("Such a position coincided with our position.", "affiliation"),
        ("It is believed that the cartel bribed officials.", "unsupported_attribution"),
        ("Critics say the law is unfair.", "unsupported_attribution"),
        ("The two observers said the vote was fair.", None),
        ("The self-styled general fled.", "doubt_marking"),
        ("One may suppose that Mao was afraid.", "hedging"),
        ("The celebrated composer died.", "loaded_language"),
        ("The city celebrated its 100th anniversary.", None),
        ("The company has 1.2 billion shares outstanding.", None),
        ("Acme is a leading provider of cloud software.", "loaded_language"),
        ("The windfall tax raised $5 billion.", None),
        ("Research has shown that the drug works.", "unsupported_attribution"),
        ("Tragically, the bridge collapsed.", "loaded_language"),
        ("The strike caused what officials called collateral damage.", "loaded_language"),
    ],
)
def test_context_rules(text: str, category: str | None) -> None:
    cats = categories_in(text)
    if category is None:
        assert cats == set(), [(f.summary) for f in find_slant(text)]
    else:
        assert category in cats, [(f.summary) for f in find_slant(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The discovery was recorded at the regimental museum.",
        "The puppeteer reclaimed the counterclaim.",
        "An unprovokedly long, recordable meeting.",
        "The regimes-change list and clearlyish notes.",
        "Prerecorded claimants and the disclaimer.",
    ],
)
def test_nothing_inside_other_words(text: str) -> None:
    assert find_slant(text) == []


# -- precision and recall beyond the seed ----------------------------------------------------

NEUTRAL_TEXTS = [
    # business news, wire style
    "Revenue rose 4 percent to $12.1 billion in the third quarter, the company said on "
    "Tuesday. Net income was $1.3 billion, compared with $1.1 billion a year earlier. "
    "The company recorded a charge of $200 million related to the closure of two plants.",
    "Shares of the retailer fell 3.2% after it cut its full-year forecast. Analysts at the "
    "bank had expected earnings of 85 cents a share. The chief executive said demand in "
    "Europe had weakened and that the company would reduce inventory.",
    # other conflicts
    "Russian forces launched an offensive near Avdiivka in October 2023. Ukrainian "
    "officials said the attack was repelled. The town was taken in February 2024 after "
    "months of fighting, according to both armies.",
    "The Iran-Iraq war lasted from 1980 to 1988. Estimates of the dead range from several "
    "hundred thousand to about a million. A cease-fire brokered by the United Nations took "
    "effect on August 20, 1988.",
    "The ceasefire agreement, signed in Doha, set out a regime of inspections and a "
    "timetable for the withdrawal of troops. Under the sanctions regime, oil exports fell.",
    # politics
    "The parliament approved the budget by 212 votes to 180. The opposition said it would "
    "challenge two of its provisions in court. The finance minister said the deficit would "
    "fall to 2.9 percent of output next year.",
    "“We will not negotiate under pressure,” the minister said. She told reporters that "
    "the talks would resume in March.",
]


@pytest.mark.parametrize("text", NEUTRAL_TEXTS)
def test_neutral_texts_stay_quiet(text: str) -> None:
    assert slant_only(find_slant(text)) == [], [f.summary for f in find_slant(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company posted record profits and a stunning jump in sales, while it "
            "slashed 2,000 jobs.",
            {("record profits", "loaded_language"), ("stunning", "loaded_language"),
             ("slashed", "loaded_language")},
        ),
        (
            "The Assad regime's brutal crackdown left thousands dead, critics say.",
            {("regime", "labeling"), ("brutal", "loaded_language"),
             ("critics say", "unsupported_attribution")},
        ),
        (
            "The Kremlin claimed that the so-called referendum was fair, but the puppet "
            "authorities in Donetsk were clearly failing.",
            {("claimed", "loaded_reporting_verb"), ("so-called", "doubt_marking"),
             ("puppet authorities", "labeling"), ("clearly", "presupposition")},
        ),
        (
            "It is obvious that the tycoon's empire is failing, and everyone knows the board "
            "was forced to admit it.",
            {("It is obvious that", "presupposition"), ("everyone knows", "presupposition"),
             ("was forced to admit", "loaded_reporting_verb")},
        ),
        (
            "Experts warn that prices will skyrocket. The junta's thugs arrested him.",
            {("Experts warn", "unsupported_attribution"), ("skyrocket", "loaded_language"),
             ("junta", "labeling"), ("thugs", "labeling")},
        ),
        (
            "The firm touted its “restructuring” as a success.",
            {("touted", "loaded_reporting_verb"), ("“restructuring”", "doubt_marking")},
        ),
    ],
)
def test_slant_in_other_domains(text: str, expected: set[tuple[str, str]]) -> None:
    got = {(text[f.start : f.end], f.category) for f in find_slant(text)}
    assert got == expected


# -- lexicons: data, user files, allow-lists, categories -------------------------------------


def test_expand_braces() -> None:
    assert expand("puppet{,s}") == ["puppet", "puppets"]
    assert expand("{a,b} {c,d}") == ["a c", "a d", "b c", "b d"]
    assert expand("observers {here ,}warned") == ["observers here warned", "observers warned"]


def test_builtin_lexicon_covers_every_category() -> None:
    cats = {e.category for e in Lexicon.builtin().entries}
    assert cats == set(CATEGORIES)


def test_user_lexicon_file_extends_and_allow_list_trims(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text(
        '[[entry]]\ncategory = "loaded_language"\nterms = ["fat-cat bonus{,es}"]\n'
        'note = "sneers at pay"\n',
        encoding="utf-8",
    )
    text = "Directors took fat-cat bonuses while the Assad regime shelled Aleppo."
    cfg = Config(options={"lexicon": str(user)})
    found = find_slant(text, lexicon_for(cfg))
    assert [(text[f.start : f.end], f.category) for f in found] == [
        ("fat-cat bonuses", "loaded_language"),
        ("regime", "labeling"),
    ]
    assert found[0].summary == "loaded_language: 'fat-cat bonuses' sneers at pay"
    assert found[0].detail["source"] == "mine"
    allowed = find_slant(text, lexicon_for(Config(options={"lexicon": str(user),
                                                            "slant_allow": ["regime"]})))
    assert [text[f.start : f.end] for f in allowed] == ["fat-cat bonuses"]


def test_user_file_may_use_builtin_word_lists(tmp_path: Path) -> None:
    user = tmp_path / "spin.toml"
    user.write_text(
        '[[entry]]\ncategory = "labeling"\nterms = ["rogue"]\nnext = ["@governing"]\n'
        "extend = true\n",
        encoding="utf-8",
    )
    text = "The rogue government fell; a rogue wave hit."
    found = find_slant(text, lexicon_for(Config(options={"lexicon": [str(user)]})))
    assert [f.detail["words"] for f in found] == ["rogue government"]


def test_allow_list_from_a_file(tmp_path: Path) -> None:
    allow = tmp_path / "allow.txt"
    allow.write_text("# words we accept\nregime\n“U.N. troops”\n", encoding="utf-8")
    found = find_slant(SEED, lexicon_for(Config(options={"slant_allow": str(allow)})))
    words = {f.detail["words"] for f in found}
    assert "regime" not in words and "“U.N. troops”" not in words
    assert "puppet government" in words


def test_categories_restrict_findings() -> None:
    found = find_slant(SEED, categories=("affiliation",))
    assert {f.category for f in found} == {"affiliation"}
    cfg = Config(slant_categories=("doubt_marking",))
    doc = Document("seed", SEED)
    got = detect_slant(document=doc, sentence=Sentence(0, len(SEED), 0), config=cfg)
    assert {f.category for f in got} == {"doubt_marking"}


def test_bad_lexicon_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[entry]]\ncategory = "spin"\nterms = ["x"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown category 'spin'"):
        Lexicon.from_toml(bad)


def test_case_sensitive_entries() -> None:
    lex = Lexicon.from_mapping(
        {"entry": [{"category": "labeling", "terms": ["Reds"], "case_sensitive": True}]}
    )
    assert [f.detail["words"] for f in find_slant("The Reds won; red wines, reds.", lex)] == [
        "Reds"
    ]


# -- the hook --------------------------------------------------------------------------------


def test_detect_slant_hook_returns_the_sentence_findings_with_document_id() -> None:
    start = PRESS.index("The Red hordes")
    end = PRESS.index("Allied headquarters")
    doc = Document("press", PRESS)
    got = detect_slant(document=doc, sentence=Sentence(start, end, 0), config=Config())
    assert {(PRESS[f.start : f.end], f.category) for f in got} == {
        ("hordes", "labeling"),
        ("paid dearly", "loaded_language"),
    }
    assert all(f.document == "press" for f in got)


# -- invariants and bad input ----------------------------------------------------------------

_PIECES = [
    "puppet government", "regime", "the record shows", "record profits", "“", "”", '"', "‘",
    "’", "so-called", " ", "\n\n", "claimed", "the lives", "Comrade ", "Gromyko", ", ", ".",
    "as is known", "discovery", "-", "İ", "ß", "Reds", "our position", "said", ":",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=40).map("".join))
def test_spans_are_slices_of_the_text(text: str) -> None:
    found = find_slant(text)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.detail["words"]
        assert f.category in CATEGORIES
    assert [f.start for f in found] == sorted(f.start for f in found)


@pytest.mark.parametrize(
    "make",
    [
        repeat("“"),
        repeat('"'),
        repeat("1,0"),
        repeat("- "),
        repeat("so-called "),
        repeat("the regime of "),
        repeat("“U.N. troops” "),
        lambda n: "puppet" + " " * n + "government",
        repeat("a"),
        lambda n: "“" + "a" * n + "”",
        lambda n: '"' + "a b\n" * (n // 4) + '"',
        lambda n: "‘" + "people’s " * (n // 9) + "’",
        lambda n: "“" + "\n" * n,
    ],
    ids=["open-quotes", "straight-quotes", "digits", "dashes", "so-called", "the-regime-of",
         "quoted-phrases", "spaced-phrase", "one-letter", "long-quote", "quote-of-lines",
         "apostrophes-in-quote", "quote-of-newlines"],
)
def test_adversarial_input_is_linear(make: Callable[[int], str]) -> None:
    """Unclosed quotes, phrases split by a million spaces, thousands of loaded words: four
    times the input makes at most five times the calls (``tests/workcount.py``). Pairing
    each quote with every later one, or looking back over the slant found so far for each
    new term, makes sixteen."""
    assert_linear(find_slant, make, 10_000)


def test_phrases_across_line_breaks_and_spaces() -> None:
    text = "the puppet\ngovernment fell, as  is\tknown."
    found = find_slant(text)
    assert [f.summary for f in found] == [
        "labeling: 'puppet government' applied to a government",
        "presupposition: 'as is known' presents as settled what the text does not show",
    ]
    assert found[0].detail["words"] == "puppet\ngovernment"
