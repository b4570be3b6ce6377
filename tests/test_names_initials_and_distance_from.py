"""Two readings of whose a figure is that real pages needed (bench/realpairs: the June
2010 UK budget, the 1938 Kyeema crash):

- a name written as its initials is the name ("VAT" and "value added tax", "NHS" and
  "National Health Service"), whatever table lists it or not;
- after a length, "from" names where it is measured from ("crashed 28 miles from
  Melbourne"), not whose the figure is: two accounts of the same distance are not kept
  apart as two subjects'.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document
from claimcheck.align.frames import names_differ

from .conftest import kinds


@pytest.mark.parametrize("short, long", [
    ("vat", "value added tax"), ("nhs", "national health service"),
    ("imf", "international monetary fund"), ("fema", "federal emergency management agency"),
    ("vat vat", "value added tax"),
])
def test_initials_name_what_they_stand_for(short: str, long: str) -> None:
    assert not names_differ(short, long)
    assert not names_differ(long, short)


@pytest.mark.parametrize("short, long", [
    ("vat", "value tax"), ("acme", "value added tax"), ("abc corp", "acme bread company"),
    ("nhs", "national health"),
])
def test_other_words_are_other_names(short: str, long: str) -> None:
    assert names_differ(short, long)


def test_a_rate_of_vat_told_two_ways_agrees() -> None:
    report = claimcheck.check(
        Document("a", "The standard rate of VAT will rise to 20 per cent from 4 January "
                      "2011."),
        Document("b", "The standard rate of value added tax will rise to 20 per cent from "
                      "4 January 2011."))
    assert "agreement" in kinds(report, "20 per cent", "20 per cent")


@pytest.mark.parametrize("text", [
    "The airliner crashed into the hills, 28 miles from Melbourne, this afternoon.",
    "The ship sank 40 kilometres from Valparaiso after the storm.",
])
def test_where_a_length_is_measured_from_is_not_whose(text: str) -> None:
    claim = next(c for c in claimcheck.claims(Document("t", text)) if c.kind == "quantity")
    assert claim.frame is not None and claim.frame.subject not in ("Melbourne", "Valparaiso")


def test_a_name_after_from_still_owns_a_count() -> None:
    claim = next(c for c in claimcheck.claims(Document(
        "t", "The fund received 4,000 letters from Acme Corp.")) if c.kind == "quantity")
    assert claim.frame is not None and (claim.frame.subject or "").startswith("Acme")
