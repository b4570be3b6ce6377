"""The built-in segmenter as a plugin: passages (body, headings, footnotes, editorial
insertions, citations, page chrome) and sentences (the engine is segment.py)."""

from __future__ import annotations

from claimcheck.plugin import Config, Document, Segments, hookimpl

from .segment import segment_text


@hookimpl(trylast=True)
def segment(document: Document, config: Config) -> Segments:
    """Passages and sentences of plain text; a format's own segmenter goes first."""
    return segment_text(document.text)
