"""Figures in text: counts, ranges, bounds, approximations, ratios, percentages, money, measures.

A figure is only worth checking if it is a claim about the world, so most of the work
here is saying what is *not* a figure: years, dates, times of day, archive references
("Fond 5, Opis 58, Delo 266"), page ranges ("452-53"), telegram numbers, footnote and
list markers, designations ("T-34", "Seventh Fleet"). quantulum3 reads all of those as
quantities; CQE (EMNLP 2023) showed that rules over local context do much better.

Linear by construction: numbers are found by two compiled patterns from ``numwords``
(numerals, number-word runs); every other decision looks at a bounded window around a
number with anchored patterns, so the cost per number is constant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from claimcheck.plugin import (
    MONTH_NAMES,
    NUMERAL_RE,
    Claim,
    Quantity,
    iter_number_words,
    month_pattern,
    parse_numeral,
)

__all__ = ["UNITS", "extract_claims", "find_quantities", "subject_key", "unit_info"]

_WINDOW = 80  # characters of context looked at on either side of a number

# -- units -------------------------------------------------------------------------------

# surface form -> (canonical unit, dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, str, float]] = {}


def _add(names: Iterable[str], unit: str, dim: str, factor: float) -> None:
    for name in names:
        UNITS[name] = (unit, dim, factor)


_add(["km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"], "km", "length", 1000)
_add(["mile", "miles", "mi"], "mi", "length", 1609.344)
_add(["nautical mile", "nautical miles", "nmi"], "nmi", "length", 1852)
_add(["meter", "meters", "metre", "metres"], "m", "length", 1)
_add(["cm", "centimeter", "centimeters", "centimetre", "centimetres"], "cm", "length", 0.01)
_add(["mm", "millimeter", "millimeters", "millimetre", "millimetres"], "mm", "length", 0.001)
_add(["ft", "foot", "feet"], "ft", "length", 0.3048)
_add(["yard", "yards", "yd", "yds"], "yd", "length", 0.9144)
_add(["inch", "inches"], "in", "length", 0.0254)
_add(["kg", "kilogram", "kilograms", "kilogramme", "kilogrammes"], "kg", "mass", 1)
_add(["g", "gram", "grams", "gramme", "grammes"], "g", "mass", 0.001)
_add(["ton", "tons", "tonne", "tonnes", "metric tons"], "t", "mass", 1000)
_add(["lb", "lbs", "pound", "pounds"], "lb", "mass", 0.45359237)
_add(["second", "seconds", "sec", "secs"], "s", "duration", 1 / 86400)
_add(["minute", "minutes", "min", "mins"], "min", "duration", 1 / 1440)
_add(["hour", "hours", "hr", "hrs"], "h", "duration", 1 / 24)
_add(["day", "days"], "day", "duration", 1)
_add(["week", "weeks"], "week", "duration", 7)
_add(["month", "months"], "month", "duration", 30.436875)
_add(["year", "years", "yr", "yrs"], "year", "duration", 365.2425)
_add(["decade", "decades"], "decade", "duration", 3652.425)
_add(["century", "centuries"], "century", "duration", 36524.25)
_add(["km2", "km²", "sq km", "square kilometers", "square kilometres", "square km"],
     "km²", "area", 1)
_add(["sq mi", "square miles", "square mile"], "sq mi", "area", 2.589988)
_add(["hectare", "hectares", "ha"], "ha", "area", 0.01)
_add(["acre", "acres"], "acre", "area", 0.004046856)
_add(["km/h", "kph", "kmh", "kilometers per hour", "kilometres per hour"], "km/h", "speed", 1)
_add(["mph", "miles per hour"], "mph", "speed", 1.609344)
_add(["knot", "knots", "kn"], "kn", "speed", 1.852)
_add(["liter", "liters", "litre", "litres", "l"], "l", "volume", 1)
_add(["gallon", "gallons", "gal"], "gal", "volume", 3.785411784)
_add(["barrel", "barrels", "bbl"], "bbl", "volume", 158.987295)
_add(["°C", "degrees Celsius", "degrees C", "degree Celsius", "deg C", "deg celsius",
      "celsius", "centigrade", "degrees centigrade"], "°C", "temperature", 1)
_add(["°F", "degrees Fahrenheit", "degrees F", "degree Fahrenheit", "deg F", "fahrenheit"],
     "°F", "temperature:F", 1)  # not convertible to °C by a factor: kept apart
_add(["sq m", "square meters", "square metres", "square meter", "square metre", "m2", "m²"],
     "m²", "area", 1e-6)
_add(["cubic feet", "cubic foot", "cu ft"], "cu ft", "volume", 28.316846592)
_add(["cubic meters", "cubic metres", "cubic meter", "cubic metre", "m3", "m³"], "m³",
     "volume", 1000)
_add(["ml", "milliliter", "milliliters", "millilitre", "millilitres"], "ml", "volume", 0.001)
_add(["ounce", "ounces", "oz"], "oz", "mass", 0.028349523125)
_add(["kW", "kilowatt", "kilowatts"], "kW", "power", 1)
_add(["MW", "megawatt", "megawatts"], "MW", "power", 1000)
_add(["GW", "gigawatt", "gigawatts"], "GW", "power", 1e6)

# per-time rates: "15-20 kilometers per day" is a length over a duration
_PER = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30.436875, "year": 365.2425,
        "annum": 365.2425}

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "£": "GBP", "GBP": "GBP",
    "€": "EUR", "EUR": "EUR", "¥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "₽": "RUB", "RUB": "RUB", "₹": "INR", "INR": "INR", "Rs.": "INR", "C$": "CAD",
    "A$": "AUD", "HK$": "HKD", "CHF": "CHF", "₩": "KRW", "KRW": "KRW",
}
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "yuan": "CNY",
    "renminbi": "CNY", "euro": "EUR", "euros": "EUR", "yen": "JPY",
    "pounds sterling": "GBP", "sterling": "GBP", "franc": "CHF", "francs": "CHF",
    "rupee": "INR", "rupees": "INR", "deutsche marks": "DEM", "marks": "DEM",
}


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
    found = UNITS.get(unit) or _UNITS_LOWER.get(unit.lower())
    return (found[1], found[2]) if found else None


_CANONICAL = {u: (d, f) for (u, d, f) in UNITS.values()}
_UNITS_LOWER = {k.lower(): v for k, v in UNITS.items()}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_CASED = {"°C", "°F", "kW", "MW", "GW", "l", "g", "m", "m2", "m3"}
_UNIT_RE = re.compile(
    r"(?:[ \t\u00a0]*|-)(?P<u>(?i:" + _alternation(w for w in UNITS if w not in _CASED)
    + ")|" + _alternation(_CASED & set(UNITS)) + r")(?![\w²])"
    r"(?:[ \t]+(?:per|a|an|each)[ \t]+(?P<per>hour|day|week|month|year|annum)\b"
    r"|/(?P<per2>h|day)\b)?"
)
_SCALE_AFTER_RE = re.compile(
    r"(?:[ \t\u00a0]*-?[ \t\u00a0]*(?P<w>thousand|million|billion|trillion)"
    r"|(?P<a>bn|mn|mln|tn|k|m|b))(?![\w])",
    re.IGNORECASE,
)
_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                 "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
_PERCENT_RE = re.compile(
    r"[ \t\u00a0]*(?:(?P<pp>percentage[ \t]+points?|pp\b)|%|per[ \t]?cent\b|pct\b)",
    re.IGNORECASE,
)
_CURRENCY_BEFORE_RE = re.compile(
    r"(?:" + _alternation(CURRENCY_SYMBOLS) + r")[ \t\u00a0]?$"
)
_CURRENCY_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?P<c>" + _alternation(CURRENCY_WORDS) + r")\b", re.IGNORECASE
)

# -- context patterns (anchored, applied to bounded windows) -----------------------------

_MONTHS = month_pattern()
_MONTH_TITLES = frozenset(m.title() for m in MONTH_NAMES)  # as written: "Jan", "March"
_DATE_RIGHT_RE = re.compile(
    r"(?:st|nd|rd|th)?[ \t\u00a0]*(?:of[ \t]+)?" + _MONTHS + r"\b"
)
_ERA_RIGHT_RE = re.compile(r"[ \t]*(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)(?![\w])")
_TIME_RIGHT_RE = re.compile(
    r"[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|hours?\b(?![ \t]+(?:of|later|earlier|after"
    r"|before|ago))|hrs\b|GMT|UTC|Zulu|local time)",
    re.IGNORECASE,
)
_AMPM_RIGHT_RE = re.compile(r"[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)", re.IGNORECASE)
_TIME_WORDS = frozenset("at by until till from around after before since between".split())
_RATIO_WORDS = frozenset("ratio ratios correlation proportion odds superiority".split())
# Words that name a document, a place in a document or a numbered thing: a number right
# after them is an identifier ("telegram 468", "Fond 5", "p. 12", "Record ID 114787").
_REF_STRONG = frozenset(
    "no nos nr number id code file fond f opis op delo d listy list ll l papka box folder"
    " folio fol folios reel frame series entry record rg p pp page pages vol vols volume"
    " volumes chapter chapters ch section sections sec article articles art clause"
    " paragraph paragraphs para item telegram telegrams cable cables transmission dispatch"
    " memo memorandum document doc resolution bulletin issue edition ed note notes"
    " footnote fn fig figure table appendix exhibit annex tel ext version v rev revision"
    " release channel amendment protocol sheet plate leaf".split()
)
# Common nouns that sometimes number things ("Hill 303", "zone 4") and sometimes stand
# before a count ("during the war 5,000 civilians died"): identifiers only when nothing
# is counted after the number.
_REF_WEAK = frozenset(
    "route highway interstate hill flight room suite apt platform gate pier building block"
    " case part book act scene phase stage round level grade class type model mark mk"
    " season episode verse line war battalion regiment division brigade corps fleet"
    " squadron wing group district ward precinct zone sector area lot plot map street st"
    " avenue ave road rd law bill message letter".split()
)
_REF_ABBREV = frozenset(
    "no nos nr p pp vol vols ch sec art para fig doc ed op f d l ll fol mk apt st rd ave"
    " tel ext rev fn".split()
)
_REF_VOLUME = frozenset("vol volume no part book chapter ch".split())
_ROMAN_RE = re.compile(r"[IVXLCDM]+|\d+")
_LEFT_TOKENS = 32  # characters tokenised before a number: enough for "no fewer than"
_RATIO_CONTEXT_RE = re.compile(
    r"\b(?:ratio|correlation|proportion|odds|outnumber\w*|outgun\w*|superiority|"
    r"as follows|in favou?r of)\b",
    re.IGNORECASE,
)
_RELEVANT_RE = re.compile(r"[^\W\d_]|[#№§~<>≈≥≤]")
_LTOK_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_UP_WORDS = frozenset(
    "rose rise rises rising risen increased increase increases increasing grew grow grows"
    " growing grown climbed climb climbs jumped jump jumps gained gain gains soared soars"
    " surged surges raised boosted up advanced expanded".split()
)
_DOWN_WORDS = frozenset(
    "fell fall falls falling fallen dropped drop drops declined decline declines decreased"
    " decrease decreases down cut cuts reduced reduce reduces lowered shrank shrunk shrinks"
    " slumped plunged plunges tumbled slipped sank sunk contracted slid slashed".split()
)
_CHANGE_WORDS = _UP_WORDS | _DOWN_WORDS | {"went", "changed", "moved"}
_FILLER = frozenset("by to some nearly almost about another a further an".split())
_DEFINITE = frozenset(
    "the these those its their his her our your my all both first last next other".split()
)


class _Left:
    """The text just before a number, tokenised once.

    Every left-context test is a lookup on the last few tokens, not a backwards regex
    search over a window: the cost per number stays small and constant, which keeps
    pathological inputs ("1 1 1 ...", a megabyte of them) fast.
    """

    __slots__ = ("_toks", "adjacent", "low", "raw")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._toks: list[str] | None = None
        tail = raw[-_LEFT_TOKENS:]
        # nothing but digits and blanks before: no test can fire, skip the tokenising
        relevant = tail and _RELEVANT_RE.search(tail)
        self.low: list[str] = _LTOK_RE.findall(tail.lower()) if relevant else []
        # the last token is a word separated from the number by blanks only
        stripped = raw.rstrip(" \t\u00a0")
        self.adjacent = stripped != raw and stripped[-1:].isalpha()

    @property
    def toks(self) -> list[str]:
        """Tokens as written, for the few tests that care about capitals."""
        if self._toks is None:
            self._toks = _LTOK_RE.findall(self.raw[-_LEFT_TOKENS:])
            if len(self._toks) != len(self.low):  # lower() changed a letter's length
                self.low = [t.lower() for t in self._toks]
        return self._toks

    def words(self, skip: int = 0) -> list[str]:
        """Trailing lower-cased words (stopping at punctuation or digits), ``skip`` dropped."""
        out: list[str] = []
        low = self.low[: len(self.low) - skip] if skip else self.low
        for tok in reversed(low):
            if not tok.isalpha():
                break
            out.append(tok)
            if len(out) == 6:
                break
        out.reverse()
        return out

    def last_word(self) -> str | None:
        return self.low[-1] if self.adjacent and self.low else None

    def qualifier(self) -> tuple[str | None, int]:
        """The qualifier right before the number and how many tokens it took."""
        stripped = self.raw.rstrip(" \t\u00a0")
        if not stripped or not self.low:
            return None, 0
        ch = stripped[-1]
        if ch == "=" and stripped[:-1].rstrip()[-1:] in ("<", ">"):
            if stripped[:-1].rstrip()[-2:-1] in ("<", ">", "="):
                return None, 0  # "<>", "=>": not a comparison anyone writes in prose
            return _QUALIFIERS[stripped[:-1].rstrip()[-1] + "="], 2
        if ch in "<>" and stripped[-2:-1] in ("<", ">", "="):
            return None, 0
        if ch in "~≈<>≥≤":
            return _QUALIFIERS[ch], 1
        if ch == "." and len(self.low) >= 2 and self.low[-2] + "." in _QUALIFIERS:
            return _QUALIFIERS[self.low[-2] + "."], 2
        if not self.adjacent:
            return None, 0
        words = self.words()
        for k in (5, 4, 3, 2, 1):
            if len(words) >= k:
                phrase = " ".join(words[-k:])
                if phrase in _QUALIFIERS:
                    return _QUALIFIERS[phrase], k
        return None, 0

    def direction(self, skip: int) -> str | None:
        words = self.words(skip)
        for _ in range(3):
            if words and words[-1] in _FILLER:
                words.pop()
        if not words or not (self.adjacent or skip):
            return None
        if words[-1] in _UP_WORDS:
            return "up"
        if words[-1] in _DOWN_WORDS:
            return "down"
        return None

    def is_ref(self) -> str | None:
        """"strong" or "weak" when the number is an identifier's, else None."""
        low = self.low
        i = len(low) - 1
        if i < 0:
            return None
        if low[i] in ("#", "№", "§"):
            return "strong"
        if low[i] == ":":
            i -= 1
            if i >= 0 and low[i] == "#":
                return "strong"
        if i < 0:
            return None
        if low[i] == "." and i >= 1 and low[i - 1] in _REF_ABBREV:
            return "strong"
        if low[i] in _REF_STRONG and low[i].isalpha():
            return "strong"
        if low[i] in _REF_WEAK:
            return "weak"
        # "Vol. II, 452-53"
        if low[i] == "," and i >= 2 and _ROMAN_RE.fullmatch(self.toks[i - 1]):
            k = i - 2
            if low[k] == "." and k >= 1:
                k -= 1
            if low[k] in _REF_VOLUME:
                return "strong"
        return None

    def is_date(self) -> bool:
        if not self.low or not (self.low[-1] in MONTH_NAMES or self.low[-1] in ("the", ".")):
            return False
        toks = self.toks
        i = len(toks) - 1
        if toks[i] == "the":
            i -= 1
        if i >= 1 and toks[i] == ".":
            i -= 1
        return i >= 0 and toks[i] in _MONTH_TITLES

    def is_time(self) -> bool:
        words = self.words() if self.adjacent else []
        if words and words[-1] == "about":
            words.pop()
        return bool(words) and words[-1] in _TIME_WORDS

    def ratio_context(self) -> bool:
        return bool(_RATIO_CONTEXT_RE.search(self.raw))

    def is_change_from(self) -> bool:
        words = self.words() if self.adjacent else []
        return len(words) >= 2 and words[-1] == "from" and words[-2] in _CHANGE_WORDS

    def is_between(self) -> bool:
        return self.last_word() in ("between", "from")

    def is_definite(self) -> bool:
        return self.last_word() in _DEFINITE

    def at_line_start(self) -> bool:
        s = self.raw.rstrip(" \t")
        if s.endswith("("):
            s = s[:-1].rstrip(" \t")
        return s == "" or s.endswith("\n")

    def at_sentence_start(self) -> bool:
        s = self.raw.rstrip(" \t\u00a0")
        if s == "" or s.endswith("\n") or s[-1] in "\"“‘(":
            return True
        if s == self.raw:
            return False
        if s[-1] in "\"'”’)]":
            s = s[:-1]
        return s[-1:] in (".", "!", "?", ":", ";")


