"""Neighbouring numbers joined into one figure: a range, a ratio, or a chain that is none.

"87,500-99,000" and "between 10 and 20" are ranges, and so is "19.16 ± 0.15" (a value and
its uncertainty); "two or three" is one value or the
other ("either"); "won 7-2" and "passed 312 to 176" are scores; "1:2" and "six to one"
are ratios; "1950-06-25", "4-51-2" and "10:30" are chains (dates, codes, clock times)
and never figures. What links two numbers is read from the few characters between
them and the context before the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.plugin import parse_numeral, table

from .atoms import Num
from .context import TIME_RIGHT_RE, WINDOW, Left, left_of
from .nouns import counted_noun
from .scores import is_score
from .units import PERCENT_RE, UNIT_RE, unit_after

__all__ = ["PLUS_MINUS", "Group", "group", "has_unit_after"]

#: The signs that put an uncertainty after a value: "±", "+/-", "+/−", "+-".
PLUS_MINUS = r"(?:\u00b1|\+/-|\+/\u2212|\+-)"

#: "to as many as": words between "to" and a range's upper end (quantities.toml)
_UPPER_END = "|".join(
    re.escape(w).replace(r"\ ", r"[ \t\u00a0]+") for w in sorted(
        table("quantities", package="claimcheck.builtin.quantities")["ranges"]["upper_end"],
        key=len, reverse=True))

_CONNECT_RE = re.compile(
    # (a citation mark may stand after the first end: "20,000[1]–25,000 men")
    r"(?P<dash>(?:\[\d{1,3}\])?[ \t\u00a0]*[-\u2013\u2014~][ \t\u00a0]*"
    r"|[ \t\u00a0]+(?:through|thru)[ \t\u00a0]+)"
    r"|(?P<hto>-to-)"
    r"|(?P<colon>[ \t]?:[ \t]?)"
    r"|(?P<to>[ \t\u00a0]+to[ \t\u00a0]+(?:(?:" + _UPPER_END + r")[ \t\u00a0]+)?)"
    r"|(?P<and>[ \t\u00a0]+and[ \t\u00a0]+)"
    r"|(?P<or>[ \t\u00a0]+or[ \t\u00a0]+)"
    r"|(?P<pm>[ \t\u00a0]*" + PLUS_MINUS + r"[ \t\u00a0]*)",
    re.IGNORECASE,
)


#: A citation's mark and a dash between two numbers: "20,000[1]–25,000".
_CITED = re.compile(r"\[\d{1,3}\][ \t\u00a0]*[-\u2013\u2014][ \t\u00a0]*")

#: words that introduce a year: "in 2017 to 2,400" is a year and a figure
#: A plural verb right after a number ("June 5 - 12 were killed"): a count, no last day
#: (quantities.toml references.count_verbs_after).
_COUNT_VERB_AFTER = re.compile(r"[ \t]+(?:" + "|".join(table(
    "quantities", package="claimcheck.builtin.quantities")["references"]["count_verbs_after"])
    + r")\b")
_YEAR_WORDS = frozenset(table("quantities", package="claimcheck.builtin.quantities")
                        ["change"]["year_words"])


@dataclass
class Group:
    """One number, or numbers read together, and what joins them."""

    nums: list[Num]
    kind: str  # "single", "range", "either", "score", "ratio", "uncertainty", "chain"
    left: Left | None = None  # the context before it, once computed


def group(text: str, nums: list[Num]) -> list[Group]:
    """Join neighbours linked by "-", "to", "and", ":" into ranges and ratios.

    Three or more numbers chained by dashes, colons or slashes ("1950-06-25",
    "4-51-2") are identifiers or dates, never figures.
    """
    groups: list[Group] = []
    i = 0
    n = len(nums)
    while i < n:
        a = nums[i]
        cited = i + 2 < n and _CITED.fullmatch(text, a.end, nums[i + 2].start) is not None
        if cited:
            # "20,000[1]–25,000 men": a citation's number between a range's ends (the
            # citation itself is no figure); the range is read across it
            b = nums[i + 2]
            cm = _CONNECT_RE.fullmatch(text, a.end, b.start)
            if cm is not None and _link_kind(text, a, b, cm) == "range":
                groups.append(Group([a, b], "range"))
                i += 3
                continue
        if i + 1 < n:
            b = nums[i + 1]
            b_start = b.start if b.cur_start is None else b.cur_start
            cm = _CONNECT_RE.fullmatch(text, a.end, b_start)
            if cm is None and b_start - a.end < 40:
                um = PERCENT_RE.match(text, a.end) or UNIT_RE.match(text, a.end)
                # "5 km to 8 km": a connector after the first unit, and the same unit
                # after both (read last: "5% 5% 5%" has no connector, and reading the
                # units of both was a third of grouping a run of them)
                joined = _CONNECT_RE.fullmatch(text, um.end(), b_start) \
                    if um is not None and um.end() < b_start and b.currency is None else None
                if joined is not None \
                        and unit_after(text, a.end)[0] == unit_after(text, b.end)[0]:
                    cm = joined
            if cm:
                kind = _link_kind(text, a, b, cm)
                if kind == "chain":
                    j = i + 1
                    while j + 1 < n and _CONNECT_RE.fullmatch(text[nums[j].end:nums[j + 1].start]):
                        j += 1
                    groups.append(Group(nums[i:j + 1], "chain"))
                    i = j + 1
                    continue
                if kind is not None:
                    if i + 2 < n and kind in ("range", "ratio", "score"):
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
                            groups.append(Group(nums[i:j + 1], "chain"))
                            i = j + 1
                            continue
                    groups.append(Group([a, b], kind))
                    i += 2
                    continue
        # a slash joins dates and fractions: "25/6/1950", "1/3": not read as figures
        groups.append(Group([a], "single"))
        i += 1
    return groups


def _link_kind(text: str, a: Num, b: Num, cm: re.Match[str]) -> str | None:
    left = left_of(text[max(0, a.start - WINDOW):a.cur_start if a.cur_start is not None
                      else a.start])
    if cm.group("colon") is not None:
        if not (a.digits and b.digits):
            return None
        if b.currency is not None or _year_then_figure(a, b, left):
            return None  # "as of June 30, 2008: $307.02 billion": a label's date, then
            # its figure; no ratio has a sum of money on one side only
        if _is_clock(text, a, b, left):
            return "chain"
        return "ratio"
    if cm.group("hto") is not None:
        return "ratio"
    if cm.group("pm") is not None:
        # "19.16 ± 0.15 km/s", "4.56 billion ± 20 million", "-40 ± 5": a measurement and
        # its uncertainty, the values between; the uncertainty is smaller than the value
        # once a scale word stated once ("3.8 ± 0.2 billion") is applied to both
        if not (a.digits and b.digits):
            return None
        base, error_base = parse_numeral(a.raw.lstrip("-\u2212")), parse_numeral(b.raw)
        if not base or not error_base:
            return None
        value = abs(a.value)
        if value == base:
            value *= b.value / error_base  # "3.8 ± 0.2 billion": the scale is both's
        return "uncertainty" if 0 < b.value < value else None
    if (cm.group("dash") is not None or cm.group("to") is not None) and _year_then_figure(
        a, b, left
    ):
        return None  # "grew in 2017 to 2.4 million": a year, then the figure
    if cm.group("dash") is not None:
        if not (a.digits and b.digits) or left.is_change_from():
            return None
        if left.is_date() and cm.group()[:1].isspace() and (
                a.value <= 31 < b.value or counted_noun(text, b.end, singular=False)
                or _COUNT_VERB_AFTER.match(text, b.end)):
            return None  # "Hillcrest, June 19 - 195 miners", "Kabul, June 5 - 12
            # soldiers": a dateline, then its figure
        if "~" not in cm.group() and not left.is_between() and is_score(text, a, b, left.low):
            return "score"  # "won 7-2", "a 52-48 vote": one number per side
        return "range"
    if cm.group("to") is not None:
        if left.is_change_from():
            return None
        if (
            not left.is_between()
            and not left.ratio_context()
            and is_score(text, a, b, left.low)
        ):
            return "score"  # "passed 312 to 176"
        if b.value < a.value or (left.ratio_context() and not has_unit_after(text, b)):
            return "ratio" if b.value > 0 and not has_unit_after(text, b) else None
        return "range"
    if cm.group("and") is not None:
        return "range" if left.last_word() == "between" else None
    if cm.group("or") is not None:
        # "two or three divisions", "8 or 9 people": one value or the other, not a range
        if a.digits == b.digits and b.value > a.value and not a.currency and not (
            a.digits and ("." in a.raw) != ("." in b.raw)
        ):
            return "either"
        return None
    return None


def _year_then_figure(a: Num, b: Num, left: Left) -> bool:
    """A year joined to a number no year is written as: two things, never one range.

    "in 2017 to 2.4 million", "2019-$3.1 billion": the second number carries a scale
    word, a decimal point or a currency, or (after "in", "since", ...) thousands
    separators, which years never have; "1950-53" and "1914 to 1918" stay ranges.
    """
    if not (a.digits and a.currency is None and len(a.raw) == 4 and a.raw.isdigit()
            and 1000 <= a.value <= 2100 and a.end == a.start + 4):
        return False
    scaled = b.digits and b.end - b.start > len(b.raw)
    if scaled or b.currency is not None or (b.digits and "." in b.raw):
        return True
    return b.digits and "," in b.raw and left.last_word() in _YEAR_WORDS


def _is_clock(text: str, a: Num, b: Num, left: Left) -> bool:
    """"10:30", "3:05 p.m." are times of day; "1:2", "1:13" and "1:6.5" are ratios."""
    if "." in b.raw or "," in b.raw or "," in a.raw:
        return False
    if len(b.raw) != 2 or a.value > 24 or b.value > 59:
        return False
    if len(a.raw) == 2 and a.raw[0] == "0":
        return True  # "09:57": an hour written with its leading zero
    if left.ratio_context():
        return False
    if TIME_RIGHT_RE.match(text, b.end) or left.is_time():
        return True
    if text[b.end:b.end + 1] == ":":
        return True
    return b.raw[0] == "0" or a.value >= 10


def has_unit_after(text: str, n: Num) -> bool:
    """A unit or a percent sign right after the number: "5 km", "30 %"."""
    return bool(UNIT_RE.match(text, n.end) or PERCENT_RE.match(text, n.end))

