"""The built-in segmenter: passages with a role, and the sentences inside them.

Every later step trusts the passage kinds: extractors skip page chrome and citations,
and comparisons weigh an editor's footnote differently from the report's own voice. So
the segmenter decides with general signals, kept as data in segmenter.toml, rather than
with the seed's exact lines: the position of a line (the very start or end of the
document, after the footnotes), its shape (a short label followed by a value, an all-caps
line, a numbered heading, a bracket signed by an editor) and known vocabulary of archive
and web chrome.

This module only orchestrates the stages, each in its own module: the trailing archive
record and page chrome (chrome.py), one pass over the lines deciding their kinds
(classifier.py, with headings.py and footnotes.py), editorial insertions and citations
cut out of passages (editorial.py), footnote markers (markers.py), rows of columns and
key-value lines (tables.py, labels.py), each line of which is a sentence of its own, and
sentences (sentences.py). Every stage works with compiled regular expressions whose
repetitions are bounded and never looks at more than a bounded window around any place,
so the segmenter is linear in the size of the document whatever the input.
"""

from __future__ import annotations

from claimcheck.plugin import Passage, Segments

from .chrome import head_end, tail_start
from .classifier import Classifier
from .editorial import split_inline
from .markers import note_refs
from .pieces import split_blocks
from .sentences import sentences_of
from .tables import keep_read, read_layout


def segment_text(text: str) -> Segments:
    """Passages, sentences, footnote markers, tables and labels of ``text``.

    Passages come in reading order, never overlap, are trimmed of surrounding whitespace
    and together hold every non-whitespace character. Boilerplate and citation passages
    carry no sentences: they are not statements; nor do they hold tables or labels.
    """
    blocks = split_blocks(text)
    tail = tail_start(text, blocks)
    head = head_end(text, blocks, tail)
    raw = Classifier(text, blocks, head, tail).run()
    pieces = split_inline(text, raw)
    notes = note_refs(text, pieces)
    layout = keep_read(read_layout(text, blocks), pieces)
    sentences = sentences_of(text, pieces, notes, layout.lines)
    passages = tuple(Passage(p.kind, p.start, p.end, p.label) for p in pieces)
    return Segments(
        passages=passages,
        sentences=sentences,
        notes=tuple(notes),
        tables=tuple(layout.tables),
        labels=tuple(layout.labels),
    )
