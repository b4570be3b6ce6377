"""Kilotons and megatons beside a word of energy are still a mass when the text says
what they are of: emissions and cargoes are reported in the same sentences as "the
energy sector" or "nuclear plants". Texts made up for these tests."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.model import Quantity


def figures(text: str) -> list[Quantity]:
    return [c.value for c in claimcheck.claims(text) if isinstance(c.value, Quantity)]


@pytest.mark.parametrize("text", [
    "The energy sector emitted 500 Mt of CO2 in 2019.",
    "Replacing coal with nuclear energy saved 40 Mt CO2e a year.",
    "After the explosion at the terminal, the port shipped 12 kilotons of grain.",
    "Some 57 Mt St Helens blast survivors met in 2030.",  # "Mt": a mountain's name
])
def test_tons_of_a_named_thing_are_no_explosion(text: str) -> None:
    assert figures(text)
    assert all(q.dimension != "energy" for q in figures(text))


@pytest.mark.parametrize(("text", "span"), [
    ("The blast equalled 15 kilotons of explosives.", "15 kilotons"),
    ("The warhead's yield was 300 kt, twice the estimate.", "300 kt"),
    ("The test had a yield of 50 Mt. The crater was deep.", "50 Mt"),
])
def test_an_explosion_is_still_read(text: str, span: str) -> None:
    (q,) = [q for q in figures(text) if q.text == span]
    assert q.dimension == "energy" and text[q.start:q.end] == span
