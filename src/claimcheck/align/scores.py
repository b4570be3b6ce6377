"""How alike two profiles are: rarity weights, nearness in time, the pair score.

A candidate pair is scored from what the claims are about (the owner's entity key, the
measure or event words as concepts, weighted by rarity), when they hold, and how close
their values are; a pair whose owners differ scores nothing.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from claimcheck.align.frames import (
    CLOSE_SHARE,
    evidence,
    one_kind_of_people,
    owner_is_place,
    places_counted,
    years_unsaid_apart,
)
from claimcheck.align.profiles import (
    MAX_DATE_GAP_DAYS,
    MAX_FIGURE_GAP_DAYS,
    FigureProfile,
    near_rare,
)
from claimcheck.model import Claim, Quantity, claim_extra
from claimcheck.text.calendar import clock_moment
from claimcheck.text.measures import one_measure, relation
from claimcheck.text.names import normalize

#: What it adds to two figures' score that each is its document's only statement of
#: the measure both name ("the death of 110 workers", "one hundred and eight lives"):
#: each document's one account of that measure.
SOLE_MEASURE = 0.25
#: The granularities of a time of day ("16:53", "7 a.m.").
CLOCK = frozenset({"hour", "minute", "second"})
#: What two lone days of one date add to their pair's score: enough to pair them with
#: nothing said alike.
LONE_DAYS_SCORE = 0.4


def lone_days_alike(a: FigureProfile, b: FigureProfile) -> bool:
    """Two lone days (``profiles.mark_lone_days``) of two documents on one date: each
    document's only day thereabouts, one event's day told alike ("fought on September
    17, 1862", "took place on September 17, 1862"). Lone days a day or two apart are not
    joined so: a news page's own date beside the day it tells of is as lone ("Tuesday,
    October 20, 2015" over an election held on October 19)."""
    return bool(a.lone_day and b.lone_day and a.days and b.days and a.days[0] == b.days[0])


def same_clock(a: Claim, b: Claim) -> bool:
    """Two times of day that are one moment at the coarser precision stated: read alike
    on one day when neither names a zone ("16:53" and "16:53:10 local time"), the same
    instant when both do ("10:32 p.m. PDT Aug. 5" and "05:32 UTC" on August 6), and read
    alike on one day when only one does ("3:32 a.m. local time" and "03:32 CEST": the
    times comparator calls that one moment too)."""
    ia, ib = _instant(a.value), _instant(b.value)
    if ia is None or ib is None:
        return False
    if ia[2] != ib[2]:
        ma, mb = clock_moment(a.value), clock_moment(b.value)
        return ma is not None and mb is not None and ma[0] == mb[0]
    return max(ia[0], ib[0]) < min(ia[0] + ia[1], ib[0] + ib[1])


#: How far apart two times of day may be and still be one moment told differently
#: ("01:30 GMT" and "01:33 UTC", "9:06" and "9:05", "3:27 pm" and "3:02 PM"): further
#: apart, they are two moments of the day (a take-off and a last contact).
CLOCK_REACH_SECONDS = 2 * 3600


def clocks_apart(a: Claim, b: Claim) -> bool:
    """Whether two times of day are more than ``CLOCK_REACH_SECONDS`` apart, as instants
    when both name a zone, as read when neither does; one with a zone and one without
    may be hours apart as read and one instant ("0957 UTC", "5:57:00 a.m.")."""
    ia, ib = _instant(a.value), _instant(b.value)
    # (both zoned: instants; neither: an instant is then the time as read)
    return ia is not None and ib is not None and ia[2] == ib[2] \
        and abs(ia[0] - ib[0]) > CLOCK_REACH_SECONDS


def clocks_within(a: Claim, b: Claim, reach: int) -> bool:
    """Whether two claims are times of day at most ``reach`` seconds apart."""
    seconds = _clock_gap(a, b)
    return seconds is not None and seconds <= reach


def _clock_gap(a: Claim, b: Claim) -> int | None:
    """Seconds between two times of day: as instants when both name a zone, else as
    read on their days; None unless both are times of day."""
    ia, ib = _instant(a.value), _instant(b.value)
    if ia is None or ib is None:
        return None
    if not (ia[2] and ib[2]):
        ma, mb = clock_moment(a.value), clock_moment(b.value)
        assert ma is not None and mb is not None
        return abs(ma[0] - mb[0])
    return abs(ia[0] - ib[0])


def _instant(value: object) -> tuple[int, int, bool] | None:
    """(seconds on the day-number scale, in UTC when zoned; the step stated; zoned)."""
    moment = clock_moment(value)
    if moment is None:
        return None
    seconds, step, offset = moment
    return seconds - (offset or 0), step, offset is not None


def idf(profiles: Sequence[FigureProfile]) -> dict[str, float]:
    """Rarer concepts weigh more: "Ridgway" says more about a date than "war"."""
    counts: dict[str, int] = defaultdict(int)
    for p in profiles:
        for c in p.concepts:
            counts[c] += 1
    n = max(len(profiles), 1)
    return {c: math.log(1 + n / k) for c, k in counts.items()}


def nearness(a: tuple[int, int], b: tuple[int, int], gap: int) -> float:
    """How strongly two dates, as spans of day numbers, point at one moment: 1 the same
    span, 0.8 one inside a month-sized other, 0.4 inside a year, less as they drift apart."""
    if gap > 0:
        return max(0.0, 0.6 - gap / 60)
    if a == b:
        return 1.0
    longer = max(a[1] - a[0], b[1] - b[0])
    contained = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
    if contained and longer <= 31:
        return 0.8
    if contained and longer <= 366:
        return 0.4
    return 0.1


def similarity(a: FigureProfile, b: FigureProfile, weights: Mapping[str, float]) -> float:
    """Half weighted Jaccard, half weighted overlap of two claims' concepts: a terse
    sentence is not penalised for a verbose one."""
    if not a.weight or not b.weight:
        return 0.0
    # fsum: exact, so the order a set yields its members in (the hash seed) cannot
    # change the last bit, nor which of two near-equal candidates is paired
    shared = math.fsum([weights.get(c, 1.0) for c in a.concepts & b.concepts])
    if not shared:
        return 0.0
    union = a.weight + b.weight - shared
    return (shared / union + shared / min(a.weight, b.weight)) / 2


def owner_match(a: FigureProfile, b: FigureProfile) -> float | None:
    """1.0 the same owner, 0.8 one's words within the other's, 0.9 one unknown but the same
    measure named ("revenue"), 0.5 unknown, None different."""
    if a.owner is None or b.owner is None:
        if same_subject(a.claim, b.claim) or same_measure(a, b) or (
            a.measures == b.measures and a.measures - {"personnel"}
        ):
            return 0.9  # nobody named on one side at least, and the same specific measure
        return 0.5
    if a.owner == b.owner:
        return 1.0
    if a.owner_words and b.owner_words and (
        a.owner_words <= b.owner_words or b.owner_words <= a.owner_words
    ):
        return 0.8
    fa, fb = a.claim.frame, b.claim.frame
    if fa is not None and fb is not None and owner_is_place(fa, fb):
        return 0.8  # the cause against the place that counts: "Dengue ... in Tarsa province"
    return None


def same_rare_value(a: FigureProfile, b: FigureProfile) -> bool:
    """The same value (a figure with what it counts, or a day), stated once in each of
    the two documents."""
    return a.unique and b.unique and a.value_key == b.value_key


def same_measure(a: FigureProfile, b: FigureProfile) -> bool:
    """Both frames name what the figures measure, and it is the same measure: by more
    than a suggestive word, or by weak words ("1,195 men aboard", "1,196 crewmen aboard")
    on figures that count the same nouns and lie a few parts in a hundred apart."""
    fa, fb = a.claim.frame, b.claim.frame
    if not (fa and fb and one_measure(fa.measure, fb.measure)):
        return False
    if not (fa.measure_weak or fb.measure_weak):
        return True
    return bool(fa.counted and fa.counted == fb.counted and a.number and b.number
                and abs(a.number - b.number) <= CLOSE_SHARE * max(a.number, b.number))


def framed_measures(a: FigureProfile, b: FigureProfile) -> bool:
    """Both frames name what the figures measure by more than a suggestive word, and the
    measures are one or one a part of the other ("lost 7,700 men" and "7,700 dead")."""
    fa, fb = a.claim.frame, b.claim.frame
    return bool(fa and fb and fa.measure and fb.measure and not (fa.measure_weak or
                fb.measure_weak) and relation(fa.measure, fb.measure) is not None)


def same_thing(a: FigureProfile, b: FigureProfile) -> bool:
    """The same measure, named by more than a suggestive word, counting the same nouns
    (or, for an amount in units, in one dimension);
    or two near counts of one kind of place with no measure ("in 14 countries", "in 13
    countries": ``places_counted``), or of one kind of people ("245 passengers", "238
    passengers": ``one_kind_of_people``)."""
    fa, fb = a.claim.frame, b.claim.frame
    return (same_measure(a, b) and bool(fa and fb and (
        (fa.counted and fa.counted == fb.counted)
        # (an amount in units counts no noun: "her breadth 65.75 feet", "Beam: 65.7 ft")
        or (a.dimension not in (None, "count") and a.dimension == b.dimension)))
    ) or places_counted(a.claim, b.claim) or one_kind_of_people(a.claim, b.claim)


def same_subject(a: Claim, b: Claim) -> bool:
    """The same subject, and more than the bare unit ("revenue" = "revenue", not "men")."""
    if not a.subject_key or a.subject_key != b.subject_key:
        return False
    unit = a.value.unit if isinstance(a.value, Quantity) else None
    return not unit or normalize(unit) != a.subject_key


def days_apart(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int | None:
    """Days between two spans of day numbers (0 when they overlap), None if one is unknown."""
    if a is None or b is None:
        return None
    return max(0, b[0] - a[1], a[0] - b[1])


def gap_days(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int | None:
    if a is None or b is None:
        return None
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


#: How many days apart two days told by the same word may be and still be weighed as
#: one event's day given two ways (a day off: a time zone, a night, a slip), and how much
#: that weighs.
ADJACENT_DAYS = 1
ADJACENT_DAY_SCORE = 0.3


def score(a: FigureProfile, b: FigureProfile, weights: Mapping[str, float],
          corpus: bool = False) -> float:
    """How sure we are that two claims speak about the same thing, 0 (not at all) to ~1.5.

    ``corpus``: the claims come from a corpus of more than two documents, where one day
    falls in many unrelated sentences; there two dates must share a word besides the day
    (between two documents, one day named once in each is evidence enough)."""
    if a.family != b.family:
        return 0.0
    if a.family != "time" and a.dimension != b.dimension and None not in (a.dimension,
                                                                          b.dimension):
        return 0.0
    if a.measures and b.measures and not (a.measures & b.measures) and not framed_measures(a, b) \
            and not (a.dimension == b.dimension == "day"):
        # (the frames' measures, where both are named, decide instead; a day measures
        # nothing, and a measure's word beside it, in a caption run into an infobox's
        # "Casualties and losses", says nothing of which day it is; a month or a year is
        # the period the sentence's figure holds for, which its measure may tell apart)
        return 0.0
    owners = owner_match(a, b)
    if owners is None:
        return 0.0
    words = similarity(a, b, weights)
    if a.family == "time":
        if (a.dimension in CLOCK) != (b.dimension in CLOCK):
            return 0.0  # a time of day meets times of day, not the day's other dates
        if a.dimension in CLOCK and clocks_apart(a.claim, b.claim):
            return 0.0  # hours apart: two moments of the day, not one told two ways
        # by day numbers, so that "480 BC" meets "479 BC" as "1950" meets "1951"
        gap = days_apart(a.days, b.days)
        if (unsaid := years_unsaid_apart(a.claim, b.claim)) is not None:
            if not unsaid:
                return 0.0  # other days of years each reader guessed: no closer than that
            gap = 0  # the same days of the year, the years guessed apart (``year_unsaid``)
        if gap is None or gap > MAX_DATE_GAP_DAYS:
            return 0.0
        if corpus and not words:
            return 0.0  # "a plaque unveiled on 25 December 1890", "the railway opened ..."
        near = nearness(a.days, b.days, gap)  # type: ignore[arg-type]
        total = 1.2 * words + 0.35 * near + (0.1 if owners == 1.0 else 0.0)
        if same_rare_value(a, b):
            total += 0.3  # one day, named once in each document
        if lone_days_alike(a, b):
            total += LONE_DAYS_SCORE  # each document's only day around it
        if a.dimension in CLOCK and same_clock(a.claim, b.claim):
            total += 0.4  # one minute of one day, read alike: as rare as a value gets
        if a.dimension == b.dimension == "day" and 0 < gap <= ADJACENT_DAYS \
                and a.near & b.near and "relative" not in (
                    getattr(a.claim.value, "kind", None), getattr(b.claim.value, "kind", None)):
            total += ADJACENT_DAY_SCORE  # a day apart, told by the same word right by each
            # ("died on July 25", "died on 24 July"): one event's day that the two
            # accounts give apart (the event check in ``match_figures`` still applies)
        if near >= 0.8 and a.concepts & b.concepts:
            # the same date (or a day inside a named month), and something said in common
            total += 0.3 if near == 1.0 else 0.15
        return total
    gap = gap_days(a.interval, b.interval)
    total = 0.55 * words + 0.45 * owners
    if same_measure(a, b):
        total += 0.25  # both frames name what is measured, and it is the same
        if a.sole_measure and b.sole_measure and evidence(a.claim, b.claim):
            total += SOLE_MEASURE  # and neither document states that measure otherwise
            # (where the frames show them one thing: "all 58 crew ... died" and "only 24
            # survivors" read alike as survivors stay apart, as crew and survivors)
    if a.material and a.material == b.material:
        total += 0.45  # an amount of the same stuff ("2.5kgs of silver", "1.4 kg of silver")
    if a.own and a.own == b.own:
        total += 0.2  # the same thing counted, in the same words ("submachine guns")
    elif places_counted(a.claim, b.claim):
        total += 0.2  # the same places counted ("29 countries", "30 countries and
        # territories")
    elif a.own and b.own and (a.own < b.own or b.own < a.own) and len(a.own ^ b.own) == 1:
        total += 0.1  # one of two things stated together ("in troops and in guns")
    rare = same_rare_value(a, b) or near_rare(a, b)
    if owners == 0.5 and words < 0.3 and not rare and not same_thing(a, b) \
            and not (a.material and a.material == b.material):
        return 0.0  # nobody named, and little said in common: not enough to pair
    if rare:
        total += 0.35  # the same value, counting the same thing, once in each document
        # (or one of many digits at most one per cent off: "23,001" and "22,990")
    if a.number and b.number and a.number > 0 and b.number > 0:
        # a measure in units (km, hours, $) says more than a bare count of "men"
        weight = 0.15 if a.dimension in (None, "count") else 0.25
        total += weight * max(0.0, 1.0 - abs(math.log10(a.number / b.number)))
    if bool(claim_extra(a.claim).get("part_of")) != bool(claim_extra(b.claim).get("part_of")):
        total -= 0.15  # a part of a total stated beside it: the total is the better match
    if a.relative != b.relative:
        total -= 0.3  # "$655 million a year earlier" is another period's figure
    if gap is None:
        gap = gap_days(a.interval or a.context_interval, b.interval or b.context_interval)
    if gap is not None and gap > MAX_FIGURE_GAP_DAYS:
        total -= 0.3  # a figure for another year is another measurement
    if (a.note_target and inside(b.claim, a.note_target)) or (
        b.note_target and inside(a.claim, b.note_target)
    ):
        total += 0.4  # the text and the footnote it points to
    return total


def inside(claim: Claim, span: tuple[int, int]) -> bool:
    return span[0] <= claim.start < span[1]
