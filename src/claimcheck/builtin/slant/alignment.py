"""Sentences of two renderings set side by side: which sentence of one renders which of the other.

Why greedy and windowed: renderings (a translation, an abridgement, a retyped copy) keep
their order, so each sentence need only look a few sentences ahead for the one sharing
most words; alignment then costs O(n * window) and never the square of the document.
Whether most sentences align is also how two texts are recognised as renderings of one
another (``renders``) when the user did not say so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.plugin import Document, table

from .tokens import WORD

_WORDS = table("words", package=__package__)["sentences"]
_STOPWORDS = frozenset(_WORDS["stopwords"])  # too common to tell sentences apart
_ABBREVIATIONS = frozenset(_WORDS["abbreviations"])  # their full stop ends no sentence
_LAST_WORD = re.compile(r"[\w.]+$")
_SENT_END = re.compile(r"[.!?…]+[”\"’)\]]*(?=\s)|\n[ \t]*\n")


def rough_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """A rough sentence splitter, used when no segmenter's sentences are passed in.

    Splits at sentence-final punctuation followed by space and at blank lines, not after
    initials ("A.A. Gromyko") or common abbreviations ("Gen.", "U.S.").
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    begin = start
    for m in _SENT_END.finditer(text, start, end):
        if m.group()[0] == ".":
            word = _LAST_WORD.search(text, max(begin, m.start() - 12), m.start())
            w = word.group().lower() if word else ""
            if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or "." in w:
                continue  # "Gen.", "A.A. Gromyko", "U.S."
        out.append((begin, m.end() if m.group()[0] != "\n" else m.start()))
        begin = m.end()
    out.append((begin, end))
    return [_trim(text, s, e) for s, e in out if text[s:e].strip()]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """The span less the whitespace at its ends."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _keys(text: str) -> frozenset[str]:
    """What a sentence is compared by: the first five letters of its telling words."""
    return frozenset(
        low[:5] for w in WORD.findall(text)
        if (low := w.lower()) not in _STOPWORDS and len(w) > 1  # (lower-cased once a word)
    )


def align_sentences(
    left: Sequence[str], right: Sequence[str], window: int = 8, min_score: float = 0.3
) -> list[tuple[int, int]]:
    """Monotone greedy alignment by shared words (Dice over stems); O(n * window).

    Each left sentence looks at the next ``window`` right sentences and takes the best one
    scoring ``min_score`` or more; renderings keep their order, so this is enough, and it
    never grows with the square of the document. A right sentence that renders two left
    ones (a translator joined them) may take the second too, scored on the words the
    first left unmatched; such pairs share their right index.
    """
    lk = [_keys(s) for s in left]
    rk = [_keys(s) for s in right]
    pairs: list[tuple[int, int]] = []
    last = -1
    used: set[str] = set()
    for i, a in enumerate(lk):
        if not a:
            continue
        best, best_k = 0.0, -1
        for k in range(max(last, 0), min(len(rk), last + 1 + window)):
            b = rk[k] - used if k == last else rk[k]
            if not b:
                continue
            score = 2 * len(a & b) / (len(a) + len(b))
            if score > best:
                best, best_k = score, k
        if best >= min_score:
            if best_k != last:
                used = set()
            used |= a & rk[best_k]
            pairs.append((i, best_k))
            last = best_k
    return pairs


def pair_blocks(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Pairs sharing a right sentence joined: (first left, last left, right)."""
    out: list[tuple[int, int, int]] = []
    for i, j in pairs:
        if out and out[-1][2] == j:
            out[-1] = (out[-1][0], i, j)
        else:
            out.append((i, i, j))
    return out


def renders(
    left: Document,
    right: Document,
    left_sentences: Sequence[tuple[int, int]] | None = None,
    right_sentences: Sequence[tuple[int, int]] | None = None,
    share: float = 0.5,
) -> bool:
    """True when most sentences of the shorter text align: one renders the other."""
    return rendering_pairs(left, right, left_sentences, right_sentences, share) is not None


def rendering_pairs(
    left: Document,
    right: Document,
    left_sentences: Sequence[tuple[int, int]] | None = None,
    right_sentences: Sequence[tuple[int, int]] | None = None,
    share: float = 0.5,
) -> list[tuple[int, int]] | None:
    """``renders``, giving the aligned sentence pairs (``align_sentences`` with its
    defaults) when one text renders the other, None when not: a caller that goes on to
    compare the renderings aligns their sentences once, not twice."""
    ls = list(left_sentences or rough_sentences(left.text))
    rs = list(right_sentences or rough_sentences(right.text))
    pairs = align_sentences([left.text[s:e] for s, e in ls], [right.text[s:e] for s, e in rs])
    shorter = min(len(ls), len(rs))
    return pairs if bool(shorter) and len(pairs) / shorter >= share else None
