"""Values on named ordinal scales ("a maximum Mercalli intensity of XI", "a Category 4
hurricane", "an EF5 tornado", "VEI 6"): read as figures whose unit is the scale, and
compared exactly with values on the same scale only. Texts made up for these tests:
other quakes, storms, tornadoes, eruptions and accidents than the development set's."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.builtin.quantities import scales
from claimcheck.builtin.quantities.find import find_quantities

from .test_frames import check, paired


def scale_values(text: str) -> list[tuple[str, float, float, str, str | None]]:
    return [(text[q.start:q.end], q.low, q.high, q.qualifier, q.unit)
            for q in find_quantities(text) if q.dimension == "scale"]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    # a Roman numeral beside the scale's name, before or after it, or its label
    ("The 1857 Fort Tejon earthquake reached a Mercalli intensity of IX.",
     "Mercalli intensity of IX", 9, 9, "Mercalli intensity"),
    ("Shaking of VII (Very Strong) on the Modified Mercalli scale was felt in Tulare.",
     "VII (Very Strong) on the Modified Mercalli scale", 7, 7, "Mercalli intensity"),
    ("Residents of Dorvel reported shaking at MMI VI.", "MMI VI", 6, 6,
     "Mercalli intensity"),
    # the highest intensity is another figure than the intensity at one town
    ("The quake had a maximum Mercalli intensity of X near the coast.",
     "Mercalli intensity of X", 10, 10, "maximum Mercalli intensity"),
    ("The 1960 quake reached a Mercalli intensity up to XI in some towns.",
     "Mercalli intensity up to XI", 11, 11, "maximum Mercalli intensity"),
    # a range and an alternative
    ("Modified Mercalli intensities of VI to VIII were reported along the valley.",
     "Modified Mercalli intensities of VI to VIII", 6, 8, "Mercalli intensity"),
    # glossed in the scale's own word, in a sentence that names the scale
    ("According to the Mercalli scale, the old port saw IX (Violent) shaking.",
     "IX (Violent)", 9, 9, "Mercalli intensity"),
    # digits, when the scale is named
    ("The tremor registered 5 on the Mercalli scale in Brenna.",
     "5 on the Mercalli scale", 5, 5, "Mercalli intensity"),
    # storms, tornadoes, eruptions, accidents, winds
    ("Hurricane Camille was a Category 5 hurricane.", "Category 5", 5, 5,
     "Saffir-Simpson category"),
    ("Hurricane Hazel came ashore as a Category Four storm near the state line.",
     "Category Four", 4, 4, "Saffir-Simpson category at landfall"),
    ("Typhoon Mirra peaked at Category 5 intensity over open water.", "Category 5", 5, 5,
     "peak Saffir-Simpson category"),
    ("The Tri-State tornado would be rated F5 today.", "F5", 5, 5, "Fujita rating"),
    ("An EF-3 tornado crossed the county after dark.", "EF-3", 3, 3,
     "Enhanced Fujita rating"),
    ("Crater Lake formed in an eruption rated VEI 7.", "VEI 7", 7, 7,
     "volcanic explosivity index"),
    ("The eruption measured 5 on the Volcanic Explosivity Index.",
     "5 on the Volcanic Explosivity Index", 5, 5, "volcanic explosivity index"),
    ("The Kyshtym disaster is rated level 6 on the International Nuclear Event Scale.",
     "level 6", 6, 6, "INES level"),
    ("A force 10 gale drove the fleet onto the rocks.", "force 10", 10, 10,
     "Beaufort force"),
])
def test_a_value_on_a_named_scale_is_a_figure_whose_unit_is_the_scale(
        text: str, span: str, low: float, high: float, unit: str) -> None:
    (found,) = scale_values(text)
    assert (found[0], found[1], found[2], found[4]) == (span, low, high, unit)


def test_two_values_with_or_are_an_alternative_and_with_to_a_range() -> None:
    assert [v[1:4] for v in scale_values(
        "Hurricane Ione made landfall as a Category 3 or 4 hurricane.")] == [
        (3, 4, "either")]
    assert [v[1:4] for v in scale_values(
        "The quake produced MMI VII to IX shaking in the basin.")] == [(7, 9, "between")]


@pytest.mark.parametrize("text", [
    # Roman numerals that are no intensity, even beside a scale's words elsewhere
    "After World War II the Mercalli scale was revised.",
    "Louis XIV never felt an earthquake.",
    "Chapter IX describes the Mercalli scale.",
    "Apollo XI landed in July 1969.",
    "Pope Pius IX visited the town the quake had ruined.",
    # a gloss with no scale named in its sentence
    "The damage was rated IX (Violent) by the survey.",
    # a gloss that is not the numeral's own word on the scale
    "On the Mercalli scale, the town saw VI (Violent) shaking.",
    # common words that are labels only where the sentence says what they rate
    "The mill is a Category 2 listed building.",
    "Force 10 from Navarone opened in 1978.",
    "The F4 key reloads the page.",
    "The 2nd Battalion held level 3 of the bunker.",
    # out of the scale's range
    "The storm was called a Category 6 hurricane by the tabloids.",
    "The tornado was rated EF7 by nobody.",
    "Water rose to level 2 of the reactor building after the nuclear accident.",
    # the scale itself, no value on it
    "The Modified Mercalli scale of I to XII rates what people feel.",
    # thresholds, no value of one thing
    "Hurricanes of Category 3 or higher are called major hurricanes.",
    "The warning covers storms of at least Category 4 strength.",
    # "from ... to" is a change, no range
    "The agency raised the alert for the storm from Category 2 to Category 3 hurricane.",
    "Shaking grew from MMI V to VII along the shore.",
    # the scale named in another sentence of the text only
    "The Mercalli scale was revised in 1931. The damage was rated IX (Violent) by them.",
    "Hurricane Bob hit the coast. The mill is a Category 2 listed building.",
])
def test_no_value_is_read_without_the_scale_said(text: str) -> None:
    assert scale_values(text) == []


def test_a_stage_of_a_storms_course_is_not_read_but_its_landfall_is() -> None:
    """"rapidly intensified to a Category 5 hurricane before weakening to a Category 3 at
    its landfall": the first is a stage held for hours, the second what it struck as."""
    text = ("Hurricane Orla rapidly intensified to a Category 5 hurricane before weakening "
            "to a Category 3 at its landfall on October 2 near Veyport.")
    assert [(v[0], v[4]) for v in scale_values(text)] == [
        ("Category 3", "Saffir-Simpson category at landfall")]
    text = ("Orla made landfall as a Category 2 hurricane in Tamsin on October 1, then "
            "again on October 3 near Veyport as a Category 3 storm.")
    assert [(v[0], v[4]) for v in scale_values(text)] == [
        ("Category 2", "Saffir-Simpson category at landfall"),
        ("Category 3", "Saffir-Simpson category at landfall")]


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # one scale, one quake: a different value is a discrepancy, exactly (VIII and IX are
    # one step apart, no tolerance makes them one)
    ("The 1812 Caracas earthquake reached a maximum Mercalli intensity of IX.",
     "The 1812 Caracas earthquake reached a maximum Mercalli intensity of VIII.",
     "Mercalli intensity of IX", "Mercalli intensity of VIII", ["discrepancy"]),
    # a value and a range: inside is an agreement, outside a discrepancy
    ("The 1886 Charleston earthquake had a maximum Mercalli intensity of X.",
     "The 1886 Charleston earthquake had maximum Mercalli intensities of VIII to IX.",
     "Mercalli intensity of X", "Mercalli intensities of VIII to IX", ["discrepancy"]),
    ("The 1886 Charleston earthquake had a maximum Mercalli intensity of IX.",
     "The 1886 Charleston earthquake had maximum Mercalli intensities of VIII to IX.",
     "Mercalli intensity of IX", "Mercalli intensities of VIII to IX", ["agreement"]),
    # a tornado's rating, an eruption's explosivity
    ("The Bridge Creek tornado of May 3, 1999 was rated F5.",
     "The Bridge Creek tornado of May 3, 1999 was rated F4.", "F5", "F4", ["discrepancy"]),
    ("The 1815 eruption of Mount Tambora was rated VEI 7.",
     "The 1815 eruption of Mount Tambora was rated VEI-7.", "VEI 7", "VEI-7",
     ["agreement"]),
    # the highest intensity against the intensity at one place: two figures
    ("The 1755 Lisbon earthquake had a maximum Mercalli intensity of XI.",
     "The 1755 Lisbon earthquake was felt at Mercalli intensity VIII.",
     "Mercalli intensity of XI", "Mercalli intensity VIII", []),
    # two scales: never compared (an old F rating and a new EF one)
    ("The Greensburg tornado of May 4, 2007 was rated EF5.",
     "The Greensburg tornado of May 4, 2007 was rated F4.", "EF5", "F4", []),
])
def test_values_meet_only_values_on_the_same_scale(a: str, b: str, left: str, right: str,
                                                   found: list[str]) -> None:
    assert paired(check(a, b), left, right) == found


