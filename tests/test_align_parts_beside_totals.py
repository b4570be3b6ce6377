"""A figure its document sets inside a total stated beside it ("Deaths: 173 (including 8
missing)", "killed 96, including 14 children") is a part of that total: against a figure
another document gives on its own it is no discrepancy. And a list of parts is a tight
one: a figure ten words on, in another phrase, is no part of the total. Made-up texts
across fields; the cases came from real pages (bench/realpairs: the Tianjin explosions,
the Banqiao dam)."""

from __future__ import annotations

from pathlib import Path

import claimcheck
from claimcheck import Document

from .conftest import kinds


def test_a_part_set_inside_a_total_is_no_account_of_a_whole() -> None:
    folder = Path(__file__).resolve().parent.parent / "bench" / "realpairs" \
        / "tianjin-explosions-2015"
    report = claimcheck.check(*(Document(stem, (folder / f"{stem}.txt").read_text(
        encoding="utf-8")) for stem in ("a", "b", "c")))
    # "Deaths 173 (including 8 missing, presumed dead)" against "At least thirteen
    # people have been killed" on the first morning
    assert "discrepancy" not in kinds(report, "thirteen", "8")


def test_two_parts_still_differ() -> None:
    report = claimcheck.check(
        Document("a", "The fire killed 96 people, including 14 children."),
        Document("b", "The fire killed 96 people, including 17 children."))
    assert "discrepancy" in kinds(report, "14", "17")


def test_a_figure_in_another_phrase_is_no_part() -> None:
    text = ("The flood affected a population of 10.15 million, including around 30 cities "
            "and counties, with estimates of the death toll ranging from 26,000 to "
            "240,000.")
    parts = {c.text: dict(c.extra).get("part_of") for c in claimcheck.claims(text)
             if c.kind == "quantity"}
    assert parts["30"] is not None  # right after "including": a part
    assert parts["26,000 to 240,000"] is None
