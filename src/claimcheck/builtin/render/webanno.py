"""Built-in renderer: W3C Web Annotations (JSON-LD), one per finding and side, for
annotation tools (Hypothesis, Recogito, Annotorious) and digital editions.

The output is one ``AnnotationCollection`` whose ``first`` page holds every annotation in
``items`` (a tool that takes a plain list of annotations reads ``first.items``). Each
annotation targets one span a finding quotes (a discrepancy has two: one annotation on
each side) with two selectors of the same segment:

- a ``TextQuoteSelector``: ``exact`` is the span's text, ``prefix`` and ``suffix`` up to
  32 characters around it (enough to tell repeated phrases apart, short enough to survive
  edits elsewhere);
- a ``TextPositionSelector``: ``start`` and ``end`` count Unicode code points, as the
  Web Annotation model requires and as Python and claimcheck count. JavaScript strings
  (browsers, Hypothesis) count UTF-16 code units instead, which differ after any
  character outside the Basic Multilingual Plane (emoji, 𝔘): so the selector also
  carries ``utf16Start`` and ``utf16End`` (claimcheck terms, declared in the
  ``@context``), for which ``text.slice(utf16Start, utf16End)`` in JavaScript is the
  quote.

Bodies: the finding's summary (``TextualBody``, purpose ``commenting``), its kind and, for
slant, its category (purpose ``tagging``). The source is the document's file as a
``file:`` IRI (absolute, so that the annotations do not depend on where the JSON-LD file
is saved), a URL as given, or ``urn:sha256:<hex>`` for text given without a file.

Ids are ``urn:uuid:`` IRIs derived from the finding's stable id (see ``ids``) and the
span's document SHA-256 and offsets, so a rerun gives the same ids; each annotation also
names its finding (``finding``), the id the other formats use. A side with no text (the
place where an omitted passage would have stood) is not annotated: a tool cannot anchor
an empty quote.
"""

from __future__ import annotations

import bisect
import json
import re
from pathlib import Path
from typing import Any

from claimcheck.plugin import Config, Document, Finding, Report

from .ids import FindingIds, derived_uuid

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: claimcheck's own terms, declared so that JSON-LD processors keep them.
VOCAB = "urn:claimcheck:vocab:"
LOCAL_CONTEXT: dict[str, Any] = {
    "cc": VOCAB,
    "utf16Start": {"@id": "cc:utf16Start"},
    "utf16End": {"@id": "cc:utf16End"},
    "finding": {"@id": "cc:finding"},
    "side": {"@id": "cc:side"},
    "sha256": {"@id": "cc:sha256"},
}
#: Characters of context kept on each side of a quote.
QUOTE_CONTEXT = 32

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


class Utf16:
    """Code-point offsets of one text turned into UTF-16 code-unit offsets in log time:
    every character outside the BMP before an offset adds one unit."""

    def __init__(self, text: str) -> None:
        self.astral = [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self.astral, offset)


def source_iri(doc: Document) -> str:
    """Where the annotated text lives: a URL as given, a file as an absolute ``file:``
    IRI, else the text's own hash."""
    if doc.path and _URL.match(doc.path):
        return doc.path
    if doc.path:
        return Path(doc.path).absolute().as_uri()
    return f"urn:sha256:{doc.sha256}"


def annotations(report: Report) -> list[dict[str, Any]]:
    """Every annotation of the report, in report order (finding by finding, side by side)."""
    ids = FindingIds(report)
    docs = {d.id: d for d in report.documents}
    iris = {d.id: source_iri(d) for d in report.documents}
    units: dict[str, Utf16] = {}
    out: list[dict[str, Any]] = []
    for finding, fid, spans in zip(report.findings, ids.ids, ids.spans, strict=True):
        for side, (doc_id, start, end) in enumerate(spans):
            if end <= start:
                continue
            doc = docs[doc_id]
            if doc_id not in units:
                units[doc_id] = Utf16(doc.text)
            out.append(_annotation(finding, fid, side, doc, start, end, iris[doc_id],
                                   units[doc_id], ids.sha256[doc_id]))
    return out


def _annotation(finding: Finding, fid: str, side: int, doc: Document, start: int, end: int,
                iri: str, utf16: Utf16, sha256: str) -> dict[str, Any]:
    text = doc.text
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "commenting", "format": "text/plain",
         "value": finding.summary},
        {"type": "TextualBody", "purpose": "tagging", "value": finding.kind},
    ]
    if finding.category:
        bodies.append({"type": "TextualBody", "purpose": "tagging",
                       "value": finding.category})
    return {
        "id": derived_uuid("annotation", fid, sha256, start, end),
        "type": "Annotation",
        "motivation": "commenting",
        "finding": fid,
        "side": side,
        "body": bodies,
        "target": {
            "source": iri,
            "sha256": sha256,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[start:end],
                    "prefix": text[max(0, start - QUOTE_CONTEXT) : start],
                    "suffix": text[end : end + QUOTE_CONTEXT],
                },
                {
                    "type": "TextPositionSelector",
                    "start": start,
                    "end": end,
                    "utf16Start": utf16(start),
                    "utf16End": utf16(end),
                },
            ],
        },
    }


def render_webanno(report: Report, config: Config | None = None) -> str:
    items = annotations(report)
    key = [d.sha256 for d in report.documents] + [a["id"] for a in items]
    collection = {
        "@context": [ANNO_CONTEXT, LOCAL_CONTEXT],
        "id": derived_uuid("collection", *key),
        "type": "AnnotationCollection",
        "label": "claimcheck findings: " + ", ".join(d.path or d.id for d in report.documents),
        "total": len(items),
        "first": {
            "id": derived_uuid("page", *key),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }
    return json.dumps(collection, ensure_ascii=False, indent=1) + "\n"