_RANGE_SEP_RE = re.compile(r"[ \t\u00a0]*[-\u2013\u2014][ \t\u00a0]*")
_CONNECT_RE = re.compile(
    r"(?P<dash>[ \t\u00a0]*[-\u2013\u2014~][ \t\u00a0]*|[ \t\u00a0]+(?:through|thru)[ \t\u00a0]+)"
    r"|(?P<hto>-to-)"
    r"|(?P<colon>[ \t]?:[ \t]?)"
    r"|(?P<to>[ \t\u00a0]+to[ \t\u00a0]+)"
    r"|(?P<and>[ \t\u00a0]+and[ \t\u00a0]+)"
    r"|(?P<or>[ \t\u00a0]+or[ \t\u00a0]+)",
    re.IGNORECASE,
)
_CURRENCY_SYM_RE = re.compile(r"(?:" + _alternation(CURRENCY_SYMBOLS) + r")[ \t\u00a0]?")

_QUALIFIERS: dict[str, str] = {
    "well over": "more_than", "just over": "more_than", "more than": "more_than",
    "over": "more_than", "above": "more_than", "exceeding": "more_than",
    "in excess of": "more_than", "upwards of": "more_than", "greater than": "more_than",
    "larger than": "more_than", "bigger than": "more_than", "higher than": "more_than",
    "exceed": "more_than", "exceeds": "more_than", "exceeded": "more_than",
    "surpass": "more_than", "surpasses": "more_than", "surpassed": "more_than",
    "topping": "more_than", "smaller than": "less_than", "lower than": "less_than",
    "greater than or equal to": "at_least", "more than or equal to": "at_least",
    "bigger or equal than": "at_least", "higher or equal than": "at_least",
    "greater or equal than": "at_least", "larger or equal than": "at_least",
    "equal to or more than": "at_least", "equal to or greater than": "at_least",
    "at least or equal to": "at_least",
    "less than or equal to": "at_most", "fewer than or equal to": "at_most",
    "smaller or equal than": "at_most", "lower or equal than": "at_most",
    "less or equal than": "at_most", "equal to or less than": "at_most",
    "equal to or fewer than": "at_most",
    "equal to": "exact", "equals": "exact", "equals to": "exact", "equaling to": "exact",
    "equalling": "exact", "exactly": "exact",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "no fewer than": "at_least", "not fewer than": "at_least", "a minimum of": "at_least",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "just under": "less_than",
    "up to": "at_most", "no more than": "at_most", "not more than": "at_most",
    "at most": "at_most", "as many as": "at_most", "as much as": "at_most",
    "a maximum of": "at_most",
    "approximately": "approximately", "approx.": "approximately", "about": "approximately",
    "around": "approximately", "roughly": "approximately", "some": "approximately",
    "circa": "approximately", "ca.": "approximately", "c.": "approximately",
    "nearly": "approximately", "almost": "approximately", "close to": "approximately",
    "an estimated": "approximately", "estimated": "approximately",
    "an approximate": "approximately", "approximate": "approximately",
    "roughly about": "approximately", "perhaps": "approximately",
    "~": "approximately", "≈": "approximately", ">": "more_than", "<": "less_than",
    "≥": "at_least", "≤": "at_most", ">=": "at_least", "<=": "at_most",
    "> =": "at_least", "< =": "at_most",
}
_QUAL_WORDS = [q for q in _QUALIFIERS if q[0].isalpha()]
_QUAL_SYMS = [q for q in _QUALIFIERS if not q[0].isalpha()]
_QUAL_LEFT_RE = re.compile(
    r"(?:(?<![\w])(?P<w>" + _alternation(_QUAL_WORDS) + r")[ \t\u00a0]+"
    r"|(?P<s>" + _alternation(_QUAL_SYMS) + r")[ \t\u00a0]*)$",
    re.IGNORECASE,
)
_BETWEEN_LEFT_RE = re.compile(r"(?<![\w])(?P<w>between|from)[ \t\u00a0]+$", re.IGNORECASE)
_QUAL_RIGHT_RE = re.compile(
    r"(?:[ \t]+(?:or|and)[ \t]+(?P<more>more|over|above|greater|higher|larger|bigger)\b"
    r"(?![ \t]+than[ \t]+\S*\d)"
    r"|\+|-?plus\b|[ \t]+or[ \t]+so\b"
    r"|[ \t]+(?:or|and)[ \t]+(?P<less>less|fewer|under|below|lower|smaller)\b"
    r"(?![ \t]+than[ \t]+\S*\d)"
    r"|-?odd\b)",
    re.IGNORECASE,
)
_OR_EQUAL_RIGHT_RE = re.compile(
    r"[ \t]+or[ \t]+equal\b(?![ \t]+to[ \t]+\S*\d)", re.IGNORECASE
)
_DIRECTION_RIGHT_RE = re.compile(
    r"[ \t]+(?:(?P<up>increase|rise|gain|jump|growth|hike|surge|climb)"
    r"|(?P<down>drop|decline|fall|decrease|cut|reduction|loss|slump|contraction))\b",
    re.IGNORECASE,
)
_LIST_RIGHT_RE = re.compile(r"[.)](?:[ \t\n]|$)")

