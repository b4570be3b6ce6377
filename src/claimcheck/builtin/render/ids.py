"""Stable finding ids, derived from what a finding says and where, never from its place in
the run.

Why: a finding exported as a web annotation, a TEI span or a database row must keep its
id when the same documents are checked again (an annotation tool updates annotations by
id; a database joins runs by id), and must not change when another document joins the
run or the findings come out in another order. So the id hashes the finding's kind,
category and summary with every span it quotes, each span named by its document's
SHA-256 (the text itself, not its file name or its id in this run) and its code-point
offsets. Two findings that say the same thing about the same spans are the same finding;
should a run hold it twice, the second gets ``-2``, the third ``-3`` (in report order),
so ids stay unique.
"""

from __future__ import annotations

import hashlib
import json
import uuid

from claimcheck.plugin import Finding, Report, Span, finding_spans

#: Hex digits of SHA-256 kept in an id: 64 bits, unique among billions of findings.
ID_DIGITS = 16


class FindingIds:
    """The stable id of every finding of one report, and its spans (computed once)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.sha256 = {d.id: d.sha256 for d in report.documents}
        self.spans: list[list[Span]] = [finding_spans(report, f) for f in report.findings]
        seen: dict[str, int] = {}
        self.ids: list[str] = []
        for finding, spans in zip(report.findings, self.spans, strict=True):
            base = self._digest(finding, spans)
            seen[base] = seen.get(base, 0) + 1
            self.ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")

    def _digest(self, finding: Finding, spans: list[Span]) -> str:
        key = [finding.kind, finding.category or "", finding.summary,
               [[self.sha256[doc], start, end] for doc, start, end in spans]]
        blob = json.dumps(key, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:ID_DIGITS]


def finding_ids(report: Report) -> list[str]:
    """The stable id of each finding of ``report``, in report order."""
    return FindingIds(report).ids


def derived_uuid(*parts: object) -> str:
    """A ``urn:uuid:`` IRI that is a function of ``parts`` (an RFC 4122 name-based id)."""
    name = "\x1f".join(str(p) for p in parts)
    return uuid.uuid5(uuid.NAMESPACE_URL, "claimcheck:" + name).urn
