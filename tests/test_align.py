"""Lining claims up: what a reader must find in the report, on the seeds and beyond."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Report

from .conftest import PRESS, RENDERING, SEED, WESTERN


def texts_of(report: Report, finding) -> list[str]:
    return [report.claim(c).text for c in finding.claims]


def find(report: Report, kind: str, *texts: str):
    """The findings of a kind whose claims' texts include all of ``texts``."""
    return [f for f in report.findings
            if f.kind == kind and all(t in texts_of(report, f) for t in texts)]


@pytest.fixture(scope="module")
def seed_alone() -> Report:
    return claimcheck.check(SEED)


@pytest.fixture(scope="module")
def seed_western() -> Report:
    return claimcheck.check(SEED, WESTERN)


@pytest.fixture(scope="module")
def seed_rendering() -> Report:
    return claimcheck.check(SEED, RENDERING)


# -- one document against itself ---------------------------------------------------------


def test_body_against_footnote(seed_alone: Report) -> None:
    (finding,) = find(seed_alone, "discrepancy", "110,000", "87,500 and 99,000")
    assert "11,000 to 22,500" in finding.summary and "11-26 %" in finding.summary
    assert "1950-01-01 vs 1950-06-25" in finding.summary
    assert "U.S. intelligence" in finding.summary  # who asserts the footnote's figure
    assert "footnote" in finding.summary


def test_total_and_its_parts_are_consistent(seed_alone: Report) -> None:
    for part in ("380,000", "280,000"):
        assert not [f for f in seed_alone.findings
                    if f.kind in ("inconsistency", "discrepancy")
                    and part in texts_of(seed_alone, f)]


def test_title_years_named_twice(seed_alone: Report) -> None:
    assert find(seed_alone, "inconsistency", "1950-1952", "1950-53")


# -- two documents -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed_text", "western_text"),
    [
        ("June 23, 1951", "June 23, 1951"),        # the Soviet proposal
        ("July 10, 1951", "July 10, 1951"),        # talks begin
        ("July 27, 1953", "July 27, 1953"),        # the armistice
        ("April 26, 1954", "April 26, 1954"),      # Geneva
        ("the second half of October 1950", "October 19, 1950"),  # the Chinese entry
        ("2 km", "2 kilometers"),
        ("within 72 hours", "72 hours"),
    ],
)
def test_seed_and_western_agree(seed_western: Report, seed_text: str, western_text: str) -> None:
    assert find(seed_western, "agreement", seed_text, western_text)


def test_month_precision_is_said(seed_western: Report) -> None:
    (finding,) = find(seed_western, "agreement", "the end of October 1958", "October 1958")
    assert "month precision" in finding.summary


def test_ridgway_message_one_day_apart(seed_western: Report) -> None:
    (finding,) = find(seed_western, "discrepancy", "June 29", "June 30, 1951")
    assert "1 day" in finding.summary


@pytest.mark.parametrize("western_figure", ["135,000", "103,000"])
def test_kpa_strength_disagrees_with_each_estimate(seed_western: Report,
                                                   western_figure: str) -> None:
    (finding,) = find(seed_western, "discrepancy", "110,000", western_figure)
    assert "1950-01-01" in finding.summary  # the date the seed's figure holds for


def test_no_agreement_pairs_claims_of_different_actors(seed_western: Report) -> None:
    for finding in seed_western.findings:
        if finding.kind in ("agreement", "discrepancy") and len(finding.claims) == 2:
            a, b = (seed_western.claim(c) for c in finding.claims)
            if a.subject_key and b.subject_key and a.kind == "quantity":
                assert "provincial police" not in (a.subject or "") + (b.subject or "")


def test_rendering_ratios_agree_in_either_order(seed_rendering: Report) -> None:
    pairs = [("1:7", "seven to one"), ("1:13", "thirteen to one"),
             ("1:6.5", "six and a half to one"), ("1:6", "six to one")]
    for seed_ratio, rendering_ratio in pairs:
        assert find(seed_rendering, "agreement", seed_ratio, rendering_ratio), seed_ratio
    # "two to one in troops and in guns" is one ratio for two things: it agrees with both
    both = [f for f in seed_rendering.findings if f.kind == "agreement"
            and texts_of(seed_rendering, f) == ["1:2", "two to one"]]
    assert {seed_rendering.claim(f.claims[0]).subject for f in both} == {"troops", "guns"}
    assert not [f for f in seed_rendering.findings if f.kind == "discrepancy"
                and any(seed_rendering.claim(c).kind == "ratio" for c in f.claims)]


