"""The built-in time plugin: dates, periods and durations are read and normalised, a
document's times become claims and a figure is dated by its sentence (claims.py), and
two times are compared (compare.py)."""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.plugin import Claim, Config, Document, Finding, Segments, TimeRef, hookimpl

# the engine module is imported by another name: the hooks take a ``claims`` argument
from . import claims as time_claims
from . import compare


@hookimpl
def extract_claims(document: Document, segments: Segments, config: Config) -> Iterable[Claim]:
    """Dates, ranges and durations as claims (headings and titles included)."""
    return time_claims.extract_claims(document, segments, config)


@hookimpl
def claim_time(
    claim: Claim, claims: list[Claim], document: Document, config: Config
) -> TimeRef | None:
    """The date a figure holds for: the governing time expression of its sentence."""
    return time_claims.claim_time(claim, claims, document, config)


@hookimpl
def compare_claims(left: Claim, right: Claim, config: Config) -> Finding | None:
    """Two times (dates, ranges, durations); None for any other pair."""
    return compare.compare_claims(left, right, config)


@hookimpl
def check_document(document: Document, claims: list[Claim], config: Config) -> list[Finding]:
    """A span of dates named twice differently, a duration that does not fit its dates."""
    return compare.check_document(document, claims, config)