_NOUN_TOKEN_RE = re.compile(r"(?:[ \t\u00a0]+|-)(?P<t>[A-Za-z][\w'’.]*(?:-[\w'’]+)*)")
_STOP = frozenset(
    "and or of in on at by for to from with were was is are be been being had have has who"
    " which that than as but not per each a an the this these those their its his her our"
    " while when into through during after before under over since until will would could"
    " should may might can more less fewer most least some all such other another only also"
    " then there here it they he she we you i if so no nor yet both either neither between"
    " among against within without about around across along behind beyond toward towards"
    " upon off out up down did do does later earlier ago old long wide high deep away apart"
    " respectively altogether total overall alone each each".split()
)
_NOT_PLURAL = frozenset(
    "was has is this its his as thus yes us plus across various previous serious famous"
    " numerous overseas always perhaps whereas besides towards afterwards sometimes"
    " nevertheless news series species means politics economics mathematics physics"
    " status bus gas crisis basis analysis thesis axis chaos campus virus census bonus"
    " corpus apparatus consensus does goes".split()
)
_IRREGULAR = frozenset(
    "men women people children aircraft personnel police infantry cavalry artillery staff"
    " cattle sheep deer fish militia crew youth clergy equipment livestock offspring"
    " manpower gentry nobility peasantry data".split()
)
_PERSON_NOUNS = frozenset(
    "men troops soldiers personnel people persons fighters servicemen combatants effectives"
    " officers volunteers guerrillas partisans infantry militia police policemen recruits"
    " conscripts sailors marines airmen civilians residents inhabitants workers employees"
    " staff members individuals refugees prisoners".split()
)


