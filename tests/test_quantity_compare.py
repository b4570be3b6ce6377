"""Whether two figures agree, and by how much they differ."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.builtin.quantities.compare import (
    compare_claims,
    compare_quantities,
    describe,
    format_number,
    format_quantity,
)
from claimcheck.builtin.quantities.find import find_quantities
from claimcheck.config import Config
from claimcheck.model import Claim, Quantity, TimeRef


def fig(text: str) -> Quantity:
    """The last figure in ``text`` (context before it may set sides or qualifiers)."""
    return find_quantities(text)[-1]


@pytest.mark.parametrize(
    ("left", "right", "kind", "relation"),
    [
        # exact against exact
        ("110,000 men", "110,000 troops", "agreement", "equal"),
        ("$4.2 billion", "$4.18 billion", "agreement", "equal_at_precision"),
        ("12%", "11.6 percent", "agreement", "equal_at_precision"),
        ("150 tanks", "180 tanks", "discrepancy", "below"),
        ("1 million men", "1.35 million men", "discrepancy", "below"),
        # a round figure against a precise one agrees at the round figure's precision
        ("972,214 soldiers", "972,000 soldiers", "agreement", "equal_at_precision"),
        ("35,797 ft", "35,800 feet", "agreement", "equal_at_precision"),
        ("972,214 soldiers", "971,000 soldiers", "discrepancy", "above"),
        # a small count is exact as written, whatever its trailing zero
        ("50 seats", "53.24 seats", "discrepancy", "below"),
        ("20 killed", "23.00 killed", "discrepancy", "below"),
        ("500 seats", "503.2 seats", "agreement", "equal_at_precision"),
        # two figures as round as each other are read as written
        ("4,500 men", "4,510 men", "discrepancy", "below"),
        ("300 men", "320 men", "discrepancy", "below"),
        # approximations
        ("about 100 men", "108 soldiers", "agreement", "contains"),
        ("about 100 men", "120 soldiers", "discrepancy", "below"),
        ("roughly 98,000 men", "an estimated 98,000 men", "agreement", "equal"),
        # "about" a figure given to its last unit stretches a unit or two, not 10 %
        ("about 10,911 metres", "10,916 metres", "discrepancy", "below"),
        ("about 10,911 metres", "about 10,912 metres", "agreement", "overlap"),
        ("around 21,000 people", "approximately 20,000 people", "agreement", "overlap"),
        # two "about"s are one tolerance apart at most, not two added
        ("perhaps 400 civilians", "approximately 350 civilians", "discrepancy", "above"),
        ("about 30,000 people", "about 28,000 people", "agreement", "overlap"),
        # two "about"s rounded to one step that land on different steps: two estimates
        ("approximately $1.4 billion", "approximately $1.5 billion", "discrepancy", "below"),
        ("nearly $4.4 billion", "nearly $4.5 billion", "discrepancy", "below"),
        ("about 1,400 men", "about 1,500 men", "discrepancy", "below"),
        ("about 15 hours", "some 16 hours", "discrepancy", "below"),
        ("about 1,500 men", "about 1,500 men", "agreement", "equal"),
        # "about" a round figure, against a figure given more finely: the numbers that
        # round to it, where they lie inside the tolerance
        ("about 1,300 striking miners", "1,186 striking miners", "discrepancy", "above"),
        ("around 130 lives", "121 lives", "discrepancy", "above"),
        ("about 150 men", "153 men", "agreement", "contains"),
        ("about 1,500 men", "1,450 men", "agreement", "contains"),
        ("nearly 2,000 men", "1,980 men", "agreement", "contains"),
        ("about 40 men", "42 men", "agreement", "contains"),
        ("about 35,797 ft", "35,800 feet", "agreement", "contains"),
        # bounds are half-lines
        # two bounds one way: close together they agree, far apart the counts differ
        ("more than 300,000 men", "well over 310,000 men", "agreement", "consistent_bounds"),
        ("fewer than 50 ships", "up to 48 ships", "agreement", "consistent_bounds"),
        ("more than 300,000 men", "well over 500,000 men", "discrepancy", "different_bounds"),
        ("at least 78,000 dead", "at least 138,373 dead", "discrepancy", "different_bounds"),
        # a bound and a figure about one value far beyond it: consistent, not one statement
        ("at least 78,000 dead", "nearly 140,000 dead", "not_comparable", "beyond_bound"),
        ("over 29,000 dead", "50,000-260,000 dead", "not_comparable", "beyond_bound"),
        ("more than 300 men", "200-400 men", "agreement", "overlap"),
        ("more than 300,000 men", "less than 200,000 men", "discrepancy", "above"),
        ("more than 300,000 men", "less than 500,000 men", "agreement", "overlap"),
        ("at least 150,000 men", "135,000 men", "discrepancy", "above"),
        ("at least 150,000 men", "160,000 men", "agreement", "contains"),
        # a round figure right at a strict bound is about that many: no contradiction;
        # (one or two significant digits, or three digits or more ending in a zero);
        # a precise one, or a small one, is excluded by the bound
        ("more than 300 men", "300 men", "agreement", "round_at_bound"),
        ("more than 100,000 residents", "one hundred thousand people", "agreement",
         "round_at_bound"),
        ("more than 1,250 men", "1,250 men", "agreement", "round_at_bound"),
        ("over 16,500 images", "16,500 images", "agreement", "round_at_bound"),
        ("more than 1,253 men", "1,253 men", "discrepancy", "above"),
        ("more than 30 ships", "30 ships", "discrepancy", "above"),
        # ranges
        ("110,000", "between 87,500 and 99,000 men", "discrepancy", "above"),
        ("95,000 men", "between 87,500 and 99,000 men", "agreement", "inside"),
        ("15-20 kilometers", "18 km", "agreement", "contains"),
        # two spans stated to their ends that differ at an end are two accounts
        ("15-20 km", "18-25 km", "discrepancy", "different_range"),
        ("aged 16 to 23", "aged 14 to 23", "discrepancy", "different_range"),
        ("50-60 million deaths", "50-80 million deaths", "discrepancy", "different_range"),
        ("15-20 km", "15 to 20 km", "agreement", "equal"),
        ("15-20 km", "25-30 km", "discrepancy", "below"),
        ("from 16.4 to 16.7 billion dollars", "$16.5 billion", "agreement", "contains"),
        # units of one dimension convert; others do not compare
        ("2 km", "1.24 miles", "agreement", "equal_at_precision"),
        ("2 km", "3 miles", "discrepancy", "below"),
        # converted and rounded by their writers: a percent apart is one figure
        ("215 km/h", "135 mph", "agreement", "equal_at_precision"),
        ("215 km/h", "140 mph", "discrepancy", "below"),
        ("72 hours", "3 days", "agreement", "equal"),
        ("500 tons", "1,000,000 lb", "discrepancy", "above"),
        ("2 km", "5 tons", "not_comparable", "incompatible_units"),
        ("110 men", "100 tanks", "not_comparable", "incompatible_units"),
        ("$5 million", "€5 million", "not_comparable", "incompatible_units"),
        ("12%", "12 km", "not_comparable", "incompatible_units"),
    ],
)
def test_compare(left: str, right: str, kind: str, relation: str) -> None:
    got_kind, detail = compare_quantities(fig(left), fig(right))
    assert (got_kind, detail["relation"]) == (kind, relation)


def test_range_discrepancy_reports_both_ends() -> None:
    a = fig("the total number of DPRK troops was 110,000")
    b = fig("the KPA numbered between 87,500 and 99,000 men")
    kind, detail = compare_quantities(a, b)
    assert kind == "discrepancy"
    assert detail["abs_diff_range"] == [11_000, 22_500]
    assert detail["rel_diff_range"] == [pytest.approx(0.1111, abs=1e-3),
                                        pytest.approx(0.2571, abs=1e-3)]
    assert describe(a, b, kind, detail) == (
        "110,000 lies above the range 87,500-99,000 men by 11,000 to 22,500 (11-26 %)"
    )


def test_exact_discrepancy_reports_absolute_and_relative() -> None:
    kind, detail = compare_quantities(fig("150 tanks"), fig("180 tanks"))
    assert kind == "discrepancy"
    assert detail["abs_diff"] == -30
    assert detail["rel_diff"] == pytest.approx(-1 / 6)


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        ("The correlation of forces between South and North Korea: in number of troops 1:2",
         "the North outnumbered the South two to one", "agreement"),
        ("The correlation of forces between South and North Korea: in number of troops 1:2",
         "the South outnumbered the North two to one", "discrepancy"),
        ("between South and North Korea: tanks 1:6.5",
         "the North outnumbered the South six and a half to one", "agreement"),
        ("a ratio of 1:2", "a ratio of 1:2", "agreement"),
        ("a ratio of 1:2", "a ratio of 1:3", "discrepancy"),
        ("a ratio of 1:2", "two to one", "not_comparable"),
        ("a ratio of 1:2", "2 tanks", "not_comparable"),
    ],
)
def test_ratios_compare_in_either_order(left: str, right: str, kind: str) -> None:
    assert compare_quantities(fig(left), fig(right))[0] == kind


@pytest.mark.parametrize(("left", "right", "kind"), [
    # the looser of two bounds said to lie far from the count: the other is that count
    ("Some have estimated the death toll may be well over 100,000.",
     "The storm caused at least 138,373 deaths.", "agreement"),
    ("Far fewer than 500 people attended the rally in Leeds.",
     "Fewer than 120 people attended the rally in Leeds.", "agreement"),
    # said of the tighter bound, it does not make the looser one the same count
    ("The war cost more than 300,000 lives.", "The war cost well over 500,000 lives.",
     "discrepancy"),
])
def test_a_bound_said_to_lie_far_from_the_count(left: str, right: str, kind: str) -> None:
    report = claimcheck.check(claimcheck.Document("a", left), claimcheck.Document("b", right))
    kinds = [f.kind for f in report.findings
             if f.kind in ("agreement", "discrepancy", "not_comparable")]
    assert kinds == [kind]
    if kind == "agreement":
        assert "well" in report.findings[[f.kind for f in report.findings].index(kind)].summary


def test_tolerance_is_configurable() -> None:
    a, b = fig("about 100 men"), fig("115 men")
    assert compare_quantities(a, b, tolerance=0.10)[0] == "discrepancy"
    assert compare_quantities(a, b, tolerance=0.20)[0] == "agreement"


@pytest.mark.parametrize(
    ("left", "right", "summary"),
    [
        ("$4.2 billion", "$4.18 billion", "$4.2 billion agrees with $4.18 billion at the "
         "precision stated"),
        ("more than 300,000 men", "well over 310,000 men", "more than 300,000 men and more "
         "than 310,000 men do not contradict: both are bounds in one direction"),
        ("at least 78,000 dead", "at least 138,373 dead", "at least 78,000 and at least "
         "138,373 are both lower bounds, 60,373 (44 %) apart: the counts they bound "
         "differ"),
        ("150 tanks", "180 tanks", "150 tanks lies below 180 tanks by 30 (17 %)"),
        ("972,214 soldiers", "972,000 soldiers", "972,214 soldiers agrees with 972,000 "
         "soldiers: 972,000 soldiers is a round figure, to the nearest 1,000"),
        ("2 km", "5 tons", "2 km vs 5 t: not comparable (different units)"),
    ],
)
def test_describe(left: str, right: str, summary: str) -> None:
    a, b = fig(left), fig(right)
    kind, detail = compare_quantities(a, b)
    assert describe(a, b, kind, detail) == summary


@pytest.mark.parametrize(
    ("value", "text"),
    [(110_000, "110,000"), (4.2e9, "4.2 billion"), (1_642_600, "1,642,600"), (0.5, "0.5"),
     (3e6, "3 million"), (12.0, "12")],
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


def test_format_quantity_shares_the_scale_of_a_range() -> None:
    assert format_quantity(fig("$16.4 billion to $16.7 billion")) == "$16.4-16.7 billion"


def _claim(cid: str, text: str, when: dt.date | None = None, kind: str = "quantity") -> Claim:
    q = fig(text)
    ref = TimeRef(0, 1, "x", when, when, "day", when.isoformat()) if when else None
    return Claim(id=cid, doc="d", kind=kind, start=q.start, end=q.end, text=q.text, value=q,
                 when=ref)


def test_compare_claims_hook_returns_a_finding() -> None:
    left = _claim("a:1", "110,000 men", dt.date(1950, 1, 1))
    right = _claim("b:2", "between 87,500 and 99,000 men", dt.date(1950, 6, 25))
    finding = compare_claims(left=left, right=right, config=Config())
    assert finding is not None
    assert finding.kind == "discrepancy"
    assert finding.claims == ("a:1", "b:2")
    assert finding.summary == (
        "110,000 men lies above the range 87,500-99,000 men by 11,000 to 22,500 (11-26 %); "
        "dated 1950-01-01 vs 1950-06-25"
    )
    assert finding.detail["when"] == ["1950-01-01", "1950-06-25"]


def test_compare_claims_uses_config_tolerance() -> None:
    left, right = _claim("a:1", "about 100 men"), _claim("b:1", "115 men")
    assert compare_claims(left=left, right=right, config=Config()).kind == "discrepancy"
    loose = Config(approx_tolerance=0.2)
    assert compare_claims(left=left, right=right, config=loose).kind == "agreement"


def test_compare_claims_ignores_other_kinds() -> None:
    left = _claim("a:1", "110,000 men")
    other = Claim(id="b:1", doc="d", kind="date", start=0, end=4, text="1950")
    assert compare_claims(left=left, right=other, config=Config()) is None


@given(
    st.floats(min_value=1, max_value=1e9),
    st.floats(min_value=1, max_value=1e9),
)
def test_comparison_is_symmetric_in_kind(x: float, y: float) -> None:
    a = Quantity(0, 1, "x", x, x, "men", precision=1.0, dimension="count")
    b = Quantity(0, 1, "y", y, y, "men", precision=1.0, dimension="count")
    assert compare_quantities(a, b)[0] == compare_quantities(b, a)[0]


@given(st.floats(min_value=1, max_value=1e9), st.floats(min_value=0, max_value=0.09))
def test_approximately_agrees_within_tolerance(x: float, off: float) -> None:
    a = Quantity(0, 1, "x", x, x, "men", "approximately", dimension="count")
    b = Quantity(0, 1, "y", x * (1 + off), x * (1 + off), "men", dimension="count")
    assert compare_quantities(a, b, tolerance=0.10)[0] == "agreement"


# -- alternatives, scores and the words of a summary (issue 13) ---------------------------


@pytest.mark.parametrize(
    ("left", "right", "kind", "relation"),
    [
        ("8 or 9 people", "9 people", "agreement", "one_of"),
        ("9 people", "eight or nine people", "agreement", "one_of"),
        ("80 or 90 people", "85 people", "agreement", "between_alternatives"),
        ("80 or 90 people", "95 people", "agreement", "near_alternative"),  # within 10 %
        ("8 or 9 people", "12 people", "discrepancy", "below"),
        ("8 or 9 people", "5 people", "discrepancy", "above"),
        ("8 or 9 people", "9 or 10 people", "agreement", "one_of"),
        ("8 or 9 people", "20 or 30 people", "discrepancy", "below"),
        ("8 or 9 people", "about 9 people", "agreement", "contains"),
        ("8 or 9 people", "9 tanks", "not_comparable", "incompatible_units"),
    ],
)
def test_alternatives_compare(left: str, right: str, kind: str, relation: str) -> None:
    got_kind, detail = compare_quantities(fig(left), fig(right))
    assert (got_kind, detail["relation"]) == (kind, relation)


def test_an_alternative_is_measured_from_its_nearer_value() -> None:
    a, b = fig("8 or 9 people"), fig("12 people")
    kind, detail = compare_quantities(a, b)
    assert (detail["abs_diff"], detail["rel_diff"]) == (3, 0.25)
    assert "abs_diff_range" not in detail
    assert describe(a, b, kind, detail) == "8 or 9 people lies below 12 people by 3 (25 %)"


@pytest.mark.parametrize(
    ("left", "right", "summary"),
    [
        ("8 or 9 people", "9 people", "9 people is one of the two values of 8 or 9 people"),
        ("85 people", "80 or 90 people",
         "85 people lies between the two values of 80 or 90 people"),
        ("80 or 90 people", "95 people",
         "95 people lies within 10 % of 90, one of the two values of 80 or 90 people"),
    ],
)
def test_alternatives_are_described(left: str, right: str, summary: str) -> None:
    a, b = fig(left), fig(right)
    assert describe(a, b, *compare_quantities(a, b)) == summary


@pytest.mark.parametrize(
    ("left", "right", "kind", "order", "diffs"),
    [
        ("The House passed the bill 312 to 176.", "The House passed it 312-176.",
         "agreement", "unknown", [0, 0]),
        ("The House passed the bill 312 to 176.", "The House passed it 310 to 178.",
         "discrepancy", "unknown", [2, -2]),
        ("The Yankees beat the Red Sox 7-2.", "The Red Sox lost to the Yankees 2-7.",
         "agreement", "reversed", [0, 0]),
        ("The Yankees beat the Red Sox 7-2.", "The Red Sox lost to the Yankees 7-3.",
         "discrepancy", "same", [0, -1]),
        ("The Yankees won 7-2.", "It was a 2-7 loss.", "agreement", "winner_first", [0, 0]),
        ("It was a 52-48 vote.", "The Senate voted 51-49.", "discrepancy", "unknown", [1, -1]),
    ],
)
def test_scores_compare_side_by_side(left: str, right: str, kind: str, order: str,
                                     diffs: list[float]) -> None:
    got_kind, detail = compare_quantities(fig(left), fig(right))
    assert (got_kind, detail["order"], detail["side_diffs"]) == (kind, order, diffs)
    assert "abs_diff_range" not in detail


def test_a_score_is_no_count() -> None:
    kind, detail = compare_quantities(fig("The Yankees won 7-2."), fig("7 people"))
    assert (kind, detail["relation"]) == ("not_comparable", "incompatible_units")


@pytest.mark.parametrize(
    ("left", "right", "summary"),
    [
        ("The House passed the bill 312 to 176.", "The House passed it 310 to 178.",
         "312-176 against 310-178: first side 312 against 310; second side 176 against 178"),
        ("The Yankees beat the Red Sox 7-2.", "The Red Sox lost to the Yankees 7-3.",
         "7-2 (Yankees against Red Sox) against 7-3 (Yankees against Red Sox): "
         "Red Sox 2 against 3"),
        ("The Yankees beat the Red Sox 7-2.", "The Red Sox lost to the Yankees 2-7.",
         "7-2 (Yankees against Red Sox) agrees with 2-7 (Red Sox against Yankees) once both "
         "are read in one order"),
    ],
)
def test_scores_are_described(left: str, right: str, summary: str) -> None:
    a, b = fig(left), fig(right)
    assert describe(a, b, *compare_quantities(a, b)) == summary


@pytest.mark.parametrize(
    ("left", "right", "summary"),
    [
        # a zero on either side, or a difference beyond 1000 %: the absolute difference only
        ("0 men", "25 men", "0 men lies below 25 men by 25"),
        ("25 men", "0 men", "25 men lies above 0 men by 25"),
        ("25,000 men", "1 man", "25,000 men lies above 1 man by 24,999"),
        ("1 man", "25,000 men", "1 man lies below 25,000 men by 24,999 (100 %)"),
        # percentages differ in points
        ("0.5 %", "12 %", "0.5 % lies below 12 % by 11.5 percentage points"),
        ("between 5% and 7%", "10%", "5-7 % lies below 10 % by 3 to 5 percentage points"),
        # bounds, as a person says them
        ("at least 3,000 men", "2,500 men",
         "at least 3,000 men, so more than 2,500 men by at least 500 (20 %)"),
        ("more than 3,000 men", "2,500 men",
         "more than 3,000 men, so more than 2,500 men by over 500 (20 %)"),
        ("fewer than 2,000 men", "2,500 men",
         "less than 2,000 men, so fewer than 2,500 men by over 500 (20 %)"),
        ("at most 2 km", "3 km", "at most 2 km, so less than 3 km by at least 1 (33 %)"),
        ("2,500 men", "at least 3,000 men",
         "2,500 men, against at least 3,000 men: at least 500 (17 %) fewer"),
        ("2,500 men", "fewer than 2,000 men",
         "2,500 men, against less than 2,000 men: over 500 (25 %) more"),
        ("at most 2,000 men", "at least 3,000 men",
         "at most 2,000 men and at least 3,000 men cannot both hold: they are at least "
         "1,000 (33 %) apart"),
        ("at least 3,000 men", "between 1,000 and 2,000 men",
         "at least 3,000 men, so more than the range 1,000-2,000 men by at least 1,000 (50 %)"),
        # a strict bound at a precise figure's own value: no gap to tell
        ("more than 1,253 men", "1,253 men", "more than 1,253 men leaves out 1,253 men itself"),
        ("1,253 men", "over 1,253 men", "more than 1,253 men leaves out 1,253 men itself"),
        # units converted: the difference says its unit
        ("2 km", "3 miles", "2 km lies below 3 mi by 1.757 mi (59 %) after converting units"),
    ],
)
def test_summaries_read_as_a_person_would_write(left: str, right: str, summary: str) -> None:
    a, b = fig(left), fig(right)
    text = describe(a, b, *compare_quantities(a, b))
    assert text == summary
    assert "inf" not in text and "the bound" not in text


def test_a_bound_has_no_far_end() -> None:
    kind, detail = compare_quantities(fig("at least 3,000 men"), fig("1,000-2,000 men"))
    assert kind == "discrepancy"
    assert (detail["abs_diff"], detail["rel_diff"]) == (1000, 0.5)
    assert "abs_diff_range" not in detail


@given(st.floats(min_value=0, max_value=1e9), st.floats(min_value=0, max_value=1e9),
       st.sampled_from(["exact", "approximately", "at_least", "less_than", "either"]))
def test_relative_differences_are_numbers_or_none(x: float, y: float, qualifier: str) -> None:
    high = x + 1 if qualifier == "either" else x
    a = Quantity(0, 1, "x", x, high, "men", qualifier, precision=1.0, dimension="count")
    b = Quantity(0, 1, "y", y, y, "men", precision=1.0, dimension="count")
    for left, right in ((a, b), (b, a)):
        kind, detail = compare_quantities(left, right)
        for key in ("rel_diff", "rel_diff_range"):
            values = detail.get(key)
            values = values if isinstance(values, list) else [values]
            assert all(v is None or math.isfinite(v) for v in values), detail
        summary = describe(left, right, kind, detail)
        assert "inf" not in summary and "nan" not in summary and "∞" not in summary


@pytest.mark.parametrize("noun", ["occupants", "passengers", "crew", "survivors", "visitors"])
def test_counts_of_people_in_other_words_are_one_count(noun: str) -> None:
    """"155 occupants" and "155 people on board" count the same people."""
    report = claimcheck.check(
        claimcheck.Document("a", f"All 155 {noun} were rescued by nearby boats."),
        claimcheck.Document("b", "All 155 people on board were rescued by nearby boats."))
    kinds = {f.kind for f in report.findings
             if {report.claim(c).text for c in f.claims} >= {"155"}
             and f.kind in ("agreement", "not_comparable", "discrepancy")
             and not f.detail.get("statement")}
    assert kinds == {"agreement"}


@pytest.mark.parametrize(("left", "right", "kind"), [
    # two figures precise as written, in two units: converted to their last digit, so a
    # few of its steps apart at most, not the 2 % a rounded conversion may drift
    ("29,002 ft", "8,849 m", "discrepancy"),
    ("29,029 ft", "8,848 m", "agreement"),
    ("1,204.5 miles", "1,943 km", "discrepancy"),
    ("1,204.5 miles", "1,938.5 km", "agreement"),
    # a rounded conversion keeps its slack
    ("215 km/h", "135 mph", "agreement"),
    ("5,000 feet", "1,500 m", "agreement"),
    # but a few steps of the coarser figure at most: 28.20 inHg is 955 hPa, not 966
    ("966 hPa", "28.20 inHg", "discrepancy"),
    ("955 hPa", "28.20 inHg", "agreement"),
])
def test_fine_figures_in_two_units_convert_to_their_last_digit(
        left: str, right: str, kind: str) -> None:
    assert compare_quantities(fig(left), fig(right))[0] == kind


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("2,431 guns", "2,431 artillery pieces", "agreement"),  # "artillery" is a word for guns
    ("12 army trucks", "12 army tanks", "not_comparable"),  # a modifier shared, no noun
])
def test_counted_nouns_one_of_which_names_the_others_head(a: str, b: str, kind: str) -> None:
    (qa,), (qb,) = find_quantities(a), find_quantities(b)
    assert compare_quantities(qa, qb)[0] == kind


@given(st.integers(min_value=100, max_value=10**9), st.floats(min_value=0.13, max_value=0.5))
def test_two_approximations_beyond_one_tolerance_differ(x: int, off: float) -> None:
    y = round(x * (1 + off))
    a = Quantity(0, 1, "x", x, x, "men", "approximately", precision=1.0, dimension="count")
    b = Quantity(0, 1, "y", y, y, "men", "approximately", precision=1.0, dimension="count")
    assert compare_quantities(a, b, tolerance=0.10)[0] == "discrepancy"
    assert compare_quantities(b, a, tolerance=0.10)[0] == "discrepancy"


@pytest.mark.parametrize(("left", "right", "kind", "relation"), [
    # a figure of one or two significant digits with a decimal point is as round at a
    # strict bound as one without ("more than 1.5 million" and "1.5 million")
    ("more than 1.5 million refugees", "1.5 million refugees", "agreement", "round_at_bound"),
    ("over 2.5 million people", "2.5 million people", "agreement", "round_at_bound"),
    # a figure precise to four digits or more is not round for its one trailing zero
    ("more than 12,530 votes", "12,530 votes", "discrepancy", "above"),
    ("more than 1,253,410 residents", "1,253,410 residents", "discrepancy", "above"),
    ("more than 8.50 million people", "8.50 million people", "discrepancy", "above"),
])
def test_round_at_a_strict_bound_by_significant_digits(left: str, right: str, kind: str,
                                                        relation: str) -> None:
    got_kind, detail = compare_quantities(fig(left), fig(right))
    assert (got_kind, detail["relation"]) == (kind, relation)


@pytest.mark.parametrize(("left", "right", "summary"), [
    # a range that only reaches a strict bound is left out whole, not "itself"
    ("more than 1,253 men", "between 1,200 and 1,253 men",
     "more than 1,253 men leaves out all of 1,200-1,253 men, which only reaches it"),
    ("1,253-1,300 men", "less than 1,253 men",
     "less than 1,253 men leaves out all of 1,253-1,300 men, which only reaches it"),
])
def test_a_range_at_a_strict_bound_is_described_whole(left: str, right: str,
                                                      summary: str) -> None:
    a, b = fig(left), fig(right)
    kind, detail = compare_quantities(a, b)
    assert kind == "discrepancy"
    assert describe(a, b, kind, detail) == summary


@pytest.mark.parametrize(("left", "right", "kind", "relation"), [
    # a figure in words is as round, or as precise, as its value written in numerals
    ("more than 1,253 men", "one thousand two hundred and fifty-three men",
     "discrepancy", "above"),
    ("more than 123 men", "one hundred and twenty-three men", "discrepancy", "above"),
    ("more than 1,500 men", "fifteen hundred men", "agreement", "round_at_bound"),
])
def test_a_figure_in_words_at_a_strict_bound_is_read_by_its_value(
        left: str, right: str, kind: str, relation: str) -> None:
    got_kind, detail = compare_quantities(fig(left), fig(right))
    assert (got_kind, detail["relation"]) == (kind, relation)


@pytest.mark.parametrize(("left", "right", "kind"), [
    # "about 40" may be rounded to the ten, "about 41" is not: not rounded to one step,
    # the two keep their tolerance
    ("about 40 people", "about 41 people", "agreement"),
    ("about 10 hours", "about 11 hours", "agreement"),
    ("about 40 people", "about 50 people", "discrepancy"),
    ("about 15 hours", "some 16 hours", "discrepancy"),
])
def test_two_abouts_of_a_short_round_figure_and_a_unit_keep_their_tolerance(
        left: str, right: str, kind: str) -> None:
    assert compare_quantities(fig(left), fig(right))[0] == kind


@pytest.mark.parametrize(("left", "right", "kind"), [
    # "about" a round figure ending in 5 may be rounded to the half of the next step (the
    # 50, the 500): the numbers that round to it there lie wider than the tolerance
    ("about 1,500 people", "1,432 people", "agreement"),
    ("about 150 people", "143 people", "agreement"),
    ("about 25,000 people", "24,100 people", "agreement"),
    ("about 2.5 million people", "2.43 million people", "agreement"),
    # other round figures keep their rounding window
    ("about 1,300 people", "1,186 people", "discrepancy"),
    ("about 1,500 people", "1,320 people", "discrepancy"),
])
def test_about_a_figure_ending_in_five_may_be_rounded_to_the_half(
        left: str, right: str, kind: str) -> None:
    assert compare_quantities(fig(left), fig(right))[0] == kind


@pytest.mark.parametrize(("left", "right", "kind"), [
    # two bounds given to the unit are two counts of what is known for sure
    ("at least 2,182 dead", "at least 2,183 dead", "discrepancy"),
    ("more than 1,337 homes", "more than 1,298 homes", "discrepancy"),
    ("at most 4,512 seats", "at most 4,515 seats", "discrepancy"),
    # the same bound, or round bounds close together, agree
    ("at least 2,183 dead", "at least 2,183 dead", "agreement"),
    ("at least 520,000 people", "over 500,000 people", "agreement"),
    ("more than 16,000 images", "over 16,500 images", "agreement"),
])
def test_two_bounds_given_to_the_unit_that_differ_disagree(left: str, right: str,
                                                           kind: str) -> None:
    assert compare_quantities(fig(left), fig(right))[0] == kind


@pytest.mark.parametrize(("left", "right", "kind"), [
    # "approximately 643", written to its last unit, is about only that far
    ("approximately 643 people", "630 people", "discrepancy"),
    ("about 2,187 homes", "2,150 homes", "discrepancy"),
    ("some 318 ships", "310 ships", "discrepancy"),
    ("some 318 ships", "300 ships", "agreement"),
    # ... and a round figure holds what rounds to it
    ("approximately 643 people", "640 people", "agreement"),
    ("about 10,916 metres", "35,800 feet", "agreement"),
    # round "about" figures keep the tolerance
    ("about 150 men", "153 men", "agreement"),
    ("nearly 2,000 men", "1,980 men", "agreement"),
])
def test_an_about_figure_written_to_its_last_unit_is_about_only_that_far(
        left: str, right: str, kind: str) -> None:
    assert compare_quantities(fig(left), fig(right))[0] == kind


@pytest.mark.parametrize(("left", "right"), [
    ("thousands injured", "1,000 injured"),
    ("hundreds of homes", "150 homes"),
    ("tens of thousands fled", "15,000 fled"),
    ("millions of dollars", "$1.2 million"),
])
def test_a_plural_magnitude_is_at_least_two_of_its_unit(left: str, right: str) -> None:
    """"Thousands injured" is no account of 1,000: the plural says two thousand or more."""
    assert compare_quantities(fig(left), fig(right))[0] != "agreement"


@pytest.mark.parametrize(("left", "right"), [
    ("thousands injured", "2,500 injured"),
    ("hundreds of homes", "400 homes"),
])
def test_a_plural_magnitude_agrees_with_a_count_of_its_order(left: str, right: str) -> None:
    assert compare_quantities(fig(left), fig(right))[0] == "agreement"


@pytest.mark.parametrize(("left", "right", "kind"), [
    # a strict bound of a count is the inclusive bound a unit beyond it: one bound
    ("more than 2,182 dead", "at least 2,183 dead", "agreement"),
    ("at least 1,337 homes", "more than 1,336 homes", "agreement"),
    ("fewer than 4,513 seats", "at most 4,512 seats", "agreement"),
    # ... but a unit past that, or of a length, they are two bounds that differ
    ("at least 2,182 dead", "more than 2,183 dead", "discrepancy"),
    ("more than 2,182 km", "at least 2,183 km", "discrepancy"),
])
def test_a_strict_and_an_inclusive_bound_of_one_count_agree(left: str, right: str,
                                                            kind: str) -> None:
    assert compare_quantities(fig(left), fig(right))[0] == kind
