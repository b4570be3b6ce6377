"""Invariants of a whole run over random sets of one, two or three documents.

``tests/test_properties.py`` throws fragments and arbitrary characters at two texts;
here the documents are built like documents: headings, paragraphs of sentences that
carry figures, dates, quotations, names, attributions and footnote markers, tables of
rows and columns, key-value lines, and odd characters (controls, bidi overrides,
zero-width and combining marks, lone surrogates, NULs) mixed in. Whatever comes out:

- every span a report gives is exact: ``text[start:end]`` is the text it reports
  (claims, their values and times, statements' inner spans, findings that point into a
  document, passages and sentences);
- every finding names claims that exist;
- the JSON report validates against ``docs/report.schema.json`` and parses strictly
  (no NaN or Infinity);
- every registered format renders (text, markdown, html, json, csv and whatever the
  renderer registry holds), each to text or bytes;
- a second run over the same documents gives the same bytes in every format.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.config import DEFAULT
from claimcheck.manager import get_plugin_manager
from claimcheck.model import Report
from claimcheck.report.registry import render, renderers

from .conftest import ROOT

SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

#: The built-ins only, so that an installed plugin does not change what is tested.
PM = get_plugin_manager(entry_points=False)
FORMATS = tuple(renderers(PM))

# -- building documents ----------------------------------------------------------------------

FIGURES = st.sampled_from([
    "5,000", "110,000", "$4.2 billion", "12%", "€3 million", "£12m", "one hundred and five",
    "between 87,500 and 99,000", "more than 300,000", "about 40", "1:2", "two to one",
    "0", "0.5", "1e308", "99999999999999999999", "7-2", "312 to 176", "+98", "\u221291",
    "5\u200b000", "\u0663\u0664", "12\u00a0000", "⅔",
])
NOUNS = st.sampled_from([
    "men", "troops", "tanks", "ships", "deaths", "casualties", "votes", "seats", "people",
    "aircraft", "refugees", "dollars", "prisoners", "",
])
DATES = st.sampled_from([
    "June 25, 1950", "1950", "July 1951", "the second half of October 1950", "1950\u20131953",
    "by January 1, 1950", "on 3 March", "in the spring of 1951", "from June 1 to June 30, 1950",
    "for 5 days", "within 72 hours", "09:57", "Nov. 2", "99999", "",
])
NAMES = st.sampled_from([
    "the Korean People's Army", "the KPA", "General MacArthur", "the U.N. forces",
    "Acme Corp", "the ministry", "Kim Il Sung", "the U.S.", "its strength", "They",
    "North Korean troops", "the Chinese People's Volunteers", "Police",
])
SOURCES = st.sampled_from([
    "according to officials", "the ministry said", "According to him,", "According to,",
    "sources claimed", "as reported by Reuters", "",
])
VERBS = st.sampled_from([
    "lost", "had", "captured", "reported", "numbered", "did not sign", "refused to sign",
    "rose by", "fell to", "withdrew", "declared that", "were against",
])
ODD = st.sampled_from([
    "\u202e", "\u2066", "\u2069", "\u200b", "\u200d", "\u0301", "\x1b[31m", "\x00", "\ud800",
    "\udfff", "\r", "\r\n", "\t", "\ufeff", "\u00a0", "\u2028", "[1]", "[2][3]", "\u00b9",
    "\u2014", "\u2026", "(", ")", "[", "]", "\u201c", "\u201d", '"', "'", "*", "#", "|",
    "https://example.org/x", "www.example.com", "<b>", "&amp;",
])


@st.composite
def sentence(draw: Any) -> str:
    """One sentence: a name, a verb, a figure with its noun, perhaps a date, a source, a
    quotation, a footnote marker, an odd character."""
    parts = [draw(NAMES), draw(VERBS), draw(FIGURES), draw(NOUNS)]
    if draw(st.booleans()):
        parts.append(draw(DATES))
    source = draw(SOURCES)
    if source:
        if source[0].isupper():
            parts.insert(0, source)
        else:
            parts.append(source)
    text = " ".join(p for p in parts if p)
    if draw(st.booleans()):
        text = f"\u201c{text}\u201d" if draw(st.booleans()) else f'"{text}," the minister said'
    if draw(st.integers(0, 3)) == 0:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(ODD) + text[at:]
    return text + draw(st.sampled_from([".", ".", "!", "?", "[1].", ".\u00b9", ";", ""]))


@st.composite
def table(draw: Any) -> str:
    """A small table: pipes, tabs or aligned spaces, a header row, labelled rows."""
    sep = draw(st.sampled_from([" | ", "\t", "   "]))
    columns = draw(st.integers(2, 4))
    header = ["Party", "Votes", "Seats", "Share"][:columns]
    rows = [sep.join(header)]
    for _ in range(draw(st.integers(1, 4))):
        label = draw(st.sampled_from(["Labour", "Conservative", "Popular vote", "Total",
                                      "Seat change", "1950"]))
        rows.append(sep.join([label, *(draw(FIGURES) for _ in range(columns - 1))]))
    return "\n".join(rows)


BLOCKS = st.one_of(
    st.lists(sentence(), min_size=1, max_size=4).map(" ".join),  # a paragraph
    st.sampled_from(["# The war", "II. Heading", "Notes", "References", "## 1950"]),
    table(),
    st.tuples(st.sampled_from(["Strength", "Turnout", "popular_vote1", "Casualties"]),
              st.sampled_from([": ", " = ", " - ", ""]), FIGURES).map("".join),
    st.tuples(st.sampled_from(["[1] ", "1. ", "\u00b9 "]), sentence()).map("".join),  # a note
    st.text(max_size=20),  # anything at all
)
DOCUMENTS = st.lists(BLOCKS, min_size=0, max_size=7).map(
    lambda blocks: "\n\n".join(blocks) + "\n")
DOCUMENT_SETS = st.lists(DOCUMENTS, min_size=1, max_size=3)

# -- the invariants ---------------------------------------------------------------------------


def run(texts: list[str]) -> Report:
    # Documents, so that a generated text that happens to name a file stays text
    return claimcheck.check(*(claimcheck.Document(f"d{i}", t) for i, t in enumerate(texts)),
                            pm=PM)


def exact(text: str, start: Any, end: Any, shown: Any, what: str) -> None:
    assert isinstance(start, int) and isinstance(end, int), what
    assert 0 <= start <= end <= len(text), f"{what}: {start}:{end} outside {len(text)}"
    if shown is not None:
        assert text[start:end] == shown, f"{what}: {text[start:end]!r} != {shown!r}"


def check_spans(report: Report) -> None:
    texts = {d.id: d.text for d in report.documents}
    ids = {c.id for c in report.claims}
    assert len(ids) == len(report.claims), "claim ids are unique"
    for claim in report.claims:
        text = texts[claim.doc]
        exact(text, claim.start, claim.end, claim.text, f"claim {claim.id}")
        for part in (claim.value, claim.when):
            if part is not None and hasattr(part, "start") and part.text:
                exact(text, part.start, part.end, part.text, f"value/time of {claim.id}")
        if claim.sentence is not None:
            exact(text, *claim.sentence, None, f"sentence of {claim.id}")
            assert claim.sentence[0] <= claim.start <= claim.end <= claim.sentence[1]
        extra = claim.extra or {}
        for key, shown in (("subject_span", claim.subject),
                           ("attribution_span", claim.attribution), ("verb_span", None)):
            if key in extra:
                exact(text, *extra[key], shown, f"{key} of {claim.id}")
        for s, e in extra.get("context", ()):
            exact(text, s, e, None, f"context of {claim.id}")
        for name in extra.get("claims", ()):
            assert name in ids, f"{claim.id} lists a claim {name} no document has"
        frame = claim.frame
        if frame is not None and frame.period is not None and frame.period.text:
            p = frame.period
            exact(text, p.start, p.end, p.text, f"period of {claim.id}")
    for finding in report.findings:
        for name in finding.claims:
            assert name in ids, f"a {finding.kind} finding names a claim {name} none has"
        if finding.document is not None:
            assert finding.document in texts
            exact(texts[finding.document], finding.start, finding.end, None,
                  f"{finding.kind} finding")
    for doc_id, segments in report.segments.items():
        text = texts[doc_id]
        for passage in segments.passages:
            exact(text, passage.start, passage.end, None, "passage")
        for sent in segments.sentences:
            exact(text, sent.start, sent.end, None, "sentence")


def rendered(report: Report) -> dict[str, bytes]:
    """Every format's output, as bytes."""
    out = {}
    for fmt in FORMATS:
        result = render(report, fmt, PM, DEFAULT)
        assert isinstance(result, (str, bytes)), fmt
        out[fmt] = result.encode("utf-8") if isinstance(result, str) else result
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"not strict JSON: {name}")


