"""The one pattern that finds every time expression, and the small patterns read around it.

Why one pattern: every candidate is found in a single left-to-right pass (linear: no
nested quantifiers, bounded gaps), tried only where TRIGGER_RE points to a token an
expression must hold (a digit run, a month, a unit word). The patterns read backwards
from a candidate's start (a modifier, a relation, a qualifier) look at a bounded window.
The word tables they are built from live in times.toml (see vocabulary.py); the
alternations written out here are the grammar of the expressions, and stay code.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the pattern parser, read to know which alternatives may start at a digit
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

from claimcheck.plugin import EASTER_FESTIVALS, FIXED_FESTIVALS, NUMBER_WORD_PATTERN

from .vocabulary import (
    COUNT_NOUNS,
    DATELINE_COUNTS,
    DAY_PART_CODES,
    DURATION_ADJECTIVES,
    DURATION_QUALIFIERS,
    ERA_PREFIXES,
    ERAS_BEFORE,
    ERAS_COMMON,
    NOT_YEAR_WORDS,
    REFS,
    SET_ADVERBS,
    SET_COUNTS,
)

__all__ = [
    "DASHES",
    "LIST_RE",
    "MASTER_DIGIT_RE",
    "MASTER_RE",
    "MOD_RE",
    "NOT_BEFORE",
    "NOT_YEAR_BEFORE",
    "OPENING_NEXT",
    "QUAL_RE",
    "REJECT_ONE_BEFORE",
    "RELATIVE_SUFFIX_RE",
    "REL_RE",
    "RWORD_RE",
    "SP",
    "TRIGGER_RE",
    "YEAR_AFTER_REJECT",
    "digits_may_open",
]

SP = r"(?:[ \t\u00a0]{1,3}|[ \t]{0,2}\r?\n[ \t]{0,2})"
_DASH = r"[-\u2010-\u2015\u2212]"
_DSEP = rf"[ \t]{{0,2}}{_DASH}[ \t]{{0,2}}"
_MON = (r"(?:(?:january|february|march|april|may|june|july|august|september|october"
        r"|november|december)(?![a-z])|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
        r"(?![a-z])\.?)")
_WD = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
       r"|(?:tues|tue|wed|thurs|thur|thu|fri|sat|sun|mon)(?![a-z])\.?)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|d)?(?![\w])"
_Y4 = r"(?:1\d{3}|20\d{2}|21\d{2})"
_Y4E = _Y4 + r"(?![\d]|[.,]\d|:\d)"
_CSP = rf"(?:,{SP}?|{SP})"  # "June 25, 1950" / "June 25 1950" / "June 25,1950"
_WDP = rf"(?:{_WD},?{SP})?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_ORD = (r"(?:\d{1,2}(?:st|nd|rd|th|d)|twenty[- ]first|first|second|third|fourth|fifth|sixth"
        r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
        r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)")
_QORD = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
_NUM = r"(?:\d+(?:\.\d+)?)"
_NW = f"(?:{NUMBER_WORD_PATTERN})"
#: "five consecutive years": a word between the count and the unit that leaves the length
_DUR_ADJ = "(?:" + "|".join(sorted(DURATION_ADJECTIVES)) + ")"
_COUNT = (rf"(?:{_NUM}|{_NW}|several|a{SP}few|few|a{SP}couple{SP}of|couple{SP}of|many|some"
          r"|an?)")
_FULL_MON = (r"(?:january|february|march|april|may|june|july|august|september|october|november"
             r"|december)(?![a-z])")
_UNIT = (r"(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?"
         r"|sec|decades?|centuries|century|fortnights?)(?![\w])")
_REL_UNIT = (r"(?:day|week|month|year|morning|afternoon|evening|night|spring|summer"
             r"|autumn|fall|winter)(?![\w])")


def _variants(phrase: str) -> set[str]:
    """The ways a table's phrase may be written: an apostrophe straight, curly or left
    out ("new year's day"), "st." as "st" or "saint"."""
    out = {phrase}
    if "'" in phrase:
        out |= {phrase.replace("'", "\u2019"), phrase.replace("'", "")}
    if "st. " in phrase:
        out |= {v.replace("st. ", alt) for v in set(out) for alt in ("st ", "saint ")}
    return out


def _phrases(words: object, sep: str = SP) -> str:
    """One regular expression for a word table's phrases, as a trie ("jan(?:uary)?"), so
    that a position is tried letter by letter, not phrase by phrase: the trigger scan and
    the master pattern run at every candidate. A blank stands for ``sep``."""
    trie: dict[str, dict] = {}
    for phrase in words:  # type: ignore[attr-defined]
        for variant in _variants(phrase):
            node = trie
            for ch in variant:
                node = node.setdefault(ch, {})
            node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [(sep if ch == " " else re.escape(ch)) + emit(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if "" in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "(?:" + emit(trie) + ")"


# -- history: eras, two-digit years, feasts, parts of days, references, sets --------------
_APOS = "['\u2019\u2018]"
_YY = rf"{_APOS}\d{{2}}(?![\d\w'\u2019%])"  # "'44"
_EYEAR = r"(?:\d{1,5}|\d{1,3},\d{3})(?![\d])"  # "480", "10,000" before an era word
_ERA_A = _phrases(ERAS_BEFORE | ERAS_COMMON, "") + r"(?![a-z0-9])"
_ERA_B = _phrases(ERA_PREFIXES, "")
_ERA_TO = rf"(?:{_DSEP}|{SP}(?:to|and|until|till){SP})"
_FEAST = _phrases(set(FIXED_FESTIVALS) | set(EASTER_FESTIVALS)) + "(?![\\w'\u2019])"
_DAY_PART = _phrases(w for w in DAY_PART_CODES if w not in (
    "morning", "afternoon", "evening", "night")) + r"(?![\w-])"
_REF = _phrases(REFS) + r"(?![\w'\u2019-])"
_SET_UNIT = (r"(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|fortnights?|quarters?"
             r"|mornings?|afternoons?|evenings?|nights?)(?![\w-])")
_SET = (rf"{_phrases(SET_ADVERBS)}(?![\w-])"
        rf"|(?:every|each){SP}(?:other{SP}|(?:\d+|{_NW}){SP}|(?:second|third|fourth){SP})?"
        rf"(?:{_SET_UNIT}|{_WD}|{_FULL_MON}|{_SEASON}(?![\w-]))"
        # any word before "times" (the reader keeps numbers): a number-word pattern here
        # would be tried at every candidate
        rf"|(?:{_phrases(SET_COUNTS)}|(?:\d+|[a-z]+(?:-[a-z]+)?){SP}times){SP}"
        rf"(?:an?|per|each|every){SP}"
        rf"(?:{_SET_UNIT}|{_WD})"
        rf"|per{SP}{_SET_UNIT}")

_SECONDS = r"(?:[ \t]+\d{1,2}(?:\.\d+)?[ \t]?s(?:ec)?)?"
_COMPACT = (rf"\d{{1,4}}[ \t]?d[ \t]+\d{{1,2}}[ \t]?h(?:[ \t]+\d{{1,2}}[ \t]?m(?:in)?)?{_SECONDS}"
            rf"(?![\w])|\d{{1,3}}[ \t]?h[ \t]+\d{{1,2}}[ \t]?m(?:in)?{_SECONDS}(?![\w])")

#: A month's day, a dash, a number and a count of people after it ("Kabul, June 5 - 12
#: soldiers were killed"): a dateline and the story's first figure, no range of days.
_DATELINE_FIGURE = (rf"{SP}(?:" + "|".join(re.escape(w) for w in DATELINE_COUNTS)
                    + r")\b")

_CLOCKED = (r"(?:(?<=\bin[ \t])|(?<=\bof[ \t])|(?<=\bwinning time[ \t])"
            r"|(?<=\bwinning time:[ \t])|(?<=\bWinning time[ \t])|(?<=\bWinning time:[ \t]))"
            r"\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d{1,3})?(?![\d:]|[ \t]*(?:[ap]\.?m\b|[A-Z]{2,4}\b))")

_ALTERNATIVES: list[tuple[str, str]] = [
    # "July 1, 2 and 3, 1863", "1, 2 and 3 July 1863": three days or more listed
    ("md_list", rf"{_MON}{SP}{_DAY}(?:,{SP}{_DAY})+,?{SP}and{SP}{_DAY}(?:{_CSP}{_Y4E})?"),
    ("dm_list", rf"{_DAY}(?:,{SP}{_DAY})+,?{SP}and{SP}{_DAY}{SP}(?:of{SP})?{_MON}"
                rf"(?:,?{SP}{_Y4E})?"),
    ("md_range", rf"(?:(?:from|between){SP})?{_MON}{SP}{_DAY}"
                 rf"(?:{_DSEP}|{SP}(?:to|till|until|through|and){SP}){_DAY}"
                 rf"(?!{_DATELINE_FIGURE})(?:{_CSP}{_Y4E})?"),
    ("dm_range", rf"(?:(?:from|between){SP})?{_DAY}(?:{_DSEP}|{SP}(?:to|till|until|through"
                 rf"|and){SP}){_DAY}{SP}(?:of{SP})?{_MON}(?:,?{SP}{_Y4E})?"),
    ("mdy", rf"{_WDP}{_MON}{SP}(?:the{SP})?{_DAY}(?:{_CSP}|{SP}of{SP}){_Y4E}"),
    ("dmy", rf"{_WDP}{_DAY}\.?{SP}(?:of{SP})?{_MON}(?:,?{SP}of{SP}|,?{SP}){_Y4E}"),
    ("ymd_mon", rf"{_Y4}(?P<msep>[-/]){_MON}(?P=msep)(?:3[01]|[12]\d|0?[1-9])(?![\d])"),
    ("iso", rf"{_Y4}(?P<isep>[-/.])(?:0?[1-9]|1[0-2])(?P=isep)(?:3[01]|[12]\d|0?[1-9])(?![\d])"),
    ("numeric", r"\d{1,2}(?P<nsep>[-/.])\d{1,2}(?P=nsep)\d{4}(?![\d]|[.,]\d)"),
    ("season", rf"(?:the{SP})?{_SEASON}{SP}(?:of{SP})?(?:{_Y4}(?:[-/\u2013]\d{{2,4}})?"
               rf"(?![\d]|[.,]\d)|{_YY})"),
    ("season_bare", rf"(?:the{SP})?{_SEASON}(?![\w-])"),
    ("quarter", rf"(?:the{SP})?{_QORD}(?:{_DASH}{SP}?|{SP})quarter{SP}(?:of{SP})?{_Y4E}"
                rf"|q[1-4]{SP}?(?:of{SP})?{_Y4E}|[1-4]q{SP}?{_Y4E}|{_Y4}{SP}?q[1-4](?![\w])"
                rf"|h[12]{SP}?{_Y4E}|{_Y4}{SP}?h[12](?![\w])|q[1-4](?![\w])"
                # "in the third quarter", "third-quarter profit": a quarter of the year
                # the document tells, as "Q3" alone is (not "the first quarter of the
                # century", "of the game", nor a "quarter-mile"; nor a "fiscal fourth
                # quarter", whose months are the company's year's, not the calendar's)
                rf"|(?:the{SP})?(?<!fiscal )(?<!fiscal-)(?<!financial )"
                rf"(?:first|second|third|fourth|1st|2nd|3rd|4th)(?:{_DASH}{SP}?|{SP})"
                rf"quarter(?!{SP}of{SP}|{SP}(?:century|mile|final|note)s?(?![\w]))(?![\w-])"),
    ("decade", rf"(?:the{SP})?(?:(?:1\d|20|21)\d0|{_APOS}\d0)'?s(?![\w])"),
    ("century", rf"(?:the{SP})?{_ORD}(?:{_DASH}|{SP})century(?:{SP}{_ERA_A})?(?![\w])"),
    ("mm_y", rf"{_MON}{_DSEP}{_MON},?{SP}{_Y4E}"),
    # years with an era word before any other year: "1000 BC" is no year 1000. One
    # alternative for a year and a range, each form holding an era word; the reader
    # splits "480 BC and 479 BC" and keeps the first of a range that runs backwards
    # "15 March 44 BC", "19 August AD 14"
    ("era_date", rf"(?:{_DAY}\.?{SP}(?:of{SP})?{_MON}|{_MON}(?:{SP}(?:the{SP})?{_DAY})?),?{SP}"
                 rf"(?:{_ERA_B}{SP}{_EYEAR}(?!{SP}?{_ERA_A})|{_EYEAR}{SP}?{_ERA_A})"),
    ("era", rf"(?:(?:from|between){SP})?(?:"
            rf"{_ERA_B}{SP}{_EYEAR}(?:{_ERA_TO}(?:{_ERA_B}{SP})?{_EYEAR})?(?!{SP}?{_ERA_A})"
            rf"|{_EYEAR}(?:{SP}?{_ERA_A}(?:{_ERA_TO}(?:{_ERA_B}{SP}{_EYEAR}"
            rf"|{_EYEAR}{SP}?{_ERA_A}))?"
            rf"|{_ERA_TO}(?:{_ERA_B}{SP})?{_EYEAR}{SP}?{_ERA_A}))"),
    ("year_range", rf"{_Y4}(?:{_DSEP}|/)(?:{_Y4}|\d{{2}})(?![\d]|[.,]\d)"),
    ("my", rf"{_MON}(?:,?{SP}of{SP}|{SP}?,{SP}?|{SP})(?:{_Y4E}|{_YY})"),
    ("ym", rf"{_Y4},?{SP}{_FULL_MON}"),
    ("nmy", rf"(?:0?[1-9]|1[0-2])/{_Y4E}(?!/)"),
    ("md", rf"{_WDP}{_MON}{SP}(?:the{SP})?{_DAY}"
           rf"(?!{_DSEP}{_DAY}(?!{_DATELINE_FIGURE})|[:.]\d)"),
    ("dm", rf"{_WDP}{_DAY}{SP}(?:of{SP})?{_MON}"),
    # before a bare month: "May Day 1920"
    ("festival", rf"{_FEAST}(?:,?{SP}(?:of{SP})?(?:{_Y4E}|{_YY}))?"),
    ("month", rf"{_MON}(?![\w-])"),
    # "5 d 1 h 16 min 6 s", "2h 55m 10s", "6 d 03 h 00 m 42 s": a length of time in units
    # of one or a few letters, from days or hours down (a day's "d" and a second's "s"
    # alone are pence and shillings as often: read only in such a run)
    ("dur_compact", _COMPACT),
    # "ran the course in 2:55:10", "Winning time: 2:09:13": hours, minutes and seconds
    # after "in", "of" or "winning time", a length ("at 2:55:10", "Time: 14:46:24": a
    # time of day)
    ("dur_clock", _CLOCKED),
    ("dur_between", rf"between{SP}(?:{_NUM}|{_NW}){SP}and{SP}(?:{_NUM}|{_NW}){SP}{_UNIT}"),
    ("duration", rf"(?:{_COUNT}(?:{_DSEP}(?:{_NUM}|{_NW})|{SP}(?:to|or){SP}(?:{_NUM}|{_NW}))?"
                 rf"(?:{SP}|{_DASH})?(?:and(?:{SP}|{_DASH})a(?:{SP}|{_DASH})half(?:{SP}|{_DASH}))?"
                 rf"(?:{_DUR_ADJ}{SP})?{_UNIT}"
                 rf"(?:{SP}and(?:{SP}an?)?{SP}half(?![\w]))?"
                 rf"|half{SP}(?:an?{SP})?{_UNIT}"
                 rf"|(?:years|months|weeks|days|hours|decades)-long(?![\w]))"),
    ("relative", rf"(?:the{SP})?(?:same|following|next|previous|preceding|prior){SP}{_REL_UNIT}"
                 rf"|(?:that|this){SP}{_REL_UNIT}"
                 rf"|(?:last|next|this|past|coming){SP}(?:{_WD}|week(?![\w])|month(?![\w])"
                 r"|year(?![\w]))"
                 rf"|the{SP}(?:day|week|month|year){SP}(?:before|after)(?![\w])"
                 r"|today|yesterday|tomorrow|tonight"),
    ("yy", _YY),
    ("year", _Y4E),
    # rarely written, so tried last: a date or a duration at a trigger ends the search
    ("set", _SET),
    ("ref", _REF),
    ("day_part", rf"(?:the{SP})?(?:{_DAY_PART}|(?:morning|afternoon|evening|night)(?![\w-]))"),
]
# Matched against the lower-cased text, at the few places TRIGGER_RE points to. Which
# alternative matched is ``lastgroup``: an empty group named after it closes each
# alternative. (A group around each alternative would name it too, but the engine then
# saves and restores its marks at every alternative it tries and drops: a third of the
# cost of a failed try, and most tries fail, at every digit of a text dense with figures.)
#: Where an expression may start: not inside a word or a code ("nightfall", "A320",
#: "#12"), but at a figure right after a word a copy glued it to ("Launch date8 July 2011",
#: "Mission duration12 days": an infobox copied without its cells).
MASTER_BEFORE = r"(?:(?<![\w#$£€¥/.])|(?<=[a-z][a-z][a-z])(?=\d))"
MASTER_RE = re.compile(
    MASTER_BEFORE + r"(?:"
    + "|".join(f"(?:{pat})(?P<{name}>)" for name, pat in _ALTERNATIVES)
    + ")",
)


def _may_open_with_digit(items: Any) -> tuple[bool, bool]:
    """Whether a parsed pattern (``re._parser``'s items) may read an ASCII digit as its
    first character, and whether it may match nothing. Conservative: an item it does
    not know may do both."""
    digit = False
    for op, arg in items:
        if op is _C.LITERAL:
            first, empty = chr(arg).isascii() and chr(arg).isdigit(), False
        elif op is _C.IN:
            first, empty = _set_may_hold_digit(arg), False
        elif op is _C.BRANCH:
            branches = [_may_open_with_digit(b) for b in arg[1]]
            first, empty = any(b[0] for b in branches), any(b[1] for b in branches)
        elif op is _C.SUBPATTERN:
            first, empty = _may_open_with_digit(arg[-1])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            first, inner_empty = _may_open_with_digit(arg[2])
            empty = arg[0] == 0 or inner_empty
        elif op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            first, empty = False, True  # reads nothing (a lookahead only narrows)
        else:  # anything else (a back reference, a conditional, ...): anything
            first, empty = True, True
        digit = digit or first
        if not empty:
            return digit, False
    return digit, True


def _set_may_hold_digit(items: Any) -> bool:
    for op, arg in items:
        if op is _C.LITERAL and chr(arg).isascii() and chr(arg).isdigit():
            return True
        if op is _C.RANGE and arg[0] <= ord("9") and arg[1] >= ord("0"):
            return True
        if op is _C.CATEGORY and arg not in (_C.CATEGORY_SPACE, _C.CATEGORY_NOT_DIGIT,
                                             _C.CATEGORY_NOT_WORD):
            return True
        if op not in (_C.LITERAL, _C.RANGE, _C.CATEGORY):
            return True  # a negated set, ...: anything
    return False


#: MASTER_RE for a candidate that starts with a digit (most of them): only the
#: alternatives that may read a digit first, in the same order, so that it matches where
#: and as MASTER_RE does (the first alternative that matches wins in both; the others
#: cannot match at a digit) with half the alternatives to try and fail at every number.
MASTER_DIGIT_RE = re.compile(
    MASTER_BEFORE + r"(?:"
    + "|".join(f"(?:{pat})(?P<{name}>)" for name, pat in _ALTERNATIVES
               if _may_open_with_digit(_parser.parse(pat))[0])
    + ")",
)
#: What may follow the digits a time expression opens with (all of them: no alternative
#: reads part of a run of digits and then another digit), past any blanks: a letter (a
#: month, a unit, an era, "to", "of", "times", an ordinal's "st"), a dash, a separator
#: of a numeric date or a decimal point, a decade's "'s" ("1950's"), a comma and a blank
#: before the next day of a list ("5, 6 and 7 july": SP, then _DAY's first digit).
#: Anything else ("1 1", "5%", "$1 $1", a quote, a bracket, the "5," of "5,000", the
#: "296, " of "Arrests: 296, Deaths") ends the expression before it starts, unless the
#: digits are a year, which is one on its own ("1950, the", "1950's"), or the thousands
#: of an era's year (``digits_may_open``).
_AFTER_OPENING_DIGITS = re.compile(
    r"[ \t\u00a0\r\n]*(?:[^\W\d_]|[-\u2010-\u2015\u2212./:]|'s"
    rf"|,{SP}[0-9])")
_YEAR_DIGITS = re.compile(r"(?:1\d{3}|2[01]\d{2})\Z")
#: The one way an expression reads a comma and a digit right after its opening digits:
#: an era's year in thousands and what must follow it ("10,000 bc", "5,000 to 4,000 bc";
#: the era alternative's ``_EYEAR`` and the words after it). Tried only where the digits
#: are followed by a comma and a digit: "5,000 troops" and "1,234,567" are spared the
#: master pattern at their first digits (a tenth of the scan of a run of such figures).
_ERA_THOUSANDS = re.compile(rf"\d{{1,3}},\d{{3}}(?![\d])(?:{SP}?{_ERA_A}|{_ERA_TO})")
#: characters MASTER_BEFORE refuses right before an expression (a sign, a point, a slash;
#: the glued start wants a letter there): digits after one are no start at all
NOT_BEFORE = frozenset("#$\u00a3\u20ac\u00a5/.")
#: the characters right after the digits that _AFTER_OPENING_DIGITS lets through at once:
#: a test of one character where most digits are followed by one of these
OPENING_NEXT = frozenset("abcdefghijklmnopqrstuvwxyz-\u2010\u2011\u2012\u2013\u2014\u2015"
                         "\u2212./:")


def digits_may_open(low: str, start: int, end: int) -> bool:
    """Whether MASTER_RE may match at the run of digits ``low[start:end]`` (the whole run):
    False only where none of its alternatives can (checked against it at every digit of
    the seeds and real pairs in tests/test_times_digit_start.py)."""
    return (end - start == 4 and _YEAR_DIGITS.match(low, start, end) is not None) or \
        _AFTER_OPENING_DIGITS.match(low, end) is not None or (
            end - start <= 3 and low[end:end + 1] == ","
            and _ERA_THOUSANDS.match(low, start) is not None)


# Every expression holds one of these tokens; finding them is one fast pass, and the full
# pattern is tried only around them (a digit run, a month, a unit word, ...).
_TRIGGER_WORDS = (
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december mon monday tue tues tuesday wed "
    "wednesday thu thur thurs thursday fri friday sat saturday sun sunday spring summer "
    "autumn fall winter q1 q2 q3 q4 h1 h2 year years month months week weeks day days hour "
    "hours hr hrs h min mins minute minutes sec secs second seconds decade decades century "
    "centuries fortnight fortnights today yesterday tomorrow tonight night morning "
    "afternoon evening quarter a.d. ad every each once twice thrice times per"
).split()
TRIGGER_RE = re.compile(
    r"[0-9]+|['\u2019\u2018][0-9]{2}(?![0-9])|(?<![a-z])"
    + _phrases([*_TRIGGER_WORDS, *DAY_PART_CODES, *REFS, *SET_ADVERBS, *FIXED_FESTIVALS,
                *EASTER_FESTIVALS], r"[ \t]+")
    + r"(?![a-z])"
)
# A word before a position, read in the reversed text: blanks, then letters, then the
# start of the word (a blank, an opening bracket or quote, or the window's edge).
RWORD_RE = re.compile(r"[ \t\u00a0\n]{1,3}([a-z-]*[a-z])(?=[\s(\"'\u201c]|$)")

# Context read backwards from a candidate's start, over a bounded window (linear).
MOD_RE = re.compile(
    rf"(?:\b(?:the{SP})?(?:very{SP})?(?P<phrase>beginning|start|end|middle|close|first half"
    r"|second half|latter half|last half|first part|latter part|early part|last part"
    rf"|first days|last days|final days|last weeks|first weeks){SP}of{SP}(?:the{SP})?"
    rf"|\b(?P<word>early|mid|late)(?:{_DASH}|{SP}))$",
    re.IGNORECASE,
)
REL_RE = re.compile(
    rf"\b(?P<rel>by|before|after|since|until|till|to|through|from|in|on|at|during|as{SP}of"
    rf"|prior{SP}to|ahead{SP}of|between|and|of|around|about|circa|c\.|ca\.|approximately"
    rf"|roughly|up{SP}to|for|within|than|over|under|early|late|mid|this|that|last|next"
    rf"|each|every|throughout|spring|summer|autumn|fall|winter){SP}$",
    re.IGNORECASE,
)
QUAL_RE = re.compile(
    r"\b(?P<q>" + "|".join(sorted((re.escape(k).replace(r"\ ", SP) for k in DURATION_QUALIFIERS),
                                  key=len, reverse=True))
    + rf"){SP}$",
    re.IGNORECASE,
)
LIST_RE = re.compile(rf"(?:,{SP}?(?:and{SP}|or{SP})?|{SP}(?:and|or){SP}|/)$")
# A word that makes the number after it no year, abbreviated or not ("No. 1950", "vol. 3"),
# or a sign or a digit group in front ("#1950", "$1950", "1,950").
NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:"
    + "|".join(re.escape(w) for w in sorted(NOT_YEAR_WORDS, key=lambda w: (-len(w), w)))
    + r")\.?[ \t\u00a0]*|[#№$£€¥][ \t\u00a0]*|\d[,.])$",
    re.IGNORECASE,
)
# A year followed by a counted noun is a figure: "1500 men", "1,950 km", "2000-3000 troops".
_COUNT_NOUNS = "|".join(re.escape(noun).replace(r"\ ", r"\s+") for noun in COUNT_NOUNS)
YEAR_AFTER_REJECT = re.compile(
    rf"(?:{_DSEP}\d[\d,.]*|{SP}(?:to|or|and){SP}\d[\d,.]*)?[ \t\u00a0]*(?:%|(?:{_COUNT_NOUNS})\b"
    r"|:\d|[½¼¾])",
    re.IGNORECASE,
)
RELATIVE_SUFFIX_RE = re.compile(
    rf"{SP}(?P<dir>later|earlier|ago|afterwards?|before|after|hence|previously|on)(?![\w])",
    re.IGNORECASE,
)
REJECT_ONE_BEFORE = re.compile(
    rf"\b(?:once|twice|thrice|times|per|each|every|a|x|some|one){SP}$", re.IGNORECASE
)

#: Every dash a range or a "mid-1951" may be written with.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
