"""A figure counted within a stated stretch of time ("in ten days", "within 48 hours"), and
a length of time several spent together, are parts of their event: never compared with a
figure for the whole, compared with one for the same part. Texts made up for these tests,
across fields."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from claimcheck import Document, check

from .test_frames import paired as _paired


def _frame(text: str, figure: str):
    from claimcheck import claims
    (claim,) = [c for c in claims(text) if c.text == figure]
    return claim.frame


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("Near the market there were upwards of five hundred fatal attacks of typhus in ten "
     "days.", "The epidemic killed 616 people in the town.", "five hundred", "616"),
    ("The rioters burned 40 shops within 48 hours.", "The rioters burned 45 shops.",
     "40", "45"),
    ("The storm destroyed 1,200 homes in three days.", "The storm destroyed 1,900 homes.",
     "1,200", "1,900"),
])
def test_a_count_in_a_window_is_not_the_whole_count(a: str, b: str, left: str,
                                                     right: str) -> None:
    assert _paired(check(Document("a", a), Document("b", b)), left, right) == []


@pytest.mark.parametrize(("a", "b", "left", "right", "kind"), [
    ("The rioters burned 40 shops within 48 hours.",
     "The rioters burned 52 shops in 48 hours.", "40", "52", "discrepancy"),
    ("The storm destroyed 1,200 homes over ten days.",
     "The storm destroyed 1,200 homes in 10 days.", "1,200", "1,200", "agreement"),
])
def test_counts_in_windows_of_one_length_are_compared(a: str, b: str, left: str, right: str,
                                                      kind: str) -> None:
    assert _paired(check(Document("a", a), Document("b", b)), left, right) == [kind]


@pytest.mark.parametrize(("text", "figure", "relative"), [
    ("Police made 40 arrests within 48 hours.", "40", "in 48 hours"),
    ("The plant shipped 300 cars in a week.", "300", "in 1 week"),
    ("The storm destroyed 1,200 homes over ten days.", "1,200", "in 10 days"),
])
def test_the_window_is_told_one_way(text: str, figure: str, relative: str) -> None:
    frame = _frame(text, figure)
    assert (frame.scope, frame.relative) == ("part", relative)


@pytest.mark.parametrize(("text", "figure"), [
    # a time by which something was done, not a stretch it was counted in
    ("Divers recovered two bodies from the sea within five days of the sinking.", "two"),
    # the window is another figure's
    ("About 500 died, 300 of them in ten days.", "500"),
    ("The ferry sank in 12 minutes with 80 people aboard.", "80"),
])
def test_no_window(text: str, figure: str) -> None:
    assert _frame(text, figure).relative is None


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("The two astronauts spent about two hours together outside the capsule.",
     "The crew spent 2 hours 20 minutes outside the capsule.", "about two hours",
     "2 hours 20 minutes"),
    ("The two leaders spent about three hours jointly in talks at the palace.",
     "The leaders spent 3 hours 25 minutes in talks at the palace.", "about three hours",
     "3 hours 25 minutes"),
])
def test_time_spent_together_is_not_the_whole_outing(a: str, b: str, left: str,
                                                     right: str) -> None:
    assert _paired(check(Document("a", a), Document("b", b)), left, right) == []


def test_the_reason_names_the_time_spent_together() -> None:
    report = check(
        Document("a", "The two astronauts spent about two hours together outside the capsule."),
        Document("b", "The crew spent 2 hours 20 minutes outside the capsule."))
    why = {cid: reason for f in report.findings if f.kind == "unmatched"
           for cid, reason in (f.detail.get("why") or {}).items()}
    (claim,) = [c for c in report.claims if c.text == "about two hours"]
    assert why[claim.id] == "one is only the time several spent together, the other the whole"


def test_times_both_told_as_shared_are_compared() -> None:
    report = check(Document("a", "The two leaders spent three hours together in talks."),
                   Document("b", "The two leaders spent five hours together in talks."))
    assert _paired(report, "three hours", "five hours") == ["discrepancy"]


def test_a_part_validates_against_the_report_schema() -> None:
    # a figure in a window, a time spent together and a part of a place are "part" scopes
    schema = json.loads((Path(__file__).resolve().parents[1] / "docs" /
                         "report.schema.json").read_text(encoding="utf-8"))
    report = check(Document("a", "The rioters burned 40 shops within 48 hours."),
                   Document("b", "The two pilots spent two hours together outside."),
                   Document("c", "The flood destroyed 120 homes in the north of the county."))
    scopes = {c.frame.scope for c in report.claims if c.frame is not None}
    assert "part" in scopes
    jsonschema.Draft202012Validator(schema).validate(report.to_dict())


@pytest.mark.parametrize(("text", "figure"), [
    # an amount over a stretch of time is its whole: the flight, not a part of it
    ("Lindbergh flew 3,600 miles in 33 hours.", "3,600 miles"),
    ("The pipeline carried 40 million barrels in a year.", "40 million barrels"),
    # a time from now, not a stretch counted in
    ("The relief column of 500 men will arrive in ten days' time.", "500"),
])
def test_no_window_for_amounts_or_times_from_now(text: str, figure: str) -> None:
    assert _frame(text, figure).relative is None


@pytest.mark.parametrize(("text", "figure", "relative"), [
    ("Turnout81.88% (first round)\n78.50% (second round)\n", "81.88%", "first round"),
    ("Turnout81.88% (first round)\n78.50% (second round)\n", "78.50%", "second round"),
    ("Votes: 47,651,434 (Final Round)", "47,651,434", "final round"),
])
def test_a_part_named_in_a_bracket_after_the_figure(text: str, figure: str,
                                                    relative: str) -> None:
    frame = _frame(text, figure)
    assert (frame.scope, frame.relative) == ("part", relative)


def test_a_rounds_turnout_is_not_the_elections() -> None:
    a = ("Winning 55.7% of the vote, Rosa Dantas today became president of Varnia. Voter "
         "turnout was also high, with estimates lying between 92 and 96%.")
    b = ("Varnian presidential election\nTurnout81.88% (first round)\n78.50% (second round)\n"
         "Candidate Rosa Dantas\nPopular vote 47,651,434\n")
    report = check(Document("a", a), Document("b", b))
    assert _paired(report, "92 and 96%", "81.88%") == []
