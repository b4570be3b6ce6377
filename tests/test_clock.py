"""Times of day: read with their day, compared as moments, lined up across accounts.

Texts made up for these tests: a quake, a landing, a strike, a train crash.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.builtin.times.clock import compare_clocks, find_clocks

from .test_frames import check, paired


def is_time(claim: claimcheck.Claim) -> bool:
    return claim.kind == "date" and claim.value.granularity in ("hour", "minute", "second")


def times_of(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.value.timex) for c in claimcheck.claims(text) if is_time(c)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The quake struck at 16:53 local time on 12 January 2010.",
     [("16:53 local time", "2010-01-12T16:53")]),
    ("On 3 March 1998 the train left at 5:12 a.m. and crashed at 6:40 p.m.",
     [("5:12 a.m.", "1998-03-03T05:12"), ("6:40 p.m.", "1998-03-03T18:40")]),
    ("The probe touched down on August 6, 2012, 05:17:57 UTC.",
     [("05:17:57 UTC", "2012-08-06T05:17:57Z")]),
    ("It landed at 10:32 p.m. PDT Aug. 5, 2012.", [("10:32 p.m. PDT", "2012-08-05T22:32-07:00")]),
    ("Workers walked out on 3 August 1981, beginning at 7 a.m., EST.",
     [("7 a.m., EST", "1981-08-03T07-05:00")]),
    # an infobox copied without its cells: the day glued to its label
    ("Docking date10 July 2011 15:07 UTC", [("15:07 UTC", "2011-07-10T15:07Z")]),
    # the day of the sentence before, in the same paragraph
    ("On 15 January 2009 the flight was cleared for takeoff. At 3:27 p.m. it struck birds.",
     [("3:27 p.m.", "2009-01-15T15:27")]),
])
def test_a_time_of_day_is_read_with_its_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert times_of(text) == expected


_FILLER = "The crew checked the systems one by one and read the numbers back to the ground. "


def test_a_timeline_of_times_keeps_its_day() -> None:
    """"launched on 11 April 1990 at 19:13 UT ... burn at 19:25 ... docking at 22:32 UT":
    each time later than the last and soon after it is the same day's, however far back
    the day was named; a time in the small hours after one late in the evening is the next
    day's (a night went by); a time earlier than the last by day, or after another day is
    named, is not that day's."""
    text = ("The Kessel probe was launched on 11 April 1990 at 19:13 UT from the pad. "
            + _FILLER * 4 + "The burn came at 19:25 UT. " + _FILLER * 4
            + "Docking came at 22:32 UT. " + _FILLER * 4 + "A check came at 01:15 UT.")
    assert times_of(text) == [("19:13 UT", "1990-04-11T19:13Z"),
                              ("19:25 UT", "1990-04-11T19:25Z"),
                              ("22:32 UT", "1990-04-11T22:32Z"),
                              ("01:15 UT", "1990-04-12T01:15Z")]
    # past midnight, the timeline goes on in the next day
    turned = ("The Kessel probe was launched on 11 April 1990 at 19:13 UT from the pad. "
              + _FILLER * 4 + "Docking came at 22:32 UT. " + _FILLER * 2
              + "A check came at 01:15 UT. " + _FILLER + "The crew slept until 23:05 UT.")
    assert times_of(turned) == [("19:13 UT", "1990-04-11T19:13Z"),
                                ("22:32 UT", "1990-04-11T22:32Z"),
                                ("01:15 UT", "1990-04-12T01:15Z"),
                                ("23:05 UT", "1990-04-12T23:05Z")]
    # a time earlier than the last by day is told out of order: no time after it takes
    # the day named
    back = ("The Kessel probe was launched on 11 April 1990 at 19:13 UT from the pad. "
            + _FILLER * 4 + "Docking came at 22:32 UT. " + _FILLER * 2
            + "A check had come at 15:15 UT. " + _FILLER + "The crew slept until 23:05 UT.")
    assert times_of(back) == [("19:13 UT", "1990-04-11T19:13Z"),
                              ("22:32 UT", "1990-04-11T22:32Z")]
    # a time far from any other time of day keeps no day
    far = ("The probe was launched on 11 April 1990 at 19:13 UT. " + _FILLER * 12
           + "Docking came at 22:32 UT.")
    assert times_of(far) == [("19:13 UT", "1990-04-11T19:13Z")]


