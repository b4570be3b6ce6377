"""Measures joined before a figure ("killed or wounded 200") and measures of the next
clause after it ("numbered 15,000, and their wounded as many more"): what a figure counts
when the words beside it name more than one measure. Made-up sentences across fields and
eras; the two cases came from real pages (bench/realpairs: the Vellore mutiny, Omdurman)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document


def measure(text: str, figure: str) -> str | None:
    for claim in claimcheck.claims(text):
        if claim.kind == "quantity" and claim.text == figure:
            assert claim.frame is not None
            return claim.frame.measure
    raise AssertionError(f"no figure {figure!r} in {text!r}")


@pytest.mark.parametrize("text, figure", [
    ("During the night the mutineers killed or wounded 200 British troops.", "200"),
    ("The raiders killed and wounded 340 settlers before dawn.", "340"),
    ("Shelling of the town killed or injured 1,250 civilians in 1916.", "1,250"),
])
def test_a_list_of_measures_before_the_figure_names_them_together(text: str,
                                                                  figure: str) -> None:
    found = measure(text, figure)
    assert found is not None and found.startswith("casualties.")
    assert "+" in found  # the killed and the wounded together: neither alone


@pytest.mark.parametrize("text, figure, expected", [
    ("The fire killed 12 people and injured 40.", "40", "casualties.wounded"),
    ("The storm killed 13 people and wounded 145.", "145", "casualties.wounded"),
    ("The storm killed 13 people and wounded 145.", "13", "casualties.killed"),
])
def test_a_verb_of_its_own_clause_still_names_the_figure(text: str, figure: str,
                                                         expected: str) -> None:
    assert measure(text, figure) == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("The enemy's killed numbered over 15,000, and their wounded probably as many more.",
     "15,000", "casualties.killed"),
    ("The dead were counted at 2,300, and the injured were sent to Lyon.",
     "2,300", "casualties.killed"),
])
def test_a_comma_joiner_and_determiner_open_the_next_clause(text: str, figure: str,
                                                            expected: str) -> None:
    assert measure(text, figure) == expected


def test_a_list_of_people_after_the_figure_stays_one_phrase() -> None:
    # "men, women, and children aboard": a list of nouns, not a new clause
    assert measure("The ship left port with approximately 643 men, women, and children "
                   "aboard.", "643") == "aboard"


def test_killed_or_wounded_is_no_count_of_the_wounded() -> None:
    report = claimcheck.check(
        Document("a", "In the revolt the mutineers killed or wounded 200 British troops."),
        Document("b", "Of the British garrison, eighty-four soldiers were wounded."))
    kinds = {f.kind for f in report.findings
             if {report.claim(c).text for c in f.claims} >= {"200", "eighty-four"}}
    assert "discrepancy" not in kinds and "agreement" not in kinds


def test_killed_read_in_its_own_clause_meets_the_killed_of_another_source() -> None:
    report = claimcheck.check(
        Document("a", "At Omdurman the Mahdists lost 12,000 killed and 13,000 wounded."),
        Document("b", "At Omdurman the Mahdist killed numbered over 15,000, and their "
                      "wounded probably as many more."))
    pairs = {(f.kind, frozenset(report.claim(c).text for c in f.claims))
             for f in report.findings}
    assert ("discrepancy", frozenset({"12,000", "15,000"})) in pairs
    assert not any("13,000" in texts and "15,000" in texts for _, texts in pairs)


@pytest.mark.parametrize("text, figure, expected", [
    ("The storm left 40 dead and injured 200 people.", "200", "casualties.wounded"),
    ("The riot left three dead and wounded 45 others.", "45", "casualties.wounded"),
    ("The mutineers killed or wounded 200 British troops.", "200",
     "casualties.killed+wounded"),
])
def test_a_measure_right_after_another_figure_is_that_figures(text: str, figure: str,
                                                              expected: str) -> None:
    # "40 dead and injured 200": "dead" is the 40's own measure, no list with "injured"
    assert measure(text, figure) == expected


def test_the_injured_after_a_death_toll_meet_the_injured_of_another_source() -> None:
    report = claimcheck.check(
        Document("a", "The storm left 40 dead and injured 200 people."),
        Document("b", "The storm injured 230 people and killed 40."))
    assert any(f.kind == "discrepancy" and {report.claim(c).text for c in f.claims}
               == {"200", "230"} for f in report.findings)
