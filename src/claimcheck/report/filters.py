"""Filters a caller applies to a report before rendering it: ``--only`` kinds."""

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
