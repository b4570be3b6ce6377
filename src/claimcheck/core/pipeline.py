"""The orchestration: load → segment → extract → align → compare → slant.

The core owns the order and the data model; every step's knowledge lives in plugins.
"""

from __future__ import annotations

import bisect
import dataclasses
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pluggy

from claimcheck.align import figures as align
from claimcheck.align import statements as align_statements
from claimcheck.config import DEFAULT, Config
from claimcheck.core.registered import collect, with_plugin_data
from claimcheck.errors import ClaimcheckError, LoadError
from claimcheck.manager import call_hook, get_plugin_manager
from claimcheck.model import Claim, Document, Finding, Report, Segments, Sentence
from claimcheck.text.acronyms import find_acronyms
from claimcheck.text.names import Aliases

#: A missing file still reads as a path (and fails loudly) when it is one word ending in
#: a file suffix or holding a path separator; any other string is the text itself.
_SUFFIX = re.compile(r"\.\w{1,8}$")

#: Passages whose sentences are read for claims and slant: everything but page chrome
#: and citations, which hold reference numbers, not statements.
READ_KINDS = frozenset({"body", "heading", "footnote", "editorial"})


# -- load --------------------------------------------------------------------------------


def is_path(source: object) -> bool:
    """Whether a source names a file (True) or is the text itself (False)."""
    if isinstance(source, os.PathLike):
        return True
    if not isinstance(source, str) or "\n" in source or not 0 < len(source) <= 4096:
        return False
    if os.path.exists(source):
        return True
    return " " not in source and (os.sep in source or bool(_SUFFIX.search(source)))


def load(
    source: str | os.PathLike[str] | Document,
    *,
    pm: pluggy.PluginManager,
    config: Config = DEFAULT,
    doc_id: str | None = None,
) -> Document:
    """A Document from a path (through the load_document hook), a text, or a Document."""
    if isinstance(source, Document):
        return source
    if is_path(source):
        path = os.fspath(source)
        doc = call_hook(pm, "load_document", source=path, doc_id=doc_id or _stem(path),
                        config=config)
        if doc is None:
            raise LoadError(f"{path}: no loader accepted this file")
        return doc
    if not isinstance(source, str):
        raise ClaimcheckError(f"cannot read a source of type {type(source).__name__}")
    return Document(id=doc_id or "text", text=source.replace("\r\n", "\n").replace("\r", "\n"))


def _stem(path: str) -> str:
    stem = Path(path).stem or "document"
    return re.sub(r"[^\w.-]+", "-", stem)


def unique_ids(sources: Sequence[object]) -> list[str]:
    """Document ids from file names, made unique with -2, -3, ... ("text1" for texts)."""
    ids: list[str] = []
    seen: dict[str, int] = {}
    for n, source in enumerate(sources, 1):
        if isinstance(source, Document):
            base = source.id
        elif is_path(source):
            base = _stem(os.fspath(source))  # type: ignore[arg-type]
        else:
            base = f"text{n}"
        count = seen.get(base, 0) + 1
        seen[base] = count
        ids.append(base if count == 1 else f"{base}-{count}")
    return ids


# -- segment and extract -----------------------------------------------------------------


def segment(document: Document, *, pm: pluggy.PluginManager, config: Config = DEFAULT) -> Segments:
    segments = call_hook(pm, "segment", document=document, config=config)
    if segments is None:
        raise ClaimcheckError(f"{document.path or document.id}: no segmenter is registered")
    return segments


