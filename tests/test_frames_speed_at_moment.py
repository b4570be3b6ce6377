"""A speed at a stated moment of the motion ("Velocity at peak brightness: 21.3 km/s",
"its speed at impact") is a kind of speed: it never differs from a speed said of the
whole flight or of its entry, yet meets a speed at the same moment. Texts made up for
these tests."""

from __future__ import annotations

import pytest

from .test_frames import check, paired


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    ("Fireball over Orla, 3 May 2031\nPeak brightness altitude: 31 km\n"
     "Velocity at peak brightness: 21.3 km/s\n",
     "On 3 May 2031, travelling at 24 km/s, the Orla fireball lit the sky.",
     "21.3 km/s", "24 km/s", []),
    ("The Orla probe's velocity at impact was 3.1 km/s on 3 May 2031.",
     "The Orla probe's velocity at impact was 2.4 km/s on 3 May 2031.",
     "3.1 km/s", "2.4 km/s", ["discrepancy"]),
    ("On 3 May 2031 the Orla fireball entered the atmosphere at a speed of 24.1 km/s.",
     "On 3 May 2031, travelling at 21 km/s, the Orla fireball lit the sky.",
     "24.1 km/s", "21 km/s", ["discrepancy"]),
])
def test_a_speed_at_a_moment_meets_only_a_speed_at_that_moment(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    assert paired(check(a, b), left, right) == found
