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
    # words that say only that the order is the one on record are no part of it, and an
    # earthquake's most powerful is its largest (ranks.toml)
    ("It was the 8th-largest fall of the index on record.", "8th-largest", 8,
     "largest fall of index"),
    ("The quake was the fourth most powerful earthquake ever recorded.",
     "fourth most powerful", 4, "largest earthquake"),
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
    # two superlatives: two orders (a city's largest is no most powerful) ...
    ("Varnholm was the third most powerful city of the league.",
     "Varnholm was the fourth largest city of the league.",
     "third most powerful", "fourth largest", []),
    # ... but an earthquake's most powerful, strongest and largest are one order, and
    # "ever recorded" says only that it is the order on record (ranks.toml)
    ("The Tarrow quake was the third most powerful earthquake ever recorded in the world.",
     "The Tarrow quake was the fourth largest earthquake in the world.",
     "third most powerful", "fourth largest", ["discrepancy"]),
    ("The Ossing quake was the second strongest earthquake on record in the region.",
     "The Ossing quake was the second biggest earthquake in the region.",
     "second strongest", "second biggest", ["agreement"]),
    # a hurricane's strongest (its winds) is not its largest (its breadth)
    ("Typhoon Vessa was the third strongest typhoon of the decade.",
     "Typhoon Vessa was the fifth largest typhoon of the decade.",
     "third strongest", "fifth largest", []),
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


@pytest.mark.parametrize(("text", "found"), [
    # a place said of the subject, with what it is ranked among: a list's items share the
    # scope its last item gives
    ("Hurricane Opal was the ninth named storm, fifth hurricane, and second major "
     "hurricane of the 1995 Atlantic season.",
     [("ninth named storm", 9, "named storm of 1995 atlantic season"),
      ("fifth hurricane", 5, "hurricane of 1995 atlantic season"),
      ("second major hurricane", 2, "major hurricane of 1995 atlantic season")]),
    ("Mirren was the first woman to command the fleet.",
     [("first woman", 1, "woman to command fleet")]),
    ("Typhoon Tess was the third Category 5 typhoon of the year.",
     [("third Category 5 typhoon", 3, "category 5 typhoon of year")]),
])
def test_a_bare_ordinal_said_of_the_subject_is_a_place_among_things(
        text: str, found: list[tuple[str, int, str]]) -> None:
    ranks = [(text[q.start:q.end], q.low, q.unit) for q in find_quantities(text)
             if q.dimension == "rank"]
    assert ranks == found


@pytest.mark.parametrize("text", [
    "On the second day of the siege, the third regiment attacked.",  # no copula
    "It was the second time in a row that the dam failed.",          # a time
    "The storm was the fifth hurricane.",                            # nothing ranked among
    "It was the Second Battle of the Marne that ended the drive.",    # a name
    "In 1995 the fourth hurricane of the season hit Tarvo.",         # not said of it
    "It was the third round of the tournament.",                     # one of a series
])
def test_bare_ordinals_of_events_or_without_scope_are_no_rank(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.dimension == "rank"]


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    ("Hurricane Opal was the fourth hurricane of the 1995 Atlantic season.",
     "Hurricane Opal was the fifth hurricane of the 1995 Atlantic season.",
     "fourth hurricane", "fifth hurricane", ["discrepancy"]),
    ("Hurricane Opal was the ninth named storm, fifth hurricane, and second major "
     "hurricane of the 1995 Atlantic season.",
     "Opal was the tenth tropical cyclone, the fifth hurricane and the first major "
     "hurricane of the 1995 Atlantic season.",
     "second major hurricane", "first major hurricane", ["discrepancy"]),
    # among named storms and among all cyclones: two orders
    ("Hurricane Opal was the ninth named storm of the 1995 Atlantic season.",
     "Hurricane Opal was the tenth tropical cyclone of the 1995 Atlantic season.",
     "ninth named storm", "tenth tropical cyclone", []),
])
def test_bare_ranks_meet_only_ranks_in_the_same_order(a: str, b: str, left: str,
                                                      right: str, found: list[str]) -> None:
    assert paired(check(a, b), left, right) == found
