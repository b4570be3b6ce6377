"""Infobox lines copied as plain text: a key one space before its value ("Casualties 158
fatalities (+4 indirect), 1,150 injuries"), a glued key under a long infobox line, and the
measure a key's figure takes when its own words name a kind of the key's measure. Texts
made up for these tests (epidemics, storms, elections, sports)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.builtin.segmenter.segment import segment_text

from .test_frames import check, frame_of, paired
from .test_tables import labels

_STORM = ("Cyclone Mara\n"
          "Formed March 3, 2019\n"
          "Casualties 41 fatalities (+6 indirect), 2,310 injuries[2][3]\n"
          "Damages $1.4 billion (2019 USD)\n"
          "Areas affected Northern coast and the delta islands\n")


def test_a_key_one_space_before_its_value_among_infobox_lines() -> None:
    assert labels(_STORM) == [
        ("Formed", "March 3, 2019"),
        ("Casualties", "41 fatalities (+6 indirect), 2,310 injuries[2][3]"),
        ("Damages", "$1.4 billion (2019 USD)"),
    ]


def test_a_spaced_key_line_one_line_away_from_another() -> None:
    text = ("Outbreak of measles\n"
            "Confirmed cases 1,204 (by June)\n"
            "  • mostly in the capital\n"
            "Deaths 17\n")
    assert labels(text) == [("Confirmed cases", "1,204 (by June)"), ("Deaths", "17")]


@pytest.mark.parametrize("text", [
    # alone, a key and a figure one space apart may be a title or a name's number
    "Season review\nLeague 2 promotion race\n\nThe club finished well.\n",
    "Results\nApollo 13\n",
    # a sentence's opening word, or a preposition closing the key, is no key
    "In 1950 troops crossed\nBy 2020 sales doubled\n",
    "Across Europe 3,000 fled\nAcross Asia 5,000 fled\n",
    "Sales in 2020 rose\nProfits in 2021 fell\n",
    # figures side by side are a row of a table whose columns were lost
    "Swing 12.20pp 9.24pp\nSeats 60 seats 87 seats\n",
    # a number's name ("Flight 447", "Chapter 3")
    "Flight 447\nRoute 66\n",
])
def test_not_spaced_labels(text: str) -> None:
    assert labels(text) == []


def test_a_glued_key_under_a_long_infobox_line_is_a_label() -> None:
    """"Date16 Nov 2002 – 19 May 2004 1 year, 6 months and 3 days" is too long a value to
    read as a label, but it is no sentence broken off above the next line either."""
    text = ("Outbreak of influenza\n"
            "Date16 Nov 2017 – 19 May 2019 1 year, 6 months and 3 days\n"
            "Confirmed cases8,412\n")
    assert ("Confirmed cases", "8,412") in labels(text)
    # a line of prose broken off above it still keeps it from being a label
    prose = ("The outbreak was declared over after the last patients went home from the\n"
             "Confirmed cases8,412\n")
    assert ("Confirmed cases", "8,412") not in labels(prose)


def test_a_keys_figure_takes_the_kind_its_own_noun_names() -> None:
    """"Casualties 41 fatalities ..., 2,310 injuries": the key says casualties, each
    figure's noun which kind; the bracket's figure adds to the figure before it."""
    assert frame_of(_STORM, "41").measure == "casualties.killed"
    assert frame_of(_STORM, "2,310").measure == "casualties.wounded"
    assert frame_of(_STORM, "6").measure == "casualties.killed"


def test_a_keys_figure_with_a_noun_of_another_measure_keeps_the_keys() -> None:
    """"Deaths 17 (3 evacuees)": three of the dead were evacuees, a noun of another
    measure, which is no kind of the key's."""
    text = "Storm Ilse\nFormed May 2, 2020\nDeaths 17 (3 evacuees)\nInjuries 40\n"
    assert frame_of(text, "3").measure == "casualties.killed"


