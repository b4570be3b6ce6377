"""Counts of one thing in two words for it ("16 nations", "16 countries") compare; counts
of two things ("14 countries", "14 cities") do not."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document


def kinds(a: str, b: str, figure: str) -> list[str]:
    report = claimcheck.check(Document("a", a), Document("b", b))
    return [f.kind for f in report.findings
            if f.kind in ("agreement", "discrepancy", "not_comparable")
            and {report.claim(c).text for c in f.claims} == {figure}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("55 runners from 16 nations began the race.", "Attendees 56 athletes from 16 countries"),
        ("Delegates from 31 nations signed the charter in Lisbon.",
         "The Lisbon charter was signed by 31 countries."),
    ],
)
def test_one_thing_counted_in_two_words_agrees(a: str, b: str) -> None:
    figure = "16" if "16" in a else "31"
    assert kinds(a, b, figure) == ["agreement"]


def test_two_things_counted_stay_apart() -> None:
    assert "agreement" not in kinds("The storm struck 14 countries.",
                                    "The storm struck 14 cities.", "14")


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("The vaccine campaign saved 3,000 lives in the region.",
     "The epidemic killed 3,400 people in the region.", "3,000", "3,400"),
    ("Rescuers saved 212 lives after the quake.", "The quake killed 230 people.",
     "212", "230"),
])
def test_lives_saved_are_not_set_against_people_killed(a: str, b: str, left: str,
                                                       right: str) -> None:
    # the lives saved are no toll of the dead, though "lives" is read as the killed
    report = claimcheck.check(Document("a", a), Document("b", b))
    found = {(f.kind, frozenset(report.claim(c).text for c in f.claims))
             for f in report.findings if f.kind in ("agreement", "discrepancy")}
    assert ("discrepancy", frozenset({left, right})) not in found
