"""Units, currencies and number forms of issue 17: currency codes, signs and prefixes,
Indian and continental numbers, degrees without a scale, spaced metres, fractions.
Sentences made up for these tests."""

from __future__ import annotations

import itertools

import pytest

import claimcheck
from claimcheck.builtin.quantities.find import find_quantities
from claimcheck.model import Quantity


def figures(text: str) -> list[Quantity]:
    found = find_quantities(text)
    for q in found:
        assert text[q.start:q.end] == q.text  # offsets are the reported text
    return found


def read(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(q.text, q.low, q.unit, q.dimension) for q in figures(text)]


# -- money --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "code"),
    [
        # ISO codes after or before the amount, in any case, glued or not
        ("The fare went up to 42 usd last week.", "42 usd", 42, "USD"),
        ("They paid 310 EUR for the permit.", "310 EUR", 310, "EUR"),
        ("A ticket costs chf 18 at the gate.", "chf 18", 18, "CHF"),
        ("The voucher was worth 75SEK.", "75SEK", 75, "SEK"),
        ("The voucher was worth SEK75.", "SEK75", 75, "SEK"),
        ("Sales were 12 CAD higher per unit.", "12 CAD", 12, "CAD"),
        # a code between the amount and its scale word
        ("The fund lost 64 USD million in March.", "64 USD million", 6.4e7, "USD"),
        # an M before a code makes millions, as Nordic reports write it
        ("Net sales reached 412 MSEK in the year.", "412 MSEK", 4.12e8, "SEK"),
        ("Orders of MEUR 37 were booked.", "MEUR 37", 3.7e7, "EUR"),
        ("The loan came to eleven MUSD.", "eleven MUSD", 1.1e7, "USD"),
        # signs written after the amount
        ("A coffee is 3 € in the station.", "3 €", 3, "EUR"),
        ("The dinner cost 260元 for four.", "260元", 260, "CNY"),
        ("Rent is 900 ₾ a month.", "900 ₾", 900, "GEL"),
        # letters before a dollar sign say whose dollar it is, spaced or not
        ("a grant of C$ 7.5 million", "C$ 7.5 million", 7.5e6, "CAD"),
        ("a grant of c $ 7.5 million", "c $ 7.5 million", 7.5e6, "CAD"),
        ("profits of HK $ 920 million", "HK $ 920 million", 9.2e8, "HKD"),
        ("a us $ 40 million credit", "us $ 40 million", 4e7, "USD"),
        ("priced at nzd$ 19", "nzd$ 19", 19, "NZD"),
        # a currency name after a hyphen: the amount as an adjective
        ("a 35-cent rise in the fare", "35-cent", 35, "cent"),
        ("the old ten-franc coin", "ten-franc", 10, "CHF"),
        # Indian numbering
        ("a budget of 48 lakh rupees", "48 lakh rupees", 4.8e6, "INR"),
        ("a contract worth Rs 3 crore", "Rs 3 crore", 3e7, "INR"),
        ("a fine of two lakh rupees", "two lakh rupees", 2e5, "INR"),
        ("a balance of 3,45,210.50 rupees", "3,45,210.50 rupees", 345210.5, "INR"),
        # a spaced scale after money is a scale, not metres
        ("The stadium will cost £85 m to build.", "£85 m", 8.5e7, "GBP"),
        ("a deal of $2 bn", "$2 bn", 2e9, "USD"),
        # crypto-currencies
        ("He sold 14 bitcoins last year.", "14 bitcoins", 14, "BTC"),
        ("Each block pays 3.125 BTC now.", "3.125 BTC", 3.125, "BTC"),
    ],
)
def test_money_forms(text: str, span: str, value: float, code: str) -> None:
    money = [q for q in figures(text) if q.dimension and q.dimension.startswith("currency:")]
    assert [(q.text, q.unit) for q in money] == [(span, code)]
    assert money[0].low == pytest.approx(value)


