"""Infobox cells stacked under their label: an encyclopedia infobox copied as plain text
puts a label on a line of its own ("Strength", "Casualties and losses", "Revenue") and its
cells on the lines under it, one cell a line ("8,000" / "10 guns" / "7,000" / "12 guns") or
two columns on one line ("6,900-7,200[1] 5,000-6,000[1]").

A figure in such a block takes the label as what is measured, as a labelled row's does
(``core.frames._row``), and never a name from the lines above the label (the commanders'
names of the row above). Its column is taken only where the layout makes it sure: the
cells of the block's first line, a label with its column number ("Casualties1:"), a block
of one-cell lines whose first cell's layout comes again once (the second column opens
there), or a block of one-cell lines all alike (one cell per column). Elsewhere the column
is left unknown, and a name set as a sub-label over the figure ("Jacobites:") says whose
it is. A sub-label holding a date ("As of 13 March:", "7 May:") is part of the label: the
figures under it hold for that day only. So are the figure's own words in its cell: one
cell may hold several figures ("c. 50 killed, 259 wounded"), and only the figure with the
same words in the same cell of another copy is the same figure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimcheck.text.data import table
from claimcheck.text.measures import Measures

_WORDS = table("frames")["stacked_cells"]

#: How far up from a figure its label is looked for, and how far down its block goes.
BLOCK_LINES = 30
#: A label: a few words, capitalised, no figure; a column number glued to it at most
#: ("Casualties1:"); a colon at most, and a sub-label after it ("Strength1:13 March:").
_LABEL_LINE = re.compile(
    r"[ \t|]*(?P<label>[A-Z][A-Za-z’' /&,-]{0,46}[A-Za-z])(?P<n>[1-9])?[ \t]*"
    r"(?::[ \t]*(?:(?P<sub>[^:\n]{1,40}):)?)?[ \t|]*")
#: A sub-label: a few words (a date among them) ending with a colon ("Jacobites:", "As of
#: 13 March:", "Vietnamese figures:").
_SUB_LABEL = re.compile(r"[ \t]*(?P<text>[A-Za-z0-9][^:\n\d]{0,40}?(?:\d[^:\n]{0,30})?)[ \t]*:"
                        r"[ \t]*")
_DIGIT = re.compile(r"\d")
_REF = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\]")
#: A figure, with what may mark it as an estimate before it and a range after it.
_NUMBER = r"(?:US)?[$€£¥]?\d[\d,.]*(?:\[\d{1,3}\])?%?"
_FIGURE = re.compile(rf"(?:[~≈]|c\.[ \t]?)?{_NUMBER}(?:[ \t]?[-–—][ \t]?{_NUMBER})?")
#: Where a line's second cell opens: after a reference mark, a closing bracket or a figure
#: and spacing, a figure ("6,900-7,200[1] 5,000-6,000[1]", "~900–1,800 ~647"); or an
#: estimate's mark after a word ("36-136 estimated killed ~268 killed").
_CELL_BREAK = re.compile(
    r"(?:(?<=[\])%\d])[ \t]+(?=(?:[~≈]|c\.[ \t]?)?(?:US)?[$€£¥]?\d)"
    r"|(?<=[a-z])[ \t]+(?=[~≈+]\d))")
#: A sentence's end within a line, or at its end after a word (in a line of a few words
#: at least: "56 est." is a cell).
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?[ \t]+[A-Z]"
                           r"|(?:\S+[ \t]+){4}\S*[a-z]{3}[.!?][\"”’)]?[ \t]*$")
_WORD = re.compile(r"[A-Za-z]+")
#: Where a figure's own words in its cell end: a comma, a bracket, markup, the next figure.
_OWN_END = re.compile(r"[,;(\[<{]|\d")
#: A list's item: "  • $180.2 million (2023)".
_BULLET = re.compile(r"[•·*▪◦-][ \t]")
_CELLS = ("cell", "bullet")
_NAME_WORDS = frozenset(_WORDS["name_joiners"])
_SKIPPED = frozenset(_WORDS["shape_words"])
_MAX_LABEL_WORDS = int(_WORDS["max_label_words"])
_MAX_CELL_WORDS = int(_WORDS["max_cell_words"])
_MAX_WORDS_BEFORE = int(_WORDS["max_words_before_figure"])
_MAX_COLUMNS = int(_WORDS["max_columns"])


@dataclass(frozen=True)
class Stacked:
    """Where a figure sits in a block of stacked cells: the block's label (with a dated
    sub-label's words and the figure's own words in its cell after it: "Strength 13 March
    combat personnel"), its column (None when not sure), the name of a sub-label over it
    (when its column is not known), and its cell's span in the text."""

    label: str
    column: int | None
    name: str | None
    cell: tuple[int, int]


#: The kinds of the lines of the last text read, by where each line starts: a figure
#: asks for the lines around it, and the figures of one block ask for the same lines.
_KINDS: list[Any] = [None, None, {}]


