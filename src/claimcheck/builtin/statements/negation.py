"""Denials the verb group does not carry: in the subject, the object, or the word order.

"No agreement was reached" and "signed nothing" deny their statements with no "not" at
the verb; "did not invade until June" denies the date, not the invasion, and a later
comparison must know it; "Not until 1945 did the war end" inverts its words, which the
splitter does not read. A false denial turns an agreement into a contradiction, so each
rule here also says what is not a denial ("No fewer than 300 troops", "nothing but").
"""

from __future__ import annotations

from claimcheck.plugin import PREPOSITIONS

from .clause_words import ClauseWords, word_lists
from .tokens import Token

__all__ = ["denies_object", "denies_subject", "inverted", "negation_focus"]

_NEGATION = word_lists()["negation"]
#: Words a denial may be about instead of the event ("until", "above", "because").
_FOCUS = frozenset(_NEGATION["focus"])
#: Openings that invert the word order; (word, None) when one word is enough.
_INVERSIONS = frozenset(
    (phrase[0], phrase[1] if len(phrase) > 1 else None) for phrase in _NEGATION["inversions"]
)
_NOT_IN_SUBJECT = frozenset(_NEGATION["not_in_subject"])
_LIMITING = frozenset(_NEGATION["limiting"])
_LIMITED = frozenset(_NEGATION["limited"])
_OBJECTS = frozenset(_NEGATION["objects"])
_NOT_AFTER_OBJECT = frozenset(_NEGATION["not_after_object"])


def denies_subject(subject: list[Token], lex: ClauseWords) -> bool:
    """"No agreement", "Not a single soldier", "Hardly any troops"; not "No fewer than
    300 troops" or "Nobody but the general"."""
    first = subject[0].lower
    second = subject[1].lower if len(subject) > 1 else ""
    if second in _NOT_IN_SUBJECT:
        return False
    if first in lex.negative_determiners:
        return True
    return first in _LIMITING and second in _LIMITED


def denies_object(objects: list[Token]) -> bool:
    """"signed nothing", "reached no agreement"; not "no more than", "nothing but"."""
    return bool(objects) and objects[0].lower in _OBJECTS and not (
        len(objects) > 1 and objects[1].lower in _NOT_AFTER_OBJECT)


def negation_focus(objects: list[Token], copula: bool) -> str | None:
    """The word a denial may be about instead of the event, if the clause has one."""
    for n, t in enumerate(objects):
        if t.quoted:
            continue
        if t.lower in _FOCUS:
            return t.text
        if n == 0 and copula and len(t.lower) > 4 and t.lower.startswith(("un", "in", "im")):
            return t.text  # "was not unlike", "not insignificant": litotes
    return None


def inverted(toks: list[Token]) -> bool:
    """"Not until 1945 did the war end", "Rarely had ...": a word order this splitter
    does not read; better no statement than a wrong one."""
    if len(toks) < 2:
        return False
    first, second = toks[0].lower, toks[1].lower
    if first in PREPOSITIONS and second == "no":
        return True  # "At no time were ...", "Under no circumstances will ..."
    return (first, second) in _INVERSIONS or (first, None) in _INVERSIONS
