"""Built-in renderer: CSV of claims and findings, for spreadsheets and pandas.

One table, one row per record: the ``record`` column says ``claim`` or ``finding``, so
``df[df.record == "claim"]`` gives the claims. Columns that do not apply to a record are
empty. Numbers are plain (110000, not 110,000.0); dates are ISO. A finding's claims are
listed space-separated in ``claims``; its first span is in ``document``/``start``/``end``.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@`` as a formula; source
text is quoted by the writer but a quoted cell is still a formula, so text cells that
start with one of those get a leading apostrophe (OWASP's advice). Number cells are left
as they are.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from claimcheck.plugin import (
    Claim,
    Config,
    Document,
    Finding,
    Quantity,
    Report,
    TimeRef,
    finding_spans,
    line_col,
)

COLUMNS: tuple[str, ...] = (
    "record",
    "id",
    "kind",
    "category",
    "document",
    "start",
    "end",
    "line",
    "column",
    "text",
    "sentence",
    "passage",
    "subject",
    "subject_key",
    "low",
    "high",
    "unit",
    "qualifier",
    "earliest",
    "latest",
    "timex",
    "when_earliest",
    "when_latest",
    "when_text",
    "attribution",
    "claims",
    "summary",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_TEXT_COLUMNS = frozenset({"text", "sentence", "subject", "subject_key", "attribution",
                           "summary", "category", "unit", "when_text", "document", "id",
                           "claims"})


def render_csv(report: Report, config: Config | None = None) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    docs = {d.id: d for d in report.documents}
    for claim in report.claims:
        writer.writerow(_safe(claim_row(report, claim, docs[claim.doc])))
    for n, finding in enumerate(report.findings, 1):
        writer.writerow(_safe(finding_row(report, finding, n, docs)))
    return out.getvalue()


def claim_row(report: Report, claim: Claim, doc: Document) -> dict[str, Any]:
    line, column = line_col(report, claim.doc, claim.start)
    row: dict[str, Any] = {
        "record": "claim", "id": claim.id, "kind": claim.kind, "document": claim.doc,
        "start": claim.start, "end": claim.end, "line": line, "column": column,
        "text": claim.text, "passage": claim.passage, "subject": claim.subject,
        "subject_key": claim.subject_key, "attribution": claim.attribution,
    }
    if claim.sentence:
        row["sentence"] = " ".join(doc.text[claim.sentence[0] : claim.sentence[1]].split())
    value = claim.value
    if isinstance(value, Quantity):
        row.update(low=_num(value.low), high=_num(value.high), unit=value.unit,
                   qualifier=value.qualifier)
    elif isinstance(value, TimeRef):
        row.update(earliest=_iso(value.earliest), latest=_iso(value.latest), timex=value.timex,
                   qualifier=value.mod)
    if claim.when is not None:
        row.update(when_earliest=_iso(claim.when.earliest), when_latest=_iso(claim.when.latest),
                   when_text=claim.when.text)
    return row


def finding_row(
    report: Report, finding: Finding, n: int, docs: dict[str, Document]
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "record": "finding", "id": f"finding:{n}", "kind": finding.kind,
        "category": finding.category, "claims": " ".join(finding.claims),
        "summary": finding.summary,
    }
    spans = finding_spans(report, finding)
    if spans:
        doc_id, start, end = spans[0]
        doc = docs[doc_id]
        line, column = line_col(report, doc_id, start)
        row.update(document=doc_id, start=start, end=end, line=line, column=column,
                   text=doc.text[start:end])
    return row


def _num(x: float) -> int | float:
    """110000, not 110000.0: whole numbers read back as integers."""
    return int(x) if isinstance(x, float) and x.is_integer() and abs(x) < 2**53 else x


def _iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None


def _safe(row: dict[str, Any]) -> dict[str, Any]:
    for key, value in row.items():
        if key in _TEXT_COLUMNS and isinstance(value, str) and value.startswith(_FORMULA):
            row[key] = "'" + value
    return row
