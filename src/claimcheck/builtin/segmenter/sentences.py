"""Sentences of the passages that are read, with the citations and markers each carries.

The splitting itself is the shared helper ``claimcheck.plugin.split_sentences``; this
module decides which passages are split (a heading is one sentence, boilerplate and
citations none) and links each sentence to the citation passages that follow it and to
the footnote markers inside it. A line of a table or a key-value line (tables.py) is a
sentence of its own, so that rows without a full stop are not read as one sentence; a
table's rule ("|---|---|") is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.plugin import NoteRef, Sentence, split_sentences, trim

from .pieces import READ_KINDS, Piece


def sentences_of(
    text: str,
    pieces: list[Piece],
    notes: list[NoteRef],
    own_lines: Sequence[tuple[int, int, bool]] = (),
) -> tuple[Sentence, ...]:
    """Every sentence of the read passages, in order, with its citations and markers.

    ``own_lines`` are (start, end, is_sentence) of lines that stand alone, in order:
    each is one sentence when ``is_sentence``, else none; the text between them is split
    as usual.
    """
    note_starts = {n.start for n in notes}
    spans: list[tuple[int, int, int]] = []
    last_of: dict[int, int] = {}
    k = 0
    for i, p in enumerate(pieces):
        if p.kind not in READ_KINDS:
            continue
        lo = min(p.text_start if p.note_def and p.text_start else p.start, p.end)
        while k < len(own_lines) and own_lines[k][1] <= lo:
            k += 1
        pos = lo
        while k < len(own_lines) and own_lines[k][0] < p.end:
            ls, le, is_sentence = own_lines[k]
            span = trim(text, max(ls, lo), min(le, p.end))
            if span:
                ls, le = span
                for s, e in _pieces_of(text, p, pos, ls, note_starts):
                    last_of[i] = len(spans)
                    spans.append((s, e, i))
                if is_sentence:
                    last_of[i] = len(spans)
                    spans.append((ls, le, i))
                pos = le
            if own_lines[k][1] > p.end:
                break  # the line runs on into the next passage
            k += 1
        for s, e in _pieces_of(text, p, pos, p.end, note_starts):
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


def _pieces_of(
    text: str, p: Piece, start: int, end: int, note_starts: set[int]
) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` inside passage ``p``: a heading's text is one
    sentence, a body's is split at sentence ends."""
    if start >= end:
        return []
    if p.kind == "heading":
        span = trim(text, start, end)
        return [span] if span else []
    return split_sentences(text, start, end, note_starts)
