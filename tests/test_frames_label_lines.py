"""An infobox copied as plain lines of a label and its value, no colons ("Surface Turf",
"Attendance 85,000"): the block reads as one sentence, and a capitalised label word on
the line above ("Turf", "Smith") would make the next line's measure word look like a
name running on ("the Grand Canal"). A line's first word opens no name from the line
above. (A real page needed it: bench/realpairs, the 1890 Melbourne Cup.)"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document


def measure_of(text: str, figure: str) -> str | None:
    claim = next(c for c in claimcheck.claims(Document("t", text)) if c.text == figure)
    return claim.frame.measure if claim.frame is not None else None


@pytest.mark.parametrize("text, figure, measure", [
    ("Location Flemington Racecourse\nSurface Turf\nAttendance 85,000", "85,000",
     "attendance"),
    ("Owner Donald Smith Wallace\nCrowd 90,000", "90,000", "attendance"),
    ("Commander General Braddock\nStrength 2,100", "2,100", "strength"),
    ("Operator Imperial Airways\nRoute London Paris\nFatalities 48", "48",
     "casualties.killed"),
])
def test_a_label_opening_its_line_names_the_measure(text: str, figure: str,
                                                    measure: str) -> None:
    found = measure_of(text, figure)
    assert found is not None and (found == measure or found.startswith(measure + "."))


@pytest.mark.parametrize("text, figure", [
    ("The Grand Canal is 1,776 km long.", "1,776 km"),
    ("Ships passed the Challenger Deep at 10,900 m.", "10,900 m"),
])
def test_a_name_within_a_line_still_runs_on(text: str, figure: str) -> None:
    # (the measure words inside a name are read as the name, on one line as before)
    assert measure_of(text, figure) not in ("canal", "depth")
