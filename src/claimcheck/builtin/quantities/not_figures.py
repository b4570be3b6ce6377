"""What is not a figure: years, dates, times of day, identifiers, references and markers.

A figure is only worth checking if it is a claim about the world, so most of the work
of reading figures is saying what is *not* one: years, dates, times of day, archive
references ("Fond 5, Opis 58, Delo 266"), page ranges ("452-53"), telegram numbers,
footnote and list markers, designations ("T-34", "Seventh Fleet"). quantulum3 reads all
of those as quantities; CQE (EMNLP 2023) showed that rules over local context do much
better. Every rule here looks at a bounded window around the number.
"""

from __future__ import annotations

import re

from claimcheck.plugin import STOPWORDS, counts_things, is_dictionary_word, table

from .atoms import Num
from .context import (
    AMPM_RIGHT_RE,
    DATE_RIGHT_RE,
    DAY_PART_RIGHT_RE,
    ERA_RIGHT_RE,
    LIST_RIGHT_RE,
    RIGHT_RELEVANT_RE,
    WINDOW,
    left_of,
)
from .groups import Group, has_unit_after
from .nouns import counted_noun, size_of
from .qualifiers import BOUND_QUALIFIERS
from .units import PERCENT_RE, UNIT_RE, UNITS_LOWER, unit_after

__all__ = ["excluded", "is_year"]


#: "0-60 in 4.2 seconds", "a 0-100 time": a range from zero named as a test of speed
_ACCELERATION_RIGHT_RE = re.compile(
    r"[ \t]+(?:time|times|sprint|acceleration)\b"
    r"|[ \t]+in[ \t]+\d+(?:\.\d+)?[ \t]*(?:s|secs?|seconds)\b",
    re.IGNORECASE,
)


#: A model's name of letters and digits glued, and a hyphen: "A330-" of "A330-200".
_MODEL_LEFT_RE = re.compile(r"(?<![\w-])[A-Za-z]+\d+-\Z")
#: A day and an hour written as ISO 8601 right before a number ("2011-03-11T14:" before
#: "46:24", "...T05:" before "46"): the time's minutes and seconds, no figure.
_ISO_HOUR_LEFT_RE = re.compile(r"(?<!\d)\d{4}-[01]\d-[0-3]\dT[0-2]\d:(?:[0-5]\d:)?\Z")


#: The words of a time of day told by the clock's hands, before its hour ("half past
#: ten", "a quarter to seven", "twenty minutes past four") and after its part of an hour
#: ("a quarter past seven": "a quarter" is no figure either).
_HANDS = table("quantities", package="claimcheck.builtin.quantities")["clock_hands"]
#: Plural verbs right after a number that make it a count of people even after a word
#: that may name a thing by number ("On board the bus 12 were hurt").
_COUNT_VERBS_AFTER = re.compile(r"[ \t]+(?:" + "|".join(table(
    "quantities", package="claimcheck.builtin.quantities")["references"]["count_verbs_after"])
    + r")\b")
#: ... when the word stands after one of these ("the bus", not "on Amtrak train 29 were
#: injured", where the verb is a figure's before it).
_COUNT_DETERMINERS = frozenset(table("quantities", package="claimcheck.builtin.quantities")[
    "references"]["count_verbs_determiners"])
_PAST_HOUR_LEFT_RE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _HANDS["parts"])) + r"|\d{1,2})[ \t]+(?:"
    + "|".join(_HANDS["links"]) + r")[ \t]+\Z", re.IGNORECASE)
#: What every match of _PAST_HOUR_LEFT_RE ends with once the blanks after it are cut:
#: one of its link words ("past", "to"), tested on that many characters before its
#: search (which tries each position of the window, a tenth of a run of "$1 $1 ..."):
#: the same matches. None when a link is more than a plain word (then always searched).
_LINK_END_RE = re.compile("(?:" + "|".join(_HANDS["links"]) + r")\Z", re.IGNORECASE) \
    if all(re.fullmatch(r"\w+", w) for w in _HANDS["links"]) else None
_LINK_LONGEST = max(map(len, _HANDS["links"]))
_PAST_HOUR_RIGHT_RE = re.compile(
    r"[ \t]+(?:minutes[ \t]+)?(?:" + "|".join(_HANDS["links"]) + r")[ \t]+(?:\d{1,2}|"
    + "|".join(map(re.escape, _HANDS["hours"])) + r")\b(?![ \t]+(?:percent|per|%))",
    re.IGNORECASE)


