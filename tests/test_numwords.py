"""Numbers as written: numerals with separators, number words and mixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.text.numbers import (
    NUMBER_WORD_RE,
    NUMERAL_RE,
    find_numbers,
    iter_number_words,
    parse_number,
    parse_number_precision,
    parse_ordinal,
)

from .workcount import assert_linear, repeat


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("110,000", 110_000),
        ("87 500", 87_500),
        ("87\u00a0500", 87_500),
        ("1,642,600", 1_642_600),
        ("1.35", 1.35),
        ("4.2", 4.2),
        ("-3.5", -3.5),
        ("0", 0),
        ("one million", 1_000_000),
        ("1 million", 1_000_000),
        ("1.35 million", 1_350_000),
        ("4.2 billion", 4_200_000_000),
        ("4.2bn", 4_200_000_000),
        ("5m", 5_000_000),
        ("two hundred and forty", 240),
        ("two hundred forty", 240),
        ("thirteen", 13),
        ("twenty-one", 21),
        ("ninety nine", 99),
        ("one thousand two hundred and five", 1205),
        ("six and a half", 6.5),
        ("two and three quarters", 2.75),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("half a million", 500_000),
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("three quarters", 0.75),
        ("a hundred", 100),
        ("a million", 1_000_000),
        ("Seven", 7),
        ("nineteen hundred", 1900),
        ("one eighth", 0.125),
        ("five eighths", 0.625),
        ("a hundredth", 0.01),
        ("three and a fifth", 3.2),
        ("one twenty-fifth", 0.04),
        ("three dozens", 36),
        ("half million", 500_000),
        ("five and a half million", 5_500_000),
        ("one million and a half", 1_500_000),
        ("two thirds of a million", 2e6 / 3),
        ("five billion and three quarters", 5.75e9),
    ],
)
def test_parse_number_reads(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "one one",
        "forty twenty",
        "twenty thirteen",
        "a two",
        "million",
        "hundred",
        "and",
        "1,1,1",
        "12,34",
        "the third",
        "third",
        "half",
        "one and two",
        "seventh",
        "the twenty-first",
        "two seconds",
        "II",
        "abc",
    ],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("4.2 billion", 1e8),
        ("4.18 billion", 1e7),
        ("12", 1),
        ("11.6", 0.1),
        ("110,000", 1),
        ("two hundred", 100),
        ("1 million", 1e6),
    ],
)
def test_precision_is_the_last_stated_digit(text: str, precision: float) -> None:
    parsed = parse_number_precision(text)
    assert parsed is not None
    assert parsed[1] == pytest.approx(precision)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("thirteen days later", [("thirteen", 13)]),
        ("for two years", [("two", 2)]),
        ("one one one", [("one", 1), ("one", 1), ("one", 1)]),
        ("two hundred and forty men", [("two hundred and forty", 240)]),
        ("six and a half to one", [("six and a half", 6.5), ("one", 1)]),
        ("a dozen eggs", [("a dozen", 12)]),
        ("half a million people", [("half a million", 500_000)]),
        ("someone alone, an attitude", []),
        ("the Seventh Fleet", []),
        ("a third of them", [("a third", 1 / 3)]),
        # a compound number whose last words an OCR garbled: no number at all, rather
        # than its first words read as another ("one hundred")
        ("One hundred and furiy-ono bodies", []),
        ("One hundred and forty-one bodies", [("One hundred and forty-one", 141)]),
        # only a scale word goes on with "and": a count and a hyphenated verb after it
        ("Police detained twelve and re-arrested four", [("twelve", 12), ("four", 4)]),
        # "a hundred" goes on like "one hundred"; "a two" is still no number
        ("a ship of a hundred and thirty-six guns", [("a hundred and thirty-six", 136)]),
        ("a thousand and fifty men", [("a thousand and fifty", 1050)]),
        ("a two-day march", [("two", 2)]),
        # the old English "a hundred and ninety and two" is 192 (after a hundred only);
        # a unit before "hundred" or a scale opens the next number
        ("a hundred and ninety and two Athenians", [("a hundred and ninety and two", 192)]),
        ("three hundred and forty and two hundred",
         [("three hundred and forty", 340), ("two hundred", 200)]),
        ("sixty and two hundred", [("sixty", 60), ("two hundred", 200)]),
        ("ninety and nine sheep", [("ninety", 90), ("nine", 9)]),
        ("forty and fifty men", [("forty", 40), ("fifty", 50)]),
        # tens and a unit run together, as old prints and OCR have them
        ("the twentyfive persons composing the party", [("twentyfive", 25)]),
        ("one hundred and Thirtyone men", [("one hundred and Thirtyone", 131)]),
    ],
)
def test_iter_number_words(text: str, found: list[tuple[str, float]]) -> None:
    got = list(iter_number_words(text))
    assert [(w.text, pytest.approx(w.value)) for w in got] == found
    for w in got:
        assert text[w.start:w.end] == w.text


def test_patterns_are_compiled_for_reuse() -> None:
    assert NUMBER_WORD_RE.search("Thirteen days later").group() == "Thirteen"
    assert [m.group() for m in NUMERAL_RE.finditer("110,000 and 87 500; 1,1")] == [
        "110,000",
        "87 500",
        "1",
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [("first", 1), ("twenty-fifth", 25), ("thirty first", 31), ("3rd", 3), ("38th", 38)],
)
def test_parse_ordinal(text: str, value: int) -> None:
    assert parse_ordinal(text) == value


_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _under_thousand(n: int, british_and: bool) -> str:
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append(f"{_UNITS[hundreds]} hundred")
        if rest and british_and:
            words.append("and")
    if 10 <= rest < 20:
        words.append(_TEENS[rest - 10])
    elif rest:
        tens, units = divmod(rest, 10)
        if tens and units:
            words.append(f"{_TENS[tens]}-{_UNITS[units]}")
        elif tens:
            words.append(_TENS[tens])
        else:
            words.append(_UNITS[units])
    return " ".join(words)


def _to_words(n: int, british_and: bool) -> str:
    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands:
        parts.append(f"{_under_thousand(thousands, british_and)} thousand")
    if rest:
        if thousands and rest < 100 and british_and:
            parts.append("and")
        parts.append(_under_thousand(rest, british_and))
    return " ".join(parts)


@given(st.integers(min_value=0, max_value=999_999), st.booleans())
def test_number_words_round_trip(n: int, british_and: bool) -> None:
    assert parse_number(_to_words(n, british_and)) == n


@given(st.integers(min_value=-(10**12), max_value=10**12), st.sampled_from([",", " ", ""]))
def test_integers_with_separators_round_trip(n: int, sep: str) -> None:
    text = f"{n:,}".replace(",", sep)
    assert parse_number(text) == n


@given(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=999),
    st.booleans(),
)
def test_decimals_with_separators_round_trip(whole: int, frac: int, grouped: bool) -> None:
    text = (f"{whole:,}" if grouped else str(whole)) + f".{frac:03d}"
    assert parse_number(text) == pytest.approx(whole + frac / 1000)


@settings(max_examples=50)
@given(st.text(alphabet=" -,.0123456789abcdefghijklmnopqrstuvwxyz", max_size=60))
def test_iter_number_words_spans_are_exact(text: str) -> None:
    for w in iter_number_words(text):
        assert text[w.start:w.end] == w.text


def read_numbers(text: str) -> None:
    """Both readers a scan of text runs: number words and numerals."""
    list(iter_number_words(text))
    list(NUMERAL_RE.finditer(text))


@pytest.mark.parametrize(
    "make",
    [repeat("one "), repeat("one-"), repeat("half a "), repeat("1,"), repeat("1 "),
     lambda n: "9" * n + "x"],
    ids=["words", "hyphened-words", "half-a", "separators", "numerals", "long-numeral"],
)
def test_adversarial_input_is_linear(make: Callable[[int], str]) -> None:
    """Runs of number words (each could extend the number before it) and of numerals at
    20,000 and 80,000 characters: four times the input makes at most five times the calls
    (``tests/workcount.py``). Re-reading a run of words from its start for each word it
    gains makes sixteen."""
    assert_linear(read_numbers, make, 20_000)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("1, 234, 567", [("1", 1), ("234", 234), ("567", 567)]),
        ("in 1950 and 25 June", [("1950", 1950), ("25", 25)]),
        ("-4/5 and 2 1/4", [("-4/5", -0.8), ("2 1/4", 2.25)]),
        ("1.3e6 or 1.1^23", [("1.3e6", 1.3e6), ("1.1^23", 1.1**23)]),
        ("10k, 2.33 k and 1,674.5 million", [("10k", 1e4), ("2.33 k", 2330),
                                              ("1,674.5 million", 1.6745e9)]),
        ("two hundred point zero three", [("two hundred point zero three", 200.03)]),
        ("The answer is minus one", [("minus one", -1)]),
        ("4 thousand 3 hundred and 21", [("4 thousand 3 hundred and 21", 4321)]),
        ("one over three", [("one over three", 1 / 3)]),
        ("the result is ⅔", [("⅔", 2 / 3)]),
        ("Which one do you prefer?", []),
        (".08 and 3 dozens", [(".08", 0.08), ("3 dozens", 36)]),
    ],
)
def test_find_numbers_reads_every_number(text: str, found: list[tuple[str, float]]) -> None:
    got = find_numbers(text)
    assert [(n.text, pytest.approx(n.value)) for n in got] == found
    for n in got:
        assert text[n.start:n.end] == n.text


@settings(max_examples=100)
@given(st.text(alphabet=" -,./^e0123456789onetwhundrakmillionpvr½", max_size=60))
def test_find_numbers_spans_are_exact(text: str) -> None:
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a unit word before "times" after a scale word is a multiplier of its own
        ("put the rebels at one hundred and fifty thousand six times the numbers of the "
         "royal army", [("one hundred and fifty thousand", 150000, None), ("six", 6, "times")]),
        ("a host of two million three times larger than any before",
         [("two million", 2e6, None), ("three", 3, "times")]),
        # but "hundred and six times" is one number of times, and "thousand six" before a
        # noun one number
        ("one hundred and six times", [("one hundred and six", 106, "times")]),
        ("a reign of two thousand six days", [("two thousand six days", 2006, "day")]),
    ],
)
def test_a_multiplier_after_a_scale_word_is_a_figure_of_its_own(
        text: str, figures: list[tuple[str, float, str | None]]) -> None:
    from claimcheck import quantities
    assert [(q.text, q.low, q.unit) for q in quantities(text)] == [
        (t, pytest.approx(v), u) for t, v, u in figures]


@pytest.mark.parametrize(("text", "numbers"), [
    # a larger scale after the run closes the number after "and": two numbers
    ("between one thousand and two million people", [1000, 2_000_000]),
    ("from five thousand and three million", [5000, 3_000_000]),
    # a smaller scale after "and" is the number's own tail
    ("one million and two thousand", [1_002_000]),
    ("two hundred and forty thousand", [240_000]),
])
def test_a_larger_scale_after_and_starts_another_number(text: str,
                                                         numbers: list[int]) -> None:
    assert [w.value for w in iter_number_words(text)] == numbers


@pytest.mark.parametrize("text", [
    # an ordinal in words: its head "one hundred" / "a thousand" is no count of its own
    "the one hundred and first regiment",
    "a hundred and first regiment",
    "the two hundred and fiftieth anniversary",
    "a thousand and first night",
    "the three hundred and tenth anniversary",
])
def test_an_ordinal_after_a_scale_is_no_number(text: str) -> None:
    assert [w.text for w in iter_number_words(text)] == []


@pytest.mark.parametrize(("text", "found"), [
    # a unit after the tens' "and" that "more" or "of them" follows is a count of its
    # own, not the end of the old English "a hundred and ninety and two" (192)
    ("a hundred and twenty and two more died", [("a hundred and twenty", 120), ("two", 2)]),
    ("a hundred and forty and three of them sank",
     [("a hundred and forty", 140), ("three", 3)]),
    ("a hundred and ninety and two Athenians", [("a hundred and ninety and two", 192)]),
])
def test_a_unit_that_counts_on_its_own_after_the_tens_and(
        text: str, found: list[tuple[str, float]]) -> None:
    assert [(w.text, w.value) for w in iter_number_words(text)] == found
