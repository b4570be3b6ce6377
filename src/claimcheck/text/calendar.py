"""Calendar words: month names and the length of duration units, one definition each.

Dates are read by the times plugin, but month names also tell other readers what is not
a figure ("25 June") or what belongs to a clause's date; they all read this one table
(``data/calendar.toml``). Feasts ("Christmas 1914", "Easter 1916") are calendar words too:
their days, and the date of Easter, are defined here once.
"""

from __future__ import annotations

import datetime as _dt

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
