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


@pytest.mark.parametrize("text", ["Of them 40 were taken prisoner.",
                                  "Of the 11,000 soldiers, only 216 were taken prisoner."])
def test_a_participle_after_the_copula_is_no_kind_of_people(text: str) -> None:
    # "were taken prisoner" says what befell them, not which of them they were
    (claim,) = [c for c in claimcheck.claims(text) if c.text in ("40", "216")]
    assert claim.frame.scope != "part"


@pytest.mark.parametrize(
    ("a", "b", "part", "whole"),
    [
        ("The ferry sank. Of the saved, 487 were passengers and 274 crew.",
         "The ferry sank, leaving 761 survivors.", "487", "761"),
        ("The blast killed 500 people. Of the dead, 120 were children.",
         "The blast killed 480 people, among them 140 children.", "120", "480"),
        ("Of the evacuated, 45 were patients.", "The hospital evacuated 130 people.",
         "45", "130"),
    ],
)
def test_a_figure_that_says_which_kind_of_people_it_counts_is_a_part(
        a: str, b: str, part: str, whole: str) -> None:
    # "487 were passengers": the passengers among the saved, no count of all of them
    (claim,) = [c for c in claimcheck.claims(a) if c.text == part]
    assert claim.frame is not None and claim.frame.scope == "part"
    report = claimcheck.check(Document("a", a), Document("b", b))
    assert not [f for f in report.findings if f.kind == "discrepancy"
                and {report.claim(c).text for c in f.claims} == {part, whole}]


@pytest.mark.parametrize(
    ("text", "group", "part"),
    [
        ("Of the 21,000 Kwantung Army soldiers on the island, only 216 were taken prisoner.",
         "21,000", "216"),
        ("Out of the 3,000 Red Cross volunteers, 120 were injured.", "3,000", "120"),
    ],
)
def test_some_of_a_group_named_first_are_the_groups(text: str, group: str, part: str) -> None:
    claims = {c.text: c for c in claimcheck.claims(text)}
    assert claims[group].frame.subject_key is not None
    assert claims[part].frame.subject_key == claims[group].frame.subject_key


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The fire killed approximately 300 people, destroyed roughly 3.3 square miles of "
         "the city, and left 100,000 homeless.", "300", "casualties.killed"),
        ("The cyclone killed 140 people, damaged 3,000 homes and cut power to the coast.",
         "140", "casualties.killed"),
    ],
)
def test_a_verb_after_a_comma_opens_the_next_figures_clause(
        text: str, figure: str, measure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.measure == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("At least 1,782 people, largely in Halifax and\nDartmouth, were killed by the blast.",
         "1,782", "casualties.killed"),
        ("Some 5,000 villagers, mostly in the hill districts, were displaced by the floods.",
         "5,000", "displaced"),
    ],
)
def test_an_aside_on_where_most_of_them_were_is_read_past(
        text: str, figure: str, measure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.measure == measure


@pytest.mark.parametrize(
    ("a", "b", "figure", "owner_key"),
    [
        ("In Texas, Exxon cut 1,200 jobs in 2020.", "In Texas, Chevron cut 1,150 jobs in 2020.",
         "1,200", "exxon"),
        ("In Kent, Labour won 23,400 votes.", "In Kent, Reform won 21,900 votes.", "23,400",
         "labour"),
    ],
)
def test_a_name_after_a_place_and_a_comma_that_acts_is_whose(
        a: str, b: str, figure: str, owner_key: str) -> None:
    # the second name is followed by its verb: it opens the clause, no place set after
    # another ("in Houston, Texas, 300"), so two owners' figures stay apart
    assert owner(a, figure) == owner_key
    report = claimcheck.check(Document("a", a), Document("b", b))
    assert not [f for f in report.findings if f.kind == "discrepancy"]


def test_a_place_after_a_place_before_a_participle_is_still_where() -> None:
    assert owner("The firm, based in Houston, Texas employing around 21,000 people, grew.",
                 "21,000") is None


def test_who_says_so_between_commas_opens_no_clause() -> None:
    # "according" ends like a verb's -ing form, but names who says so: the clause's verb
    # after the aside is still the figure's measure
    (claim,) = [c for c in claimcheck.claims(
        "At least 12 people, according to police, were killed in the blast.")
        if c.text == "12"]
    assert claim.frame.measure == "casualties.killed"


@pytest.mark.parametrize(
    ("text", "figure", "statistic"),
    [
        ("The stock market fell close to 50 percent from its peak.", "50 percent", "change"),
        ("Sales rose nearly 5 % in March.", "5 %", "change"),
        ("Shares rose to 50 percent of the float.", "50 percent", "share"),
        ("Turnout was close to 60 percent.", "60 percent", "share"),
    ],
)
def test_a_change_qualified_as_approximate_is_still_a_change(
        text: str, figure: str, statistic: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.statistic == statistic


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("70,000 people are deprived of the shelter of a roof.", "70,000"),
        ("About 3,000 families lost their homes in the flood.", "3,000"),
        ("The quake left 20,000 people without shelter.", "20,000"),
    ],
)
def test_people_without_a_roof_are_displaced(text: str, figure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.measure == "displaced"


def test_two_names_joined_by_and_own_a_figure_together() -> None:
    a = owner("Most of the victims were Jewish and Italian immigrant women aged 16 to 23.",
              "16 to 23")
    b = owner("Most of the victims were Italian and Jewish immigrant women aged 14 to 23.",
              "14 to 23")
    assert a is not None and b is not None and set(a.split()) == set(b.split())


def test_the_whole_of_a_part_done_to_is_all_there_were() -> None:
    # "won 52 of the 60 seats": 60 is every seat, never the party's count against "50 seats"
    report = claimcheck.check(Document("a", "The party won 52 of the 60 seats in the council."),
                              Document("b", "The party won 50 seats in the council."))
    assert not [f for f in report.findings if f.kind == "discrepancy"
                and "60" in {report.claim(c).text for c in f.claims}]
    claims = {c.text: c for c in claimcheck.claims("The party won 52 of the 60 seats.")}
    assert claims["60"].frame.statistic == "total"


def test_the_whole_of_a_part_not_done_to_is_a_count() -> None:
    # "Seven of the forty injured died": the forty are the injured, a count like any other
    claims = {c.text: c for c in claimcheck.claims("Seven of the forty injured died.")}
    assert claims["forty"].frame.statistic == "count"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # where a movement went, or the start of its route, is no owner: the mover is
        ("Ortiz flew his monoplane from Calais to Dover in 27 minutes.", "27 minutes",
         "ortiz"),
        ("The relief column marched into Kandahar with 9,000 men.", "9,000", None),
        ("The clipper sailed to Melbourne in 71 days.", "71 days", None),
        ("The convoy drove from Lyon to the Rhine at 40 km/h.", "40 km/h", None),
    ],
)
def test_where_a_movement_went_is_no_owner(text: str, figure: str,
                                           expected: str | None) -> None:
    assert owner(text, figure) == expected


