"""Work counted, not timed: a linearity check that load on the machine cannot fool.

A wall-time bound fails when the machine is busy and passes quadratic code on a fast one.
Instead a test runs the code on an input of ``n`` and of ``4n`` and compares the number of
function calls each made, Python and built-in alike, as cProfile counts them: the same
calls for the same input whatever else runs on the machine. Linear code makes about four
times the calls on four times the input; code that loops over what it has found for each
new thing, or re-reads the text before each match, makes sixteen times. ``GROWTH`` sits
between the two.

What a call count cannot see is work inside one built-in call: a regex that backtracks
over the whole text, or a slice copied at each step of a loop that makes no call. Where a
scanner handles an input entirely inside its regexes the count stays flat from ``n`` to
``4n``, so a Python loop added per character or per match still fails the check; the
regexes themselves are kept linear by their design (no nested quantifiers), not by a test.
"""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: the larger input is four times the smaller: linear work x4, quadratic work x16
SCALE = 4
GROWTH = 5.0


def calls(fn: Callable[[T], object], arg: T) -> int:
    """The number of calls (Python functions and built-ins) made while ``fn(arg)`` runs."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        fn(arg)
    finally:
        profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined,no-any-return]


def growth(fn: Callable[[T], object], make: Callable[[int], T], n: int) -> tuple[int, int]:
    """Calls on ``make(n)`` and on ``make(SCALE * n)``, after a first run that fills caches
    and loads word tables (work done once per process, not per input)."""
    fn(make(n))
    return calls(fn, make(n)), calls(fn, make(SCALE * n))


def assert_linear(fn: Callable[[T], object], make: Callable[[int], T], n: int) -> None:
    """``fn`` on ``SCALE`` times the input makes at most ``GROWTH`` times the calls."""
    small, large = growth(fn, make, n)
    assert small > 0
    assert large <= GROWTH * small, (small, large, large / small)


def repeat(unit: str) -> Callable[[int], str]:
    """An input of about ``n`` characters: ``unit`` repeated (at least once)."""
    return lambda n: unit * max(1, n // len(unit))
