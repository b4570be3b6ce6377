"""Reading one figure: its value or range, unit, qualifier, direction and ratio sides.

Once a group of numbers is known to be a figure, the words around it say what it
measures ("km", "%", "$", "men"), how it is bounded or hedged ("more than", "about",
"or more"), whether it is a change ("rose 5 %") and, for a ratio, which side is which
("the North outnumbered the South 2:1").
"""

from __future__ import annotations

import re

from claimcheck.plugin import Quantity, maker, parse_number, parse_numeral, table

from .atoms import Num
from .context import DIRECTION_RIGHT_RE, RIGHT_RELEVANT_RE, WINDOW, Left, left_of
from .groups import Group
from .nouns import collective_before, counted_noun, size_of
from .qualifiers import OR_EQUAL_RIGHT_RE, QUAL_RIGHT_RE, QUALIFIERS
from .scores import score_sides
from .units import unit_after

__all__ = ["read"]


# -- the sides of a ratio -----------------------------------------------------------------

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


# -- a fraction of something: "three quarters of the vote" ------------------------------

_FRACTION_WORDS = frozenset(table("numbers")["fractions"])
_OF_RE = re.compile(r"[ \t\u00a0]+of\b", re.IGNORECASE)
_OF_A_RE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+an?(?=[ \t\u00a0])", re.IGNORECASE)


def _is_fraction(n: Num) -> bool:
    """"three quarters", "a third", "1/2", "¾": a number written as a fraction."""
    if n.digits:
        return "/" in n.raw or not n.raw.isascii()
    last = n.raw.replace("-", " ").split()[-1].lower()
    return last in _FRACTION_WORDS


def _fraction_of(text: str, n: Num, end: int) -> tuple[str, str, int] | None:
    """A fraction before "of": of a unit ("a quarter of an hour": 0.25 h), else a share of
    what follows ("three quarters of the vote": 75 %), as a percent."""
    if not (0 < n.value < 1 and _is_fraction(n)):
        return None
    am = _OF_A_RE.match(text, end)
    if am:
        unit, dim, uend = unit_after(text, am.end())
        if unit is not None and dim and not dim.startswith("currency"):
            return unit, dim, uend
        return None  # "half of a loaf": no measure, no share of a whole named
    if _OF_RE.match(text, end):
        return "percent", "percent", end
    return None


_AGE_UNITS = ("year", "month", "week", "day")
_AGE_RIGHT_RE = re.compile(r"(?:[ \t]+|-)old\b|[ \t]+of[ \t]+age\b", re.IGNORECASE)


#: Names of money after an amount that a sign before it says more precisely ("A$5 million
#: dollars").
_GENERIC_MONEY = frozenset(
    table("quantities", package="claimcheck.builtin.quantities")["currency"]["names_after"][
        "generic"])


# -- a figure -----------------------------------------------------------------------------


