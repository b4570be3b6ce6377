"""Readings of figures and dates that real pages needed (bench/realpairs: the Samoa
measles outbreak, the 1923 Cup Final, the Amagasaki derailment), checked here on made-up
texts across fields:

- two dates neither of which states its year, read as two years from the text around
  each, are the same days when they name the same days of the year, and no discrepancy;
- the days two counts were taken ("As of December 4", "As of 6 January 2020") are no
  events: two of them neither agree nor differ;
- "approximately 125,000" is rounded to the thousand, so "127,000" agrees with it;
- a figure dated to years neither document dwells on ("since 1963, when a crash killed
  161") is another event's, against the other document's undated figure.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document, Report
from claimcheck.builtin.quantities.compare import compare_quantities


def kinds(report: Report, left: str, right: str) -> set[str]:
    found: set[str] = set()
    for f in report.findings:
        texts = {report.claim(c).text for c in f.claims}
        if {left, right} <= texts and len(texts) == 2:
            found.add(f.kind)
        for pair in (f.detail or {}).get("pairs") or ():
            if {report.claim(c).text for c in pair["claims"]} == {left, right}:
                found.add(pair["kind"])
    return found


@pytest.mark.parametrize("day", [
    "On 14 December, the state of emergency was extended to 29 December.",
    "On 5 and 6 December, the government shut down public services.",
    "On 3 March, the harbour was closed to shipping.",
])
def test_yearless_days_read_as_two_years_are_no_discrepancy(day: str) -> None:
    # the year each reader guesses comes from a figure of another year above the day
    a = ("Vaccination fell from 74% in 2017 to 31% in 2018.\n\n" + day)
    b = ("The outbreak began in October 2019.\n\n" + day)
    report = claimcheck.check(Document("a", a), Document("b", b))
    assert not any(f.kind == "discrepancy" for f in report.findings), [
        f.summary for f in report.findings if f.kind == "discrepancy"]


def test_yearless_days_within_one_year_still_differ() -> None:
    report = claimcheck.check(
        Document("a", "The outbreak began in October 2019.\n\nOn 14 December, the port "
                      "was closed."),
        Document("b", "The outbreak began in October 2019.\n\nOn 19 December, the port "
                      "was closed."))
    assert "discrepancy" in kinds(report, "14 December", "19 December")


@pytest.mark.parametrize("a, b, days", [
    ("As of December 4, 2019, there have been 63 deaths.",
     "As of 6 January 2020, there were 83 deaths.", ("December 4, 2019", "6 January 2020")),
    ("As of 12 May 1918, the hospitals held 4,100 patients.",
     "By 30 May 1918, the hospitals held 5,300 patients.", ("12 May 1918", "30 May 1918")),
    ("As of 30 June, the fund held $4.1 billion.",
     "As of 30 September, the fund held $4.6 billion.", ("30 June", "30 September")),
])
def test_days_counts_were_taken_are_no_events(a: str, b: str,
                                              days: tuple[str, str]) -> None:
    report = claimcheck.check(Document("a", a), Document("b", b))
    assert not kinds(report, *days) & {"discrepancy", "agreement"}


def test_days_of_events_still_differ() -> None:
    report = claimcheck.check(
        Document("a", "The dam failed on 4 December 2019."),
        Document("b", "The dam failed on 6 December 2019."))
    assert "discrepancy" in kinds(report, "4 December 2019", "6 December 2019")


@pytest.mark.parametrize("about, other, kind", [
    ("a capacity of approximately 125,000", "a capacity of 127,000", "agreement"),
    ("approximately 125,000", "131,000", "discrepancy"),
    ("about 2,350,000 people", "2,330,000 people", "agreement"),
    ("about 2,350,000 people", "2,420,000 people", "discrepancy"),
    ("approximately 643 people", "660 people", "discrepancy"),
])
def test_about_a_round_figure_holds_its_rounding(about: str, other: str, kind: str) -> None:
    a = claimcheck.quantities(about)[0]
    b = claimcheck.quantities(other)[0]
    assert compare_quantities(a, b)[0] == kind


@pytest.mark.parametrize("aside, account, figures", [
    ("The train left the rails on 25 April 2005. Services resumed on 19 June 2005. It was "
     "the worst rail disaster in the country since 1963, when a three-train crash killed "
     "161 people.",
     "Date: 25 April 2005\nDeaths: 107\nThe line reopened on 19 June 2005.", ("161", "107")),
    ("Results for 2012 came on 3 March 2013; the board met on 4 March 2013. Sales were the "
     "highest since 1998, when the company sold 4.2 million cars.",
     "Results for the year to 31 December 2012 were published on 3 March 2013 and filed "
     "on 5 March 2013.\n\n"
     "The company sold 3.9 million cars.", ("4.2 million", "3.9 million")),
    ("The election of 6 May 2010 was called on 6 April 2010. Turnout was the highest since "
     "1950, when 83.9% of voters cast a ballot.",
     "The election was held on 6 May 2010. Polls closed at 22:00 on 6 May 2010.\n\n"
     "Turnout: 65.1%", ("83.9%", "65.1%")),
])
def test_a_figure_dated_years_from_both_accounts_is_another_event(
        aside: str, account: str, figures: tuple[str, str]) -> None:
    # a figure of an earlier event named for comparison, against the undated figure of a
    # document whose dates, like its own document's, name the years of another event
    report = claimcheck.check(Document("a", aside), Document("b", account))
    assert "discrepancy" not in kinds(report, *figures)


@pytest.mark.parametrize("story", [
    "The train left the rails on 25 April 2005. Services resumed on 19 June 2005. The "
    "accident killed 161 people in 2005.",
    # (its own document's story, told from another time: a later account of the event)
    "The ascent was made on 25 April 1963. The party came down on 29 April 1963. The "
    "crash of 1963 killed 161 people.",
])
def test_a_figure_of_its_own_documents_years_still_differs(story: str) -> None:
    report = claimcheck.check(
        Document("a", story),
        Document("b", "Date: 25 April 2005\nDeaths: 107\nThe line reopened on 19 June "
                      "2005."))
    assert "discrepancy" in kinds(report, "161", "107")