def check_run(texts: list[str]) -> None:
    report = run(texts)
    check_spans(report)
    VALIDATOR.validate(report.to_dict())
    first = rendered(report)
    assert {"text", "markdown", "html", "json", "csv"} <= set(first)
    data = json.loads(first["json"], parse_constant=_no_constant)
    VALIDATOR.validate(data)
    assert len(data["documents"]) == len(texts)
    again = rendered(run(texts))
    assert again == first, [f for f in first if again[f] != first[f]]


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(DOCUMENT_SETS)
def test_any_set_of_documents_gives_exact_spans_a_valid_report_and_the_same_bytes(
        texts: list[str]) -> None:
    check_run(texts)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(DOCUMENTS, st.sampled_from(["", "\u202e", "\r\n", "\ud800", "\x00", "\u0301"]))
def test_a_document_and_its_twin_with_odd_characters(text: str, odd: str) -> None:
    """Two accounts that differ only by odd characters between words: the report still
    holds, and what is not strange stays the same on both sides."""
    check_run([text, text.replace(" ", f" {odd}", 3)])


def test_the_strategy_builds_what_it_says() -> None:
    """The documents carry what the invariants are about (a strategy that built only empty
    texts would test nothing)."""
    report = run(["Popular vote | 2,940,044 | 2,677,820\n\nThe KPA lost 5,000 men on "
                  "June 25, 1950, according to officials[1].\n\n[1] \u202eA note.\n",
                  "The KPA lost 6,000 men on June 25, 1950."])
    check_spans(report)
    assert {c.kind for c in report.claims} >= {"quantity", "date"}
    assert any(f.kind == "discrepancy" for f in report.findings)
    assert rendered(report)["json"] == rendered(run([
        "Popular vote | 2,940,044 | 2,677,820\n\nThe KPA lost 5,000 men on June 25, 1950, "
        "according to officials[1].\n\n[1] \u202eA note.\n",
        "The KPA lost 6,000 men on June 25, 1950."]))["json"]
