"""Dates, periods and durations: find them, normalise them to intervals, keep the anchor.

Why rules and not a parser library: dateparser fills a missing year or day with today's
date, which invents precision a historian cannot afford. HeidelTime's narrative mode is
the model here: a year-less date ("On June 29") takes the year of the last date the
narrative mentioned, then the document's own date, and otherwise stays year-less.

One compiled pattern finds every candidate in a single left-to-right pass (linear: no
nested quantifiers, bounded gaps). Each candidate is then read by a small function and
resolved in reading order against the narrative state. Values follow TimeML TIMEX3.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.plugin import MONTHS, NUMBER_WORD_PATTERN, UNIT_DAYS, Claim, TimeRef, parse_number

__all__ = ["claim_time", "document_times", "extract_claims", "find_times", "governing_time"]

# -- vocabulary ----------------------------------------------------------------------------

# Month names that are also common English words: read only with a day, a year or a
# preposition in front ("one may suppose", "troops march").
_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "dec", "sun", "sat", "aug"}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_ORD_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "twenty first": 21, "last": 4, "final": 4,
}
_UNIT_WORDS: dict[str, str] = {
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y", "month": "M", "months": "M",
    "week": "W", "weeks": "W", "day": "D", "days": "D", "hour": "H", "hours": "H",
    "hr": "H", "hrs": "H", "h": "H", "minute": "MIN", "minutes": "MIN", "min": "MIN",
    "mins": "MIN", "second": "S", "seconds": "S", "sec": "S", "secs": "S",
    "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
    "fortnight": "FN", "fortnights": "FN",
}
_VAGUE_COUNTS = {"several": (2.0, 9.0), "a few": (2.0, 5.0), "few": (2.0, 5.0),
                 "some": (2.0, 9.0), "many": (3.0, 99.0), "a couple of": (2.0, 2.0),
                 "couple of": (2.0, 2.0)}

# Duration qualifiers, TimeML mods, and the Quantity qualifier words they correspond to.
_DUR_QUALIFIERS: dict[str, str] = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN",
    "well over": "MORE_THAN", "just over": "MORE_THAN", "longer than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "not less than": "EQUAL_OR_MORE", "a minimum of": "EQUAL_OR_MORE",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "just under": "LESS_THAN", "shorter than": "LESS_THAN",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
    "a maximum of": "EQUAL_OR_LESS",
    "nearly": "APPROX", "almost": "APPROX", "about": "APPROX", "around": "APPROX",
    "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX", "circa": "APPROX",
}
# The preposition in front of a date, and the TimeML mod it implies when the date has none.
_RELATION_MODS = {
    "by": "ON_OR_BEFORE", "before": "BEFORE", "prior to": "BEFORE", "ahead of": "BEFORE",
    "until": "ON_OR_BEFORE", "till": "ON_OR_BEFORE", "up to": "ON_OR_BEFORE",
    "after": "AFTER", "since": "ON_OR_AFTER", "as of": None, "around": "APPROX",
    "about": "APPROX", "circa": "APPROX", "c.": "APPROX", "ca.": "APPROX",
    "approximately": "APPROX", "roughly": "APPROX",
}

# -- the pattern ---------------------------------------------------------------------------

_SP = r"(?:[ \t\u00a0]{1,3}|[ \t]{0,2}\r?\n[ \t]{0,2})"
_DASH = r"[-\u2010-\u2015\u2212]"
_DSEP = rf"[ \t]{{0,2}}{_DASH}[ \t]{{0,2}}"
_MON = (r"(?:(?:january|february|march|april|may|june|july|august|september|october"
        r"|november|december)(?![a-z])|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
        r"(?![a-z])\.?)")
_WD = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
       r"|(?:tues|tue|wed|thurs|thur|thu|fri|sat|sun|mon)(?![a-z])\.?)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
_Y4 = r"(?:1\d{3}|20\d{2}|21\d{2})"
_Y4E = _Y4 + r"(?![\d]|[.,]\d|:\d)"
_CSP = rf"(?:,{_SP}?|{_SP})"  # "June 25, 1950" / "June 25 1950" / "June 25,1950"
_WDP = rf"(?:{_WD},?{_SP})?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_ORD = (r"(?:\d{1,2}(?:st|nd|rd|th)|twenty[- ]first|first|second|third|fourth|fifth|sixth"
        r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
        r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)")
_QORD = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
_NUM = r"(?:\d+(?:\.\d+)?)"
_NW = f"(?:{NUMBER_WORD_PATTERN})"
_COUNT = (rf"(?:{_NUM}|{_NW}|several|a{_SP}few|few|a{_SP}couple{_SP}of|couple{_SP}of|many|some"
          r"|an?)")
_FULL_MON = (r"(?:january|february|march|april|may|june|july|august|september|october|november"
             r"|december)(?![a-z])")
_UNIT = (r"(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?"
         r"|sec|decades?|centuries|century|fortnights?)(?![\w])")
_REL_UNIT = (r"(?:day|week|month|year|morning|afternoon|evening|night|spring|summer"
             r"|autumn|fall|winter)(?![\w])")

_ALTERNATIVES: list[tuple[str, str]] = [
    ("md_range", rf"(?:(?:from|between){_SP})?{_MON}{_SP}{_DAY}"
                 rf"(?:{_DSEP}|{_SP}(?:to|till|until|through){_SP}){_DAY}(?:{_CSP}{_Y4E})?"),
    ("dm_range", rf"(?:(?:from|between){_SP})?{_DAY}(?:{_DSEP}|{_SP}(?:to|till|until|through"
                 rf"|and){_SP}){_DAY}{_SP}(?:of{_SP})?{_MON},?{_SP}{_Y4E}"),
    ("mdy", rf"{_WDP}{_MON}{_SP}(?:the{_SP})?{_DAY}(?:{_CSP}|{_SP}of{_SP}){_Y4E}"),
    ("dmy", rf"{_WDP}{_DAY}\.?{_SP}(?:of{_SP})?{_MON}(?:,?{_SP}of{_SP}|,?{_SP}){_Y4E}"),
    ("ymd_mon", rf"{_Y4}(?P<msep>[-/]){_MON}(?P=msep)(?:3[01]|[12]\d|0?[1-9])(?![\d])"),
    ("iso", rf"{_Y4}(?P<isep>[-/.])(?:0?[1-9]|1[0-2])(?P=isep)(?:3[01]|[12]\d|0?[1-9])(?![\d])"),
    ("numeric", r"\d{1,2}(?P<nsep>[-/.])\d{1,2}(?P=nsep)\d{4}(?![\d]|[.,]\d)"),
    ("season", rf"(?:the{_SP})?{_SEASON}{_SP}(?:of{_SP})?{_Y4}(?:[-/\u2013]\d{{2,4}})?"
               r"(?![\d]|[.,]\d)"),
    ("quarter", rf"(?:the{_SP})?{_QORD}(?:{_DASH}{_SP}?|{_SP})quarter{_SP}(?:of{_SP})?{_Y4E}"
                rf"|q[1-4]{_SP}?(?:of{_SP})?{_Y4E}|[1-4]q{_SP}?{_Y4E}|{_Y4}{_SP}?q[1-4](?![\w])"
                rf"|h[12]{_SP}?{_Y4E}|{_Y4}{_SP}?h[12](?![\w])|q[1-4](?![\w])"),
    ("decade", rf"(?:the{_SP})?(?:(?:1\d|20|21)\d0|'\d0)'?s(?![\w])"),
    ("century", rf"(?:the{_SP})?{_ORD}(?:{_DASH}|{_SP})century(?![\w])"),
    ("mm_y", rf"{_MON}{_DSEP}{_MON},?{_SP}{_Y4E}"),
    ("year_range", rf"{_Y4}(?:{_DSEP}|/)(?:{_Y4}|\d{{2}})(?![\d]|[.,]\d)"),
    ("my", rf"{_MON}(?:,?{_SP}of{_SP}|{_SP}?,{_SP}?|{_SP}){_Y4E}"),
    ("ym", rf"{_Y4},?{_SP}{_FULL_MON}"),
    ("nmy", rf"(?:0?[1-9]|1[0-2])/{_Y4E}(?!/)"),
    ("md", rf"{_WDP}{_MON}{_SP}(?:the{_SP})?{_DAY}(?!{_DSEP}\d|[:.]\d)"),
    ("dm", rf"{_WDP}{_DAY}{_SP}(?:of{_SP})?{_MON}"),
    ("month", rf"{_MON}(?![\w-])"),
    ("dur_between", rf"between{_SP}(?:{_NUM}|{_NW}){_SP}and{_SP}(?:{_NUM}|{_NW}){_SP}{_UNIT}"),
    ("duration", rf"(?:{_COUNT}(?:{_DSEP}(?:{_NUM}|{_NW})|{_SP}(?:to|or){_SP}(?:{_NUM}|{_NW}))?"
                 rf"(?:{_SP}|{_DASH})?(?:and{_SP}a{_SP}half{_SP})?{_UNIT}"
                 rf"(?:{_SP}and(?:{_SP}an?)?{_SP}half(?![\w]))?"
                 rf"|half{_SP}(?:an?{_SP})?{_UNIT}"
                 rf"|(?:years|months|weeks|days|hours|decades)-long(?![\w]))"),
    ("relative", rf"(?:the{_SP})?(?:same|following|next|previous|preceding|prior){_SP}{_REL_UNIT}"
                 rf"|(?:that|this){_SP}{_REL_UNIT}"
                 rf"|(?:last|next|this|past|coming){_SP}(?:{_WD}|week(?![\w])|month(?![\w])"
                 r"|year(?![\w]))"
                 rf"|the{_SP}(?:day|week|month|year){_SP}(?:before|after)(?![\w])"
                 r"|today|yesterday|tomorrow|tonight"),
    ("year", _Y4E),
]
# Matched against the lower-cased text, at the few places TRIGGER_RE points to.
MASTER_RE = re.compile(
    r"(?<![\w#$£€¥/.])(?:"
    + "|".join(f"(?P<{name}>{pat})" for name, pat in _ALTERNATIVES)
    + ")",
)
# Every expression holds one of these tokens; finding them is one fast pass, and the full
# pattern is tried only around them (a digit run, a month, a unit word, ...).
TRIGGER_RE = re.compile(
    r"[0-9]+|'[0-9]0s|(?<![a-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?"
    r"|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
    r"|spring|summer|autumn|fall|winter|q[1-4]|h[12]|years?|months?|weeks?|days?|hours?|hrs?"
    r"|h|min(?:ute)?s?|sec(?:ond)?s?|decades?|centur(?:y|ies)|fortnights?|today|yesterday"
    r"|tomorrow|tonight|night|morning|afternoon|evening|quarter)(?![a-z])"
)
_PREFIX_WORDS = frozenset(
    "the a an that this last next past coming same following previous preceding prior "
    "between from half several few couple of many some and or to quarter final another "
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand dozen first second third fourth fifth sixth seventh "
    "eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
    "seventeenth eighteenth nineteenth twentieth".split()
)
# A word before a position, read in the reversed text: blanks, then letters, then the
# start of the word (a blank, an opening bracket or quote, or the window's edge).
_RWORD_RE = re.compile(r"[ \t\u00a0\n]{1,3}([a-z-]*[a-z])(?=[\s(\"'\u201c]|$)")

# Context read backwards from a candidate's start, over a bounded window (linear).
_MOD_RE = re.compile(
    rf"(?:\b(?:the{_SP})?(?:very{_SP})?(?P<phrase>beginning|start|end|middle|close|first half"
    r"|second half|latter half|last half|first part|latter part|early part|last part"
    rf"|first days|last days|final days|last weeks|first weeks){_SP}of{_SP}(?:the{_SP})?"
    rf"|\b(?P<word>early|mid|late)(?:{_DASH}|{_SP}))$",
    re.IGNORECASE,
)
_REL_RE = re.compile(
    rf"\b(?P<rel>by|before|after|since|until|till|to|through|from|in|on|at|during|as{_SP}of"
    rf"|prior{_SP}to|ahead{_SP}of|between|and|of|around|about|circa|c\.|ca\.|approximately"
    rf"|roughly|up{_SP}to|for|within|than|over|under|early|late|mid|this|that|last|next"
    rf"|each|every|throughout|spring|summer|autumn|fall|winter){_SP}$",
    re.IGNORECASE,
)
_QUAL_RE = re.compile(
    r"\b(?P<q>" + "|".join(sorted((re.escape(k).replace(r"\ ", _SP) for k in _DUR_QUALIFIERS),
                                  key=len, reverse=True))
    + rf"){_SP}$",
    re.IGNORECASE,
)
_LIST_RE = re.compile(rf"(?:,{_SP}?(?:and{_SP}|or{_SP})?|{_SP}(?:and|or){_SP}|/)$")
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:no|nos|nr|number|numbers|pp?|page|pages|vol|volume|telegrams?|fond|opis|delo"
    r"|listy?|id|code|room|flight|route|article|paragraph|para|section|item|unit|division"
    r"|regiment|brigade|battalion|model|type|version|tel|fax|box|order|file|ref|hill|height"
    r"|highway)\.?[ \t\u00a0]*|[#№$£€¥][ \t\u00a0]*|\d[,.])$",
    re.IGNORECASE,
)
_NOT_YEAR_WORDS = frozenset(
    "no nos nr number numbers p pp page pages vol volume telegram telegrams fond opis delo "
    "list listy id code room flight route article paragraph para section item unit division "
    "regiment brigade battalion model type version tel fax box order file ref hill height "
    "highway".split()
)
# A year followed by a counted noun is a figure: "1500 men", "1,950 km", "2000-3000 troops".
_COUNT_NOUNS = (
    "men|women|people|persons|troops|soldiers|officers|tanks|guns|planes|aircraft|ships"
    "|vehicles|rifles|km|kilometers|kilometres|miles|meters|metres|feet|ft|yards|tons|tonnes"
    "|dollars|rubles|roubles|yuan|pounds|euros|workers|employees|casualties|dead|killed"
    "|wounded|prisoners|units|divisions|copies|pages|votes|cases|deaths|shares|barrels|acres"
    "|hectares|kg|lb|lbs|sq|square|cubic|mm|cm|households|families|children|students|members"
    "|delegates|items|points|times|per|percent|hours|days|weeks|months|years|minutes|seconds"
    "|strong|m|km2|sq\\.|head|each|in\\s+number"
)
_YEAR_AFTER_REJECT = re.compile(
    rf"(?:{_DSEP}\d[\d,.]*|{_SP}(?:to|or|and){_SP}\d[\d,.]*)?[ \t\u00a0]*(?:%|(?:{_COUNT_NOUNS})\b"
    r"|:\d|[½¼¾])",
    re.IGNORECASE,
)
_STRONG_YEAR_CONTEXT = {
    "in", "since", "until", "till", "during", "by", "before", "after", "early", "late", "mid",
    "of", "from", "to", "through", "around", "circa", "c.", "ca.", "spring", "summer",
    "autumn", "fall", "winter", "between", "and", "as of", "throughout",
}
_MONTH_CONTEXT = {
    "in", "of", "since", "until", "till", "by", "from", "during", "to", "through", "before",
    "after", "early", "mid", "late", "this", "that", "last", "next", "each", "every",
    "throughout", "around", "between", "and", "as of", "on", "for",
}
_RELATIVE_SUFFIX_RE = re.compile(
    rf"{_SP}(?P<dir>later|earlier|ago|afterwards?|before|after|hence|previously|on)(?![\w])",
    re.IGNORECASE,
)
_REJECT_ONE_BEFORE = re.compile(
    rf"\b(?:once|twice|thrice|times|per|each|every|a|x|some|one){_SP}$", re.IGNORECASE
)


# -- intermediate records ------------------------------------------------------------------


@dataclass
class _Raw:
    """A candidate as read from the text, before the narrative supplies missing years."""

    start: int
    end: int
    kind: str  # date, range, duration, relative
    gran: str = "day"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    code: str | None = None  # season, quarter, half code ("SU", "Q3", "H2") or decade/century
    mod: str | None = None
    relation: str | None = None
    # ranges
    parts: tuple[_Raw, _Raw] | None = None
    # durations
    unit: str | None = None
    count: tuple[float, float] | None = None
    vague: bool = False
    # relative
    direction: int = 0  # -1 earlier, +1 later, 0 same
    rel_unit: str | None = None
    rel_word: str | None = None
    deictic: bool = False
    weekday: int | None = None
    decade_digits: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


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


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y if y else 2000, m)[1]


_TOKENS_RE = re.compile(r"[A-Za-z]+\.?|\d+(?:st|nd|rd|th)?|'\d0s?", re.IGNORECASE)


def _tokens(s: str) -> list[str]:
    return _TOKENS_RE.findall(s)


def _first_upper(s: str) -> bool:
    return s[:1].isupper()


class _Scanner:
    """Reads every candidate in a text: one pass of MASTER_RE, then local checks."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        if len(low) != len(text):  # a few code points lower-case to two ("İ")
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        self.low = low
        self.rlow = low[::-1]

    def before(self, start: int, width: int = 48) -> str:
        return self.text[max(0, start - width):start]

    def scan(self) -> list[_Raw]:
        low = self.low
        out: list[_Raw] = []
        last_end = 0
        for tm in TRIGGER_RE.finditer(low):
            p = tm.start()
            if p < last_end:
                continue
            for st in self._starts(p, last_end):
                m = MASTER_RE.match(low, st)
                if m is None or m.end() <= p:
                    continue
                raw = self._read(m)
                if raw is None:
                    continue
                self._context(raw)
                out.append(raw)
                last_end = m.end()
                break
        return self._join_ranges(out)

    def _starts(self, p: int, floor: int) -> list[int]:
        """Where an expression holding the trigger at ``p`` may begin: ``p`` itself, or up
        to four words back when each is a word that can open one ("the same", "two")."""
        starts = [p]
        rl = self.rlow
        size = len(rl)
        i, stop = size - p, size - max(floor, p - 64)
        while len(starts) < 5:
            m = _RWORD_RE.match(rl, i, stop)
            if m is None or m.group(1)[::-1].strip("-") not in _PREFIX_WORDS:
                break
            starts.append(size - m.end(1))
            i = m.end(1)
        starts.reverse()
        return starts

    def _prev_words(self, pos: int, n: int, floor: int = 0) -> list[tuple[int, str]]:
        """Up to ``n`` words before ``pos``, nearest first, separated by blanks only.

        Read as forward matches over the reversed text, so each look back is one C call.
        """
        rl = self.rlow
        size = len(rl)
        floor = max(floor, pos - 64)
        i = size - pos
        out: list[tuple[int, str]] = []
        while len(out) < n:
            m = _RWORD_RE.match(rl, i, size - floor)
            if m is None:
                break
            out.append((size - m.end(1), m.group(1)[::-1]))
            i = m.end(1)
        return out

    # -- reading one match ---------------------------------------------------------------

    def _read(self, m: re.Match[str]) -> _Raw | None:
        kind = m.lastgroup
        s, e = m.start(), m.end()
        t = self.text[s:e]
        if s and self.low[s - 1] in _DASHES:
            # "mid-1951", "pre-1950" read; "4-51", "ISBN 0-19-1950" do not
            word = re.search(r"[a-z]*$", self.low[max(0, s - 12):s - 1])
            if word is None or word.group() not in ("mid", "early", "late", "pre", "post"):
                return None
        reader = getattr(self, f"_r_{kind}")
        return reader(s, e, t)

    def _r_mdy(self, s: int, e: int, t: str) -> _Raw | None:
        toks = _tokens(t)
        toks = [x for x in toks if x.lower().rstrip(".") not in WEEKDAYS and x.lower() != "the"
                and x.lower() != "of"]
        mon, day, year = _month_of(toks[0]), _day_of(toks[1]), int(toks[2])
        if not _valid(year, mon, day):
            return None
        return _Raw(s, e, "date", "day", year, mon, day)

    def _r_dmy(self, s: int, e: int, t: str) -> _Raw | None:
        toks = [x for x in _tokens(t) if x.lower().rstrip(".") not in WEEKDAYS
                and x.lower() not in ("of", "the")]
        day, mon, year = _day_of(toks[0]), _month_of(toks[1]), int(toks[2])
        if not _valid(year, mon, day):
            return None
        return _Raw(s, e, "date", "day", year, mon, day)

    def _r_md_range(self, s: int, e: int, t: str) -> _Raw | None:
        toks = [x for x in _tokens(t) if x[0].isdigit() or x.lower().rstrip(".") in MONTHS]
        if toks[0].lower().rstrip(".") in _AMBIGUOUS_MONTHS and not _first_upper(toks[0]):
            return None
        mon, d1, d2 = _month_of(toks[0]), _day_of(toks[1]), _day_of(toks[2])
        year = int(toks[3]) if len(toks) > 3 else None
        return self._day_range(s, e, year, mon, d1, d2)

    def _r_dm_range(self, s: int, e: int, t: str) -> _Raw | None:
        toks = [x for x in _tokens(t) if x[0].isdigit() or x.lower().rstrip(".") in MONTHS]
        d1, d2, mon, year = _day_of(toks[0]), _day_of(toks[1]), _month_of(toks[2]), int(toks[3])
        return self._day_range(s, e, year, mon, d1, d2)

    @staticmethod
    def _day_range(s: int, e: int, year: int | None, mon: int, d1: int, d2: int
                   ) -> _Raw | None:
        y = year or 2000  # leap year: Feb 29 stays possible until the year is known
        if d2 <= d1 or not _valid(y, mon, d1) or not _valid(y, mon, d2):
            return None
        a = _Raw(s, e, "date", "day", year, mon, d1)
        b = _Raw(s, e, "date", "day", year, mon, d2)
        return _Raw(s, e, "range", "day", parts=(a, b))

    def _r_ymd_mon(self, s: int, e: int, t: str) -> _Raw | None:
        y, mo, d = re.split(r"[-/]", t)
        year, mon, day = int(y), _month_of(mo), int(d)
        if not _valid(year, mon, day):
            return None
        return _Raw(s, e, "date", "day", year, mon, day)

    def _r_ym(self, s: int, e: int, t: str) -> _Raw | None:
        toks = _tokens(t)
        if toks[-1].lower() in _AMBIGUOUS_MONTHS and not _first_upper(toks[-1]):
            return None
        if self._year_rejected(s, s + 4, t[:4]):
            return None
        return _Raw(s, e, "date", "month", int(toks[0]), _month_of(toks[-1]))

    def _r_nmy(self, s: int, e: int, t: str) -> _Raw | None:
        mo, y = t.split("/")
        return _Raw(s, e, "date", "month", int(y), int(mo))

    def _r_iso(self, s: int, e: int, t: str) -> _Raw | None:
        y, mo, d = (int(x) for x in re.split(r"[-/.]", t))
        if not _valid(y, mo, d):
            return None
        return _Raw(s, e, "date", "day", y, mo, d)

    def _r_numeric(self, s: int, e: int, t: str) -> _Raw | None:
        a, b, y = (int(x) for x in re.split(r"[-/.]", t))
        if a == b:
            mo, d = a, b
        elif a > 12 and b <= 12:
            d, mo = a, b
        elif b > 12 and a <= 12:
            mo, d = a, b
        else:
            return None  # 04/05/1950: month-first or day-first? Not ours to guess.
        if not _valid(y, mo, d):
            return None
        return _Raw(s, e, "date", "day", y, mo, d)

    def _r_season(self, s: int, e: int, t: str) -> _Raw | None:
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
        return _Raw(s, e, "date", "season", year, code=code)

    def _r_quarter(self, s: int, e: int, t: str) -> _Raw | None:
        low = t.lower()
        ym = re.search(r"\d{4}", low)
        year = int(ym.group()) if ym else None
        if low.startswith("q") and year is None and not t.startswith("Q"):
            return None  # lower-case "q3" alone is not a quarter
        hm = re.search(r"h([12])(?!\d)", low)
        if hm and "quarter" not in low:
            return _Raw(s, e, "date", "half", year, code=f"H{hm.group(1)}")
        qm = re.search(r"q([1-4])|([1-4])q", low)
        if qm:
            n = int(qm.group(1) or qm.group(2))
        else:
            w = re.match(r"(?:the\s+)?(\w+)", low)
            n = _ORD_WORDS.get(w.group(1), 0) if w else 0
            if not n:
                n = int(re.match(r"(?:the\s+)?(\d)", low).group(1))  # type: ignore[union-attr]
        if not 1 <= n <= 4:
            return None
        return _Raw(s, e, "date", "quarter", year, code=f"Q{n}")

    def _r_decade(self, s: int, e: int, t: str) -> _Raw | None:
        m = re.search(r"(\d{4})|'(\d)0", t)
        assert m is not None
        if m.group(1):
            y = int(m.group(1))
            if y % 10:
                return None
            return _Raw(s, e, "date", "decade", y, code=str(y // 10))
        return _Raw(s, e, "date", "decade", None, decade_digits=m.group(2))

    def _r_century(self, s: int, e: int, t: str) -> _Raw | None:
        low = t.lower()
        m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", low)
        if m:
            n = int(m.group(1))
        else:
            w = re.sub(r"^the\s+", "", low)
            w = re.split(r"[\s\u2010-\u2015-]century", w)[0].replace("-", " ").strip()
            n = _ORD_WORDS.get(w, 0)
        if not 1 <= n <= 22:
            return None
        return _Raw(s, e, "date", "century", (n - 1) * 100, code=f"{n - 1:02d}")

    def _r_mm_y(self, s: int, e: int, t: str) -> _Raw | None:
        toks = _tokens(t)
        m1, m2, year = _month_of(toks[0]), _month_of(toks[1]), int(toks[2])
        if m2 <= m1:
            return None
        a = _Raw(s, e, "date", "month", year, m1)
        b = _Raw(s, e, "date", "month", year, m2)
        return _Raw(s, e, "range", "month", parts=(a, b))

    def _r_year_range(self, s: int, e: int, t: str) -> _Raw | None:
        m = re.match(r"(\d{4})\s*(?:[-\u2010-\u2015\u2212]|/)\s*(\d{2,4})", t)
        assert m is not None
        y1, tail = int(m.group(1)), m.group(2)
        if self._year_rejected(s, e, t):
            return None
        if len(tail) == 2:
            y2 = y1 - y1 % 100 + int(tail)
            if y2 <= y1:
                if 1 <= int(tail) <= 12 and tail.startswith(("0", "1")):
                    return _Raw(s, e, "date", "month", y1, int(tail))  # "1950-06", "2016/11"
                if y1 % 100 == 99 and tail == "00":
                    y2 = y1 + 1
                else:
                    return None
        else:
            y2 = int(tail)
            if y2 <= y1 or y2 - y1 > 200:
                return None
        a = _Raw(s, e, "date", "year", y1)
        b = _Raw(s, e, "date", "year", y2)
        return _Raw(s, e, "range", "year", parts=(a, b))

    def _r_my(self, s: int, e: int, t: str) -> _Raw | None:
        toks = _tokens(t)
        if toks[0].lower().rstrip(".") in _AMBIGUOUS_MONTHS and not _first_upper(toks[0]):
            return None
        return _Raw(s, e, "date", "month", int(toks[-1]), _month_of(toks[0]))

    def _r_md(self, s: int, e: int, t: str) -> _Raw | None:
        toks = [x for x in _tokens(t) if x.lower() != "the"]
        wd = None
        if toks[0].lower().rstrip(".") in WEEKDAYS and toks[0].lower().rstrip(".") not in MONTHS:
            wd = toks[0]
            toks = toks[1:]
        mon_word = toks[0]
        ordinal = re.search(r"\d(?:st|nd|rd|th)", t) is not None
        if mon_word.lower().rstrip(".") in _AMBIGUOUS_MONTHS and not _first_upper(mon_word) \
                and not ordinal:
            return None
        mon, day = _month_of(mon_word), _day_of(toks[1])
        if not _valid(0, mon, day):
            return None
        if wd is None and not _first_upper(mon_word) and len(mon_word.rstrip(".")) <= 4 \
                and not re.search(r"\d(?:st|nd|rd|th)", t):
            return None
        return _Raw(s, e, "date", "day", None, mon, day)

    def _r_dm(self, s: int, e: int, t: str) -> _Raw | None:
        toks = [x for x in _tokens(t) if x.lower() not in ("of", "the")]
        if toks[0].lower().rstrip(".") in WEEKDAYS and toks[0].lower() not in MONTHS:
            toks = toks[1:]
        day, mon_word = _day_of(toks[0]), toks[1]
        ordinal = re.search(r"\d(?:st|nd|rd|th)", t) is not None or " of " in t.lower()
        if mon_word.lower().rstrip(".") in _AMBIGUOUS_MONTHS and not _first_upper(mon_word) \
                and not ordinal:
            return None
        mon = _month_of(mon_word)
        if not _valid(0, mon, day):
            return None
        return _Raw(s, e, "date", "day", None, mon, day)

    def _r_month(self, s: int, e: int, t: str) -> _Raw | None:
        word = t.rstrip(".")
        low = word.lower()
        if not _first_upper(word):
            return None
        if t.endswith(".") and len(word) > 4:
            e -= 1  # "in June." : the full stop ends the sentence
        elif t.endswith(".") and self.text[e:e + 1] in ("", " ", "\n") and len(word) == 3 \
                and low not in ("sep", "oct", "nov", "dec", "jan", "feb", "aug", "apr"):
            e -= 1
        rel = self._relation_word(s)
        listed = _LIST_RE.search(self.before(s, 8)) is not None
        mod = self._mod_match(s) is not None
        if rel in _MONTH_CONTEXT or mod or listed:
            if low in _AMBIGUOUS_MONTHS and not (rel in _MONTH_CONTEXT or mod or listed):
                return None
            return _Raw(s, e, "date", "month", None, _month_of(word), extra={"listed": listed})
        return None

    def _r_year(self, s: int, e: int, t: str) -> _Raw | None:
        if self._year_rejected(s, e, t):
            return None
        return _Raw(s, e, "date", "year", int(t))

    def _year_rejected(self, s: int, e: int, t: str) -> bool:
        low = self.low
        if s and (low[s - 1] in "#№$£€¥" or (s > 1 and low[s - 1] in ",." and
                                               low[s - 2].isdigit())):
            return True
        words = self._prev_words(s, 1)
        if words and words[0][1] in _NOT_YEAR_WORDS:
            return True
        if s > 1 and low[s - 1] in " \t" and (
                low[s - 2] in "#№$£€¥"
                or (low[s - 2] == "." and _NOT_YEAR_BEFORE.search(self.before(s, 16)))):
            return True
        after = self.text[e:e + 40]
        if _YEAR_AFTER_REJECT.match(after):
            rel = self._relation_word(s)
            return not (rel in ("in", "since", "until", "during") and not after.lstrip()[:1]
                        .isdigit() and not re.match(r"\s*%", after))
        return False

    def _mod_match(self, s: int) -> tuple[int, str] | None:
        """Where "the end of", "early", "mid-" in front of ``s`` starts, and the phrase."""
        if s and self.low[s - 1] in _DASHES:
            width = 12
        else:
            words = self._prev_words(s, 2)
            if not words or words[0][1] not in ("of", "the", "early", "mid", "late"):
                return None
            width = 48
        m = _MOD_RE.search(self.before(s, width))
        if m is None:
            return None
        phrase = " ".join((m.group("phrase") or m.group("word") or "").lower().split())
        return max(0, s - width) + m.start(), phrase

    def _relation_word(self, s: int) -> str | None:
        words = self._prev_words(s, 2)
        if not words:
            return None
        w1 = words[0][1]
        if len(words) > 1 and (words[1][1], w1) in _TWO_WORD_RELATIONS:
            return f"{words[1][1]} {w1}"
        if w1 in _RELATION_WORDS:
            return w1
        m = re.search(r"\b(c|ca)\.[ \t]?$", self.low[max(0, s - 5):s])
        return f"{m.group(1)}." if m else None

    def _r_dur_between(self, s: int, e: int, t: str) -> _Raw | None:
        m = re.match(rf"between{_SP}(.+?){_SP}and{_SP}(.+?){_SP}(\w+)$", t, re.IGNORECASE)
        assert m is not None
        lo, hi = parse_number(m.group(1)), parse_number(m.group(2))
        unit = _UNIT_WORDS.get(m.group(3).lower())
        if lo is None or hi is None or unit is None or hi < lo:
            return None
        return self._duration(s, e, unit, (lo, hi))

    def _r_duration(self, s: int, e: int, t: str) -> _Raw | None:
        low = t.lower()
        if low.endswith("-long"):
            unit = _UNIT_WORDS[low[:-5]]
            return _Raw(s, e, "duration", "duration", unit=unit, count=None, vague=True)
        half = False
        hm = re.search(r"\s+and(?:\s+an?)?\s+half$", low)
        if hm:
            half = True
            low = low[:hm.start()]
        um = re.search(r"([a-z]+)$", low)
        assert um is not None
        unit = _UNIT_WORDS.get(um.group(1))
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
            ok = (_QUAL_RE.search(before) or re.search(
                rf"\b(?:for|in|within|after|than|lasted|last|took|over|another){_SP}$", before,
                re.IGNORECASE) or _RELATIVE_SUFFIX_RE.match(self.text, e))
            if _REJECT_ONE_BEFORE.search(before) or not ok:
                return None
        vague = head in _VAGUE_COUNTS and "couple" not in head  # "a couple of days": two
        return self._duration(s, e, unit, count, vague=vague)

    def _count(self, head: str) -> tuple[float, float] | None:
        head = " ".join(head.split())
        if head in _VAGUE_COUNTS:
            return _VAGUE_COUNTS[head]
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
                  vague: bool = False) -> _Raw:
        if unit == "FN":
            unit, count = "W", (count[0] * 2, count[1] * 2)
        raw = _Raw(s, e, "duration", "duration", unit=unit, count=count, vague=vague)
        qm = _QUAL_RE.search(self.before(s, 32))
        if qm:
            q = " ".join(qm.group("q").lower().split())
            raw.mod = _DUR_QUALIFIERS[q]
            raw.start = qm.start() + max(0, s - 32)
            raw.relation = q
        sm = _RELATIVE_SUFFIX_RE.match(self.text, e)
        if sm and not vague:
            d = sm.group("dir").lower()
            if d in ("later", "afterwards", "afterward", "hence", "on"):
                raw.kind, raw.direction = "relative", 1
            elif d in ("earlier", "ago", "previously"):
                raw.kind, raw.direction = "relative", -1
            if raw.kind == "relative":
                raw.end = sm.end()
                raw.rel_word = d
                raw.deictic = d in ("ago", "hence")
                # "two months ago" counts back from a day; "two years later" from a narrative
                raw.gran = "day" if raw.deictic else {
                    "Y": "year", "M": "month", "DE": "year", "CE": "year"}.get(unit, "day")
        return raw

    def _r_relative(self, s: int, e: int, t: str) -> _Raw | None:
        low = " ".join(t.lower().split())
        raw = _Raw(s, e, "relative", "day", rel_word=low)
        w = low.split()
        if low in ("today", "yesterday", "tomorrow", "tonight"):
            raw.deictic = True
            raw.rel_unit = "D"
            raw.direction = {"yesterday": -1, "tomorrow": 1}.get(low, 0)
            return raw
        if w[0] == "the" and w[-1] in ("before", "after"):
            raw.rel_unit = _UNIT_WORDS[w[1]]
            raw.direction = -1 if w[-1] == "before" else 1
        else:
            if w[0] == "the":
                w = w[1:]
            head, unit_word = w[0], w[-1].rstrip(".")
            if unit_word in WEEKDAYS:
                raw.weekday = WEEKDAYS[unit_word]
                raw.deictic = head in ("last", "next", "this", "past", "coming")
                raw.direction = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(head, 0)
                raw.rel_unit = "WD"
                return raw
            if unit_word in SEASONS:
                raw.code = SEASONS[unit_word]
                raw.rel_unit = "SEASON"
            elif unit_word in ("morning", "afternoon", "evening", "night"):
                raw.rel_unit = "D"
            else:
                raw.rel_unit = _UNIT_WORDS[unit_word]
            raw.direction = {"following": 1, "next": 1, "previous": -1, "preceding": -1,
                             "prior": -1, "last": -1, "past": -1, "coming": 1}.get(head, 0)
            raw.deictic = head in ("this", "last", "next", "past", "coming") and not \
                low.startswith("the")
            if head == "this" and unit_word in ("morning", "afternoon", "evening", "night"):
                raw.deictic = True
        raw.gran = {"Y": "year", "M": "month", "W": "week", "SEASON": "season"}.get(
            raw.rel_unit or "D", "day")
        return raw

    # -- context ----------------------------------------------------------------------------

    def _context(self, raw: _Raw) -> None:
        if raw.kind == "duration":
            return
        if raw.kind == "date" and raw.gran not in ("day",):
            mm = self._mod_match(raw.start)
            if mm:
                phrase = mm[1]
                raw.extra["phrase"] = phrase
                raw.mod = _phrase_mod(phrase)
                raw.start = mm[0]
        rel = self._relation_word(raw.start)
        if rel in ("from", "between") and raw.kind == "range":
            # "between 2014-2018": the opening word belongs to the range
            raw.start = self._prev_words(raw.start, 1)[0][0]
            rel = self._relation_word(raw.start)
        if rel is not None:
            raw.relation = rel
            if raw.mod is None and rel in _RELATIVE_PREPS:
                raw.mod = _RELATION_MODS.get(rel)

    # -- ranges -----------------------------------------------------------------------------

    def _join_ranges(self, raws: list[_Raw]) -> list[_Raw]:
        out: list[_Raw] = []
        i = 0
        while i < len(raws):
            a = raws[i]
            if i + 1 < len(raws) and a.kind == "date" and a.year is None and a.month \
                    and raws[i + 1].kind == "relative" and raws[i + 1].rel_unit == "Y" \
                    and raws[i + 1].rel_word in ("last year", "next year", "this year") \
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

    def _try_join(self, a: _Raw, b: _Raw, gap: str) -> _Raw | None:
        g = " ".join(gap.lower().split())
        opener = a.relation
        if g in ("-", "\u2013", "\u2014", "\u2012", "\u2212", "/"):
            pass
        elif g in ("to", "until", "till", "through", "thru") and \
                opener in ("from", None, "between"):
            if opener is None and g == "to" and "year" in (a.gran, b.gran):
                return None  # "moved 1950 to ..." is rarely a range without "from"
        elif g == "and" and opener == "between":
            pass
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
        start = a.start
        if opener in ("from", "between"):
            m = re.search(rf"\b(?:from|between){_SP}$", self.before(a.start, 12), re.IGNORECASE)
            if m:
                start = max(0, a.start - 12) + m.start()
        rng = _Raw(start, b.end, "range", _finer(a.gran, b.gran), parts=(a, b))
        rng.relation = None
        rm = _REL_RE.search(self.before(start, 24))
        if rm:
            rng.relation = " ".join(rm.group("rel").lower().split())
        return rng


_RELATION_WORDS = frozenset(
    "by before after since until till to through from in on at during between and of around "
    "about circa approximately roughly for within than over under early late mid this that "
    "last next each every throughout spring summer autumn fall winter".split()
)
_TWO_WORD_RELATIONS = {("as", "of"), ("prior", "to"), ("ahead", "of"), ("up", "to")}
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_RELATIVE_PREPS = {"by", "before", "prior to", "ahead of", "until", "till", "after", "since",
                   "around", "about", "circa", "c.", "ca.", "approximately", "roughly"}
_GRAN_ORDER = ["day", "week", "month", "season", "quarter", "half", "year", "decade", "century"]


def _finer(a: str, b: str) -> str:
    ia = _GRAN_ORDER.index(a) if a in _GRAN_ORDER else 0
    ib = _GRAN_ORDER.index(b) if b in _GRAN_ORDER else 0
    return _GRAN_ORDER[min(ia, ib)]


def _phrase_mod(phrase: str) -> str:
    if phrase in ("beginning", "start", "early", "first part", "early part", "first days",
                  "first weeks", "first half"):
        return "START"
    if phrase in ("middle", "mid"):
        return "MID"
    return "END"


# -- resolution ----------------------------------------------------------------------------


@dataclass
class _State:
    """What the narrative has told so far: the last year, and the last resolved date."""

    year: int | None = None
    anchor: TimeRef | None = None
    source: str = "narrative"


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _shift(d: dt.date, unit: str, n: float) -> dt.date | None:
    try:
        if unit in ("Y", "DE", "CE"):
            mult = {"Y": 12, "DE": 120, "CE": 1200}[unit]
            if float(n).is_integer():
                return _add_months(d, int(n) * mult)
            return d + dt.timedelta(days=round(n * UNIT_DAYS[unit]))
        if unit == "M" and float(n).is_integer():
            return _add_months(d, int(n))
        return d + dt.timedelta(days=round(n * UNIT_DAYS[unit]))
    except (OverflowError, ValueError):
        return None


def _interval(raw: _Raw, year: int | None) -> tuple[dt.date, dt.date] | None:
    """The days a date covers before any START/MID/END modifier."""
    if year is None or not 1 <= year <= 9998:
        return None
    g = raw.gran
    if g == "day":
        if not _valid(year, raw.month or 1, raw.day or 1):
            return None  # "February 29" read in a year that has none
        d = dt.date(year, raw.month or 1, raw.day or 1)
        return d, d
    if g == "month":
        return dt.date(year, raw.month or 1, 1), _month_end(year, raw.month or 1)
    if g == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if g == "season":
        m1, m2 = _SEASON_MONTHS[raw.code or "SU"]
        if raw.code == "WI":
            return dt.date(year, 12, 1), _month_end(year + 1, 2)
        return dt.date(year, m1, 1), _month_end(year, m2)
    if g == "quarter":
        q = int((raw.code or "Q1")[1])
        return dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
    if g == "half":
        h = int((raw.code or "H1")[1])
        return dt.date(year, 6 * h - 5, 1), _month_end(year, 6 * h)
    if g == "decade":
        return dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
    if g == "century":
        return dt.date(max(year, 1), 1, 1), dt.date(year + 99, 12, 31)
    return None


def _apply_mod(a: dt.date, b: dt.date, mod: str | None, phrase: str) -> tuple[dt.date, dt.date]:
    """Narrow an interval: early = first third, mid = middle third, late = last third;
    first/second half are exact halves. Years split on months, shorter spans on days."""
    if mod not in ("START", "MID", "END"):
        return a, b
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    half = "half" in phrase
    if months >= 3 and a.day == 1 and b == _month_end(b.year, b.month):
        k = months // 2 if half else months // 3
        if mod == "START":
            return a, _month_end(*_ym(_add_months(a, k - 1)))
        if mod == "END":
            return _add_months(a, months - k), b
        start = _add_months(a, k)
        return start, _month_end(*_ym(_add_months(start, months - 2 * k - 1)))
    days = (b - a).days + 1
    if half:
        k = days // 2
        return (a, a + dt.timedelta(days=k - 1)) if mod == "START" else \
            (a + dt.timedelta(days=k), b) if mod == "END" else \
            (a + dt.timedelta(days=days // 4), b - dt.timedelta(days=days // 4))
    if a.day == 1 and b == _month_end(a.year, a.month) and a.month == b.month:
        # a month splits in dekads: 1-10, 11-20, 21-end
        if mod == "START":
            return a, a.replace(day=10)
        if mod == "MID":
            return a.replace(day=11), a.replace(day=20)
        return a.replace(day=21), b
    k = max(1, round(days / 3))
    if mod == "START":
        return a, a + dt.timedelta(days=k - 1)
    if mod == "END":
        return b - dt.timedelta(days=k - 1), b
    return a + dt.timedelta(days=k), b - dt.timedelta(days=k)


def _ym(d: dt.date) -> tuple[int, int]:
    return d.year, d.month


def _timex_date(raw: _Raw, year: int | None) -> str:
    y = f"{year:04d}" if year is not None else "XXXX"
    g = raw.gran
    if g == "day":
        return f"{y}-{raw.month:02d}-{raw.day:02d}"
    if g == "month":
        return f"{y}-{raw.month:02d}"
    if g in ("season", "quarter", "half"):
        return f"{y}-{raw.code}"
    if g == "decade":
        return (f"{year // 10:03d}" if year is not None else f"XX{raw.decade_digits}")
    if g == "century":
        return raw.code or "XX"
    return y


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _timex_duration(unit: str | None, count: tuple[float, float] | None, vague: bool) -> str:
    u = unit or "D"
    letter = {"MIN": "M"}.get(u, u)
    exact = not vague and count is not None and count[0] == count[1]
    n = _fmt_num(count[0]) if exact and count is not None else "X"
    return f"PT{n}{letter}" if u in ("H", "MIN", "S") else f"P{n}{letter}"


class _Resolver:
    """Turns candidates into TimeRefs in reading order, carrying the narrative year."""

    def __init__(self, text: str, reference: dt.date | None) -> None:
        self.text = text
        self.reference = reference

    def resolve(self, raw: _Raw, state: _State) -> TimeRef:
        if raw.kind == "duration":
            return self._duration(raw)
        if raw.kind == "relative":
            ref = self._relative(raw, state)
        elif raw.kind == "range":
            ref = self._range(raw, state)
        else:
            ref = self._date(raw, state)
        if ref.earliest is not None:
            # HeidelTime narratives: the last date mentioned anchors what follows.
            state.year = ref.latest.year if ref.kind == "range" and ref.latest else \
                ref.earliest.year
            if ref.granularity == "decade" or ref.granularity == "century":
                state.year = state.year if state.year is not None else ref.earliest.year
            state.anchor = ref
        return ref

    def _year_for(self, raw: _Raw, state: _State) -> tuple[int | None, str, int | None]:
        if raw.year is not None:
            return raw.year, "narrative" if raw.extra.get("borrowed") else "stated", None
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

    def _date(self, raw: _Raw, state: _State) -> TimeRef:
        year, source, _ = self._year_for(raw, state)
        iv = _interval(raw, year)
        timex = _timex_date(raw, year)
        if iv is None and year is not None:
            year, source = None, "unknown"
            timex = _timex_date(raw, None)
        if iv is not None:
            a, b = _apply_mod(iv[0], iv[1], raw.mod, str(raw.extra.get("phrase", "")))
            if raw.gran == "year" and raw.mod in ("START", "END") and \
                    "half" in str(raw.extra.get("phrase", "")):
                timex = f"{year:04d}-H{1 if raw.mod == 'START' else 2}"
        else:
            a = b = None
        mod = raw.mod
        if mod in ("START", "END") and timex.endswith(("-H1", "-H2")):
            mod = None
        return TimeRef(raw.start, raw.end, self.text[raw.start:raw.end], a, b, raw.gran, timex,
                       mod=mod, year_source=source, kind="date", relation=raw.relation)

    def _range(self, raw: _Raw, state: _State) -> TimeRef:
        assert raw.parts is not None
        pa, pb = raw.parts
        ra = self._date(pa, state)
        if ra.earliest is not None and pb.year is None:
            # "from June 25 to July 3": the end reads in the start's year
            pb.year = ra.earliest.year if not (pb.month and pa.month and pb.month < pa.month) \
                else ra.earliest.year + 1
            pb.extra["borrowed"] = True
        rb = self._date(pb, state)
        if ra.earliest is None and rb.earliest is not None:
            ra = self._date(pa, _State(year=rb.earliest.year))
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
        if a is not None and b is not None and b < a:
            a = b = None
        mod = _RELATION_MODS.get(raw.relation or "") if raw.relation in _RELATIVE_PREPS else None
        return TimeRef(raw.start, raw.end, self.text[raw.start:raw.end], a, b, raw.gran, timex,
                       mod=mod, year_source=source, kind="range", relation=raw.relation)

    def _duration(self, raw: _Raw) -> TimeRef:
        days = None
        if raw.count is not None and raw.unit is not None:
            u = UNIT_DAYS[raw.unit]
            days = (raw.count[0] * u, raw.count[1] * u)
        return TimeRef(raw.start, raw.end, self.text[raw.start:raw.end], None, None, "duration",
                       _timex_duration(raw.unit, raw.count, raw.vague), mod=raw.mod,
                       year_source="stated", kind="duration", duration_days=days,
                       relation=raw.relation)

    def _relative(self, raw: _Raw, state: _State) -> TimeRef:
        text = self.text[raw.start:raw.end]
        anchor: dt.date | None = None
        anchor_gran = "day"
        source = "unknown"
        if raw.deictic and self.reference is not None:
            anchor, source = self.reference, "reference"
        elif state.anchor is not None and state.anchor.earliest is not None:
            an = state.anchor
            anchor = an.latest if an.kind == "range" else an.earliest
            anchor_gran = an.granularity if an.kind != "range" else "day"
            if an.kind == "range" and an.latest is not None and an.granularity != "day":
                anchor_gran = an.granularity
            source = "narrative"
        elif self.reference is not None:
            anchor, source = self.reference, "reference"
            anchor_gran = "day"
        unit = raw.rel_unit or raw.unit or "D"
        gran = raw.gran
        a = b = None
        timex = {"day": "XXXX-XX-XX", "month": "XXXX-XX", "year": "XXXX", "week": "XXXX-WXX",
                 "season": "XXXX-XX"}.get(gran, "XXXX-XX-XX")
        if anchor is not None:
            a, b, timex = self._rel_interval(raw, unit, anchor, anchor_gran)
        if a is None:
            source = "unknown" if anchor is None else source
        return TimeRef(raw.start, raw.end, text, a, b, gran, timex, mod=raw.mod,
                       year_source=source if a is not None else "unknown", kind="relative",
                       relation=raw.relation,
                       duration_days=None)

    def _rel_interval(self, raw: _Raw, unit: str, anchor: dt.date, anchor_gran: str
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
            r = _Raw(0, 0, "date", "season", yy, code=raw.code)
            iv = _interval(r, yy)
            if iv is None:
                return None, None, "XXXX-XX"
            return iv[0], iv[1], f"{yy:04d}-{raw.code}"
        n = raw.direction
        if raw.count is not None:
            if raw.count[0] != raw.count[1]:
                return None, None, "XXXX-XX-XX"
            n = raw.direction * raw.count[0]
        # a shift finer than what the anchor knows cannot be resolved ("May 1950" + 3 days)
        fine = {"D": 0, "H": 0, "MIN": 0, "S": 0, "W": 0, "M": 1, "Y": 2, "DE": 2, "CE": 2}
        known = {"day": 0, "week": 0, "month": 1}.get(anchor_gran, 2)
        if fine.get(unit, 0) < known:
            return None, None, {"day": "XXXX-XX-XX", "month": "XXXX-XX"}.get(gran, "XXXX")
        d = _shift(anchor, unit, n)
        if d is None:
            return None, None, "XXXX-XX-XX"
        if gran == "year":
            return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), f"{d.year:04d}"
        if gran == "month":
            return dt.date(d.year, d.month, 1), _month_end(d.year, d.month), \
                f"{d.year:04d}-{d.month:02d}"
        if gran == "week":
            monday = d - dt.timedelta(days=d.weekday())
            iso = d.isocalendar()
            return monday, monday + dt.timedelta(days=6), f"{iso[0]:04d}-W{iso[1]:02d}"
        return d, d, d.isoformat()


def _as_date(reference: dt.date | str | None) -> dt.date | None:
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


# -- public API ----------------------------------------------------------------------------


def find_times(text: str, reference: dt.date | str | None = None) -> list[TimeRef]:
    """Every date, period, range, duration and relative expression in ``text``, in order.

    A year-less date takes the year of the last date before it; failing that, the year
    of ``reference`` (a date or ISO string); failing that it stays year-less
    (``earliest``/``latest`` None, timex ``XXXX-06-29``). Today's date is never used.
    """
    if not text:
        return []
    raws = _Scanner(text).scan()
    resolver = _Resolver(text, _as_date(reference))
    state = _State()
    return [resolver.resolve(r, state) for r in raws]


_CLAUSE_BREAK_RE = re.compile(r"[;:]|\s[\u2013\u2014]\s|\u2014|\n")
_ATTACH_RE = re.compile(
    r"^[\s,]*(?:(?:men|troops|soldiers|people|persons|strong|in\s+all|in\s+total|total)\s+)?"
    r"(?:in|on|by|as\s+of|at\s+the\s+end\s+of|at|during|until|till|since|for|from)\s*$",
    re.IGNORECASE,
)


def governing_time(
    sentence_text: str, sentence_start: int, offset: int, times: Sequence[TimeRef]
) -> TimeRef | None:
    """The time expression a figure at ``offset`` holds for, inside its sentence.

    Why this order: in "By January 1, 1950, the total ... was 110,000" the date opens the
    clause the figure sits in; in "110,000 in 1950 and 200,000 in 1953" each figure is
    followed closely by its own date. So a date attached right after the figure by a
    preposition wins; else the nearest date before it in the same clause; else the
    nearest after it in the clause; else the nearest before it in the sentence.
    Durations never govern; a date that is itself the figure is skipped.
    """
    end = sentence_start + len(sentence_text)
    cands = [t for t in times
             if t.kind != "duration" and sentence_start <= t.start and t.end <= end
             and not (t.start <= offset < t.end)]
    if not cands:
        return None
    rel = offset - sentence_start

    def clause_of(pos: int) -> int:
        return sum(1 for _ in _CLAUSE_BREAK_RE.finditer(sentence_text, 0, max(0, pos)))

    fig_clause = clause_of(rel)
    after = sorted((t for t in cands if t.start > offset), key=lambda t: t.start)
    before = sorted((t for t in cands if t.end <= offset), key=lambda t: -t.end)
    for t in after[:1]:
        gap = sentence_text[rel:t.start - sentence_start]
        # skip the figure's own token(s) ("110,000 men in 1950")
        gap = re.sub(r"^[\d.,\u00a0\u2009\s]+(?:[A-Za-z%]+)?", " ", gap, count=1)
        if len(gap) <= 30 and _ATTACH_RE.match(gap) and clause_of(t.start - sentence_start) \
                == fig_clause:
            return t
    for t in before:
        if clause_of(t.start - sentence_start) == fig_clause:
            return t
    for t in after:
        if clause_of(t.start - sentence_start) != fig_clause:
            continue
        # "$598 million, compared with $655 million a year earlier": a date after another
        # figure is that figure's
        gap = re.sub(r"^[^\s]*\d[^\s]*", " ", sentence_text[rel:t.start - sentence_start])
        if not re.search(r"\d", gap):
            return t
    return before[0] if before else None


# -- pipeline hooks ------------------------------------------------------------------------

_SKIP = ("boilerplate", "citation")
_CLAIM_KIND = {"date": "date", "relative": "date", "range": "range", "duration": "duration"}
_MOD_QUALIFIER = {
    "MORE_THAN": "more_than", "EQUAL_OR_MORE": "at_least", "LESS_THAN": "less_than",
    "EQUAL_OR_LESS": "at_most", "APPROX": "approximately",
}


def document_times(document: object, segments: object, config: object) -> list[Claim]:
    """Time claims of a document, resolved in reading order; footnotes resolve from the
    place their marker stands in the body, not from where they are printed."""
    text: str = document.text  # type: ignore[attr-defined]
    meta = getattr(document, "meta", {}) or {}
    reference = _as_date(meta.get("date")) or _as_date(getattr(config, "reference", None))
    passages = segments.passages  # type: ignore[attr-defined]
    sentences = list(segments.sentences)  # type: ignore[attr-defined]
    if not text or not sentences:
        return []
    raws = _Scanner(text).scan()
    resolver = _Resolver(text, reference)
    starts = [s.start for s in sentences]

    def sentence_of(r: _Raw) -> int | None:
        i = bisect.bisect_right(starts, r.start) - 1
        if i >= 0 and sentences[i].start <= r.start and r.end <= sentences[i].end:
            return i
        return None

    notes = getattr(segments, "notes", ()) or ()
    marker_at: dict[int, int] = {}
    for note in notes:
        if note.note is not None and note.note not in marker_at:
            marker_at[note.note] = note.start

    placed: list[tuple[_Raw, int]] = []
    for r in raws:
        si = sentence_of(r)
        if si is None:
            continue
        kind = passages[sentences[si].passage].kind if sentences[si].passage < len(passages) \
            else "body"
        if kind in _SKIP:
            continue
        placed.append((r, si))

    # main narrative: everything except footnotes that have a marker
    state = _State()
    snapshots: list[tuple[int, int | None, TimeRef | None]] = []
    resolved: dict[int, TimeRef] = {}
    deferred: list[int] = []
    for idx, (r, si) in enumerate(placed):
        pidx = sentences[si].passage
        if passages[pidx].kind == "footnote" and pidx in marker_at:
            deferred.append(idx)
            continue
        resolved[idx] = resolver.resolve(r, state)
        snapshots.append((r.end, state.year, state.anchor))
    snap_ends = [s[0] for s in snapshots]
    note_states: dict[int, _State] = {}
    for idx in deferred:
        r, si = placed[idx]
        pidx = sentences[si].passage
        st = note_states.get(pidx)
        if st is None:
            k = bisect.bisect_right(snap_ends, marker_at[pidx]) - 1
            st = _State(*snapshots[k][1:]) if k >= 0 else _State()
            note_states[pidx] = st
        resolved[idx] = resolver.resolve(r, st)

    claims: list[Claim] = []
    doc_id = getattr(document, "id", "")
    for idx, (_r, si) in enumerate(placed):
        tr = resolved[idx]
        s = sentences[si]
        claims.append(Claim(
            id="", doc=doc_id, kind=_CLAIM_KIND.get(tr.kind, "date"), start=tr.start,
            end=tr.end, text=tr.text, sentence=(s.start, s.end),
            passage=passages[s.passage].kind, value=tr,
            qualifier=_MOD_QUALIFIER.get(tr.mod or "") if tr.kind == "duration" else None,
        ))
    return claims


def extract_claims(document, segments, config) -> list[Claim]:  # type: ignore[no-untyped-def]
    """Dates, ranges and durations as claims (headings and titles included)."""
    return document_times(document, segments, config)


def claim_time(claim, claims, document, config) -> TimeRef | None:  # type: ignore[no-untyped-def]
    """The date a figure holds for: the governing time expression of its sentence."""
    if claim.sentence is None:
        return None
    s0, s1 = claim.sentence
    times = [c.value for c in claims
             if c.kind in ("date", "range") and isinstance(c.value, TimeRef)
             and c.sentence == claim.sentence]
    if not times:
        return None
    got = governing_time(document.text[s0:s1], s0, claim.start, times)
    return got
