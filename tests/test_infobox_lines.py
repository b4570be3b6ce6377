"""Infobox lines copied as plain text: a key one space before its value ("Casualties 158
fatalities (+4 indirect), 1,150 injuries"), a glued key under a long infobox line, and the
measure a key's figure takes when its own words name a kind of the key's measure. Texts
made up for these tests (epidemics, storms, elections, sports)."""

from __future__ import annotations

import pytest

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
