"""A time of day under a dateline looks for the dateline's day named again by bisection:
the work per time of day stays the same however many days the document names before it
(a walk over every earlier day, once a time of day, is quadratic in a long news file).
Counted in reads of the day list, never in wall time."""

from __future__ import annotations

import datetime as dt

from claimcheck.builtin.times.clock import day_for, find_clocks
from claimcheck.model import TimeRef


class _Counted(list):
    """A list that counts the items read from it, one by one or by slices."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        got = super().__getitem__(index)
        _Counted.reads += len(got) if isinstance(index, slice) else 1
        return got

    def __iter__(self):  # type: ignore[no-untyped-def]
        for item in super().__iter__():
            _Counted.reads += 1
            yield item


def _day(start: int, day: dt.date) -> TimeRef:
    return TimeRef(start=start, end=start + 10, text="x" * 10, earliest=day, latest=day,
                   granularity="day", timex=day.isoformat())


def _reads(n: int) -> tuple[TimeRef | None, int]:
    # the dateline's day at 0, n other days, the dateline's day named again, then a
    # time of day far below it in a sentence that names no date
    first = dt.date(2015, 3, 3)
    days = [_day(0, first)]
    days += [_day(100 + 20 * i, first + dt.timedelta(days=1 + i % 300)) for i in range(n)]
    again = 100 + 20 * n
    days.append(_day(again, first))
    text = " " * (again + 2000) + "at 04:20 GMT."
    (clock,) = find_clocks(text)
    counted = _Counted(days)
    _Counted.reads = 0
    found = day_for(clock, counted, [d.start for d in days], (clock.start - 3, len(text)),
                    (clock.start - 3, len(text)), False, dateline=0)
    return found, _Counted.reads


def test_the_dateline_day_named_again_is_found() -> None:
    found, _ = _reads(50)
    assert found is not None and found.timex == "2015-03-03"


def test_the_search_does_not_walk_every_earlier_day() -> None:
    _, few = _reads(50)
    _, many = _reads(5000)
    assert many <= few + 5
