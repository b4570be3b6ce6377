"""Wording findings: what two accounts of one text word differently, and which side slants.

Why: two renderings of one text (a Soviet survey and its neutral retelling, a wire report
and its reprint) differ in the words they choose more than in their facts. Their aligned
sentences (alignment.py) are word-diffed (diff.py) into replaced, omitted and added
wording, and each change is reported with the slant categories (detect.py) that only one
side carries there.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from claimcheck.plugin import Config, Document, Finding, Sentence

from .alignment import align_sentences, pair_blocks, rendering_pairs, rough_sentences
from .detect import findings_in
from .diff import changes

_SHOWN = 90  # characters of a side shown in a summary


def _spans(sents: Iterable[Sentence | tuple[int, int]] | None, text: str) -> list[tuple[int, int]]:
    if sents is None:
        return rough_sentences(text)
    return [(s.start, s.end) if isinstance(s, Sentence) else (s[0], s[1]) for s in sents]


def compare_renderings(
    left: Document,
    right: Document,
    left_sentences: Iterable[Sentence | tuple[int, int]] | None = None,
    right_sentences: Iterable[Sentence | tuple[int, int]] | None = None,
    config: Config | None = None,
    window: int = 8,
    min_score: float = 0.3,
    *,
    pairs: Sequence[tuple[int, int]] | None = None,
) -> list[Finding]:
    """Wording findings for two texts that render one another.

    Sentences are aligned in order; each aligned pair yields its replaced, omitted and
    added wording, and sentences with no counterpart between the first and the last
    aligned pair are reported as omitted or added whole. Text outside that stretch (a
    title page, the parts a partial rendering leaves out) is counted, not reported.
    """
    cfg = config or Config()
    ls, rs = _spans(left_sentences, left.text), _spans(right_sentences, right.text)
    if pairs is None:  # (given: aligned already, with these sentences, window and score)
        pairs = align_sentences(
            [left.text[s:e] for s, e in ls], [right.text[s:e] for s, e in rs], window,
            min_score)
    out: list[Finding] = []
    if not pairs:
        return out
    paired_l = {i for i, _ in pairs}
    paired_r = {j for _, j in pairs}
    (i0, j0), (i1, j1) = pairs[0], pairs[-1]
    events: list[tuple[int, int, Finding]] = []
    for i, i_last, j in pair_blocks(pairs):
        span = (ls[i][0], ls[i_last][1])
        for f in _pair_findings(left, span, right, rs[j], cfg):
            events.append((span[0], f.start or 0, f))
    right_of = _Anchors(pairs, 0, rs)
    left_of = _Anchors(pairs, 1, ls)
    for i in range(i0, i1 + 1):
        if i not in paired_l:
            s, e = ls[i]
            at = right_of.at(i)
            events.append((s, s, _finding(left, (s, e), right, (at, at), "omitted", cfg)))
    for j in range(j0, j1 + 1):
        if j not in paired_r:
            s, e = rs[j]
            at = left_of.at(j)
            events.append((at, at, _finding(left, (at, at), right, (s, e), "added", cfg)))
    events.sort(key=lambda t: (t[0], t[1], t[2].detail["right"]["start"]))
    out = [f for _, _, f in events]
    return out


class _Anchors:
    """Where a sentence of one side with no counterpart would have stood in the other
    text: at the end of the other side's sentence in the last pair before it (the pairs
    read in order, stopping at the first pair past it), or at the other text's first
    sentence when no pair comes before it.

    Built once per rendering pair and looked up by bisection: scanning the pairs from the
    start for every unpaired sentence grew with the square of the document. The running
    maximum of the pairs' indices on this side is what bisection searches, so the pair it
    finds is the one the reading in order stops before, whether or not the pairs are
    sorted on this side.
    """

    def __init__(self, pairs: Sequence[tuple[int, int]], side: int,
                 other: Sequence[tuple[int, int]]) -> None:
        self._reach: list[int] = []
        self._ends: list[int] = []
        reach = -1
        for pair in pairs:
            reach = max(reach, pair[side])
            self._reach.append(reach)
            self._ends.append(other[pair[1 - side]][1])
        self._start = other[0][0]

    def at(self, index: int) -> int:
        """The offset in the other text where sentence ``index`` of this side belongs."""
        k = bisect.bisect_right(self._reach, index)
        return self._ends[k - 1] if k else self._start


def _pair_findings(
    left: Document, ls: tuple[int, int], right: Document, rs: tuple[int, int], config: Config
) -> list[Finding]:
    a, b = left.text[ls[0] : ls[1]], right.text[rs[0] : rs[1]]
    out = []
    for c in changes(a, b):
        out.append(
            _finding(
                left,
                (ls[0] + c.a_start, ls[0] + c.a_end),
                right,
                (rs[0] + c.b_start, rs[0] + c.b_end),
                c.kind,
                config,
            )
        )
    return out


def _categories(doc: Document, span: tuple[int, int], config: Config) -> list[str]:
    s, e = span
    if s == e:
        return []
    found = findings_in(doc, max(0, s - 200), e, config)
    return sorted({f.category for f in found if f.start < e and f.end > s and f.category})


def _finding(
    left: Document,
    lspan: tuple[int, int],
    right: Document,
    rspan: tuple[int, int],
    kind: str,
    config: Config,
) -> Finding:
    lt, rt = left.text[lspan[0] : lspan[1]], right.text[rspan[0] : rspan[1]]
    lcat, rcat = _categories(left, lspan, config), _categories(right, rspan, config)
    differ = sorted(set(lcat) ^ set(rcat))
    if kind == "replaced":
        summary = f"'{_short(lt)}' against '{_short(rt)}'"
    elif kind == "omitted":
        summary = f"'{_short(lt)}' has no counterpart in {right.id}"
    else:
        summary = f"{left.id} has no counterpart for '{_short(rt)}'"
    notes = []
    only_l = [c for c in lcat if c not in rcat]
    only_r = [c for c in rcat if c not in lcat]
    if only_l:
        notes.append(f"{', '.join(only_l)} only in {left.id}")
    if only_r:
        notes.append(f"{', '.join(only_r)} only in {right.id}")
    if notes:
        summary += "; " + "; ".join(notes)
    return Finding(
        kind="wording",
        summary=f"wording {kind}: {summary}",
        document=left.id,
        start=lspan[0],
        end=lspan[1],
        detail={
            "change": kind,
            "left": _side(left, lspan, lt, lcat),
            "right": _side(right, rspan, rt, rcat),
            "slant_differs": differ,
        },
    )


def _side(doc: Document, span: tuple[int, int], text: str, cats: list[str]) -> Mapping[str, Any]:
    return {"document": doc.id, "start": span[0], "end": span[1], "text": text, "slant": cats}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN else text[: _SHOWN - 2].rstrip() + " …"


def compare_wording(
    left: Document,
    left_sentence: Sentence,
    right: Document,
    right_sentence: Sentence,
    config: Config,
) -> list[Finding]:
    """Replaced, omitted and added wording between two aligned sentences."""
    return _pair_findings(
        left,
        (left_sentence.start, left_sentence.end),
        right,
        (right_sentence.start, right_sentence.end),
        config,
    )


def compare_texts(
    left: Document, left_segments: Any, right: Document, right_segments: Any, config: Config
) -> list[Finding] | None:
    """Word diffs of two renderings of one text: asked for (``--renderings``), or found
    because most sentences of the shorter text align with the longer one."""
    ls = _read_sentences(left_segments)
    rs = _read_sentences(right_segments)
    if config.option("renderings"):
        return compare_renderings(left, right, ls, rs, config)
    pairs = rendering_pairs(left, right, ls, rs)
    if pairs is None:
        return None
    # the sentences aligned to tell a rendering are those compared below (the same
    # spans and defaults), unless one side has none, where ``renders`` reads rough ones
    return compare_renderings(left, right, ls, rs, config,
                              pairs=pairs if ls and rs else None)


def _read_sentences(segments: Any) -> list[tuple[int, int]]:
    """Sentences of the passages a reader reads (no page chrome, no citations)."""
    keep = ("body", "heading", "footnote", "editorial")
    return [(s.start, s.end) for s in segments.sentences
            if segments.passages[s.passage].kind in keep]
