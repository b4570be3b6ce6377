"""Text laid out for the built-in segmenter, with a map back to the source file.

A loader for a structured format (HTML, PDF, DOCX, TEI) knows what is a heading, a
paragraph, a footnote or a table; the built-in segmenter reads those from plain text by
their shape. So rather than a second, structured channel into the segmenter, a loader
writes its structure in the shapes the segmenter already recognises, and every offset in
a report still points into one plain text:

- a heading is a line of its own after a Markdown "# ";
- a paragraph is one line, its whitespace collapsed, with a blank line after it;
- a footnote marker is "[n]" in the running text, and the notes follow at the end under
  a "Notes" heading, each "[n] text" a paragraph of its own;
- a table is a pipe table, "| a | b |", one line a row, a "|---|" rule under its header;
- a list item is a line starting with "- ".

``Layout.place`` records where in the source the text that follows comes from ("line
120", "p. 3"): the finished document carries these as ``meta["source_map"]``, a tuple of
(text offset, place) pairs in text order, so that a report can cite the source.
"""

from __future__ import annotations

import bisect
import os
import re
import stat
from collections.abc import Mapping, Sequence
from typing import Any

from claimcheck.errors import ClaimcheckError, LoadError
from claimcheck.text.files import read_bytes

_SPACE = re.compile(r"\s+")
#: Control characters, and the invisible ones that only mark where a word may break.
_DROP = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b\ufeff]")

#: The heading above the notes collected at the end of a document.
NOTES_HEADING = "# Notes"


def clean(text: str) -> str:
    """One line: whitespace runs (newlines, tabs) to one space, control characters and
    soft hyphens dropped, ends trimmed."""
    return _SPACE.sub(" ", _DROP.sub("", text)).strip()


class Layout:
    """Builds a document's text block by block, recording where each block came from.

    Blocks are separated by one blank line. Notes added with ``note`` are written after
    the body, under a "Notes" heading, when ``text`` is called.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._map: list[tuple[int, str]] = []
        self._notes: list[tuple[str, str, str | None]] = []
        self._where: str | None = None

    # -- building ------------------------------------------------------------------------

    def place(self, where: str | None) -> None:
        """The text written from now on comes from ``where`` in the source."""
        if where:
            self._where = where

    def paragraph(self, text: str, where: str | None = None, prefix: str = "") -> None:
        """A paragraph (or a list item with ``prefix="- "``); empty ones are dropped."""
        line = clean(text)
        if line:
            self._block(prefix + line, where)

    def preformatted(self, text: str, where: str | None = None) -> None:
        """Text whose lines are its layout (a <pre>, a plain-text page wrapped in HTML):
        its lines kept, trailing spaces trimmed, each run of blank lines one blank line."""
        lines = [_DROP.sub("", line).rstrip() for line in text.replace("\r\n", "\n")
                 .replace("\r", "\n").split("\n")]
        blocks: list[list[str]] = [[]]
        for line in lines:
            if line.strip():
                blocks[-1].append(line)
            elif blocks[-1]:
                blocks.append([])
        for block in blocks:
            if block:
                self._block("\n".join(block), where)
                where = None

    def heading(self, text: str, where: str | None = None) -> None:
        """A heading, written "# text" so that the segmenter reads it as one."""
        line = clean(text).lstrip("#").strip()
        if line:
            self._block("# " + line, where)

    def table(self, rows: Sequence[Sequence[str]], header: bool,
              where: str | None = None) -> None:
        """A pipe table; ``header`` says the first row names the columns.

        Rows are padded to the widest row's cell count, so that every line splits into the
        same number of cells; a "|" inside a cell becomes "/".
        """
        cleaned = [[clean(c).replace("|", "/") for c in row] for row in rows]
        cleaned = [row for row in cleaned if any(row)]
        if not cleaned:
            return
        width = max(len(r) for r in cleaned)
        if width == 1:  # a one-column "table" is a list of lines
            for row in cleaned:
                self.paragraph(row[0], where)
            return
        lines = []
        for i, row in enumerate(cleaned):
            cells = [*row, *[""] * (width - len(row))]
            lines.append("| " + " | ".join(cells) + " |")
            if i == 0 and header and len(cleaned) > 1:
                lines.append("|" + "---|" * width)
        self._block("\n".join(lines), where)

    def note(self, text: str, where: str | None = None) -> str:
        """Keep a footnote for the end; returns the marker ("[3]") to put in the running
        text where the note is called.

        Notes are numbered 1, 2, 3 ... in the order they are called, whatever the source
        labels them ("a", "†", "n12"): the segmenter links a "[3]" marker to the "[3]"
        note, and only numbers and stars read as note labels.
        """
        self._notes.append((str(len(self._notes) + 1), clean(text), where))
        return f"[{len(self._notes)}]"

    def _block(self, block: str, where: str | None) -> None:
        if self._parts:
            self._parts.append("\n\n")
            self._length += 2
        where = where or self._where
        if where and (not self._map or self._map[-1][1] != where):
            self._map.append((self._length, where))
        self._parts.append(block)
        self._length += len(block)

    # -- the result ----------------------------------------------------------------------

    def text(self) -> str:
        """The document's text, notes last (writing them: call once, at the end)."""
        if self._notes:
            self._block(NOTES_HEADING, None)
            for label, body, where in self._notes:
                self._block(f"[{label}] {body}".rstrip(), where)
            self._notes = []
        return "".join(self._parts) + ("\n" if self._parts else "")

    def source_map(self) -> tuple[tuple[int, str], ...]:
        """(text offset, place in the source) pairs, in text order."""
        return tuple(self._map)


def read_source(path: str, what: str, max_bytes: int) -> bytes:
    """A source file's bytes for a format loader, or a LoadError naming the file.

    The size is checked before reading (a 200 MB page is refused without reading it) and
    again while reading (a file that grows, or reports no size, stops at the limit), so
    memory stays bounded whatever the file.
    """
    try:
        info = os.stat(path)
        size = info.st_size if stat.S_ISREG(info.st_mode) else 0
    except OSError:
        size = 0  # read_bytes says what is wrong with the path
    if size > max_bytes:
        raise LoadError(f"{path}: larger than the limit of {_size(max_bytes)} for {what}s")
    try:
        return read_bytes(path, what, max_bytes)
    except LoadError:
        raise
    except ClaimcheckError as exc:
        message = str(exc)
        if "larger than the limit" in message:
            message = f"{path}: larger than the limit of {_size(max_bytes)} for {what}s"
        raise LoadError(message) from None


def _size(n: int) -> str:
    return f"{n / (1 << 20):g} MB" if n >= 1 << 20 else f"{n:,} bytes"


def source_place(meta: Mapping[str, Any], offset: int) -> str | None:
    """Where in the source the text at ``offset`` comes from, by a loader's
    ``meta["source_map"]`` ("p. 3", "line 120"), or None without a map."""
    entries = meta.get("source_map") or ()
    i = bisect.bisect_right([start for start, _ in entries], offset) - 1
    return entries[i][1] if i >= 0 else None
