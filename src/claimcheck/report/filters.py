"""Filters a caller applies to a report before rendering it: ``--only`` kinds, and
``--max-findings``."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from claimcheck.model import Report
from claimcheck.report.views import SECTIONS


def parse_kinds(value: str | None) -> tuple[str, ...] | None:
    """``"discrepancy,slant"`` (commas, spaces or ``|``) as kinds; plurals are forgiven."""
    if value is None:
        return None
    plural = {title.lower(): kind for kind, title in SECTIONS}
    plural.update({"discrepancies": "discrepancy", "inconsistencies": "inconsistency",
                   "agreements": "agreement"})
    kinds: list[str] = []
    for word in value.replace("|", ",").replace(" ", ",").split(","):
        word = word.strip().lower().replace("-", "_")
        if word:
            kind = plural.get(word, word)
            if kind not in kinds:
                kinds.append(kind)
    return tuple(kinds)


def only(report: Report, kinds: Iterable[str] | None) -> Report:
    """The report with only findings of ``kinds`` (None: unchanged); claims are kept."""
    if kinds is None:
        return report
    wanted = set(kinds)
    return dataclasses.replace(
        report, findings=tuple(f for f in report.findings if f.kind in wanted)
    )


def at_most(report: Report, limit: int | None) -> Report:
    """The report with its first ``limit`` findings and facts (None: unchanged).

    Findings and facts come most important first (discrepancies, then the rest), so a
    limit keeps what a reader needs most; the number left out is kept in ``omitted`` and
    every format says it. Claims are kept: the facts and findings kept point into them.
    """
    if limit is None:
        return report
    findings, facts = report.findings[:limit], report.facts[:limit]
    dropped = len(report.findings) - len(findings) + len(report.facts) - len(facts)
    return dataclasses.replace(report, findings=findings, facts=facts,
                               omitted=report.omitted + dropped)
