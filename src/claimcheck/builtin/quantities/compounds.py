"""Figures completed by a smaller unit: "5 ft 2 in", "6 lb 4 oz", "3 dollars 50 cents",
"24 miles and 1,500 yards".

Read apart, "5 ft 2 in" is two figures, 5 ft and a bare 2, and a comparison with "5.17
ft" or "62 inches" would see two wrong ones. Joined, it is one figure in the larger unit.
The pairs of units are in ``quantities.toml`` ([compounds]). A bare number completes a
figure only where the smaller unit can be told without its name: "5 ft 2 in" (the "in"
is the inch, read here only after feet), and "15 dollars 50" or "6 feet 2" at the end of
a clause.
"""

from __future__ import annotations

import re

from claimcheck.plugin import Quantity, table

from .units import alternation

__all__ = ["merge_compounds"]

_TABLE = table("quantities", package="claimcheck.builtin.quantities")["compounds"]

#: unit -> (smaller unit, how many of it make one)
_SMALLER: dict[str, tuple[str, float]] = {
    unit: (spec["unit"], float(spec["per"]))
    for unit, spec in _TABLE.items() if isinstance(spec, dict)
}
_SMALLER.update({code: ("cent", 100.0) for code in _TABLE["cents_of"]})

#: a blank or "and" between the two: never a comma, which may part two items of a list
#: ("$3, 50 cents for a pear")
_GAP_RE = re.compile(r"[ \t\u00a0]*(?:and[ \t\u00a0]+)?")
_INCH_RE = re.compile(
    r"[ \t\u00a0]+in(?:\.|(?![\w]))(?![ \t\u00a0]+(?i:"
    + alternation(_TABLE["in_not_before"]) + r")\b)"
)
#: "between" right before the larger figure, or before a hedge of a word or two ("between
#: about 3 miles", "between just over 3 miles"): an "and" after it closes a span
_BETWEEN_RE = re.compile(r"(?i:\bbetween)[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+){0,2}\Z")
#: how far before the larger figure "between" is sought
BETWEEN_REACH = 40
#: the end of a clause: a bare amount after a money word ends there ("15 dollars 50.")
_CLAUSE_END_RE = re.compile(r"[ \t\u00a0]*(?:[.,;:!?)]|$)")


def _completes(text: str, a: Quantity, b: Quantity, smaller: str, per: float) -> int | None:
    """Where the figure ``a`` completed by ``b`` ends, or None when ``b`` is no part of it.
    A part with decimals completes it only in a named smaller unit of measure ("65 ft 7.2
    in"): a bare "15 dollars 50.5" is no sum of money."""
    if b.low != b.high or not 0 <= b.low < per:
        return None
    gap = _GAP_RE.fullmatch(text, a.end, b.start)
    if b.qualifier != "exact" or b.ratio is not None or not gap:
        return None
    if "and" in gap.group() and _BETWEEN_RE.search(text, max(0, a.start - BETWEEN_REACH),
                                                         a.start):
        return None  # "between 3 miles and 400 yards" is a span, not one length
    whole = float(b.low).is_integer()
    if b.unit == smaller and (whole or smaller != "cent"):
        return b.end
    if b.unit is not None or b.dimension is not None:
        return None
    if smaller == "in":
        m = _INCH_RE.match(text, b.end)
        if m:
            return m.end()
    if not whole:
        return None
    if a.text[-1:].isalpha() and (
        smaller == "in" or (a.dimension and a.dimension.startswith("currency:"))
    ):
        # "15 dollars 50.", "one dollar and two.", "he is 6 feet 2.": the smaller unit
        # unnamed after the larger one's name, at the end of a clause
        return b.end if _CLAUSE_END_RE.match(text, b.end) else None
    return None


def merge_compounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join each figure to the smaller-unit figure that completes it; one linear pass."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        spec = _SMALLER.get(a.unit or "")
        if spec and i + 1 < len(found) and a.low == a.high and float(a.low).is_integer():
            b = found[i + 1]
            end = _completes(text, a, b, *spec)
            if end is not None:
                value = a.low + b.low / spec[1]
                precision = (b.precision or 1.0) / spec[1]
                out.append(Quantity(a.start, end, text[a.start:end], value, value, a.unit,
                                    a.qualifier, a.direction, None, min(precision, 1 / spec[1]),
                                    a.dimension))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
