"""Scores and votes: "won 7-2", "passed 312 to 176", "a 52-48 vote".

Two numbers joined by a dash or "to" are a range ("15-20 kilometers") unless the words
around them are those of a contest or a vote: then each number belongs to one side, and
the pair is one figure with two terms, compared side by side, never a range. The words
are in ``quantities.toml`` ([scores]); a counted noun or a unit after the numbers keeps
them a range ("won 15-20 seats").
"""

from __future__ import annotations

import re

from claimcheck.plugin import table

from .atoms import Num
from .nouns import counted_noun
from .units import PERCENT_RE, UNIT_RE, alternation

__all__ = ["is_score", "score_sides", "score_subject"]

_TABLE = table("quantities", package="claimcheck.builtin.quantities")["scores"]
_BEFORE = frozenset(_TABLE["before"])
_AFTER = frozenset(_TABLE["after"])
_LEFT_WORDS = 5  # words of the clause before the numbers looked at for a contest word
_CLAUSE_ENDS = frozenset(".;:!?()[]")
_NEXT_WORD_RE = re.compile(r"[ \t\u00a0]*-?[ \t\u00a0]*(?P<w>[^\W\d_]+)")


def _contest_before(tokens: list[str]) -> bool:
    """A contest or vote word among the last words of the clause (lower-cased tokens)."""
    seen = 0
    for tok in reversed(tokens):
        if tok in _CLAUSE_ENDS:
            return False
        if tok.isalpha():
            if tok in _BEFORE:
                return True
            seen += 1
            if seen == _LEFT_WORDS:
                return False
    return False


def is_score(text: str, a: Num, b: Num, left_tokens: list[str]) -> bool:
    """Whether ``a`` and ``b`` (joined by a dash or "to") are a score or a vote.

    Both are whole numbers in digits, with no currency, unit or counted noun after them,
    and a contest noun stands right after ("a 48-52 vote"), or a contest or vote word in
    the clause before and the larger number first ("won 7-2", "the Senate voted 52-48")
    or named sides ("Brazil lost to Italy 2-3").
    """
    for n in (a, b):
        if not n.digits or n.currency or not float(n.value).is_integer() or n.value < 0:
            return False
        if "." in n.raw or n.raw != text[n.start:n.end]:
            return False  # "4.2bn": scaled numbers are amounts
    nm = _NEXT_WORD_RE.match(text, b.end)
    if nm and nm.group("w").lower() in _AFTER:
        return True
    if not _contest_before(left_tokens):
        return False
    if UNIT_RE.match(text, b.end) or PERCENT_RE.match(text, b.end):
        return False
    if counted_noun(text, b.end, singular=False) is not None:
        return False
    # larger first, as scores are written ("won 7-2"); "a margin of 5-10" is a range
    # unless the sides are named ("Brazil lost to Italy 2-3")
    return a.value >= b.value or score_sides(text, a.start, b.end, a.value, b.value) is not None


# -- which side is which ------------------------------------------------------------------

_SIDES = _TABLE["sides"]
_OUTCOME = {verb: outcome for outcome in ("won", "lost", "drew") for verb in _SIDES[outcome]}
_NAME = r"[A-Z][\w'’.&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.&-]*)*"
_VERBS = alternation(_OUTCOME)
_LOWER_WORDS = r"(?:[ \t]+[a-z][\w'’]*){0,4}"
#: "Arsenal beat Chelsea in the final 3-1"
_BEFORE_SIDES_RE = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?P<a>" + _NAME + r")[ \t]+(?P<v>" + _VERBS + r")[ \t]+"
    r"(?:the[ \t]+)?(?P<b>" + _NAME + r")" + _LOWER_WORDS + r"[ \t]*,?[ \t]*(?:by[ \t]+)?$"
)
#: "Arsenal won 3-1 against Chelsea": the first side before, the other after
_SUBJECT_RE = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?P<a>" + _NAME + r")[ \t]+(?P<v>" + _VERBS + r")"
    + _LOWER_WORDS + r"[ \t]*,?[ \t]*(?:by[ \t]+)?$"
)
_AGAINST_RE = re.compile(
    r"[ \t]+(?:" + alternation(_TABLE["against"]) + r")[ \t]+(?:the[ \t]+)?(?P<b>" + _NAME + ")"
)
_SENTENCE_END_RE = re.compile(r"(?<![A-Z])[.!?][\"'”’)]?\s+(?=[A-Z\"“‘(])|\n")


def score_sides(text: str, start: int, end: int, first: float, second: float
                ) -> tuple[str, str] | None:
    """The sides a score's two numbers belong to, in the order the numbers are written.

    Only when both sides are named and the verb says who won: "Arsenal beat Chelsea 3-1"
    -> (Arsenal, Chelsea); "Brazil lost to Italy 3-2" -> (Italy, Brazil), the winner's
    score written first; "Brazil lost to Italy 2-3" -> (Brazil, Italy). None otherwise.
    """
    window = text[max(0, start - 160):start]
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(window)]
    if ends:
        window = window[ends[-1]:]
    m = _BEFORE_SIDES_RE.search(window)
    if m:
        a, b, verb = m.group("a"), m.group("b"), m.group("v")
    else:
        m = _SUBJECT_RE.search(window)
        after = _AGAINST_RE.match(text, end) if m else None
        if m is None or after is None:
            return None
        a, b, verb = m.group("a"), after.group("b"), m.group("v")
    a, b = _clean(a), _clean(b)
    outcome = _OUTCOME[verb]
    if outcome == "drew":
        return (a, b) if first == second else None
    if first == second:
        return None
    winner, loser = (a, b) if outcome == "won" else (b, a)
    if first > second:
        return winner, loser  # written winner first
    return (a, b) if outcome == "lost" else None  # "lost 2-3": the first side's score first


def _clean(name: str) -> str:
    """"Chelsea." -> "Chelsea": a sentence's full stop is no part of a name ("U.S." keeps)."""
    last = name.rsplit(None, 1)[-1]
    if last.endswith(".") and last.count(".") == 1:
        return name[:-1]
    return name


_CONTEST_VERBS = alternation(sorted(_BEFORE | set(_OUTCOME)))
#: the noun phrase before a contest or vote verb: "The House passed the bill 312 to 176"
_CONTEST_SUBJECT_RE = re.compile(
    r"(?:^|[,;:][ \t]*)(?P<np>(?:[Tt]he[ \t]+)?[A-Z][\w'’.&-]*(?:[ \t]+[\w'’.&-]+){0,4}?)"
    r"[ \t]+(?:(?:has|have|had|was|were|is|are)[ \t]+)?(?:" + _CONTEST_VERBS + r")\b"
)


def score_subject(sides: tuple[str, str] | None, prefix: str) -> str | None:
    """What a score is about: its two sides ("Red Sox and Yankees", in a fixed order so
    that "the Yankees beat the Red Sox" and "the Red Sox lost to the Yankees" meet), else
    the noun phrase before the verb of its clause ("The House" passed a bill 312 to 176)."""
    if sides:
        return " and ".join(sorted(sides, key=str.lower))
    m = _CONTEST_SUBJECT_RE.search(prefix[-160:])
    return m.group("np") if m else None
