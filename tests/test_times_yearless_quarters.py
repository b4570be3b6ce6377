"""A quarter named without its year ("in the third quarter", "fourth-quarter sales"): a
date of the year the document tells, as "Q3" alone is, so that a figure of one quarter
never meets another quarter's; and two accounts that name the same quarter, each year
read from the text around, never differ over that year. Made-up texts across fields; the
case came from a real release (bench/realpairs: US GDP in the fourth quarter of 2008)."""

from __future__ import annotations

import datetime as dt

import pytest

import claimcheck
from claimcheck import Document


def dates(text: str) -> dict[str, dt.date | None]:
    return {c.text: c.value.earliest for c in claimcheck.claims(text) if c.kind == "date"}


@pytest.mark.parametrize("text, said, first_day", [
    ("Results for 2011. In the third quarter, revenue rose 4 percent.", "the third quarter",
     dt.date(2011, 7, 1)),
    ("Fiscal 1997 report. Sales fell in the first quarter.", "the first quarter",
     dt.date(1997, 1, 1)),
    ("Output in 2008 fell; in the 4th quarter it fell faster.", "the 4th quarter",
     dt.date(2008, 10, 1)),
])
def test_a_quarter_without_its_year_takes_the_documents(text: str, said: str,
                                                        first_day: dt.date) -> None:
    assert dates(text)[said] == first_day


@pytest.mark.parametrize("text", [
    "He scored twice in the third quarter of the game.",
    "Growth was slow in the first quarter of the century.",
    "She ran the fourth quarter-mile fastest.",
    "A quarter of the vote went to the Liberals.",
])
def test_other_quarters_are_no_dates(text: str) -> None:
    assert not any("quarter" in said for said in dates(text))


def test_a_figure_of_one_quarter_never_meets_anothers() -> None:
    report = claimcheck.check(
        Document("a", "GDP, 2008. In the third quarter, real GDP decreased 0.5 percent."),
        Document("b", "GDP, 2008. Real GDP decreased 6.2 percent in the fourth quarter."))
    assert not any(f.kind in ("agreement", "discrepancy") for f in report.findings
                   if {report.claim(c).text for c in f.claims} >= {"0.5 percent",
                                                                   "6.2 percent"})


def test_one_quarter_read_in_two_years_from_the_text_around_is_no_discrepancy() -> None:
    report = claimcheck.check(
        Document("a", "Report of 2008.\n\nSales rose in the fourth quarter."),
        Document("b", "Report of 2009.\n\nSales rose in the fourth quarter."))
    assert not any(f.kind == "discrepancy" for f in report.findings
                   if {report.claim(c).text for c in f.claims} == {"the fourth quarter"})


@pytest.mark.parametrize("text", [
    "Results for 2015. In its fiscal fourth quarter, Apple earned $11.1 billion.",
    "Acme's 2015 report: in the fiscal third quarter, revenue was $2.1 billion.",
    "In 2015 the bank's financial second quarter closed with a loss.",
])
def test_a_fiscal_quarter_is_no_quarter_of_the_calendar(text: str) -> None:
    # a company's fiscal fourth quarter may be July to September: no calendar quarter
    assert not any("quarter" in said for said in dates(text))


def test_a_fiscal_quarter_meets_no_calendar_quarter() -> None:
    report = claimcheck.check(
        Document("a", "Apple's results for 2015 were strong. In its fiscal fourth quarter, "
                      "Apple earned $11.1 billion."),
        Document("b", "In the fourth quarter of 2015, Apple earned $18.4 billion."))
    assert not any(f.kind == "agreement" and "fourth quarter" in " ".join(
        report.claim(c).text for c in f.claims) for f in report.findings
        if len(f.claims) == 2 and {report.claim(c).doc for c in f.claims} == {"a", "b"}
        and all("quarter" in report.claim(c).text for c in f.claims))
