"""Which claims meet at all: blocking keys.

Comparing every claim with every other grows with the square of the claims. Blocking
keeps the work near linear: two claims meet only when they share a key (family, measure,
owner, event words, years; plugins add keys through ``blocking_keys``).
"""

from __future__ import annotations

import bisect
import math
import pickle
import sys
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date

from claimcheck.align.frames import place_counted
from claimcheck.align.profiles import (
    MAX_CANDIDATES,
    MAX_CORPUS_CANDIDATES,
    FigureProfile,
    near_keys,
)
from claimcheck.config import Config
from claimcheck.model import Claim
from claimcheck.text.names import normalize
from claimcheck.text.words import concept, stem


def default_keys(p: FigureProfile, weights: Mapping[str, float],
                 solo: float | None = None, corpus: bool = False) -> set[str]:
    """Keys that must be shared for two claims to be compared at all.

    ``solo`` is the weight of a concept no other claim has (``idf``): a key made of it
    can meet nothing, so the rarest concepts another claim shares make the keys ("founded"
    and "Johnstown" rather than "Swiss" and "immigrant", said of the village once).
    ``corpus``: the claims come from many sources (``figures.MANY_SOURCES``), where a day
    meets no bare year (headings' years would chain every day of theirs into one fact)."""
    rare = {f"v|{p.value_key}"} if p.unique else set()
    if not corpus:
        # between a few accounts, a figure of many digits meets those at most one per
        # cent from it ("23,001", "22,990"); among many sources such values are common
        rare |= near_keys(p)

    def rarest(concepts: Iterable[str], n: int) -> list[str]:
        # (weight, concept) pairs sorted as they are: no key function called a concept
        shared = sorted([(-weights.get(c, 0.0), c) for c in concepts
                         if solo is None or weights.get(c, solo) < solo - 1e-9])
        return [c for _, c in shared[:n]]

    if p.family == "time":
        words = rarest(p.concepts, 4)
        frame = p.claim.frame
        if corpus and frame is not None and frame.place:
            # among many sources, a date said of a place meets the dates whose rarest
            # words name that place ("Typhoid in Aramloulstan province, 1953" and
            # "Typhoid in Pothleland province, 1953" share a disease and a year, not an
            # event): the pairs of topics alike but for their place grow with the
            # square of the corpus, and each such pair chained two facts into one
            named = [c for c in words if c in {concept(w) for w in frame.place.split()}]
            words = named or words
        if p.interval is None:
            # a date before the common era: by its rarer words and its years ("480 BC"
            # meets "479 BC"), as day numbers know them
            assert p.days is not None
            years = range(_year_of(p.days[0]) - 1, _year_of(p.days[1]) + 2)
            return {f"t|{c}|{y}" for c in words for y in years} | rare
        first, last = p.interval
        if (last - first).days <= 62:
            # a day or a month meets what falls in its month, and dates a month either
            # side that share its rarer words (June 30 against July 1)
            months = {month_key(first, -1), month_key(first, 0), month_key(last, 0),
                      month_key(last, 1)}
            keys = {f"t|m|{first:%Y-%m}", f"t|m|{last:%Y-%m}"}
            keys.update([f"t|{c}|{m}" for c in words for m in months])
            # and meets a year that shares its words ("Leader since: 1995" and "Leader
            # since ... 30 January 1995"): a year's keys name the years about it
            if not corpus:
                keys.update([f"t|{c}|{y}" for c in words for y in {first.year, last.year}])
                # and, between a few accounts, the same month a year either side that
                # shares its rarer words ("failed in October 1906", "failed attempt in
                # October 1907"): a year miswritten is a difference worth telling
                keys.update([f"t|{c}|{first.year + d:04d}-{first.month:02d}" for c in words
                             for d in (-1, 1)])
            return keys | rare
        years = range(first.year - 1, min(last.year, first.year + 2) + 2)
        return {f"t|{c}|{y}" for c in words for y in years} | rare
    base = f"{p.family}|{p.dimension or 'count'}"
    frame = p.claim.frame
    if frame is not None and frame.measure and not frame.measure_weak:
        # a figure meets every figure its frame says measures the same (or the whole
        # it is a part of): "a harvest of 900 tonnes" meets "the harvest came to 950"
        top = frame.measure.split(".")[0]
        framed = {f"{base}|f|{top}"}
    elif frame is not None and frame.measure:
        # a measure named only by a weak word ("1,195 men aboard") meets the same weak
        # measure: whether they differ is then for the values and the nouns to say
        framed = {f"{base}|fw|{frame.measure}"}
    else:
        framed = set()
    if frame is not None and frame.source == "row" and frame.measure_text:
        # "Seats before 193 345 63" meets "seats1_before = 209": its label and column
        label = [stem(w) for w in frame.measure_text.replace("_", " ").split()]
        framed |= {f"r|{' '.join(label)}|{frame.subject}", f"r1|{label[0]}|{frame.subject}"}
    if p.material:
        framed = framed | {f"{base}|n|{p.material}"}  # "2.5kgs of silver", "1.4 kg of silver"
    place = place_counted(frame) if frame is not None else None
    if place is not None:
        # "in 14 countries", "in 13 countries": places an event touched, whatever else
        # the clauses say
        framed = framed | {f"{base}|places|{place}"}
    if not corpus and frame is not None and frame.counted and p.dimension in (None, "count"):
        # between a few accounts, a count meets the others of the same noun ("Passengers:
        # 3,229", "3,206 passengers"), however common the noun is in its documents
        framed = framed | {f"{base}|n|{concept(frame.counted.split()[-1])}"}
    if not corpus and p.dimension not in (None, "count"):
        # between a few accounts, an amount in units ("10.8 million US gallons", "11 to 30
        # million U.S. gallons") meets the others of its dimension: they are few, and
        # their words and values decide (``scores.score``)
        framed = framed | {f"{base}|d"}
    measures = sorted(p.measures) or ["-"]
    named = _named_keys(p, base, measures) if corpus else set()
    if p.owner:
        # the owner and what is measured, also by year so that a large corpus keeps its
        # blocks small; "the Chinese" meets "Chinese volunteers" through the first word
        keys = {f"{base}|o|{p.owner}"} | {f"{base}|o|{p.owner}|m|{m}" for m in measures}
        when = p.interval or p.context_interval
        if when is not None:
            keys.update(f"{base}|o|{p.owner}|m|{m}|y|{y}" for m in measures
                        for y in range(when[0].year - 1, when[0].year + 2))
        first = p.owner.split()[0]
        keys.update(f"{base}|w|{first}|m|{m}" for m in measures)
        keys.update(f"{base}|m|{m}" for m in p.measures)  # to meet an unnamed owner's
        if corpus:
            # and, in a corpus, a figure whose owner was not read but whose clause names
            # it among its rarest words ("the air arm of the Tailttoula Army counted 57
            # warplanes" against "the Tailttoula Army could fly 57 aircraft"): the keys
            # of the unowned below. Without them the two share only the measure's key,
            # a block that grows with the corpus, where the nearest values are other
            # facts' as often as not
            named_words = rarest({concept(w) for w in p.owner.split()}, 2)
            keys.update(f"{base}|m|{m}|c|{c}" for m in measures for c in named_words)
        return keys | framed | rare | named
    common = rarest(p.concepts - p.measures, 3)
    keys = {f"{base}|m|{m}|c|{c}" for m in measures for c in common}
    if p.measures:
        keys.update(f"{base}|m|{m}" for m in p.measures)
    return keys | framed | rare | named


