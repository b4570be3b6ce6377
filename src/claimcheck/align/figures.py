"""Line claims up across documents and within one: blocking, scoring, matching, grouping.
Comparing every claim with every other grows with the square of the claims. Blocking
keeps the work near linear: two claims meet only when they share a key (family, measure,
owner, event words, years; plugins add keys through ``blocking_keys``). A candidate pair
is scored from what the claims are about (the owner's entity key, the measure or event
words as concepts, weighted by rarity), when they hold, and how close their values are;
pairs are then matched one to one per pair of documents. With three or more documents,
matched claims are grouped across all of them and each group is reported once.

Precision first: two claims are paired only when what they count or date lines up; a
figure whose owner differs ("Apple's revenue" against "Microsoft's revenue") never meets.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pluggy

from claimcheck.align.blocking import (
    candidate_pairs,
    corpus_candidates,
    corpus_keys,
    keys_of,
)
from claimcheck.align.facts import fact_finding, fact_of_group, fact_of_pairs, id_order
from claimcheck.align.frames import (
    clash,
    distances_from_apart,
    evidence,
    names_differ,
    nested_periods,
    other_periods,
    part_of,
    people_kinds,
    person_kind,
    present_against_past,
    running_against_undated,
    running_growth,
    same_cell,
    same_counted,
    year_unsaid,
)
from claimcheck.align.matching import DisjointSets, one_to_one
from claimcheck.align.places import Place, context, one_place, place_key, place_of
from claimcheck.align.profiles import (
    EXTRA_SCORE,
    MATCH_SCORE,
    MAX_FIGURE_GAP_DAYS,
    NEAR_DIGITS,
    NEAR_SHARE,
    TIME_KINDS,
    Concepts,
    FigureProfile,
    clause_names,
    figure_profile,
    is_relative,
    mark_lone_days,
    mark_near_unique,
    mark_sole_measures,
    names_clash,
    near_rare,
    written_digits,
)
from claimcheck.align.scores import (
    CLOCK,
    clocks_within,
    days_apart,
    idf,
    owner_match,
    score,
    similarity,
)
from claimcheck.config import DEFAULT, Config
from claimcheck.manager import bind_hook
from claimcheck.model import (
    BOUND_QUALIFIERS,
    RANK,
    Claim,
    Document,
    Fact,
    Finding,
    Quantity,
    Segments,
    TimeRef,
    claim_extra,
)
from claimcheck.text.calendar import clock_moment, day_span
from claimcheck.text.data import table
from claimcheck.text.measures import relation
from claimcheck.text.names import Aliases, normalize
from claimcheck.text.records import replaced
from claimcheck.text.words import (
    STOPWORDS,
    concept,
    irregular_base,
    is_dictionary_word,
    mid_sentence,
    past_verb,
)

#: Figures: claim kinds whose frames say what they measure.
FIGURES = frozenset({"quantity", "ratio"})
#: Claim kinds whose frames are checked before they meet (a duration has a subject:
#: "the cathedral took 15 years to build").
FRAMED = FIGURES | {"duration"}
#: A pair scored this high says nearly the same words around its two figures: two counts
#: of one noun there are one count (``checked``).
SAID_ALIKE = 0.9
#: Two dates that differ are one event told differently only when their sentences share
#: at least this many words besides the dates, or a word right by each ("died on July 25",
#: "Died: 24 July 2014"): one common word far from the dates ("this report was posted ...
#: on February 13" against "First reported: January 5") is two events.
DATE_WORDS = 2
#: Two times of day this close (as instants, or as read when a zone is missing) are one
#: moment told two ways if their sentences share a word at all: a day holds many
#: moments, but few of them minutes apart in two short accounts of one event. (At a
#: quarter of an hour, "the plane took off at 22:03 UTC" met "the plane sent its last
#: message at 22:15 UTC": two acts a few minutes apart share their subject's noun.)
CLOSE_CLOCK_SECONDS = 5 * 60
#: Beyond this many sources, one day is named in unrelated sentences often enough that
#: two dates must share a word besides the day to meet (``scores.score``): a handful of
#: accounts of one event name its day; an archive names every day many times.
MANY_SOURCES = 8
#: A difference is no finding when the other document states, in a clause scored nearly
#: as alike (this much lower at most), a figure that agrees: "~168 wounded" against "268
#: killed, 55 wounded" while the same document also says "~55 wounded". Which of the two
#: is the partner is then in doubt, and in doubt two figures stay apart.
RIVAL_MARGIN = 0.15
#: What a figure in the same place of a sentence two documents word alike adds to its
#: pair's score (``places``): more than any words or value in common can, so that the
#: pair is taken before the figures' other candidates.
PLACED = 1.0

# -- matching ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureMatch:
    left: Claim
    right: Claim
    score: float
    finding: Finding
    #: Only a link between two facts that are one: each document states the value twice
    #: and the matching, one to one, paired each statement with one of the other's
    #: (``_twice_each``). Grouping follows it; no finding is reported for it.
    chain: bool = False


@dataclass(frozen=True, slots=True)
class Paired:
    """A pair matched across two documents, as facts are made from it: the two claims,
    the kind their described finding has (``describe``; None when it is no finding), the
    score and whether it is a ``chain``.

    Why not the ``FigureMatch``: a corpus holds every matched pair until its facts are
    made, and each pair's finding (its summary and detail) was most of a pair's memory,
    more than any profile, for facts of many sources that keep none of them. Where a
    pair's own finding is reported it is made again, from the same two claims by the
    same comparison (``_report_groups``). Between two sources, where every pair is
    reported, the described finding is kept (``found``) rather than made twice."""

    left: Claim
    right: Claim
    score: float
    kind: str | None
    chain: bool = False
    found: Finding | None = None
    #: One sentence in two states (``places``): said again when the finding is made again.
    placed: bool = False


def _paired(m: FigureMatch, cumulative: Mapping[str, bool], keep: bool) -> Paired:
    """The pair as facts are made from it; ``keep``: with its described finding."""
    described = describe(m.finding, m.left, m.right, same_document=False,
                         cumulative=cumulative)
    return Paired(m.left, m.right, m.score, None if described is None else described.kind,
                  m.chain, described if keep else None,
                  bool(m.finding.detail.get("same_sentence")))


#: Passages whose figures and dates name what a document is about (a heading, an editor's
#: note on the text): an agreement with one is an agreement, a difference no discrepancy.
TITLE_PASSAGES = frozenset({"heading", "editorial"})
#: Frames read from a labelled row, a key and its value or a table's cell: data, even in
#: a short block the segmenter takes for a heading ("Orbit" over "Apogee 248 kilometers",
#: "Results" over "Seats won 379 127"), never the title of what the document is about.
_DATA_SOURCES = frozenset({"row", "key_value", "table", "measures"})


def _titles(claim: Claim, texts: Mapping[str, str] | None) -> bool:
    """Whether ``claim`` names what its document is about: in a heading or an editor's
    note (``TITLE_PASSAGES``), read as a sentence (no row, key or cell: ``_DATA_SOURCES``),
    on the passage's first line and after no key of a field ("Date: August 8, 1975"). A
    heading block of two lines or more is a label over its data ("Orbit" over "Apogee 248
    kilometers"), whose figures are facts like any; a dateline under a headline ("77 die
    in train crash" over "Thursday, July 25, 2013") is the day it was written; a field
    set on a line of its own is an infobox's datum; and a document that is nothing but
    its one line ("Killed 300; wounded 400") says it, heading nothing."""
    if claim.passage not in TITLE_PASSAGES or (
            claim.frame is not None and claim.frame.source in _DATA_SOURCES):
        return False
    if texts is None or claim.sentence is None or claim.doc not in texts:
        return True
    text = texts[claim.doc]
    return text.find("\n", claim.sentence[0], claim.start) < 0 \
        and _KEY_BEFORE.fullmatch(text, claim.sentence[0], claim.start) is None \
        and bool(text[claim.sentence[1]:].strip())


#: A key and its colon right before the value on a line ("Date: August 8, 1975",
#: "Deaths: 171,000"): an infobox's field set apart as a line of its own, not a title.
_KEY_BEFORE = re.compile(r"[ \t#*_]*[^\W\d][\w ()'\-]{0,40}:[ \t]*")


def match_figures(
    left: Sequence[FigureProfile],
    right: Sequence[FigureProfile],
    weights: Mapping[str, float],
    compare: Callable[[Claim, Claim], Finding | None],
    *,
    same_document: bool = False,
    why: dict[str, str] | None = None,
    pairs: Sequence[tuple[int, int]] | None = None,
    corpus: bool = False,
    names: Mapping[str, Concepts] | None = None,
    dates_said: set[tuple] | None = None,
    day_spans: Mapping[tuple, Sequence[tuple[int, int]]] | None = None,
    texts: Mapping[str, str] | None = None,
    named_in: dict[tuple[str, str], bool] | None = None,
    restated: Mapping[str, Sequence[FigureProfile]] | None = None,
    indexed: dict[tuple[str, str], dict] | None = None,
    conversions: Mapping[str, Sequence[Claim]] | None = None,
    screened: bool = False,
) -> list[FigureMatch]:
    """One-to-one matching by score; then a claim left over joins the claim it is surest of.

    ``why`` collects, for claims a frame or a score kept apart, the first reason.
    ``pairs`` are the candidate index pairs when the caller blocked the whole corpus at
    once (``corpus_candidates``); without them, the two lists are blocked here.
    ``corpus``: the documents are two of many (``MANY_SOURCES``; ``scores.score``).
    ``names``: each claim's clause's names (``clause_name_keys``); two claims whose
    clauses both name something and share no name never meet (given for a corpus only).
    ``dates_said``: (document, sentence, value) of every date (``_sentence_dates``);
    ``day_spans``: the days of each sentence's dates (``_sentence_day_spans``).
    ``texts``: each document's text, where ``names`` are not given: a pair's clause names
    are read from it when a rival partner is weighed (``agreeing_rival``), and whether a
    document names a figure's subject at all (``_named_only_in_one``; ``named_in``: what
    was looked up so far, shared by the calls of one run). ``restated``: each document's
    figures restated in other units in brackets, which take no partner of their own but
    state a value the document gives (``told_too``); ``conversions``: all of those
    restatements, by document, in order (``converted_alike``). ``indexed``: each
    document's figures by value, as ``told_too`` and ``sum_of_two`` look them up, shared
    by the calls of one run (each side of a call is one document's figures). With
    ``texts``, two figures in the same place of a sentence both documents word alike are
    one figure (``places``). ``screened``: the caller dropped the ``pairs`` whose
    clauses name different things already (``corpus_candidates``' ``apart``).

    The second pass lets one source's figure meet two estimates in the other (110,000
    against both 135,000 and 103,000) without letting weak pairs in.
    """
    if why is None and names is not None and pairs is not None and not screened:
        # no reasons kept (a corpus): a pair whose clauses name different things is kept
        # apart whatever a frame or a score says, and those are most candidate pairs of
        # two documents in a corpus (most of them a frame's ``clash`` keeps apart too, at
        # several times the cost): screened out first, and a pair of documents left with
        # none returns before anything is set up for it
        pairs = [(i, j) for i, j in pairs
                 if not _clauses_apart(names, left[i].claim, right[j].claim)]
        if not pairs:
            return []
    scored: list[tuple[float, int, int]] = []
    why = why if why is not None else {}
    named_in = named_in if named_in is not None else {}
    indexed = indexed if indexed is not None else {}
    tags: dict[str, str | None] = {}  # each claim's bracketed tag (_tagged_apart)
    pairs = pairs if pairs is not None else candidate_pairs(left, right)
    places: dict[str, Place | None] = {}  # each claim's words around it, read once
    placed: dict[tuple[str, str], bool] = {}  # each pair's verdict: scored, then checked

    main_years: dict[int, tuple[int, int] | None] = {}  # by side: ``_main_years``

    def years_of(side: Sequence[FigureProfile]) -> tuple[int, int] | None:
        if id(side) not in main_years:
            main_years[id(side)] = _main_years(side)
        return main_years[id(side)]

    def around(claim: Claim) -> Place | None:
        if claim.id not in places:
            assert texts is not None
            places[claim.id] = None if claim.sentence is None else place_of(
                context(texts[claim.doc], claim.sentence, claim))
        return places[claim.id]

    def in_place(pa: FigureProfile, pb: FigureProfile) -> bool:
        """Two figures of two documents in the same place of one sentence (``places``):
        the words right by them first (their blocking key, made once), and only for a
        pair alike there the longer reading of their sentences."""
        a, b = pa.claim, pb.claim
        if same_document or texts is None or a.text == b.text \
                or pa.place is None or pa.place != pb.place:
            return False  # (one text read two ways, a yearless day in two years: context)
        key = (a.id, b.id)
        if key not in placed:
            ca, cb = around(a), around(b)
            placed[key] = ca is not None and cb is not None and one_place(ca, cb)
        return placed[key]

    for i, j in pairs:
        if same_document and not _may_compare_within(left[i], right[j]):
            continue
        a, b = left[i].claim, right[j].claim
        reason = clash(a, b) if a.kind in FRAMED and b.kind in FRAMED else None
        if reason is not None and not same_document and _one_rare_value(a, b):
            reason = None  # (one cell of two tables whose columns are numbered apart)
        if reason is None and not same_cell(a, b):
            reason = names_clash(left[i], right[j])
        if reason is None and names is not None:
            reason = _names_apart(names.get(a.id), names.get(b.id)) or _modified_apart(a, b)
        if reason is None and texts is not None:
            reason = _tagged_apart(texts, a, b, tags)
        if reason is not None:
            why.setdefault(a.id, reason)
            why.setdefault(b.id, reason)
            continue
        s = score(left[i], right[j], weights, corpus)
        if in_place(left[i], right[j]):
            # one sentence in two states says more than any frame: the pair goes first
            s = max(s, SAID_ALIKE) + PLACED
        if s >= MATCH_SCORE:
            scored.append((s, i, j))
        elif a.id not in why or b.id not in why:  # (the words made only when kept)
            for c in (a, b):
                why.setdefault(c.id, f"no candidate close enough (best {s:.2f} < {MATCH_SCORE})")

    if not scored:
        # nothing to match (the caller keeps ``why``): in a corpus most pairs of documents
        # share a candidate or two that a frame or the score kept apart, and the pairs of
        # documents grow faster than the claims; what follows, made for none, cost each
        return []
    # the pairs scored this high: a set of a few, where a score for every pair was a
    # dictionary of them all
    alike = {(i, j) for s, i, j in scored if s >= SAID_ALIKE}
    # each claim's candidates with their scores, read only when a pair differs
    rivals_of_left: dict[int, list[tuple[float, int]]] = defaultdict(list)
    rivals_of_right: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for s, i, j in scored:
        rivals_of_left[i].append((s, j))
        rivals_of_right[j].append((s, i))

    clause_names_of: dict[str, frozenset[str]] = {}  # each claim's, read once

    def names_of(claim: Claim) -> frozenset[str]:
        found = clause_names_of.get(claim.id)
        if found is None:
            if names is not None:
                found = frozenset(names.get(claim.id, ()))
            elif texts is not None:
                found = frozenset(clause_name_keys(texts[claim.doc], claim))
            else:
                found = frozenset()
            clause_names_of[claim.id] = found
        return found

    # each pair's comparison, made once: a claim with many candidates has each rival of
    # each of its differing pairs weighed (``agreeing_rival``), the same pairs again and
    # again, which grew faster than the claims
    compared: dict[tuple[int, int], Finding | None] = {}

    def compare_at(i: int, j: int) -> Finding | None:
        if (i, j) not in compared:
            compared[i, j] = compare(left[i].claim, right[j].claim)
        return compared[i, j]

    def by_value(side: Sequence[FigureProfile], kind: str,
                 key_of: Callable[[FigureProfile], Any],
                 also: Sequence[FigureProfile] = ()) -> dict[Any, list[FigureProfile]]:
        """A side's figures (and ``also``) by the value ``key_of`` reads (None: left
        out), made when a pair of its document first differs, once a run for each
        ``kind`` of key (``indexed``): each document meets many others, and indexing it
        per meeting grew with their number."""
        doc = side[0].claim.doc
        found = indexed.get((kind, doc))
        if found is None:
            found = indexed[kind, doc] = defaultdict(list)
            for p in (*side, *also):
                key = key_of(p)
                if key is not None:
                    found[key].append(p)
        return found

    def stated_in(side: Sequence[FigureProfile]) -> dict[tuple, list[FigureProfile]]:
        """A side's figures, and those it restates in brackets, by value (``told_too``)."""
        return by_value(side, "said", _said_value, (restated or {}).get(side[0].claim.doc, ()))

    def exact_in(side: Sequence[FigureProfile]) -> dict[float, list[FigureProfile]]:
        """A side's exact figures by value (``sum_of_two``)."""
        return by_value(side, "exact", _exact_value)

    def told_too(pa: FigureProfile, pb: FigureProfile) -> tuple[FigureProfile,
                                                                 FigureProfile] | None:
        """A figure of either document that states the other's value, of the same
        measure (or one of them names none) and of no clashing frame ("7.6" in both
        accounts of an earthquake, beside another quake's "9.15" in one): a source that
        states the other's value itself does not contradict it with a third figure,
        which is about something else. (q, the figure of the other document it restates.)
        Values too common to tell (small whole numbers: ``value_key_of``) count not."""
        for mine, theirs, side in ((pa, pb, left), (pb, pa, right)):
            by_value = stated_in(side)
            key = _said_value(theirs)
            if key is None:
                continue
            for q in by_value.get(key, ())[:SAID_TRIES]:
                if q is mine or q is theirs or q.claim.doc != mine.claim.doc:
                    continue
                if _measures_apart(q.claim, theirs.claim):
                    continue
                if clash(q.claim, theirs.claim) is None or _one_rare_value(q.claim,
                                                                          theirs.claim):
                    return q, theirs
        return None

    def place_told(pa: FigureProfile, pb: FigureProfile) -> tuple[FigureProfile, str] | None:
        """A figure of a named place ("nearly 19,000 people died in France") against one
        of the same measure naming no place, whose document gives that place a figure of
        its own ("In France, 14,802 heat-related deaths"): the placeless figure is the
        whole's or another place's ("Deaths 72,000" over Europe), not the place's told
        differently. (the other document's figure of the place, the place.)"""
        for mine, theirs in ((pa, pb), (pb, pa)):
            fm, ft = mine.claim.frame, theirs.claim.frame
            if fm is None or ft is None or not fm.place or ft.place or not fm.measure:
                continue
            side = left if theirs.claim.doc == left[0].claim.doc else right
            for q in placed_in(side).get((normalize(fm.place), fm.measure), ())[:SAID_TRIES]:
                if q is not theirs and _said_value(q) != _said_value(theirs):
                    return q, fm.place  # (the same value, "Attendance 96,924" over "had
                    # an attendance of 96,924" in London, is one figure told twice)
        return None

    def one_of_a_series(pa: FigureProfile, pb: FigureProfile) -> tuple[FigureProfile, int] | None:
        """A figure of one document among SERIES or more different values of its
        dimension there ("Camp 2750 ft", "altitude 6630 ft", "Camp 11,400 ft", ...), set
        against the other's with next to nothing said alike (``SERIES_WORDS``): which of
        the series the other's figure is, nothing tells. (the figure, how many values.)"""
        if similarity(pa, pb, weights) >= SERIES_WORDS:
            return None
        for p in (pa, pb):
            key = _series_key(p)
            if key is None:
                continue
            side = left if p.claim.doc == left[0].claim.doc else right
            values = {_said_value(q) for q in by_value(side, "series", _series_key).get(
                key, ())}
            if len(values) >= SERIES:
                return p, len(values)
        return None

    conversion_starts: dict[str, list[int]] = {}  # each document's, read once

    def conversion_of(claim: Claim) -> Claim | None:
        """The figure's own restatement in other units, in brackets right after it ("65.7
        ft (20.0 m)"), where its document gives one."""
        found = (conversions or {}).get(claim.doc, ())
        starts = conversion_starts.get(claim.doc)
        if starts is None:
            starts = conversion_starts[claim.doc] = [c.start for c in found]
        k = bisect.bisect_left(starts, claim.end)
        if k < len(found) and found[k].start - claim.end <= CONVERSION_GAP \
                and "(" in texts_of(claim)[claim.end:found[k].start]:
            return found[k]
        return None

    def texts_of(claim: Claim) -> str:
        return (texts or {}).get(claim.doc, "")

    def converted_alike(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
        """Both figures' restatements in other units, where they agree ("65.7 ft (20.0
        m)" and "65 ft 7.2 in (19.995 m)"): the writers rounded one value two ways."""
        ca, cb = conversion_of(a), conversion_of(b)
        if ca is None or cb is None or not _within_precision(ca.value, cb.value):
            return None  # ("324 m (1,063 ft)" and "300 m (1,000 ft)": the round "1,000"
            # agrees within a tolerance, as the figures do not; it shows no one value)
        found = compare(ca, cb)
        return (ca, cb) if found is not None and found.kind == "agreement" else None

    def placed_in(side: Sequence[FigureProfile]) -> dict[Any, list[FigureProfile]]:
        """A side's figures by (place, measure) (``place_told``)."""
        return by_value(side, "placed", _place_and_measure)

    def sum_of_two(pa: FigureProfile, pb: FigureProfile) -> tuple[FigureProfile,
                                                                  FigureProfile,
                                                                  FigureProfile] | None:
        """A figure that is the sum of the other's and of a second figure of the other's
        document, of the same measure and unit ("376 captured" against "154 captured"
        beside "222 captured"): a total against one of its parts, not one figure told
        two ways. Exact figures only, each part at least PART_SHARE of the total, and
        not where the total shares one part's subject or date that the other part lacks
        (``_total_is_the_parts``). (part, other part, total.)"""
        va, vb = pa.claim.value, pb.claim.value
        if not (isinstance(va, Quantity) and isinstance(vb, Quantity)) \
                or va.low != va.high or vb.low != vb.high or va.low == vb.low:
            return None
        part, total, side = (pa, pb, left) if va.low < vb.low else (pb, pa, right)
        others = exact_in(side)
        pv, tv = part.claim.value, total.claim.value
        assert isinstance(pv, Quantity) and isinstance(tv, Quantity)
        rest = tv.low - pv.low
        if min(rest, pv.low) < PART_SHARE * tv.low:
            return None  # "79" against "78" beside a "1": a sum anything may make
        for q in others.get(rest, ())[:SAID_TRIES]:
            qv = q.claim.value
            assert isinstance(qv, Quantity)
            if q is part or q.claim.doc != part.claim.doc or (qv.unit, qv.dimension) != (
                    pv.unit, pv.dimension):
                continue
            if _measures_apart(q.claim, part.claim):
                continue
            if _total_is_the_parts(part, q, total):
                continue
            return part, q, total
        return None

    def listed_kind(pa: FigureProfile, pb: FigureProfile) -> tuple[Claim, Claim] | None:
        """A count of one kind of people listed in its sentence beside a count of another
        kind ("the 2 pilots, 2 flight attendants, and 45 passengers aboard were killed"),
        against a count of people that names no kind ("Fatalities 50"): one part of a
        breakdown against the whole. (the listed count, a count of another kind beside it.)"""
        for mine, theirs in ((pa, pb), (pb, pa)):
            kinds = people_kinds(mine.claim)
            if not kinds or people_kinds(theirs.claim) or theirs.claim.frame is None \
                    or theirs.claim.frame.counted != "person" or mine.claim.sentence is None:
                continue
            side = left if mine.claim.doc == left[0].claim.doc else right
            text = texts_of(mine.claim)
            for q in by_value(side, "sentence", _sentence_of).get(mine.claim.sentence, ()):
                c, m = q.claim, mine.claim
                if q is mine or not c.subject or people_kinds(c) & kinds:
                    continue
                between = text[c.end:m.start] if c.end <= m.start else text[m.end:c.start]
                if _LISTED_BESIDE.fullmatch(between):
                    return m, c
        return None

    def agreeing_rival(i: int, j: int, s: float) -> Claim | None:
        """A figure of either document, scored within RIVAL_MARGIN of this pair with the
        other's claim, that agrees with it: the partner is then in doubt. A rival whose
        clause lacks a name the pair's two clauses share is no rival ("the strongest
        shaking, VIII, at Arauco" against "IX at Arauco", beside "Santiago at VIII")."""
        a, b = left[i].claim, right[j].claim
        # the other document's rivals of ``a`` first, then this one's rivals of ``b``
        rivals = [(s2, i, j2, right[j2].claim) for s2, j2 in rivals_of_left.get(i, ())
                  if j2 != j]
        rivals += [(s2, i2, j, left[i2].claim) for s2, i2 in rivals_of_right.get(j, ())
                   if i2 != i]
        shared: frozenset[str] | None = None
        for s2, x, y, rival in rivals:
            if s2 >= s - RIVAL_MARGIN:
                # the names first: a rival whose clause lacks one is no rival whatever
                # the comparison says, and the names are read once a claim, where a
                # comparison is made for each pair (the same rival found either way)
                shared = names_of(a) & names_of(b) if shared is None else shared
                if not shared <= names_of(rival):
                    continue
                found = compare_at(x, y)
                if found is not None and found.kind == "agreement":
                    return rival
        return None

    def checked(pa: FigureProfile, pb: FigureProfile, s: float = 0.0,
                ij: tuple[int, int, float] | None = None) -> Finding | None:
        """The comparison, but a difference is reported only with evidence that both
        figures are about one thing: when in doubt, two figures stay apart. ``s`` is the
        pair's score: two counts of the same noun in sentences that say nearly the same
        ("There were 16 news organizations who made state-by-state predictions", "17 news
        organizations who made state by state predictions") are one count."""
        a, b = pa.claim, pb.claim
        finding = compare(a, b) if ij is None else compare_at(ij[0], ij[1])
        if finding is None:
            return None
        reason = None
        placed = False
        dates = pa.family == "time" and pb.family == "time"
        acts = _two_acts(pa, pb) if finding.kind == "agreement" and dates else None
        if finding.kind == "not_comparable" and isinstance(finding.detail, dict) \
                and finding.detail.get("relation") == "incompatible_units":
            # "8 battleships" against "6 aircraft carriers": no finding a reader could
            # use; both stay free for a partner of their own kind
            units = finding.detail.get("units") or ["?", "?"]
            reason = f"different things counted or measured ({units[0]} vs {units[1]})"
        elif corpus and finding.kind in ("agreement", "discrepancy") and a.kind in FIGURES \
                and other_periods(a, b) and _named_apart(period_of(a), period_of(b)):
            # among many sources, one subject's figure for another period is another
            # fact: it would take the place, one to one, of this period's figure in the
            # other document ("2,700 cases by May" left unmatched beside "8,000 by July")
            reason = "figures for two periods named apart: each period's fact tells its own"
        elif acts is not None:
            # (a difference of dates is checked for one event by _one_event below)
            reason = (f"the same date, told of different acts ('{acts[0]}' against "
                      f"'{acts[1]}'): two events on one day")
        elif finding.kind == "agreement" and dates and _two_moments(pa, pb):
            reason = "the same day, told at two different times of day: two moments"
        elif finding.kind == "agreement" and dates and _two_stamps(a, b):
            # "As of December 4" lies before "By 6 January 2020": the days two counts
            # were taken, one before the other, agree on nothing
            reason = STAMPS_APART
        elif finding.kind == "agreement":
            if dates and _only_years(pa, pb) and not _one_event(pa, pb, YEAR_SHARE):
                # "the canal in 1836" and "In 1836, the dam was built": a year holds many
                # events; "founded in 1800" and "Founded in 1800" is one
                reason = "the same year, but nothing right by the two dates says one event"
        elif finding.kind == "discrepancy":
            # the same place of one sentence in two states: what the frames could not
            # read, or read elsewhere in the documents, does not keep them apart
            placed = in_place(pa, pb)
            heading = next((c for c in (a, b) if _titles(c, texts)), None)
            part = next((c for c in (a, b) if claim_extra(c).get("part_of")), None)
            if part is not None and not same_document and not placed \
                    and not all(claim_extra(c).get("part_of") for c in (a, b)):
                # "Deaths 173 (including 8 missing)": the 8 is a part its own document
                # sets inside a total, and a figure the other gives on its own ("At least
                # thirteen people have been killed") is no account of that part
                reason = (f"'{part.text}' is a part of a total its document states beside "
                          "it, the other figure no part")
            elif heading is not None and not same_document and not placed:
                # "Labour Force Survey, March 2022" over one release and "..., May 2022"
                # over another, "2020 Hpakant jade mine disaster": a heading's figure names
                # what its document is about, and two documents may be about two things
                # (but one title in two renderings, its words alike around the two dates,
                # is one title: "On the Korean War, 1950-1952, and ..." against "1950-1953")
                reason = (f"'{heading.text}' stands in a {heading.passage}, which names "
                          "what its document is about, not a statement of the events")
            elif not same_document and texts is not None \
                    and (present := present_against_past(a, b, texts)) is not None:
                # "now has a population around 200" against "by April 1903 the
                # population had reached 600": then and now, two moments of one place
                reason = (f"'{present.text}' is told of its writer's present, the other "
                          "of a period it states: two moments")
            elif dates and _two_stamps(a, b):
                # "As of December 4, there have been 63 deaths" against "As of 6 January
                # 2020, there were 83 deaths": the days two counts were taken, not a day
                # the sources tell of an event
                reason = STAMPS_APART
            elif dates and (unsaid := year_unsaid(a, b)) is not None:
                # "announced the October 11 date" in two states of one article, the year
                # read from the paragraphs before it, which differ: what the sentences
                # say is one day of the year
                reason = (f"the dates differ only in the year, which {unsaid} does not "
                          "state (it was read from the text around it)")
            elif a.kind in FIGURES and not same_document and (
                    both := converted_alike(a, b)) is not None:
                reason = (f"values differ at their precision, but their restatements in "
                          f"other units agree ('{both[0].text}' and '{both[1].text}'): "
                          "one value rounded two ways")
            elif dates and dates_said is not None and not placed and (
                    (b.doc, b.sentence, *_date_said(pa)) in dates_said
                    or (a.doc, a.sentence, *_date_said(pb)) in dates_said):
                # "Acme in 2006 and 2007" against "Acme in 2006 and 2007": each sentence
                # states the other's date too, which is the date this one pairs with
                reason = "each sentence also states the other's date"
            elif dates and day_spans is not None and not placed and (
                    _fits_another(pa, pb, day_spans) or _fits_another(pb, pa, day_spans)):
                # "purchased ... in 1854" against "in a treaty signed ... on June 24, 1853,
                # and then ratified ... on April 25, 1854": the other sentence holds a
                # date that fits this one, and which of its dates this one answers is not
                # known
                reason = ("the other sentence also states a date that fits this one: "
                          "which of its dates this one answers is not known")
            elif dates and not placed and not _one_event(pa, pb) and not (
                    clocks_within(a, b, CLOSE_CLOCK_SECONDS) and pa.concepts & pb.concepts):
                # (two times of day minutes apart that share a word: "last heard via
                # radio at 01:30 GMT", "The last contact ... at 01:33 UTC")
                reason = ("the dates differ, but their sentences share too little to be "
                          "about one event")
            elif a.kind in FIGURES and distances_from_apart(a, b, texts_of(a), texts_of(b)):
                reason = ("distances counted from two different places: how far from each, "
                          "not one distance told twice")
            elif a.kind in FIGURES and not same_document and not placed and (
                    dated := _dated_elsewhere(pa, pb, years_of(right), years_of(left))
                    or _dated_elsewhere(pb, pa, years_of(left), years_of(right))) is not None:
                # "the worst rail disaster since 1963, when a three-train crash killed
                # 161" against an infobox's "Deaths: 107" in a page whose dates are of
                # 2005: a figure dated to years its partner's document never dwells on
                # tells of another event than that document's undated figure
                reason = (f"'{dated[0].text}' holds for {dated[1]}, years away from the "
                          f"dates {dated[2]}, where the other figure states no date of its "
                          "own: two events' figures")
            elif a.kind in FIGURES and (running := running_against_undated(a, b)):
                reason = (f"a count as it stood {running} against one that states no "
                          "date: a running count may have grown since")
            elif _other_parts(a, b):
                reason = (f"parts of totals that count different things ({a.subject} vs "
                          f"{b.subject})")
            elif a.kind in FIGURES and (kinds := sub_kind(a, b, texts)) is not None:
                reason = (f"values differ, but '{kinds[0]}' counts only some of the "
                          f"'{kinds[1]}': a part against the whole")
            elif (pa.day_words or pb.day_words) and not placed and not (pa.named and pb.named):
                # "The first shock struck Haiti on 12 January 2010, at 16:53" and "The
                # largest aftershock struck Haiti on 12 January 2010, at 17:12": the day's
                # words are all they share, and a day holds many moments; a named actor
                # in both ("Neil Armstrong and Buzz Aldrin landed") tells one event
                reason = ("two times of one day, alike only in the day's words: two "
                          "moments of the day as easily as one")
            elif pa.zoned_day and pb.zoned_day and finding.detail.get("days_apart") == 1:
                reason = "a day apart, each the day of a time in its own zone"
            elif (pa.period_only or pb.period_only) and not placed and not _one_act(pa, pb):
                # (in one sentence in two states, whose other figures are the same, the
                # time is all that differs: "winds of 185 km/h on November 12" and "on
                # November 11")
                reason = "a figure's time, compared with the figure, not as an event of its own"
            elif placed:
                pass  # (what follows reads the frames, or the documents elsewhere)
            elif a.kind == "duration" and not (pa.concepts & pb.concepts) \
                    and not near_rare(pa, pb):
                # "Smoke was visible in the exit doorways in a little more than one
                # minute" and "In less than a minute, the entire stage was engulfed":
                # two lengths of two things, nothing said alike around them (but "14
                # hours 45 minutes" and "14 hours and 42 minutes": times to the minute,
                # near each other, are one time told two ways)
                reason = ("durations differ, but their sentences share no word: how "
                          "long two different things took")
            elif a.kind in FIGURES and not evidence(a, b) and not _total_and_moment(a, b) \
                    and not (s >= SAID_ALIKE and same_counted(a, b)) and not _near_alike(pa, pb) \
                    and not (pa.material and pa.material == pb.material):
                # ("2.5kgs of silver" and "1.4 kg (3 lb) of silver": one stuff weighed)
                reason = ("values differ, but nothing shows both measure the same thing (no "
                          "common measure or subject)")
            elif corpus and a.kind in FIGURES and not _measured_alike(a, b):
                reason = ("values differ, and among many sources one subject has many "
                          "figures: only a measure both name shows they are one")
            elif names is not None and _names_beside(names.get(a.id), names.get(b.id)):
                reason = ("values differ, and each clause names something the other "
                          "does not")
            elif a.kind in FIGURES and not same_document and (
                    told := told_too(pa, pb)) is not None:
                reason = (f"values differ, but {told[0].claim.doc} also states the other "
                          f"source's value ('{told[0].claim.text}'): its differing figure "
                          "is about something else")
            elif a.kind in FIGURES and not same_document and (
                    own := place_told(pa, pb)) is not None:
                reason = (f"values differ, but {own[0].claim.doc} gives {own[1]} a figure of "
                          f"its own ('{own[0].claim.text}'): its figure that names no place "
                          "is another place's or the whole's")
            elif a.kind in FIGURES and not same_document and (
                    parts := sum_of_two(pa, pb)) is not None:
                reason = (f"values differ, but '{parts[2].claim.text}' is the sum of "
                          f"'{parts[0].claim.text}' and '{parts[1].claim.text}' in the "
                          "other source: a total against one of its parts")
            elif a.kind in FIGURES and not same_document and (
                    listed := listed_kind(pa, pb)) is not None:
                reason = (f"values differ, but '{listed[0].text}' counts one kind of people "
                          f"listed beside another ('{listed[1].text}'): a part of a "
                          "breakdown against the whole")
            elif a.kind in FIGURES and texts is not None and (
                    unnamed := _named_only_in_one(texts, a, b, named_in)) is not None:
                reason = (f"values differ, but the figure of {unnamed[0]} is set against a "
                          f"document that never names {unnamed[0]}")
            elif a.kind in FIGURES and texts is not None and (
                    acts := _acts_apart(texts, a, b)) is not None:
                reason = (f"values differ, but they count what two different acts did "
                          f"('{acts[0]}' against '{acts[1]}')")
            elif a.kind in FIGURES and ij is not None and (
                    rival := agreeing_rival(*ij)) is not None:
                reason = (f"values differ, but '{rival.text}' agrees, in words nearly as "
                          "alike: which figure is the partner is in doubt")
            elif a.kind in FIGURES and _orders_apart(pa, pb, finding):
                reason = ("values differ by more than a factor of ten, in units of "
                          f"{pa.dimension}: a length, a weight or a speed that far apart "
                          "is another thing measured, or a unit misread")
            elif a.kind in FIGURES and not same_document and (
                    series := one_of_a_series(pa, pb)) is not None:
                reason = (f"values differ, but {series[0].claim.doc} gives {series[1]} "
                          f"different figures of {series[0].dimension}, and nothing said "
                          "alike tells which of them the other's is")
        if reason is None:
            if placed:  # (told to the reader: why two figures no frame joined are one)
                finding = replaced(finding, detail={**finding.detail, "same_sentence": True})
            return finding
        for c in (a, b):
            why.setdefault(c.id, reason)
        return None

    # a document's own claims pair first; figures it reports as somebody else's come after
    scored.sort(key=lambda item: (_attributed(left[item[1]], right[item[2]]), -item[0],
                                  item[1], item[2]))
    score_of = {(i, j): s for s, i, j in scored}
    kept, deferred = one_to_one(scored, lambda i, j: checked(
        left[i], right[j], SAID_ALIKE if (i, j) in alike else 0.0, (i, j, score_of[i, j])))
    matches = [FigureMatch(left[i].claim, right[j].claim, s, finding) for s, i, j, finding in kept]
    used_left = {i for _, i, _, _ in kept}
    used_right = {j for _, _, j, _ in kept}
    partner_of_left = {id(m.left): m.right for m in matches}
    partner_of_right = {id(m.right): m.left for m in matches}
    # a claim that found a partner it agrees with is explained; it takes no second partner
    settled = {id(c) for m in matches if m.finding.kind == "agreement" for c in (m.left, m.right)}
    extras: dict[int, int] = defaultdict(int)  # one extra partner per claim at most
    # (read only for claims already partnered, which the kept pairs hold)
    own_of = {id(p.claim): p.own for _, i, j, _ in kept for p in (left[i], right[j])}
    for s, i, j in deferred:
        a, b = left[i].claim, right[j].claim
        if not same_document and i in used_left and j in used_right and _twice_each(
                a, b, partner_of_left.get(id(a)), partner_of_right.get(id(b)), settled):
            finding = checked(left[i], right[j], s)
            if finding is not None and finding.kind == "agreement":
                matches.append(FigureMatch(a, b, s, finding, chain=True))
            continue
        if s < EXTRA_SCORE or extras[id(a)] or extras[id(b)]:
            continue
        if _second_opinion(b, partner_of_left.get(id(a))) or _second_opinion(
            a, partner_of_right.get(id(b))
        ):
            continue
        if (_settled(a, settled) or _settled(b, settled)) and not _covers_both(
            left[i] if i in used_left else right[j],
            right[j] if i in used_left else left[i],
            own_of.get(id(partner_of_left.get(id(a)) if i in used_left
                          else partner_of_right.get(id(b)))),
        ):
            continue
        taken_partner = (partner_of_left.get(id(a)) if i in used_left
                         else partner_of_right.get(id(b)))
        if taken_partner is not None and _a_slip(a if i in used_left else b, taken_partner):
            continue  # "1,835" against "1,836": explained, as by an agreement; the other
            # document's "2,551" beside it is about something else (the whole toll)
        covers = taken_partner is not None and _covers_both(
            left[i] if i in used_left else right[j],
            right[j] if i in used_left else left[i],
            own_of.get(id(taken_partner)),
        )
        if not covers and not _stated_twice(a, b, taken_partner):
            continue  # one partner per document, unless that document states it twice
        extras[id(a)] += 1
        extras[id(b)] += 1
        finding = checked(left[i], right[j], s)
        if finding is None or (i in used_left and j in used_right and finding.kind == "agreement"):
            continue
        taken = partner_of_left.get(id(a)) if i in used_left else partner_of_right.get(id(b))
        fresh = b if i in used_left else a
        if finding.kind == "agreement" and (
            left[i].family == "time" or (taken is not None and _restates(fresh, taken))
        ):
            continue  # a date or figure said twice agrees twice: tell the reader once
        used_left.add(i)
        used_right.add(j)
        matches.append(FigureMatch(a, b, s, finding))
    return matches


#: How far after a figure its restatement in other units may begin (" (", "; ").
CONVERSION_GAP = 4


#: Words that may stand between an act's verb and its figure ("closed some 12 stores").
_BETWEEN_ACT = frozenset(table("frames")["change_qualifiers"]) | {"a", "an", "the", "another"}


#: Irregular forms the synonym table knows that are no verbs ("people", "men") or no
#: act ("dead"): what they count, not what was done.
_NOT_ACTS = frozenset(concept(w) for w in table("frames")["not_acts"])


def _act_before(text: str, claim: Claim) -> str | None:
    """The verb right before a figure, past a qualifier or two ("opened 30 stores",
    "laid off some 250 workers" -> "off" is no verb, so "laid"), as written; None when
    no verb in the past stands there."""
    lo = claim.sentence[0] if claim.sentence else max(0, claim.start - 60)
    words = _WORD.findall(text, max(lo, claim.start - 60), claim.start)
    while words and words[-1].lower() in _BETWEEN_ACT:
        words.pop()
    for word in reversed(words[-2:]):
        w = word.lower()
        if past_verb(w) or (irregular_base(w) and concept(w) not in _NOT_ACTS):
            return w
    return None


#: How many letters of a name's word a word of the other document must begin with to
#: count as naming it ("Korean" is named by "Korea", "Pakistani" by "Pakistan").
NAME_STEM = 5


def _names_word(text: str, word: str) -> bool:
    """Whether ``text`` has a word that is ``word`` (any case), or, for a word longer
    than NAME_STEM letters, one that begins with its first NAME_STEM letters; a word
    written with a full stop (an abbreviation: "Penn.", "Calif.") by any word it begins
    ("Pennsylvania")."""
    if word.endswith("."):
        stem = re.escape(word[:-1])
    else:
        stem = re.escape(word[:NAME_STEM]) if len(word) > NAME_STEM else re.escape(word) + r"\b"
    return re.search(r"(?<![^\W\d_])" + stem, text, re.IGNORECASE) is not None


#: Words that say what kind of place or body a name is ("Oblast", "Party"), which another
#: account may leave out: data/frames.toml [name_kind_words].
NAME_KIND_WORDS = frozenset(table("frames")["name_kind_words"])
#: Of those, the words of a feature of the land or the sea, which before "of" head a name
#: of their own ("the Gulf of Mexico" is not Mexico): [feature_kind_words].
FEATURE_KIND_WORDS = frozenset(table("frames")["feature_kind_words"])


def _name_words(words: Sequence[str]) -> list[str]:
    """A name's words less those of what kind of place or body it is (NAME_KIND_WORDS),
    but for a feature's word before "of" ("Gulf of Mexico": a document that names Mexico
    does not name the gulf)."""
    return [w for k, w in enumerate(words) if w.lower() not in NAME_KIND_WORDS or (
        w.lower() in FEATURE_KIND_WORDS and k + 1 < len(words)
        and words[k + 1].lower() == "of")]


def _opens_line(text: str, claim: Claim, word: str) -> bool:
    """Whether ``word`` is the first word of the claim's sentence or of its line."""
    line_start = text.rfind("\n", 0, claim.start) + 1
    starts = [line_start]
    if claim.sentence is not None:
        starts.append(claim.sentence[0])
    return any(text[s:claim.start].lstrip(" \t\"'([").startswith(word) for s in starts)


def _named_only_in_one(
    texts: Mapping[str, str], a: Claim, b: Claim, named: dict[tuple[str, str], bool]
) -> tuple[str, str] | None:
    """A figure's named subject that the other figure's document never names ("the 2004
    Indian Ocean earthquake had a magnitude of 9.15" against "It registered a moment
    magnitude of 7.6" in an account of another earthquake that nowhere names the Indian
    Ocean): the other cannot be telling that subject's figure, so the two differ by
    being about two things. A name counts as named when each of its capitalised words
    (or its first NAME_STEM letters) is a word of the other document, but for words of
    what kind of place or body it is (NAME_KIND_WORDS); a single word that opens its
    line or sentence is no sure name. Returns (the subject, the other document's id),
    or None. ``named``: (document, word) -> whether the document names the word, looked
    up once each."""
    for mine, other in ((a, b), (b, a)):
        frame = mine.frame
        if frame is None or not frame.subject_key:
            continue
        if other.frame is not None and other.frame.subject_key == frame.subject_key:
            continue
        words = [_abbreviated(texts[mine.doc], mine, w)
                 for w in _name_words(_WORD.findall(frame.subject or "")) if w[:1].isupper()]
        if len(words) == 1 and _opens_line(texts[mine.doc], mine, words[0]):
            continue  # "Property damage: Over 7,200 buildings": capitalised as it opens
            # its line or sentence, which shows no name
        # (or names it by the name its key stands for: "the US" is the United States)
        if words:
            told = _names_all(texts, named, other.doc, words)
        elif frame.source == "sentence":
            told = False  # no capitalised word in the subject as read, "Méricourt (404
            # people killed)" keyed by the name before its bracket: the key's words say
        else:
            continue  # (a row's column, keyed by its row's names)
        if not told and not _names_all(texts, named, other.doc,
                                       _name_words(frame.subject_key.split())):
            return (frame.subject if words else frame.subject_key), other.doc
    return None


#: How far before a figure its subject's words are looked for, to see them abbreviated.
ABBREVIATION_REACH = 300


def _abbreviated(text: str, claim: Claim, word: str) -> str:
    """``word`` with a full stop where the text before the figure writes it so ("Avondale,
    Penn., where nearly three hundred lives were lost"): an abbreviation, which another
    document spells out."""
    before = text[max(0, claim.start - ABBREVIATION_REACH):claim.start]
    if re.search(r"(?<![^\W\d_])" + re.escape(word) + r"\.(?=[,;)]|\s+[a-z])", before):
        # (a stop the sentence goes on after: "Acme." ending a sentence is no abbreviation)
        return word + "."
    return word


def _names_all(texts: Mapping[str, str], named: dict[tuple[str, str], bool], doc: str,
               words: Sequence[str]) -> bool:
    """Whether document ``doc`` names every one of ``words`` (``_names_word``; ``named``
    keeps what was looked up)."""
    for w in words:
        key = (doc, w.lower())
        found = named.get(key)
        if found is None:
            found = named[key] = _names_word(texts[doc], w)
        if not found:
            return False
    return True


def _acts_apart(texts: Mapping[str, str], a: Claim, b: Claim) -> tuple[str, str] | None:
    """Two counts of which no frame names a measure, each right after a verb in the
    past, and the verbs are different acts ("opened 30 stores" against "closed 12
    stores", "bought 1,200 shares" against "sold 900 shares"): the counts are of what
    each act did, not one count told twice. (Irregular verbs count where the synonym
    table, data/synonyms.toml [irregular], knows them.)"""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or (fa.measure and not fa.measure_weak) or (
            fb.measure and not fb.measure_weak):
        return None
    va, vb = _act_before(texts[a.doc], a), _act_before(texts[b.doc], b)
    if va is None or vb is None:
        return None
    base_a, base_b = irregular_base(va) or past_verb(va), irregular_base(vb) or past_verb(vb)
    if concept(base_a or va) == concept(base_b or vb):
        return None
    return va, vb


def _sentence_dates(profiles: Sequence[FigureProfile]) -> set[tuple]:
    """(document, sentence, days, timex) of each date: whether a sentence states a
    date. One flat tuple each: a corpus holds one for every date while it is lined up."""
    return {(p.claim.doc, p.claim.sentence, *_date_said(p)) for p in profiles
            if p.family == "time" and p.claim.sentence is not None and p.days is not None}


#: The fewest days a date spans to be a month or longer (``_fits_another``).
COARSE_DAYS = 27


def _sentence_day_spans(profiles: Sequence[FigureProfile]) -> dict[tuple, list[tuple[int, int]]]:
    """(document, sentence) -> the days of each date the sentence states, in order."""
    spans: dict[tuple, list[tuple[int, int]]] = {}
    for p in profiles:
        if p.family == "time" and p.claim.sentence is not None and p.days is not None:
            spans.setdefault((p.claim.doc, p.claim.sentence), []).append(p.days)
    for found in spans.values():
        found.sort()
    return spans


#: How many of a sentence's dates, from the first that starts inside a month or a year,
#: are looked at for one that lies in it (``_fits_another``): a sentence of thousands of
#: dates costs each of its dates no more than a few looks.
FITS_LOOK = 8


def _fits_another(p: FigureProfile, other: FigureProfile,
                  day_spans: Mapping[tuple, Sequence[tuple[int, int]]]) -> bool:
    """Whether ``p`` is a month or a year and ``other``'s sentence states, besides
    ``other``, a date within it ("in 1854" against "signed ... on June 24, 1853, and then
    ratified ... on April 25, 1854"). (Days and times of day are not looked at: a day's
    sentence names its day beside each of its moments.)"""
    if p.days is None or other.days is None or other.claim.sentence is None \
            or p.days[1] - p.days[0] < COARSE_DAYS:
        return False
    lo, hi = p.days
    spans = day_spans.get((other.claim.doc, other.claim.sentence), ())
    at = bisect.bisect_left(spans, (lo, lo))
    return any(span != other.days and span[0] <= hi and span[1] <= hi
               for span in spans[at:at + FITS_LOOK])


def _date_said(p: FigureProfile) -> tuple:
    """A date as stated: its days (which dates before the common era have too) and its
    timex (a time of day is not its day)."""
    return (p.days, getattr(p.claim.value, "timex", None))


def _measured_alike(a: Claim, b: Claim) -> bool:
    """Both frames name a measure, and the same one (or one a part of the other), or
    both count the same thing other than people ("5.7 million handsets", "3,500,000
    handsets"). Among many sources a subject has many figures ("the Driepox earthquake
    claimed 1,800 people", "left 640,000 people homeless"): its name alone does not show
    that two differing values count one thing, as it may between two accounts of one
    event; nor does "people", which every toll, crowd and workforce counts."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return True  # claims from a plugin that fills no frames: as before
    if fa.measure and fb.measure:
        return relation(fa.measure, fb.measure) is not None
    return bool(fa.counted and fa.counted != "person"
                and concept(fa.counted) == concept(fb.counted or ""))


def _twice_each(a: Claim, b: Claim, a_partner: Claim | None, b_partner: Claim | None,
                settled: set[int]) -> bool:
    """Both documents state one value twice (a title and a heading, a table and its
    text), and one-to-one matching paired each of ``a``'s statements with one of
    ``b``'s, in agreement: the two pairs are one fact, which ``a`` and ``b`` link (else a
    corpus reports it as two parallel facts, split by which statement met which)."""
    if a_partner is None or b_partner is None or a_partner is b or b_partner is a:
        return False
    return (id(a) in settled and id(b) in settled and a_partner.doc == b.doc
            and b_partner.doc == a.doc and _restates(a_partner, b) and _restates(b_partner, a))


def _total_and_moment(a: Claim, b: Claim) -> bool:
    """One named subject's total over a period against its count at one time ("brought
    to 1 million" against "3 million over the whole war"): worth telling the reader they
    cannot be compared, even where what is counted is not named on both sides."""
    fa, fb = a.frame, b.frame
    return bool(fa and fb and fa.subject_key and fa.subject_key == fb.subject_key
                and (fa.scope == "cumulative") != (fb.scope == "cumulative"))


def _within_precision(a: object, b: object) -> bool:
    """Two single values in one unit that differ by no more than the coarser one's stated
    precision ("20.0 m" and "19.995 m"): the same value as far as either writer says."""
    if not (isinstance(a, Quantity) and isinstance(b, Quantity)) or a.unit != b.unit \
            or a.low != a.high or b.low != b.high:
        return False
    step = max(a.precision or 1.0, b.precision or 1.0)
    return abs(a.low - b.low) <= step * 1.0001


def _stated_twice(a: Claim, b: Claim, taken: Claim | None) -> bool:
    """A second partner is allowed only where one document gives two figures for the
    same thing (two estimates of one army's strength): the partner already taken and the
    new one share their frame's measure and a named subject. Two different values of one
    measure that name nobody ("2,500 men-at-arms", "12,000 men-at-arms": an infobox's two
    columns run together) are as likely two sides' as one side's twice: which is the
    other's figure is in doubt, so the second stays unpaired, unless it is the other's
    very value."""
    if taken is None:
        return True
    fresh = b if taken.doc == b.doc else a
    if taken.kind == "duration":
        # two lengths in one document are one stated twice only with one value ("median
        # age of 77 years" among all the ill, "84 years" among those who died: two things)
        return _value_key(taken) == _value_key(fresh)
    if taken.kind not in FIGURES:
        return True
    ft, ff = taken.frame, fresh.frame
    if ft is None or ff is None:
        return True
    if _value_key(taken) == _value_key(fresh) and (
        not ft.measure or not ff.measure or relation(ft.measure, ff.measure) is not None
    ):
        return True  # one document gives the same figure twice (a table and its text)
    if (ft.measure, ft.subject_key) != (ff.measure, ff.subject_key):
        return False
    # (one of two unowned values that the other document states too is that value told
    # again: "killed 94 people", "killed 96 people in all" against "killed 96 people")
    return ft.subject_key is not None or (
        ft.measure is not None and _value_key(a) == _value_key(b))


def _covers_both(shared: FigureProfile, fresh: FigureProfile, taken: frozenset[str] | None) -> bool:
    """One claim stated for two things ("two to one in troops and in guns") may agree with
    a claim about each: its subject names both, and they are different things."""
    if not taken or not fresh.own or fresh.own == taken or fresh.own <= taken:
        return False
    return (fresh.own | taken) <= shared.own


def _second_opinion(claim: Claim, partner: Claim | None) -> bool:
    """A figure a document cites from somebody else, where the document's own figure has
    already met the other side's: the citation is not the document's word."""
    return bool(claim.attribution) and partner is not None and not partner.attribution \
        and partner.doc == claim.doc


#: What stands between two counts of a list ("2 flight attendants, and 45 passengers",
#: "45 passengers plus 4 crew"): the first count's noun, a comma or a word that links
#: counts (coordination.toml ``count_links``), a few words, no verb read.
_COUNT_LINK = "(?:" + "|".join(sorted((r"[ \t]+".join(map(re.escape, w.split()))
                                       for w in table("coordination")["count_links"]),
                                      key=len, reverse=True)) + ")"
_LISTED_BESIDE = re.compile(r"[ \t]+[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,2}"
                            rf"(?:,[ \t]*(?:{_COUNT_LINK}[ \t]+)?|[ \t]+{_COUNT_LINK}[ \t]+)")


def _sentence_of(p: FigureProfile) -> tuple[int, int] | None:
    """A figure's sentence (``listed_kind`` finds the figures of one sentence by it)."""
    return p.claim.sentence


def _place_and_measure(p: FigureProfile) -> tuple[str, str] | None:
    """A figure's place and measure, where its frame names both (``place_told``)."""
    frame = p.claim.frame
    if frame is None or not frame.place or not frame.measure:
        return None
    return normalize(frame.place), frame.measure


def _a_slip(a: Claim, b: Claim) -> bool:
    """Two exact figures that differ by at most NEAR_SHARE of the larger ("1,835" and
    "1,836"): one figure with a slip of the pen or a late revision, which explains each
    as surely as an agreement would."""
    va, vb = a.value, b.value
    return isinstance(va, Quantity) and isinstance(vb, Quantity) \
        and va.low == va.high and vb.low == vb.high and va.low != vb.low \
        and min(va.low, vb.low) > 0 and abs(va.low - vb.low) <= NEAR_SHARE * max(va.low, vb.low)


def _settled(claim: Claim, settled: set[int]) -> bool:
    """Agreed with its partner, so explained; a title's dates stay open to a second look
    ("1950-1953" agrees with one title and differs from the document's other header)."""
    return id(claim) in settled and claim.passage != "heading"


def _restates(a: Claim, b: Claim) -> bool:
    """Two claims of one document that state the same value about the same subject."""
    return a.subject_key == b.subject_key and _value_key(a) == _value_key(b)


def _value_key(claim: Claim) -> object:
    value = claim.value
    if isinstance(value, Quantity):
        return (value.low, value.high, value.ratio)
    if isinstance(value, TimeRef):
        return (value.earliest, value.latest, value.duration_days)
    return None


def _attributed(a: FigureProfile, b: FigureProfile) -> int:
    """How many of two figures their documents report as somebody else's: a document's own
    figures pair first. Two figures both documents give as one source's ("2,008 according
    to Thomas Russell" in each) are that source's figure told twice: they pair first too."""
    sa, sb = a.claim.attribution, b.claim.attribution
    if sa and sb and normalize(sa) == normalize(sb):
        return 0
    return bool(sa) + bool(sb)


def _may_compare_within(a: FigureProfile, b: FigureProfile) -> bool:
    """Within one document only figures meet, and only the same owner's figure stated
    twice: a narrative naturally moves from date to date, and a document that reports
    two sources' estimates ("a State Department report ... later reports ...") does not
    contradict itself. Never within one sentence, nor a total against its own parts."""
    ca, cb = a.claim, b.claim
    if a.family == "time" or owner_match(a, b) != 1.0:
        return False
    if ca.attribution and cb.attribution:
        return False
    if ca.sentence is not None and ca.sentence == cb.sentence:
        return False
    return not (_part_of(ca, cb) or _part_of(cb, ca))


def _part_of(part: Claim, total: Claim) -> bool:
    span = claim_extra(part).get("part_of")
    return bool(span) and tuple(span) == (total.start, total.end)


# -- findings ----------------------------------------------------------------------------


def describe(
    finding: Finding,
    a: Claim,
    b: Claim,
    same_document: bool,
    cumulative: Mapping[str, bool] | None = None,
) -> Finding | None:
    """Add what a reader must know to trust the comparison: dates, scope, who asserts,
    where. ``cumulative`` says which claims are totals over a period."""
    cumulative = cumulative or {}
    kind = finding.kind
    detail = dict(finding.detail)
    notes: list[str] = []
    if isinstance(a.value, Quantity) and isinstance(b.value, Quantity):
        wa, wb = period_of(a), period_of(b)
        gap = days_apart(day_span(wa), day_span(wb))  # (by day numbers: "9 BC", "AD 9")
        if other_periods(a, b) and kind == "discrepancy":
            kind = "not_comparable"
            notes.insert(0, f"a change over time: {_when_text(wa)} vs {_when_text(wb)}")
            detail["change_over_time"] = [_when_text(wa), _when_text(wb)]
        elif other_periods(a, b) and kind == "agreement" and _named_apart(wa, wb):
            # one value for two reporting periods ("revenue of $1 billion in 2005", "$1
            # billion for 2006") is two facts that happen to be equal, not one told twice
            # (but "mid-2001" and "late 2001" are both 2001: one staff count, told twice)
            kind = "not_comparable"
            notes.insert(0, f"the same value for two periods: {_when_text(wa)} and "
                            f"{_when_text(wb)}")
            detail["change_over_time"] = [_when_text(wa), _when_text(wb)]
        elif kind == "discrepancy" and (grown := running_growth(a, b)) is not None:
            earlier, later = grown
            kind = "not_comparable"
            # each date with its own word ("4,000 on 3 June", "9,000 as of 10 June"): a
            # count told "on" a day is not to be reported as said "as of" it
            notes.insert(0, "a running count at two moments: " + ", ".join(
                f"{c.text} {period_of(c).relation or 'dated'} {_when_text(period_of(c))}"
                for c in (earlier, later)))
            detail["change_over_time"] = [_when_text(period_of(earlier)),
                                          _when_text(period_of(later))]
        elif (nested := nested_periods(a, b)) is not None and kind == "discrepancy":
            part, whole = nested
            kind = "not_comparable"
            notes.insert(0, f"{part.text} holds for {_when_text(period_of(part))}, a part of "
                            f"{_when_text(period_of(whole))}, which {whole.text} holds for")
            detail["part_of_period"] = [_when_text(period_of(part)), _when_text(period_of(whole))]
        elif gap is not None and gap > 0:
            if "dated" not in finding.summary:
                notes.append(f"dated {_when_text(wa)} vs {_when_text(wb)}")
            detail["dates_differ"] = [_when_text(wa), _when_text(wb)]
            if gap > MAX_FIGURE_GAP_DAYS and kind in ("discrepancy", "agreement"):
                kind = "not_comparable"
                notes.insert(0, "measured at different times")
            elif kind == "agreement" and _as_of_days(wa, wb):
                kind = "not_comparable"
                notes.insert(0, "the same value as it stood on two different days")
        elif is_relative(wa) != is_relative(wb) and kind != "agreement":
            kind = "not_comparable"
            relative = a if is_relative(wa) else b
            notes.insert(0, f"{relative.text} holds for {period_of(relative).text}, "  # type: ignore[union-attr]
                            "another period than the other figure")
        elif (wa is None) != (wb is None):
            dated = a if wa is not None else b
            notes.append(f"only one side is dated ({_when_text(period_of(dated))})")
    relation = part_of(a.frame, b.frame)
    if relation is not None and kind == "discrepancy":
        part, whole = (a, b) if relation == "part" else (b, a)
        kind = "not_comparable"
        notes.insert(0, f"{part.text} counts {part.frame.measure_text} "  # type: ignore[union-attr]
                        f"({part.frame.measure}), a part of "  # type: ignore[union-attr]
                        f"{whole.frame.measure_text} ({whole.frame.measure})")  # type: ignore[union-attr]
    scopes = [cumulative.get(c.id, False) for c in (a, b)]
    if isinstance(a.value, Quantity) and scopes[0] != scopes[1] and kind != "agreement" \
            and not _one_toll(a, b):
        kind = "not_comparable"
        total = a if scopes[0] else b
        notes.insert(0, f"{total.text} is a total over a period, the other a count at one time")
    if detail.get("same_sentence"):
        notes.append("both sources word the sentence around the figure alike")
    asserted = {c.id: c.attribution for c in (a, b) if c.attribution}
    if asserted:
        detail["asserted_by"] = asserted
        notes.extend(f"{c.text} according to {mid_sentence(c.attribution)}"
                     for c in (a, b) if c.attribution)
    if same_document:
        if kind == "agreement" or kind == "not_comparable":
            return None
        places = [c.passage for c in (a, b)]
        if places[0] == places[1] and _days_apart(a, b):
            return None  # one text's figure on two days: a series, not an inconsistency
        if kind == "discrepancy" and not asserted:
            kind = "inconsistency"
        if "footnote" in places and places[0] != places[1]:
            notes.append("body against footnote")
    summary = finding.summary
    if kind == "not_comparable" and finding.kind == "agreement" \
            and "change_over_time" in detail:
        summary = f"{a.text} and {b.text} cannot be compared: {'; '.join(notes)}"
    elif kind == "not_comparable" and finding.kind == "discrepancy" and notes:
        # the arithmetic of a difference ("lies below ... by 2 million") would read as a
        # discrepancy: say first why the two figures cannot be weighed
        summary = f"{a.text} and {b.text} cannot be compared: {'; '.join(notes)}"
    elif notes:
        summary = f"{summary}; {'; '.join(notes)}"
    subject = a.subject or b.subject
    if subject and isinstance(a.value, Quantity) and subject.lower() not in summary.lower():
        summary = f"{subject}: {summary}"
    return Finding(kind=kind, summary=summary, claims=(a.id, b.id), detail=detail)


#: Measures of what befell people in an event (data/frames.toml ``people_measures``
#: without the ``standing_measures``): its toll is a total whatever words say so.
_TOLLS = frozenset(table("frames")["people_measures"]) - frozenset(
    table("frames")["standing_measures"])


def _one_toll(a: Claim, b: Claim) -> bool:
    """Two figures of one measure of what befell people ("93 wounded", "ninety-four
    wounded altogether"): an event's toll is a total however it is worded, so "in all"
    or "altogether" on one side sets no total over a period against a count at a moment
    (as "numbered 90,000 by June" against "90,000 served over the whole war" does)."""
    ma = a.frame.measure if a.frame else None
    mb = b.frame.measure if b.frame else None
    return bool(ma and ma == mb and ma.split(".")[0] in _TOLLS)


def _named_apart(a: TimeRef | None, b: TimeRef | None) -> bool:
    """Two periods named as different ones ("2005" and "2006", "2005" and "March 2006"),
    neither within the other as written ("2001" holds "2001-12-02"; "mid-2001" and
    "late 2001" are both "2001" to a reader who compares counts)."""
    ta, tb = getattr(a, "timex", None), getattr(b, "timex", None)
    return bool(ta and tb and not ta.startswith(tb) and not tb.startswith(ta))


def period_of(claim: Claim) -> TimeRef | None:
    """The time a figure holds for: its frame's period (which leaves out a date on
    another row of a table), else the time claim assembly gave it."""
    return claim.frame.period if claim.frame is not None else claim.when


def _when_text(when: TimeRef | None) -> str:
    if when is None:
        return "undated"
    if when.earliest and when.latest and when.earliest == when.latest:
        return when.earliest.isoformat()
    return when.timex or when.text


# -- the whole comparison ----------------------------------------------------------------


def align_figures(
    documents: Sequence[Document],
    claims_by_doc: Mapping[str, list[Claim]],
    segments_by_doc: Mapping[str, Segments],
    aliases: Aliases,
    *,
    pm: pluggy.PluginManager,
    config: Config = DEFAULT,
    fact_sink: list[Fact] | None = None,
    base: int | None = None,
) -> list[Finding]:
    """Every finding from lining claims up: across documents, within each, and unmatched.

    The facts the pairs chain into (one per group of paired claims) are appended to
    ``fact_sink`` when one is given, unnumbered (``order_facts``, ``number_facts``).
    With ``base`` (a document's index), figures meet only that document's.
    """
    profiles: dict[str, list[FigureProfile]] = {}
    qualified: dict[str, list[str]] = {}  # a figure's date -> the figures it dates
    many = len(documents) > MANY_SOURCES
    names: dict[str, Concepts] | None = {} if many else None
    shared_names: dict[Concepts, Concepts] = {}  # one tuple for names said often
    restated: dict[str, list[FigureProfile]] = {}  # conversions in brackets, by document
    conversions: dict[str, list[Claim]] = {}  # all of them, whatever their values
    place_keys: dict[str, str] = {}  # one string for each place key (``places``)
    for doc in documents:
        segs = segments_by_doc.get(doc.id)
        found = []
        claims = _bounds_restated(claims_by_doc.get(doc.id, ()))
        periods = _figure_periods(claims)
        named = clause_names(claims, aliases)
        zoned = _zoned_days(claims)
        day_words: set[str] = set()
        for claim, bounds in zip(claims, _date_bounds(claims, doc.text, day_words),
                                 strict=True):
            if claim.frame is not None and claim.frame.source == "conversion":
                # "10,911 metres (35,797 ft)": told once, by the figure it restates; but
                # the value it states is the document's too (``told_too``)
                conversions.setdefault(doc.id, []).append(claim)
                converted = figure_profile(claim, doc, aliases, bounds)
                if converted is not None and converted.value_key is not None:
                    restated.setdefault(doc.id, []).append(converted)
                continue
            p = figure_profile(claim, doc, aliases, bounds)
            if p is not None:
                # "10:32 p.m. PDT Aug. 5": the day of a time in a zone, a day off another
                # zone's day of the same moment as easily as not
                p.zoned_day = (claim.sentence, getattr(claim.value, "timex", None)) in zoned
                p.day_words = claim.id in day_words
                # "In 2021 the mill employed 1,200": the figure's time, not an event
                p.period_only = (claim.start, claim.end) in periods
                if p.period_only and not _a_day(claim):
                    qualified[claim.id] = []  # a month or a year: too common to stand alone
                elif p.period_only:
                    qualified[claim.id] = periods[(claim.start, claim.end)]
                p.named = named.get(claim.id)
                if claim.sentence is not None:
                    key = place_key(context(doc.text, claim.sentence, claim, numbers=False))
                    p.place = None if key is None else place_keys.setdefault(key, key)
                if names is not None:
                    keys = clause_name_keys(doc.text, claim)
                    names[claim.id] = shared_names.setdefault(keys, keys)
                found.append(p)
        if segs is not None:
            _link_notes(found, segs)
            _narrative_time(found, segs)
        # (a value told again in its own sentence or line counts once: "July 6, 2013
        # (2013-07-06)", a day and its ISO form in an infobox)
        stated = Counter(key for key, _ in {(p.value_key, p.claim.sentence) for p in found
                                            if p.value_key is not None})
        for p in found:
            # a value said once, or a day said twice (a title and its text): rare enough
            limit = 2 if p.family == "time" else 1
            p.unique = p.value_key is not None and stated[p.value_key] <= limit
        mark_near_unique(found)
        mark_lone_days(found)
        mark_sole_measures(found)
        profiles[doc.id] = found
    everything = [p for doc in documents for p in profiles[doc.id]]
    weights = idf(everything)
    solo = math.log(1 + max(len(everything), 1))  # the weight of a concept said once
    blocking_keys = bind_hook(pm, "blocking_keys")  # called once per claim: bound once

    def key_list(p: FigureProfile) -> tuple[str, ...]:
        # among many sources a month or a year a figure holds for joins no fact
        # (``_report_groups``): it takes no candidates either, which it would take from
        # the dates that do ("The 2006 election in ..." in every heading on it)
        told = many and p.claim.id in qualified and not qualified[p.claim.id]
        if told:
            return ()
        keys = keys_of(p, weights, blocking_keys, config, solo, corpus=many)
        return keys if p.place is None else (*keys, p.place)

    for p in everything:
        p.weight = math.fsum(weights.get(c, 1.0) for c in p.concepts)  # order-free
    if len(documents) > 2 and base is None:
        corpus_keys(list(profiles.values()), key_list)  # only the keys that can meet
    else:
        for p in everything:
            p.keys = key_list(p)

    compare_claims = bind_hook(pm, "compare_claims")  # called once per pair: bound once

    def compare(a: Claim, b: Claim) -> Finding | None:
        return compare_claims(left=a, right=b, config=config)

    findings: list[Finding] = []
    pair_matches: list[Paired] = []
    why: dict[str, str] = {}
    ids = [d.id for d in documents]
    # why a claim met nobody is told only where unmatched claims are listed one by one
    # (``_unmatched``); in a corpus a reason kept for each claim was memory for nothing
    kept_why = why if len(ids) - 1 <= CORPUS_UNMATCHED else None
    # one index over the whole corpus, then matching per pair of documents that share
    # candidates: the work grows with the claims, not with the pairs of documents
    by_doc = [profiles[doc_id] for doc_id in ids]
    dates_said = _sentence_dates(everything)
    day_spans = _sentence_day_spans(everything)
    texts = {d.id: d.text for d in documents}
    named_in: dict[tuple[str, str], bool] = {}  # (document, word): named there at all
    indexed: dict[tuple[str, str], dict] = {}  # each document's figures by value (told_too)
    # in a corpus (no reasons kept), pairs whose clauses name different things are
    # dropped as the candidates are taken (``match_figures``' screen, made there once)
    screen = kept_why is None and names is not None
    candidates = corpus_candidates(  # items in order of (a, b)
        by_doc, base=base, apart=_apart_from(names) if names is not None and screen else None)
    for p in everything:
        if p.family == "time":
            p.keys = ()  # read again only within a document, where dates never meet
    # the totals over a period (``describe`` reads a claim missing here as no total)
    cumulative = {p.claim.id: True for p in everything if p.scope == "cumulative"}
    for (a, b), pairs in candidates.items():
        pair_matches.extend(_paired(m, cumulative, len(ids) <= 2) for m in match_figures(
            by_doc[a], by_doc[b], weights, compare, why=kept_why, pairs=pairs,
            corpus=len(ids) > MANY_SOURCES, names=names, dates_said=dates_said,
            day_spans=day_spans, texts=texts, named_in=named_in, restated=restated,
            indexed=indexed, conversions=conversions, screened=screen and base is None))
    del candidates, names, shared_names, dates_said, day_spans, indexed, place_keys
    # the words that name a fact, for the claims a fact can hold: those that met another
    paired = {c.id for m in pair_matches for c in (m.left, m.right)}
    topics = {p.claim.id: _topic_words(p, texts[p.claim.doc], weights) for p in everything
              if p.claim.id in paired}
    # within each document, and the claims that met nobody, before the facts are made
    # (reported after them): then no profile is held while the facts are made
    within: list[Finding] = []
    for doc_id in ids:
        figures = [p for p in profiles[doc_id] if p.family != "time"]  # see _may_compare_within
        for m in match_figures(figures, figures, weights, compare, same_document=True,
                               texts=texts, named_in=named_in):
            if m.left.start < m.right.start:
                described = describe(m.finding, m.left, m.right, same_document=True,
                                     cumulative=cumulative)
                if described is not None:
                    within.append(described)
    if len(ids) > 1:
        matched = {c for m in pair_matches for c in (m.left.id, m.right.id)}
        within.extend(_unmatched(documents, profiles, matched, why))
        del matched
    del profiles, everything, by_doc
    # in a corpus, the dates figures hold for make no facts of their own; among many
    # sources they join none either (``_report_groups``)
    qualifiers = qualified if len(ids) > 2 else {}
    grouped, facts = _report_groups(pair_matches, compare, cumulative, topics, qualifiers,
                                    many=len(ids) > MANY_SOURCES, two_sources=len(ids) <= 2)
    findings.extend(grouped)
    findings.extend(within)
    if fact_sink is not None:
        fact_sink.extend(facts)
    return findings


#: How far either side of a claim its clause's names are read (characters).
NAME_REACH = 200


def clause_name_keys(text: str, claim: Claim) -> Concepts:
    """The proper names of a claim's clause, each as its distinctive words: a run of
    capitalised words less its last word when it has several ("the Derrexland Army" ->
    "derrexland", "the Red Cross" -> "red"; the last word is a kind, which different
    things share), a single capitalised word as itself. The clause ends at the sentence,
    a semicolon or a line break (not at the next date: "Bevariera Foods in 2012 and
    2013" names Bevariera for both years). A capitalised word that opens the sentence
    counts only when no dictionary knows it ("Kaithorar opened its offensive", not
    "Revenue at ..."); month and weekday names and function words never count. A sorted
    tuple (``Concepts``): a corpus holds one for each figure and date while it is lined
    up, and a frozenset of two names took 216 bytes."""
    if claim.sentence is None:
        return NO_NAMES
    lo, hi = claim.sentence
    lo, hi = max(lo, claim.start - NAME_REACH), min(hi, claim.end + NAME_REACH)
    cut = max(text.rfind(";", lo, claim.start), text.rfind("\n", lo, claim.start))
    if cut >= 0:
        lo = cut + 1
    ends = [k for k in (text.find(";", claim.end, hi), text.find("\n", claim.end, hi))
            if k >= 0]
    if ends:
        hi = min(ends)
    opening = _WORD.search(text, claim.sentence[0], claim.sentence[1])
    keys: set[str] = set()
    run: list[str] = []
    last_end = -2
    for m in _WORD.finditer(text, lo, hi):
        word = m.group()
        if m.start() >= claim.start and m.end() <= claim.end:
            continue  # the claim's own words ("12 June 1950")
        capital = word[0].isupper() and len(word) > 1
        if capital:
            key = word.lower().removesuffix("'s").removesuffix("’s")  # "Kaithorar's"
            capital = key not in STOPWORDS
        if capital and ((opening is not None and m.start() == opening.start())
                        or _opens_clause(text, m.start())):
            capital = not is_dictionary_word(word)
        if not capital:
            if run:  # (most words end no run: a call each was a fifth of the time here)
                _close_run(run, keys)
            continue
        if run and text[last_end:m.start()] != " ":
            _close_run(run, keys)
        run.append(key)
        last_end = m.end()
    _close_run(run, keys)
    return Concepts(keys) if keys else NO_NAMES


def _opens_clause(text: str, at: int) -> bool:
    """The word at ``at`` is the first of its clause (after a semicolon, a colon or a
    line break, where headings and lists start with a capital: "Briefing: Dengue fever
    in ...", "...; Typhoid in ...")."""
    return text[max(0, at - 3):at].rstrip(" ").endswith((":", ";", "\n"))


def _close_run(run: list[str], keys: set[str]) -> None:
    keys.update(run[:-1] if len(run) > 1 else run)
    run.clear()


#: No names: one object for every clause that has none.
NO_NAMES = Concepts()


#: A short label in brackets right after a figure, or after the word it counts
#: ("7,053,068 (NAMFREL)", "46.10% (official)", "5,120,344 votes (electoral board)"): words
#: only, no digits (a conversion, "(29,029 ft)", has some).
_TAG = re.compile(
    r"(?:[ \t\u00a0]+[^\W\d_]+)?[ \t\u00a0]*\(([^\W\d_][^()\d\n]{0,38})\)")


#: Bracketed labels that hedge a figure, not name its tally: data/figures.toml.
_HEDGE_LABELS = frozenset(table("figures")["hedge_labels"])


def _on_a_scale(claim: Claim) -> bool:
    """Whether a figure is a value on a scale or a rank, whose bracketed label names the
    value itself ("VIII (Severe)", "Category 4 (major)")."""
    value = claim.value
    return isinstance(value, Quantity) and value.dimension in ("scale", RANK)


def _as_of_days(wa: TimeRef | None, wb: TimeRef | None) -> bool:
    """Whether two figures each hold as they stood on a day of their own, and one says
    so ("As of 13 March: 14,000" against "7 May: ~14,000"): one value at two moments is
    two facts that happen to be equal, not one told twice."""
    return wa is not None and wb is not None and wa.granularity == wb.granularity == "day" \
        and (wa.relation in AS_OF or wb.relation in AS_OF)


#: The words that date a figure as it stood on a day ("as of 13 March", "by 7 May").
AS_OF = frozenset({"as of", "by"})


STAMPS_APART = ("each date tells when a count stood ('as of'), not when something "
                "happened: two counts at two moments")


def _two_stamps(a: Claim, b: Claim) -> bool:
    """Whether two dates both date a count as it stood ("As of December 4", "By 6 January
    2020"), one of them by "as of", which dates nothing but a count ("by 1 August" may
    also tell when an act was done), and name other days: one "by" the other ("As of
    December 4" lies before "By 6 January 2020") is no agreement either."""
    wa, wb = a.value, b.value
    return isinstance(wa, TimeRef) and isinstance(wb, TimeRef) \
        and wa.relation in AS_OF and wb.relation in AS_OF \
        and "as of" in (wa.relation, wb.relation) \
        and (wa.earliest, wa.latest) != (wb.earliest, wb.latest)


def _measures_apart(a: Claim, b: Claim) -> bool:
    """Whether both figures' frames name a measure and the two are unrelated (neither
    the same nor one a part of the other): then a value of one says nothing of the other."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.measure or not fb.measure:
        return False
    return relation(fa.measure, fb.measure) is None


def _said_value(p: FigureProfile) -> tuple | None:
    """A figure's value as ``told_too`` looks it up: its value key (None for a value too
    common to tell, a small whole number: ``value_key_of``), never a date's."""
    if p.family == "time":
        return None
    return p.value_key


