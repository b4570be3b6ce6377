"""Quoting a source's words in a summary: one line, of a length a reader takes in."""

from __future__ import annotations


def shorten(text: str, limit: int = 140) -> str:
    """A passage quoted in a summary: one line, cut at ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."
