"""Sentences of the passages that are read, with the citations and markers each carries.

The splitting itself is the shared helper ``claimcheck.plugin.split_sentences``; this
module decides which passages are split (a heading is one sentence, boilerplate and
citations none) and links each sentence to the citation passages that follow it and to
the footnote markers inside it.
"""

from __future__ import annotations

from claimcheck.plugin import NoteRef, Sentence, split_sentences

from .pieces import READ_KINDS, Piece


def sentences_of(text: str, pieces: list[Piece], notes: list[NoteRef]) -> tuple[Sentence, ...]:
    """Every sentence of the read passages, in order, with its citations and markers."""
    note_starts = {n.start for n in notes}
    spans: list[tuple[int, int, int]] = []
    last_of: dict[int, int] = {}
    for i, p in enumerate(pieces):
        if p.kind not in READ_KINDS:
            continue
        lo = p.text_start if p.note_def and p.text_start else p.start
        if p.kind == "heading":
            last_of[i] = len(spans)
            spans.append((p.start, p.end, i))
            continue
        for s, e in split_sentences(text, min(lo, p.end), p.end, note_starts):
            last_of[i] = len(spans)
            spans.append((s, e, i))
    cites: dict[int, list[int]] = {}
    cited = -1  # the last passage that is not a citation
    for i, p in enumerate(pieces):
        if p.kind != "citation":
            cited = i
            continue
        if cited in last_of and pieces[cited].kind in ("body", "footnote", "editorial"):
            cites.setdefault(last_of[cited], []).append(i)
    out = []
    k = 0
    for n, (s, e, i) in enumerate(spans):
        while k < len(notes) and notes[k].start < s:
            k += 1
        inside = []
        while k < len(notes) and notes[k].start < e:
            inside.append(k)
            k += 1
        out.append(Sentence(s, e, i, tuple(cites.get(n, ())), tuple(inside)))
    return tuple(out)
