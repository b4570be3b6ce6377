"""What alignment knows about one figure or date: its profile.

A profile holds what the claim is about (its owner, the concepts of its subject and
unit, what it measures), when it holds, and its value, read from the claim and the words
around it. Blocking and scoring work on profiles, never on raw text.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

from claimcheck.align.frames import names_differ, place_counted
from claimcheck.model import Claim, Document, Quantity, TimeRef
from claimcheck.text.calendar import MONTH_NAMES, day_span
from claimcheck.text.data import table
from claimcheck.text.grammar import DETERMINERS, PRONOUN_DETERMINERS
from claimcheck.text.names import Aliases, normalize
from claimcheck.text.numbers import parse_number
from claimcheck.text.words import (
    STOPWORDS,
    concept,
    content_words,
    ing_form,
    is_dictionary_word,
    past_verb,
)

#: Concepts that name what a figure measures. Two figures whose measures differ
#: ("losses" against "strength") are about different things, whatever else they share.
MEASURES = frozenset(table("figures")["measures"])

#: Verbs that say only that something happened ("occurred on May 31") or was told
#: ("announced on July 5"): by a date they name no act of their own.
NO_ACT = frozenset(table("frames")["happening_verbs"]) | frozenset(
    table("frames")["telling_verbs"])

#: Pronouns and determiners that stand for an owner named earlier ("Their losses").
ANAPHORA = re.compile(r"^(?:their|its|his|her|the latter|the former|this|these)\b", re.I)
PROPER = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*")

#: Words that make a figure a total over a period rather than a count at one moment.
CUMULATIVE = re.compile(
    r"\b(?:over the (?:whole|entire|course of the)|in all\b|in total|all told|cumulative"
    r"|altogether|throughout the|rotated|since the start)",
    re.IGNORECASE,
)

TIME_KINDS = frozenset({"date", "range"})
#: Dates further apart than this are not "the same event, dated differently".
MAX_DATE_GAP_DAYS = 400
#: Figures whose dates lie further apart than this measure different moments.
MAX_FIGURE_GAP_DAYS = 366
#: Minimum pair score to be matched, and to join an already-matched claim as an extra.
MATCH_SCORE = 0.55
EXTRA_SCORE = 0.6
#: The most claims of another document one claim is compared with.
MAX_CANDIDATES = 16
#: The most claims of all the later documents one claim is compared with, in a corpus of
#: three or more. A fact stated by many sources still chains together: each claim meets
#: the values nearest its own, and facts are the groups those pairs connect.
MAX_CORPUS_CANDIDATES = 10
WINDOW_WORDS = 10
#: How many words before a date (one fewer after it) are its own ("died on", "Died:").
NEAR_DATE_WORDS = 4


class Concepts(tuple[str, ...]):
    """A claim's concepts: a set as alignment reads it (``&``, ``-``, ``|``, ``len``,
    iteration), held as a sorted tuple.

    Why: a corpus holds one set of context words for every figure and date, and those
    were most of what alignment added to the heap: a frozenset of 19 or more strings
    takes 2.2 KB (its hash table), the same strings in a tuple 0.2 KB. The few operations
    that combine two build a set of one side for the moment, and return a frozenset.
    Sorted, so that iterating it never depends on the hash seed."""

    __slots__ = ()

    def __new__(cls, items: Iterable[str] = ()) -> Concepts:
        return super().__new__(cls, sorted(set(items)))

    def __and__(self, other: Iterable[str]) -> frozenset[str]:  # type: ignore[override]
        return frozenset(self).intersection(other)

    def __rand__(self, other: Iterable[str]) -> frozenset[str]:
        return frozenset(self).intersection(other)

    def __sub__(self, other: Iterable[str]) -> frozenset[str]:
        return frozenset(self).difference(other)

    def __or__(self, other: Iterable[str]) -> frozenset[str]:
        return frozenset(self).union(other)

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, str):
            return False
        k = bisect.bisect_left(self, item)
        return k < len(self) and self[k] == item


class Words(Concepts):
    """An owner's words (``owner_of``): ``Concepts`` that also compare as sets (``<=``,
    ``<``, ``>=``, ``>``: one within the other), which is all alignment asks of them
    (``scores.owner_match``). Why: a corpus's owners are mostly names said by one
    document, so nearly every figure's set of them was a frozenset of its own, 216
    bytes for one to three words (10 KB a generated 10 KB document); as a sorted tuple
    about 60. Never sorted among themselves (their order is that of sets)."""

    __slots__ = ()

    def __le__(self, other: Iterable[str]) -> bool:  # type: ignore[override]
        return frozenset(self) <= frozenset(other)

    def __lt__(self, other: Iterable[str]) -> bool:  # type: ignore[override]
        return frozenset(self) < frozenset(other)

    def __ge__(self, other: Iterable[str]) -> bool:  # type: ignore[override]
        return frozenset(self) >= frozenset(other)

    def __gt__(self, other: Iterable[str]) -> bool:  # type: ignore[override]
        return frozenset(self) > frozenset(other)


def owner_words_of(words: Iterable[str]) -> frozenset[str] | Words:
    """An owner's words as ``Words``; the shared empty set when there are none."""
    found = Words(words)
    return found if found else NO_CONCEPTS


#: No concepts, one object for every profile that has none (``frozenset()`` is a new
#: object each time: 216 bytes, for most figures' ``near`` and many owners' words).
NO_CONCEPTS: frozenset[str] = frozenset()


