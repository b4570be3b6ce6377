"""The records every pass of the segmenter shares, and the small text helpers they use.

The segmenter reads a document in stages (page chrome, headings, footnotes, insertions,
markers, sentences), each in its own module; they all speak of the same blocks of lines
and of the same pieces of passage under construction, so those live here, apart from any
one stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A letter of any script.
LETTER = re.compile(r"[^\W\d_]")
#: A word: a letter, then letters, digits, apostrophes and hyphens.
WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: The end of a sentence: a mark, closing quotes or brackets, perhaps a note number.
SENTENCE_MARK = re.compile(r"[.!?…][\"”’')\]]{0,3}(?:\d{1,3}|\[\d{1,3}\])?(?:\s|\Z)")
#: Punctuation that ends a line of prose, and the closers that may follow it.
FINAL_PUNCT = ".,;:!?…"
CLOSERS = "\"”’'»)]"

#: Passage kinds that are read for sentences (the others are no statements).
READ_KINDS = ("body", "heading", "footnote", "editorial")
#: Lines longer than this are never headings, labels or chrome.
MAX_LINE = 300


@dataclass
class Piece:
    """A passage under construction: its kind may still change until the block ends."""

    kind: str
    start: int
    end: int
    label: str | None = None
    text_start: int | None = None  # where a footnote's text begins, after its own label
    note_def: bool = False


@dataclass
class State:
    """Where the forward pass stands: which section it is in and what it has seen."""

    zone: str | None = None  # "notes", "rule" (after a separator) or "refs"
    last_num: int = 0
    seen_footnote: bool = False
    content_blocks: int = 0
    seen_section: bool = False


#: A run of non-blank lines, each line as its trimmed (start, end).
Block = list[tuple[int, int]]


def split_blocks(text: str) -> list[Block]:
    """Runs of non-blank lines, each line as its trimmed (start, end)."""
    blocks: list[Block] = []
    current: Block = []
    off = 0
    for line in text.splitlines(keepends=True):
        n = len(line)
        left = line.lstrip()
        if left:
            current.append((off + n - len(left), off + len(line.rstrip())))
        elif current:
            blocks.append(current)
            current = []
        off += n
    if current:
        blocks.append(current)
    return blocks


def short(text: str, start: int, end: int, limit: int = MAX_LINE) -> str | None:
    """The line ``text[start:end]``, or None when it is too long to be chrome or a label."""
    return text[start:end] if end - start <= limit else None


def norm(line: str) -> str:
    """A line as the word tables list it: lower case, single spaces, no final colon."""
    return " ".join(line.lower().split()).rstrip(":").rstrip()