def test_a_sign_followed_by_a_number_is_that_numbers() -> None:
    # "10 $ 30": the sign is written before 30, so 10 takes no currency
    found = read("Tokens: 10 $ 30 each")
    assert ("10", 10, None, None) in found
    assert all(q[0] != "10 $" for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Read a $5 bill and a $20 bill.",  # "a $" is no Australian dollar
        "She got $40 plus $3 in tips.",  # "plus $" is no US-prefix inside a word
    ],
)
def test_one_letter_words_before_a_dollar_sign_are_no_prefix(text: str) -> None:
    codes = {q.unit for q in figures(text)}
    assert codes == {"USD"}


def test_codes_that_are_words_are_read_in_capitals_only() -> None:
    assert read("Rub 2 drops on the skin.")[0][2] != "RUB"
    assert read("The bill was RUB 200.") == [("RUB 200", 200, "RUB", "currency:RUB")]


# -- decimal commas: only where the style marks one -------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Der Umsatz stieg auf €4,7 Mio. im Jahr.", "€4,7 Mio.", 4.7e6),
        ("Gewinn: 1,25 Mrd. Euro", "1,25 Mrd. Euro", 1.25e9),
        ("Ein Kaffee kostet 2,80 € hier.", "2,80 €", 2.8),
        ("Preis: EUR 12,5 pro Stück", "EUR 12,5", 12.5),
    ],
)
def test_a_marked_decimal_comma(text: str, span: str, value: float) -> None:
    q = figures(text)[0]
    assert q.text == span
    assert q.low == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("They sold 4,500 tickets for €9,000.", [4500, 9000]),
        ("See sections 4,7 and 9 of the act.", [9]),
    ],
)
def test_a_comma_without_a_mark_is_never_a_decimal(text: str, values: list[float]) -> None:
    found = [q.low for q in figures(text)]
    assert not any(v != int(v) for v in found)
    for v in values:
        assert v in found


# -- degrees: a temperature or an angle from the words around ---------------------------


@pytest.mark.parametrize(
    ("text", "span", "dimension"),
    [
        ("Set the oven to 220 degrees and wait.", "220 degrees", "temperature:deg"),
        ("The thermostat read 68° all night.", "68°", "temperature:deg"),
        ("Temperatures hovered near 95 deg. all week", "95 deg.", "temperature:deg"),
        ("It will be 4 degrees colder tomorrow.", "4 degrees", "temperature:deg"),
        ("The crane rotated 270 degrees before it stopped.", "270 degrees", "angle"),
        ("The ramp is tilted at 12° to the floor.", "12°", "angle"),
        ("a 30 degree angle", "30 degree", "angle"),
        ("Hold the saw at a 60-degree angle.", "60-degree", "angle"),
        ("Water boils at 212 farenheit.", "212 farenheit", "temperature:F"),
        ("It was 31 celcius in the shade.", "31 celcius", "temperature"),
        ("It was 18° C at noon.", "18° C", "temperature"),
    ],
)
def test_degrees(text: str, span: str, dimension: str) -> None:
    found = [q for q in figures(text) if q.text == span]
    assert found and found[0].dimension == dimension


def test_degrees_with_no_word_to_decide_are_no_measure() -> None:
    # academic degrees: neither a temperature nor an angle
    q = figures("The college awarded 300 degrees in June.")[0]
    assert q.dimension not in ("angle", "temperature:deg")


def test_unscaled_degrees_never_compare_with_celsius() -> None:
    from claimcheck.builtin.quantities.units import unit_info

    deg, celsius = unit_info("deg"), unit_info("°C")
    assert deg is not None and celsius is not None
    assert deg[0] == "temperature:deg" and deg[0] != celsius[0]


