"""Forms of older texts (newspapers and books of the 18th to early 20th century) that a
modern reader takes in stride: times of day by the clock's hands or with a dot, grouped
numbers glued to an old unit."""

from __future__ import annotations

import pytest

import claimcheck


def found(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.kind) for c in claimcheck.claims(text) if c.kind != "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "The train left at a quarter past seven o'clock in the evening.",
        "At half past ten the bridge fell.",
        "The men rose at seven o'clock in the morning.",
        "It was twenty minutes to four when the alarm sounded.",
    ],
)
def test_a_time_of_day_by_the_clocks_hands_is_no_figure(text: str) -> None:
    assert [k for _, k in found(text) if k == "quantity"] == []


def test_a_time_of_day_written_with_a_dot() -> None:
    claims = [c for c in claimcheck.claims(
        "The bridge fell at about 7.15 p.m. on Sunday, 28 December 1879.") if c.kind == "date"]
    assert ("7.15 p.m.", "1879-12-28T19:15") in [(c.text, c.value.timex) for c in claims]


def test_a_grouped_number_glued_to_a_letter_is_never_cut_short() -> None:
    # "10,000l." (pounds, as older British texts wrote them) is no "10"
    assert ("10", "quantity") not in found("The loss was put at 10,000l. in all.")


@pytest.mark.parametrize(("text", "figure"), [("The vote was 7 to 5.", "7 to 5"),
                                              ("He gave 5 to 10 dollars.", "5 to 10 dollars")])
def test_scores_and_ranges_stay_figures(text: str, figure: str) -> None:
    assert (figure, "quantity") in found(text)


def test_minutes_and_seconds_glued_to_their_letters_are_no_millions() -> None:
    # "2m 40s" is a length of time; "$2m" is still two million dollars
    assert not [c for c in claimcheck.claims("Totality lasted 2m 40s.")
                if c.kind == "quantity"]
    (money,) = [c for c in claimcheck.claims("The deal was worth $2m 40s later.")
                if c.kind == "quantity"]
    assert money.value.low == 2_000_000
