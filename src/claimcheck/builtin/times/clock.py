"""Times of day: "at 16:53 local time", "5:12 a.m.", "05:17 UTC", "10:32 p.m. PDT".

Accounts of an event give the hour it happened as often as the day, and the hour is where
they differ ("5:12 a.m." against "5:14 a.m."). A time of day becomes a claim only with
its day: the date of its own sentence ("on August 6, 2012, 05:17 UTC"), else the last
day its passage named before it ("On January 15, 2009, ... At 3:24 p.m. ..."). Why only
with a day: two accounts' "5:12 a.m." are one moment only on one day, and a day lets the
aligner meet times as it meets dates. The claim is a date of "hour", "minute" or
"second" granularity whose TIMEX3 value carries the time and, where the text names a
zone, its offset: "2012-08-06T05:17Z", "2012-08-05T22:32-07:00"; "local time" or no zone
leaves the offset out.

A bare 24-hour time is read only where it cannot be a ratio, a score or a verse ("John
3:16"): with "a.m." or "p.m.", a zone or "local time", or after a word that introduces a
time ("at 16:53"). Four digits are a time ("0557 EDT") only before a zone.

Two times compare as moments when both zones are known, or as the clock read when
neither is; one with a zone against one without is not comparable unless they read the
same. They agree at the precision stated ("16:53" holds "16:53:10", "7 a.m." holds
"7:05 a.m.").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from claimcheck.plugin import TimeRef, clock_moment, table

_DATA = table("clock", package="claimcheck.builtin.times")

#: Zone abbreviation (lower case) -> offset from UTC in minutes.
ZONES: dict[str, int] = {k: int(v) for k, v in _DATA["zones"].items()}
_LOCAL = tuple(_DATA["local"])
_INTRODUCERS = frozenset(_DATA["introducers"])
#: Granularities of a time of day, coarsest first.
CLOCK_GRANULARITIES = ("hour", "minute", "second")

#: Zone spelled out ("Pacific Daylight Time") -> offset from UTC in minutes.
ZONE_NAMES: dict[str, int] = {k: int(v) for k, v in _DATA["zone_names"].items()}
# zones only in capitals ("EDT", "UTC"; "wet" and "est" are words too) or spelled out
_ZONE_NAMES = "|".join(sorted(
    [*(re.escape(z.upper()) for z in ZONES),
     *(re.escape(n).replace(r"\ ", r"\s+") for n in ZONE_NAMES)], key=len, reverse=True))
_ZONE = "(?-i:" + _ZONE_NAMES + ")"
_LOCAL_RE = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _LOCAL)
_MERIDIEM = r"[aApP]\.?\s?[mM]\.?(?![A-Za-z])"
#: A part of the day said after a time instead of a.m. or p.m. ("at 4.35 in the
#: afternoon", "9:30 this morning"), clock.toml [day_parts]: after noon or not.
_DAY_PARTS: dict[str, bool] = {k: bool(v) for k, v in _DATA["day_parts"].items()}
#: Words right before such an hour that make it a time ("at 4.35 in the afternoon").
_HOUR_BEFORE = frozenset(_DATA["day_part_hour_before"]["words"])
_DAY_PART = (r"[ \t]+(?:(?:in|on)[ \t]+the|this|that)[ \t]+(?:"
             + "|".join(sorted(_DAY_PARTS, key=len, reverse=True)) + r")\b")
_CLOCK_RE = re.compile(
    r"(?=\d)(?<![\d:.,/])(?:"
    r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])"
    r"(?:\s?(?P<ap>" + _MERIDIEM + r")|(?=(?P<dp>" + _DAY_PART + r")))?"
    r"|(?P<h12>1[0-2]|0?[1-9])\s?(?P<ap12>" + _MERIDIEM + r")"
    # "7.15 p.m.", as British and older texts write it: with its a.m. or p.m. only
    r"|(?P<hd>1[0-2]|0?[1-9])\.(?P<md>[0-5]\d)(?:\s?(?P<apd>" + _MERIDIEM + r")"
    r"|(?P<dpd>" + _DAY_PART + r"))"
    r"|(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=[ \t]+\(?(?-i:" + _ZONE_NAMES + r")\b)"
    r")"
    r"(?:,?[ \t]*\(?(?:(?P<zone>" + _ZONE + r")\b|(?P<local>" + _LOCAL_RE + r")\b)\)?)?",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([A-Za-z']+)[^\w\n]{0,3}$")
#: A day written as ISO 8601 right before a time ("1923-09-01 02:58:35", "...T02:58").
_ISO_DAY_BEFORE = re.compile(r"(?<!\d)\d{4}-[01]\d-[0-3]\d[ T]$")


@dataclass(frozen=True)
class Clock:
    """A time of day as written: where, the hour (0-23), minute and second, how fine it
    is, and its zone's offset (None: unknown; ``local``: the place's own time)."""

    start: int
    end: int
    text: str
    hour: int
    minute: int
    second: int | None
    granularity: str
    offset: int | None
    local: bool
    meridiem: bool = False  # "a.m." or "p.m." said


#: Where a match of _CLOCK_RE may start: a digit its lookbehind lets through, followed as
#: one of its alternatives needs ("9:", "10:", "5 p", "5a", "0557 "). A digit first, so
#: the engine skips to the digits; _CLOCK_RE, which opens with lookarounds, tried every
#: character of the text.
_CLOCK_START_RE = re.compile(
    r"\d(?<![\d:.,/]\d)(?:\d?(?::|\s?[aApP]|\.\d\d(?:\s?[aApP]|[ \t]+[iotIOT]))"
    r"|\d\d\d[ \t])")


def find_clocks(text: str, lo: int = 0, hi: int | None = None) -> list[Clock]:
    """The times of day in ``text[lo:hi]``, in order (``_CLOCK_RE.finditer``, tried only
    where a match may start)."""
    hi = len(text) if hi is None else hi
    out = []
    pos = lo
    for start in _CLOCK_START_RE.finditer(text, lo, hi):
        if start.start() < pos:
            continue  # inside the time before (matches never overlap)
        m = _CLOCK_RE.match(text, start.start(), hi)
        if m is None:
            continue
        pos = m.end()
        clock = _clock(text, m)
        if clock is not None:
            out.append(clock)
    return out


def _clock(text: str, m: re.Match[str]) -> Clock | None:
    zone, local = m.group("zone"), m.group("local")
    if m.group("h12"):
        hour, minute, second, granularity = int(m.group("h12")), 0, None, "hour"
        meridiem = m.group("ap12")
    elif m.group("hd"):  # "7.15 p.m.", "4.35 in the afternoon"
        if m.group("dpd") and _word_before(text, m.start()) not in _HOUR_BEFORE:
            return None  # "The index fell 4.35 in the afternoon": a figure
        hour, minute, second, granularity = int(m.group("hd")), int(m.group("md")), None, \
            "minute"
        meridiem = m.group("apd") or _meridiem_of(m.group("dpd"))
    elif m.group("hm"):  # "0557 EDT": four digits, only before a zone in capitals
        hour, minute, second, granularity = int(m.group("hm")), int(m.group("mm")), None, \
            "minute"
        meridiem = None
    else:
        hour, minute = int(m.group("h")), int(m.group("m"))
        second = int(m.group("s")) if m.group("s") else None
        granularity = "second" if second is not None else "minute"
        meridiem = m.group("ap") or _meridiem_of(m.group("dp"))  # ("7:30 in the
        # evening": the part of the day read, left to the date it may open)
        if not (meridiem or zone or local or _introduced(text, m.start())
                or _ISO_DAY_BEFORE.search(text, max(0, m.start() - 11), m.start())):
            return None  # "3:16", "2:1": a verse, a ratio, a score (but "1923-09-01
            # 02:58:35", a time after its day written as ISO 8601 does, is a time)
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        pm = meridiem[0] in "pP"
        hour = hour % 12 + (12 if pm else 0)
    end = m.end()
    while end > m.start() and text[end - 1] in " \t(,":
        end -= 1
    if text[end - 1] == ")" and "(" not in text[m.start():end]:
        end -= 1
    return Clock(m.start(), end, text[m.start():end], hour, minute, second, granularity,
                 _offset(zone) if zone else None, bool(local), bool(meridiem))


def _word_before(text: str, at: int) -> str:
    """The word right before ``at`` in lower case ("" at the text's start)."""
    words = text[max(0, at - 40):at].split()
    return words[-1].lower() if words else ""


def _meridiem_of(day_part: str | None) -> str | None:
    """"p" for a part of the day after noon ("in the afternoon"), "a" for one before
    ("this morning"), None for none said."""
    if not day_part:
        return None
    return "p" if _DAY_PARTS[day_part.split()[-1].lower()] else "a"


def _offset(zone: str) -> int | None:
    """A zone's offset in minutes, by its abbreviation or its name spelled out."""
    return ZONES.get(zone.lower(), ZONE_NAMES.get(" ".join(zone.split())))


def _introduced(text: str, start: int) -> bool:
    """Whether a word that introduces a time stands right before ``start``."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).lower() in _INTRODUCERS


#: Parts of a day (TIMEX3 codes after the date) that put an hour below 12 after noon:
#: "at 9:40 on the evening of 15 February" is 21:40.
_AFTER_NOON = ("TAF", "TEV", "TNI")


def clock_ref(clock: Clock, day: TimeRef) -> TimeRef:
    """The time of day ``clock`` on ``day`` (a date of day granularity), as a date."""
    hour = clock.hour
    if not clock.meridiem and hour < 12 and day.timex.endswith(_AFTER_NOON):
        hour += 12
    clock = dataclasses.replace(clock, hour=hour)
    value = f"{clock.hour:02d}" if clock.granularity == "hour" else (
        f"{clock.hour:02d}:{clock.minute:02d}"
        + (f":{clock.second:02d}" if clock.second is not None else ""))
    zone = ""
    if clock.offset is not None:
        sign = "+" if clock.offset >= 0 else "-"
        zone = "Z" if clock.offset == 0 else (
            f"{sign}{abs(clock.offset) // 60:02d}:{abs(clock.offset) % 60:02d}")
    return TimeRef(
        start=clock.start, end=clock.end, text=clock.text, earliest=day.earliest,
        latest=day.latest, granularity=clock.granularity,
        timex=f"{day.timex.partition('T')[0]}T{value}{zone}", year_source=day.year_source,
    )


#: How far back, in its passage, a time of day looks for its day when its sentence
#: names none ("On January 15, 2009, the flight left LaGuardia. At 3:25 p.m. ...").
DAY_REACH = 400


def day_for(clock: Clock, days: Sequence[TimeRef], starts: Sequence[int],
            sentence: tuple[int, int], passage: tuple[int, int],
            dated: bool, dateline: int | None = None) -> TimeRef | None:
    """The day a time of day holds for: the nearest day of its sentence, else (when its
    sentence names no date at all: ``dated`` False) the last day named before it in its
    passage, not far back. ``days`` are a document's dates of day granularity in order of
    their starts (``starts``). A sentence that names only a month or a year ("Docking
    date10 July 2011 15:07 UTC", its day glued to its label) gives its time no day. In a
    news copy whose dateline (starting at ``dateline``) is the last day named before the
    time (or the same day named again), the time is that day's, however far below it
    stands ("Monday, April 6, 2009" over "... struck at 3:32 a.m. local time")."""
    i = bisect.bisect_left(starts, sentence[0])
    best = None
    while i < len(days) and days[i].start < sentence[1]:
        d = days[i]
        gap = clock.start - d.end if d.end <= clock.start else d.start - clock.end
        if gap >= 0 and (best is None or gap < best[0]):
            best = (gap, d)
        i += 1
    if best is not None:
        return best[1]
    if dated:
        return None
    k = bisect.bisect_right(starts, clock.start) - 1
    if k >= 0 and days[k].start >= passage[0] and days[k].end <= clock.start \
            and clock.start - days[k].end <= DAY_REACH:
        return days[k]
    if k >= 0 and dateline is not None:
        # the dateline's day, or that day named again since ("Monday, June 1, 2009" over
        # "... due in Paris at 11:10 CET on June 1, 2009. ... last heard at 01:30 GMT"):
        # the days starting at the dateline found by bisection, not by a walk over every
        # day before the time (one walk a time of day: quadratic in a long news file)
        j = bisect.bisect_left(starts, dateline)
        while j <= k and starts[j] == dateline:
            if j == k or days[j].timex == days[k].timex:
                return days[k]
            j += 1
    return None


# -- comparing ------------------------------------------------------------------------------

def is_clock(t: TimeRef) -> bool:
    return t.granularity in CLOCK_GRANULARITIES and clock_moment(t) is not None


def compare_clocks(a: TimeRef, b: TimeRef) -> tuple[str, dict[str, Any]]:
    """Two times of day: the same moment at the precision stated, or apart by minutes."""
    ma, mb = clock_moment(a), clock_moment(b)
    if ma is None or mb is None:
        return "not_comparable", {"reason": "a time with no day"}
    detail: dict[str, Any] = {"clock": True}
    if (ma[2] is None) != (mb[2] is None):
        if ma[0] == mb[0]:
            detail["relation"] = "equal"
            return "agreement", detail
        detail["reason"] = "one time's zone is not stated"
        return "not_comparable", detail
    x = ma[0] - (ma[2] or 0)
    y = mb[0] - (mb[2] or 0)
    # "16:53" covers the minute 16:53:00-16:53:59; "7 a.m." the hour
    xa, xb = x, x + ma[1] - 1
    ya, yb = y, y + mb[1] - 1
    if max(xa, ya) <= min(xb, yb):
        detail["relation"] = "equal" if (xa, xb) == (ya, yb) else "within"
        return "agreement", detail
    detail["relation"] = "before" if xb < ya else "after"
    detail["seconds_apart"] = abs(x - y)
    return "discrepancy", detail


def clock_summary(kind: str, a: TimeRef, b: TimeRef, detail: dict[str, Any]) -> str:
    if kind == "agreement":
        return f"{a.text} and {b.text}: the same time"
    if kind == "not_comparable":
        return f"{a.text} and {b.text}: {detail.get('reason', 'not comparable')}"
    return f"{a.text} vs {b.text}: {_apart(int(detail.get('seconds_apart', 0)))} apart"


def _apart(seconds: int) -> str:
    if seconds >= 3600 and seconds % 3600 == 0:
        n, unit = seconds // 3600, "hour"
    elif seconds >= 60:
        n, unit = round(seconds / 60), "minute"
    else:
        n, unit = seconds, "second"
    return f"{n} {unit}{'s' if n != 1 else ''}"
