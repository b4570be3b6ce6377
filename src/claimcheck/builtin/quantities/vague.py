"""Vague magnitudes: "thousands of people", "hundreds of millions", "dozens", "a handful".

News states many figures as an order of magnitude. Read as nothing, "thousands marched"
cannot be checked against "300 marched"; read as a number, "several hundred" became a
bare 100. Each phrase is an approximate range (``quantities.toml``, ``[vague]``) with
the unit or the counted noun that follows "of". One compiled pattern, matched once.
"""

from __future__ import annotations

import re

from claimcheck.plugin import Quantity, parse_number, table

from .nouns import counted_noun
from .units import alternation, unit_after

__all__ = ["vague_quantities"]

_TABLE = table("quantities", package="claimcheck.builtin.quantities")["vague"]
_ALONE: dict[str, list[float]] = _TABLE["alone"]
_SCALED: dict[str, list[float]] = _TABLE["scaled"]
_SCALES: dict[str, float] = _TABLE["scales"]
_BLANK = r"[ \t\u00a0]+"
_VAGUE_RE = re.compile(
    r"(?<![\w$€£¥-])(?:(?P<m>" + alternation(_SCALED) + r")" + _BLANK + r"of" + _BLANK
    + r"(?P<s>" + alternation(_SCALES) + r")|(?P<a>"
    + "|".join(re.escape(w).replace(r"\ ", _BLANK) for w in
               sorted(_ALONE, key=lambda w: (-len(w), w)))
    + r"))(?![\w-])",
    re.IGNORECASE,
)
_OF_RE = re.compile(_BLANK + r"of(?=" + _BLANK + ")", re.IGNORECASE)
_SPAN = 80  # characters after a phrase's word that its match may reach
#: one word every phrase has (its first, past "a"): a substring test before the pattern
_CHEAP_WORDS = tuple(sorted({next(w for w in key.split() if w not in ("a", "an"))
                             for key in (*_ALONE, *_SCALED)}))


def _candidates(text: str, lowered: str) -> list[re.Match[str]]:
    """Matches of the pattern around each place one of its words occurs, in order.

    Finding the words is a substring search (fast, in C); the pattern is then tried in a
    bounded window around each: linear, and far cheaper than running the pattern over
    the whole text.
    """
    found: dict[int, re.Match[str]] = {}
    for word in _CHEAP_WORDS:
        p = lowered.find(word)
        while p >= 0:
            m = _VAGUE_RE.search(text, max(0, p - 3), p + _SPAN)
            if m is not None and m.start() <= p:
                found[m.start()] = m
            p = lowered.find(word, p + 1)
    return [found[k] for k in sorted(found)]


#: The word right before a phrase.
_WORD_BEFORE_RE = re.compile(r"([\w.,]+)[ \t\u00a0]+\Z")
_YEAR_RE = re.compile(r"1\d{3}|20\d{2}")
#: Scale words a number in words may end with ("two hundred millions").
_SCALE_WORDS = frozenset(table("numbers")["word_scales"])


def _counted_before(text: str, start: int) -> bool:
    """A number right before the phrase ("fifteen millions of dollars", "15 millions"):
    the phrase is that number's scale, as older English wrote it, not a vague figure."""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1).rstrip(".,").lower()
    if not word or _YEAR_RE.fullmatch(word):
        return False  # "In 1990 thousands of people marched"
    return word[-1].isdigit() or word in _SCALE_WORDS or parse_number(word) is not None


def _ends_in_scale(m: re.Match[str]) -> bool:
    """A phrase that ends in a number's scale word ("several hundred", "a few billion"),
    which a unit may follow as it follows a number ("several hundred metres")."""
    alone = m.group("a")
    return bool(alone) and alone.split()[-1].lower() in _SCALE_WORDS


def vague_quantities(text: str) -> list[Quantity]:
    """Every vague magnitude in ``text``, in order, as an approximate range."""
    lowered = text.lower()
    if not any(w in lowered for w in _CHEAP_WORDS):
        return []
    # a letter whose lower case is longer would move the offsets: the whole pattern then
    candidates = (_candidates(text, lowered) if len(lowered) == len(text)
                  else list(_VAGUE_RE.finditer(text)))
    out: list[Quantity] = []
    last_end = 0
    for m in candidates:
        if m.start() < last_end or _counted_before(text, m.start()):
            continue
        last_end = m.end()
        if m.group("m"):
            low, high = _SCALED[m.group("m").lower()]
            scale = _SCALES[m.group("s").lower()]
            low, high = low * scale, high * scale
        else:
            low, high = _ALONE[" ".join(m.group("a").lower().split())]
        end = m.end()
        unit: str | None = None
        dim: str | None = None
        of = _OF_RE.match(text, end)
        at = of.end() if of else end
        found_unit, found_dim, uend = unit_after(text, at)
        if found_unit is not None and found_dim is not None and (
                of is not None or _ends_in_scale(m)):
            # "hundreds of millions of dollars", "several billion dollars": the unit is
            # part of the figure
            unit, dim, end = found_unit, found_dim, uend
        else:
            noun = counted_noun(text, at, singular=False)
            if noun is not None:
                unit, dim = noun, "count"
        out.append(Quantity(m.start(), end, text[m.start():end], float(low), float(high),
                            unit, "approximately", None, None, None, dim))
    return out
