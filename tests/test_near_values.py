"""Two figures of many digits at most one per cent apart ("23,001" and "22,990") are
one figure told two ways, as surely as the same rare value would be, unless either
document holds other values that close (a table of dozens of figures of one size, shares
of a hundred). Texts made up for these tests, across fields."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document
from claimcheck.align.profiles import written_digits


def found(a: str, b: str) -> set[tuple[str, frozenset[str]]]:
    report = claimcheck.check(Document("a", a), Document("b", b))
    return {(f.kind, frozenset(report.claim(c).text for c in f.claims))
            for f in report.findings if f.kind in ("agreement", "discrepancy")}


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("The relief fund paid out 4,718,204 francs over the winter.",
     "Its accounts show 4,721,930 francs.", "4,718,204 francs", "4,721,930 francs"),
    ("Killed 3,070. Wounded 14,497. Missing 5,434. Aggregate 23,001.",
     "Killed, 3,063; wounded, 14,492; missing, 5,435; total, 22,990.", "23,001", "22,990"),
    ("Killed 3,070. Wounded 14,497. Missing 5,434. Aggregate 23,001.",
     "Killed, 3,063; wounded, 14,492; missing, 5,435; total, 22,990.", "5,434", "5,435"),
])
def test_near_values_of_many_digits_are_one_figure(a: str, b: str, left: str,
                                                   right: str) -> None:
    assert ("discrepancy", frozenset({left, right})) in found(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # tables of many figures of one size: a near pair among them is chance
    ("Alder Creek 1,606; Brenton 1,656; Cole Ford 1,730; Dunmore 1,747; Easton 1,754.",
     "First Corps 1,611; Second Corps 1,688; Third Corps 1,844."),
    # shares of a hundred crowd a narrow range
    ("Its figure was 38.18%.", "The rate stood at 38.26%."),
    # a round figure says little by being near another
    ("The mill employed 1,200 hands.", "Its payroll listed 1,203."),
    # a total against a count of some of what it counts: two statistics, near by nature
    ("The league drew a total attendance of 3,456,789 spectators.",
     "Paying spectators numbered 3,441,210."),
    ("The ministry counted a total enrolment of 1,204,118 pupils.",
     "The number of pupils in state schools was 1,198,765."),
])
def test_near_values_that_may_be_chance_stay_apart(a: str, b: str) -> None:
    assert not any(kind == "discrepancy" for kind, _ in found(a, b))


@pytest.mark.parametrize(("text", "digits"), [
    ("23,001", 5), ("1,000", 1), ("0.045", 2), ("171,660,230", 8), ("$169.0 million", 3),
])
def test_significant_digits_as_written(text: str, digits: int) -> None:
    assert written_digits(text) == digits


def test_a_bare_figure_meets_a_near_count() -> None:
    # a key's value with no noun after it against a count of the same thing
    kinds = found("The agency counted 8,098 cases in 29 countries.", "Cases: 8,096")
    assert ("discrepancy", frozenset({"8,098", "8,096"})) in kinds


def test_a_round_figure_beside_it_leaves_a_figure_alone() -> None:
    # "more than 8,000" says less than "8,096": it crowds no near neighbour
    kinds = found("The agency counted 8,098 cases in 29 countries.",
                  "Cases: 8,096. More than 8,000 people fell ill.")
    assert ("discrepancy", frozenset({"8,098", "8,096"})) in kinds


@pytest.mark.parametrize(("a", "b"), [
    ("In the referendum 12,345,678 votes were cast.",
     "Valid votes numbered 12,301,233, the commission said."),
    ("The agency counted 8,098 probable cases in 29 countries.", "Confirmed cases: 8,096"),
    ("Gross revenue reached $4,718,204 that winter.", "Net revenue was $4,721,930."),
])
def test_near_tallies_of_different_kinds_stay_apart(a: str, b: str) -> None:
    # valid votes against votes cast, probable cases against confirmed ones: two tallies
    assert not any(kind == "discrepancy" for kind, _ in found(a, b))


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    # a swim, a flight, a race: times to the minute, each said once
    ("Her time is given as 14 hours 45 minutes, a new record.",
     "She crossed in the record time of 14 hours and 39 minutes.",
     "14 hours 45 minutes", "14 hours and 39 minutes"),
    ("The capsule came down after four hours and 56 minutes in flight.",
     "Splashdown came 4 h 55 min after launch.", "four hours and 56 minutes", "4 h 55 min"),
    ("The convoy needed 3 days, 7 hours and 40 minutes to reach the port.",
     "Reports gave the passage as 3 days, 7 hours and 20 minutes.",
     "3 days, 7 hours and 40 minutes", "3 days, 7 hours and 20 minutes"),
])
def test_near_times_to_the_minute_are_one_time(a: str, b: str, left: str,
                                                right: str) -> None:
    assert ("discrepancy", frozenset({left, right})) in found(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # whole years or days, or round minutes, say too little by being near
    ("The firm closed after 158 years in business.", "It ended a 157-year history."),
    ("The meeting lasted 90 minutes.", "The hearing took 91 minutes."),
    # two times of one document that close: which the other's is, is chance
    ("The first leg took 14 hours 45 minutes and the second 14 hours 50 minutes.",
     "The crossing took 14 hours and 39 minutes."),
])
def test_near_times_that_may_be_chance_stay_apart(a: str, b: str) -> None:
    assert not any(kind == "discrepancy" for kind, _ in found(a, b))


def test_a_possessive_pronoun_opening_a_sentence_names_nobody() -> None:
    # "Her time" is no subject named "her" that keeps the figure from another's
    kinds = found("Her time is given as 14 hours 45 minutes.",
                  "Mary Avon crossed in 14 hours and 42 minutes.")
    assert ("discrepancy", frozenset({"14 hours 45 minutes", "14 hours and 42 minutes"})) \
        in kinds


def test_a_number_in_words_is_as_precise_as_its_digits() -> None:
    kinds = found("In the end four thousand nine hundred and seventy-three volunteers stood "
                  "on the walls.", "The defenders numbered 4,983 men.")
    assert ("discrepancy", frozenset({"four thousand nine hundred and seventy-three",
                                      "4,983"})) in kinds


@pytest.mark.parametrize(("a", "b"), [
    # times to a fraction of a second are a race's: a field finishes within a per cent
    ("Usain Bolt set the world record in the 100 metres in 9.58 seconds.",
     "Usain Bolt won the Olympic final in the 100 metres in 9.63 seconds."),
    ("Phelps won the 200 m freestyle in 102.96 seconds.",
     "At the world championships he swam the 200 m freestyle in 103.86 seconds."),
])
def test_near_times_to_a_fraction_of_a_second_are_not_paired_as_one(a: str, b: str) -> None:
    assert not any(kind in ("discrepancy", "agreement") and any("seconds" in t for t in texts)
                   for kind, texts in found(a, b))
