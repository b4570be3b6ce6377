"""Context rules: the words that must (or must not) stand around a lexicon match.

Why: a word list alone is imprecise. "record" is slant only before a result noun,
"regime" not in "the regime of the cease-fire", "claimed" not in "claimed the lives".
Each entry's rules are indexed once (``Rule``), and detection checks them only where the
entry's form matched, so precision costs a few dict lookups per hit, not a pass per entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    """A set of context phrases, indexed so that a check costs a few dict lookups.

    Phrases of plain words are kept in a set keyed by length; phrases holding a class
    (``<upper>``, ...) are indexed by their first plain word and its place ("<lower>
    tsunami" under (1, "tsunami")), so that a rule naming a list of hundreds of words
    after a class compares a handful of phrases, not all of them. Only phrases made of
    classes alone are compared every time.
    """

    literal: frozenset[tuple[str, ...]] = frozenset()
    lengths: tuple[int, ...] = ()
    patterns: tuple[tuple[str, ...], ...] = ()
    longest: int = 0
    # the index of ``patterns`` (derived from them, so left out of equality and hashing)
    keyed: Mapping[tuple[int, str], tuple[tuple[str, ...], ...]] = field(
        default_factory=dict, compare=False, hash=False)
    key_places: tuple[int, ...] = field(default=(), compare=False, hash=False)
    unkeyed: tuple[tuple[str, ...], ...] = field(default=(), compare=False, hash=False)

    @classmethod
    def of(cls, phrases: Iterable[tuple[str, ...]]) -> Rule:
        phrases = list(phrases)
        literal = {p for p in phrases if not any(w.startswith("<") for w in p)}
        patterns = tuple(p for p in phrases if p not in literal)
        lengths = tuple(sorted({len(p) for p in literal}, reverse=True))
        keyed: dict[tuple[int, str], list[tuple[str, ...]]] = {}
        unkeyed = []
        for p in patterns:
            place = next((i for i, w in enumerate(p) if not w.startswith("<")), None)
            if place is None:
                unkeyed.append(p)
            else:
                keyed.setdefault((place, p[place]), []).append(p)
        return cls(frozenset(literal), lengths, patterns, max(map(len, phrases), default=0),
                   {k: tuple(v) for k, v in keyed.items()},
                   tuple(sorted({place for place, _ in keyed})), tuple(unkeyed))

    def __bool__(self) -> bool:
        return bool(self.literal or self.patterns)

    def match(self, norm: Sequence[str], raw: Sequence[str]) -> int | None:
        """Length of the longest phrase that ``raw`` starts with, None if none does."""
        best: int | None = None
        for n in self.lengths:
            if n <= len(norm) and tuple(norm[:n]) in self.literal:
                best = n
                break
        if not self.patterns:
            return best
        candidates = list(self.unkeyed)
        for place in self.key_places:
            if place < len(norm):
                candidates.extend(self.keyed.get((place, norm[place]), ()))
        for p in candidates:
            if (best is None or len(p) > best) and match_phrase(p, norm, raw):
                best = len(p)
        return best


def token_ok(pattern: str, norm: str, raw: str) -> bool:
    """Does one token fit one word of a phrase (a word, or a class such as ``<upper>``)?"""
    if pattern == "<any>":
        return True
    if pattern == "<lower>":
        return raw[:1].islower()
    if pattern == "<upper>":
        return raw[:1].isupper()
    if pattern == "<num>":
        return raw[:1].isdigit()
    if pattern == "<punct>":
        return not raw[:1].isalnum()
    return norm == pattern


def match_phrase(phrase: tuple[str, ...], norm: Sequence[str], raw: Sequence[str]) -> bool:
    """Do the tokens (normal and raw forms) start with ``phrase``, token by token?"""
    return len(raw) >= len(phrase) and all(
        token_ok(p, n, r) for p, n, r in zip(phrase, norm, raw, strict=False)
    )