# -- metres, fractions and other units ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The mast is 14 m high.", "14 m", 14, "m"),
        ("a plot of 30 m x 40 m", "30 m", 30, "m"),
        ("The beam is 2½ feet long.", "2½ feet", 2.5, "ft"),
        ("Add ¾ teaspoon of salt.", "¾ teaspoon", 0.75, "tsp"),
        ("The trail runs 7 1/2 miles uphill.", "7 1/2 miles", 7.5, "mi"),
        ("a 3/4 mile loop", "3/4 mile", 0.75, "mi"),
        ("The sample held 240 micrograms of lead.", "240 micrograms", 240, "µg"),
        ("a dose of 80 μg", "80 μg", 80, "µg"),
        ("The load was 35 (kg) per crate.", "35 (kg)", 35, "kg"),
        ("It sped along at 90kmph.", "90kmph", 90, "km/h"),
        # speeds per second, as spacecraft and meteors are timed
        ("The probe crossed at 18km/sec.", "18km/sec", 18, "km/s"),
        ("It entered at 11.2 kilometres per second.", "11.2 kilometres per second", 11.2,
         "km/s"),
        ("a flyby at 8.7 miles per second", "8.7 miles per second", 8.7, "mi/s"),
        ("The download is 700 mb in all.", "700 mb", 700, "MB"),
        ("an old 8-bit console", "8-bit", 8, "bit"),
        ("A wall of 4 dm is thin.", "4 dm", 4, "dm"),
        # square and cubic units
        ("a flat of 850 sq. ft. downtown", "850 sq. ft.", 850, "sq ft"),
        ("a 1,200 square foot office", "1,200 square foot", 1200, "sq ft"),
        ("a 900 ft² loft", "900 ft²", 900, "sq ft"),
        ("they poured 60 cubic yards of concrete", "60 cubic yards", 60, "cu yd"),
        ("a 250 cc scooter", "250 cc", 250, "cm³"),
        ("a lake of 4 km³", "4 km³", 4, "km³"),
        ("a reserve of 19 sq. mi.", "19 sq. mi.", 19, "sq mi"),
        ("a 1.6L engine", "1.6L", 1.6, "l"),
        ("a glass of 8 fl oz", "8 fl oz", 8, "fl oz"),
        # energy, horsepower, microns
        ("a battery of 75 kWh", "75 kWh", 75, "kWh"),
        ("The yield was 400–500 kilotons of TNT.", "400–500 kilotons of TNT", 400, "kt TNT"),
        ("The airburst's total energy: 440 kt.", "440 kt", 440, "kt TNT"),
        ("a 15-kiloton bomb", "15-kiloton", 15, "kt TNT"),
        ("The test device had a yield of 50 megatons.", "50 megatons", 50, "Mt TNT"),
        ("The plant used 3.6 PJ of gas.", "3.6 PJ", 3.6, "PJ"),
        ("the old 150hp tractor", "150hp", 150, "hp"),
        ("dust finer than 2.5 microns", "2.5 microns", 2.5, "µm"),
    ],
)
def test_units(text: str, span: str, value: float, unit: str) -> None:
    q = figures(text)[0]
    assert (q.text, q.unit) == (span, unit)
    assert q.low == pytest.approx(value)


def test_a_spaced_m_before_a_noun_is_no_metre() -> None:
    # "5 m people" may be five million people: no length
    assert all(q.dimension != "length" for q in figures("Some 5 m people voted."))


def test_a_slash_fraction_needs_a_unit() -> None:
    # without a unit "3/4" may be a date; with one it is a fraction
    assert figures("On 3/4 the talks resumed.") == []


def test_a_one_letter_unit_inside_a_name_is_none() -> None:
    # "L'Aquila" begins with no litre, "L-202" is a code
    assert figures("The 2009 L'Aquila quake.") == []
    assert all(q.unit != "l" for q in figures("Part 4471 L-202 was shipped."))


def test_brackets_must_match() -> None:
    assert figures("The load was 35 (kg] per crate.")[0].text == "35"


