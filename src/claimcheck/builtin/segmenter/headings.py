"""Headings: which lines title a section, and the number a numbered heading carries.

A heading is judged by its shape alone (a number, a Roman numeral, "Chapter", Markdown
hashes, all capitals, or a short bare line that does not end a sentence); where a line
stands (the title, inside a Notes section) is the classifier's judgement.
"""

from __future__ import annotations

import re

from claimcheck.plugin import MONTH_NAMES

from .editorial import is_editorial
from .pieces import CLOSERS, FINAL_PUNCT, LETTER

_TWO_SENTENCES = re.compile(
    r"[^\W\d_]{2}[.!?][\"”’')\]]{0,3}\S{0,4}[^\S\n]+[A-Z(\[“\"‘]"
)
_TRAILING_MARK = re.compile(r"(?:\d{1,3}|\[\^?\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|[*†‡]{1,3})\Z")
_TRAILING_BRACKET = re.compile(r"[^\S\n]*\[([^\[\]]{1,300})\]\Z")

_MD_HEADING = re.compile(r"#{1,6}[^\S\n]+(?=\S)")
_ROMAN_HEAD = re.compile(r"([IVXLCDM]{1,7})[.)][^\S\n]+(?=\S)")
_ROMAN_VALID = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\Z")
_CHAPTER_HEAD = re.compile(
    r"(?i:part|chapter|section|book|article|annex|appendix)[^\S\n]+"
    r"([IVXLCDM]{1,7}|\d{1,3}|[A-Z])(?![\w])"
)
_NUM_HEAD = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})\.?[^\S\n]+(?=[A-Z“\"‘'\[(])")
_LETTER_HEAD = re.compile(r"([A-Z])\.[^\S\n]+(?=[A-Z])")
_BULLET = re.compile(r"(?:[-*•·▪–—]|\d{1,3}\)|\(\d{1,3}\)|\(?[a-z]\))[^\S\n]")
_LABEL_WITH_FIGURE = re.compile(r"[^:]{1,40}:[^\S\n]*\S*\d")
#: The underline of a Setext heading ("=====" or "-----").
SETEXT = re.compile(r"(?:={3,}|-{3,})\Z")


def all_caps(line: str) -> bool:
    """Whether a line is written in capitals (with at least four letters)."""
    return line.upper() == line and line.lower() != line and len(LETTER.findall(line)) >= 4


def ends_in_punct(line: str) -> bool:
    """Whether a line ends a sentence, looking past quotes and a note marker ("more.2")."""
    m = _TRAILING_MARK.search(line, max(0, len(line) - 8))
    if m and m.start() > 0 and line[m.start() - 1] in FINAL_PUNCT + CLOSERS:
        line = line[: m.start()]
    core = line.rstrip(CLOSERS)
    if not core:
        return False
    if core[-1] in FINAL_PUNCT:
        return True
    return line[-1] in FINAL_PUNCT


def _without_insertion(line: str) -> str:
    """A heading line without the editor's signed note at its end ("... [summary -K.W.]")."""
    m = _TRAILING_BRACKET.search(line)
    if m and m.start() > 0 and is_editorial(m.group(1)):
        return line[: m.start()]
    return line


def strong_heading(line: str) -> tuple[bool, str | None]:
    """Numbered, Roman-numbered, chapter and Markdown headings, with their number."""
    if len(line) > 400 or line[:1].islower():
        return False, None
    line = _without_insertion(line)
    if len(line) > 160 or ends_in_punct(line) or len(line.split()) > 16:
        return False, None
    m = _MD_HEADING.match(line)
    if m:
        return True, _heading_label(line[m.end():])
    label = _heading_label(line)
    return label is not None, label


def _heading_label(line: str) -> str | None:
    """The number of a numbered heading ("IV", "2.3", "Chapter 7"), else None."""
    m = _ROMAN_HEAD.match(line)
    if m and _ROMAN_VALID.match(m.group(1)):
        return m.group(1)
    m = _CHAPTER_HEAD.match(line)
    if m:
        return m.group(1)
    m = _NUM_HEAD.match(line)
    if m:
        after = line[m.end():].split(None, 1)
        if not after or after[0].lower().strip(",.") not in MONTH_NAMES:
            return m.group(1)
    return None


def line_heading(line: str, title: bool) -> tuple[bool, str | None]:
    """A single-line paragraph read as a heading: numbered, all caps, or short and bare."""
    ok, label = strong_heading(line)
    if ok:
        return True, label
    line = _without_insertion(line)
    if len(line) > 160 or ends_in_punct(line) or _BULLET.match(line):
        return False, None
    if all_caps(line) and len(line.split()) <= 20:
        return True, None
    if len(line.split()) > (24 if title else 14) or line[-1] in "-–—":
        return False, None
    first = line.lstrip("\"“‘'«([#*")[:1]
    if not first or not (first.isupper() or first.isdigit()) or not LETTER.search(line):
        return False, None
    if _LABEL_WITH_FIGURE.match(line) or _TWO_SENTENCES.search(line):
        return False, None  # "Revenue: $4.2 billion", "It fell. Prices rose"
    m = _LETTER_HEAD.match(line)
    return True, (m.group(1) if m else None)