# -- atoms -------------------------------------------------------------------------------


@dataclass
class _Num:
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


def _attach_currency(text: str, num: _Num) -> None:
    """A currency sign or code right before a number: "$4.2", "£ 3", "USD 12"."""
    start = num.start
    prev = text[start - 1:start]
    if prev in (" ", "\u00a0"):
        prev = text[start - 2:start - 1]
    if prev not in _CURRENCY_LAST_CHARS:
        return
    cm = _CURRENCY_BEFORE_RE.search(text, max(0, start - 6), start)
    if cm:
        num.currency = CURRENCY_SYMBOLS.get(cm.group().strip())
        num.cur_start = cm.start()


def _atoms(text: str) -> list[_Num]:
    """Every number, digits or words, with scale words and currency symbols attached."""
    out: list[_Num] = []
    for m in NUMERAL_RE.finditer(text):
        raw = m.group()
        value = parse_numeral(raw)
        if value is None:
            continue
        precision = 10.0 ** -len(raw.rsplit(".", 1)[1]) if "." in raw else 1.0
        end = m.end()
        sm = _SCALE_AFTER_RE.match(text, end)
        if sm:
            scale_word = (sm.group("w") or sm.group("a")).lower()
            # a spaced "m" is metres; only attached abbreviations are scales
            value *= _SCALE_VALUES[scale_word]
            precision *= _SCALE_VALUES[scale_word]
            end = sm.end()
        num = _Num(m.start(), end, value, precision, True, raw)
        _attach_currency(text, num)
        out.append(num)
    taken = [(n.start, n.end) for n in out]
    taken.sort()
    import bisect

    starts = [s for s, _ in taken]
    for w in iter_number_words(text):
        i = bisect.bisect_right(starts, w.start) - 1
        if i >= 0 and taken[i][1] > w.start:
            continue
        if i + 1 < len(taken) and taken[i + 1][0] < w.end:
            continue
        num = _Num(w.start, w.end, w.value, w.precision, False, w.text)
        sign = _SIGN_WORD_RE.search(text, max(0, w.start - 10), w.start)
        if sign:
            num = _Num(sign.start(), w.end, -w.value, w.precision, False,
                       text[sign.start():w.end])
        sm = _SCALE_AFTER_RE.match(text, w.end)
        if sm and sm.group("w"):
            pass  # "one million" is already one word number
        _attach_currency(text, num)
        out.append(num)
    out.sort(key=lambda n: n.start)
    return out


# -- groups: a number, a range or a ratio ------------------------------------------------


@dataclass
class _Group:
    nums: list[_Num]
    kind: str  # "single", "range", "ratio", "chain"
    left: _Left | None = None  # the context before it, once computed


def _group(text: str, nums: list[_Num]) -> list[_Group]:
    """Join neighbours linked by "-", "to", "and", ":" into ranges and ratios.

    Three or more numbers chained by dashes, colons or slashes ("1950-06-25",
    "4-51-2") are identifiers or dates, never figures.
    """
    groups: list[_Group] = []
    i = 0
    n = len(nums)
    while i < n:
        a = nums[i]
        if i + 1 < n:
            b = nums[i + 1]
            b_start = b.start if b.cur_start is None else b.cur_start
            cm = _CONNECT_RE.fullmatch(text, a.end, b_start)
            if cm is None and b_start - a.end < 40:
                um = _PERCENT_RE.match(text, a.end) or _UNIT_RE.match(text, a.end)
                if (
                    um is not None
                    and um.end() < b_start
                    and b.currency is None
                    and _unit_after(text, a.end)[0] == _unit_after(text, b.end)[0]
                ):
                    cm = _CONNECT_RE.fullmatch(text, um.end(), b_start)
            if cm:
                kind = _link_kind(text, a, b, cm)
                if kind == "chain":
                    j = i + 1
                    while j + 1 < n and _CONNECT_RE.fullmatch(text[nums[j].end:nums[j + 1].start]):
                        j += 1
                    groups.append(_Group(nums[i:j + 1], "chain"))
                    i = j + 1
                    continue
                if kind is not None:
                    if i + 2 < n and kind in ("range", "ratio"):
                        c = nums[i + 2]
                        gap = text[b.end:c.start]
                        if (
                            gap
                            and gap[0] in "-\u2013:/"
                            and gap.strip() in ("-", "\u2013", ":", "/")
                            and kind != "ratio"
                        ):
                            j = i + 2
                            while j + 1 < n and text[nums[j].end:nums[j + 1].start] in (
                                "-", "\u2013", ":", "/"
                            ):
                                j += 1  # "+1-222-2222-2222"
                            groups.append(_Group(nums[i:j + 1], "chain"))
                            i = j + 1
                            continue
                    groups.append(_Group([a, b], kind))
                    i += 2
                    continue
        # a slash joins dates and fractions: "25/6/1950", "1/3": not read as figures
        groups.append(_Group([a], "single"))
        i += 1
    return groups


def _link_kind(text: str, a: _Num, b: _Num, cm: re.Match[str]) -> str | None:
    left = _Left(text[max(0, a.start - _WINDOW):a.cur_start if a.cur_start is not None
                      else a.start])
    if cm.group("colon") is not None:
        if not (a.digits and b.digits):
            return None
        if _is_clock(text, a, b, left):
            return "chain"
        return "ratio"
    if cm.group("hto") is not None:
        return "ratio"
    if cm.group("dash") is not None:
        if not (a.digits and b.digits) or left.is_change_from():
            return None
        return "range"
    if cm.group("to") is not None:
        if left.is_change_from():
            return None
        if b.value < a.value or (left.ratio_context() and not _has_unit_after(text, b)):
            return "ratio" if b.value > 0 and not _has_unit_after(text, b) else None
        return "range"
    if cm.group("and") is not None:
        return "range" if left.last_word() == "between" else None
    if cm.group("or") is not None:
        # "two or three divisions": an approximate range
        if not a.digits and not b.digits and b.value > a.value:
            return "range"
        return None
    return None


def _is_clock(text: str, a: _Num, b: _Num, left: _Left) -> bool:
    """"10:30", "3:05 p.m." are times of day; "1:2", "1:13" and "1:6.5" are ratios."""
    if "." in b.raw or "," in b.raw or "," in a.raw:
        return False
    if len(b.raw) != 2 or a.value > 24 or b.value > 59:
        return False
    if left.ratio_context():
        return False
    if _TIME_RIGHT_RE.match(text, b.end) or left.is_time():
        return True
    if text[b.end:b.end + 1] == ":":
        return True
    return b.raw[0] == "0" or a.value >= 10


def _has_unit_after(text: str, n: _Num) -> bool:
    return bool(_UNIT_RE.match(text, n.end) or _PERCENT_RE.match(text, n.end))


# -- what is not a figure ----------------------------------------------------------------


