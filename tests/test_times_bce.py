"""Dates before the common era compare as dates (issue 17): "480 BC" has no Python date,
but its TIMEX value (BC0480) says which days it covers, and two such dates, or one
against a date of the common era, agree or differ by those days."""

from __future__ import annotations

import json

import pytest

import claimcheck
from claimcheck.builtin.times.compare import compare_claims, compare_times
from claimcheck.builtin.times.extract import find_times
from claimcheck.config import Config
from claimcheck.model import Claim
from claimcheck.plugin import day_number


def when(sentence: str, index: int = 0):
    """The ``index``-th time expression read in ``sentence``."""
    return find_times(sentence)[index]


def test_two_adjacent_years_before_the_era_differ_by_a_day():
    # 480 BC ends on the day before 479 BC begins: the years differ by one
    got, detail = compare_times(when("The Persians burned Athens in 480 BC."),
                                when("The Persians burned Athens in 479 BC."))
    assert got == "discrepancy"
    assert detail["relation"] == "before" and detail["days_apart"] == 1
    assert detail["precision"] == "year"
    # the other way round, the later year lies after the earlier
    got, detail = compare_times(when("The city fell in 479 BC."), when("The city fell in 480 BC."))
    assert (got, detail["relation"], detail["days_apart"]) == ("discrepancy", "after", 1)


def test_years_ten_apart_before_the_era_are_counted_in_days_across_the_years_between():
    got, detail = compare_times(when("The temple burned in 490 BC."),
                                when("The temple burned in 480 BC."))
    assert got == "discrepancy" and detail["relation"] == "before"
    # from the end of 490 BC (year -489) to the start of 480 BC (year -479)
    assert detail["days_apart"] == day_number(-479, 1, 1) - day_number(-489, 12, 31)
    assert 9 * 365 < detail["days_apart"] < 9 * 366 + 1


@pytest.mark.parametrize("other", [
    "The Persians burned Athens in 480 BC.",
    "The Persians burned Athens in 480 B.C.",
    "Athens was burned in 480 BCE by the Persians.",
])
def test_one_year_before_the_era_written_three_ways_agrees(other):
    got, detail = compare_times(when("In 480 BC the Persians burned Athens."), when(other))
    assert got == "agreement" and detail["relation"] == "equal"
    # the overlap is the year, with ISO 8601's extended year (year 0 is 1 BC)
    assert detail["overlap"] == ["-0479-01-01", "-0479-12-31"]
    json.dumps(detail, allow_nan=False)  # a report can carry it as it is


def test_the_same_number_before_and_after_the_era_differs():
    got, detail = compare_times(when("Varus lost three legions in AD 9."),
                                when("Varus lost three legions in 9 BC."))
    assert got == "discrepancy"
    assert detail["relation"] == "after"  # AD 9 lies after 9 BC
    # 8 BC ... 1 BC and AD 1 ... AD 8 lie between: sixteen years (no year 0)
    assert 16 * 365 <= detail["days_apart"] <= 16 * 365 + 5


def test_1_bc_is_followed_by_ad_1_with_no_year_between():
    got, detail = compare_times(when("The census was held in 1 BC."),
                                when("The census was held in AD 1."))
    assert (got, detail["relation"], detail["days_apart"]) == ("discrepancy", "before", 1)


def test_days_before_the_era_differ_by_a_day_and_a_month_holds_its_days():
    got, detail = compare_times(when("Caesar was killed on 15 March 44 BC."),
                                when("Caesar was killed on 16 March 44 BC."))
    assert (got, detail["days_apart"], detail["precision"]) == ("discrepancy", 1, "day")
    got, detail = compare_times(when("Caesar was killed in March 44 BC."),
                                when("Caesar was killed on 15 March 44 BC."))
    assert (got, detail["relation"], detail["precision"]) == ("agreement", "contains", "month")
    assert detail["overlap"] == ["-0043-03-15", "-0043-03-15"]


def test_leap_days_before_the_era_follow_the_proleptic_calendar():
    # 45 BC is astronomical year -44, a leap year; 44 BC (-43) is not
    got, detail = compare_times(when("The decree is dated 28 February 45 BC."),
                                when("The decree is dated 1 March 45 BC."))
    assert (got, detail["days_apart"]) == ("discrepancy", 2)
    got, detail = compare_times(when("The decree is dated 28 February 44 BC."),
                                when("The decree is dated 1 March 44 BC."))
    assert (got, detail["days_apart"]) == ("discrepancy", 1)


def test_spans_before_the_era_compare_end_to_end():
    first_war = "Rome fought Carthage from 264 B.C. to 241 B.C. over Sicily."
    got, detail = compare_times(when(first_war),
                                when("Rome fought Carthage from 264 B.C. to 146 B.C."))
    assert (got, detail["relation"]) == ("discrepancy", "different_span")
    got, detail = compare_times(when(first_war),
                                when("The first war with Carthage ran between 264 and 241 BC."))
    assert (got, detail["relation"]) == ("agreement", "equal")
    got, detail = compare_times(when(first_war), when("A Roman fleet was lost in 255 BC."))
    assert (got, detail["relation"]) == ("agreement", "contains")


def test_a_span_across_the_era_holds_a_year_of_the_common_era():
    reign = "Augustus ruled from 27 BC to AD 14."
    got, detail = compare_times(when(reign), when("The legions were lost in AD 9."))
    assert (got, detail["relation"]) == ("agreement", "contains")
    assert detail["overlap"] == ["0009-01-01", "0009-12-31"]
    got, detail = compare_times(when(reign), when("The legions were lost in AD 20."))
    assert (got, detail["relation"]) == ("discrepancy", "before")


def test_before_and_after_a_year_before_the_era():
    earlier = when("The walls were built in 500 BC.")
    got, _ = compare_times(when("The walls were built before 480 BC."), earlier)
    assert got == "agreement"  # 500 BC lies before 480 BC
    got, detail = compare_times(when("The walls were built after 480 BC."), earlier)
    assert (got, detail["relation"]) == ("discrepancy", "after")


def test_a_year_before_the_era_against_one_of_the_twentieth_century():
    got, detail = compare_times(when("The Persians burned Athens in 480 BC."),
                                when("The museum opened in 1950."))
    assert got == "discrepancy" and detail["relation"] == "before"
    assert detail["days_apart"] > 2400 * 365


def test_a_date_whose_year_is_unknown_stays_not_comparable():
    got, detail = compare_times(when("In June the army marched."),
                                when("The Persians burned Athens in 480 BC."))
    assert got == "not_comparable" and detail["reason"] == "year unknown"


def test_a_finding_between_two_claims_names_both_dates():
    claims = [c for c in claimcheck.claims("The Persians burned Athens in 480 BC. "
                                           "Other sources say 479 BC.")
              if c.kind == "date"]
    assert [c.text for c in claims] == ["480 BC", "479 BC"]
    finding = compare_claims(claims[0], claims[1], Config())
    assert finding is not None and finding.kind == "discrepancy"
    assert finding.summary == "dates differ by 1 year: 480 BC (BC0480) vs 479 BC (BC0479)"
    assert finding.claims == (claims[0].id, claims[1].id)


def test_an_agreement_before_the_era_says_the_year():
    left = Claim("a:1", "a", "date", 0, 0, "", value=when("in 264 B.C."))
    right = Claim("b:1", "b", "date", 0, 0, "", value=when("in 264 BC"))
    finding = compare_claims(left, right, Config())
    assert finding is not None and finding.kind == "agreement"
    assert finding.summary == "same year: 264 B.C. (BC0264)"
