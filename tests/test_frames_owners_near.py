"""A name near where a figure holds is not whose the figure is: "off Ireland", "near
Dhaka", the second name of "Kinsale, Ireland", and the doer behind "by a" in a passive
("torpedoed by a German U-boat") never own a toll."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document


def owner(text: str, figure: str) -> str | None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame is not None
    return claim.frame.subject_key


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The vessel went down off the Old Head of Kinsale, Ireland, killing 1,198 and "
         "leaving 761 survivors.", "1,198"),
        ("The ferry capsized near Chandpur, Bangladesh, killing 112 passengers.", "112"),
        ("As the train passed near Lyon on 3 May, it was derailed by a Swiss freight "
         "wagon and overturned, killing over 40 people on board.", "40"),
        ("The tanker ran aground outside Valdez, Alaska, spilling 258,000 barrels.",
         "258,000 barrels"),
    ],
)
def test_a_place_near_the_event_or_the_doer_is_no_owner(text: str, figure: str) -> None:
    assert owner(text, figure) is None


def test_whose_is_still_read_where_it_is_said() -> None:
    assert owner("Acme Corp reported revenue of $4.2 billion.", "$4.2 billion") == "acme corp"
    assert owner("In Louskan, the Progressive Party won 37 seats.", "37") is not None


def test_two_accounts_of_one_toll_named_by_different_places_meet() -> None:
    a = Document("a", "The ferry capsized near Chandpur, Bangladesh, killing 112 passengers.")
    b = Document("b", "The Meghna ferry disaster killed 112 passengers.")
    report = claimcheck.check(a, b)
    kinds = [f.kind for f in report.findings if f.kind in ("agreement", "discrepancy")
             and {report.claim(c).text for c in f.claims} == {"112"}]
    assert kinds == ["agreement"]


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Only 764 of the 2,000 people were saved.", "764", "survivors"),
        ("12 of the 40 miners died.", "12", "casualties.killed"),
        ("He won 52 of the 60 seats.", "52", "seats"),
        ("Some 90 of about 300 pilots were captured.", "90", "casualties.captured"),
    ],
)
def test_a_part_of_a_whole_takes_what_is_said_after_the_whole(
        text: str, figure: str, measure: str) -> None:
    # "N of the M ... were saved": the verb after the whole is said of the part
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame is not None
    assert claim.frame.measure == measure
