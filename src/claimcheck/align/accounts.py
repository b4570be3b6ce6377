"""Which documents are renderings or close accounts of each other.

Wording and statements are compared pair by pair; across a corpus, comparing every pair
of documents grows with the square of their number, and most pairs (a ministry's survey
and a wire story) share no wording worth a finding. Only documents that share a good part
of their phrasing (three content words in a row, as concepts) are compared sentence by
sentence: a translation or a second rendering of one text, a story and its rewrite.

Detection is linear: each document is summarised by a bottom-k sketch of its phrase
hashes (stable hashes, so the same input gives the same pairs whatever the hash seed);
documents meet only through sketch entries they share, each keeps its closest few
partners, and only those pairs are measured exactly.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain

from claimcheck.model import Document
from claimcheck.text.words import STOPWORDS, concept

#: Content words in a row that make one phrase.
PHRASE_WORDS = 3
#: The share of the shorter document's phrases the other must share to be a close account
#: (measured: a rendering of a text shares about a quarter of its three-word phrases with
#: it; independent accounts of the same events share a few per cent).
CLOSE_SHARE = 0.12
#: Phrases kept per document in its sketch, and partners measured per document.
SKETCH = 512
PARTNERS = 8
#: A phrase in more documents than this (at least COMMON_MIN, else a share of the corpus)
#: is the corpus's boilerplate or a template, not the mark of two close accounts.
COMMON_MIN = 20
COMMON_SHARE = 0.05

_WORD = re.compile(r"[^\W\d_]+")


def phrases(text: str) -> set[int]:
    """The document's three-content-word phrases, as stable 64-bit hashes."""
    words = [concept(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS]
    out = set()
    for i in range(len(words) - PHRASE_WORDS + 1):
        key = " ".join(words[i:i + PHRASE_WORDS]).encode("utf-8")
        out.add(int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big"))
    return out


def close_pairs(documents: Sequence[Document]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of documents that are close accounts of each other, sorted.

    Each document keeps the SKETCH smallest hashes of its phrases (a bottom-k sketch).
    Below the smaller of two sketches' largest hashes, both sketches hold every phrase
    their documents have, so the share of the shorter document's phrases the other
    shares is estimated there, without keeping any document's whole set of phrases.
    """
    sketches = [sorted(phrases(d.text))[:SKETCH] for d in documents]
    postings: dict[int, list[int]] = defaultdict(list)
    for i, sketch in enumerate(sketches):
        for h in sketch:
            postings[h].append(i)
    common = max(COMMON_MIN, int(COMMON_SHARE * len(documents)))
    rare = [[h for h in sketch if len(postings[h]) <= common] for sketch in sketches]
    full = [len(sketch) < SKETCH for sketch in sketches]  # the sketch is the whole set
    pairs: set[tuple[int, int]] = set()
    for i, sketch in enumerate(rare):
        # the posting lists counted in one call (in C), the document itself dropped
        # after; a phrase stays rare up to a share of the corpus, so the lists and the
        # documents met grow with it, and a call and a test a member, then a sort of
        # everyone met by a key in Python, made this the part of a run that grew fastest
        shared = Counter(chain.from_iterable(postings[h] for h in sketch))
        shared.pop(i, None)
        for j, _count in _closest(shared):
            a, b = (i, j) if i < j else (j, i)
            if (a, b) not in pairs and _close(sketches, rare, full, a, b):
                pairs.add((a, b))
    return sorted(pairs)


def _closest(shared: Counter[int]) -> list[tuple[int, int]]:
    """The PARTNERS documents that share the most entries, at least two, as (document,
    count), most first and the lower index first among equals. Only those that share at
    least as many as the PARTNERS-th most are sorted by that key: in a large corpus a
    document meets thousands of others through an entry or two."""
    counts = sorted(shared.values(), reverse=True)
    least = max(2, counts[PARTNERS - 1] if len(counts) >= PARTNERS else 0)
    found = [(j, count) for j, count in shared.items() if count >= least]
    return sorted(found, key=lambda kv: (-kv[1], kv[0]))[:PARTNERS]


def _close(sketches: Sequence[list[int]], rare: Sequence[list[int]], full: Sequence[bool],
           a: int, b: int) -> bool:
    """Whether the shorter of two documents shares CLOSE_SHARE of its (rare) phrases with
    the other, counted below the hash up to which both sketches are complete."""
    limits = [sketches[k][-1] if sketches[k] and not full[k] else 1 << 64 for k in (a, b)]
    below = min(limits)
    # (each list is sorted, as its sketch is: the hashes up to ``below`` are a prefix)
    ra = set(rare[a][:bisect_right(rare[a], below)])
    rb = set(rare[b][:bisect_right(rare[b], below)])
    smaller = min(len(ra), len(rb))
    return smaller >= 3 and len(ra & rb) / smaller >= CLOSE_SHARE