def _series_key(p: FigureProfile) -> str | None:
    """What makes a document's figures one series (``one_of_a_series``): a physical
    dimension (lengths, weights, speeds: "Camp 2750 ft", "altitude 6630 ft"). Counts and
    sums are no series by their dimension alone: a document has many of them, and which
    of a candidate's votes or a toll's figures is which their words and frames say."""
    return None if p.family == "time" or p.dimension in _NOT_PHYSICAL else p.dimension


def _orders_apart(a: FigureProfile, b: FigureProfile, finding: Finding) -> bool:
    """Two figures of one physical dimension more than ORDERS_APART times apart ("100 m"
    against "164 km"): no account of one length or weight is off by so much; counts and
    sums are (a toll of "1.1 million" against "2 million", viewers by the billion). The
    values are compared in one unit, as the comparison converted them."""
    if a.dimension in _NOT_PHYSICAL or a.dimension != b.dimension:
        return False
    converted = finding.detail.get("converted") if isinstance(finding.detail, dict) else None
    low, high = ((converted["left"], converted["right"]) if converted
                 else (a.number, b.number))
    if not low or not high or low <= 0 or high <= 0:
        return False
    return max(low, high) > ORDERS_APART * min(low, high)


#: How many times apart two figures of one physical dimension may be and still be one
#: thing measured twice (``_orders_apart``).
ORDERS_APART = 10


