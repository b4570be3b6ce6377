"""Every candidate time expression in a text, read in one pass and joined into ranges.

Why the scan is its own step: candidates are found left to right, each read by its
alternative (recognise.py) and given the modifier and relation in front of it; two dates
joined by "to", "and" or a dash become one range. No year is supplied here: that needs
the narrative, and is the resolver's work (resolve.py).
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from .patterns import (
    MASTER_DIGIT_RE,
    MASTER_RE,
    NOT_BEFORE,
    OPENING_NEXT,
    REL_RE,
    RWORD_RE,
    SP,
    TRIGGER_RE,
    digits_may_open,
)
from .recognise import Reader
from .records import Raw
from .vocabulary import (
    COMPOUND_UNITS,
    DURATION_ADJECTIVES,
    PERIOD_OPENERS,
    PREFIX_WORDS,
    RANGE_CONNECTORS,
    RELATION_MODS,
    RELATIVE_PREPS,
    RELATIVE_YEARS,
    finer,
    phrase_mod,
)

__all__ = ["Scanner"]


#: The blanks RWORD_RE reads first (before a trigger, in the reversed text).
_WORD_GAP = frozenset(" \t\u00a0\n")
#: What may stand between the parts of one duration: "one minute, 13 seconds".
_COMPOUND_GAP = re.compile(r",?[ \t]*(?:and[ \t]+)?|[ \t]+")


class Scanner(Reader):
    """Reads every candidate in a text: one pass of MASTER_RE, then local checks."""

    def scan(self) -> list[Raw]:
        """Every candidate in the text, in order, with dates joined into ranges."""
        low = self.low
        out: list[Raw] = []
        last_end = 0
        for tm in TRIGGER_RE.finditer(low):
            p = tm.start()
            if p < last_end:
                continue
            for st in self._starts(p, last_end):
                if "0" <= low[st] <= "9":
                    # the trigger's run of digits: no start after "$", "." or "/" (the
                    # pattern's lookbehind), none before what cannot follow its digits
                    # ("1 1 1", "5%", "$1 $1" end here at once); then only the
                    # alternatives that may start with a digit
                    end = tm.end()
                    if low[st - 1:st] in NOT_BEFORE or (
                            low[end:end + 1] not in OPENING_NEXT
                            and not digits_may_open(low, st, end)):
                        continue
                    m = MASTER_DIGIT_RE.match(low, st)
                else:
                    m = MASTER_RE.match(low, st)
                if m is None or m.end() <= p:
                    continue
                raw = self.read(m)
                if raw is None:
                    continue
                self._context(raw)
                out.append(raw)
                # the reader may keep less than the match ("480 BC and 479 BC" lists two
                # years) or more ("two years previously"): the scan goes on after the raw
                last_end = raw.end
                break
        return self._join_durations(self._join_ranges(out))

    def _starts(self, p: int, floor: int) -> list[int]:
        """Where an expression holding the trigger at ``p`` may begin: ``p`` itself, or up
        to four words back when each is a word that can open one ("the same", "two")."""
        if self.low[p - 1:p] not in _WORD_GAP:
            return [p]  # no blank before the trigger: no word of RWORD_RE's to open it
        starts = [p]
        rl = self.rlow
        size = len(rl)
        i, stop = size - p, size - max(floor, p - 64)
        while len(starts) < 5:
            m = RWORD_RE.match(rl, i, stop)
            if m is None:
                break
            word = m.group(1)[::-1].strip("-")
            if word not in PREFIX_WORDS and word not in DURATION_ADJECTIVES and not (
                    "-" in word and all(part in PREFIX_WORDS for part in word.split("-"))):
                break  # "two-and-a-half" opens an expression as its parts would
            starts.append(size - m.end(1))
            i = m.end(1)
        starts.reverse()
        return starts

    # -- context ----------------------------------------------------------------------------

    def _context(self, raw: Raw) -> None:
        if raw.kind in ("duration", "set", "ref"):
            return
        if raw.kind == "date" and raw.gran not in ("day",):
            mm = self.mod_match(raw.start)
            if mm:
                phrase = mm[1]
                raw.extra["phrase"] = phrase
                raw.mod = phrase_mod(phrase)
                raw.start = mm[0]
        rel = self.relation_word(raw.start)
        if rel in ("from", "between") and raw.kind == "range":
            # "between 2014-2018": the opening word belongs to the range
            raw.start = self.prev_words(raw.start, 1)[0][0]
            rel = self.relation_word(raw.start)
        if rel is not None:
            raw.relation = rel
            if raw.mod is None and rel in RELATIVE_PREPS:
                raw.mod = RELATION_MODS.get(rel)

    # -- ranges -----------------------------------------------------------------------------

    def _join_ranges(self, raws: list[Raw]) -> list[Raw]:
        out: list[Raw] = []
        i = 0
        while i < len(raws):
            a = raws[i]
            if a.rel_unit == "PART" and a.extra.get("needs_date") is not None:
                b = raws[i + 1] if i + 1 < len(raws) else None
                if b is not None and b.kind in ("date", "range") and b.gran == "day" and \
                        re.fullmatch(rf"{SP}of{SP}", self.text[a.end:b.start], re.IGNORECASE):
                    # "the night of June 5, 1944": the day, at night; "the night of 29-30
                    # July": the two days it spans
                    b.start, b.relation = a.start, a.relation
                    if b.kind == "date":
                        b.part = a.part
                    b.mod = b.mod or a.mod
                    out.append(b)
                    i += 2
                    continue
                if a.extra["needs_date"]:
                    i += 1  # "the dawn of the atomic age": no time
                    continue
            if i + 1 < len(raws) and a.kind == "date" and a.year is None and a.month \
                    and raws[i + 1].kind == "relative" and raws[i + 1].rel_unit == "Y" \
                    and raws[i + 1].rel_word in RELATIVE_YEARS \
                    and not self.text[a.end:raws[i + 1].start].strip():
                # "June 25 last year": the year is relative, the day is stated
                a.extra["rel_year"] = raws[i + 1].direction
                a.end = raws[i + 1].end
                out.append(a)
                i += 2
                continue
            if i + 1 < len(raws) and a.kind == "date" and raws[i + 1].kind == "date":
                b = raws[i + 1]
                gap = self.text[a.end:b.start]
                joined = self._try_join(a, b, gap)
                if joined is not None:
                    out.append(joined)
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    def _join_durations(self, raws: list[Raw]) -> list[Raw]:
        """"One minute, 13 seconds", "2 hours and 30 minutes", "three years four months":
        one duration, counted in the smaller unit (73 seconds, 150 minutes), when the
        second unit is the next smaller one and both counts are exact."""
        out: list[Raw] = []
        for r in raws:
            prev = out[-1] if out else None
            if prev is not None and prev.kind == r.kind == "duration" \
                    and (prev.unit, r.unit) in COMPOUND_UNITS and not (prev.vague or r.vague) \
                    and prev.count and r.count and prev.count[0] == prev.count[1] \
                    and r.count[0] == r.count[1] and prev.mod is None \
                    and _COMPOUND_GAP.fullmatch(self.text, prev.end, r.start):
                n = prev.count[0] * COMPOUND_UNITS[(prev.unit, r.unit)] + r.count[0]
                out[-1] = dataclasses.replace(r, start=prev.start, count=(n, n),
                                              relation=prev.relation or r.relation)
                continue
            out.append(r)
        return out

    def _try_join(self, a: Raw, b: Raw, gap: str) -> Raw | None:
        g = " ".join(gap.lower().split())
        opener = a.relation
        if g in ("-", "\u2013", "\u2014", "\u2012", "\u2212", "/"):
            pass
        elif g in RANGE_CONNECTORS and \
                opener in ("from", None, "between"):
            if opener is None and g == "to" and "year" in (a.gran, b.gran):
                return None  # "moved 1950 to ..." is rarely a range without "from"
        elif g in RANGE_CONNECTORS and g not in ("to", "until", "till") \
                and opener in PERIOD_OPENERS:
            pass  # "during 1997 through 2000", "in May thru July": one period ("in 1950
            # to Paris", "in 1950 until ..." are no span)
        elif g == "and" and opener == "between":
            pass
        elif g == "and" and a.gran == b.gran == "day":
            pass  # "on Sunday, February 7 and Monday, February 8, 1904": two days running
            # are the span they make (checked below, once both have their year)
        else:
            return None
        if a.gran not in ("day", "month", "year", "season", "quarter", "half", "decade") or \
                b.gran not in ("day", "month", "year", "season", "quarter", "half", "decade"):
            return None
        if a.gran == "month" and a.extra.get("listed"):
            return None
        # "December 20 - January 5, 1951": the first part borrows the year it lacks.
        if a.year is None and b.year is not None and a.month is not None:
            a.year = b.year - 1 if (b.month and a.month > b.month) else b.year
            a.extra["borrowed"] = True
        if g == "and" and opener != "between" and not _next_day(a, b):
            return None  # "on March 5 and 9": two days of a list, not the days between
        start = a.start
        if opener in ("from", "between"):
            m = re.search(rf"\b(?:from|between){SP}$", self.before(a.start, 12), re.IGNORECASE)
            if m:
                start = max(0, a.start - 12) + m.start()
        rng = Raw(start, b.end, "range", finer(a.gran, b.gran), parts=(a, b))
        rng.relation = None
        rm = REL_RE.search(self.before(start, 24))
        if rm:
            rng.relation = " ".join(rm.group("rel").lower().split())
        return rng


def _next_day(a: Raw, b: Raw) -> bool:
    """Whether ``b`` is the day after ``a`` (a year lacking in both is taken as a leap year,
    so that "February 28 and 29" stays possible): two days running, written as a list."""
    if a.month is None or a.day is None or b.month is None or b.day is None \
            or a.bce or b.bce or (a.year is None) != (b.year is None):
        return False
    try:
        first = datetime.date(a.year or 2000, a.month, a.day)
        second = datetime.date(b.year or 2000, b.month, b.day)
    except ValueError:
        return False
    return (second - first).days == 1