def _kind_at(text: str, start: int, end: int, vocabulary: Measures) -> str:
    """``_kind`` of the line ``text[start:end]``, read once per text."""
    if _KINDS[0] is not text or _KINDS[1] is not vocabulary:
        _KINDS[:] = [text, vocabulary, {}]
    kinds = _KINDS[2]
    kind = kinds.get(start)
    if kind is None:
        kind = kinds[start] = _kind(text[start:end], vocabulary) if end - start <= 200 \
            else "other"
    return kind


def _kind(line: str, vocabulary: Measures) -> str:
    """What a line of a block is: "blank", "label" (a measure's name), "keyed" (a label
    with its column number), "sub" (a sub-label), "cell" (figures), "bullet" (figures as
    an item of a list: one cell's), or "other"."""
    stripped = line.strip(" \t|")
    if not stripped:
        return "blank"
    label = _LABEL_LINE.fullmatch(line)
    if label is not None and len(label.group("label").split()) <= _MAX_LABEL_WORDS \
            and not label.group("label").isupper() \
            and any(not m.weak for m in vocabulary.find(label.group("label"))):
        return "keyed" if label.group("n") else "label"
    if _SUB_LABEL.fullmatch(line) and len(stripped.split()) <= _MAX_LABEL_WORDS:
        return "sub"
    if not _cell_line(stripped):
        return "other"
    # "Damage $2.8 billion (2011 USD)", "Casualties86,000–87,351 dead": a key and its value
    # on one line, a block of its own
    first = _FIGURE.search(stripped)
    return "other" if first is not None and vocabulary.find(stripped[:first.start()]) \
        else "bullet" if _BULLET.match(stripped) else "cell"


def _cell_line(line: str) -> bool:
    """A line of figures: short, a figure among its first words, no sentence in it."""
    first = _FIGURE.search(line)
    if first is None or _SENTENCE_END.search(line):
        return False
    words = line.split()
    return len(words) <= _MAX_CELL_WORDS \
        and len(line[:first.start()].split()) <= _MAX_WORDS_BEFORE


def _cells(line: str) -> list[tuple[int, int]]:
    """The cells of a line of figures, as spans within it. Cells of one layout each,
    with words after their figures, may follow each other with nothing but a blank
    between ("310 killed 23 killed"): one column's cell and the next's."""
    spans = _split(line, _CELL_BREAK)
    if len(spans) == 1:
        alike = _split(line, _WORD_THEN_FIGURE)
        shapes = {_shape(line[s:e]) for s, e in alike}
        if len(alike) > 1 and len(shapes) == 1 and shapes != {"#"}:
            return alike
    return spans


def _split(line: str, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in breaks.finditer(line):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line.rstrip())))
    return [(s, e) for s, e in spans if line[s:e].strip()]


#: A word, a blank, a figure: where a second cell may open ("310 killed 23 killed").
_WORD_THEN_FIGURE = re.compile(r"(?<=[a-z])[ \t]+(?=(?:[~≈]|c\.[ \t]?)?(?:US)?[$€£¥]?\d)")


def _shape(cell: str) -> str:
    """A cell's layout: its words without its figures and reference marks ("8,000" and
    "7,000" are alike, "10 guns" and "12 guns" too)."""
    cell = _REF.sub("", cell)
    return " ".join(w.lower() for w in _WORD.findall(_FIGURE.sub(" # ", cell))
                    if w.lower() not in _SKIPPED) or "#"


def stacked_cell(text: str, start: int, end: int, vocabulary: Measures) -> Stacked | None:
    """Where the figure at ``text[start:end]`` sits in a block of cells stacked under a
    label line, or None when it is in no such block."""
    # a cell's line is at most 200 characters: look no further for its ends
    line_start = text.rfind("\n", max(0, start - 201), start) + 1
    if line_start == 0 and start > 201:
        return None
    line_end = text.find("\n", end, line_start + 201)
    if line_end < 0:
        if len(text) > line_start + 201:
            return None
        line_end = len(text)
    line = text[line_start:line_end]
    own_kind = _kind_at(text, line_start, line_end, vocabulary)
    if own_kind not in _CELLS:
        return None
    # up to the label, past cells, sub-labels and blank lines
    lines: list[tuple[int, str, str]] = []  # (start, text, kind), the block in order
    at, label = line_start, None
    for _ in range(BLOCK_LINES):
        if at == 0:
            return None
        above_start = text.rfind("\n", max(0, at - 203), at - 1) + 1
        if above_start == 0 and at > 203:
            return None  # a line of more than 200 characters: prose, no label
        above = text[above_start:at - 1]
        kind = _kind_at(text, above_start, at - 1, vocabulary)
        if kind in ("label", "keyed"):
            label = (above_start, above, kind)
            break
        if kind == "other":
            return None
        lines.append((above_start, above, kind))
        at = above_start
    if label is None:
        return None
    lines.reverse()
    mine = len(lines)
    lines.append((line_start, line, own_kind))
    at = line_end
    for _ in range(BLOCK_LINES):
        if at >= len(text):
            break
        below_end = text.find("\n", at + 1, at + 203)
        if below_end < 0:
            if len(text) > at + 203:
                break  # a line of more than 200 characters: prose, the block's end
            below_end = len(text)
        below = text[at + 1:below_end]
        kind = _kind_at(text, at + 1, below_end, vocabulary)
        if kind not in _CELLS and kind not in ("sub", "blank"):
            break
        lines.append((at + 1, below, kind))
        at = below_end
    head = _LABEL_LINE.fullmatch(label[1])
    assert head is not None
    name = head.group("label")
    cells = [_cells(t) if k in _CELLS else [] for _, t, k in lines]
    offset = start - line_start
    here = next((c for c in cells[mine] if c[0] <= offset < c[1]), None)
    if here is None:
        return None
    position = cells[mine].index(here)
    # the sub-labels over the figure, nearest last
    subs = ([head.group("sub").strip()] if head.group("sub") else []) + [
        t.strip().rstrip(":").strip() for _, t, k in lines[:mine] if k == "sub"]
    dated = [s for s in subs if _DIGIT.search(s)]
    named = [s for s in subs if not _DIGIT.search(s) and _is_name(s)]
    cell = (line_start + here[0], line_start + here[1])
    # the label, a date set over the figure ("As of 13 March:"), and the figure's own
    # words: one cell may hold several figures ("c. 50 killed, 259 wounded"; "14,000" and
    # "20,000 overall"), and only the same words in the same cell are one figure
    words = [name, *(w for w in dated[-1:] for w in w.split() if w.lower() not in _SKIPPED)]
    label_text = " ".join([*words, *own_words(text, end, cell[1])])
    column = int(head.group("n")) if head.group("n") else _column(lines, cells, mine, position)
    return Stacked(label_text, column, None if column else (named[-1] if named else None),
                   cell)


