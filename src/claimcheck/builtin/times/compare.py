"""Compare time claims as intervals, and check a document's dates against each other.

Why intervals: "the second half of October 1950" and "October 19, 1950" are both true
of one event, so they agree by containment; "June 29" and "June 30, 1951" cannot both
be the day an event happened, so they differ by one day. A finding says at which
precision two expressions agree, so a reader knows a month was matched against a day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import heapq
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.plugin import UNIT_DAYS, Claim, Finding, TimeRef, day_span

from .claims import WORK
from .clock import clock_summary, compare_clocks, is_clock
from .vocabulary import END_RELATIONS, coarser

__all__ = ["check_document", "check_duration", "compare_claims", "compare_times"]

_TIME_KINDS = ("date", "range", "duration")
# How far a stated duration may stretch before it disagrees with the dates it spans:
# "two years" covers 1.5 to 2.5 years; "72 hours" 2.5 to 3.5 days.
_ROUNDING = 0.5
_APPROX = 0.15


def _bounds(t: TimeRef) -> tuple[dt.date, dt.date] | None:
    """The days an event dated by ``t`` may fall on; "by June 25" reaches back indefinitely."""
    if t.earliest is None or t.latest is None:
        return None
    a, b = t.earliest, t.latest
    if t.mod in ("BEFORE", "ON_OR_BEFORE"):
        a = dt.date.min
        if t.mod == "BEFORE":
            b = b - dt.timedelta(days=1) if b > dt.date.min else b
    elif t.mod in ("AFTER", "ON_OR_AFTER"):
        b = dt.date.max
        if t.mod == "AFTER":
            a = a + dt.timedelta(days=1) if a < dt.date.max else a
    return a, b


#: Day numbers past any a date can have: the open end of "before 480 BC"
_NO_START, _NO_END = -(10**9), 10**9
#: Days in 400 Gregorian years: day numbers before year 1 are read 400 years later
_CYCLE_DAYS = 146_097


def _day_bounds(t: TimeRef) -> tuple[int, int] | None:
    """The days an event dated by ``t`` may fall on as proleptic Gregorian day numbers
    (``day_span``), for a date Python's dates cannot hold: a year before the
    common era ("480 BC", "15 March 44 BC", "264-241 B.C.", "27 BC to AD 14") has no
    ``earliest``, its TIMEX value still says which days it covers. Modifiers as
    ``_bounds``. None when the value gives no days either ("XXXX-06": year unknown)."""
    days = day_span(t)
    if days is None:
        return None
    a, b = days
    if t.mod in ("BEFORE", "ON_OR_BEFORE"):
        a = _NO_START
        if t.mod == "BEFORE":
            b -= 1
    elif t.mod in ("AFTER", "ON_OR_AFTER"):
        b = _NO_END
        if t.mod == "AFTER":
            a += 1
    return a, b


def _day_iso(n: int) -> str | None:
    """A day number as an ISO 8601 date, with the extended year before year 1 ("-0479-01-01"
    is a day of 480 BC: year 0 is 1 BC); None for an open end."""
    if n in (_NO_START, _NO_END):
        return None
    cycles = 0 if n >= 1 else (1 - n) // _CYCLE_DAYS + 1
    day = dt.date.fromordinal(n + cycles * _CYCLE_DAYS)
    year = day.year - 400 * cycles
    sign = "-" if year < 0 else ""
    return f"{sign}{abs(year):04d}-{day.month:02d}-{day.day:02d}"


def _label(t: TimeRef) -> str:
    if t.kind == "duration":
        return t.text
    if t.earliest is None:
        if day_span(t) is not None:
            return f"{t.text} ({t.timex})"  # before the common era: "480 BC (BC0480)"
        return f"{t.text} (year unknown)"
    if t.earliest == t.latest:
        return t.earliest.isoformat()
    return f"{t.text} ({t.earliest.isoformat()}..{t.latest.isoformat()})"  # type: ignore[union-attr]


def _duration_range(t: TimeRef, approx: float = _APPROX) -> tuple[float, float] | None:
    """The lengths in days a stated duration allows, with its qualifier applied
    (``approx``: how far "about" widens it, each way, as a share of the length)."""
    if t.duration_days is None:
        return None
    lo, hi = t.duration_days
    mod = t.mod
    if mod == "MORE_THAN":
        return hi, float("inf")
    if mod == "EQUAL_OR_MORE":
        return lo, float("inf")
    if mod == "LESS_THAN":
        return 0.0, lo
    if mod == "EQUAL_OR_LESS":
        return 0.0, hi
    unit = _unit_days(t)
    slack = max(unit * _ROUNDING, hi * approx if mod == "APPROX" else 0.0)
    return max(0.0, lo - slack), hi + slack


def _unit_days(t: TimeRef) -> float:
    m = re.search(r"(T?)[\dX.]*([YMWDHS]|DE|CE)$", t.timex)
    if not m:
        return 1.0
    unit = m.group(2)
    if m.group(1) == "T":
        unit = {"M": "MIN"}.get(unit, unit)
    return UNIT_DAYS.get(unit, 1.0)


def compare_times(a: TimeRef, b: TimeRef) -> tuple[str, dict[str, Any]]:
    """``agreement``, ``discrepancy`` or ``not_comparable``, and the reasons.

    Dates compare as intervals (containment, overlap, or the gap in days between them);
    durations compare as ranges of lengths; a date never compares with a duration.
    """
    if (a.kind == "duration") != (b.kind == "duration"):
        return "not_comparable", {"reason": "a date against a duration"}
    if is_clock(a) and is_clock(b):
        return compare_clocks(a, b)  # "16:53 local time" against "16:53:10 local time"
    if a.kind == "duration":
        return _compare_durations(a, b)
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None:
        da, db = _day_bounds(a), _day_bounds(b)
        if da is not None and db is not None:
            return _compare_days(a, b, da, db)
        detail: dict[str, Any] = {"reason": "year unknown"}
        if a.timex[4:] and a.timex[4:] == b.timex[4:] and "XXXX" in (a.timex[:4], b.timex[:4]):
            detail["same_month_day"] = True
        return "not_comparable", detail
    precision = coarser(a.granularity, b.granularity)
    detail = {"precision": precision, "left": _label(a), "right": _label(b)}
    lo, hi = max(ba[0], bb[0]), min(ba[1], bb[1])
    if lo <= hi:
        if ba == bb:
            relation = "equal"
        elif ba[0] <= bb[0] and bb[1] <= ba[1]:
            relation = "contains"  # a holds b
        elif bb[0] <= ba[0] and ba[1] <= bb[1]:
            relation = "within"
        else:
            relation = "overlaps"
        detail["relation"] = relation
        detail["overlap"] = [lo, hi]
        if relation != "equal" and a.kind == "range" and b.kind == "range":
            # both spans are stated end to end ("1950-1952" against "1950-1953"): an end
            # that differs is a disagreement, not a vaguer and a sharper date of one thing
            detail["relation"] = "different_span"
            return "discrepancy", detail
        return "agreement", detail
    gap = (bb[0] - ba[1]).days if ba[1] < bb[0] else (ba[0] - bb[1]).days
    detail["relation"] = "before" if ba[1] < bb[0] else "after"
    detail["days_apart"] = gap
    counted = next((t for t in (a, b) if t.kind == "relative"), None)
    if counted is not None and gap <= _COUNTED_SLACK.get(counted.granularity or "", 0):
        # "died five days later" counted from "20 July" against "died 24 July": a count of
        # days from another date is a day off as easily as not (the hour, the counting)
        detail["reason"] = f"{counted.text!r} is counted from another date"
        return "not_comparable", detail
    return "discrepancy", detail


#: How many days a date counted from another ("four days later") may lie from a stated
#: one before they disagree, by the counted date's granularity.
_COUNTED_SLACK = {"day": 1}


def _compare_days(
    a: TimeRef, b: TimeRef, ba: tuple[int, int], bb: tuple[int, int]
) -> tuple[str, dict[str, Any]]:
    """compare_times on day numbers, for two dates of which one or both lie before the
    common era: the same relations and gaps in days, the overlap as ISO 8601 dates with
    extended years ("-0479-01-01")."""
    detail: dict[str, Any] = {"precision": coarser(a.granularity, b.granularity),
                              "left": _label(a), "right": _label(b)}
    lo, hi = max(ba[0], bb[0]), min(ba[1], bb[1])
    if lo <= hi:
        if ba == bb:
            relation = "equal"
        elif ba[0] <= bb[0] and bb[1] <= ba[1]:
            relation = "contains"
        elif bb[0] <= ba[0] and ba[1] <= bb[1]:
            relation = "within"
        else:
            relation = "overlaps"
        detail["relation"] = relation
        detail["overlap"] = [_day_iso(lo), _day_iso(hi)]
        if relation != "equal" and a.kind == "range" and b.kind == "range":
            detail["relation"] = "different_span"
            return "discrepancy", detail
        return "agreement", detail
    detail["relation"] = "before" if ba[1] < bb[0] else "after"
    detail["days_apart"] = bb[0] - ba[1] if ba[1] < bb[0] else ba[0] - bb[1]
    return "discrepancy", detail


_BOUND_MODS = frozenset({"MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS"})
_STRICT_MODS = frozenset({"MORE_THAN", "LESS_THAN"})


def _compare_durations(a: TimeRef, b: TimeRef) -> tuple[str, dict[str, Any]]:
    # two lengths each given as about so many share the slack between them: "about 40
    # minutes" and "about 30 minutes" are two estimates, not one told loosely twice (each
    # widened by the whole slack, they met at 34 minutes)
    approx = _APPROX / 2 if a.mod == b.mod == "APPROX" else _APPROX
    ra, rb = _duration_range(a, approx), _duration_range(b, approx)
    if ra is None or rb is None:
        return "not_comparable", {"reason": "duration without a length"}
    detail: dict[str, Any] = {"left": a.timex, "right": b.timex,
                              "left_days": _days(ra), "right_days": _days(rb)}
    # lengths agree when their ranges share more than a point: "five years" (4.5 to 5.5,
    # rounded to its unit) and "six years" (5.5 to 6.5) only touch, and differ by a year;
    # a bound may touch ("at most five years" and "at least five years")
    bounded = bool({a.mod, b.mod} & _BOUND_MODS)
    lo, hi = max(ra[0], rb[0]), min(ra[1], rb[1])
    # (but a strict bound leaves its own value out: "more than one minute" and "less
    # than a minute" meet at a minute neither allows)
    strict = lo == hi and bool({a.mod, b.mod} & _STRICT_MODS)
    if lo < hi or ra == rb or (bounded and lo <= hi and not strict):
        detail["relation"] = "compatible"
        return "agreement", detail
    gap = rb[0] - ra[1] if ra[1] < rb[0] else ra[0] - rb[1]
    detail["relation"] = "shorter" if ra[1] < rb[0] else "longer"
    detail["days_apart"] = round(gap, 2)
    if _uncounted(a) or _uncounted(b):
        # "several minutes into the flight" against "several seconds after ignition": a
        # length of no stated count says how long roughly, not a length to hold another to
        detail["relation"] = "uncounted"
        detail["reason"] = "a length of no stated count"
        return "not_comparable", detail
    return "discrepancy", detail


def _uncounted(t: TimeRef) -> bool:
    """Whether a length states no count of its units ("several minutes", "a few days":
    an X in its timex)."""
    return "X" in (t.timex or "")


def _days(r: tuple[float, float]) -> list[float | None]:
    """A length range for JSON: no upper bound is None, not infinity."""
    return [round(r[0], 2), None if r[1] == float("inf") else round(r[1], 2)]


def check_duration(
    duration: TimeRef, start: TimeRef, end: TimeRef
) -> tuple[bool, dict[str, Any]]:
    """Whether a stated duration fits the dates it runs between.

    The dates give a least and a greatest span (an event from "July 10, 1951" to "the end
    of July 1953" lasts 742 to 752 days); the duration, with its qualifier, a range of
    lengths ("more than two years": over 730 days). Consistent when the two meet.
    """
    allowed = _duration_range(duration)
    if allowed is None or start.earliest is None or end.latest is None \
            or start.latest is None or end.earliest is None:
        return True, {"reason": "not checkable"}
    least = max(0, (end.earliest - start.latest).days)
    most = (end.latest - start.earliest).days
    ok = most >= allowed[0] and least <= allowed[1]
    detail: dict[str, Any] = {
        "duration": duration.timex, "duration_mod": duration.mod,
        "allowed_days": _days(allowed),
        "span_days": [least, most], "start": start.earliest, "end": end.latest,
    }
    return ok, detail


def _summary(kind: str, a: TimeRef, b: TimeRef, d: dict[str, Any]) -> str:
    if kind == "agreement":
        rel = d.get("relation")
        if a.kind == "duration":
            return f"durations agree: {a.text} vs {b.text}"
        if rel == "equal":
            return f"same {d['precision']}: {_label(a)}"
        if rel in ("contains", "within"):
            outer, inner = (a, b) if rel == "contains" else (b, a)
            return (f"agree at {d['precision']} precision: {_label(inner)} lies within "
                    f"{_label(outer)}")
        return f"overlap at {d['precision']} precision: {_label(a)} vs {_label(b)}"
    if kind == "discrepancy":
        if a.kind == "duration":
            return f"durations differ: {a.text} vs {b.text}"
        if d.get("relation") == "different_span":
            return f"spans differ: {_label(a)} vs {_label(b)}"
        return f"dates differ by {_apart(a, b, d['days_apart'])}: {_label(a)} vs {_label(b)}"
    reason = d.get("reason")
    return (f"not comparable ({reason}): {a.text} vs {b.text}" if reason
            else f"not comparable: {a.text} vs {b.text}")


#: Units a difference between two dates of one granularity is told in, with their days.
_APART_UNITS = {"year": ("year", 365.2425), "month": ("month", 30.436875)}


def _apart(a: TimeRef, b: TimeRef, days: int) -> str:
    """How far apart two dates are, in the unit both are stated in: "2 years" for 1950
    against 1952, "3 months" for March against June, else days ("1 day" for June 29
    against June 30): a reader counts years between years, not the days between them."""
    unit = _APART_UNITS.get(a.granularity or "") if a.granularity == b.granularity else None
    spans = [day_span(t) for t in (a, b)]
    if unit is not None and spans[0] is not None and spans[1] is not None:
        n = round(abs(spans[0][0] - spans[1][0]) / unit[1])
        if n >= 1:
            return f"{n} {unit[0]}{'s' if n != 1 else ''}"
    return f"{days} day{'s' if days != 1 else ''}"


def compare_claims(left: Claim, right: Claim, config: Any) -> Finding | None:
    """A finding for two time claims (dates, ranges, durations); None for anything else."""
    if left.kind not in _TIME_KINDS or right.kind not in _TIME_KINDS:
        return None
    a, b = left.value, right.value
    if not isinstance(a, TimeRef) or not isinstance(b, TimeRef):
        return None
    kind, detail = compare_times(a, b)
    if kind == "agreement" and detail.get("relation") in ("contains", "within"):
        edged = _against_edge(left, right) or _against_edge(right, left)
        if edged is not None:
            kind, detail, summary = edged
            return Finding(kind=kind, summary=summary, claims=(left.id, right.id),
                           detail=detail)
    summary = clock_summary(kind, a, b, detail) if detail.get("clock") else _summary(
        kind, a, b, detail)
    return Finding(kind=kind, summary=summary,
                   claims=(left.id, right.id), detail=detail)


def _edge_span(span: TimeRef, edge: str) -> tuple[dt.date, dt.date] | None:
    """The days of a span's end (or start) at the span's own precision: the last day of
    "from 18 April to 1 August 1689", the last month of "March-June 1920", the last year
    of "1950-1953"."""
    if span.earliest is None or span.latest is None:
        return None
    day = span.latest if edge == "end" else span.earliest
    if span.granularity == "day":
        return day, day
    if span.granularity == "month":
        first = day.replace(day=1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) \
            - dt.timedelta(days=1)
        return first, last
    if span.granularity == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return None


def _against_edge(day: Claim, span: Claim) -> tuple[str, dict[str, Any], str] | None:
    """For a day its sentence tells as a span's end or start ("The siege was lifted on 26
    December") and a span stated end to end that holds it ("The siege was from 20 to 27
    December"): the two compared at that end. None unless both are so."""
    edge = day.extra.get("span_edge") if day.extra else None
    d, s = day.value, span.value
    if edge not in ("end", "start") or not isinstance(d, TimeRef) \
            or not isinstance(s, TimeRef) or s.kind != "range" or d.earliest is None:
        return None
    bounds = _edge_span(s, edge)
    if bounds is None or (bounds[0] == s.earliest and bounds[1] == s.latest):
        return None
    detail: dict[str, Any] = {"precision": s.granularity, "left": _label(day.value),
                              "right": _label(span.value), "edge": edge}
    told = {"day": bounds[0].isoformat(), "month": bounds[0].isoformat()[:7]}.get(
        s.granularity, str(bounds[0].year))
    said = f"'{day.text}' is told as the {edge} of the span '{span.text}', which {edge}s"
    if bounds[0] <= d.earliest <= bounds[1]:
        detail["relation"] = f"same_{edge}"
        return "agreement", detail, f"{said} {'on' if s.granularity == 'day' else 'in'} {told} too"
    apart = (d.earliest - bounds[1]).days if d.earliest > bounds[1] \
        else (bounds[0] - d.earliest).days
    detail["relation"] = f"different_{edge}"
    detail["days_apart"] = apart
    return "discrepancy", detail, (
        f"{said} on {told}: {apart} day{'s' if apart != 1 else ''} apart"
        if s.granularity == "day" else f"{said} in {told}: {apart} days apart")


# -- within one document -------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def _label_words(text: str, claim: Claim, width: int = 60) -> tuple[list[str], list[str]]:
    """The words just before and just after a claim, inside its sentence: its label."""
    s0, s1 = claim.sentence or (max(0, claim.start - width), claim.end + width)
    before = _WORD_RE.findall(text[max(s0, claim.start - width):claim.start].lower())[-5:]
    after = _WORD_RE.findall(text[claim.end:min(s1, claim.end + width)].lower())[:5]
    return before, after


def _similar_labels(left: str, right: str) -> bool:
    """Two labels of one bucket (same end, same two words before) are (nearly) the same
    words: equal, or alike by difflib's ratio, its cheap upper bounds tried first."""
    if left == right:
        return True
    matcher = difflib.SequenceMatcher(None, left, right)
    return (matcher.real_quick_ratio() >= _LABEL_RATIO and matcher.quick_ratio() >= _LABEL_RATIO
            and matcher.ratio() >= _LABEL_RATIO)


#: How alike two labels' characters must be for two mentions to name one span
_LABEL_RATIO = 0.8
#: The distinct labels kept per naming of a span: a range quoted a thousand times under
#: a thousand different labels is weighed by its first few, not by every one
_LABELS_PER_NAMING = 3
#: The label comparisons one naming may spend on the earlier namings of its buckets: a
#: document naming one span a thousand ways is not compared naming by naming
_COMPARISONS_PER_NAMING = 64


#: A label of a naming: the range that first carried it, its words before and after
_Label = tuple[int, list[str], list[str]]


@dataclass
class _Naming:
    """One way a document writes one span under one label: every range with this span
    whose two words before are ``key``, and its first few labels."""

    span: tuple[dt.date, dt.date]
    key: tuple[str, ...]
    labels: dict[str, _Label] = field(default_factory=dict)


def _namings(text: str, ranges: Sequence[Claim]) -> list[_Naming]:
    """The document's ranges grouped by span and label key, in order of first mention;
    a range with fewer than three label words names nothing checkable."""
    found: dict[tuple[tuple[dt.date, dt.date], tuple[str, ...]], _Naming] = {}
    for i, claim in enumerate(ranges):
        WORK["spans"] += 1
        before, after = _label_words(text, claim)
        if len(before) + len(after) < 3:
            continue
        value = claim.value
        assert isinstance(value, TimeRef) and value.earliest and value.latest
        span = (value.earliest, value.latest)
        key = tuple(before[-2:])
        naming = found.get((span, key))
        if naming is None:
            naming = found[(span, key)] = _Naming(span, key)
        label = " ".join(before) + " | " + " ".join(after)
        if label not in naming.labels and len(naming.labels) < _LABELS_PER_NAMING:
            naming.labels[label] = (i, before, after)
    return list(found.values())


def _renamed_spans(document: Any, claims: Sequence[Claim]) -> list[Finding]:
    """One span named twice differently ("the war, 1950-53" and "the war, 1950-54"):
    ranges that share one end and have the same words around them.

    Linear, and one finding per naming: ranges with one span and one label key (the two
    words before them) are one naming, however often the document repeats it; a naming
    meets only the earlier namings of its two buckets (its start with its key, its end
    with its key) and is reported once, against the first of them whose labels match,
    spending at most _COMPARISONS_PER_NAMING label comparisons.
    """
    ranges = [c for c in claims if c.kind == "range" and isinstance(c.value, TimeRef)
              and c.value.earliest is not None and c.value.latest is not None]
    buckets: dict[tuple[int, dt.date, tuple[str, ...]], list[int]] = {}
    namings = _namings(document.text, ranges)
    out: list[Finding] = []
    for n, naming in enumerate(namings):
        keys = [(0, naming.span[0], naming.key), (1, naming.span[1], naming.key)]
        earlier = heapq.merge(*(buckets.get(k, ()) for k in keys))
        match = _first_match(naming, (namings[m] for m in earlier))
        for k in keys:
            buckets.setdefault(k, []).append(n)
        if match is None:
            continue
        (i, before, after), (j, _, _) = match
        a, b = ranges[i], ranges[j]
        va, vb = a.value, b.value
        assert isinstance(va, TimeRef) and isinstance(vb, TimeRef)
        out.append(Finding(
            kind="inconsistency",
            summary=(f"one span named twice differently: {va.text!r} vs {vb.text!r} "
                     f"({va.timex} vs {vb.timex})"),
            claims=(a.id, b.id),
            detail={"check": "span_named_twice", "left": va.timex, "right": vb.timex,
                    "label": " ".join([*before, "…", *after])},
        ))
    return out


def _first_match(naming: _Naming, earlier: Iterator[_Naming]
                 ) -> tuple[_Label, _Label] | None:
    """The first label of an earlier naming alike to one of ``naming``'s: (theirs, its)."""
    budget = _COMPARISONS_PER_NAMING
    for other in earlier:
        for theirs, their_mention in other.labels.items():
            for mine, my_mention in naming.labels.items():
                if budget == 0:
                    return None
                budget -= 1
                WORK["spans"] += 1
                if _similar_labels(theirs, mine):
                    return their_mention, my_mention
    return None


def _duration_checks(claims: Sequence[Claim]) -> list[Finding]:
    """A duration that does not fit the dates it runs between ("from June 1 ... for five
    days ... until June 30"): per sentence, the dates are indexed once and each duration
    finds its start (the last date before it) and its end by bisection."""
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        if c.sentence is not None and c.kind in _TIME_KINDS and isinstance(c.value, TimeRef):
            by_sentence.setdefault(tuple(c.sentence), []).append(c)  # type: ignore[arg-type]
    out: list[Finding] = []
    for group in by_sentence.values():
        group.sort(key=lambda c: c.start)
        known = [c for c in group if c.kind == "date" and isinstance(c.value, TimeRef)
                 and c.value.earliest is not None]
        firsts = [c for c in known if c.value.relation not in END_RELATIONS]  # type: ignore[union-attr]
        lasts = [c for c in known if c.value.relation in END_RELATIONS]  # type: ignore[union-attr]
        first_starts = [c.start for c in firsts]
        last_starts = [c.start for c in lasts]
        for d in group:
            dv = d.value
            if d.kind != "duration" or not isinstance(dv, TimeRef) or dv.duration_days is None:
                continue
            # the last date in reading order that ends before the duration
            s = None
            for k in range(bisect.bisect_left(first_starts, d.start) - 1, -1, -1):
                WORK["spans"] += 1
                if firsts[k].end <= d.start:
                    s = firsts[k]
                    break
            if s is None:
                continue
            k = bisect.bisect_left(last_starts, s.end)
            if k == len(lasts):
                continue
            e = lasts[k]
            sv, ev = s.value, e.value
            assert isinstance(sv, TimeRef) and isinstance(ev, TimeRef)
            ok, detail = check_duration(dv, sv, ev)
            if ok:
                continue
            detail["check"] = "duration_vs_dates"
            least, most = detail["span_days"]
            out.append(Finding(
                kind="inconsistency",
                summary=(f"{dv.text!r} does not fit {sv.text!r} to {ev.text!r}, "
                         f"which spans {least}-{most} days"),
                claims=(s.id, d.id, e.id), detail=detail,
            ))
    return out


def check_document(document: Any, claims: list[Claim], config: Any) -> list[Finding]:
    """Inconsistencies among one document's own dates: a span named twice differently,
    and a duration that does not fit the dates it runs between."""
    times = [c for c in claims if c.kind in _TIME_KINDS and isinstance(c.value, TimeRef)]
    return _renamed_spans(document, times) + _duration_checks(times)
