"""Vague magnitudes: "thousands of people", "hundreds of millions", "dozens", "a handful".

News states many figures as an order of magnitude. Read as nothing, "thousands marched"
cannot be checked against "300 marched"; read as a number, "several hundred" became a
bare 100. Each phrase is an approximate range (``quantities.toml``, ``[vague]``) with
the unit or the counted noun that follows "of". One compiled pattern, matched once.
"""

from __future__ import annotations

import re

from claimcheck.plugin import Quantity, table

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
#: one word every phrase has (its first, past "a"): a substring test before the pattern
_CHEAP_WORDS = tuple(sorted({next(w for w in key.split() if w not in ("a", "an"))
                             for key in (*_ALONE, *_SCALED)}))


def vague_quantities(text: str) -> list[Quantity]:
    """Every vague magnitude in ``text``, in order, as an approximate range."""
    low = text.lower()
    if not any(w in low for w in _CHEAP_WORDS):
        return []
    out: list[Quantity] = []
    for m in _VAGUE_RE.finditer(text):
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
        if found_unit is not None and found_dim is not None and of is not None:
            # "hundreds of millions of dollars": the unit is part of the figure
            unit, dim, end = found_unit, found_dim, uend
        else:
            noun = counted_noun(text, at, singular=False)
            if noun is not None:
                unit, dim = noun, "count"
        out.append(Quantity(m.start(), end, text[m.start():end], float(low), float(high),
                            unit, "approximately", None, None, None, dim))
    return out