@pytest.mark.parametrize("text", [
    "John 3:16 was read aloud on 5 May 2001.",  # a verse
    "The home side won 2:1 on 5 May 2001.",  # a score
    "The mix was 10:30 by weight, as stated on 5 May 2001.",  # a ratio
    "The shock came at 5:12 a.m.",  # no day anywhere
    "The docking came in July 2011, at 15:07 UTC.",  # only a month: no day for the time
    "It rained hard all afternoon of 12 March 1990 and the river rose 10 feet at dawn "
    "near the bridge, the water reaching the rails. " + "More rain fell. " * 30
    + "At 4:10 p.m. the levee broke.",  # the day is too far back
])
def test_no_time_of_day_without_a_sure_time_and_day(text: str) -> None:
    assert times_of(text) == []


def test_zones_are_read_only_in_capitals() -> None:
    (clock,) = find_clocks("They met at 6 pm wet and cold.")
    assert clock.text == "6 pm" and clock.offset is None


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("At 16:53 local time on 12 January 2010 the quake struck.",
     "On 12 January 2010 the quake struck at 16:53:10 local time.", "agreement"),
    ("On 3 March 1998 the train crashed at 5:12 a.m.",
     "On 3 March 1998 the train crashed at 5:14 a.m.", "discrepancy"),
    ("The rover landed at 10:32 p.m. PDT Aug. 5, 2012.",
     "The rover landed on August 6, 2012, 05:32 UTC.", "agreement"),
    ("On 3 August 1981 the strike began at 7 a.m.",
     "On 3 August 1981 the strike began at 7:05 a.m.", "agreement"),
    # one names the zone, the other says local time: one reading of the clock, one moment
    ("The dam failed at 3:32 a.m. local time on 6 April 2009, flooding the valley.",
     "The structure collapsed at 03:32 CEST on 6 April 2009.", "agreement"),
    # Universal Time, as NASA and astronomers write it, is UTC
    ("On 11 April 1970 the craft docked at 22:32:09 UT.",
     "The craft docked at 23:32:09 CET on 11 April 1970.", "agreement"),
])
def test_two_accounts_times_meet_and_compare_as_moments(a: str, b: str, kind: str) -> None:
    report = check(a, b)
    found = [f for f in report.findings if f.kind in ("agreement", "discrepancy")
             and all(is_time(report.claim(c)) for c in f.claims)]
    assert [f.kind for f in found] == [kind]


def test_a_time_says_how_far_apart_it_is() -> None:
    report = check("On 3 March 1998 the train crashed at 5:12 a.m.",
                   "On 3 March 1998 the train crashed at 5:14 a.m.")
    (finding,) = [f for f in report.findings if f.kind == "discrepancy"]
    assert finding.summary == ("5:12 a.m. vs 5:14 a.m.: 2 minutes apart; both sources word "
                               "the sentence around the figure alike")


def test_a_time_with_a_zone_against_one_without_is_not_comparable() -> None:
    a, b = (claimcheck.claims(t) for t in (
        "On 12 January 2010 the quake struck at 16:53 local time.",
        "On 12 January 2010 the quake struck at 21:53 UTC."))
    ta = next(c.value for c in a if is_time(c))
    tb = next(c.value for c in b if is_time(c))
    assert compare_clocks(ta, tb)[0] == "not_comparable"


def test_a_time_does_not_take_its_days_place() -> None:
    """The day and the time of one moment each meet their own kind: the days agree as
    they did before times were read."""
    report = check("The quake occurred at 16:53 local time (21:53 UTC) on Tuesday, 12 "
                   "January 2010.",
                   "The quake hit Haiti on January 12, 2010, at 16:53:10 local time.")
    assert paired(report, "Tuesday, 12 January 2010", "January 12, 2010") == ["agreement"]
    assert paired(report, "16:53 local time", "16:53:10 local time") == ["agreement"]


