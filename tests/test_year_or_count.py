"""A number that could be a year ("1500", "1944") is a year or a count of what follows,
never both and never neither: "recorded 1500 cases" is a figure, "in 1944 troops
landed" a date. Sentences made up for these tests, across fields."""

from __future__ import annotations

import pytest

import claimcheck


def kinds_of(text: str, number: str) -> set[str]:
    return {c.kind for c in claimcheck.claims(text)
            if number in c.text and c.kind != "statement"}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Health officials recorded 1500 cases of measles by May 2019.", "1500"),
        ("The regiment lost 1944 men at the river crossing.", "1944"),
        ("A plaque unveiled in the square lists 1640 names.", "1640"),
        ("Hospitals in the district admitted 1300 patients with influenza.", "1300"),
        ("The museum received some 2010 visitors in its first week.", "2010"),
        ("The ferry carried 1200 passengers and 80 cars.", "1200"),
    ],
)
def test_a_year_like_number_before_a_plural_noun_counts_it(text: str, number: str) -> None:
    assert kinds_of(text, number) == {"quantity"}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("In 1944 troops landed on the beaches.", "1944"),
        ("The 1990 elections were held in March.", "1990"),
        ("Acme's 2019 results were restated in June.", "2019"),
        ("The company reported 2019 results in March.", "2019"),
        ("By 1990 prices had doubled.", "1990"),
        ("Between 1985 and 1990 exports doubled.", "1985"),
    ],
)
def test_a_year_before_a_plural_noun_stays_a_year(text: str, number: str) -> None:
    found = kinds_of(text, number)
    assert found and "quantity" not in found


def test_a_counted_year_like_figure_meets_its_partner() -> None:
    a = claimcheck.Document("a", "By August 1987 health officials had recorded 1500 cases "
                                 "of typhoid in Tarsa province.")
    b = claimcheck.Document("b", "Tarsa province reported 1,500 confirmed cases of typhoid "
                                 "as of August 1987.")
    report = claimcheck.check(a, b)
    agreed = [f for f in report.findings if f.kind == "agreement"
              and {report.claim(c).text for c in f.claims} == {"1500", "1,500"}]
    assert agreed


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The battle left 1500 wounded on the field.", "1500"),
        ("The earthquake left 1200 injured and 300 dead.", "1200"),
        ("After the storm 1640 missing were still sought.", "1640"),
    ],
)
def test_a_year_like_number_before_a_word_that_counts_people_counts_them(
    text: str, number: str
) -> None:
    assert kinds_of(text, number) == {"quantity"}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("In 1944 wounded soldiers were sent home.", "1944"),
        ("By 1850 displaced families had returned.", "1850"),
    ],
)
def test_a_year_before_such_a_word_opening_a_phrase_stays_a_year(text: str, number: str) -> None:
    found = kinds_of(text, number)
    assert found and "quantity" not in found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Casualties and losses\n1000 wounded[2]\n", "1000"),
        ("Losses\n1500 killed, 300 missing\n", "1500"),
    ],
)
def test_a_year_like_number_opening_a_cell_counts_its_noun(text: str, number: str) -> None:
    assert kinds_of(text, number) == {"quantity"}


def test_a_year_opening_a_line_of_prose_stays_a_year() -> None:
    found = kinds_of("1944 saw many changes in the town.", "1944")
    assert found and "quantity" not in found


@pytest.mark.parametrize(("text", "day"), [
    # four digits after "at" and before a day: a time of day written the army's way
    ("The siege may be considered ended at 1645 on 26 December 1944.", "26 December 1944"),
    ("The fleet sailed at 0600, on 6 June 1944, from Portsmouth.", "6 June 1944"),
])
def test_a_military_time_before_its_day_is_no_year(text: str, day: str) -> None:
    dates = [c.text for c in claimcheck.claims(text) if c.kind == "date"]
    assert dates == [day]


@pytest.mark.parametrize("text", [
    "The town fell in 1645 on the eve of the battle.",
    "At 1645 the town fell.",  # no day after it: a year as easily as a time
    "The mill was rebuilt at 1875 on 3 May.",  # no time of day: 75 minutes
])
def test_four_digits_that_may_be_a_year_stay_one(text: str) -> None:
    years = [c.text for c in claimcheck.claims(text) if c.kind == "date" and c.text.isdigit()]
    assert len(years) == 1


def test_a_long_run_of_blanks_after_a_military_time_is_read_once() -> None:
    # "at 1645" and 100,000 blanks: a comma that may stand among them is looked for once,
    # not once for each way of splitting the blanks around it (quadratic: tens of seconds)
    import time

    from claimcheck.builtin.times.context import _CLOCK_DAY_AFTER

    text = "ended at 1645" + " " * 100_000 + "x"
    start = time.perf_counter()
    assert _CLOCK_DAY_AFTER.match(text, len("ended at 1645")) is None
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(("text", "figure"), [
    ("The Americans numbered about 1500 Americans under Prescott.", "1500"),
    ("Some 1200 Frenchmen died at the bridge.", "1200"),
    ("The fleet carried nearly 1800 Spaniards.", "1800"),
    ("Between about 3000 British troops and about 1500 Americans.", "1500"),
])
def test_about_so_many_of_a_people_is_a_count(text: str, figure: str) -> None:
    kinds = {c.text: c.kind for c in claimcheck.claims(text) if c.kind != "statement"}
    assert kinds[figure] == "quantity"


@pytest.mark.parametrize(("text", "year"), [
    ("In about 1500 Europeans arrived on the coast.", "1500"),
    ("Around 1900 Americans began to drive.", "1900"),
    ("In 1775 Americans fought at Bunker Hill.", "1775"),
])
def test_about_a_year_before_a_people_stays_a_year(text: str, year: str) -> None:
    kinds = {c.text: c.kind for c in claimcheck.claims(text) if c.kind != "statement"}
    assert kinds[year] == "date"