def _named_keys(p: FigureProfile, base: str, measures: Sequence[str]) -> set[str]:
    """In a corpus, a figure meets those of the same name and measure whether the name
    is whose the figure is or where it holds: "Alilmaland province had counted 2,700
    cases" (its owner) and "2,700 cases ... in Alilmaland province" (its place) share no
    owner's key, and the measure's own block, across the corpus, is too large for either
    to be among the other's few nearest values. The measure is the frame's where it has
    one ("injured" and "were hurt" are both casualties.wounded), and the year is added
    where the figure has one, so that a subject of many years keeps small blocks."""
    frame = p.claim.frame
    names = {p.owner} if p.owner else set()
    if frame is not None and frame.place:
        names.add(normalize(frame.place))
    names.discard("")
    if not names:
        return set()
    kinds = [frame.measure] if frame is not None and frame.measure else list(measures)
    keys = {f"{base}|n|{name}|m|{m}" for name in names for m in kinds}
    when = p.interval or p.context_interval
    if when is not None:
        keys.update(f"{base}|n|{name}|m|{m}|y|{y}" for name in names for m in kinds
                    for y in range(when[0].year, min(when[1].year, when[0].year + 2) + 1))
    return keys


def _year_of(day_number: int) -> int:
    """The astronomical year a day number falls in, near enough for a blocking key."""
    return math.floor((day_number - 1) / 365.2425) + 1


