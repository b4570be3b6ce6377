"""The words dates, periods and durations are read by, built once from ``times.toml``.

Why a module of its own: the word lists are data a reader checks and extends without
reading a regular expression; the scanner, the resolver and the comparison all read them
from here, in the shapes they need (frozensets to test, dicts to look up, tuples of
numbers). Month names and unit lengths are shared with other readers and come from
``claimcheck.plugin`` (``MONTHS``, ``UNIT_DAYS``), not from this file.
"""

from __future__ import annotations

from claimcheck.plugin import table

_DATA = table("times", package="claimcheck.builtin.times")


def _words(section: str, key: str = "words") -> frozenset[str]:
    return frozenset(_DATA[section][key])


# -- dates --------------------------------------------------------------------------------

#: Month names that are also common words: read only with a day, a year or a preposition.
AMBIGUOUS_MONTHS: frozenset[str] = _words("dates", "ambiguous")
#: Three-letter month abbreviations whose full stop is their own, not the sentence's.
OWN_STOP_ABBREVIATIONS: frozenset[str] = _words("dates", "own_stop")
#: Words that may join a date with a dash ("mid-1951", "pre-1950").
DASH_PREFIXES: frozenset[str] = _words("dates", "dash_prefixes")
#: Words opening a clause of its own after a figure, whose date is that clause's.
SUBORDINATORS: frozenset[str] = _words("subordinators")
#: -ing words that, after a comma, are prepositions or nouns, not a clause's verb.
NOT_PARTICIPLES: frozenset[str] = _words("participle_clauses", "not_verbs")
#: Words of comparison, after which a date is what a figure is compared with.
COMPARISON_WORDS: frozenset[str] = _words("comparison_words")
#: Of those, the words that compare whatever follows them, with no comma before them:
#: not "against" nor "since" ("doses against yellow fever by July 1996").
COMPARED_WORDS: frozenset[str] = _words("compared_words")
#: Words right before a day that tell it as a span's end or start ("lifted on", "began
#: on"), and the words that may stand between them and the day.
SPAN_END_WORDS: frozenset[str] = _words("span_edges", "end")
SPAN_START_WORDS: frozenset[str] = _words("span_edges", "start")
SPAN_EDGE_BETWEEN: frozenset[str] = _words("span_edges", "between")
#: Arrows before and after a link to a neighbouring page ("← 2004", "2012 →").
LINK_BEFORE: tuple[str, ...] = tuple(_DATA["dates"]["link_before"])
LINK_AFTER: tuple[str, ...] = tuple(_DATA["dates"]["link_after"])
#: Weekday name or abbreviation -> weekday number (Monday = 0).
WEEKDAYS: dict[str, int] = dict(_DATA["weekdays"])
#: Season name -> TIMEX3 season code ("SU").
SEASONS: dict[str, str] = dict(_DATA["seasons"])
#: Season code -> its first and last month.
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    code: (first, last) for code, (first, last) in _DATA["season_months"].items()
}
#: Ordinal word -> number ("twentieth" -> 20; "last" quarter -> 4).
ORDINALS: dict[str, int] = dict(_DATA["ordinals"])

# -- durations ----------------------------------------------------------------------------

#: Duration unit word -> TIMEX3 unit ("weeks" -> "W"; "fortnight" -> "FN").
UNIT_WORDS: dict[str, str] = dict(_DATA["unit_words"])
#: A count that is no number -> the least and greatest it may mean.
VAGUE_COUNTS: dict[str, tuple[float, float]] = {
    words: (float(lo), float(hi)) for words, (lo, hi) in _DATA["vague_counts"].items()
}
#: Duration qualifier -> TimeML mod, in the order they are tried among equal lengths.
DURATION_QUALIFIERS: dict[str, str] = dict(_DATA["duration_qualifiers"])
#: TimeML mod -> the Quantity qualifier word of a duration claim.
MOD_QUALIFIERS: dict[str, str] = dict(_DATA["mod_qualifiers"])

# -- relative expressions -----------------------------------------------------------------

