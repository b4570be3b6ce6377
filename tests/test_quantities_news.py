"""Figures in news: changes between two figures, the direction and role of a change,
alternatives, a year beside a figure (issue 17). Sentences made up for these tests."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.builtin.quantities.compare import compare_claims
from claimcheck.builtin.quantities.find import find_quantities
from claimcheck.config import Config
from claimcheck.model import Claim


def figure_claims(text: str) -> list[Claim]:
    out = [c for c in claimcheck.claims(text) if c.kind in ("quantity", "ratio")]
    for c in out:
        assert text[c.start:c.end] == c.text  # offsets are the reported text
    return out


def changes(text: str) -> list[tuple[str, dict | None]]:
    return [(c.text, c.extra.get("change")) for c in figure_claims(text)]


# -- "from X to Y" with a verb of change: two figures, the first the earlier -----------


@pytest.mark.parametrize(
    ("text", "first", "second", "low", "high", "direction"),
    [
        ("Revenue rose from $12 million to $19 million last year.",
         "$12 million", "$19 million", 12e6, 19e6, "up"),
        ("Membership fell from 4,500 to 3,900 in a decade.", "4,500", "3,900", 4500, 3900,
         "down"),
        ("The fleet went from 40 to 55 ships.", "40", "55", 40, 55, "up"),
        ("Attendance dropped from about 900 to 650 people.", "900", "650", 900,
         650, "down"),
    ],
)
def test_from_to_after_a_change_is_two_levels(text: str, first: str, second: str,
                                             low: float, high: float, direction: str) -> None:
    (ta, ca), (tb, cb) = changes(text)
    assert (ta, tb) == (first, second)
    assert ca is not None and cb is not None
    assert (ca["role"], cb["role"]) == ("earlier", "level")
    assert ca["direction"] == cb["direction"] == direction
    assert (ca["from"], ca["to"]) == (cb["from"], cb["to"]) == (low, high)


@pytest.mark.parametrize(
    ("text", "low", "high", "direction"),
    [
        ("Unemployment fell to 3.9% from 4.1% in May.", 4.1, 3.9, "down"),
        ("Sales rose to $19 million from $12 million.", 12e6, 19e6, "up"),
        ("Revenue rose 5% to $3.1 billion from $2.95 billion.", 2.95e9, 3.1e9, "up"),
    ],
)
def test_to_then_from_is_the_level_then_the_earlier(text: str, low: float, high: float,
                                                    direction: str) -> None:
    *_, (_, level), (_, earlier) = changes(text)
    assert level is not None and earlier is not None
    assert (level["role"], earlier["role"]) == ("level", "earlier")
    assert level["direction"] == earlier["direction"] == direction
    assert (level["from"], level["to"]) == (earlier["from"], earlier["to"]) == (low, high)


def test_from_to_without_a_change_stays_a_range() -> None:
    [claim] = figure_claims("Tickets cost from $12 to $19.")
    assert (claim.value.low, claim.value.high, claim.qualifier) == (12, 19, "between")
    assert "change" not in claim.extra
    [claim] = figure_claims("The march drew between 4,000 and 5,000 people.")
    assert "change" not in claim.extra


# -- alternatives ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Eight or nine firefighters were hurt.", "Eight or nine", 8, 9),
        ("The vote could slip by 2 or 3 weeks.", "2 or 3", 2, 3),
        ("a loss of 1.5 or 1.6 percent", "1.5 or 1.6", 1.5, 1.6),
    ],
)
def test_or_gives_two_alternatives(text: str, span: str, low: float, high: float) -> None:
    [q] = find_quantities(text)
    assert (q.text.startswith(span), q.low, q.high, q.qualifier) == (True, low, high, "either")


# -- a year never merges with the figure next to it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The city's population grew in 2017 to 2.4 million.", "2.4 million", 2.4e6),
        ("Sales reached in 2019 to $3.1 billion.", "$3.1 billion", 3.1e9),
        ("The union grew in 2021 to 12,500 members.", "12,500", 12_500),
        ("Debt since 2015 - 4.5 percent of output - has held.", "4.5 percent", 4.5),
    ],
)
def test_a_year_beside_a_figure_is_no_range(text: str, span: str, value: float) -> None:
    [q] = find_quantities(text)
    assert (q.text, q.low, q.high) == (span, value, value)


@pytest.mark.parametrize("text", ["The war lasted from 1914 to 1918.", "In 1950-53 it grew."])
def test_ranges_of_years_stay_years(text: str) -> None:
    assert find_quantities(text) == []


# -- direction and role of a change ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profits fell 5 % in the quarter.", [("5 %", "amount", "down")]),
        ("The carmaker will cut 1,200 jobs.", [("1,200", "amount", "down")]),
        ("Exports climbed to $3.1 billion.", [("$3.1 billion", "level", "up")]),
        ("The index closed at 52, up from 40.", [("52", None, None), ("40", "earlier", "up")]),
        ("Output was down by a third.", [("a third", "amount", "down")]),
        ("Revenue rose 5% to $3.1 billion.",
         [("5%", "amount", "up"), ("$3.1 billion", "level", "up")]),
        ("Prices increased by about 3 percent to 104.",
         [("3 percent", "amount", "up"), ("104", "level", "up")]),
        ("Turnout slipped 4 percentage points to 61 %.",
         [("4 percentage points", "amount", "down"), ("61 %", "level", "down")]),
        ("The firm reported a 7 % increase in sales.", [("7 %", "amount", "up")]),
        ("Unemployment fell to 3.9 percent.", [("3.9 percent", "level", "down")]),
    ],
)
def test_direction_and_role_of_a_change(text: str, expected: list) -> None:
    got = [(t, c["role"] if c else None, c["direction"] if c else None)
           for t, c in changes(text)]
    assert got == expected
    for claim in figure_claims(text):
        change = claim.extra.get("change")
        assert claim.value.direction == (change["direction"] if change else None)


@pytest.mark.parametrize(
    "text",
    [
        "Up to 500 people attended.",
        "The company raised $4.2 billion from investors.",
        "The school has 1,200 pupils.",
        "About 40 people were on board.",
    ],
)
def test_no_change_where_none_is_stated(text: str) -> None:
    assert all(c is None for _, c in changes(text))


# -- the comparator never sets a change against a level ----------------------------------


def _one(text: str, doc: str) -> Claim:
    claims = figure_claims(text)
    from dataclasses import replace

    return replace(claims[0], id=f"{doc}:1", doc=doc)


@pytest.mark.parametrize(
    ("left", "right", "relation"),
    [
        ("Sales rose 5 % last year.", "Sales were 5 % of output last year.", "change_vs_level"),
        ("The firm cut 1,200 jobs.", "The firm employs 1,200 people.", "change_vs_level"),
        ("Profits rose 5 % last year.", "Profits fell 5 % last year.", "opposite_directions"),
    ],
)
def test_change_and_level_are_not_compared(left: str, right: str, relation: str) -> None:
    finding = compare_claims(_one(left, "a"), _one(right, "b"), Config())
    assert finding is not None
    assert (finding.kind, finding.detail["relation"]) == ("not_comparable", relation)
    assert "cannot be compared" in finding.summary


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        ("Profits rose 5 % last year.", "Profits increased 5 % last year.", "agreement"),
        ("Profits rose 5 % last year.", "Profits rose 9 % last year.", "discrepancy"),
        ("Exports climbed to $3.1 billion.", "Exports were $3.1 billion.", "agreement"),
    ],
)
def test_like_figures_of_change_are_compared(left: str, right: str, kind: str) -> None:
    finding = compare_claims(_one(left, "a"), _one(right, "b"), Config())
    assert finding is not None and finding.kind == kind


# -- vague magnitudes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        # (a plural is at least two of its unit)
        ("Thousands of people marched on Sunday.", "Thousands", 2e3, 1e4, "people"),
        ("Thousands marched on Sunday.", "Thousands", 2e3, 1e4, None),
        ("Tens of thousands of fans came.", "Tens of thousands", 2e4, 1e5, "fans"),
        ("It cost hundreds of millions of dollars.", "hundreds of millions of dollars", 2e8,
         1e9, "USD"),
        ("Dozens of homes were destroyed.", "Dozens", 24, 100, "homes"),
        ("Only a handful of protesters remained.", "a handful", 3, 10, "protesters"),
        ("Several hundred people came.", "Several hundred", 200, 1000, "people"),
        ("A few thousand  soldiers stayed.", "A few thousand", 2000, 5000, "soldiers"),
        # a letter whose lower case is longer ("İ") must not move the offsets
        ("İstanbul: thousands of fans waited.", "thousands", 2e3, 1e4, "fans"),
    ],
)
def test_vague_magnitudes_are_approximate_ranges(text: str, span: str, low: float,
                                                 high: float, unit: str | None) -> None:
    [q] = find_quantities(text)
    assert (q.text, q.low, q.high, q.unit, q.qualifier) == (span, low, high, unit,
                                                             "approximately")
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize(
    "text",
    ["It cost $3 million.", "The Thousand Islands are in Canada.", "one hundred-odd",
     "We counted 2,000 people."],
)
def test_no_vague_magnitude_where_a_number_is_stated(text: str) -> None:
    assert all(q.qualifier != "approximately" or q.low == q.high
               for q in find_quantities(text))


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        ("Thousands of people marched.", "About 5,000 people marched.", "agreement"),
        ("Thousands of people marched.", "Some 300 people marched.", "discrepancy"),
        ("Dozens of homes burned.", "Forty homes burned.", "agreement"),
        ("Several hundred people came.", "Fifty people came.", "discrepancy"),
    ],
)
def test_vague_magnitudes_compare_as_ranges(left: str, right: str, kind: str) -> None:
    finding = compare_claims(_one(left, "a"), _one(right, "b"), Config())
    assert finding is not None and finding.kind == kind, finding


# -- glued and compact units -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "dimension"),
    [
        ("The phone has 256GB of storage.", "256GB", 256, "GB", "data"),
        ("He weighs 200lbs.", "200lbs", 200, "lb", "mass"),
        ("She ran a 10km race.", "10km", 10, "km", "length"),
        ("Pour in 75ml of milk.", "75ml", 75, "ml", "volume"),
        ("It tops out at 30mph.", "30mph", 30, "mph", "speed"),
        ("He is 1.8m tall.", "1.8m", 1.8, "m", "length"),
        ("The wall is 2.5m high.", "2.5m", 2.5, "m", "length"),
        ("The company raised $4.2bn.", "$4.2bn", 4.2e9, "USD", "currency:USD"),
        ("The deal is worth 1.8m.", "1.8m", 1.8e6, None, None),
        ("The club paid $1.8m for him.", "$1.8m", 1.8e6, "USD", "currency:USD"),
    ],
)
def test_glued_and_compact_units(text: str, span: str, value: float, unit: str | None,
                                 dimension: str | None) -> None:
    [q] = find_quantities(text)
    assert (q.text, q.low, q.unit, q.dimension) == (span, value, unit, dimension)


@pytest.mark.parametrize("text", ["COVID19 cases rose.", "The 5G network.", "Windows10 came."])
def test_names_glued_to_numbers_are_no_units(text: str) -> None:
    assert all(q.dimension in (None, "count") for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("A 5-year-old boy was found.", "5-year-old", 5, "year"),
        ("I'm only 29 years old!", "29 years old", 29, "year"),
        ("a 12-month-old girl", "12-month-old", 12, "month"),
        ("diagnosed at 3 years of age", "3 years of age", 3, "year"),
    ],
)
def test_ages_keep_old_in_their_span(text: str, span: str, value: float, unit: str) -> None:
    [q] = find_quantities(text)
    assert (q.text, q.low, q.unit) == (span, value, unit)
    assert text[q.start:q.end] == span


@pytest.mark.parametrize(
    "text",
    ["Gunners shot down 3 planes.", "The charity set up 40 clinics.",
     "The team picked up 12 points."],
)
def test_up_and_down_after_a_verb_are_particles(text: str) -> None:
    assert all(c is None for _, c in changes(text))
    assert all(c.value.direction is None for c in figure_claims(text))


# -- money: cents and pence, "pounds" as money or weight, named currencies ----------------


@pytest.mark.parametrize(
    ("text", "span", "value", "dimension"),
    [
        ("Shares closed down 34 cents.", "34 cents", 34, "currency:cent"),
        ("They bid 470 pence a share.", "470 pence", 470, "currency:GBX"),
        ("Operating profit rose to 361 million pounds.", "361 million pounds", 361e6,
         "currency:GBP"),
        ("He was fined 500 pounds for speeding.", "500 pounds", 500, "currency:GBP"),
        ("The boxer weighs 200 pounds.", "200 pounds", 200, "mass"),
        ("They shipped 2 million pounds of beef.", "2 million pounds", 2e6, "mass"),
        ("He was fined 10,000 Swiss francs.", "10,000 Swiss francs", 10_000, "currency:CHF"),
        ("It sold for 6.65 billion pesetas.", "6.65 billion pesetas", 6.65e9, "currency:ESP"),
        ("The loan is NZ$ 40 million.", "NZ$ 40 million", 40e6, "currency:NZD"),
    ],
)
def test_money_in_news(text: str, span: str, value: float, dimension: str) -> None:
    [q] = find_quantities(text)
    assert (q.text, q.low, q.dimension) == (span, value, dimension)


@pytest.mark.parametrize("text", [
    # an infobox label glued to its figure: the digits are lost to the label, and the
    # scale word after them is no figure of one million
    "Impact20 million tons of sulfur released",
    "The Million Man March filled the Mall.",
    "They had lost million after million.",
])
def test_a_scale_word_with_no_number_is_no_figure(text: str) -> None:
    assert [q.text for q in claimcheck.quantities(text)
            if q.text.lower().startswith(("million", "thousand", "billion"))] == []


@pytest.mark.parametrize(("text", "value"), [
    ("A million people fled the city.", 1_000_000),
    ("One billion dollars was spent.", 1_000_000_000),
    ("Some 20 million tons of sulfur were released.", 20_000_000),
])
def test_a_scale_word_with_its_number_or_article_is_still_read(text: str, value: int) -> None:
    assert [q.low for q in claimcheck.quantities(text)] == [value]


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    # a vague magnitude ending in a scale word takes the unit after it, as a number does
    ("The drought cost several billion dollars.", 2e9, 1e10, "USD"),
    ("Relief cost a few billion euros.", 2e9, 5e9, "EUR"),
    ("Several hundred metres of track were washed away.", 200, 1000, "m"),
])
def test_a_vague_magnitude_takes_its_unit(text: str, low: float, high: float,
                                          unit: str) -> None:
    (q,) = claimcheck.quantities(text)
    assert (q.low, q.high, q.unit, q.qualifier) == (low, high, unit, "approximately")


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    # a hundred of a larger scale: hundreds of thousands, not of "thousand people"
    ("Several hundred thousand people fled the city.", 2e5, 1e6, "people"),
    ("A few hundred thousand dollars were lost.", 2e5, 5e5, "USD"),
    ("The war cost several hundred million dollars.", 2e8, 1e9, "USD"),
    ("A few hundred million voters were registered.", 2e8, 5e8, "voters"),
])
def test_a_vague_hundred_of_a_larger_scale(text: str, low: float, high: float,
                                           unit: str) -> None:
    (q,) = claimcheck.quantities(text)
    assert (q.low, q.high, q.unit) == (low, high, unit)


def test_a_vague_hundred_thousand_meets_an_exact_figure() -> None:
    report = claimcheck.check(
        claimcheck.Document("a", "Several hundred thousand people fled the city."),
        claimcheck.Document("b", "About 300,000 people fled the city."))
    kinds = [f.kind for f in report.findings if f.kind in ("agreement", "discrepancy")]
    assert kinds == ["agreement"]


@pytest.mark.parametrize(("text", "value"), [
    # news writes a scale word glued to its number
    ("The bank lost $20million in the fraud.", 20_000_000),
    ("It was a £3billion deal.", 3_000_000_000),
    ("Some 1.5million people fled.", 1_500_000),
])
def test_a_scale_word_glued_to_its_number_is_read(text: str, value: int) -> None:
    assert [q.low for q in claimcheck.quantities(text)] == [value]


def test_a_word_that_begins_with_a_scale_word_is_no_scale() -> None:
    assert claimcheck.quantities("He met 20millionaires.") == []


@pytest.mark.parametrize(("text", "figure"), [
    # a label glued to a number grouped in thousands: one figure, no stray first group
    ("Elevation8,848 m", "8,848 m"),
    ("Height8,848 metres", "8,848 metres"),
])
def test_a_grouped_number_glued_to_its_label_is_one_figure(text: str, figure: str) -> None:
    assert [q.text for q in claimcheck.quantities(text)] == [figure]


@pytest.mark.parametrize(("text", "value"), [
    # a number joined by a hyphen to the word it counts, before its noun
    ("It was a four-day, 62-orbit mission.", 62),
    ("The inquiry issued a 300-page report.", 300),
])
def test_a_number_hyphened_to_a_counted_word_is_a_figure(text: str, value: int) -> None:
    assert value in [q.low for q in claimcheck.quantities(text)]


@pytest.mark.parametrize("text", ["The firm filed its Form 10-K late.", "The A330-neo flew."])
def test_a_code_with_letters_after_a_hyphen_is_no_figure(text: str) -> None:
    assert claimcheck.quantities(text) == []


@pytest.mark.parametrize(("text", "figure", "day"), [
    # a dateline's day, a spaced dash, then the story's first figure
    ("Hillcrest, Alta, June 19 - 195 miners are dead.", "195", "June 19"),
    ("Hillcrest, Alta, June 19 - One hundred and ninety-five miners are dead.",
     "One hundred and ninety-five", "June 19"),
    ("WASHINGTON, May 3 - 40 people died in the flood.", "40", "May 3"),
    ("Lagos, March 8 — Twenty people were hurt when the roof fell.", "Twenty", "March 8"),
])
def test_a_figure_after_a_datelines_dash_is_read_with_the_day(
        text: str, figure: str, day: str) -> None:
    """A newspaper's dateline ends with a dash: the day before it is a date, the number
    after it the story's first figure (no range "19 - 195"), capitalised as a sentence's
    first word is."""
    assert [q.text for q in claimcheck.quantities(text)] == [figure]
    assert [t.text for t in claimcheck.times(text)] == [day]


def test_a_range_of_days_after_a_month_is_still_one_date() -> None:
    assert [t.text for t in claimcheck.times("The fair ran June 19-20, 1950.")] \
        == ["June 19-20, 1950"]
    assert claimcheck.quantities("The fair ran June 19-20, 1950.") == []
    assert claimcheck.quantities("The Big Three met at Yalta.") == []


@pytest.mark.parametrize("text", [
    "MARC train 286 collided with Amtrak train 29 near the station.",
    "Engine 5 and car 54 arrived at pad 39 before noon.",
])
def test_a_number_naming_a_train_or_a_vehicle_is_no_figure(text: str) -> None:
    assert claimcheck.quantities(text) == []


def test_a_number_after_a_vehicle_word_with_a_unit_or_a_count_is_a_figure() -> None:
    assert [q.text for q in claimcheck.quantities("The train 286 metres long stopped.")] \
        == ["286 metres"]
    assert [q.text for q in claimcheck.quantities(
        "During the train ride 200 passengers fell ill.")] == ["200"]


@pytest.mark.parametrize("text", [
    "STS-31 was the thirty-fifth mission of the programme.",
    "Celebrations marked the twenty-first anniversary.",
    "The regiment's forty-ninth battalion landed.",
])
def test_an_ordinal_written_in_words_is_no_count(text: str) -> None:
    """"the thirty-fifth mission": the 35th, no count of thirty."""
    assert claimcheck.quantities(text) == []


def test_a_tens_word_and_a_unit_stay_a_count() -> None:
    assert [q.low for q in claimcheck.quantities("thirty-five men and one fifth")] == [35.0, 0.2]


def test_a_verb_and_its_named_object_after_a_figure_are_no_counted_noun() -> None:
    """"The crew of five included Charles Bolden": five are a crew, not "included
    Charles"; "300 wounded soldiers" keeps its noun."""
    (five,) = [c for c in claimcheck.claims("The crew of five included Charles Bolden.")
               if c.kind == "quantity"]
    assert five.subject is None or "Charles" not in five.subject
    (many,) = [c for c in claimcheck.claims("He saw 300 wounded soldiers.")
               if c.kind == "quantity"]
    assert many.subject == "wounded soldiers"


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The army was more than fifty and less than fifty-three thousand men.", 50000, 53000),
    ("certainly more than fifty and certainly less than fifty-three thousand men", 50000,
     53000),
    ("The cost was more than 5 and less than 8 million dollars.", 5e6, 8e6),
    # the lower bound's own scale, or none beside the upper's mantissa: as written
    ("more than 500 and less than 2 thousand people", 500, 2000),
    ("more than 10 and less than 40 people", 10, 40),
])
def test_two_bounds_share_the_scale_word_said_once(text: str, low: float, high: float) -> None:
    """"more than fifty and less than fifty-three thousand": 50,000 to 53,000, as
    "between fifty and sixty thousand" is; an adverb of certainty before a bound joins."""
    (q,) = claimcheck.quantities(text)
    assert (q.low, q.high, q.qualifier) == (low, high, "between")


