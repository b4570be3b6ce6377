"""Reading one match of the master pattern: which date, period, duration or relative
expression its words say, or that they say none.

Why apart from the scan: each alternative of MASTER_RE has its own shape ("June 25,
1950", "the third quarter of 1951", "two and a half years later") and its own ways of
being a false alarm ("one may suppose", "1500 men", "once a day"); one small reader
per alternative keeps each rule next to the shape it is about.
"""

from __future__ import annotations

import itertools
import re

from claimcheck.plugin import EASTER_FESTIVALS, FIXED_FESTIVALS, MONTHS, parse_number

from .context import Context
from .intervals import valid_date
from .patterns import (
    DASHES,
    LIST_RE,
    QUAL_RE,
    REJECT_ONE_BEFORE,
    RELATIVE_SUFFIX_RE,
    SP,
    YEAR_AFTER_REJECT,
)
from .records import Raw
from .vocabulary import (
    AMBIGUOUS_MONTHS,
    DASH_PREFIXES,
    DAY_BREAK_BEFORE,
    DAY_PART_CODES,
    DAY_PART_RELATIONS,
    DAY_PARTS,
    DEICTIC_DAYS,
    DEICTIC_HEADS,
    DEICTIC_SUFFIXES,
    DURATION_ADJECTIVES,
    DURATION_QUALIFIERS,
    ERA_MODERN_FROM,
    ERAS_BEFORE,
    ERAS_COMMON,
    HEAD_DIRECTIONS,
    MONTH_CONTEXT,
    NARRATIVE_EDGES,
    NOT_AFTER_FORMER,
    NOT_AFTER_NOW,
    ORDINALS,
    OWN_STOP_ABBREVIATIONS,
    RATE_WORDS,
    REFS,
    SEASON_RELATIONS,
    SEASONS,
    SET_ADVERBS,
    SET_COUNTS,
    STANDARD_AFTER,
    SUFFIX_DIRECTIONS,
    TWO_DIGIT_RELATIONS,
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


_DIGITS_RE = re.compile(r"\d+")
#: The word right after a hyphenated length of time ("10-minute sustained").
_STANDARD = re.compile(r"[ \t]+([A-Za-z]+)")


def _day_of(word: str) -> int:
    return int(_DIGITS_RE.match(word).group())  # type: ignore[union-attr]


_TOKENS_RE = re.compile(r"[A-Za-z]+\.?|\d+(?:st|nd|rd|th|d)?|'\d0s?", re.IGNORECASE)


def _tokens(s: str) -> list[str]:
    return _TOKENS_RE.findall(s)


def _first_upper(s: str) -> bool:
    return s[:1].isupper()


def _month_as_verb(month: str, t: str) -> bool:
    """Whether a month's word after listed days may be a verb ("Rules 2 and 3 may apply"):
    "may" or "march" in lower case, with no "of" before it."""
    return month.lower().rstrip(".") in AMBIGUOUS_MONTHS and not _first_upper(month) \
        and " of " not in t.lower()


_ERA_WORDS = sorted(ERAS_BEFORE | ERAS_COMMON, key=lambda w: (-len(w), w))
#: An era word or a year, in the original case: "480", "B.C.", "AD", "10,000".
_ERA_TOKEN_RE = re.compile(
    "(?<![a-z])(?P<era>" + "|".join(re.escape(w) for w in _ERA_WORDS) + r")(?![a-z0-9])"
    r"|(?P<num>\d{1,3},\d{3}|\d+)", re.IGNORECASE)
#: The day and month in front of a year with an era word ("15 March 44 BC").
_ERA_DATE_RE = re.compile(
    r"(?:(\d{1,2})(?:st|nd|rd|th|d)?\.?\s+(?:of\s+)?([A-Za-z]+\.?)"
    r"|([A-Za-z]+\.?)(?:\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|d)?(?=,?\s+(?:\d|a)))?),?\s+",
    re.IGNORECASE)
_YY_RE = re.compile(r"['\u2019\u2018](\d{2})$")
_OF_AFTER_RE = re.compile(rf"{SP}of{SP}", re.IGNORECASE)
_WORD_AFTER_RE = re.compile(r"[ \t\u00a0]*([A-Za-z]+)")


def _key(phrase: str) -> str:
    """A feast's or a reference's words as looked up: lower case, no apostrophe, one
    blank between words, "saint" and "st." as "st"."""
    low = " ".join(phrase.lower().replace("\u2019", "'").replace("'", "").split())
    low = re.sub(r"\b(?:saint|st\.?)(?= )", "st", low)
    return low


_FEASTS: dict[str, str] = {_key(name): name
                           for name in (*FIXED_FESTIVALS, *EASTER_FESTIVALS)}
_REF_KEYS: dict[str, str] = {_key(phrase): value for phrase, value in REFS.items()}
_SET_UNITS: dict[str, str] = {
    "day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "MIN",
    "decade": "DE", "fortnight": "FN", "quarter": "Q",
}


def _set_value(unit: str, n: float) -> str:
    """The TIMEX3 value of a set's period: "P1D", "P2W", "PT1H"."""
    if unit == "FN":
        unit, n = "W", n * 2
    if unit == "Q":
        unit, n = "M", n * 3
    num = str(int(n)) if float(n).is_integer() else f"{n:g}"
    if unit in ("H", "MIN"):
        return f"PT{num}{'M' if unit == 'MIN' else 'H'}"
    return f"P{num}{unit}"


#: The alternatives of MASTER_RE that open with a day ("12 June", "5, 6 and 7 May").
_DAY_FIRST = frozenset(("dmy", "dm", "dm_list", "dm_range"))
#: A line shorter than this is a heading's or a label's, no prose wrapped.
_SHORT_LINE = 40


#: A count and its unit of one letter or a few in "5 d 1 h 16 min 6 s" (``dur_compact``).
_COMPACT_PART = re.compile(r"(\d+(?:\.\d+)?)[ \t]?(d|h|min|m|sec|s)\b")
#: Each such unit's TIMEX3 unit and length in seconds.
_COMPACT_UNITS = {"d": ("D", 86400), "h": ("H", 3600), "m": ("MIN", 60), "min": ("MIN", 60),
                  "s": ("S", 1), "sec": ("S", 1)}

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
        if kind in _DAY_FIRST and "\n" in t and self._heading_day(s, s + t.index("\n")):
            return None
        reader = getattr(self, f"_r_{kind}")
        return reader(s, e, t)

    def _heading_day(self, s: int, nl: int) -> bool:
        """Whether the day that ends a line at ``nl`` is a short line's figure, no date
        with the month that opens the next line: "Storm kills 12\nJune 5", "Page 4\nMay
        2019"; not "fell on 12\nJune" (times.toml day_break_before) nor a long line of
        prose wrapped."""
        line_start = self.text.rfind("\n", 0, s) + 1
        if nl - line_start >= _SHORT_LINE:
            return False
        words = self.text[line_start:nl].split()
        if len(words) < 2:
            return False
        before = words[-2].lower().strip(",;:()")
        return before not in DAY_BREAK_BEFORE and before.rstrip(".") not in WEEKDAYS

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

    def _r_md_list(self, s: int, e: int, t: str) -> Raw | None:
        toks = [x for x in _tokens(t) if x[0].isdigit() or x.lower().rstrip(".") in MONTHS]
        if toks[0].lower().rstrip(".") in AMBIGUOUS_MONTHS and not _first_upper(toks[0]):
            return None
        year = int(toks[-1]) if len(toks[-1]) == 4 and toks[-1].isdigit() else None
        days = [_day_of(x) for x in toks[1:len(toks) - (year is not None)]]
        return self._day_list(s, e, t, year, _month_of(toks[0]), days)

    def _r_dm_list(self, s: int, e: int, t: str) -> Raw | None:
        toks = [x for x in _tokens(t) if x[0].isdigit() or x.lower().rstrip(".") in MONTHS]
        year = int(toks[-1]) if len(toks[-1]) == 4 and toks[-1].isdigit() else None
        mon_at = len(toks) - 1 - (year is not None)
        if year is None and _month_as_verb(toks[mon_at], t):
            return None  # "Rules 1, 2 and 3 may apply": a verb, as after one day
        return self._day_list(s, e, t, year, _month_of(toks[mon_at]), [
            _day_of(x) for x in toks[:mon_at]])

    def _day_list(self, s: int, e: int, t: str, year: int | None, mon: int,
                  days: list[int]) -> Raw | None:
        """Three days or more of one month, listed: the span they make when they run day
        after day ("July 1, 2 and 3, 1863"), else, month first, the first day alone with
        the list's year ("March 5, 9 and 12, 1950": March 5, 1950); a list of days before
        its month that make no span is left to the other readings ("12 March 1950")."""
        if all(b == a + 1 for a, b in itertools.pairwise(days)) and (
                span := self._day_range(s, e, year, mon, days[0], days[-1])) is not None:
            return span  # (a span past the month's end, "February 27, 28 and 29, 1900" in a
            # year with no February 29, gives its first day as days apart do)
        first = re.match(rf"[^\W\d_]+\.?{SP}\d+(?:st|nd|rd|th|d)?", t)
        if first is None or not valid_date(year or 2000, mon, days[0]):
            return None
        return Raw(s, s + first.end(), "date", "day", year, mon, days[0])

    def _r_md_range(self, s: int, e: int, t: str) -> Raw | None:
        toks = [x for x in _tokens(t) if x[0].isdigit() or x.lower().rstrip(".") in MONTHS]
        if toks[0].lower().rstrip(".") in AMBIGUOUS_MONTHS and not _first_upper(toks[0]):
            return None
        mon, d1, d2 = _month_of(toks[0]), _day_of(toks[1]), _day_of(toks[2])
        listed = re.search(rf"\d{SP}and{SP}", t, re.IGNORECASE) is not None and \
            not t.lower().startswith("between")
        if not listed or d2 == d1 + 1:
            # ("the fire of February 7 and 8": two days running, the span they make; two
            # that are no span, "February 28 and 29, 1900", are read as a list below)
            found = self._day_range(s, e, int(toks[3]) if len(toks) > 3 else None,
                                    mon, d1, d2)
            if found is not None or not listed:
                return found
        # "March 5 and 9" without "between" lists two days: the first is read alone
        first = re.match(rf"(?:from{SP})?(\w+\.?{SP}\d+(?:st|nd|rd|th|d)?)", t, re.IGNORECASE)
        if first is None:
            return None
        return self._r_md(s + first.start(1), s + first.end(1), first.group(1))

    def _r_dm_range(self, s: int, e: int, t: str) -> Raw | None:
        toks = [x for x in _tokens(t) if x[0].isdigit() or x.lower().rstrip(".") in MONTHS]
        year = int(toks[3]) if len(toks) > 3 else None
        if year is None and _month_as_verb(toks[2], t):
            return None  # "Rules 2 and 3 may apply": a verb, as after one day
        d1, d2, mon = _day_of(toks[0]), _day_of(toks[1]), _month_of(toks[2])
        if d2 != d1 + 1 and re.search(rf"\d{SP}and{SP}", t, re.IGNORECASE) \
                and not t.lower().startswith("between"):
            return None  # "on 5 and 9 March": two days, not the days between ("on 15 and
            # 16 August": two days running, the span they make)
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
        yy = _YY_RE.search(t)
        if yy:
            word = re.search(r"spring|summer|autumn|fall|winter", t, re.IGNORECASE)
            if word is None:  # the pattern matched what this reader cannot read
                return None
            return Raw(s, e, "date", "season", None, code=SEASONS[word.group().lower()],
                       yy=yy.group(1))
        m = re.search(r"(spring|summer|autumn|fall|winter)\D*?(\d{4})(?:[-/\u2013](\d{2,4}))?",
                      t, re.IGNORECASE)
        if m is None:  # the pattern matched what this reader cannot read
            return None
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
        m = re.search(r"(\d{4})|['\u2019\u2018](\d)0", t)  # the pattern's apostrophes
        if m is None:
            return None
        if m.group(1):
            y = int(m.group(1))
            if y % 10:
                return None
            return Raw(s, e, "date", "decade", y, code=str(y // 10))
        return Raw(s, e, "date", "decade", None, decade_digits=m.group(2))

    def _r_century(self, s: int, e: int, t: str) -> Raw | None:
        low = t.lower()
        m = re.search(r"(\d{1,2})(?:st|nd|rd|th|d)", low)
        if m:
            n = int(m.group(1))
        else:
            w = re.sub(r"^the\s+", "", low)
            w = re.split(r"[\s\u2010-\u2015-]century", w)[0].replace("-", " ").strip()
            n = ORDINALS.get(w, 0)
        if not 1 <= n <= 22:
            return None
        era = re.search(r"century\s*(\S+)$", t, re.IGNORECASE)
        if era is not None:
            word = era.group(1)
            if word != word.upper():
                return None  # "the 3rd century bc" in lower case: no era word we trust
            if word.lower() in ERAS_BEFORE:
                return Raw(s, e, "date", "century", (n - 1) * 100, code=f"BC{n - 1:02d}",
                           bce=True)
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
        if m is None:  # the pattern matched what this reader cannot read
            return None
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
        yy = _YY_RE.search(t)
        if yy:
            if not _first_upper(toks[0]):
                return None
            return Raw(s, e, "date", "month", None, _month_of(toks[0]), yy=yy.group(1))
        return Raw(s, e, "date", "month", int(toks[-1]), _month_of(toks[0]))

    def _r_md(self, s: int, e: int, t: str) -> Raw | None:
        toks = [x for x in _tokens(t) if x.lower() != "the"]
        wd = None
        if toks[0].lower().rstrip(".") in WEEKDAYS and toks[0].lower().rstrip(".") not in MONTHS:
            wd = toks[0]
            toks = toks[1:]
        mon_word = toks[0]
        ordinal = re.search(r"\d(?:st|nd|rd|th|d)", t) is not None
        if mon_word.lower().rstrip(".") in AMBIGUOUS_MONTHS and not _first_upper(mon_word) \
                and not ordinal:
            return None
        mon, day = _month_of(mon_word), _day_of(toks[1])
        if not valid_date(0, mon, day):
            return None
        if wd is None and not _first_upper(mon_word) and len(mon_word.rstrip(".")) <= 4 \
                and not re.search(r"\d(?:st|nd|rd|th|d)", t):
            return None
        return Raw(s, e, "date", "day", None, mon, day)

    def _r_dm(self, s: int, e: int, t: str) -> Raw | None:
        toks = [x for x in _tokens(t) if x.lower() not in ("of", "the")]
        if toks[0].lower().rstrip(".") in WEEKDAYS and toks[0].lower() not in MONTHS:
            toks = toks[1:]
        day, mon_word = _day_of(toks[0]), toks[1]
        ordinal = re.search(r"\d(?:st|nd|rd|th|d)", t) is not None or " of " in t.lower()
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

    # -- history ------------------------------------------------------------------------

    def _era_years(self, s: int, t: str) -> list[tuple[int, bool, int, int]] | None:
        """The years of a match with era words, in order: (year, before the common era,
        start, end). An era word right after a year is that year's; one before a year
        ("AD 9") is the next year's; a year without one takes its neighbour's. None when
        an era word is not in capitals ("ad", "bc" as words), or reads as British Columbia
        after a modern year ("2017 BC voters")."""
        years: list[list[object]] = []  # [year, era or None, start, end]
        prefix: str | None = None
        prefix_start = 0
        last_was_year = False
        for m in _ERA_TOKEN_RE.finditer(t):
            if m.group("num"):
                years.append([int(m.group("num").replace(",", "")), prefix,
                              s + (prefix_start if prefix else m.start()), s + m.end()])
                prefix, last_was_year = None, True
                continue
            word = m.group("era")
            if word != word.upper():
                return None
            if last_was_year and years[-1][1] is None:
                years[-1][1], years[-1][3] = word.lower(), s + m.end()
                modern = word == "BC" and int(years[-1][0]) >= ERA_MODERN_FROM  # type: ignore[call-overload]
                if modern and re.match(r"[ \t\u00a0]*[A-Za-z]",
                                       self.text[s + m.end():s + m.end() + 4]):
                    return None
            else:
                prefix, prefix_start = word.lower(), m.start()
            last_was_year = False
        if not years:
            return None
        for i, y in enumerate(years):
            if y[1] is None:
                other = years[1 - i] if len(years) == 2 else None
                y[1] = other[1] if other is not None else None
            if y[1] is None:
                return None
        return [(int(y[0]), y[1] in ERAS_BEFORE, int(y[2]), int(y[3]))  # type: ignore[call-overload]
                for y in years]

    def _r_era_date(self, s: int, e: int, t: str) -> Raw | None:
        m = _ERA_DATE_RE.match(t)
        if m is None:  # the pattern matched what this reader cannot read
            return None
        word = m.group(2) or m.group(3)
        if word.lower().rstrip(".") in AMBIGUOUS_MONTHS and not _first_upper(word):
            return None
        years = self._era_years(s + m.end(), t[m.end():])
        if not years or len(years) != 1 or years[0][0] < 1:
            return None
        year, bce = years[0][0], years[0][1]
        mon = _month_of(word)
        day_word = m.group(1) or m.group(4)
        if day_word is None:
            return Raw(s, e, "date", "month", year, mon, bce=bce)
        day = int(day_word)
        if not valid_date(0 if bce else year, mon, day):  # leap years BC: not ours to judge
            return None
        return Raw(s, e, "date", "day", year, mon, day, bce=bce)

    def _r_era(self, s: int, e: int, t: str) -> Raw | None:
        years = self._era_years(s, t)
        if years is not None and len(years) == 2:
            return self._era_range(s, e, t, years)
        if not years or len(years) != 1:
            return None
        year, bce, start, _ = years[0]
        if year < 1 or (not bce and year > 9999):
            return None
        return Raw(start, e, "date", "year", year, bce=bce)  # "from" opens ranges only

    def _era_range(self, s: int, e: int, t: str, years: list[tuple[int, bool, int, int]]
                   ) -> Raw | None:
        (y1, bce1, s1, e1), (y2, bce2, _, _) = years
        joined_by_and = re.search(rf"\d\.?{SP}(?:[a-z.]+{SP})?and{SP}", t, re.IGNORECASE)
        # years before the era count down: "1000 BC-800 BC"; "27 BC-AD 14" crosses the era
        ordered = y1 > y2 if bce1 and bce2 else bce1 or (not bce2 and y1 < y2)
        if min(y1, y2) < 1 or not ordered or (
                joined_by_and and not t.lower().startswith("between")):
            # "480 BC and 479 BC" lists two years; "800-1000 BC" runs backwards: the
            # first year is read alone, the scan goes on after it
            first = self._era_years(s1, self.text[s1:e1])
            if not first or (not bce1 and first[0][0] > 9999):
                return None
            return Raw(s1, e1, "date", "year", y1, bce=bce1)
        a = Raw(s, e, "date", "year", y1, bce=bce1)
        b = Raw(s, e, "date", "year", y2, bce=bce2)
        return Raw(s, e, "range", "year", parts=(a, b))

    def _r_festival(self, s: int, e: int, t: str) -> Raw | None:
        if not _first_upper(self.text[s:e]):
            return None  # "may day", "easter" as common words
        ym = re.search(r"(\d{4})$", t)
        yy = _YY_RE.search(t)
        name = t
        if ym or yy:
            cut = (ym or yy).start()  # type: ignore[union-attr]
            name = re.sub(rf",?{SP}(?:of{SP})?$", "", t[:cut], flags=re.IGNORECASE)
        key = _FEASTS.get(_key(name))
        if key is None:
            return None
        if not (ym or yy) and self.relation_word(s) not in DAY_PART_RELATIONS:
            return None  # "the Christmas truce", "the Easter Rising"
        year = int(ym.group(1)) if ym else None
        raw = Raw(s, e, "date", "day", year, festival=key, yy=yy.group(1) if yy else None)
        if key in FIXED_FESTIVALS:
            raw.month, raw.day = FIXED_FESTIVALS[key]
        return raw

    def _r_season_bare(self, s: int, e: int, t: str) -> Raw | None:
        if _OF_AFTER_RE.match(self.text, e):
            return None  # "the fall of Rome", "the spring of his life"
        words = [w for _, w in self.prev_words(s, 2)]
        if not words or not (words[0] in SEASON_RELATIONS or (
                len(words) > 1 and words[0] in ("early", "late", "mid")
                and words[1] in SEASON_RELATIONS)):
            return None
        word = re.search(r"[a-z]+$", t.lower())
        if word is None:  # the pattern matched what this reader cannot read
            return None
        return Raw(s, e, "date", "season", None, code=SEASONS[word.group()])

    def _r_yy(self, s: int, e: int, t: str) -> Raw | None:
        if self.relation_word(s) not in TWO_DIGIT_RELATIONS:
            return None
        if YEAR_AFTER_REJECT.match(self.text, e):
            return None  # "'44 men": a quoted count
        return Raw(s, e, "date", "year", None, yy=t[-2:])

    def _r_set(self, s: int, e: int, t: str) -> Raw | None:
        low = " ".join(t.lower().split())
        words = low.split()
        if low in SET_ADVERBS:
            nxt = _WORD_AFTER_RE.match(self.text, e)
            if _first_upper(t) and nxt and _first_upper(nxt.group(1)):
                return None  # "the Daily Telegraph"
            return Raw(s, e, "set", "set", value=SET_ADVERBS[low])
        last = words[-1].rstrip(".")
        unit = _SET_UNITS.get(last[:-1] if last.endswith("s") and last[:-1] in _SET_UNITS
                              else last)
        if words[0] == "per":
            before = self.prev_words(s, 1)
            if before and before[0][1] in RATE_WORDS:
                return None  # "20 kilometers per day": a rate of travel
            if unit is None:
                return None
            return Raw(s, e, "set", "set", value=_set_value(unit, 1))
        if words[0] in ("every", "each"):
            n: float = 1
            if len(words) == 3:
                mid = words[1]
                n = 2 if mid in ("other", "second") else ORDINALS.get(mid, 0) or \
                    (parse_number(mid) or 0)
                if n <= 0:
                    return None
            return Raw(s, e, "set", "set", value=self._set_of(last, unit, n))
        count = SET_COUNTS.get(words[0])
        if count is None:
            v = parse_number(words[0])
            if v is None or v <= 0 or not float(v).is_integer():
                return None
            count = int(v)
        value = self._set_of(last, unit, 1)
        return Raw(s, e, "set", "set", value=value, freq=count)

    @staticmethod
    def _set_of(word: str, unit: str | None, n: float) -> str:
        """The TIMEX3 value of one period of a set: "P2W", "XXXX-WXX-1", "XXXX-06"."""
        if unit is not None:
            return _set_value(unit, n)
        if word.endswith("s") and word[:-1] in DAY_PART_CODES:
            word = word[:-1]
        if word in DAY_PART_CODES:
            return f"XXXX-XX-XXT{DAY_PART_CODES[word]}"
        if word in WEEKDAYS:
            return f"XXXX-WXX-{WEEKDAYS[word] + 1}"
        if word in SEASONS:
            return f"XXXX-{SEASONS[word]}"
        return f"XXXX-{_month_of(word):02d}"

    def _r_ref(self, s: int, e: int, t: str) -> Raw | None:
        key = _key(t)
        value = _REF_KEYS.get(key)
        if value is None:
            return None
        if _OF_AFTER_RE.match(self.text, e):
            return None  # "at the moment of impact"
        nxt = _WORD_AFTER_RE.match(self.text, e)
        following = nxt.group(1).lower() if nxt else ""
        if key == "now" and following in NOT_AFTER_NOW:
            return None  # "now that the war was over"
        if key == "former" and (not nxt or following in NOT_AFTER_FORMER):
            return None  # "the former was larger": a pronoun
        return Raw(s, e, "ref", "ref", value=value)

    def _r_day_part(self, s: int, e: int, t: str) -> Raw | None:
        word = " ".join(t.lower().split())
        if word.startswith("the "):
            word = word[4:]
        code = DAY_PART_CODES.get(word.replace("mid-day", "midday"))
        if code is None:
            return None
        of_date = _OF_AFTER_RE.match(self.text, e) is not None
        if not of_date and self.relation_word(s) not in DAY_PART_RELATIONS:
            return None
        raw = Raw(s, e, "relative", "day", part=code, rel_unit="PART", claimless=True)
        raw.extra["needs_date"] = of_date  # "the dawn of the atomic age" has none
        return raw

    def _r_dur_clock(self, s: int, e: int, t: str) -> Raw | None:
        """"in 2:55:10": hours, minutes and seconds of a length, counted in seconds."""
        h, m, sec = t.split(":")
        total = int(h) * 3600 + int(m) * 60 + float(sec)
        # (no "two days on" read after it: "in 2:55:10 on April 19" is the day it was run)
        return Raw(s, e, "duration", "duration", unit="S", count=(total, total))

    def _r_dur_compact(self, s: int, e: int, t: str) -> Raw | None:
        """"5 d 1 h 16 min 6 s": one length, counted in its smallest unit."""
        parts = _COMPACT_PART.findall(t.lower())
        if len(parts) < 2:
            return None
        total = sum(float(n) * _COMPACT_UNITS[u][1] for n, u in parts)
        unit, size = _COMPACT_UNITS[parts[-1][1]]
        return self._duration(s, e, unit, (total / size, total / size))

    def _r_dur_between(self, s: int, e: int, t: str) -> Raw | None:
        m = re.match(rf"between{SP}(.+?){SP}and{SP}(.+?){SP}(\w+)$", t, re.IGNORECASE)
        if m is None:  # the pattern matched what this reader cannot read
            return None
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
        if um is None:  # the pattern matched what this reader cannot read
            return None
        unit = UNIT_WORDS.get(um.group(1))
        if unit is None:
            return None
        head = low[:um.start()].rstrip(" \t\u00a0-\u2010\u2011\u2012\u2013\u2014\n\r")
        last = head.rsplit(None, 1)
        if len(last) == 2 and last[1] in DURATION_ADJECTIVES:
            head = last[0]  # "five consecutive years": the length of five years
        if re.search(r"[-\u2010\u2011]and[-\u2010\u2011]a[-\u2010\u2011]half$", head):
            head = re.sub(r"[-\u2010\u2011](and)[-\u2010\u2011](a)[-\u2010\u2011](half)$",
                          r" \1 \2 \3", head)  # "two-and-a-half years"
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
        standard = _STANDARD.match(self.text, e) if "-" in t else None
        if standard is not None and standard.group(1).lower() in STANDARD_AFTER:
            return None  # "10-minute sustained": a way of measuring wind, no duration
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
        if sm:  # "two days later"; "a few days later" too, a shift of no known length
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
            if low == "tonight":
                raw.part = DAY_PART_CODES["night"]
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
                raw.part = DAY_PART_CODES.get(unit_word)
            else:
                raw.rel_unit = UNIT_WORDS[unit_word]
            raw.direction = HEAD_DIRECTIONS.get(head, 0)
            raw.deictic = head in DEICTIC_HEADS and not low.startswith("the")
            if head == "this" and unit_word in DAY_PARTS:
                raw.deictic = True
            if head in ("that", "same") and not raw.deictic:
                # "later that month", "earlier the same day": the part after (before) the
                # narrative's date
                before = self.prev_words(s, 1)
                if before and before[0][1] in NARRATIVE_EDGES:
                    raw.start = before[0][0]
                    raw.extra["edge"] = NARRATIVE_EDGES[before[0][1]]
        raw.gran = {"Y": "year", "M": "month", "W": "week", "SEASON": "season"}.get(
            raw.rel_unit or "D", "day")
        return raw