#: A word after a duration that shifts time by it -> direction (+1 later, -1 earlier).
SUFFIX_DIRECTIONS: dict[str, int] = dict(_DATA["suffix_directions"])
#: Those suffixes that count from the day of writing ("ago", "hence").
DEICTIC_SUFFIXES: frozenset[str] = _words("relative_suffixes", "deictic")
#: A word naming a day relative to the day of writing -> its shift in days.
DEICTIC_DAYS: dict[str, int] = dict(_DATA["deictic_days"])
#: Parts of a day ("morning", "night").
DAY_PARTS: frozenset[str] = _words("day_parts")
#: The word in front of a relative unit -> the direction it shifts by.
HEAD_DIRECTIONS: dict[str, int] = dict(_DATA["head_directions"])
#: Heads that count from the day of writing ("last week", "next Monday").
DEICTIC_HEADS: frozenset[str] = _words("deictic_heads")
#: Relative years that may follow a year-less date ("June 25 last year").
RELATIVE_YEARS: frozenset[str] = _words("relative_years")

# -- context ------------------------------------------------------------------------------

#: Words that may open an expression before the token that triggered it.
PREFIX_WORDS: frozenset[str] = _words("prefix")
#: A word right before a four-digit number that makes it no year.
NOT_YEAR_WORDS: frozenset[str] = _words("not_year")
#: Nouns that make a number before them a count, not a year; in the order of the table.
COUNT_NOUNS: tuple[str, ...] = tuple(_DATA["count_nouns"]["words"])
#: Words after "June 5 - 12" that make the 12 a dateline's first figure, no last day.
DATELINE_COUNTS: tuple[str, ...] = tuple(_DATA["dateline_counts"]["words"])
#: Words before a day that ends a short line, its month on the next, that make a date.
DAY_BREAK_BEFORE: frozenset[str] = frozenset(_DATA["day_break_before"]["words"])
#: The words before a bare month name that make it a date ("in June").
MONTH_CONTEXT: frozenset[str] = _words("month_context")
#: One-word relations kept from in front of an expression.
RELATION_WORDS: frozenset[str] = _words("relations")
#: Two-word relations ("as of"), as pairs of words.
TWO_WORD_RELATIONS: frozenset[tuple[str, str]] = frozenset(
    tuple(words.split()) for words in _DATA["relations"]["two_words"]  # type: ignore[misc]
)
#: Relation -> the TimeML mod it implies for a date that has none.
RELATION_MODS: dict[str, str] = dict(_DATA["relation_mods"])
#: The relations whose mod a date or a range takes.
RELATIVE_PREPS: frozenset[str] = _words("relative_preps")
#: Phrases before a period that keep its start, and those that keep its middle.
START_PHRASES: frozenset[str] = _words("phrase_mods", "start")
MID_PHRASES: frozenset[str] = _words("phrase_mods", "mid")

# -- history: eras, parts of days, references, sets -----------------------------------------

#: Era words after a year that count it back from the common era ("bc", "b.c.e.").
ERAS_BEFORE: frozenset[str] = _words("eras", "before")
#: Era words of the common era ("ad", "ce").
ERAS_COMMON: frozenset[str] = _words("eras", "common")
#: Era words that may stand before the year ("ad", "a.d.").
ERA_PREFIXES: frozenset[str] = _words("eras", "prefix")
#: From this year on, a bare "BC" followed by a word is no era ("2017 BC voters").
ERA_MODERN_FROM: int = int(_DATA["eras"]["modern_from"])
#: Part of a day -> TIMEX3 time code ("night" -> "NI", "noon" -> "12:00").
DAY_PART_CODES: dict[str, str] = dict(_DATA["day_part_codes"])
#: The words that make a bare part of a day or a bare feast a time ("at dawn").
DAY_PART_RELATIONS: frozenset[str] = _words("day_part_relations")
#: The words that make a bare season one of the narrative's year ("in winter").
SEASON_RELATIONS: frozenset[str] = _words("season_relations")
#: The words that make a bare two-digit year a year ("in '44").
TWO_DIGIT_RELATIONS: frozenset[str] = _words("two_digit_relations")
#: Word or phrase -> PRESENT_REF, PAST_REF or FUTURE_REF.
REFS: dict[str, str] = {
    " ".join(phrase.split()): value
    for value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") for phrase in _DATA["refs"][value]
}
#: Words after "now" and "former" that make them no time ("now that", "the former was").
NOT_AFTER_NOW: frozenset[str] = _words("refs", "not_after_now")
NOT_AFTER_FORMER: frozenset[str] = _words("refs", "not_after_former")
#: Adverb of a recurring time -> TIMEX3 value of its period ("daily" -> "P1D").
SET_ADVERBS: dict[str, str] = dict(_DATA["sets"]["adverbs"])
#: "once", "twice", "thrice" -> how many times.
SET_COUNTS: dict[str, int] = dict(_DATA["sets"]["counts"])
#: Words before "per day" that make it a rate, not a recurring time ("km per day").
RATE_WORDS: frozenset[str] = frozenset(_DATA["sets"]["rates"]["not_after"])
#: "later"/"earlier" before "that month" -> the side of the anchor kept (+1 after, -1 before).
NARRATIVE_EDGES: dict[str, int] = dict(_DATA["narrative_edges"])
#: How many years after the document's date a two-digit year may lie.
TWO_DIGIT_AHEAD: int = int(_DATA["two_digit_years"]["ahead"])

