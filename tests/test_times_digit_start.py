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
    NOT_BEFORE,
    OPENING_NEXT,
    _may_open_with_digit,
    _parser,
    digits_may_open,
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
        run_end = re.match(r"[0-9]+", low[m.start():]).end() + m.start()  # type: ignore[union-attr]
        if want is not None:  # the pre-tests let through every digit the pattern matches at
            assert digits_may_open(low, m.start(), run_end), low[m.start():m.start() + 40]
            assert low[m.start() - 1:m.start()] not in NOT_BEFORE
            if low[run_end:run_end + 1] in OPENING_NEXT:
                assert digits_may_open(low, m.start(), run_end)
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


#: after a run of digits: what every alternative may read next, and what none may
CRAFTED = [
    "5 days", "5-7 june", "5 to 7 june", "5th of june", "5th century", "5.5 hours", "5 bc",
    "5 and a half years", "5 times a day", "5/1950", "5.6.1950", "5 june, 1950", "1950",
    "1950 1951", "1950s", "1950's", "1950-53", "1950/51", "1950 q3", "1q 2024", "10,000 bc",
    "5\u2013 7 june", "5\n june", "5\u00a0days", "5 consecutive years", "12days",
    "1 1 1", "5% 5%", "$1 $1", '"5" \u201c6\u201d', "([{5}])", "5\u200b000", "5\x00000",
    "1 ", "1", "19501 days", "0557 edt", "$5 days", "#5 june", "1.5 hours", "€1950",
    "/5 june", "abc5 june", "fy1950", "date8 july 2011",
]


def test_the_digits_pre_test_lets_every_match_through():
    tried = _same_at_every_digit("  ".join(CRAFTED))
    assert tried > 50
    for text in ("1 1 1", "5% 5%", "$1 $1", '"5" \u201c6\u201d', "([{5}]) "):
        pos = re.search(r"[0-9]", text).start()  # type: ignore[union-attr]
        assert not digits_may_open(text, pos, pos + 1), text  # spared the pattern


def test_the_digits_pre_test_on_hostile_texts():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_hostile", Path(__file__).resolve().parent.parent / "bench" / "hostile.py")
    assert spec is not None and spec.loader is not None
    hostile = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hostile)
    for make in hostile.FAMILIES.values():
        _same_at_every_digit(make(3_000).lower())


def test_a_comma_and_a_digit_after_the_opening_digits_open_only_an_eras_thousands():
    # "5,000 troops", "1,234,567": no expression reads on past "5," but an era's year
    crafted = ["5,000 troops", "1,234,567 people", "1,000,1,000,", "5,000 to 4,000 bc",
               "10,000 bc", "12,000\u2013 9,000 bc", "5, 6 and 7 june", "5 ,6 june"]
    assert _same_at_every_digit("  ".join(crafted)) > 20
    for text in ("5,000 troops", "1,234,567 people", "1,000,1,000,", "5 ,6 june"):
        assert not digits_may_open(text, 0, 1), text  # spared the pattern
    for text in ("5,000 to 4,000 bc", "10,000 bc", "5, 6 and 7 june"):
        assert digits_may_open(text, 0, text.index(",")), text


def test_a_comma_opens_only_a_list_of_days_and_an_apostrophe_only_a_decade():
    # "Arrests: 296, Deaths": a comma and a word; "'7'": a quote; only "5, 6 and 7 june"
    # (a blank, then the next day) and "1950's" read on
    crafted = ["arrests: 296, deaths: 3 killed, ", "'7' \u20186\u2019 '55", "5, 6 and 7 june",
               "5,\n6 and 7 june", "1950's", "1950\u2019s", "1960s", "10's", "12 's"]
    assert _same_at_every_digit("  ".join(crafted)) > 20
    for text in ("296, deaths", "7' x", "6\u2019 x", "10, x"):
        assert not digits_may_open(text, 0, text.index(text.lstrip("0123456789")[:1])), text
    for text in ("5, 6 and 7 june", "5,\n6 and 7 june", "1950's", "10's"):
        assert digits_may_open(text, 0, len(text) - len(text.lstrip("0123456789"))), text
