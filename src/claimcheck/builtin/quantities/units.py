"""What a number is measured in: units of measure, currencies, scale words and percents.

Two figures can only be compared in one dimension, so every unit a text may write is
mapped to a canonical unit, a dimension and a factor to that dimension's base unit. The
vocabularies are in ``quantities.toml``; this module builds the anchored patterns that
read them right after (or, for currency signs and codes, right before) a number.

Some units cannot be told from their spelling alone, so a bounded window of words
decides: "pounds" (sterling or weight), "degrees" and a bare "°" (a temperature, an
angle, or neither: "300 degrees" awarded), a scale's letter alone ("41C" only near a
word of temperature), a spaced "m" (metres, or millions before "people").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from claimcheck.plugin import table

__all__ = [
    "CURRENCY_AFTER_RE",
    "CURRENCY_BEFORE_LAST",
    "CURRENCY_BEFORE_RE",
    "CURRENCY_CODES",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "GLUED_UNIT_RE",
    "PERCENT_RE",
    "SCALED_CODE_RE",
    "SCALED_CODE_VALUES",
    "SCALE_AFTER_RE",
    "SCALE_VALUES",
    "SCALE_WORDS",
    "SIGNS_AFTER",
    "UNITS",
    "UNITS_LOWER",
    "UNIT_RE",
    "alternation",
    "currency_after",
    "currency_before",
    "glued_metre",
    "temperature_letter",
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
_DOLLAR_PREFIXES: dict[str, str] = _TABLE["currency"]["dollar_prefixes"]
CURRENCY_CODES: dict[str, str] = _TABLE["currency"]["codes"]
_CODES_CASED: dict[str, str] = _TABLE["currency"]["codes_cased"]
SIGNS_AFTER: dict[str, str] = _TABLE["currency"]["signs_after"]
_MILLION_CODES = _TABLE["currency"]["million_codes"]

# every canonical unit, also those read from context with no surface form ("deg")
_CANONICAL = {
    e["unit"]: (e["dimension"], 1 / e["per"] if "per" in e else e["factor"])
    for e in _TABLE["units"]["measures"]
}
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


def alternation(words: Iterable[str], *, ignore_case: bool | None = None) -> str:
    """A regex alternation of ``words``, escaped, longest first so none shadows another.

    Written as a tree of their letters ("t(?:on(?:ne)?s?|...)"), not one branch a word:
    the engine tries a branch at a time, so "1 to 2" tried some three hundred units at
    "to" (5 µs) where the tree reads "t", "o" and stops. It matches as the flat list
    would: the words that match at one place all lie on the one path the text takes
    through the tree (no two branches of a node can read one character), and along that
    path the longer word is tried first, then, should what follows the alternation fail,
    the next shorter one, as in the list sorted longest first.

    ``ignore_case``: True when the caller matches the alternation ignoring case (inside
    ``(?i:...)``): the letters one character may be in either case share a branch (a
    class of them: "[fF]"); False when it matches case as written; None when either
    may be: then a word set where two branches could read one character in some case
    keeps the flat list.
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique or "" in unique:
        return "|".join(re.escape(w) for w in unique)
    tree: dict[str, Any] = {}
    for word in unique:
        node = tree
        for ch in word:
            key = _folded(ch) if ignore_case else ch
            node = node.setdefault(key, {"": set()})
            node[""].add(ch)
        node[_END] = True  # a word ends here
    if ignore_case is not False and not _exclusive(tree):
        return "|".join(re.escape(w) for w in unique)
    return "|".join(_branch(child) for key, child in tree.items() if key)


_END = "end"  # the key of the mark a word ends at a node (no key of a letter: one long)


def _folded(ch: str) -> str:
    """One key for the letters a character matches ignoring case ("F" and "f"; "µ" and
    "μ", which the engine takes as one letter but lower() does not)."""
    low = ch.lower()
    up = low.upper()
    key = up.lower() if len(up) == 1 else low
    return key if len(key) == 1 else ch  # "İ" lowers to two: its own key


