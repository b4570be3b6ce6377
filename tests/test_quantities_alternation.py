"""The word alternations of the quantity reader are written as trees of letters
(``units.alternation``): each must match where, and as long as, the flat list of its
words sorted longest first does, with what follows it in the pattern deciding between
a longer word and a shorter one, in either case where the caller ignores it."""

from __future__ import annotations

import random
import re

import pytest

from claimcheck.builtin.quantities import units
from claimcheck.builtin.quantities.units import alternation


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


WORD_SETS = {
    "uncased units": ([w for w in units.UNITS if w not in units._CASED], True),
    "cased units": ([w for w in units.UNITS if w in units._CASED], False),
    "currency codes": (list(units.CURRENCY_CODES), True),
    "currency words": (list(units.CURRENCY_WORDS), True),
    "cased codes": (list(units._CODES_CASED), False),
    "signs after": (list(units.SIGNS_AFTER), False),
    "crafted": (["t", "to", "ton", "tons", "tonne", "tonnes", "Fahrenheit", "farenheit",
                 "\u00b5m", "\u03bcm", "m", "mi", "mph", "m/s", "km/h", "k", "KB"], True),
}


def _texts(words: list[str], seed: int) -> list[str]:
    """Each word, its prefixes and its extensions, in several cases and followed by
    what the patterns test after a word (a letter, a digit, a blank, a sign)."""
    rng = random.Random(seed)
    out = []
    for w in sorted(set(words)):
        for form in (w, w.upper(), w.lower(), w.title(), w[:-1], w + "s", w + "x"):
            for tail in ("", " ", "1", "a", "-", ".", "\u00b2", " per hour"):
                out.append(form + tail)
        out.append("".join(rng.choice(w + "abst .") for _ in range(len(w) + 2)))
    return out


@pytest.mark.parametrize("name", sorted(WORD_SETS))
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("after", ["", r"(?![\w])", r"\b", r"(?=[ .])"])
def test_a_tree_matches_as_the_flat_list(name: str, flags: int, after: str) -> None:
    words, ignore_case = WORD_SETS[name]
    if ignore_case is False and flags:
        return  # the caller reads it with its case
    if ignore_case and not flags:
        return  # the caller reads it ignoring case
    tree = re.compile("(?:" + alternation(words, ignore_case=ignore_case) + ")" + after, flags)
    flat = re.compile("(?:" + _flat(words) + ")" + after, flags)
    for text in _texts(words, 15):
        got, want = tree.match(text), flat.match(text)
        assert (got and got.group()) == (want and want.group()), (name, text)


def test_the_tree_is_a_tree_and_keeps_the_flat_list_where_cases_clash() -> None:
    assert alternation(["tons", "tonnes", "t", "ton"]) == "t(?:on(?:nes|s)?)?"
    assert alternation(["USD", "usd"]) == "USD|usd"  # either case may be read: flat
    assert alternation(["USD", "usd"], ignore_case=True) == "[Uu][Ss][Dd]"
    assert alternation(["a b", "a c"]).replace(r"\ ", "[ \t]+") == "a[ \t]+(?:b|c)"


def test_the_unit_pattern_is_short() -> None:
    # the flat list of some three hundred units was 5 µs a try at "1 to 2"
    assert len(units.UNIT_RE.pattern) < 3000
