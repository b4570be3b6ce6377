"""Statements: one claim per clause, so sources can be compared on what they say happened.

Each sentence of the body and the footnotes is split by ``clauses.split_sentence``; each
clause becomes a ``statement`` claim whose ``extra`` holds the predicate lemma, the object
words, polarity, modality and the spans of its parts. A pronoun subject ("They did not
support ...") is read as the last named subject of the same passage, so that the
statement meets its counterparts under the right entity.
"""

from __future__ import annotations

import copy
from typing import Any

from claimcheck.plugin import Claim, maker

from .clause_words import ANAPHORIC, word_lists
from .clauses import Clause, split_sentence

__all__ = ["statement_claims"]

_WORDS = word_lists()
#: Passages whose sentences carry statements: running text and its notes.
STATEMENT_PASSAGES = frozenset(_WORDS["claims"]["passages"])
_PERSONAL = frozenset(_WORDS["pronouns"]["personal"])
_GENERIC = frozenset(_WORDS["pronouns"]["generic"])


#: each statement's Claim made at once (``maker`` sets the slots straight: ``built`` tests
#: each field against a dict, at twice the cost)
_CLAIM = maker(Claim)


def statement_claims(document: Any, segments: Any) -> list[Claim]:
    text = document.text
    claims: list[Claim] = []
    last_subject: dict[int, str] = {}  # per passage: what "they" and "it" refer to
    last_person: dict[int, str] = {}  # per passage: what "he" and "she" refer to
    # a sentence's clauses are read from its text alone: one met before in this document
    # (a copied paragraph, a repeated line) is split once, its clauses moved to its place
    split: dict[str, list[Clause]] = {}
    for sentence in segments.sentences:
        passage = segments.passages[sentence.passage]
        if passage.kind not in STATEMENT_PASSAGES:
            continue
        s_text = text[sentence.start:sentence.end]
        clauses = split.get(s_text)
        if clauses is None:
            if len(split) >= _MEMO_SENTENCES:
                split.clear()
            clauses = split[s_text] = split_sentence(s_text, 0)
        for clause in _moved(clauses, sentence.start) if sentence.start else clauses:
            subject = (clause.subject or "").lower()
            refers_to = None
            if subject in _PERSONAL:
                refers_to = last_person.get(sentence.passage)
            elif subject in ANAPHORIC:
                refers_to = last_subject.get(sentence.passage)
            elif clause.subject and subject not in _GENERIC:
                last_subject[sentence.passage] = clause.subject
                if _person_like(clause.subject):
                    last_person[sentence.passage] = clause.subject
            claims.append(_claim(document, clause, (sentence.start, sentence.end),
                                 passage.kind, refers_to))
    return claims


#: How many sentences' clauses a document's memo holds before it starts again.
_MEMO_SENTENCES = 4096


def _moved(clauses: list[Clause], base: int) -> list[Clause]:
    """The clauses of a sentence read at offset 0 (``split_sentence(text, 0)``), at offset
    ``base``: what ``split_sentence(text, base)`` gives (its offsets are the tokens',
    ``base`` added to each; nothing it decides reads where the sentence stands)."""
    out = []
    for clause in clauses:
        moved = copy.copy(clause)
        moved.start += base
        moved.end += base
        moved.verb_span = (clause.verb_span[0] + base, clause.verb_span[1] + base)
        if clause.subject_span is not None:
            moved.subject_span = (clause.subject_span[0] + base, clause.subject_span[1] + base)
        if clause.attribution_span is not None:
            moved.attribution_span = (clause.attribution_span[0] + base,
                                      clause.attribution_span[1] + base)
        if clause.context:
            moved.context = tuple((s + base, e + base) for s, e in clause.context)
        out.append(moved)
    return out


#: Words that make a named subject an institution rather than a person.
_INSTITUTIONS = frozenset(_WORDS["claims"]["institutions"])
#: Words that open a description, not a name.
_DESCRIBING = frozenset(_WORDS["claims"]["describing"])


def _person_like(subject: str) -> bool:
    """A name that "he" or "she" may stand for: capitalised, no article, no institution
    ("Beethoven", "General Ridgway"; not "The Philharmonic Society of London")."""
    words = subject.split()
    return bool(words) and words[0][0].isupper() and words[0].lower() not in _DESCRIBING \
        and not any(_bare(w) in _INSTITUTIONS for w in words)


def _bare(word: str) -> str:
    """"Society's," -> "society": the word without its possessive and punctuation."""
    word = word.lower().rstrip(".,;:")
    return word.removesuffix("'s").removesuffix("’s")


def _claim(document: Any, clause: Clause, sentence: tuple[int, int], passage: str,
           refers_to: str | None) -> Claim:
    extra: dict[str, Any] = {
        "predicate": clause.predicate,
        "verb": clause.verb,
        "verb_span": list(clause.verb_span),
        "objects": list(clause.objects),
        "polarity": clause.polarity,
        "voice": clause.voice,
        "role": clause.role,
    }
    if clause.subject_span:
        extra["subject_span"] = list(clause.subject_span)
    if refers_to:
        extra["refers_to"] = refers_to
    if clause.negation:
        extra["negation"] = clause.negation
    if clause.negation_focus:
        extra["negation_focus"] = clause.negation_focus
    if clause.particle:
        extra["particle"] = clause.particle
    if clause.apposition:
        extra["apposition"] = clause.apposition
    if clause.modality:
        extra["modality"] = clause.modality
    if clause.attribution_span:
        extra["attribution_span"] = list(clause.attribution_span)
    if clause.context:
        extra["context"] = [list(span) for span in clause.context]
    if clause.context_words:
        extra["context_words"] = list(clause.context_words)
    return _CLAIM(
        id="",
        doc=document.id,
        kind="statement",
        start=clause.start,
        end=clause.end,
        text=document.text[clause.start:clause.end],
        sentence=sentence,
        passage=passage,
        subject=clause.subject,
        attribution=clause.attribution,
        hedges=clause.hedges,
        extra=extra,
    )