def test_values_on_two_scales_or_read_two_ways_give_no_finding() -> None:
    """The comparator itself keeps two scales apart, whatever brought them together."""
    ef, f = (next(c for c in claimcheck.claims(text) if c.text == figure) for text, figure in (
        ("The Elm Hollow tornado of 2009 was rated EF4.", "EF4"),
        ("The Elm Hollow tornado of 2009 was rated F4.", "F4")))
    assert scales.compare_claims(ef, f) is None
    assert scales.compare_claims(ef, ef) is not None


def test_a_value_on_a_scale_is_never_a_count() -> None:
    """"a Category 4 storm" and "4 dead": the same number, nothing in common."""
    report = check("Hurricane Dell, a Category 4 hurricane, left 4 dead in Bayport.",
                   "Hurricane Dell, a Category 4 hurricane, left 4 dead in Bayport.")
    assert paired(report, "Category 4", "4") == []
    assert paired(report, "Category 4", "Category 4") == ["agreement"]


def test_landfalls_compare_only_when_both_are_dated_and_on_one_day() -> None:
    """A storm may make landfall more than once: undated landfalls, or landfalls on two
    days, need not be one."""
    dated = check("Hurricane Rook made landfall on August 9 as a Category 3 hurricane.",
                  "Hurricane Rook made landfall on August 9 as a Category 2 hurricane.")
    assert paired(dated, "Category 3", "Category 2") == ["discrepancy"]
    undated = check("Hurricane Rook made landfall as a Category 3 hurricane.",
                    "Hurricane Rook made landfall as a Category 2 hurricane.")
    assert paired(undated, "Category 3", "Category 2") == []
    apart = check("Hurricane Rook made landfall on August 9 as a Category 3 hurricane.",
                  "Hurricane Rook made landfall on August 11 as a Category 2 hurricane.")
    assert paired(apart, "Category 3", "Category 2") == []


