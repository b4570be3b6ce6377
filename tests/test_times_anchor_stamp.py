"""A date after a stamp word ("(updated 27 May 2005)", "Retrieved 3 March 2021") is when
the page was touched: it anchors no year-less date after it."""

from __future__ import annotations

import pytest

import claimcheck


@pytest.mark.parametrize(("text", "day", "timex"), [
    ("Hurricane Zelda\n\n2 - 24 September 2004\n\nA. Forecaster\n16 December 2004\n"
     "(updated 27 May 2005)\n\nZelda developed from a wave that left Africa on 31 August.",
     "31 August", "2004-08-31"),
    ("The dam burst in March 1928.\nRetrieved 3 May 2021.\nIt had been filled on 2 March.",
     "2 March", "1928-03-02"),
])
def test_a_stamp_anchors_no_year_less_date(text: str, day: str, timex: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == day]
    assert claim.value.timex == timex


def test_a_date_that_is_no_stamp_still_anchors() -> None:
    text = "The fleet sailed on 3 May 1905.\nIt was sighted on 27 May."
    (claim,) = [c for c in claimcheck.claims(text) if c.text == "27 May"]
    assert claim.value.timex == "1905-05-27"


def test_a_date_told_of_an_act_named_by_a_stamp_word_still_anchors() -> None:
    """"was issued on 3 May 1975" tells of an act: its year anchors as any date's does."""
    text = "The warning was issued on 3 May 1975.\nThe dam failed on 2 June."
    (claim,) = [c for c in claimcheck.claims(text) if c.text == "2 June"]
    assert claim.value.timex == "1975-06-02"