def own_words(text: str, end: int, cell_end: int) -> list[str]:
    """The words of a figure ending at ``end`` in its cell, as a label takes them ("c. 50
    killed, 259 wounded": "killed" for 50), none for a figure alone."""
    stop = _OWN_END.search(text, end, cell_end)
    own = _shape(text[end:stop.start() if stop else cell_end])
    return [] if own == "#" else [own]


#: "Strength1: 1,100–2,500 warriors", "- Casualties2: 268 killed": a key with its
#: column's number, on a line of its own with its value.
_NUMBERED_KEY = re.compile(
    r"[ \t|*•-]*(?P<label>[A-Z][A-Za-z’' /&-]{0,40}[A-Za-z])(?P<n>[1-9])[ \t]*:[ \t]*")


def numbered_key(text: str, start: int, end: int, vocabulary: Measures) -> Stacked | None:
    """Where the figure at ``text[start:end]`` sits in the value of a key with its
    column's number ("Strength1: 1,100–2,500 warriors"): the key names what is measured,
    its number the column; None when it sits in no such value."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    if line_start == 0 and start > 200:
        return None
    line_end = text.find("\n", end, end + 400)
    line_end = min(len(text), end + 400) if line_end < 0 else line_end
    key = _NUMBERED_KEY.match(text, line_start, start)
    if key is None or not vocabulary.find(key.group("label")) \
            or len(key.group("label").split()) > _MAX_LABEL_WORDS:
        return None
    label = " ".join([key.group("label"), *own_words(text, end, line_end)])
    return Stacked(label, int(key.group("n")), None, (key.end(), line_end))


def _is_name(text: str) -> bool:
    """Whether a sub-label is a name ("Jacobites", "United States", "Kingdom of France"),
    not whose estimate follows ("Vietnamese figures", "Western historians estimate")."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _NAME_WORDS for w in words)


def _column(lines: list[tuple[int, str, str]], cells: list[list[tuple[int, int]]],
            mine: int, position: int) -> int | None:
    """The figure's column, where the block's layout makes it sure; None elsewhere."""
    rows = [i for i, (_, _, k) in enumerate(lines) if k in _CELLS]
    first = rows[0]
    if len(cells[mine]) > 1:
        # two cells on one line: their columns, on the block's first line of cells only
        return position + 1 if mine == first and len(cells[mine]) <= _MAX_COLUMNS else None
    if any(len(cells[i]) != 1 for i in rows):
        return None  # some lines of one cell, some of two: no telling which is whose
    if any(k == "bullet" for _, _, k in lines):
        # "• $180.2 million (2023)" / "• $154.7 million (2022)": a list's items, one
        # cell's (one side's figures for two years), whatever their layout
        return 1 if mine == first and len(cells[mine]) == 1 else None
    shapes = [(_shape(t) if k in _CELLS else f"sub {t.strip().lower()}")
              for _, t, k in lines if k != "blank"]
    kept = [i for i, (_, _, k) in enumerate(lines) if k != "blank"]
    opening = [n for n, s in enumerate(shapes) if s == shapes[0]]
    if len(opening) == len(shapes) and len(shapes) <= _MAX_COLUMNS:
        return kept.index(mine) + 1  # "8,000" / "7,000": one cell a line, one a column
    if len(opening) == 2:
        # "8,000" / "10 guns" / "6 mortars" / "7,000" / "12 guns": the first cell's
        # layout comes again once, where the second column opens
        return 1 if kept.index(mine) < opening[1] else 2
    # the block's first cell is the first column's, whatever follows
    return 1 if mine == first else None
