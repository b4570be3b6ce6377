"""Stage 3b, frames: what each figure and date is about.

After extraction, every figure, ratio, duration and date gets a Frame: what it measures
(a concept of the measure vocabulary), whose it is, when and where it holds, whether it
counts at one moment or adds up over a period, and what statistic it is. The frame is
read from the claim's own words first (its counted noun, then the words right after and
before it, never past a neighbouring figure), then from the structure around it: a
table's column header and row label, a "Key: value" line's key. Alignment compares two
figures only when their frames are compatible.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from claimcheck.align.frames import (
    ANAPHORIC_PERIOD,
    PLACE_NOUNS,
    SHARED_TIME,
    people_kinds,
    person_kind,
)
from claimcheck.align.profiles import CUMULATIVE, owner_of
from claimcheck.config import Config
from claimcheck.core.scopes import (
    MAJORITY_KEY,
    PASSIVE_WORDS,
    VOTING_MEASURES,
    counterfactual,
    forecast,
    forecast_marked,
    misreported,
    misreported_by,
    threshold,
)
from claimcheck.core.stacked import Stacked, numbered_key, own_words, stacked_cell
from claimcheck.errors import ClaimcheckError
from claimcheck.model import (
    RANK,
    SCALE,
    Claim,
    Document,
    Frame,
    Quantity,
    Segments,
    Table,
    TimeRef,
)
from claimcheck.text.calendar import EASTER_FESTIVALS, FIXED_FESTIVALS, MONTH_NAMES
from claimcheck.text.data import table
from claimcheck.text.grammar import DETERMINERS, PREPOSITIONS
from claimcheck.text.measures import (
    LISTED,
    Measures,
    Mention,
    after_a_figure,
    clause_verb,
    general,
    listed,
    listed_before,
    relation,
    word_index,
)
from claimcheck.text.names import Aliases, normalize
from claimcheck.text.numbers import NUMBER_WORD_RE, ORDINALS, parse_number
from claimcheck.text.records import copier, replaced
from claimcheck.text.words import (
    STOPWORDS,
    concept,
    ing_form,
    irregular_base,
    is_dictionary_word,
    past_verb,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_WORDS = table("frames")


def _opening(words: Sequence[str]) -> str:
    """A lookahead for the first characters of ``words`` (case as the pattern around it
    says): the same matches, but the regex engine skips at once every position where no
    word can start instead of trying each alternative there (patterns that run over the
    words around every figure were a fifth of a run on a text dense with figures)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


class _Keyed:
    """``rx``, searched only where the text searched, lowered, holds one of ``needles``
    (each match of ``rx`` holds one of them, in lower case: a word ``rx`` reads case-blind
    or in lower case), or a match of ``key``. The same matches; the patterns read over
    the words around every figure open with ``\\b`` or a case-blind word, which the regex
    engine tries at every character, while a substring is looked for by a fast scan. A
    text that is not ASCII is searched as ever (a case-blind "s" also reads "\u017f")."""

    def __init__(self, rx: re.Pattern[str], needles: Sequence[str] = (),
                 key: str | None = None) -> None:
        self.rx, self.pattern, self.flags = rx, rx.pattern, rx.flags
        self.needles = tuple(needles)
        self.key = re.compile(key) if key is not None else None

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        part = text if pos == 0 and endpos >= len(text) else text[pos:endpos]
        if not part.isascii():
            return False
        low = part.lower()
        if self.key is not None:
            return self.key.search(low) is None
        return not any(map(low.__contains__, self.needles))  # (C loops: no generator)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text, pos, endpos) else self.rx.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text, pos, endpos) \
            else self.rx.finditer(text, pos, endpos)


def _keyed(rx: re.Pattern[str], words: Sequence[str]) -> Any:
    """``rx`` searched behind ``words`` (each match of ``rx`` holds one of them, in any
    case, its blanks any run of blanks and tabs): the longest piece between blanks of
    each (the last of two as long), lowered, is looked for, and of two such pieces one
    inside the other only the shorter. ``rx`` itself when a word is not ASCII."""
    if not words or not all(w.split() and w.isascii() for w in words):
        return rx
    pieces = {max(reversed(w.lower().split()), key=len) for w in words}  # (the last of equals)
    needles = sorted(p for p in pieces if not any(q != p and q in p for q in pieces))
    return _Keyed(rx, needles)


def _lowered(rx: re.Pattern[str]) -> Any:
    """``rx`` searched behind its own pattern less its ``\\b``, read in lower case: for a
    pattern read case-blind whose letters are all lower case and which sets no flag of
    its own (each match of ``rx`` then matches it, lowered). ``rx`` itself otherwise."""
    bare = re.sub(r"\\.", "", rx.pattern)
    if not rx.flags & re.IGNORECASE or re.search("[A-Z]", bare) or "(?" in bare.replace(
            "(?:", "") or not rx.pattern.isascii():
        return rx
    return _Keyed(rx, key=rx.pattern.replace(r"\b", ""))


_CUMULATIVE = _lowered(CUMULATIVE)
_CHANGE = frozenset(_WORDS["change_words"])
#: Longest first, each as its words: ("close", "to").
_CHANGE_QUALIFIERS = tuple(sorted((tuple(q.split()) for q in _WORDS["change_qualifiers"]),
                                  key=len, reverse=True))
_BY_BOUNDS = tuple(sorted((tuple(q.split()) for q in _WORDS["by_bound_qualifiers"]),
                          key=len, reverse=True))
#: The last word of each qualifier of those two lists (``_read_past``).
_CHANGE_QUALIFIER_ENDS = frozenset(q[-1] for q in _CHANGE_QUALIFIERS if q)
_BY_BOUND_ENDS = frozenset(q[-1] for q in _BY_BOUNDS if q)
_TOTAL = _keyed(re.compile(
    _opening(_WORDS["total_words"])
    + r"\b(?:" + "|".join(re.escape(w) for w in _WORDS["total_words"]) + r")\b", re.IGNORECASE
), _WORDS["total_words"])
_WORLD = _keyed(re.compile(
    _opening(_WORDS["world_words"])
    + r"\b(?:" + "|".join(re.escape(w) for w in sorted(_WORDS["world_words"], key=len,
                                                       reverse=True)) + r")\b",
    re.IGNORECASE,
), _WORDS["world_words"])
#: Small words inside a place's name ("Santa Cruz de la Palma", "Reggio di Calabria",
#: "Isle of Man"): name_particles, the first of them never a bare "the" or "&" ("in France
#: the Germans lost ..." names France).
_PLACE_PARTICLE = (
    r"(?:(?:" + "|".join(re.escape(w) for w in _WORDS["name_particles"]
                         if w not in ("the", "&"))
    + r")[ \t]+(?:(?:" + "|".join(re.escape(w) for w in _WORDS["name_particles"] if w != "&")
    + r")[ \t]+)?)?"
)
_PLACE_OPENERS = (*_WORDS["place_prepositions"], *_WORDS["place_verbs"])
#: "the village of Chenega", "the town of Valdez": a kind of place and its name
_PLACE_OF = tuple(f"{noun} of" for noun in _WORDS["place_nouns"])
_PLACE = re.compile(
    "(?i:" + _opening((*_PLACE_OPENERS, *_PLACE_OF)) + ")"
    r"\b(?i:" + "|".join(re.escape(w) for w in (*_PLACE_OPENERS, *_PLACE_OF)) + r")[ \t]+"
    r"(?:the[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+" + _PLACE_PARTICLE + r"[A-Z][\w'’.-]*){0,3})"
)
#: "in the north of the county", "in northern Tarsa", "across parts of the city": a figure
#: of part of a place (``_scope`` "part"); the part's word in lower case, since "in South
#: Asia", "in Northern Ireland" and "in Central America" name a whole place. The word after
#: it belongs to the part only after "of" or as a name ("north of the county", "northern
#: Tarsa"): in "120 homes in the north were destroyed" the part is "north", not "north were"
_PART_PLACE = _keyed(re.compile(
    r"\b(?i:in|across|throughout)[ \t]+(?:(?i:the)[ \t]+)?(?P<part>(?:"
    + "|".join(re.escape(w) for w in sorted(_WORDS["part_of_place_words"], key=len,
                                             reverse=True)).replace(r"\ ", "[ \t]+")
    + r")\b(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Za-z][\w'’-]*|[ \t]+[A-Z][\w'’-]*)?)"),
    _WORDS["part_of_place_words"])
#: "5,000 people, mostly in rural areas": where most of a whole lies, no part (_part_match)
_PART_SPREAD = re.compile(
    r"\b(?i:" + "|".join(re.escape(w) for w in sorted(_WORDS["part_of_place_spread"], key=len,
                                                     reverse=True)).replace(r"\ ", "[ \t]+")
    + r")[\s,;:]*$")
#: "on its first day", "in their opening weekend", "over the first two weeks": a part of
#: an event's span, which a figure for the whole does not state (``Frame.relative``)
_PART_PERIOD = re.compile(
    r"\b(?i:on|in|during|over|within)[ \t]+(?i:its|the|their)[ \t]+(?i:"
    + "|".join(re.escape(w) for w in _WORDS["part_of_period_openers"])
    + r")(?:[ \t]+(?i:" + "|".join(re.escape(w) for w in _WORDS["part_of_period_counts"])
    + r"|\d{1,2}))?[ \t]+(?i:"
    + "|".join(re.escape(w) for w in sorted(_WORDS["part_of_period_spans"], key=len,
                                             reverse=True))
    + r")\b|\b(?i:on|in|during)[ \t]+(?i:its|the|their)[ \t]+(?i:"
    + "|".join(re.escape(w).replace(r"\ ", "[ \t]+")
               for w in _WORDS["part_of_period_words"])
    # ("on the night of 14 April", "of Sunday 14 April", "of the 14th" dates the whole
    # event; "on the night of the fire" is a part of it)
    + r")\b(?![ \t]+of[ \t]+(?:(?:(?i:the)[ \t]+)?\d|(?i:"
    + "|".join(sorted((re.escape(m) for m in (*MONTH_NAMES, *_WORDS["weekdays"])), key=len,
                      reverse=True))
    + r")\b))|\b(?i:at)[ \t]+(?:(?i:its|the)[ \t]+)?(?i:"
    + "|".join(re.escape(w).replace(r"\ ", "[ \t]+")
               for w in sorted(_WORDS["part_of_event_moments"], key=len, reverse=True))
    + r")\b")
#: (every match of it holds an opener, a part's word or a moment's)
_PART_PERIOD = _keyed(_PART_PERIOD, [*_WORDS["part_of_period_openers"],
                                     *_WORDS["part_of_period_words"],
                                     *_WORDS["part_of_event_moments"]])
#: "in ten days", "within 48 hours": a stretch of time a figure was counted in
#: (``_window``); not a time by which it was done ("within five days of the accident")
_WINDOW = re.compile(
    "(?i:" + _opening(_WORDS["window_prepositions"]) + ")"  # (read after every figure)
    + r"\b(?i:" + "|".join(_WORDS["window_prepositions"])
    + r")[ \t]+(?:the[ \t]+space[ \t]+of[ \t]+)?"
    r"(?P<count>\d{1,3}|(?i:a|one|" + "|".join(_WORDS["part_of_period_counts"]) + r"))[ \t]+"
    r"(?P<span>(?i:" + "|".join(sorted(_WORDS["window_spans"], key=len, reverse=True))
    + r"))\b(?!['’]?[ \t]+(?i:" + "|".join(_WORDS["window_not_after"]) + r")\b)")
#: "81.88% (first round)", "4,021 (second ballot)": a part of the event named in a
#: bracket right after the figure, as infobox rows give it (``_windowed``)
_BRACKETED_PART = re.compile(
    r"[ \t]*\([ \t]*(?P<part>(?i:"
    + "|".join(re.escape(w) for w in _WORDS["part_of_period_openers"])
    + r")[ \t]+(?i:"
    + "|".join(re.escape(w) for w in sorted(_WORDS["part_of_period_spans"], key=len,
                                             reverse=True))
    + r"))[ \t]*\)")
#: "two hours together": a time several spent at once (``_windowed``)
_SHARED_TIME = re.compile(
    r"[ \t]+(?i:" + "|".join(re.escape(w).replace(r"\ ", "[ \t]+")
                          for w in _WORDS["shared_time_words"]) + r")\b")
_MOMENT = frozenset(_WORDS["moment_relations"])
_NOT_CHANGE = frozenset({"to", "than", "of", "from", "as", "at", "with"})
_CHANGE_NOUNS = frozenset(_WORDS["change_nouns"])
_LOSS_NOUNS = frozenset(_WORDS["loss_nouns"])
#: Nouns that count people's lives ("3,000 lives"), whatever befell them.
_LIVES = frozenset(_WORDS["lives_nouns"])
#: Measures of what people are (employed, resident), not of what befell them.
_STANDING = frozenset(_WORDS["standing_measures"])
_ADDED = frozenset(_WORDS["added_words"])
_DIFFERENCE = frozenset(_WORDS["difference_words"])
_REVISIONS = frozenset(_WORDS["revision_verbs"])
#: Relative times that are the document's own ("today", "this year"): no other period.
_NOW_WORDS = frozenset(_WORDS["document_now_words"])
#: Days a narrative points back to ("that day", "that morning"): the day named before,
#: as "during that period" is the period named before (ANAPHORIC_PERIOD).
_THAT_DAY = frozenset(_WORDS["anaphoric_days"])
#: "up" and "down" as change words, and the verbs they complete instead ("pulls down").
_UP_DOWN = frozenset(_WORDS["particle_change_words"])
#: Verbs, as their bases, that change a length of time ("reduced by two hours").
_CHANGE_BASES = frozenset(_WORDS["duration_change_verbs"])
_PHRASAL = frozenset(_WORDS["phrasal_before_up_down"])
_NOT_ACTING = frozenset(_WORDS["part_not_acting"])
_ING_NOT_VERBS = frozenset(_WORDS["ing_not_verbs"])
#: The auxiliaries of a perfect ("had rejected"), a passive only with "been" after them.
_PERFECT = frozenset(_WORDS["perfect_auxiliaries"])
#: Words read past between a passive's auxiliary and its verb ("had been", "were later").
_REVISION_FILLERS = frozenset(_WORDS["revision_fillers"])
#: How many words (what a figure counts, "new", "more") may stand between a figure and
#: the passive that says it was taken out of or put into a tally.
REVISED_NOUN_WORDS = 3
_RATE_WORDS = frozenset(_WORDS["rate_words"])
_RATE_ARTICLES = frozenset(_WORDS["rate_articles"])
_RATE_NOUNS = frozenset(_WORDS["rate_nouns"])
_RATE_IMPLIED = frozenset(_WORDS["rate_implied"])
_RATE_NOT_BEFORE = frozenset(_WORDS["rate_not_before"])
_RATE_NOT_AFTER_PER = frozenset(_WORDS["rate_not_after_per"])
#: (read for every figure: made once)
_RATE_OPENERS = _RATE_WORDS | _RATE_ARTICLES
_NOT_RATE_NOUNS = _RATE_IMPLIED | _RATE_NOT_AFTER_PER
_OWNER_PREPOSITIONS = frozenset({"of", "for", "on", "by", "from"})
_PEOPLE_MEASURES = frozenset(_WORDS["people_measures"])
#: Measures whose figures count people, which a count of places never is.
_OF_PEOPLE = _PEOPLE_MEASURES | frozenset(_WORDS["people_count_measures"])
_LOSS_VERBS = frozenset(_WORDS["loss_verbs"])
_EARLIER_ROW = frozenset(_WORDS["earlier_row_words"])
#: A clause opened by the event its figure's period is told by: "Before the war ...",
#: "After the flood, ..." (an event's noun, not a date: "After 1990" is the times').
_EVENT_RELATIVE = re.compile(
    r"[ \t\n\"“‘(]*(?P<rel>(?i:" + "|".join(
        re.escape(w).replace(r"\ ", "[ \t]+") for w in sorted(
            _WORDS["event_relative_words"], key=len, reverse=True))
    + r"))[ \t]+(?i:the|its|their)[ \t]+(?P<event>[a-z]{3,})"
    # (the event's noun alone, then a comma or the main clause: not "After the
    # state-owned company took over", "After the signing of the armistice")
    r"(?=,|[ \t]+(?:the|a|an|its|their|some|about|only|[A-Z])\b)")
#: How many words before a figure are read for one of those ("the previous best being").
EARLIER_WORDS = 4
#: Such a word before a noun of time names a period the times read ("the previous year",
#: "last quarter"): the figure's period, dated there, not a word of its own.
_TIME_NOUN_AFTER = re.compile(
    r"\b(?:" + "|".join(sorted(_WORDS["earlier_row_words"])) + r")\s+(?:"
    + "|".join(sorted(_WORDS["earlier_time_nouns"])) + r")\b")
_SUBSET = frozenset(_WORDS["subset_modifiers"])
_LOSS_MEASURES = tuple(_WORDS["loss_measures"])
_PERSONS = frozenset(concept(w) for w in _WORDS["person_nouns"])


def _common_label(label: str) -> bool:
    """A key of common words, capitalised only where its line opens ("Main span",
    "Lowest pressure"), not a name ("UNITED FORCES", "Acme Corp")."""
    words = label.split()
    return len(words) >= 2 and all(w.islower() for w in words[1:])


def _counts_people(label: str) -> bool:
    """Whether a one-word key names the people its value counts ("Passengers", "Crew",
    "Occupants"): what is counted, not whose figure it is ("UNITED FORCES - 20,000")."""
    words = label.split()
    return len(words) == 1 and concept(words[0]) in _PERSONS
_SUPERSEDED = _keyed(re.compile(
    _opening(_WORDS["superseded_words"])
    + r"\b(?:" + "|".join(re.escape(w) for w in _WORDS["superseded_words"]) + r")\b",
    re.IGNORECASE,
), _WORDS["superseded_words"])
_REPORTING = frozenset(_WORDS["reporting_verbs"])
_COUNTING_VERBS = frozenset(_WORDS["counting_verbs"])
_COMMON = frozenset(_WORDS["common_openers"])
_JOINERS = frozenset(_WORDS["clause_joiners"])
_SURVEY_VERBS = frozenset(_WORDS["survey_verbs"])
_VOTE_MEASURES = frozenset(_WORDS["vote_measures"])
_SHARE_DETERMINERS = frozenset(_WORDS["share_determiners"])
_DIRECTIONS = frozenset(_WORDS["direction_words"])
_PERSPECTIVE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(_WORDS["perspective_owners"], key=len,
                                                      reverse=True))
    + r")(?![\w'’])(?![ \t]+of\b)", re.IGNORECASE)
#: A word that ends a time of day ("9am", "10:32", "p.m."): a capitalised word after it
#: is its zone.
_CLOCK_WORD = re.compile(r"^\d{1,2}:\d\d$|^\d{1,2}(?::\d\d)?[ap]\.?m\.?$|^[ap]\.?m\.?$",
                         re.IGNORECASE)
#: A clock's last digits right before a word ("02:14 UTC", "19:13:00 UT"): what follows
#: in capitals is its zone. The clause a figure's owner is read in starts after a colon
#: (``_CLAUSE_BREAK``), so there the clock's minutes or seconds open it ("14 UTC").
_CLOCK_BEFORE = re.compile(r"(?:\d:|^[ \t]*)[0-5]\d[ \t]*$")
#: A passive verb: an auxiliary, an adverb at most, a participle ("was named", "were
#: quickly overtaken", "is shown").
_PASSIVE = re.compile(
    r"\b(?i:" + "|".join(_WORDS["passive_auxiliaries"]) + r")[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:[a-z]{2,}ed|" + "|".join(_WORDS["irregular_participles"]) + r")\b")
#: How far before "by" a passive verb may stand ("was named 'America's Most Innovative
#: Company' by Fortune": a quoted name between them).
PASSIVE_REACH = 60
_RELATIVE_AFTER = re.compile(r",?[ \t]+(?:which|who|whose)\b")
#: "from Calais to Dover": a route's start, whose name is where a movement began (but
#: "imports from China": whose)
_ROUTE_END = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z]")
#: Endings of adverbs that open a sentence before a comma ("Officially,", "Reportedly,").
_ADVERB_ENDINGS = tuple(_WORDS["adverb_endings"])
#: A point of the compass before "of" and a name ("east of Belfast"): where, not whose.
_BEARINGS = frozenset(w for w in _WORDS["part_of_place_words"] if " " not in w)
#: Nouns after a name that make "on the ... side" whose, not where ("972,214 on the
#: United Nations side").
_SIDE_WORDS = frozenset(_WORDS["side_words"])
_PLACE_WORDS = frozenset(w.split()[-1] for w in (*_PLACE_OPENERS,
                                                   *_WORDS["near_place_prepositions"],
                                                   *_WORDS["destination_prepositions"]))
#: Prepositions that name only where a movement went ("to Dover"), not where a figure
#: holds: the name after them is whose again when a relative clause about it holds the
#: figure ("The seat went to Smith, who won 45,000 votes").
_DESTINATION_WORDS = frozenset(w.split()[-1] for w in _WORDS["destination_prepositions"])
#: Small words inside a name ("Pas de Calais", "Ludwig van Beethoven", "Bank of the
#: West"): at most two between its capitalised words.
_NAME_PARTICLES = "|".join(re.escape(w) for w in _WORDS["name_particles"])
_NAME = re.compile(  # the lookahead skips at once where no capital is (the same matches)
    r"(?=[A-Z])\b[A-Z][\w&'’.-]*(?:[ \t]+(?:(?:" + _NAME_PARTICLES
    + r")[ \t]+){0,2}[A-Z][\w&'’.-]*)*")
_WORD = re.compile(r"[\w'’.%-]+")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_ARTICLES = frozenset({"the", "a", "an"})
#: Two names joined as one owner ("Jewish and Italian").
_COORDINATED = re.compile(r"[ \t]+(?:and|&)[ \t]+")
#: A clause of contrast opening after a comma ("..., but in 1894 it was").
_BUT = re.compile(r",[ \t]+(?:" + "|".join(map(re.escape, _WORDS["contrast_joiners"]))
                  + r")[ \t]")
#: "of them" after a figure: some of the figure before ("32 of them being in Xenia").
_OF_THEM = re.compile(r"[ \t]+of[ \t]+(?:them|these|those|whom)\b")
#: Labels whose bare numbers are percentages ("Percentage1: 26.51").
_PERCENT_LABELS = frozenset(_WORDS["percent_labels"])
#: Nouns after a count that make it a count of how often ("37 times").
_FREQUENCY_NOUNS = frozenset(_WORDS["frequency_nouns"])
#: A verb, an article or none, and a name of up to three words ending right before a
#: figure ("orbited the Earth ").
_OBJECT_BEFORE = re.compile(r"\b([a-z]+)[ \t]+(?:(?:the|a|an)[ \t]+)?"
                            r"((?:[A-Z][\w'’-]*[ \t]+){1,3})\Z")