def extract(
    document: Document,
    segments: Segments,
    *,
    pm: pluggy.PluginManager,
    config: Config = DEFAULT,
    aliases: Aliases | None = None,
) -> list[Claim]:
    """All extractors' claims, in reading order, numbered ``doc:1``, ``doc:2``, ...

    Subjects get their entity key from the alias table, so that "the KPA" in one source
    and "Korean People's Army" in another share a key.
    """
    aliases = aliases if aliases is not None else collect(pm, config.aliases)
    results = call_hook(pm, "extract_claims", document=document, segments=segments,
                        config=config)
    merged: dict[tuple[int, int, str], Claim] = {}
    for batch in results:
        for claim in batch or ():
            merged.setdefault((claim.start, claim.end, claim.kind), claim)
    ordered = _drop_shadowed([merged[key] for key in sorted(merged)])
    keys: dict[str, str | None] = {}  # statements' subjects repeat: look each up once
    claims = [
        dataclasses.replace(
            claim,
            id=f"{document.id}:{n}",
            doc=document.id,
            subject_key=_subject_key(claim, aliases, keys),
        )
        for n, claim in enumerate(ordered, 1)
    ]
    _renumber_links(claims, ordered)
    _link_statements(claims)
    by_sentence: dict[tuple[int, int] | None, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    return [_with_time(c, by_sentence[c.sentence], document, pm, config) for c in claims]


def _subject_key(
    claim: Claim, aliases: Aliases, memo: dict[str, str | None]
) -> str | None:
    """The entity key of a claim's subject; a statement's is the best-known name inside
    its subject ("Kim Il Sung and other Korean leaders" -> Kim Il Sung's key), read
    through its antecedent when the subject is a pronoun."""
    if not claim.subject:
        return claim.subject_key
    if claim.kind != "statement":
        return aliases.key(claim.subject)
    mention = (claim.extra or {}).get("refers_to") or claim.subject
    if mention not in memo:
        memo[mention] = aliases.find(mention) or aliases.key(mention)
    return memo[mention]


def _link_statements(claims: list[Claim]) -> None:
    """A statement lists the figures and dates inside its span (``extra["claims"]``; the
    dates also in ``extra["times"]``)."""
    others = [c for c in claims if c.kind != "statement"]
    if not others:
        return
    starts = [c.start for c in others]
    for i, claim in enumerate(claims):
        if claim.kind != "statement":
            continue
        k = bisect.bisect_left(starts, claim.start)
        inside = []
        dates: list[Claim] = []
        while k < len(others) and others[k].start < claim.end:
            if others[k].end <= claim.end:
                inside.append(others[k].id)
                if others[k].kind in ("date", "range"):
                    dates.append(others[k])
            k += 1
        times = [d.id for d in dates]
        if inside:
            extra = {**claim.extra, "claims": inside}
            when = claim.when
            if times:
                extra["times"] = times  # a dated statement meets only statements of its time
                # a date in a clause about the subject ("which launched ... on June 25")
                # is not the statement's; one in an opening phrase ("By January 1,") is
                subject_at = (extra.get("subject_span") or [claim.start])[0]
                inner = [(s, e) for s, e in extra.get("context", ()) if s >= subject_at]
                own = [c for c in dates if not any(s < c.end and c.start < e for s, e in inner)]
                when = when or (own[0].value if own else None)
            claims[i] = dataclasses.replace(claim, extra=extra, when=when)


def _drop_shadowed(claims: list[Claim]) -> list[Claim]:
    """A figure inside a duration ("72 hours" in "within 72 hours") is the duration's:
    reading it twice would report every agreement about it twice."""
    durations = [(c.start, c.end) for c in claims if c.kind == "duration"]
    if not durations:
        return claims
    starts = [d[0] for d in durations]

    def inside(claim: Claim) -> bool:
        i = bisect.bisect_right(starts, claim.start) - 1
        return any(durations[k][0] <= claim.start and claim.end <= durations[k][1]
                   for k in range(max(0, i - 2), i + 1))

    return [c for c in claims if c.kind not in ("quantity",) or not inside(c)]


def _renumber_links(claims: list[Claim], ordered: list[Claim]) -> None:
    """Extractors may link claims by their provisional ids; map those to the final ones."""
    final = {old.id: new.id for old, new in zip(ordered, claims, strict=True) if old.id}
    if not final:
        return
    for i, claim in enumerate(claims):
        links = claim.extra.get("links") if claim.extra else None
        if links:
            extra = dict(claim.extra)
            extra["links"] = {k: _map_ids(v, final) for k, v in links.items()}
            claims[i] = dataclasses.replace(claim, extra=extra)


def _map_ids(value: Any, final: dict[str, str]) -> Any:
    if isinstance(value, str):
        return final.get(value, value)
    if isinstance(value, (list, tuple)):
        return [final.get(v, v) for v in value]
    return value


def _with_time(
    claim: Claim, claims: list[Claim], document: Document, pm: pluggy.PluginManager,
    config: Config,
) -> Claim:
    if claim.when is not None or claim.kind in ("date", "range", "duration", "statement"):
        return claim  # a statement's time is a date inside it (_link_statements), or none
    when = call_hook(pm, "claim_time", claim=claim, claims=claims, document=document,
                     config=config)
    return dataclasses.replace(claim, when=when) if when is not None else claim


# -- slant -------------------------------------------------------------------------------


def slant(
    document: Document,
    segments: Segments,
    *,
    pm: pluggy.PluginManager,
    config: Config = DEFAULT,
) -> list[Finding]:
    findings: list[Finding] = []
    for sentence in segments.sentences:
        if segments.passages[sentence.passage].kind not in READ_KINDS:
            continue
        for batch in call_hook(pm, "detect_slant", document=document, sentence=sentence,
                               config=config):
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
        for batch in call_hook(pm, "compare_wording", left=docs[pair[0].doc],
                               left_sentence=sentences[0], right=docs[pair[1].doc],
                               right_sentence=sentences[1], config=config):
            findings.extend(batch or ())
    return findings


def _sentence_at(segments: Segments, starts: list[int], offset: int) -> Sentence | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and segments.sentences[i].start <= offset < segments.sentences[i].end:
        return segments.sentences[i]
    return None


# -- the whole run -----------------------------------------------------------------------


def check(
    *sources: str | os.PathLike[str] | Document,
    plugins: Iterable[Any] = (),
    config: Config | None = None,
    pm: pluggy.PluginManager | None = None,
    jobs: int = 1,
    progress: Callable[[int, int, str], None] | None = None,
) -> Report:
    """Read every source, extract claims, line them up and report the findings.

    ``jobs`` > 1 runs each document's own work (segment, extract, self-check, slant) in
    that many processes (0: one per CPU); the report is the same, byte for byte.
    ``progress(done, total, source)`` is called as each document's own work finishes.
    """
    from claimcheck.core.parallel import prepare_all

    pm = pm or get_plugin_manager(plugins)
    config = with_plugin_data(config or DEFAULT, pm)
    if not sources:
        raise ClaimcheckError("no sources given")
    documents = [
        load(source, pm=pm, config=config, doc_id=doc_id)
        for source, doc_id in zip(sources, unique_ids(sources), strict=True)
    ]
    aliases = collect(pm, config.aliases)
    for document in documents:
        for short, long_form in find_acronyms(document.text):
            aliases.register(long_form, [short])
    prepared = prepare_all(documents, aliases, config=config, pm=pm, jobs=jobs,
                           progress=progress)
    all_segments = {d.id: p.segments for d, p in zip(documents, prepared, strict=True)}
    claims_by_doc = {d.id: p.claims for d, p in zip(documents, prepared, strict=True)}
    findings: list[Finding] = [f for p in prepared for f in p.checked]
    compared = align.align(documents, claims_by_doc, all_segments, aliases, pm=pm,
                           config=config)
    findings.extend(compared)
    stated = align_statements.align(documents, claims_by_doc, all_segments, pm=pm,
                                    config=config)
    findings.extend(stated)
    compared.extend(f for f in stated if f.kind != "unmatched")
    rendered: set[tuple[str, str]] = set()
    for i, left in enumerate(documents):
        for right in documents[i + 1 :]:
            batches = call_hook(pm, "compare_texts", left=left,
                                left_segments=all_segments[left.id], right=right,
                                right_segments=all_segments[right.id], config=config)
            texts = [f for batch in batches for f in batch or ()]
            if texts:
                rendered.add((left.id, right.id))
                findings.extend(texts)
    findings.extend(wording(compared, documents, all_segments, claims_by_doc, pm=pm,
                            config=config, skip=rendered))
    for p in prepared:
        findings.extend(p.slant)
    return Report(
        documents=tuple(documents),
        claims=tuple(c for d in documents for c in claims_by_doc[d.id]),
        findings=tuple(order_findings(findings)),
        segments=all_segments,
    )




def claims(
    source: str | os.PathLike[str] | Document,
    *,
    plugins: Iterable[Any] = (),
    config: Config | None = None,
    pm: pluggy.PluginManager | None = None,
) -> list[Claim]:
    """The claims of one source, in reading order."""
    config = config or DEFAULT
    pm = pm or get_plugin_manager(plugins)
    document = load(source, pm=pm, config=config, doc_id=unique_ids([source])[0])
    return extract(document, segment(document, pm=pm, config=config), pm=pm, config=config)


FINDING_ORDER = {
    "discrepancy": 0,
    "inconsistency": 1,
    "slant": 2,
    "wording": 3,
    "not_comparable": 4,
    "agreement": 5,
    "unmatched": 6,
}


def order_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Most important first, then in reading order: a stable, deterministic report."""
    return sorted(
        findings,
        key=lambda f: (
            FINDING_ORDER.get(f.kind, 9),
            _claim_sort_key(f.claims[0]) if f.claims else ("", 0),
            f.document or "",
            f.start or 0,
            f.summary,
        ),
    )


def _claim_sort_key(claim_id: str) -> tuple[str, int]:
    doc, _, n = claim_id.rpartition(":")
    return (doc, int(n) if n.isdigit() else 0)
