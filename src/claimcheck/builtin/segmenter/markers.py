"""Footnote markers in the text ("[1]", "¹", "*", "formed.2") and the note each points to.

A marker links a statement to the footnote that qualifies it, so it must be told apart
from what looks like one: an exponent ("km²"), Markdown emphasis ("*word*") and a decimal
("2.5 percent"). The footnote classifier also asks here whether a "*" note is answered by
a marker, so that a bulleted list is not read as notes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from claimcheck.plugin import NoteRef, table

from .pieces import READ_KINDS, Piece

#: Units written right before a superscript, which is then an exponent ("km²").
UNITS: frozenset[str] = frozenset(
    table("segmenter", package="claimcheck.builtin.segmenter")["markers"]["units"]
)

#: A footnote marker: bracketed ``b``, superscript ``sup``, star ``star`` or a number
#: glued to punctuation ``num``.
_MARK_BODY = (
    r"\[\^?(?P<b>\d{1,3})\]"
    r"|(?<=\S)(?P<sup>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})"
    r"|(?<=[^\s*])(?P<star>[*†‡]{1,3})(?=[\s.,;:!?)”\"’]|\Z)"
    r"|(?:(?<=[^\W_][.,;:!?])|(?<=[.,;:!?][”\"’)])|(?<=[^\W\d_][”\"’)]))(?P<num>\d{1,3})"
    r"(?=\s|\Z)"
)
#: Each alternative's first character, looked ahead for first: the document is scanned
#: for markers once, and at a place where no marker can start the four alternatives and
#: their lookbehinds were tried all the same (three quarters of the scan). No match
#: changes: the lookbehinds read no character of the match.
_MARK_FIRST = r"(?=[\[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡\d])"
MARK = re.compile(_MARK_FIRST + "(?:" + _MARK_BODY + ")")
#: Where a match of MARK may start, in two scans that the engine runs at the speed of a
#: character test (a pattern that opens with a character class, not a lookaround): a
#: bracket, a superscript or a star; or a digit right after the mark that each lookbehind
#: of ``num`` ends with (one test per such digit where MARK tried four alternatives at
#: every digit of the text).
_MARK_OPENS = re.compile(r"[\[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]")
_NUM_OPENS = re.compile(r"[.,;:!?”\"’)]\d")
#: MARK's bracketed alternative alone, with its other groups (which never match): the
#: scan of a document with no footnote, where a marker of any other kind is dropped
#: (it answers no note), need not stop at every digit of the text. Its "[" first: the
#: engine skips to the brackets.
_BRACKETED = re.compile(r"\[\^?(?P<b>\d{1,3})\](?:(?P<sup>(?!))|(?P<star>(?!))|(?P<num>(?!)))?")


def marks(text: str) -> Iterator[re.Match[str]]:
    """``MARK.finditer(text)``: MARK tried only where one of its matches may start."""
    starts = sorted([m.start() for m in _MARK_OPENS.finditer(text)]
                    + [m.start() + 1 for m in _NUM_OPENS.finditer(text)])
    pos = 0
    for at in starts:
        if at < pos:
            continue  # inside the marker before (MARK's matches never overlap)
        m = MARK.match(text, at)
        if m is not None:
            yield m
            pos = m.end()
#: Whether ``note_refs`` scans for bracketed markers only when there is no footnote (a
#: switch for tests, which set the shortcut against the full scan).
FEW_NOTES = True
_EMPHASIS_OPEN = re.compile(r"(?:^|\s)[*](?=\S)")
#: Superscript digits to the digits a note's label is written with.
SUPER_TO_DIGIT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def emphasis(text: str, pos: int) -> bool:
    """Whether a "*" closes Markdown emphasis ("*word*") rather than marking a note."""
    lo = max(0, pos - 300)
    nl = text.rfind("\n", lo, pos)
    return bool(_EMPHASIS_OPEN.search(text, nl + 1 if nl >= 0 else lo, pos))


def note_refs(text: str, pieces: list[Piece]) -> list[NoteRef]:
    """Markers in the text linked to their footnote: the first note with that label after
    the marker, else the last before it. Bare "[1]" markers are kept even unresolved;
    "*", superscripts and digits glued to punctuation only when a note answers them."""
    defs: dict[str, list[tuple[int, int]]] = {}
    for i, p in enumerate(pieces):
        if p.kind == "footnote" and p.note_def and p.label is not None:
            defs.setdefault(p.label, []).append((p.start, i))
    refs: list[NoteRef] = []
    k = 0
    # with no note to point to, only bracketed markers are kept: those alone are looked
    # for (no other alternative's match holds a "[", so the same ones are found)
    for m in marks(text) if defs or not FEW_NOTES else _BRACKETED.finditer(text):
        at = m.start()
        while k < len(pieces) and pieces[k].end <= at:
            k += 1
        if k >= len(pieces):
            break
        p = pieces[k]
        lo = p.text_start if p.note_def and p.text_start else p.start
        if p.kind not in READ_KINDS or at < lo or m.end() > p.end:
            continue
        if m.group("b"):
            label = m.group("b")
        elif m.group("sup"):
            label = m.group("sup").translate(SUPER_TO_DIGIT)
        elif m.group("star"):
            label = m.group("star")
        else:
            label = m.group("num")
        target = _resolve(defs.get(label), at)
        if target is None and not m.group("b"):
            continue
        if m.group("sup") and _unit_before(text, at):
            continue
        if m.group("star") and emphasis(text, at):
            continue
        if m.group("num") and text[at - 2].isdigit() and not _capital_follows(text, m.end(), p.end):
            continue  # "2.5 percent" is a decimal, "1948.1 By the spring" a marker
        refs.append(NoteRef(at, m.end(), label, target))
    return refs


def _capital_follows(text: str, pos: int, end: int) -> bool:
    """Whether a capital (or the end of the passage) follows ``pos`` after spaces."""
    k = pos
    while k < end and k < pos + 8 and text[k].isspace():
        k += 1
    return k >= end or text[k].isupper()


def _unit_before(text: str, pos: int) -> bool:
    """Whether a unit of measure ("km") stands right before ``pos``."""
    k = pos
    while k > max(0, pos - 3) and text[k - 1].isalpha():
        k -= 1
    return text[k:pos].lower() in UNITS and (k == 0 or not text[k - 1].isalpha())


def _resolve(defs: list[tuple[int, int]] | None, pos: int) -> int | None:
    """The passage index of the first note after ``pos``, else of the last before it."""
    if not defs:
        return None
    i = bisect.bisect_right(defs, (pos, float("inf")))
    return defs[i][1] if i < len(defs) else defs[-1][1]