#: Dimensions whose figures count or price things: many in a document are no series.
_NOT_PHYSICAL = frozenset({None, "count", "currency", "percent", "ratio"})


def _exact_value(p: FigureProfile) -> float | None:
    """A figure's value as ``sum_of_two`` adds it up: an exact one's, never a date's,
    a range's or a bound's."""
    v = p.claim.value
    if p.family != "time" and isinstance(v, Quantity) and v.low == v.high \
            and v.qualifier == "exact":
        return v.low
    return None


#: The least share of a total each of two parts must hold for their sum to be read as
#: that total (``sum_of_two``): "376" is "154" and "222", not "375" and "1".
PART_SHARE = 0.1

#: How many figures of one value in a document ``told_too`` and ``sum_of_two`` weigh, at
#: most, for each pair that differs: a document of thousands of figures that repeats a
#: round value hundreds of times would otherwise have each be weighed (``clash``) again
#: for every pair, which grows with the square of the document's size.
SAID_TRIES = 8
#: How many different values of one physical dimension make a document's figures a
#: series (``one_of_a_series``): a camp's altitude each day, a river's level each week.
SERIES = 3
#: Below this share of words in common (``scores.similarity``), a figure of a series and
#: another document's say nothing that pairs them but their dimension.
SERIES_WORDS = 0.15