def _is_year(text: str, n: _Num) -> bool:
    if not n.digits or n.currency or "," in n.raw or "." in n.raw:
        return False
    if _ERA_RIGHT_RE.match(text, n.end):
        return True  # "753 BC"
    if len(n.raw) != 4 or n.end != n.start + 4:  # scaled: "1950m"
        return False
    if not 1000 <= n.value <= 2100:
        return False
    if _PERCENT_RE.match(text, n.end):
        return False
    um = _UNIT_RE.match(text, n.end)
    return not (um and _UNITS_LOWER.get(um.group("u").lower(), ("", "duration"))[1] != "duration")


def _in_url(raw_left: str) -> bool:
    token = raw_left[max(raw_left.rfind(" "), raw_left.rfind("\n")) + 1:]
    return "://" in token or "www." in token or "%" in token


def _excluded(text: str, g: _Group) -> bool:
    first, last = g.nums[0], g.nums[-1]
    if g.kind == "chain":
        return True
    start = first.cur_start if first.cur_start is not None else first.start
    raw_left = text[max(0, start - _WINDOW):start]
    right = text[last.end:last.end + _WINDOW]
    # a year, or a range of years ("1950-53"); "1000-5000" is no range of years
    if (
        _is_year(text, first)
        and (len(g.nums) == 1 or _is_year(text, last) or (last.digits and len(last.raw) == 2))
        and _Left(raw_left).qualifier()[0] not in _BOUND_QUALIFIERS  # "above 1000"
    ):
        return True
    # footnote markers "[1]", list markers "1)" "(2)" and numbered headings "1. Forces"
    if raw_left.endswith("[") and right.startswith("]"):
        return True
    if raw_left[-1:] not in ("", " ", "\n", "\t") and _in_url(raw_left):
        return True  # "https://...?q=30%25": part of an address
    left = g.left = _Left(raw_left)
    if len(g.nums) == 1 and first.digits and first.value < 1000 and "." not in first.raw:
        if right[:1] in ".)" and _LIST_RIGHT_RE.match(right) and left.at_line_start():
            return True
        if (
            right.startswith(")")
            and not first.currency
            and (not raw_left or raw_left[-1] in "( \t\n:;,")
        ):
            return True
    if first.digits and not first.currency:
        ref = left.is_ref()
        # "zone 4 kilometers wide" and "the war 5,000 civilians" are figures, "zone 4" a name
        if ref == "strong" and not _has_unit_after(text, last):
            return True
        if (
            ref == "weak"
            and "," not in first.raw
            and not _has_unit_after(text, last)
            and _counted_noun(text, last.end, singular=False) is None
        ):
            return True
    if first.digits and raw_left[-1:] == "-" and raw_left[-2:-1].isalpha():
        return True  # "T-34", "B-29", "COVID-19"
    if (
        right[:1] in ("-", "\u2013")
        and right[1:2].isalpha()
        and not _UNIT_RE.match(text, last.end)
        and not right[1:].lower().startswith(("odd", "plus", "to", "fold"))
    ):
        return True  # "Form 10-K"-like codes
    if first.digits and (raw_left.endswith("/") or right.startswith("/")):
        return True  # dates and fractions written with a slash
    if first.digits and raw_left.endswith((".", ",")) and raw_left[-2:-1].isdigit():
        return True  # "1.2.3" section numbers
    quiet = not _RIGHT_RELEVANT_RE.match(right)  # no word or sign follows
    # dates: "June 25", "25 June", "January 1, 1950"
    if (
        first.digits
        and first.value <= 31
        and float(first.value).is_integer()
        and (left.is_date() or (not quiet and _DATE_RIGHT_RE.match(right)))
    ):
        return True
    if (
        not quiet
        and last.digits
        and last.value <= 31
        and g.kind == "range"
        and _DATE_RIGHT_RE.match(right)
    ):
        return True
    # times of day: "3 p.m.", "10 o'clock", "0600 hours"
    if len(g.nums) == 1 and first.digits and not quiet:
        if _AMPM_RIGHT_RE.match(right) and first.value <= 12:
            return True
        if (
            len(first.raw) == 4
            and first.raw.isdigit()
            and int(first.raw[:2]) <= 24
            and int(first.raw[2:]) <= 59
            and re.match(r"[ \t]*(?:hours|hrs|h)\b", right)
            and (first.raw[0] == "0" or left.is_time())
        ):
            return True
    # abbreviated page or year ranges: "452-53", "1950-53"
    if (
        g.kind == "range"
        and first.digits
        and last.digits
        and "." not in last.raw
        and len(last.raw) < len(first.raw)
        and last.value < first.value
    ):
        return True
    # number words capitalised inside a sentence name things: "the Big Three"
    return (
        not first.digits
        and first.raw[:1].isupper()
        and not first.raw.isupper()
        and not left.at_sentence_start()
    )


# -- reading a figure --------------------------------------------------------------------


def _unit_after(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """Unit, dimension and end offset for what follows a number."""
    pm = _PERCENT_RE.match(text, pos)
    if pm:
        if pm.group("pp"):
            return "percentage point", "percentage_point", pm.end()
        return "percent", "percent", pm.end()
    cm = _CURRENCY_AFTER_RE.match(text, pos)
    if cm:
        code = CURRENCY_WORDS[cm.group("c").lower()]
        return code, f"currency:{code}", cm.end()
    um = _UNIT_RE.match(text, pos)
    if um:
        surface = um.group("u")
        unit, dim, _ = UNITS.get(surface) or _UNITS_LOWER[surface.lower()]
        per = um.group("per") or um.group("per2")
        if per:
            per = {"h": "hour"}.get(per, per)
            return f"{unit}/{per}", f"{dim}/duration", um.end()
        return unit, dim, um.end()
    return None, None, pos


def _counted_noun(text: str, pos: int, singular: bool) -> str | None:
    """The noun a bare number counts: "337,000 men", "150 T-34 tanks", "34 countries"."""
    tokens: list[str] = []
    p = pos
    for _ in range(4):
        m = _NOUN_TOKEN_RE.match(text, p)
        if not m:
            break
        tok = m.group("t").rstrip(".")
        low = tok.lower()
        if low in _STOP or low in UNITS:
            break
        tokens.append(tok)
        p = m.end()
        if low in _IRREGULAR or _plural(low):
            nxt = _NOUN_TOKEN_RE.match(text, p)
            nxt_low = nxt.group("t").lower() if nxt else ""
            if low in _IRREGULAR and _plural(nxt_low) and nxt_low not in _STOP and nxt:
                tokens.append(nxt.group("t"))  # "infantry divisions"
            elif nxt_low == "and" and nxt:
                # "700,000 officers and soldiers": one counted group of people
                pair = _NOUN_TOKEN_RE.match(text, nxt.end())
                pair_low = pair.group("t").lower() if pair else ""
                if pair and low in _PERSON_NOUNS and pair_low in _PERSON_NOUNS:
                    tokens.extend(("and", pair.group("t")))
            return " ".join(tokens)
        if singular and not tok[:1].isupper():
            return " ".join(tokens)
    return None


def _plural(word: str) -> bool:
    if word in _NOT_PLURAL or word.endswith(("ss", "us", "'s", "’s", "is")):
        return False
    return len(word) > 2 and word.endswith("s")


_BETWEEN_SIDES_RE = re.compile(
    r"\bbetween[ \t]+(?:the[ \t]+)?(?P<a>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)"
    r"[ \t]+and[ \t]+(?:the[ \t]+)?(?P<b>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)"
)
_OUTNUMBER_RE = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?P<a>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*(?:[ \t]+[a-z]+s\b)?)"
    r"[ \t]+(?:had[ \t]+|have[ \t]+)?out(?:number|gun|man)\w*[ \t]+(?:the[ \t]+)?"
    r"(?P<b>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*(?:[ \t]+[a-z]+s\b)?)"
)


_SENTENCE_END_RE = re.compile(r"(?<![A-Z])[.!?][\"'”’)]?\s+(?=[A-Z\"“‘(])|\n")