def month_key(day: date, shift: int) -> str:
    index = day.year * 12 + day.month - 1 + shift
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def keys_of(p: FigureProfile, weights: Mapping[str, float],
            blocking_keys: Callable[..., list[Iterable[str] | None]],
            config: Config, solo: float | None = None,
            corpus: bool = False) -> tuple[str, ...]:
    """A claim's blocking keys, the built-in ones and the plugins', sorted and each
    interned: claims of one owner, measure and year share their keys, and a corpus holds
    one copy of each key instead of one per claim. A tuple, not a set: the keys are only
    read in turn, and a million claims' sets of a dozen keys held about 0.6 KB each
    against 0.15 KB as tuples. ``blocking_keys``: the hook of that name bound once for
    the alignment (``manager.bind_hook``), since it is called once per claim."""
    return tuple(sorted(map(sys.intern, default_keys(p, weights, solo, corpus)
                            | plugin_keys(p.claim, blocking_keys, config))))


def corpus_keys(profiles: Sequence[Sequence[FigureProfile]],
                key_list: Callable[[FigureProfile], tuple[str, ...]]) -> None:
    """Each profile's keys for ``corpus_candidates`` (three documents or more, no base),
    less those that can do nothing there or after: a key no other document holds meets
    nothing across documents, and within its document only what ``_keys_left`` keeps
    (for a figure, the keys another figure of its document holds, and its first key no
    other holds; for a date, none). ``key_list`` gives a profile's keys (``keys_of``);
    it is called once for each profile, its keys held packed between the two passes
    (``_pack``).

    Why: a corpus's keys are mostly a name, a measure and a year together, held by one
    document (556 distinct keys a generated 10 KB document, 71 of them held by another):
    every document's keys made before any was dropped were the largest part of a corpus
    run's peak. A first pass notes the keys' hashes in a bitmap, documents one after the
    other; a key whose bit a document before set is held by two. A bit set by another
    key (a collision) only keeps a key that meets nothing, so the candidates, and the
    pairs within each document, are the same as with every key kept."""
    total = sum(len(found) for found in profiles)
    bits = 1 << max(20, (32 * total).bit_length())  # about 1 bit in 10 set
    mask = bits - 1
    seen = bytearray(bits >> 3)
    shared: set[int] = set()
    packed: list[bytes] = []
    for found in profiles:
        keys = [key_list(p) for p in found]
        mine = {hash(key) & mask for found_keys in keys for key in found_keys}
        shared.update(h for h in mine if seen[h >> 3] & (1 << (h & 7)))
        for h in mine:
            seen[h >> 3] |= 1 << (h & 7)
        packed.append(_pack(keys))
    del seen
    for n, found in enumerate(profiles):
        keys = _unpack(packed[n])
        packed[n] = b""  # (each document's freed as it is read)
        held: dict[str, int] = defaultdict(int)
        for p, mine_keys in zip(found, keys, strict=True):
            if p.family != "time":
                for key in mine_keys:
                    held[key] += 1
        for p, mine_keys in zip(found, keys, strict=True):
            if p.family == "time":
                p.keys = tuple(k for k in mine_keys if hash(k) & mask in shared)
                continue
            lone = next((k for k in mine_keys if held[k] == 1), None)
            p.keys = tuple(k for k in mine_keys
                           if held[k] > 1 or k == lone or hash(k) & mask in shared)


