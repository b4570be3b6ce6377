"""The numbers of a text, before any decision about them: digits and number words.

An atom is one number as written ("110,000", "4.2bn", "two hundred", "$5") with its
value, the precision it was stated at, and the scale word or currency sign attached to
it. Later stages join atoms into ranges and ratios and decide which are figures.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from claimcheck.plugin import NUMERAL_RE, iter_number_words, parse_numeral

from .units import (
    CURRENCY_BEFORE_RE,
    CURRENCY_SYMBOLS,
    GLUED_UNIT_RE,
    SCALE_AFTER_RE,
    SCALE_VALUES,
    glued_metre,
)

__all__ = ["Num", "atoms"]


@dataclass
class Num:
    """One number as written: its span, value, precision and attached currency."""

    start: int
    end: int
    value: float
    precision: float
    digits: bool
    raw: str
    currency: str | None = None
    cur_start: int | None = None


_SIGN_WORD_RE = re.compile(r"(?<![\w])(?i:minus|negative)[ \t]+$")
_CURRENCY_LAST_CHARS = frozenset(c[-1] for c in CURRENCY_SYMBOLS)


def _attach_currency(text: str, num: Num) -> None:
    """A currency sign or code right before a number: "$4.2", "£ 3", "USD 12"."""
    start = num.start
    prev = text[start - 1:start]
    if prev in (" ", "\u00a0"):
        prev = text[start - 2:start - 1]
    if prev not in _CURRENCY_LAST_CHARS:
        return
    cm = CURRENCY_BEFORE_RE.search(text, max(0, start - 6), start)
    if cm:
        num.currency = CURRENCY_SYMBOLS.get(cm.group().strip())
        num.cur_start = cm.start()


#: a figure glued to the word before it, as text pulled from tables and PDFs comes:
#: "Turnout61.3%", "Strength30,000". Only a grouped, decimal or percent figure after a
#: lower-case word of three letters or more: "COVID19", "Windows10", "B52" are names.
_GLUED_RE = re.compile(
    r"(?<![\w.,])[A-Z]?[a-z]{3,}(?P<n>\d{1,3}(?:,\d{3})+(?![\d,.]?\d)(?![\w])"
    r"|\d+\.\d+(?![\d,.]?\d)(?![\w])|\d+(?=[ \t\u00a0]?%))"
)


#: a digit with a letter or a sign glued after it: the cheap test before GLUED_UNIT_RE
_DIGIT_LETTER_RE = re.compile(r"\d[^\W\d_]|\d[°²³]")


def _currency_before(text: str, start: int) -> bool:
    return bool(CURRENCY_BEFORE_RE.search(text, max(0, start - 6), start))


def _numerals(text: str) -> list[tuple[int, int, str]]:
    """Numerals as written (start, end, text), and numerals glued to a word before them."""
    found = [(m.start(), m.end(), m.group()) for m in NUMERAL_RE.finditer(text)]
    extra = [] if not _DIGIT_LETTER_RE.search(text) else [
        (m.start("n"), m.end("n"), m.group("n")) for m in GLUED_UNIT_RE.finditer(text)
    ]
    if _GLUED_RE.search(text):
        extra.extend((m.start("n"), m.end("n"), m.group("n")) for m in _GLUED_RE.finditer(text))
    if extra:
        found = sorted(set(found) | set(extra))
    return found


def atoms(text: str) -> list[Num]:
    """Every number, digits or words, with scale words and currency symbols attached."""
    out: list[Num] = []
    for m_start, m_end, raw in _numerals(text):
        value = parse_numeral(raw)
        if value is None:
            continue
        precision = 10.0 ** -len(raw.rsplit(".", 1)[1]) if "." in raw else 1.0
        end = m_end
        sm = SCALE_AFTER_RE.match(text, end)
        if sm and sm.group("a") == "m" and not _currency_before(text, m_start) and glued_metre(
            text, end
        ):
            sm = None  # "1.8m tall": metres
        if sm:
            scale_word = (sm.group("w") or sm.group("a")).lower()
            # a spaced "m" is metres; only attached abbreviations are scales
            value *= SCALE_VALUES[scale_word]
            precision *= SCALE_VALUES[scale_word]
            end = sm.end()
        num = Num(m_start, end, value, precision, True, raw)
        _attach_currency(text, num)
        out.append(num)
    taken = [(n.start, n.end) for n in out]
    taken.sort()

    starts = [s for s, _ in taken]
    for w in iter_number_words(text):
        i = bisect.bisect_right(starts, w.start) - 1
        if i >= 0 and taken[i][1] > w.start:
            continue
        if i + 1 < len(taken) and taken[i + 1][0] < w.end:
            continue
        num = Num(w.start, w.end, w.value, w.precision, False, w.text)
        sign = _SIGN_WORD_RE.search(text, max(0, w.start - 10), w.start)
        if sign:
            num = Num(sign.start(), w.end, -w.value, w.precision, False,
                      text[sign.start():w.end])
        sm = SCALE_AFTER_RE.match(text, w.end)
        if sm and sm.group("w"):
            pass  # "one million" is already one word number
        _attach_currency(text, num)
        out.append(num)
    out.sort(key=lambda n: n.start)
    return out