@pytest.mark.parametrize(("text", "figure"), [
    ("On board the bus 12 were hurt.", "12"),
    ("Down the shaft 12 were trapped.", "12"),
    ("Inside the car 4 were dead.", "4"),
])
def test_a_number_after_a_vehicle_word_with_a_plural_verb_is_a_count(
        text: str, figure: str) -> None:
    """"On board the bus 12 were hurt": twelve people, no bus numbered 12; a name by number
    takes a singular verb ("Flight 93 was hijacked")."""
    assert [q.text for q in claimcheck.quantities(text)] == [figure]
    assert claimcheck.quantities("Berth 12 was damaged in the storm.") == []
    named = [q.text for q in claimcheck.quantities(
        "Eleven passengers on MARC train 286 and 15 of the 182 passengers on Amtrak train 29 "
        "were injured.")]
    assert "29" not in named and "286" not in named


def test_a_datelines_day_then_a_small_count_of_people_is_no_range_of_days() -> None:
    """"Kabul, June 5 - 12 soldiers were killed": a dateline's day and the story's first
    figure, though 12 could be a day; "June 19 - 22 in the park" stays a range."""
    text = "Kabul, June 5 - 12 soldiers were killed in an ambush."
    assert [q.text for q in claimcheck.quantities(text)] == ["12"]
    assert [t.text for t in claimcheck.times(text)] == ["June 5"]
    assert [t.text for t in claimcheck.times("The fair ran June 19 - 22 in the park.")] \
        == ["June 19 - 22"]