def test_rendering_figure_and_title_years(seed_rendering: Report) -> None:
    assert find(seed_rendering, "agreement", "110,000", "110,000")
    assert find(seed_rendering, "agreement", "1950-53", "1950-1953")
    # the archive's heading over the seed ("1950-1952") against the rendering's title: a
    # heading names what its document is about, no statement of the events (two monthly
    # releases' headings differ by their months); the seed's heading against its own
    # title is still told, inside the seed (test_title_years_named_twice)
    assert not find(seed_rendering, "discrepancy", "1950-1952", "1950-1953")
    assert find(seed_rendering, "inconsistency", "1950-1952", "1950-53")


def test_lower_bounds_far_apart_are_counts_that_differ() -> None:
    """"More than 300,000" and "well over 500,000" losses: no contradiction as logic, but
    two sources' counts 200,000 apart, which a reader must see; not an agreement."""
    report = claimcheck.check(PRESS, SEED)
    assert not find(report, "agreement", "500,000", "300,000")
    (finding,) = find(report, "discrepancy", "500,000", "300,000")
    assert "both lower bounds, 200,000" in finding.summary


def test_three_sources_report_a_group_once() -> None:
    report = claimcheck.check(SEED, WESTERN, PRESS)
    groups = [f for f in report.findings if "June 29" in texts_of(report, f)]
    assert len(groups) == 1
    (group,) = groups
    assert group.kind == "discrepancy"
    assert {report.claim(c).doc for c in group.claims} == {SEED.stem, WESTERN.stem, PRESS.stem}


def test_unmatched_claims_are_listed_per_document(seed_western: Report) -> None:
    unmatched = [f for f in seed_western.findings if f.kind == "unmatched"]
    assert {f.detail["document"] for f in unmatched} == {SEED.stem, WESTERN.stem}
    western = next(f for f in unmatched if f.detail["document"] == WESTERN.stem)
    assert "972,214" in texts_of(seed_western, western)


# -- other fields, other events ----------------------------------------------------------

EARNINGS_A = (
    "Globex Corp. said revenue rose 12% to $4.2 billion in the third quarter. "
    "Net income was $598 million, compared with $655 million a year earlier. "
    "The company employs 21,000 people in 34 countries."
)
EARNINGS_B = (
    "Globex reported third-quarter revenue of $4.18 billion, up 11.6 percent. "
    "It earned net income of $598 million. Globex has 23,500 employees."
)


@pytest.fixture(scope="module")
def earnings() -> Report:
    return claimcheck.check(EARNINGS_A, EARNINGS_B)


def test_business_figures_agree_at_stated_precision(earnings: Report) -> None:
    assert find(earnings, "agreement", "$4.2 billion", "$4.18 billion")
    assert find(earnings, "agreement", "12%", "11.6 percent")


def test_last_years_figure_is_not_this_years(earnings: Report) -> None:
    for finding in earnings.findings:
        if finding.kind == "discrepancy":
            assert "$655 million" not in texts_of(earnings, finding), finding.summary


def test_headcounts_disagree(earnings: Report) -> None:
    assert find(earnings, "discrepancy", "21,000", "23,500")


def test_different_owners_never_meet() -> None:
    report = claimcheck.check("Apple's revenue was $90 billion in 2024.",
                              "Microsoft's revenue was $60 billion in 2024.")
    assert not [f for f in report.findings if f.kind in ("agreement", "discrepancy")
                and len({report.claim(c).doc for c in f.claims}) == 2
                and report.claim(f.claims[0]).kind == "quantity"]


def test_attributed_figure_names_who_asserts_it() -> None:
    a = "By 1961 more than 150,000 people had left the city."
    b = ("Western propaganda spread rumours, claiming that more than 200,000 people "
         "had left the city by 1961.")
    report = claimcheck.check(a, b)
    for finding in report.findings:
        if finding.kind in ("discrepancy", "agreement") and "200,000" in texts_of(report,
                                                                                 finding):
            assert "according to" in finding.summary


