"""The subject of a clause among the words before its verb, and a noun phrase's end.

The words before a verb hold more than its subject: an opening phrase with no comma ("In
August 1950 American planes ..."), a time ("That day the ministers ..."), adverbs ("The
army later ..."), a date ("the Soviet government on June 23 put forward"). Statements
meet their counterparts by subject, so the subject must be the bare noun phrase.
"""

from __future__ import annotations

from claimcheck.plugin import DETERMINERS, MONTH_NAMES, PREPOSITIONS

from .clause_words import DISCOURSE, ClauseWords, word_lists
from .shapes import is_adverb
from .tokens import DIGIT, Token

__all__ = ["noun_phrase", "subject_of"]

#: Adverbials cut from the end of a subject, in the order they are tried.
_TRAILING_ADVERBIALS = tuple(tuple(phrase) for phrase in word_lists()["adverbs"]["trailing"])
_TRAILING_LAST = frozenset(phrase[-1] for phrase in _TRAILING_ADVERBIALS)
_TIME_NOUNS = frozenset(word_lists()["subjects"]["time_nouns"])
_TIME_OPENERS = frozenset(word_lists()["subjects"]["time_openers"])


def subject_of(toks: list[Token], lex: ClauseWords) -> list[Token]:
    """The subject among the words before the verb: without an opening phrase or
    adverbs ("In August 1950 American planes" -> "American planes")."""
    words = [t for t in toks if t.text != "," and not t.quoted and t.text not in "“”‘’\"'"]
    while words and (words[0].lower in lex.coordinators or words[0].lower in DISCOURSE):
        words = words[1:]
    # "That day the ministers ...", "The next morning the army ...": a time, not a subject
    for k in range(1, min(4, len(words) - 1)):
        if words[k].lower in _TIME_NOUNS and words[0].lower in _TIME_OPENERS:
            words = words[k + 1:]
            break
    changed = True
    while changed and words:
        changed = False
        if words[-1].lower not in _TRAILING_LAST and not is_adverb(words[-1].lower):
            break
        for phrase in _TRAILING_ADVERBIALS:
            n = len(phrase)
            if len(words) > n and tuple(w.lower for w in words[-n:]) == phrase:
                words = words[:-n]
                changed = True
        if len(words) > 1 and is_adverb(words[-1].lower):
            words = words[:-1]
            changed = True
        if len(words) > 1 and words[-1].lower in lex.hedge_adverbs:
            words = words[:-1]
            changed = True
    if words and words[0].lower in PREPOSITIONS:
        cut = _opening_phrase(words)
        words = words[cut:] if cut < len(words) else words[-1:]
    # "the Soviet government on June 23 put forward": the date is not the subject's
    k = len(words)
    while k > 1 and (DIGIT.search(words[k - 1].text) or words[k - 1].lower in MONTH_NAMES
                     or words[k - 1].text == ","):
        k -= 1
    if k < len(words) and k > 1 and words[k - 1].lower in PREPOSITIONS:
        words = words[:k - 1]
    return words


def _opening_phrase(words: list[Token]) -> int:
    """Where an opening phrase with no comma ends: "In August 1950 | American planes",
    "In this period | Kim Il Sung", "By the end of May 1950 | the General Staff"."""
    n = len(words)
    i = 0
    while i < n and words[i].lower in PREPOSITIONS:
        i += 1
        if i < n and words[i].lower in DETERMINERS:
            i += 1
        start = i
        while i < n:
            w = words[i]
            if w.lower in PREPOSITIONS or w.lower in DETERMINERS:
                break
            if DIGIT.search(w.text) or w.lower in MONTH_NAMES:
                while i < n and (DIGIT.search(words[i].text) or words[i].lower in MONTH_NAMES
                                 or words[i].text == "," or _era(words, i)):
                    i += 1
                return i
            if i > start and w.text[0].isupper() and not words[i - 1].text[0].isupper():
                return i
            i += 1
        if i < n and words[i].lower in DETERMINERS:
            return i
    return i


#: Era words after a year: part of the date of an opening phrase, not of the subject.
_ERAS = frozenset(word_lists()["subjects"]["eras"])


def _era(words: list[Token], i: int) -> bool:
    t = words[i].text
    return t in _ERAS or (t == "." and i > 0 and words[i - 1].text in _ERAS)


def noun_phrase(toks: list[Token]) -> list[Token]:
    """The noun phrase that opens ``toks``: up to a mark, a preposition or a relative
    ("there were | 300 troops | in the town"), at most eight words."""
    out = []
    for t in toks:
        if t.text in (",", ".", ";", ":") or (out and t.lower in PREPOSITIONS) or (
                out and t.lower in ("that", "which", "who")):
            break
        out.append(t)
    return out[:8]
