"""Calendar words: month names and the length of duration units, one definition each.

Dates are read by the times plugin, but month names also tell other readers what is not
a figure ("25 June") or what belongs to a clause's date; they all read this one table
(``data/calendar.toml``). Feasts ("Christmas 1914", "Easter 1916") are calendar words too:
their days, and the date of Easter, are defined here once. So are the days a TIMEX3 value
covers (``timex_days``), which the times plugin compares by and the aligner lines dates
up by, Python's dates stopping at year 1 ("480 BC").
"""

from __future__ import annotations

import calendar as _calendar
import datetime as _dt
import re
from typing import Any

from claimcheck.text.data import table

_DATA = table("calendar")

#: Month name or abbreviation, lower case -> month number (1-12).
MONTHS: dict[str, int] = dict(_DATA["months"])

#: Every month name and abbreviation, lower case.
MONTH_NAMES: frozenset[str] = frozenset(MONTHS)

#: Length of a TIMEX3 duration unit in days (Y, M, W, D, H, MIN, S, DE, CE).
UNIT_DAYS: dict[str, float] = {unit: float(days) for unit, days in _DATA["unit_days"].items()}


def month_pattern() -> str:
    """A regular-expression group matching any month name or abbreviation as written in
    title case ("January", "Sept"), longest first so that no name stops at its prefix."""
    names = sorted((name.title() for name in MONTHS), key=lambda n: (-len(n), n))
    return "(?:" + "|".join(names) + ")"


#: Feast name, lower case -> its month and day ("christmas" -> (12, 25)).
FIXED_FESTIVALS: dict[str, tuple[int, int]] = {
    name: (int(month), int(day)) for name, (month, day) in _DATA["festivals"]["fixed"].items()
}
#: Movable feast name, lower case -> days after Easter Sunday ("good friday" -> -2).
EASTER_FESTIVALS: dict[str, int] = {
    name: int(days) for name, days in _DATA["festivals"]["easter"].items()
}


def easter(year: int) -> _dt.date | None:
    """Easter Sunday of ``year``, as a historian writes it; None outside years 1-9999.

    Why two rules: from 1583 the Gregorian computus (the anonymous algorithm printed by
    Meeus, exact for every Gregorian year); before, the Julian computus, whose date is
    returned as written, since claimcheck reads a pre-1583 date ("April 16, 1066") as it
    is written too. Both are pure integer arithmetic: no table, no library.
    """
    if not 1 <= year <= 9999:
        return None
    if year < 1583:
        d = (19 * (year % 19) + 15) % 30
        e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return _dt.date(year, month, day + 1)
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month, day = divmod(h + leap - 7 * m + 90, 25)
    day = (h + leap - 7 * m + 33 * month + 19) % 32
    return _dt.date(year, month, day)


def festival_date(name: str, year: int) -> _dt.date | None:
    """The day a feast ("christmas", "good friday") falls on in ``year``; None when the
    name is no feast or the day leaves the calendar."""
    key = " ".join(name.lower().replace("\u2019", "'").split())
    try:
        if key in FIXED_FESTIVALS:
            month, day = FIXED_FESTIVALS[key]
            return _dt.date(year, month, day)
        if key in EASTER_FESTIVALS:
            sunday = easter(year)
            return None if sunday is None else sunday + _dt.timedelta(EASTER_FESTIVALS[key])
    except (ValueError, OverflowError):
        return None
    return None


# -- TIMEX values back to days ---------------------------------------------------------------

_TIMEX_RE = re.compile(
    r"(?P<bc>BC)?(?P<sign>-)?(?P<y>\d{2,5})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?:T.*)?")


def _days_before_year(y: int) -> int:
    """Days from 0001-01-01 to the first day of astronomical year ``y`` (negative before)."""
    y -= 1
    return 365 * y + y // 4 - y // 100 + y // 400


