"""Stages 2 and 3, segment and extract: a document's passages, sentences and claims.

Every extractor's claims are merged here into one list in reading order and numbered;
a claim is given its subject's entity key (through the alias table), the time it holds
for (``claim_time``), and a statement learns the figures and dates inside it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any, cast

import pluggy

from claimcheck.config import DEFAULT, Config
from claimcheck.core import checks  # noqa: F401  (registers the checks of plugin records)
from claimcheck.core.frames import FIGURE_KINDS, TIME_KINDS, with_frames
from claimcheck.core.heap import growing_heap
from claimcheck.core.registered import collect
from claimcheck.errors import ClaimcheckError
from claimcheck.manager import bind_hook, call_hook
from claimcheck.model import Claim, ClaimExtra, Document, Segments, TimeRef, claim_extra
from claimcheck.text.names import Aliases
from claimcheck.text.records import copier, replaced


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
    and "Korean People's Army" in another share a key; figures and dates get their frame
    (``core/frames.py``).
    """
    aliases = aliases if aliases is not None else collect(pm, config.aliases)
    read = _readable(document)
    with growing_heap():  # the claims are built, not thrown away: no full collections
        claims = _extract(read, segments, pm=pm, config=config, aliases=aliases)
    return claims if read is document else _as_written(claims, document.text)


#: Letters that Python's case-blind patterns take for ASCII ones ("thouſand" matches
#: "thousand", "kılometres" "kilometres"), which the tables looked up by the lowered match
#: then do not hold: the long s of old print, the Kelvin sign, and the Turkish dotless
#: and dotted i. Each is read as the ASCII letter it stands for, one character for one, so
#: that every offset is the same in both texts.
_LOOKALIKE_LETTERS = "\u017f\u212a\u0131\u0130"
_LOOKALIKES = str.maketrans(_LOOKALIKE_LETTERS, "sKiI")


def _readable(document: Document) -> Document:
    """The document as the extractors read it: its look-alike letters made ASCII
    (``_LOOKALIKES``), or the document itself when it has none (most documents)."""
    text = document.text
    if not any(letter in text for letter in _LOOKALIKE_LETTERS):
        return document
    return _WITH_TEXT(document, text.translate(_LOOKALIKES))


_WITH_TEXT = copier(Document, ("text",))


def _as_written(claims: list[Claim], text: str) -> list[Claim]:
    """The claims read from a document's readable copy (``_readable``), their spans'
    texts as the document writes them: a claim's text is always ``text[start:end]``."""
    out = []
    for claim in claims:
        if claim.text != text[claim.start:claim.end]:
            value = claim.value
            if value is not None and hasattr(value, "text"):
                value = replaced(value, text=text[value.start:value.end])
            claim = replaced(claim, text=text[claim.start:claim.end], value=value)
        out.append(claim)
    return out


def _extract(
    document: Document,
    segments: Segments,
    *,
    pm: pluggy.PluginManager,
    config: Config,
    aliases: Aliases,
) -> list[Claim]:
    results = call_hook(pm, "extract_claims", document=document, segments=segments,
                        config=config)
    merged: dict[tuple[int, int, str], Claim] = {}
    for batch in results:
        for claim in batch or ():
            merged.setdefault((claim.start, claim.end, claim.kind), claim)
    ordered = _drop_shadowed([merged[key] for key in sorted(merged)])
    doc_id = document.id
    ids = [f"{doc_id}:{n}" for n in range(1, len(ordered) + 1)]
    pieces = [_piece(claim) for claim in ordered]
    # the pieces whose figures claim_time is asked about: all, unless the built-in alone
    # answers it (then only those with a date in them)
    dates_only = _dates_from_claims_only(pm)
    undated = _undated_pieces(ordered, pieces) if dates_only else set()
    # subjects repeat (a statement's in every clause about it, "troops" beside every
    # figure of a table): each is looked up once
    keys: dict[tuple[bool, str], str | None] = {}
    claims: list[Claim] = []
    # (the id a claim is given with its frame: see below)
    later: list[str | None] = []
    for claim, claim_id in zip(ordered, ids, strict=True):
        key = _subject_key(claim, aliases, keys)
        if dates_only and claim.kind in _FRAMED and claim.doc == doc_id \
                and claim.subject_key == key:
            # no plugin sees this claim before its frame is made (the built-in
            # claim_time, the only one, reads its kind, span, sentence, value and time,
            # never its id), and the frame reads none of the fields its id copy would
            # change: one copy, made with the frame, gives it its id (a copy less a figure)
            claims.append(claim)
            later.append(claim_id)
        else:
            claims.append(_NUMBERED(claim, claim_id, doc_id, key))
            later.append(None)
    _renumber_links(claims, ordered, ids)
    # each step copies the claims: let the extractors' own go now (a 50 MB document
    # holds half a million claims, and every copy of them costs a hundred MB)
    del results, merged, ordered
    _link_statements(claims, ids)
    by_sentence = _by_piece(claims, pieces)
    claim_time = bind_hook(pm, "claim_time")  # called once per figure: bound once
    whens = [None if piece in undated else _time_of(c, by_sentence[piece], document,
                                                    claim_time, config)
             for c, piece in zip(claims, pieces, strict=True)]
    del by_sentence, pieces
    return with_frames(document, segments, claims, aliases, config, whens=whens, ids=later)