#: "... by winning" after a possessive's noun: the figure is what the clause's doer did
_BY_DOING = re.compile(r"[ \t]by[ \t]+([a-z]+ing)\b")
#: A place's name after another's, with only a comma between ("Kinsale, Ireland").
_APPOSED = re.compile(r",[ \t]*")
#: Between a place and the next name, what joins them as two places of one list ("in
#: Manchuria and north China", "in Kansas, Missouri and Oklahoma").
_PLACE_LISTED = re.compile(r"(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)(?:(?:" + "|".join(
    sorted((re.escape(w) for w in _BEARINGS), key=len, reverse=True)) + r")[ \t]+)?")
#: The word right after a name, with no comma between.
_BARE_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _acts_after(left: str, end: int) -> bool:
    """Whether a verb follows a name set after a place's name and a comma: the name opens
    its clause and is its subject ("In Texas, Exxon cut 1,200 jobs", "In Kent, Labour
    won"), no place set after another ("in Houston, Texas, 300 homes"; "based in
    Houston, Texas employing 21,000": a participle, the place still). A word of the
    stop list after it ("has", "on") leaves it a place: in doubt, no owner."""
    m = _BARE_WORD_AFTER.match(left, end)
    return m is not None and m.group(1) not in STOPWORDS and not ing_form(m.group(1))
_FIGURE = re.compile(r"[-+−–]?[$€£¥]?\d[\d,.]*%?")
#: (a cell may open with the word an arrow icon left: "Increase193", "Decrease 0.22%")
_CELL = (r"(?:(?:" + "|".join(table("numbers")["change_icons"]) + r")[ \t]?)?"
         r"[-+−–]?[$€£¥]?\d[\d,.]*%?(?:[ \t]*\([^()\n]{1,24}\))?")
#: A row's label: a few words, "/" between two names ("Registered voters/turnout").
_LABEL = r"^[ \t|]*(?P<label>[A-Za-z][A-Za-z’' /]{0,38}[A-Za-z])[ \t|]+"
_ROW = re.compile(_LABEL + rf"(?P<figures>{_CELL}(?:[ \t|]+{_CELL})+)[ \t|]*$")
#: A cell's share before or after its count ("11.9%, 70 seats", "125 seats, 34.2%").
_SHARE_BEFORE = r"(?:\d[\d.]*%,[ \t]*)?"
_SHARE_AFTER = r"(?:,[ \t]*\d[\d.]*%)?"
#: "Last election 60 seats 87 seats": a row whose figures all carry one unit word (in the
#: singular or the plural: "4 seats 1 seat"), each perhaps with its share
_UNIT_ROW = re.compile(
    _LABEL + r"(?P<figures>" + _SHARE_BEFORE + r"[-+−–]?\d[\d,.]*[ \t]+(?P<unit>[a-z]{2,11}?)s?\b"
    + _SHARE_AFTER + r"(?:[ \t|]+" + _SHARE_BEFORE + r"[-+−–]?\d[\d,.]*[ \t]+(?P=unit)s?\b"
    + _SHARE_AFTER + r")+)[ \t|]*$"
)
#: One cell of such a row: its figure and unit word, and the share that some rows give
#: each, after or before it ("Last election 125 seats, 34.2% 183 seats, 44.5%", "Last
#: election 11.9%, 70 seats 8.3%, 51 seats"): one column.
_UNIT_CELL = re.compile(_SHARE_BEFORE + r"[-+−–]?\d[\d,.]*[ \t]+[a-z]{2,12}" + _SHARE_AFTER)
_ANAPHORIC = re.compile(
    _opening(_WORDS["anaphoric_periods"]) + r"\b(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS["anaphoric_periods"])
    + r")\b", re.IGNORECASE)
#: How far from a figure, in its sentence, a phrase pointing back at a period is read.
ANAPHORIC_REACH = 240
_ANAPHORIC_LAST: list[tuple[str, int, int, list[int]]] = []


def _anaphoric_in(text: str, start: int, end: int) -> list[int]:
    """Where phrases pointing back at a period stand in ``text[start:end]`` (a sentence),
    found once for the sentence: its figures ask in turn, and a run of figures with no
    sentence end would otherwise be read again around each."""
    if _ANAPHORIC_LAST:
        last = _ANAPHORIC_LAST[0]
        if last[0] is text and last[1] == start and last[2] == end:
            return last[3]
    found = [m.start() for m in _ANAPHORIC.finditer(text, start, end)]
    _ANAPHORIC_LAST[:] = [(text, start, end, found)]
    return found


_KEYED = re.compile(
    r"^[ \t|]*(?P<key>[a-z][a-z_]{1,30}?)_?(?P<n>[1-9])(?:_(?P<after>[a-z_]{1,20}))?[ \t]*=[ \t]*"
    r"(?P<value>.+)$"
)
#: An infobox copied as a list, its keys numbered by column ("- Percentage1: 26.51",
#: "- Last Election2: 42"): read as ``_KEYED``'s.
_KEYED_LIST = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<key>[A-Z][a-z]+(?:[ \t][A-Z]?[a-z]+){0,2})(?P<n>[1-9])"
    r"(?P<after>)[ \t]*:[ \t]*(?P<value>.+)$"
)
_CLAUSE_BREAK_RE = re.compile(r"[;:()\[\]—]|\s[–-]\s")


class _Marked:
    """``rx``, searched and split only from where a match can begin: every match of it
    holds one of ``marks``, no more than ``before`` characters after the match's start.
    The same matches; the words around a figure hold a blank every few characters and
    seldom a mark, and ``\\s[–-]\\s`` tried at each blank was 4 us a figure of a dense run."""

    def __init__(self, rx: re.Pattern[str], marks: str, before: int) -> None:
        self.rx, self.pattern, self.before = rx, rx.pattern, before
        self.marks = re.compile("[" + re.escape(marks) + "]")

    def search(self, words: str, pos: int = 0) -> re.Match[str] | None:
        mark = self.marks.search(words, pos)
        return None if mark is None else self.rx.search(words, max(pos, mark.start()
                                                                   - self.before))

    def split(self, words: str) -> list[str]:
        return self.rx.split(words) if self.marks.search(words) else [words]


_CLAUSE_BREAK = _Marked(_CLAUSE_BREAK_RE, ";:()[]—–-", 1)
#: A word's plural in brackets, as forms print it ("Death(s) 114", "Injury(ies) 30"),
#: which is no bracket that ends a clause.
_PLURAL_TAIL = re.compile(r"[^\W\d_]\((?:s|es|ies|S|ES|IES)\)\Z")
#: How many such plurals the words before a figure are read past (a key's five words).
PLURALS_READ_PAST = 5


#: A relative clause opened after a comma ("the damage, which was estimated at"): it
#: says what it says of the noun before the comma, which stays the figure's.
_RELATIVE_AFTER_COMMA = re.compile(r"which\b")


def _clause_left(left: str) -> str:
    """The last clause of ``left``, the words before a figure: after the last ";", ":",
    dash or bracket, but a word's plural in brackets ("Death(s) 114", "Number of
    death(s) 114") is read past, blanked, so that the word before the figure still names
    its measure. As long as what it reads past, so offsets into the text hold."""
    piece = _CLAUSE_BREAK.split(left)[-1]
    for _ in range(PLURALS_READ_PAST):
        if len(piece) == len(left):
            break
        head = left[:len(left) - len(piece)]
        plural = _PLURAL_TAIL.search(head, max(0, len(head) - 6))
        if plural is None:
            break
        before = head[:plural.start() + 1]
        piece = _CLAUSE_BREAK.split(before)[-1] + " " * (len(head) - len(before)) + piece
    return piece
#: A dash opening an aside, a word or two before its figure ("—about 28,000 people—").
_DASH_OPEN = re.compile(r"(?:—|[ \t][–-][ \t])[ \t]*(?:[^\W\d_][\w.'’-]*[ \t]+){0,2}\Z")
#: How far back from a figure the dash that opens its aside is looked for.
DASH_REACH = 100
#: The aside's end: its figure's noun (a few words), a dash, and the clause going on in
#: lower case ("people—died").
_DASH_CLOSE = re.compile(
    r"([ \t]*[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3})[ \t]*(?:—|[ \t][–-][ \t])"
    r"[ \t]*(?=[a-z])")
#: Right after a figure, its restatement in other units in brackets: "(1300 feet)",
#: "(11 lb)", "(35,797 ft)".
_CONVERSION = re.compile(
    r"[ \t]*\([ \t]*(?:about|approx\.|approximately|c\.|ca\.)?[ \t]*[$€£¥]?\d[\d,.]*"
    r"[ \t]*[^\W\d_][^()\n]{0,36}\)")
_BRACKET_NOUN = re.compile(r"\d[\d,.]*[ \t]*([A-Za-z]+)")


def _breakdown(bracket: str) -> bool:
    """Whether a bracket after a figure counts people ("(32 passengers and crew, 1 salvage
    member)"): its parts, not the figure in other units ("(18.5 mi; 97,000 ft)")."""
    m = _BRACKET_NOUN.search(bracket)
    return m is not None and concept(m.group(1)) in _PERSONS


#: Right after a figure, a bracket of a word or two with no figure in it ("324
#: (Americans) wounded"): an aside the figure's words run on past.
_ASIDE = re.compile(r"[ \t]*(\([A-Za-z][A-Za-z.'’ -]{0,24}\))[ \t]+[a-z]")

#: An aside between commas after a figure's noun that says where most of them were
#: (frames.toml part_of_place_spread): "people, largely in Halifax and Dartmouth, were".
_SPREAD_ASIDE = re.compile(
    r"[ \t]*[^\W\d_]*(,[ \t\n]*(?i:" + "|".join(re.escape(w) for w in sorted(
        _WORDS["part_of_place_spread"], key=len, reverse=True))
    + r")\b[^,.;:\d]{1,80}),[ \t\n]")

FIGURE_KINDS = frozenset({"quantity", "ratio", "duration"})
TIME_KINDS = frozenset({"date", "range"})
#: How many words either side of a figure may name what it measures.
RIGHT_WORDS = 6
LEFT_WORDS = 8
#: Words past RIGHT_WORDS read only to finish a measure's phrase begun inside them.
PHRASE_TAIL = 2
#: Words right after a figure that count as its own noun ("150 people were killed").
NEAR_WORDS = 4
#: How many words (a qualifier, an article) may stand between a count of things and a
#: people measure's verb before it for the verb to be that count's ("displaced some 40
#: families"); further back, the verb is an earlier figure's.
OWN_VERB_WORDS = 2


_VOCABULARIES: dict[tuple[Any, ...], Measures] = {}


def vocabulary_for(config: Config) -> Measures:
    """The general measures plus those plugins registered (``config.measures``), merged
    once per set of sources (paths by name, parsed vocabularies by identity)."""
    key = tuple(os.fspath(s) if isinstance(s, (str, os.PathLike)) else id(s)
                for s in config.measures)
    found = _VOCABULARIES.get(key)
    if found is None:
        found = general()
        for source in config.measures:
            found.merge(_read(source))
        if len(_VOCABULARIES) > 16:
            _VOCABULARIES.clear()
        _VOCABULARIES[key] = found
    return found


def _read(source: Any) -> Mapping[str, Any]:
    if isinstance(source, Mapping):
        return source
    if isinstance(source, (str, os.PathLike)):
        try:
            with open(source, "rb") as handle:
                return tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ClaimcheckError(
                f"{os.fspath(source)}: cannot read the measure vocabulary ({exc})") from None
    raise ClaimcheckError(f"register_measures takes a TOML path or a mapping, not {source!r}")


def with_frames(
    document: Document,
    segments: Segments,
    claims: Sequence[Claim],
    aliases: Aliases,
    config: Config,
    *,
    whens: Sequence[TimeRef | None] | None = None,
    ids: Sequence[str | None] | None = None,
) -> list[Claim]:
    """The claims, each figure and date with its frame (other claims unchanged).

    ``whens`` and ``ids`` (in the claims' order, None for none) are a time and an id
    each claim is given in the same copy as its frame (the core dates figures and numbers
    claims first: one copy instead of three); a figure's time is read as its own."""
    vocabulary = vocabulary_for(config)
    cells = _Cells(segments, document.text, vocabulary)
    # a figure's words reach to the next figure's; a date between them is when, and the
    # words past it are still the figure's ("the strength of the X Army on 10 October
    # 1956 was 48 tanks"); a date's words reach to the next figure or date
    figures = [c for c in claims if c.kind in FIGURE_KINDS]
    marks = [c for c in claims if c.kind in FIGURE_KINDS or c.kind in TIME_KINDS]
    figure_starts, mark_starts = [c.start for c in figures], [c.start for c in marks]
    out = []
    memo: dict[tuple[Any, ...], Frame] = {}
    labels: dict[str, int] = {}  # (frame_of's: the words between figures, read once each)
    last: Claim | None = None  # the last figure framed
    last_at = -1  # where it stands in ``out``
    first: Claim | None = None  # the first figure of the last figure's sentence
    for n, claim in enumerate(claims):
        given = whens[n] if whens is not None else None
        claim_id = ids[n] if ids is not None else None
        if claim.kind in FIGURE_KINDS or claim.kind in TIME_KINDS:
            when = claim.when if given is None else given
            near, starts = ((figures, figure_starts) if claim.kind in FIGURE_KINDS
                            else (marks, mark_starts))
            i = bisect.bisect_left(starts, claim.start)
            before = near[i - 1].end if i > 0 else 0
            after = near[i + 1].start if i + 1 < len(near) else len(document.text)
            if last is not None and last.frame is not None and _converts(
                    document.text, last, claim):
                # "10,911 metres (35,797 ft)": the figure before, in other units; its frame,
                # marked as a restatement so alignment tells the figure once
                frame = replaced(last.frame, source="conversion",
                                 period=last.frame.period or (
                                     when if claim.kind in FIGURE_KINDS else None))
            else:
                frame = frame_of(claim, document.text, (before, after), cells, vocabulary,
                                 aliases, memo, when, labels)
                gapped = _gapped_name(document.text, last, first, claim) \
                    if frame.measure is None and claim.kind in FIGURE_KINDS else None
                if gapped is not None and first is not None and first.frame is not None:
                    # "Lincoln received 1,866,452; Douglas, 1,291,547": the verb and the
                    # measure said once, for each name of the list
                    frame = replaced(frame, measure=first.frame.measure,
                                     measure_text=first.frame.measure_text,
                                     measure_weak=first.frame.measure_weak,
                                     counted=frame.counted or first.frame.counted,
                                     subject=gapped, subject_key=aliases.find(gapped)
                                     or aliases.key(normalize(gapped)))
                elif frame.measure is None and frame.counted is None \
                        and claim.kind in FIGURE_KINDS and last is not None \
                        and last.frame is not None and last.frame.measure \
                        and last.sentence == claim.sentence \
                        and _JOINED_FIGURE.fullmatch(document.text, last.end, claim.start):
                    # "deaths at 1.1 million worldwide and 116,000 in the United States":
                    # the measure said once, for both figures joined
                    frame = replaced(frame, measure=last.frame.measure,
                                     measure_text=last.frame.measure_text,
                                     measure_weak=last.frame.measure_weak)
                elif frame.measure is None and claim.kind in FIGURE_KINDS \
                        and last is not None and last.frame is not None \
                        and last.frame.measure and not last.frame.measure_weak \
                        and last.sentence == claim.sentence \
                        and _coordinated(document.text, last, claim, frame) \
                        and _measure_said_before(document.text, last) \
                        and not _own_verb_after(document.text, claim):
                    # "killed three crew and eight passengers": the verb said once, for
                    # both kinds of people counted
                    frame = replaced(frame, measure=last.frame.measure,
                                     measure_text=last.frame.measure_text,
                                     measure_weak=False)
                elif frame.measure is None and claim.kind in FIGURE_KINDS \
                        and last is not None and last.frame is not None \
                        and last.frame.measure and last.sentence == claim.sentence \
                        and _OF_THEM.match(document.text, claim.end):
                    # "39 people were killed ..., 32 of them in Xenia": some of the figure
                    # before, counted as it is (its place, if any, its own)
                    frame = replaced(frame, measure=last.frame.measure,
                                     measure_text=last.frame.measure_text,
                                     measure_weak=last.frame.measure_weak,
                                     counted=frame.counted or last.frame.counted)
                elif frame.subject_key is None and claim.kind in FIGURE_KINDS \
                        and first is not None and first.frame is not None \
                        and _part_of_group(document.text, first, claim):
                    # "Of the 21,000 Japanese soldiers ..., only 216 were taken prisoner":
                    # some of the group named first, so the group's
                    frame = replaced(frame, subject=first.frame.subject,
                                     subject_key=first.frame.subject_key)
            if given is None and claim_id is None:
                claim = _WITH_FRAME(claim, frame)
            elif claim_id is None:
                claim = _WITH_WHEN_FRAME(claim, given, frame)
            elif given is None:
                claim = _WITH_ID_FRAME(claim, claim_id, frame)
            else:
                claim = _WITH_ID_WHEN_FRAME(claim, claim_id, given, frame)
            if claim.kind in FIGURE_KINDS:
                if last is not None and last.frame is not None and frame.measure \
                        and not frame.measure_weak and last.sentence == claim.sentence \
                        and (last.frame.measure is None or last.frame.measure_weak) \
                        and last.frame.source == "sentence" and frame.source == "sentence" \
                        and _coordinated(document.text, last, claim, frame) \
                        and _measure_said_after(document.text, claim, frame) \
                        and _list_opens_clause(document.text, last):
                    # "Twelve soldiers and four civilians were killed": the verb after the
                    # list is said of every kind of people listed, not of the last alone
                    out[last_at] = replaced(out[last_at], frame=replaced(
                        last.frame, measure=frame.measure, measure_text=frame.measure_text,
                        measure_weak=False))
                elif last is not None and last.frame is not None and claim.subject \
                        and not last.subject and last.sentence == claim.sentence \
                        and frame.counted == "person" and people_kinds(claim) \
                        and _PART_OF_WHOLE.fullmatch(document.text, last.end, claim.start):
                    # "8 of the 20 passengers": the part counts the whole's kind of people
                    out[last_at] = replaced(out[last_at], subject=claim.subject,
                                            frame=replaced(last.frame, counted="person"))
                last, last_at = claim, len(out)
                if first is None or first.sentence != claim.sentence:
                    first = claim
        elif given is not None or claim_id is not None:
            changes: dict[str, Any] = {}
            if given is not None:
                changes["when"] = given
            if claim_id is not None:
                changes["id"] = claim_id
            claim = replaced(claim, **changes)
        out.append(claim)
    return out


#: Relative pronouns after a list's last figure: the verb after them is the relative
#: clause's, not one of the figure's own ("eight passengers who were aboard").
_RELATIVE_PRONOUNS = frozenset(_WORDS["relative_pronouns"])
#: What stands between two figures of one list of kinds of people ("three crew and
#: eight", "Eleven passengers on MARC train 286 and 15"): a few words, no verb, "and".
_COORDINATION = re.compile(r"[ \t]+(?:[\w'’.-]+[ \t]+){0,6}and[ \t]+")
#: How far past a figure the verb said of its list is looked for (characters).
COORDINATION_REACH = 100
#: Irregular plurals of people, which the table of irregular forms holds beside verbs
#: ("men" -> "man" as "rose" -> "rise"): nouns of a list, no verb.
_PEOPLE_PLURALS = frozenset(_WORDS["people_plurals"])


def _people_or_same(a: str | None, b: str | None) -> bool:
    """Whether two counted words count one kind of thing: the same word, or people both
    ("crew" and "passengers"), or one unsaid."""
    if a is None or b is None or a == b:
        return True
    return (a == "person" or person_kind(a) is not None) \
        and (b == "person" or person_kind(b) is not None)


def _coordinated(text: str, last: Claim, claim: Claim, frame: Frame) -> bool:
    """Whether two figures are one list of kinds of people ("three crew and eight
    passengers"): joined by "and" across a few words that hold no verb ("30 were killed
    and 20" are two clauses) and no mark of a clause, counting one kind of thing."""
    if last.frame is None or not _COORDINATION.fullmatch(text, last.end, claim.start):
        return False
    if not _people_or_same(last.frame.counted, frame.counted) \
            or (last.frame.counted is None and frame.counted is None):
        return False
    return not _verb_in(text[last.end:claim.start])


def _verb_in(between: str) -> bool:
    """Whether the words between two figures hold a verb (an auxiliary, a past form):
    "30 were killed and 20" are two clauses, "30 men and 20" one list."""
    for word in between.split():
        if word[:1].isupper() or any(map(str.isdigit, word)):
            continue  # "MARC train 286": a name, a number, no verb
        word = word.lower()
        if word in _AUXILIARIES or past_verb(word) or (
                irregular_base(word) and word not in _PEOPLE_PLURALS):
            return True
    return False


#: How many words after a list's last figure a verb of its own is looked for.
LIST_VERB_WORDS = 3


def _own_verb_after(text: str, claim: Claim) -> bool:
    """Whether a list's last figure is the subject of a verb of its own, right after its
    noun ("The blast killed 12 miners and 40 rescuers arrived", "... and 20 firefighters
    fought the blaze"): another clause, not the list the verb before said once ("killed
    three crew and eight passengers aboard", "... passengers who were aboard")."""
    for word in text[claim.end:claim.end + 80].split()[:LIST_VERB_WORDS]:
        bare = word.strip(".,;:()\"'“”")
        if bare.lower() in _RELATIVE_PRONOUNS:
            return False
        if bare and _verb_in(bare):
            return True
        if bare != word:
            return False  # a mark ends the clause
    return False


def _measure_said_before(text: str, last: Claim) -> bool:
    """Whether the measure of the list's first figure is said before it ("killed three
    crew"), so that it is said of the whole list, not of the first figure's own noun."""
    said = last.frame.measure_text if last.frame is not None else None
    if not said:
        return False
    return text.rfind(said, max(0, last.start - COORDINATION_REACH), last.start) >= 0


def _list_opens_clause(text: str, first: Claim) -> bool:
    """Whether a list's first figure opens its clause, no verb before it but one of saying
    ("Twelve soldiers and four civilians were killed", "Officials said 12 soldiers and
    ..."): then the verb after the list is said of it; "The ship had 300 passengers and
    40 crew members were killed", "Officials evacuated 300 residents and 40 tourists were
    injured" make the first figure the object of a verb of its own."""
    s_start = first.sentence[0] if first.sentence else max(0, first.start - 200)
    before = text[s_start:first.start]
    words = before[max(before.rfind(mark) for mark in ",;:(") + 1:].split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _REPORTING or words[i].lower() == "that":
            words = words[i + 1:]
            break
    return not _verb_in(" ".join(words))


