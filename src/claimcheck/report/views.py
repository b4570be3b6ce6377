"""What every report format shares: the views renderers are built from.

The helpers here give every format the same facts in the same order: findings grouped
by kind, most important first, each quoting its spans with their places
(``path:line:column``).
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterator, Mapping

from claimcheck.model import REPORT_ORDER, Claim, Document, Fact, Finding, Report
from claimcheck.text.words import mid_sentence

#: Each finding kind's section title.
TITLES: dict[str, str] = {
    "discrepancy": "Discrepancies",
    "inconsistency": "Inconsistencies",
    "slant": "Slanted wording",
    "wording": "Wording differences",
    "not_comparable": "Not comparable",
    "agreement": "Agreements",
    "unmatched": "Unmatched",
}
#: (kind, title) in the order reports show them.
SECTIONS: tuple[tuple[str, str], ...] = tuple((kind, TITLES[kind]) for kind in REPORT_ORDER)


def grouped(report: Report) -> Iterator[tuple[str, str, list[Finding]]]:
    """(kind, title, findings) for each kind that has findings, in SECTIONS order."""
    known = {kind for kind, _ in SECTIONS}
    extra = sorted({f.kind for f in report.findings} - known)
    for kind, title in (*SECTIONS, *((k, k.replace("_", " ").title()) for k in extra)):
        findings = [f for f in report.findings if f.kind == kind]
        if findings:
            yield kind, title, findings


#: How the summary line counts each kind: (one, many).
NOUNS: dict[str, tuple[str, str]] = {
    "discrepancy": ("discrepancy", "discrepancies"),
    "inconsistency": ("inconsistency", "inconsistencies"),
    "slant": ("slanted phrase", "slanted phrases"),
    "wording": ("wording difference", "wording differences"),
    "not_comparable": ("pair not comparable", "pairs not comparable"),
    "agreement": ("agreement", "agreements"),
    "unmatched": ("unmatched claim", "unmatched claims"),
}


def counted(n: int, kind: str) -> str:
    """"1 discrepancy", "3 slanted phrases": a count with its noun in the right number."""
    one, many = NOUNS.get(kind, (kind.replace("_", " "), kind.replace("_", " ")))
    return f"{n} {one if n == 1 else many}"


def counts_line(report: Report) -> str:
    """"2 discrepancies, 5 agreements, ...; 3 documents, 41 claims"."""
    parts = [counted(len(fs), kind) for kind, _, fs in grouped(report)]
    docs, claims = len(report.documents), len(report.claims)
    summary = ", ".join(parts) if parts else "no findings"
    line = (
        f"{summary}; {docs} document{'s' * (docs != 1)}, {claims} claim{'s' * (claims != 1)}"
    )
    if report.omitted:
        line += f"; {report.omitted} more findings and facts not shown (--max-findings)"
    return line


def place(report: Report, doc_id: str, offset: int) -> str:
    """``path:line:column`` of an offset (the document id when it has no path)."""
    doc = _index(report).documents[doc_id]
    line, col = line_col(report, doc_id, offset)
    return f"{doc.path or doc.id}:{line}:{col}"


def line_col(report: Report, doc_id: str, offset: int) -> tuple[int, int]:
    """``Document.line_col`` in log time: reports ask it for every span they show."""
    starts = _index(report).line_starts(doc_id)
    i = bisect.bisect_right(starts, offset) - 1
    return i + 1, offset - starts[i] + 1


class _Index:
    """Documents and claims by id, and line starts, built once per report rendered."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.documents = {d.id: d for d in report.documents}
        self.claims = {c.id: c for c in report.claims}
        self._lines: dict[str, list[int]] = {}

    def line_starts(self, doc_id: str) -> list[int]:
        if doc_id not in self._lines:
            text = self.documents[doc_id].text
            self._lines[doc_id] = [0, *(m.end() for m in re.finditer("\n", text))]
        return self._lines[doc_id]


_LAST: list[_Index] = []


def _index(report: Report) -> _Index:
    """The index of the report being rendered (one kept: renderers work one at a time)."""
    if not _LAST or _LAST[0].report is not report:
        _LAST[:] = [_Index(report)]
    return _LAST[0]


def span_text(report: Report, doc_id: str, start: int, end: int) -> str:
    return _index(report).documents[doc_id].text[start:end]


def sentence_of(report: Report, claim: Claim, limit: int = 240) -> str:
    """The claim's sentence on one line, trimmed around the claim when it is long."""
    text = report.document(claim.doc).text
    start, end = claim.sentence or (claim.start, claim.end)
    if end - start > limit:
        half = limit // 2
        start = max(start, claim.start - half)
        end = min(end, claim.end + half)
    snippet = " ".join(text[start:end].split())
    return snippet


def claims_of(report: Report, finding: Finding) -> list[Claim]:
    index = _index(report).claims
    return [index[cid] for cid in finding.claims if cid in index]


# -- shared by the richer formats (HTML, CSV) and the CLI's filters ---------------------

#: A span of one document: (document id, start, end).
Span = tuple[str, int, int]


