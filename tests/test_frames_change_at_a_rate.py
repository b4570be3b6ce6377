"""A change told as a rate over its period ("Real GDP decreased at an annual rate of 3.8
percent", "Prices rose at a rate of 5 percent a year") is an amount of change, as
"decreased 6.2 percent (annual rate)" is, never a share. Made-up sentences across
fields; the case came from real releases (bench/realpairs: US GDP in the fourth quarter
of 2008, its advance, preliminary and final estimates)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document


def figure(text: str, said: str) -> claimcheck.Claim:
    return next(c for c in claimcheck.claims(text) if c.text == said)


@pytest.mark.parametrize("text, said, direction", [
    ("Real GDP decreased at an annual rate of 3.8 percent in 2008.", "3.8 percent", "down"),
    ("Prices rose at a rate of 5 percent a year.", "5 percent", "up"),
    ("Exports grew at an annual rate of about 2 percent.", "2 percent", "up"),
])
def test_a_change_at_a_rate_is_an_amount_of_change(text: str, said: str,
                                                   direction: str) -> None:
    claim = figure(text, said)
    assert claim.frame is not None and claim.frame.statistic == "change"
    assert dict(claim.extra)["change"] == {"role": "amount", "direction": direction}


@pytest.mark.parametrize("text, said", [
    ("The interest rate of 5 percent was kept.", "5 percent"),
    ("Sales at a rate of 5 percent were reported.", "5 percent"),
])
def test_a_rate_with_no_verb_of_change_is_no_change(text: str, said: str) -> None:
    claim = figure(text, said)
    assert claim.frame is not None and claim.frame.statistic != "change"


def test_two_estimates_of_one_change_differ() -> None:
    report = claimcheck.check(
        Document("a", "Real GDP decreased at an annual rate of 3.8 percent in the fourth "
                      "quarter of 2008, according to the advance estimate."),
        Document("b", "Real GDP decreased at an annual rate of 6.3 percent in the fourth "
                      "quarter of 2008, according to the final estimate."))
    assert any(f.kind == "discrepancy" and {report.claim(c).text for c in f.claims}
               == {"3.8 percent", "6.3 percent"} for f in report.findings)

