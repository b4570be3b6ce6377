"""Statements: one claim per clause, so sources can be compared on what they say happened.

Each sentence of the body and the footnotes is split by ``clauses.split_sentence``; each
clause becomes a ``statement`` claim whose ``extra`` holds the predicate lemma, the object
words, polarity, modality and the spans of its parts. A pronoun subject ("They did not
support ...") is read as the last named subject of the same passage, so that the
statement meets its counterparts under the right entity.
"""

from __future__ import annotations

from typing import Any

from claimcheck.builtin.clauses import ANAPHORIC, Clause, split_sentence
from claimcheck.hookspecs import hookimpl
from claimcheck.model import Claim

__all__ = ["extract_claims", "statement_claims"]

#: Passages whose sentences carry statements: running text and its notes.
STATEMENT_PASSAGES = frozenset({"body", "footnote"})


@hookimpl
def extract_claims(document: Any, segments: Any, config: Any) -> list[Claim]:
    """Statement claims, clause by clause, in the body and the footnotes."""
    return statement_claims(document, segments)


def statement_claims(document: Any, segments: Any) -> list[Claim]:
    text = document.text
    claims: list[Claim] = []
    last_subject: dict[int, str] = {}
    for sentence in segments.sentences:
        passage = segments.passages[sentence.passage]
        if passage.kind not in STATEMENT_PASSAGES:
            continue
        for clause in split_sentence(text[sentence.start:sentence.end], sentence.start):
            refers_to = None
            if clause.subject and clause.subject.lower() in ANAPHORIC:
                refers_to = last_subject.get(sentence.passage)
            elif clause.subject and clause.subject.lower() not in ("it", "one", "there"):
                last_subject[sentence.passage] = clause.subject
            claims.append(_claim(document, clause, (sentence.start, sentence.end),
                                 passage.kind, refers_to))
    return claims


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
    if clause.modality:
        extra["modality"] = clause.modality
    if clause.attribution_span:
        extra["attribution_span"] = list(clause.attribution_span)
    if clause.context:
        extra["context"] = [list(span) for span in clause.context]
    if clause.context_words:
        extra["context_words"] = list(clause.context_words)
    return Claim(
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
