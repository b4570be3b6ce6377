"""What every format shares: spans of a finding, word diffs, kinds, counts, quotations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Document, Finding, Report
from claimcheck.report.filters import only, parse_kinds
from claimcheck.report.views import (
    Contexts,
    counts_line,
    diff_of,
    display_title,
    finding_spans,
    word_diff,
)

from .test_render_fixtures import sample_report
from .workcount import assert_linear


def test_finding_spans_cover_claims_own_span_and_detail_sides() -> None:
    report = sample_report()
    discrepancy, wording = report.findings[0], report.findings[5]
    assert finding_spans(report, discrepancy) == [("soviet", 82, 89), ("western", 82, 95)]
    spans = finding_spans(report, wording)
    assert [doc for doc, _, _ in spans] == ["soviet", "western"]


@pytest.mark.parametrize("bad", [
    {"spans": [["nowhere", 0, 1]]},
    {"spans": [["d", 5, 2]]},
    {"spans": [["d", 0, 99]]},
    {"left": {"document": "d", "start": "0", "end": 1}},
    {"spans": "d:0:1"},
])
def test_spans_that_do_not_fit_are_dropped(bad) -> None:
    report = Report((Document("d", "short", "d.txt"),), (), ())
    assert finding_spans(report, Finding("wording", "x", detail=bad)) == []


@pytest.mark.parametrize(("raw", "expected"), [
    ([[-1, "a"], [0, "b"], [1, "c"]], [("delete", "a"), ("equal", "b"), ("insert", "c")]),
    ([["delete", "a"], ["insert", "c"]], [("delete", "a"), ("insert", "c")]),
    ([[2, "a"]], []),
    ([["-1"]], []),
    ("not a list", []),
])
def test_diff_of_reads_both_spellings(raw, expected) -> None:
    assert diff_of(Finding("wording", "x", detail={"diff": raw})) == expected


def test_diff_of_falls_back_to_the_sides_words() -> None:
    a = Document("a", "The puppet government of Rhee Syngman fell.", "a.txt")
    b = Document("b", "The government of Syngman Rhee fell.", "b.txt")
    finding = Finding("wording", "x", document="a", start=0, end=len(a.text), detail={
        "left": {"document": "a", "start": 0, "end": len(a.text)},
        "right": {"document": "b", "start": 0, "end": len(b.text)}})
    ops = diff_of(finding, Report((a, b), (), (finding,)))
    assert ("delete", " puppet") in ops
    assert "".join(t for op, t in ops if op != "insert") == a.text
    assert "".join(t for op, t in ops if op != "delete").split() == b.text.split()


@given(st.text(max_size=80), st.text(max_size=80))
def test_word_diff_rebuilds_both_sides(a: str, b: str) -> None:
    """Kept plus deleted words give ``a``; kept plus inserted give ``b`` (kept words match
    case-blind, so ``b`` is compared so too); only spacing may differ."""
    ops = word_diff(a, b)

    def squeeze(text: str) -> str:
        return "".join(text.split())

    assert squeeze("".join(t for op, t in ops if op != "insert")) == squeeze(a)
    rebuilt = squeeze("".join(t for op, t in ops if op != "delete"))
    assert rebuilt.replace("’", "'").lower() == squeeze(b).replace("’", "'").lower()


@pytest.mark.parametrize(("value", "kinds"), [
    ("discrepancy,slant", ("discrepancy", "slant")),
    ("discrepancy|inconsistency|slant", ("discrepancy", "inconsistency", "slant")),
    ("Discrepancies, agreements", ("discrepancy", "agreement")),
    ("not-comparable", ("not_comparable",)),
    ("slant,slant", ("slant",)),
])
def test_parse_kinds(value: str, kinds: tuple[str, ...]) -> None:
    assert parse_kinds(value) == kinds


def test_only_filters_findings_and_keeps_claims() -> None:
    report = sample_report()
    kept = only(report, ("slant",))
    assert {f.kind for f in kept.findings} == {"slant"} and kept.claims == report.claims
    assert only(report, None) is report


def test_counts_line_singular_and_plural() -> None:
    report = sample_report()
    assert counts_line(report).startswith("1 discrepancy, 1 inconsistency, 3 slanted phrases")
    one = Report((Document("d", "x", "d.txt"),), (), ())
    assert counts_line(one) == "no findings; 1 document, 0 claims"


def test_quotation_is_the_sentence_trimmed_at_words() -> None:
    text = "Intro. " + "word " * 60 + "the KEY figure " + "tail " * 60 + "end.\n\nNext."
    doc = Document("d", text, "d.txt")
    start = text.index("KEY")
    before, inside, after = Contexts(Report((doc,), (), ())).around("d", start, start + 3)
    assert inside == "KEY"
    assert before.startswith("…word") and before.endswith("the ")
    assert after.startswith(" figure") and after.endswith("tail…")


def test_display_title_skips_page_chrome() -> None:
    from claimcheck import Passage, Segments

    text = "Skip to content\n\nThe Real Title\n\nBody text."
    doc = Document("d", text, "d.txt")
    segments = Segments((Passage("boilerplate", 0, 15), Passage("heading", 17, 31),
                         Passage("body", 33, len(text))), ())
    assert doc.title == "Skip to content"
    assert display_title(Report((doc,), (), (), segments={"d": segments}), doc) == \
        "The Real Title"
    assert display_title(Report((doc,), (), ()), doc) == "Skip to content"
    titled = Document("t", text, "t.txt", meta={"title": "Given"})
    assert display_title(Report((titled,), (), (), segments={"t": segments}), titled) == "Given"


def claims_every_hundred_characters(n: int) -> Report:
    """A report on ``n`` characters with no paragraph break: a figure claim every 100
    characters, each unmatched (a finding per claim)."""
    from claimcheck import Claim

    text = ("The army had 110,000 men. " * (n // 26 + 1))[:n]
    claims = tuple(Claim(f"d:{k}", "d", "quantity", s, s + 7, text[s : s + 7])
                   for k, s in enumerate(range(13, n - 7, 100), 1))
    return Report((Document("d", text, "d.txt"),), claims,
                  tuple(Finding("unmatched", "x", (c.id,)) for c in claims))


@pytest.mark.parametrize("name", ["html", "csv", "text", "markdown"])
def test_every_format_is_linear(name: str) -> None:
    """A report of 500 and of 2,000 claims and findings over 50,000 and 200,000 characters
    in one paragraph: four times the report makes at most five times the calls
    (``tests/workcount.py``). A pass over the text or the findings for each finding (to
    find its paragraph, its line, its neighbours) makes sixteen."""
    from claimcheck import Config
    from claimcheck.builtin.render.csv import render_csv
    from claimcheck.builtin.render.html import render_html
    from claimcheck.builtin.render.markdown import render_markdown
    from claimcheck.builtin.render.text import render_text

    render = {"html": render_html, "csv": render_csv, "text": render_text,
              "markdown": render_markdown}[name]
    assert render(claims_every_hundred_characters(1_000), Config())
    assert_linear(lambda report: render(report, Config()), claims_every_hundred_characters,
                  50_000)