def test_indirect_deaths_in_two_infoboxes_meet() -> None:
    other = ("Cyclone Mara\n"
             "Fatalities41 direct (+9 indirect)\n"
             "Injuries2,310\n")
    report = check(_STORM, other)
    assert paired(report, "6", "9") == ["discrepancy"]
    assert paired(report, "41", "41") == ["agreement"]
    assert not paired(report, "6", "41")


def test_spaced_labels_are_sentences_of_their_own() -> None:
    seg = segment_text(_STORM)
    said = [_STORM[s.start:s.end] for s in seg.sentences]
    assert "Damages $1.4 billion (2019 USD)" in said


def test_a_long_infobox_line_above_a_run_of_spaced_keys() -> None:
    """"Cause Struck a rock while leaving the harbour at night" reads like a sentence
    broken off, but a label line follows the spaced key under it: an infobox."""
    text = ("Sinking of the Mirela\n"
            "Cause Struck a rock while leaving the harbour at night\n"
            "Participants 1,310 (1,012 passengers; 298 crew)\n"
            "Deaths 33\n")
    assert labels(text) == [("Participants", "1,310 (1,012 passengers; 298 crew)"),
                            ("Deaths", "33")]


# -- a label on a line of its own, its cells on the lines under it --------------------------

_COMPANY = ("Acme Corporation\n"
            "Type Public\n"
            "Founders\n"
            "Jane Roe John Doe\n"
            "Revenue\n"
            "US$4.2 billion (2019)\n"
            "Employees\n"
            "12,500 (2019)\n")


def test_a_label_line_says_what_the_value_under_it_measures() -> None:
    """"Revenue" over "US$4.2 billion (2019)": the label is what is measured, and the
    founders' names two lines up say nothing of whose figure it is."""
    frame = frame_of(_COMPANY, "US$4.2 billion")
    assert (frame.measure, frame.measure_text, frame.source) == ("revenue", "Revenue", "row")
    assert frame.subject == "column 1" and frame.subject_key is None
    assert frame_of(_COMPANY, "12,500").measure == "employment"
    other = _COMPANY.replace("US$4.2 billion", "US$4.6 billion")
    report = check(_COMPANY, other)
    assert paired(report, "US$4.2 billion", "US$4.6 billion") == ["discrepancy"]
    assert paired(report, "12,500", "12,500") == ["agreement"]


def test_a_disasters_deaths_under_their_label() -> None:
    a = "Great Delta Flood\nCommanders\nMayor Hal Stone\nDeaths\n1,234\nMissing\n56\n"
    b = a.replace("1,234", "1,534")
    assert frame_of(a, "1,234").measure == "casualties.killed"
    assert frame_of(a, "1,234").subject_key is None
    report = check(a, b)
    assert paired(report, "1,234", "1,534") == ["discrepancy"]
    assert not paired(report, "1,234", "56")


def test_one_cell_a_line_all_alike_are_the_columns_in_order() -> None:
    """An election's infobox: "Popular vote" over one candidate's votes a line; the
    other copy puts them on the label's line, as a row."""
    stacked = ("2031 Northland presidential election\nCandidate\nAnna Berg Tomas Lind\n"
               "Popular vote\n1,204,118\n998,765\n")
    row = ("2031 Northland presidential election\nCandidate Anna Berg Tomas Lind\n"
           "Popular vote 1,204,118 1,002,765\n")
    assert frame_of(stacked, "998,765").subject == "column 2"
    report = check(stacked, row)
    assert paired(report, "1,204,118", "1,204,118") == ["agreement"]
    assert paired(report, "998,765", "1,002,765") == ["discrepancy"]
    assert not paired(report, "998,765", "1,204,118")