def test_the_frame_names_the_scale_and_the_finding_writes_its_values() -> None:
    (claim,) = [c for c in claimcheck.claims(
        "The 1838 quake reached a maximum Mercalli intensity of VIII.")
        if c.text == "Mercalli intensity of VIII"]
    assert claim.frame is not None
    assert claim.frame.measure == "scale.maximum_Mercalli_intensity"
    report = check("The 1812 Caracas earthquake reached a maximum Mercalli intensity of IX.",
                   "The 1812 Caracas earthquake reached a maximum Mercalli intensity of "
                   "VIII.")
    (found,) = [f for f in report.findings if f.kind == "discrepancy"]
    assert found.summary.startswith(
        "maximum Mercalli intensity IX against maximum Mercalli intensity VIII")


def test_gusts_and_sustained_winds_are_two_measures() -> None:
    """"gusts of 160 mph" and "sustained winds of 130 mph": one storm's two speeds."""
    report = check("Hurricane Lane hit Tarvo with gusts of 160 mph on May 2, 1990.",
                   "Hurricane Lane hit Tarvo with sustained winds of 130 mph on May 2, 1990.")
    assert paired(report, "160 mph", "130 mph") == []
    report = check("Hurricane Lane hit Tarvo with gusts of 160 mph on May 2, 1990.",
                   "Hurricane Lane hit Tarvo with gusts of 140 mph on May 2, 1990.")
    assert paired(report, "160 mph", "140 mph") == ["discrepancy"]


def test_a_figure_in_its_clause_subject_names_nothing_the_clause_is_about() -> None:
    """"The highest Modified Mercalli Intensities of VII to IX paralleled the fault": the
    capitalised words of the scale are the figure's own, no name of another quake."""
    report = check(
        "The 1868 Hayward earthquake had a maximum Mercalli intensity of X (Extreme).",
        # (the other account names the quake too: a subject it never named would keep the
        # two apart, test_frames' test_a_subject_the_other_document_never_names_...)
        "The Hayward earthquake struck in 1868. The highest Modified Mercalli Intensities "
        "(MMI's) of VII to IX ran along the fault.")
    assert paired(report, "Mercalli intensity of X",
                  "Modified Mercalli Intensities (MMI's) of VII to IX") == ["discrepancy"]


def test_a_storms_peak_wind_is_no_wind_at_one_moment() -> None:
    """"maximum sustained winds of 170 mph" over the sea against "sustained winds of 140
    mph" at landfall: one storm, two figures."""
    report = check(
        "Hurricane Lane had maximum sustained winds of 170 mph.",
        "Hurricane Lane made landfall on May 2 with sustained winds of 140 mph.")
    assert "discrepancy" not in paired(report, "170 mph", "140 mph")
    report = check("Hurricane Lane had maximum sustained winds of 170 mph on May 1.",
                   "Hurricane Lane had maximum sustained winds of 150 mph on May 1.")
    assert paired(report, "170 mph", "150 mph") == ["discrepancy"]
