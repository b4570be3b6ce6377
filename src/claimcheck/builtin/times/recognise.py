"""Reading one match of the master pattern: which date, period, duration or relative
expression its words say, or that they say none.

Why apart from the scan: each alternative of MASTER_RE has its own shape ("June 25,
1950", "the third quarter of 1951", "two and a half years later") and its own ways of
being a false alarm ("one may suppose", "1500 men", "once a day"); one small reader
per alternative keeps each rule next to the shape it is about.
"""

from __future__ import annotations

import re

from claimcheck.plugin import MONTHS, parse_number

from .context import Context
from .intervals import valid_date
from .patterns import (
    DASHES,
    LIST_RE,
    QUAL_RE,
    REJECT_ONE_BEFORE,
    RELATIVE_SUFFIX_RE,
    SP,
)
from .records import Raw
from .vocabulary import (
    AMBIGUOUS_MONTHS,
    DASH_PREFIXES,
    DAY_PARTS,
    DEICTIC_DAYS,
    DEICTIC_HEADS,
    DEICTIC_SUFFIXES,
    DURATION_QUALIFIERS,
    HEAD_DIRECTIONS,
    MONTH_CONTEXT,
    ORDINALS,
    OWN_STOP_ABBREVIATIONS,
    SEASONS,
    SUFFIX_DIRECTIONS,
    UNIT_WORDS,
    VAGUE_COUNTS,
    WEEKDAYS,
)

__all__ = ["Reader"]


def _yy(start: int, text: str) -> int:
    """The year a short end of a range stands for: 1950-53 -> 1953, 1999-01 -> 2001."""
    if len(text) == 4:
        return int(text)
    base = start - start % 100 + int(text)
    return base if base > start else base + 100