def _branch(node: dict[str, Any]) -> str:
    """A node's letter (a class of its letters when several share it) and what may
    follow it; optional (greedy: the longer word first) when a word ends at the node."""
    letters = sorted(node[""])
    head = re.escape(letters[0]) if len(letters) == 1 else \
        "[" + "".join(re.escape(c) for c in letters) + "]"
    alts = [_branch(child) for key, child in node.items() if len(key) == 1]
    if not alts:
        return head
    body = alts[0] if len(alts) == 1 and _END not in node else "(?:" + "|".join(alts) + ")"
    return head + (body + "?" if _END in node else body)


def _exclusive(node: dict[str, Any]) -> bool:
    """Whether no two branches of any node of the tree read one character, in any case."""
    keys = [key for key in node if len(key) == 1]
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if any(re.fullmatch(re.escape(x), y, re.IGNORECASE)
                   for x in node[a][""] for y in node[b][""]):
                return False
    return all(_exclusive(node[key]) for key in keys)


#: "30 MUSD", "MEUR 120": a scale letter glued before an ISO code, and its value
SCALED_CODE_RE = re.compile(
    r"(?<![\w])(?P<p>" + "|".join(map(re.escape, _MILLION_CODES["prefixes"]))
    + r")(?P<c>" + alternation(_MILLION_CODES["codes"]) + r")(?![\w])"
)
SCALED_CODE_VALUES: dict[str, float] = dict(_MILLION_CODES["prefixes"])

_CASED = set(_TABLE["units"]["cased"])
# a one-letter unit before a hyphen and a digit is part of a code ("24703 L-202"), before
# an apostrophe and a letter part of a name ("the 2009 L'Aquila earthquake")
def _first_chars(words: Iterable[str]) -> str:
    """A character class of the first characters of ``words``: a lookahead in front of a
    long alternation, so that a position where no word can start fails at once."""
    return "[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "]"


