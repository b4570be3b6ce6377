"""A statement's uncertainty ("19.16 ± 0.15 km/s") is no figure it states: another
statement whose only figure equals the uncertainty does not "say the same". Texts made
up for these tests."""

from __future__ import annotations

import pytest

from .test_frames import check


@pytest.mark.parametrize(("a", "b"), [
    ("The probe entered at 19.16 ± 0.15 km/s on 3 May.",
     "The probe entered at 0.15 km/s on 3 May."),
    ("The brine froze at 40 +/- 5 degrees on 3 May.", "The brine froze at 5 degrees on 3 May."),
])
def test_an_uncertainty_is_not_a_figure_the_other_states(a: str, b: str) -> None:
    assert not [f for f in check(a, b).findings if f.kind == "agreement"
                and f.detail.get("statement")]


def test_the_same_measurement_with_and_without_its_uncertainty_still_agrees() -> None:
    a = "The probe entered at 19.16 ± 0.15 km/s on 3 May."
    b = "The probe entered at 19.16 km/s on 3 May."
    assert [f for f in check(a, b).findings if f.kind == "agreement"
            and f.detail.get("statement")]
