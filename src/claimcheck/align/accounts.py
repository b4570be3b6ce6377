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
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from claimcheck.model import Document
from claimcheck.text.words import STOPWORDS, concept

#: Content words in a row that make one phrase.
PHRASE_WORDS = 3
#: The share of the shorter document's phrases the other must share to be a close account
#: (measured: a rendering of a text shares about a quarter of its three-word phrases with
#: it; independent accounts of the same events share a few per cent).
CLOSE_SHARE = 0.12
#: Phrases kept per document in its sketch, partners measured per document, and the most
#: documents a phrase may be in to count (a phrase in a hundred sources is boilerplate).
SKETCH = 256
PARTNERS = 8
COMMON = 100

_WORD = re.compile(r"[^\W\d_]+")


def phrases(text: str) -> set[int]:
    """The document's three-content-word phrases, as stable 64-bit hashes."""
    words = [concept(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS]
    out = set()
    for i in range(len(words) - PHRASE_WORDS + 1):
        key = " ".join(words[i:i + PHRASE_WORDS]).encode("utf-8")
        out.add(int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big"))
    return out


def close_pairs(documents: Sequence[Document],
                chosen: Iterable[Sequence[str]] = ()) -> list[tuple[int, int]]:
    """Index pairs (i < j) of documents to compare sentence by sentence: those detected as
    close accounts, and every pair within each group of ids in ``chosen`` (the user's
    ``--renderings``). Sorted, so the run's order does not depend on the hash seed."""
    found = [phrases(d.text) for d in documents]
    sketches = [sorted(p)[:SKETCH] for p in found]
    postings: dict[int, list[int]] = defaultdict(list)
    for i, sketch in enumerate(sketches):
        for h in sketch:
            postings[h].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, sketch in enumerate(sketches):
        shared: Counter[int] = Counter()
        for h in sketch:
            members = postings[h]
            if len(members) > COMMON:
                continue
            shared.update(j for j in members if j != i)
        best = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:PARTNERS]
        for j, count in best:
            if count < 2:
                break
            a, b = (i, j) if i < j else (j, i)
            if (a, b) in pairs:
                continue
            smaller = min(len(found[a]), len(found[b]))
            if smaller and len(found[a] & found[b]) / smaller >= CLOSE_SHARE:
                pairs.add((a, b))
    index = {d.id: n for n, d in enumerate(documents)}
    for group in chosen:
        members = sorted(index[d] for d in group if d in index)
        pairs.update((a, b) for n, a in enumerate(members) for b in members[n + 1:])
    return sorted(pairs)