_UNCASED_UNITS = [w for w in UNITS if w not in _CASED]
_CASED_UNITS = [w for w in UNITS if w in _CASED]
# The lookahead changes no match (a unit starts with one of its own first characters,
# under the same case rule): it only spares the alternation of some 300 units at every
# number with no unit after it ("1 1 1 ..."), where it cost about 5 µs a try.
UNIT_RE = re.compile(
    r"(?:[ \t\u00a0]*|-)(?=(?i:" + _first_chars(_UNCASED_UNITS) + ")|"
    + _first_chars(_CASED_UNITS) + ")"
    r"(?P<u>(?i:" + alternation((w for w in UNITS if w not in _CASED), ignore_case=True)
    + ")|" + alternation((w for w in _CASED & set(UNITS) if len(w) > 1), ignore_case=False)
    + "|(?:" + alternation((w for w in _CASED & set(UNITS) if len(w) == 1),
                            ignore_case=False) + r")(?!-\d|['’]\w)"
    + r")(?![\w²])"
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


_SPACED_METRE_RE = re.compile(
    r"[ \t\u00a0]+m(?![\w²³])(?=[ \t\u00a0]*(?:$|[^\w\s]|\d|(?:" + alternation(
        [*_TABLE["units"]["metre_after"], *_TABLE["units"]["spaced_metre_after"]]
    ).replace(r"\ ", r"[ \t]+") + r")\b))",
    re.IGNORECASE,
)


def spaced_metre(text: str, pos: int) -> int | None:
    """The end of a spaced "m" that is metres ("12 m", "1 m x 1 m", "a 2 m high wall"),
    else None: "5 m people" may be millions."""
    m = _SPACED_METRE_RE.match(text, pos)
    return m.end() if m and text[m.end() - 1] == "m" else None


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
#: a currency written before an amount: a sign or code as written ("$", "US$", "RUB"),
#: letters naming a dollar ("C$", "c $", "usd$") or an ISO code in any case ("usd 20")
CURRENCY_BEFORE_RE = re.compile(
    # a lookahead of the first characters first: searched at every place of a window,
    # the alternations are tried only where a currency can start (no match changes)
    r"(?=(?i:" + _first_chars([*_DOLLAR_PREFIXES, *CURRENCY_CODES]) + r")|"
    + _first_chars({**CURRENCY_SYMBOLS, **_CODES_CASED}) + r")"
    r"(?:(?<![\w.])(?P<d>(?i:" + alternation(_DOLLAR_PREFIXES, ignore_case=True)
    + r"))[ \t\u00a0]?\$"
    r"|(?<![\w])(?P<code>(?i:" + alternation(CURRENCY_CODES, ignore_case=True) + r"))"
    r"|(?P<s>" + alternation({**CURRENCY_SYMBOLS, **_CODES_CASED}, ignore_case=False)
    + r"))[ \t\u00a0]?$"
)
#: the last characters a currency before an amount can end with: a cheap test first
CURRENCY_BEFORE_LAST = frozenset(
    w[-1] for w in (*CURRENCY_SYMBOLS, *_CODES_CASED, *CURRENCY_CODES,
                    *(c.upper() for c in CURRENCY_CODES))
)
#: a currency after an amount: a name after a blank or a hyphen ("4 million rubles",
#: "a 12-cent dividend"), a code ("20 USD", "115USD") or a sign ("10 €", "100元") with no
#: number after it (that number would own it: "10 $ 30")
CURRENCY_AFTER_RE = re.compile(
    # (each alternation behind a lookahead of its words' first characters: no match
    # changes, a number with no currency after it is spared the alternations)
    r"(?:[ \t\u00a0]+|-)(?=(?i:" + _first_chars(CURRENCY_WORDS) + r"))(?P<c>(?i:"
    + alternation(CURRENCY_WORDS, ignore_case=True) + r"))\b"
    r"|[ \t\u00a0]?(?=(?i:" + _first_chars(CURRENCY_CODES) + r")|"
    + _first_chars(_CODES_CASED) + r")(?:(?P<code>(?i:"
    + alternation(CURRENCY_CODES, ignore_case=True)
    + r"))|(?P<cc>" + alternation(_CODES_CASED, ignore_case=False) + r"))(?![\w])"
    r"|[ \t\u00a0]?(?P<s>" + alternation(SIGNS_AFTER, ignore_case=False) + r")(?![ \t\u00a0]?\d)"
)


#: currencies read before an amount, by the nine characters before it (the eight the
#: pattern is searched in and the one its lookbehind reads): (currency, start - amount's
#: start), or None. A table of amounts repeats a few of them thousands of times ("$1 $1
#: ...", "USD 5, USD 7"), where each search tried the alternations at several places.
#: Bounded: cleared when full.
_BEFORE: dict[str, tuple[str, int] | None] = {}
MEMO_BEFORE = 4096


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """The currency written right before an amount starting at ``start``, and where it
    starts: "$4.2", "£ 3", "USD 12", "HK $10", "usd$ 15"."""
    # the window says all the search reads: a window shorter than nine characters starts
    # the text, with nothing behind it for the lookbehind
    window = text[max(0, start - 9):start]
    if start > len(text):  # no amount starts there: the window does not say it all
        found = _currency_before(text, start)
    elif window in _BEFORE:
        found = _BEFORE[window]
    else:
        if len(_BEFORE) >= MEMO_BEFORE:
            _BEFORE.clear()
        found = _BEFORE[window] = _currency_before(text, start)
    return None if found is None else (found[0], start + found[1])


def _currency_before(text: str, start: int) -> tuple[str, int] | None:
    """``currency_before`` read anew, with the start relative to ``start``."""
    cm = CURRENCY_BEFORE_RE.search(text, max(0, start - 8), start)
    if cm is None:
        return None
    return _currency_of(cm), cm.start() - start


def _currency_of(cm: re.Match[str]) -> str:
    if cm.group("d"):
        return _DOLLAR_PREFIXES[cm.group("d").lower()]
    if cm.group("code"):
        return CURRENCY_CODES[cm.group("code").lower()]
    found = cm.group("s")
    return CURRENCY_SYMBOLS.get(found) or _CODES_CASED[found]


def currency_after(text: str, pos: int) -> tuple[str, int] | None:
    """The currency named right after an amount ending at ``pos``, and where it ends."""
    cm = CURRENCY_AFTER_RE.match(text, pos)
    if cm is None:
        return None
    if cm.group("c"):
        return CURRENCY_WORDS[cm.group("c").lower()], cm.end()
    if cm.group("code"):
        return CURRENCY_CODES[cm.group("code").lower()], cm.end()
    if cm.group("cc"):
        return _CODES_CASED[cm.group("cc")], cm.end()
    return SIGNS_AFTER[cm.group("s")], cm.end()


_MONEY_WORDS = frozenset(_TABLE["currency"]["pounds"]["money_words"])
_OF_AFTER_RE = re.compile(r"[ \t\u00a0]+of\b", re.IGNORECASE)
_PENCE_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:and[ \t\u00a0]+)?[\w-]+(?:[ \t\u00a0][\w-]+)?[ \t\u00a0]+pence\b",
    re.IGNORECASE,
)
_SCALED_BEFORE_RE = re.compile(r"(?i:million|billion|bn|mn|m)$")
_WORD_RE = re.compile(r"[^\W\d_]+")


