"""Pairs and the groups they chain into: one-to-one matching and union-find, shared by
figure and statement alignment."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)
R = TypeVar("R")


class DisjointSets(Generic[T]):
    """Union-find with path halving: near-constant time per pair, so grouping stays linear."""

    def __init__(self) -> None:
        self.parent: dict[T, T] = {}

    def find(self, x: T) -> T:
        parent = self.parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(list(self.parent))


def one_to_one(
    scored: Iterable[tuple[float, int, int]],
    compare: Callable[[int, int], R | None],
) -> tuple[list[tuple[float, int, int, R]], list[tuple[float, int, int]]]:
    """Greedy one-to-one matching over (score, left, right), taken in the given order.

    A pair is kept when both sides are still free and ``compare`` returns a result; pairs
    with a side already taken come back as deferred, for a caller that allows extras.
    """
    used_left: set[int] = set()
    used_right: set[int] = set()
    kept: list[tuple[float, int, int, R]] = []
    deferred: list[tuple[float, int, int]] = []
    for s, i, j in scored:
        if i in used_left or j in used_right:
            deferred.append((s, i, j))
            continue
        result = compare(i, j)
        if result is None:
            continue
        used_left.add(i)
        used_right.add(j)
        kept.append((s, i, j, result))
    return kept, deferred