def _measure_said_after(text: str, claim: Claim, frame: Frame) -> bool:
    """Whether the measure of the list's last figure is said after it, past its own noun
    ("four civilians were killed"): a verb said of the whole list."""
    said = frame.measure_text
    if not said or said.lower() in (frame.subject or "").lower():
        return False  # "8 Amtrak employees": the figure's own noun, said of it alone
    at = text.find(said, claim.end, claim.end + COORDINATION_REACH)
    if at < 0:
        return False
    between = text[claim.end:at]
    return not any(mark in between for mark in ".;:,()")


#: The copies of a figure or date that give it its frame (with its id and time when the
#: core gives them): a copier per set of fields sets the slots straight, at under two
#: thirds of ``replaced``'s cost, paid for every figure and date.
_WITH_FRAME = copier(Claim, ("frame",))
_WITH_WHEN_FRAME = copier(Claim, ("when", "frame"))
_WITH_ID_FRAME = copier(Claim, ("id", "frame"))
_WITH_ID_WHEN_FRAME = copier(Claim, ("id", "when", "frame"))

#: What joins a figure to the next when the next says the same of another place or time
#: ("1.1 million worldwide and 116,000 in the United States", "40 people in 1950 and 60
#: in 1951"): a few words, then "and" (the next figure then takes the measure said once
#: for both; no figure stands between two figures that follow each other).
_JOINED_FIGURE = re.compile(r"[^.;:()\n]{0,40}?\band[ \t]+")

#: The next pair's key at the end of a figure's words, before the colon that ended them
#: ("3 killed, Arrests" of "Deaths: 3 killed, Arrests: 296"): one or two words after a
#: comma or a semicolon ("3 killed, arrests: 296"), or after a blank when capitalised.
_NEXT_KEY = re.compile(r"(?:(?:[,;][ \t]*|[ \t]+)[A-Z]|[,;][ \t]*[a-z])[\w'’-]*"
                       r"(?:[ \t]+[A-Za-z][\w'’-]*)?[ \t]*\Z")

#: How far back on its line a figure's key is looked for (``_keyed_value``).
KEY_REACH = 80


def _keyed_value(text: str, start: int) -> bool:
    """Whether a figure stands after a key's colon on its own line ("Deaths: 3 killed"):
    looked for no further back than KEY_REACH characters."""
    lo = max(0, start - KEY_REACH)
    return text.rfind(":", text.rfind("\n", lo, start) + 1 or lo, start) >= 0


#: "Of the 21,000 Japanese soldiers", "Out of its 4,000 employees": a group opening its
#: sentence, some of which the figures after it count.
_PARTITIVE = re.compile(r"[ \t]*(?:of|out[ \t]+of)[ \t]+(?:the|its|their|these|those)[ \t]+$",
                        re.IGNORECASE)


def _part_of_group(text: str, group: Claim, claim: Claim) -> bool:
    """Whether ``claim`` counts some of the group ``group`` names at the head of their
    sentence ("Of the 21,000 Japanese soldiers on the island, only 216 were taken
    prisoner"), past a comma, the group having an owner."""
    if group.frame is None or not group.frame.subject_key or group.sentence is None \
            or group.sentence != claim.sentence or group.start - group.sentence[0] > 24:
        return False
    return bool(_PARTITIVE.fullmatch(text, group.sentence[0], group.start)) \
        and "," in text[group.end:claim.start]


#: What ends an item of such a list after its figure: the sentence or a semicolon, or
#: the next item's name ("..., Douglas, 1,291,547, and Bell, 590,901").
_GAPPED_END = re.compile(r"[ \t]*(?:[;.]|$|,?[ \t]*(?:and[ \t]+)?[A-Z][\w.'’-]*"
                         r"(?:[ \t]+[A-Z][\w.'’-]*){0,3},)")
#: A name and a comma after a semicolon (or a comma), before a figure of a list whose
#: verb is said once ("; Douglas, 1,291,547"); the figure before may keep its noun
#: ("Smith received 48,210 votes; Jones, 45,980").
_GAPPED = re.compile(r"(?:[ \t]+[a-z]+){0,2}[ \t]*[;,][ \t]*(?:and[ \t]+)?"
                     r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}),[ \t]*")


def _gapped_name(text: str, last: Claim | None, first: Claim | None,
                 claim: Claim) -> str | None:
    """The name a figure of a gapped list belongs to ("Lincoln received 1,866,452;
    Douglas, 1,291,547; Breckinridge, 850,082"): the name between the figure before and
    this one, when the list's first figure, in the same sentence, names its measure and
    its own owner."""
    if last is None or first is None or first.frame is None or not first.frame.measure \
            or not first.frame.subject_key or last.sentence != claim.sentence \
            or first.sentence != claim.sentence:
        return None
    m = _GAPPED.fullmatch(text, last.end, claim.start)
    if m is None or not _GAPPED_END.match(text, claim.end):
        return None  # (but "Hurricane Ida killed 12 people; Smith, 40, was among them": an
        # age in apposition, its clause going on, is no item of the list)
    return m.group(1)


_CONVERSION_GAP = re.compile(r"[ \t]*\([ \t]*(?:about|approx\.|approximately|c\.|ca\.)?[ \t]*$")
#: Between a value and its restatement after a semicolon on one line: "936 mbar (hPa); "
#: (then the line ends), "936 mbar (hPa; " (then the bracket shuts).
_UNITS_LIST_GAP = re.compile(r"[ \t]*(?:\([ \t]*[^\W\d_]{1,8}[ \t]*\)[ \t]*)?;[ \t]*")
_UNITS_BRACKET_GAP = re.compile(r"[ \t]*\([ \t]*[^\W\d_]{1,8}[ \t]*;[ \t]*")
_LINE_END = re.compile(r"[ \t]*(?:\[\w{1,4}\][ \t]*)*(?:\n|$)")
_BRACKET_SHUT = re.compile(r"[ \t]*\)")


def _converts(text: str, figure: Claim, claim: Claim) -> bool:
    """Whether ``claim`` restates ``figure`` in other units, in brackets right after it
    ("10,911 metres (35,797 ft)", "$4.2 billion (€3.9 billion)"): one figure, which the
    bracketed one should be framed as."""
    a, b = figure.value, claim.value
    if claim.kind not in FIGURE_KINDS or not isinstance(a, Quantity) or not isinstance(b, Quantity):
        return False
    if figure.sentence != claim.sentence or not a.dimension or a.dimension in ("count",):
        return False
    if a.dimension.split(":")[0] != (b.dimension or "").split(":")[0] or a.unit == b.unit:
        return False
    if _CONVERSION_GAP.fullmatch(text, figure.end, claim.start):
        return bool(_BRACKET_CLOSE.match(text, claim.end))
    # "Lowest pressure 936 mbar (hPa); 27.64 inHg", "936 mbar (hPa; 27.65 inHg)": a
    # value given in two units, the second after a semicolon, at its line's end or in
    # the bracket the first unit's name opened
    if _UNITS_LIST_GAP.fullmatch(text, figure.end, claim.start):
        # (or the bracket of conversions it stands in shuts: "27 metres (30 yd; 89 ft)")
        return bool(_LINE_END.match(text, claim.end) or _BRACKET_SHUT.match(text, claim.end))
    return bool(_UNITS_BRACKET_GAP.fullmatch(text, figure.end, claim.start)) and bool(
        _BRACKET_SHUT.match(text, claim.end))


def frame_of(
    claim: Claim,
    text: str,
    neighbours: tuple[int, int],
    cells: _Cells,
    vocabulary: Measures,
    aliases: Aliases,
    memo: dict[tuple[Any, ...], Frame] | None = None,
    own_when: TimeRef | None = None,
    labels: dict[str, int] | None = None,
) -> Frame:
    """The frame of one figure or date. ``neighbours`` are the end of the figure before
    it and the start of the one after it: words past them belong to those figures.

    ``memo`` (kept by the caller for one document, with one vocabulary and one alias
    table) maps what a frame is read from to the frame read: a figure whose words,
    structure, owner and own fields are those of a figure met before gets that frame
    (with its own date) without reading it again. Tables, lists and runs of figures
    repeat their words; a text that is nothing but one unit repeated costs one frame
    per distinct unit.

    ``own_when``: the figure's time when the claim does not carry it yet (``with_frames``
    gives it with the frame), read as the claim's ``when`` would be.

    ``labels`` (kept by the caller as ``memo``) maps the words between a figure and the
    next to where the next one's label starts in them (``_label_of_next``, a function of
    those words and the vocabulary): a run of rows or keyed values repeats them, and each
    was searched twice over again."""
    s_start, s_end = claim.sentence or (max(0, claim.start - 200), min(len(text), claim.end + 200))
    left = text[max(s_start, neighbours[0]) : claim.start]
    right = text[claim.end : min(s_end, neighbours[1])]
    converted = _CONVERSION.match(text, claim.end, min(s_end, claim.end + 60))
    if converted and _breakdown(converted.group()):
        converted = None  # "33 (32 passengers and crew, 1 salvage member)": parts, not units
    if converted:
        # "about 400 meters (1300 feet) below the ground": the words after the figure's own
        # restatement in brackets are still its own
        after = text[converted.end():min(s_end, converted.end() + 120)]
        digit = _DIGIT.search(after)
        right = after[:digit.start()] if digit else after
    # (read in the last few words only: a sentence of 100,000 characters is not searched
    # whole for each of its figures)
    opened = _DASH_OPEN.search(left, max(0, len(left) - DASH_REACH)) \
        if "—" in left or "-" in left or "–" in left else None  # (a dash first: most have none)
    # (only a qualifier between the dash and the figure: "—about 28,000 people—" restates
    # what stands before it; "—home to 28,000 people—", "—with 1,200 inhabitants—" tells
    # something of it, and the verb after the dash is its, not the figure's)
    dashed = opened is not None and all(
        w.lower() in _COMPLEMENT_QUALIFIERS for w in opened.group().strip(" \t—–-").split())
    left = _clause_left(left)  # a clause ends at ";", ":", a dash, a bracket
    if dashed and (closed := _DASH_CLOSE.match(right)) is not None:
        # "Almost everyone in the city—about 28,000 people—died": a figure set between
        # dashes stands for what comes before them, and the clause goes on past the
        # second dash with what befell it
        right = closed.group(1) + " " + right[closed.end():]
    if neighbours[0] > s_start and ", " in left \
            and not _RELATIVE_AFTER_COMMA.match(left, left.rfind(", ") + 2):
        # "Of 1,196 crewmen aboard, about 300 went down": the words after a figure, up to
        # a comma, are that figure's noun, not the next one's (but "3,559 Wounded, 1,288":
        # a row label, capitalised, before its figure)
        label = _label_of_next(left, vocabulary)
        left = left[label:] if label < len(left) else left[left.rfind(", ") + 2:]
    elif neighbours[0] > s_start and _COORDINATION.fullmatch(left) and not _verb_in(left):
        # "3 CSXT operating crewmembers and 8 of the 20 passengers": the words before "and"
        # are the figure before's noun, not a name of this one's
        left = left[left.rstrip().rfind(" ") + 1:]
    aside = _ASIDE.match(right)
    if aside:
        # "324 (Americans) wounded": a short aside in brackets is read past, not a stop
        right = right[:aside.start(1)] + right[aside.end(1):]
    spread = _SPREAD_ASIDE.match(right)
    if spread:
        # "At least 1,782 people, largely in Halifax and Dartmouth, were killed": where
        # most of them were, set between commas, is read past
        right = right[:spread.start(1)] + right[spread.end(1):]
    stop = _CLAUSE_BREAK.search(right)  # the first piece, without splitting the rest
    right = right[: stop.start()] if stop else right
    if stop is not None and stop.group() == ":" and _keyed_value(text, claim.start) \
            and (key := _NEXT_KEY.search(right)) is not None:
        # "Deaths: 3 killed, Arrests: 296": the label before the next colon is the next
        # figure's key, not this figure's noun (only where the figure is itself a key's
        # value: "killed 30 people in Florida (mostly ...)" keeps its place)
        right = right[:key.start()]
    if neighbours[1] <= s_end and not converted:
        # "... 3,559 Wounded, 1,288 ...": a table run together into one line
        between = text[claim.end:neighbours[1]]
        cut = labels.get(between) if labels is not None else None
        if cut is None:
            cut = _label_of_next(between, vocabulary)
            if labels is not None:
                if len(labels) >= MEMO_LABELS:
                    labels.clear()
                labels[between] = cut
        right = right[:cut]
    if neighbours[1] < s_end and not converted and claim.kind in FIGURE_KINDS \
            and _PART_OF_WHOLE.fullmatch(right):
        # "Only 764 of the nearly 2,000 on board were saved": a part of the next figure's
        # whole, and what the sentence says after the whole is said of the part too
        whole_figure = _FIGURE_TOKEN.match(text, neighbours[1], s_end) \
            or NUMBER_WORD_RE.match(text, neighbours[1], s_end)  # ("of the forty-three")
        if whole_figure is not None:
            after_whole = text[whole_figure.end():min(s_end, whole_figure.end()
                                                      + PARTITIVE_REACH)]
            # "Twenty-three of the forty-three passengers on board lost their lives": the
            # whole's own words ("passengers on board") are the whole's; the verb after
            # them says what befell the part
            verb = _verb_at(after_whole)
            if verb and _RELATIVE_OPENS.search(after_whole, max(0, verb - 7), verb):
                # "195 miners out of 236 who went to work at the mine are dead": the verb
                # of the whole's relative clause is its own; the main verb comes after
                main = _AUXILIARY_AFTER.search(after_whole, verb + 1)
                verb = main.start() if main is not None else 0
            right += text[neighbours[1]:whole_figure.end()] + (
                " " + after_whole[verb:] if verb else after_whole)
    elif neighbours[0] > s_start and claim.kind in FIGURE_KINDS \
            and _PART_OF_WHOLE.fullmatch(left) and (
                (verb := _verb_at(right)) or _VERB_FIRST.match(right)):
        # ... and the whole's own words end where that verb begins ("Three people out
        # of ten were hurt": none)
        right = right[:verb]
    structure = cells.around(claim)
    if structure is not None and structure[0] == "key_value" and _KEYED_LIST.match(
            text[max(text.rfind("\n", max(0, claim.start - 80), claim.start) + 1,
                     claim.start - 80):claim.start]):
        structure = None  # "- Percentage1: 26.51": a numbered key, its column's cell
    row = _row(claim, text) if structure is None and claim.kind in ("quantity", "ratio") \
        else None
    stacked = None
    if row is None and claim.kind in ("quantity", "ratio") and (
            structure is None or structure[0] == "key_value"):
        # "Strength1: 1,100–2,500 warriors": a key with its column's number; else a cell
        # stacked under a label line
        stacked = numbered_key(text, claim.start, claim.end, vocabulary)
        if stacked is not None:
            structure = None
        elif structure is None:
            stacked = stacked_cell(text, claim.start, claim.end, vocabulary)
    noted = _noted_after(text, claim) if structure is not None and structure[0] == "key_value" \
        else None
    cell = stacked.cell if stacked is not None else row[3] if row is not None else None
    if cell is not None:
        # "Strength" over "8,000" / "10 guns", "|casualties1 = 240–400 killed 1,000
        # wounded": a cell reads its own words only, never those before its label (the
        # names of the row above the label, the key before it)
        left = left[max(0, len(left) - (claim.start - cell[0])):]
        right = right[:max(0, cell[1] - claim.end)]
    # everything read below comes from these reads and the claim's own fields: the key
    # of the memo holds them all (the date only as far as it is read: the frame then
    # takes the claim's own)
    owner = None
    if row is None and stacked is None and claim.kind in FIGURE_KINDS:
        named = _parenthesised(text, claim)
        # a figure with no subject has no owner (owner_of reads the subject only): most
        # figures of a run of figures have none, and asking cost a tenth of framing them
        owner = ((aliases.find(named) or aliases.key(normalize(named))) if named
                 else owner_of(claim, text, aliases)[0] if claim.subject else None)
    source = "sentence" if structure is None and row is None and stacked is None else (
        structure[0] if structure is not None else "row")
    when = (claim.when if own_when is None else own_when) if claim.kind in FIGURE_KINDS \
        else None
    if when is not None and source != "sentence" and not _same_line(text, claim, when):
        when = None  # a row's figure holds for the date on its own line, not the line above
    if when is not None and when.kind == "relative" and when.earliest is None \
            and when.text.lower() in _NOW_WORDS:
        when = None  # "won 55.7% of the vote today", no dateline to count from: the
        # document's own time, no other (with a dateline it is that day, kept)
    if when is not None and getattr(claim.value, "dimension", None) == RANK:
        # a date of a rank's sentence bounds the order or is another clause's, not when
        # the rank holds ("the deadliest since the 1947 tornadoes, and the seventh-deadliest")
        when = None
    place_window = text[max(s_start, claim.start - 160):claim.start] + " " + (
        "" if _DISTANCE_AFTER.match(text, claim.end) else right[:120]) \
        if stacked is None else left + " " + right  # (no place after "63 km south of
    # Manila, and rises out of an island in Lake Bombon": where a distance is counted
    # from, and what the clause goes on to)
    back = None
    if when is None and claim.kind in FIGURE_KINDS and source == "sentence":
        at = _anaphoric_in(text, s_start, s_end)
        k = bisect.bisect_left(at, claim.start - ANAPHORIC_REACH)
        back = ANAPHORIC_PERIOD if k < len(at) and at[k] <= claim.end + ANAPHORIC_REACH \
            else None
    partitive = neighbours[0] > s_start and claim.kind in ("quantity", "ratio") \
        and _PART_OF_WHOLE.fullmatch(text, neighbours[0], claim.start) is not None \
        and not _other_whole(text, neighbours[0], claim)
    whole = partitive and _acted_part(text, s_start, neighbours[0])
    # ("left 40 dead and injured 200": the words before the figure open right after
    # another figure, whose measure the first of them is)
    after_figure = claim.start - len(left) > s_start \
        and after_a_figure(text, claim.start - len(left))
    if memo is None:
        found = _listed(_windowed(
            _frame(claim, left, right, s_start, structure, row, owner, when, place_window,
                   vocabulary, aliases, back, noted, stacked, after_figure),
            claim, text, s_end),
            claim, text, s_end)
        return _marked(_stamped(_as_whole(found) if _is_whole(found, whole, partitive)
                                else found, claim, text, source), claim, text)
    value = claim.value
    key = (
        claim.kind, claim.text[:1], claim.subject, claim.attribution, claim.subject_key,
        (value.unit, value.dimension) if isinstance(value, Quantity) else None,
        left, right, max(-1, s_start - (claim.start - len(left))), structure, row, owner,
        None if when is None else (when.relation, when.kind, when.text),
        place_window, back, noted, stacked, after_figure,
    )
    found = memo.get(key)
    if found is None:
        if len(memo) >= MEMO_FRAMES:
            memo.clear()
        found = memo[key] = _frame(claim, left, right, s_start, structure, row, owner, when,
                                   place_window, vocabulary, aliases, back, noted, stacked,
                                   after_figure)
    found = found if found.period is when else replaced(found, period=when)
    found = _listed(_windowed(found, claim, text, s_end), claim, text, s_end)
    return _marked(_stamped(_as_whole(found) if _is_whole(found, whole, partitive) else found,
                            claim, text, source), claim, text)


#: How far after a figure a bracketed mark of its scope is looked for.
MARK_REACH = 40


def _marked(found: Frame, claim: Claim, text: str) -> Frame:
    """The frame with what the words right by the figure say of it, read on the text
    itself (the frame's window skips a bracket after a figure, most often the figure in
    other units, and stops at the next figure): a bracketed mark makes it what was asked
    for ("Deficit $1.101 trillion (requested)" over "$1.087 trillion (actual)"); a
    comparative and "than" with a figure after them make it a count past a bar, not a
    difference, and the figure after "than" the bar."""
    if found.scope is None and claim.kind in FIGURE_KINDS \
            and forecast_marked(text[claim.end:claim.end + MARK_REACH]):
        found = replaced(found, scope="forecast")
    if found.statistic == "change" and (bar := _THAN_FIGURE.match(text, claim.end)) \
            and bar.group(1).lower() in _DIFFERENCE and not _YEAR_FIGURE.fullmatch(bar.group(2)):
        # "Of the 300 dead, 45 younger than 18", "12 taller than 100 m": the comparative
        # and the figure after "than" are a bar the things counted pass, no difference
        # from another figure ("$207 billion less than that in 2011", "300 fewer than in
        # 1990", "500 fewer than 2010")
        found = replaced(found, statistic="count")
    if found.scope is None and claim.kind == "quantity" \
            and text[max(0, claim.start - 6):claim.start].rstrip().endswith("than") \
            and (bar := _FIGURE_THAN.search(text, max(0, claim.start - MARK_REACH),
                                            claim.start)) \
            and bar.group(1).lower() in _DIFFERENCE \
            and not _YEAR_FIGURE.fullmatch(claim.text.strip()):
        # ... and the figure after it is the bar ("45 younger than 18 were killed": no
        # count of the killed)
        found = replaced(found, scope="threshold")
    return found


#: A comparative and "than" right after a figure, and the figure after it.
_THAN_FIGURE = re.compile(r"[ \t]+([A-Za-z]+)[ \t]+than[ \t]+(\d[\d,.]*\d|\d)")
#: ... and the same right before a figure, which is the bar.
_FIGURE_THAN = re.compile(r"\d[ \t]+([A-Za-z]+)[ \t]+than[ \t]+\Z")
#: A figure that is a year ("fewer than 2010").
_YEAR_FIGURE = re.compile(r"1\d{3}|20\d{2}")


def _is_whole(found: Frame, acted: bool, partitive: bool) -> bool:
    """Whether a partitive's whole is all there were: the whole a part was taken from by
    a verb (``acted``: "won 52 of the 60 seats"), or one that says nothing of its own
    ("8 of the 20 passengers ... were killed": the verb the part's alone)."""
    return acted or (partitive and found.measure is None)


def _cell_measure(claim: Claim, left: str, right: str, key: list[Mention],
                  vocabulary: Measures) -> Mention | None:
    """The measure of a figure in an infobox cell under a label (``key``, the label's
    measures): the label's, unless the figure's own words in the cell name another (a
    weak noun too when the label holds no such measure: "10 guns" under "Strength" are
    guns, "80,000 men" under it strength, by a weak word still) or a kind of it ("240–400
    killed" under "Casualties")."""
    own = _measure(claim, _last_words(left, len(left), LEFT_WORDS),
                   _first_words(right, RIGHT_WORDS), vocabulary)
    if key and own is None:
        # "Casualties1: Fatalities: 8": the label's narrowest kind of its first measure
        return next((m for m in key[1:] if not m.weak and m.measure.startswith(
            key[0].measure + ".")), key[0])
    if key and own is not None and own.weak and relation(own.measure, key[0].measure) is not None:
        # "16,000 men" under "Strength": the label's measure, named by no more than the
        # weak word the cell's own is (one of several figures of one cell, whose alone
        # the label does not tell)
        return Mention(key[0].start, key[0].end, key[0].measure, key[0].text, True)
    return own


