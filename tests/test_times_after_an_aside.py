"""A date after a short aside in brackets holds for the figure before the aside too
("Employment rose by 73,000 (+0.4%) in March", "20 miles (32 km) by 1990"): the aside
is the figure again in other terms, and the figure is no undated one. Made-up sentences;
the case came from a real release (bench/realpairs: Canada's labour force survey)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document


def period(text: str, figure: str) -> str | None:
    for claim in claimcheck.claims(text):
        if claim.kind == "quantity" and claim.text == figure:
            assert claim.frame is not None
            return claim.frame.period.text if claim.frame.period else None
    raise AssertionError(f"no figure {figure!r} in {text!r}")


@pytest.mark.parametrize("text, figure, expected", [
    ("Employment rose by 73,000 (+0.4%) in March.", "73,000", "March"),
    ("The line was extended by 20 miles (32 km) in 1890.", "20 miles", "1890"),
    ("Exports reached $4.1 billion (up 6 percent) in 2015.", "$4.1 billion", "2015"),
])
def test_the_date_after_a_bracketed_aside_is_the_figures(text: str, figure: str,
                                                          expected: str) -> None:
    assert period(text, figure) == expected


def test_two_months_changes_never_meet() -> None:
    report = claimcheck.check(
        Document("a", "Labour Force Survey, 2022. Employment rose by 73,000 (+0.4%) in March."),
        Document("b", "Labour Force Survey, 2022. Employment rose by 40,000 (+0.2%) in May."))
    assert not any(f.kind in ("agreement", "discrepancy") for f in report.findings
                   if {report.claim(c).text for c in f.claims} >= {"73,000", "40,000"})
