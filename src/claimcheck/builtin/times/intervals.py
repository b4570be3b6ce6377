"""Calendar arithmetic on dates: which days a date covers, narrowed and shifted.

Why apart from the resolver: these are pure functions of a date and a unit, with no
narrative state; the resolver turns a read candidate into days through them, and the
scanner checks with ``valid_date`` that a day exists before it reads a date at all.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from claimcheck.plugin import UNIT_DAYS

from .records import Raw
from .vocabulary import SEASON_MONTHS

__all__ = ["apply_mod", "interval", "month_end", "set_period_days", "shift", "valid_date"]


def valid_date(y: int, m: int, d: int) -> bool:
    """Whether day ``d`` of month ``m`` exists in year ``y`` (a year of 0 is a leap year)."""
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y if y else 2000, m)[1]


def month_end(y: int, m: int) -> dt.date:
    """The last day of month ``m`` of year ``y``."""
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift(d: dt.date, unit: str, n: float) -> dt.date | None:
    """``d`` moved by ``n`` TIMEX3 units: whole months and years on the calendar, the rest
    in days; None when that leaves the calendar."""
    try:
        if unit in ("Y", "DE", "CE"):
            mult = {"Y": 12, "DE": 120, "CE": 1200}[unit]
            if float(n).is_integer():
                return _add_months(d, int(n) * mult)
            return d + dt.timedelta(days=round(n * UNIT_DAYS[unit]))
        if unit == "M" and float(n).is_integer():
            return _add_months(d, int(n))
        return d + dt.timedelta(days=round(n * UNIT_DAYS[unit]))
    except (OverflowError, ValueError):
        return None


def interval(raw: Raw, year: int | None) -> tuple[dt.date, dt.date] | None:
    """The days a date covers before any START/MID/END modifier."""
    if year is None or not (1 <= year <= 9998 or (raw.gran == "century" and year == 0)):
        return None  # the first century's year 0 stands for its years 1-99
    g = raw.gran
    if g == "day":
        if not valid_date(year, raw.month or 1, raw.day or 1):
            return None  # "February 29" read in a year that has none
        d = dt.date(year, raw.month or 1, raw.day or 1)
        return d, d
    if g == "month":
        return dt.date(year, raw.month or 1, 1), month_end(year, raw.month or 1)
    if g == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if g == "season":
        m1, m2 = SEASON_MONTHS[raw.code or "SU"]
        if raw.code == "WI":
            return dt.date(year, 12, 1), month_end(year + 1, 2)
        return dt.date(year, m1, 1), month_end(year, m2)
    if g == "quarter":
        q = int((raw.code or "Q1")[1])
        return dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q)
    if g == "half":
        h = int((raw.code or "H1")[1])
        return dt.date(year, 6 * h - 5, 1), month_end(year, 6 * h)
    if g == "decade":
        return dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
    if g == "century":
        return dt.date(max(year, 1), 1, 1), dt.date(year + 99, 12, 31)
    return None


def apply_mod(a: dt.date, b: dt.date, mod: str | None, phrase: str) -> tuple[dt.date, dt.date]:
    """Narrow an interval: early = first third, mid = middle third, late = last third;
    first/second half are exact halves. Years split on months, shorter spans on days."""
    if mod not in ("START", "MID", "END"):
        return a, b
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    half = "half" in phrase
    if months >= 3 and a.day == 1 and b == month_end(b.year, b.month):
        k = months // 2 if half else months // 3
        if mod == "START":
            return a, month_end(*_ym(_add_months(a, k - 1)))
        if mod == "END":
            return _add_months(a, months - k), b
        start = _add_months(a, k)
        return start, month_end(*_ym(_add_months(start, months - 2 * k - 1)))
    days = (b - a).days + 1
    if half:
        k = days // 2
        return (a, a + dt.timedelta(days=k - 1)) if mod == "START" else \
            (a + dt.timedelta(days=k), b) if mod == "END" else \
            (a + dt.timedelta(days=days // 4), b - dt.timedelta(days=days // 4))
    if a.day == 1 and b == month_end(a.year, a.month) and a.month == b.month:
        # a month splits in dekads: 1-10, 11-20, 21-end
        if mod == "START":
            return a, a.replace(day=10)
        if mod == "MID":
            return a.replace(day=11), a.replace(day=20)
        return a.replace(day=21), b
    k = max(1, round(days / 3))
    if mod == "START":
        return a, a + dt.timedelta(days=k - 1)
    if mod == "END":
        return b - dt.timedelta(days=k - 1), b
    return a + dt.timedelta(days=k), b - dt.timedelta(days=k)


def _ym(d: dt.date) -> tuple[int, int]:
    return d.year, d.month


_PERIOD_RE = re.compile(r"P(?P<t>T)?(?P<n>\d+(?:\.\d+)?)(?P<u>DE|CE|[YMWDHS])")


def set_period_days(value: str) -> float | None:
    """The length in days of one period of a TIMEX3 SET value: "P1D" -> 1, "P2W" -> 14,
    "PT1H" -> 1/24; "XXXX-WXX-1" (every Monday) -> 7; "XXXX-06", "XXXX-SU" (every June,
    every summer) -> a year; "XXXX-XX-XXTMO" (every morning) -> 1. None for any other
    value. Why: a set's value is its one stated fact; this reads it back."""
    m = _PERIOD_RE.fullmatch(value)
    if m:
        unit = m.group("u")
        if m.group("t"):
            unit = {"M": "MIN"}.get(unit, unit)
        return float(m.group("n")) * UNIT_DAYS[unit]
    if re.fullmatch(r"XXXX-WXX-[1-7]", value):
        return UNIT_DAYS["W"]
    if re.fullmatch(r"XXXX-(?:0[1-9]|1[0-2]|SP|SU|FA|WI)", value):
        return UNIT_DAYS["Y"]
    if re.fullmatch(r"XXXX-XX-XXT(?:MO|AF|EV|NI|DT|\d\d:\d\d)", value):
        return UNIT_DAYS["D"]
    return None