@lru_cache(maxsize=1 << 14)
def _shared_set(items: tuple[str, ...]) -> frozenset[str]:
    """One frozenset for each small set many profiles hold alike (what a figure measures,
    its owner's words, its own subject's concepts): a corpus repeats a few thousand of
    them over a million claims."""
    return frozenset(items)


def shared_set(items: Iterable[str]) -> frozenset[str]:
    """``frozenset(items)``, the same object for the same members (``_shared_set``)."""
    members = tuple(sorted(set(items)))
    return _shared_set(members) if members else NO_CONCEPTS


@lru_cache(maxsize=1 << 16)
def _shared_span(span: tuple[Any, Any]) -> tuple[Any, Any]:
    return span


def shared_span(span: tuple[Any, Any] | None) -> tuple[Any, Any] | None:
    """One tuple for each span of days or dates many profiles hold alike (a corpus's
    documents date their facts alike: "25 June 1950" in a thousand of them), instead of a
    pair each: the first and last day of every date were a tenth of a profile. Only for
    pairs of day numbers (ints) or of dates, whose equal values are alike in every way."""
    if span is None or type(span[0]) not in _SPAN_TYPES or type(span[1]) is not type(span[0]):
        return span
    return _shared_span(span)


_SPAN_TYPES = frozenset({int, date})


@lru_cache(maxsize=1 << 16)
def _shared_tuple(types: tuple[type, ...], items: tuple[Any, ...]) -> tuple[Any, ...]:
    return items


def shared_tuple(items: Any) -> Any:
    """One object for each tuple of words or values many profiles hold alike (the
    concepts of a clause a corpus's documents word alike, the words by a date, a value's
    key), keyed on its members' types as well as their values, so that an equal tuple of
    floats never stands in for one of ints. Anything but a tuple is given back as it is."""
    if not isinstance(items, tuple) or not items:
        return items
    return _shared_tuple((type(items), *map(type, items)), items)


@dataclass(slots=True)
class FigureProfile:
    """What alignment needs to know about one claim. Slotted: a corpus makes one for
    each of its figures and dates, and an instance dictionary each was a tenth of
    alignment's memory."""

    claim: Claim
    family: str
    dimension: str | None
    owner: str | None
    owner_words: frozenset[str] | Words
    concepts: Concepts
    measures: frozenset[str]
    own: frozenset[str]  # the concepts of the claim's own subject and unit
    interval: tuple[date, date] | None
    number: float | None
    keys: tuple[str, ...] = ()
    weight: float = 0.0  # the summed weights of ``concepts``, set once the weights are known
    note_target: tuple[int, int] | None = None  # span of the footnote a marker points to
    #: For a figure with no date of its own, the last date before it in its paragraph:
    #: used to keep figures of different years apart, never reported as the figure's date.
    context_interval: tuple[date, date] | None = None
    scope: str | None = None  # "cumulative" for totals over a period ("over the whole war")
    relative: bool = False  # holds for a time stated relative to another ("a year earlier")
    #: The value as written down to its unit ("2,940,044 votes", a day's date), and whether
    #: its document states it only once: the same rare value in two documents is strong
    #: evidence that they speak of one thing.
    value_key: tuple | None = None
    unique: bool = False
    #: A figure of many digits as written ("171,660,230", "23,001") with no other value
    #: of its dimension in its document near it: another document's figure within
    #: ``NEAR_SHARE`` of it is as strong a sign of one thing as the same value
    #: (``near_rare``).
    near_unique: bool = False
    #: A figure whose measure, named by more than a suggestive word, no other figure of
    #: its document states with another value (``mark_sole_measures``): "the death of
    #: 110 workers" where the document gives no other toll.
    sole_measure: bool = False
    #: A day whose year its sentence states, with no other day in its document within
    #: LONE_DAYS of it (``mark_lone_days``): another document's lone day on the same date
    #: tells the same event's day, whatever words surround each.
    lone_day: bool = False
    zoned_day: bool = False  # the day of a time of day with a zone ("05:17 UTC")
    #: A time of day told with its day's words ("landed on July 20, 1969, at 20:17"): what
    #: the clock shares with another may be the day's alone (``figures._date_bounds``).
    day_words: bool = False
    #: For a date, the concepts of the few words right by it ("died on July 25", "Died:
    #: 24 July 2014"): the event's own word, where the clause's other words may be another's.
    near: frozenset[str] | Concepts = NO_CONCEPTS
    #: For a date, the verbs in the past among those few words ("filed on December 11",
    #: "arrested Madoff on December 11", "on August 28, Katrina was upgraded"): what
    #: happened that day. Two such dates with different acts are two events.
    acts: tuple[str, ...] = ()
    #: For a date, the time of day told with it ("January 17, 1995, at 05:46 JST", "at
    #: 8:30 a.m. on June 3"): minutes after midnight as written and the zone if named,
    #: with its restatement in a bracket. One day at two times of day is two moments.
    clock: tuple[tuple[int, str | None], ...] = ()
    #: For a mass or a volume, what it is of, as a concept ("1.4 kg (3 lb) of silver" ->
    #: "silver", "3 million barrels of crude oil" -> "oil"): weights of different things
    #: are never compared.
    material: str | None = None
    #: A date that says when a figure of its sentence holds: it may agree, but a
    #: difference belongs to the figures, not to two events.
    period_only: bool = False
    #: For a figure or duration whose frame names no subject, the proper name its clause
    #: is about ("Stiethzanvik, a town of 14,700, lies some 42 kilometres north"): two such
    #: figures of differently named things are never compared.
    named: ClauseName | None = None
    #: A date's first and last day as day numbers (``text.calendar.timex_days``): set for
    #: every date, and the only span a date before the common era has ("480 BC"), whose
    #: ``interval`` Python's dates cannot hold.
    days: tuple[int, int] | None = None
    #: The words right by the figure in its sentence (``places.place_key``): a blocking
    #: key that brings the figures in the same place of one sentence in two states together.
    place: str | None = None


