"""The example plugin's hooks: event nouns as claims (the engine is claims.py over
find.py; the words are words.toml). The only module here that knows ``hookimpl``."""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.plugin import Claim, Config, Document, Segments, hookimpl

from .claims import event_claims


@hookimpl
def extract_claims(document: Document, segments: Segments, config: Config) -> Iterable[Claim]:
    """One ``event`` claim per event noun of the body, headings and notes."""
    return event_claims(document, segments)
