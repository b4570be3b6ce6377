"""Calendar words: month names and the length of duration units, one definition each.

Dates are read by the times plugin, but month names also tell other readers what is not
a figure ("25 June") or what belongs to a clause's date; they all read this one table
(``data/calendar.toml``).
"""

from __future__ import annotations

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
