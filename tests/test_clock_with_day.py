"""A time of day told right after its day ("on July 20, 1969, at 20:17 UTC") is told with
the day's words; two accounts of one moment that name its actors a little differently
("Commander Neil Armstrong and ... Buzz Aldrin", "Americans Neil Armstrong and Buzz
Aldrin") are one subject."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document


def found(a: str, b: str) -> set[tuple[str, frozenset[str]]]:
    report = claimcheck.check(Document("a", a), Document("b", b))
    return {(f.kind, frozenset(report.claim(c).text for c in f.claims))
            for f in report.findings if f.kind in ("agreement", "discrepancy")}


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        ("Commander Neil Armstrong and Lunar Module Pilot Buzz Aldrin landed the Lunar "
         "Module Eagle on July 20, 1969, at 20:17 UTC, and Armstrong stepped onto the "
         "surface hours later.",
         "Americans Neil Armstrong and Buzz Aldrin landed on July 20, 1969, at 20:18 UTC.",
         "20:17 UTC", "20:18 UTC"),
        ("Captain Maria Lopez and First Officer Tom Reyes brought the crippled Airbus down "
         "on the river on 14 March 2011, at 15:31 local time, and the ferries arrived "
         "minutes later.",
         "Pilots Maria Lopez and Tom Reyes landed on the river on 14 March 2011 at 15:27 "
         "local time.",
         "15:31 local time", "15:27 local time"),
    ],
)
def test_two_accounts_of_one_moment_differ_by_minutes(a: str, b: str, left: str,
                                                      right: str) -> None:
    assert ("discrepancy", frozenset({left, right})) in found(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # only the last word in common: two cathedrals
        ("Arinforia Cathedral was consecrated on 12 May 1742.",
         "Uleceavheim Cathedral was consecrated on 14 May 1742."),
        # more words in common than the last, but one name's own word differs: two
        # cathedrals, two parks, two universities (a word shared besides the last one is
        # no sign of one subject when the names differ where they name it)
        ("St Paul's Cathedral was consecrated on 12 May 1742.",
         "St Mary's Cathedral was consecrated on 14 May 1742."),
        ("Lake Erie State Park opened to visitors on May 3, 1950.",
         "Lake Ontario State Park opened to visitors on May 5, 1950."),
        ("North Carolina State University was founded on March 7, 1887.",
         "North Dakota State University was founded on March 8, 1887."),
    ],
)
def test_two_things_of_one_kind_named_apart_keep_their_dates_apart(a: str, b: str) -> None:
    assert not any(kind == "discrepancy" for kind, _ in found(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two moments of one day, each told with the day's words, of no named actor: the
        # day's words are all the two clocks share
        ("The first shock struck Haiti on 12 January 2010, at 16:53 local time.",
         "The largest aftershock struck Haiti on 12 January 2010, at 17:12 local time."),
        ("The rocket lifted off on 16 July 1969, at 13:32 UTC, and reached orbit.",
         "The rocket reached orbit on 16 July 1969, at 13:44 UTC."),
    ],
)
def test_two_moments_of_one_day_told_with_its_words_are_no_discrepancy(a: str, b: str) -> None:
    assert not any(kind == "discrepancy" for kind, _ in found(a, b))


def test_a_month_a_year_apart_with_its_event_words_is_a_difference() -> None:
    # a year miswritten: the same month, the same act, a year apart
    kinds = found("Heinze's attempt to corner the market in Copper stock failed in October "
                  "1906, and banks that had lent him money suffered runs.",
                  "The panic was triggered by the failed attempt in October 1907 to corner "
                  "the market on Copper stock.")
    assert ("discrepancy", frozenset({"October 1906", "October 1907"})) in kinds


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        ("The bridge was nearly two miles long, and had opened on the 31st May, 1878.",
         "The bridge, 2.25 miles long, had opened on 1 June 1878.",
         "31st May, 1878", "1 June 1878"),
        ("The dam held 40 million cubic metres and was completed on 3 May 1931.",
         "The dam, holding 38 million cubic metres, was completed on 5 May 1931.",
         "3 May 1931", "5 May 1931"),
    ],
)
def test_a_date_told_by_one_act_is_an_event_even_beside_a_figure(
        a: str, b: str, left: str, right: str) -> None:
    # the figure of the sentence holds for that date too, yet "opened on" names an event
    assert ("discrepancy", frozenset({left, right})) in found(a, b)


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("UTC time1923-09-01 02:58:35", "UTC time1923-09-01 02:58:32", "02:58:35", "02:58:32"),
    ("The quake was logged at station KX at 2011-03-11 05:46:24.",
     "The quake was logged at station KX at 2011-03-11 05:46:18.", "05:46:24", "05:46:18"),
])
def test_a_time_after_its_day_written_as_iso_8601_is_a_time(
        a: str, b: str, left: str, right: str) -> None:
    assert ("discrepancy", frozenset({left, right})) in found(a, b)


def test_a_bare_ratio_after_no_iso_day_is_still_no_time() -> None:
    texts = [c.text for c in claimcheck.claims("In 2011-12 the ratio was 3:16 overall.")
             if c.kind == "date"]
    assert "3:16" not in texts


@pytest.mark.parametrize("text", [
    "Origin time: 2011-03-11T14:46:24+09:00",
    "The quake struck at 2011-03-11T05:46 UTC.",
    "UTC time 2011-03-11T05:46:24Z",
])
def test_the_minutes_of_a_time_glued_to_its_iso_day_are_no_figure(text: str) -> None:
    """"2011-03-11T14:46:24": its minutes and seconds are no ratio "46:24" and no figure
    "46" beside the time of day (two such times 46 seconds apart were also two ratios
    that differ by 59 %)."""
    assert [c.text for c in claimcheck.claims(text) if c.kind in ("quantity", "ratio")] == []
    pair = found("Origin time: 2011-03-11T14:46:24+09:00",
                 "Origin time: 2011-03-11T14:47:10+09:00")
    assert ("discrepancy", frozenset({"46:24", "47:10"})) not in pair
