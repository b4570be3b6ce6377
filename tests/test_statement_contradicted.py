"""Two sentences whose figures are found to differ are never also reported as saying the
same (issue 13: "a discrepancy and also a statement agreement")."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document


def kinds(a: str, b: str) -> list[str]:
    report = claimcheck.check(Document("a", a), Document("b", b))
    return sorted(f.kind for f in report.findings if f.kind in ("agreement", "discrepancy"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("They spent about two hours outside the craft.",
         "They spent 2 hours 31 minutes outside the craft."),
        ("The talks lasted about three days in Geneva.",
         "The talks lasted 3 days 20 hours in Geneva."),
    ],
)
def test_a_difference_of_figures_is_no_agreement_of_sentences(a: str, b: str) -> None:
    assert kinds(a, b) == ["discrepancy"]


def test_sentences_whose_figures_agree_still_say_the_same() -> None:
    found = kinds("By January 1, 1950, the total number of troops was 110,000.",
                  "By January 1, 1950, the army had 110,000 troops under arms.")
    assert "discrepancy" not in found and found.count("agreement") >= 2
