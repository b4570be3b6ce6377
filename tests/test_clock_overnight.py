"""Times of day across midnight and far apart: a time told after one late in the evening,
earlier in the day, is the next morning's; a time under a dateline is the dateline's day
when only that day was named since; two times of day hours apart are two moments, two a
few minutes apart that share a word are one moment told two ways. Texts made up for
these tests, across fields."""

from __future__ import annotations

import datetime as dt

import pytest

import claimcheck
from claimcheck import Document


def day_of(text: str, clock: str) -> dt.date | None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == clock]
    return claim.value.earliest


def found(a: str, b: str) -> set[tuple[str, frozenset[str]]]:
    report = claimcheck.check(Document("a", a), Document("b", b))
    return {(f.kind, frozenset(report.claim(c).text for c in f.claims))
            for f in report.findings if f.kind in ("agreement", "discrepancy")}


@pytest.mark.parametrize(("text", "clock", "day"), [
    ("The ferry left port on 3 March 2015 at 22:40 UTC. Radio contact was lost at "
     "01:15 UTC, and the coastguard was called.", "01:15 UTC", dt.date(2015, 3, 4)),
    ("The siege guns opened fire on 9 August 1870 at 21:00. The first breach was "
     "reported at 04:30, when the infantry moved up.", "04:30", dt.date(1870, 8, 10)),
])
def test_a_time_after_a_late_evening_is_the_next_morning(text: str, clock: str,
                                                         day: dt.date) -> None:
    assert day_of(text, clock) == day


@pytest.mark.parametrize(("text", "clock", "day"), [
    ("On 31 May 2009 the plane took off at 22:03 UTC. The last contact was at 01:33 UTC. "
     "The wreck hit the sea at 02:14 UTC.", "02:14 UTC", dt.date(2009, 6, 1)),
    ("On 3 June 2010 the polls closed at 22:00. Counting ended at 04:00. The result was "
     "declared at 05:30.", "05:30", dt.date(2010, 6, 4)),
])
def test_a_timeline_past_midnight_stays_on_the_next_day(text: str, clock: str,
                                                        day: dt.date) -> None:
    # the times after the first one past midnight are that morning's too, not the
    # evening's day again (hours before the evening's time)
    assert day_of(text, clock) == day


@pytest.mark.parametrize(("text", "clock", "day"), [
    # told out of order in the day: no night went by
    ("The meeting ended on 5 May 2016 at 18:00. The delegates had arrived at 09:00, "
     "before the doors opened.", "09:00", dt.date(2016, 5, 5)),
    # one moment on two clocks
    ("The jet took off on 31 May 2009 at 22:30 local time (01:30 GMT), bound for Paris.",
     "01:30 GMT", dt.date(2009, 5, 31)),
    # told in the past perfect: what came before the evening's time, not after it
    ("On 3 June 1921 firemen put the blaze out at 23:00. It had started at 02:00 in a "
     "bakery.", "02:00", dt.date(1921, 6, 3)),
    ("The count ended on 9 May 2022 at 22:15. Voting had closed at 04:00 in the "
     "islands.", "04:00", dt.date(2022, 5, 9)),
])
def test_a_time_earlier_in_the_day_keeps_its_day(text: str, clock: str,
                                                 day: dt.date) -> None:
    assert day_of(text, clock) == day


def test_a_time_under_a_dateline_named_again_is_that_days() -> None:
    text = ("Freighter missing off Norway\n\nTuesday, March 3, 2015\n\nThe freighter was due "
            "in Bergen at 11:10 CET on March 3, 2015, but never arrived.\n\nIts last "
            "position report came at 04:20 GMT, the owners said.")
    assert day_of(text, "04:20 GMT") == dt.date(2015, 3, 3)


@pytest.mark.parametrize(("a", "b"), [
    # two moments of one flight hours apart, told with the same words about the aircraft
    ("The Boeing 737 of Coastal Air was last heard on 12 June 2014 at 01:30 GMT.",
     "The Boeing 737 of Coastal Air took off on 12 June 2014 at 22:05 GMT."),
    ("The 09:15 train from Leeds derailed near the viaduct on 4 April 1899.",
     "The train from Leeds derailed near the viaduct on 4 April 1899 at 14:40."),
])
def test_times_of_day_hours_apart_are_not_one_moment(a: str, b: str) -> None:
    assert not any(kind == "discrepancy" for kind, _ in found(a, b))


def test_times_minutes_apart_sharing_a_word_are_one_moment_told_two_ways() -> None:
    kinds = found("The trawler was last heard via radio at 01:30 GMT on 1 June 2009.",
                  "The last contact with the coastguard came at 01:33 GMT on 1 June 2009.")
    assert ("discrepancy", frozenset({"01:30 GMT", "01:33 GMT"})) in kinds


@pytest.mark.parametrize(("a", "b"), [
    # two acts of one subject a quarter of an hour apart: the subject's noun is all they
    # share
    ("On 31 May 2009 the plane took off at 22:03 UTC from Rio.",
     "On 31 May 2009 the plane sent its last message at 22:15 UTC."),
    ("On 4 May 2011 the train left the station at 09:02.",
     "On 4 May 2011 the train reached the bridge at 09:14."),
])
def test_times_a_quarter_of_an_hour_apart_sharing_a_noun_are_two_moments(a: str,
                                                                         b: str) -> None:
    assert not any(kind == "discrepancy" for kind, _ in found(a, b))