def _two(a: str, b: str) -> Report:
    return claimcheck.check(claimcheck.Document("a", a), claimcheck.Document("b", b))


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("The Guatemalan earthquake of February 4, 1976 had a surface-wave magnitude of 7.6.",
     "The Guatemala earthquake of February 4, 1976 had a moment magnitude of 7.5.",
     "7.6", "7.5"),
    ("The Lisbon quake of 1 November 1755 had a body-wave magnitude of 7.1.",
     "The Lisbon quake of 1 November 1755 had a surface wave magnitude of 7.7.", "7.1", "7.7"),
])
def test_magnitudes_on_two_named_scales_are_never_a_discrepancy(a: str, b: str, left: str,
                                                               right: str) -> None:
    """A quake has a value on each scale: "surface-wave magnitude 7.6" and "moment
    magnitude 7.5" may both be right."""
    assert not find(_two(a, b), "discrepancy", left, right)


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("The quake of 8 May 1902 had a magnitude of 6.9.",
     "The quake of 8 May 1902 had a moment magnitude of 7.2.", "6.9", "7.2"),
    ("The Arvan quake of 1931 measured 7.8 on the Richter scale.",
     "The Arvan quake of 1931 had a moment magnitude of 7.4.", "7.8", "7.4"),
])
def test_a_magnitude_with_no_scale_named_meets_one_on_a_named_scale(a: str, b: str, left: str,
                                                                   right: str) -> None:
    assert find(_two(a, b), "discrepancy", left, right)


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("Flight 90 crashed into the Potomac River 0.75 nmi from the departure end of runway 36.",
     "Flight 90 crashed into the Potomac River two miles from the White House.", "0.75 nmi",
     "two miles"),
    ("The Orla sank in the bay 12 km from Port Alder.",
     "The Orla sank in the bay 30 km from the Cape Verin lighthouse.", "12 km", "30 km"),
])
def test_distances_from_two_different_places_are_no_discrepancy(a: str, b: str, left: str,
                                                                right: str) -> None:
    assert not find(_two(a, b), "discrepancy", left, right)


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("The volcano lies about 63 kilometers south of Manila.",
     "The volcano lies about 50 km south of the capital.", "63 kilometers", "50 km"),
    ("The Orla sank in the bay 12 km from Port Alder.",
     "The Orla sank in the bay 30 km from the harbour of Port Alder.", "12 km", "30 km"),
])
def test_distances_from_one_place_told_two_ways_still_disagree(a: str, b: str, left: str,
                                                               right: str) -> None:
    assert find(_two(a, b), "discrepancy", left, right)


def test_dates_that_differ_only_in_a_year_neither_states_are_no_discrepancy() -> None:
    """One sentence in two states of an article, the year of "October 11" read from
    different paragraphs before it: what the sentences say is the same day."""
    a = ("The vote was first set for 2006. The chairwoman announced the October 11 date on "
         "February 7.")
    b = ("The vote was first set for 2005. The chairwoman announced the October 11 date on "
         "February 7.")
    report = _two(a, b)
    assert not find(report, "discrepancy", "October 11")
    c = "The vote was held in 2005. Polls opened on October 12, 2005, at dawn."
    d = "The vote was held in 2005. Polls opened on October 11, 2005, at dawn."
    assert find(_two(c, d), "discrepancy", "October 12, 2005", "October 11, 2005")


@pytest.mark.parametrize(("a", "b", "day"), [
    ("The battle was fought on September 17, 1862, near the creek. Losses were heavy.",
     "Fighting at the ridge took place on September 17, 1862. The armies withdrew.",
     "September 17, 1862"),
    ("The census was taken at midnight on 31 March 1901 across the kingdom.",
     "Enumerators counted every household on 31 March 1901, the night of the count.",
     "31 March 1901"),
])
def test_one_day_named_once_in_each_account_agrees_whatever_words_surround_it(
        a: str, b: str, day: str) -> None:
    """Each account's only day thereabouts, told alike: one event's day, though the
    sentences share no word beside it."""
    report = _two(a, b)
    assert [f for f in report.findings if f.kind == "agreement"
            and day in texts_of(report, f)]


def test_a_news_pages_date_a_day_after_the_event_is_no_discrepancy() -> None:
    a = ("Tuesday, October 20, 2015\n\nThe Liberal Party won a majority in the election. "
         "Turnout was the highest in decades.")
    b = "The federal election was held on October 19, 2015. Turnout was the highest in decades."
    report = _two(a, b)
    assert not [f for f in report.findings if f.kind == "discrepancy"
                and any("2015" in t for t in texts_of(report, f))]


