"""What a number is measured in: units of measure, currencies, scale words and percents.

Two figures can only be compared in one dimension, so every unit a text may write is
mapped to a canonical unit, a dimension and a factor to that dimension's base unit. The
vocabularies are in ``quantities.toml``; this module builds the anchored patterns that
read them right after (or, for currency signs, right before) a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.plugin import table

__all__ = [
    "CURRENCY_AFTER_RE",
    "CURRENCY_BEFORE_RE",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "GLUED_UNIT_RE",
    "PERCENT_RE",
    "SCALE_AFTER_RE",
    "SCALE_VALUES",
    "SCALE_WORDS",
    "UNITS",
    "UNITS_LOWER",
    "UNIT_RE",
    "alternation",
    "glued_metre",
    "unit_after",
    "unit_info",
]

_TABLE = table("quantities", package="claimcheck.builtin.quantities")


def _measures() -> dict[str, tuple[str, str, float]]:
    """Surface form -> (canonical unit, dimension, factor to the dimension's base unit)."""
    units: dict[str, tuple[str, str, float]] = {}
    for entry in _TABLE["units"]["measures"]:
        factor = 1 / entry["per"] if "per" in entry else entry["factor"]
        for name in entry["names"]:
            units[name] = (entry["unit"], entry["dimension"], factor)
    return units


# surface form -> (canonical unit, dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, str, float]] = _measures()

# per-time rates: "15-20 kilometers per day" is a length over a duration
_PER = {word: UNITS[unit][2] for word, unit in _TABLE["units"]["per_time"].items()}

CURRENCY_SYMBOLS: dict[str, str] = _TABLE["currency"]["symbols"]
CURRENCY_WORDS: dict[str, str] = _TABLE["currency"]["words"]

_CANONICAL = {u: (d, f) for (u, d, f) in UNITS.values()}
UNITS_LOWER = {k.lower(): v for k, v in UNITS.items()}


def unit_info(unit: str | None) -> tuple[str, float] | None:
    """Dimension and factor to its base unit for a canonical or surface unit name."""
    if unit is None:
        return None
    if unit in _CANONICAL:
        return _CANONICAL[unit]
    if "/" in unit:
        num, _, per = unit.partition("/")
        if num in _CANONICAL and per in _PER:
            dim, factor = _CANONICAL[num]
            return f"{dim}/duration", factor / _PER[per]
    found = UNITS.get(unit) or UNITS_LOWER.get(unit.lower())
    return (found[1], found[2]) if found else None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first so none shadows another."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_CASED = set(_TABLE["units"]["cased"])
UNIT_RE = re.compile(
    r"(?:[ \t\u00a0]*|-)(?P<u>(?i:" + alternation(w for w in UNITS if w not in _CASED)
    + ")|" + alternation(_CASED & set(UNITS)) + r")(?![\w²])"
    r"(?:[ \t]+(?:per|a|an|each)[ \t]+(?P<per>" + "|".join(_PER) + r")\b"
    r"|/(?P<per2>h|day)\b)?"
)

#: a numeral glued to a unit abbreviation: "256GB", "200lbs" (atoms.py reads the number)
GLUED_UNIT_RE = re.compile(
    r"(?<![\w.,])(?P<n>\d+(?:\.\d+)?)(?=(?:(?i:"
    + alternation(w for w in _TABLE["units"]["glued"] if w not in _CASED) + ")|"
    + alternation(w for w in _TABLE["units"]["glued"] if w in _CASED) + r")(?![\w²³]))"
)
_METRE_AFTER_RE = re.compile(
    r"m[ \t\u00a0]+(?:" + alternation(_TABLE["units"]["metre_after"]).replace(r"\ ", r"[ \t]+")
    + r")\b",
    re.IGNORECASE,
)


def glued_metre(text: str, pos: int) -> bool:
    """"1.8m tall": an "m" glued to a number is metres before a word of size, else
    millions ("$1.8m", "1.8m people", "worth 1.8m")."""
    return bool(_METRE_AFTER_RE.match(text, pos))


SCALE_WORDS: dict[str, float] = _TABLE["scales"]["words"]
_SCALE_ABBREVIATIONS: dict[str, float] = _TABLE["scales"]["abbreviations"]
SCALE_AFTER_RE = re.compile(
    r"(?:[ \t\u00a0]*-?[ \t\u00a0]*(?P<w>" + "|".join(SCALE_WORDS) + r")"
    r"|(?P<a>" + "|".join(_SCALE_ABBREVIATIONS) + r"))(?![\w])",
    re.IGNORECASE,
)
SCALE_VALUES: dict[str, float] = {**SCALE_WORDS, **_SCALE_ABBREVIATIONS}
PERCENT_RE = re.compile(
    r"[ \t\u00a0]*(?:(?P<pp>percentage[ \t]+points?|pp\b)|%|per[ \t]?cent\b|pct\b)",
    re.IGNORECASE,
)
CURRENCY_BEFORE_RE = re.compile(
    r"(?:" + alternation(CURRENCY_SYMBOLS) + r")[ \t\u00a0]?$"
)
CURRENCY_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?P<c>" + alternation(CURRENCY_WORDS) + r")\b", re.IGNORECASE
)


_MONEY_WORDS = frozenset(_TABLE["currency"]["pounds"]["money_words"])
_OF_AFTER_RE = re.compile(r"[ \t\u00a0]+of\b", re.IGNORECASE)
_SCALED_BEFORE_RE = re.compile(r"(?i:million|billion|bn|mn|m)$")
_WORD_RE = re.compile(r"[^\W\d_]+")


def _pounds_are_money(text: str, pos: int, end: int) -> bool:
    """"fined 500 pounds", "361 million pounds": money; "weighs 200 pounds", "2 million
    pounds of beef": weight. The window before the number is bounded (60 characters)."""
    if _OF_AFTER_RE.match(text, end):
        return False
    if _SCALED_BEFORE_RE.search(text[max(0, pos - 8):pos].rstrip()):
        return True
    before = text[max(0, pos - 60):pos].lower()
    return any(w in _MONEY_WORDS for w in _WORD_RE.findall(before)[-8:])


def unit_after(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """Unit, dimension and end offset for what follows a number."""
    pm = PERCENT_RE.match(text, pos)
    if pm:
        if pm.group("pp"):
            return "percentage point", "percentage_point", pm.end()
        return "percent", "percent", pm.end()
    cm = CURRENCY_AFTER_RE.match(text, pos)
    if cm:
        code = CURRENCY_WORDS[cm.group("c").lower()]
        return code, f"currency:{code}", cm.end()
    if pos and text[pos - 1:pos].isdigit() and glued_metre(text, pos):
        return "m", "length", pos + 1
    um = UNIT_RE.match(text, pos)
    if um:
        surface = um.group("u")
        if surface.lower() in ("pound", "pounds") and _pounds_are_money(text, pos, um.end()):
            return "GBP", "currency:GBP", um.end()
        unit, dim, _ = UNITS.get(surface) or UNITS_LOWER[surface.lower()]
        per = um.group("per") or um.group("per2")
        if per:
            per = {"h": "hour"}.get(per, per)
            return f"{unit}/{per}", f"{dim}/duration", um.end()
        return unit, dim, um.end()
    return None, None, pos