# -- near values ----------------------------------------------------------------------

#: How close two figures of many digits must be to count as one figure told two ways
#: ("171,660,230" and "171,657,549", "1,308" and "1,316"): one per cent. (At 1.5 per
#: cent, "Rescued about 4,197" met "Participants 4,252" in real accounts of a wreck.)
NEAR_SHARE = 0.01
#: How many significant digits, as written, a figure needs for nearness to mean much:
#: "23,001" has five, "1,000" one, "$169.0 million" three.
NEAR_DIGITS = 4
#: The same for a duration, counted in its smallest stated unit: three ("885" minutes);
#: "90 minutes" or "33 hours" are round or short enough to be said of many things.
NEAR_DURATION_DIGITS = 3
#: How far around a figure its document must hold no other value of its dimension for
#: the figure to be ``near_unique``: five times ``NEAR_SHARE``. A table of dozens of
#: figures of one size (a war's battles, an army's corps) puts some of them within a
#: per cent of another table's by chance; prose seldom does.
CROWD_SHARE = 0.05
#: Dimensions whose values crowd a narrow range whatever they measure (shares of a
#: hundred): two near values there are chance as often as not.
NEAR_BOUNDED = frozenset({"percent"})
_DIGITS = re.compile(r"\d")


def written_digits(text: str) -> int:
    """The significant digits of a figure as written: its digits without the zeros that
    lead or close them ("23,001" -> 5, "1,000" -> 1, "0.045" -> 2)."""
    return len("".join(_DIGITS.findall(text)).strip("0"))


def mark_near_unique(found: Sequence[FigureProfile]) -> None:
    """Mark the figures of one document that are ``near_unique``: exact figures of at
    least ``NEAR_DIGITS`` digits as written (``_precise``), with no other value of their
    dimension in the document within ``CROWD_SHARE`` of them (the same value told again
    aside). A round time is a neighbour too ("14 hours 50 minutes" beside "14 hours 45
    minutes"), where a round count is not (``_crowded``)."""
    exact: list[tuple[str, float, int]] = []
    precise: set[int] = set()  # (each figure's value read once)
    for i, p in enumerate(found):
        if p.family == "time" or not p.number or p.number <= 0 \
                or p.dimension in NEAR_BOUNDED:
            continue
        if _precise(p.claim.value):
            precise.add(i)
        elif _clock_count(p.claim.value) is None:
            continue  # a round count is no neighbour; a time is, however round
        exact.append((p.dimension or "", p.number, i))
    exact.sort(key=lambda t: (t[0], t[1], t[2]))
    k = 0
    while k < len(exact):
        # a run of one value told again (a table repeating a figure) is judged once, by
        # the values on either side of the run: walking past the run from each of its
        # figures was quadratic in its length
        end = k + 1
        while end < len(exact) and exact[end][:2] == exact[k][:2]:
            end += 1
        alone = not (_crowded(exact, k, k - 1) or _crowded(exact, k, end))
        for _, _, i in exact[k:end]:
            found[i].near_unique = alone and i in precise
        k = end


#: How far around a day its document must name no other day for it to be a lone day.
LONE_DAYS = 10


def mark_lone_days(found: Sequence[FigureProfile]) -> None:
    """Mark the days of one document that are ``lone_day``: a date of one day whose year
    is stated, no time of day, and no other day within LONE_DAYS of it in the document
    (the same day told again aside). An account of one event ("reached the summit on 14
    July 1865") names its day once, where a chronicle names many days together."""
    days: list[tuple[int, int]] = []
    for i, p in enumerate(found):  # (a time of day is no day: its granularity is finer)
        value = p.claim.value
        if p.family == "time" and p.days is not None and p.days[0] == p.days[1] \
                and isinstance(value, TimeRef) and value.kind == "date" \
                and value.granularity == "day" and not (
                    p.claim.frame is not None and p.claim.frame.source == "stamp"):
            # (a page's own date, "Tuesday, October 20, 2015" over a story, is the day
            # it was written, a day or two after what it tells)
            days.append((p.days[0], i))
    # the other days about each day: its neighbours among the document's distinct days,
    # found by bisection (a timeline of thousands of days is read once, not once a day)
    distinct = sorted({day for day, _ in days})
    for day, i in days:
        if getattr(found[i].claim.value, "year_source", "stated") != "stated":
            continue
        k = bisect.bisect_left(distinct, day)
        before = distinct[k - 1] if k > 0 else None
        after = distinct[k + 1] if k + 1 < len(distinct) else None
        found[i].lone_day = (before is None or day - before > LONE_DAYS) and (
            after is None or after - day > LONE_DAYS)


def mark_sole_measures(found: Sequence[FigureProfile]) -> None:
    """Mark the figures of one document that are its only statement of their measure:
    the measure named by more than a suggestive word, and no other figure of the same
    measure, statistic and dimension with another value (a value told again counts
    once). Two documents' sole figures of one measure are their one account of it."""
    values: dict[tuple, set] = {}
    for p in found:
        frame = p.claim.frame
        if p.family == "time" or frame is None or not frame.measure or frame.measure_weak:
            continue
        key = (frame.measure, frame.statistic, p.dimension)
        values.setdefault(key, set()).add(p.value_key or p.number)
    for p in found:
        frame = p.claim.frame
        if p.family == "time" or frame is None or not frame.measure or frame.measure_weak:
            continue
        p.sole_measure = len(values[(frame.measure, frame.statistic, p.dimension)]) == 1