# -- compound figures: a figure completed by a smaller unit ------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The suspect is 6 ft 1 in, witnesses said.", "6 ft 1 in", 6 + 1 / 12, "ft"),
        ("The pole was 9 feet and 6 inches long.", "9 feet and 6 inches", 9.5, "ft"),
        ("The baby weighed 7 lb 8 oz at birth.", "7 lb 8 oz", 7.5, "lb"),
        ("A pint cost 4 dollars 75 cents there.", "4 dollars 75 cents", 4.75, "USD"),
        ("It sold for twelve dollars and ten cents", "twelve dollars and ten cents", 12.1,
         "USD"),
        ("The fare is 2 pounds 40 pence.", "2 pounds 40 pence", 2.4, "GBP"),
        ("Lunch came to 9 dollars 20.", "9 dollars 20", 9.2, "USD"),
        ("The centre is 7 feet 1, the tallest.", "7 feet 1", 7 + 1 / 12, "ft"),
        # a named smaller unit may carry decimals (a ship's beam to the tenth of an inch)
        ("Beam: 65 ft 7.2 in (19.995 m)", "65 ft 7.2 in", 65.6, "ft"),
        ("The parcel weighed 3 lb 4.5 oz.", "3 lb 4.5 oz", 3 + 4.5 / 16, "lb"),
        # a length in miles and yards, or yards and feet (races, ranges of old guns)
        ("The course was 24 miles and 1,500 yards.", "24 miles and 1,500 yards",
         24 + 1500 / 1760, "mi"),
        ("a distance of 26 miles 385 yards (42.195 km)", "26 miles 385 yards",
         26 + 385 / 1760, "mi"),
        ("The gap was 100 yd 2 ft wide.", "100 yd 2 ft", 100 + 2 / 3, "yd"),
    ],
)
def test_compounds(text: str, span: str, value: float, unit: str) -> None:
    q = figures(text)[0]
    assert (q.text, q.unit) == (span, unit)
    assert q.low == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "The fee was 9 dollars and 20 people paid it.",  # 20 counts people
        "Pears cost $3, 50 cents for an apple.",  # a comma parts a list
        "The wall is 6 ft 2 in the plans.",  # "in" begins a phrase
        "The plank is 6 ft 14 in long.",  # 14 inches do not complete a foot
        "Lunch came to 9 dollars 20.5 on the bill.",  # no sum of money has half a cent
        "The shells fell between 3 miles and 400 yards away.",  # a span, not one length
        "He ran 5 miles 2,000 yards.",  # 2,000 yards do not complete a mile
    ],
)
def test_no_compound(text: str) -> None:
    assert len([q for q in figures(text) if q.unit]) >= 1
    first = figures(text)[0]
    assert first.low == int(first.low)


# -- "0-60 mph": a test of acceleration, not a range of speeds --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The coupe does 0-60 mph in 3.9 seconds.",
        "It sprints from 0 to 100 km/h in 3.9 seconds.",
        "Its 0-60 time is 3.9 seconds.",
    ],
)
def test_acceleration_is_no_range(text: str) -> None:
    assert [(q.text, q.unit) for q in figures(text)] == [("3.9 seconds", "s")]


def test_a_range_of_speeds_from_zero_between_stays() -> None:
    q = figures("Limits between 0 and 30 mph apply.")[0]
    assert (q.low, q.high, q.unit) == (0, 30, "mph")


# -- fractions of something --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Three quarters of the members voted yes.", "Three quarters", 75, "percent"),
        ("Two-fifths of the budget went on roads.", "Two-fifths", 40, "percent"),
        ("The walk took three quarters of an hour.", "three quarters of an hour", 0.75, "h"),
        ("They paddled half a mile.", None, None, None),
        ("Nearly 2/3 of the seats changed hands.", "2/3", 200 / 3, "percent"),
    ],
)
def test_fraction_of(text: str, span: str | None, value: float, unit: str) -> None:
    found = figures(text)
    if span is None:
        assert all(q.dimension != "percent" for q in found)
        return
    assert (found[0].text, found[0].unit) == (span, unit)
    assert found[0].low == pytest.approx(value)


def test_an_age_written_yo() -> None:
    assert read("a 58 yo woman was admitted")[0][:3] == ("58 yo", 58, "year")


