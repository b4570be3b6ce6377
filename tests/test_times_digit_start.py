"""At a digit the time scan tries MASTER_DIGIT_RE, the master pattern without the
alternatives that cannot start with a digit (times/patterns.py): it must match wherever
and however MASTER_RE does at every digit, and the test that picks its alternatives must
keep every one that can start with a digit."""

from __future__ import annotations

import re
from pathlib import Path

from claimcheck.builtin.times.patterns import (
    _ALTERNATIVES,
    MASTER_DIGIT_RE,
    MASTER_RE,
    _may_open_with_digit,
    _parser,
)
from tests.test_times_master import SENTENCES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REALPAIRS = Path(__file__).resolve().parent.parent / "bench" / "realpairs"


def _opens(pattern: str) -> bool:
    return _may_open_with_digit(_parser.parse(pattern))[0]


def test_the_first_character_test_reads_literals_sets_options_and_repeats():
    assert _opens(r"\d+")
    assert _opens(r"(?:the )?[12]\d")
    assert _opens(r"[ \t]*(?:a|b|7)")  # a blank run may be empty
    assert _opens(r"(?=x)5")  # a lookahead reads nothing
    assert _opens(r"[^a]")  # a negated set may hold a digit
    assert _opens(r"(?P<a>-)?(?P=a)")  # a back reference: anything
    assert not _opens(r"(?:the )?june")
    assert not _opens(r"[a-z]+\d")
    assert not _opens(r"\s*x")
    assert not _opens(r"'\d{2}")


def test_the_digit_pattern_keeps_the_alternatives_that_start_with_a_digit():
    kept = set(MASTER_DIGIT_RE.groupindex)
    for name in ("dmy", "dm", "iso", "numeric", "year", "year_range", "duration", "decade",
                 "century", "era", "set", "quarter"):
        assert name in kept, name
    for name in ("mdy", "md", "month", "relative", "yy", "season"):
        assert name not in kept, name
    assert len(kept) < len(_ALTERNATIVES)


def _same_at_every_digit(low: str) -> int:
    tried = 0
    for m in re.finditer(r"[0-9]", low):
        got, want = MASTER_DIGIT_RE.match(low, m.start()), MASTER_RE.match(low, m.start())
        if want is None:
            assert got is None, low[m.start():m.start() + 40]
        else:
            assert got is not None, (low[m.start():m.start() + 40], want.lastgroup)
            assert (got.span(), got.lastgroup) == (want.span(), want.lastgroup)
        tried += 1
    return tried


def test_at_every_digit_it_matches_as_the_master_pattern():
    tried = sum(_same_at_every_digit(s.lower()) for s in SENTENCES)
    texts = [*sorted(SEEDS.glob("*.txt")), *sorted(REALPAIRS.glob("*/*.txt"))]
    for path in texts:
        tried += _same_at_every_digit(path.read_text(encoding="utf-8").lower())
    assert tried > 10_000
