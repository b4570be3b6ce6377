"""A citation's mark between a range's ends ("20,000[1]–25,000 men", as encyclopedia
copies keep them): one range, never a figure and a negative one ("-25,000 men", a count
below zero). Made-up lines across fields; the cases came from real pages
(bench/realpairs: Bannockburn's strengths, the Kantō earthquake's toll)."""

from __future__ import annotations

import pytest

import claimcheck


def quantities(text: str) -> dict[str, tuple[float, float]]:
    return {c.text: (c.value.low, c.value.high) for c in claimcheck.claims(text)
            if c.kind == "quantity"}


@pytest.mark.parametrize("text, said, low, high", [
    ("Strength: 20,000[1]–25,000 men[2]", "20,000[1]–25,000", 20000, 25000),
    ("The army had 20,000[3]-25,000 men.", "20,000[3]-25,000", 20000, 25000),
    ("Deaths: 105,385[9]–142,800[10]", "105,385[9]–142,800", 105385, 142800),
    ("Revenue was $4[12]-5 billion in 2019.", "$4[12]-5 billion", 4e9, 5e9),
])
def test_a_range_is_read_across_a_citation(text: str, said: str, low: float,
                                           high: float) -> None:
    assert quantities(text)[said] == (low, high)


def test_no_count_below_zero_after_a_citation() -> None:
    found = quantities("Casualties: 1,200[4]–1,500 killed; 3,000 wounded.")
    assert all(low >= 0 for low, _ in found.values())


def test_a_sign_after_a_space_is_still_a_sign() -> None:
    assert quantities("The temperature fell to -5 degrees.")["-5 degrees"] == (-5, -5)