def _pounds_are_money(text: str, pos: int, end: int) -> bool:
    """"fined 500 pounds", "361 million pounds": money; "weighs 200 pounds", "2 million
    pounds of beef": weight. The window before the number is bounded (60 characters)."""
    if _OF_AFTER_RE.match(text, end):
        return False
    if _PENCE_AFTER_RE.match(text, end):
        return True  # "2 pounds 40 pence"
    if _SCALED_BEFORE_RE.search(text[max(0, pos - 8):pos].rstrip()):
        return True
    before = text[max(0, pos - 60):pos].lower()
    return any(w in _MONEY_WORDS for w in _WORD_RE.findall(before)[-8:])


#: blanks a unit may stand after; how far past them the first other character is looked for
_BLANKS = frozenset(" \t\u00a0")
_AHEAD = 24
#: the first character past the blanks each pattern below needs (in either case, where it
#: ignores case): where it is not, the pattern cannot match and is not tried
_PERCENT_FIRST = frozenset("%pP")
_METRE_FIRST = frozenset("mM")
_DEGREES_FIRST = frozenset("dD\u00b0\u00ba-")
_BRACKET_FIRST = frozenset("([{<")


def unit_after(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """Unit, dimension and end offset for what follows a number.

    The character after the number, past blanks, is read once: the percent, metre,
    degree and bracketed-unit patterns are tried only where it can start them (most
    numbers have no unit after them, and each try of a pattern costs more than that)."""
    c = text[pos:pos + 1]
    if c in _BLANKS:
        ahead = text[pos:pos + _AHEAD].lstrip(" \t\u00a0")
        # None: a longer run of blanks, where every pattern is tried
        first: str | None = ahead[:1] if ahead or pos + _AHEAD >= len(text) else None
    else:
        first = c
    pm = PERCENT_RE.match(text, pos) if first is None or first in _PERCENT_FIRST else None
    if pm:
        if pm.group("pp"):
            return "percentage point", "percentage_point", pm.end()
        return "percent", "percent", pm.end()
    cur = currency_after(text, pos)
    if cur:
        return cur[0], f"currency:{cur[0]}", cur[1]
    if c in _METRE_FIRST and pos and text[pos - 1:pos].isdigit() and glued_metre(text, pos):
        return "m", "length", pos + 1
    um = UNIT_RE.match(text, pos)
    if um is None and c in _BLANKS and (first is None or first in _METRE_FIRST):
        m_end = spaced_metre(text, pos)
        if m_end is not None:
            return "m", "length", m_end
    if um:
        surface = um.group("u")
        if surface.lower() in ("pound", "pounds") and _pounds_are_money(text, pos, um.end()):
            return "GBP", "currency:GBP", um.end()
        unit, dim, _ = UNITS.get(surface) or UNITS_LOWER[surface.lower()]
        if surface == "mb" and _of_pressure(text, pos, um.end()):
            unit, dim, _ = UNITS["hPa"]  # "a minimum pressure of 960 mb": millibars
        per = um.group("per") or um.group("per2")
        if per and dim == "speed" and per in ("hour", "h"):
            return unit, dim, um.end()  # "eight and a half knots an hour": knots, as
            # sailors wrote them, no change of speed
        if per:
            per = {"h": "hour"}.get(per, per)
            return f"{unit}/{per}", f"{dim}/duration", um.end()
        return unit, dim, um.end()
    dm = _DEGREES_RE.match(text, pos) if first is None or first in _DEGREES_FIRST else None
    if dm:
        kind = _degrees_kind(text, pos, dm.end())
        if kind == "temperature":
            return "deg", "temperature:deg", dm.end()
        if kind == "angle":
            return "°", "angle", dm.end()
        return None, None, pos
    if first is None or first in _YIELD_FIRST:
        ym = _YIELD_RE.match(text, pos)
        if ym and _explosive(text, pos, ym.end()):
            tnt = _OF_TNT_RE.match(text, ym.end())
            unit = "kt TNT" if ym.group("k") else "Mt TNT"
            return unit, "energy", tnt.end() if tnt else ym.end()
    if text[pos:pos + 2].strip()[:1] in _LETTERS:
        found = temperature_letter(text, pos)
        if found:
            unit, end = found
            return unit, UNITS[unit][1], end
    bm = _BRACKETED_RE.match(text, pos) if first is None or first in _BRACKET_FIRST else None
    if bm and _CLOSING[bm.group("o")] == bm.group("c"):
        unit, dim, _ = UNITS.get(bm.group("u")) or UNITS_LOWER[bm.group("u").lower()]
        return unit, dim, bm.end()
    return None, None, pos


# -- "mb": millibars where the words around speak of pressure, else megabytes -----------

_PRESSURE_WORDS = frozenset(_TABLE["units"]["millibars"]["words"])


def _of_pressure(text: str, pos: int, end: int) -> bool:
    """Whether "mb" after a number is millibars: a word of [units.millibars] among
    the eight words before the number or the three after the unit ("a minimum pressure
    of 960 mb", "The 888 mb pressure"); elsewhere "a 100 mb file" is megabytes."""
    before, after = _words_around(text, pos, end)
    return any(w in _PRESSURE_WORDS for w in (*before, *after))


# -- kilotons and megatons: an explosion's energy where the words around say one -------

_YIELD = _TABLE["units"]["yield"]
_YIELD_WORDS = frozenset(_YIELD["words"])
_YIELD_FIRST = frozenset("kKmM-")
#: "440 kt", "a 15-kiloton bomb", "50 megatons": the spelled words in any case, the
#: abbreviations as written ("Mt", never "mt")
_YIELD_RE = re.compile(
    r"(?:[ \t\u00a0]*|-)(?:(?P<k>(?i:" + alternation(w for w in _YIELD["kilo"] if len(w) > 2)
    + r")|kt)|(?P<m>(?i:" + alternation(w for w in _YIELD["mega"] if len(w) > 2) + r")|Mt))"
    r"(?![\w])")
_OF_TNT_RE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:TNT|tnt)\b")
#: the words right after the unit, digits kept ("co2"): what a mass is of
_FOLLOWING_RE = re.compile(r"[^\W_]+")
_YIELD_MASS_AFTER = frozenset(_YIELD["mass_after"])
#: a capitalised word right after the unit: "Mt St Helens" is a mountain
_NAME_AFTER_RE = re.compile(r"[ \t\u00a0]+([A-Z][^\W\d_]*)")