def test_a_datelines_day_then_a_small_number_and_a_plural_verb_is_no_range() -> None:
    """"Kabul, June 5 - 12 were killed": the story's first figure, as with a noun after it."""
    text = "Kabul, June 5 - 12 were killed in an ambush."
    assert [q.text for q in claimcheck.quantities(text)] == ["12"]
    assert [t.text for t in claimcheck.times(text)] == ["June 5"]


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("The Liberals' swing was 12.20pp.", "12.20pp", 12.2),
    ("Seat change Increase20.56pp", "20.56pp", 20.56),
    ("a swing of 5.5pp to Labour", "5.5pp", 5.5),
])
def test_a_decimal_glued_to_pp_is_percentage_points(text: str, figure: str,
                                                   value: float) -> None:
    (q,) = claimcheck.quantities(text)
    assert (q.text, q.unit, q.low) == (figure, "percentage point", value)


def test_a_whole_number_glued_to_pp_is_no_percentage_points() -> None:
    """"320pp." is a book's pages as often as not: no swing of 320 points."""
    assert [q.unit for q in claimcheck.quantities("The book runs to 320pp.")] \
        != ["percentage point"]


@pytest.mark.parametrize(("text", "value"), [
    ("Deaths1000\nInjured~ 1,500\n", 1000),
    ("Deaths: 1915\n", 1915),
    ("Total casualties 1200\n", 1200),
])
def test_a_count_keys_number_alone_on_its_line_is_no_year(text: str, value: int) -> None:
    """An infobox's "Deaths1000": a thousand dead, no year 1000; "Founded1850" stays a
    year."""
    assert value in [q.low for q in claimcheck.quantities(text)]
    assert [t.text for t in claimcheck.times("Founded1850\n")] == ["1850"]


