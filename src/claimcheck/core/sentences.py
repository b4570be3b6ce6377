"""The sentence-level stages: slant in each sentence a document states, and the wording
of the sentence pairs that carry matched claims."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import pluggy

from claimcheck.config import DEFAULT, Config
from claimcheck.core import checks  # noqa: F401  (registers the checks of plugin records)
from claimcheck.manager import call_hook
from claimcheck.model import Claim, Document, Finding, Segments, Sentence

#: Passages whose sentences are read for claims and slant: everything but page chrome
#: and citations, which hold reference numbers, not statements.
READ_KINDS = frozenset({"body", "heading", "footnote", "editorial"})


def slant(
    document: Document,
    segments: Segments,
    *,
    pm: pluggy.PluginManager,
    config: Config = DEFAULT,
    claims: Iterable[Claim] | None = None,
) -> list[Finding]:
    """Slant findings of every sentence read; a finding may name only ``claims`` (the
    document's, when given)."""
    known = {c.id for c in claims} if claims is not None else None
    findings: list[Finding] = []
    for sentence in segments.sentences:
        if segments.passages[sentence.passage].kind not in READ_KINDS:
            continue
        for batch in call_hook(pm, "detect_slant", known_claims=known, document=document,
                               sentence=sentence, config=config):
            findings.extend(batch or ())
    if config.slant_categories is not None:
        findings = [f for f in findings if f.category in config.slant_categories]
    return sorted(set(findings), key=lambda f: (f.start or 0, f.end or 0, f.category or ""))


def wording(
    compared: Iterable[Finding],
    documents: Sequence[Document],
    all_segments: dict[str, Segments],
    claims_by_doc: dict[str, list[Claim]],
    *,
    pm: pluggy.PluginManager,
    config: Config = DEFAULT,
    skip: set[tuple[str, str]] = frozenset(),  # type: ignore[assignment]
) -> list[Finding]:
    """Wording differences of the sentence pairs that carry matched claims, each pair once."""
    by_id = {c.id: c for claims in claims_by_doc.values() for c in claims}
    docs = {d.id: d for d in documents}
    starts = {doc: [s.start for s in segs.sentences] for doc, segs in all_segments.items()}
    seen: set[tuple[str, int, str, int]] = set()
    findings: list[Finding] = []
    for finding in compared:
        pair = [by_id[c] for c in finding.claims if c in by_id]
        if len(pair) != 2 or pair[0].doc == pair[1].doc or (pair[0].doc, pair[1].doc) in skip:
            continue
        sentences = [_sentence_at(all_segments[c.doc], starts[c.doc], c.start) for c in pair]
        if sentences[0] is None or sentences[1] is None:
            continue
        key = (pair[0].doc, sentences[0].start, pair[1].doc, sentences[1].start)
        if key in seen:
            continue
        seen.add(key)
        for batch in call_hook(pm, "compare_wording", known_claims=by_id,
                               left=docs[pair[0].doc], left_sentence=sentences[0],
                               right=docs[pair[1].doc], right_sentence=sentences[1],
                               config=config):
            findings.extend(batch or ())
    return findings


def _sentence_at(segments: Segments, starts: list[int], offset: int) -> Sentence | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and segments.sentences[i].start <= offset < segments.sentences[i].end:
        return segments.sentences[i]
    return None