def read(text: str, g: Group) -> Quantity | None:
    """The figure a group states, or None when it turns out to state none ("one may")."""
    first, last = g.nums[0], g.nums[-1]
    start = first.cur_start if first.cur_start is not None else first.start
    end = last.end
    currency = first.currency or last.currency
    left = g.left or left_of(text[max(0, start - WINDOW):start])
    if g.kind == "ratio":
        if last.value == 0:
            return None
        ratio = (first.value, last.value)
        value = first.value / last.value
        qualifier = _qualifier_left(left)[0] or "exact"
        return Quantity(start, end, text[start:end], value, value, None, qualifier,
                        None, ratio, None, "ratio", _sides(text, start))
    if g.kind == "score":
        # one number per side, as written: never a range from the smaller to the larger
        a, b = first.value, last.value
        return Quantity(start, end, text[start:end], min(a, b), max(a, b), None, "exact",
                        None, (a, b), 1.0, "score", score_sides(text, start, end, a, b))
    # a scale or currency stated once applies to both ends: "16.4 to 16.7 billion"
    low, high = first.value, last.value
    lo_prec, hi_prec = first.precision, last.precision
    if g.kind == "uncertainty":
        # "19.16 ± 0.15", "4.56 ± 0.02 billion": the values the measurement allows, as a
        # range states them (a scale word after the uncertainty is the value's too)
        scale = _scale_of(last)
        value = first.value * scale if abs(_scale_of(first)) == 1 else first.value
        low, high = value - last.value, value + last.value
        lo_prec = hi_prec = max(first.precision * scale, last.precision)
    ranged = g.kind in ("range", "either", "uncertainty")
    if ranged and g.kind != "uncertainty":
        scale = _scale_of(last)
        if not first.digits and not last.digits and first.value < last.value / _words_scale(
                last.raw):
            # "two or three thousand men", "between one and two million": the scale
            # word closes both numbers in words ("between one and a thousand" is no
            # range of thousands)
            scale = _words_scale(last.raw)
        if scale > 1 and _scale_of(first) == 1 and first.value * scale <= last.value * 1.0001:
            low = first.value * scale
            lo_prec = first.precision * scale
        if low > high:
            return None
    quiet = not RIGHT_RELEVANT_RE.match(text, end)  # "1, 2": nothing after can count
    unit, dim, uend = (None, None, end) if quiet else unit_after(text, end)
    if last.after_limit is not None and uend > last.after_limit:
        unit, dim, uend = None, None, end  # "17 USD 25": the code is the next amount's
    share = None
    if unit is None and not quiet and g.kind == "single" and not currency:
        share = _fraction_of(text, first, end)
        if share is not None:
            unit, dim, uend = share
            if unit == "percent":  # a share: the fraction as a percent
                low = high = first.value * 100
                lo_prec = hi_prec = 1.0
    if unit is None and ranged:
        # "15 km to 20 km": the unit may sit after the first number only
        unit, dim, _ = unit_after(text, first.end)
    if unit is not None and dim and dim.startswith("currency:") and (
            not currency or text[end:uend].strip().lower() not in _GENERIC_MONEY):
        # a currency named after the amount is the amount's, even after a sign that says
        # another ("$60 million francs": francs, the sign a slip); but "A$5 million
        # dollars" are the sign's dollars
        currency = unit
    if currency:
        unit, dim = currency, f"currency:{currency}"
    if uend > end:
        end = uend
    sized = None if (unit is not None or quiet) else size_of(text, end)
    if sized is not None:
        # "a 12-man crew": the group's size, counting what the noun names
        unit, dim, end = sized[0], "count", sized[1]
    right = text[end:end + WINDOW]
    if unit is None and not quiet:
        noun = counted_noun(text, end, singular=(high == 1))
        if noun is not None:
            unit, dim = noun, "count"
    if g.kind == "single" and not first.digits and dim in (None, "count"):
        if first.value == 1 and first.raw.lower() in ("one", "a", "an"):
            return None  # "one may suppose", "on the one hand", "a one-man show": no figure
        if first.value <= 10 and left.is_definite() and sized is None:
            return None  # "the two sides", "both three": a reference, not a count
    skip = 0
    if ranged:
        qualifier = "either" if g.kind == "either" else "between"
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
        if qualifier in ("more_than", "less_than") and not quiet and OR_EQUAL_RIGHT_RE.match(
            text, end
        ):
            qualifier = "at_least" if qualifier == "more_than" else "at_most"
        qm = None if quiet else QUAL_RIGHT_RE.match(text, end)
        # "about five hundred or more": the bound after says more than the hedge before
        if qm and qualifier in ("exact", "approximately") and (
            qualifier == "exact" or qm.group("more") or qm.group("less")
        ):
            if qm.group("less"):
                qualifier = "at_most"
            elif qm.group("approx"):
                qualifier = "approximately"
            else:
                qualifier = "at_least" if qm.group("more") else "more_than"
    if unit is None and dim is None and not currency:
        group = collective_before(left, skip)
        if group is not None:
            unit, dim = group, "count"  # "a crew of twelve": the crew is what is counted
    direction = _direction(left, skip, right)
    precision = max(lo_prec, hi_prec)
    if dim == "duration" and unit in _AGE_UNITS:
        am = _AGE_RIGHT_RE.match(text, end)
        if am:  # "a 5-year-old", "29 years old", "3 years of age": the age as written
            end = am.end()
    return _QUANTITY(start=start, end=end, text=text[start:end], low=low, high=high,
                     unit=unit, qualifier=qualifier, direction=direction, precision=precision,
                     dimension=dim or ("count" if unit else None))


#: a figure's Quantity made at once (``maker``: under half of ``built``'s cost, paid for
#: every figure)
_QUANTITY = maker(Quantity)


def _scale_of(n: Num) -> float:
    base = parse_numeral(n.raw) if n.digits else None
    if base is None or base == 0:
        return 1.0
    return n.value / base


#: Scale words a number in words may end with ("three thousand").
_WORD_SCALES = frozenset(table("numbers")["word_scales"])


def _words_scale(raw: str) -> float:
    """The scale word a number in words ends with, which a range's first number written
    bare shares ("two or three thousand men", "between one and two million"): 1 when it
    ends in none, or is that word alone."""
    words = raw.lower().replace("-", " ").split()
    if len(words) < 2 or words[-1] not in _WORD_SCALES:
        return 1.0
    return parse_number("one " + words[-1]) or 1.0


def _qualifier_left(left: Left) -> tuple[str | None, int]:
    q, used = left.qualifier()
    if q == "approximately":
        # "more than about 1.35 million": the bound says more than the hedge
        words = left.words(used)
        for k in (3, 2, 1):
            if len(words) >= k and QUALIFIERS.get(" ".join(words[-k:]), q) != q:
                return QUALIFIERS[" ".join(words[-k:])], used + k
    return q, used


def _direction(left: Left, skip: int, right: str) -> str | None:
    found = left.direction(skip)
    if found:
        return found
    m = DIRECTION_RIGHT_RE.match(right)
    if m:
        return "up" if m.group("up") else "down"
    return None
