"""The built-in slant plugin: loaded wording found sentence by sentence with the lexicon
(detect.py, lexicon.py, context.py, quotes.py, lexicon/), and the wording of two accounts
compared (wording.py, over alignment.py and diff.py)."""

from __future__ import annotations

from claimcheck.plugin import Config, Document, Finding, Segments, Sentence, hookimpl

from . import wording
from .detect import findings_in


@hookimpl
def detect_slant(document: Document, sentence: Sentence, config: Config) -> list[Finding]:
    """Slant findings that start in this sentence."""
    return findings_in(document, sentence.start, sentence.end, config)


@hookimpl
def compare_wording(
    left: Document, left_sentence: Sentence, right: Document, right_sentence: Sentence,
    config: Config,
) -> list[Finding]:
    """Replaced, omitted and added wording between two aligned sentences."""
    return wording.compare_wording(left, left_sentence, right, right_sentence, config)


@hookimpl
def compare_texts(
    left: Document, left_segments: Segments, right: Document, right_segments: Segments,
    config: Config,
) -> list[Finding] | None:
    """Word diffs of two renderings of one text: asked for (``--renderings``), or found
    because most sentences of the shorter text align with the longer one."""
    return wording.compare_texts(left, left_segments, right, right_segments, config)
