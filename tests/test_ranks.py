"""Ranks: a place in an order named by a superlative ("Minnesota's third-busiest bridge",
"the 8th-largest decline", "the fourth most powerful earthquake"), read as figures of
their own and compared only with a rank in the same order of the same things. Texts made
up for these tests, across fields (transport, disasters, markets, sport)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.builtin.quantities.find import find_quantities

from .test_frames import check, paired


@pytest.mark.parametrize(("text", "span", "place", "order"), [
    ("It was the region's third-busiest airport.", "third-busiest", 3, "busiest airport"),
    ("The bridge was the state's fifth busiest, carrying 90,000 cars a day.",
     "fifth busiest", 5, "busiest"),
    ("It was the 8th-largest fall of the index on record.", "8th-largest", 8,
     "largest fall of index on record"),
    ("The quake was the fourth most powerful earthquake ever recorded.",
     "fourth most powerful", 4, "most powerful earthquake ever recorded"),
    ("Ostrava is the 2nd largest city in the country.", "2nd largest", 2,
     "largest city in country"),
    # a compound the superlative opens is the order: no place among the highest things
    ("She was the fifth highest-paid director.", "fifth highest-paid", 5,
     "highest-paid director"),
    ("It was the second most-watched broadcast.", "second most-watched", 2,
     "most-watched broadcast"),
])
def test_a_rank_is_a_place_in_the_order_its_superlative_names(
        text: str, span: str, place: int, order: str) -> None:
    (rank,) = [q for q in find_quantities(text) if q.dimension == "rank"]
    assert (text[rank.start:rank.end], rank.low, rank.unit) == (span, place, order)


@pytest.mark.parametrize("text", [
    "On the first day, the second test failed.",   # ordinals, no superlative
    "The 2nd Battalion held the western forest.",  # "forest" is no superlative
    "It was the largest fire of the century.",     # a superlative, no ordinal
    "The twenty-first largest firm.",              # an ordinal this reader leaves alone
])
def test_ordinals_and_superlatives_alone_are_no_rank(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.dimension == "rank"]


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # one order of one thing: a different place is a discrepancy, the same an agreement
    ("The Kessel bridge was the state's third-busiest, carrying cars daily.",
     "The Kessel bridge was the state's fifth busiest, carrying cars daily.",
     "third-busiest", "fifth busiest", ["discrepancy"]),
    ("The Harwick fire was the city's second-deadliest fire on record.",
     "The Harwick fire was the city's second deadliest fire on record.",
     "second-deadliest", "second deadliest", ["agreement"]),
    # two orders (of all time, in one ocean): never compared
    ("Nargis is the 8th deadliest cyclone of all time.",
     "Nargis is the seventh deadliest cyclone in the North Indian Ocean.",
     "8th deadliest", "seventh deadliest", []),
    # one order, the thing ranked named on one side only: two things, each at its place
    ("The 1906 earthquake was the third deadliest disaster in US history.",
     "Hurricane Katrina was the fourth deadliest disaster in US history.",
     "third deadliest", "fourth deadliest", []),
    # two superlatives: two orders
    ("It was the third most powerful earthquake ever recorded in the world.",
     "It was the fourth largest earthquake ever recorded in the world.",
     "third most powerful", "fourth largest", []),
])
def test_ranks_meet_only_ranks_in_the_same_order(a: str, b: str, left: str, right: str,
                                                 found: list[str]) -> None:
    assert paired(check(a, b), left, right) == found


def test_a_rank_holds_for_no_date_of_its_sentence_and_says_what_differs() -> None:
    """"the deadliest since the 1947 tornadoes, and the seventh-deadliest overall": the
    year bounds another order, not when the rank holds; the finding names both places."""
    (rank,) = [c for c in claimcheck.claims(
        "It was the deadliest tornado since the 1947 tornadoes, and the seventh-deadliest "
        "overall.") if c.text == "seventh-deadliest"]
    assert rank.frame is not None and rank.frame.period is None
    report = check("The Kessel bridge was the state's third-busiest, carrying cars daily.",
                   "The Kessel bridge was the state's fifth busiest, carrying cars daily.")
    (found,) = [f for f in report.findings if f.kind == "discrepancy"]
    assert found.summary.startswith("3rd busiest against 5th busiest")
