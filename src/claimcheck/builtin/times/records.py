"""The records a time expression passes through between the text and its TimeRef.

Why apart from the scanner and the resolver: a candidate is read from the text first
(a Raw: what the words say, possibly without a year) and resolved later, in reading
order, against what the narrative has told so far (a State). Both stages, and the
pipeline hook that resolves footnotes from their marker's place, share these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.plugin import TimeRef

__all__ = ["Raw", "State"]


@dataclass
class Raw:
    """A candidate as read from the text, before the narrative supplies missing years."""

    start: int
    end: int
    kind: str  # date, range, duration, relative, set (a recurring time), ref (PRESENT_REF...)
    gran: str = "day"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    code: str | None = None  # season, quarter, half code ("SU", "Q3", "H2") or decade/century
    mod: str | None = None
    relation: str | None = None
    # ranges
    parts: tuple[Raw, Raw] | None = None
    # durations
    unit: str | None = None
    count: tuple[float, float] | None = None
    vague: bool = False
    # relative
    direction: int = 0  # -1 earlier, +1 later, 0 same
    rel_unit: str | None = None
    rel_word: str | None = None
    deictic: bool = False
    weekday: int | None = None
    decade_digits: str | None = None
    # history: a year counted back from the common era ("480 BC"), a two-digit year as
    # written ("44" of "'44"), a feast ("christmas"), a part of a day's TIMEX3 code ("NI")
    bce: bool = False
    yy: str | None = None
    festival: str | None = None
    part: str | None = None
    # a set's or a reference's TIMEX3 value ("P1W", "PAST_REF"); a set's count per period
    value: str | None = None
    freq: int | None = None
    # no claim is made of it (a bare "at dawn": a time of the story, not a date it states)
    claimless: bool = False
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class State:
    """What the narrative has told so far: the last year, and the last resolved date.

    ``before_era`` is set while the narrative is in a year before the common era ("in
    480 BC"): a year-less date then takes that year (``bce_year``, counted back, None
    after a century) and never one of the common era from before it.
    """

    year: int | None = None
    anchor: TimeRef | None = None
    source: str = "narrative"
    before_era: bool = False
    bce_year: int | None = None