def _month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_of(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


_TOKENS_RE = re.compile(r"[A-Za-z]+\.?|\d+(?:st|nd|rd|th)?|'\d0s?", re.IGNORECASE)


def _tokens(s: str) -> list[str]:
    return _TOKENS_RE.findall(s)


def _first_upper(s: str) -> bool:
    return s[:1].isupper()


class Reader(Context):
    """Reads one match of MASTER_RE into a Raw, or rejects it, by the alternative that
    matched: each ``_r_<alternative>`` method knows the shape of its words."""

    def read(self, m: re.Match[str]) -> Raw | None:
        """The candidate a match of MASTER_RE holds, or None when it is a false alarm."""
        kind = m.lastgroup
        s, e = m.start(), m.end()
        t = self.text[s:e]
        if s and self.low[s - 1] in DASHES:
            # "mid-1951", "pre-1950" read; "4-51", "ISBN 0-19-1950" do not
            word = re.search(r"[a-z]*$", self.low[max(0, s - 12):s - 1])
            if word is None or word.group() not in DASH_PREFIXES:
                return None
        reader = getattr(self, f"_r_{kind}")
        return reader(s, e, t)

    def _r_mdy(self, s: int, e: int, t: str) -> Raw | None:
        toks = _tokens(t)
        toks = [x for x in toks if x.lower().rstrip(".") not in WEEKDAYS and x.lower() != "the"
                and x.lower() != "of"]
        mon, day, year = _month_of(toks[0]), _day_of(toks[1]), int(toks[2])
        if not valid_date(year, mon, day):
            return None
        return Raw(s, e, "date", "day", year, mon, day)

    def _r_dmy(self, s: int, e: int, t: str) -> Raw | None:
        toks = [x for x in _tokens(t) if x.lower().rstrip(".") not in WEEKDAYS
                and x.lower() not in ("of", "the")]
        day, mon, year = _day_of(toks[0]), _month_of(toks[1]), int(toks[2])
        if not valid_date(year, mon, day):
            return None
        return Raw(s, e, "date", "day", year, mon, day)

    def _r_md_range(self, s: int, e: int, t: str) -> Raw | None:
        toks = [x for x in _tokens(t) if x[0].isdigit() or x.lower().rstrip(".") in MONTHS]
        if toks[0].lower().rstrip(".") in AMBIGUOUS_MONTHS and not _first_upper(toks[0]):
            return None
        mon, d1, d2 = _month_of(toks[0]), _day_of(toks[1]), _day_of(toks[2])
        year = int(toks[3]) if len(toks) > 3 else None
        return self._day_range(s, e, year, mon, d1, d2)

    def _r_dm_range(self, s: int, e: int, t: str) -> Raw | None:
        toks = [x for x in _tokens(t) if x[0].isdigit() or x.lower().rstrip(".") in MONTHS]
        d1, d2, mon, year = _day_of(toks[0]), _day_of(toks[1]), _month_of(toks[2]), int(toks[3])
        return self._day_range(s, e, year, mon, d1, d2)

    @staticmethod
    def _day_range(s: int, e: int, year: int | None, mon: int, d1: int, d2: int
                   ) -> Raw | None:
        y = year or 2000  # leap year: Feb 29 stays possible until the year is known
        if d2 <= d1 or not valid_date(y, mon, d1) or not valid_date(y, mon, d2):
            return None
        a = Raw(s, e, "date", "day", year, mon, d1)
        b = Raw(s, e, "date", "day", year, mon, d2)
        return Raw(s, e, "range", "day", parts=(a, b))

    def _r_ymd_mon(self, s: int, e: int, t: str) -> Raw | None:
        y, mo, d = re.split(r"[-/]", t)
        year, mon, day = int(y), _month_of(mo), int(d)
        if not valid_date(year, mon, day):
            return None
        return Raw(s, e, "date", "day", year, mon, day)

    def _r_ym(self, s: int, e: int, t: str) -> Raw | None:
        toks = _tokens(t)
        if toks[-1].lower() in AMBIGUOUS_MONTHS and not _first_upper(toks[-1]):
            return None
        if self.year_rejected(s, s + 4, t[:4]):
            return None
        return Raw(s, e, "date", "month", int(toks[0]), _month_of(toks[-1]))

    def _r_nmy(self, s: int, e: int, t: str) -> Raw | None:
        mo, y = t.split("/")
        return Raw(s, e, "date", "month", int(y), int(mo))

    def _r_iso(self, s: int, e: int, t: str) -> Raw | None:
        y, mo, d = (int(x) for x in re.split(r"[-/.]", t))
        if not valid_date(y, mo, d):
            return None
        return Raw(s, e, "date", "day", y, mo, d)

    def _r_numeric(self, s: int, e: int, t: str) -> Raw | None:
        a, b, y = (int(x) for x in re.split(r"[-/.]", t))
        if a == b:
            mo, d = a, b
        elif a > 12 and b <= 12:
            d, mo = a, b
        elif b > 12 and a <= 12:
            mo, d = a, b
        else:
            return None  # 04/05/1950: month-first or day-first? Not ours to guess.
        if not valid_date(y, mo, d):
            return None
        return Raw(s, e, "date", "day", y, mo, d)

    def _r_season(self, s: int, e: int, t: str) -> Raw | None:
        m = re.search(r"(spring|summer|autumn|fall|winter)\D*?(\d{4})(?:[-/\u2013](\d{2,4}))?",
                      t, re.IGNORECASE)
        assert m is not None
        code = SEASONS[m.group(1).lower()]
        year = int(m.group(2))
        if m.group(3):
            y2 = _yy(year, m.group(3))
            if y2 != year + 1:
                return None
            if code != "WI":  # "summer 1950-51": a season cannot straddle two years
                return None
        return Raw(s, e, "date", "season", year, code=code)

    def _r_quarter(self, s: int, e: int, t: str) -> Raw | None:
        low = t.lower()
        ym = re.search(r"\d{4}", low)
        year = int(ym.group()) if ym else None
        if low.startswith("q") and year is None and not t.startswith("Q"):
            return None  # lower-case "q3" alone is not a quarter
        hm = re.search(r"h([12])(?!\d)", low)
        if hm and "quarter" not in low:
            return Raw(s, e, "date", "half", year, code=f"H{hm.group(1)}")
        qm = re.search(r"q([1-4])|([1-4])q", low)
        if qm:
            n = int(qm.group(1) or qm.group(2))
        else:
            w = re.match(r"(?:the\s+)?(\w+)", low)
            n = ORDINALS.get(w.group(1), 0) if w else 0
            if not n:
                n = int(re.match(r"(?:the\s+)?(\d)", low).group(1))  # type: ignore[union-attr]
        if not 1 <= n <= 4:
            return None
        return Raw(s, e, "date", "quarter", year, code=f"Q{n}")

    def _r_decade(self, s: int, e: int, t: str) -> Raw | None:
        m = re.search(r"(\d{4})|'(\d)0", t)
        assert m is not None
        if m.group(1):
            y = int(m.group(1))
            if y % 10:
                return None
            return Raw(s, e, "date", "decade", y, code=str(y // 10))
        return Raw(s, e, "date", "decade", None, decade_digits=m.group(2))

    def _r_century(self, s: int, e: int, t: str) -> Raw | None:
        low = t.lower()
        m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", low)
        if m:
            n = int(m.group(1))
        else:
            w = re.sub(r"^the\s+", "", low)
            w = re.split(r"[\s\u2010-\u2015-]century", w)[0].replace("-", " ").strip()
            n = ORDINALS.get(w, 0)
        if not 1 <= n <= 22:
            return None
        return Raw(s, e, "date", "century", (n - 1) * 100, code=f"{n - 1:02d}")

    def _r_mm_y(self, s: int, e: int, t: str) -> Raw | None:
        toks = _tokens(t)
        m1, m2, year = _month_of(toks[0]), _month_of(toks[1]), int(toks[2])
        if m2 <= m1:
            return None
        a = Raw(s, e, "date", "month", year, m1)
        b = Raw(s, e, "date", "month", year, m2)
        return Raw(s, e, "range", "month", parts=(a, b))

    def _r_year_range(self, s: int, e: int, t: str) -> Raw | None:
        m = re.match(r"(\d{4})\s*(?:[-\u2010-\u2015\u2212]|/)\s*(\d{2,4})", t)
        assert m is not None
        y1, tail = int(m.group(1)), m.group(2)
        if self.year_rejected(s, e, t):
            return None
        if len(tail) == 2:
            y2 = y1 - y1 % 100 + int(tail)
            if y2 <= y1:
                if 1 <= int(tail) <= 12 and tail.startswith(("0", "1")):
                    return Raw(s, e, "date", "month", y1, int(tail))  # "1950-06", "2016/11"
                if y1 % 100 == 99 and tail == "00":
                    y2 = y1 + 1
                else:
                    return None
        else:
            y2 = int(tail)
            if y2 <= y1 or y2 - y1 > 200:
                return None
        a = Raw(s, e, "date", "year", y1)
        b = Raw(s, e, "date", "year", y2)
        return Raw(s, e, "range", "year", parts=(a, b))

    def _r_my(self, s: int, e: int, t: str) -> Raw | None:
        toks = _tokens(t)
        if toks[0].lower().rstrip(".") in AMBIGUOUS_MONTHS and not _first_upper(toks[0]):
            return None
        return Raw(s, e, "date", "month", int(toks[-1]), _month_of(toks[0]))

    def _r_md(self, s: int, e: int, t: str) -> Raw | None:
        toks = [x for x in _tokens(t) if x.lower() != "the"]
        wd = None
        if toks[0].lower().rstrip(".") in WEEKDAYS and toks[0].lower().rstrip(".") not in MONTHS:
            wd = toks[0]
            toks = toks[1:]
        mon_word = toks[0]
        ordinal = re.search(r"\d(?:st|nd|rd|th)", t) is not None
        if mon_word.lower().rstrip(".") in AMBIGUOUS_MONTHS and not _first_upper(mon_word) \
                and not ordinal:
            return None
        mon, day = _month_of(mon_word), _day_of(toks[1])
        if not valid_date(0, mon, day):
            return None
        if wd is None and not _first_upper(mon_word) and len(mon_word.rstrip(".")) <= 4 \
                and not re.search(r"\d(?:st|nd|rd|th)", t):
            return None
        return Raw(s, e, "date", "day", None, mon, day)

    def _r_dm(self, s: int, e: int, t: str) -> Raw | None:
        toks = [x for x in _tokens(t) if x.lower() not in ("of", "the")]
        if toks[0].lower().rstrip(".") in WEEKDAYS and toks[0].lower() not in MONTHS:
            toks = toks[1:]
        day, mon_word = _day_of(toks[0]), toks[1]
        ordinal = re.search(r"\d(?:st|nd|rd|th)", t) is not None or " of " in t.lower()
        if mon_word.lower().rstrip(".") in AMBIGUOUS_MONTHS and not _first_upper(mon_word) \
                and not ordinal:
            return None
        mon = _month_of(mon_word)
        if not valid_date(0, mon, day):
            return None
        return Raw(s, e, "date", "day", None, mon, day)

    def _r_month(self, s: int, e: int, t: str) -> Raw | None:
        word = t.rstrip(".")
        low = word.lower()
        if not _first_upper(word):
            return None
        if t.endswith(".") and len(word) > 4:
            e -= 1  # "in June." : the full stop ends the sentence
        elif t.endswith(".") and self.text[e:e + 1] in ("", " ", "\n") and len(word) == 3 \
                and low not in OWN_STOP_ABBREVIATIONS:
            e -= 1
        rel = self.relation_word(s)
        listed = LIST_RE.search(self.before(s, 8)) is not None
        mod = self.mod_match(s) is not None
        if rel in MONTH_CONTEXT or mod or listed:
            if low in AMBIGUOUS_MONTHS and not (rel in MONTH_CONTEXT or mod or listed):
                return None
            return Raw(s, e, "date", "month", None, _month_of(word), extra={"listed": listed})
        return None

    def _r_year(self, s: int, e: int, t: str) -> Raw | None:
        if self.year_rejected(s, e, t):
            return None
        return Raw(s, e, "date", "year", int(t))

    def _r_dur_between(self, s: int, e: int, t: str) -> Raw | None:
        m = re.match(rf"between{SP}(.+?){SP}and{SP}(.+?){SP}(\w+)$", t, re.IGNORECASE)
        assert m is not None
        lo, hi = parse_number(m.group(1)), parse_number(m.group(2))
        unit = UNIT_WORDS.get(m.group(3).lower())
        if lo is None or hi is None or unit is None or hi < lo:
            return None
        return self._duration(s, e, unit, (lo, hi))

    def _r_duration(self, s: int, e: int, t: str) -> Raw | None:
        low = t.lower()
        if low.endswith("-long"):
            unit = UNIT_WORDS[low[:-5]]
            return Raw(s, e, "duration", "duration", unit=unit, count=None, vague=True)
        half = False
        hm = re.search(r"\s+and(?:\s+an?)?\s+half$", low)
        if hm:
            half = True
            low = low[:hm.start()]
        um = re.search(r"([a-z]+)$", low)
        assert um is not None
        unit = UNIT_WORDS.get(um.group(1))
        if unit is None:
            return None
        head = low[:um.start()].rstrip(" \t\u00a0-\u2010\u2011\u2012\u2013\u2014\n\r")
        if head.endswith("and a half"):
            half = True
            head = head[: -len("and a half")].rstrip()
        if head.startswith("half"):
            count: tuple[float, float] | None = (0.5, 0.5)
        else:
            count = self._count(head)
        if count is None:
            return None
        if half:
            count = (count[0] + 0.5, count[1] + 0.5)
        if unit == "H" and um.group(1) == "h" and not re.match(r"\d", head):
            return None
        if unit == "H" and re.fullmatch(r"[0-2]\d[0-5]\d", head):
            return None  # "1900 hours" is a time of day
        one_word = head in ("a", "an", "one")
        if one_word:
            # "once a day", "one day he", "a day of": only durations when a qualifier or
            # a duration preposition comes first, or "later"/"ago" comes after.
            before = self.before(s, 24)
            ok = (QUAL_RE.search(before) or re.search(
                rf"\b(?:for|in|within|after|than|lasted|last|took|over|another){SP}$", before,
                re.IGNORECASE) or RELATIVE_SUFFIX_RE.match(self.text, e))
            if REJECT_ONE_BEFORE.search(before) or not ok:
                return None
        vague = head in VAGUE_COUNTS and "couple" not in head  # "a couple of days": two
        return self._duration(s, e, unit, count, vague=vague)

    def _count(self, head: str) -> tuple[float, float] | None:
        head = " ".join(head.split())
        if head in VAGUE_COUNTS:
            return VAGUE_COUNTS[head]
        if head in ("a", "an"):
            return (1.0, 1.0)
        v = parse_number(head)  # "twenty-five" is one number, "22-27" two
        if v is None:
            m = re.match(r"(.+?)\s*(?:[-\u2010-\u2015\u2212]|\s(?:to|or)\s)\s*(.+)$", head)
            lo = parse_number(m.group(1)) if m else None
            hi = parse_number(m.group(2)) if m else None
            if lo is not None and hi is not None and hi > lo > 0:
                return (lo, hi)
            return None
        if v <= 0:
            return None
        return (v, v)

    def _duration(self, s: int, e: int, unit: str, count: tuple[float, float],
                  vague: bool = False) -> Raw:
        if unit == "FN":
            unit, count = "W", (count[0] * 2, count[1] * 2)
        raw = Raw(s, e, "duration", "duration", unit=unit, count=count, vague=vague)
        qm = QUAL_RE.search(self.before(s, 32))
        if qm:
            q = " ".join(qm.group("q").lower().split())
            raw.mod = DURATION_QUALIFIERS[q]
            raw.start = qm.start() + max(0, s - 32)
            raw.relation = q
        sm = RELATIVE_SUFFIX_RE.match(self.text, e)
        if sm and not vague:
            d = sm.group("dir").lower()
            step = SUFFIX_DIRECTIONS.get(d)
            if step:
                raw.kind, raw.direction = "relative", step
                raw.end = sm.end()
                raw.rel_word = d
                raw.deictic = d in DEICTIC_SUFFIXES
                # "two months ago" counts back from a day; "two years later" from a narrative
                raw.gran = "day" if raw.deictic else {
                    "Y": "year", "M": "month", "DE": "year", "CE": "year"}.get(unit, "day")
        return raw

    def _r_relative(self, s: int, e: int, t: str) -> Raw | None:
        low = " ".join(t.lower().split())
        raw = Raw(s, e, "relative", "day", rel_word=low)
        w = low.split()
        if low in DEICTIC_DAYS:
            raw.deictic = True
            raw.rel_unit = "D"
            raw.direction = DEICTIC_DAYS[low]
            return raw
        if w[0] == "the" and w[-1] in ("before", "after"):
            raw.rel_unit = UNIT_WORDS[w[1]]
            raw.direction = -1 if w[-1] == "before" else 1
        else:
            if w[0] == "the":
                w = w[1:]
            head, unit_word = w[0], w[-1].rstrip(".")
            if unit_word in WEEKDAYS:
                raw.weekday = WEEKDAYS[unit_word]
                raw.deictic = head in DEICTIC_HEADS
                raw.direction = HEAD_DIRECTIONS.get(head, 0)
                raw.rel_unit = "WD"
                return raw
            if unit_word in SEASONS:
                raw.code = SEASONS[unit_word]
                raw.rel_unit = "SEASON"
            elif unit_word in DAY_PARTS:
                raw.rel_unit = "D"
            else:
                raw.rel_unit = UNIT_WORDS[unit_word]
            raw.direction = HEAD_DIRECTIONS.get(head, 0)
            raw.deictic = head in DEICTIC_HEADS and not low.startswith("the")
            if head == "this" and unit_word in DAY_PARTS:
                raw.deictic = True
        raw.gran = {"Y": "year", "M": "month", "W": "week", "SEASON": "season"}.get(
            raw.rel_unit or "D", "day")
        return raw
