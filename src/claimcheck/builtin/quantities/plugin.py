"""The built-in figures plugin: counts, ranges, bounds, ratios, money and measures are
read (find.py, claims.py) and two figures compared (compare.py)."""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.plugin import Claim, Config, Document, Finding, Segments, hookimpl

from . import claims, compare, scales


@hookimpl
def extract_claims(document: Document, segments: Segments, config: Config) -> Iterable[Claim]:
    """Quantity and ratio claims, sentence by sentence, outside boilerplate and citations."""
    return claims.extract_claims(document, segments, config)


@hookimpl
def compare_claims(left: Claim, right: Claim, config: Config) -> Finding | None:
    """Two figures: agreement, discrepancy or not comparable; None for other claims.
    Values on named scales are compared exactly, by the scale (scales.py)."""
    if scales.involves(left, right):
        return scales.compare_claims(left, right)
    return compare.compare_claims(left, right, config)
