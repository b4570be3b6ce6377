"""Dates, periods and durations: find them, normalise them to intervals, keep the anchor.

Why rules and not a parser library: dateparser fills a missing year or day with today's
date, which invents precision a historian cannot afford. HeidelTime's narrative mode is
the model here: a year-less date ("On June 29") takes the year of the last date the
narrative mentioned, then the document's own date, and otherwise stays year-less.

This module is the public surface (``find_times``, also ``claimcheck.times``). The work
is done by: patterns.py (the one pattern that finds candidates), recognise.py and
scan.py (reading them), resolve.py and intervals.py (years, days, TIMEX3 values),
records.py (what passes between them), vocabulary.py (the word tables of times.toml),
and claims.py (a document's time claims and the date a figure holds for).
"""

from __future__ import annotations

import datetime as dt

from claimcheck.plugin import TimeRef

from .records import State
from .resolve import Resolver, as_date
from .scan import Scanner

__all__ = ["find_times"]


def find_times(text: str, reference: dt.date | str | None = None) -> list[TimeRef]:
    """Every date, period, range, duration and relative expression in ``text``, in order,
    and the recurring times (``kind`` "set": "daily", "twice a week") and references to
    the present, past or future (``kind`` "ref": "now", "formerly") a TimeML annotator
    would mark; those two have a TIMEX3 value and no interval.

    A year-less date takes the year of the last date before it; failing that, the year
    of ``reference`` (a date or ISO string); failing that it stays year-less
    (``earliest``/``latest`` None, timex ``XXXX-06-29``). A relative expression ("the
    next morning") counts only from a date before it. Today's date is never used. A
    year before the common era has timex "BC0480" and no interval (see resolve.py).
    """
    if not text:
        return []
    raws = Scanner(text).scan()
    resolver = Resolver(text, as_date(reference))
    state = State()
    return [resolver.resolve(r, state) for r in raws]
