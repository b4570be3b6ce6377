"""Time claims of a document, and the date a figure holds for.

Why a module of its own: a document is more than one text to scan. Its times resolve in
reading order, but a footnote resolves from the place its marker stands in the body, not
from where it is printed; boilerplate and citations make no claims. And a figure is
dated by the time expression that governs it in its sentence (governing_time), which
the pipeline asks through the claim_time hook.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimcheck.plugin import Claim, TimeRef

from .records import Raw, State
from .resolve import Resolver, as_date
from .scan import Scanner
from .vocabulary import MOD_QUALIFIERS, SKIPPED_PASSAGES, TIME_CLAIM_KINDS

__all__ = ["claim_time", "document_times", "extract_claims", "governing_time"]

_CLAUSE_BREAK_RE = re.compile(r"[;:]|\s[\u2013\u2014]\s|\u2014|\n")
_ATTACH_RE = re.compile(
    r"^[\s,]*(?:(?:men|troops|soldiers|people|persons|strong|in\s+all|in\s+total|total)\s+)?"
    r"(?:in|on|by|as\s+of|at\s+the\s+end\s+of|at|during|until|till|since|for|from)\s*$",
    re.IGNORECASE,
)


def governing_time(
    sentence_text: str, sentence_start: int, offset: int, times: Sequence[TimeRef]
) -> TimeRef | None:
    """The time expression a figure at ``offset`` holds for, inside its sentence.

    Why this order: in "By January 1, 1950, the total ... was 110,000" the date opens the
    clause the figure sits in; in "110,000 in 1950 and 200,000 in 1953" each figure is
    followed closely by its own date. So a date attached right after the figure by a
    preposition wins; else the nearest date before it in the same clause; else the
    nearest after it in the clause; else the nearest before it in the sentence.
    Durations never govern; a date that is itself the figure is skipped.
    """
    end = sentence_start + len(sentence_text)
    cands = [t for t in times
             if t.kind != "duration" and sentence_start <= t.start and t.end <= end
             and not (t.start <= offset < t.end)]
    if not cands:
        return None
    rel = offset - sentence_start

    def clause_of(pos: int) -> int:
        return sum(1 for _ in _CLAUSE_BREAK_RE.finditer(sentence_text, 0, max(0, pos)))

    fig_clause = clause_of(rel)
    after = sorted((t for t in cands if t.start > offset), key=lambda t: t.start)
    before = sorted((t for t in cands if t.end <= offset), key=lambda t: -t.end)
    for t in after[:1]:
        gap = sentence_text[rel:t.start - sentence_start]
        # skip the figure's own token(s) ("110,000 men in 1950")
        gap = re.sub(r"^[\d.,\u00a0\u2009\s]+(?:[A-Za-z%]+)?", " ", gap, count=1)
        if len(gap) <= 30 and _ATTACH_RE.match(gap) and clause_of(t.start - sentence_start) \
                == fig_clause:
            return t
    for t in before:
        if clause_of(t.start - sentence_start) == fig_clause:
            return t
    for t in after:
        if clause_of(t.start - sentence_start) != fig_clause:
            continue
        # "$598 million, compared with $655 million a year earlier": a date after another
        # figure is that figure's
        gap = re.sub(r"^[^\s]*\d[^\s]*", " ", sentence_text[rel:t.start - sentence_start])
        if not re.search(r"\d", gap):
            return t
    return before[0] if before else None


# -- pipeline hooks ------------------------------------------------------------------------

def document_times(document: object, segments: object, config: object) -> list[Claim]:
    """Time claims of a document, resolved in reading order; footnotes resolve from the
    place their marker stands in the body, not from where they are printed."""
    text: str = document.text  # type: ignore[attr-defined]
    meta = getattr(document, "meta", {}) or {}
    reference = as_date(meta.get("date")) or as_date(getattr(config, "reference", None))
    passages = segments.passages  # type: ignore[attr-defined]
    sentences = list(segments.sentences)  # type: ignore[attr-defined]
    if not text or not sentences:
        return []
    raws = Scanner(text).scan()
    resolver = Resolver(text, reference)
    starts = [s.start for s in sentences]

    def sentence_of(r: Raw) -> int | None:
        i = bisect.bisect_right(starts, r.start) - 1
        if i >= 0 and sentences[i].start <= r.start and r.end <= sentences[i].end:
            return i
        return None

    notes = getattr(segments, "notes", ()) or ()
    marker_at: dict[int, int] = {}
    for note in notes:
        if note.note is not None and note.note not in marker_at:
            marker_at[note.note] = note.start

    placed: list[tuple[Raw, int]] = []
    for r in raws:
        si = sentence_of(r)
        if si is None:
            continue
        kind = passages[sentences[si].passage].kind if sentences[si].passage < len(passages) \
            else "body"
        if kind in SKIPPED_PASSAGES:
            continue
        placed.append((r, si))

    # main narrative: everything except footnotes that have a marker
    state = State()
    snapshots: list[tuple[int, int | None, TimeRef | None]] = []
    resolved: dict[int, TimeRef] = {}
    deferred: list[int] = []
    for idx, (r, si) in enumerate(placed):
        pidx = sentences[si].passage
        if passages[pidx].kind == "footnote" and pidx in marker_at:
            deferred.append(idx)
            continue
        resolved[idx] = resolver.resolve(r, state)
        snapshots.append((r.end, state.year, state.anchor))
    snap_ends = [s[0] for s in snapshots]
    note_states: dict[int, State] = {}
    for idx in deferred:
        r, si = placed[idx]
        pidx = sentences[si].passage
        st = note_states.get(pidx)
        if st is None:
            k = bisect.bisect_right(snap_ends, marker_at[pidx]) - 1
            st = State(*snapshots[k][1:]) if k >= 0 else State()
            note_states[pidx] = st
        resolved[idx] = resolver.resolve(r, st)

    claims: list[Claim] = []
    doc_id = getattr(document, "id", "")
    for idx, (_r, si) in enumerate(placed):
        tr = resolved[idx]
        s = sentences[si]
        claims.append(Claim(
            id="", doc=doc_id, kind=TIME_CLAIM_KINDS.get(tr.kind, "date"), start=tr.start,
            end=tr.end, text=tr.text, sentence=(s.start, s.end),
            passage=passages[s.passage].kind, value=tr,
            qualifier=MOD_QUALIFIERS.get(tr.mod or "") if tr.kind == "duration" else None,
        ))
    return claims


def extract_claims(document, segments, config) -> list[Claim]:  # type: ignore[no-untyped-def]
    """Dates, ranges and durations as claims (headings and titles included)."""
    return document_times(document, segments, config)


def claim_time(claim, claims, document, config) -> TimeRef | None:  # type: ignore[no-untyped-def]
    """The date a figure holds for: the governing time expression of its sentence."""
    if claim.sentence is None:
        return None
    s0, s1 = claim.sentence
    times = [c.value for c in claims
             if c.kind in ("date", "range") and isinstance(c.value, TimeRef)
             and c.sentence == claim.sentence]
    if not times:
        return None
    got = governing_time(document.text[s0:s1], s0, claim.start, times)
    return got
