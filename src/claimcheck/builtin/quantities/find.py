"""Every figure in a text: numbers found, grouped, sifted and read, in one linear pass.

``find_quantities`` is the reader's entry point: atoms (every number) are joined into
groups (ranges, ratios, chains), groups that are no figure are dropped, the rest are
read, and two bounds stated together ("more than 10 and less than 40") become a range.

Linear by construction: numbers are found by two compiled patterns (numerals,
number-word runs); every other decision looks at a bounded window around a number with
anchored patterns, so the cost per number is constant.
"""

from __future__ import annotations

import re

from claimcheck.plugin import Quantity, maker, parse_number, table

from .atoms import atoms
from .compounds import merge_compounds
from .groups import Group, group, has_unit_after
from .not_figures import excluded, is_year
from .nouns import counted_noun
from .qualifiers import LOWER_BOUNDS, QUALIFIER_WORDS, UPPER_BOUNDS
from .ranks import rank_quantities
from .reading import read
from .scales import outside, scale_quantities
from .vague import vague_quantities

__all__ = ["find_quantities"]

_LIST_SEP_RE = re.compile(r"[ \t]*(?:,|and|&)[ \t]*(?:and[ \t]+)?")


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order, with exact code-point spans.

    >>> [q.text for q in find_quantities("By 1950 the army numbered 110,000 men.")]
    ['110,000']
    """
    out = merge_compounds(text, _merge_bounds(text, _find(text, group(text, atoms(text)))))
    vague = vague_quantities(text)
    out = _with_phrases(out, vague) if vague else out
    ranks = rank_quantities(text)
    out = _with_phrases(out, ranks) if ranks else out
    scales = outside(scale_quantities(text), ranks)  # ("the first Category 5 hurricane")
    return _with_phrases(out, scales) if scales else out


def _with_phrases(found: list[Quantity], phrases: list[Quantity]) -> list[Quantity]:
    """Figures read as whole phrases (vague magnitudes, ranks) among the figures; a
    number word inside one ("several hundred") gives way to it, and one inside a figure
    read already is none. Both lists are in order: one merge, linear."""
    out: list[Quantity] = []
    i = 0
    for v in phrases:
        while i < len(found) and found[i].end <= v.start:
            out.append(found[i])
            i += 1
        if out and out[-1].end > v.start:
            continue  # inside a figure read already: "$3 million" is no vague figure
        while i < len(found) and found[i].start < v.end:
            i += 1  # "several hundred": the bare "hundred" was no figure
        out.append(v)
    out.extend(found[i:])
    return out


#: Adverbs of certainty a bound may carry ("certainly less than"): quantities.toml.
_CERTAINTY = frozenset(table("quantities", package="claimcheck.builtin.quantities")
                       ["ranges"]["certainty_adverbs"])
_BOUND_JOIN_RE = re.compile(r"[ \t]*,?[ \t]*(?:(?:and|but)[ \t]+)?(?P<q>[^\d\n.;]{0,40})")


def _joins_bounds(between: str) -> bool:
    """Only "and", "but", a comma and the second bound's own words ("certainly less
    than": an adverb of certainty too): "x>10 and y<20" is not."""
    m = _BOUND_JOIN_RE.fullmatch(between)
    if not m:
        return False
    words = m.group("q").replace("<", " < ").replace(">", " > ").split()
    return all(w.lower() in QUALIFIER_WORDS or w.lower() in _CERTAINTY for w in words)


def _shared_scale(lower: Quantity, upper: Quantity) -> float:
    """The scale word the upper bound ends with, when the lower bound, said first and
    bare, shares it: "more than fifty and less than fifty-three thousand" is 50,000 to
    53,000, as "between fifty and sixty thousand" is; 1 when none is shared."""
    if lower.end > upper.start:
        return 1.0
    factor = next((f for w in reversed(upper.text.split()) if w.isalpha()
                   and (f := parse_number("one " + w)) is not None), None)  # ("8 million
    # dollars": the scale before the unit)
    if not factor or factor < 100 or lower.low != lower.high or lower.low >= factor:
        return 1.0
    if parse_number(lower.text.split()[-1]) != lower.low \
            or lower.low * factor > upper.high or lower.low * factor * 10 < upper.high:
        return 1.0  # (its own scale already, or no mantissa beside the upper's)
    return factor


def _merge_bounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """"more than 10 and less than 40", "above 1000 and below 1500": one range."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            qa, qb = a.qualifier, b.qualifier
            lower = a if qa in LOWER_BOUNDS else b
            upper = b if lower is a else a
            if (
                # a lower bound and an upper one (tested on the two qualifiers as they are:
                # a set of them and of the bounds, made for every neighbour, cost more)
                (qa in LOWER_BOUNDS or qb in LOWER_BOUNDS)
                and (qa in UPPER_BOUNDS or qb in UPPER_BOUNDS)
                and (a.unit == b.unit or a.unit is None or b.unit is None)
                and a.dimension in (b.dimension, None)
                and lower.low < upper.high
                and _joins_bounds(text[a.end:b.start])
            ):
                low = lower.low * _shared_scale(lower, upper)
                out.append(Quantity(a.start, b.end, text[a.start:b.end], low,
                                    upper.high, a.unit or b.unit, "between", None, None,
                                    max(a.precision or 1, b.precision or 1),
                                    a.dimension or b.dimension))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _find(text: str, groups: list[Group]) -> list[Quantity]:
    out: list[Quantity] = []
    last_ref_end = -1
    reason: str | None = None
    for i, g in enumerate(groups):
        if (
            last_ref_end >= 0
            and _LIST_SEP_RE.fullmatch(text[last_ref_end:g.nums[0].start])
            and _continues(text, g, reason)
        ):
            last_ref_end = g.nums[-1].end
            continue
        if _between_numbers(text, groups, i):
            q = _bare(text, g)
        else:
            reason = excluded(text, g)
            if reason:
                last_ref_end = g.nums[-1].end
                continue
            q = read(text, g)
        last_ref_end = -1
        if q is not None:
            out.append(q)
    return out


def _continues(text: str, g: Group, reason: str | None) -> bool:
    """Whether ``g``, listed right after a number that is no figure, continues its list.

    "pp. 12, 14 and 16", "Fond 5, 6", "June 25, 26 and 27" are lists; "In 1950, 135,000
    troops" and "Hill 303, 200 men" are not: a year is followed by a figure, and a number
    that counts something ("200 men", "4.2 million people", "5 km") is a figure.
    """
    if reason == "year":
        return False  # the next year is no figure by itself; anything else is one
    first, last = g.nums[0], g.nums[-1]
    # "June 25, 26 and 27": after a date, more days of the month, nothing larger (tested
    # before the unit and the counted noun, which cost ten times more: the year after
    # every "June 1," is none)
    if reason in ("date", "time") and not (
        g.kind == "single"
        and first.digits
        and "," not in first.raw
        and float(first.value).is_integer()
        and 0 < first.value <= 31
    ):
        return False
    if first.currency or has_unit_after(text, last):
        return False
    return counted_noun(text, last.end, singular=last.value == 1) is None


def _between_numbers(text: str, groups: list[Group], i: int) -> bool:
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


def _bare(text: str, g: Group) -> Quantity | None:
    n = g.nums[0]
    if is_year(text, n) or (not n.digits and n.value == 1):
        return None
    return _QUANTITY(start=n.start, end=n.end, text=text[n.start:n.end], low=n.value,
                     high=n.value, precision=n.precision)


#: a bare number's Quantity made at once (``maker``: made for every number of a row)
_QUANTITY = maker(Quantity)