#: A claim with its id, document and subject key, and a statement with the claims inside
#: it: a copier per set of fields sets the slots straight (``replaced`` tests each field
#: against a dict, at twice the cost, paid for every claim).
_NUMBERED = copier(Claim, ("id", "doc", "subject_key"))
_LINKED = copier(Claim, ("extra", "when"))

#: The kinds of claim ``with_frames`` frames (figures and dates).
_FRAMED = FIGURE_KINDS | TIME_KINDS


def _by_piece(
    claims: list[Claim], pieces: list[tuple[int, int, int] | None]
) -> dict[tuple[int, int, int] | None, list[Claim]]:
    """The claims of each piece (``_piece``), in reading order."""
    by_piece: dict[tuple[int, int, int] | None, list[Claim]] = {}
    for claim, piece in zip(claims, pieces, strict=True):
        by_piece.setdefault(piece, []).append(claim)
    return by_piece


#: The plugins whose ``claim_time`` dates a figure only by a date or range among the
#: claims it is handed (the built-in reads the governing date of the figure's sentence
#: from them, and answers None when they hold none).
DATES_FROM_CLAIMS = frozenset({"claimcheck.builtin.times"})


def _dates_from_claims_only(pm: pluggy.PluginManager) -> bool:
    """Whether every ``claim_time`` implementation is one of DATES_FROM_CLAIMS (the built-in
    module itself, not another plugin registered under its name), so that a figure whose
    piece holds no date or range is known to get None without asking: on a run of figures
    with no date the call was a tenth of a figure's cost (dispatch, arguments, the record
    check's preparation) for an answer known beforehand."""
    impls = pm.hook.claim_time.get_hookimpls()
    return all(impl.plugin_name in DATES_FROM_CLAIMS
               and getattr(impl.plugin, "__name__", None) == f"{impl.plugin_name}.plugin"
               and not impl.hookwrapper and not impl.wrapper for impl in impls)


def _undated_pieces(
    claims: list[Claim], pieces: list[tuple[int, int, int] | None]
) -> set[tuple[int, int, int] | None]:
    """The pieces (``pieces[i]`` is ``claims[i]``'s) that hold no date or range with its
    TimeRef: none of their figures can be dated by DATES_FROM_CLAIMS (a claim with no
    sentence, piece None, is dated by none)."""
    dated = {piece for claim, piece in zip(claims, pieces, strict=True)
             if claim.kind in _DATE_KINDS and isinstance(claim.value, TimeRef)}
    dated.discard(None)
    return set(pieces) - dated


_DATE_KINDS = ("date", "range")