def _precise(value: object) -> bool:
    """An exact figure of many digits as written (``NEAR_DIGITS``), or an exact time of
    hours, minutes or seconds counted to ``NEAR_DURATION_DIGITS`` in its smallest unit
    ("14 hours 45 minutes", 885 minutes; "four hours and 56 minutes", 296): stated that
    finely, two near values of one document's and another's are one time told two ways,
    not chance. (Years and days are counted whole: "158 years" is no finer than "158".)"""
    if isinstance(value, Quantity):
        # (a number in words has the digits of its value: "four thousand nine hundred
        # and seventy-three" is as precise as "4,973")
        digits = written_digits(value.text) or (
            written_digits(str(int(value.low))) if value.low.is_integer() else 0)
        return value.low == value.high and digits >= NEAR_DIGITS
    count = _clock_count(value)
    return count is not None and written_digits(count) >= NEAR_DURATION_DIGITS


def _clock_count(value: object) -> str | None:
    """An exact duration's count in its smallest unit of hours, minutes or seconds, as
    its TIMEX3 value writes it ("885" of "PT885M"); None for any other value."""
    if not isinstance(value, TimeRef) or value.kind != "duration" or value.mod is not None:
        return None
    count = _DURATION_COUNT.fullmatch(value.timex or "")
    return count.group(1) if count else None


#: A duration's TIMEX3 value of one exact whole count of hours, minutes or seconds
#: ("PT885M"; "PTXH" for a vague one, "P158Y" for years). A count with a fraction
#: ("PT9.58S", "PT102.96S") is a race's time: a field finishes within a per cent of its
#: winner (9.58, 9.63, 9.69 seconds), so two such near times are no one time told twice.
_DURATION_COUNT = re.compile(r"PT(\d+)[HMS]")


def _crowded(exact: Sequence[tuple[str, float, int]], k: int, j: int) -> bool:
    """Whether ``exact[j]``, the nearest other value beside ``exact[k]``'s run in the
    sorted values (those of many digits: a round "more than 8,000" beside "8,098" is no
    chance neighbour), is of its dimension and within ``CROWD_SHARE`` of it."""
    dimension, number, _ = exact[k]
    if not 0 <= j < len(exact) or exact[j][0] != dimension:
        return False
    return abs(exact[j][1] - number) <= CROWD_SHARE * max(exact[j][1], number)


def near_rare(a: FigureProfile, b: FigureProfile) -> bool:
    """Two figures of many digits, each alone near its value in its document, within
    ``NEAR_SHARE`` of each other and not equal ("23,001" and "22,990", "Popular vote
    171,660,230" and "171,657,549"): one figure told two ways, as surely as the same
    rare value would be (``figures._near_alike`` asks the same statistic of two
    sentences' figures besides)."""
    return bool(a.near_unique and b.near_unique and _counted_alike(a, b)
                and a.number and b.number and a.number != b.number
                and abs(a.number - b.number) <= NEAR_SHARE * max(a.number, b.number))


def _counted_alike(a: FigureProfile, b: FigureProfile) -> bool:
    """The same dimension, or a count and a bare figure ("8,098 cases" and "Cases8,096",
    a key's value with no noun after it)."""
    return a.dimension == b.dimension or {a.dimension, b.dimension} == {None, "count"}


def near_keys(p: FigureProfile) -> set[str]:
    """Blocking keys that a ``near_unique`` figure shares with every figure within
    ``NEAR_SHARE`` of it: its value's step on a scale of ratios of 1 / (1 - NEAR_SHARE),
    and the next step (two values that close are at most one step apart)."""
    if not p.near_unique or not p.number:
        return set()
    step = math.floor(math.log(p.number) / -math.log1p(-NEAR_SHARE))
    kind = "count" if p.dimension is None else p.dimension  # (a bare figure meets counts)
    return {f"near|{kind}|{step}", f"near|{kind}|{step + 1}"}


# -- profiles ----------------------------------------------------------------------------


