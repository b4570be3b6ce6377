"""A date in a clause opened by "until" dates another event ("..., until being surpassed
by the 2019 election"), not the figure before it; "until 1990" right after a figure is
still its time."""

from __future__ import annotations

import pytest

import claimcheck


def period(text: str, figure: str) -> str | None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    return claim.frame.period.text if claim.frame and claim.frame.period else None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("With 834 million registered voters, they were the largest-ever elections in the "
         "world until being surpassed by the 2019 election.", "834 million"),
        ("The army held 40,000 men until the war ended in 1953.", "40,000"),
    ],
)
def test_a_date_of_a_clause_opened_by_until_is_another_events(text: str, figure: str) -> None:
    assert period(text, figure) is None


def test_until_right_before_a_date_still_dates_the_figure() -> None:
    assert period("The mill employed 1,200 workers until 1990.", "1,200") == "1990"
