"""A measurement given with its uncertainty ("19.16 ± 0.15 km/s", "52 % +/- 3 %") is one
figure: the values between its two ends, compared as a range is, and written back as it
was stated. Texts made up for these tests."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.model import Quantity

from .test_frames import check


def figures(text: str) -> list[Quantity]:
    return [c.value for c in claimcheck.claims(text) if isinstance(c.value, Quantity)]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    ("The probe entered at 11.86 ± 0.04 kilometres per second.",
     "11.86 ± 0.04 kilometres per second", 11.82, 11.90, "km/s"),
    ("Support for the plan stands at 52% +/- 3%, the pollster said.", "52% +/- 3%", 49, 55,
     "percent"),
    ("The crater is 1.2 +/- 0.1 km wide.", "1.2 +/- 0.1 km", 1.1, 1.3, "km"),
    ("The basalt is 3.8 ± 0.2 billion years old.", "3.8 ± 0.2 billion years old", 3.6e9, 4.0e9,
     "year"),
])
def test_a_value_and_its_uncertainty_are_one_figure(text: str, span: str, low: float,
                                                    high: float, unit: str) -> None:
    (q,) = figures(text)
    assert q.text == span and text[q.start:q.end] == span
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.unit == unit and q.qualifier == "between"


@pytest.mark.parametrize("text", [
    "Sample 1 +- 2 was spoiled.",  # an uncertainty no smaller than the value: no reading
    "The score was 3 ± 5 on the old scale.",
])
def test_an_uncertainty_as_large_as_the_value_is_none(text: str) -> None:
    assert all(q.low == q.high for q in figures(text))


def test_a_figure_outside_the_uncertainty_differs_and_one_inside_agrees() -> None:
    a = "The Orla meteor entered the atmosphere at a speed of 19.16 ± 0.15 km/s."
    outside = check(a, "The Orla meteor entered the atmosphere at a speed of 18 km/s.")
    (found,) = [f for f in outside.findings if f.kind == "discrepancy"]
    assert found.summary.startswith("19.16 ± 0.15 km/s lies above 18 km/s")
    inside = check(a, "The Orla meteor entered the atmosphere at a speed of 19.2 km/s.")
    assert [f.kind for f in inside.findings if f.kind in ("agreement", "discrepancy")] \
        == ["agreement"]