#: The part's noun before "out of" ("195 miners out of 236").
_OUT_OF_NOUN = re.compile(r"[ \t]+([a-z][\w-]*)[ \t]+out[ \t]+of\b")


def _other_whole(text: str, part_end: int, claim: Claim) -> bool:
    """Whether the figure after "out of" counts another thing than the noun before it
    ("drove 300 rebels out of 12 villages", "pulled 12 people out of 20 cars": where they
    came from, no whole they are part of), where "195 miners out of 236" and "3 people out
    of 10 people" are a part and its whole."""
    m = _OUT_OF_NOUN.match(text, part_end)
    if m is None or not claim.subject:
        return False
    return not _people_or_same(m.group(1).lower(), claim.subject.split()[-1].lower())


def _acted_part(text: str, s_start: int, part_end: int) -> bool:
    """Whether the part before "of the" is the object of a verb in the past or its -ing
    form ("won 52 of the 60 seats", "sold 300 of the 1,000 stores", "by winning 114 of the
    228 seats"): then the whole after it is all there were, not a count of what was done
    ("seven of the forty injured died": the forty are the injured, told as a count like
    any other; "including seven of the forty injured": "including" acts on nothing)."""
    token = _PART_TOKEN.search(text, max(s_start, part_end - 40), part_end)
    if token is None:
        return False
    words = [w.lower() for w in _last_words(text, token.start(), 4)]
    while len(words) > 1 and words[-1] in _COMPLEMENT_QUALIFIERS:
        words.pop()  # "won only 52 of the 60 seats", "by winning just 114 of the 228"
    verb = words[-1] if words else ""
    return bool(verb) and bool(past_verb(verb) or irregular_base(verb) or (
        _ing_verb(verb) and verb not in _NOT_ACTING))


def _as_whole(found: Frame) -> Frame:
    """The frame of the whole of a part done to ("won 52 of the 60 seats": 60 is all the
    seats), a total: never the same count as another source's figure for the part."""
    return replaced(found, statistic="total") if found.statistic == "count" else found


def _stamped(found: Frame, claim: Claim, text: str, source: str) -> Frame:
    """``found``, marked as a stamp (the time its page was posted, which the aligner
    passes over) when the date is one; read per claim, outside the memo, since two dates
    with the same words around them may stand on a line of their own or not."""
    if claim.kind in TIME_KINDS and source in ("sentence", "key_value") and _stamp(text, claim):
        return replaced(found, source="stamp")
    return found


#: How many frames a document's memo holds before it starts again (a bound on memory:
#: repeated words lie close together).
MEMO_FRAMES = 4096
#: ... and how many stretches between figures its labels memo holds (``frame_of``).
MEMO_LABELS = 4096


def _frame(
    claim: Claim,
    left: str,
    right: str,
    s_start: int,
    structure: tuple[str, str | None, str | None, int] | None,
    row: tuple[str, int, str, tuple[int, int] | None, str | None] | None,
    owner: str | None,
    when: TimeRef | None,
    place_window: str,
    vocabulary: Measures,
    aliases: Aliases,
    back: str | None = None,
    noted: str | None = None,
    stacked: Stacked | None = None,
    after_figure: bool = False,
) -> Frame:
    """The frame read from a figure's clause (``left`` and ``right`` of it), the table
    cell or key it sits in (``structure``), its labelled row, its owner and its date.
    ``back`` is a phrase of its sentence pointing back at a period named before ("during
    that period"): the figure's period is then the document's, not one it states.
    ``noted``: the noun of the figure a key's figure adds to in brackets ("fatalities" for
    the 4 of "Casualties 158 fatalities (+4 indirect)"). ``stacked``: the block of
    infobox cells under a label line the figure sits in (``core.stacked``)."""
    source = "sentence"
    earlier: str | None = back
    stated: str | None = None  # the statistic a table's column header says
    measure: Mention | None = None
    subject = claim.subject
    subject_key = None
    if structure is not None and structure[0] == "measures":
        # "Party Votes % Swing Seats" over "Labor 5,388,184 43.38 +5.74 83": the column
        # names what is measured, the row whose figures they are; like a labelled row,
        # two figures are one only in the same column and the same row
        # (the row's name and the column's number, as a labelled row's, so that "Labor
        # 4,540,403 43.95" in a copy without the header meets the same cell)
        _, label, column, index = structure
        column = column or ""
        found = vocabulary.find(column)
        measure = Mention(0, 0, found[0].measure if found else "", label or column)
        source = "row"
        subject = f"column {index}"
        subject_key = (aliases.find(label) or aliases.key(normalize(label))) if label else None
        if any(w in _CHANGE_NOUNS for w in column.lower().split()):
            stated = "change"  # "Swing", "Change": changes, per row
        elif column.endswith("%"):
            stated = "share"  # "Votes %": the share of the votes
    elif structure is not None:
        source, label, column, _ = structure
        by_column = vocabulary.find(column) if column else []
        if by_column:
            # "Party | Votes | Seats": the column names the measure, the row whose figure
            measure = by_column[0]
            column, label = label, None
        elif label:
            found = vocabulary.find(label)
            if found:
                measure = _own_kind(claim, left, right, found[0], noted, vocabulary) \
                    if source == "key_value" else found[0]
            elif column is None and label[:1].isupper() and not _counts_people(label):
                subject = label  # "UNITED FORCES - 20,000": the key names whose figure
        if column:
            subject = column
            subject_key = aliases.find(column) or aliases.key(normalize(column))
    if row is not None:
        # "Popular vote 2,940,044 2,677,820", "seats1 = 306": a labelled row of figures,
        # one per column; the label says what is measured, the column whose
        label, column, unit, value_span, name = row
        source = "row"
        if any(w.lower() in _CHANGE_NOUNS for w in label.replace("_", " ").split()):
            left = f"{label} change of"  # "Seat change +98 −91 −5": changes, per column
        found = vocabulary.find(label) or vocabulary.find(unit)
        if value_span is not None:
            # a key's value may hold several figures, each with its own noun, which joins
            # the label as a stacked cell's does ("casualties1 = 240–400 killed 1,000
            # wounded": "casualties killed", "casualties wounded")
            found = [m for m in [_cell_measure(claim, left, right, found, vocabulary)] if m]
            label = " ".join([label, *own_words(right, 0, len(right))])
        measure = Mention(0, 0, found[0].measure if found else "", label,
                          bool(found) and found[0].weak and value_span is not None)
        # (the column's owner, where a names line over the rows tells it, says whose)
        subject = f"column {column}"
        subject_key = (aliases.find(name) or aliases.key(normalize(name))) if name else None
        if any(w.lower() in _EARLIER_ROW for w in label.replace("_", " ").split()):
            earlier = label  # "Last election 60 seats 87 seats": another period's figures
    if stacked is not None:
        # "Strength" over "8,000" / "10 guns" / "7,000": the label says what is measured,
        # unless the cell's own noun names a measure ("10 guns"); the column whose, where
        # the layout makes it sure, else a name set over it ("Jacobites:") or nobody's
        source = "row"
        chosen = _cell_measure(claim, left, right, vocabulary.find(stacked.label), vocabulary)
        measure = Mention(0, 0, chosen.measure if chosen else "", stacked.label,
                          bool(chosen and chosen.weak))  # ("10 guns": guns, by a weak word)
        if stacked.column:
            subject, subject_key = f"column {stacked.column}", None
        else:
            subject = stacked.name
            subject_key = (aliases.find(stacked.name) or aliases.key(normalize(stacked.name))
                           if stacked.name else None)
        if any(w.lower() in _EARLIER_ROW for w in stacked.label.split()):
            earlier = stacked.label
    # the words either side, read no further than they go (a clause may be long); the
    # source a figure is attributed to says nothing of what it measures ("according to
    # the general staff", "a captured staff report": no staff, nobody captured)
    before_words = _last_words(left, len(left), LEFT_WORDS)
    if earlier is None and source == "sentence":
        # "the previous best being 16 hours 33 minutes", "its former capacity of 5,000":
        # a figure its own words say was another time's (an earlier record, an old size)
        near = [w.strip(".,;:()\"'").lower() for w in before_words[-EARLIER_WORDS:]]
        said = next((w for w in near if w in _EARLIER_ROW), None)
        if said is not None and not _TIME_NOUN_AFTER.search(" ".join(near)):
            earlier = said
    if earlier is None and source == "sentence" and claim.kind in ("quantity", "ratio") \
            and (told := _EVENT_RELATIVE.match(left)) is not None:
        # "Before the war the town had 12,000 inhabitants": the period before an event
        earlier = " ".join(told.group("rel").lower().split()) + " the " \
            + told.group("event").lower()
    after_words = _first_words(right, RIGHT_WORDS)
    value = claim.value
    if measure is None and isinstance(value, Quantity) and value.dimension in (RANK, SCALE) \
            and value.unit:
        # "third-busiest": a place in the order its superlative names, and only a rank
        # by that superlative measures the same ("fourth largest" is another order); a
        # value on a named scale measures that scale ("Mercalli intensity")
        measure = Mention(0, 0, f"{value.dimension}.{value.unit.replace(' ', '_')}",
                          value.unit)
    if measure is None and claim.kind in ("quantity", "ratio"):
        if claim.attribution:  # (only for the measure: the reporter may be the owner)
            unsaid_left = _without(left, claim.attribution)
            measure = _measure(claim, _last_words(unsaid_left, len(unsaid_left), LEFT_WORDS),
                               _first_words(_without(right, claim.attribution), RIGHT_WORDS),
                               vocabulary)
        else:
            measure = _measure(claim, before_words, after_words, vocabulary,
                               _first_words(right, RIGHT_WORDS + PHRASE_TAIL)[RIGHT_WORDS:],
                               right, after_figure and len(before_words) == len(left.split()),
                               _line_words(left))
    if measure is None and isinstance(value, Quantity) and value.dimension == "length" \
            and (reference := _DISTANCE_AFTER.match(right)) is not None:
        # "about 63 kilometers (39 miles) south of Manila", "18 miles from Waco": how far
        # from a place, whatever words of a distance the clause lacks
        measure = Mention(0, 0, DISTANCE, reference.group().strip(), False)
    if measure is not None and measure.measure and _top(measure) in _OF_PEOPLE \
            and isinstance(value, Quantity) and _counts_places(claim, after_words):
        # "Competitors 32 from 7 nations", "cases were reported from 29 countries": a
        # count of places is no count of the people its label or clause measures
        measure = None
    if measure is not None and measure.measure in _FATED and source == "sentence":
        fate = _fate(before_words, after_words)
        if fate is not None:
            # "totally destroyed more than 192,000 houses" against "200,000 buildings
            # were damaged or destroyed": what befell them is part of what is counted
            measure = Mention(measure.start, measure.end, f"{measure.measure}.{fate}",
                              measure.text, measure.weak)
    if subject_key is None and claim.kind in FIGURE_KINDS and source != "row":
        subject_key = owner
        if subject_key and _only_measure_words(subject_key, vocabulary):
            subject_key = None  # "Earnings were $1.95": a measure, not whose
        seen = _PERSPECTIVE.search(left) if subject_key is None else None
        if seen:
            # "(Intelligence officers say) the enemy massed 700,000 troops": the enemy of
            # this source, whoever that is, not a name before it
            subject = seen.group().lower()
            subject_key = f"{subject} as {claim.doc or 'this source'} sees it"
        if subject_key is None:
            named = (_named(left, claim, s_start, vocabulary)
                     or _named_after(" ".join(after_words), vocabulary,
                                     isinstance(value, Quantity) and value.dimension == "length"))
            if named is not None:
                subject = named
                subject_key = aliases.find(named) or aliases.key(normalize(named))
    elif subject_key is None and source != "row":
        subject_key = claim.subject_key  # (a row's figure is its column's, not its unit's)
    if subject_key and after_words \
            and after_words[0].lower().rstrip(".,;:") in _FREQUENCY_NOUNS \
            and (objected := _object_before(left)) is not None \
            and subject_key in (normalize(objected), aliases.find(objected)):
        subject, subject_key = None, None  # "having orbited the Earth 37 times": how
        # often the doer did it, never the Earth's figure
    if subject_key and source == "key_value" and label and measure is None \
            and _common_label(label) and set(subject_key.split()) <= set(normalize(label).split()):
        # "Main span 412 m": the key's capital opens a line; it names what the value is,
        # not whose, as "Main span: 418 m" reads ("UNITED FORCES - 20,000" names whose)
        subject, subject_key = label, None
    clause = " ".join(before_words + after_words)
    scope = _scope(clause, when) if claim.kind in FIGURE_KINDS else None
    if claim.kind in FIGURE_KINDS and scope != "superseded":
        if misreported(before_words) or misreported_by(before_words):
            scope = "misreported"  # "falsely reported over $1 billion in revenue": what
            # was claimed, which its own document says was not so
        elif forecast(before_words):
            scope = "forecast"  # "predicted to win 73 seats": what was expected, not what was
        elif counterfactual(before_words):
            scope = "counterfactual"  # "would have been $1.27 trillion": had things gone
            # otherwise, not what was
        elif (claim.kind == "quantity" and threshold(
                before_words, after_words,
                measure is not None and measure.measure.startswith(VOTING_MEASURES))) or (
                source == "key_value" and label and measure is not None
                and measure.measure == "seats"
                and MAJORITY_KEY.search(label) is not None):
            scope = "threshold"  # "76 seats were needed for a majority", "Majority Seats:
            # 76": a bar, no count (but "Majority 3,000" of votes: a winner's margin)
    if scope is None and claim.kind in FIGURE_KINDS and _breakdown_of_kind(right):
        scope = "part"  # "Of the saved, 487 were passengers", "120 were children": the
        # people of one kind among those counted, not all of them
    part_period = _part_of_period(right[:120]) or (
        # (a moment joined to another after the figure, "at the scene or later in
        # hospital", is read whole there: the clause's words may cut it after "or")
        None if _moment_joined_in(right[:120]) else _part_of_period(clause))
    if part_period and scope != "superseded":
        scope = "part"  # "in the first round", "on its first day": a part of the event
    measured = measure.measure if measure and measure.measure else None
    # (a duration is a length of time: "went down in 12 minutes" is no change of one)
    statistic = stated or (_statistic(claim, left, after_words, measured)
                           if claim.kind in ("quantity", "ratio")
                           else "change" if claim.kind == "duration" and _changed_by(before_words)
                           else "count")
    if statistic == "count" and source in ("row", "key_value") and measure is not None \
            and measure.text and measure.text.lower().split()[-1] in _PERCENT_LABELS \
            and isinstance(claim.value, Quantity) and not claim.value.unit:
        statistic = "share"  # "- Percentage1: 26.51": a share its label names
    if measured and measured.split(".")[0] in _VOTE_MEASURES and statistic == "share" \
            and source == "sentence" and (
                _share_of_people(after_words) or _survey_answer(after_words)):
        # "98 % of voters who cast a vote by post were satisfied", "97% said they intended
        # to vote again": a share of people, what they said or did after it; no vote share,
        # whatever word for votes follows
        measure, measured = None, None
    if measured and statistic == "share" and not (
            source == "sentence" and measure is not None and measure.text
            and measure.text.lower() not in " ".join(after_words).lower()):
        # "43.5 % of votes cast", "71% of the electorate": a share of the measure named
        # after it; "their electoral strength was 14%" is no share of the electorate
        measured = vocabulary.share_of(measured) or measured
    people_key = measure is None and (
        (structure is not None and source == "key_value" and bool(structure[1])
         and _counts_people(structure[1]))
        # "On board | 4,229 Passengers: 3,229 Crew members: 1,000": a word for people
        # alone as the figure's owner is who is counted, as a key's would be
        or (source == "sentence" and bool(subject_key) and _counts_people(subject_key)))
    if people_key:
        subject, subject_key = None, None  # "Passengers216", "Crew: 12": who is counted
    counted = _counted(claim, after_words, measure) or (
        # "Confirmed Cases: 20": a key's last word is what its value counts
        measure.text.split()[-1].lower()
        if structure is not None and source == "key_value" and measure and measure.text
        and measure.measure else None) or ("person" if people_key else None)
    if source == "sentence" and subject_key and subject_key == owner and counted \
            and concept(counted.split()[-1]) in _PLACE_NOUNS and claim.subject \
            and concept(claim.subject.split()[-1]) == concept(counted.split()[-1]):
        # "across 28 US states": the name is where the places counted lie, not whose
        # figure it is (the event's, whoever reports it), and so its place: "28 US
        # states" and "29 Mexican states" are two countries' states
        lie_in, subject, subject_key = subject, None, None
    else:
        lie_in = None
    return Frame(
        measure=measured,
        measure_text=measure.text if measure else None,
        measure_weak=bool(measure and measure.weak),
        subject=subject,
        subject_key=subject_key,
        period=when,
        counted=counted,
        scope=scope,
        relative=((ANAPHORIC_PERIOD if when.text.lower() in _THAT_DAY else when.text)
                  if when is not None and when.kind == "relative" else earlier)
        or part_period,
        place=(_part_of_place(right[:120]) or _part_of_place(clause) if scope == "part"
               and not part_period else None) or _place(
                   place_window, subject_key,
                   "" if _DISTANCE_AFTER.match(right) else right[:120]) or lie_in,
        statistic=statistic,
        source=source,
    )


#: A figure and its noun, then a bracket opening on the figure a key's value adds to it:
#: "158 fatalities (+" before the 4 of "158 fatalities (+4 indirect)".
_NOTE_AFTER_FIGURE = re.compile(r"\d[\d,.]*[ \t]+([^\W\d_]+)[ \t]*\([ \t]*[+~≈]?[ \t]*\Z")


def _noted_after(text: str, claim: Claim) -> str | None:
    """The noun of the figure right before a figure that opens a bracket after it ("158
    fatalities (+4 indirect)": "fatalities"), else None."""
    m = _NOTE_AFTER_FIGURE.search(text[max(0, claim.start - 60):claim.start])
    return m.group(1) if m else None


def _own_kind(claim: Claim, left: str, right: str, key: Mention, noted: str | None,
              vocabulary: Measures) -> Mention:
    """The measure of a figure after a key: the key's ("Casualties"), or a kind of it that
    the figure's own words name ("Casualties 158 fatalities (+4 indirect), 1,150
    injuries": killed, killed and wounded), the figure a bracket adds to naming it for
    the bracket's figure. A measure the key does not hold is no reading of the key's."""
    own = _measure(claim, _last_words(left, len(left), LEFT_WORDS),
                   _first_words(right, RIGHT_WORDS), vocabulary)
    if (own is None or own.measure == key.measure) and noted:
        found = vocabulary.find(noted)
        own = found[0] if found else own
    if own is not None and not own.weak and relation(own.measure, key.measure) == "part":
        return own
    return key


#: "Wyoming (563,626)": a name, then the figure alone in brackets (also glued to the
#: word before it by a copy that lost a cell's border: "Least populous stateWyoming (563,826)")
_NAME_BEFORE_BRACKET = re.compile(
    r"(?:^|(?<=[\s,;:])|(?<=[a-z]))"
    r"([A-Z][\w&'’.-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w&'’.-]*){0,4})"
    r"[ \t]*\($")
_BRACKET_CLOSE = re.compile(r"[^()\n]{0,16}\)")


def _parenthesised(text: str, claim: Claim) -> str | None:
    """The name a figure in brackets right after it belongs to: "Wyoming (563,626)",
    "Labor (83 seats)", "Acme (12 %)"; None when the figure is not alone in brackets after
    a name (nor after a month or a word that opens a sentence)."""
    if text.rfind("(", max(0, claim.start - 3), claim.start) < 0 or not _BRACKET_CLOSE.match(
            text, claim.end):
        return None
    m = _NAME_BEFORE_BRACKET.search(text, max(0, claim.start - 80), claim.start)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0].lower() in STOPWORDS:
        words = words[1:]
    if not words or words[0].lower().rstrip(".") in MONTH_NAMES:
        return None
    return " ".join(words)


_STAMP_WORDS = frozenset(_WORDS["stamp_words"])
#: A byline: "By Jane Doe", "Reporting by JANE DOE, Associated Press" (frames.toml).
_BYLINE = re.compile(r"[ \t]*(?i:" + "|".join(
    r"[ \t]+".join(map(re.escape, w.split())) for w in sorted(
        _WORDS["byline_openers"], key=len, reverse=True)) + r")[ \t]+[A-Z][\w.'’-]*")


def _byline_beside(text: str, ls: int, le: int) -> bool:
    """Whether the line before the one from ``ls`` to ``le`` or the line after it is a
    byline ("By Jane Doe"), blank lines passed over. (Read within BYLINE_REACH of the
    line: a page of many such lines is not copied whole for each.)"""
    head = text[max(0, ls - BYLINE_REACH):ls].rstrip()
    tail = text[le:le + BYLINE_REACH].lstrip()
    above = head.rsplit("\n", 1)[-1] if head else ""
    below = tail.split("\n", 1)[0] if tail else ""
    return any(_BYLINE.match(line) for line in (above, below) if line)


#: How far before and after a line its neighbouring byline is looked for (characters).
BYLINE_REACH = 200
#: Stamp words that may instead give when a work came out (a book's year, a record's).
_WORK_STAMP_WORDS = frozenset(_WORDS["work_stamp_words"])
_SOURCE_OPENERS = tuple(tuple(p.split()) for p in _WORDS["source_openers"])


def _source_opens(words: list[str], i: int) -> bool:
    """Whether the words from ``i`` open a source's name ("according to police")."""
    said = [w.lower().strip(",") for w in words[i:i + 3]]
    return any(said[:len(opener)] == list(opener) for opener in _SOURCE_OPENERS)

_RECIPIENT_VERBS = frozenset(_WORDS["recipient_verbs"])
_GIVING_VERBS = frozenset(_WORDS["giving_verbs"])
_ADDRESS_TITLES = frozenset(_WORDS["address_titles"])
_ADDRESS_PRONOUNS = frozenset(_WORDS["address_pronouns"])
_PLACE_NOUNS = frozenset(concept(w) for w in _WORDS["place_nouns"])
_WEEKDAYS = frozenset(_WORDS["weekdays"])
_LETTERS = re.compile(r"[A-Za-z]+")
_CLOCK = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?")