def _sides(text: str, start: int) -> tuple[str, str] | None:
    """Which term of a ratio counts what: "between South and North Korea ... 1:2"."""
    window = text[max(0, start - 240):start]
    if "between" not in window and "out" not in window:
        return None  # cheap test first: most ratios name no sides
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(window)]
    if ends:
        window = window[ends[-1]:]
    best = None
    for rx in (_BETWEEN_SIDES_RE, _OUTNUMBER_RE):
        for m in rx.finditer(window):
            if best is None or m.start() > best.start():
                best = m
    if best is None:
        return None
    return best.group("a"), best.group("b")


_RIGHT_RELEVANT_RE = re.compile(r"[ \t\u00a0]*(?:[^\W\d_]|[%+°²‰\-\u2013/])")


def _read(text: str, g: _Group) -> Quantity | None:
    first, last = g.nums[0], g.nums[-1]
    start = first.cur_start if first.cur_start is not None else first.start
    end = last.end
    currency = first.currency or last.currency
    left = g.left or _Left(text[max(0, start - _WINDOW):start])
    if g.kind == "ratio":
        if last.value == 0:
            return None
        ratio = (first.value, last.value)
        value = first.value / last.value
        qualifier = _qualifier_left(left)[0] or "exact"
        return Quantity(start, end, text[start:end], value, value, None, qualifier,
                        None, ratio, None, "ratio", _sides(text, start))
    # a scale or currency stated once applies to both ends: "16.4 to 16.7 billion"
    low, high = first.value, last.value
    lo_prec, hi_prec = first.precision, last.precision
    if g.kind == "range":
        scale = _scale_of(last)
        if scale > 1 and _scale_of(first) == 1 and first.value * scale <= last.value * 1.0001:
            low = first.value * scale
            lo_prec = first.precision * scale
        if low > high:
            return None
    quiet = not _RIGHT_RELEVANT_RE.match(text, end)  # "1, 2": nothing after can count
    unit, dim, uend = (None, None, end) if quiet else _unit_after(text, end)
    if unit is None and g.kind == "range":
        # "15 km to 20 km": the unit may sit after the first number only
        unit, dim, _ = _unit_after(text, first.end)
    if unit is not None and dim and dim.startswith("currency:"):
        currency = currency or unit
    if currency:
        if unit is not None and not dim.startswith("currency"):
            pass
        unit, dim = currency, f"currency:{currency}"
    if uend > end:
        end = uend
    right = text[end:end + _WINDOW]
    if unit is None and not quiet:
        noun = _counted_noun(text, end, singular=(high == 1))
        if noun is not None:
            unit, dim = noun, "count"
    if g.kind == "single" and not first.digits and (dim in (None, "count")):
        if first.value == 1 and first.raw.lower() in ("one", "a", "an"):
            return None  # "one may suppose", "on the one hand", "one army": not a figure
        if first.value <= 10 and left.is_definite():
            return None  # "the two sides", "both three": a reference, not a count
    skip = 0
    if g.kind == "range":
        qualifier = "between"
        if left.is_between():
            skip = 1
    else:
        found, skip = _qualifier_left(left)
        qualifier = found or "exact"
        if (
            dim == "duration"
            and skip == 1
            and left.last_word() == "over"
            and not re.match(r"[ \t]+old\b", text[end:end + 8])  # "over thirty years old"
        ):
            qualifier = "exact"  # "over 3 days" is mostly "during 3 days"
        if qualifier in ("more_than", "less_than") and not quiet and _OR_EQUAL_RIGHT_RE.match(
            text, end
        ):
            qualifier = "at_least" if qualifier == "more_than" else "at_most"
        qm = None if quiet else _QUAL_RIGHT_RE.match(text, end)
        # "about five hundred or more": the bound after says more than the hedge before
        if qm and qualifier in ("exact", "approximately") and (
            qualifier == "exact" or qm.group("more") or qm.group("less")
        ):
            if qm.group("less"):
                qualifier = "at_most"
            elif "so" in qm.group().lower() or "odd" in qm.group().lower():
                qualifier = "approximately"
            else:
                qualifier = "at_least" if qm.group("more") else "more_than"
    direction = _direction(left, skip, right)
    precision = max(lo_prec, hi_prec)
    return Quantity(start, end, text[start:end], low, high, unit, qualifier, direction,
                    None, precision, dim or ("count" if unit else None))


def _scale_of(n: _Num) -> float:
    base = parse_numeral(n.raw) if n.digits else None
    if base is None or base == 0:
        return 1.0
    return n.value / base


def _qualifier_left(left: _Left) -> tuple[str | None, int]:
    q, used = left.qualifier()
    if q == "approximately":
        # "more than about 1.35 million": the bound says more than the hedge
        words = left.words(used)
        for k in (3, 2, 1):
            if len(words) >= k and _QUALIFIERS.get(" ".join(words[-k:]), q) != q:
                return _QUALIFIERS[" ".join(words[-k:])], used + k
    return q, used


def _direction(left: _Left, skip: int, right: str) -> str | None:
    found = left.direction(skip)
    if found:
        return found
    m = _DIRECTION_RIGHT_RE.match(right)
    if m:
        return "up" if m.group("up") else "down"
    return None


_BOUND_QUALIFIERS = frozenset(("more_than", "at_least", "less_than", "at_most"))
_LIST_SEP_RE = re.compile(r"[ \t]*(?:,|and|&)[ \t]*(?:and[ \t]+)?")


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order, with exact code-point spans.

    >>> [q.text for q in find_quantities("By 1950 the army numbered 110,000 men.")]
    ['110,000']
    """
    out = _find(text, _group(text, _atoms(text)))
    return _merge_bounds(text, out)


_BOUND_JOIN_RE = re.compile(r"[ \t]*,?[ \t]*(?:(?:and|but)[ \t]+)?(?P<q>[^\d\n.;]{0,40})")
_QUALIFIER_WORDS = frozenset(w for q in _QUALIFIERS for w in q.split())


def _joins_bounds(between: str) -> bool:
    """Only "and", "but", a comma and the second bound's own words: "x>10 and y<20" is not."""
    m = _BOUND_JOIN_RE.fullmatch(between)
    if not m:
        return False
    words = m.group("q").replace("<", " < ").replace(">", " > ").split()
    return all(w.lower() in _QUALIFIER_WORDS for w in words)
_LOWER_BOUNDS = ("more_than", "at_least")
_UPPER_BOUNDS = ("less_than", "at_most")


