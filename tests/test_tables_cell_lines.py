"""A table copied from a page one cell a line, each cell closed by "|": read as rows once
its number of columns is found, its row's names saying whose each figure is; and the
figures of a list whose verb is said once ("A received 10; B, 8") each get the list's
measure and their own name."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document
from claimcheck.builtin.segmenter.segment import segment_text

RESULTS = """Results of the 1912 election
Party |
Candidate |
Electoral votes |
Popular vote |
Democratic |
Woodrow Wilson |
435 |
6,296,284 |
Progressive |
Theodore Roosevelt |
88 |
4,122,721 |
Republican |
William Taft |
8 |
3,486,242 |
"""

SALES = """Regional sales
Region |
Manager |
Stores |
Revenue |
North |
Ann Lee |
41 |
$12.5 million |
South |
Raj Patel |
37 |
$10.1 million |
"""


@pytest.mark.parametrize(("text", "width", "rows"), [(RESULTS, 4, 3), (SALES, 4, 2)])
def test_a_table_one_cell_a_line_is_read_as_rows(text: str, width: int, rows: int) -> None:
    (table,) = segment_text(text).tables
    assert len(table.header) == width and len(table.rows) == rows
    assert all(len(row) == width for row in table.rows)
    assert text[slice(*table.header[0])] in ("Party", "Region")


def test_lines_of_one_cell_without_a_period_are_no_table() -> None:
    # figures in different columns from row to row: no number of columns fits
    text = "Notes |\nAlso |\nSee 12 |\nthe end |\nmore |\n14 |\nthen |\nso |\nend |\n7 |\n"
    assert not segment_text(text).tables


def test_each_figure_of_such_a_table_is_its_rows_and_its_columns() -> None:
    claims = {c.text: c for c in claimcheck.claims(RESULTS) if c.kind == "quantity"}
    wilson = claims["6,296,284"].frame
    assert wilson.measure == "votes.popular"
    assert "wilson" in (wilson.subject_key or "")
    assert claims["435"].frame.measure == "votes.electoral"


def test_a_list_whose_verb_is_said_once() -> None:
    text = ("Of the popular vote, Wilson received 6,296,284; Roosevelt, 4,122,721; Taft, "
            "3,486,242.")
    frames = {c.text: c.frame for c in claimcheck.claims(text) if c.kind == "quantity"}
    assert frames["4,122,721"].measure == "votes.popular"
    assert frames["4,122,721"].subject_key == "roosevelt"
    assert frames["3,486,242"].subject_key == "taft"


def test_a_sentence_and_such_a_table_meet() -> None:
    a = Document("a", "Of the popular vote, Wilson received 6,296,284; Roosevelt, 4,122,721; "
                      "Taft, 3,486,242.")
    b = Document("b", RESULTS.replace("3,486,242", "3,484,980"))
    report = claimcheck.check(a, b)
    found = {(f.kind, frozenset(report.claim(c).text for c in f.claims))
             for f in report.findings if f.kind in ("agreement", "discrepancy")}
    assert ("agreement", frozenset({"6,296,284"})) in found
    assert ("discrepancy", frozenset({"3,486,242", "3,484,980"})) in found


@pytest.mark.parametrize("text", ["An Airbus A330-200 took off.", "The MiG21-93 landed."])
def test_a_models_variant_is_no_figure(text: str) -> None:
    assert [c for c in claimcheck.claims(text) if c.kind == "quantity"] == []


def test_a_list_whose_first_figure_keeps_its_noun() -> None:
    # "48,210 votes; Jones, 45,980": the first figure says its noun, the others do not
    text = "Smith received 48,210 votes; Jones, 45,980; Brown, 3,100."
    frames = {c.text: c.frame for c in claimcheck.claims(text) if c.kind == "quantity"}
    assert frames["45,980"].measure == "votes"
    assert "jone" in (frames["45,980"].subject_key or "")
    assert "brown" in (frames["3,100"].subject_key or "")


@pytest.mark.parametrize(
    "text",
    ["Hurricane Ida killed 12; Smith, 40, was among them.",
     "Hurricane Ida killed 12 people; Smith, 40, was among them.",
     "Acme cut 300 jobs; Jones, 52, a manager, was among them."],
)
def test_an_age_in_apposition_is_no_item_of_a_list(text: str) -> None:
    # a name, a comma and a figure whose clause goes on ("Smith, 40, was"): an age
    (claim,) = [c for c in claimcheck.claims(text) if c.text in ("40", "52")]
    assert claim.frame.measure is None and claim.frame.subject_key is None
