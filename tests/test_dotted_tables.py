"""Tables printed with a full stop after each column's name ("Season. Club. Played. Won.")
over single-spaced rows: the header's cells say where each name ends, so the rows may open
with a date and a name, or an ordinal, and hold dashes for empty cells. Texts made up for
these tests (sports, companies, elections)."""

from __future__ import annotations

import pytest

from claimcheck.builtin.segmenter.segment import segment_text

from .test_frames import check, frame_of, paired
from .test_tables import assert_exact, grid, only_table

_LEAGUE = ("Season. Club. Played. Won. Lost. Points.\n"
           "1998-99. Rovers 38 20 9 69\n"
           "1999-2000. Wanderers 38 24 6 78\n"
           "Sept. 2001. Athletic2 38 17 12 60\n")

_DISTRICTS = ("Results by district\n"
              " Votes Cast. Rejected. Spoiled or Blank. Turnout.\n"
              "Head Office ---- 4 ---- 4\n"
              "1st District 5,930 209 222 6,361\n"
              "2nd District 4,105 118 97 4,320\n")


def test_a_dotted_header_splits_each_rows_opening_into_a_date_and_a_name() -> None:
    seg, table = only_table(_LEAGUE)
    assert table.columns == "measures"
    head, rows = grid(_LEAGUE, table)
    assert head == ["Club", "Played", "Won", "Lost", "Points"]
    assert rows[0] == ["Rovers", "38", "20", "9", "69"]
    assert rows[1] == ["Wanderers", "38", "24", "6", "78"]
    # a footnote marker glued to the name is no part of it
    assert rows[2] == ["Athletic", "38", "17", "12", "60"]
    assert_exact(_LEAGUE, seg)


def test_a_dotted_header_over_ordinals_and_empty_cells() -> None:
    seg, table = only_table(_DISTRICTS)
    head, rows = grid(_DISTRICTS, table)
    assert head == ["", "Votes Cast", "Rejected", "Spoiled or Blank", "Turnout"]
    assert rows[0] == ["Head Office", "----", "4", "----", "4"]
    assert rows[1] == ["1st District", "5,930", "209", "222", "6,361"]
    assert_exact(_DISTRICTS, seg)


def test_each_figure_of_a_dotted_table_takes_its_column_and_its_row() -> None:
    votes = frame_of(_DISTRICTS, "4,105")
    assert (votes.measure, votes.subject_key) == ("votes", "2nd district")
    assert frame_of(_DISTRICTS, "5,930").subject_key == "1st district"


_RESULTS = ("Year. Division. Revenue. Staff.\n"
            "2021. Northern Mills 4,210 310\n"
            "2021. Harbour Freight 3,905 290\n")


def test_a_dotted_tables_figure_meets_a_sentence_on_its_row_and_column() -> None:
    revenue = frame_of(_RESULTS, "3,905")
    assert (revenue.measure, revenue.subject_key) == ("revenue", "harbour freight")
    report = check(_RESULTS, "Harbour Freight reported revenue of 3,990 for the year.")
    assert paired(report, "3,905", "3,990") == ["discrepancy"]
    report = check(_RESULTS, "Northern Mills reported revenue of 3,990 for the year.")
    assert not paired(report, "3,905", "3,990")


@pytest.mark.parametrize("text", [
    # the rows' openings have no full stop to split at: no sure name
    "Season. Club. Played. Won.\nRovers 38 20\nWanderers 38 24\n",
    # more cells in the header than the rows can fill, or fewer
    "Played. Won. Lost. Drawn. Points. Goals. Conceded.\nRovers 38 20\nWanderers 38 24\n",
    "Played.\nRovers 38 20\nWanderers 38 24\n",
    # short sentences, not column names
    "It rained. We left.\nRovers 38 20\nWanderers 38 24\n",
])
def test_not_a_dotted_table(text: str) -> None:
    assert not [t for t in segment_text(text).tables if t.columns == "measures"]
