"""The verb group: auxiliaries, modals, negators and adverbs up to the main verb.

"could not have been formed" is one verb, "form", passive, denied, possible. The group
decides the statement's predicate, its polarity and its modality, and where the words
after the verb begin. It also reads the verbs whose infinitive carries the event
("refused to sign" is "sign", denied; "voted to accept" is "accept"), and a copula with
its complement as one predicate ("were against" is "oppose").
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.plugin import PREPOSITIONS

from .clause_words import ClauseWords, lemma, word_lists
from .shapes import is_adverb, is_gerund, is_participle, verb_lemma
from .tokens import DIGIT, Token, join

__all__ = ["VerbGroup", "copular_predicate", "verb_group"]

_WORDS = word_lists()
_GROUP_ADVERBS = frozenset(_WORDS["adverbs"]["in_group"])
#: "not only ... but", "not just": the denial is of the limit, not of the verb.
_NOT_DENIALS = frozenset(_WORDS["negation"]["not_denials"])
#: Adjectives that carry a frame after "it is": not adverbs, whatever their ending.
_FRAME_ADJECTIVES = frozenset(_WORDS["frames"]["adjectives"])
_GROUP_PHRASES = frozenset(tuple(phrase) for phrase in _WORDS["adverbs"]["group_phrases"])
_DO = frozenset(_WORDS["do"])
_HAVE = frozenset(_WORDS["have"])
_CONTRACTED: dict[str, str] = dict(_WORDS["verb_forms"]["contracted"])
#: "were unable to sell": adjectives that deny the infinitive after a copula.
_DENYING_ADJECTIVES = frozenset(_WORDS["negation"]["adjectives"])


@dataclass
class VerbGroup:
    """What a verb group says: its main verb's lemma, polarity, modality and voice."""

    end: int  # the token after the group
    lemma: str = ""
    negative: bool = False
    negation: str | None = None
    modality: str | None = None
    copula: bool = False
    passive: bool = False



def _uncontracted(lower: str) -> str:
    """The verb inside a negative contraction: "didn't" -> "did", "cannot" -> "can"."""
    if lower in _CONTRACTED:
        return _CONTRACTED[lower]
    return lower[:-3] if lower.endswith("n't") else lower


def verb_group(toks: list[Token], at: int, lex: ClauseWords) -> VerbGroup:
    """The verb group from ``at``: auxiliaries, modals, negators and adverbs up to the
    main verb ("could not have been formed"); "failed to sign" reads as "sign", denied."""
    group = VerbGroup(end=at)
    head: str | None = None  # the last verb read, uncontracted
    before: str | None = None  # the verb before it
    n = len(toks)
    k = at
    while k < n:
        t = toks[k]
        lower = t.lower
        if t.quoted or not t.alpha:
            break
        if head is not None:
            if lower in lex.negators or lower == "n't":
                if lower == "not" and k + 1 < n and toks[k + 1].lower in _NOT_DENIALS:
                    k += 2  # "not only ... but", "not merely": no denial
                    continue
                group.negative, group.negation = not group.negative, t.text
                k += 1
                continue
            if lower in _NOT_DENIALS and group.negative and (
                    toks[k - 1].lower in lex.negators or toks[k - 1].lower.endswith("n't")):
                group.negative, group.negation = False, None  # "didn't just win": it won
                k += 1
                continue
            if (is_adverb(lower) and lower not in _FRAME_ADJECTIVES) or lower in _GROUP_ADVERBS:
                k += 1
                continue
            if k + 1 < n and (lower, toks[k + 1].lower) in _GROUP_PHRASES:
                k += 2
                continue
            if not _continues(head, t, lex):
                break
        base = _uncontracted(lower)
        if base != lower:  # "didn't", "cannot"
            group.negative, group.negation = not group.negative, t.text
        if base in lex.modals and group.modality is None:
            group.modality = lex.modals[base]
        before, head = head, base
        k += 1
        if base not in lex.auxiliaries and base not in lex.modals:
            break  # the main verb
    group.end = k
    if head is None:
        return group
    if head in lex.be:
        group.copula = True
        group.lemma = "be"
    elif head in lex.modals:
        group.lemma = head
    else:
        group.lemma = verb_lemma(head, lex)
        group.passive = before in lex.be and is_participle(head, lex)
    # "refused to sign", "has yet to approve", "were unable to sell": "sign", denied
    denial = None
    if k + 1 < n and toks[k].lower == "to" and (
            group.lemma in lex.negating_verbs or (head in _HAVE and toks[k - 1].lower == "yet")):
        denial = k + 1
    elif group.copula and k + 2 < n and toks[k].lower in _DENYING_ADJECTIVES and \
            toks[k + 1].lower == "to":
        denial = k + 2
    if denial is not None and toks[denial].alpha:
        group.negative = not group.negative
        group.negation = group.negation or join(toks[at:denial])
        group.lemma = lemma(toks[denial].lower)
        group.copula = group.passive = False
        group.end = denial + 1
        return group
    # "voted to accept the offer": the event is the accepting; "tried to capture": an
    # attempt, which says nothing of whether it happened
    if group.lemma in lex.control and k + 1 < n and toks[k].lower in PREPOSITIONS and \
            toks[k].lower != "to":  # "voted on Thursday to accept": step over the phrase
        to = next((j for j in range(k + 1, min(n, k + 5)) if toks[j].lower == "to"), None)
        if to is not None and all(toks[j].alpha or DIGIT.search(toks[j].text)
                                  for j in range(k, to)):
            k = to
    if group.lemma in lex.control and k + 1 < n and toks[k].lower == "to" and \
            toks[k + 1].alpha and (lemma(toks[k + 1].lower) == toks[k + 1].lower
                                   or toks[k + 1].lower in lex.verbs):
        mode = lex.control[group.lemma]
        if mode is not None:
            group.modality = group.modality or mode
        group.lemma = lemma(toks[k + 1].lower)
        group.copula = group.passive = False
        group.end = k + 2
        return group
    # "was found not guilty": the denial follows the verb
    if k + 1 < n and toks[k].lower in ("not", "never") and toks[k + 1].alpha and \
            toks[k + 1].lower not in _NOT_DENIALS and toks[k + 1].lower != "to" and \
            not group.copula:
        group.negative = not group.negative
        group.negation = group.negation or toks[k].text
        group.end = k + 1
    return group


def _continues(head: str, t: Token, lex: ClauseWords) -> bool:
    """Whether ``t`` is the next verb of a group whose last verb is ``head``."""
    lower = _uncontracted(t.lower)
    if head in lex.modals or head in _DO:
        return lower in lex.be or lower in _HAVE or (not t.text[0].isupper() and (
            lemma(lower) == lower or lower in lex.verbs))
    if head in _HAVE:
        return lower in ("been",) or (is_participle(lower, lex) and lower not in (
            "more", "less"))
    if head in lex.be:
        return lower in ("been", "being") or is_participle(lower, lex) or is_gerund(t) \
            or (lower == "going")
    return False


def copular_predicate(objects: list[Token], lex: ClauseWords) -> tuple[str, int] | None:
    """A copula's complement read as one predicate: ("oppose", 1) for "against X"."""
    lowers = [t.lower for t in objects[:3]]
    for phrase, predicate in lex.copular.items():
        if tuple(lowers[: len(phrase)]) == phrase:
            return predicate, len(phrase)
    return None
