"""Counts that no frame names a measure for, each right after a verb of a different act,
are what two acts did, never one count told twice ("opened 30 stores" against "closed 12
stores"); the same act told twice still differs."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document


def discrepancies(a: str, b: str) -> list[set[str]]:
    report = claimcheck.check(Document("a", a), Document("b", b))
    return [{report.claim(c).text for c in f.claims} for f in report.findings
            if f.kind == "discrepancy"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Acme opened 30 stores in 2020.", "Acme closed 12 stores in 2020."),
        ("Acme launched 6 satellites in 2019.", "Acme retired 4 satellites in 2019."),
        ("The fund bought 1,200 shares on Monday.", "The fund sold 900 shares on Monday."),
        ("The port imported 3 million tonnes of wheat in 2010.",
         "The port exported 2 million tonnes of wheat in 2010."),
    ],
)
def test_two_acts_counts_are_no_discrepancy(a: str, b: str) -> None:
    assert discrepancies(a, b) == []


def test_one_act_told_with_two_counts_differs() -> None:
    assert {"30", "28"} in discrepancies("Acme opened 30 stores in 2020.",
                                         "Acme opened 28 stores in 2020.")