def reasons(report: Report, finding: Finding) -> dict[Span, str]:
    """Why each claim of an unmatched finding found no partner ("different subjects
    (acme vs globex)", "no candidate close enough"), by the claim's span: what
    ``--explain`` prints under each. Empty for other findings, or when the aligner gave
    no reasons (``detail["why"]``: claim id -> reason)."""
    why = (finding.detail or {}).get("why") if finding.kind == "unmatched" else None
    if not isinstance(why, Mapping):
        return {}
    return {(c.doc, c.start, c.end): str(why[c.id]) for c in claims_of(report, finding)
            if c.id in why}


def finding_spans(report: Report, finding: Finding) -> list[Span]:
    """Every span a finding points at, in every document, each once, in a stable order.

    A finding names spans three ways: its own ``document``/``start``/``end`` (slant,
    wording), its claims, and, for comparators that quote more than a claim, ``detail``
    entries ``spans`` ([[doc, start, end], ...]) or ``left``/``right`` ({document, start,
    end}). Spans that do not fit their document are dropped rather than trusted.
    """
    found: list[Span] = []
    if finding.document is not None and finding.start is not None and finding.end is not None:
        found.append((finding.document, finding.start, finding.end))
    found.extend((c.doc, c.start, c.end) for c in claims_of(report, finding))
    detail = finding.detail or {}
    for item in detail.get("spans", ()) if isinstance(detail.get("spans"), (list, tuple)) else ():
        if isinstance(item, (list, tuple)) and len(item) == 3:
            found.append((str(item[0]), item[1], item[2]))
    for side in ("left", "right"):
        item = detail.get(side)
        if isinstance(item, Mapping) and {"document", "start", "end"} <= item.keys():
            found.append((str(item["document"]), item["start"], item["end"]))
    documents = _index(report).documents
    out: list[Span] = []
    for doc, start, end in found:
        if (
            doc in documents
            and isinstance(start, int)
            and isinstance(end, int)
            and 0 <= start <= end <= len(documents[doc].text)
            and (doc, start, end) not in out
        ):
            out.append((doc, start, end))
    return out


_DIFF_OPS = {
    -1: "delete", "-1": "delete", "-": "delete", "delete": "delete", "del": "delete",
    1: "insert", "1": "insert", "+": "insert", "insert": "insert", "ins": "insert",
    0: "equal", "0": "equal", "=": "equal", "equal": "equal", " ": "equal",
}


def diff_of(finding: Finding, report: Report | None = None) -> list[tuple[str, str]]:
    """A wording finding's word diff as (op, text) with op "equal", "insert" or "delete".

    Reads ``detail["diff"]`` written the diff-match-patch way ([-1|0|1, text]) or with op
    names. Without one, and given the report, diffs the ``left`` and ``right`` spans of
    the detail word by word. Anything else gives an empty list: no diff to show.
    """
    detail = finding.detail or {}
    raw = detail.get("diff")
    if isinstance(raw, (list, tuple)):
        out: list[tuple[str, str]] = []
        for item in raw:
            if (
                not isinstance(item, (list, tuple))
                or len(item) != 2
                or not isinstance(item[1], str)
                or not isinstance(item[0], (int, str))
                or _DIFF_OPS.get(item[0]) is None
            ):
                return []
            out.append((_DIFF_OPS[item[0]], item[1]))
        return out
    if report is None or finding.kind != "wording":
        return []
    texts = []
    for side in ("left", "right"):
        item = detail.get(side)
        if not isinstance(item, Mapping):
            return []
        doc = _index(report).documents.get(str(item.get("document")))
        if doc is None:
            return []
        text = doc.text
        start, end = item.get("start"), item.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
                <= len(text)):
            return []
        texts.append(text[start:end])
    return word_diff(texts[0], texts[1])


_DIFF_TOKEN = re.compile(r"\s*(?:\w+(?:[-'’]\w+)*|[^\w\s])")