def figure_profile(
    claim: Claim,
    document: Document,
    aliases: Aliases,
    bounds: tuple[int, int] | None = None,
) -> FigureProfile | None:
    """The alignment profile of a figure, ratio or date; None for claims it does not line up.

    ``bounds`` limits the words read around the claim (to the stretch between the dates
    before and after it in its sentence, so that one event's words do not colour another's).
    """
    value = claim.value
    days: tuple[int, int] | None = None
    if isinstance(value, Quantity):
        family = "ratio" if claim.kind == "ratio" else "quantity"
        dimension = value.dimension or ("count" if value.unit else None)
        if dimension is None and _percent_label(claim):
            dimension = "percent"  # "- Percentage1: 26.51": the label says what it is
        when = claim.frame.period if claim.frame is not None else claim.when
        interval = (when.earliest, when.latest) if when and when.earliest and when.latest else None
        number = (value.low + value.high) / 2
    elif isinstance(value, TimeRef) and claim.kind in TIME_KINDS:
        if claim.frame is not None and claim.frame.source == "stamp":
            return None  # when the page was posted, not a date of what it reports
        days = day_span(value)
        if days is None:
            return None  # a date with no day to give ("XXXX-06", "PRESENT_REF")
        interval = (value.earliest, value.latest) if value.earliest and value.latest else None
        family, dimension = "time", value.granularity
        number = None
    elif isinstance(value, TimeRef) and value.duration_days is not None:
        family, dimension = "duration", "duration"
        when = claim.when
        interval = (when.earliest, when.latest) if when and when.earliest and when.latest else None
        number = sum(value.duration_days) / 2
    else:
        return None
    words = window(document.text, claim, bounds)
    own = shared_set(
        concept(w)
        for words in (value.unit if isinstance(value, Quantity) else None, claim.subject)
        if words
        for w in content_words(words)
    )
    concepts = own | {concept(w) for w in content_words(words)}
    # who reports a figure says nothing of what it measures ("the general staff")
    reporter = frozenset(concept(w) for w in content_words(claim.attribution or ""))
    owner, owner_words = owner_of(claim, document.text, aliases)
    if family == "quantity" and claim.frame is not None and claim.frame.subject_key and (
            owner is None or claim.frame.source == "row"):
        # the frame found whose it is where the clause's subject does not say ("the
        # battle ... cost the Kessel Army 7,700 dead"); and in a labelled row, the owner
        # its column's name gives, not the row's label ("Seat change Increase193": the
        # label and an arrow's alt text read as the figure's subject)
        owner = claim.frame.subject_key
        owner_words = owner_words_of(owner.split())
    scope = "cumulative" if family != "time" and CUMULATIVE.search(words) else None
    relative = family != "time" and is_relative(claim.when)
    near: frozenset[str] | Concepts = NO_CONCEPTS
    acts: tuple[str, ...] = ()
    clock: tuple[Clock, ...] = ()
    if family == "time":
        s_start, s_end = claim.sentence or (max(0, claim.start - 200),
                                            min(len(document.text), claim.end + 200))
        before = _words_before(document.text, s_start, claim.start, NEAR_DATE_WORDS)
        after = _words_after(document.text, claim.end, s_end, NEAR_DATE_WORDS)
        near = Concepts(concept(w) for w in content_words(
            " ".join(before + after[:NEAR_DATE_WORDS - 1])))
        # the act may follow a comma ("on August 28, Katrina was upgraded")
        acts = _acts(before + after)
        clock = clock_beside(document.text, claim.start, claim.end)
    material = _material(document.text, claim.end) if dimension in MATERIAL_DIMENSIONS \
        else None
    if material is not None:
        own = shared_set((*own, material))
        concepts |= {material}
    return FigureProfile(
        value_key=shared_tuple(value_key_of(claim)),
        claim=claim,
        family=family,
        dimension=dimension,
        owner=owner,
        owner_words=owner_words,
        concepts=shared_tuple(Concepts(concepts)),
        measures=measures_of(own) if own & MEASURES else (
            NO_CONCEPTS if _counts_own_things(claim) else measures_of(concepts - reporter)),
        own=own,
        interval=shared_span(interval),
        days=shared_span(days),
        number=number,
        near=shared_tuple(near),
        acts=shared_tuple(acts),
        clock=clock,
        material=material,
        scope=scope,
        relative=relative,
    )


#: Durations too common to tell one statement by: a day, a week, a month, a year, two.
_PLAIN_DAYS = frozenset({1.0, 2.0, 7.0, 14.0, 30.436875, 60.87375, 365.2425, 730.485})


#: Dimensions of an amount of some stuff, whose "of ..." says what stuff.
MATERIAL_DIMENSIONS = frozenset({"mass", "volume"})
#: Words that name no particular stuff ("of material").
VAGUE_MATERIALS = frozenset(w.lower() for w in table("frames")["vague_materials"])

#: "kg (3 lb) of pure silver": a bracketed restatement may stand between the amount and
#: its "of"; the words after it up to a stopword or a sign name the stuff.
_MATERIAL_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?of[ \t]+((?:[A-Za-z-]+[ \t]*){1,4})")


def _material(text: str, end: int) -> str | None:
    """What a mass or volume ending at ``end`` is of, as a concept: the last content word
    of the few after "of" ("of crude oil" -> oil, "of the silver" -> silver)."""
    m = _MATERIAL_RE.match(text, end, end + 80)
    if m is None:
        return None
    head: list[str] = []
    for word in m.group(1).split():
        if word.lower() in STOPWORDS:
            if head:
                break
            continue
        head.append(word)
    if not head or head[-1].lower() in VAGUE_MATERIALS:
        return None
    return concept(head[-1])


def _counts_own_things(claim: Claim) -> bool:
    """A count of things its own noun names and no measure ("killing 227,898 people in 14
    countries"): the measures the clause names ("killing") are another figure's."""
    frame = claim.frame
    return frame is not None and frame.measure is None and bool(frame.counted) \
        and frame.counted != "person" and claim.kind == "quantity"


def value_key_of(claim: Claim) -> tuple | None:
    """A figure's value with what it counts, or a date of a day: what two documents must
    state alike to meet on their values alone; None for values too common to tell."""
    value = claim.value
    if isinstance(value, TimeRef) and claim.kind in TIME_KINDS:
        if value.granularity in ("hour", "minute", "second"):
            return ("clock", value.timex)  # a time of day: its day's value is the date's
        if value.earliest and value.latest and (value.latest - value.earliest).days <= 122:
            return ("time", value.earliest, value.latest)  # a day, a month, "late 2001"
        return None
    if isinstance(value, TimeRef) and value.duration_days is not None:
        low, high = value.duration_days
        if low == high and low in _PLAIN_DAYS:
            return None  # "a year", "two days": said of too many things
        return ("duration", low, high)  # "about 12 minutes" states what "12 minutes" does
    if isinstance(value, Quantity):
        if max(abs(value.low), abs(value.high)) < 100 and value.low == int(value.low) \
                and value.high == int(value.high):
            return None  # "three", "12": said of too many things
        if max(abs(value.low), abs(value.high)) >= 1000 or value.low != int(value.low):
            # "2,940,044"; a bare number counts, as "84,490 supporters" does
            return ("figure", value.low, value.high, value.dimension or "count")
        counted = claim.frame.counted if claim.frame else None
        # "216 passengers" and "Passengers216": a count of people either way
        return ("figure", value.low, value.high,
                value.dimension or ("count" if counted else None), counted)
    return None