#: What _PAST_HOUR_RIGHT_RE opens with.
_BLANK = (" ", "\t")


#: Minutes glued to their "m", then seconds: "2m 40s", "2m 40.5 s".
_MINUTES_SECONDS_RIGHT_RE = re.compile(r"m[ \t]?\d{1,2}(?:\.\d+)?[ \t]?s(?![\w])")


#: A time zone in capitals right after four digits ("0557 EDT", "1545 UTC").
_ZONE_RIGHT_RE = re.compile(r"[ \t]+\(?(?:UTC|GMT|Z|[A-Z]{1,3}[SD]T)\b")


_STANDARDS = table("quantities", package="claimcheck.builtin.quantities")["standards"]
#: Words right before an hour with a full stop and a part of the day that make it a time
#: ("at 4.35 in the afternoon"): quantities.toml.
_HOUR_BEFORE = frozenset(table("quantities", package="claimcheck.builtin.quantities")[
    "day_part_hour_before"]["words"])
#: "-minute sustained", "-hour average": after a number, a way of measuring
_STANDARD_RIGHT_RE = re.compile(
    r"[-\u2010\u2011](?:" + "|".join(_STANDARDS["units"]) + r")s?[ \t]+(?:"
    + "|".join(_STANDARDS["words"]) + r")\b", re.IGNORECASE)


#: A hyphen and a word of lower-case letters after a number: what the number counts, as
#: an adjective before its noun ("62-orbit", "300-page", "5-storey").
_COMPOUND_WORD_RE = re.compile(r"-([a-z]{3,})[ \t]+([a-z]{3,})\b")


def _counted_compound(right: str) -> bool:
    """Whether the words right after a number are a hyphen, a dictionary word it counts
    and the noun that word describes ("a 62-orbit mission"), not the letters of a code
    ("10-K", "A330-neo") nor a size with no group named ("the 8-man and")."""
    m = _COMPOUND_WORD_RE.match(right)
    return m is not None and is_dictionary_word(m.group(1)) \
        and m.group(2) not in STOPWORDS and is_dictionary_word(m.group(2))


def is_year(text: str, n: Num) -> bool:
    """A year as written: "1950", "753 BC"; not "1950 km", "1,950" or "$1950"."""
    if not n.digits or n.currency or "," in n.raw or "." in n.raw:
        return False
    if ERA_RIGHT_RE.match(text, n.end):
        return True  # "753 BC"
    if len(n.raw) != 4 or n.end != n.start + 4:  # scaled: "1950m"
        return False
    if not 1000 <= n.value <= 2100:
        return False
    if PERCENT_RE.match(text, n.end):
        return False
    um = UNIT_RE.match(text, n.end)
    return not (um and UNITS_LOWER.get(um.group("u").lower(), ("", "duration"))[1] != "duration")


#: A place on the globe, not a figure: degrees ("42°21′55″N", "42.36528°N"), the minutes
#: and seconds of one ("21′", "55″" before a hemisphere), and a bare pair of decimal
#: degrees as web pages write them ("42.36528; 10.92167"; with a comma it may be a list).
_DEGREES_RIGHT_RE = re.compile(
    r"[ \t]?°(?:[ \t]*\d{1,2}(?:\.\d+)?[′'])?(?:[ \t]*\d{1,2}(?:\.\d+)?[″\"])?[ \t]*[NSEW]\b")
_ARC_RIGHT_RE = re.compile(r"(?:[′'](?:[ \t]*\d{1,2}(?:\.\d+)?[″\"])?|[″\"])[ \t]*[NSEW]\b")
_ARC_LEFT_RE = re.compile(r"\d{1,3}°[ \t]*(?:\d{1,2}(?:\.\d+)?[′'][ \t]*)?$")
#: the characters a match of _ARC_RIGHT_RE starts with
_ARC_FIRST = frozenset("′'″\"")
_PAIR_RIGHT_RE = re.compile(r"[ \t]*;[ \t]*-?\d{1,3}\.\d{4,}\b")
_PAIR_LEFT_RE = re.compile(r"-?\b\d{1,3}\.\d{4,}[ \t]*;[ \t]*-?$")