_SELF_POSTED = _keyed(re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _WORDS["self_references"]) + r")\b"
    r"[^.;:!?]{0,40}?\b(?:" + "|".join(re.escape(w) for w in sorted(
        {w.split()[-1] for w in _WORDS["stamp_words"]} | {"issued"})) + r")\b",
    re.IGNORECASE), _WORDS["self_references"])


def _stamp(text: str, claim: Claim) -> bool:
    """Whether a date is the time its page was written or posted: alone on its line with
    a clock time ("Thu, 21 Jul 2011 06:18:04 AM EDT"), or after "Published", "Updated"
    and the like at the line's start, with nothing else on the line but a clock time,
    a weekday and a time zone; or in a sentence that says the text itself was posted
    ("this report was posted")."""
    if claim.sentence is not None:
        s0, s1 = claim.sentence
        if s1 - s0 <= 400 and _SELF_POSTED.search(text, s0, s1):
            return True  # "On February 13, 2015, this report was posted ..."
    ls = text.rfind("\n", max(0, claim.start - 81), claim.start) + 1
    le = text.find("\n", claim.end, claim.end + 81)
    le = len(text) if le < 0 and len(text) - claim.end <= 80 else le
    if le < 0 or (ls == 0 and claim.start > 80):
        return False
    before, after = text[ls:claim.start], text[claim.end:le]
    clock = bool(_CLOCK.search(claim.text) or _CLOCK.search(after))
    after = _CLOCK.sub(" ", after)
    words = [w.lower() for w in _LETTERS.findall(before)
             if w.lower() not in _WEEKDAYS and w.lower() not in MONTH_NAMES]
    said = " ".join(words)
    if said and said not in _STAMP_WORDS:
        return False
    if said in _WORK_STAMP_WORDS and not _one_day(claim):
        return False  # "Publication date: 1851", "Release date: 1997": a book's, a film's
        # year, a fact like any (a page is stamped to its day)
    # after the date: a time zone in capitals ("EDT", "GMT") at most
    if any(not (w.isupper() or w.lower() in _WEEKDAYS) for w in _LETTERS.findall(after)):
        return False
    if not said and ((_CLOCK.fullmatch(claim.text.strip()) and not before.strip())
                     or (getattr(claim.value, "year_source", "stated") != "stated"
                         and not _byline_beside(text, ls, le))):
        return False  # "5:39 pm" alone on an infobox's line under its date, "January 16
        # 20:46 UTC" on a catalogue's: when it happened; a page's stamp gives its day
        # and its year ("Thu, 21 Jul 2011 06:18:04 AM EDT"), or stands by its byline
        # ("By Jane Doe" over "June 5 14:32 BST")
    return clock or bool(said)


def _one_day(claim: Claim) -> bool:
    """Whether a date names one day (or a moment of it), not a month or a year."""
    earliest = getattr(claim.value, "earliest", None)
    return earliest is not None and earliest == getattr(claim.value, "latest", None)


#: A capitalised word right before a figure ("3,559 Wounded, 1,288"), then a comma, a
#: colon or a full stop at most.
_LABEL_BEFORE = re.compile(r"(?:^|[ \t])([A-Z][a-z]{2,})[,.:;]?[ \t]*$")


#: After a comma, a measure's name (its determiner and a linking word aside) that runs
#: up to the next figure: "..., her breadth 65.75 feet", "..., and a beam of 28 metres".
_PROSE_LABEL_NEXT = re.compile(
    r"[,;][ \t]+(?:and[ \t]+)?(?P<label>(?:(?:her|his|its|their|the|a|an)[ \t]+)?"
    r"[A-Za-z][A-Za-z-]*(?:[ \t]+[A-Za-z][A-Za-z-]*){0,2}?)"
    r"(?:[ \t]+(?:of|was|is|were|at))?[ \t]*\Z")


def _label_of_next(between: str, vocabulary: Measures) -> int:
    """Where the words between a figure and the next stop being the first figure's: at a
    measure word capitalised as a table's row labels are, right before the next figure
    ("Killed 288 3,271 3,559 Wounded, 1,288 15,256", a table run together into one line by
    a copy). Prose says "3,063 killed, 14,492 wounded"; a capitalised label there names
    the figure after it. A line that opens with a capitalised measure label before the
    next figure is that figure's row ("... 21" over "Popular vote 66,679,600": the votes
    are the next row's), so the first figure's words end at the line break.
    In prose, a measure named after a comma right before the next figure is that
    figure's ("Her length was 548.9 feet, her breadth 65.75 feet, and her depth 41.02
    feet": "her breadth" is the second figure's, not the first's).
    ``len(between)`` when there is no such label."""
    if len(between) <= 40 and (m := _PROSE_LABEL_NEXT.search(between)) is not None \
            and vocabulary.find(m.group("label")):
        return m.start()
    if len(between) > 40 or ("\n" not in between and between == between.lower()):
        return len(between)  # (one line with no capital letter: no label, no search for one)
    line = between.find("\n")
    if line >= 0:
        label = between[line:].strip()
        if label[:1].isupper() and "\n" not in label and vocabulary.find(label):
            return line
    m = _LABEL_BEFORE.search(between)
    if m is None or not vocabulary.find(m.group(1)):
        return len(between)
    return m.start(1)


def _same_line(text: str, claim: Claim, when: TimeRef) -> bool:
    # no line break between the date and the figure (read no further than they lie apart)
    return text.find("\n", when.start, claim.start) < 0 \
        and text.find("\n", claim.end, when.end) < 0


#: Labels of an infobox line that names each column's owner ("Nominee Grover Cleveland
#: James G. Blaine", "Party Democratic Republican"), the first in this order taken.
_NAME_ROWS: tuple[str, ...] = tuple(_WORDS["name_row_labels"])
#: Each of them with the blank after it, and the longest of those: what a line opens
#: with when one of them is its label.
_NAME_ROW_OPENINGS = tuple(f"{label} " for label in _NAME_ROWS)
_NAME_ROW_HEAD = max(map(len, _NAME_ROW_OPENINGS), default=0)
#: How many lines above a labelled row its names line may stand, in one block of lines.
NAME_ROW_LINES = 16
#: A line that opens with one of the labels (past blanks and bars), case-blind: every
#: line ``_row_names`` takes for a names line is one (the pattern reads "ſ" as "s" too:
#: a line more, never one less).
_NAME_ROW_LINE = re.compile(
    r"^[ \t|]*(?:" + "|".join(map(re.escape, _NAME_ROWS)) + ") ", re.IGNORECASE | re.MULTILINE)
_NAME_LINES_LAST: list[tuple[str, list[int]]] = []
#: How far either side of a names line the document is searched for each name it may
#: hold ("Grover Cleveland" told in the prose beside an infobox).
NAME_ROW_REACH = 5_000
#: The most words a names line may have for its splits to be tried.
NAME_ROW_WORDS = 14


def _column_name(text: str, line_start: int, column: int, count: int) -> str | None:
    """The owner of column ``column`` of ``count`` in a labelled row starting at
    ``line_start``, from a names line a few lines above it in the same block of lines
    ("Nominee Grover Cleveland James G. Blaine" over "Popular vote 4,914,482 4,856,905"):
    None unless the names line splits into ``count`` names one way only."""
    names = _row_names(text, line_start, count)
    return names[column - 1] if names and column <= len(names) else None


@lru_cache(maxsize=16)
def _row_names(text: str, line_start: int, count: int) -> tuple[str, ...] | None:
    """The ``count`` names of the names line over the row at ``line_start``
    (``_column_name``): read once a row, not once for each of its figures (each had
    scanned the lines above and copied 10 KB around the names line again). A row's
    figures are framed one after another: a few rows kept are enough, and so are the
    few texts the memo holds."""
    # (no line above within reach opens with a label: none of them is read; a table's
    # rows with no names line over them had each scanned the sixteen lines above)
    lines = _name_lines(text)
    k = bisect.bisect_left(lines, line_start - NAME_ROW_LINES * 203)  # (lines <= 201)
    if k == len(lines) or lines[k] >= line_start:
        return None
    best: tuple[int, int, int] | None = None  # (rank of its label, start, end)
    end = line_start - 1
    for _ in range(NAME_ROW_LINES):
        if end <= 0 or (best is not None and best[0] == 0):
            break  # (a names line of the first label, the nearest: none above outranks it)
        start = text.rfind("\n", max(0, end - 201), end) + 1
        if start == 0 and end > 201:
            break  # a line too long is no row (told before copying all the text above)
        line = text[start:end]
        if not line.strip():
            break  # a blank line ends the block
        # (the label is matched on the line as written: lowering "İhsanoğlu" lengthens
        # it, and offsets counted on the lowered line would cut the names line wrong)
        stripped = line.lstrip(" \t|")
        if stripped.isascii() and not stripped[:_NAME_ROW_HEAD].lower().startswith(
                _NAME_ROW_OPENINGS):
            end = start - 1
            continue  # no label opens it (an ASCII line: told by one test, not one a label)
        # (only a label ranked above the best found can replace it: the others are not
        # tried, and a row in a long box no longer reads every names line above it)
        for rank, label in enumerate(_NAME_ROWS[:len(_NAME_ROWS) if best is None else best[0]]):
            if stripped[:len(label) + 1].lower() == label + " " \
                    and (best is None or rank < best[0]) \
                    and not any(map(str.isdigit, stripped[len(label):])):
                # (a line with a figure is another row of the box: "Leader since 23 July
                # 2019 12 September 2015" over "Popular vote ...", not its names line)
                best = (rank, start + len(line) - len(stripped) + len(label), end)
        end = start - 1
    if best is None:
        return None
    return _names_line_split(text, best[1], best[2], count)


@lru_cache(maxsize=16)
def _names_line_split(text: str, start: int, end: int, count: int) -> tuple[str, ...] | None:
    """``_split_names`` of the names line ``text[start:end]`` and the text around it, kept
    by where the line stands: every row under one names line asks for the same split, and
    each copied and hashed 10 KB of text around the line again to find it kept."""
    around = text[max(0, start - NAME_ROW_REACH):start] + "\n" + text[end:end + NAME_ROW_REACH]
    return _split_names(text[start:end], around, count)


def _name_lines(text: str) -> list[int]:
    """Where the lines of ``text`` that open with a names line's label start, found once
    for the text (the last one asked about is kept)."""
    if _NAME_LINES_LAST and _NAME_LINES_LAST[0][0] is text:
        return _NAME_LINES_LAST[0][1]
    found = [m.start() for m in _NAME_ROW_LINE.finditer(text)]
    _NAME_LINES_LAST[:] = [(text, found)]
    return found


#: A line that numbers the columns below it by ordinals, one noun repeated ("Fourth party
#: Fifth party Sixth party"): an election infobox copied as text, whose second block of
#: columns goes on from the first.
_ORDINAL_HEADER = re.compile(
    r"(?m)^[ \t|]*([A-Za-z]+)[ \t]+([A-Za-z]+)((?:[ \t]+[A-Za-z]+[ \t]+[A-Za-z]+)+)[ \t|]*$")