def is_relative(when: TimeRef | None) -> bool:
    """A time counted from another ("a year earlier", "last year") with no anchor found."""
    return when is not None and when.kind == "relative" and when.earliest is None


def measures_of(concepts: frozenset[str]) -> frozenset[str]:
    """What a figure measures: a specific measure if named ("losses"), else strength if it
    counts people ("men", "troops"), else nothing known."""
    specific = shared_set(c for c in concepts if c in MEASURES)
    if specific:
        return specific
    return shared_set(("personnel",)) if "personnel" in concepts else NO_CONCEPTS


def window(text: str, claim: Claim, bounds: tuple[int, int] | None = None) -> str:
    """The claim's clause: up to ten words either side (twenty for dates), in its sentence."""
    s_start, s_end = claim.sentence or (max(0, claim.start - 200), min(len(text), claim.end + 200))
    if bounds is not None:
        s_start, s_end = max(s_start, bounds[0]), min(s_end, bounds[1])
    left_words = _words_before(text, s_start, claim.start,
                               WINDOW_WORDS * 2 if claim.kind in TIME_KINDS else WINDOW_WORDS)
    right_words = _words_after(text, claim.end, s_end,
                               WINDOW_WORDS * 2 if claim.kind in TIME_KINDS else 5)
    return " ".join(left_words) + " " + " ".join(right_words)


def _acts(words: Sequence[str]) -> tuple[str, ...]:
    """The past verbs among ``words`` (split on blanks) that tell what happened, sorted:
    not a verb of happening or telling, and not a participle that a determiner stands
    right before ("the injured", "the damaged levee") or that stands between a number,
    or a determiner that may stand alone, and its noun ("two suspended walkways", "all
    damaged houses"), which describes a thing rather than telling an act ("300 drowned
    in the flood", "all drowned when", "both survived the crash" tell one)."""
    found: set[str] = set()
    for k, raw in enumerate(words):
        for w in content_words(raw):
            if not (v := past_verb(w)) or v in NO_ACT:
                continue
            before = words[k - 1] if k else ""
            if before.lower() in _ATTRIBUTIVE_BEFORE:
                continue
            if (before.lower() in PRONOUN_DETERMINERS or before.replace(",", "").isdigit()
                    or (before.isalpha() and parse_number(before) is not None)) \
                    and raw.isalpha() and k + 1 < len(words) and words[k + 1].isalpha() \
                    and words[k + 1].lower() not in STOPWORDS:
                continue  # "two suspended walkways", but "300 drowned in the flood",
                # "all drowned when the ferry capsized"
            found.add(w)
    return tuple(sorted(found))


#: Words after which a past participle describes the noun that follows it ("the
#: damaged bridge"): determiners that never stand alone.
_ATTRIBUTIVE_BEFORE = DETERMINERS - PRONOUN_DETERMINERS


def _words_before(text: str, start: int, end: int, n: int) -> list[str]:
    """``text[start:end].split()[-n:]``, reading back only as far as those words go (a
    sentence of 100,000 characters is not read whole for each of its figures)."""
    width = 128
    while True:
        lo = max(start, end - width)
        words = text[lo:end].split()
        if lo == start or len(words) > n:
            return words[-n:]
        width *= 2


#: A time of day right after a date (", at 05:46 JST", " 20:46 UTC", ", at 8:30 A.M.",
#: "at 03:34 local time (06:34 UTC)") and right before one ("at 8:30 a.m. on"): hours,
#: minutes, a.m. or p.m., a zone, and the same time told again in a bracket.
_TIME_OF_DAY = (r"(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*(?i:([ap])\.?\s?m\b\.?))?"
                r"(?:\s+([A-Z]{2,5}\b|(?i:local\s+time)))?")
_CLOCK_AFTER = re.compile(r",?\s*(?:at\s+)?" + _TIME_OF_DAY)
_CLOCK_GLOSS = re.compile(r"\s*\(\s*" + _TIME_OF_DAY + r"\s*\)")
_CLOCK_BEFORE = re.compile(r"\bat\s+" + _TIME_OF_DAY + r"\s*,?\s+on\s+$")
#: How far before a date its time of day may start ("at 11:59 p.m. EST on ").
CLOCK_BEFORE_CHARS = 32

Clock = tuple[int, str | None]


def clock_beside(text: str, start: int, end: int) -> tuple[Clock, ...]:
    """The time of day told with the date at ``start:end``, as minutes after midnight as
    written and its zone if one is named, with the same time told again in a bracket
    right after it ("03:34 local time (06:34 UTC)"); () when none is told."""
    found = _CLOCK_AFTER.match(text, end)
    if not found or not (found.group(0).lstrip(", ").startswith("at")
                         or ":" in found.group(0)):
        found = _CLOCK_BEFORE.search(text, max(0, start - CLOCK_BEFORE_CHARS), start)
    if not found:
        return ()
    clocks = [_clock(*found.groups())]
    gloss = _CLOCK_GLOSS.match(text, found.end())
    if gloss:
        clocks.append(_clock(*gloss.groups()))
    return tuple(c for c in clocks if c is not None)


