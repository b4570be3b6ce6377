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
    kind: str  # date, range, duration, relative
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
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class State:
    """What the narrative has told so far: the last year, and the last resolved date."""

    year: int | None = None
    anchor: TimeRef | None = None
    source: str = "narrative"
