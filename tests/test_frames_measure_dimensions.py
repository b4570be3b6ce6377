"""A measure whose vocabulary names its dimension takes only figures of it: the words of
a speed, an area or a height beside a figure of another kind name nothing it measures.
(The cases of test_frame_readings' dimension test pass with every dimension removed from
measures.toml; these do not.) Texts made up for these tests."""

from __future__ import annotations

import pytest

from .test_frame_readings import frame_of


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("The convoy travelled 300 km at a speed of 90 km/h.", "300 km", "distance"),
    ("The valley received 40 mm of rain over an area the size of a county.", "40 mm", None),
    ("The airliner carried 400 passengers at a height of 10 km.", "400", None),
])
def test_a_measure_of_another_dimension_names_nothing(text: str, figure: str,
                                                      measure: str | None) -> None:
    assert frame_of(text, figure).measure == measure