def _clock(hour: str, minute: str, half: str | None, zone: str | None) -> Clock | None:
    h, m = int(hour), int(minute)
    if h > 23 or m > 59 or (half and not 1 <= h <= 12):
        return None
    if half:
        h = h % 12 + (12 if half.lower() == "p" else 0)
    return h * 60 + m, (" ".join(zone.lower().split()) if zone else None)


def _words_after(text: str, start: int, end: int, n: int) -> list[str]:
    """``text[start:end].split()[:n]``, reading on only as far as those words go."""
    width = 128
    while True:
        hi = min(end, start + width)
        words = text[start:hi].split()
        if hi == end or len(words) > n:
            return words[:n]
        width *= 2


#: Labels of a key or a row whose bare numbers are percentages ("Percentage1: 26.51").
_PERCENT_LABELS = frozenset(table("frames")["percent_labels"])


def _percent_label(claim: Claim) -> bool:
    """Whether a bare number stands under a label that says it is a percentage."""
    frame = claim.frame
    if frame is None or frame.source not in ("row", "key_value") or not frame.measure_text:
        return False
    words = frame.measure_text.lower().split()
    return bool(words) and words[-1] in _PERCENT_LABELS


def owner_of(claim: Claim, text: str,
             aliases: Aliases) -> tuple[str | None, frozenset[str] | Words]:
    """Whose figure it is: a known entity in the subject, else its proper nouns."""
    subject = claim.subject or ""
    if subject and claim.attribution and (subject.strip() in claim.attribution
                                          or subject.startswith(claim.attribution)):
        return None, NO_CONCEPTS  # "Government figures counted 24,000": the source, not
        # whose; "The Boston Athletic Association says there were 15 runners" too
    frame = claim.frame
    if subject and frame is not None and frame.measure_text and \
            subject.strip().lower() == frame.measure_text.strip().lower():
        return None, NO_CONCEPTS  # "Damage was at $12 billion": what is measured, not whose
    if frame is not None and frame.source == "key_value" and frame.subject is None \
            and frame.counted:
        return None, NO_CONCEPTS  # "Passengers216": the key says who is counted, not whose
    place = place_counted(frame) if frame is not None and frame.subject_key is None else None
    if place is not None and subject and concept(subject.split()[-1]) == place:
        return None, NO_CONCEPTS  # "across 28 US states": where the places lie, not whose
    found = aliases.find(subject)
    if found:
        return found, owner_words_of(found.split())
    if subject and ANAPHORA.match(subject.strip()):
        # the sentence and the 400 characters before it, but no more than 2,000 before
        # the figure: a run with no sentence end is no sentence (core/claims.py)
        start = max(claim.sentence[0] - 400 if claim.sentence else 0, claim.start - 2400, 0)
        earlier = aliases.find_last(text[start : claim.start])
        if earlier:
            return earlier, owner_words_of(earlier.split())
    proper = [m.group() for m in PROPER.finditer(subject)
              if not _opener(m, subject, alone=False)
              and m.group().lower().rstrip(".") not in MONTH_NAMES]  # "Mirova on 1 January"
    if proper:
        key = normalize(" ".join(proper))
        if key:
            return aliases.key(key), owner_words_of(key.split())
    return None, NO_CONCEPTS


# -- weights and scores ------------------------------------------------------------------


#: Claims whose clause's named subject keeps them apart from another named thing's.
NAMED_KINDS = frozenset({"quantity", "duration", "date", "range"})


@dataclass(frozen=True, slots=True)
class ClauseName:
    """The proper name a claim's clause is about ("Stiethzanvik", "Arinforia Cathedral"),
    as an entity key, and the clause subject's head noun ("cathedral"; None when the
    subject ends in the name itself). Slotted: a corpus holds one for most of its
    figures and dates, about 100 bytes each with its attributes kept apart, 48 slotted."""

    key: str
    head: str | None


def _opener(match: re.Match[str], subject: str, alone: bool = True) -> bool:
    """A capitalised dictionary word alone at the start of a subject ("Local health
    officials", "Government figures"): capitalised because a sentence opens there, not a
    name. With ``alone`` False a subject of that one word ("China", "Turkey") keeps it."""
    word = match.group()
    if match.start() == 0 and " " not in word and ing_form(word):
        return True  # "Taking the passengers, ... there were 1,308 carried": a verb
    return (match.start() == 0 and " " not in word and not word.isupper()
            and (alone or len(subject.split()) > 1) and is_dictionary_word(word))


def clause_names(claims: Sequence[Claim], aliases: Aliases) -> dict[str, ClauseName]:
    """For each figure, duration or date, the proper name of the innermost statement
    around it: what the clause is about."""
    statements = sorted((c for c in claims if c.kind == "statement"),
                        key=lambda c: (c.start, -c.end))
    starts = [c.start for c in statements]
    lines: dict[str, list[int]] = {}  # per statement: where its line breaks are
    out: dict[str, ClauseName] = {}
    shared: dict[tuple[str, str | None], ClauseName] = {}  # one object for a name said often
    for claim in claims:
        if claim.kind not in NAMED_KINDS:
            continue
        best = None
        k = bisect.bisect_right(starts, claim.start) - 1
        for n in range(k, max(k - 8, -1), -1):  # the few statements that start before it
            around = statements[n]
            if around.end >= claim.end and (best is None or
                                            around.end - around.start < best.end - best.start):
                best = around
        if best is None or not best.subject:
            continue
        if _rows_apart(best, claim, lines):
            continue  # an infobox copied as lines: the name rows above is not this row's
        subject = _without_claim(best, claim)
        proper = [m.group() for m in PROPER.finditer(subject) if not _opener(m, subject)]
        key = normalize(" ".join(proper)) if proper else ""
        if key:
            words = best.subject.split()
            head = concept(words[-1]) if words else None
            name = (aliases.key(key), head)
            out[claim.id] = shared.get(name) or shared.setdefault(name, ClauseName(*name))
    return out