def test_where_goods_came_from_with_no_route_is_still_whose() -> None:
    # "imports from China" against "imports from Mexico": two figures
    assert owner("Imports from Mexico reached $480 billion.", "$480 billion") is not None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Near the old pump there were 500 fatal attacks of typhus.", "500"),
        ("Beyond the river stood 40 guns of the reserve.", "40"),
        ("Despite the rain, 20,000 marchers came.", "20,000"),
    ],
)
def test_a_preposition_opening_the_sentence_is_no_owner(text: str, figure: str) -> None:
    assert owner(text, figure) is None


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a relative clause about the name a movement went to holds the figure: its
        ("The seat went to Smith, who won 45,000 votes.", "45,000", "smith"),
        ("Power passed to the Liberal Party, which took 184 seats.", "184", "liberal party"),
    ],
)
def test_a_relative_clause_after_where_a_movement_went_is_its(text: str, figure: str,
                                                              expected: str) -> None:
    assert owner(text, figure) == expected


def test_votes_of_the_name_a_seat_went_to_are_not_set_against_anothers() -> None:
    # Smith's votes against Jones's: two candidates, never a discrepancy
    report = claimcheck.check(
        Document("a", "The seat went to Smith, who won 45,000 votes."),
        Document("b", "Jones won 40,000 votes in the seat."))
    assert [f.kind for f in report.findings if f.kind == "discrepancy"] == []


def test_a_name_that_opens_with_a_preposition_keeps_it() -> None:
    # a company named with a preposition first is no place after one
    assert owner("Beyond Meat reported revenue of $100 million.", "$100 million") \
        == "beyond meat"
