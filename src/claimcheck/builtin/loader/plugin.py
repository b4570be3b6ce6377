"""The built-in loader as a plugin: plain text and Markdown files (the engine is read.py)."""

from __future__ import annotations

from claimcheck.plugin import Config, Document, hookimpl

from . import read

#: What the built-in loader offers a folder's files to: text and Markdown.
SUFFIXES = (".txt", ".md", ".markdown")


@hookimpl(trylast=True)
def load_document(source: str, doc_id: str, config: Config) -> Document | None:
    """Any file, read as text: the loader of last resort, so format plugins go first."""
    return read.load_document(source, doc_id, config)


@hookimpl
def source_suffixes() -> tuple[str, ...]:
    """Plain text and Markdown (any file named directly is read as text all the same)."""
    return SUFFIXES