def _total_is_the_parts(part: FigureProfile, other: FigureProfile,
                        total: FigureProfile) -> bool:
    """Whether the would-be total shares with one part a subject or a date that the
    other part does not have ("Smith won 52,000 votes and Jones 48,000" against "Smith
    won 100,000 votes"; "5,200 cars in 2019 and 4,800 in 2020" against "10,000 cars in
    2020"): the total is then that part's own figure, told differently, not the sum of
    two (``sum_of_two``)."""
    fp, fo, ft = part.claim.frame, other.claim.frame, total.claim.frame
    if fp is not None and fo is not None and ft is not None and ft.subject_key \
            and fp.subject_key and not names_differ(fp.subject_key, ft.subject_key) \
            and names_differ(fo.subject_key, ft.subject_key):
        return True
    return total.interval is not None and part.interval == total.interval \
        and other.interval is not None and other.interval != total.interval


def _bounds_restated(claims: Sequence[Claim]) -> Sequence[Claim]:
    """A document's claims, its bare figures in a headline, a heading or a table that its
    text states as a bound of the same measure read as that bound ("77 die in train
    crash" over "has left at least 77 people dead"; "Deaths 11" over "at least 11
    dead"): a headline or a table shortens what the text says, and 77 against another's
    78 is then no difference. Not when the text itself also states the figure bare ("It
    registered 7.6" beside "a minimum of 7.6"), nor from a bound it attributes to
    someone. The claims keep their ids and spans; only the qualifier read for lining up
    changes."""
    bounds: dict[float, list[Claim]] = defaultdict(list)
    said_bare: set[float] = set()
    for c in claims:
        v = c.value
        if c.kind not in FIGURES or not isinstance(v, Quantity) or v.low != v.high:
            continue
        if v.qualifier in BOUND_QUALIFIERS and not c.attribution:
            bounds[v.low].append(c)
        elif v.qualifier == "exact" and not _shortened(c):
            said_bare.add(v.low)
    if not bounds:
        return claims
    out = list(claims)
    for n, c in enumerate(out):
        v = c.value
        if c.kind not in FIGURES or not isinstance(v, Quantity) or v.qualifier != "exact" \
                or v.low in said_bare or not _shortened(c):
            continue
        for b in bounds.get(v.low, ()):
            bound = b.value
            assert isinstance(bound, Quantity)
            if (v.unit, v.dimension) != (bound.unit, bound.dimension) and not (
                    v.unit is None and v.dimension in (None, "count")
                    and bound.dimension in (None, "count")):
                continue  # ("77" and "at least 77 people": a bare count is of people too)
            if _measures_apart(b, c):
                continue
            out[n] = replaced(c, value=replaced(v, qualifier=bound.qualifier))
            break
    return out