def _pack(keys: list[tuple[str, ...]]) -> bytes:
    """A document's profiles' keys, pickled (a key its profiles share, once) and
    compressed: held from ``corpus_keys``' first pass to its second. Made again there,
    they cost as much again (0.65 s of 1.9 at 300 documents); held as they are, they
    were the peak the two passes are there to avoid (37 KB a generated 10 KB document
    pickled, 9 KB packed)."""
    return zlib.compress(pickle.dumps(keys, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(blob: bytes) -> list[tuple[str, ...]]:
    """``_pack``'s keys back, each interned again (a key a document keeps is one string
    across the corpus, as ``keys_of`` made it)."""
    return [tuple(map(sys.intern, found)) for found in
            pickle.loads(zlib.decompress(blob))]


def plugin_keys(claim: Claim, blocking_keys: Callable[..., list[Iterable[str] | None]],
                config: Config) -> set[str]:
    """The plugins' keys for ``claim``, each marked as a plugin's; ``blocking_keys`` is
    the hook bound with ``manager.bind_hook(pm, "blocking_keys")``."""
    keys: set[str] = set()
    for batch in blocking_keys(claim=claim, config=config):
        keys.update(f"plugin|{k}" for k in batch or ())
    return keys


def candidate_pairs(
    left: Sequence[FigureProfile], right: Sequence[FigureProfile]
) -> list[tuple[int, int]]:
    """Index pairs (i, j) that share a key, each once, in a deterministic order.

    Each claim takes its candidates from its most specific keys first (the smallest
    blocks) and stops at MAX_CANDIDATES: a bounded number of comparisons per claim is
    what keeps alignment linear in the number of claims.
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for j, p in enumerate(right):
        for key in p.keys:
            blocks[key].append(j)
    pairs: set[tuple[int, int]] = set()
    for i, p in enumerate(left):
        mine: set[int] = set()
        for _, key in sorted([(len(blocks.get(k, ())), k) for k in p.keys]):
            members = blocks.get(key)
            if not members:
                continue
            if len(mine) + len(members) > MAX_CANDIDATES:
                break
            mine.update(members)
        pairs.update((i, j) for j in mine)
    return sorted(pairs)


def corpus_candidates(
    profiles: Sequence[Sequence[FigureProfile]],
    base: int | None = None,
    apart: Callable[[FigureProfile], Callable[[FigureProfile], bool]] | None = None,
) -> Mapping[tuple[int, int], Sequence[tuple[int, int]]]:
    """Candidate pairs across a whole corpus from one index: ``{(a, b): [(i, j), ...]}``
    for documents ``a < b``, claim ``i`` of ``a`` against claim ``j`` of ``b``, its
    items in order of ``(a, b)`` (``Candidates``).

    Each claim looks for partners in the documents after its own, smallest blocks first,
    and takes at most MAX_CANDIDATES of them (MAX_CORPUS_CANDIDATES when there are more
    than two documents): the number of comparisons grows with the number of claims, never
    with the square of the number of documents, and the index is built once, not once per
    pair of documents. With two documents this is ``candidate_pairs``. A claim whose
    smallest block is larger than its budget still gets partners: the members nearest to
    it in value (a sorted neighbourhood), never none; and the budget left when a block
    no longer fits goes to that block's members nearest in value.

    With ``base`` (a document's index), each other document's claims look only among the
    base's, as in a two-document run: collation against one text.

    ``apart`` (without ``base``): ``apart(p)(q)`` says that two claims never meet (made
    once a claim, for all its candidates); such a pair is dropped once a claim's
    candidates are taken (so the budget is spent as without it), and a pair of
    documents left with none is not made. Matching a corpus screens most pairs out so
    (``figures._clauses_apart``), and the pairs of documents that share a candidate or
    two grow with the square of the documents: each one made and matched only to find
    nothing was a call each, 114 a document at 300 documents, 283 at 1,000.

    Once a document's candidates are taken, its profiles keep only the keys that can
    still meet (``_keys_left``): the keys are read again only to pair a document's own
    figures, and most of them (a name, a measure and a year together) are held by no
    other figure of the document.
    """
    if base is not None:
        found_base = _against_base(profiles, base)
        for found in profiles:
            _keys_left(found)
        return found_base
    budget = MAX_CANDIDATES if len(profiles) <= 2 else MAX_CORPUS_CANDIDATES
    # each block's members, packed as (document << SHIFT) | claim in one machine array:
    # a corpus's index holds millions of memberships, eight bytes each here against
    # about ninety as a tuple of two ints; in document order, so the members after
    # document a start at a bisection
    blocks: dict[str, array[int]] = {}
    for key in _shared(profiles):
        blocks[key] = array("q")
    for a, found in enumerate(profiles):
        for i, p in enumerate(found):
            member = (a << SHIFT) | i
            for key in p.keys:
                members = blocks.get(key)
                if members is not None:
                    members.append(member)
    by_value: dict[str, tuple[array[float], array[int]]] = {}
    out = Candidates()
    for a, found in enumerate(profiles):
        if a == len(profiles) - 1:
            _keys_left(found)  # no document after it: its claims look for nobody
            break
        after_a = ((a + 1) << SHIFT) - 1
        # document a's candidates, by the later document b: (i << SHIFT) | j; a claim
        # meets each member once (``mine`` is a set), so a pair never comes twice
        of_a: dict[int, array[int]] = {}
        for i, p in enumerate(found):
            later: dict[str, int] = {}
            for key in p.keys:
                members = blocks.get(key)
                if members is None:
                    continue
                first = bisect.bisect_right(members, after_a)
                if first < len(members):
                    later[key] = first
            mine: set[int] = set()
            for _, key in sorted([(len(blocks[k]) - first, k) for k, first in later.items()]):
                members = blocks[key]
                size = len(members) - later[key]
                if len(mine) + size > budget:
                    # the rest of the budget goes to the members of this block nearest
                    # in value, not to none: two values said alike ("47,000 people", "47
                    # thousand patients") meet though a smaller block came first
                    mine.update((b << SHIFT) | j for b, j in _nearest(
                        key, blocks, by_value, profiles, p, a, budget - len(mine)))
                    break
                mine.update(members[later[key]:])
            if apart is not None and mine:
                from_p = apart(p)
                mine = {m for m in mine if not from_p(profiles[m >> SHIFT][m & MASK])}
            for member in mine:
                packed = of_a.get(member >> SHIFT)
                if packed is None:
                    packed = of_a[member >> SHIFT] = array("q")
                packed.append((i << SHIFT) | (member & MASK))
        for b in sorted(of_a):
            out.add(a, b, of_a[b])
        _keys_left(found)
    return out


def _keys_left(found: Sequence[FigureProfile]) -> None:
    """A document's profiles with the keys ``candidate_pairs`` still reads once the
    corpus's candidates are taken, for the pairs within the document: none for a date
    (dates never meet within one), and for a figure the keys another figure of its
    document holds, plus one key no other holds when it has any.

    The pairs within a document stay the same: a key of one figure alone is a block of
    that figure alone, which adds only the figure itself to its candidates and always
    fits the budget, so one such block does what all of them did. At 1,000 documents
    the keys dropped are about a tenth of alignment's memory (``docs/scale.md``)."""
    held: dict[str, int] = defaultdict(int)
    for p in found:
        if p.family != "time":
            for key in p.keys:
                held[key] += 1
    for p in found:
        if p.family == "time":
            p.keys = ()
            continue
        lone = [key for key in p.keys if held[key] == 1]
        if lone:
            p.keys = tuple(key for key in p.keys if held[key] > 1 or key == lone[0])


class Candidates(Mapping[tuple[int, int], Sequence[tuple[int, int]]]):
    """``{(a, b): [(i, j), ...]}`` for a corpus, in three machine arrays: the pairs of
    documents (``(a << SHIFT) | b``, in order), where each one's claim pairs start, and
    the claim pairs (``(i << SHIFT) | j``, in order within each pair of documents).

    Why: a corpus of 1,000 documents has some hundreds of thousands of pairs of
    documents that share a few candidates each; a dictionary of one array each held
    about 250 bytes a pair of documents (its key, its array, the entry) on top of eight
    bytes a claim pair, a tenth of alignment's memory. Here it is 16 bytes a pair of
    documents. Items come in order of ``(a, b)``, as ``sorted(d.items())`` would give
    them, made as they are read."""

    __slots__ = ("_docs", "_pairs", "_starts")

    def __init__(self) -> None:
        self._docs = array("q")
        self._starts = array("q", [0])
        self._pairs = array("q")

    def add(self, a: int, b: int, packed: array[int]) -> None:
        """The claim pairs of documents ``a`` and ``b``, after every pair of documents
        added so far."""
        key = (a << SHIFT) | b
        if self._docs and key <= self._docs[-1]:
            raise ValueError("pairs of documents are added in order")
        self._docs.append(key)
        self._pairs.extend(sorted(packed))
        self._starts.append(len(self._pairs))

    def __len__(self) -> int:
        return len(self._docs)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for key in self._docs:
            yield key >> SHIFT, key & MASK

    def __getitem__(self, pair: tuple[int, int]) -> Sequence[tuple[int, int]]:
        a, b = pair
        key = (a << SHIFT) | b
        n = bisect.bisect_left(self._docs, key)
        if n == len(self._docs) or self._docs[n] != key:
            raise KeyError(pair)
        return Packed(self._pairs, self._starts[n], self._starts[n + 1])

    def items(self) -> Iterator[tuple[tuple[int, int], Sequence[tuple[int, int]]]]:  # type: ignore[override]
        """``((a, b), pairs)`` in order, without a search for each."""
        for n, key in enumerate(self._docs):
            yield (key >> SHIFT, key & MASK), Packed(self._pairs, self._starts[n],
                                                     self._starts[n + 1])

    def values(self) -> Iterator[Sequence[tuple[int, int]]]:  # type: ignore[override]
        return (pairs for _, pairs in self.items())


class Packed(Sequence[tuple[int, int]]):
    """Index pairs (i, j) kept packed as ``(i << SHIFT) | j`` in a stretch of one machine
    array, and unpacked as they are read: a corpus has millions of candidate pairs, eight
    bytes each here against about ninety as tuples in lists."""

    __slots__ = ("_hi", "_lo", "_packed")

    def __init__(self, packed: array[int], lo: int = 0, hi: int | None = None) -> None:
        self._packed, self._lo = packed, lo
        self._hi = len(packed) if hi is None else hi

    def __len__(self) -> int:
        return self._hi - self._lo

    def __getitem__(self, index: int) -> tuple[int, int]:  # type: ignore[override]
        if isinstance(index, slice):
            raise TypeError("Packed pairs are read one by one")
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        member = self._packed[self._lo + index]
        return member >> SHIFT, member & MASK

    def __iter__(self) -> Iterator[tuple[int, int]]:
        packed = self._packed
        for n in range(self._lo, self._hi):
            member = packed[n]
            yield member >> SHIFT, member & MASK

    def __repr__(self) -> str:
        return f"Packed({list(self)!r})"


def _shared(profiles: Sequence[Sequence[FigureProfile]]) -> list[str]:
    """The keys claims of two or more documents hold, in the order first seen. A claim
    looks for partners in other documents only, so a key of one document's claims
    meets nothing here; in a corpus three keys in four are such (a name, a year and a
    measure together), and a block each was most of the index."""
    seen: dict[str, int] = {}  # key -> its one document so far, or -1: several
    for a, found in enumerate(profiles):
        for p in found:
            for key in p.keys:
                if seen.get(key, a) != a:
                    seen[key] = -1
                elif key not in seen:
                    seen[key] = a
    return [key for key, a in seen.items() if a < 0]


#: How a block member packs its document and its claim into one integer.
SHIFT = 32
MASK = (1 << SHIFT) - 1


def _against_base(
    profiles: Sequence[Sequence[FigureProfile]], base: int
) -> dict[tuple[int, int], list[tuple[int, int]]]:
    out: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for b, found in enumerate(profiles):
        if b == base:
            continue
        if b < base:
            pairs = candidate_pairs(found, profiles[base])
            out[(b, base)] = pairs
        else:
            pairs = candidate_pairs(profiles[base], found)
            out[(base, b)] = pairs
    return {k: v for k, v in out.items() if v}


def _nearest(
    key: str,
    blocks: Mapping[str, array[int]],
    by_value: dict[str, tuple[array[float], array[int]]],
    profiles: Sequence[Sequence[FigureProfile]],
    p: FigureProfile,
    a: int,
    budget: int,
) -> list[tuple[int, int]]:
    """The ``budget`` members of an oversized block (of documents after ``a``) nearest to
    ``p`` in value: the block is sorted once, then each claim takes a window around its
    place. The scan is bounded, so a block of a million costs each claim a few steps.

    A sorted block is two machine arrays, its members' values and the members (packed
    as in ``blocks``), in order of (value, document, claim): a corpus's oversized blocks
    hold most of its claims, sixteen bytes a member here against about a hundred as a
    list of (value, document, claim) tuples."""
    ranked = by_value.get(key)
    if ranked is None:
        order = sorted((_value(profiles[m >> SHIFT][m & MASK]), m) for m in blocks[key])
        ranked = by_value[key] = (array("d", (v for v, _ in order)),
                                  array("q", (m for _, m in order)))
        del order
    values, members = ranked
    here = _value(p)
    # the first member at or after (here, document a): members of one value are in
    # document order, so those of documents before a are passed by a second bisection
    # among them (stepping over them one by one grew with the documents before a)
    mid = bisect.bisect_left(values, here)
    same = bisect.bisect_right(values, here, mid) if here == here else mid  # (NaN: none)
    mid = bisect.bisect_left(members, a << SHIFT, mid, same)
    lo, hi = mid - 1, mid
    taken: list[tuple[int, int]] = []
    steps = 0
    while len(taken) < budget and (lo >= 0 or hi < len(values)) and steps < 8 * budget:
        steps += 1
        below = abs(values[lo] - here) if lo >= 0 else float("inf")
        above = abs(values[hi] - here) if hi < len(values) else float("inf")
        if below <= above:
            member = members[lo]
            lo -= 1
        else:
            member = members[hi]
            hi += 1
        if member >> SHIFT > a:
            taken.append((member >> SHIFT, member & MASK))
    return taken


def _value(p: FigureProfile) -> float:
    """Where a claim sits on its block's line: its number, or its first day."""
    if p.number is not None:
        return float(p.number)
    if p.interval is not None:
        return float(p.interval[0].toordinal())
    if p.days is not None:
        return float(p.days[0])
    return 0.0
