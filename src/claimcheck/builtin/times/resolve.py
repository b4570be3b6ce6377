"""Resolution: a candidate read from the text becomes a TimeRef, in reading order.

Why a narrative and not today's date: a year-less date ("On June 29") takes the year of
the last date the narrative mentioned, then the document's own date, and otherwise stays
year-less (HeidelTime's narrative mode). A relative expression ("two days later", "the
next morning", "later that month") counts from the last resolved date and only from it:
with none before it, it stays relative, with no interval; only "ago", "yesterday" and
"last week" count from the document's date. Values follow TimeML TIMEX3; a year before
the common era is written "BC0480" (the TIDES convention that TimeML's TIMEX3 values
follow and HeidelTime emits) and has no interval (Python's dates start at year 1), and
sets ("daily") and references ("now", "recently") have none either: they are never
compared as dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from claimcheck.plugin import UNIT_DAYS, TimeRef, festival_date, maker

from .intervals import apply_mod, interval, month_end, shift
from .records import Raw, State
from .vocabulary import (
    COMPARED_EVENT_NAMING,
    COMPARED_EVENT_OPENERS,
    RELATION_MODS,
    RELATIVE_PREPS,
    STAMP_WORDS,
    TWO_DIGIT_AHEAD,
)

__all__ = ["Resolver", "as_date"]


#: A word in lower case after a year: the year names the event the word does.
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")


def _timex_date(raw: Raw, year: int | None) -> str:
    if raw.bce:
        if raw.gran == "century":
            return raw.code or "BCXX"
        y = f"BC{year:04d}" if year is not None else "BCXXXX"
        if raw.gran == "day":
            return f"{y}-{raw.month:02d}-{raw.day:02d}"  # "the Ides of March": BC0044-03-15
        if raw.gran == "season":
            return f"{y}-{raw.code}"
        return f"{y}-{raw.month:02d}" if raw.gran == "month" else y
    y = f"{year:04d}" if year is not None else "XXXX"
    g = raw.gran
    if g == "day":
        part = f"T{raw.part}" if raw.part else ""
        if raw.month is None:  # a movable feast of an unknown year
            return f"{y}-XX-XX{part}"
        return f"{y}-{raw.month:02d}-{raw.day:02d}{part}"
    if g == "month":
        return f"{y}-{raw.month:02d}"
    if g in ("season", "quarter", "half"):
        return f"{y}-{raw.code}"
    if g == "decade":
        return (f"{year // 10:03d}" if year is not None else f"XX{raw.decade_digits}")
    if g == "century":
        return raw.code or "XX"
    return y


#: The last year of a TIMEX3 value before the common era ("BC1000/BC0800" -> 800).
_BC_YEAR_RE = re.compile(r"BC(\d{4,})(?:-[\dA-Z]+)*$")


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _timex_duration(unit: str | None, count: tuple[float, float] | None, vague: bool) -> str:
    u = unit or "D"
    letter = {"MIN": "M"}.get(u, u)
    exact = not vague and count is not None and count[0] == count[1]
    n = _fmt_num(count[0]) if exact and count is not None else "X"
    return f"PT{n}{letter}" if u in ("H", "MIN", "S") else f"P{n}{letter}"


#: a date's or a range's TimeRef made at once (``maker`` sets the slots straight; the
#: record's ``__init__`` sets each field through ``object.__setattr__``), for every date
_TIMEREF = maker(TimeRef)


#: How far before a date its stamp word is looked for (characters, on its line).
STAMP_REACH = 30


class Resolver:
    """Turns candidates into TimeRefs in reading order, carrying the narrative year."""

    def __init__(self, text: str, reference: dt.date | None) -> None:
        self.text = text
        self.reference = reference

    def resolve(self, raw: Raw, state: State) -> TimeRef:
        """The TimeRef of ``raw``; a resolved date becomes the anchor of what follows."""
        if raw.kind == "duration":
            return self._duration(raw)
        if raw.kind in ("set", "ref"):
            # "daily", "twice a week" (TIMEX3 SET), "now", "recently" (PRESENT_REF,
            # PAST_REF): a value, no interval, and no anchor for what follows
            return TimeRef(raw.start, raw.end, self.text[raw.start:raw.end], None, None,
                           raw.kind, raw.value or "", year_source="stated", kind=raw.kind)
        if raw.kind == "relative" and raw.rel_unit == "PART":
            return self._day_part(raw, state)
        if raw.kind == "relative":
            ref = self._relative(raw, state)
        elif raw.kind == "range":
            ref = self._range(raw, state)
        else:
            ref = self._date(raw, state)
        if ref.timex.startswith("BC"):
            # the narrative is before the common era: a year-less date after it takes
            # its year ("In 44 BC ... in March": BC0044-03), never one of the common era
            last = _BC_YEAR_RE.search(ref.timex)
            state.before_era, state.year, state.anchor = True, None, None
            state.bce_year = int(last.group(1)) if last else None
            return ref
        if ref.earliest is not None and self._compared_event(raw):
            return ref  # "the most destructive since the 1980 eruption": another event's
            # year, set beside the narrative's, moves it nowhere
        if ref.earliest is not None and self._stamp(raw):
            return ref  # "(updated 27 May 2005)" under a report on a storm of 2004: when
            # the page was touched, not when what it tells happened
        if ref.earliest is not None:
            state.before_era, state.bce_year = False, None
            # HeidelTime narratives: the last date mentioned anchors what follows. A span
            # moves the narrative to its end's year; a period to the year of its middle
            # ("the winter of 1943" to 1944, "last week" across New Year to the new one)
            # (a decade or a century keeps its first year: "in the 1950s" is no 1955)
            if ref.kind == "range" and ref.latest:
                state.year = ref.latest.year
            elif ref.latest is not None and ref.granularity not in ("decade", "century"):
                state.year = (ref.earliest + (ref.latest - ref.earliest) / 2).year
            else:
                state.year = ref.earliest.year
            state.anchor = ref
        return ref

    def _stamp(self, raw: Raw) -> bool:
        """Whether a date stands right after a stamp word that opens its line ("(updated
        27 May 2005)", "Retrieved 3 March 2021", "Published: 4 June 2019")."""
        line = self.text.rfind("\n", max(0, raw.start - STAMP_REACH), raw.start) + 1
        before = self.text[max(line, raw.start - STAMP_REACH):raw.start]
        words = " ".join(before.lower().replace("(", " ").replace(":", " ").split())
        return words in STAMP_WORDS  # (the line's only words: "The report was issued
        # on 3 May 1975" tells of an act, whose date anchors as any does)

    def _compared_event(self, raw: Raw) -> bool:
        """Whether ``raw`` is a bare year naming another event compared with the
        narrative's ("since the 1980 eruption", "than the 1906 earthquake"): a year after
        one of COMPARED_EVENT_OPENERS and before a word in lower case; not after a word
        that names the narrative's own event by it ("known as the 1927 flood")."""
        if raw.kind != "date" or raw.gran != "year":
            return False
        words = self.text[max(0, raw.start - 40):raw.start].lower().split()
        return " ".join(words[-2:]) in COMPARED_EVENT_OPENERS \
            and not (len(words) > 2 and words[-3].strip(",;") in COMPARED_EVENT_NAMING) \
            and _LOWER_AFTER.match(self.text, raw.end) is not None

    def _year_for(self, raw: Raw, state: State) -> tuple[int | None, str, int | None]:
        if raw.year is not None:
            return raw.year, "narrative" if raw.extra.get("borrowed") else "stated", None
        if raw.yy is not None:
            return self._two_digit_year(int(raw.yy), state)
        if state.before_era:
            return None, "unknown", None
        if raw.gran == "decade" and raw.decade_digits is not None:
            base = state.year or (self.reference.year if self.reference else None)
            if base is None:
                return None, "unknown", None
            y = base - base % 100 + int(raw.decade_digits) * 10
            return y, "narrative" if state.year else "reference", None
        if "rel_year" in raw.extra:
            shift = int(raw.extra["rel_year"])  # type: ignore[call-overload]
            if self.reference is not None:
                return self.reference.year + shift, "reference", None
            if state.year is not None:
                return state.year + shift, "narrative", None
            return None, "unknown", None
        if state.year is not None:
            return state.year, "narrative", state.anchor.start if state.anchor else None
        if self.reference is not None:
            return self.reference.year, "reference", None
        return None, "unknown", None

    def _two_digit_year(self, yy: int, state: State) -> tuple[int | None, str, int | None]:
        """The year "'44" stands for: the one nearest the narrative's year, else the
        latest that is at most TWO_DIGIT_AHEAD years after the document's date, else
        none ("XX44")."""
        if state.year is not None:
            base = state.year - state.year % 100 + yy
            year = min((base - 100, base, base + 100), key=lambda y: (abs(y - state.year), y))
            return year, "narrative", None
        if self.reference is not None:
            limit = self.reference.year + TWO_DIGIT_AHEAD
            year = limit - (limit - yy) % 100
            return year, "reference", None
        return None, "unknown", None

    def _date(self, raw: Raw, state: State) -> TimeRef:
        narrative_bce = state.before_era and state.bce_year is not None and \
            raw.year is None and raw.yy is None and raw.festival is None and \
            raw.gran in ("day", "month", "season")
        if narrative_bce:
            raw = dataclasses.replace(raw, year=state.bce_year, bce=True)
        year, source, _ = self._year_for(raw, state)
        text = self.text[raw.start:raw.end]
        if raw.bce:
            return TimeRef(raw.start, raw.end, text, None, None, raw.gran,
                           _timex_date(raw, year), mod=raw.mod,
                           year_source="narrative" if narrative_bce else "stated",
                           kind="date", relation=raw.relation)
        if raw.festival is not None and year is not None:
            day = festival_date(raw.festival, year)
            if day is None:
                year, source = None, "unknown"
            else:
                raw = dataclasses.replace(raw, month=day.month, day=day.day)
        if raw.yy is not None and year is None:
            # "'44" with nothing to read its century by: TIMEX3 keeps the two digits
            timex = _timex_date(raw, None).replace("XXXX", f"XX{raw.yy}", 1)
            return TimeRef(raw.start, raw.end, text, None, None, raw.gran, timex,
                           mod=raw.mod, year_source="unknown", kind="date",
                           relation=raw.relation)
        iv = interval(raw, year)
        timex = _timex_date(raw, year)
        if iv is None and year is not None:
            year, source = None, "unknown"
            timex = _timex_date(raw, None)
        if iv is not None:
            a, b = apply_mod(iv[0], iv[1], raw.mod, str(raw.extra.get("phrase", "")))
            if raw.gran == "year" and raw.mod in ("START", "END") and \
                    "half" in str(raw.extra.get("phrase", "")):
                timex = f"{year:04d}-H{1 if raw.mod == 'START' else 2}"
        else:
            a = b = None
        mod = raw.mod
        if mod in ("START", "END") and timex.endswith(("-H1", "-H2")):
            mod = None
        return _TIMEREF(start=raw.start, end=raw.end, text=text, earliest=a, latest=b,
                        granularity=raw.gran, timex=timex, mod=mod, year_source=source,
                        kind="date", relation=raw.relation)

    def _range(self, raw: Raw, state: State) -> TimeRef:
        assert raw.parts is not None
        pa, pb = raw.parts
        ra = self._date(pa, state)
        if ra.earliest is not None and pb.year is None:
            # "from June 25 to July 3": the end reads in the start's year
            pb.year = ra.earliest.year if not (pb.month and pa.month and pb.month < pa.month) \
                else ra.earliest.year + 1
            pb.extra["borrowed"] = True
        rb = self._date(pb, state)
        if ra.earliest is None and rb.earliest is not None and not pa.bce:
            ra = self._date(pa, State(year=rb.earliest.year))
        source = "stated"
        for r in (ra, rb):
            if r.year_source != "stated":
                source = r.year_source
        if pa.extra.get("borrowed") and pb.year is not None and not pb.extra.get("borrowed"):
            source = "stated"
        timex = f"{ra.timex}/{rb.timex}"
        if raw.gran == "year" and pa.gran == pb.gran == "year":
            timex = f"{ra.timex}/{rb.timex}"
        a, b = ra.earliest, rb.latest
        if (a is not None and b is not None and b < a) or a is None or b is None:
            a = b = None  # "27 BC to AD 14": no interval Python's dates can hold
        mod = RELATION_MODS.get(raw.relation or "") if raw.relation in RELATIVE_PREPS else None
        return _TIMEREF(start=raw.start, end=raw.end, text=self.text[raw.start:raw.end],
                        earliest=a, latest=b, granularity=raw.gran, timex=timex, mod=mod,
                        year_source=source, kind="range", relation=raw.relation)

    def _duration(self, raw: Raw) -> TimeRef:
        days = None
        if raw.count is not None and raw.unit is not None:
            u = UNIT_DAYS[raw.unit]
            days = (raw.count[0] * u, raw.count[1] * u)
        return TimeRef(raw.start, raw.end, self.text[raw.start:raw.end], None, None, "duration",
                       _timex_duration(raw.unit, raw.count, raw.vague), mod=raw.mod,
                       year_source="stated", kind="duration", duration_days=days,
                       relation=raw.relation)

    def _relative(self, raw: Raw, state: State) -> TimeRef:
        text = self.text[raw.start:raw.end]
        anchor: dt.date | None = None
        anchor_gran = "day"
        source = "unknown"
        if raw.deictic and self.reference is not None:
            anchor, source = self.reference, "reference"
        elif state.anchor is not None and state.anchor.earliest is not None:
            # a dispatch's "yesterday" with no date of writing counts from its dateline
            an = state.anchor
            anchor = an.latest if an.kind == "range" else an.earliest
            anchor_gran = an.granularity if an.kind != "range" else "day"
            if an.kind == "range" and an.latest is not None and an.granularity != "day":
                anchor_gran = an.granularity
            source = "narrative"
        unit = raw.rel_unit or raw.unit or "D"
        gran = raw.gran
        a = b = None
        timex = {"day": "XXXX-XX-XX", "month": "XXXX-XX", "year": "XXXX", "week": "XXXX-WXX",
                 "season": "XXXX-XX"}.get(gran, "XXXX-XX-XX")
        if anchor is not None:
            a, b, timex = self._rel_interval(raw, unit, anchor, anchor_gran)
            edge = raw.extra.get("edge")
            if a is not None and b is not None and edge and anchor_gran == "day" \
                    and a <= anchor <= b:
                # "later that month": from the narrative's day to the month's end
                a, b = (anchor, b) if edge == 1 else (a, anchor)
        elif raw.direction and not raw.deictic:
            # "the next morning", "two days later" with no date before them: a shift
            # from a time the text does not give (TIMEX3's FUTURE_REF / PAST_REF)
            timex = "FUTURE_REF" if raw.direction > 0 else "PAST_REF"
        if a is not None and raw.part and gran == "day":
            timex = f"{timex}T{raw.part}"
        if a is None:
            source = "unknown" if anchor is None else source
        return TimeRef(raw.start, raw.end, text, a, b, gran, timex, mod=raw.mod,
                       year_source=source if a is not None else "unknown", kind="relative",
                       relation=raw.relation,
                       duration_days=None)

    def _day_part(self, raw: Raw, state: State) -> TimeRef:
        """A bare part of a day ("at dawn", "by nightfall"): a time on the narrative's
        last day ("1944-06-06TMO"), or of no known day ("XXXX-XX-XXTMO")."""
        an = state.anchor
        day = None
        if an is not None and an.earliest is not None and an.earliest == an.latest \
                and an.granularity == "day":
            day = an.earliest
        timex = f"{day.isoformat() if day else 'XXXX-XX-XX'}T{raw.part}"
        return TimeRef(raw.start, raw.end, self.text[raw.start:raw.end], day, day, "day",
                       timex, mod=raw.mod, year_source="narrative" if day else "unknown",
                       kind="relative", relation=raw.relation)

    def _rel_interval(self, raw: Raw, unit: str, anchor: dt.date, anchor_gran: str
                      ) -> tuple[dt.date | None, dt.date | None, str]:
        gran = raw.gran
        if unit == "WD" and raw.weekday is not None:
            delta = (anchor.weekday() - raw.weekday) % 7
            if raw.direction < 0:
                d = anchor - dt.timedelta(days=delta or 7)
            elif raw.direction > 0:
                d = anchor + dt.timedelta(days=((raw.weekday - anchor.weekday()) % 7) or 7)
            else:
                d = anchor + dt.timedelta(days=(raw.weekday - anchor.weekday()) % 7)
            return d, d, d.isoformat()
        if unit == "SEASON":
            yy = anchor.year + raw.direction
            r = Raw(0, 0, "date", "season", yy, code=raw.code)
            iv = interval(r, yy)
            if iv is None:
                return None, None, "XXXX-XX"
            return iv[0], iv[1], f"{yy:04d}-{raw.code}"
        n = raw.direction
        if raw.count is not None:
            if raw.count[0] != raw.count[1]:
                # "a few days later", "22-27 days later": a shift of no one length
                return None, None, "FUTURE_REF" if raw.direction > 0 else "PAST_REF"
            n = raw.direction * raw.count[0]
        # a shift finer than what the anchor knows cannot be resolved ("May 1950" + 3 days)
        fine = {"D": 0, "H": 0, "MIN": 0, "S": 0, "W": 0, "M": 1, "Y": 2, "DE": 2, "CE": 2}
        known = {"day": 0, "week": 0, "month": 1}.get(anchor_gran, 2)
        if fine.get(unit, 0) < known:
            return None, None, {"day": "XXXX-XX-XX", "month": "XXXX-XX"}.get(gran, "XXXX")
        d = shift(anchor, unit, n)
        if d is None:
            return None, None, "XXXX-XX-XX"
        if gran == "year":
            return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), f"{d.year:04d}"
        if gran == "month":
            return dt.date(d.year, d.month, 1), month_end(d.year, d.month), \
                f"{d.year:04d}-{d.month:02d}"
        if gran == "week":
            monday = d - dt.timedelta(days=d.weekday())
            iso = d.isocalendar()
            return monday, monday + dt.timedelta(days=6), f"{iso[0]:04d}-W{iso[1]:02d}"
        return d, d, d.isoformat()


def as_date(reference: dt.date | str | None) -> dt.date | None:
    """A reference date from a date, a datetime or an ISO string; None for anything else."""
    if reference is None or reference == "":
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    try:
        return dt.date.fromisoformat(str(reference)[:10])
    except ValueError:
        return None