def _shortened(claim: Claim) -> bool:
    """Whether a figure stands where a text is shortened: a title, a heading, a table or
    a key-value line."""
    return claim.passage in ("title", "heading") or (
        claim.frame is not None and claim.frame.source in ("key_value", "table", "row"))


def _tag(texts: Mapping[str, str], claim: Claim, tags: dict[str, str | None]) -> str | None:
    """The bracketed label right after a figure, lower-cased, or None (read once each);
    None too for a value on a scale, whose label names the value (``_tagged_apart``)."""
    if claim.id in tags:
        return tags[claim.id]
    m = None if _on_a_scale(claim) else _TAG.match(texts[claim.doc], claim.end)
    tags[claim.id] = found = " ".join(m.group(1).lower().split()) if m else None
    return found


def _tagged_apart(texts: Mapping[str, str], a: Claim, b: Claim,
                  tags: dict[str, str | None]) -> str | None:
    """Two figures each labelled in brackets, and differently ("9,291,761 (COMELEC)"
    against "7,502,601 (NAMFREL)", "(first round)" against "(second round)"): two
    tallies, two counts or two people's figures, whatever their columns or words."""
    if a.doc == b.doc and a.id == b.id:
        return None
    # (a value on a scale has no tag here: "VIII (Severe)" against "XI (Extreme)" is
    # each value's own name; read once a claim, with its tag)
    ta, tb = _tag(texts, a, tags), _tag(texts, b, tags)
    if ta and tb and not _one_label(ta, tb) and ta not in _HEDGE_LABELS \
            and tb not in _HEDGE_LABELS:
        return f"labelled as two different tallies ({ta} vs {tb})"
    return None