def _coordinate(raw_left: str, right: str, first: Num) -> bool:
    """Whether a number is part of a geographic coordinate."""
    # (each pattern tried only where its first marks stand: "°" in its first two
    # characters, a prime or a quote first)
    if "°" in right[:2] and _DEGREES_RIGHT_RE.match(right):
        return True
    if right[:1] in _ARC_FIRST and _ARC_RIGHT_RE.match(right) and _ARC_LEFT_RE.search(raw_left):
        return True
    decimals = first.raw.partition(".")[2]
    return len(decimals) >= 4 and decimals.isdigit() and (
        bool(_PAIR_RIGHT_RE.match(right)) or bool(_PAIR_LEFT_RE.search(raw_left)))


def _in_url(raw_left: str) -> bool:
    token = raw_left[max(raw_left.rfind(" "), raw_left.rfind("\n")) + 1:]
    return "://" in token or "www." in token or "%" in token


def _past_hour_left(raw_left: str) -> bool:
    """``_PAST_HOUR_LEFT_RE.search(raw_left)``, its link word looked at first."""
    if _LINK_END_RE is not None:
        cut = raw_left.rstrip(" \t")
        if len(cut) == len(raw_left) \
                or not _LINK_END_RE.search(cut, max(0, len(cut) - _LINK_LONGEST)):
            return False
    return _PAST_HOUR_LEFT_RE.search(raw_left) is not None


