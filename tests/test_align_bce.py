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