def test_degrees_are_written_as_read() -> None:
    from claimcheck.builtin.quantities.compare import format_quantity

    assert format_quantity(figures("the oven at 180 degrees")[0]) == "180 degrees"
    assert format_quantity(figures("a 45-degree angle")[0]) == "45°"


# -- a scale's letter alone, and "minus" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Temperatures touched 41C in Cordoba.", "41C", 41, "°C"),
        ("The heat reached 38 C, the hottest day.", "38 C", 38, "°C"),
        ("A temperature of 101F is a fever.", "101F", 101, "°F"),
        ("Overnight temperatures fell to -7C.", "-7C", -7, "°C"),
        ("Overnight temperatures of minus 7C.", "minus 7C", -7, "°C"),
        ("Highs of 29ºC are forecast.", "29ºC", 29, "°C"),
        ("It was minus 12 degrees Celsius.", "minus 12 degrees Celsius", -12, "°C"),
    ],
)
def test_temperature_letters(text: str, span: str, value: float, unit: str) -> None:
    q = figures(text)[0]
    assert (q.text, q.low, q.unit) == (span, value, unit)


@pytest.mark.parametrize(
    "text",
    ["Pupils of Grade 5C sang.", "Flat 3F is empty.", "Ella quedó en 2º lugar."],
)
def test_letters_without_a_temperature_word_are_none(text: str) -> None:
    assert all(not (q.dimension or "").startswith("temperature") for q in figures(text))


def test_minus_in_arithmetic_is_no_sign() -> None:
    assert [q.low for q in figures("He said 12 minus 5 is 7.")] == [12, 5, 7]
    assert figures("an error of plus or minus 3 percent")[0].low == 3


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Tickets: 8 sek 12 nok", ["8 sek", "12 nok"]),
        ("Tickets: sek 8 nok 12", ["sek 8", "nok 12"]),
        ("The fee rose to 19 USD 40.", ["19", "USD 40"]),
        ("Fees: 5 EUR 6 EUR 7 EUR.", ["5 EUR", "6 EUR", "7 EUR"]),
    ],
)
def test_a_code_between_two_amounts_is_one_amounts(text: str, spans: list[str]) -> None:
    found = figures(text)
    assert [q.text for q in found] == spans
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@pytest.mark.parametrize("text", [
    "The plant emits 500 kilotons of CO2 a year.",  # a mass, not an explosion
    "She wore an 18kt gold ring.",
    "The port handled 12 Mt of coal.",
])
def test_kilotons_and_megatons_are_energy_only_of_an_explosion(text: str) -> None:
    assert all(q.dimension != "energy" for q in figures(text))


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The tanker spilled 10.8 million US gallons of crude.", "10.8 million US gallons",
         "gal"),
        ("Estimates ran to 30 million U.S. gallons of oil.", "30 million U.S. gallons", "gal"),
        ("The old cask held 40 imperial gallons.", "40 imperial gallons", "imp gal"),
    ],
)
def test_gallons_named_by_their_system(text: str, span: str, unit: str) -> None:
    # "US gallons" is a unit, not a count of "U.S." things; an imperial gallon is another
    (q,) = figures(text)
    assert (text[q.start:q.end], q.unit) == (span, unit)


@pytest.mark.parametrize(
    ("text", "span", "value", "code"),
    [
        ("The purchase price was fifteen millions of dollars.", "fifteen millions of dollars",
         15e6, "USD"),
        ("Property valued at two hundred millions of dollars burned.",
         "two hundred millions of dollars", 2e8, "USD"),
        ("The loss was 15 millions of dollars.", "15 millions of dollars", 15e6, "USD"),
        ("He left a debt of three millions sterling.", "three millions sterling", 3e6, "GBP"),
    ],
)
def test_the_plural_scale_of_older_english(text: str, span: str, value: float,
                                           code: str) -> None:
    # "fifteen millions of dollars" is fifteen million dollars, not "fifteen" and a vague
    # "millions of dollars"
    (q,) = figures(text)
    assert (text[q.start:q.end], q.low, q.unit) == (span, value, code)