#: The last text's ordinal lines (``_ordinal_lines``).
_ORDINAL_LINES_LAST: list[tuple[str, list[int], list[tuple[int, int]]]] = []
#: A blank line, which ends a block of lines.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _ordinal_lines(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The ends of the lines of ``text`` that number columns by ordinals (``_ORDINAL_HEADER``:
    one noun repeated, the ordinals in a row), and for each its end and how many columns
    come before its first: found once for the text (the last one asked about is kept)."""
    if _ORDINAL_LINES_LAST and _ORDINAL_LINES_LAST[0][0] is text:
        return _ORDINAL_LINES_LAST[0][1], _ORDINAL_LINES_LAST[0][2]
    ends: list[int] = []
    found: list[tuple[int, int]] = []
    for header in _ORDINAL_HEADER.finditer(text):
        words = [header.group(1), header.group(2), *header.group(3).split()]
        ordinals = [ORDINALS.get(w.lower()) for w in words[0::2]]
        if len({w.lower() for w in words[1::2]}) == 1 and ordinals[0] is not None \
                and ordinals == list(range(ordinals[0], ordinals[0] + len(ordinals))):
            ends.append(header.end())
            found.append((header.end(), ordinals[0] - 1))
    _ORDINAL_LINES_LAST[:] = [(text, ends, found)]
    return ends, found


def _column_offset(text: str, line_start: int) -> int:
    """How many columns come before those of the row at ``line_start``: the ordinal
    opening the line that numbers its block's columns ("Fourth party Fifth party Sixth
    party" over "Seats won 57 36 7": its first column is the fourth), less one; 0 when no
    such line stands above it in its block of lines (within NAME_ROW_LINES lines). Why: a
    box's second block repeats the first's labels, and its first column is not the first
    block's first column (a party's seats against another's). The ordinal lines are found
    once for the text, and each row looks up the nearest above it."""
    ends, found = _ordinal_lines(text)
    k = bisect.bisect_right(ends, line_start) - 1
    if k < 0:
        return 0
    end, offset = found[k]
    if line_start - end > NAME_ROW_LINES * 202:
        return 0
    between = text[end:line_start]
    if between.count("\n") > NAME_ROW_LINES or _BLANK_LINE.search(between):
        return 0  # another block, or too far above
    return offset


@lru_cache(maxsize=256)
def _split_names(line: str, around: str, count: int) -> tuple[str, ...] | None:
    """The names ``line`` split into ``count`` names: one a word when it has that many
    words and no two of them are told together ``around`` it, else the only split at
    capitalised words whose every name is told there ("Grover Cleveland | James G.
    Blaine", told in the prose, not "Grover Cleveland James | G. Blaine"). Read once a
    names line and its surroundings (a few kilobytes kept, never a whole document)."""
    words = line.replace("|", " ").split()
    if len(words) < count or len(words) > max(count, NAME_ROW_WORDS):
        return None  # (fewer words than names, or too many to try their splits)
    if len(words) == count:
        # one a word, unless two of them are one name the document tells ("Country United
        # States" over "Casualties 1,000 2,000" is one country, not "United" and "States")
        if any(f"{a} {b}" in around for a, b in itertools.pairwise(words)):
            return None
        return tuple(words)
    told: dict[tuple[int, int], bool] = {}  # (first word, past the last): said near it

    def said(a: int, b: int) -> bool:
        if (a, b) not in told:
            told[(a, b)] = " ".join(words[a:b]) in around
        return told[(a, b)]

    cuts = [i for i in range(1, len(words)) if words[i][:1].isupper()]
    found = None
    for chosen in itertools.combinations(cuts, count - 1):
        bounds = (0, *chosen, len(words))
        if all(said(a, b) for a, b in itertools.pairwise(bounds)):
            if found is not None:
                return None  # two ways: nobody's
            found = tuple(" ".join(words[a:b]) for a, b in itertools.pairwise(bounds))
    return found


#: A key inside a numbered key's value, before the figure ("Casualties1: Fatalities:
#: 8"): the kind of what the outer key names.
_SUB_KEY = re.compile(r"[ \t]*([A-Za-z][A-Za-z '’-]{0,40}?)[ \t]*:[ \t]*")


def _row(claim: Claim, text: str) -> tuple[str, int, str, tuple[int, int] | None,
                                         str | None] | None:
    """(label, column, unit, value, name) of a figure in a labelled row: a line that is a
    short label and nothing but two or more figures ("Percentage 51.50% 46.91%"), each
    with one unit word ("Last election 60 seats 87 seats"), or an infobox key with a
    column number ("percentage1 = 36.1%", "seats2_before = 349"). ``unit`` is "" but in
    the second; ``value`` is the span of a key's value, which may hold several figures
    with their own words ("casualties1 = 240–400 killed 1,000 wounded"), None for a row
    of figures; ``name`` is the column's owner, where a names line above the row of
    figures tells it ("Nominee Grover Cleveland James G. Blaine": ``_column_name``)."""
    # "|strength1 = 8,000 10 guns |strength2 = 7,000": an infobox's markup run together
    # on one line, one key after each bar
    bar = text.rfind("|", max(0, claim.start - 120), claim.start)
    if bar >= 0 and text.find("\n", bar, claim.start) < 0:
        segment_end = min(i for i in (text.find("|", claim.end, bar + 240),
                                      text.find("\n", claim.end, bar + 240), bar + 240)
                          if i >= 0)
        inline = _KEYED.match(text[bar + 1:segment_end])
        if inline and bar + 1 + inline.start("value") <= claim.start:
            label = f"{inline.group('key')} {inline.group('after') or ''}".replace("_", " ")
            return (" ".join(label.split()), int(inline.group("n")), "",
                    (bar + 1 + inline.start("value"), segment_end), None)
    # a row is a line of at most 200 characters: look no further for its ends
    line_start = text.rfind("\n", max(0, claim.start - 201), claim.start) + 1
    if line_start == 0 and claim.start > 201:
        return None
    line_end = text.find("\n", claim.end, line_start + 201)
    if line_end < 0 and len(text) > line_start + 201:
        return None
    line_end = line_end if line_end >= 0 else len(text)
    if line_end - line_start > 200:
        return None
    keyed = _keyed_line(text, line_start, line_end)
    if keyed is not None and keyed[2] <= claim.start:
        label, n, value_start = keyed
        sub = _SUB_KEY.fullmatch(text, value_start, claim.start)
        if sub is not None:
            label += " " + sub.group(1)  # "Casualties1: Fatalities: 8": a kind of it
        return " ".join(label.split()), n, "", (value_start, line_end), None
    cells = _row_line(text, line_start, line_end)
    if cells is None:
        return None
    label, unit, figures, parts = cells
    for n, (start, end) in enumerate(figures, 1):
        if start <= claim.start < end:
            if len(parts) == len(figures) > 1:
                # "Registered voters/turnout 4,283,392 84.59%": a label per figure
                return parts[n - 1], 1, unit, None, None
            # (a figure read across two cells, "Electoral vote 219 182" as 219,182, is
            # no one column's: no owner lets it meet another's "219 electoral votes")
            name = _column_name(text, line_start, n, len(figures)) \
                if claim.end <= end else None
            return label, n + _column_offset(text, line_start), unit, None, name
    return None


# A line's key or its row of cells is read once for the line, not once for each of its
# figures (a row of figures was matched against four patterns per figure: a fifth of
# framing a table); a row's figures are framed one after another, and a few lines kept
# are enough, as for the names lines above them (``_row_names``).


@lru_cache(maxsize=64)
def _keyed_line(text: str, line_start: int, line_end: int) -> tuple[str, int, int] | None:
    """(label, column, where the value starts) of the line ``text[line_start:line_end]``
    when it is an infobox key with a column number ("percentage1 = 36.1%", "- Last
    Election2: 42"), else None."""
    keyed = _keyed_words(text[line_start:line_end])
    return None if keyed is None else (keyed[0], keyed[1], line_start + keyed[2])


@lru_cache(maxsize=1024)
def _keyed_words(line: str) -> tuple[str, int, int] | None:
    """``_keyed_line`` of one line's words, the value's start counted in the line: a
    function of the words alone, kept by them (an infobox repeats its keys, a hostile
    table one line thousands of times)."""
    keyed = _KEYED.match(line) or _KEYED_LIST.match(line)
    if keyed is None:
        return None
    label = f"{keyed.group('key')} {keyed.group('after') or ''}".replace("_", " ")
    return label, int(keyed.group("n")), keyed.start("value")


@lru_cache(maxsize=64)
def _row_line(text: str, line_start: int, line_end: int) -> tuple[
        str, str, tuple[tuple[int, int], ...], tuple[str, ...]] | None:
    """(label, unit, the spans of its figures in the text, the label's parts between
    slashes) of the line ``text[line_start:line_end]`` when it is a short label and
    nothing but two or more figures (``_row``), else None."""
    cells = _row_cells(text[line_start:line_end])
    if cells is None:
        return None
    label, unit, spans, parts = cells
    return label, unit, tuple((line_start + a, line_start + b) for a, b in spans), parts


@lru_cache(maxsize=1024)
def _row_cells(line: str) -> tuple[
        str, str, tuple[tuple[int, int], ...], tuple[str, ...]] | None:
    """``_row_line`` of one line's words, the spans counted in the line: a function of
    the words alone, kept by them (rows repeat across a document's tables, and a
    hostile table is one line thousands of times: its four patterns were matched once
    a line, 10 µs a figure)."""
    row = _ROW.match(line)
    unit = ""
    if row is None:
        row = _UNIT_ROW.match(line)
        if row is None:
            return None
        unit = row.group("unit")  # the label, else the unit, names the measure
    figures = list(_FIGURE.finditer(row.group("figures")))
    base = row.start("figures")
    label = " ".join(row.group("label").split())
    head, _, last = label.rpartition(" ")
    if head and last[:1].isupper() and last.lower() in _CHANGE \
            and any(w.lower() in _CHANGE_NOUNS for w in head.split()):
        label = head  # "Seat change Increase 195 Decrease177": an arrow's alt text, the
        # first cell's, not the label's ("Seat change Increase193" reads "Seat change");
        # only where the rest still names a change: "Revenue Growth 12% 3%", "Employees
        # Cut 1,200 300" are the label's own words, every cell a change
    if unit and "%" in row.group("figures"):
        # "Last election 125 seats, 34.2% 183 seats, 44.5%": a cell of a count and its
        # share is one column (the share's measure is the label's share, read as any)
        figures = list(_UNIT_CELL.finditer(row.group("figures")))
    spans = tuple((base + m.start(), base + m.end()) for m in figures)
    return label, unit, spans, tuple(p.strip() for p in label.split("/"))


def _line_words(left: str) -> int | None:
    """How many words before a figure stand on its own line, when a line break comes
    before them in its clause ("Surface Turf\nAttendance 85,000": 1); None without one."""
    at = left.rfind("\n")
    return None if at < 0 else len(left[at + 1:].split())


def _measure(claim: Claim, before_words: list[str], after_words: list[str],
             vocabulary: Measures, tail: Sequence[str] = (), right: str = "",
             after_figure: bool = False, line_words: int | None = None) -> Mention | None:
    """The counted noun first, then the words right after the figure, then those before
    it (the nearest), then any further after it. A weak word ("men") gives way to any
    other measure named beside the figure ("5,000 men were killed"). ``before_words``
    and ``after_words``: the LEFT_WORDS before the figure, the RIGHT_WORDS after it;
    ``tail``: the few words after those, where a phrase begun inside the window ends
    ("30,000 people in the city lost their homes": not "lost", a toll)."""
    value = claim.value
    unit = value.unit if isinstance(value, Quantity) else None
    named = [m for m in vocabulary.find(claim.subject) if m.text.lower()
             not in vocabulary.after_only
             and not _in_name(m, claim.subject[:1].lower() + claim.subject[1:])] \
        if claim.subject else []  # ("The House voted 220 to 215": the chamber's name;
    # the capital of a sentence's first word says nothing: "The Houses were flooded")
    if len({m.measure for m in named}) > 1:
        return None  # "two to one in troops and in guns": one figure for two measures
    after_text, before_text = " ".join(after_words), " ".join(before_words)
    whole_after = " ".join((*after_words, *tail)) if tail else after_text
    # "killed 13 people and wounded 145": the words after "and" and a verb are the next
    # figure's ("415 passengers and crew aboard": nouns joined, the words still its own)
    joined = next((i + (1 if w.endswith(",") else 0) for i, w in enumerate(after_words[:-1])
                   if ((w.lower() in _JOINERS or w.endswith(","))
                       and after_words[i + 1].lower().endswith(("ed", "ing"))
                       and not _source_opens(after_words, i + 1))
                   or (w.endswith(",") and after_words[i + 1].lower() in _JOINERS
                       and i + 2 < len(after_words)
                       and after_words[i + 2].lower() in DETERMINERS)),
                  len(after_words))  # ("killed 300 people, destroyed 3.3 square miles":
    # a verb after a comma opens the next clause too; but "12 people, according to
    # police, were killed": who says so, set between commas, and the clause goes on;
    # "numbered over 15,000, and their wounded as many more": a comma, a joiner and a
    # determiner open the next clause, where "643 men, women, and children" is one list)
    # (a mention's start counts words as ``find`` reads them, figures left out: "soldiers
    # on December 28, 1943, the general staff" has four words within the window, not six)
    within = word_index(after_text) if tail else len(after_words)
    named_after = [m for m in vocabulary.find(whole_after)
                   if (m.start < within or not tail) and not _in_name(m, whole_after)]
    # "3 dead, wounding 12 others": a verb's -ing form after the figure names the next
    # clause's figure's measure, not this one's
    verb = next((m.start for m in named_after if clause_verb(m.text, vocabulary.written)),
                len(after_words))
    after = [m for m in named_after if m.start < min(joined, verb)
             and (m.start == 0 or m.text.lower() not in vocabulary.after_only)]
    # "22,717 dead, wounded, or missing", "5,000 killed and wounded": one figure for the
    # whole list (read before the cut at a joiner, which a list's "and wounded" would make)
    listing = listed(whole_after, named_after, vocabulary.written)
    if listing is not None:
        after = [listing, *(m for m in after if m.start >= listing.end)]
    befell = listing is None and len(after) > 1 and after[0].start == 0 \
        and after[1].start == after[0].end and concept(after[0].text.split()[-1]) in _PERSONS
    if befell:
        # "left 640,000 residents homeless", "5,000 inhabitants fled": the people, then
        # what befell them, which is what the figure measures
        after = after[1:]
    # a word opening the figure's own line runs on no name from the line above
    # ("Surface Turf" over "Attendance 85,000" in an infobox of label-value lines)
    opens = len(before_words) - line_words \
        if line_words is not None and 0 < line_words < len(before_words) else None
    before = [m for m in vocabulary.find(before_text)
              if not (m.start != opens and _in_name(m, before_text))
              and m.text.lower() not in vocabulary.after_only]
    listing_before = listed_before(before_text, before, vocabulary.written, after_figure)
    if listing_before is not None:
        # "killed or wounded 200 British troops": the list right before the figure names
        # its measure as one, which its last word alone does not
        before = [m for m in before if m.end <= listing_before.start] + [listing_before]
    if after and after[0].measure.split(".")[0] in _OF_PEOPLE \
            and _object_figure(right, after[0]) and (
                _counts_things(claim, after_words) or any(
                    m.end == word_index(before_text)
                    and m.measure.split(".")[0] not in _OF_PEOPLE for m in before)):
        # "A magnitude 7.8 earthquake killed more than 8,000 people", "an earthquake of
        # magnitude 6.9 killed 3": a verb of people with a figure for its object, after
        # a figure of things (the quake) or of another measure, names the object's
        # measure; the things did it
        after = after[1:]
    elif len(after) > 1 and after[0].start == 0 and _top(after[0]) not in _OF_PEOPLE \
            and after[1].start == after[0].end and _top(after[1]) in _OF_PEOPLE \
            and _object_figure(right, after[1]):
        # "300 tanks killed 4,000 soldiers", "40 planes wounded 300 sailors": the things
        # the figure counts, named right after it, did what the verb after them says to
        # the verb's own figure
        after = [after[0], *after[2:]]
    by_unit = vocabulary.find(unit) if unit and not befell else []
    if by_unit and after and after[0].start == 0 \
            and after[0].measure.startswith(by_unit[0].measure + "."):
        # "180 votes in the Electoral College": the counted noun opens a phrase that names
        # a narrower kind of it, which is what the figure counts
        by_unit = after[:1]
    if _counts_things(claim, after_words):
        # "1,126,900 were displaced by the tsunami in 13 countries": a measure of people
        # named words before a figure that counts something else is another figure's
        # (but "the flood displaced 40 families": the verb right before is its own); a
        # count of places takes no measure named before it at all ("8,427 cases were
        # reported from 29 countries": the cases are the other figure's)
        places = _counts_places(claim, after_words)
        before = [m for m in before if len(before_words) - m.end <= OWN_VERB_WORDS
                  or (not places and m.measure.split(".")[0] not in _PEOPLE_MEASURES)]
        if places:
            named = []  # (its clause's subject is the other figure's: "cases were ...")
    # "a depth of (about) 35,800 feet in an area called ...": the noun the figure
    # completes names its measure before any word after it
    of_at = _of_before(before_words)
    if of_at is not None:
        # (as ``find`` counts words: "The fire of 1869 caused the death of" has its figure
        # no word there, and the noun before "of" ends a word earlier than in the list)
        of_at = word_index(" ".join(before_words[:of_at]))
    completed = [m for m in before if of_at is not None and m.end == of_at]
    befallen = completed or [m for m in reversed(before)
                             if len(before_words) - m.end <= 1 and not m.weak]
    if befallen and by_unit and _befell(befallen[0], by_unit, unit):
        by_unit = befallen[:1]
    order = [
        *by_unit,
        *completed,
        *(m for m in after if m.start < NEAR_WORDS),
        # the figure's subject names what it counts ("Their losses ... were 300,000 men")
        *named,
        *reversed(before),
        *(m for m in after if m.start >= NEAR_WORDS),
    ]
    dimension = value.dimension if isinstance(value, Quantity) else None
    order = [m for m in order if vocabulary.fits(m.measure, dimension)]
    strong = [m for m in order if not m.weak]
    if strong:
        return strong[0]
    # of weak words only, the counted noun last: "1,195 men aboard" counts those on board
    # more surely than it counts an army's men
    beside = [m for m in order if m not in by_unit]
    if claim.subject and concept(claim.subject.split()[-1]) in _PERSONS:
        # "The plane was carrying 12 crew members": a weak word for things, before a
        # count of people, is what carried them, not what is counted
        beside = [m for m in beside if m.measure.split(".")[0] in _PEOPLE_MEASURES
                  or m not in before]
        order = [m for m in order if m in beside or m in by_unit]
    return beside[0] if beside else (order[0] if order else None)


def _top(mention: Mention) -> str:
    return mention.measure.split(".")[0]


def _befell(befallen: Mention, by_unit: list[Mention], unit: str | None) -> bool:
    """Whether what befell the people a figure counts, named right before it, measures
    it rather than the noun that names them (its unit): "the death of 110 workers",
    "killed 11 platform workers" (the workers' deaths, not their employment; "employed
    110 workers" stays employment), and "saved 3,000 lives" (lives are the people, and
    saved they are survivors; "claimed 3,000 lives", "cost 300 lives" stay a toll)."""
    if all(_top(m) in _STANDING for m in by_unit) and _top(befallen) in _PEOPLE_MEASURES \
            and _top(befallen) not in _STANDING:
        return True
    return unit is not None and unit.lower() in _LIVES \
        and all(_top(m) != _top(befallen) for m in by_unit)


#: Measures of things something befalls, and the words that say what (data/frames.toml).
_FATED = frozenset(_WORDS["fated_measures"])
_FATES = {word: fate for fate, words in _WORDS["fates"].items() for word in words}
#: How far from the figure the words saying what befell its things may be: the last
#: words before it ("destroyed more than 192,000"), the first after it ("200,000
#: buildings were damaged").
FATE_BEFORE, FATE_AFTER = 3, 5
_LIST_WORDS = frozenset(_WORDS["fate_joiners"])


def _fate(before_words: list[str], after_words: list[str]) -> str | None:
    """What befell the things a figure counts, as a fate or a list of them joined by
    "or"/"and" ("damaged+destroyed"), from the words right after the figure (up to the
    next figure or clause) or else right before it; None when nothing is said."""
    words = [w.strip(".,;:()[]\"'").lower() for w in after_words[:FATE_AFTER]]
    for i, word in enumerate(words):
        if any(map(str.isdigit, word)) or word in _JOINERS:
            break  # ("destroyed 500 homes and damaged 2,000": the next clause's fate)
        if word in _FATES and not (word in _OWN_ACTS and _object_follows(words, i)):
            fates = {_FATES[word]}
            j = i + 1
            while j + 1 < len(words) and words[j] in _LIST_WORDS and words[j + 1] in _FATES:
                fates.add(_FATES[words[j + 1]])
                j += 2
            return LISTED.join(sorted(fates))
    for raw in reversed(before_words[-FATE_BEFORE:]):
        word = raw.strip(".,;:()[]\"'").lower()
        if any(map(str.isdigit, word)):
            break
        if word in _FATES:
            return _FATES[word]
        if raw.endswith((",", ";", ":")):
            break  # "destroyed roads, leaving 3,000 homes without power": another clause's
    return None


#: Fates the counted things may do themselves (data/frames.toml ``fates_with_object``).
_OWN_ACTS = frozenset(_WORDS["fates_with_object"])


def _object_follows(words: list[str], i: int) -> bool:
    """Whether the word after ``words[i]`` opens its object ("homes lost power", "houses
    lost their roofs"): a determiner, or a word that is no function word nor an adverb
    ("homes were lost in the fire", "lost, and ...", "lost overnight" are none)."""
    if i + 1 >= len(words) or not words[i + 1]:
        return False
    following = words[i + 1]
    return following in DETERMINERS or (following not in STOPWORDS
                                        and not following.endswith("ly")
                                        and following.isalpha())


_COMPLEMENT_QUALIFIERS = frozenset(_WORDS["complement_qualifiers"])
#: The words between a part and its whole ("764 of the nearly 2,000", "12 of some 40").
_PART_OF_WHOLE = re.compile(
    r"[ \t]+(?:(?:[a-z][\w-]*[ \t]+)?out[ \t]+)?of[ \t]+(?:(?:the|a|an)[ \t]+)?(?:(?:"
    + "|".join(sorted(map(re.escape, _COMPLEMENT_QUALIFIERS), key=len, reverse=True))
    + r")[ \t]+){0,2}")
#: A relative pronoun right before the first verb after a partitive's whole ("236 who
#: went to work", "20 passengers who boarded").
_RELATIVE_OPENS = re.compile(r"\b(?:who|that|which)[ \t]+\Z")
#: The main clause's auxiliary after a relative clause ("... collieries are dead").
_AUXILIARY_AFTER = re.compile(r"\b(?:are|were|was|is|have|had|has)\b")
#: The part's figure right before "of the" ("52" of "won 52 of the 60 seats").
_PART_TOKEN = re.compile(r"[\d,.]+\w*[ \t]*\Z")
#: A figure written in digits, as the whole of a part is ("2,000", "1.2m").
_FIGURE_TOKEN = re.compile(r"\d[\d,.]*\w*")
#: How far past the whole the words said of a part are read (characters).
PARTITIVE_REACH = 120


def _verb_at(text: str) -> int:
    """Where the first verb of a clause's first words stands in ``text`` (an auxiliary, a
    regular past form, an irregular one: "were", "died", "lost"), past at least one word;
    0 when none stands in its first PARTITIVE_WORDS words."""
    words = list(itertools.islice(_WORD.finditer(text), PARTITIVE_WORDS + 1))
    for n, m in enumerate(words[:PARTITIVE_WORDS]):
        word = m.group().rstrip(".")  # "... people aboard died.": the sentence's last word
        if not n or not (word in _AUXILIARIES or past_verb(word) or irregular_base(word)):
            continue
        if word not in _AUXILIARIES and n + 1 < len(words) \
                and words[n + 1].group() in _AUXILIARIES:
            continue  # "the 700 troops killed could be identified": a participle of the
            # whole's noun, the verb comes after it
        return m.start()
    return 0


#: Words after a partitive's whole read for the verb that ends its own words.
PARTITIVE_WORDS = 8
_AUXILIARIES = frozenset((*_WORDS["passive_auxiliaries"], *_WORDS["other_auxiliaries"]))
#: An auxiliary right after a partitive's whole ("out of ten were hurt"): the part's.
_VERB_FIRST = re.compile(r"[ \t]*(?:" + "|".join(sorted(_AUXILIARIES)) + r")\b")


def _of_before(words: list[str]) -> int | None:
    """The index of the "of" the words before a figure end with, past qualifiers ("a
    depth of about"), or None."""
    i = len(words) - 1
    while i >= 0 and words[i].lower() in _COMPLEMENT_QUALIFIERS:
        i -= 1
    return i if i >= 0 and words[i].lower() == "of" else None


#: After a capitalised measure word, what makes it part of a name ("House Committee",
#: "House of Representatives").
_NAME_GOES_ON = re.compile(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z]")
#: After a capitalised measure word, what ends its clause ("In the House, 40 ...").
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,;:.)]|\Z)")


def _in_name(mention: Mention, text: str) -> bool:
    """A measure word that is part of a name: capitalised after a capitalised word ("the
    Challenger Deep", "the Grand Canal"), so it names a place, not a depth."""
    if not mention.text[:1].isupper():
        return False
    at = text.find(mention.text)
    previous = text[:at].split()[-1:] if at > 0 else []
    if previous and previous[0][:1].isupper():
        return True
    # "the House Committee on Banking", "the House of Representatives": a capital after
    # "the", then a capitalised word or "of" and one, names a body, no building; so does
    # a singular one that ends its clause ("In the House, 40 Republicans": the chamber,
    # where a count of buildings is plural; "on the Richter scale" goes on)
    return bool(previous) and previous[0] == "the" \
        and (_NAME_GOES_ON.match(text, at + len(mention.text)) is not None
             or (not mention.text.lower().endswith("s")
                 and _CLAUSE_ENDS.match(text, at + len(mention.text)) is not None))


def _without(text: str, phrase: str) -> str:
    """``text`` with the last mention of ``phrase`` blanked (same length: offsets stay)."""
    at = text.lower().rfind(phrase.lower())
    if at < 0:
        return text
    return text[:at] + " " * len(phrase) + text[at + len(phrase):]


def _only_measure_words(key: str, vocabulary: Measures) -> bool:
    words = key.split()
    named = {m.text.lower() for m in vocabulary.find(key)}
    return all(w in STOPWORDS or w in named or any(w in n for n in named) for w in words)


_WORD_AFTER = re.compile(r"\s*(\S+)")


def _first_words(text: str, n: int) -> list[str]:
    """``text.split()[:n]``, reading on only as far as those words go."""
    width = 64
    while True:
        words = text[:width].split()
        if width >= len(text) or len(words) > n:
            return words[:n]
        width *= 2


def _last_tokens(text: str, n: int) -> list[str]:
    """``_WORD.findall(text)[-n:]``, reading back only as far as those tokens go."""
    width = 64
    while True:
        start = max(0, len(text) - width)
        tokens = _WORD.findall(text, start)
        if start == 0 or len(tokens) > n:
            return tokens[-n:]
        width *= 2


def _last_words(text: str, end: int, n: int) -> list[str]:
    """``text[:end].split()[-n:]``, reading back only as far as those words go."""
    width = 64
    while True:
        start = max(0, end - width)
        words = text[start:end].split()
        if start == 0 or len(words) > n:
            return words[-n:]
        width *= 2


def _superlative(word: str) -> bool:
    """Whether a word is a superlative ("worst", "largest", "deadliest", "most")."""
    lower = word.lower().strip(",;:")
    return lower in _SUPERLATIVE_WORDS or (len(lower) > 5 and lower.endswith("est")
                                           and not lower.endswith(_NOT_SUPERLATIVE))


_SUPERLATIVE_WORDS = frozenset(_WORDS["superlative_words"])
_NOT_SUPERLATIVE = tuple(_WORDS["not_superlative_endings"])


#: A line's short label up to its figure ("Competitors ", "Main span: ").
_LINE_LABEL = re.compile(r"[ \t|]*[A-Z][A-Za-z’'()/ -]{0,40}?[ \t:|]*")


def _named(
    left: str, claim: Claim, sentence_start: int, vocabulary: Measures
) -> str | None:
    """The nearest name before a figure in its clause ("Acme Corp reported revenue of
    $4.2 billion"): several capitalised words, or one that does not open the sentence;
    never the figure's source ("Police said ...") nor a month. A line that opens with a
    short label before the figure ("Dates August 30" over "Competitors 32") is the
    figure's whole clause: a name on the line above is another row's."""
    line = left.rfind("\n")
    if line >= 0 and _LINE_LABEL.fullmatch(left, line + 1):
        left = left[line + 1:]
    found = None
    offset = claim.start - len(left)
    lead = len(left) - len(left.lstrip())  # a name at or before it opens the clause
    place_end = -1  # where the last name read as a place ends
    found_end = -1  # where the name found so far ends
    #: for a name found that is one word opening the sentence, the word after it
    found_next: str | None = None
    # a clause after ", but" names its own doer, or none: "Great Barrier Island is a
    # walker's dream, but in 1894 it was the site of a wreck with 130 lives lost"
    contrast = 0  # where the last such clause opens (a scan, not a search per position)
    for joined in _BUT.finditer(left):
        contrast = joined.end()
    for match in _NAME.finditer(left, contrast):
        name, start = match.group().strip(), match.start()
        words = name.split()
        while len(words) > 1 and words[0].lower() in STOPWORDS:
            # "The Liberal Party took", "In Louskan": the name after a capitalised opener
            start = left.index(words[1], start + len(words[0]))
            words = words[1:]
            name = " ".join(words)
        if words[0].lower().rstrip(".") in MONTH_NAMES or words[0].lower() in STOPWORDS \
                or (len(words) == 1 and words[0].lower() in PREPOSITIONS):
            continue  # (a preposition alone, capitalised: "Near the pump there were"; but
            # "Beyond Meat reported" and "Under Armour sold" are names)
        if len(words) == 1 and vocabulary.find(name):
            continue  # "Revenue rose": a measure, not whose
        if len(words) == 1 and len(name) == 1 and left[max(0, match.start() - 1):
                                                         match.start()] in ("-", "\u2011"):
            continue  # "the rig Sedco 135-F": a model's letter after its number, no name
        opens = offset + start == sentence_start or start <= lead
        if len(words) == 1 and opens and (words[0].lower() in _COMMON or ing_form(words[0])):
            continue  # "Police said", "Troops crossed": a common noun opening the sentence;
            # "Taking the passengers, ...": a verb
        if len(words) == 1 and opens and _opens_common_subject(words[0], claim.subject):
            continue  # "Local health officials recorded": an adjective opening the sentence
        if len(words) == 1 and opens and _opens_noun_phrase(left, match.end(), words[0],
                                                             vocabulary):
            continue  # "Severe criticism of those responsible": a word of a noun phrase
        if len(words) == 1 and opens and left.startswith(",", match.end()) \
                and words[0].lower().endswith(_ADVERB_ENDINGS):
            continue  # "Officially, 1,835 people were killed": an adverb and its comma
        word = _WORD_AFTER.match(left, match.end())
        after = [word.group(1)] if word else []
        before = [w.lower() for w in _last_words(left, start, 3)]
        article = bool(before) and before[-1] in _ARTICLES
        if article:
            before.pop()
        bearing = len(before) >= 2 and before[-1] == "of" and before[-2] in _BEARINGS
        apposed = bearing or (not article and len(before) >= 2 and before[-1].endswith(",")
                              and before[-2] in _PLACE_WORDS) or (
            place_end >= 0 and _APPOSED.fullmatch(left, place_end, start) is not None) or (
            place_end >= 0 and _PLACE_LISTED.fullmatch(left, place_end, start) is not None)
        # "to Hayes's 165": a possessive right before the figure is whose, never where
        # (but "on Guam's doorstep" is where)
        possessive = name.endswith(("'s", "’s")) and not left[match.end():].strip()
        if (before and before[-1] in _PLACE_WORDS and not possessive and not (
                before[-1] in _DESTINATION_WORDS and _RELATIVE_AFTER.match(left, match.end())
        ) and not (after and after[0].lower() in _SIDE_WORDS)) or (
                apposed and not _acts_after(left, match.end())) or (
                before and before[-1] == "from" and _ROUTE_END.match(left, match.end())):
            place_end = match.end()
            continue  # "in Italy", "in the Sudan", "in Houston, Texas", "off the Old Head
            # of Kinsale, Ireland": where, not whose; but "In Louskan, the Progressive
            # Party won 37 seats" and "In Texas, Exxon cut 1,200 jobs" (a word, not a
            # comma, after the second name): whose; and "The seat went to Smith, who won
            # 45,000 votes" (a relative clause about where a movement went): Smith's
        if after and after[0].lower().strip(",") in _REPORTING:
            continue
        if name.endswith(("'s", "’s")) and not possessive and _in_object(left, start) \
                and _by_doing(left, match.end()):
            continue  # "The NDC ended the ruling party's majority by winning 114 of the
            # seats", "..., ending the ruling party's majority by winning 114": the
            # possessive owns the noun after it, the object of a verb; the figure is what
            # the name before did, or the clause's doer ("Labour's lead grew by winning 12
            # seats", "The Labour Party's lead grew ...", "After the Tories lost, the
            # Labour Party's lead grew ...": the possessive opening its clause is Labour's)
        if after and name.endswith(("'s", "’s")) and _superlative(after[0]):
            continue  # "Europe's worst mining accident": the scope of a rank, not whose
        if found is not None and article and before and (
                past_verb(before[-1]) or irregular_base(before[-1])) \
                and before[-1] not in _GIVING_VERBS \
                and (found_next is None or found_next.strip(",;:") == before[-1]) \
                and not _COORDINATED.fullmatch(left, found_end, start) \
                and not _RELATIVE_AFTER.match(left, match.end()):
            continue  # "Katrina entered the Gulf of Mexico ... weakening to a Category 3":
            # the object of what the name before did, not whose the figure is; but "...
            # defeated the Confederates, who lost 10,000 men": a clause about the object;
            # nor when the name before is one word opening the sentence and the verb is
            # not the next word ("Official returns gave the Reform Party 716 thousand
            # votes": a common word capitalised, not who did it), nor after a verb of
            # giving ("Voters gave the Reform Party 716,000 votes": the party's)
        if any(before[-len(opener):] == list(opener) for opener in _SOURCE_OPENERS):
            continue  # "According to the Election Commission, the electorate was ...": who
            # says so, not whose
        if len(before) >= 2 and before[-1] == "to" and before[-2] in _RECIPIENT_VERBS:
            continue  # "reported to CDC from 26 states": whom they were reported to
        if before and before[-1] in _ADDRESS_PRONOUNS and words[0].lower() in _ADDRESS_TITLES:
            continue  # "if your Lordship will take them, were 2,206": whom the speaker
            # addresses
        if before and name.isupper() and (_CLOCK_WORD.search(before[-1]) or (
                len(name) <= 5 and _CLOCK_BEFORE.search(left, 0, start))):
            continue  # "As of 9am EDT", "02:14 UTC": a time's zone, not a name (but
            # "Flight 447 KLM": a number, not a clock)
        if before and before[-1] == "by" and _PASSIVE.search(
                left, max(0, start - PASSIVE_REACH), start) and not _RELATIVE_AFTER.match(
                left, match.end()):
            continue  # "Enron was named ... by Fortune for six years": who named, not whose
            # (but "beaten by Acme, which scored 21 points": Acme's)
        name = name.rstrip(".,;:")
        if found is not None and _COORDINATED.fullmatch(left, found_end, start):
            name = f"{found} and {name}"  # "Jewish and Italian immigrant women": both
        found, found_end = name, match.end()
        found_next = None if len(words) > 1 or not opens else (
            word.group(1).lower() if word else "")
    return found


