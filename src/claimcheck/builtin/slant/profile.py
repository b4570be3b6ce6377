"""Slant profiles: findings per 1,000 words by category, so that sources of any length compare.

Why apart from detection: a profile is a reading of findings already made (a summary a
report or a notebook sets side by side), not a way to find them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from claimcheck.plugin import SLANT_CATEGORIES as CATEGORIES
from claimcheck.plugin import Document, Finding

from .tokens import WORD


def slant_profile(text: str, findings: Iterable[Finding]) -> dict[str, Any]:
    """Findings per 1,000 words by category, so that sources of any length compare.

    Findings inside quoted speech are counted apart: they are the speaker's wording, not
    the document's. Hedging is reported but left out of ``slant_per_1000_words``.
    """
    words = sum(1 for _ in WORD.finditer(text))
    counts = dict.fromkeys(CATEGORIES, 0)
    quoted = dict.fromkeys(CATEGORIES, 0)
    for f in findings:
        if f.kind != "slant" or f.category not in counts:
            continue
        if f.detail.get("quoted"):
            quoted[f.category] += 1
        else:
            counts[f.category] += 1
    per = {c: _rate(n, words) for c, n in counts.items()}
    slant = sum(n for c, n in counts.items() if c != "hedging")
    return {
        "words": words,
        "counts": counts,
        "quoted_counts": quoted,
        "per_1000_words": per,
        "slant_per_1000_words": _rate(slant, words),
    }


def slant_profiles(
    documents: Iterable[Document], findings: Iterable[Finding]
) -> dict[str, dict[str, Any]]:
    """``slant_profile`` of each document, keyed by id, for a side-by-side table."""
    by_doc: dict[str, list[Finding]] = {}
    for f in findings:
        if f.kind == "slant" and f.document is not None:
            by_doc.setdefault(f.document, []).append(f)
    return {d.id: slant_profile(d.text, by_doc.get(d.id, ())) for d in documents}


def _rate(n: int, words: int) -> float:
    return round(1000.0 * n / words, 2) if words else 0.0
