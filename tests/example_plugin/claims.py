"""Event claims of a document: one per event noun, sentence by sentence.

Why a module of its own: a document is more than a string. Its sentences tell which
passage a mention stands in (boilerplate and citations make no claims), and each claim
carries its sentence's span, through which the core dates it (the built-in ``claim_time``
finds the date that governs it) and a statement around it lists it.
"""

from __future__ import annotations

from claimcheck.plugin import Claim, Document, Segments

from .find import find_events

#: Passages whose words are not the document's own account.
SKIPPED_PASSAGES = frozenset({"boilerplate", "citation"})


def event_claims(document: Document, segments: Segments) -> list[Claim]:
    """One ``event`` claim per event noun, in reading order.

    The subject is the noun the text names ("ceasefire" for "cease-fires"), so that two
    documents' mentions share an entity key; ``extra`` holds the event and its class.
    """
    claims = []
    for sentence in segments.sentences:
        passage = segments.passages[sentence.passage].kind
        if passage in SKIPPED_PASSAGES:
            continue
        for mention in find_events(document.text[sentence.start:sentence.end]):
            start, end = sentence.start + mention.start, sentence.start + mention.end
            claims.append(Claim(
                id="", doc=document.id, kind="event", start=start, end=end,
                text=document.text[start:end], sentence=(sentence.start, sentence.end),
                passage=passage, subject=mention.event,
                extra={"event": mention.event, "class": mention.kind},
            ))
    return claims