def test_a_value_its_document_states_again_where_it_met_a_partner_is_not_unmatched() -> None:
    a = "The armistice was signed on July 27, 1953, at Panmunjom."
    b = "Signed: July 27, 1953 (1953-07-27)\nThe armistice was signed on July 27, 1953."
    report = _two(a, b)
    unmatched = [report.claim(c).text for f in report.findings if f.kind == "unmatched"
                 for c in f.claims]
    assert not [t for t in unmatched if "1953" in t]


@pytest.mark.parametrize(("a", "b", "bar"), [
    ("In the 1998 fire in Ardon, 45 younger than 18 were killed.",
     "In the 1998 fire in Ardon, 52 children were killed.", "18"),
    ("In the 2011 quake in Serin, 40 taller than 12 collapsed.",
     "In the 2011 quake in Serin, 37 buildings collapsed.", "12"),
])
def test_the_figure_after_a_figure_a_comparative_and_than_is_a_bar(a: str, b: str,
                                                                   bar: str) -> None:
    """"45 younger than 18 were killed": 18 is the age the killed were below, no count
    of the killed to set against another account's."""
    assert not find(_two(a, b), "discrepancy", bar)


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("The 2019 Ardon marathon covered a distance of 42 km of city streets.",
     "The 2019 Ardon marathon covered a distance of 40 km from the stadium.", "42 km", "40 km"),
    ("In 1869 the Kessel railway ran 300 miles of track from Ostmark.",
     "In 1869 the Kessel railway ran 250 miles from Ostmark.", "300 miles", "250 miles"),
])
def test_what_a_length_is_of_is_no_place_it_is_counted_from(a: str, b: str, left: str,
                                                            right: str) -> None:
    """"42 km of city streets": the streets are what the length is of, no place it is
    counted from, which would keep it apart from "40 km from the stadium"."""
    assert find(_two(a, b), "discrepancy", left, right)


def test_votes_in_the_electoral_college_are_no_popular_vote() -> None:
    """"180 votes in the Electoral College" counts electors' votes: no account of the
    1,865,908 votes the people cast."""
    report = _two("Lincoln won 180 votes in the Electoral College in 1860.",
                  "Lincoln won the popular vote with 1,865,908 votes in 1860.")
    assert not find(report, "discrepancy", "180", "1,865,908")
    report = _two("Lincoln won 180 votes in the Electoral College in 1860.",
                  "Lincoln won 173 votes in the Electoral College in 1860.")
    assert find(report, "discrepancy", "180", "173")


def test_a_stars_apparent_and_absolute_magnitudes_are_two_readings() -> None:
    """Vega's apparent magnitude (0.03, as seen from the Earth) and its absolute one
    (0.58) are both right: two readings never meet, as a quake's two scales."""
    report = _two("The star Vega has an apparent magnitude of 0.03.",
                  "The star Vega has an absolute magnitude of 0.58.")
    assert not find(report, "discrepancy", "0.03", "0.58")
    report = _two("The star Vega has an apparent magnitude of 0.03.",
                  "The star Vega has an apparent magnitude of 0.5.")
    assert find(report, "discrepancy", "0.03", "0.5")


@pytest.mark.parametrize(("a", "b"), [
    ("The storm made landfall 40 miles east of Miami.",
     "The storm made landfall 60 miles west of Miami."),
    ("The epicentre lay 12 km north-east of the town of Arvo.",
     "The epicentre lay 20 km south of the town of Arvo."),
])
def test_distances_toward_two_points_of_the_compass_are_no_discrepancy(a: str, b: str) -> None:
    assert not find(_two(a, b), "discrepancy")


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("Casualties and losses: 27 killed, 93 wounded.",
     "The English lost forty-one killed and ninety-four wounded altogether.", "93",
     "ninety-four"),
    ("The storm killed 146 people in the province.",
     "Altogether 152 people were killed in the province by the storm.", "146", "152"),
])
def test_an_events_toll_said_in_all_is_still_the_toll(a: str, b: str, left: str,
                                                      right: str) -> None:
    """"ninety-four wounded altogether" sums the wounded of one battle: no total over a
    period set against a count at one moment, as a strength "over the whole war" is."""
    assert find(_two(a, b), "discrepancy", left, right)


def test_a_strength_over_the_whole_war_is_still_no_count_at_a_moment() -> None:
    a = "By June 1950 the army numbered 90,000 men."
    b = "Over the whole war 135,000 men served in the army."
    assert not find(_two(a, b), "discrepancy", "90,000", "135,000")
