"""Statements across sources: agreements, contradictions (and their absence), omissions."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document, Report
from claimcheck.builtin.statements.compare import figures

from .conftest import RENDERING, SEED


def statement_findings(report: Report) -> list:
    kinds = {c.id: c.kind for c in report.claims}
    return [f for f in report.findings
            if f.claims and all(kinds.get(c) == "statement" for c in f.claims)]


def compare(a: str, b: str) -> list:
    return statement_findings(claimcheck.check(Document("a", a), Document("b", b)))


def texts(report: Report, finding) -> list[str]:
    by_id = {c.id: c for c in report.claims}
    return [by_id[c].text for c in finding.claims]


# -- contradictions ------------------------------------------------------------------------


def test_the_koreans_supported_against_the_seeds_were_against() -> None:
    mine = Document("mine", "In those weeks the Koreans supported the surrender of Seoul "
                            "by the Chinese volunteers.")
    report = claimcheck.check(SEED, mine)
    found = [f for f in statement_findings(report) if f.kind == "discrepancy"]
    assert len(found) == 1
    finding = found[0]
    assert finding.detail["contradiction"] == "antonym"
    assert texts(report, finding) == [
        "The Koreans were against the surrender of Seoul by the Chinese volunteers",
        "In those weeks the Koreans supported the surrender of Seoul by the Chinese "
        "volunteers",
    ]
    assert "contradict" in finding.summary and "are opposites" in finding.summary
    assert finding.detail["score"] >= 0.4


CONTRADICTIONS = [
    ("The company signed the agreement.", "The company never signed the agreement.",
     "polarity"),
    ("The senate ratified the treaty in 1920.", "The senate rejected the treaty in 1920.",
     "antonym"),
    ("The union accepted the offer.", "The union refused to accept the offer.", "polarity"),
    ("Most delegates were in favour of the motion.", "Most delegates opposed the motion.",
     "antonym"),
    ("Revenue rose in 2023.", "Revenue fell in 2023.", "change"),
    ("Smith won the election.", "Smith lost the election.", "antonym"),
    ("The general admitted the error.", "The general denied the error.", "antonym"),
    ("The council approved the budget.", "The council did not approve the budget.",
     "polarity"),
    # "never" holds at every time: a dated event on the other side is denied
    ("Brekke was awarded the Nobel Prize in Chemistry in 1952.",
     "Brekke was never awarded the Nobel Prize.", "polarity"),
]


@pytest.mark.parametrize(("a", "b", "reason"), CONTRADICTIONS)
def test_contradictions_name_their_reason(a: str, b: str, reason: str) -> None:
    found = compare(a, b)
    assert [(f.kind, f.detail.get("contradiction")) for f in found] == [
        ("discrepancy", reason)]
    assert "contradict" in found[0].summary


# -- no false contradictions -----------------------------------------------------------------

NOT_CONTRADICTIONS = [
    # different times, or a time on one side only
    ("Revenue rose in 2022.", "Revenue fell in 2023."),
    ("The president did not sign the bill in May.", "The president signed the bill in June."),
    ("She married in 1962.", "She never married again."),
    ("He returned to Paris in 1950.", "He never returned to Paris after the war."),
    ("The firm paid a dividend in 2001.", "The firm has never paid a dividend since."),
    ("The senate accepted the bill on Monday.", "The senate rejected the bill on Friday."),
    ("The firm paid a dividend last year.", "The firm did not pay a dividend this year."),
    ("The company reported a profit in 2020.", "The company did not report a profit."),
    ("Revenue rose.", "Revenue fell."),
    ("The war began in 1950.", "The war ended in 1953."),
    ("Troops advanced in January 1951.", "Troops retreated in March 1951."),
    # different subjects or objects
    ("France accepted the plan.", "Britain rejected the plan."),
    ("The union accepted the offer.", "The union rejected the new contract terms."),
    ("The army captured the bridge.", "The army did not capture the airfield."),
    # double negation and paraphrase
    ("The minister did not refuse to sign the treaty.", "The minister signed the treaty."),
    ("The army withdrew from the city.", "The army pulled out of the city."),
    ("The treaty was signed on July 27.", "On July 27 the treaty was signed by both sides."),
    ("The plan was not only bold but costly.", "The plan was bold."),
    ("She didn't just win the race.", "She won the race."),
    ("The senator voted against the bill.", "The senator did not vote for the bill."),
    # the denial is of a detail, not of the event
    ("Napoleon did not invade Russia until June 1812.", "Napoleon invaded Russia in June 1812."),
    ("The price did not rise above $100.", "The price rose."),
    ("Smith did not win the election by a large margin.", "Smith won the election."),
    ("The result was not unlike the year before.", "The result was like the year before."),
    # negative words that deny nothing
    ("No fewer than 300 troops were killed.", "300 troops were killed."),
    ("Nobody but the general opposed the plan.", "The general opposed the plan."),
    # other things: ordinals, quantities of people, other names
    ("The team lost the first leg.", "The team won the second leg."),
    ("Some investors rejected the offer.", "Most investors accepted the offer."),
    ("Apple beat estimates. Intel did not raise its dividend.",
     "Intel missed estimates. Apple raised its dividend."),
    ("Apple beat estimates. The company raised its dividend.",
     "Intel missed estimates. The company did not raise its dividend."),
    # questions assert nothing
    ("Why did the company not report the loss?", "The company reported the loss."),
    # related events, as realistic documents tell them
    ("The appeals court upheld the verdict.", "The district court overturned the verdict."),
    ("The mayor resigned on Wednesday morning.", "The mayor did not resign."),
    ("Turnout rose to 66%.", "Turnout fell to 52%."),
    ("The offer may be nothing more than a trick.", "The offer is a trick."),
    # suppositions and reported words are not assertions
    ("One may suppose that Mao Zedong was afraid of a further advance to the south.",
     "Mao Zedong was not afraid of a further advance to the south."),
    ("Kim declared that the general was a traitor.", "The general was not a traitor."),
    ("The government denied that troops had crossed the border.",
     "Troops crossed the border."),
    ("Perhaps the council rejected the budget.", "The council approved the budget."),
]


@pytest.mark.parametrize(("a", "b"), NOT_CONTRADICTIONS)
def test_no_false_contradiction(a: str, b: str) -> None:
    assert [f for f in compare(a, b) if f.kind == "discrepancy"] == []


def test_a_supposition_is_compared_as_such() -> None:
    found = compare("One may suppose that Mao Zedong was afraid of a further advance.",
                    "Mao Zedong was not afraid of a further advance.")
    assert [f.kind for f in found] == ["not_comparable"]
    assert "a only supposes it (One may suppose)" in found[0].summary
    assert found[0].detail["tentative"] == ["a:1"]


def test_reported_words_are_compared_as_such() -> None:
    found = compare("Kim declared that the general was a traitor.",
                    "The general was not a traitor.")
    assert [f.kind for f in found] == ["not_comparable"]
    assert "reports it as the words of Kim" in found[0].summary


WRONG_AGREEMENTS = [
    ("The army tried to capture the bridge.", "The army captured the bridge."),
    ("The government planned to sell the airline.", "The government sold the airline."),
    ("The Conservatives gained only one seat.", "The Conservatives gained 33 seats."),
    ("Apple raised its dividend.", "Samsung raised its dividend."),
    ("It is unlikely that the vaccine caused the illness.", "The vaccine caused the illness."),
    ("Helix said it would cooperate fully with the regulator.",
     "Two former employees said Helix had concealed safety data from the regulator."),
]


@pytest.mark.parametrize(("a", "b"), WRONG_AGREEMENTS)
def test_different_propositions_do_not_agree(a: str, b: str) -> None:
    assert [f for f in compare(a, b) if f.kind == "agreement"] == []


def test_a_vote_to_accept_contradicts_a_rejection() -> None:
    found = compare("Union members voted to accept the offer.",
                    "Union members rejected the offer.")
    assert [(f.kind, f.detail.get("contradiction")) for f in found] == [
        ("discrepancy", "antonym")]


def test_one_sentence_in_both_agrees_whatever_its_relative_date() -> None:
    found = compare(
        "Ninnis died on 14 December 1912. Mertz died on 8 January 1913. Mawson reached the "
        "hut alone a month later.",
        "Ninnis died on 14 December 1912. Mawson reached the hut alone a month later.")
    assert [f.detail.get("verbatim") for f in found if f.kind == "agreement"] == [True, True]
    assert not [f for f in found if f.kind == "unmatched"]


def test_he_is_a_person_and_an_apposition_names_the_subject() -> None:
    found = compare(
        "Beethoven began the symphony in 1822. The Philharmonic Society of London had "
        "commissioned it the year before. He was by then almost completely deaf. "
        "The Austrian foreign minister, Metternich, presided over the talks.",
        "Beethoven began the symphony in 1822. He was by then almost completely deaf. "
        "Metternich, the Austrian foreign minister, presided over the talks.")
    assert [f.kind for f in found].count("agreement") == 3


def test_paraphrases_agree() -> None:
    found = compare("The armistice was signed at Panmunjom.",
                    "At Panmunjom, the armistice was signed by both sides.")
    assert [f.kind for f in found] == ["agreement"]
    assert "say the same" in found[0].summary


def test_seed_against_its_rendering_has_no_contradiction() -> None:
    report = claimcheck.check(SEED, RENDERING)
    found = statement_findings(report)
    assert not [f for f in found if f.kind == "discrepancy"]
    agreed = [texts(report, f) for f in found if f.kind == "agreement"]
    assert ["new divisions were hastily being formed", "new divisions were being formed"] \
        in agreed
    # paraphrases: "declared its claim" / "claimed", "was created" / "built"
    starts = {(a[:24], b[:24]) for a, b in agreed}
    assert ("The Seoul regime, as wel", "The government in Seoul,") in starts
    assert ("In the DPRK, a people’s ", "The DPRK built an army t") in starts
    assert len(agreed) >= 6  # of the rendering's ten statements; the rest in other verbs
    omitted = [texts(report, f)[0] for f in found if f.kind == "unmatched"]
    # a paraphrase in other verbs is no agreement, but no omission either
    assert not [t for t in omitted if t.startswith(("Calculating", "Expecting"))]


# -- omissions -----------------------------------------------------------------------------


def test_the_renderings_omission_of_without_devoting() -> None:
    report = claimcheck.check(SEED, RENDERING)
    omitted = [f for f in statement_findings(report)
               if f.kind == "unmatched" and f.detail.get("kind") == "omission"]
    first = texts(report, omitted[0])[0]
    assert first.startswith("without devoting the necessary attention")
    assert omitted[0].detail["missing_from"] == RENDERING.stem
    # in reading order, and never a statement outside the stretch both cover
    starts = [report.claims[[c.id for c in report.claims].index(f.claims[0])].start
              for f in omitted if f.detail["document"] == SEED.stem]
    assert starts == sorted(starts)
    assert all("armistice" not in texts(report, f)[0] for f in omitted)


ACCOUNT = (
    "The delegates arrived in Geneva on April 26. The foreign ministers opened the "
    "conference the same day. The Chinese delegation proposed a ceasefire in Indochina. "
    "The French government rejected the first draft. The talks moved to Indochina in May. "
    "The final declaration was issued on July 21."
)
RETOLD = (
    "On April 26 the delegates arrived in Geneva. That day the foreign ministers opened the "
    "conference. The Chinese delegation proposed a ceasefire in Indochina. The talks moved "
    "to Indochina in May. On July 21 the final declaration was issued."
)


def test_an_account_retold_without_one_event_shows_the_omission() -> None:
    report = claimcheck.check(Document("account", ACCOUNT), Document("retold", RETOLD))
    omitted = [f for f in statement_findings(report) if f.kind == "unmatched"]
    assert [texts(report, f) for f in omitted] == [
        ["The French government rejected the first draft"]]
    assert "has no counterpart in retold" in omitted[0].summary


def test_a_loose_rewording_is_not_an_omission() -> None:
    a = ("Kinderwelt is recalling its baby walker because the wheels can detach. The company "
         "has received nine reports of wheels coming off. Parents should stop using the "
         "walker. Parents should return it to the shop for a refund.")
    b = ("Kinderwelt is recalling its baby walker because the wheels can detach. The company "
         "knows of nine cases of wheels detaching. Parents should stop using the walker. "
         "Parents should return it to the shop for a refund.")
    assert not [f for f in compare(a, b) if f.kind == "unmatched"]


def test_documents_that_do_not_follow_each_other_report_no_omissions() -> None:
    report = claimcheck.check(
        Document("a", ACCOUNT),
        Document("b", "The company posted record profits. Its shares rose 5%. The chief "
                      "executive resigned in May. Analysts praised the new strategy."),
    )
    assert not [f for f in statement_findings(report) if f.kind == "unmatched"]


# -- wording of matched statements ----------------------------------------------------------


def test_matched_statements_get_a_wording_diff() -> None:
    report = claimcheck.check(
        Document("a", "The puppet regime signed the treaty at Geneva."),
        Document("b", "The government signed the treaty at Geneva."),
    )
    wording = [f for f in report.findings if f.kind == "wording"]
    assert wording and "puppet regime" in wording[0].detail["left"]["text"]


# -- figures and dates inside agreeing statements (issue 13) ----------------------------------

FIGURES_APART = [
    # counts
    ("By June 1950 the army numbered 90,000 men.", "By June 1950 the army numbered 135,000 men."),
    ("The storm destroyed three bridges.", "The storm destroyed four bridges."),
    # dates: the day, the month, the weekday
    ("The armistice was signed on July 27, 1953.", "The armistice was signed on July 28, 1953."),
    ("The ship sank in March 1912.", "The ship sank in April 1912."),
    ("The board met on Monday.", "The board met on Tuesday."),
    # money and percentages
    ("The company reported revenue of $4.2 billion.",
     "The company reported revenue of $4.5 billion."),
    ("The fund raised $40 million.", "The fund raised €40 million."),
    ("Turnout reached 62% in the election.", "Turnout reached 58% in the election."),
    ("Turnout reached 62 per cent.", "Turnout reached 62 seats."),
]


@pytest.mark.parametrize(("a", "b"), FIGURES_APART)
def test_statements_whose_figures_differ_do_not_agree(a: str, b: str) -> None:
    assert [f.summary for f in compare(a, b) if f.kind == "agreement"] == []


FIGURES_ALIKE = [
    # the same figure, written otherwise
    ("The club sold 1,000 tickets in 2019.", "In 2019 the club sold 1000 tickets."),
    ("The garrison numbered two hundred men.", "The garrison numbered 200 men."),
    ("Turnout reached 62 per cent in the election.", "In the election turnout reached 62%."),
    ("The armistice was signed on July 27, 1953.",
     "The armistice was signed on 27 July 1953."),
    # one side adds a figure the other does not state
    ("By June 1950 the army numbered 90,000 men.", "The army numbered 90,000 men."),
]


@pytest.mark.parametrize(("a", "b"), FIGURES_ALIKE)
def test_statements_with_the_same_figures_still_agree(a: str, b: str) -> None:
    found = compare(a, b)
    assert [f.kind for f in found] == ["agreement"]
    assert "word for word" not in found[0].summary
    assert found[0].detail.get("verbatim") is not True


def test_identical_statements_agree_word_for_word() -> None:
    for text in ("The senate ratified the treaty in 1920.",
                 "By June 1950 the army numbered 90,000 men.",
                 "Revenue rose 5% to $4.2 billion in the third quarter."):
        found = compare(text, text)
        assert [(f.kind, f.detail["verbatim"]) for f in found] == [("agreement", True)]
        assert found[0].summary.startswith("a and b say the same, word for word: “")


def test_the_same_words_written_otherwise_say_what_differs() -> None:
    found = compare("The club sold 1,000 tickets.", "The club sold 1000 tickets.")
    assert [(f.kind, f.detail["verbatim"], f.detail["written"]) for f in found] == [
        ("agreement", False, [["1,000", "1000"]])]
    assert "word for word" not in found[0].summary
    assert "(“1,000” against “1000”)" in found[0].summary
    found = compare("The Senate ratified the treaty.", "The senate ratified the treaty.")
    assert [f.detail["written"] for f in found] == [[["Senate", "senate"]]]


def test_a_sentence_opening_capital_is_no_difference_in_wording() -> None:
    report = claimcheck.check(Document("a", "She had no children."),
                              Document("b", "She never married, and she had no children."))
    agreements = [f for f in statement_findings(report) if f.kind == "agreement"]
    assert [(f.detail["verbatim"], texts(report, f)) for f in agreements] == [
        (True, ["She had no children", "she had no children"])]
    assert "word for word" in agreements[0].summary


def test_a_figure_one_side_adds_is_named_in_the_agreement() -> None:
    found = compare("Revenue rose 5% but profit fell 3% in 2023.", "Profit fell in 2023.")
    assert [(f.kind, f.detail.get("only")) for f in found] == [("agreement", {"a": ["3%"]})]
    assert found[0].summary.endswith("; only a adds 3%")
    assert "word for word" not in found[0].summary



@pytest.mark.parametrize(("a", "b", "same"), [
    ("the army numbered 90,000 men", "the army numbered 90000 men", True),
    ("$4.2 billion", "$4,200 million", True),
    ("62%", "62 per cent", True),
    ("62%", "62", False),
    ("$40", "€40", False),
    ("in June", "in July", False),
    ("they may march", "they may march", True),
    ("in the 1990s", "in the 1980s", False),
])
def test_figures_are_read_as_values(a: str, b: str, same: bool) -> None:
    assert (figures(a) == figures(b)) is same
    assert figures("they may march on the city") == frozenset()


def test_one_number_counting_different_things_is_no_paraphrase() -> None:
    # "12 bridges" and "12 houses": the same words around one number, two things counted
    for a, b in [("The flood destroyed 12 bridges in the valley.",
                  "The flood destroyed 12 houses in the valley."),
                 ("The navy lost 8 battleships that morning.",
                  "The navy lost 8 destroyers that morning.")]:
        report = claimcheck.check(claimcheck.Document("a", a), claimcheck.Document("b", b))
        assert not [f for f in report.findings if f.kind == "agreement"
                    and "say the same" in f.summary], (a, b)


def test_one_number_of_people_told_in_other_words_stays_a_paraphrase() -> None:
    report = claimcheck.check(
        claimcheck.Document("a", "The shelling of the market killed 12 people on Monday."),
        claimcheck.Document("b", "The shelling of the market killed 12 civilians on Monday."))
    assert [f for f in report.findings if f.kind == "agreement"]