def _without_claim(statement: Claim, claim: Claim) -> str:
    """A statement's subject less the claim inside it: the words of a figure are no name
    of what its clause is about ("The highest Modified Mercalli Intensities (MMI's) of VII
    to IX paralleled the rupture": the scale's name is the figure's own)."""
    subject = statement.subject or ""
    span = statement.extra.get("subject_span") if statement.extra else None
    if not span or not span[0] <= claim.start < claim.end <= span[1] \
            or len(subject) != span[1] - span[0]:
        return subject
    at, end = claim.start - span[0], claim.end - span[0]
    # a subject over several lines that holds the figure is rows of a table run together
    # ("Results\nChoice\nVotes %\nYes 12,808,270 45.33%\nNo 15,449,508"): the row that
    # holds the figure is its clause
    return subject[subject.rfind("\n", 0, at) + 1:at] + " " + subject[
        end:len(subject) if "\n" not in subject[end:] else subject.index("\n", end)]


#: A statement's subject this many line breaks or more above a figure is no name of the
#: figure's clause: the "statement" is a table or an infobox run together ("President-
#: elect Guillermo Endara sworn into office" ... "Strength" ... "16,000 27,000").
ROWS_APART = 2


def _rows_apart(statement: Claim, claim: Claim, lines: dict[str, list[int]]) -> bool:
    """Whether ROWS_APART line breaks stand between a statement's subject and a claim
    inside it. Each statement's breaks are found once, so its figures cost a bisection."""
    breaks = lines.get(statement.id)
    if breaks is None:
        breaks = lines[statement.id] = [statement.start + m.start()
                                        for m in _LINE_BREAK.finditer(statement.text)]
    if not breaks:
        return False
    span = statement.extra.get("subject_span") if statement.extra else None
    subject_end = span[1] if span else statement.start
    between = bisect.bisect_left(breaks, claim.start) - bisect.bisect_left(breaks, subject_end)
    return between >= ROWS_APART


_LINE_BREAK = re.compile(r"\n")


def _one_company(a: str, b: str) -> bool:
    """Whether two clauses' names are one group of people told with other titles: they
    end with the same two words or more (a person's name, "buzz aldrin"), and the words
    before those share two words in a row too (another name, "neil armstrong"):
    "commander neil armstrong lunar module pilot buzz aldrin" and "american neil
    armstrong buzz aldrin". A word or two in common is no sign of one subject when the
    names differ where they name ("lake erie state park" and "lake ontario state park",
    "st paul's cathedral" and "st mary's cathedral"): their two dates would be a wrong
    discrepancy."""
    x, y = a.split(), b.split()
    n = 0
    while n < min(len(x), len(y)) and x[-1 - n] == y[-1 - n]:
        n += 1
    if n < 2:
        return False
    x, y = x[:len(x) - n], y[:len(y) - n]
    return bool(set(pairwise(x)) & set(pairwise(y)))


def names_clash(a: FigureProfile, b: FigureProfile) -> str | None:
    """Why two claims' clauses are about different named things, or None.

    A figure's subject is its frame's, else its clause's name: two known and different
    ones keep the figures apart ("Grurkrumstan, a town of 824" and "the Maindouny festival
    drew 824"). Dates are about events, which sources tell through different actors ("the
    Japanese navy attacked on December 7" and "the war came to America on December 7"):
    they are kept apart only when their clauses name two things of one kind ("Arinforia
    Cathedral was consecrated in 1742", "Uleceavheim Cathedral ... in 1741").
    """
    if a.material and b.material and a.material != b.material:
        return f"amounts of different things ({a.material} vs {b.material})"
    na, nb = a.named, b.named
    if a.family == "time" or b.family == "time":
        if na and nb and na.head and na.head == nb.head and names_differ(na.key, nb.key) \
                and not _one_company(na.key, nb.key):
            # (but "Commander Neil Armstrong and ... Buzz Aldrin" and "Americans Neil
            # Armstrong and Buzz Aldrin" name one crew: see _one_company)
            return f"different subjects ({na.key} vs {nb.key})"
        return None
    fa, fb = a.claim.frame, b.claim.frame
    if fa is not None and fb is not None and fa.source == fb.source == "row" \
            and fa.subject == fb.subject and fa.subject and fa.subject.startswith("column "):
        return None  # one column of two infoboxes: the names on the lines above its
        # label (the commanders', the belligerents') are not whose the figure is
    sa = (fa.subject_key if fa is not None and fa.subject_key else None) or (
        na.key if na else None)
    sb = (fb.subject_key if fb is not None and fb.subject_key else None) or (
        nb.key if nb else None)
    framed = bool(fa and fa.subject_key) and bool(fb and fb.subject_key)
    if sa and sb and not framed and names_differ(sa, sb):
        return f"different subjects ({sa} vs {sb})"
    return None