def _subject_key(
    claim: Claim, aliases: Aliases, memo: dict[tuple[bool, str], str | None]
) -> str | None:
    """The entity key of a claim's subject; a statement's is the best-known name inside
    its subject ("Kim Il Sung and other Korean leaders" -> Kim Il Sung's key), read
    through its antecedent when the subject is a pronoun. ``memo`` holds the keys looked
    up so far (the alias table does not change while a document's claims are keyed)."""
    if not claim.subject:
        return claim.subject_key
    statement = claim.kind == "statement"
    mention = (claim_extra(claim).get("refers_to") or claim.subject) if statement \
        else claim.subject
    found = memo.get((statement, mention), _UNSEEN)
    if found is _UNSEEN:
        found = memo[(statement, mention)] = (
            aliases.find(mention) or aliases.key(mention) if statement
            else aliases.key(mention))
    return found  # type: ignore[return-value]


_UNSEEN = object()


def _link_statements(claims: list[Claim], ids: list[str]) -> None:
    """A statement lists the figures and dates inside its span (``extra["claims"]``; the
    dates also in ``extra["times"]``). ``ids``: the claims' ids (some are given theirs
    only with their frame)."""
    others = [n for n, c in enumerate(claims) if c.kind != "statement"]
    if not others:
        return
    # the other claims' fields the loop reads, in lists of their own (read once each)
    starts = [claims[n].start for n in others]
    ends = [claims[n].end for n in others]
    count = len(others)
    for i, claim in enumerate(claims):
        if claim.kind != "statement":
            continue
        k = bisect.bisect_left(starts, claim.start)
        inside = []
        dates: list[tuple[Claim, str]] = []
        end = claim.end
        while k < count and starts[k] < end:
            if ends[k] <= end:
                n = others[k]
                inside.append(ids[n])
                if claims[n].kind in ("date", "range"):
                    dates.append((claims[n], ids[n]))
            k += 1
        times = [d_id for _, d_id in dates]
        if inside:
            extra = cast(ClaimExtra, {**claim.extra, "claims": inside})
            when = claim.when
            if times:
                extra["times"] = times  # a dated statement meets only statements of its time
                # a date in a clause about the subject ("which launched ... on June 25")
                # is not the statement's; one in an opening phrase ("By January 1,") is
                subject_at = (extra.get("subject_span") or [claim.start])[0]
                inner = [(s, e) for s, e in extra.get("context", ()) if s >= subject_at]
                own = [c for c, _ in dates
                       if not any(s < c.end and c.start < e for s, e in inner)]
                when = when or (own[0].value if own else None)
            claims[i] = _LINKED(claim, extra, when)


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


def _renumber_links(claims: list[Claim], ordered: list[Claim], ids: list[str]) -> None:
    """Extractors may link claims by their provisional ids; map those to the final ones
    (``ids``, the claims' final ids in order)."""
    final = {old.id: new for old, new in zip(ordered, ids, strict=True) if old.id}
    if not final:
        return
    for i, claim in enumerate(claims):
        links = claim_extra(claim).get("links")
        if links:
            extra = dict(claim.extra)
            extra["links"] = {k: _map_ids(v, final) for k, v in links.items()}
            claims[i] = replaced(claim, extra=extra)


def _map_ids(value: Any, final: dict[str, str]) -> Any:
    if isinstance(value, str):
        return final.get(value, value)
    if isinstance(value, (list, tuple)):
        return [final.get(v, v) for v in value]
    return value


#: A run longer than this with no sentence end is no sentence: claim_time is handed the
#: claims of its piece of this many characters (the claims keep their exact spans).
SENTENCE_PIECE = 2000


def _piece(claim: Claim) -> tuple[int, int, int] | None:
    """The sentence of a claim, and which piece of it when it is longer than
    SENTENCE_PIECE, so that dating a figure costs no more than its piece."""
    if claim.sentence is None:
        return None
    s0, s1 = claim.sentence
    return (s0, s1, (claim.start - s0) // SENTENCE_PIECE if s1 - s0 > SENTENCE_PIECE else 0)


def _time_of(
    claim: Claim, claims: list[Claim], document: Document, claim_time: Callable[..., Any],
    config: Config,
) -> Any:
    """The time ``claim_time`` gives a figure with none of its own, else None (the claim
    is given it with its frame: one copy for both)."""
    if claim.when is not None or claim.kind in ("date", "range", "duration", "statement"):
        return None  # a statement's time is a date inside it (_link_statements), or none
    return claim_time(claim=claim, claims=claims, document=document, config=config)
