"""What a plugin hands the core is checked where it comes in, record by record.

The stages trust their records: a claim's span points into its document's text, a
finding names claims that exist. A plugin that breaks that would surface far away, as a
traceback from a renderer or a report that quietly lies. So every record a hook returns
is checked as the hook call returns (``manager.call_hook`` runs these checks on each
implementation's result, so a bad record is blamed on the plugin that returned it): its
type, its kind, its span inside the text and equal to the text there, the document and
the claims it names. The checks are cheap, a few comparisons a record and one slice of
the claim's own length; they read no more than the hook's own arguments (and, where a
hook gets no claims, the ids of the claims the caller knows).

Each check returns what is wrong in a few words, or None. Importing this module
registers them with the manager; every stage that calls a hook imports it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from claimcheck.manager import RecordCheck, register_check
from claimcheck.model import (
    CLAIM_KINDS,
    FINDING_KINDS,
    PASSAGE_KINDS,
    Claim,
    Document,
    Finding,
    Label,
    NoteRef,
    Passage,
    Segments,
    Sentence,
    Table,
    TimeRef,
)

Kwargs = Mapping[str, Any]


def span(start: Any, end: Any, size: int | None) -> str | None:
    """What is wrong with ``start:end`` as a span of a text of ``size`` characters (None:
    the size is not known here, only the order is checked)."""
    if not _offset(start) or not _offset(end):
        return f"span {start!r}:{end!r} is not two whole-number offsets"
    if start < 0:
        return f"span {start}:{end} starts before the text"
    if end < start:
        return f"span {start}:{end} is reversed"
    if size is not None and end > size:
        return f"span {start}:{end} ends past the end of the text ({size} characters)"
    return None


def pair(value: Any, size: int | None) -> str | None:
    """What is wrong with ``value`` as a (start, end) span of a text of ``size``."""
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        return f"{value!r} is not a (start, end) span"
    return span(value[0], value[1], size)


def _offset(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _not(wanted: type) -> str:
    """A record of the wrong type (the message names what it is)."""
    return f"not a {wanted.__name__}"


def _a(part: Any, wanted: type) -> str:
    """A part of a record of the wrong type."""
    return f"a {type(part).__name__}, not a {wanted.__name__}"


# -- load and segment ----------------------------------------------------------------------


def document_check(kwargs: Kwargs, known_claims: Collection[str] | None) -> RecordCheck:
    """``load_document``: a Document with the id it was asked for, holding text."""
    doc_id = kwargs.get("doc_id")

    def check(document: Any) -> str | None:
        if not isinstance(document, Document):
            return _not(Document)
        if not isinstance(document.text, str):
            return f"its text is a {type(document.text).__name__}, not a str"
        if doc_id is not None and document.id != doc_id:
            return f"its id is {document.id!r}, not the id {doc_id!r} it was given"
        return None

    return check


def segments_check(kwargs: Kwargs, known_claims: Collection[str] | None) -> RecordCheck:
    """``segment``: Segments whose passages, sentences, notes, tables and labels lie inside
    the document's text, every index pointing at a passage that exists."""
    size = len(kwargs["document"].text)

    def check(segments: Any) -> str | None:
        if not isinstance(segments, Segments):
            return _not(Segments)
        passages = len(segments.passages)
        for n, passage in enumerate(segments.passages):
            problem = (_a(passage, Passage) if not isinstance(passage, Passage)
                       else f"unknown passage kind {passage.kind!r}"
                       if passage.kind not in PASSAGE_KINDS
                       else span(passage.start, passage.end, size))
            if problem:
                return f"passage {n}: {problem}"
        for n, sentence in enumerate(segments.sentences):
            problem = (_a(sentence, Sentence) if not isinstance(sentence, Sentence)
                       else span(sentence.start, sentence.end, size)
                       or _index(sentence.passage, passages, "passage"))
            if problem:
                return f"sentence {n}: {problem}"
        for n, note in enumerate(segments.notes):
            problem = (_a(note, NoteRef) if not isinstance(note, NoteRef)
                       else span(note.start, note.end, size)
                       or (None if note.note is None else _index(note.note, passages,
                                                                  "passage")))
            if problem:
                return f"note marker {n}: {problem}"
        for n, table in enumerate(segments.tables):
            problem = (_a(table, Table) if not isinstance(table, Table)
                       else span(table.start, table.end, size))
            if problem:
                return f"table {n}: {problem}"
        for n, label in enumerate(segments.labels):
            problem = (_a(label, Label) if not isinstance(label, Label)
                       else pair(label.key, size) or pair(label.value, size))
            if problem:
                return f"label {n}: {problem}"
        return None

    return check


def _index(value: Any, count: int, what: str) -> str | None:
    if not _offset(value) or not 0 <= value < count:
        return f"it points at {what} {value!r} of {count}"
    return None


# -- claims --------------------------------------------------------------------------------