def _one_label(a: str, b: str) -> bool:
    """Two bracketed labels (lower-cased) that are one: the same, or one a word of two
    letters or more whose letters the other has in their order from its first letter on:
    cut short ("lab." and "labour"), contracted ("avg." and "average") or the initials of
    its words ("ec" and "electoral commission")."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if " " in short or len(short) < 2 or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)  # (``in`` moves the iterator on)


def _names_apart(a: Concepts | None, b: Concepts | None) -> str | None:
    """Among many sources one sentence shape recurs for many things ("The armistice
    ending the war with Kaithorar was signed on ...", "... with Stumkreamland ..."): two
    claims whose clauses both name something, and nothing in common, are about two
    things. (Among a few accounts of one event, chosen as such, sources name its actors
    differently: there, only subjects and clause names keep claims apart.)"""
    if a and b and not a & b:
        return f"their clauses name different things ({', '.join(sorted(a))} vs " \
               f"{', '.join(sorted(b))})"
    return None


def _clauses_apart(names: Mapping[str, Concepts], a: Claim, b: Claim) -> bool:
    """``_names_apart`` or ``_modified_apart`` as a yes or no, without the words of a
    reason (``match_figures``' screen): a few comparisons of strings and sets."""
    na, nb = names.get(a.id), names.get(b.id)
    if na and nb and frozenset(na).isdisjoint(nb):
        return True
    return _modified_apart(a, b) is not None


def _apart_from(names: Mapping[str, Concepts]
                ) -> Callable[[FigureProfile], Callable[[FigureProfile], bool]]:
    """``_clauses_apart`` for ``corpus_candidates``' screen: what it reads of a claim
    (its names, whether it has a subject) read once for all its candidates, some
    hundreds of thousands of pairs at 1,000 documents."""
    def of(pa: FigureProfile) -> Callable[[FigureProfile], bool]:
        a = pa.claim
        na = names.get(a.id)
        mine = frozenset(na) if na else None
        subject = a.frame is not None and bool(a.frame.subject_key)

        def apart(pb: FigureProfile) -> bool:
            b = pb.claim
            if mine is not None:
                nb = names.get(b.id)
                if nb and mine.isdisjoint(nb):
                    return True
            # (a claim with no subject is modified apart from none)
            return subject and _modified_apart(a, b) is not None
        return apart
    return of


def _names_beside(a: Concepts | None, b: Concepts | None) -> bool:
    """Each clause names something the other does not ("The Red Cross counted 680 homes
    destroyed by the Driepox earthquake", "... 21,000 ... by the Stiethzanvik flood"):
    among many sources, a difference between them may be between two things, even when
    they share a name (here the reporter's)."""
    return bool(a and b and a - b and b - a)


#: "the" right before a figure: a group named before, referred back to ("the four keepers").
_DEFINITE_BEFORE = re.compile(r"(?i)\bthe[ \t]+\Z")
#: Words before a counted noun that name no narrower kind of it ("total aircraft",
#: "estimated troops"): figures.toml kind_words_not_narrowing.
_NOT_NARROWING = frozenset(table("figures")["kind_words_not_narrowing"])


def sub_kind(a: Claim, b: Claim,
             texts: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """(narrower, wider) when one figure's noun carries words of its own before it that
    the other's lacks, the noun the same ("233 carrier-based aircraft" against "350
    aircraft", "62 pneumonic plague cases" against "77 cases", "1,200 regular troops"
    against "5,000 troops"): some of them, so a differing value is a part against the
    whole, never a discrepancy. Names and owners written before a noun ("US aircraft",
    "Japanese troops") are whose, not a kind; a group referred back to ("killed the four
    keepers" against "all five lighthouse keepers") is the group its document named
    before, told short. ``texts``: each document's text by id."""
    if texts is None or a.doc not in texts or b.doc not in texts:
        return None
    pa, pb = _noun_phrase(texts[a.doc], a), _noun_phrase(texts[b.doc], b)
    if pa is None or pb is None or concept(pa[1]) != concept(pb[1]) or bool(pa[0]) == bool(pb[0]):
        return None
    (narrow, claim), wide = (pa, a), pb
    if not narrow[0]:
        (narrow, claim), wide = (pb, b), pa
    words = narrow[0]
    if any(not w[:1].islower() or not w.replace("-", "").isalpha() or w in STOPWORDS
           or w in _NOT_NARROWING for w in words):
        return None
    shorter = b if claim is a else a
    if _DEFINITE_BEFORE.search(texts[shorter.doc], max(0, shorter.start - 8), shorter.start):
        return None
    return (" ".join((*words, narrow[1])), wide[1])


#: How many words after a figure its noun is looked for ("233 carrier-based aircraft").
NOUN_PHRASE_WORDS = 4
_PHRASE_WORD = re.compile(r"[^\W\d_][\w'’-]*|\S")


def _noun_phrase(text: str, claim: Claim) -> tuple[list[str], str] | None:
    """The words between a figure and the noun it counts, and that noun ("233
    carrier-based aircraft" -> (["carrier-based"], "aircraft")), when the noun stands in
    the first few words after it; None when it does not."""
    counted = claim.frame.counted if claim.frame is not None else None
    if not counted:
        return None
    words = _PHRASE_WORD.findall(text, claim.end, min(len(text), claim.end + 60))
    for i, word in enumerate(words[:NOUN_PHRASE_WORDS]):
        if not word[:1].isalpha():
            return None
        if concept(word) == concept(counted) or (
                counted == "person" and person_kind(word) is not None):
            return words[:i], word.lower()
    return None


def _modified_apart(a: Claim, b: Claim) -> str | None:
    """Among many sources, a subject of several words and one that adds words before it
    are two things: "the Social Democratic Party" is not "the Democratic Party", nor "the
    North Korean Army" "the Korean Army" (a name one within the other is otherwise one
    thing: "Acme" and "Acme Corp", ``frames.names_differ``)."""
    sa = a.frame.subject_key if a.frame is not None else None
    sb = b.frame.subject_key if b.frame is not None else None
    if not sa or not sb or sa == sb:
        return None
    short, long = sorted((sa, sb), key=len)
    if " " in short and long.endswith(" " + short):
        return f"different subjects ({long} is not {short})"
    return None


def _topic_words(p: FigureProfile, text: str, weights: Mapping[str, float]) -> list[str]:
    """A claim's rarest context words as its sentence writes them ("Ridgway", "offer"),
    to name the fact it belongs to; concepts are stems, which no reader should see."""
    rarest = sorted(p.concepts - p.measures, key=lambda c: (-weights.get(c, 0.0), c))[:6]
    if p.claim.sentence is None or not rarest:
        return rarest
    start, end = p.claim.sentence
    written: dict[str, str] = {}
    wanted = set(rarest)
    for m in _WORD.finditer(text, start, min(end, start + 2000)):
        word = m.group()
        c = concept(word)
        if c in wanted and c not in written:
            written[c] = word if word[0].isupper() and word[1:].islower() else word.lower()
            if len(written) == len(wanted):
                break  # each first written form found: the rest of the sentence is not read
    return [written.get(c, c) for c in rarest]


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _figure_periods(claims: Sequence[Claim]) -> dict[tuple[int, int], list[str]]:
    """Spans of the dates that say when a figure of their sentence holds, each with the
    ids of those figures: they are the figures' time scope, compared with the figures,
    not as events of their own."""
    spans: dict[tuple[int, int], list[str]] = {}
    for claim in claims:
        period = claim.frame.period if claim.frame is not None else None
        if claim.kind in FIGURES and period is not None and claim.sentence is not None \
                and claim.sentence[0] <= period.start < claim.sentence[1]:
            spans.setdefault((period.start, period.end), []).append(claim.id)
    return spans


def _days_apart(a: Claim, b: Claim) -> bool:
    """Both figures hold for a day, and not the same day ("numbered 12,340 men on June 3",
    "11,980 on June 9")."""
    wa, wb = period_of(a), period_of(b)
    if wa is None or wb is None or wa.granularity != "day" or wb.granularity != "day":
        return False
    gap = days_apart(day_span(wa), day_span(wb))
    return bool(gap)


def _a_day(claim: Claim) -> bool:
    value = claim.value
    return isinstance(value, TimeRef) and value.granularity == "day"


#: Granularities too coarse for a shared date alone to say one event.
COARSE_DATES = frozenset({"year", "decade", "century"})


def _only_years(a: FigureProfile, b: FigureProfile) -> bool:
    return a.dimension in COARSE_DATES and b.dimension in COARSE_DATES


#: A year two sentences give is one event's when most of the terser sentence's words
#: are in the other ("Carthage was destroyed by Rome in 146 BC", "Rome destroyed the city
#: of Carthage in 146 BCE"), or a word stands right by both years.
YEAR_SHARE = 0.5


def _one_event(a: FigureProfile, b: FigureProfile, share: float = 0.0) -> bool:
    """Whether two dates are told of one event: a word right by each date ("died on July
    25", "Died: 24 July"), or DATE_WORDS words their sentences share, being at least
    ``share`` of the terser sentence's words."""
    if a.near & b.near:
        return True
    shared = len(a.concepts & b.concepts)
    return shared >= DATE_WORDS and shared >= share * min(len(a.concepts), len(b.concepts))


def _two_acts(a: FigureProfile, b: FigureProfile) -> tuple[str, str] | None:
    """The two acts, when two dates are each told right by a verb in the past and those
    verbs name different acts that the other sentence does not mention ("The complaint,
    filed on December 11" and "authorities arrested Madoff on December 11"; "on August 28,
    Katrina was upgraded" and "attaining Category 5 ... on August 28 and reached its
    peak"): one day, two events, whatever their dates say. Synonyms are one act ("died",
    "perished")."""
    if not a.acts or not b.acts or a.dimension in CLOCK or b.dimension in CLOCK:
        return None  # (one minute of one day, read alike, is one event whatever the verbs:
        # "The dam failed at 3:32 a.m.", "The structure collapsed at 03:32 CEST")
    left = {concept(past_verb(w) or w) for w in a.acts}
    right = {concept(past_verb(w) or w) for w in b.acts}
    if left & right or any(c in b.concepts for c in left) \
            or any(c in a.concepts for c in right):
        return None
    return " and ".join(a.acts), " and ".join(b.acts)


def _one_act(a: FigureProfile, b: FigureProfile) -> bool:
    """Two days each told right by a verb in the past naming one act ("had opened on the
    31st May, 1878" and "had opened on 1 June 1878"): an event of its own, even where a
    figure of the sentence holds for that date too ("nearly two miles long"). A year or
    a month is the period a figure holds for, whatever verb is near it."""
    if not a.acts or not b.acts or not (_a_day(a.claim) and _a_day(b.claim)):
        return False  # ("In 2021 the mill employed 1,200": a year the figure holds for)
    left = {concept(past_verb(w) or w) for w in a.acts}
    return bool(left & {concept(past_verb(w) or w) for w in b.acts})


def _two_moments(a: FigureProfile, b: FigureProfile) -> bool:
    """Two dates each told with a time of day, and the times differ ("January 17, 1995,
    at 05:46 JST", when the earthquake struck, and "January 17, 1995, at 8:30 A.M.", when
    a photograph was taken): one day, two moments, so the dates are no agreement. Times
    in two named zones may be one moment told twice ("03:34 local time (06:34 UTC)"
    against "06:34:14 UTC" meet in their second), so nothing is said of them."""
    if not a.clock or not b.clock:
        return False
    return all(x[0] != y[0] and not (x[1] and y[1] and x[1] != y[1])
               for x in a.clock for y in b.clock)


def _zoned_days(claims: Sequence[Claim]) -> set[tuple[tuple[int, int] | None, str]]:
    """(sentence, day) of each time of day with a zone ("05:17 UTC" on "August 6, 2012"):
    that day is told by the time, not on its own."""
    out = set()
    for c in claims:
        value = c.value
        if c.kind in TIME_KINDS and getattr(value, "granularity", None) in CLOCK:
            moment = clock_moment(value)
            if moment is not None and moment[2] is not None:  # a zone is said
                out.add((c.sentence, value.timex.partition("T")[0]))  # type: ignore[union-attr]
    return out


def _date_bounds(claims: Sequence[Claim], text: str,
                 day_words: set[str] | None = None) -> list[tuple[int, int] | None]:
    """For each date, the stretch between the dates before and after it in its sentence;
    dates listed together ("in 2016 and 2017") share their list's stretch.
    A time of day is no bound ("at 16:53 local time (21:53 UTC) on 12 January 2010": one
    moment told in three parts, each with the sentence's words). ``day_words`` gets the
    ids of the times of day told with their day's words."""
    bounds: list[tuple[int, int] | None] = [None] * len(claims)
    dates = [i for i, c in enumerate(claims) if c.kind in TIME_KINDS
             and getattr(c.value, "granularity", None) not in CLOCK]
    date_starts = [claims[j].start for j in dates]
    for n, i in enumerate(dates):
        claim = claims[i]
        lo, hi = 0, 1 << 62
        if n > 0 and claims[dates[n - 1]].sentence == claim.sentence:
            lo = claims[dates[n - 1]].end
        if n + 1 < len(dates) and claims[dates[n + 1]].sentence == claim.sentence:
            hi = claims[dates[n + 1]].start
        bounds[i] = (lo, hi)
    # dates listed together ("Acme in 2016 and 2017") share the words around the list:
    # without them the second date has none ("and 2017") and meets nothing
    run = 0
    for n in range(1, len(dates) + 1):
        if n < len(dates) and (_listed(text, claims[dates[n - 1]], claims[dates[n]])
                               or _glossed(text, claims[dates[n - 1]], claims[dates[n]])):
            continue
        if n - run > 1:
            span = (bounds[dates[run]][0], bounds[dates[n - 1]][1])  # type: ignore[index]
            for k in range(run, n):
                bounds[dates[k]] = span
        run = n
    for i, c in enumerate(claims):
        if c.kind in TIME_KINDS and getattr(c.value, "granularity", None) in CLOCK:
            k = bisect.bisect_left(date_starts, c.start)
            before = claims[dates[k - 1]] if k else None
            lo = before.end if before is not None and before.sentence == c.sentence else 0
            if before is not None and lo and _CLOCK_OF_DAY.fullmatch(text, before.end, c.start):
                # "landed on July 20, 1969, at 20:17 UTC": the day's moment, told with
                # the words the day is told with
                lo = bounds[dates[k - 1]][0]  # type: ignore[index]
                if day_words is not None:
                    day_words.add(c.id)
            hi = claims[dates[k]].start if k < len(dates) and \
                claims[dates[k]].sentence == c.sentence else 1 << 62
            bounds[i] = (lo, hi)
    return bounds


#: Between a day and its time of day: "July 20, 1969, at 20:17", "12 January 2010 at".
_CLOCK_OF_DAY = re.compile(r"[ \t,]*(?:at|around|about)?[ \t]*")


#: Words that join dates into one list (data/coordination.toml).
DATE_LINKS = frozenset(table("coordination")["date_links"])


def _listed(text: str, a: Claim, b: Claim) -> bool:
    """Two dates of one sentence with only a listing word or a comma between them
    ("2016 and 2017", "3, 4 or 5 May"); two dates side by side with nothing between
    are two columns of a table row ("Leader since 4 December 2006 30 January 1995")."""
    if a.sentence != b.sentence or b.start < a.end:
        return False
    between = text[a.end:b.start].strip(" ")
    return between == "," or between.lstrip(", ") in DATE_LINKS


#: What may stand between a date and the bracket that tells it again: its time of day
#: (", at 05:46 JST (January 16 at 20:46 UTC)"), nothing else.
_GLOSS_GAP = re.compile(r"[\s,]*(?:at\s+[\d:.]+\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,5}\s*)?)?\(\s*",
                        re.IGNORECASE)
#: How far after the bracketed date its bracket may close (its own time of day, a zone).
GLOSS_CLOSE = 24


def _glossed(text: str, a: Claim, b: Claim) -> bool:
    """A date told again in a bracket right after it, in another zone or calendar ("On
    the morning of January 17, 1995 (January 16 at 20:46 GMT), an earthquake struck"):
    one moment, so both read the sentence's words, where bounds between them would leave
    the first with none."""
    if a.sentence != b.sentence or b.start < a.end \
            or not _GLOSS_GAP.fullmatch(text, a.end, b.start):
        return False
    after = text[b.end:b.end + GLOSS_CLOSE]
    close = after.find(")")
    return close >= 0 and "(" not in after[:close]


def _narrative_time(found: list[FigureProfile], segs: Segments) -> None:
    """Undated figures take the last date before them in their paragraph as context."""
    last: tuple[int, tuple[date, date]] | None = None  # (passage start, interval)
    for p in sorted(found, key=lambda p: p.claim.start):
        passage = segs.passage_at(p.claim.start)
        where = passage.start if passage else -1
        if p.family == "time":
            last = (where, p.interval) if p.interval else last
        elif p.interval is None and last is not None and last[0] == where:
            p.context_interval = last[1]


#: Date granularities too coarse to say which years a document dwells on.
_COARSE = frozenset({"decade", "century", "duration"})


def _main_years(side: Sequence[FigureProfile]) -> tuple[int, int] | None:
    """The first and last of the years a document's dates name at least twice, the year
    stated ("On 25 April 2005", "Date: 25 April 2005"): the time its account dwells on.
    None when no year is named twice (nothing to tell an aside from the story by)."""
    years: Counter[int] = Counter()
    for p in side:
        value = p.claim.value
        if p.family == "time" and p.interval is not None and isinstance(value, TimeRef) \
                and value.year_source == "stated" and value.granularity not in _COARSE:
            years[p.interval[0].year] += 1
    told = [y for y, n in years.items() if n >= 2]
    return (min(told), max(told)) if told else None


def _dated_elsewhere(x: FigureProfile, y: FigureProfile, y_years: tuple[int, int] | None,
                     x_years: tuple[int, int] | None) -> tuple[Claim, str, str] | None:
    """(figure, its period's words, the years) when ``x``'s sentence dates it to years
    (stated) more than a year outside the years both documents dwell on
    (``_main_years``: an aside in its own document too, "the worst since 1963, when ..."),
    and ``y`` states no date of its own: ``y`` holds for its own document's time, ``x``
    for another. (A figure of the years its own document dwells on is that document's
    story, which the other may tell from another time: a newspaper of 1906 recalling the
    ascent of 1894.)"""
    fx, fy = x.claim.frame, y.claim.frame
    if y_years is None or x_years is None or fx is None or fy is None or fx.period is None \
            or fy.period is not None or y.interval is not None or x.interval is None \
            or fx.period.year_source != "stated":
        return None
    first, last = x.interval[0].year, x.interval[1].year

    def outside(years: tuple[int, int]) -> bool:
        return last < years[0] - 1 or first > years[1] + 1

    if outside(y_years) and outside(x_years):
        told = str(y_years[0]) if y_years[0] == y_years[1] else f"{y_years[0]}-{y_years[1]}"
        return x.claim, fx.period.text, f"{y.claim.doc} names ({told})"
    return None


def _link_notes(found: list[FigureProfile], segs: Segments) -> None:
    """A claim in a sentence with a footnote marker knows the footnote's span."""
    if not segs.notes:
        return
    starts = [s.start for s in segs.sentences]
    targets: dict[int, tuple[int, int] | None] = {}  # per sentence: its last note's span
    for p in found:
        if p.claim.sentence is None:
            continue
        i = bisect.bisect_right(starts, p.claim.start) - 1
        if i < 0:
            continue
        if i not in targets:
            targets[i] = None
            for k in segs.sentences[i].notes:
                note = segs.notes[k].note
                if note is not None:
                    passage = segs.passages[note]
                    targets[i] = (passage.start, passage.end)
        if targets[i] is not None:
            p.note_target = targets[i]


def _report_groups(
    matches: list[Paired], compare, cumulative: Mapping[str, bool],
    topics: Mapping[str, Sequence[str]],
    qualifiers: Mapping[str, Sequence[str]] | None = None, many: bool = False,
    two_sources: bool = False,
) -> tuple[list[Finding], list[Fact]]:
    """Pairs chained into facts. Pairs that agree or differ chain; a pair that cannot be
    compared (a change over time, figures dated a year apart) is two facts, not one, and
    stays a pairwise finding. In a corpus, a group made only of ``qualifiers`` (the dates
    figures hold for: "In 1944, the army numbered 47,000", each with the figures it dates
    when it is a day) is no fact of its own: the figures' facts carry those dates, and a
    month or a year is too common to stand for an event alone; a day whose figures met
    nothing stays a fact. Among ``many`` sources such a date joins no fact at all: a
    pair of dates with one in it is told by the figures (else "as of May 1996" in one
    source's count of cases and "in May 1996" in another's count of deaths chain every
    date of a topic, its event's day and its headings' years into one fact of hundreds
    of values); among a few, a period two accounts give is worth its own row ("from 1999
    through the first quarter of 2002"). A ``chain`` match (a value each of two documents
    states twice) only links the groups of its two agreeing pairs into one. A fact of two
    sources is reported pair by pair, as the findings that made it; a fact of three or
    more sources is one finding, its values clustered by agreement (see
    ``align.facts``), so it costs work and report lines in proportion to its values, not
    to their pairs."""
    sets: DisjointSets[str] = DisjointSets()
    by_id: dict[str, Claim] = {}
    said: list[Paired] = []
    loose: list[Finding] = []

    def told_pair(m: Paired) -> Finding | None:
        # the pair's finding made again where a pair keeps only its kind (``Paired``)
        if m.found is not None:
            return m.found
        finding = compare(m.left, m.right)
        if finding is not None and m.placed:
            finding = replaced(finding, detail={**finding.detail, "same_sentence": True})
        return None if finding is None else describe(
            finding, m.left, m.right, same_document=False, cumulative=cumulative)

    # each pair's kind as described (``Paired.kind``), its described finding made again
    # only where it is reported: a pair that stays a pairwise finding whatever group it
    # falls in, or whose group stays pairwise (two sources)
    met = {c for m in matches if m.kind in ("agreement", "discrepancy")
           for c in (m.left.id, m.right.id)}
    told = {c for c, figures in (qualifiers or {}).items()
            if not figures or any(f in met for f in figures)}
    chains: list[Paired] = []
    for m in matches:
        kind = m.kind
        if kind is None:
            continue
        if many and (m.left.id in told or m.right.id in told):
            continue  # a figure's date: its figures' facts tell it
        if m.chain:
            if kind == "agreement":
                chains.append(m)
            continue
        if kind in ("agreement", "discrepancy"):
            by_id[m.left.id] = m.left
            by_id[m.right.id] = m.right
            sets.union(m.left.id, m.right.id)
            said.append(m)
        elif (found := told_pair(m)) is not None:
            loose.append(found)
    for m in chains:  # one value each document states twice: one fact, told by its pairs
        if m.left.id in by_id and m.right.id in by_id:
            sets.union(m.left.id, m.right.id)
    groups: dict[str, list[Paired]] = defaultdict(list)
    for m in said:
        groups[sets.find(m.left.id)].append(m)

    # what alignment itself found between two claims stands in their fact: it weighed
    # evidence (the stuff weighed, the words said alike) that a second look lacks (the
    # group's own pairs, set for each group of three or more sources below)
    matched: dict[tuple[str, str], Paired] = {}

    def described(a: Claim, b: Claim) -> Finding | None:
        if not _may_pair(a, b):
            return None
        known = matched.get((a.id, b.id) if a.id < b.id else (b.id, a.id))
        if known is not None:
            return told_pair(known)
        finding = compare(a, b)
        if finding is not None and finding.kind == "discrepancy" and a.kind in FIGURES \
                and not evidence(a, b):
            return None
        if finding is None:
            return None
        return describe(finding, a, b, same_document=a.doc == b.doc, cumulative=cumulative)

    def kind_of(a: Claim, b: Claim) -> str | None:
        # ``described(a, b).kind``: for a pair alignment matched, the kind it keeps
        # (``Paired.kind``, that of the same comparison described), not the finding
        # made again, which a fact's clustering asked of every partner
        if not _may_pair(a, b):
            return None
        known = matched.get((a.id, b.id) if a.id < b.id else (b.id, a.id))
        if known is not None:
            return known.kind
        finding = described(a, b)
        return None if finding is None else finding.kind

    findings: list[Finding] = []
    facts: list[Fact] = []
    in_corpus_facts: set[str] = set()
    ordered = sorted(groups.values(), key=lambda ms: min(
        id_order(c.id) for m in ms for c in (m.left, m.right)))
    for members in ordered:
        claims = sorted({c for m in members for c in (m.left.id, m.right.id)},
                        key=id_order)
        if all(c in told for c in claims) and (many or not (
                any((qualifiers or {}).get(c) for c in claims)
                or any(m.kind == "discrepancy" for m in members))):
            continue  # only the dates figures hold for, told by those figures' facts (a
            # day whose figures met nothing is the reader's only word on that day); among
            # a few sources, a day of the event is worth its own row, and two days of one
            # event that differ are a discrepancy of their own, which the figures' facts
            # would only show as labels ("30,000 dead (May 30 1970)" against "(May 31,
            # 1970)"); a month or a year stays the figures' label
        docs = {by_id[c].doc for c in claims}
        if len(docs) <= 2:
            pairs = [f for m in members if (f := told_pair(m)) is not None]
            findings.extend(pairs)
            facts.append(fact_of_pairs("", [by_id[c] for c in claims], pairs, topics))
            continue
        aligned = [(m.left.id, m.right.id) for m in members]
        matched = {(x, y) if x < y else (y, x): m for m, (x, y) in zip(members, aligned,
                                                                       strict=True)}
        fact = fact_of_group("", [by_id[c] for c in claims], described, topics, aligned,
                             kind_of)
        facts.append(fact)
        findings.append(fact_finding(fact))
        in_corpus_facts.update(claims)
    # a pair that cannot be compared between values of facts of many sources is told by
    # those facts (their periods differ); elsewhere it is the reader's only word on it
    findings.extend(f for f in loose if not set(f.claims) & in_corpus_facts)
    return findings, facts


def _near_alike(a: FigureProfile, b: FigureProfile) -> bool:
    """Two near values of many digits (``near_rare``) whose frames do not tell them apart
    by what they state: the same kinds of tally named ("valid votes" and "votes cast"
    are two), and the same statistic unless one is a table's or a key's figure, which
    states none ("8,098 cases in 2003" and "Cases: 8,096"; but "a total population of
    308,745,538" and "the apportionment population was 309,183,463" are two tallies)."""
    if not near_rare(a, b) or _tally_kinds(a.claim) != _tally_kinds(b.claim):
        return False  # ("Valid votes numbered 12,301,233", "12,345,678 votes were cast")
    fa, fb = a.claim.frame, b.claim.frame
    return fa is None or fb is None or fa.statistic == fb.statistic \
        or fa.source != "sentence" or fb.source != "sentence"


#: Words that make a tally of a kind of its own ("valid votes", "probable cases").
_TALLY_QUALIFIERS = frozenset(table("figures")["tally_qualifiers"])
_WORDS_RE = re.compile(r"[\w-]+")


def _tally_kinds(claim: Claim) -> frozenset[str]:
    """The tally qualifiers among the words a figure's frame was read from: its subject,
    what it counts and its measure's words."""
    frame = claim.frame
    told = " ".join(filter(None, (claim.subject, frame and frame.counted,
                                  frame and frame.measure_text, frame and frame.subject)))
    return frozenset(w for w in _WORDS_RE.findall(told.lower()) if w in _TALLY_QUALIFIERS)


def _may_pair(a: Claim, b: Claim) -> bool:
    """Whether two claims a group chained together (through a third) may be compared:
    their frames do not clash, and a part of a total meets no figure but a part of the
    same thing or a figure of what the part counts, named alike."""
    if a.kind in FIGURES and b.kind in FIGURES and clash(a, b) is not None \
            and not _one_rare_value(a, b):
        return False
    parts = bool(claim_extra(a).get("part_of")), bool(claim_extra(b).get("part_of"))
    if parts[0] != parts[1]:
        # a part of a total ("4,252 (3,206 passengers; 1,023 crew)") meets a figure told
        # on its own only when both name what they count alike ("3,206 passengers")
        return bool(a.subject_key) and a.subject_key == b.subject_key
    return not _other_parts(a, b)


def _one_rare_value(a: Claim, b: Claim) -> bool:
    """The same exact value of many digits as written ("10,807,197" in two infoboxes whose
    columns are numbered differently, one state of a table having a column more): one
    figure, whatever else the frames say; so that a fact never sets a value against itself
    and a shifted column's other value is never set against it."""
    va, vb = a.value, b.value
    return isinstance(va, Quantity) and isinstance(vb, Quantity) \
        and va.low == va.high == vb.low == vb.high and va.unit == vb.unit \
        and written_digits(a.text) >= NEAR_DIGITS and written_digits(b.text) >= NEAR_DIGITS


def _other_parts(a: Claim, b: Claim) -> bool:
    """Two parts of totals whose nouns differ ("32 passengers and crew" of 33 dead, "27
    passengers" of 33): different parts of the whole, whatever their counts."""
    return bool(claim_extra(a).get("part_of")) and bool(claim_extra(b).get("part_of")) \
        and bool(a.subject_key) and bool(b.subject_key) and a.subject_key != b.subject_key


def _unmatched(
    documents: Sequence[Document],
    profiles: Mapping[str, list[FigureProfile]],
    matched: set[str],
    why: Mapping[str, str],
) -> list[Finding]:
    """One finding per document for its claims with no partner; ``detail["why"]`` says,
    for each, why none was taken."""
    findings = []
    others = len(documents) - 1
    for doc in documents:
        # a value its document states again where it met a partner ("22 March 2008" and
        # "(2008-03-22)" on one infobox line) has a counterpart: it is no claim met by none
        told = {(p.claim.subject_key, _value_key(p.claim)) for p in profiles[doc.id]
                if p.claim.id in matched}
        left = [p.claim for p in profiles[doc.id]
                if p.claim.id not in matched and p.claim.passage in ("body", "footnote")
                and (p.claim.subject_key, _value_key(p.claim)) not in told]
        if not left:
            continue
        figures = sum(1 for c in left if c.kind in ("quantity", "ratio"))
        dates = len(left) - figures
        what = ", ".join(
            part for part in (
                f"{figures} figure{'s' * (figures != 1)}" if figures else "",
                f"{dates} date{'s' * (dates != 1)}" if dates else "",
            ) if part
        )
        where = "the other source" if others == 1 else f"the other {others} sources"
        summary = f"{doc.id}: {what} with no counterpart in {where}"
        if others > CORPUS_UNMATCHED:
            # in a corpus, what one source alone says is most of what it says: counted,
            # not listed claim by claim (``claimcheck claims`` lists them)
            findings.append(Finding(kind="unmatched", summary=summary, detail={
                "document": doc.id, "figures": figures, "dates": dates}))
            continue
        findings.append(Finding(
            kind="unmatched",
            summary=summary,
            claims=tuple(c.id for c in left),
            detail={"document": doc.id, "figures": figures, "dates": dates,
                    "why": {c.id: why.get(c.id, "no candidate shares its measure, subject "
                                                "or date") for c in left}},
        ))
    return findings


#: Beyond this many other sources, a document's unmatched claims are counted, not listed.
CORPUS_UNMATCHED = 8