def test_two_cells_on_one_line_and_a_cell_whose_layout_comes_again() -> None:
    """"3,400" / "12 guns" / "2,500" / "8 guns": the first cell's layout comes again
    where the second column opens; "3,100-3,400[1] 2,000-2,200[1]": two cells on one line,
    parted by a reference mark."""
    lines = ("Siege of Korvan\nCommanders and leaders\nOtto Brem Ilse Varga\n"
             "Strength\n3,400\n12 guns\n2,500\n8 guns\n")
    one_line = ("Siege of Korvan\nCommanders and leaders\nOtto Brem Ilse Varga\n"
                "Strength\n3,100-3,400[1] 2,000-2,200[1]\n")
    assert [frame_of(lines, f).subject for f in ("3,400", "12", "2,500", "8")] == [
        "column 1", "column 1", "column 2", "column 2"]
    assert frame_of(lines, "12").measure != frame_of(lines, "3,400").measure  # guns
    assert frame_of(one_line, "2,000-2,200").subject == "column 2"
    report = check(lines, one_line)
    assert paired(report, "3,400", "3,100-3,400") == ["agreement"]
    assert paired(report, "2,500", "2,000-2,200") == ["discrepancy"]
    assert not paired(report, "3,400", "2,000-2,200")
    assert not paired(report, "2,500", "3,100-3,400")


def test_a_column_is_not_guessed_where_the_layout_does_not_tell() -> None:
    """"40 killed" / "120 wounded" / "300 killed or wounded": the first cell is the first
    column's; whether the next lines are still its cells or the next column's, nothing
    says. A name set over them ("Rebels:") says whose they are."""
    text = "Siege of Korvan\nCasualties and losses\n40 killed\n120 wounded\n300 killed or wounded\n"
    assert frame_of(text, "40").subject == "column 1"
    assert frame_of(text, "120").subject is None
    assert frame_of(text, "300").subject is None
    named = text.replace("300 killed", "Rebels:\n300 killed")
    assert frame_of(named, "300").subject == "Rebels"
    assert frame_of(named, "300").measure_text == "Casualties and losses killed wounded"


def test_a_dated_sub_label_keeps_its_days_figures_apart() -> None:
    """"Strength" over "1 May:" / "9,000" / "1 June:" / "12,000": each figure holds on its
    own day; another copy's figure for 1 June is no figure for 1 May."""
    a = "Battle of Oran\nCommanders\nGen. Ruiz\nStrength\n1 May:\n9,000\n1 June:\n12,000\n"
    b = "Battle of Oran\nCommanders\nGen. Ruiz\nStrength\n1 June:\n12,500\n"
    assert frame_of(a, "9,000").measure_text == "Strength 1 May"
    assert "discrepancy" not in paired(check(a, b), "9,000", "12,500")


def test_an_infoboxs_markup_run_together_on_one_line() -> None:
    text = ("{{Infobox military conflict | strength1 = 3,400 12 guns | strength2 = 2,500 "
            "| casualties1 = 40 killed 120 wounded | casualties2 = 300 killed }}\n")
    assert frame_of(text, "2,500").subject == "column 2"
    assert frame_of(text, "12").subject == "column 1"
    assert frame_of(text, "120").measure == "casualties.wounded"
    assert frame_of(text, "300").subject == "column 2"


@pytest.mark.parametrize("text", [
    # a heading over a sentence: prose, no cell
    "Deaths\nAbout 1,234 people died in the flood that spring, most of them downstream.\n",
    # a label that names no measure
    "Background\n1,234 homes\n",
])
def test_prose_and_other_headings_are_no_stacked_cells(text: str) -> None:
    assert frame_of(text, "1,234").source == "sentence"
    # (while a measure's label over a line of figures is)
    assert frame_of("Deaths\n1,234 (est.)\n", "1,234").source == "row"


def test_the_lines_above_a_label_name_nobody_in_a_column_of_two_infoboxes() -> None:
    """The lines above "Strength" ("Result Decisive Varga victory") run into one clause
    with the cell under it; two copies' cells of one column are one figure whatever
    names those lines hold."""
    a = ("Siege of Korvan\nLocation Near Korvan, Tessaly\nResult Decisive Varga victory\n"
         "Strength\nBelieved to be 3,400 (probably 3,000 - 3,600 regulars) 2,500 militia\n")
    b = ("Siege of Korvan\nLocation Korvan\nResult Varga victory\nStrength\n"
         "~3,000–3,600 ~2,500\nCasualties and losses\n40 killed\n")
    report = check(a, b)
    assert paired(report, "3,000 - 3,600", "3,000–3,600") == ["agreement"]
    assert paired(report, "2,500", "2,500") == ["agreement"]


