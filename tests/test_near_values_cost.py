"""Marking the figures of many digits that stand alone near their value is linear in a
run of one value told many times (a table repeating a figure): counted in comparisons of
values, never in wall time."""

from __future__ import annotations

from types import SimpleNamespace

import claimcheck
from claimcheck.align.profiles import mark_near_unique


class _Counted(float):
    """A value that counts how often it is compared for equality."""

    compared = 0

    def __eq__(self, other: object) -> bool:
        _Counted.compared += 1
        return float(self) == other

    __hash__ = float.__hash__


def _profiles(n: int, value: float) -> list[SimpleNamespace]:
    (quantity,) = claimcheck.quantities("12,345 men")
    claim = SimpleNamespace(value=quantity, text="12,345")
    return [SimpleNamespace(family="quantity", dimension="count", number=_Counted(value),
                            claim=claim, near_unique=False) for _ in range(n)]


def _comparisons(n: int) -> int:
    found = _profiles(n, 12345.0)
    _Counted.compared = 0
    mark_near_unique(found)  # type: ignore[arg-type]
    assert all(p.near_unique for p in found)  # one value told again: alone near it
    return _Counted.compared


def test_a_run_of_one_value_is_judged_in_linear_time() -> None:
    # ten times the run, at most about ten times the comparisons (quadratic: a hundred)
    assert _comparisons(4000) <= 12 * _comparisons(400)


def test_a_run_beside_a_near_value_is_crowded() -> None:
    found = _profiles(5, 12345.0) + _profiles(1, 12400.0)
    mark_near_unique(found)  # type: ignore[arg-type]
    assert not any(p.near_unique for p in found)
