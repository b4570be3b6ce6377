"""Comparing time claims, and a document's dates against each other."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from claimcheck.builtin.times.claims import extract_claims
from claimcheck.builtin.times.compare import (
    check_document,
    check_duration,
    compare_claims,
    compare_times,
)
from claimcheck.builtin.times.extract import find_times
from claimcheck.config import Config
from claimcheck.model import Claim, Document, Passage, Quantity, Segments, Sentence

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
D = dt.date


def last(text: str, reference: str | None = None):
    return find_times(text, reference)[-1]


@pytest.mark.parametrize(("left", "right", "kind", "relation", "precision"), [
    ("the second half of October 1950", "October 19, 1950", "agreement", "contains", "month"),
    ("On June 27, 1951 x. On June 29", "June 30, 1951", "discrepancy", "before", "day"),
    ("the end of October 1958", "October 1958", "agreement", "within", "month"),
    ("July 10, 1951", "July 10, 1951", "agreement", "equal", "day"),
    ("July 27, 1953", "27 July 1953", "agreement", "equal", "day"),
    ("April 26, 1954", "1954-04-26", "agreement", "equal", "day"),
    ("June 23, 1951", "June 23, 1951", "agreement", "equal", "day"),
    ("October 1958", "October 12, 1958", "agreement", "contains", "month"),
    ("Q3 2025", "August 2025", "agreement", "contains", "quarter"),
    ("1950-53", "1951", "agreement", "contains", "year"),
    ("early 1950", "June 1950", "discrepancy", "before", "year"),
    ("the 1990s", "2001", "discrepancy", "before", "decade"),
    ("March 1951", "January 4, 1951", "discrepancy", "after", "month"),
])
def test_dates_compare_as_intervals(left, right, kind, relation, precision):
    got, detail = compare_times(last(left), last(right))
    assert got == kind
    assert detail["relation"] == relation
    assert detail["precision"] == precision


def test_one_day_discrepancy_says_how_far():
    got, detail = compare_times(last("On June 27, 1951 x. On June 29"), last("June 30, 1951"))
    assert got == "discrepancy" and detail["days_apart"] == 1


def test_month_against_day_names_the_precision_in_the_summary():
    left = Claim("a:1", "a", "date", 0, 0, "", value=last("the end of October 1958"))
    right = Claim("b:1", "b", "date", 0, 0, "", value=last("October 1958"))
    finding = compare_claims(left, right, Config())
    assert finding is not None and finding.kind == "agreement"
    assert "month precision" in finding.summary
    assert finding.claims == ("a:1", "b:1")


def test_yearless_date_is_not_comparable():
    got, detail = compare_times(last("On June 29"), last("June 30, 1951"))
    assert got == "not_comparable"
    assert detail["reason"] == "year unknown"


def test_date_against_duration_is_not_comparable():
    assert compare_times(last("five years"), last("June 30, 1951"))[0] == "not_comparable"


@pytest.mark.parametrize(("left", "right", "kind"), [
    ("more than two years", "two years", "agreement"),
    ("more than two years", "25 months", "agreement"),
    ("five years", "two years", "discrepancy"),
    ("within 72 hours", "two days", "agreement"),
    ("within 72 hours", "five days", "discrepancy"),
    ("about 30 days", "for a month", "agreement"),
    ("22-27 days", "three weeks", "agreement"),
    # one unit apart: rounded to their unit, the two lengths only touch, and differ
    ("five years", "six years", "discrepancy"),
    ("five consecutive years", "six consecutive years", "discrepancy"),
    ("three days", "four days", "discrepancy"),
    ("five years", "five years", "agreement"),
    # a bound may touch: "at most five years" and "at least five years" can both hold
    ("at most five years", "at least five years", "agreement"),
    # but a strict bound leaves its own value out: they meet at a length neither allows
    ("more than one minute", "less than a minute", "discrepancy"),
    ("more than five years", "at most five years", "discrepancy"),
])
def test_durations_compare_as_ranges_of_length(left, right, kind):
    assert compare_times(last(left), last(right))[0] == kind


def test_compare_claims_ignores_other_kinds():
    q = Claim("a:1", "a", "quantity", 0, 0, "", value=Quantity(0, 0, "1", 1, 1))
    d = Claim("b:1", "b", "date", 0, 0, "", value=last("June 30, 1951"))
    assert compare_claims(q, d, Config()) is None
    assert compare_claims(d, q, Config()) is None


# -- a duration against the dates it spans ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "ok"), [
    ("The negotiations began on July 10, 1951, and continued, with breaks, for more than two "
     "years, until the end of July 1953.", True),
    ("The negotiations began on July 10, 1951, and continued for five years, until the end of "
     "July 1953.", False),
    ("The strike began on March 1, 1984 and lasted almost a year, until March 3, 1985.", True),
    ("The strike began on March 1, 1984 and lasted less than six months, until March 3, 1985.",
     False),
    ("Work started in 2010 and took 3 years, until 2013.", True),
])
def test_duration_against_dates(sentence, ok):
    found = find_times(sentence)
    start, duration, end = found[0], found[1], found[2]
    assert duration.kind == "duration"
    assert check_duration(duration, start, end)[0] is ok


# -- within one document -----------------------------------------------------------------------

def segments_for(text: str, kinds: dict[int, str] | None = None) -> Segments:
    passages, sentences = [], []
    for i, m in enumerate(re.finditer(r"[^\n]+", text)):
        passages.append(Passage((kinds or {}).get(i, "body"), m.start(), m.end()))
        start = m.start()
        for sm in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])", m.group()):
            sentences.append(Sentence(start, m.start() + sm.start(), i))
            start = m.start() + sm.end()
        sentences.append(Sentence(start, m.end(), i))
    return Segments(tuple(passages), tuple(sentences))


def findings_for(text: str, kinds: dict[int, str] | None = None):
    doc = Document("d", text)
    claims = extract_claims(document=doc, segments=segments_for(text, kinds), config=Config())
    claims = [dataclasses.replace(c, id=f"d:{n}") for n, c in enumerate(claims, 1)]
    return check_document(document=doc, claims=claims, config=Config()), claims


def test_seed_header_and_title_name_the_war_differently():
    text = (SEEDS / "000_ce84e7394f74e36b.txt").read_text(encoding="utf-8")
    findings, claims = findings_for(text)
    spans = [f for f in findings if f.detail.get("check") == "span_named_twice"]
    assert len(spans) == 1
    by_id = {c.id: c for c in claims}
    assert {by_id[i].text for i in spans[0].claims} == {"1950-1952", "1950-53"}
    assert spans[0].kind == "inconsistency"


@pytest.mark.parametrize(("text", "expected"), [
    ("Annual Report 2010-2012 of the Water Board\n\nAnnual Report 2010-13 of the Water Board",
     1),
    ("The Great Depression, 1929-1939, in America\n\nThe Great Depression, 1929-41, in America",
     1),
    # different labels: two different spans, not one span named twice
    ("The first plan, 1928-1932, in industry\n\nThe second plan, 1933-1937, in farming", 0),
    ("War in Europe, 1939-1945\n\nEconomy of Japan, 1939-1952", 0),
    # the same span written two ways is consistent
    ("The Korean War, 1950-53, ended\n\nThe Korean War, 1950-1953, ended", 0),
])
def test_span_named_twice_is_general(text, expected):
    findings, _ = findings_for(text)
    assert len([f for f in findings if f.detail.get("check") == "span_named_twice"]) == expected


def test_duration_inconsistency_is_reported_in_a_document():
    text = ("The talks began on July 10, 1951, and continued for five years, until the end of "
            "July 1953.")
    findings, claims = findings_for(text)
    bad = [f for f in findings if f.detail.get("check") == "duration_vs_dates"]
    assert len(bad) == 1
    assert bad[0].kind == "inconsistency"
    by_id = {c.id: c for c in claims}
    assert [by_id[i].text for i in bad[0].claims] == ["July 10, 1951", "five years",
                                                      "the end of July 1953"]


def test_seed_duration_is_consistent():
    text = (SEEDS / "000_ce84e7394f74e36b.txt").read_text(encoding="utf-8")
    findings, _ = findings_for(text)
    assert not [f for f in findings if f.detail.get("check") == "duration_vs_dates"]


@pytest.mark.parametrize(("left", "right", "kind"), [
    # a length of no stated count is rough: never held against another as a difference
    ("Several minutes into the flight", "several seconds after ignition", "not_comparable"),
    ("A few days later", "within 3 weeks", "not_comparable"),
    # counted lengths still differ
    ("for 3 days", "for 3 weeks", "discrepancy"),
])
def test_a_length_of_no_count_is_not_set_against_another(left, right, kind):
    got, _detail = compare_times(last(left), last(right))
    assert got == kind


def test_a_not_comparable_summary_says_why_or_nothing() -> None:
    # the reason where one is known; no empty brackets where none is
    from claimcheck.builtin.times.compare import _summary
    a, b = last("Several minutes into the flight"), last("several seconds after ignition")
    kind, detail = compare_times(a, b)
    assert _summary(kind, a, b, detail) == (
        "not comparable (a length of no stated count): Several minutes vs several seconds")
    assert _summary("not_comparable", a, b, {}) == (
        "not comparable: Several minutes vs several seconds")
