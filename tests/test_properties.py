"""Invariants of the whole pipeline, on any text: spans are exact, nothing raises."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck

from .conftest import ROOT, SEED

SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
SEED_TEXT = SEED.read_text(encoding="utf-8")

# Pieces that exercise every extractor, mixed with arbitrary characters.
FRAGMENTS = st.sampled_from([
    "By January 1, 1950, the total number of DPRK troops was 110,000.",
    "[1] This figure is higher than the estimates of U.S. intelligence.",
    "“U.N. troops”", "between 87,500 and 99,000 men", "1:2", "two to one",
    "the second half of October 1950", "(telegram 468, 1950)", "puppet government",
    "so-called", "\n\n", "[", "]", "(", ")", "“", "”", '"', "'", "1,1,1,", "—K.W.]",
    "II. Heading\n", "$4.2 billion", "12%", "more than 300,000", " ", ".", "U.S.",
    "The Koreans were against the surrender.", " and withdrew to the north", " did not ",
    "one may suppose that ", " declared that ", ", without devoting ", "They never signed",
    ", which ", "; ", " refused to sign", ", the minister said.", "According to him, ",
])
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=25).map("".join)


def check_report(*texts: str) -> None:
    # Documents, so that a generated text that happens to name a file stays text
    report = claimcheck.check(*(claimcheck.Document(f"d{i}", t) for i, t in enumerate(texts)))
    jsonschema.Draft202012Validator(SCHEMA).validate(report.to_dict())
    docs = {d.id: d.text for d in report.documents}
    for claim in report.claims:
        assert docs[claim.doc][claim.start : claim.end] == claim.text
        if claim.kind == "statement":
            check_statement(claim, docs[claim.doc])
        value = claim.value
        if value is not None and hasattr(value, "start") and value.text:
            assert docs[claim.doc][value.start : value.end] == value.text
    for finding in report.findings:
        if finding.document is not None:
            assert 0 <= finding.start <= finding.end <= len(docs[finding.document])


def check_statement(claim: claimcheck.Claim, text: str) -> None:
    """A statement lies inside its sentence; every span it names is a slice of the text."""
    extra = claim.extra
    assert claim.sentence is not None
    assert claim.sentence[0] <= claim.start <= claim.end <= claim.sentence[1]
    assert extra["polarity"] in ("positive", "negative")
    s, e = extra["verb_span"]
    assert claim.start <= s < e <= claim.end
    if "subject_span" in extra:
        s, e = extra["subject_span"]
        assert text[s:e] == claim.subject
    if "attribution_span" in extra:
        s, e = extra["attribution_span"]
        assert text[s:e] == claim.attribution
    for s, e in extra.get("context", ()):
        assert 0 <= s < e <= len(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, TEXTS)
def test_any_two_texts_give_a_valid_report_with_exact_spans(a: str, b: str) -> None:
    check_report(a, b)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SEED_TEXT)), st.integers(0, len(SEED_TEXT)))
def test_any_slice_of_the_seed(start: int, end: int) -> None:
    check_report(SEED_TEXT[min(start, end) : max(start, end)])