def _explosive(text: str, pos: int, end: int) -> bool:
    """Whether kilotons or megatons after a number are an explosion's energy: "of TNT"
    after them, or a word of [units.yield] among the eight words before the number or the
    three after the unit (windows of 60 and 30 characters), unless what follows names
    what the tons are of ("500 Mt of CO2", "40 Mt CO2e": [units.yield] mass_after), for
    emissions and cargoes are reported beside words of energy ("the energy sector"), or
    "Mt" opens a name ("Mt St Helens")."""
    if _OF_TNT_RE.match(text, end):
        return True
    name = _NAME_AFTER_RE.match(text, end)
    if name and text[pos:end].strip(" \t\u00a0-") == "Mt" \
            and name.group(1).lower() not in _YIELD_WORDS:
        return False  # "57 Mt St Helens blast survivors": a mountain's name
    following = _FOLLOWING_RE.findall(text[end:end + 40].lower())[:2]
    if following[:1] == ["of"] and following[1:2] != [] and following[1] not in _YIELD_WORDS:
        return False  # "500 Mt of CO2 from the energy sector": a mass of what is named
    if following[:1] and following[0] in _YIELD_MASS_AFTER:
        return False  # "40 Mt CO2e": a mass of the gas, whatever words stand near
    before, after = _words_around(text, pos, end)
    return any(w in _YIELD_WORDS for w in (*before, *after))


