"""An infobox copied as text numbers its columns by ordinals ("First party Second party
Third party", then "Fourth party Fifth party Sixth party" over a second block of the same
labels): the second block's first column is the fourth, never the first block's first.
Made-up boxes; the case came from real pages (bench/realpairs: the UK elections of 1906
and 1918)."""

from __future__ import annotations

import claimcheck
from claimcheck import Document

TWO_BLOCKS = """Results of the general election

  First party Second party Third party
Leader Ann Ames Bo Berg Cy Cole
Seats won 379 127 73
Popular vote 4,003,848 1,396,590 476,458

  Fourth party Fifth party Sixth party
Leader Di Dunn Ed Eng Flo Fay
Seats won 57 36 7
Popular vote 2,171,230 1,355,398 226,498
"""


def subjects(text: str) -> dict[str, str | None]:
    return {c.text: c.frame.subject for c in claimcheck.claims(text)
            if c.kind == "quantity" and c.frame is not None}


def test_the_second_block_goes_on_numbering_the_columns() -> None:
    found = subjects(TWO_BLOCKS)
    assert found["379"] == "column 1" and found["73"] == "column 3"
    assert found["57"] == "column 4" and found["7"] == "column 6"
    assert found["226,498"] == "column 6"


def test_a_block_with_no_ordinal_line_keeps_its_own_numbers() -> None:
    found = subjects("Candidate Lee Ray\nVotes 1,204 998\n\nSeats 12 9\n")
    assert found["1,204"] == "column 1" and found["998"] == "column 2"


def test_ordinals_out_of_order_or_of_two_nouns_number_nothing() -> None:
    found = subjects("  Fourth party Sixth party\nSeats won 57 36\n")
    assert found["57"] == "column 1"
    found = subjects("  Fourth party Fifth team\nSeats won 57 36\n")
    assert found["57"] == "column 1"


def test_a_second_blocks_figure_meets_no_first_column_of_another_box() -> None:
    other = """Results in one nation

  First party Second party Third party
Seats won 73 25 22
"""
    report = claimcheck.check(Document("a", TWO_BLOCKS), Document("b", other))
    pairs = [{report.claim(c).text for c in f.claims} for f in report.findings
             if f.kind in ("agreement", "discrepancy")]
    assert {"57", "73"} not in pairs  # the fourth party's seats against the first's