def excluded(text: str, g: Group) -> str | None:
    """Why a group is no figure ("year", "date", "time", "reference", ...), else None.

    The left context it reads is kept in ``g.left``. The reason says whether numbers
    listed after it continue it: "pp. 12, 14" does, "In 1950, 135,000 troops" does not.
    """
    first, last = g.nums[0], g.nums[-1]
    if g.kind == "chain":
        return "chain"
    start = first.cur_start if first.cur_start is not None else first.start
    raw_left = text[max(0, start - WINDOW):start]
    right = text[last.end:last.end + WINDOW]
    # a year, or a range of years ("1950-53"); "1000-5000" is no range of years
    if (
        is_year(text, first)
        and (len(g.nums) == 1 or is_year(text, last) or (last.digits and len(last.raw) == 2))
        and left_of(raw_left).qualifier()[0] not in BOUND_QUALIFIERS  # "above 1000"
        and not (len(g.nums) == 1 and counts_things(text, first.start, first.end))
    ):
        return "year"  # (but "recorded 1500 cases", "lists 1640 names" count)
    # footnote markers "[1]", list markers "1)" "(2)" and numbered headings "1. Forces"
    if raw_left.endswith("[") and right.startswith("]"):
        return "marker"
    if raw_left[-1:] not in ("", " ", "\n", "\t") and _in_url(raw_left):
        return "url"  # "https://...?q=30%25": part of an address
    if first.digits and raw_left[-1:] == ":" and _ISO_HOUR_LEFT_RE.search(raw_left):
        return "time"  # "2011-03-11T14:46:24": the times module reads it whole
    if len(g.nums) == 1 and first.digits and _coordinate(raw_left, right, first):
        return "coordinate"  # "42°21′55″N", "42.36528°N 10.92167°E"
    left = g.left = left_of(raw_left)
    if (
        g.kind == "range"
        and first.digits
        and first.value == 0
        and left.last_word() != "between"
        and (
            (unit_after(text, last.end)[1] or "").startswith("speed")
            or _ACCELERATION_RIGHT_RE.match(right)
        )
    ):
        # "0-60 mph in 4.2 seconds", "0 to 100 km/h": the name of a test of acceleration,
        # not a range of speeds; the time it takes is the figure
        return "acceleration"
    if len(g.nums) == 1 and first.digits and first.value < 1000 and "." not in first.raw:
        if right[:1] in ".)" and LIST_RIGHT_RE.match(right) and left.at_line_start():
            return "marker"
        if (
            right.startswith(")")
            and not first.currency
            and (not raw_left or raw_left[-1] in "( \t\n:;,")
        ):
            return "marker"
    if first.digits and not first.currency:
        ref = left.is_ref()
        # "zone 4 kilometers wide" and "the war 5,000 civilians" are figures, "zone 4" a name
        if (ref == "strong" or (ref == "plain" and "," not in first.raw)) \
                and not has_unit_after(text, last):
            return "reference"
        if (
            ref == "weak"
            and g.kind != "score"  # "passed the bill 312 to 176": a vote, not bill no. 312
            and "," not in first.raw
            and not has_unit_after(text, last)
            and counted_noun(text, last.end, singular=False) is None
            and not (_COUNT_VERBS_AFTER.match(text, last.end) and len(left.low) >= 2
                     and left.low[-2] in _COUNT_DETERMINERS)  # "the bus 12 were hurt"
        ):
            return "reference"
    if right[:1] in "-\u2010\u2011" and _STANDARD_RIGHT_RE.match(right):
        return "standard"  # "10-minute sustained winds": a way of measuring, no figure
    if first.digits and raw_left[-1:] == "-" and raw_left[-2:-1].isalpha():
        return "code"  # "T-34", "B-29", "COVID-19"
    if first.digits and raw_left[-1:] == "-" and _MODEL_LEFT_RE.search(raw_left):
        return "code"  # "Airbus A330-200", "MiG21-93": a model's variant
    if (
        right[:1] in ("-", "\u2013")
        and right[1:2].isalpha()
        # a unit or a currency: "a 12-cent dividend", "a one-yen bid", "a 45-degree angle"
        and unit_after(text, last.end)[0] is None
        and not right[1:].lower().startswith(("odd", "plus", "to", "fold"))
        and (right[:1] != "-" or size_of(text, last.end) is None)  # "a 12-man crew"
        and not _counted_compound(right)  # "a 62-orbit mission", "a 300-page report"
    ):
        return "code"  # "Form 10-K"-like codes
    if first.digits and (raw_left.endswith("/") or right.startswith("/")):
        return "date"  # dates and fractions written with a slash
    if first.digits and raw_left.endswith((".", ",")) and raw_left[-2:-1].isdigit():
        return "reference"  # "1.2.3" section numbers
    quiet = not RIGHT_RELEVANT_RE.match(right)  # no word or sign follows
    # dates: "June 25", "25 June", "January 1, 1950"
    if (
        first.digits
        and first.value <= 31
        and float(first.value).is_integer()
        and (left.is_date() or ((not quiet or right[:1] == ".") and DATE_RIGHT_RE.match(right)))
    ):
        return "date"  # (and "7. December 1881", a day written the German way)
    if (
        not quiet
        and last.digits
        and last.value <= 31
        and g.kind in ("range", "either", "score")
        and DATE_RIGHT_RE.match(right)
    ):
        return "date"
    # times of day: "3 p.m.", "10 o'clock", "0600 hours"
    if g.kind == "either" and first.digits and AMPM_RIGHT_RE.match(right) and last.value <= 12:
        return "time"  # "at 10 or 11 p.m."
    if len(g.nums) == 1 and first.digits and not first.currency and right[:1] == "m" \
            and _MINUTES_SECONDS_RIGHT_RE.match(right):
        return "time"  # "2m 40s": a length of time in minutes and seconds
    if len(g.nums) == 1 and first.value <= 12 and (
            _past_hour_left(raw_left)
            or (right[:1] in _BLANK and _PAST_HOUR_RIGHT_RE.match(right))
            or (not first.digits and AMPM_RIGHT_RE.match(right))):
        return "time"  # "seven o'clock", "half past ten", "a quarter past seven"
    if len(g.nums) == 1 and first.digits and not quiet:
        if AMPM_RIGHT_RE.match(right) and first.value <= 12:
            return "time"
        if "." in first.raw and first.value < 13 and not first.currency \
                and DAY_PART_RIGHT_RE.match(right) \
                and raw_left.split()[-1:] != [] and raw_left.split()[-1].lower() in _HOUR_BEFORE:
            return "time"  # "at 4.35 in the afternoon" (but "The index fell 4.35 in the
            # afternoon", "traded at $8.45 in the morning": figures)
        if (
            len(first.raw) == 4
            and first.raw.isdigit()
            and int(first.raw[:2]) <= 24
            and int(first.raw[2:]) <= 59
            and re.match(r"[ \t]*(?:hours|hrs|h)\b", right)
            and (first.raw[0] == "0" or left.is_time())
        ):
            return "time"
        if len(first.raw) == 4 and first.raw.isdigit() and int(first.raw[:2]) <= 23 \
                and int(first.raw[2:]) <= 59 and _ZONE_RIGHT_RE.match(right):
            return "time"  # "0557 EDT", "0957 UTC": a time of day in a zone
    # abbreviated page or year ranges: "452-53", "1950-53"
    if (
        g.kind == "range"
        and first.digits
        and last.digits
        and "." not in last.raw
        and len(last.raw) < len(first.raw)
        and last.value < first.value
    ):
        return "year" if is_year(text, first) else "reference"
    # number words capitalised inside a sentence name things: "the Big Three"
    if (
        not first.digits
        and first.raw[:1].isupper()
        and not first.raw.isupper()
        and not left.at_sentence_start()
    ):
        return "name"
    return None
