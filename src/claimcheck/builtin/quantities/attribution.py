"""Who says so: "according to U.S. intelligence", "Appleman estimated", "the report put".

A figure stated as someone's estimate is that source's claim, and two sources may
disagree without either text being wrong; the report names them. Attribution phrases
are found once per sentence, and each figure takes the best-ranked phrase before it.
A source is named by its name alone: a wire story's dateline before it ("LONDON, March 3
(AP) — The ministry said"), a bracketed tag and a date phrase after it ("Acme Corp on
Nov 2") are cut off (``source_name``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from claimcheck.plugin import DETERMINERS, MONTHS, PREPOSITIONS, table

from .subjects import LEAD_RE
from .units import alternation

__all__ = ["Attributions", "attribution", "attribution_candidates", "source_name"]

#: Work done, counted for tests that compare two sizes of one input (tests/test_hostile.py)
WORK: Counter[str] = Counter()

_WORDS = table("attribution", package=__package__)


def _words(key: str) -> str:
    return "|".join(sorted(map(re.escape, _WORDS[key]), key=lambda w: (-len(w), w)))


_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=lambda w: (-len(w), w)))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
#: "Nov. 2", "March 3, 2024", "2 June 1950", "Monday, Nov. 2"; a month alone is a name
#: as often as a date ("March Capital").
_DATE = (rf"(?i:(?:\b(?:{_words('weekdays')}),?[ \t]+)?"
         rf"(?:\b(?:{_MONTH})\b\.?[ \t]+{_DAY}(?:,?[ \t]+\d{{4}}\b)?"
         rf"|\b{_DAY}[ \t]+(?:{_MONTH})\b\.?(?:,?[ \t]+\d{{4}}\b)?"
         rf"|\b(?:{_MONTH})\b\.?,?[ \t]+\d{{4}}\b))")
#: An agency in brackets, "(Reuters)", "(Dow Jones)"; not an aside ("(a Monday)").
_TAG = r"\([A-Z][\w.&/'-]*(?:[ \t]+[A-Z][\w.&/'-]*){0,3}\)"
_DASH = r"(?:--?|—|–)"
#: A place in capitals ("LONDON", "NEW YORK") opening a dateline.
_PLACE = r"[A-Z][A-Z.'’&-]+(?![a-z])(?:[ \t]+[A-Z][A-Z.'’&-]+(?![a-z]))*"
_DATELINE_RE = re.compile(
    rf"^[ \t]*(?:(?P<place>{_PLACE})[ \t]*,?[ \t]*)?(?:(?P<date>{_DATE})[ \t]*,?[ \t]*)?"
    rf"(?P<tag>{_TAG})?[ \t]*(?P<dash>{_DASH})?[ \t]*")
#: "on Nov 2", "Tuesday", "yesterday", "last week", "in March" after a source's name.
_DATED_TAIL_RE = re.compile(
    rf"(?i:(?:^|[ \t,]+)(?:(?:{_words('prepositions')})[ \t]+)?"
    rf"(?:{_DATE}|\b(?:{_words('weekdays')}|{_words('days')})\b"
    rf"|\b(?:{_words('relative')})[ \t]+(?:{_words('time_nouns')})\b)"
    rf"|[ \t,]+(?:{_words('prepositions')})[ \t]+(?:{_MONTH})\b\.?)[ \t]*[.,]?[ \t]*$")
#: Brackets at either end of a name: "(Reuters) Acme", "the U.S. Geological Survey (USGS)".
_EDGE_BRACKETS_RE = re.compile(r"^[ \t]*\([^()]{1,40}\)|\([^()]{1,40}\)[ \t]*$")


def source_name(who: str) -> str:
    """A source cut to its name: "Nov 2 (Reuters) Acme Corp" -> "Acme Corp", "March 3
    (AP) — The ministry" -> "The ministry", "officials yesterday" -> "officials"; the
    empty string when nothing of a name is left, or words that cannot be one ("with an"
    of "on April 18 with an estimated magnitude")."""
    while True:
        before = who
        m = _DATELINE_RE.match(who)
        if m and (m.group("date") or m.group("tag")) and m.end() < len(who):
            who = who[m.end():]  # a place alone ("NATO officials") is part of the name
        who = _EDGE_BRACKETS_RE.sub("", who)
        who = _DATED_TAIL_RE.sub("", who)
        who = who.strip(" \t,;:-—–")
        if who == before:
            break
    words = who.split()
    if words and (words[0] in PREPOSITIONS or words[-1].lower() in DETERMINERS):
        return ""
    return who


_NOT_SOURCES = frozenset(
    table("quantities", package="claimcheck.builtin.quantities")["attribution"]["not_sources"]
)

#: The last words of what stands before a verb of telling that make it no source but what
#: was counted ("the number reported as lost", "the 500 reported wounded"): quantities.toml.
_NOT_SOURCE_HEADS = frozenset(
    table("quantities", package="claimcheck.builtin.quantities")["attribution"]["not_source_heads"]
)
_FIGURE_RE = re.compile(r"\d[\d,.]*")


def _counted_not_teller(who: str) -> bool:
    """Whether the words before a verb of telling are what was counted, no source: a
    tally's noun ("the number", "the total", "those") or a figure ("the 500"), with no
    more than determiners and lower-case words before it. A name or an owner before the
    noun keeps it a source ("Ministry figures", "Reuters' count", "the army's count"),
    and so do words around a figure ("Flight 93", "The G20", "A survey of 2,000", "The
    census of 1901")."""
    words = who.split()
    rest = [w for w in words[:-1] if w.lower() not in DETERMINERS]
    if words[-1].lower() in _NOT_SOURCE_HEADS:
        return not any(w[:1].isupper() or w.endswith(("'", "'s", "\u2019", "\u2019s"))
                       for w in rest)
    return not rest and _FIGURE_RE.fullmatch(words[-1]) is not None

_VERB_WORDS = ("said says say estimated estimates expected expect expects reported claimed "
               "announced announces stated states believed believe believes put puts credited "
               "credits judged judges calculated reckoned argued argues insisted insists asserted "
               "asserts told wrote writes found finds concluded counted forecast forecasts "
               "projected predicted").split()
_VERBS = "(?:" + "|".join(_VERB_WORDS) + ")"
_ING_WORDS = ("claiming", "saying", "reporting", "asserting", "estimating", "arguing")
_ING = "(?:" + "|".join(_ING_WORDS) + ")"
_ATTRIB_PATTERNS = [
    re.compile(r"\baccording[ \t]+to[ \t]+(?P<who>(?:[^,;:.]|\.(?=\S)|(?<=\b[A-Z])\.){2,80}?)"
               r"(?=[,;:]|$|[ \t]+(?:by|the|in|on|at)\b)", re.IGNORECASE),
    re.compile(r"(?P<who>[^,;:]{2,80}?),?[ \t]+according[ \t]+to[ \t]+(?:which|whom)\b",
               re.IGNORECASE),
    re.compile(
        r"(?<![\w.])(?P<who>(?:[A-Z]|[a-z]+[ \t]+[a-z])"
        r"(?:[^,;:.]|[,.](?=[ \t]*\d)|\.(?=\S)|(?<=\b[A-Z])\.){1,80}?)[ \t]+"
        r"(?:had[ \t]+|have[ \t]+|has[ \t]+)?"
        rf"(?:later[ \t]+|also[ \t]+)?{_VERBS}\b",
    ),
    re.compile(rf"(?P<who>[^,;:]{{2,80}}?),?[ \t]+{_ING}[ \t]+that\b", re.IGNORECASE),
]
#: What each pattern cannot match without: a sentence that lacks it is not searched (the
#: patterns try up to 80 characters at every word, which a long run pays for nothing)
_ATTRIB_KEYS = [
    re.compile(r"\baccording[ \t]+to[ \t]", re.IGNORECASE),
    re.compile(r"[ \t]according[ \t]+to[ \t]+(?:which|whom)\b", re.IGNORECASE),
    re.compile(rf"[ \t]{_VERBS}\b"),
    re.compile(rf"[ \t]{_ING}[ \t]+that\b", re.IGNORECASE),
]
#: The same keys for a lowered ASCII sentence (lower case is there what the case-blind
#: keys read; the one key that minds case reads more, which only lets its pattern decide),
#: written so that the engine skips to where they may start: "according" first, the verbs
#: as trees of letters behind a blank (the keys above try a ``\b`` and then each word at
#: every character, or every word at every blank).
_LOWER_KEYS = [
    re.compile(r"according[ \t]+to[ \t]"),
    re.compile(r"according[ \t]+to[ \t]+(?:which|whom)\b"),
    re.compile(r"[ \t](?:" + alternation(_VERB_WORDS, ignore_case=False) + r")\b"),
    re.compile(r"[ \t](?:" + alternation(_ING_WORDS, ignore_case=False) + r")[ \t]+that\b"),
]
_ATTRIB_TRIM_RE = re.compile(r"^(?:.*\b(?:that|which|and|but|while|when|as)\b[ \t]+)?",
                             re.IGNORECASE)
_RELATIVE_RE = re.compile(r"\b(?:which|that|who|whom)\b", re.IGNORECASE)
#: ", which the official history judged more accurate," between a source and its verb
_RELATIVE_CLAUSE_RE = re.compile(r",[ \t]+(?:which|who|whom|whose)\b[^,;:]{1,80},")
#: A verb in the passive: its subject is what was said, found or reported.
_PASSIVE_END_RE = re.compile(r"\b(?:was|were|is|are|be|been|being)$", re.IGNORECASE)
#: "A State Department report sent from Seoul on May 11, 1950": the source is the head
_SOURCE_TAIL_RE = re.compile(
    r"[ \t]+(?:sent|dated|received|compiled|from|in|on)"
    r"\b.*$", re.IGNORECASE)


def attribution_candidates(sentence: str) -> list[tuple[int, int, str]]:
    """(priority, end offset, who) for every attribution phrase in a sentence, found once.

    "according to" outranks a reporting verb: in "This figure is higher than the estimates
    of U.S. intelligence, according to which ..." the source is U.S. intelligence.
    """
    found: list[tuple[int, int, str]] = []
    # blank out ", which the official history judged more accurate," (same length, so
    # offsets hold) so that "Later reports ... put" reads as the source and its verb
    sentence = _RELATIVE_CLAUSE_RE.sub(lambda m: " " * len(m.group()), sentence)
    keys, keyed = (_LOWER_KEYS, sentence.lower()) if sentence.isascii() else (
        _ATTRIB_KEYS, sentence)
    for priority, rx in enumerate(_ATTRIB_PATTERNS):
        if not keys[priority].search(keyed):
            continue
        for m in rx.finditer(sentence):
            raw = m.group("who")
            clause = sentence[max(0, m.start() - 80):m.start()]
            clause = re.split(r"[,;:]", clause)[-1]
            if priority >= 2 and (_RELATIVE_RE.search(raw) or _RELATIVE_RE.search(clause)):
                continue  # "which the official history judged": not the source of the figure
            if priority >= 2 and _PASSIVE_END_RE.search(raw):
                continue  # "8,427 cases were reported", "1,500 pieces were found": what
                # was told, not who told it
            who = _ATTRIB_TRIM_RE.sub("", raw).strip(" \t,.")
            who = LEAD_RE.sub("", who).strip()
            who = source_name(_SOURCE_TAIL_RE.sub("", source_name(who)).strip(" \t,"))
            if rx is _ATTRIB_PATTERNS[1]:
                who = re.split(r"\b(?:of|than)\b", who)[-1].strip()
            if not who or len(who.split()) > 8:
                continue
            if who.lower() in _NOT_SOURCES:
                continue
            if priority >= 2 and _counted_not_teller(who):
                continue  # "the number reported as lost", "the 500 reported wounded": what
                # was counted, not who told it
            found.append((0 if priority < 2 else 1, m.end(), who))
    return found


def attribution(candidates: list[tuple[int, int, str]], pos: int) -> str | None:
    """The attribution in force at ``pos``: the best-ranked, then the latest, before it."""
    return Attributions(candidates).at(pos)


class Attributions:
    """A sentence's attribution candidates, indexed once: each figure asks in log time
    (a sentence of many figures and many "X said" is not read once per figure)."""

    def __init__(self, candidates: list[tuple[int, int, str]]) -> None:
        WORK["candidates"] += len(candidates)
        ordered = sorted(candidates, key=lambda c: c[1])  # by end; ties keep their order
        self.ends = [c[1] for c in ordered]
        self.best: list[tuple[int, int, str]] = []  # the best ending at or before each end
        for cand in ordered:
            best = self.best[-1] if self.best else None
            self.best.append(cand if best is None or (cand[0], -cand[1]) < (best[0], -best[1])
                             else best)

    def at(self, pos: int) -> str | None:
        """The attribution in force at ``pos``: the best-ranked, then the latest, before it."""
        WORK["lookups"] += 1
        i = bisect.bisect_right(self.ends, pos) - 1
        return self.best[i][2] if i >= 0 else None
