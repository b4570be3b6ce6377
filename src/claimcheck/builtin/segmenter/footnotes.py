"""Footnotes: how a note announces itself, by a section heading or by its own label.

A footnote qualifies the statements that point to it, so its text must not be read as
the document's body. A note starts with its label ("[1] ...", "¹ ...", "* ...") or, in a
Notes section or after a separator rule, with a bare number that continues the count
("1. ..."); a "*" note counts only when a "*" marker in the text answers it.
"""

from __future__ import annotations

import bisect
import re

from .markers import MARK, SUPER_TO_DIGIT, emphasis
from .pieces import State

#: A heading that opens the notes: "Notes", "Footnotes", "Endnotes and references".
NOTES_HEAD = re.compile(
    r"(?i)(?:#{1,6}[^\S\n]*)?(?:foot|end)?notes(?:[^\S\n]+and[^\S\n]+(?:references|sources))?"
    r"[^\S\n]*:?\Z"
)
#: A heading that opens the references, whose lines are citations.
REFS_HEAD = re.compile(
    r"(?i)(?:#{1,6}[^\S\n]*)?(?:references|bibliography|works cited|literature cited"
    r"|literature|sources|further reading|sources and further reading|select bibliography)"
    r"[^\S\n]*:?\Z"
)

_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_DEF_BRACKET = re.compile(r"\[\^?(\d{1,3}|[*†‡]{1,3})\]:?(?=\s|\Z)")
_DEF_SUPER = re.compile(r"([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?=\s|\Z|[^\W\d_])")
_DEF_STAR = re.compile(r"([*†‡]{1,3})[^\S\n]+(?=\S)")
_DEF_NUMBER = re.compile(r"(\d{1,3})(?:[.)][^\S\n]+|[^\S\n]+(?=[A-Z“\"‘'(\[]))(?=\S)")


class NoteDefinitions:
    """Finds footnotes' own labels in one document, remembering which "*" markers the
    notes found so far have answered."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._stars: dict[str, list[int]] | None = None
        self._last_star_def: dict[str, int] = {}

    def at(self, ls: int, le: int, state: State) -> tuple[str, int] | None:
        """A footnote's own label at the start of a line: "[1] ...", "¹ ...", "* ...",
        and "1. ..." inside a Notes section or after a separator rule; with where the
        note's text begins."""
        text, st = self.text, state
        c = text[ls]
        if c == "[":
            m = _DEF_BRACKET.match(text, ls, le)
            if m:
                return m.group(1), m.end()
        elif c in _SUPERSCRIPTS:
            m = _DEF_SUPER.match(text, ls, le)
            if m:
                return m.group(1).translate(SUPER_TO_DIGIT), m.end()
        elif c in "*†‡":
            m = _DEF_STAR.match(text, ls, le)
            if m and self._star_marked(m.group(1), ls):
                return m.group(1), m.end()
        elif c.isdigit() and st.zone in ("notes", "rule"):
            m = _DEF_NUMBER.match(text, ls, le)
            if m:
                n = int(m.group(1))
                if st.zone == "notes" or n == st.last_num + 1:
                    st.last_num = n
                    return m.group(1), m.end()
        return None

    def _star_marked(self, label: str, pos: int) -> bool:
        """Whether a "*" marker in the text precedes this "*" note (and follows the last
        one), so that a bulleted list is not read as notes."""
        if self._stars is None:
            self._stars = {}
            for m in MARK.finditer(self.text):
                if m.group("star") and not emphasis(self.text, m.start()):
                    self._stars.setdefault(m.group("star"), []).append(m.start())
        marks = self._stars.get(label, [])
        low = self._last_star_def.get(label, -1)
        i = bisect.bisect_right(marks, low)
        if i < len(marks) and marks[i] < pos:
            self._last_star_def[label] = pos
            return True
        return False