def claims_check(kwargs: Kwargs, known_claims: Collection[str] | None) -> RecordCheck:
    """``extract_claims``: Claims of a known kind, of this document (or of none yet), whose
    span lies inside its text and whose text is the text there."""
    document = kwargs["document"]
    text = document.text
    size = len(text)
    doc_id = document.id

    def check(claim: Any) -> str | None:
        # the common case first, in one expression: a sound claim (whole-number offsets,
        # a known kind, this document, its text, its sentence a tuple inside the text);
        # anything else is read again below, step by step, to say what is wrong
        if type(claim) is Claim:
            start, end, sentence = claim.start, claim.end, claim.sentence
            if (type(start) is int and type(end) is int and 0 <= start <= end <= size
                    and claim.kind in _CLAIM_KINDS and (not claim.doc or claim.doc == doc_id)
                    and text[start:end] == claim.text
                    and (sentence is None or (
                        type(sentence) is tuple and len(sentence) == 2
                        and type(sentence[0]) is int and type(sentence[1]) is int
                        and 0 <= sentence[0] <= sentence[1] <= size))):
                return None
        if not isinstance(claim, Claim):
            return _not(Claim)
        if claim.kind not in CLAIM_KINDS:
            return f"unknown claim kind {claim.kind!r} (known: {', '.join(CLAIM_KINDS)})"
        if claim.doc and claim.doc != document.id:
            return f"it is a claim of document {claim.doc!r}, not of {document.id!r}"
        problem = span(claim.start, claim.end, size)
        if problem:
            return problem
        if text[claim.start : claim.end] != claim.text:
            found = text[claim.start : claim.end]
            return f"its text is not the text at {claim.start}:{claim.end} ({found[:40]!r})"
        if claim.sentence is not None:
            problem = pair(claim.sentence, size)
            if problem:
                return f"its sentence: {problem}"
        return None

    return check


_CLAIM_KINDS = frozenset(CLAIM_KINDS)


def time_check(kwargs: Kwargs, known_claims: Collection[str] | None) -> RecordCheck:
    """``claim_time``: a TimeRef whose span lies inside the document's text."""
    size = len(kwargs["document"].text)

    def check(time: Any) -> str | None:
        if not isinstance(time, TimeRef):
            return _not(TimeRef)
        return span(time.start, time.end, size)

    return check


def keys_check(kwargs: Kwargs, known_claims: Collection[str] | None) -> RecordCheck:
    """``blocking_keys``: strings."""

    def check(key: Any) -> str | None:
        return None if isinstance(key, str) else _not(str)

    return check


# -- findings ------------------------------------------------------------------------------


def finding_check(texts: Mapping[str, str | None], claims: Collection[str] | None) -> RecordCheck:
    """Findings of a known kind that name only the claims in ``claims`` (None: any) and,
    when they point at a span, one of the documents in ``texts`` and a span inside its
    text (a text of None: only the document is checked)."""

    def check(finding: Any) -> str | None:
        if not isinstance(finding, Finding):
            return _not(Finding)
        if finding.kind not in FINDING_KINDS:
            return f"unknown finding kind {finding.kind!r} (known: {', '.join(FINDING_KINDS)})"
        if isinstance(finding.claims, str) or not isinstance(finding.claims, (tuple, list)):
            return f"its claims {finding.claims!r} are not a tuple of claim ids"
        if claims is not None:
            for claim in finding.claims:
                if claim not in claims:
                    return f"it names claim {claim!r}, which does not exist"
        if finding.document is None and finding.start is None and finding.end is None:
            return None
        if finding.document not in texts:
            known = ", ".join(repr(d) for d in texts)
            return f"it names document {finding.document!r}, not {known}"
        if finding.start is None and finding.end is None:
            return None
        text = texts[finding.document]
        return span(finding.start, finding.end, None if text is None else len(text))

    return check


def _texts(*documents: Document) -> dict[str, str | None]:
    return {d.id: d.text for d in documents}


def compared_check(kwargs: Kwargs, known_claims: Collection[str] | None) -> RecordCheck:
    """``compare_claims``: a finding about the two claims compared (it names no other)."""
    left, right = kwargs["left"], kwargs["right"]
    return finding_check({left.doc: None, right.doc: None}, {left.id, right.id})


def document_findings_check(kwargs: Kwargs, known_claims: Collection[str] | None) -> RecordCheck:
    """``check_document``: findings about this document's claims."""
    return finding_check(_texts(kwargs["document"]), {c.id for c in kwargs["claims"]})


def slant_check(kwargs: Kwargs, known_claims: Collection[str] | None) -> RecordCheck:
    """``detect_slant``: findings pointing into this document."""
    return finding_check(_texts(kwargs["document"]), known_claims)


def pair_findings_check(kwargs: Kwargs, known_claims: Collection[str] | None) -> RecordCheck:
    """``compare_wording`` and ``compare_texts``: findings pointing into either document."""
    return finding_check(_texts(kwargs["left"], kwargs["right"]), known_claims)


#: called once per claim or per pair, their checks read only frozen records and a text's
#: length: prepared when there is a result to check (``register_check(lazy=True)``)
_PER_CLAIM = frozenset(("claim_time", "blocking_keys", "compare_claims"))

for _hook, _prepare in (
    ("load_document", document_check),
    ("segment", segments_check),
    ("extract_claims", claims_check),
    ("claim_time", time_check),
    ("blocking_keys", keys_check),
    ("compare_claims", compared_check),
    ("check_document", document_findings_check),
    ("detect_slant", slant_check),
    ("compare_wording", pair_findings_check),
    ("compare_texts", pair_findings_check),
):
    register_check(_hook, _prepare, lazy=_hook in _PER_CLAIM)
