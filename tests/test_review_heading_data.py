"""A heading names what its document is about, but a short block the segmenter takes for
a heading may be a label over its data ("Orbit" over "Apogee 248 kilometers", "Results"
over "Seats won 379 127"): those figures are facts like any, and two documents' values
that differ are a discrepancy. Only a claim read as a sentence on a heading's first line
is taken for a title."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document


def discrepant(left: str, right: str) -> set[frozenset[str]]:
    report = claimcheck.check(Document("a", left), Document("b", right))
    return {frozenset(report.claim(c).text for c in f.claims)
            for f in report.findings if f.kind == "discrepancy"}


@pytest.mark.parametrize("left, right, figures", [
    ("Orbit\nApogee 248 kilometers\n", "Orbite\nApogée | 260 km |\n",
     {"248 kilometers", "260 km"}),
    ("Expedition\nSummit height 8,126 metres\n", "Expedition\nSummit height 8,611 metres\n",
     {"8,126 metres", "8,611 metres"}),
])
def test_a_label_over_its_data_is_no_title(left: str, right: str,
                                           figures: set[str]) -> None:
    assert frozenset(figures) in discrepant(left, right)


def test_a_one_line_title_still_names_what_its_document_is_about() -> None:
    found = discrepant("# Labour Force Survey, March 2022\n\nEmployment rose in March.\n",
                       "# Labour Force Survey, May 2022\n\nEmployment rose in May.\n")
    assert frozenset({"March 2022", "May 2022"}) not in found


def test_a_field_on_a_line_of_its_own_is_no_title() -> None:
    # "Date: August 8, 1975" set apart by blank lines: an infobox's field, the event's day
    assert frozenset({"August 8, 1975", "August 9, 1975"}) in discrepant(
        "Dam failure\n\nDate: August 8, 1975\n\nThe dam failed.",
        "Dam failure\n\nDate: August 9, 1975\n\nThe dam failed.")


def test_a_document_of_one_line_heads_nothing() -> None:
    # the whole document is its one line: what it says, no title over other text
    assert frozenset({"300", "310"}) in discrepant("Killed 300; wounded 400",
                                                   "Killed 310; wounded 400")
