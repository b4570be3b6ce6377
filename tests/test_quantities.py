"""Figures found in text, and the many numbers that are not figures."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.builtin.quantities.claims import extract_claims
from claimcheck.builtin.quantities.find import find_quantities
from claimcheck.builtin.quantities.subjects import subject_key
from claimcheck.config import Config
from claimcheck.model import Claim, Document, Passage, Quantity, Segments, Sentence

from .workcount import assert_linear, repeat


def only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# -- reads -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("the total number of DPRK troops was 110,000;", "110,000", 110_000, 110_000),
        ("an army of 87 500 men", "87 500", 87_500, 87_500),
        ("a ratio of 1.35 in 2019", "1.35", 1.35, 1.35),
        ("revenue of 4.2 units", "4.2", 4.2, 4.2),
        ("the temperature was -3.5 degrees", "-3.5 degrees", -3.5, -3.5),
        ("brought to one million men", "one million", 1e6, 1e6),
        ("brought to 1 million men", "1 million", 1e6, 1e6),
        ("at no time were 1.35 million present", "1.35 million", 1.35e6, 1.35e6),
        ("sales reached $4.2 billion", "$4.2 billion", 4.2e9, 4.2e9),
        ("a force of two hundred and forty men", "two hundred and forty", 240, 240),
        ("it lasted thirteen days", "thirteen days", 13, 13),
        ("six and a half tons of grain", "six and a half tons", 6.5, 6.5),
        ("cut by a third last year", "a third", 1 / 3, 1 / 3),
        ("a dozen tanks were lost", "a dozen", 12, 12),
        ("half a million refugees fled", "half a million", 5e5, 5e5),
        ("the company employs 21,000 people", "21,000", 21_000, 21_000),
        ("delegates from 34 countries attended", "34", 34, 34),
        ("a profit of £3.1m in 2023", "£3.1m", 3.1e6, 3.1e6),
        ("a fine of €500,000", "€500,000", 5e5, 5e5),
        ("a grant of 20 million rubles", "20 million rubles", 2e7, 2e7),
        ("a loan of 300 million yuan", "300 million yuan", 3e8, 3e8),
        ("costs of USD 12 million", "USD 12 million", 1.2e7, 1.2e7),
    ],
)
def test_reads_numbers(text: str, span: str, low: float, high: float) -> None:
    q = only(text)
    assert q.text == span
    assert text[q.start:q.end] == span
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("the KPA numbered between 87,500 and 99,000 men", 87_500, 99_000, "men"),
        ("an advance of 15-20 kilometers per day", 15, 20, "km/day"),
        ("within 22-27 days", 22, 27, "day"),
        ("revenue from 16.4 to 16.7 billion dollars", 16.4e9, 16.7e9, "USD"),
        ("guidance of $16.4 billion to $16.7 billion", 16.4e9, 16.7e9, "USD"),
        ("an advance of 15 to 20 kilometers a day", 15, 20, "km/day"),
        ("temperatures of 10\u201312 degrees Celsius", 10, 12, "°C"),
        ("between 5% and 7% of voters", 5, 7, "percent"),
        ("more than 10 and less than 40 ships", 10, 40, "ships"),
        ("above 1000 and below 1500 men", 1000, 1500, "men"),
        ("from 20 through 100 tons", 20, 100, "t"),
        ("The number range is 1000-5000", 1000, 5000, None),
    ],
)
def test_reads_ranges(text: str, low: float, high: float, unit: str | None) -> None:
    q = only(text)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.qualifier == "between"
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("approximately 1,000 men", "approximately"),
        ("about 150 tanks", "approximately"),
        ("around 40 ships", "approximately"),
        ("roughly 98,000 men", "approximately"),
        ("some 25,000 police", "approximately"),
        ("nearly 3,000 civilians", "approximately"),
        ("almost 90 percent", "approximately"),
        ("close to 3 million troops", "approximately"),
        ("an estimated 98,000 men", "approximately"),
        ("more than 300,000 men", "more_than"),
        ("over 200 aircraft", "more_than"),
        ("well over 500,000 men", "more_than"),
        ("at least 150,000 men", "at_least"),
        ("up to 80 km", "at_most"),
        ("no more than 30 ships", "at_most"),
        ("fewer than 500 prisoners", "less_than"),
        ("under 5 percent", "less_than"),
        ("less than half a million people", "less_than"),
        ("10,000 or more refugees", "at_least"),
        ("a crowd of 5,000 or so", "approximately"),
        ("more than about 1.35 million", "more_than"),
        ("exactly 12 ships", "exact"),
        ("greater than or equal to 50 units", "at_least"),
        ("less than 5000 or equal", "at_most"),
        ("about five hundred or more", "at_least"),
        ("equal to 20 units", "exact"),
        ("exceeding 150 horsepower", "more_than"),
    ],
)
def test_reads_qualifiers(text: str, qualifier: str) -> None:
    assert only(text).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("in number of troops 1:2;", (1, 2)),
        ("tanks 1:6.5; planes 1:6.", (1, 6.5)),
        ("outnumbered the enemy two to one", (2, 1)),
        ("by six and a half to one in tanks", (6.5, 1)),
        ("won by a 3-to-1 margin", (3, 1)),
        ("a ratio of 1 to 3 among recruits", (1, 3)),
    ],
)
def test_reads_ratios(text: str, terms: tuple[float, float]) -> None:
    q = find_quantities(text)[0]
    assert q.ratio == terms
    assert q.dimension == "ratio"
    assert q.low == pytest.approx(terms[0] / terms[1])


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The correlation of forces between South and North Korea was: troops 1:2",
         ("South", "North Korea")),
        ("the North outnumbered the South two to one", ("North", "South")),
        ("Union armies outnumbered Confederate forces by about two to one",
         ("Union armies", "Confederate forces")),
    ],
)
def test_ratio_keeps_which_side_is_which(text: str, sides: tuple[str, str]) -> None:
    assert find_quantities(text)[-1].sides == sides


@pytest.mark.parametrize(
    ("text", "unit", "dimension"),
    [
        ("rose 12% last year", "percent", "percent"),
        ("rose 11.6 percent", "percent", "percent"),
        ("fell 3 per cent", "percent", "percent"),
        ("up 2 percentage points", "percentage point", "percentage_point"),
        ("a debt of $598 million", "USD", "currency:USD"),
        ("sold for £12", "GBP", "currency:GBP"),
        ("worth 40 million dollars", "USD", "currency:USD"),
        ("paid 5,000 rubles", "RUB", "currency:RUB"),
        ("withdraw 2 km from the line", "km", "length"),
        ("a zone 4 kilometers wide", "km", "length"),
        ("sailed 300 nautical miles", "nmi", "length"),
        ("marched 20 miles", "mi", "length"),
        ("within 72 hours", "h", "duration"),
        ("500 tons of steel", "t", "mass"),
        ("a 34-ton tank", "t", "mass"),
        ("an area of 1,200 square kilometers", "km²", "area"),
        ("cruising at 30 knots", "kn", "speed"),
        ("337,000 men", "men", "count"),
        ("150 T-34 tanks", "T-34 tanks", "count"),
        ("21,000 people", "people", "count"),
        ("34 countries", "countries", "count"),
        ("eight infantry divisions", "infantry divisions", "count"),
        ("380,000 South Koreans", "South Koreans", "count"),
    ],
)
def test_reads_units(text: str, unit: str, dimension: str) -> None:
    q = only(text)
    assert q.unit == unit
    assert q.dimension == dimension


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("revenue rose 12% to $4.2 billion", "up"),
        ("profit fell 5% to $598 million", "down"),
        ("profit fell to $598 million", "down"),
        ("the budget was cut to $3 billion", "down"),
        ("exports grew by 8 percent", "up"),
        ("a 5% increase in costs", "up"),
        ("a 20% drop in sales", "down"),
        ("the army had 300,000 men", None),
    ],
)
def test_reads_direction(text: str, direction: str | None) -> None:
    assert find_quantities(text)[0].direction == direction


# -- does not read -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 1950 the war began.",
        "during the 1950s",
        "By January 1, 1950, it was over.",
        "on June 25 the attack began",
        "on 25 June the attack began",
        "the 3rd of May",
        "Rome was founded in 753 BC",
        "the years 1950-53 were hard",
        "from 1950 to 1953",
        "the meeting began at 10:30 and ended at 3 p.m.",
        "at 0600 hours the barrage began",
        "the shuttle landed at 0557 EDT (0957 UTC)",
        "at 10 o'clock",
        "(telegrams #4-51, 233, 1950)",
        "(telegram 468, 1950)",
        "Fond 5, Opis 58, Delo 266, 1, Listy 122-131.",
        "Cumings, The Origins of the Korean War, Vol. II, 452-53.",
        "see pp. 452-453 and p. 12",
        "Record ID 114787",
        "Record ID\n\n114787",
        "Vol. II",
        "the figure[1] was disputed",
        "as he said [12].",
        "1) concentration of troops",
        "(2) an attack",
        "3. Toward an armistice",
        "Ships of the American Seventh Fleet entered the Straits.",
        "the front at the 38th parallel",
        "the 8th Route Army",
        "the Big Three met at Yalta",
        "World War II and Chapter IV",
        "T-34 tanks crossed; B-29 bombers flew",
        "published in CWIHP Bulletin 3.",
        "Soviet Embassy in Beijing #7",
        "Article 5 of the treaty",
        "Resolution 82 was adopted",
        "Hill 303 fell",
        # ("a Category 3 hurricane" is a value on a named scale, no count: test_scales.py)
        "the storm reached Category 5 status",
        "Filed as Form 10-K",
        "on 25/06/1950 and 1950-06-25",
        "No. 17 Squadron",
        "One may suppose that the talks failed.",
        "on the one hand",
        "the two sides met",
        "no one came",
        "see https://example.com/a%2D9114%29",
        "+1-222-2222-2222 is a phone number.",
        "set the temperature in the 1990s",
        # places on the globe
        "Coordinates 42°21′55″N 10°55′18″E",
        "The wreck lies at 54° 12' 30\" S, 36° 30' W.",
        "42.36528°N 10.92167°E / 42.36528; 10.92167",
    ],
)
def test_does_not_read(text: str) -> None:
    # two numbers written as one bound pair are not merged: "x>10 and y<20" stays two
    assert [q.text for q in find_quantities(text)] == []


# -- properties --------------------------------------------------------------------------


@settings(max_examples=200)
@given(st.text(alphabet="0123456789,.:-–$%£ aboutneihr()[]#/\n", max_size=80))
def test_spans_are_exact_on_digits_and_punctuation(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
        assert q.low <= q.high or q.ratio is not None


@settings(max_examples=100)
@given(st.text(max_size=120))
def test_spans_are_exact_on_any_text(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text


@given(
    st.integers(min_value=10_000, max_value=10**12),
    st.sampled_from(["men", "tons", "troops", "people"]),
)
def test_grouped_integers_round_trip_in_text(n: int, noun: str) -> None:
    text = f"They counted {n:,} {noun} in all."
    q = only(text)
    assert q.low == n
    assert q.text == f"{n:,}" or q.text == f"{n:,} {noun}"


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_decimals_round_trip_in_text(whole: int, frac: int) -> None:
    text = f"a figure of {whole:,}.{frac:02d} percent"
    assert only(text).low == pytest.approx(whole + frac / 100)


@pytest.mark.parametrize(
    "unit", ["1,", "one ", "1-", "\"'", "“”«»()[]", "$", "9", "about ", "x"],
)
def test_adversarial_input_is_linear(unit: str) -> None:
    """A run of one hostile unit (separators with no digits after, number words, quotes,
    currency signs, hedges) at 10,000 and 40,000 characters: four times the input makes at
    most five times the calls (``tests/workcount.py``), where reading the figures found so
    far for each new one, or re-scanning the text before each match, makes sixteen."""
    assert_linear(find_quantities, repeat(unit), 10_000)


@pytest.mark.parametrize("unit", ["1 ", "1:", "[1]", "a 1 "])
def test_dense_number_tables_are_linear(unit: str) -> None:
    """Tables where every few characters hold a number, each a figure object: more work
    per character than prose, but still linear in the calls counted."""
    assert_linear(find_quantities, repeat(unit), 10_000)


def test_seed_figures(seed_text: str) -> None:
    found = {q.text: q for q in find_quantities(seed_text)}
    assert found["110,000"].low == 110_000
    assert (found["87,500 and 99,000"].low, found["87,500 and 99,000"].high) == (87_500, 99_000)
    assert found["337,000"].unit == "men"
    assert found["1:6.5"].ratio == (1, 6.5)
    assert found["15-20 kilometers per day"].unit == "km/day"
    assert found["300,000"].qualifier == "more_than"
    for text in ("1950", "25", "468", "362", "266", "122", "452", "114787", "38", "1966"):
        assert text not in found


# -- claims ------------------------------------------------------------------------------


def _segments(text: str, kind: str = "body") -> Segments:
    """One passage, sentences split naively: enough to test the extractor alone."""
    sentences = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])", text):
        sentences.append(Sentence(start, m.start(), 0))
        start = m.end()
    sentences.append(Sentence(start, len(text), 0))
    return Segments((Passage(kind, 0, len(text)),), tuple(sentences))


def _claims(text: str, kind: str = "body") -> list[Claim]:
    doc = Document("d", text)
    return list(extract_claims(document=doc, segments=_segments(text, kind), config=Config()))


@pytest.mark.parametrize(
    ("text", "figure", "subject", "key"),
    [
        ("By January 1, 1950, the total number of DPRK troops was 110,000; new divisions "
         "were formed.", "110,000", "DPRK troops", "dprk troops"),
        ("This figure is higher than the estimates of U.S. intelligence, according to which "
         "by June 25 the KPA numbered between 87,500 and 99,000 men.", "87,500 and 99,000",
         "the KPA", "kpa"),
        ("By the end of 1951, the strength of the Korean People’s Army was brought to 337,000 "
         "men.", "337,000", "the Korean People’s Army", "korean people army"),
        ("The Army of the Republic of Korea numbered roughly 98,000 men.", "98,000",
         "The Army of the Republic of Korea", "army of republic of korea"),
        ("Acme Corp's revenue rose 12% to $4.2 billion.", "12%", "Acme Corp's revenue",
         "acme corp revenue"),
        ("The city's population reached 2.1 million in 2020.", "2.1 million",
         "The city's population", "city population"),
        ("Analysts had expected 21,000 job cuts.", "21,000", "job cuts", "job cuts"),
    ],
)
def test_claim_subjects(text: str, figure: str, subject: str, key: str) -> None:
    claims = {c.text: c for c in _claims(text)}
    claim = claims[figure]
    assert claim.subject == subject
    assert claim.subject_key == key
    assert claim.doc == "d" and claim.id == ""
    assert text[claim.start:claim.end] == claim.text


@pytest.mark.parametrize(
    ("text", "figure", "attribution"),
    [
        ("This figure is higher than the estimates of U.S. intelligence, according to which "
         "by June 25 the KPA numbered between 87,500 and 99,000 men.", "87,500 and 99,000",
         "U.S. intelligence"),
        ("According to the ministry, 4,000 people were evacuated.", "4,000", "the ministry"),
        ("According to U.S. intelligence, the KPA numbered 90,000 men.", "90,000",
         "U.S. intelligence"),
        ("Analysts had expected 21,000 job cuts.", "21,000", "Analysts"),
        ("The union issued a statement claiming that 3,000 workers were laid off.", "3,000",
         "The union issued a statement"),
        ("Intelligence officers say the enemy has massed about 700,000 troops.", "700,000",
         "Intelligence officers"),
        ("The army had 300,000 men.", "300,000", None),
    ],
)
def test_claim_attribution(text: str, figure: str, attribution: str | None) -> None:
    claims = {c.text: c for c in _claims(text)}
    assert claims[figure].attribution == attribution


def test_parts_link_to_their_total() -> None:
    text = ("On the other side, 700,000 officers and soldiers participated in ground "
            "operations, including 380,000 South Koreans and 280,000 American troops.")
    claims = _claims(text)
    assert [c.text for c in claims] == ["700,000", "380,000", "280,000"]
    total, south, american = claims
    assert total.extra["parts"] == [[south.start, south.end], [american.start, american.end]]
    assert south.extra["part_of"] == [total.start, total.end]
    assert american.extra["part_of"] == [total.start, total.end]
    assert south.subject == "South Koreans"


def test_ratio_claims_carry_kind_and_sides() -> None:
    text = ("The correlation of forces between South and North Korea was as follows: in number "
            "of troops 1:2; tanks 1:6.5.")
    claims = _claims(text)
    assert [(c.kind, c.text, c.subject) for c in claims] == [
        ("ratio", "1:2", "troops"),
        ("ratio", "1:6.5", "tanks"),
    ]
    assert claims[0].extra["sides"] == ["South", "North Korea"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The North outnumbered the South by two to one in troops and in guns.",
         "troops and guns"),
        ("Union armies outnumbered Confederate forces by three to one in artillery.",
         "artillery"),
        ("The attackers had an edge of four to one in tanks and in aircraft.",
         "tanks and aircraft"),
    ],
)
def test_ratio_stated_for_several_things(text: str, subject: str) -> None:
    (claim,) = [c for c in _claims(text) if c.kind == "ratio"]
    assert claim.subject.lower() == subject


@pytest.mark.parametrize("kind", ["boilerplate", "citation"])
def test_skips_boilerplate_and_citations(kind: str) -> None:
    assert _claims("Some 4,000 men were there.", kind) == []


def test_claim_records_passage_and_sentence() -> None:
    text = "Nothing here. The army had 300,000 men."
    doc = Document("d", text)
    segments = Segments(
        (Passage("body", 0, 13), Passage("footnote", 14, len(text))),
        (Sentence(0, 13, 0), Sentence(14, len(text), 1)),
    )
    (claim,) = extract_claims(document=doc, segments=segments, config=Config())
    assert claim.passage == "footnote"
    assert claim.sentence == (14, len(text))
    assert claim.kind == "quantity"


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("the Korean People’s Army", "korean people army"),
        ("The North Korean People's Army (NKPA)", "north korean people army"),
        ("an army", "army"),
        (None, None),
    ],
)
def test_subject_key(subject: str | None, key: str | None) -> None:
    assert subject_key(subject) == key


def test_unrelated_bounds_stay_apart() -> None:
    assert [q.text for q in find_quantities("x>10 and y<20")] == ["10", "20"]
    assert [q.qualifier for q in find_quantities("More than 40 and less than 10")] == [
        "more_than", "less_than"]


@pytest.mark.parametrize(
    "text",
    ["20 degrees Celsius", "set the temperature to 30 degrees celsius", "5 Degrees C"],
)
def test_units_in_any_case_never_raise(text: str) -> None:
    assert find_quantities(text)[0].unit == "°C"


@pytest.mark.parametrize("text", [
    "- Twenty-five deaths have been reported.",
    "Update:\n• Twenty-five deaths have been reported.",
])
def test_a_number_word_opening_a_list_item_is_read(text: str) -> None:
    """A list item opens like a sentence: its capitalised number word is a figure, not a
    name ("the Big Three" inside a sentence still is one)."""
    assert [q.text for q in find_quantities(text)] == ["Twenty-five"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("estimates range from 422,499 to as many as 4 million", 422_499, 4e6),
        ("losses of 3,000 to perhaps 5,000 men", 3_000, 5_000),
        ("a bill of $2 billion to as much as $3 billion", 2e9, 3e9),
    ],
)
def test_reads_a_range_whose_upper_end_is_hedged(text: str, low: float, high: float) -> None:
    q = only(text)
    assert (q.low, q.high, q.qualifier) == (pytest.approx(low), pytest.approx(high), "between")


@pytest.mark.parametrize("text", ["The toll rose from 300 to as many as 450 by Friday.",
                                  "Sales grew to as many as 400 units."])
def test_a_change_to_a_hedged_figure_is_no_range(text: str) -> None:
    assert all(q.qualifier != "between" for q in find_quantities(text))


@pytest.mark.parametrize(("text", "value"), [
    ("Non | 54,67 %", 54.67), ("le oui a obtenu 45,33% des voix", 45.33),
    ("ein Anteil von 3,5 %", 3.5),
])
def test_reads_a_decimal_comma_before_a_per_cent_sign(text: str, value: float) -> None:
    # no thousands are grouped by one or two digits: "54,67 %" is a share, never 5,467 %
    q = only(text)
    assert (q.low, q.unit) == (pytest.approx(value), "percent")


@pytest.mark.parametrize(("text", "figures"), [
    ("No 15,449,508 54.67%", ["15,449,508", "54.67%"]),  # the "No" side's votes
    ("There were no 5,000 men on the field.", ["5,000"]),
    ("telegram no 468 reached Moscow", []),  # an identifier is not grouped in thousands
    ("US Patent No. 4,123,456 was granted", []),
    ("Of that total number 1,754 were reported killed.", ["1,754"]),  # a count
    ("Bus number 1,754 left the depot.", []),  # a label
])
def test_a_grouped_number_after_a_bare_no_is_a_count(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == figures


@pytest.mark.parametrize(("text", "changes"), [
    # a noun of change, and the same change told again after ", or"
    ("It reflects an increase of 7.4 percent, or 22,703,743, over 2010.",
     {"7.4 percent": ("amount", "up"), "22,703,743": ("amount", "up")}),
    ("Sales showed a decline of 5 % on the year.", {"5 %": ("amount", "down")}),
    ("The population increased by 22,703,743 or 7.4% from 308,745,538.",
     {"22,703,743": ("amount", "up"), "7.4%": ("amount", "up")}),
    ("The fall of 1944 saw 300 deaths.", {"300": None}),
])
def test_a_noun_of_change_and_its_restatement(text: str, changes: dict) -> None:
    claims = [c for c in extract_claims(document=Document("x", text),
                                        segments=_segments(text), config=Config())
              if c.kind == "quantity"]
    got = {c.text: ((c.extra or {}).get("change") or {}) for c in claims}
    for figure, want in changes.items():
        change = got[figure]
        assert ((change["role"], change["direction"]) if change else None) == want


@pytest.mark.parametrize("text", [
    "Edison was granted US Patent No 223,898 for the lamp.",
    "Serial No: 1,204,331 was recalled by the maker.",
    "The court heard Case No 12,416 on appeal.",
    "Order Nos 4,512 and 4,513 were cancelled.",
])
def test_a_grouped_number_after_a_named_no_is_an_identifier(text: str) -> None:
    # "Patent No", "Case No": the thing numbered is named before "No", so the number is
    # its identifier however grouped (a row's bare "No 15,449,508" is a count)
    assert [q.text for q in find_quantities(text)] == []


# -- "219 182": a number grouped by a blank, or two figures of a row --------------------


@pytest.mark.parametrize(("text", "figures"), [
    # an infobox of two columns: the line above or below holds two figures too
    ("Electoral vote 219 182\nStates carried 20 18\n", ["219", "182", "20", "18"]),
    ("Turnout 61.3% 58.9%\nSeats won 120 288\n", ["61.3%", "58.9%", "120", "288"]),
    ("Points 412 388\nGoals 41 37\n", ["412", "388", "41", "37"]),
])
def test_two_groups_in_a_row_of_pairs_are_two_figures(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == figures


@pytest.mark.parametrize(("text", "figure"), [
    ("Involved were 142 962 people.\nStates carried 20 18\n", "142 962"),  # prose
    ("Population 190 732\n", "190 732"),  # a row alone
    ("Population 190 732\nArea 5,000 km2\n", "190 732"),  # no row of two beside it
    ("Distance 121 794 km\nDays 4 5\n", "121 794 km"),  # a unit after it: one length
])
def test_two_groups_elsewhere_stay_one_number(text: str, figure: str) -> None:
    assert figure in [q.text for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "figure"), [
    ("Total assets as of June 30, 2008: $307.02 billion", "$307.02 billion"),
    ("Deposits in 2019: 3.1 million accounts", "3.1 million"),
])
def test_a_dated_label_before_its_figure_is_no_ratio(text: str, figure: str) -> None:
    found = find_quantities(text)
    assert [q.text for q in found] == [figure]
    assert found[0].ratio is None


@pytest.mark.parametrize("text", ["The vote was 3:1.", "a ratio of 1:2.5"])
def test_a_ratio_stays_a_ratio(text: str) -> None:
    assert find_quantities(text)[0].ratio is not None
@pytest.mark.parametrize(("text", "figures"), [
    # a column of numbers grouped by blanks: each line looks like a label and two figures,
    # but none of them witnesses that its neighbour is a row of two
    ("Registered 312 455\nVoters 219 182\nValid 210 104\n", ["312 455", "219 182", "210 104"]),
    # a group opening with a nought is no figure of its own ("004", "000")
    ("Votes cast 219 004\nStates carried 20 18\n", ["219 004", "20", "18"]),
    ("Strength 35 000\nCasualties 4,000 3,500\n", ["35 000", "4,000", "3,500"]),
])
def test_a_column_of_blank_grouped_numbers_is_not_split(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == figures


@pytest.mark.parametrize(("text", "figures"), [
    # lines ended by "\r\n" (a Windows file, a form's export) read as lines ended by "\n"
    ("Electoral vote 219 182\r\nStates carried 20 18\r\n", ["219", "182", "20", "18"]),
    ("States carried 20 18\r\nElectoral vote 219 182\r\n", ["20", "18", "219", "182"]),
    ("Registered 312 455\r\nVoters 219 182\r\n", ["312 455", "219 182"]),
])
def test_a_row_of_pairs_in_lines_ended_by_crlf(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == figures


@pytest.mark.parametrize(("text", "figures"), [
    # in a table ruled with bars the bars part the cells: a blank inside a cell groups
    ("| Population | 142 962 |\n| Coordinates | 48.85 | 2.35 |\n",
     ["142 962", "48.85", "2.35"]),
    ("| Turnout | 219 182 |\n| Seats | 20 | 18 |\n", ["219 182", "20", "18"]),
])
def test_a_blank_inside_a_ruled_cell_groups_one_number(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == figures



def test_a_word_of_change_glued_to_its_figure_is_a_change() -> None:
    """An infobox's arrow, its alt text glued to the figure ("Increase193"), is a change
    as "Increase 195" is: the two copies' seat changes differ, never "a change against a
    level"."""
    import claimcheck
    rows = ("Party Reform Liberal Unity\n"
            "Last election 113 seats, 31.02% 296 seats, 38.18% 31 seats, 13.25%\n"
            "Seats won 308 119 21\nSeat change {}\n"
            "Popular vote 29,844,799 18,810,217 8,054,007\n")
    report = claimcheck.check(
        claimcheck.Document("a", rows.format("Increase193 Decrease181 Decrease10")),
        claimcheck.Document("b", rows.format("Increase 195 Decrease177 Decrease10")))
    kinds = {frozenset(report.claim(c).text for c in f.claims): f.kind for f in report.findings}
    assert kinds.get(frozenset({"193", "195"})) == "discrepancy"
    assert kinds.get(frozenset({"181", "177"})) == "discrepancy"


@pytest.mark.parametrize("label", ["Employees Cut", "Jobs Lost"])
def test_a_labels_own_word_of_change_is_not_an_arrows_alt_text(label: str) -> None:
    """A row label ending in a word of change that is its own ("Employees Cut", "Jobs
    Lost") keeps it: every cell is a change, never a level set against the other copy's
    head count (only "Seat change Increase 195", whose rest still names a change, loses
    the arrow's alt text)."""
    import claimcheck
    report = claimcheck.check(
        claimcheck.Document("a", f"Company Acme Globex Initech\n{label} 1,200 300 45\n"),
        claimcheck.Document("b", "Company Acme Globex Initech\n"
                                 "Employees 40,000 12,000 3,000\n"))
    assert not [f for f in report.findings if f.kind == "discrepancy"]