# -- degrees with no scale named: a temperature or an angle from the words around ------

_DEGREES = _TABLE["units"]["degrees"]
_DEGREE_WORDS = {
    **{w: "angle" for w in _DEGREES["angle"]},
    **{w: "temperature" for w in _DEGREES["temperature"]},
}
_DEGREES_RE = re.compile(r"(?:[ \t\u00a0]*|-)(?i:degrees?\b|deg\.|deg\b)|[°º](?![\w])")
_LETTERS: dict[str, str] = _DEGREES["letters"]
_LETTER_RE = re.compile(r"[ \t\u00a0]?(?P<l>[" + "".join(_LETTERS) + r"])(?![\w])")


def temperature_letter(text: str, pos: int) -> tuple[str, int] | None:
    """"temperatures hit 40C", "a high of 104 F": the scale's letter alone after a number,
    read as a temperature only where a word of [units.degrees] temperature says so."""
    lm = _LETTER_RE.match(text, pos)
    if lm and _degrees_kind(text, pos, lm.end()) == "temperature":
        return _LETTERS[lm.group("l")], lm.end()
    return None


def _words_around(text: str, pos: int, end: int) -> tuple[list[str], list[str]]:
    """The eight words before a number at ``pos`` and the three after its unit ending at
    ``end``, lower case, read from bounded windows (60 and 30 characters): what decides a
    unit that the words around must name ("degrees", "kilotons")."""
    return (_WORD_RE.findall(text[max(0, pos - 60):pos].lower())[-8:],
            _WORD_RE.findall(text[end:end + 30].lower())[:3])


def _degrees_kind(text: str, pos: int, end: int) -> str | None:
    """"raise the temperature by 5 degrees": a temperature; "rotate 90 degrees", "a 45°
    angle": an angle; "awarded 300 degrees": neither. The nearest word of
    [units.degrees] among the eight words before and the three after decides; the
    windows are bounded (60 and 30 characters)."""
    before, after = _words_around(text, pos, end)
    best: tuple[int, str] | None = None
    for dist, word in enumerate(reversed(before)):
        if word in _DEGREE_WORDS:
            best = (dist, _DEGREE_WORDS[word])
            break
    for dist, word in enumerate(after):
        if word in _DEGREE_WORDS:
            if best is None or dist < best[0]:
                best = (dist, _DEGREE_WORDS[word])
            break
    return best[1] if best else None


_CLOSING = {"(": ")", "[": "]", "{": "}", "<": ">"}
_BRACKETED_RE = re.compile(
    r"[ \t\u00a0]*(?P<o>[(\[{<])(?P<u>" + alternation(_TABLE["units"]["bracketed"])
    + r")(?P<c>[)\]}>])"
)