def _object_before(left: str) -> str | None:
    """The name right before a figure that is the object of the verb before it
    ("orbited the Earth", "visited Rome"), not a giving verb's receiver ("gave the
    party"), or None."""
    m = _OBJECT_BEFORE.search(left, max(0, len(left) - 80))
    if m is None:
        return None
    verb = m.group(1)
    if verb in _GIVING_VERBS or not (past_verb(verb) or irregular_base(verb) or ing_form(verb)):
        return None
    return m.group(2).strip()


def _in_object(left: str, start: int) -> bool:
    """Whether a name stands in a verb's object: the word before it, past its article and
    one word after that ("ending the ruling Unity Party's majority", "broke Labour's
    hold"), is a verb with no stop after it ("After the Tories lost, the Labour Party's":
    the comma ends the clause, and the name opens the next)."""
    words = _last_words(left, start, 3)
    if len(words) >= 2 and words[-1].lower() not in _ARTICLES \
            and words[-2].lower() in _ARTICLES:
        words = words[:-1]  # past "ruling" of "the ruling Unity Party's"
    if words and words[-1].lower() in _ARTICLES:
        words = words[:-1]
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return False
    verb = words[-1]
    return bool(past_verb(verb) or irregular_base(verb) or (
        _ing_verb(verb) and verb not in _NOT_ACTING))


def _ing_verb(word: str) -> bool:
    """Whether a word is a verb's -ing form: the dictionary's (``ing_form``), or a word
    ending in -ing it takes to no verb ("buying", "cutting", "ending"), but a preposition
    ("during", "regarding") or a noun of frames.toml ``ing_not_verbs`` ("evening")."""
    low = word.lower()
    if low in PREPOSITIONS or low in _ING_NOT_VERBS:
        return False
    return ing_form(low) or (len(low) > 5 and low.endswith("ing") and low.isalpha())


def _by_doing(left: str, end: int) -> bool:
    """Whether "by" and a verb's -ing form stand between a name's end and the figure
    ("the ruling party's majority by winning 114"), the means of what the doer did."""
    return any(_ing_verb(m.group(1)) for m in _BY_DOING.finditer(left, end))


def _opens_noun_phrase(left: str, end: int, word: str, vocabulary: Measures) -> bool:
    """Whether a capitalised dictionary word opening its sentence only opens a phrase of
    common words: a lower-case word follows it, and then "of" ("Severe criticism of those
    responsible", "Heavy rains of the monsoon"), as no name's verb does. A measure after
    it is the name's own ("Amazon revenue of $386 billion", "Shell profits of")."""
    after = _NOUN_OF.match(left, end)
    return after is not None and is_dictionary_word(word) \
        and past_verb(after.group(1)) is None and irregular_base(after.group(1)) is None \
        and not vocabulary.find(after.group(1))


#: A lower-case word, then "of": the rest of a noun phrase a capitalised word opened.
_NOUN_OF = re.compile(r"[ \t]+([a-z]+)[ \t]+of\b")


def _opens_common_subject(word: str, subject: str | None) -> bool:
    """Whether ``word`` only opens a subject of common words ("Local health officials",
    "Government figures"): a dictionary word capitalised because the sentence starts
    there, before lower-case words. "Smith won" keeps Smith (the subject is the name)."""
    words = subject.split() if subject else []
    return (len(words) > 1 and words[0] == word and words[1][:1].islower()
            and is_dictionary_word(word))


def _named_after(window: str, vocabulary: Measures, length: bool = False) -> str | None:
    """A name right after a figure, behind "of", "for", "on", "by" or "from" ("972,214
    on the United Nations side", "$4.2 billion for Acme Corp"), not a place ("in Italy")
    nor a unit or a measure ("Mw", "Richter"). ``window``: the RIGHT_WORDS after it.
    ``length``: the figure is a length, after which "from" names where it is measured
    from ("crashed 28 miles from Melbourne"), not whose it is."""
    for match in _NAME.finditer(window):
        name = match.group().strip().rstrip(".")
        words = name.split()
        before = [w.lower() for w in window[: match.start()].split()[-2:]]
        if not any(w in _OWNER_PREPOSITIONS for w in before):
            continue
        if any(w.strip(",") in _DIRECTIONS for w in before) or (length and "from" in before):
            return None  # "25 kilometres west of Port-au-Prince, Haiti's capital": where it
            # is measured from, and the names after it are that place's
        if words[0].lower() in MONTH_NAMES or words[0].lower() in STOPWORDS:
            continue
        if len(name) < 3 or vocabulary.find(name):
            continue
        return name
    return None


def _survey_answer(after_words: list[str]) -> bool:
    """Whether a share is what people answered: a survey verb right after it, or after
    "of them", "of these" ("75% of them claimed to have voted", "97% said ...")."""
    words = [w.lower().strip(",") for w in after_words[:4]]
    if len(words) > 2 and words[0] == "of" and words[1] in _SHARE_DETERMINERS:
        words = words[2:]
    return any(w in _SURVEY_VERBS for w in words[:2])


def _share_of_people(after_words: list[str]) -> bool:
    """Whether a share is "of" people ("98 % of voters who ...", "75 % of these young
    people"): after "of" and a determiner, one of the next two words (an adjective and
    its noun) is a person, before any small word ("40% of ballots by voters abroad" is
    of ballots)."""
    if not after_words or after_words[0].lower() != "of":
        return False
    words = [w.lower().strip(",.;:") for w in after_words[1:5]]
    while words and words[0] in _SHARE_DETERMINERS:
        words = words[1:]
    for low in words[:2]:
        if low in STOPWORDS:
            return False
        if concept(low) in _PERSONS:
            return True
    return False


#: A figure right after a word, as the word's object ("killed more than 8,000", "left
#: some 300"): a bound at most between, then the figure, or the end of the text after a
#: figure, which ends where the next figure begins.
_OBJECT_FIGURE = re.compile(r"\s*(?:(?:more|fewer|less)\s+than|at\s+least|about|some|nearly"
                            r"|almost|over|up\s+to|around)?\s*(?:\d|\Z)")


def _object_figure(right: str, mention: Mention) -> bool:
    """Whether a figure follows ``mention`` in ``right`` (the text after the figure, whose
    words the window holds) as its object (``_OBJECT_FIGURE``)."""
    at = right.find(mention.text)
    return at >= 0 and _OBJECT_FIGURE.match(right, at + len(mention.text)) is not None


def _counts_things(claim: Claim, after_words: list[str]) -> bool:
    """Whether a count's own noun (``_counted``'s) names things, not people ("13
    countries", "40 villages"; not "260 crewmen", "13 of them")."""
    noun = _counted(claim, after_words, None)
    return noun is not None and noun != "person" and noun.islower() \
        and is_dictionary_word(noun.split()[-1])


def _counts_places(claim: Claim, after_words: list[str]) -> bool:
    """Whether a count's own noun names places ("29 countries", "26 states")."""
    noun = _counted(claim, after_words, None)
    if noun is None:
        return False
    last = noun.split()[-1]
    # ("5,000 villagers", "300 islanders": people named after where they live)
    return concept(last) in PLACE_NOUNS and not last.lower().rstrip("s").endswith("er")


def _counted(claim: Claim, after_words: list[str], measure: Mention | None) -> str | None:
    """What the figure counts, as its noun ("aircraft"; "person" for anyone counted): its
    unit, else the noun right after it ("260 crewmen"), else "person" when what it
    measures counts people (the killed, the displaced)."""
    value = claim.value
    if not isinstance(value, Quantity) or value.dimension not in (None, "count"):
        return None
    words = _WORD.findall(value.unit or "")
    if not words:
        after = after_words[:1]
        if after and after[0].isalpha() and after[0].islower() and after[0] not in STOPWORDS \
                and not (measure is not None and measure.text
                         and measure.text.split()[0].lower() == after[0].lower()):
            words = after  # (but "1,083 taken prisoner": the measure's words, not a noun)
    if words:
        head = concept(words[-1])
        noun = "person" if head in _PERSONS else words[-1].lower()
        first = after_words[0].lower() if after_words else ""
        return f"{first} {noun}" if first in _SUBSET else noun  # "34 secondary cases"
    if measure is not None and measure.measure.split(".")[0] in _OF_PEOPLE:
        return "person"
    return None


def _scope(clause: str, when: TimeRef | None) -> str | None:
    if _SUPERSEDED.search(clause):
        return "superseded"
    if _part_match(clause):
        return "part"  # (``_part_of_place`` says which part, as the frame's place)
    if _CUMULATIVE.search(clause):
        return "cumulative"
    if when is not None and when.relation in _MOMENT:
        return "moment"
    if when is None and _running(clause):
        return "running"
    return None


#: "so far", "to date": a count as it stands (frames.toml running_words).
_RUNNING_WORDS = _keyed(re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _WORDS["running_words"]).replace(r"\ ", "[ \t]+")
    + r")\b(?![ \t]+(?:" + "|".join(_WORDS["running_words_not_before"]) + r")\b)",
    re.IGNORECASE), _WORDS["running_words"])
#: "have died", "has now risen", "have been killed": the present perfect.
_PRESENT_PERFECT = re.compile(
    r"\b(?:" + "|".join(_WORDS["running_auxiliaries"]) + r")[ \t]+(?:(?:"
    + "|".join(_WORDS["running_fillers"]) + r")[ \t]+){0,2}([a-z]+)\b")


def _running(clause: str) -> bool:
    """Whether a figure's clause tells it as it stood when its source was written, with
    no date: "so far", "to date", or the present perfect ("22 of these patients have
    died", "the toll has risen to 30"). A later count of what only grows (a toll, cases)
    may be larger without contradicting it."""
    if _RUNNING_WORDS.search(clause):
        return True
    return any(m.group(1) not in _RUNNING_NOUNS and (
        past_verb(m.group(1)) is not None or irregular_base(m.group(1)) is not None
        or m.group(1) in _RUNNING_PARTICIPLES) for m in _PRESENT_PERFECT.finditer(clause))


#: Past participles the verb tables do not read ("have seen", "has grown").
_RUNNING_PARTICIPLES = frozenset(_WORDS["running_participles"])
#: Irregular plurals after "have", no participle ("have children").
_RUNNING_NOUNS = frozenset(_WORDS["running_nouns"])


#: A figure followed by a copula and a noun ("487 were passengers", "120 were children"),
#: an adjective or article between them at most.
_COPULA_NOUN = re.compile(r"[ \t]+(?:were|was|are|is)[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")


#: "of the starters were Americans": a partitive, then the kind or the nation of the part
#: (a word or two may tell which of them before their noun: "of the American starters")
_PARTITIVE_KIND = re.compile(
    r"[ \t]+of[ \t]+the[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}[a-z]+[ \t]+(?:were|was|are|is)[ \t]+"
    r"([A-Z][a-z]+|[a-z]+)\b")
#: "16 were Kenyans": a copula, then a nation's people (its adjective in demonyms.toml,
#: perhaps plural: "Americans", "Greeks"), a part of those counted
_COPULA_NATION = re.compile(r"[ \t]+(?:were|are)[ \t]+([A-Z][a-z]+)\b")
_NATION_ADJECTIVES = frozenset(
    a for adjectives in table("demonyms")["demonyms"].values() for a in adjectives)


def _breakdown_of_kind(right: str) -> bool:
    """Whether the words after a figure say which kind of people it counts among others
    ("487 were passengers": a part of the saved, who were also crew; "Sixteen of the
    starters were Americans": a nation's part of the starters)."""
    partitive = _PARTITIVE_KIND.match(right)
    if partitive is not None:
        kind = partitive.group(1)
        return kind[0].isupper() or person_kind(kind) is not None
    nation = _COPULA_NATION.match(right)
    if nation is not None:
        word = nation.group(1).lower()
        return word in _NATION_ADJECTIVES or word.removesuffix("s") in _NATION_ADJECTIVES
    m = _COPULA_NOUN.match(right)
    if m is None:
        return False
    first, second = m.groups()
    if person_kind(first) is not None:
        return True  # "487 were passengers"
    # "120 were young children", but not "216 were taken prisoner" (a verb's participle)
    return bool(second) and person_kind(second) is not None and not (
        past_verb(first) or first.endswith(("en", "ing")) or irregular_base(first))


def _part_of_period(clause: str) -> str | None:
    """The part of an event a figure holds for, as written ("its first day", "their
    opening weekend", "the runoff"), else None. A moment that places who tells the
    figure ("Rescuers at the scene said 150 were killed", "according to officials at the
    crash site") is none of the figure's."""
    for m in _PART_PERIOD.finditer(clause):
        if not _reporters_place(clause, m) and not _joined_moment(clause, m) \
                and not _time_as_modifier(clause, m):
            return m.group().split(None, 1)[1]
    return None


_PART_TIMES = frozenset(_WORDS["part_of_period_times"])
#: How far after a moment ("at the scene") its next few words are read, and how far
#: before it a source's opener ("according to") is looked for: a clause may be long,
#: and each of its figures asks.
WORDS_REACH = 80
SOURCE_REACH = 120


def _time_as_modifier(clause: str, m: re.Match[str]) -> bool:
    """Whether the day or night of ``m`` modifies the noun after it ("on the night
    shift", "in the night train crash"): a content word follows, no function word, no
    preposition ("on the night of the fire", "on the day following the quake")."""
    if m.group().split()[-1].lower() not in _PART_TIMES:
        return False
    nxt = clause[m.end():m.end() + WORDS_REACH].split()[:1]
    if not nxt or not nxt[0].rstrip(".,;:!?)\"'").isalpha() or clause[m.end():m.end() + 1] \
            not in (" ", "\t"):
        return False  # "on the night, ...", "on the night 96 perished", the clause's end
    word = nxt[0].rstrip(".,;:!?)\"'").lower()
    return word not in STOPWORDS and word not in PREPOSITIONS and not word.endswith("ly") \
        and past_verb(word) is None


def _joined_moment(clause: str, m: re.Match[str]) -> bool:
    """Whether the moment ``m`` ("at the scene") is joined by "or" or "and" to another
    place or time, a word between at most ("died at the scene or later in hospital", "at
    the scene and in hospital"): the figure holds for all of them, the whole toll."""
    if m.group()[:2].lower() != "at":
        return False
    words = [w.strip(".,;:()\"'").lower()
             for w in clause[m.end():m.end() + WORDS_REACH].split()[:3]]
    return len(words) >= 2 and words[0] in _LIST_WORDS and (
        words[1] in PREPOSITIONS or (len(words) == 3 and words[2] in PREPOSITIONS))


def _moment_joined_in(text: str) -> bool:
    """Whether ``text`` holds a moment joined to another ("at the scene or in hospital")."""
    return any(_joined_moment(text, m) for m in _PART_PERIOD.finditer(text))


def _reporters_place(clause: str, m: re.Match[str]) -> bool:
    """Whether the moment ``m`` ("at the scene") stands between a source and its verb of
    telling ("Witnesses at the scene said", "officials at the crash site have confirmed")
    or after a source's opener in the same stretch between commas ("according to police
    at the scene")."""
    if m.group()[:2].lower() != "at":
        return False
    words = [w.strip(".,;:()\"'").lower()
             for w in clause[m.end():m.end() + WORDS_REACH].split()[:2]]
    if words and words[0] in _AUXILIARIES:
        words = words[1:]
    if words and words[0] in _REPORTING:
        return words[0] not in _COUNTING_VERBS  # ("Police at the scene counted 12 bodies")
    before = clause[max(0, m.start() - SOURCE_REACH):m.start()].lower().split()
    for k in range(len(before) - 1, -1, -1):
        if before[k].endswith(","):
            return False
        if any(tuple(before[k:k + len(o)]) == o for o in _SOURCE_OPENERS):
            return True
    return False


#: How far after a figure the stretch of time it was counted in may stand.
WINDOW_REACH = 60


def _windowed(found: Frame, claim: Claim, text: str, s_end: int) -> Frame:
    """``found``, as a part of its event when the words after the figure, in its clause
    and before any other figure, state a stretch of time it was counted in ("upwards of
    five hundred fatal attacks of cholera in ten days", "40 arrests within 48 hours"): a
    toll "in ten days" is not the outbreak's toll; a length of time as the part several
    spent at once ("two hours together"); and any figure followed by a part of the event
    named in a bracket ("Turnout81.88% (first round)"). The window is told the same way
    whatever its words ("in 10 days" for "over ten days"), so that two figures for
    windows of one length meet. Read per claim, outside the memo: the window lies past
    the next claim (the duration), where the words the memo keys on stop."""
    if found.scope is None and found.relative is None and claim.kind in FIGURE_KINDS:
        bracketed = _BRACKETED_PART.match(text, claim.end, s_end)
        if bracketed is not None:
            # "Turnout81.88% (first round)": the first round's turnout, not the election's
            return replaced(found, scope="part", relative=" ".join(
                bracketed.group("part").lower().split()))
    if found.scope is not None or found.relative is not None or found.source != "sentence":
        return found
    among = _among(text, claim, s_end)
    if among is not None:
        # "the rate among hospitalized patients was 57-59%": the patients' rate, a part
        # of the outbreak's, never set against a fatality rate of every case
        return replaced(found, scope="part", relative=among)
    if getattr(claim.value, "kind", None) == "duration" \
            and _SHARED_TIME.match(text, claim.end, s_end):
        # "spent two and a quarter hours together outside": the time both were out, in
        # an outing that one began earlier, not the outing's length
        return replaced(found, scope="part", relative=SHARED_TIME)
    if claim.kind not in ("quantity", "ratio") \
            or getattr(claim.value, "dimension", None) not in (None, "count"):
        return found  # (an amount over a stretch is its whole: "flew 3,600 miles in 33
        # hours" is the flight, "in ten days" after a toll a part of the outbreak)
    after = text[claim.end:min(s_end, claim.end + WINDOW_REACH)]
    stop = _CLAUSE_BREAK.search(after)
    window = _window(after[:stop.start()] if stop else after)
    return found if window is None else replaced(found, scope="part", relative=window)


def _listed(found: Frame, claim: Claim, text: str, s_end: int) -> Frame:
    """``found``, with the place named after the next figure of its list ("95 deaths and
    $281 million in damage in the United States": the United States', not a place named
    before it), when its sentence reads one (``_listed_place``). Read per claim, outside
    the memo: the place lies past the next claim, where the words the memo keys on stop."""
    if found.source != "sentence" or claim.kind not in FIGURE_KINDS or (
            found.scope == "part" and found.place):
        return found
    place = _listed_place(text, claim, s_end, found.subject_key)
    return found if place is None or place == found.place else replaced(found, place=place)


#: "among" and the few words of the group it names ("among hospitalized patients",
#: "among persons who died"), in the figure's clause: a figure of that group alone.
#: ("Among the 88 passengers were 12 employees": "the" alone is no group; the figure
#: after it is the group itself, the whole the part after it is counted among)
_AMONG = re.compile(
    r"\b(?i:among)[ \t]+((?:the[ \t]+)?(?!the\b)[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2})")
#: "Of the passengers, 27", "Of the crew 3": "of" and a group of words opening the clause
#: right before the figure (no figure in the group: "Of the 500 wounded, 40 died" is a
#: partitive whole, read elsewhere).
_OF_GROUP = re.compile(r"(?:\A|(?<=[.;:\n]))[ \t]*(?i:of)[ \t]+((?i:the)[ \t]+[a-z][\w-]*"
                       r"(?:[ \t]+[a-z][\w-]*){0,2})[ \t]*,?[ \t]*\Z")
#: Verbs that end the group "among" names ("among teenagers stood at 27.6 percent").
_AMONG_STOPS = frozenset(_WORDS["among_stops"])
#: Words after "among" that name no group ("among others", "among them").
_AMONG_NO_GROUP = frozenset(_WORDS["among_no_group"])
#: How far either side of a figure, in its clause, "among" is looked for (characters).
AMONG_REACH = 80


def _among(text: str, claim: Claim, s_end: int) -> str | None:
    """The group a figure's clause says it counts among ("among hospitalized patients"),
    before the figure or after it, with no clause break between; None when none."""
    start = max(0, claim.start - AMONG_REACH)
    # (both stretches read below lie in this one: most figures have no "among" near them,
    # told by one scan of the lowered text instead of two regex searches trying "\b" at
    # every character; no letter outside ASCII reads as one of "among" case-blind, so a
    # text that is not ASCII is told so too)
    reach = text[start:max(claim.start, min(s_end, claim.end + AMONG_REACH))]
    low = reach.lower()
    if "of" in low[:claim.start - start] \
            and (opened := _OF_GROUP.search(text, start, claim.start)) is not None:
        # "Of the passengers, 27 were killed": "of" opening the clause names the group
        # the figure is counted among, as "among" does
        return "among " + opened.group(1).lower()
    if "among" not in low:
        return None
    before = text[start:claim.start]
    cut = max(before.rfind(";"), before.rfind(". "), before.rfind("\n"))
    found = None
    for last in _AMONG.finditer(before, cut + 1 if cut >= 0 else 0):
        found = last  # (the nearest before the figure)
    if found is None:
        after = text[claim.end:min(s_end, claim.end + AMONG_REACH)]
        stop = _CLAUSE_BREAK.search(after)
        found = _AMONG.search(after[:stop.start()] if stop else after)
    if found is None:
        return None
    words = found.group(1).split()
    if words[0].lower() in _AMONG_NO_GROUP:
        return None  # "Among others, it obliterated the lighthouse and killed the four
        # keepers": besides other things, no group counted in
    group = words[:1] + list(itertools.takewhile(
        lambda w: w not in STOPWORDS and w not in _AMONG_STOPS and past_verb(w) is None,
        words[1:]))
    return "among " + " ".join(group)