def test_a_posting_time_meets_no_event_time() -> None:
    report = check("Shuttle lands\nThu, 21 Jul 2011 06:18:04 AM EDT\n\nThe shuttle landed "
                   "on 21 July 2011 at 5:57 a.m. EDT.",
                   "The shuttle touched down on 21 July 2011 at 06:18 EDT.")
    assert not paired(report, "06:18:04 AM EDT", "06:18 EDT")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["at 5:12 a.m.", "16:53 UTC", "3:16", "2:1", " on 5 May 2001",
                                 "(21:53 local time)", "7 pm", ". ", "\n", "12:60", "25:10"]),
                max_size=30))
def test_times_of_day_keep_their_spans(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for c in claimcheck.claims(text):
        assert text[c.start:c.end] == c.text
    for clock in find_clocks(text):
        assert text[clock.start:clock.end] == clock.text
        assert 0 <= clock.hour <= 23 and 0 <= clock.minute <= 59


def test_four_digits_are_a_time_only_before_a_zone() -> None:
    assert times_of("On 21 July 2011 the shuttle landed at 0557 EDT (0957 UTC).") == [
        ("0557 EDT", "2011-07-21T05:57-04:00"), ("0957 UTC", "2011-07-21T09:57Z")]
    assert times_of("On 21 July 2011 the company employed 1500 people.") == []


@pytest.mark.parametrize("head", [
    "Shuttle program ends\n\nFriday, July 22, 2011\n\n",
    "Shuttle program ends\nFri, 22 Jul 2011 06:18:04 AM EDT\n\n",
])
def test_a_dateline_is_the_date_today_and_this_year_count_from(head: str) -> None:
    """A news copy's date of writing on its own line at its head: "yesterday", "today"
    and "this year" count from it, not from the last year the story told of."""
    text = head + ("The program, in operation since 1981, ended yesterday. The last launch "
                   "was on July 8 this year, and the crew flies home today.")
    dates = {c.text: c.value.timex for c in claimcheck.claims(text) if c.kind == "date"}
    assert dates["yesterday"] == "2011-07-21"
    assert dates["July 8 this year"] == "2011-07-08"
    assert dates["today"] == "2011-07-22"


def test_a_time_in_the_evening_is_after_noon_and_a_day_needs_its_year() -> None:
    assert times_of("On the evening of 15 February 1898 at 9:40 a blast shook the ship.") \
        == [("9:40", "1898-02-15T21:40")]
    assert times_of("At 9:40 on the evening of 15 February a blast shook the ship.") == []


def test_a_zone_spelled_out_is_a_zone() -> None:
    assert times_of("The dam failed on May 18, 1981, at 08:32 Pacific Daylight Time.") == [
        ("08:32 Pacific Daylight Time", "1981-05-18T08:32-07:00")]
    report = check("The dam failed on May 18, 1981, at 8:32 a.m. Pacific Daylight Time.",
                   "The dam failed on May 18, 1981, at 15:32 UTC.")
    assert [f.kind for f in report.findings
            if f.kind == "agreement" and all(is_time(report.claim(c)) for c in f.claims)] \
        == ["agreement"]


DATELINE = "Monday, April 6, 2009\n\n"
NO_DAY = "A strong earthquake struck the region at 3:32 a.m. local time, officials said."


@pytest.mark.parametrize(("text", "expected"), [
    # a news copy's times with no day of their own are its dateline's, however far down
    (DATELINE + NO_DAY, [("3:32 a.m. local time", "2009-04-06T03:32")]),
    (DATELINE + "Rescuers worked through the night. " * 20 + NO_DAY,
     [("3:32 a.m. local time", "2009-04-06T03:32")]),
    # no dateline, or another day named since it: no day for the time
    (NO_DAY, []),
    (DATELINE + "The first tremor came on 2 April 2009. " + "Rescuers dug on. " * 30 + NO_DAY,
     []),
])
def test_a_news_copys_time_with_no_day_is_its_datelines(text, expected) -> None:
    assert times_of(text) == expected
