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


def test_the_same_words_with_figures_swapped_are_no_agreement() -> None:
    # the two sentences hold the same words and the same set of figures, so the statement
    # reader calls them the same words written apart ("verbatim": False); the seats
    # differ, and only one sentence written in both ("verbatim": True) outlasts that
    assert kinds("Labour won 40 seats and the Tories 25 in Leeds.",
                 "Labour won 25 seats and the Tories 40 in Leeds.") == ["discrepancy"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same words and the same figures, but each said of the other place: no
        # figure pair was found to differ, and the sentences still do not say the same
        ("Sales rose 5% in Europe and 8% in Asia.", "Sales rose 8% in Europe and 5% in Asia."),
        ("The vote was held on 3/4/2021 in Leeds.", "The vote was held on 4/3/2021 in Leeds."),
    ],
)
def test_the_same_figures_in_another_order_are_no_agreement(a: str, b: str) -> None:
    report = claimcheck.check(Document("a", a), Document("b", b))
    assert not [f for f in report.findings if f.kind == "agreement"]