# -- ranges, comparison, claims -----------------------------------------------------------

#: Words that join two dates into a range ("from 1950 to 1953").
RANGE_CONNECTORS: frozenset[str] = _words("range_connectors")
#: Words before a year naming another event compared with ("since the 1980 eruption").
COMPARED_EVENT_OPENERS: frozenset[str] = _words("compared_event_openers")
#: Words before a date that make it the page's stamp ("(updated 27 May 2005)", "Retrieved
#: 3 March 2021"): the frames' list, shared, so that both readers pass stamps over alike.
STAMP_WORDS: frozenset[str] = frozenset(table("frames")["stamp_words"])
#: Words before such an opener that name the narrative's own event ("known as the 1927
#: flood"): its year anchors.
COMPARED_EVENT_NAMING: frozenset[str] = _words("compared_event_openers", "naming")
#: Relations that open a period "through" carries on ("during 1997 through 2000").
PERIOD_OPENERS: frozenset[str] = _words("period_openers")
#: Relations that mark a date as the end of a span.
END_RELATIONS: frozenset[str] = _words("end_relations")
#: Granularities from finest to coarsest.
GRANULARITIES: tuple[str, ...] = tuple(_DATA["granularities"]["order"])
#: Kind of time expression -> kind of claim.
TIME_CLAIM_KINDS: dict[str, str] = dict(_DATA["claim_kinds"])
#: Passage kinds whose times are not claims.
SKIPPED_PASSAGES: tuple[str, ...] = tuple(_DATA["skipped_passages"]["kinds"])


def phrase_mod(phrase: str) -> str:
    """The TimeML mod of a narrowing phrase: START, MID, or END for any other."""
    if phrase in START_PHRASES:
        return "START"
    if phrase in MID_PHRASES:
        return "MID"
    return "END"


def finer(a: str, b: str) -> str:
    """The finer of two granularities (an unknown one counts as a day)."""
    ia = GRANULARITIES.index(a) if a in GRANULARITIES else 0
    ib = GRANULARITIES.index(b) if b in GRANULARITIES else 0
    return GRANULARITIES[min(ia, ib)]


def coarser(a: str, b: str) -> str:
    """The coarser of two granularities (an unknown one counts as a day)."""
    ia = GRANULARITIES.index(a) if a in GRANULARITIES else 0
    ib = GRANULARITIES.index(b) if b in GRANULARITIES else 0
    return GRANULARITIES[max(ia, ib)]

#: Words between a count and its unit that leave the length as it is ("five consecutive
#: years").
DURATION_ADJECTIVES: frozenset[str] = _words("duration_adjectives")
#: "10-minute sustained", "24-hour average": a way of measuring, no length of time.
STANDARD_AFTER: frozenset[str] = _words("standard_after")
#: (larger unit, next smaller unit) -> how many of the smaller make one larger, for a
#: duration told in two units ("one minute, 13 seconds").
COMPOUND_UNITS: dict[tuple[str, str], int] = {
    tuple(k.split()): int(v) for k, v in _DATA["compound_units"].items()  # type: ignore[misc]
}