def day_number(y: int, m: int, d: int) -> int:
    """The proleptic Gregorian day number of a date of astronomical year ``y`` (year 0 is
    1 BC): ``date.toordinal()`` for years from 1, extended below it."""
    days = [31, 29 if _calendar.isleap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return _days_before_year(y) + sum(days[:m - 1]) + d


def astronomical_year(timex: str) -> int | None:
    """The ISO 8601 (astronomical) year of a TIMEX3 year value: "BC0480" -> -479 (there
    is no year 0 between 1 BC and AD 1), "-0479" -> -479, "1950-06" -> 1950."""
    m = _TIMEX_RE.fullmatch(timex)
    if m is None or len(m.group("y")) < 4:
        return None
    y = int(m.group("y"))
    if m.group("bc"):
        return 1 - y
    return -y if m.group("sign") else y


def timex_days(timex: str) -> tuple[int, int] | None:
    """The first and last day a TIMEX3 date value covers, as proleptic Gregorian day
    numbers (``day_number``): "1950-06" -> June 1950; "BC0480" -> the year 480 BC; a
    century "19" -> 1900-1999, "BC04" -> 499-400 BC; a range "BC1000/BC0800" -> both
    ends. Why day numbers: Python's dates stop at year 1, so a year before the common era
    has no ``earliest``; two such values still compare by these numbers. None for values
    with no day to give ("XXXX-06", "PRESENT_REF", "P2Y", "1950-SU")."""
    if "/" in timex:
        a, _, b = timex.partition("/")
        da, db = timex_days(a), timex_days(b)
        return (da[0], db[1]) if da and db and da[0] <= db[1] else None
    m = _TIMEX_RE.fullmatch(timex)
    if m is None:
        return None
    digits = m.group("y")
    if len(digits) == 2:  # a century: "19", "BC04"
        n = int(digits)
        if m.group("bc"):
            first, last = -(n * 100 + 99) + 1, -(n * 100) + 1
        else:
            first, last = n * 100, n * 100 + 99
        return day_number(first, 1, 1), day_number(last, 12, 31)
    y = astronomical_year(timex)
    if y is None:
        return None
    if m.group("d"):
        mo, d = int(m.group("m")), int(m.group("d"))
        if not 1 <= mo <= 12 or not 1 <= d <= _calendar.monthrange(2000 if _calendar.isleap(y)
                                                                    else 2001, mo)[1]:
            return None
        n = day_number(y, mo, d)
        return n, n
    if m.group("m"):
        mo = int(m.group("m"))
        if not 1 <= mo <= 12:
            return None
        last = _calendar.monthrange(2000 if _calendar.isleap(y) else 2001, mo)[1]
        return day_number(y, mo, 1), day_number(y, mo, last)
    return day_number(y, 1, 1), day_number(y, 12, 31)


def day_span(when: Any) -> tuple[int, int] | None:
    """The first and last day a date covers, as day numbers: its ``earliest`` and
    ``latest`` where Python's dates hold them, else its TIMEX value's (``timex_days``:
    "480 BC"); None for a date with no day to give. ``when`` is a TimeRef."""
    if when is None:
        return None
    if when.earliest is not None and when.latest is not None:
        return when.earliest.toordinal(), when.latest.toordinal()
    return timex_days(when.timex) if when.timex else None


#: A time of day at the end of a TIMEX value: "T05:17", "T22:32-07:00", "T05:17:57Z".
_CLOCK_RE = re.compile(r"T(\d\d)(?::(\d\d))?(?::(\d\d))?(Z|[+-]\d\d:\d\d)?$")


def clock_moment(when: Any) -> tuple[int, int, int | None] | None:
    """A time of day as written (a TimeRef whose TIMEX value ends in one): its seconds on
    the day-number scale (``day_span``'s first day times 86,400, plus the clock read), the
    step it was stated to (3,600 for an hour, 60 for a minute, 1 for a second) and its
    zone's offset from UTC in seconds (None when no zone is said). None for anything else.
    One reading of "2012-08-05T22:32-07:00" for the times comparator and the aligner."""
    m = _CLOCK_RE.search(getattr(when, "timex", "") or "")
    days = day_span(when) if m else None
    if m is None or days is None:
        return None
    seconds = days[0] * 86400 + int(m.group(1)) * 3600 + int(m.group(2) or 0) * 60 + int(
        m.group(3) or 0)
    step = 1 if m.group(3) else (60 if m.group(2) else 3600)
    zone = m.group(4)
    offset = None if zone is None else 0 if zone == "Z" else (1 if zone[0] == "+" else -1) * (
        int(zone[1:3]) * 3600 + int(zone[4:6]) * 60)
    return seconds, step, offset
