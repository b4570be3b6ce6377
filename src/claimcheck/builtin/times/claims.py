"""Time claims of a document, and the date a figure holds for.

Why a module of its own: a document is more than one text to scan. Its times resolve in
reading order, but a footnote resolves from the place its marker stands in the body, not
from where it is printed; boilerplate and citations make no claims. And a figure is
dated by the time expression that governs it in its sentence (governing_time), which
the pipeline asks through the claim_time hook.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from claimcheck.plugin import Claim, TimeRef, maker

from .clock import DAY_REACH, Clock, clock_ref, day_for, find_clocks
from .intervals import valid_date
from .records import Raw, State
from .resolve import Resolver, as_date
from .scan import Scanner
from .vocabulary import (
    COMPARED_WORDS,
    COMPARISON_WORDS,
    LINK_AFTER,
    LINK_BEFORE,
    MOD_QUALIFIERS,
    NOT_PARTICIPLES,
    SKIPPED_PASSAGES,
    SPAN_EDGE_BETWEEN,
    SPAN_END_WORDS,
    SPAN_START_WORDS,
    SUBORDINATORS,
    TIME_CLAIM_KINDS,
    WEEKDAYS,
)

__all__ = ["SentenceDates", "claim_time", "document_times", "extract_claims",
           "governing_time"]

#: Work done dating figures (claims read, dates stepped over, characters read), counted
#: for tests that compare two sizes of one input (tests/test_hostile.py)
WORK: Counter[str] = Counter()

_CLAUSE_BREAK_RE = re.compile(r"[;:]|\s[\u2013\u2014]\s|\u2014|\n")
_ATTACH_RE = re.compile(
    r"^[\s,]*(?:(?:men|troops|soldiers|people|persons|strong|in\s+all|in\s+total|total)\s+)?"
    r"(?:in|on|by|as\s+of|at\s+the\s+end\s+of|at|during|until|till|since|for|from)\s*$",
    re.IGNORECASE,
)
#: the figure's own token(s) in front of an attached date ("110,000 men in 1950")
_OWN_TOKENS_RE = re.compile(r"[$£€¥]?[\d.,\u00a0\u2009\s]+(?:[A-Za-z%]+)?")
#: a short aside in brackets after the figure's tokens, most often the figure again in
#: other terms ("rose by 73,000 (+0.4%) in March", "20 miles (32 km) by 1990"): the date
#: after it is the figure's as much as the aside's
_ASIDE_RE = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
_SPACE_RE = re.compile(r"\s")
_SUBORDINATE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(SUBORDINATORS)) + r")\b", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")
#: between a figure and a date after it, a comma or a word of comparison makes the date
#: another phrase's ("$40 million, more than in 2009"): not the figure's own (_date_after)
_APART_RE = re.compile(
    r",(?!\d)|\b(?:" + "|".join(sorted(map(re.escape, COMPARISON_WORDS))) + r")\b",
    re.IGNORECASE)
#: a word that compares (times.toml compared_words, no comma needed): between a figure and
#: a date after it that would otherwise be its own for want of any other
#: (SentenceDates._compared)
_COMPARED_RE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, COMPARED_WORDS))) + r")\b", re.IGNORECASE)
#: "over" right before a date a figure is measured from ("an increase of 7.3 percent over
#: the 1930 population"): the base of a change, not the figure's date ("over the weekend
#: of 12 June" has words between)
_BASE_BEFORE_RE = re.compile(r"\bover[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)
#: Dates that span years, over which a figure grows ("rose 40% over the 1970s", "over the
#: 20th century"): the figure's period, never the base of its change.
_SPANS_OF_YEARS = frozenset({"decade", "century"})
#: a date further than this after a figure is never attached to it by a preposition
#: (the gap must shrink to 30 characters once the figure's own tokens are cut)
_ATTACH_REACH = 300


#: A comma and a word ending in -ing: a participle's clause, unless the word is a
#: preposition or a noun (``NOT_PARTICIPLES``).
_PARTICIPLE_RE = re.compile(r",\s+([A-Za-z]{2,}ing)\b")
#: Words at most between the comma that closes a participle's clause and a date after it
#: ("beating forecasts, in 2021", "exceeding forecasts, in fiscal 2021"): a date this near
#: the closing comma opens a phrase of the figure's own, where one further on ("giving the
#: storm the third-highest toll, after the Great Hurricane of 1780") is the clause's still.
_CLOSED_REACH = 2


def _own_clause(text: str, start: int, end: int) -> bool:
    """Whether a clause of its own opens between a figure and a date after it: a
    subordinator with at least two words after it before the date ("before that record
    was broken in 2020"), not a preposition right before the date ("before June 1950");
    or a comma and a participle, two words or more before the date ("is 8,000, giving the
    storm the third-highest toll, after the Great Hurricane of 1780"), unless a comma
    closes that clause right before the date ("$5.2 billion, beating forecasts, in 2021":
    the figure's date)."""
    m = _SUBORDINATE_RE.search(text, start, end)
    if m is not None and len(text[m.end():end].split()) >= 2:
        return True
    for m in _PARTICIPLE_RE.finditer(text, max(0, start - 1), end):  # ("8,000, giving")
        if m.group(1).lower() in NOT_PARTICIPLES or len(text[m.end():end].split()) < 2:
            continue
        close = text.rfind(",", m.end(), end)
        if close >= 0 and len(text[close + 1:end].split()) <= _CLOSED_REACH:
            continue  # the clause closed at its comma; the date right after is the figure's
        return True
    return False


class SentenceDates:
    """The dates of one sentence (or of one piece of a run with no sentence end),
    indexed once, and the date that governs a figure at any offset inside it.

    Why an index: asking each of a sentence's k figures for its date by scanning the
    sentence's dates and text costs k times the sentence; here each question is a few
    bisections over the dates and the clause breaks, the text between a figure and the
    date after it is read within a bounded reach, and the search for the next digit
    is shared by the figures that ask in reading order (``_next_digit``).

    ``text`` holds the window ``lo:hi`` (document offsets); ``base`` is the document
    offset of ``text[0]``.
    """

    def __init__(self, text: str, lo: int, hi: int, times: Sequence[TimeRef],
                 base: int = 0) -> None:
        self.text, self.base, self.lo, self.hi = text, base, lo, hi
        self.times = times
        dates = [t for t in times if t.kind != "duration" and lo <= t.start and t.end <= hi]
        by_start = sorted(range(len(dates)), key=lambda i: (dates[i].start, i))
        by_end = sorted(range(len(dates)), key=lambda i: (dates[i].end, -i))
        self.after = [dates[i] for i in by_start]  # nearest first after a figure
        self.after_starts = [t.start for t in self.after]
        self.before = [dates[i] for i in by_end]  # nearest last before a figure
        self.before_ends = [t.end for t in self.before]
        # a clause break counts for the positions at or after its end
        self.breaks = [m.end() + base
                       for m in _CLAUSE_BREAK_RE.finditer(text, lo - base, hi - base)]
        # per pattern: (from, at), no match in [from, at), one at ``at``
        self._memo: dict[re.Pattern[str], tuple[int, int]] = {}

    def governing(self, offset: int) -> TimeRef | None:
        """The time expression a figure at ``offset`` holds for (see governing_time)."""
        text, base = self.text, self.base
        k = bisect.bisect_right(self.after_starts, offset)
        nxt = self.after[k] if k < len(self.after) else None
        j = bisect.bisect_right(self.before_ends, offset) - 1
        b = bisect.bisect_right(self.breaks, offset)
        clause_start = self.breaks[b - 1] if b else -1  # the figure's clause
        clause_end = self.breaks[b] if b < len(self.breaks) else self.hi + 1
        in_clause = nxt is not None and nxt.start < clause_end
        WORK["asked"] += 1
        if nxt is not None and in_clause and nxt.start - offset <= _ATTACH_REACH:
            WORK["chars"] += nxt.start - offset
            own = _OWN_TOKENS_RE.match(text, offset - base, nxt.start - base)
            aside = _ASIDE_RE.match(text, own.end(), nxt.start - base) if own else None
            gap = (" " + text[(aside or own).end():nxt.start - base] if own
                   else text[offset - base:nxt.start - base])
            if len(gap) <= 30 and _ATTACH_RE.match(gap):
                return nxt
        for i in range(j, -1, -1):
            WORK["steps"] += 1
            t = self.before[i]
            if t.start >= clause_start:
                if nxt is not None and in_clause and nxt.start - offset <= _ATTACH_REACH \
                        and offset - t.end <= _ATTACH_REACH \
                        and _own_clause(text, t.end - base, offset - base):
                    # "entered the Gulf on August 26 and intensified before weakening to
                    # a Category 3 at its landfall on August 29": the date before opens
                    # another clause; the figure's own, after it, is nearer in meaning
                    later = self._date_after(offset, nxt)
                    if later is not None:
                        return later
                return t
            if t.end < clause_start:
                break
        if nxt is not None and in_clause:
            # "$598 million, compared with $655 million a year earlier": a date after
            # another figure is that figure's
            run_end = self._next(_SPACE_RE, offset)  # the figure's own token ends here
            if nxt.start <= run_end or (self._next(_DIGIT_RE, run_end) >= nxt.start and not
                                        _own_clause(text, run_end - base, nxt.start - base)
                                        and not self._compared(run_end, nxt)):
                # (no figure between, so each figure reads its own stretch: linear; but
                # "..., before that record was broken in 2020": another clause's date)
                return nxt
        return self.before[j] if j >= 0 else None

    def _date_after(self, offset: int, nxt: TimeRef) -> TimeRef | None:
        """The date after a figure when it is the figure's own: no other figure, no
        clause of its own, no comma and no word of comparison between them ("at its
        landfall on August 29", but not "$40 million, more than in 2009"); within
        _ATTACH_REACH of it, so that each figure reads a bounded stretch."""
        run_end = self._next(_SPACE_RE, offset)  # the figure's first token ends here
        if nxt.start <= run_end:
            return nxt
        own = _OWN_TOKENS_RE.match(self.text, run_end - self.base, nxt.start - self.base)
        rest = own.end() + self.base if own else run_end  # past "3" of "Category 3"
        if self._next(_DIGIT_RE, rest) < nxt.start:
            return None  # another figure stands between: the date is that one's
        if _own_clause(self.text, run_end - self.base, nxt.start - self.base):
            return None
        if _APART_RE.search(self.text, offset - self.base, nxt.start - self.base):
            return None  # "$40 million, more than in 2009": the date compared with
        return nxt

    def _compared(self, run_end: int, nxt: TimeRef) -> bool:
        """Whether a word of comparison stands between a figure's token and the date
        after it ("registered 7.6, similar in intensity to the 1935 Quetta earthquake"):
        the date is the other thing's, compared with, not the figure's. Read within
        _ATTACH_REACH only, so that each figure reads a bounded stretch."""
        if nxt.start - run_end > _ATTACH_REACH:
            return False
        WORK["chars"] += nxt.start - run_end
        return _COMPARED_RE.search(self.text, run_end - self.base,
                                   nxt.start - self.base) is not None \
            or (nxt.granularity not in _SPANS_OF_YEARS
                and _BASE_BEFORE_RE.search(self.text, run_end - self.base,
                                           nxt.start - self.base) is not None)

    def _next(self, rx: re.Pattern[str], pos: int) -> int:
        """Where ``rx`` (one character) first matches at or after ``pos`` in the window
        (its end if nowhere); figures ask in reading order, so each stretch of text is
        searched once, not once per figure."""
        memo = self._memo.get(rx)
        if memo is None or not memo[0] <= pos <= memo[1]:
            m = rx.search(self.text, pos - self.base, self.hi - self.base)
            memo = self._memo[rx] = (pos, m.start() + self.base if m else self.hi)
            WORK["chars"] += memo[1] - pos
        return memo[1]


def governing_time(
    sentence_text: str, sentence_start: int, offset: int, times: Sequence[TimeRef]
) -> TimeRef | None:
    """The time expression a figure at ``offset`` holds for, inside its sentence.

    Why this order: in "By January 1, 1950, the total ... was 110,000" the date opens the
    clause the figure sits in; in "110,000 in 1950 and 200,000 in 1953" each figure is
    followed closely by its own date. So a date attached right after the figure by a
    preposition wins; else the nearest date before it in the same clause; else the
    nearest after it in the clause unless a figure stands between; else the nearest
    before it in the sentence. Durations never govern; a date that is itself the figure
    is skipped. (The figures of one sentence ask one ``SentenceDates``: claim_time.)
    """
    end = sentence_start + len(sentence_text)
    return SentenceDates(sentence_text, sentence_start, end, times,
                         base=sentence_start).governing(offset)


# -- pipeline hooks ------------------------------------------------------------------------

def document_times(document: object, segments: object, config: object) -> list[Claim]:
    """Time claims of a document, resolved in reading order; footnotes resolve from the
    place their marker stands in the body, not from where they are printed."""
    text: str = document.text  # type: ignore[attr-defined]
    meta = getattr(document, "meta", {}) or {}
    reference = as_date(meta.get("date")) or as_date(getattr(config, "reference", None))
    passages = segments.passages  # type: ignore[attr-defined]
    sentences = list(segments.sentences)  # type: ignore[attr-defined]
    if not text or not sentences:
        return []
    raws = Scanner(_without_links(text)).scan()
    dateline = _dateline(text, raws)
    if reference is None and dateline is not None:
        # a news copy's date of writing stands on its own line at its head: "today",
        # "yesterday" and "this year" count from it, not from the last date told
        reference = dt.date(dateline.year, dateline.month, dateline.day)  # type: ignore[arg-type]
    resolver = Resolver(text, reference)
    starts = [s.start for s in sentences]

    def sentence_of(r: Raw) -> int | None:
        i = bisect.bisect_right(starts, r.start) - 1
        if i >= 0 and sentences[i].start <= r.start and r.end <= sentences[i].end:
            return i
        return None

    notes = getattr(segments, "notes", ()) or ()
    marker_at: dict[int, int] = {}
    for note in notes:
        if note.note is not None and note.note not in marker_at:
            marker_at[note.note] = note.start

    placed: list[tuple[Raw, int]] = []
    for r in raws:
        si = sentence_of(r)
        if si is None:
            continue
        kind = passages[sentences[si].passage].kind if sentences[si].passage < len(passages) \
            else "body"
        if kind in SKIPPED_PASSAGES:
            continue
        placed.append((r, si))

    # main narrative: everything except footnotes that have a marker
    deferred: list[int] = []
    main: list[int] = []
    for idx, (_r, si) in enumerate(placed):
        pidx = sentences[si].passage
        if passages[pidx].kind == "footnote" and pidx in marker_at:
            deferred.append(idx)
        else:
            main.append(idx)
    # a footnote resolves from the state the narrative is in after the last time ending
    # at or before its marker: which time that is is known before resolving (the raws'
    # ends), so the state is copied after those times only, not after every time (a
    # copy per date was a tenth of the dating on a text dense with dates)
    snap_ends = [placed[idx][0].end for idx in main]
    after_k: dict[int, int] = {}  # footnote passage -> index into main, -1: none
    for idx in deferred:
        pidx = sentences[placed[idx][1]].passage
        if pidx not in after_k:
            after_k[pidx] = bisect.bisect_right(snap_ends, marker_at[pidx]) - 1
    wanted = set(after_k.values())
    state = State()
    snapshots: dict[int, State] = {}
    resolved: dict[int, TimeRef] = {}
    for k, idx in enumerate(main):
        resolved[idx] = resolver.resolve(placed[idx][0], state)
        if k in wanted:
            snapshots[k] = dataclasses.replace(state)
    note_states: dict[int, State] = {}
    for idx in deferred:
        r, si = placed[idx]
        pidx = sentences[si].passage
        st = note_states.get(pidx)
        if st is None:
            k = after_k[pidx]
            st = dataclasses.replace(snapshots[k]) if k >= 0 else State()
            note_states[pidx] = st
        resolved[idx] = resolver.resolve(r, st)

    claims: list[Claim] = []
    doc_id = getattr(document, "id", "")
    for idx, (r, si) in enumerate(placed):
        tr = resolved[idx]
        if not _claims(r, tr):
            continue
        s = sentences[si]
        edge = _span_edge(text, s.start, tr) if tr.kind == "date" and tr.granularity == "day" \
            else None
        claims.append(_CLAIM(
            id="", doc=doc_id, kind=TIME_CLAIM_KINDS.get(tr.kind, "date"), start=tr.start,
            end=tr.end, text=tr.text, sentence=(s.start, s.end),
            passage=passages[s.passage].kind, value=tr,
            qualifier=MOD_QUALIFIERS.get(tr.mod or "") if tr.kind == "duration" else None,
            **({"extra": {"span_edge": edge}} if edge else {}),
        ))
    claims.extend(_clock_claims(text, claims, sentences, passages, starts,
                                None if dateline is None else dateline.start))
    return claims


#: How many characters before a day its edge word is looked for ("was officially lifted on").
SPAN_EDGE_REACH = 40
_EDGE_TOKEN = re.compile(r"[^\W\d_]+|\(")


def _span_edge(text: str, sentence_start: int, time: TimeRef) -> str | None:
    """"end" or "start" when a word right before the day tells it as a span's end or
    start ("The siege was lifted on 26 December", "The strike began on 12 January"),
    only the words of times.toml [span_edges] between standing between them; else None."""
    tokens = _EDGE_TOKEN.findall(text, max(sentence_start, time.start - SPAN_EDGE_REACH),
                                 time.start)
    for token in reversed(tokens):
        word = token.lower()
        if word in SPAN_END_WORDS:
            return "end"
        if word in SPAN_START_WORDS:
            return "start"
        if word not in SPAN_EDGE_BETWEEN:
            return None
    return None


#: each date's Claim made at once (``maker`` sets the slots straight: ``built`` tests
#: each field against a dict, at twice the cost, paid for every date)
_CLAIM = maker(Claim)


_LINKED_YEAR = re.compile(
    "(?:" + "|".join(map(re.escape, LINK_BEFORE)) + r")[ \t]*\d{4}\b"
    r"|\b\d{4}[ \t]*(?:" + "|".join(map(re.escape, LINK_AFTER)) + ")")


def _without_links(text: str) -> str:
    """The text with the years of links to neighbouring pages blanked ("← 2004", "2012
    →" in a copied infobox name the elections before and after): the same length, so
    every other time keeps its offsets, and "November 4, 2008" after "← 2004" is read as
    the day it is, not as "2004 November"."""
    if not any(a in text for a in (*LINK_BEFORE, *LINK_AFTER)):
        return text
    return _LINKED_YEAR.sub(lambda m: " " * len(m.group()), text)


#: How far into a document its dateline may stand, and how long its line may be.
DATELINE_REACH = 400
DATELINE_LINE = 80


def _dateline(text: str, raws: Sequence[Raw]) -> Raw | None:
    """The day a document was written, when it says so at its head: a date of a day with
    its year, alone on its line (beside a weekday, a clock time and a zone at most:
    "Friday, July 22, 2011", "Thu, 21 Jul 2011 06:18:04 AM EDT"), within its first
    DATELINE_REACH characters: its raw. None when there is no such line."""
    for r in raws:
        if r.start >= DATELINE_REACH:
            break
        if r.kind != "date" or r.gran != "day" or r.year is None or r.month is None \
                or r.day is None:
            continue
        # a dateline is a short line: look no further than DATELINE_LINE for its ends
        ls = text.rfind("\n", max(0, r.start - DATELINE_LINE), r.start) + 1
        if ls == 0 and r.start > DATELINE_LINE:
            continue
        le = text.find("\n", r.end, r.end + DATELINE_LINE)
        if le < 0:
            if len(text) - r.end > DATELINE_LINE:
                continue
            le = len(text)
        rest = text[ls:r.start] + " " + text[r.end:le]
        for clock in find_clocks(rest):
            rest = rest.replace(clock.text, " ")
        words = [w for w in re.findall(r"[^\W\d_]+", rest)
                 if not (w.isupper() and len(w) <= 5) and w.lower() not in WEEKDAYS]
        if not words and valid_date(r.year, r.month, r.day):
            return r
    return None


def _clock_claims(text: str, claims: list[Claim], sentences: Sequence[Any],
                  passages: Sequence[Any], starts: list[int],
                  dateline: int | None = None) -> list[Claim]:
    """Times of day with the day they hold for (clock.py), as date claims in read
    passages; a time inside another time claim is that claim's. ``dateline``: where the
    document's dateline starts, if it has one (a news copy's times with no day of their
    own, and no day named since the dateline, are that day's)."""
    if not claims:
        return []

    def sentence_at(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and sentences[i].start <= offset < sentences[i].end else None

    days = sorted((c.value for c in claims if c.kind == "date" and isinstance(c.value, TimeRef)
                   and c.value.granularity == "day" and c.value.earliest is not None),
                  key=lambda t: t.start)  # (a day whose year is known: "XXXX-02-15" is none)
    if not days:
        return []
    day_starts = [d.start for d in days]
    taken = sorted((c.start, c.end) for c in claims)
    taken_starts = [s for s, _ in taken]
    dated = {c.sentence for c in claims if c.kind in ("date", "range")}
    out: list[Claim] = []
    doc_id = claims[0].doc
    last: tuple[Clock, TimeRef] | None = None  # the last time of day given a day, its day
    for clock in find_clocks(text):
        k = bisect.bisect_right(taken_starts, clock.start) - 1
        if k >= 0 and taken[k][1] > clock.start:
            continue
        si = sentence_at(clock.start)
        if si is None or sentence_at(clock.end - 1) != si:
            continue
        s = sentences[si]
        passage = passages[s.passage] if s.passage < len(passages) else None
        if passage is None or passage.kind in SKIPPED_PASSAGES:
            continue
        day = day_for(clock, days, day_starts, (s.start, s.end), (passage.start, passage.end),
                      (s.start, s.end) in dated, dateline)
        if day is None and last is not None and (s.start, s.end) not in dated:
            # a timeline's next time, later in its day and soon after the last time given
            # a day ("launched on 11 April 1970 at 19:13:00 UT ... burn at 19:25:40 ...
            # docking at 22:32:09 UT"): that day's, however far back the day was named
            before, on = last
            if passage.start <= before.start and clock.start - before.end <= DAY_REACH \
                    and (clock.offset is None or before.offset is None
                         or clock.offset == before.offset) \
                    and bisect.bisect_left(day_starts, before.end) \
                    == bisect.bisect_left(day_starts, clock.start):  # (no day named since)
                if _minutes(clock) > _minutes(before):
                    day = on
                elif _overnight(before, clock) and not _told_before(text, s.start, clock):
                    day = _next_day(on)  # "docking at 22:32 ... a check at 01:15"
                else:
                    # earlier in the day than the last, by day: a time told out of order,
                    # and no later time of the timeline is that day's any more
                    last = None
        elif day is not None and last is not None and not s.start <= day.start < s.end \
                and last[1].timex == day.timex and _same_zone(last[0], clock) \
                and _overnight(last[0], clock) and not _told_before(text, s.start, clock):
            # a day from before its sentence, on which a time late in the evening was
            # told already: past midnight ("took off on 31 May at 22:03 UTC. The last
            # contact was at 01:33 UTC")
            day = _next_day(day)
        elif day is not None and last is not None and not s.start <= day.start < s.end \
                and last[1].timex == _next_day(day).timex and _same_zone(last[0], clock) \
                and _minutes(clock) > _minutes(last[0]) \
                and bisect.bisect_left(day_starts, last[0].end) \
                == bisect.bisect_left(day_starts, clock.start):
            # the timeline went on past midnight, and no day was named since its last
            # time ("22:03 UTC ... 01:33 UTC ... the wreck hit the sea at 02:14 UTC"): the
            # next morning's too, not the evening's day again
            day = last[1]
        if day is None:
            continue
        last = (clock, day)
        tr = clock_ref(clock, day)
        out.append(_CLAIM(
            id="", doc=doc_id, kind="date", start=tr.start, end=tr.end, text=tr.text,
            sentence=(s.start, s.end), passage=passage.kind, value=tr,
        ))
    return out


#: A time told after one at or past this hour and earlier in the day than it, before
#: EARLY_HOUR, is the next morning's: a night went by (a flight, a siege, a rescue).
LATE_HOUR = 20
EARLY_HOUR = 6


def _overnight(before: Clock, clock: Clock) -> bool:
    """Whether ``clock``, told after ``before`` and earlier in the day, is the next
    morning's ("22:03 UTC" then "01:33 UTC") rather than a time told out of order ("ended
    at 18:00; it had begun at 09:00")."""
    return before.hour >= LATE_HOUR and clock.hour < EARLY_HOUR


#: "It had started at 02:00": a sentence in the past perfect tells what came before the
#: last time told, not what followed it.
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)


def _told_before(text: str, sentence_start: int, clock: Clock) -> bool:
    """Whether the sentence of ``clock``, up to it, is told in the past perfect ("put out
    at 23:00. It had started at 02:00"): a time before the last one, not the next
    morning's."""
    return _PAST_PERFECT.search(text, sentence_start, clock.start) is not None


def _same_zone(a: Clock, b: Clock) -> bool:
    """Whether two times of day are read on one clock: the same zone, or both local or
    both with none said ("22:30 local time (01:30 GMT)" are one moment on two clocks)."""
    return a.offset == b.offset and a.local == b.local


def _next_day(day: TimeRef) -> TimeRef:
    """The day after ``day`` (a date of day granularity with its year known)."""
    assert day.earliest is not None and day.latest is not None
    after = day.earliest + dt.timedelta(days=1)
    return dataclasses.replace(day, earliest=after, latest=after, timex=after.isoformat())


def _minutes(clock: Clock) -> int:
    """A time of day as minutes after midnight, as written (its zone aside)."""
    return clock.hour * 60 + clock.minute


def _claims(raw: Raw, ref: TimeRef) -> bool:
    """Whether a time is a claim: a date, range or duration the text states. A set
    ("daily"), a reference ("now", "recently", "a few days later": PRESENT_REF, PAST_REF,
    FUTURE_REF) and a bare part of a day ("at dawn", a time of the story, not a date it
    states) are times but no claims: none has an interval to compare."""
    return ref.kind in TIME_CLAIM_KINDS and not raw.claimless \
        and not ref.timex.endswith("_REF")


def extract_claims(document, segments, config) -> list[Claim]:  # type: ignore[no-untyped-def]
    """Dates, ranges and durations as claims (headings and titles included)."""
    return document_times(document, segments, config)


#: the index of the claims list asked last: the core asks for every figure of a
#: sentence (or piece) with the same list, so it is built once per sentence
_LAST: list[tuple[object, object, tuple[int, int], int, SentenceDates | None]] = []


def claim_time(claim, claims, document, config) -> TimeRef | None:  # type: ignore[no-untyped-def]
    """The date a figure holds for: the governing time expression of its sentence."""
    if claim.sentence is None:
        return None
    index = _sentence_dates(claim.sentence, claims, document.text)
    if index is None:
        return None
    if not index.lo <= claim.start <= index.hi:  # a figure outside the claims it is given
        s0, s1 = claim.sentence
        return governing_time(document.text[s0:s1], s0, claim.start, index.times)
    return index.governing(claim.start)


def _sentence_dates(
    sentence: tuple[int, int], claims: list[Claim], text: str
) -> SentenceDates | None:
    """The dates among ``claims`` that lie in ``sentence``, indexed over the stretch of
    text those claims cover (the whole sentence, or the piece the core hands over when
    a run has no sentence end); None when there are none. Cached for the last list."""
    if _LAST:
        last = _LAST[0]
        if last[0] is claims and last[1] is text and last[2] == sentence \
                and last[3] == len(claims):
            return last[4]
    s0, s1 = sentence
    WORK["claims"] += len(claims)
    times = [c.value for c in claims
             if c.kind in ("date", "range") and isinstance(c.value, TimeRef)
             and c.sentence == sentence]
    index = None
    if times:
        mine = [c for c in claims if c.sentence == sentence]
        lo = max(s0, min(c.start for c in mine))
        hi = min(s1, max(c.end for c in mine))
        index = SentenceDates(text, lo, hi, times)
    _LAST[:] = [(claims, text, sentence, len(claims), index)]
    return index
