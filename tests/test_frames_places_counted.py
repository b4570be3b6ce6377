"""A name among the places counted ("across 31 US states") is where they lie: no owner
of the figure, so the count meets one reported from "29 states", but its place, so it
never meets another country's "29 Mexican states". Texts made up for these tests."""

from __future__ import annotations

import pytest

from .test_frames import check, paired

US = "The 2031 outbreak of Orla fever spread across 31 US states."


@pytest.mark.parametrize(("b", "found"), [
    ("By May 2031, cases of Orla fever had been reported from 29 states.", ["discrepancy"]),
    ("By May 2031, Orla fever had been found in 29 Mexican states.", []),
])
def test_a_name_among_the_places_is_where_they_lie(b: str, found: list[str]) -> None:
    assert paired(check(US, b), "31", "29") == found