def test_a_key_with_its_columns_number_on_the_line_of_its_value() -> None:
    """"- Strength1: 3,100–3,400 regulars" / "- Strength2: 2,500 militia": the key names
    what is measured, its number the column, as "strength1 = ..." in the markup does."""
    keyed = "Siege of Korvan\n- Strength1: 3,100–3,400 regulars\n- Strength2: 2,500 militia\n"
    stacked = "Siege of Korvan\nStrength\n3,100–3,400 regulars[1] 2,000 militia[1]\n"
    assert frame_of(keyed, "2,500").subject == "column 2"
    assert frame_of(keyed, "2,500").measure_text == "Strength militia"
    report = check(keyed, stacked)
    assert paired(report, "3,100–3,400", "3,100–3,400") == ["agreement"]
    assert paired(report, "2,500", "2,000") == ["discrepancy"]
    assert not paired(report, "2,500", "3,100–3,400")


def test_a_weak_noun_in_a_cell_of_several_figures_stays_weak() -> None:
    """"Strength1: 34 warships, 190 ships, 15,000 men": the men are the label's strength,
    but named by a weak word only, as in prose: whose they are the cell does not say."""
    text = "Battle of Korvan Bay\n- Strength1: 34 warships, 190 ships, 15,000 men\n"
    assert frame_of(text, "15,000").measure == "strength"
    assert frame_of(text, "15,000").measure_weak
    assert not frame_of("Battle of Korvan Bay\nStrength\n15,000\n", "15,000").measure_weak


def test_a_stacked_block_ends_at_a_key_with_its_value_and_takes_no_headline() -> None:
    """"Damage $2.8 billion (2011 USD)" under the cells of "Highest winds" is a key of its
    own: the line under it is none of the winds'. A headline in capitals ("MILL MEN
    OUT") is no label; a list's items ("• $180.2 million (2023)") are one cell's."""
    storm = ("Tornado of Varn\nHighest winds\n  • > 200 mph (320 km/h)\n"
             "Damage $2.8 billion (2011 USD)\n$2.95 billion (2016 USD)\n")
    assert frame_of(storm, "200 mph").measure_text == "Highest winds"
    assert frame_of(storm, "$2.95 billion").measure_text != "Highest winds"
    headline = "MILL MEN OUT\nNearly 4,000 Throw Down Their Tools\n"
    assert frame_of(headline, "4,000").source == "sentence"
    listed = "Acme Foundation\nRevenue\n  • $180.2 million (2023)\n  • $154.7 million (2022)\n"
    assert frame_of(listed, "$180.2 million").subject == "column 1"
    assert frame_of(listed, "$154.7 million").subject is None


_HARROW_A = ("Operation Harrow\nPart of the Varnian crises\nDate 12 March 1961\nBelligerents\n"
             "Varnia Osterland\nCommanders and leaders\nGen. Ivo Kask Adm. Rolf Berg\n"
             "Strength\n9,400 police, militia, & army +21,000\nCasualties and losses\n"
             "310 killed 23 killed\n")
_HARROW_B = ("Operation Harrow (1961)\nVarnian crises\nMarch 12, 1961 – March 30, 1961\n"
             "Varnia Osterland\nIvo Kask\nRolf Berg\nStrength\n12,000 21,000\nCasualties\n"
             "205 killed 23 killed\n")


def test_two_cells_of_one_layout_side_by_side_are_two_columns() -> None:
    # "310 killed 23 killed": each side's dead, the second cell opening after a word
    report = check(_HARROW_A, _HARROW_B)
    columns = {(c.doc, c.text): c.frame.subject for c in report.claims
               if c.frame is not None and c.text in ("310", "23", "205")}
    assert columns == {("a", "310"): "column 1", ("a", "23"): "column 2",
                       ("b", "205"): "column 1", ("b", "23"): "column 2"}
    assert paired(report, "23", "23") == ["agreement"]
    assert paired(report, "310", "205") == ["discrepancy"]
    assert "discrepancy" not in paired(report, "23", "205")