#: Beyond this many token pairs a word diff costs more than it tells.
MAX_DIFF_WORK = 4_000_000


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Words (with the spaces before them) kept, deleted from ``a`` or inserted from ``b``.

    difflib, without its junk heuristic, so the same texts always give the same diff.
    """
    ta, tb = _DIFF_TOKEN.findall(a), _DIFF_TOKEN.findall(b)
    if len(ta) * len(tb) > MAX_DIFF_WORK:
        return []
    keys_a = [t.strip().replace("’", "'").lower() for t in ta]
    keys_b = [t.strip().replace("’", "'").lower() for t in tb]
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    out: list[tuple[str, str]] = []
    first: list[bool] = []  # the piece opens its side: its first word has no space before it
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(("equal", "".join(ta[i1:i2])))
            first.append(i1 == 0)
            continue
        if i2 > i1:
            out.append(("delete", "".join(ta[i1:i2])))
            first.append(i1 == 0)
        if j2 > j1:
            out.append(("insert", "".join(tb[j1:j2])))
            first.append(j1 == 0)
    for i in range(1, len(out)):
        op, text = out[i]
        if first[i] and not text[:1].isspace() and not out[i - 1][1][-1:].isspace():
            out[i] = (op, " " + text)
    return out


def display_title(report: Report, doc: Document) -> str:
    """A document's title for a report: the loader's, else its first line that is not
    page chrome (the segmenter knows which lines are boilerplate), else ``doc.title``."""
    if doc.meta.get("title"):
        return doc.title
    segs = report.segments.get(doc.id) if report.segments else None
    for passage in segs.passages if segs else ():
        if passage.kind in ("heading", "body"):
            for line in doc.text[passage.start : passage.end].splitlines():
                if line.strip():
                    return line.strip()[:120]
    return doc.title


_SPACES = re.compile(r"\s+")
_PARAGRAPH = re.compile(r"\n(?=\n)")

#: How much of a long sentence a quotation shows on each side of the span.
CONTEXT = 110


class Contexts:
    """The sentence around a span: the claim's own, else the segmenter's, else a paragraph."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.claims = {(c.doc, c.start, c.end): c.sentence for c in report.claims if c.sentence}
        self.sentences: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
        for doc_id, segs in (report.segments or {}).items():
            spans = sorted((s.start, s.end) for s in segs.sentences)
            self.sentences[doc_id] = ([a for a, _ in spans], spans)
        self.breaks: dict[str, list[int]] = {}

    def around(self, doc_id: str, start: int, end: int) -> tuple[str, str, str]:
        """(before, span, after), each on one line, trimmed to CONTEXT on each side."""
        text = _index(self.report).documents[doc_id].text
        first, last = self._bounds(doc_id, start, end, text)
        lo, hi = max(first, start - CONTEXT), min(last, end + CONTEXT)
        if lo > first:  # cut at a word boundary, not inside a word
            space = text.find(" ", lo, start)
            lo = space + 1 if space >= 0 else lo
        if hi < last:
            space = text.rfind(" ", end, hi)
            hi = space if space >= 0 else hi
        before = _flat(text[lo:start]).lstrip()
        after = _flat(text[end:hi]).rstrip()
        if lo > first and before:
            before = "…" + before
        if hi < last and after:
            after += "…"
        return before, _flat(text[start:end]), after

    def _bounds(self, doc_id: str, start: int, end: int, text: str) -> tuple[int, int]:
        sentence = self.claims.get((doc_id, start, end))
        if sentence is not None:
            return sentence
        if doc_id in self.sentences:
            starts, spans = self.sentences[doc_id]
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and spans[i][0] <= start and end <= spans[i][1]:
                return spans[i]
        if doc_id not in self.breaks:
            self.breaks[doc_id] = [m.start() for m in _PARAGRAPH.finditer(text)]
        breaks = self.breaks[doc_id]
        i = bisect.bisect_left(breaks, start) - 1  # last break wholly before the span
        while i >= 0 and breaks[i] + 2 > start:
            i -= 1
        j = bisect.bisect_left(breaks, end)
        lo = breaks[i] + 2 if i >= 0 else 0
        hi = breaks[j] if j < len(breaks) else len(text)
        return lo, hi


def _flat(text: str) -> str:
    return _SPACES.sub(" ", text)


# -- facts -------------------------------------------------------------------------------

#: How each verdict of a fact reads in a report.
VERDICT_TITLES: dict[str, str] = {
    "disagree": "sources disagree",
    "not_comparable": "not comparable",
    "agree": "sources agree",
}


def fact_cells(report: Report, fact: Fact) -> list[tuple[str, list[tuple[Claim, str]]]]:
    """A fact's row: for each document that states it, in the report's document order,
    its claims with their stance (consensus, outlier, alone)."""
    by_doc: dict[str, list[tuple[Claim, str]]] = {}
    for value in fact.values:
        by_doc.setdefault(value.doc, []).append((report.claim(value.claim), value.stance))
    return [(d.id, by_doc[d.id]) for d in report.documents if d.id in by_doc]


def fact_value_text(claim: Claim) -> str:
    """One source's value as a reader needs it: "103,000 (May 11, 1950; according to a
    State Department report)"."""
    notes = []
    period = claim.frame.period if claim.frame is not None else claim.when
    if period is not None and period.text and period.text != claim.text:
        notes.append(period.text)
    if claim.attribution:
        notes.append(f"according to {mid_sentence(claim.attribution)}")
    return f"{claim.text} ({'; '.join(notes)})" if notes else claim.text


def facts_line(report: Report) -> str:
    """"26 facts: 4 where sources disagree, 1 not comparable, 21 where they agree"."""
    counts = {v: sum(1 for f in report.facts if f.verdict == v) for v in VERDICT_TITLES}
    parts = [f"{counts['disagree']} where sources disagree" if counts["disagree"] else "",
             f"{counts['not_comparable']} not comparable" if counts["not_comparable"] else "",
             f"{counts['agree']} where they agree" if counts["agree"] else ""]
    n = len(report.facts)
    return f"{n} fact{'s' * (n != 1)}: " + ", ".join(p for p in parts if p)
