"""The pack's military measures: what a figure in a war history counts, so that one
army's tanks meet its tanks and not its men. Sentences made up for these tests."""

from __future__ import annotations

import claimcheck_korea
import pytest

import claimcheck

PM = claimcheck.get_plugin_manager([claimcheck_korea], entry_points=False)


def measure_of(text: str, figure: str) -> str | None:
    found = claimcheck.claims(claimcheck.Document("d", text), pm=PM)
    (claim,) = [c for c in found if c.text == figure]
    assert claim.frame is not None
    return claim.frame.measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The Kessel Army could fly some 220 warplanes in December.", "220",
         "equipment.aircraft"),
        ("The Kessel Army had 220 combat aircraft in December.", "220", "equipment.aircraft"),
        ("The armoured strength of the Kessel Army was 330 tanks.", "330", "equipment.tanks"),
        ("The tank strength of the Kessel Army was 330 vehicles.", "330", "equipment.tanks"),
        # strength in men stays strength
        ("The strength of the Kessel Army was 90,000 men.", "90,000", "strength"),
    ],
)
def test_military_measures(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


def test_warplanes_and_aircraft_of_the_same_army_are_one_count() -> None:
    a = claimcheck.Document("a", "The Kessel Army could fly some 220 warplanes in December 1943.")
    b = claimcheck.Document("b", "Historians credited the Kessel Army with 260 aircraft in "
                                 "December 1943.")
    report = claimcheck.check(a, b, pm=PM)
    kinds = {f.kind for f in report.findings
             if {report.claim(c).text for c in f.claims} == {"220", "260"}}
    # two words for one thing counted, not two units that cannot be compared
    assert kinds == {"discrepancy"}