def test_one_column_under_labels_one_within_the_other_is_one_measure() -> None:
    # "Strength" over both, the first side's cell worded at length in one copy only
    report = check(_HARROW_A, _HARROW_B)
    assert paired(report, "9,400", "12,000") == ["discrepancy"]
    assert paired(report, "21,000", "21,000") == ["agreement"]


@pytest.mark.parametrize("b", [
    "Hurricane Vell\nLowest pressure 936 mbar (hPa; 27.65 inHg)\nFatalities 800",
    "Hurricane Vell\nLowest pressure 936 mbar (hPa); 27.65 inHg\nFatalities 800",
])
def test_a_value_restated_after_a_semicolon_is_told_once(b: str) -> None:
    # the line gives one pressure in two units: two roundings of one conversion differ
    report = check("Hurricane Vell\nLowest pressure 936 mbar (hPa); 27.64 inHg\nFatalities 800",
                   b)
    assert paired(report, "936 mbar", "936 mbar") == ["agreement"]
    assert "discrepancy" not in paired(report, "27.64 inHg", "27.65 inHg")


def test_figures_of_two_kinds_after_a_semicolon_stay_two() -> None:
    report = check("Killed 300; wounded 400", "Killed 310; wounded 400")
    assert paired(report, "300", "310") == ["discrepancy"]


def test_a_value_restated_in_its_units_bracket_mid_sentence_is_told_once() -> None:
    # "900 mbar (hPa; 26.58 inHg), estimated ...": the bracket shuts, the sentence goes on
    report = check("Hurricane Vell made landfall with a pressure of 900 mbar (hPa; 26.58 inHg), "
                   "estimated sustained winds of 175 mph and a surge of 24 feet.",
                   "Offshore, the central pressure was measured at 26.61 inches of mercury.")
    assert "discrepancy" not in paired(report, "26.58 inHg", "26.61 inches of mercury")


def test_a_figure_at_one_moment_of_an_event_is_no_figure_for_all_of_it() -> None:
    # "945 hPa at landfall" is the storm's pressure then, not its lowest
    report = check("Hurricane Vell\nLowest pressure: 945 hPa at landfall\nFatalities: 80",
                   "Hurricane Vell\nLowest pressure: 966 hPa\nFatalities: 80")
    assert "discrepancy" not in paired(report, "945 hPa", "966 hPa")
    both = check("Hurricane Vell\nLowest pressure: 945 hPa at landfall",
                 "Hurricane Vell\nLowest pressure: 951 hPa at landfall")
    assert paired(both, "945 hPa", "951 hPa") == ["discrepancy"]


@pytest.mark.parametrize("moment", ["at the scene", "at the crash scene", "at the crash site"])
def test_a_toll_at_the_scene_is_part_of_the_whole_toll(moment: str) -> None:
    # those who died at the scene, before the injured who died in hospital
    report = check("Three of the 180 passengers were killed in the crash of the airliner.",
                   f"Two passengers died {moment} when the airliner crashed.")
    assert "discrepancy" not in paired(report, "Three", "Two")
    both = check(f"Two passengers died {moment} when the airliner crashed.",
                 f"Four passengers died {moment} when the airliner crashed.")
    assert paired(both, "Two", "Four") == ["discrepancy"]


@pytest.mark.parametrize(("text", "figure"), [
    ("Location Bay of Campeche\nVolume3 million barrels (130,000,000 U.S. gallons)\n"
     "Area 2,800 km2", "3 million barrels"),
    ("Budget4 billion dollars\nRevenue 2,100 million", "4 billion dollars"),
])
def test_a_row_glued_to_its_label_reads_a_scale_word_after_its_number(text: str,
                                                                      figure: str) -> None:
    assert figure in [c.text for c in claimcheck.claims(text)]


def test_a_models_letter_after_its_number_names_no_one() -> None:
    text = ("The well was drilled by the rig Sedco 135-F in the bay, about 100 km (62 mi) "
            "northwest of the port.")
    (claim,) = [c for c in claimcheck.claims(text) if c.text == "100 km"]
    assert claim.frame.subject != "F"