@pytest.mark.parametrize(("text", "unit"), [
    ("The 40 accused Soviet spies were freed.", "accused Soviet spies"),
    ("A poll of 1,000 registered Democrats found support.", "registered Democrats"),
    ("The 400 affected Texans were evacuated.", "affected Texans"),
    ("The 3 detained British sailors were released.", "detained British sailors"),
])
def test_a_past_form_before_a_capitalised_plural_noun_is_its_adjective(text: str,
                                                                       unit: str) -> None:
    """"40 accused Soviet spies", "1,000 registered Democrats": the past form describes the
    plural noun the figure counts, no verb with an object ("The crew of five included
    Charles Bolden" and "included Edward Williams" still are)."""
    assert [q.unit for q in claimcheck.quantities(text)] == [unit]
    for named in ("The crew of five included Charles Bolden.",
                  "The crew of four included Edward Williams."):
        assert [q.unit for q in claimcheck.quantities(named)] == ["crew"]


@pytest.mark.parametrize("text", [
    "the thirty fifth mission of the shuttle",
    "His twenty first birthday fell in May.",
    "The forty second regiment held the ridge.",
])
def test_an_ordinal_in_words_with_a_space_after_the_is_no_count(text: str) -> None:
    """"the thirty fifth mission", as older print writes it without the hyphen: an ordinal,
    no count of thirty; without "the" or the like the two words stay a count and a word
    ("thirty first responders arrived": thirty)."""
    assert claimcheck.quantities(text) == []
    assert [q.text for q in claimcheck.quantities("Thirty first responders arrived.")] \
        == ["Thirty"]


def test_two_bounds_share_hundred_said_once_with_the_upper() -> None:
    """"more than three and less than four hundred soldiers" is 300 to 400, as "between
    three and four hundred" is (the shared scale word was read from a thousand up only);
    "more than ten and less than two hundred" and "less than a hundred" keep their lower."""
    (q,) = claimcheck.quantities("There were more than three and less than four hundred soldiers.")
    assert (q.low, q.high) == (300.0, 400.0)
    (q,) = claimcheck.quantities("There were more than ten and less than two hundred men.")
    assert (q.low, q.high) == (10.0, 200.0)


@pytest.mark.parametrize("text", [
    "The crew of five included pilot Charles Bolden.",
    "The crew of five included commander Charles Bolden and four others.",
])
def test_a_past_form_before_a_title_and_a_name_is_a_verb_and_its_object(text: str) -> None:
    """"The crew of five included pilot Charles Bolden": a title in lower case before the
    name is still the verb's object, no noun "included pilot Charles" counted; "300 wounded
    civilian Palestinians" keeps its noun."""
    assert claimcheck.quantities(text)[0].unit == "crew"
    (q,) = claimcheck.quantities("The 300 wounded civilian Palestinians were treated.")
    assert q.unit == "wounded civilian Palestinians"