def _window(after: str) -> str | None:
    """The window stated in ``after`` (the words after a figure), told as "in N days",
    else None; none past another figure ("500 died, 300 of them in ten days"). A window
    opens with a letter (its preposition's): where the first digit comes before any
    letter ("1 1 1", "$1 $1"), every window found would lie past a figure, and none is
    looked for."""
    digit = _DIGIT.search(after)
    if digit is not None and _LETTER.search(after, 0, digit.start()) is None:
        return None
    m = _WINDOW.search(after)
    if m is None or _DIGIT.search(after, 0, m.start()):
        return None
    count, span = m.group("count").lower(), m.group("span").lower()
    number = 1 if count == "a" else int(parse_number(count) or 0)
    if number <= 0:
        return None
    return f"in {number} {span.rstrip('s')}{'s' if number != 1 else ''}"


def _part_match(clause: str) -> re.Match[str] | None:
    """The first part of a place in ``clause`` that the figure counts: not one after a
    word telling where most of a whole lies ("5,000 people, mostly in rural areas")."""
    for m in _PART_PLACE.finditer(clause):
        if not _PART_SPREAD.search(clause, max(0, m.start() - 40), m.start()):
            return m
    return None


def _part_of_place(clause: str) -> str | None:
    """The part of a place a figure counts, as written from its part's word on ("north of
    the county", "northern Tarsa"): two figures of different parts are two places."""
    m = _part_match(clause)
    return " ".join(m.group("part").split()) if m is not None else None


def _place(window: str, subject_key: str | None, after: str = "") -> str | None:
    """Where a figure holds: a place named right after it, before any other figure
    ("1.1 million worldwide and 116,000 in the United States": the second figure's),
    else the world where the window says so, else the last place the window names.
    ``after``: the words right after the figure (the end of ``window``)."""
    nxt = _DIGIT.search(after)
    for match in _PLACE.finditer(after, 0, nxt.start() if nxt else len(after)):
        name = _named_place(match, subject_key)
        if name is not None:
            return name
    if _WORLD.search(window):
        return "world"
    found = None
    for match in _PLACE.finditer(window):
        found = _named_place(match, subject_key) or found
    return found


#: The words between a figure and the next one of its list: its noun, then "and" and a verb
#: perhaps ("95 deaths and $281 million", "killed 12 people and injured 40"), nothing that
#: ends a clause.
_LIST_ON = re.compile(r"[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){0,3}and[ \t]+(?:[a-z]+[ \t]+)?[$€£¥]?")
#: How far after a figure the place of its list is looked for (characters).
PLACE_REACH = 160
#: Where a list of figures ends: a comma, a clause's mark, a sentence's end.
_LIST_END = re.compile(r"[,;:()\[\]—]|\.(?:\s|\Z)")
#: A figure's digits and the separators inside it ("281", "1,200.5").
_FIGURE_TAIL = re.compile(r"\d[\d,.]*\d|\d")


def _listed_place(text: str, claim: Claim, s_end: int, subject_key: str | None) -> str | None:
    """The place named after the next figure, when the two figures are one list joined by
    "and" ("95 deaths and $281 million in damage in the United States"): both hold for
    it, up to the list's end (a comma, a clause's mark: "..., 100 deaths and $100 million
    in damage in Canada" is the next list's); None when no list or no place."""
    after = text[claim.end:min(s_end, claim.end + PLACE_REACH)]
    nxt = _DIGIT.search(after)
    # (the list's "and", looked for first: a run of figures joined by none costs no match)
    if nxt is None or after.find("and", 0, nxt.start()) < 0 \
            or not _LIST_ON.fullmatch(after, 0, nxt.start()) \
            or _WORLD.search(after, 0, nxt.start()):
        return None  # (not "1.1 million worldwide and 116,000 in the United States")
    if any(_named_place(match, subject_key) is not None
           for match in _PLACE.finditer(after, 0, nxt.start())):
        return None  # its own place first ("300 in Italy and 40 in Greece": Italy's)
    tail = _FIGURE_TAIL.match(after, nxt.start())
    stop = _LIST_END.search(after, tail.end())
    third = _DIGIT.search(after, tail.end())
    end = min(stop.start() if stop else len(after), third.start() if third else len(after))
    for match in _PLACE.finditer(after, tail.end(), end):
        name = _named_place(match, subject_key)
        if name is not None:
            return name
    return None


#: Places named by their initials, lower-cased ("us", "uk": data/demonyms.toml
#: [short_names]): "in the US" names a place, though "us" is a stopword.
_INITIALS = frozenset(short.replace(" ", "") for shorts in table("demonyms")["short_names"]
                      .values() for short in shorts if len(short.replace(" ", "")) <= 4)


def _named_place(match: re.Match[str], subject_key: str | None) -> str | None:
    """The place a match of ``_PLACE`` names (``_place_name``), or None where its name
    only qualifies the noun after it ("6.3 on the Richter magnitude scale")."""
    if _QUALIFIED.match(match.string, match.end()) or (
            match.group().lower().startswith(_PLACE_OF)
            and _counted_from(match.string, match.start())):
        return None  # (nor "14 miles upstream of the town of Johnstown": where the
        # distance is counted from, not where the figure holds)
    if match.group().lower().startswith(_PLACE_OF) and (
            match.group()[0].isupper() or _OF_THE.match(match.group())):
        return None  # a kind of place in a name's title is no place ("the Nation of
        # Islam", "the Town of Salem game"), nor "the State of the Union"
    verb = match.group().split(None, 1)[0]
    if verb.lower() in _PLACE_VERB_WORDS:
        if verb.istitle():
            return None  # a sentence's first word, no storm's verb ("Hit TV show Friends")
        doer = _WORD_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
        if doer is not None and (person_kind(doer.group(1)) is not None
                                 or doer.group(1).lower() in _PEOPLE_DOERS):
            return None  # people strike or hit a firm or a person, not a place ("3,000
            # workers struck Ford", "he hit Smith")
        if doer is not None and doer.group(1).lower() in _NOUN_MARKS:
            return None  # "the hit Netflix series", "their hit single": a noun's word
    name = match.group(1)
    if name.replace(".", "").lower() in _INITIALS and (
            noun := _LOWER_WORD_AFTER.match(match.string, match.end())) is not None \
            and noun.group(1) not in STOPWORDS:
        return None  # "in US dollars", "in U.S. history": initials qualifying a noun
        # (not "in the US and Europe")
    return _place_name(name, subject_key)


#: A lower-case word right after a name: the noun the name may qualify.
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")


#: "state of the Union": a kind of place, "of the" and a name (a title, not a place).
_OF_THE = re.compile(r"\S+[ \t]+of[ \t]+the[ \t]", re.IGNORECASE)
_PLACE_VERB_WORDS = frozenset(w.lower() for w in _WORDS["place_verbs"])
_PEOPLE_DOERS = frozenset(_WORDS["people_doers"])
#: Words before "hit" that make it a noun's word, not a verb ("the hit Netflix series").
_NOUN_MARKS = frozenset(_WORDS["place_verb_noun_marks"])
#: The word right before a verb (its doer, in "workers struck Ford").
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+\Z")


#: "from the", "upstream of the" before "the town of ...": a place a figure is counted
#: from; "(residents) of the town of Valdez" names where it holds.
#: The measure of how far a thing lies from a place (measures.toml).
DISTANCE = "distance"
#: A distance's reference after its figure ("63 kilometers (39 miles) south of", "18
#: miles from", "5 km upstream of"): the names after it are where it is counted from.
_DISTANCE_AFTER = re.compile(
    r"[ \t]*(?:[a-z]+[ \t]*)?(?:\([^()\n]{0,40}\)[ \t]*)?(?:(?:" + "|".join(
        sorted(map(re.escape, _WORDS["distance_from_words"]), key=len, reverse=True))
    + r")[ \t]+of|from|away[ \t]+from)\b", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(r"\b(?:([^\W\d_][\w-]*)[ \t]+of|from)[ \t]+the[ \t]+\Z",
                               re.IGNORECASE)
_DISTANCE_FROM = frozenset(_WORDS["distance_from_words"])


def _counted_from(text: str, at: int) -> bool:
    """Whether the kind of place and its name at ``at`` is where a distance is counted
    from ("14 miles upstream of the town of Johnstown", "18 miles from the city of Waco"),
    not where a figure holds ("40 residents of the town of Valdez")."""
    found = _REFERENCE_BEFORE.search(text, max(0, at - 40), at)
    return found is not None and (found.group(1) is None
                                  or found.group(1).lower() in _DISTANCE_FROM)


#: A name's noun after it that makes the name no place: "the Richter (magnitude) scale".
_QUALIFIED = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:" + "|".join(
    re.escape(w) for w in _WORDS["named_scale_nouns"]) + r")\b")


#: Last words of a name that make it a day ("Labor Day", "Christmas Eve"; frames.toml).
_DAY_NAME_ENDS = frozenset(_WORDS["day_name_ends"])


def _named_day(name: str) -> bool:
    """Whether ``name`` names a day: a feast of the calendar ("Christmas Day", "Easter
    Sunday", "Boxing Day", "Good Friday") or a name ending in "Day" ("Labor Day",
    "Armistice Day"); not "Christmas Island", "Easter Island"."""
    words = name.rstrip(".,;:").split()
    key = " ".join(words).lower().replace("’", "'")
    return key in FIXED_FESTIVALS or key in EASTER_FESTIVALS or (
        len(words) > 1 and words[-1].lower() in _DAY_NAME_ENDS)


def _place_name(name: str, subject_key: str | None) -> str | None:
    """A place's name as read after its preposition, or None for what names no place (a
    month, a stopword, a figure, the figure's own subject)."""
    first = name.split()[0].rstrip(".").lower()
    if first in MONTH_NAMES or (first in STOPWORDS and first not in _INITIALS) \
            or _DIGIT.search(name):
        return None
    if _named_day(name):
        return None  # a feast or a named day dates, not places ("on Christmas Day 1914",
        # "struck Boxing Day", "on Labor Day weekend")
    if subject_key and normalize(name) == subject_key:
        return None
    return name.rstrip(".,;:")


def _statistic(claim: Claim, left: str, after_words: list[str], measure: str | None) -> str:
    value = claim.value
    if claim.text[:1] in "+\u2212" or (claim.text[:1] == "-" and left.rstrip().endswith(
            tuple(_CHANGE_NOUNS))):
        return "change"  # "+98", "Seat change −91"
    if after_words and after_words[0].lower() in _ADDED:
        return "change"  # "six more died later", "another 200": an addition
    if after_words and after_words[0].lower() in _DIFFERENCE and "than" in (
            w.lower() for w in after_words[1:3]):
        return "change"  # "$207 billion less than that in 2011", "300 fewer ships than":
        # a difference
    if _revised_after(after_words):
        return "change"  # "Eleven cases were excluded": a revision of a tally
    words = [w.lower() for w in _last_tokens(left, 5)]
    # "fell close to 50 percent", "rose by at least 5 percent"
    words = _read_past(words, _CHANGE_QUALIFIERS, _CHANGE_QUALIFIER_ENDS)
    words = _read_past(words, _BY_BOUNDS, _BY_BOUND_ENDS, "by")
    words = words[-3:]
    if words and words[-1] in _REVISIONS:
        return "change"  # "the office rejected about 5,200 applications": the active of
        # "5,200 applications were rejected", a revision read alike either way
    changed = [w for k, w in enumerate(words[-2:], len(words) - 2)
               if w in _CHANGE and not (w in _UP_DOWN and k > 0 and words[k - 1] in _PHRASAL)
               and not (k > 0 and words[k - 1] in _ARTICLES)]  # ("an inflated 40,000
    # members", "an increased 5,000 troops": an adjective of the level, no change)
    lost = bool(measure) and measure.startswith(_LOSS_MEASURES) and all(  # type: ignore[union-attr]
        w in _LOSS_VERBS for w in changed)
    if changed and words[-1] not in _NOT_CHANGE and not lost:
        return "change"  # "rose 5 %", "cut by 1,200"; not "rose to", "more than", nor
        # "the army lost 7,700 men" (casualties)
    if words and words[-1] == "by" and _changed_object_by(left, measure):
        return "change"  # "Parmalat overstated its assets by €3.95 billion", "Acme cut its
        # workforce by 1,200": the verb's object between it and "by"
    if len(words) >= 2 and words[-1] == "of" and words[-2] in _CHANGE_NOUNS and not (
            bool(measure) and measure.startswith(_LOSS_MEASURES)  # type: ignore[union-attr]
            and words[-2] in _LOSS_NOUNS):
        return "change"  # "a net loss of five seats", "an increase of 3 %"; not "the loss
        # of 108 lives" (casualties)
    if (at_rate := _AT_RATE.search(left[-80:])) is not None \
            and at_rate.group(1).lower() in _CHANGE:
        return "change"  # "decreased at an annual rate of 3.8 percent", "grew at a rate
        # of 5 percent a year": the change, told as a rate over the period
    if isinstance(value, Quantity):
        unit = (value.unit or "").lower()
        if value.dimension == "rate" or " per " in f" {unit} " or unit.startswith("per "):
            return "rate"
        if unit in ("percent", "%", "per cent") or value.dimension == "percent":
            if after_words and after_words[0].lower().strip(".,;:") in _CHANGE_NOUNS:
                return "change"  # "a 7.71% increase", "a 5 % drop"
            return "share"
    if _rate_after(after_words):
        return "rate"
    if _TOTAL.search(" ".join(words)):
        return "total"
    return "count"


_YEAR_WORD = re.compile(r"1\d{3}|20\d{2}")
#: A verb, then "at a rate of" (an adjective may qualify the rate), right before a
#: figure: "decreased at an annual rate of", "grew at a rate of".
_AT_RATE = re.compile(r"([A-Za-z]+)[ \t]+at[ \t]+an?[ \t]+(?:[A-Za-z-]+[ \t]+)?rate[ \t]+of"
                      r"[ \t]+(?:(?:" + "|".join(map(re.escape, _WORDS["rate_hedges"]))
                      + r")[ \t]+)?\Z")
#: How many words of a verb's object may stand between a verb of change and "by" before
#: its figure ("overstated its total assets by").
OBJECT_BY_WORDS = 3


def _changed_object_by(left: str, measure: str | None) -> bool:
    """Whether the words before a figure are a verb of change, its object and "by",
    perhaps a bound or an approximation after it ("overstated its assets by at least",
    "cut its workforce by nearly"): the figure is by how much, a change. No stop stands
    between ("lost, and its assets by"); "lost" of a loss measure is a loss, as before."""
    words = [w.lower() for w in _last_words(left, len(left), OBJECT_BY_WORDS + 5)]
    for qualifier in (*_CHANGE_QUALIFIERS, *_BY_BOUNDS):
        if len(words) > len(qualifier) and tuple(words[-len(qualifier):]) == qualifier:
            words = words[:-len(qualifier)]
            break
    if len(words) < 3 or words[-1] != "by":
        return False
    if words[-2] not in _CHANGE and (past_verb(words[-2]) or irregular_base(words[-2])):
        return False  # "rose at stores owned by 300 firms": who did it, a passive's "by"
    for k in range(len(words) - 2, max(-1, len(words) - 3 - OBJECT_BY_WORDS), -1):
        word = words[k]
        if word[-1:] in ",;:.()" or (any(map(str.isdigit, word))
                                     and not _YEAR_WORD.fullmatch(word)):
            return False  # (but "overstated its 2003 profits by": a year names the object)
        if k < len(words) - 2 and word in _CHANGE and word not in _UP_DOWN:
            if words[k + 1] in PREPOSITIONS:
                return False  # "prices rose in towns hit by 30 storms": no object
            return not (word in _LOSS_VERBS and bool(measure)
                        and measure.startswith(_LOSS_MEASURES))  # type: ignore[union-attr]
    return False


def _read_past(words: list[str], qualifiers: Sequence[tuple[str, ...]],
               ends: frozenset[str], after: str | None = None) -> list[str]:
    """``words`` without the first of ``qualifiers`` (longest first) they end with, and
    only where ``after`` stands before it when given: the verb of change before a hedge
    ("fell close to", "rose by at least"). ``ends``: the qualifiers' last words; words
    ending in none are returned at once (most figures' are: every qualifier was compared,
    a tuple made for each, at every figure of a document)."""
    if not words or words[-1] not in ends:
        return words
    for qualifier in qualifiers:
        n = len(qualifier)
        if len(words) > n and tuple(words[-n:]) == qualifier \
                and (after is None or words[-n - 1] == after):
            return words[:-n]
    return words


def _changed_by(before_words: list[str]) -> bool:
    """Whether the words right before a length of time say it is what something was
    changed by ("cut down two hours", "was reduced by three days", "extended by a week"):
    a change, not a length ("went down in 12 minutes" is one: "in" stands between)."""
    words = [w.lower().strip(",;:") for w in before_words[-3:]]
    by = bool(words) and words[-1] == "by"
    if by:
        words.pop()
    if words and words[-1] in _UP_DOWN:
        words.pop()
    # (a change word alone only with "by": "snow fell three days", "the river rose three
    # days running" are lengths; "the wait rose by 20 minutes" a change)
    return bool(words) and ((by and words[-1] in _CHANGE) or words[-1] in _CHANGE_BASES
                            or words[-1] in _REVISIONS or past_verb(words[-1]) in _CHANGE_BASES)


def _revised_after(after_words: list[str]) -> bool:
    """Whether the words after a figure say, in the passive, that what it counts was
    taken out of or put into a tally ("Eleven cases were excluded from those reported",
    "one new case was added", "212 ballots had been rejected"): the figure revises a
    count and is never that count ("71 cases"). The passive must come within a few words,
    before any punctuation: "39 cases, which were later excluded" is not read; "had",
    "has" or "have" makes one only with "been" ("212 deputies had rejected the treaty"
    counts those who rejected it)."""
    words: list[str] = []
    for word in after_words[:REVISED_NOUN_WORDS + 3]:
        words.append(word.lower())
        if word[-1:] in ",;:.()":
            break
    for i, word in enumerate(words):
        if word in PASSIVE_WORDS or word in _PERFECT:
            if i > REVISED_NOUN_WORDS:
                return False
            if word in _PERFECT and "been" not in words[i + 1:i + 3]:
                return False  # "eleven states had rejected the amendment": the active
            rest = [w for w in words[i + 1:i + 3] if w not in _REVISION_FILLERS]
            return bool(rest) and rest[0].strip(".,;:()") in _REVISIONS
    return False


def _rate_after(after_words: list[str]) -> bool:
    """Whether the words right after a figure, past what it counts, make it a rate
    ("47,511 per match", "40 a day", "1,200 passengers each trip"); "per share", "per
    cent" name what the measure is counted by anyway, "a year ago" and "a mile from the
    front" are a time and a place, and "41 people, per the coroner" says who counts."""
    words = [w.lower().strip(".,;:()") for w in after_words[:4]]
    if len(words) >= 3 and words[0] not in _RATE_OPENERS and words[1] in _RATE_OPENERS:
        if after_words[0].endswith((",", ";", ":")) and words[1] in _RATE_WORDS:
            return False  # "41 people, per the coroner", "41, per police": who says so
        words = words[1:]  # past the counted noun
    if len(words) < 2:
        return False
    first, noun = words[0], words[1]
    if first in _RATE_WORDS:
        return (noun[:1].isalpha() and noun not in _NOT_RATE_NOUNS) \
            or noun[:1].isdigit()
    return first in _RATE_ARTICLES and (noun in _RATE_NOUNS or noun.rstrip("s") in _RATE_NOUNS) \
        and not (len(words) > 2 and words[2] in _RATE_NOT_BEFORE)


def _measures_across(table: Table, text: str, vocabulary: Measures) -> bool:
    """Whether a table read as one of measures across ("Party Votes % Seats" over rows of
    parties) is one: a column header names a measure and no row's name does. "Candidate
    Smith Jones" over "Popular vote 1,204,118 998,765" is the other way round: there the
    rows name the measures and the columns whose figures they are."""
    if table.columns != "measures":
        return False
    if not any(vocabulary.find(text[s:e]) for s, e in table.header[1:]):
        return False
    return not any(row and vocabulary.find(text[row[0][0]:row[0][1]]) for row in table.rows)


class _Cells:
    """Where a claim sits in a table or after a key: (source, label, column header, column
    number)."""

    def __init__(self, segments: Segments, text: str, vocabulary: Measures) -> None:
        self.text = text
        spans: list[tuple[int, int, str, str | None, tuple[int, int] | None, int]] = []
        for t in segments.tables:
            across = _measures_across(t, text, vocabulary)
            if t.columns == "measures" and not across:
                continue  # the rows name the measures: each is a labelled row (_row)
            source = "measures" if across else "table"
            for row in t.rows:
                first = row[0] if row else None
                # (a row of a table of measures opens with its name, which may hold an
                # ordinal: "1st District"; elsewhere a first cell with a digit is a figure)
                label = text[first[0]:first[1]].strip() if first and first[1] > first[0] and (
                    across or not _DIGIT.search(text[first[0] : first[1]])) else None
                if across and label is not None:
                    # "Republican | Abraham Lincoln | Hannibal Hamlin | 180 | 1,865,908":
                    # every name before the row's first figure says whose its figures are
                    names = list(itertools.takewhile(
                        lambda c: not _DIGIT.search(text[c[0]:c[1]]), row))
                    label = " ".join(text[a:b].strip() for a, b in names if b > a) or label
                for n, cell in enumerate(row):
                    column = t.header[n] if n < len(t.header) else None
                    spans.append((cell[0], cell[1], source, label, column, n))
        for lab in segments.labels:
            spans.append((lab.value[0], lab.value[1], "key_value",
                          text[lab.key[0]:lab.key[1]].strip(), None, 0))
        spans.sort()
        self.spans = spans
        self.starts = [c[0] for c in spans]

    def around(self, claim: Claim) -> tuple[str, str | None, str | None, int] | None:
        """(source, label, column header, column number) of the cell or value holding the
        claim."""
        i = bisect.bisect_right(self.starts, claim.start) - 1
        if i < 0:
            return None
        start, end, source, label, column, index = self.spans[i]
        if not (start <= claim.start and claim.end <= end):
            return None
        return (
            source,
            label or None,
            self.text[column[0] : column[1]].strip() if column else None,
            index,
        )
