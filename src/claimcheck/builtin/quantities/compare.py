"""Do two figures agree? By how much do they differ, in the terms a historian would use?

Every figure is read as an interval of the real line in its dimension's base unit: an
exact figure is a point (with the precision it was stated at), "about" widens it by the
tolerance, a range is its two ends, a bound is a half-line. Agreement is then overlap,
and a discrepancy is measured from the nearest and the farthest stated end, so that
"110,000 against 87,500-99,000" reads "above the range by 11,000 to 22,500 (11-26 %)".
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from claimcheck.plugin import Claim, Finding, Quantity, concept, table

from .groups import PLUS_MINUS
from .nouns import COLLECTIVES, PERSON_NOUNS
from .qualifiers import LOWER_BOUNDS, UPPER_BOUNDS
from .ranks import RANK, ordinal_text
from .units import SCALE_WORDS, unit_info

__all__ = ["compare_claims", "compare_quantities", "describe", "format_number",
           "format_quantity", "format_range"]

_INF = math.inf
_EPS = 1e-9
_FORMATTING = table("quantities", package="claimcheck.builtin.quantities")["formatting"]
_CURRENCY_SIGNS: dict[str, str] = _FORMATTING["currency_signs"]
_UNIT_SUFFIXES: dict[str, str] = _FORMATTING["unit_suffixes"]
_UNIT_PLURALS: dict[str, str] = _FORMATTING["unit_plurals"]
_QUALIFIER_WORDS: dict[str, str] = _FORMATTING["qualifiers"]
#: (value, word) of the scale words large numbers are written with, largest first
_NAMED_SCALES = tuple((SCALE_WORDS[word], word) for word in _FORMATTING["scales"])


# -- formatting --------------------------------------------------------------------------


def format_number(x: float) -> str:
    """110000 -> "110,000"; 4.2e9 -> "4.2 billion"; 0.5 -> "0.5"."""
    if x in (_INF, -_INF):
        return "∞" if x > 0 else "-∞"
    for scale, word in _NAMED_SCALES:
        if abs(x) >= scale:
            v = x / scale
            if abs(v - round(v, 2)) < 1e-9 * max(1.0, abs(v)):
                return f"{_trim(round(v, 2))} {word}"
            break
    if abs(x - round(x)) < 1e-9 * max(1.0, abs(x)):
        return f"{round(x):,}"
    return _trim(round(x, 3 if abs(x) < 100 else 2), grouped=True)


def format_range(low: float, high: float) -> str:
    """87500, 99000 -> "87,500-99,000"; 16.4e9, 16.7e9 -> "16.4-16.7 billion"."""
    lo, hi = format_number(low), format_number(high)
    lo_parts, hi_parts = lo.split(" "), hi.split(" ")
    if len(lo_parts) == 2 and len(hi_parts) == 2 and lo_parts[1] == hi_parts[1]:
        return f"{lo_parts[0]}-{hi_parts[0]} {hi_parts[1]}"
    return f"{lo}-{hi}"


def _trim(v: float, grouped: bool = False) -> str:
    s = f"{v:,.3f}" if grouped else f"{v:.3f}"
    return s.rstrip("0").rstrip(".")


def _with_unit(num: str, q: Quantity) -> str:
    unit = q.unit
    if q.dimension and q.dimension.startswith("currency:"):
        code = q.dimension.split(":", 1)[1]
        sign = _CURRENCY_SIGNS.get(code)
        return f"{sign}{num}" if sign else f"{num} {code}"
    if q.dimension == "percent":
        return f"{num} %"
    if q.dimension == "percentage_point":
        return f"{num} percentage points"
    if unit in _UNIT_SUFFIXES:
        return num + _UNIT_SUFFIXES[unit]
    if unit in _UNIT_PLURALS and num != "1":
        return f"{num} {_UNIT_PLURALS[unit]}"  # "4.4 billion years", never "... year"
    return f"{num} {unit}" if unit else num


def format_quantity(q: Quantity) -> str:
    """The figure in a standard form: "87,500-99,000 men", "more than 300,000 men".

    Cached (by the figure's fields, which are all it reads): a figure is compared with
    each of its candidates, and each comparison wrote both figures again. A figure with
    a field that cannot be hashed (a list made by hand) is written without the cache."""
    try:
        return _format_cached(q)
    except TypeError:
        return _format_quantity(q)


@lru_cache(maxsize=1 << 15)
def _format_cached(q: Quantity) -> str:
    return _format_quantity(q)


def _format_quantity(q: Quantity) -> str:
    if q.dimension == RANK:
        return f"{ordinal_text(q.low)} {q.unit}"  # "3rd busiest"
    if q.dimension == "score":
        first, second = q.ratio or (q.low, q.high)
        text = f"{format_number(first)}-{format_number(second)}"
        if q.sides:
            text += f" ({q.sides[0]} against {q.sides[1]})"
        return text
    if q.qualifier == "either":
        return _with_unit(f"{format_number(q.low)} or {format_number(q.high)}", q)
    if q.ratio is not None:
        text = f"{format_number(q.ratio[0])}:{format_number(q.ratio[1])}"
        if q.sides:
            text += f" ({q.sides[0]} to {q.sides[1]})"
        return text
    if q.low != q.high and _PLUS_MINUS.search(q.text):
        # "19.16 ± 0.15 km/s" as written, not the range "19.01-19.31 km/s" it allows
        return _with_unit(_plus_minus((q.low + q.high) / 2, (q.high - q.low) / 2), q)
    if q.low != q.high or q.qualifier == "between":
        return _with_unit(format_range(q.low, q.high), q)
    body = _with_unit(format_number(q.low), q)
    words = _QUALIFIER_WORDS.get(q.qualifier)
    return f"{words} {body}" if words else body


def _plus_minus(middle: float, half: float) -> str:
    """A value and its uncertainty at the value's scale, as a scientist writes them:
    "4.54 ± 0.05 billion" (never "4.54 billion ± 50 million"), "19.16 ± 0.15", with
    the digits the uncertainty needs ("0.0012 ± 0.0003")."""
    for scale, word in _NAMED_SCALES:
        if abs(middle) >= scale:
            return f"{_plain(middle / scale)} ± {_plain(half / scale)} {word}"
    return f"{_plain(middle)} ± {_plain(half)}"


def _plain(v: float) -> str:
    """A number with digit groups and no float noise: 19.159999999999997 -> "19.16"."""
    return f"{round(v, 6):,.6f}".rstrip("0").rstrip(".")


def _pct(x: float) -> str:
    p = abs(x) * 100
    if p >= 10:
        return f"{p:.0f}"
    if p >= 1:
        return f"{p:.1f}".rstrip("0").rstrip(".")
    return f"{p:.2f}".rstrip("0").rstrip(".")


# -- dimensions --------------------------------------------------------------------------


def _head(unit: str) -> str:
    word = unit.split()[-1].lower()
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _is_persons(unit: str) -> bool:
    words = unit.split()
    last = words[-1]
    if last.lower() in PERSON_NOUNS or last.lower() in COLLECTIVES:
        return True  # "12 crew" and "12 men": both count people
    # demonyms counted as people: "380,000 South Koreans", "12,000 Turks"
    return last[:1].isupper() and last.endswith("s")


def _measure(q: Quantity) -> tuple[str | None, float]:
    """The dimension a figure is in and its factor to that dimension's base unit."""
    if q.dimension == "score":
        return "score", 1.0
    if q.dimension == "ratio" or q.ratio is not None:
        return "ratio", 1.0
    if q.dimension in ("percent", "percentage_point") or (
        q.dimension and q.dimension.startswith("currency:")
    ):
        return q.dimension, 1.0
    info = unit_info(q.unit)
    if info is not None:
        return info
    if q.unit:
        return "count", 1.0
    return None, 1.0


def _compatible(
    a: Quantity, b: Quantity, one_measure: bool = False
) -> tuple[bool, str | None, float, float]:
    """Whether two figures measure the same kind of thing, and their conversion factors.
    ``one_measure``: the claims' frames name one measure for both ("58 deaths" and "58
    fatalities"), so counts in different nouns count the same thing."""
    if RANK in (a.dimension, b.dimension):
        # a place in an order meets only a place in the same order ("third-busiest",
        # "fifth busiest"), never a count
        return a.dimension == b.dimension and a.unit == b.unit, RANK, 1.0, 1.0
    da, fa = _measure(a)
    db, fb = _measure(b)
    if da is None and db in (None, "count"):
        return True, db, fa, fb
    if db is None and da == "count":
        return True, da, fa, fb
    if da != db:
        return False, None, fa, fb
    if da == "count" and a.unit and b.unit and not one_measure:
        same = _head(a.unit) == _head(b.unit) or (_is_persons(a.unit) and _is_persons(b.unit)) \
            or _one_noun(a.unit, b.unit)
        if not same:
            return False, None, fa, fb
    return True, da, fa, fb


def _one_noun(a: str, b: str) -> bool:
    """Whether one unit's head noun is a word of the other's, as the synonym table reads
    them ("guns" and "artillery pieces", "artillery" being a word for guns); "army trucks"
    and "army tanks" share only a modifier."""
    heads = concept(_head(a)), concept(_head(b))
    return heads[0] in {concept(w.lower()) for w in b.split()} \
        or heads[1] in {concept(w.lower()) for w in a.split()}


def _orientation(a: Quantity, b: Quantity) -> str:
    """"same", "reversed" or "unknown": whether two ratios name their sides in one order."""
    if not a.sides or not b.sides:
        return "unknown"

    def words(side: str) -> set[str]:
        return {w.strip(".,’'").lower() for w in side.split()} - {"the", "of", "and"}

    a0, a1 = words(a.sides[0]), words(a.sides[1])
    b0, b1 = words(b.sides[0]), words(b.sides[1])
    shared = (a0 & a1) | (b0 & b1)
    a0, a1, b0, b1 = a0 - shared, a1 - shared, b0 - shared, b1 - shared
    same = bool(a0 & b0) or bool(a1 & b1)
    rev = bool(a0 & b1) or bool(a1 & b0)
    if same and not rev:
        return "same"
    if rev and not same:
        return "reversed"
    return "unknown"


# -- intervals ---------------------------------------------------------------------------


#: How far apart two figures in different units may land and still be one figure
#: converted and rounded by their writers: 2 %.
CONVERSION_SLACK = 0.02

#: A figure of this many significant digits or more ("10,911", "2,224", "35.12") is
#: precise as written: against another such figure, "about" widens it by at most
#: APPROX_STEPS of its last digit, not by the whole tolerance ("about 21,000" and "about
#: 20,000", or "about 35,797" and "35,800", keep it).
FINE_DIGITS = 4
APPROX_STEPS = 2
#: A figure of this many significant digits or more given as about so many ("approximately
#: 643") is precise as written whatever the other figure: its writer rounded nothing.
ODD_DIGITS = 3


def _digits(q: Quantity) -> tuple[str, bool] | None:
    """The digits of a figure as written, past leading zeros, and whether it has a
    decimal part ("35.12" -> ("3512", True)); None for a figure in words."""
    return _digits_written(q.text, q.precision)


@lru_cache(maxsize=1 << 15)
def _digits_written(text: str, precision: float | None) -> tuple[str, bool] | None:
    """``_digits`` of a figure written ``text`` to ``precision``: read once for each,
    where every comparison read both figures' digits up to four times."""
    m = _NUMERAL.search(text)
    if m is None:
        return None
    return "".join(ch for ch in m.group() if ch.isdigit()).lstrip("0"), (
        (precision or 1.0) < 1.0 or "." in m.group())


def _significant(q: Quantity) -> int:
    """The significant digits of a figure as written: "10,911" 5, "21,000" 2, "35.12" 4;
    0 for a figure in words."""
    found = _digits(q)
    if found is None:
        return 0
    digits, decimal = found
    # trailing zeros of a whole number are its rounding ("21,000"), a decimal's are not
    return len(digits) if decimal else len(digits.rstrip("0"))


_NUMERAL = re.compile(r"\d(?:[\d,.]*\d)?")
#: A value and its uncertainty ("19.16 ± 0.15", "52 % +/- 3", "$4.2 billion ± $0.1
#: billion"), as groups.py joins them.
_PLUS_MINUS = re.compile(PLUS_MINUS + r"[ \t\u00a0]*[^\d\s]{0,3}\d")


#: The fewest digits a whole number needs before its trailing zeros read as rounding:
#: "35,800" may round "35,797", but "50 seats" is fifty and "20 killed" twenty.
ROUND_DIGITS = 3


def _rounded_against(q: Quantity, other: Quantity) -> float:
    """How far a round figure's trailing zeros round it (100 for "35,800"), when it meets
    a figure precise as written ("35,797": FINE_DIGITS): the two then agree at the round
    figure's precision. Against a figure as round as itself ("4,500" and "4,510"), 1:
    each is read as written."""
    found = _digits(q)
    if found is None or found[1] or (q.precision or 1.0) != 1.0:
        return 1.0
    digits = found[0]
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or _significant(other) < max(FINE_DIGITS, len(digits) - zeros + 1):
        return 1.0
    if len(digits) < ROUND_DIGITS:
        return 1.0  # "the coalition 50", "20 killed": a small count is exact as written
    return 10.0 ** zeros


def _conversion_step(q: Quantity) -> float:
    """The step a figure is written to, for telling a conversion from a difference: its
    last digit's ("28.20" 0.01, "966" 1), or its rounding's for a whole number of
    ROUND_DIGITS digits or more ("5,000" 1,000, "35,800" 100)."""
    step = q.precision or 1.0
    found = _digits(q)
    if found is None or found[1] or step != 1.0:
        return step
    digits = found[0]
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10.0 ** zeros if len(digits) >= ROUND_DIGITS and zeros else step


def _rounding_step(q: Quantity) -> float:
    """The step an "about" figure may be rounded to: ``_conversion_step``, and for a
    short whole number its zeros' too ("about 40" perhaps to the ten, which "about 41"
    is not: two steps, so the two keep their tolerance)."""
    found = _digits(q)
    if found is None or found[1] or (q.precision or 1.0) != 1.0:
        return _conversion_step(q)
    zeros = len(found[0]) - len(found[0].rstrip("0"))
    return 10.0 ** zeros if zeros else _conversion_step(q)


#: The last digit of a round figure that may be rounded to the half of the next step
#: ("about 1,500" to the 500, "about 2.5 million" to the half million).
HALF_DIGIT = 5


def _rounding_window(q: Quantity, other: Quantity, factor: float,
                     found: tuple[float, float]) -> tuple[float, float]:
    """The values "about" a round figure allows against a figure given more finely: the
    numbers that round to it, where they lie inside the tolerance ("about 1,300" is
    1,250 to 1,350, so "1,186" is another count; "about 150" holds "153"; "about 100",
    "nearly 2,000" keep the tolerance, wider than their rounding)."""
    if q.qualifier != "approximately" or q.low != q.high or not _is_point(other) \
            or _significant(other) <= _significant(q):
        return found
    rounded = _rounding_step(q)
    step = rounded * factor
    if step <= (q.precision or 1.0) * factor * (1 + _EPS):
        return found  # (not round: "about 153")
    if round(abs(q.low) / rounded) % 10 == HALF_DIGIT:
        step *= HALF_DIGIT  # "about 1,500", "about 150": perhaps rounded to the half (the
        # 500, the 50), as "1,432" and "143" are
    middle, half = q.low * factor, step / 2
    if half >= (found[1] - found[0]) / 2:
        return found
    return middle - half, middle + half


def _round_point(q: Quantity, other: Quantity, factor: float,
                 found: tuple[float, float]) -> tuple[float, float]:
    """The values an exact round figure holds ("640": 635 to 645) against an "about"
    figure given to its last unit (ODD_DIGITS: "approximately 643"), which is about only
    that far: what rounds to it. ``found`` otherwise."""
    if q.qualifier != "exact" or q.low != q.high or other.qualifier != "approximately" \
            or other.low != other.high or _significant(other) < ODD_DIGITS:
        return found
    step = _rounding_step(q)
    if step <= (q.precision or 1.0) * (1 + _EPS):
        return found  # (not round: "641")
    middle, half = q.low * factor, step * factor / 2
    return min(found[0], middle - half), max(found[1], middle + half)


def _interval(q: Quantity, factor: float, tolerance: float,
              fine: bool = False) -> tuple[float, float]:
    """The values a figure allows. ``fine``: both figures compared are precise as
    written (FINE_DIGITS), so "about" stretches only APPROX_STEPS of the last digit."""
    lo, hi = q.low * factor, q.high * factor
    if q.qualifier == "approximately":
        width = abs(lo) * tolerance
        step = _rounding_step(q) * factor if q.precision else 0.0
        if step > 0 and (fine or _significant(q) >= ODD_DIGITS):
            # "about 10,911 metres": a figure given to its last metre is about only that
            # far; so is "approximately 643 people", written to its last unit, against
            # any figure, and "approximately 125,000" to its last thousand (its zeros
            # are its rounding: "127,000" is two steps off); "about 10,000" keeps the
            # tolerance
            width = min(width, APPROX_STEPS * step)
        return lo - width, hi + width
    if q.qualifier == "either":
        # "eight or nine": the other figure contradicts it only beyond the tolerance
        return lo - abs(lo) * tolerance, hi + abs(hi) * tolerance
    if q.qualifier in LOWER_BOUNDS:
        return lo, _INF
    if q.qualifier in UPPER_BOUNDS:
        return -_INF, hi
    return lo, hi


def _both_about(a: Quantity, b: Quantity) -> bool:
    """Two single figures, each given as about so many ("about 30,000", "some 28,000")."""
    return a.qualifier == b.qualifier == "approximately" and a.low == a.high \
        and b.low == b.high


def _stated_span(q: Quantity) -> bool:
    """A range given to both its ends, neither end hedged ("16 to 23", "15-20 km",
    "between 87,500 and 99,000"; not "about 15-20 km")."""
    return q.qualifier == "between" and q.low < q.high


def _same_ends(ia: tuple[float, float], ib: tuple[float, float]) -> bool:
    return all(abs(x - y) <= _EPS * max(1.0, abs(x), abs(y))
               for x, y in zip(ia, ib, strict=True))


def _is_point(q: Quantity) -> bool:
    return q.qualifier == "exact" and q.low == q.high


#: The most significant digits a whole figure written in numerals may have and still be
#: read as a round figure against a strict bound at its value ("300", "100,000").
ROUND_AT_BOUND_DIGITS = 2


def _round_at_bound(a: Quantity, b: Quantity, ia: tuple[float, float],
                    ib: tuple[float, float]) -> str | None:
    """"left" or "right": which figure is a round point right at the other's strict
    bound ("one hundred thousand" against "more than 100,000"), else None."""
    for point, bound_q, side in ((a, b, "left"), (b, a, "right")):
        if not _is_point(point) or bound_q.qualifier not in ("more_than", "less_than"):
            continue
        ip, ib_ = (ia, ib) if point is a else (ib, ia)
        bound = ib_[0] if bound_q.qualifier == "more_than" else ib_[1]  # in one unit
        if abs(ip[0] - bound) > _EPS * max(1.0, abs(bound)):
            continue
        if _round_at(point) and abs(point.low) >= 100:
            return side
    return None


#: The most significant digits a whole figure of ROUND_DIGITS digits or more, ending in
#: a zero, may have and still be read as rounded at a strict bound ("16,500", "1,250");
#: "12,530" and "1,253,410" are precise as written.
ROUND_AT_BOUND_ZERO_DIGITS = 3


def _round_at(point: Quantity) -> bool:
    """Whether a figure reads as rounded at a bound of its value: one or two
    significant digits ("300", "100,000", "1.5 million"), or a whole figure of three
    digits or more ending in a zero with three significant digits at most ("16,500",
    "1,250"), which a writer rounding a count may have reached from either side;
    "1,253", "12,530" and "8.50 million" are precise, and "30" small enough to be
    counted. A figure in words is read by its value: "one hundred thousand" and "fifteen
    hundred" are round, "one thousand two hundred and fifty-three" precise."""
    found = _digits(point)
    if found is None:
        if not float(point.low).is_integer():
            return True
        digits = str(int(abs(point.low))).lstrip("0")
        found = digits, False
        significant = len(digits.rstrip("0"))
    else:
        significant = _significant(point)
    digits, decimal = found
    if significant <= ROUND_AT_BOUND_DIGITS:
        return True
    return not decimal and len(digits) >= ROUND_DIGITS and digits.endswith("0") \
        and significant <= ROUND_AT_BOUND_ZERO_DIGITS


def _open_overlap(a: Quantity, b: Quantity, ia: tuple[float, float],
                  ib: tuple[float, float]) -> bool:
    """Closed intervals overlap, except that "more than 300" excludes 300 itself."""
    lo, hi = max(ia[0], ib[0]), min(ia[1], ib[1])
    if lo < hi - _EPS * max(1.0, abs(hi)):
        return True
    if abs(lo - hi) <= _EPS * max(1.0, abs(hi)):
        # they touch at one value: fine, unless that value is a strict bound's own
        # ("300" against "more than 300"); "5.8" against "more than 3.5" is inside it
        for q in (a, b):
            bound = q.low if q.qualifier == "more_than" else (
                q.high if q.qualifier == "less_than" else None)
            if bound is not None and abs(lo - bound) <= _EPS * max(1.0, abs(bound)):
                return False
        return True
    return False


def _one_count_bound(a: Quantity, b: Quantity, lower: bool) -> bool:
    """Whether two bounds of a count in whole units are one bound, a strict and an
    inclusive one a unit apart ("more than 2,182 people" is "at least 2,183 people",
    "fewer than 41" is "at most 40"): no two counts that differ."""
    if a.dimension not in (None, "count") or b.dimension not in (None, "count") \
            or a.qualifier == b.qualifier:
        return False
    strict, inclusive = (a, b) if a.qualifier in ("more_than", "less_than") else (b, a)
    x, y = (strict.low, inclusive.low) if lower else (strict.high, inclusive.high)
    if x != int(x) or y != int(y):
        return False
    return abs((x + 1 if lower else x - 1) - y) <= _EPS * max(1.0, abs(y))


def compare_quantities(
    a: Quantity, b: Quantity, tolerance: float = 0.10, one_measure: bool = False,
    emphatic: tuple[bool, bool] = (False, False),
    written: tuple[str, str] | None = None,
) -> tuple[str, dict[str, Any]]:
    """Agreement, discrepancy or not_comparable, and the numbers that show why.

    ``emphatic`` says of each figure whether it is a bound its writer says lies far from
    the count ("well over 100,000"): another bound far beyond it is then no other count.

    ``detail`` always has ``relation`` and the two figures; discrepancies add
    ``abs_diff``/``rel_diff`` (exact figures) or ``abs_diff_range``/``rel_diff_range``
    (distances from the nearest and the farthest end of a range), relative to ``b``.
    ``written``: ``format_quantity`` of ``a`` and ``b``, when the caller has them.
    """
    left, right = written or (format_quantity(a), format_quantity(b))
    detail: dict[str, Any] = {
        "left": left,
        "right": right,
        "tolerance": tolerance,
    }
    ok, dim, fa, fb = _compatible(a, b, one_measure)
    if not ok:
        detail["relation"] = "incompatible_units"
        detail["units"] = [a.unit, b.unit]
        return "not_comparable", detail
    detail["dimension"] = dim
    if dim == "ratio":
        return _compare_ratios(a, b, tolerance, detail)
    if dim == "score":
        return _compare_scores(a, b, detail)
    if dim == RANK:
        # places are exact: the 10th and the 11th differ, whatever a count's tolerance
        detail["relation"] = "equal" if a.low == b.low else (
            "above" if a.low > b.low else "below")
        return ("agreement" if a.low == b.low else "discrepancy"), detail
    if fa != fb:
        detail["converted"] = {"left": a.low * fa, "right": b.low * fb,
                               "base_unit_factor": [fa, fb]}
    va_lo, va_hi = a.low * fa, a.high * fa
    vb_lo, vb_hi = b.low * fb, b.high * fb

    if _is_point(a) and _is_point(b):
        return _compare_points(a, b, va_lo, vb_lo, fa, fb, tolerance, detail)
    if "either" in (a.qualifier, b.qualifier):
        found = _compare_alternatives(a, b, (va_lo, va_hi), (vb_lo, vb_hi), tolerance, detail)
        if found is not None:
            return found

    # "about 10,911 m" against "10,916 m": two figures given to the metre differ by five;
    # against "35,800 feet" (rounded to the hundred) the tolerance stands
    fine = _significant(a) >= FINE_DIGITS and _significant(b) >= FINE_DIGITS
    ia, ib = _interval(a, fa, tolerance, fine), _interval(b, fb, tolerance, fine)
    ia, ib = _rounding_window(a, b, fa, ia), _rounding_window(b, a, fb, ib)
    if not fine:
        # "approximately 643" (about only its last unit, _interval) against "640" or
        # "35,800 feet": the round figure holds what rounds to it
        ib = _round_point(b, a, fb, ib)
        ia = _round_point(a, b, fa, ia)
    if _both_about(a, b):
        x, y = a.low * fa, b.low * fb
        step = _rounding_step(a) * fa
        if abs(x - y) > max(abs(x), abs(y)) * tolerance or (
                not fine and abs(step - _rounding_step(b) * fb) <= _EPS * step
                and abs(x - y) >= step * (1 - 1e-9)):
            # "perhaps 400" against "approximately 350": each writer's "about" is the
            # slack of one figure, not of the two added; farther apart than one
            # tolerance, they are two estimates that differ; and so are two rounded to
            # the same step that land on different steps ("approximately $1.4 billion"
            # against "approximately $1.5 billion": each writer rounded the figure, and
            # they rounded it apart; "about 10,911" and "about 10,912", given to the
            # metre, are about the same metre)
            ia, ib = (x, x), (y, y)
    lower_a, upper_a = a.qualifier in LOWER_BOUNDS, a.qualifier in UPPER_BOUNDS
    lower_b, upper_b = b.qualifier in LOWER_BOUNDS, b.qualifier in UPPER_BOUNDS
    if (lower_a and lower_b) or (upper_a and upper_b):
        # "at least 78,000 dead" and "at least 138,373 dead" do not contradict each
        # other as logic, but each source's count is its bound: bounds close together
        # agree, bounds far apart are two counts that differ
        near, far = (va_lo, vb_lo) if lower_a else (va_hi, vb_hi)
        # the looser bound: the smaller of two lower bounds, the larger of two upper ones
        looser_is_a = (near < far) == lower_a
        if (abs(near - far) > max(abs(near), abs(far)) * tolerance
                and not emphatic[0 if looser_is_a else 1]) \
                or (fine and abs(near - far) > _EPS * max(abs(near), abs(far))
                    and not _one_count_bound(a, b, lower_a)):
            # (two bounds given to the unit, "at least 2,182" and "at least 2,183", are
            # two counts of what is known for sure, and they differ; "more than 2,182"
            # is "at least 2,183" of a count, told the other way)
            detail["relation"] = "different_bounds"
            detail["abs_diff"] = (near - far) / fb
            detail["rel_diff"] = _ratio(near - far, far)
            return "discrepancy", detail
        detail["relation"] = "consistent_bounds"
        if abs(near - far) > max(abs(near), abs(far)) * tolerance:
            detail["well_beyond"] = "left" if looser_is_a else "right"
        tighter = max(va_lo, vb_lo) if lower_a else min(va_hi, vb_hi)
        detail["tighter_bound"] = tighter
        return "agreement", detail
    at_bound = _round_at_bound(a, b, ia, ib)
    if at_bound is not None:
        # "more than 100,000 residents" against "one hundred thousand people": a round
        # figure is about that many, and the bound says hardly more
        detail["relation"] = "round_at_bound"
        detail["round"] = at_bound
        return "agreement", detail
    if _open_overlap(a, b, ia, ib):
        loose = _loose_bound(a, b, fa, fb)
        if loose is not None:
            detail["relation"] = "beyond_bound"
            detail["bound_ratio"] = loose
            return "not_comparable", detail
        if (va_lo, va_hi, a.qualifier) == (vb_lo, vb_hi, b.qualifier):
            detail["relation"] = "equal"  # "15-20 km per day" and "15 to 20 km a day"
        elif _is_point(a):
            detail["relation"] = "inside"
        elif _is_point(b):
            detail["relation"] = "contains"
        elif ia[0] >= ib[0] and ia[1] <= ib[1]:
            detail["relation"] = "inside"
        elif ib[0] >= ia[0] and ib[1] <= ia[1]:
            detail["relation"] = "contains"
        else:
            detail["relation"] = "overlap"
        detail["overlap"] = [max(ia[0], ib[0]), min(ia[1], ib[1])]
        if detail["relation"] in ("overlap", "inside", "contains") and _stated_span(a) \
                and _stated_span(b) and not _same_ends(ia, ib):
            # "aged 16 to 23" against "aged 14 to 23", "15-20 km" against "18-25 km":
            # two spans stated to their ends that share only part of their values are
            # two accounts of where the values lie, and they differ at an end
            detail["relation"] = "different_range"
            detail["ends"] = [[va_lo, va_hi], [vb_lo, vb_hi]]
            return "discrepancy", detail
        return "agreement", detail
    # disjoint: measure from the stated numbers, not from the tolerance band
    above = ia[0] > ib[1] or (ia[0] >= ib[1] and ia[1] > ib[1])
    detail["relation"] = "above" if above else "below"
    # a bound has no far end ("at least 3,000" may be any larger number), and "8 or 9" is
    # measured from the nearer of its two values
    no_far = "either" in (a.qualifier, b.qualifier)
    if above:
        near = va_lo - vb_hi if math.isfinite(ib[1]) else None
        far = (va_hi - vb_lo if math.isfinite(ib[0]) and math.isfinite(ia[1]) and not no_far
               else None)
        near_rel = _ratio(near, vb_hi)
        far_rel = _ratio(far, vb_lo)
    else:
        near = vb_lo - va_hi if math.isfinite(ib[0]) else None
        far = (vb_hi - va_lo if math.isfinite(ib[1]) and math.isfinite(ia[0]) and not no_far
               else None)
        near_rel = _ratio(near, vb_lo)
        far_rel = _ratio(far, vb_hi)
    if near is not None and far is not None and abs(far - near) > _EPS * max(1.0, abs(far)):
        detail["abs_diff_range"] = [near / fb, far / fb]
        detail["rel_diff_range"] = [near_rel, far_rel]
    elif near is not None:
        detail["abs_diff"] = near / fb
        detail["rel_diff"] = near_rel
    return "discrepancy", detail


#: A figure more than this factor beyond a one-sided bound it satisfies says something
#: else than the bound: "at least 150 killed" (on the first day) and "308 died" (in all).
LOOSE_BOUND = 1.5


def _loose_bound(a: Quantity, b: Quantity, fa: float, fb: float) -> float | None:
    """How far a figure (exact, "about" one value, or a range: its nearer end) lies
    beyond a one-sided bound it satisfies, when that is far (over ``LOOSE_BOUND``
    times): the two are consistent, but not one statement ("at least 78,000 dead" and
    "nearly 140,000 deaths"; "over 29,000" children and "50,000-260,000" deaths).
    ``fa`` and ``fb`` put each in base units."""
    for point, bound, fp, fbound in ((a, b, fa, fb), (b, a, fb, fa)):
        about = point.qualifier == "approximately" and point.low == point.high
        ranged = point.qualifier == "between" or (point.qualifier == "exact"
                                                 and point.low != point.high)
        if not (_is_point(point) or about or ranged) \
                or bound.qualifier not in LOWER_BOUNDS + UPPER_BOUNDS:
            continue
        lower = bound.qualifier in LOWER_BOUNDS
        vp = (point.low if lower else point.high) * fp
        vbound = (bound.low if lower else bound.high) * fbound
        if vp <= 0 or vbound <= 0:
            return None
        factor = vp / vbound if lower else vbound / vp
        return factor if factor > LOOSE_BOUND else None
    return None


def _ratio(diff: float | None, base: float) -> float | None:
    """``diff`` relative to ``base``; None when there is no base to be relative to (0, ∞)."""
    if diff is None or not base or not math.isfinite(base):
        return None
    rel = diff / base
    return rel if math.isfinite(rel) else None


def _compare_alternatives(a: Quantity, b: Quantity, va: tuple[float, float],
                          vb: tuple[float, float], tolerance: float, detail: dict[str, Any]
                          ) -> tuple[str, dict[str, Any]] | None:
    """"8 or 9" against 9 (one of the two), 8.5 (between them), 9.5 (within the tolerance
    of one of them) or another "9 or 10" (a value in common).

    None for the cases the intervals decide: a figure beyond the tolerance, or a range.
    """
    def close(x: float, y: float) -> bool:
        return abs(x - y) <= _EPS * max(1.0, abs(x), abs(y))

    if a.qualifier == "either" and b.qualifier == "either":
        if any(close(x, y) for x in va for y in vb):
            detail["relation"] = "one_of"
            return "agreement", detail
        return None
    alt, point = (va, vb[0]) if a.qualifier == "either" else (vb, va[0])
    other = b if a.qualifier == "either" else a
    if not _is_point(other):
        return None
    if close(point, alt[0]) or close(point, alt[1]):
        detail["relation"] = "one_of"
        return "agreement", detail
    if alt[0] < point < alt[1]:
        detail["relation"] = "between_alternatives"
        return "agreement", detail
    nearest = alt[0] if point < alt[0] else alt[1]
    if abs(point - nearest) <= abs(nearest) * tolerance * (1 + 1e-9):
        detail["relation"] = "near_alternative"
        either = a if a.qualifier == "either" else b
        detail["nearest"] = either.low if nearest == alt[0] else either.high
        return "agreement", detail
    return None


def _compare_points(a: Quantity, b: Quantity, va: float, vb: float, fa: float, fb: float,
                    tolerance: float, detail: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    diff = va - vb
    rel = _ratio(diff, vb)
    if abs(diff) <= _EPS * max(1.0, abs(va), abs(vb)):  # (both: the same either way round)
        detail["relation"] = "equal"
        return "agreement", detail
    round_a, round_b = _rounded_against(a, b), _rounded_against(b, a)
    pa = (a.precision or 1.0) * fa * round_a
    pb = (b.precision or 1.0) * fb * round_b
    coarse = max(pa, pb)
    symmetric = abs(diff) / max(abs(va), abs(vb))  # the same whichever side is "left"
    if fa != fb and symmetric <= CONVERSION_SLACK:
        # "215 km/h" against "135 mph" (217 km/h): figures converted and rounded by their
        # writers land a percent or two apart; that is no difference between the sources.
        # But a figure is converted to its last digit, or to its rounding: two figures
        # land a few steps of the coarser apart at most ("29,029 ft" is 8,848.0 m; "966
        # hPa" is not "28.20 inHg", 955 hPa; "5,000 feet" may be "1,500 m")
        step = max(_conversion_step(a) * fa, _conversion_step(b) * fb)
        coarse = max(coarse, min(abs(diff), APPROX_STEPS * step) * 2)
    if abs(diff) <= coarse / 2 * (1 + 1e-9) and symmetric <= tolerance:
        detail["relation"] = "equal_at_precision"
        detail["precision"] = coarse / fb
        if max(round_a, round_b) > 1.0:
            detail["round"] = "left" if pa >= pb else "right"  # which one is rounded
        detail["abs_diff"] = diff / fb
        detail["rel_diff"] = rel
        return "agreement", detail
    detail["relation"] = "above" if diff > 0 else "below"
    detail["abs_diff"] = diff / fb
    detail["rel_diff"] = rel
    return "discrepancy", detail


def _compare_scores(a: Quantity, b: Quantity,
                    detail: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Two scores or votes, side by side: "312-176" against "310-178".

    When both name their sides the terms are lined up by side; otherwise each is read
    winner first, as scores are written ("won 7-2" and "lost 2-7" are one result).
    """
    ra = a.ratio or (a.low, a.high)
    rb = b.ratio or (b.low, b.high)
    order = _orientation(a, b)
    if order == "unknown" and (ra[0] - ra[1]) * (rb[0] - rb[1]) < 0:
        order = "winner_first"
    if order in ("reversed", "winner_first"):
        rb = (rb[1], rb[0])
    detail["order"] = order
    diffs = [ra[0] - rb[0], ra[1] - rb[1]]
    detail["side_diffs"] = diffs
    if diffs == [0, 0]:
        detail["relation"] = "equal"
        return "agreement", detail
    detail["relation"] = "different_score"
    return "discrepancy", detail


def _compare_ratios(a: Quantity, b: Quantity, tolerance: float,
                    detail: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    order = _orientation(a, b)
    va, vb = a.low, b.low
    detail["order"] = order
    if order == "reversed" and vb:
        vb = 1 / vb
    close = abs(va - vb) <= max(abs(vb), abs(va)) * 1e-6
    approx = "approximately" in (a.qualifier, b.qualifier)
    if not close and approx and vb and abs(va - vb) / abs(vb) <= tolerance:
        close = True
    if order == "unknown" and not close and va and vb and abs(va - 1 / vb) <= abs(va) * 1e-6:
        detail["relation"] = "inverse_unknown_sides"
        return "not_comparable", detail
    if close:
        detail["relation"] = "equal"
        return "agreement", detail
    detail["relation"] = "above" if va > vb else "below"
    detail["abs_diff"] = va - vb
    detail["rel_diff"] = _ratio(va - vb, vb)
    return "discrepancy", detail


# -- words -------------------------------------------------------------------------------


#: a relative difference above this (1000 %) says nothing a reader can use: the absolute
#: difference is given alone ("0 against 25 men", "1 against 25,000")
_MAX_SHOWN_REL = 10.0


def _shown_pct(rel: float | None, a: Quantity, b: Quantity) -> str | None:
    """A relative difference worth printing, as "17": None for percentages of percentages,
    for a zero on either side and for differences of more than 1000 %."""
    if rel is None or not math.isfinite(rel) or abs(rel) > _MAX_SHOWN_REL:
        return None
    if a.dimension in ("percent", "percentage_point") or b.dimension in (
        "percent", "percentage_point"
    ):
        return None  # 12 % against 0.5 %: the difference is in points, not in per cent
    if 0.0 in (a.low, a.high, b.low, b.high):
        return None
    return _pct(rel)


def _amount(x: float, a: Quantity, b: Quantity, converted: bool) -> str:
    """A difference as a reader counts it: "500", "11.5 percentage points", "1.76 mi"."""
    num = format_number(abs(x))
    if "percent" in (a.dimension, b.dimension) or "percentage_point" in (a.dimension,
                                                                         b.dimension):
        return f"{num} percentage point" + ("" if abs(x) == 1 else "s")
    if converted and b.unit:
        return _with_unit(num, b)
    return num


def _fewer(q: Quantity) -> str:
    return "fewer" if q.dimension in (None, "count") else "less"


def describe(a: Quantity, b: Quantity, kind: str, detail: dict[str, Any],
             written: tuple[str, str] | None = None) -> str:
    """One sentence stating the comparison with its numbers, for the report.
    ``written``: ``format_quantity`` of ``a`` and ``b``, when the caller has them."""
    left, right = written or (format_quantity(a), format_quantity(b))
    rel = detail.get("relation")
    converted = "converted" in detail
    unit_note = " after converting units" if converted else ""
    if kind == "not_comparable":
        if rel == "incompatible_units":
            return f"{left} vs {right}: not comparable (different units)"
        if rel == "beyond_bound":
            return (f"{left} vs {right}: consistent, but one lies far beyond the other's "
                    "bound, so they need not state the same thing")
        if rel == "inverse_unknown_sides":
            return (f"{left} vs {right}: the same ratio read in opposite orders; "
                    "which side is which is not stated")
        return f"{left} vs {right}: not comparable"
    if detail.get("dimension") == "ratio":
        if kind == "agreement":
            how = " once both are read in one order" if detail.get("order") == "reversed" else ""
            return f"{left} agrees with {right}{how}"
        pct = _shown_pct(detail.get("rel_diff"), a, b)
        return f"{left} vs {right}: the ratios differ" + (f" by {pct} %" if pct else "")
    if detail.get("dimension") == "score":
        return _describe_scores(a, b, kind, detail, left, right)
    if detail.get("dimension") == RANK:
        if kind == "agreement":
            return f"{left} agrees with {right}"
        return f"{left} against {right}: the two accounts rank it differently"
    if kind == "agreement":
        if rel == "equal":
            return f"{left} agrees with {right}{unit_note}"
        if rel == "equal_at_precision":
            if detail.get("round"):
                rounded = left if detail["round"] == "left" else right
                return (f"{left} agrees with {right}: {rounded} is a round figure, to the "
                        f"nearest {format_number(detail['precision'])}{unit_note}")
            return f"{left} agrees with {right} at the precision stated{unit_note}"
        if rel == "consistent_bounds":
            if detail.get("well_beyond"):
                loose, tight = (left, right) if detail["well_beyond"] == "left" else (
                    right, left)
                far_side = "over" if a.qualifier in LOWER_BOUNDS else "under"
                return (f"{tight} does not contradict {loose}: the source of {loose} says "
                        f"the count lies well {far_side} it")
            return f"{left} and {right} do not contradict: both are bounds in one direction"
        if rel == "one_of":
            if a.qualifier == "either" and b.qualifier == "either":
                return f"{left} and {right} share a value{unit_note}"
            point, alt = (right, left) if a.qualifier == "either" else (left, right)
            return f"{point} is one of the two values of {alt}{unit_note}"
        if rel == "between_alternatives":
            point, alt = (right, left) if a.qualifier == "either" else (left, right)
            return f"{point} lies between the two values of {alt}{unit_note}"
        if rel == "near_alternative":
            point, alt = (right, left) if a.qualifier == "either" else (left, right)
            tol = _pct(detail.get("tolerance", 0.10))
            nearest = format_number(detail["nearest"])
            return f"{point} lies within {tol} % of {nearest}, one of the two values of {alt}"
        if rel == "round_at_bound":
            point = left if detail.get("round") == "left" else right
            return (f"{left} and {right} do not contradict: {point} is a round figure at "
                    f"the other's bound{unit_note}")
        if rel == "inside":
            return f"{left} lies within {right}{unit_note}"
        if rel == "contains":
            return f"{right} lies within {left}{unit_note}"
        return f"{left} and {right} overlap{unit_note}"
    above = rel == "above"
    side = "above" if above else "below"
    bound_a = a.qualifier in LOWER_BOUNDS + UPPER_BOUNDS
    bound_b = b.qualifier in LOWER_BOUNDS + UPPER_BOUNDS
    range_b = "the range " if b.qualifier == "between" else ""
    if "abs_diff_range" in detail:
        lo, hi = detail["abs_diff_range"]
        rlo, rhi = detail["rel_diff_range"]
        plo, phi = _shown_pct(rlo, a, b), _shown_pct(rhi, a, b)
        pct = f" ({plo}-{phi} %)" if plo is not None and phi is not None else ""
        return (f"{left} lies {side} {range_b}{right} by {format_number(abs(lo))} to "
                f"{_amount(hi, a, b, converted)}{pct}{unit_note}")
    diff = detail.get("abs_diff")
    if rel == "different_range":
        return f"{left} and {right} overlap but differ at an end: two spans{unit_note}"
    if rel == "different_bounds":
        pct_text = _shown_pct(detail.get("rel_diff"), a, b)
        gap = _amount(diff, a, b, converted) + (f" ({pct_text} %)" if pct_text else "")
        kind_of = "lower" if a.qualifier in LOWER_BOUNDS else "upper"
        return (f"{left} and {right} are both {kind_of} bounds, {gap} apart: the counts "
                f"they bound differ{unit_note}")
    if diff is None:
        return f"{left} lies {side} {range_b}{right}{unit_note}"
    pct_text = _shown_pct(detail.get("rel_diff"), a, b)
    gap = _amount(diff, a, b, converted) + (f" ({pct_text} %)" if pct_text else "")
    more = "more" if above else _fewer(b)
    if bound_a and bound_b:
        # "at most 2,000" against "at least 3,000": the two half-lines are apart
        least = "over" if {a.qualifier, b.qualifier} & {"more_than", "less_than"} else "at least"
        return f"{left} and {right} cannot both hold: they are {least} {gap} apart{unit_note}"
    if (bound_a or bound_b) and diff == 0:
        # "more than 1,253 men" against "1,253 men": the strict bound leaves out the
        # figure itself, and there is no gap to tell
        point = right if bound_a else left
        bound = left if bound_a else right
        figure = b if bound_a else a
        if figure.low != figure.high:
            # "more than 1,253 men" against "1,200-1,253 men": a range ending at the bound
            return f"{bound} leaves out all of {point}, which only reaches it{unit_note}"
        return f"{bound} leaves out {point} itself{unit_note}"
    if bound_a:
        # "at least 3,000 men, so more than 2,500 men by at least 500 (20 %)"
        least = "over" if a.qualifier in ("more_than", "less_than") else "at least"
        return f"{left}, so {more} than {range_b}{right} by {least} {gap}{unit_note}"
    if bound_b:
        # "2,500 men, against at least 3,000 men: at least 500 (17 %) fewer"
        least = "over" if b.qualifier in ("more_than", "less_than") else "at least"
        return f"{left}, against {right}: {least} {gap} {more}{unit_note}"
    return f"{left} lies {side} {range_b}{right} by {gap}{unit_note}"


def _describe_scores(a: Quantity, b: Quantity, kind: str, detail: dict[str, Any],
                     left: str, right: str) -> str:
    order = detail.get("order")
    how = ""
    if order == "reversed":
        how = " once both are read in one order"
    elif order == "winner_first":
        how = " once both are read winner first"
    if kind == "agreement":
        return f"{left} agrees with {right}{how}"
    ra = a.ratio or (a.low, a.high)
    rb = b.ratio or (b.low, b.high)
    if order in ("reversed", "winner_first"):
        rb = (rb[1], rb[0])
    d0, d1 = detail.get("side_diffs") or (ra[0] - rb[0], ra[1] - rb[1])
    names = a.sides or ("first side", "second side")
    parts = [f"{names[k]} {format_number(ra[k])} against {format_number(rb[k])}"
             for k in (0, 1) if (d0, d1)[k]]
    return f"{left} against {right}{how}: " + "; ".join(parts)


# -- hook --------------------------------------------------------------------------------


def _with_sides(claim: Claim) -> Quantity | None:
    q = claim.value
    if not isinstance(q, Quantity):
        return None
    sides = claim.extra.get("sides") if claim.extra else None
    if q.sides is None and sides and len(sides) == 2:
        from dataclasses import replace

        q = replace(q, sides=(str(sides[0]), str(sides[1])))
    return q


def _labelled_share(claim: Claim, q: Quantity, other: Quantity) -> Quantity:
    """A bare number its label says is a share ("- Percentage1: 26.51": the frame's
    statistic), read as a percentage where the other figure is one ("26,5%")."""
    frame = claim.frame
    if q.unit or q.dimension or other.dimension != "percent" or frame is None \
            or frame.statistic != "share" or frame.source not in ("row", "key_value"):
        return q
    from dataclasses import replace

    return replace(q, unit=other.unit, dimension="percent")


def _one_measure(left: Claim, right: Claim) -> bool:
    """Both frames name the same measure by more than a suggestive word, or count nouns
    that are one word for one thing ("220 warplanes" and "260 aircraft": synonyms in the
    vocabulary, not two units)."""
    fl, fr = left.frame, right.frame
    if fl and fr and not fl.measure and not fr.measure and fl.counted and fr.counted:
        return concept(fl.counted) == concept(fr.counted)  # "16 nations", "16 countries"
    if not (fl and fr and fl.measure and fl.measure == fr.measure):
        return False
    if not (fl.measure_weak or fr.measure_weak):
        return True
    return bool(fl.counted and fr.counted and concept(fl.counted) == concept(fr.counted))


def _change_clash(left: Claim, right: Claim) -> str | None:
    """Why two figures of change cannot be set against each other, or None.

    "Rose 5 %" is an amount of change and "5 % of voters" a level: equal numbers that
    say nothing about each other. Two amounts that go opposite ways ("rose 5 %", "fell
    5 %") disagree, but not in the way a difference of values measures.
    """
    ca = left.extra.get("change") if left.extra else None
    cb = right.extra.get("change") if right.extra else None
    amount_a = bool(ca) and ca.get("role") == "amount"
    amount_b = bool(cb) and cb.get("role") == "amount"
    if amount_a != amount_b:
        return "change_vs_level"
    if amount_a and amount_b and None not in (ca.get("direction"), cb.get("direction")) \
            and ca["direction"] != cb["direction"]:
        return "opposite_directions"
    return None


def compare_claims(left: Claim, right: Claim, config: Any) -> Finding | None:
    """A Finding for two quantity or ratio claims; None for any other pair."""
    if left.kind not in ("quantity", "ratio") or right.kind not in ("quantity", "ratio"):
        return None
    a, b = _with_sides(left), _with_sides(right)
    if a is None or b is None:
        return None
    a, b = _labelled_share(left, a, b), _labelled_share(right, b, a)
    clash = _change_clash(left, right)
    if clash is not None:
        detail: dict[str, Any] = {"left": format_quantity(a), "right": format_quantity(b),
                                  "relation": clash}
        why = ("one is an amount of change, the other a level" if clash == "change_vs_level"
               else "the two changes go in opposite directions")
        return Finding(kind="not_comparable",
                       summary=f"{detail['left']} and {detail['right']} cannot be compared: "
                       f"{why}", claims=(left.id, right.id), detail=detail)
    tolerance = getattr(config, "approx_tolerance", 0.10)
    # each figure written once for the comparison's detail and its summary alike (a pair
    # of a template's figures is compared for every candidate, most of it formatting)
    written = (format_quantity(a), format_quantity(b))
    kind, detail = compare_quantities(a, b, tolerance, _one_measure(left, right),
                                      ("well beyond" in left.hedges,
                                       "well beyond" in right.hedges), written)
    summary = describe(a, b, kind, detail, written)
    lw, rw = left.when, right.when
    if lw is not None and rw is not None and (lw.earliest, lw.latest) != (rw.earliest, rw.latest):
        def when_text(w: Any) -> str:
            if w.earliest == w.latest and w.earliest is not None:
                return w.earliest.isoformat()
            return w.timex or w.text

        summary += f"; dated {when_text(lw)} vs {when_text(rw)}"
        detail["when"] = [when_text(lw), when_text(rw)]
    return Finding(kind=kind, summary=summary, claims=(left.id, right.id), detail=detail)