@pytest.mark.parametrize("text", ["Millions of dollars were lost.",
                                  "In 1990 thousands of people marched."])
def test_a_vague_magnitude_stays_vague(text: str) -> None:
    (q,) = figures(text)
    assert q.qualifier == "approximately"


@pytest.mark.parametrize(("text", "unit"), [
    # a currency named after the amount is the amount's, the sign before it a slip
    ("Napoleon accepted $60 million francs for the territory.", "CHF"),
    ("The museum paid €4 million pounds sterling for the hoard.", "GBP"),
    # but a generic name of money after a precise sign is the sign's
    ("The mine was sold for A$5 million dollars.", "AUD"),
    ("Ottawa pledged C$ 40 million dollars in aid.", "CAD"),
])
def test_a_currency_named_after_the_amount_wins_over_the_sign(text: str, unit: str) -> None:
    from claimcheck import quantities
    (q,) = quantities(text)
    assert (q.unit, q.dimension) == (unit, f"currency:{unit}")


@pytest.mark.parametrize("text", [
    "Highest winds 185 km/h (10-minute sustained), 205 km/h (1-minute sustained).",
    "The 24-hour average rainfall was 40 mm.",
    "The 7-day rolling mean of cases fell to 312.",
])
def test_a_way_of_measuring_is_no_length_of_time(text: str) -> None:
    # "10-minute sustained" names a standard of wind speed: no claim of ten minutes
    from claimcheck import claims
    found = [c.text for c in claims(text) if c.kind in ("quantity", "duration")]
    assert not any(t.endswith(("minute", "hour", "day")) for t in found)


def test_a_hyphenated_length_of_time_is_still_a_length() -> None:
    from claimcheck import claims
    assert "10-minute" in [c.text for c in claims("A 10-minute walk took us to the dam.")]


@pytest.mark.parametrize("text", [
    "The shells fell between about 3 miles and 400 yards away.",
    "The shells fell between just over 3 miles and 400 yards away.",
])
def test_a_hedged_span_after_between_is_no_compound(text: str) -> None:
    assert [q.text for q in figures(text)] == ["3 miles", "400 yards"]



@pytest.mark.parametrize(("text", "figure", "unit", "value"), [
    # a unit of several words joined by hyphens before the noun it measures
    ("a 29,670-square-mile region of present-day Arizona", "29,670-square-mile", "sq mi", 29670),
    ("a 12-square-foot room", "12-square-foot", "sq ft", 12),
    ("a 5-cubic-metre tank", "5-cubic-metre", "m³", 5),
    ("a 2,000-square-foot house", "2,000-square-foot", "sq ft", 2000),
    ("the 12-nautical-mile limit", "12-nautical-mile", "nmi", 12),
])
def test_a_unit_of_several_words_joined_by_hyphens_is_read(text, figure, unit, value):
    found = [(q.text, q.unit, q.low) for q in claimcheck.quantities(text)]
    assert (figure, unit, value) in found


@pytest.mark.parametrize(("text", "unit", "dimension"), [
    ("The storm had a minimum pressure of 960 mb at landfall.", "hPa", "pressure"),
    ("The 888 mb pressure was observed by a reconnaissance plane.", "hPa", "pressure"),
    ("Users could attach a 100 mb file to each message.", "MB", "data"),
    ("The ship made eight and a half knots an hour.", "kn", "speed"),
])
def test_mb_and_knots_an_hour_are_read_from_the_words_around(text: str, unit: str,
                                                              dimension: str) -> None:
    """"960 mb" by a word of pressure is millibars, "a 100 mb file" megabytes; "knots an
    hour", as sailors wrote it, is a speed in knots, no change of speed."""
    (claim,) = [c for c in claimcheck.claims(text) if c.kind == "quantity"]
    assert (claim.value.unit, claim.value.dimension) == (unit, dimension)