def _merge_bounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """"more than 10 and less than 40", "above 1000 and below 1500": one range."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            pair = {a.qualifier, b.qualifier}
            lower = a if a.qualifier in _LOWER_BOUNDS else b
            upper = b if lower is a else a
            if (
                pair & set(_LOWER_BOUNDS)
                and pair & set(_UPPER_BOUNDS)
                and (a.unit == b.unit or a.unit is None or b.unit is None)
                and a.dimension in (b.dimension, None)
                and lower.low < upper.high
                and _joins_bounds(text[a.end:b.start])
            ):
                out.append(Quantity(a.start, b.end, text[a.start:b.end], lower.low,
                                    upper.high, a.unit or b.unit, "between", None, None,
                                    max(a.precision or 1, b.precision or 1),
                                    a.dimension or b.dimension))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _find(text: str, groups: list[_Group]) -> list[Quantity]:
    out: list[Quantity] = []
    last_ref_end = -1
    for i, g in enumerate(groups):
        if last_ref_end >= 0 and _LIST_SEP_RE.fullmatch(text[last_ref_end:g.nums[0].start]):
            last_ref_end = g.nums[-1].end
            continue
        if _between_numbers(text, groups, i):
            q = _bare(text, g)
        elif _excluded(text, g):
            last_ref_end = g.nums[-1].end
            continue
        else:
            q = _read(text, g)
        last_ref_end = -1
        if q is not None:
            out.append(q)
    return out


def _between_numbers(text: str, groups: list[_Group], i: int) -> bool:
    """A lone number with a number one blank away on each side: a row of a table.

    Its neighbours are numbers, so no word can qualify it, count it or name it: it is
    read bare, without the context tests (this keeps "1 1 1 ..." fast).
    """
    g = groups[i]
    if g.kind != "single" or i == 0 or i + 1 == len(groups):
        return False
    n = g.nums[0]
    before, after = groups[i - 1].nums[-1], groups[i + 1].nums[0]
    return (
        n.cur_start is None
        and after.cur_start is None
        and before.end == n.start - 1
        and after.start == n.end + 1
        and text[before.end] == " "
        and text[n.end] == " "
    )


def _bare(text: str, g: _Group) -> Quantity | None:
    n = g.nums[0]
    if _is_year(text, n) or (not n.digits and n.value == 1):
        return None
    return Quantity(n.start, n.end, text[n.start:n.end], n.value, n.value, None, "exact",
                    None, None, n.precision, None)


# -- claims ------------------------------------------------------------------------------

_NP_STOP_RE = re.compile(
    r"(?:[,;:()\[\]\"“”]|\b(?:that|which|whom|who|whose|when|while|whereas|where|because|"
    r"although|though|if|and then|but|according to)\b)",
    re.IGNORECASE,
)
_SUBJECT_OF_RE = re.compile(
    r"\b(?:number|strength|size|total|count|tally|toll|population|numbers|force|forces|"
    r"total strength|troop strength|casualties|losses)[ \t]+of[ \t]+(?P<np>[^,;:()]{1,80}?)"
    r"[ \t]+(?:had[ \t]+|has[ \t]+|have[ \t]+)?(?:was|were|is|are|stood|reached|amounted|"
    r"came|totall?ed|rose|fell|grew|increased|decreased|numbered|exceeded)\b[^,;]{0,30}$",
    re.IGNORECASE,
)
_SUBJECT_VERB_RE = re.compile(
    r"(?P<np>[^,;:()]{1,100}?)[ \t]+(?:had[ \t]+|has[ \t]+|have[ \t]+|is[ \t]+|was[ \t]+)?"
    r"(?:numbered|numbers|number|totall?ed|totals?|fielded|fields|deployed|mustered|"
    r"comprised|counted|lost|suffered|sent|had|has|have|employed|reached|reported|posted|"
    r"recorded|earned|made|spent|raised|rose|fell|grew|increased|decreased|declined|"
    r"climbed|dropped|jumped|was|were|is|are|stood|amounted|came|was brought|were brought|"
    r"was put|was estimated|were estimated)(?:[ \t]+(?:to|at|by|of|in|about|only|some))*"
    r"[ \t]*$",
    re.IGNORECASE,
)
_SUBJECT_PUT_RE = re.compile(
    r"\b(?:put|putting|puts|estimated|estimating|estimates|placed|places|credited|"
    r"crediting|credits|gave|gives)[ \t]+(?P<np>[^,;:]{1,80}?)[ \t]+(?:at|with|as)[ \t]*$",
    re.IGNORECASE,
)
_ATTRIB_PATTERNS = [
    re.compile(r"\baccording[ \t]+to[ \t]+(?P<who>(?:[^,;:.]|\.(?=\S)|(?<=\b[A-Z])\.){2,80}?)"
               r"(?=[,;:]|$|[ \t]+(?:by|the|in|on|at)\b)", re.IGNORECASE),
    re.compile(r"(?P<who>[^,;:]{2,80}?),?[ \t]+according[ \t]+to[ \t]+(?:which|whom)\b",
               re.IGNORECASE),
    re.compile(
        r"(?<![\w.])(?P<who>(?:[A-Z]|[a-z]+[ \t]+[a-z])"
        r"(?:[^,;:.]|[,.](?=[ \t]*\d)|\.(?=\S)|(?<=\b[A-Z])\.){1,80}?)[ \t]+"
        r"(?:had[ \t]+|have[ \t]+|has[ \t]+)?"
        r"(?:later[ \t]+|also[ \t]+)?(?:said|says|say|estimated|estimates|expected|"
        r"expect|expects|reported|claimed|announced|announces|"
        r"stated|believed|believe|believes|put|puts|credited|credits|judged|judges|"
        r"calculated|reckoned|argued|argues|insisted|insists|asserted|asserts|told|wrote|"
        r"writes|found|finds|concluded|counted|forecast|forecasts|projected|predicted)\b",
    ),
    re.compile(r"(?P<who>[^,;:]{2,80}?),?[ \t]+(?:claiming|saying|reporting|asserting|"
               r"estimating|arguing)[ \t]+that\b", re.IGNORECASE),
]
_ATTRIB_TRIM_RE = re.compile(r"^(?:.*\b(?:that|which|and|but|while|when|as)\b[ \t]+)?",
                             re.IGNORECASE)
_PART_LEFT_RE = re.compile(
    r"\b(?:including|includ(?:ed|es)|of (?:whom|which|them)|among (?:them|whom|which)|"
    r"comprising|consisting of|made up of|among them|namely)\b[^.;]*$",
    re.IGNORECASE,
)
_LEAD_RE = re.compile(
    r"^(?:(?:by|in|on|at|from|since|until|during|after|before|of|for|to|with)[ \t]+"
    r"[^ \t]+(?:[ \t]+\d[\d,]*)?(?:,?[ \t]+\d{4})?[ \t]+)+",
    re.IGNORECASE,
)
_ARTICLE_RE = re.compile(r"\b(?:the|a|an)\b[ \t]*", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"['’]s\b|s['’](?=\s|$)")


def subject_key(subject: str | None) -> str | None:
    """Lower case, no articles, no possessives, no parentheses: a key for matching."""
    if not subject:
        return None
    s = re.sub(r"\([^)]*\)", " ", subject)
    s = _POSSESSIVE_RE.sub(lambda m: "s" if m.group().startswith("s") else "", s)
    s = _ARTICLE_RE.sub("", s)
    s = re.sub(r"[^\w\s.-]", " ", s.lower())
    s = " ".join(s.split()).strip(" .-")
    return s or None


_NUMBER_OF_RE = re.compile(
    r"^(?:the[ \t]+)?(?:total[ \t]+)?(?:number|strength|size|count|tally)[ \t]+of[ \t]+",
    re.IGNORECASE,
)
_NP_CUT = frozenset("for in during at on by since over through throughout until".split())


def _clean_np(np_text: str, head_first: bool = False) -> str | None:
    """The noun phrase a figure is about, out of the words before its verb.

    ``head_first``: the phrase starts the match ("put the number of X who served ... at"),
    so cut at the first clause word; otherwise it ends it ("..., according to which by
    June 25 the KPA numbered"), so keep what follows the last one.
    """
    np_text = _NUMBER_OF_RE.sub("", np_text.strip())
    parts = _NP_STOP_RE.split(np_text)
    tail = (parts[0] if head_first else parts[-1]).strip() if parts else np_text.strip()
    tail = _LEAD_RE.sub("", tail).strip()
    # from the first determiner on: "by June 25 the KPA" -> "the KPA"
    m = re.search(r"\b(?:the|its|their|his|her|our|this|these|those)\b", tail, re.IGNORECASE)
    if m:
        tail = tail[m.start():]
    tail = tail.strip(" \t,.")
    words = tail.split()
    if len(words) > 6:
        # "Their losses for the first year of the war alone" -> "Their losses"
        for k, w in enumerate(words[1:], 1):
            if w.lower() in _NP_CUT:
                tail = " ".join(words[:k])
                break
    if not tail or len(tail.split()) > 10 or not re.search(r"[A-Za-z]", tail):
        return None
    if tail.lower() in _STOP or tail.lower() in ("it", "they", "he", "she", "we", "there"):
        return None
    return tail


def _subject(prefix: str, q: Quantity) -> str | None:
    prefix = prefix[-200:]
    stripped = _QUAL_LEFT_RE.sub("", prefix)
    stripped = _BETWEEN_LEFT_RE.sub("", stripped)
    for rx in (_SUBJECT_OF_RE, _SUBJECT_PUT_RE, _SUBJECT_VERB_RE):
        m = rx.search(stripped)
        if m:
            np_text = _clean_np(m.group("np"), head_first=rx is not _SUBJECT_VERB_RE)
            if np_text:
                return np_text
    if q.dimension == "count" and q.unit:
        return q.unit
    return None


def _attribution_candidates(sentence: str) -> list[tuple[int, int, str]]:
    """(priority, end offset, who) for every attribution phrase in a sentence, found once.

    "according to" outranks a reporting verb: in "This figure is higher than the estimates
    of U.S. intelligence, according to which ..." the source is U.S. intelligence.
    """
    found: list[tuple[int, int, str]] = []
    # blank out ", which the official history judged more accurate," (same length, so
    # offsets hold) so that "Later reports ... put" reads as the source and its verb
    sentence = _RELATIVE_CLAUSE_RE.sub(lambda m: " " * len(m.group()), sentence)
    for priority, rx in enumerate(_ATTRIB_PATTERNS):
        for m in rx.finditer(sentence):
            raw = m.group("who")
            clause = sentence[max(0, m.start() - 80):m.start()]
            clause = re.split(r"[,;:]", clause)[-1]
            if priority >= 2 and (_RELATIVE_RE.search(raw) or _RELATIVE_RE.search(clause)):
                continue  # "which the official history judged": not the source of the figure
            who = _ATTRIB_TRIM_RE.sub("", raw).strip(" \t,.")
            who = _LEAD_RE.sub("", who).strip()
            who = _SOURCE_TAIL_RE.sub("", who).strip(" \t,")
            if rx is _ATTRIB_PATTERNS[1]:
                who = re.split(r"\b(?:of|than)\b", who)[-1].strip()
            if not who or len(who.split()) > 8:
                continue
            if who.lower() in ("it", "this", "which", "that", "there"):
                continue
            found.append((0 if priority < 2 else 1, m.end(), who))
    return found


def _attribution(candidates: list[tuple[int, int, str]], pos: int) -> str | None:
    """The attribution in force at ``pos``: the best-ranked, then the latest, before it."""
    best: tuple[int, int, str] | None = None
    for cand in candidates:
        if cand[1] > pos:
            continue
        if best is None or (cand[0], -cand[1]) < (best[0], -best[1]):
            best = cand
    return best[2] if best else None


_RELATIVE_RE = re.compile(r"\b(?:which|that|who|whom)\b", re.IGNORECASE)
#: ", which the official history judged more accurate," between a source and its verb
_RELATIVE_CLAUSE_RE = re.compile(r",[ \t]+(?:which|who|whom|whose)\b[^,;:]{1,80},")
#: "A State Department report sent from Seoul on May 11, 1950": the source is the head
_SOURCE_TAIL_RE = re.compile(
    r"[ \t]+(?:sent|dated|received|compiled|from|in|on)"
    r"\b.*$", re.IGNORECASE)


_MAX_PER_SENTENCE = 200  # a table flattened into one "sentence" has no attributions
_RATIO_SUBJECT_RIGHT_RE = re.compile(
    r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:number[ \t]+of[ \t]+)?(?P<np>[a-z][\w -]{0,40}?)"
    r"(?=[,;.]|[ \t]+and\b|$)"
)
_RATIO_SUBJECT_LEFT_RE = re.compile(
    r"(?:^|[;:,][ \t]*)(?:(?:in[ \t]+)?(?:the[ \t]+)?(?:number[ \t]+of[ \t]+))?"
    r"(?P<np>[A-Za-z][\w -]{0,40}?)[ \t]*,?[ \t]*$"
)


_RATIO_SUBJECT_MORE_RE = re.compile(
    r"[ \t]+and[ \t]+in[ \t]+(?:the[ \t]+)?(?P<np>[a-z][\w -]{0,40}?)(?=[,;.]|[ \t]+and\b|$)"
)


def _ratio_subject(text: str, q: Quantity, prefix: str) -> str | None:
    """What a ratio compares: "in number of troops 1:2", "six to one in tanks"."""
    m = _RATIO_SUBJECT_RIGHT_RE.match(text, q.end, min(len(text), q.end + 60))
    if m:
        subject = m.group("np").strip()
        # "two to one in troops and in guns": one ratio stated for two things
        more = _RATIO_SUBJECT_MORE_RE.match(text, m.end(), min(len(text), m.end() + 60))
        return f"{subject} and {more.group('np').strip()}" if more else subject
    m = _RATIO_SUBJECT_LEFT_RE.search(prefix[-60:])
    if m and m.group("np").split()[-1].lower() not in _STOP:
        return m.group("np").strip()
    return None


def extract_claims(document: Any, segments: Any, config: Any) -> list[Claim]:
    """Quantity and ratio claims, sentence by sentence, outside boilerplate and citations."""
    text = document.text
    claims: list[Claim] = []
    for sentence in segments.sentences:
        passage = segments.passages[sentence.passage]
        if passage.kind in ("boilerplate", "citation"):
            continue
        s_text = text[sentence.start:sentence.end]
        found = find_quantities(s_text)
        if not found:
            continue
        candidates = _attribution_candidates(s_text) if len(found) <= _MAX_PER_SENTENCE else []
        sentence_claims: list[Claim] = []
        previous_end = sentence.start
        for q in found:
            q = replace(q, start=q.start + sentence.start, end=q.end + sentence.start)
            # the subject lies between the previous figure and this one: bounded work
            prefix = text[max(previous_end, q.start - 200):q.start]
            previous_end = q.end
            subject = _subject(prefix, q)
            if subject is None and q.dimension == "ratio":
                subject = _ratio_subject(text, q, prefix)
            extra: dict[str, Any] = {}
            if q.sides:
                extra["sides"] = list(q.sides)
            sentence_claims.append(
                Claim(
                    id="",
                    doc=document.id,
                    kind="ratio" if q.dimension == "ratio" else "quantity",
                    start=q.start,
                    end=q.end,
                    text=q.text,
                    sentence=(sentence.start, sentence.end),
                    passage=passage.kind,
                    subject=subject,
                    subject_key=subject_key(subject),
                    value=q,
                    qualifier=q.qualifier,
                    attribution=_attribution(candidates, q.start - sentence.start),
                    hedges=("approximately",) if q.qualifier == "approximately" else (),
                    extra=extra,
                )
            )
        claims.extend(_link_parts(text, sentence_claims))
    return claims


def _link_parts(text: str, claims: list[Claim]) -> list[Claim]:
    """"700,000 ..., including 380,000 ... and 280,000 ...": parts point at their total."""
    out = list(claims)
    total_index: int | None = None
    for i, claim in enumerate(out):
        if total_index is not None and claim.kind == "quantity":
            between = text[out[total_index].end:claim.start]
            if _PART_LEFT_RE.search(between) and _same_dimension(out[total_index], claim):
                total = out[total_index]
                out[i] = replace(claim, extra={**claim.extra,
                                               "part_of": [total.start, total.end]})
                parts = [*total.extra.get("parts", []), [claim.start, claim.end]]
                out[total_index] = replace(total, extra={**total.extra, "parts": parts})
                continue
        if claim.kind == "quantity":
            total_index = i
    return out


def _same_dimension(a: Claim, b: Claim) -> bool:
    qa, qb = a.value, b.value
    if not isinstance(qa, Quantity) or not isinstance(qb, Quantity):
        return False
    if qa.dimension in (None, "count") and qb.dimension in (None, "count"):
        return qb.high <= qa.high
    return qa.dimension == qb.dimension and qb.high <= qa.high
