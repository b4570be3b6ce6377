"""A value and its uncertainty beyond the plain case: a scale word on each side ("4.56
billion ± 20 million years"), a value below zero ("-40 ± 5 degrees"), and summaries that
write them as a scientist does ("4.54 ± 0.05 billion years", "$4.2 ± 0.1 billion").
Texts made up for these tests."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.model import Quantity

from .test_frames import check


def figures(text: str) -> list[Quantity]:
    return [c.value for c in claimcheck.claims(text) if isinstance(c.value, Quantity)]


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("The crust of Orla is 4.56 billion ± 20 million years old.",
     "4.56 billion ± 20 million years old", 4.54e9, 4.58e9),
    ("The brine froze at -40 ± 5 degrees Celsius.", "-40 ± 5 degrees Celsius", -45, -35),
])
def test_an_uncertainty_is_never_a_second_figure(text: str, span: str, low: float,
                                                 high: float) -> None:
    (q,) = figures(text)
    assert text[q.start:q.end] == q.text == span
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("a", "b", "opening"), [
    ("The crust of Orla is 4.54 ± 0.05 billion years old.",
     "The crust of Orla is 4.4 billion years old.",
     "The crust of Orla: 4.54 ± 0.05 billion years lies above 4.4 billion years"),
    ("The crust of Orla is 4.56 billion ± 20 million years old.",
     "The crust of Orla is 4.4 billion years old.",
     "The crust of Orla: 4.56 ± 0.02 billion years lies above 4.4 billion years"),
    ("Orla Mining's revenue was $4.2 billion ± $0.1 billion in 2030.",
     "Orla Mining's revenue was $3.9 billion in 2030.", "$4.2 ± 0.1 billion lies above"),
])
def test_summaries_write_the_uncertainty_at_the_values_scale(a: str, b: str,
                                                             opening: str) -> None:
    (found,) = [f for f in check(a, b).findings if f.kind == "discrepancy"]
    assert opening in found.summary
