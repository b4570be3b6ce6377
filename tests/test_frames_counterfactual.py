"""What would have been ("without that shift, the deficit would have been $1.27 trillion",
"the flood could have killed 5,000"): a figure of its own scope, never set against what
was. Made-up sentences across fields; the case came from a real page (bench/realpairs:
the US federal deficit of 2011)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document
from claimcheck.core.scopes import counterfactual


def scope(text: str, figure: str) -> str | None:
    for claim in claimcheck.claims(text):
        if claim.kind == "quantity" and claim.text == figure:
            assert claim.frame is not None
            return claim.frame.scope
    raise AssertionError(f"no figure {figure!r} in {text!r}")


@pytest.mark.parametrize("text, figure", [
    ("Without that shift, the deficit in 2011 would have been $1.27 trillion.",
     "$1.27 trillion"),
    ("Had the levee failed, the flood could have killed 5,000 people.", "5,000"),
    ("At full strength the regiment would've numbered 1,200 men.", "1,200"),
    ("Analysts said the merger might have saved $300 million a year.", "$300 million"),
])
def test_a_modal_and_have_make_what_would_have_been(text: str, figure: str) -> None:
    assert scope(text, figure) == "counterfactual"


@pytest.mark.parametrize("text, figure", [
    ("The deficit in 2011 was $1.3 trillion.", "$1.3 trillion"),
    ("The company said it would cut 1,200 jobs in 2024.", "1,200"),  # no "have": an intent
    ("The firm would have to pay $5 million in fines.", "$5 million"),  # an obligation
    ("As they would have known, 40 ships sailed in 1588.", "40"),  # another clause
])
def test_other_figures_are_not_what_would_have_been(text: str, figure: str) -> None:
    assert scope(text, figure) != "counterfactual"


def test_the_words_are_read_in_the_figures_own_clause() -> None:
    assert counterfactual(["the", "deficit", "would", "have", "been"])
    assert counterfactual(["it", "would've", "cost"])
    assert not counterfactual(["would", "have", "been", "12", "and", "then"])


def test_what_would_have_been_meets_no_account_of_what_was() -> None:
    report = claimcheck.check(
        Document("a", "The FY 2011 deficit remained elevated at $1.299 trillion."),
        Document("b", "Without that shift, the deficit in 2011 would have been $1.27 "
                      "trillion."))
    assert not any(f.kind in ("agreement", "discrepancy") for f in report.findings
                   if {report.claim(c).text for c in f.claims}
                   >= {"$1.299 trillion", "$1.27 trillion"})


@pytest.mark.parametrize("text, figure", [
    ("Without the tax cut, the deficit would otherwise have been $1.3 trillion.",
     "$1.3 trillion"),
    ("Had the dam held, the flood would probably have killed only 40 people.", "40"),
    ("Without the strike the mill wouldn't have lost 2,000 jobs.", "2,000"),
    ("Under the old rules the party could not have won 52 seats.", "52"),
])
def test_an_adverb_between_the_modal_and_have_keeps_what_would_have_been(
        text: str, figure: str) -> None:
    # "would otherwise have been": the modal and "have" need not stand side by side
    assert scope(text, figure) == "counterfactual"


def test_an_adverb_between_leaves_what_was_a_discrepancy_no_more() -> None:
    report = claimcheck.check(
        Document("a", "Without the tax cut, the deficit would otherwise have been "
                      "$1.3 trillion in 2009."),
        Document("b", "The deficit was $1.1 trillion in 2009."))
    assert not any(f.kind == "discrepancy" for f in report.findings
                   if "$1.3 trillion" in {report.claim(c).text for c in f.claims})


def test_a_clause_mark_between_the_modal_and_have_parts_them() -> None:
    assert not counterfactual(["would,", "otherwise", "have", "been"])
    assert not counterfactual(["the", "firm", "would", "not", "have", "to", "pay"])
