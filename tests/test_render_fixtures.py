"""Hand-made reports for the renderer tests, and a check that they are well formed.

Reports are built from the model classes, so renderer tests do not depend on the
extractors: every kind of finding, claims of every kind, passages, a wording diff.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import (
    Claim,
    Document,
    Finding,
    Passage,
    Quantity,
    Report,
    Segments,
    Sentence,
    TimeRef,
)

SOVIET = (
    "SURVEY OF THE KOREAN WAR\n"
    "\n"
    "By January 1, 1950, the total number of DPRK troops was 110,000.[1] The puppet "
    "government of Syngman Rhee, as is known, prepared an attack with “U.N. troops”.\n"
    "\n"
    "[1] U.S. intelligence estimated that by June 25 the KPA numbered between 87,500 and "
    "99,000 men.\n"
)
WESTERN = (
    "Figures from US and UN sources, 1950-1958\n"
    "\n"
    "In June 1950 the North Korean army had about 135,000 men.\n"
    "The war began on June 25, 1950.\n"
    "Total UN casualties were 996,937 by 1953.\n"
)
HOSTILE = (
    "Report <script>window.__cc_pwned = 1</script> on troops.\n"
    '<img src="x" onerror="window.__cc_pwned = 2"> The army had 5,000 men.\n'
    '<a href="javascript:window.__cc_pwned = 3">click</a> & "quotes" \'single\' </div>\n'
    "<svg onload=\"window.__cc_pwned = 4\"></svg><iframe src=\"javascript:alert(1)\">"
    "</iframe><style>body{display:none}</style><!-- comment --> ]]> &amp; &#60;\n"
)


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def sentence(text: str, needle: str) -> tuple[int, int]:
    """The (start, end) of the line-free sentence holding ``needle``, by hand."""
    start, end = span(text, needle)
    lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
    hi = min(x for x in (text.find(".", end) + 1, text.find("\n", end), len(text)) if x > 0)
    return lo, hi


def quantity_claim(doc: Document, cid: str, needle: str, low: float, high: float,
                   subject: str, when: TimeRef | None = None, passage: str = "body",
                   qualifier: str = "exact", attribution: str | None = None) -> Claim:
    start, end = span(doc.text, needle)
    return Claim(
        cid, doc.id, "quantity", start, end, needle, sentence(doc.text, needle),
        passage=passage, subject=subject, subject_key=subject.lower(),
        value=Quantity(start, end, needle, low, high, "men", qualifier), when=when,
        attribution=attribution,
    )


def date_claim(doc: Document, cid: str, needle: str, day: dt.date) -> Claim:
    start, end = span(doc.text, needle)
    ref = TimeRef(start, end, needle, day, day, "day", day.isoformat())
    return Claim(cid, doc.id, "date", start, end, needle, sentence(doc.text, needle), value=ref)


def segments_of(text: str, footnote_from: str | None = None) -> Segments:
    """Passages by blank line (the first a heading, one a footnote) and sentences by line."""
    passages: list[Passage] = []
    sentences: list[Sentence] = []
    pos = 0
    for block in text.split("\n\n"):
        start, end = pos, pos + len(block.rstrip("\n"))
        kind = "heading" if not passages else "body"
        if footnote_from and block.startswith(footnote_from):
            kind = "footnote"
        passages.append(Passage(kind, start, end, "1" if kind == "footnote" else None))
        line_start = start
        for line in block.rstrip("\n").split("\n"):
            if line.strip():
                sentences.append(Sentence(line_start, line_start + len(line), len(passages) - 1))
            line_start += len(line) + 1
        pos += len(block) + 2
    return Segments(tuple(passages), tuple(sentences))


def sample_report() -> Report:
    """Two sources with every kind of finding a report shows."""
    a = Document("soviet", SOVIET, "sources/soviet.txt")
    b = Document("western", WESTERN, "sources/western.txt")
    jan1 = date_claim(a, "soviet:1", "January 1, 1950", dt.date(1950, 1, 1))
    troops = quantity_claim(a, "soviet:2", "110,000", 110000, 110000, "DPRK troops",
                            when=jan1.value)  # type: ignore[arg-type]
    kpa = quantity_claim(a, "soviet:3", "between 87,500 and 99,000", 87500, 99000, "KPA",
                         passage="footnote", qualifier="between",
                         attribution="U.S. intelligence")
    army = quantity_claim(b, "western:1", "about 135,000", 135000, 135000, "North Korean army",
                          qualifier="approximately")
    war = date_claim(b, "western:2", "June 25, 1950", dt.date(1950, 6, 25))
    casualties = quantity_claim(b, "western:3", "996,937", 996937, 996937, "UN casualties")
    june25 = date_claim(a, "soviet:4", "June 25", dt.date(1950, 6, 25))
    claims = (jan1, troops, kpa, june25, army, war, casualties)

    def slant(needle: str, category: str, why: str) -> Finding:
        start, end = span(SOVIET, needle)
        return Finding("slant", f"{category}: '{needle}' {why}", document="soviet",
                       start=start, end=end, category=category)

    left = sentence(SOVIET, "110,000")
    right = sentence(WESTERN, "about 135,000")
    findings = (
        Finding("discrepancy", "110,000 vs about 135,000 men: below by 19 %",
                ("soviet:2", "western:1"), detail={"difference": [-25000, -25000]}),
        Finding("inconsistency", "110,000 lies above 87,500-99,000 by 11,000 to 22,500",
                ("soviet:2", "soviet:3")),
        slant("puppet", "labeling", "applied to a government"),
        slant("as is known", "presupposition", "presents a claim as common knowledge"),
        slant("“U.N. troops”", "doubt_marking", "scare quotes"),
        Finding("wording", "the two sources word the army's size differently",
                document="soviet", start=left[0], end=left[1],
                detail={"diff": [[0, "the "], [-1, "total number of DPRK troops was"],
                                 [1, "North Korean army had about"], [0, " men"]],
                        "right": {"document": "western", "start": right[0],
                                  "end": right[1]}}),
        Finding("not_comparable", "110,000 (DPRK troops) vs 996,937 (UN casualties)",
                ("soviet:2", "western:3")),
        Finding("agreement", "both date the start of the war June 25, 1950",
                ("soviet:4", "western:2")),
        Finding("unmatched", "no other source gives a figure for this", ("western:3",)),
    )
    return Report(
        (a, b), claims, findings,
        segments={"soviet": segments_of(SOVIET, "[1]"), "western": segments_of(WESTERN)},
    )


def hostile_report() -> Report:
    """A document full of markup, with a claim and a slant finding over the markup."""
    doc = Document("hostile", HOSTILE, "hostile<script>.txt", meta={"title": "<b>x</b>"})
    men = quantity_claim(doc, "hostile:1", "5,000", 5000, 5000, "<script>army</script>")
    start, end = span(HOSTILE, "<script>window")
    finding = Finding("slant", 'loaded_language: "<script>" onerror="x"', document="hostile",
                      start=start, end=end, category="<img src=x onerror=alert(1)>")
    other = Finding("discrepancy", "<img src=x onerror=alert(2)>", ("hostile:1",))
    return Report((doc,), (men,), (other, finding))


@pytest.mark.parametrize("report", [sample_report(), hostile_report()], ids=["sample", "hostile"])
def test_fixture_spans_point_at_their_text(report: Report) -> None:
    for claim in report.claims:
        text = report.document(claim.doc).text
        assert text[claim.start : claim.end] == claim.text
        if claim.sentence:
            assert claim.sentence[0] <= claim.start < claim.end <= claim.sentence[1]
    for finding in report.findings:
        if finding.document is not None:
            assert 0 <= finding.start < finding.end <= len(report.document(finding.document).text)


def test_sample_has_every_finding_kind() -> None:
    kinds = {f.kind for f in sample_report().findings}
    assert kinds == {"discrepancy", "inconsistency", "slant", "wording", "not_comparable",
                     "agreement", "unmatched"}
