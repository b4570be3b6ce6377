"""Figures as found in real documents (issue 13): dates before figures, scores and votes,
alternatives, one figure written two ways, glued labels and estimates."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.builtin.quantities.find import find_quantities
from claimcheck.model import Claim, Quantity


def figures(text: str) -> list[tuple[str, float, float, str | None, str]]:
    return [(q.text, q.low, q.high, q.unit, q.qualifier) for q in find_quantities(text)]


def only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def figure_claims(text: str) -> list[Claim]:
    out = [c for c in claimcheck.claims(text) if c.kind in ("quantity", "ratio")]
    for c in out:
        assert text[c.start:c.end] == c.text
    return out


# -- a date, a comma, then a figure ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1950, 135,000 troops crossed.", [("135,000", 135_000, 135_000, "troops", "exact")]),
        ("In 2019, 4.2 million people voted.",
         [("4.2 million", 4.2e6, 4.2e6, "people", "exact")]),
        ("By 1944, 12,000 aircraft were built.",
         [("12,000", 12_000, 12_000, "aircraft", "exact")]),
        ("On 3 May 1999, 55 tornadoes struck.", [("55", 55, 55, "tornadoes", "exact")]),
        ("In 1950, 135,000 crossed the river.", [("135,000", 135_000, 135_000, None, "exact")]),
        ("By March 2020, about 3,000 firms had closed.",
         [("3,000", 3000, 3000, "firms", "approximately")]),
        ("On June 25, 1950, 90,000 men attacked.", [("90,000", 90_000, 90_000, "men", "exact")]),
        ("At 3 p.m., 300 men attacked.", [("300", 300, 300, "men", "exact")]),
        ("Hill 303, 200 men were lost.", [("200", 200, 200, "men", "exact")]),
    ],
)
def test_a_figure_after_a_date_and_a_comma_is_read(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On June 25, 26 and 27 it rained.",  # more days of the month
        "Fond 5, Opis 58, Delo 266, 1, Listy 122-131.",  # an archive reference
        "(telegrams #4-51, 233, 1950)",
        "see pp. 12, 14 and 16",
        "In 1950, 1951 and 1952 the harvest failed.",  # a list of years
    ],
)
def test_lists_after_references_and_dates_stay_unread(text: str) -> None:
    assert figures(text) == []


def test_the_date_before_the_figure_stays_a_date() -> None:
    text = "On 3 May 1999, 55 tornadoes struck."
    found = claimcheck.claims(text)
    dates = [c for c in found if c.kind == "date"]
    assert [(c.text, c.value.timex) for c in dates] == [("3 May 1999", "1999-05-03")]
    assert [(c.text, c.subject) for c in found if c.kind == "quantity"] == [("55", "tornadoes")]


# -- scores and votes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "terms", "sides"),
    [
        ("The House passed the bill 312 to 176.", "312 to 176", (312, 176), None),
        ("The Yankees won 7-2 on Sunday.", "7-2", (7, 2), None),
        ("They beat them 3\u20131 in the final.", "3\u20131", (3, 1), None),
        ("It was a 52-48 vote in the Senate.", "52-48", (52, 48), None),
        ("It was a 48-52 vote in the Senate.", "48-52", (48, 52), None),  # noun after: any order
        ("The Senate voted 52-48 to confirm him.", "52-48", (52, 48), None),
        ("The team drew 2-2 with Spain.", "2-2", (2, 2), None),
        ("Arsenal beat Chelsea 3-1.", "3-1", (3, 1), ("Arsenal", "Chelsea")),
        ("Arsenal won 3-1 against Chelsea.", "3-1", (3, 1), ("Arsenal", "Chelsea")),
        # written winner first: Italy scored 3
        ("Brazil lost to Italy 3-2 in the final.", "3-2", (3, 2), ("Italy", "Brazil")),
        ("Brazil lost to Italy 2-3 in the final.", "2-3", (2, 3), ("Brazil", "Italy")),
        ("The Yankees beat the Red Sox 7-2.", "7-2", (7, 2), ("Yankees", "Red Sox")),
    ],
)
def test_scores_are_two_sides_not_a_range(text: str, span: str, terms: tuple, sides) -> None:
    q = only(text)
    assert q.text == span
    assert text[q.start:q.end] == span
    assert q.dimension == "score"
    assert q.qualifier == "exact"
    assert q.ratio == terms
    assert (q.low, q.high) == (min(terms), max(terms))
    assert q.sides == sides


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("an advance of 15-20 kilometers", 15, 20, "km"),
        ("the KPA numbered between 87,500 and 99,000 men", 87_500, 99_000, "men"),
        ("from 10 to 20 per cent", 10, 20, "percent"),
        ("The party won 15-20 seats.", 15, 20, "seats"),  # a counted noun: a range
        ("He won 10-15 % of the vote.", 10, 15, "percent"),
        ("The team won 2-3 times.", 2, 3, "times"),
        ("a margin of 5-10 across the districts", 5, 10, None),  # smaller first: a range
        ("the vote came after 20-30 days", 20, 30, "day"),
    ],
)
def test_ranges_near_contest_words_stay_ranges(text: str, low: float, high: float,
                                               unit: str | None) -> None:
    q = only(text)
    assert (q.low, q.high, q.unit, q.qualifier) == (low, high, unit, "between")
    assert q.dimension != "score"


@pytest.mark.parametrize(
    "text",
    [
        "The bill passed 312 to 176 votes.",  # "votes" counted after the second number
        "They won $7-2 million in damages.",
    ],
)
def test_amounts_are_no_scores(text: str) -> None:
    assert all(q.dimension != "score" for q in find_quantities(text))


def test_a_ratio_stays_a_ratio_near_contest_words() -> None:
    q = only("won by a 3-to-1 margin")
    assert (q.dimension, q.ratio) == ("ratio", (3, 1))
    q = only("the North outnumbered the South 3 to 1")
    assert q.dimension == "ratio"


def test_score_claims_carry_sides_and_a_subject() -> None:
    [claim] = figure_claims("The Red Sox lost to the Yankees 7-3.")
    assert claim.kind == "quantity"
    assert claim.extra["sides"] == ["Yankees", "Red Sox"]
    assert claim.subject == "Red Sox and Yankees"  # one order, whichever side is named first
    [claim] = figure_claims("The House passed the bill 312 to 176.")
    assert (claim.subject, claim.value.ratio) == ("The House", (312, 176))


# -- alternatives: "eight or nine" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("Eight or nine people died.", "Eight or nine", 8, 9, "people"),
        ("8 or 9 people died.", "8 or 9", 8, 9, "people"),
        ("two or three divisions", "two or three", 2, 3, "divisions"),
        ("rated 5.8 or 5.9 on the Richter scale", "5.8 or 5.9", 5.8, 5.9, None),
        ("a loss of 5% or 6%", "5% or 6%", 5, 6, "percent"),
    ],
)
def test_alternatives_are_either(text: str, span: str, low: float, high: float,
                                 unit: str | None) -> None:
    q = only(text)
    assert (q.text, q.low, q.high, q.unit, q.qualifier) == (span, low, high, unit, "either")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 or 8 people", ["9", "8"]),  # larger first: no alternative
        ("at 10 or 11 p.m.", []),  # times of day
        ("in 1950 or 1951", []),  # years
        ("on June 25 or 26", []),
    ],
)
def test_what_is_no_alternative(text: str, expected: list[str]) -> None:
    found = find_quantities(text)
    assert [q.text for q in found] == expected
    assert all(q.qualifier != "either" for q in found)


# -- one figure, two phrasings --------------------------------------------------------------


def _values(text: str) -> list[tuple]:
    return [(c.value.low, c.value.high, c.value.unit, c.value.dimension, c.value.qualifier,
             c.subject) for c in figure_claims(text)]


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("The advance was 15-20 kilometers per day.",
         "The advance was 15 to 20 kilometers a day.",
         [(15, 20, "km/day", "length/duration", "between", "The advance")]),
        ("A 12-man crew flew it.", "A crew of twelve flew it.",
         [(12, 12, "crew", "count", "exact", "crew")]),
        ("The bomber had a 12-man crew.", "The bomber had a crew of twelve.",
         [(12, 12, "crew", "count", "exact", "crew")]),
        ("A 300-strong garrison held the fort.", "A garrison of 300 held the fort.",
         [(300, 300, "garrison", "count", "exact", "garrison")]),
        ("A nine-member panel ruled.", "A panel of nine ruled.",
         [(9, 9, "panel", "count", "exact", "panel")]),
        ("A team of about 40 searched.", "A team of some 40 searched.",
         [(40, 40, "team", "count", "approximately", "team")]),
    ],
)
def test_two_phrasings_read_the_same(one: str, other: str, expected: list[tuple]) -> None:
    assert _values(one) == expected
    assert _values(other) == expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("They arrived within 22-27 days.", "They arrived within 22 to 27 days."),
        ("The march took 3-4 weeks.", "The march took 3 to 4 weeks."),
    ],
)
def test_durations_written_two_ways_are_one_duration(one: str, other: str) -> None:
    def read(text: str) -> list[tuple]:
        found = [c for c in claimcheck.claims(text) if c.kind != "statement"]
        return [(c.kind, c.value.duration_days, c.value.timex, c.value.mod) for c in found]

    assert read(one) == read(other)
    assert [kind for kind, *_ in read(one)] == ["duration"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A crew of twelve men flew it.", "men"),  # the counted noun wins: 12 men
        ("A list of twelve names.", "names"),
        ("The total of 12 was reached.", None),  # not a group of people
        ("A distance of 12 was covered.", None),
    ],
)
def test_of_only_counts_groups_of_people(text: str, unit: str | None) -> None:
    assert only(text).unit == unit


def test_sizes_of_groups_and_codes() -> None:
    assert only("a 12-man bomber crew").unit == "bomber crew"
    assert figures("The nine-man crew bailed out.") == [("nine-man", 9, 9, "crew", "exact")]
    assert figures("It was a one-man show.") == []  # an idiom, no count
    assert figures("Filed as Form 10-K") == []  # still a code
    assert figures("the 8-man and") == []  # no group named


# -- glued labels and estimates -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "qualifier", "subject"),
    [
        ("Turnout61.3%", "61.3%", 61.3, "percent", "exact", "Turnout"),
        ("Distance covered21.09 km (13.10 mi)", "21.09 km", 21.09, "km", "exact",
         "Distance covered"),
        ("Population12,000,000", "12,000,000", 12e6, None, "exact", "Population"),
        # a whole number glued to the label of its own line (an infobox copied as text)
        ("Passengers216\nCrew12", "216", 216, None, "exact", "Passengers"),
        ("Crew12[3]\n\nPassengers216", "12", 12, None, "exact", "Crew"),
        # and so does a word or two of what it counts after it
        ("Fatalities158 direct (+8-9 indirect)[5]\nInjuries1,150", "158", 158, None,
         "exact", "Fatalities"),
        # a qualifier glued to its label ("damageOver") still qualifies
        ("Property damageOver 7,200 buildings", "7,200", 7200, "buildings", "more_than",
         "buildings"),
        ("Strength: 30,000 (est.)", "30,000", 30_000, None, "approximately", "Strength"),
        ("Casualties: 5,000 (approx.)", "5,000", 5000, None, "approximately", "Casualties"),
        ("UNITED FORCES - 20,000", "20,000", 20_000, None, "exact", "UNITED FORCES"),
        ("NORTH KOREAN FORCES \u2013 135,000 (est.)", "135,000", 135_000, None,
         "approximately", "NORTH KOREAN FORCES"),
    ],
)
def test_labels_and_estimates(text: str, span: str, value: float, unit: str | None,
                              qualifier: str, subject: str) -> None:
    claim = figure_claims(text)[0]
    q = claim.value
    assert (claim.text, q.low, q.high, q.unit, q.qualifier) == (
        span, value, value, unit, qualifier)
    assert claim.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "COVID19 spread fast.",  # names with digits glued
        "Windows10 was installed.",
        "B52 bombers flew.",
        "FY2023 results",
        "see version2.1 of the file",
        "The first was Apollo13",  # glued in a sentence, not to a label of its own line
        "Windows10 was installed\nin the office in 2019.",  # words after, then a sentence
    ],
)
def test_glued_names_are_no_figures(text: str) -> None:
    assert not any(q.text in ("19", "10", "52", "2023", "2.1", "13")
                   for q in find_quantities(text))


def test_a_glued_name_alone_on_its_line_is_no_figure() -> None:
    """"Windows10" alone on its line reads like "Crew12" in an infobox; only rows of
    figures about it make it one."""
    assert figure_claims("Windows10\n\nThe system was installed in the office.") == []
    assert [c.text for c in figure_claims("Passengers216\nWindows10\n")] == ["216", "10"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("In June: 400 arrived.", None),  # a clause, not a label
        ("The army numbered 300.", "The army"),
    ],
)
def test_labels_only_where_nothing_else_names_the_subject(text: str, subject: str | None) -> None:
    [claim] = figure_claims(text)
    assert claim.subject == subject


def test_a_time_after_a_date_is_no_ratio() -> None:
    assert figures("Landing date 21 July 2011, 09:57 UTC") == []
    assert figures("on 21 July 2011, 09:57") == []


@pytest.mark.parametrize(("text", "span", "unit"), [
    # a glued row's figure may carry a short unit, and its conversion after a semicolon
    ("Lowest pressure966 hPa (mbar); 28.53 inHg\nFatalities300,000", "966 hPa", "hPa"),
    ("Highest winds250 km/h\nFatalities300,000", "250 km/h", "km/h"),
    ("Deaths616 people\nInjured1,200", "616", "people"),
])
def test_a_glued_row_with_a_unit(text: str, span: str, unit: str) -> None:
    claim = figure_claims(text)[0]
    assert (claim.text, claim.value.unit) == (span, unit)


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        # a scale word after the second number in words closes the first one too, as
        # after digits ("1 to 2 million")
        ("two or three thousand men were killed", "two or three thousand", 2000, 3000),
        ("between one and two million people fled", "one and two million", 1e6, 2e6),
        ("five to six hundred miners were trapped", "five to six hundred", 500, 600),
        ("one hundred to two hundred thousand people", "one hundred to two hundred thousand",
         1e5, 2e5),
        # no scale shared: the second number's own scale word ("a thousand" is 1,000)
        ("between one and a thousand people", "one and a thousand", 1, 1000),
        ("between ninety and one hundred people", "ninety and one hundred", 90, 100),
    ],
)
def test_a_scale_word_closes_both_numbers_in_words(text: str, span: str, low: float,
                                                   high: float) -> None:
    q = only(text)
    assert (q.text, q.low, q.high) == (span, low, high)


def test_a_range_in_words_meets_a_figure_outside_it() -> None:
    report = claimcheck.check(
        claimcheck.Document("a", "In the battle two or three thousand men were killed."),
        claimcheck.Document("b", "In the battle 500 men were killed."))
    kinds = [f.kind for f in report.findings if f.kind in ("agreement", "discrepancy")]
    assert kinds == ["discrepancy"]


@pytest.mark.parametrize(("line", "figure", "measure"), [
    # a form's plural in brackets is part of its key
    ("Death(s): 114\n", "114", "casualties.killed"),
    ("Injury(ies): 30\n", "30", "casualties.wounded"),
])
def test_a_key_with_its_plural_in_brackets(line: str, figure: str, measure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(line) if c.text == figure]
    assert claim.frame is not None
    assert (claim.frame.source, claim.frame.measure) == ("key_value", measure)


def test_a_glued_row_with_where_they_came_from() -> None:
    """"Competitors32 from 7 nations", a sports box copied as text: both figures."""
    box = "Dates August 30\nCompetitors32 from 7 nations\nMedalists\n"
    assert [q.text for q in find_quantities(box)] == ["32", "7"]
@pytest.mark.parametrize(("line", "figure", "measure"), [
    # the plural in brackets right before a figure is no bracket that ends its clause: the
    # word before it still names the measure, with a colon (0599e15) or without
    ("Death(s) 114\n", "114", "casualties.killed"),
    ("Injury(ies) 30\n", "30", "casualties.wounded"),
    ("Number of death(s) 114\n", "114", "casualties.killed"),
    ("Participant(s) 300\n", "300", "participants"),
])
def test_a_plural_in_brackets_before_a_figure(line: str, figure: str, measure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(line) if c.text == figure]
    assert claim.frame is not None
    assert claim.frame.measure == measure


def test_a_plural_in_brackets_meets_the_bare_key() -> None:
    report = claimcheck.check(
        claimcheck.Document("a", "The bus crash on the highway.\nDeath(s) 14\n"),
        claimcheck.Document("b", "The bus crash on the highway.\nDeaths: 12\n"))
    assert [f.kind for f in report.findings if f.kind == "discrepancy"] == ["discrepancy"]


@pytest.mark.parametrize(("line", "figure", "measure"), [
    # a form printed in capitals writes its plural in capitals too
    ("DEATH(S): 114\n", "114", "casualties.killed"),
    ("INJURY(IES): 30\n", "30", "casualties.wounded"),
    ("DEATH(S) 114\n", "114", "casualties.killed"),
])
def test_a_plural_in_brackets_in_capitals(line: str, figure: str, measure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(line) if c.text == figure]
    assert claim.frame is not None
    assert claim.frame.measure == measure


def test_an_arrow_icons_word_glued_to_a_rows_cells() -> None:
    """"Seat change Increase193 Decrease181 Decrease10", an infobox copied as text: the
    words the arrows leave are no part of the figures, and the row keeps its columns."""
    box = ("Nominee Alda Bren Cato\nSeats won 308 119 21\n"
           "Seat change Increase193 Decrease181 Decrease10\n"
           "Swing Increase11.39% Decrease16.45% Decrease1.80%\n")
    found = {c.text: c.frame for c in claimcheck.claims(box) if c.kind == "quantity"}
    assert {"193", "181", "10", "11.39%", "16.45%", "1.80%"} <= set(found)
    assert (found["181"].source, found["181"].subject_key, found["181"].statistic) == (
        "row", "bren", "change")
    # a word that merely opens with such a letter run is still a name ("Increase3 model")
    assert [q.text for q in find_quantities("The Steadyline3 model sold well.")] == []
