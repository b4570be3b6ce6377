"""The order of a report's findings: most important first, then in reading order, so
that the same input gives the same report, byte for byte."""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.model import REPORT_ORDER, Finding

FINDING_ORDER = {kind: n for n, kind in enumerate(REPORT_ORDER)}


def order_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Most important first, then in reading order: a stable, deterministic report."""
    return sorted(
        findings,
        key=lambda f: (
            FINDING_ORDER.get(f.kind, 9),
            _claim_sort_key(f.claims[0]) if f.claims else ("", 0),
            f.document or "",
            f.start or 0,
            f.summary,
        ),
    )


def _claim_sort_key(claim_id: str) -> tuple[str, int]:
    doc, _, n = claim_id.rpartition(":")
    return (doc, int(n) if n.isdigit() else 0)
