"""Dates before the common era line up across sources like any other date: "480 BC"
meets "480 B.C." and "479 BC" (a discrepancy of a year), never "1480". Sentences made up
for these tests (battles, reigns, foundations)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document, Report


def kinds(report: Report, left: str, right: str) -> list[str]:
    out = []
    for f in report.findings:
        if f.kind not in ("agreement", "discrepancy", "not_comparable"):
            continue
        texts = {report.claim(c).text for c in f.claims}
        if {left, right} <= texts:
            out.append(f.kind)
    return out


@pytest.mark.parametrize(
    ("a", "b", "left", "right", "kind"),
    [
        ("The battle of Thermopylae was fought in 480 BC.",
         "The battle of Thermopylae was fought in 480 B.C.", "480 BC", "480 B.C.", "agreement"),
        ("The battle of Thermopylae was fought in 480 BC.",
         "The battle of Thermopylae was fought in 479 BC.", "480 BC", "479 BC", "discrepancy"),
        # no year zero: 1 BC and AD 1 are adjacent years
        ("The census of Quirinius was taken in 1 BC.",
         "The census of Quirinius was taken in AD 1.", "1 BC", "AD 1", "discrepancy"),
        ("The city of Carthage was destroyed by Rome in 146 BC.",
         "Rome destroyed the city of Carthage in 146 BCE.", "146 BC", "146 BCE", "agreement"),
    ],
)
def test_dates_before_the_era_meet(a: str, b: str, left: str, right: str, kind: str) -> None:
    report = claimcheck.check(Document("a", a), Document("b", b))
    assert kinds(report, left, right) == [kind]


def test_a_date_before_the_era_never_meets_a_millennium_later() -> None:
    report = claimcheck.check(
        Document("a", "The battle of Thermopylae was fought in 480 BC."),
        Document("b", "The battle of Thermopylae was fought again in 1480."))
    assert kinds(report, "480 BC", "1480") == []


def test_a_corpus_makes_one_fact_of_a_date_before_the_era() -> None:
    docs = [Document(f"d{i}", f"The battle of Thermopylae was fought in {year}.")
            for i, year in enumerate(["480 BC", "480 B.C.", "480 BCE", "479 BC"])]
    report = claimcheck.check(*docs)
    (fact,) = [f for f in report.facts if f.kind == "date"]
    assert fact.verdict == "disagree"
    assert len({v.doc for v in fact.values}) == 4


def test_statements_dated_before_and_after_the_era_do_not_say_the_same() -> None:
    """"In 9 BC ... 3 legions" and "In AD 9 ... 3 legions": the digits are alike, the
    years seventeen apart; the statements do not agree."""
    report = claimcheck.check(
        Document("a", "In 9 BC the province was held by 3 legions."),
        Document("b", "In AD 9 the province was held by 3 legions."))
    assert not [f for f in report.findings if f.kind == "agreement"]


def test_an_era_after_an_opening_year_is_no_part_of_the_subject() -> None:
    for era in ("BC", "B.C.", "BCE"):
        (statement,) = [c for c in claimcheck.claims(
            f"In 480 {era} the Persians burned the city.") if c.kind == "statement"]
        assert statement.subject == "the Persians"


def test_figures_dated_before_and_after_the_era_are_not_one_measurement() -> None:
    """"4,200 men in 9 BC" against "4,200 men in AD 9": seventeen years apart, not an
    agreement (the gap between their dates was unknown, so they agreed)."""
    report = claimcheck.check(
        Document("a", "In 9 BC the garrison of Vetera numbered 4,200 men."),
        Document("b", "In AD 9 the garrison of Vetera numbered 4,200 men."))
    assert "agreement" not in kinds(report, "4,200", "4,200")
