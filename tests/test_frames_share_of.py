"""A percentage is a share of a measure only when the measure is named after it ("71% of
the electorate" is the turnout); a measure named before a percentage is what the
percentage is said of ("their electoral strength was 14%", a party's support), no share
of it. Texts made up for these tests."""

from __future__ import annotations

from .test_frame_readings import frame_of
from .test_frames import check


def test_a_measure_named_before_a_percentage_is_no_share_of_it() -> None:
    a = "In the 2031 Ostmark election their electoral strength was 14%."
    b = "Turnout in the 2031 Ostmark election was 71%."
    assert frame_of(a, "14%").measure != "turnout"
    assert not [f for f in check(a, b).findings if f.kind == "discrepancy"]


def test_a_share_of_the_electorate_is_still_the_turnout() -> None:
    assert frame_of("In 2031, 71% of the electorate of Ostmark voted.", "71%").measure \
        == "turnout"
