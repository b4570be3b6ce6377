"""The quantity reader's shortcuts must decide as the full tests they skip.

A sentence goes through ``_link_parts`` only when it holds a word every part-of-a-total
pattern needs (``_PART_WORD_RE``); after a date, a number larger than a day is no item
of its list before its unit and counted noun are read (``_continues``).
"""

from __future__ import annotations

import pytest

from claimcheck.builtin.quantities.claims import _PART_LEFT_RE, _PART_WORD_RE
from claimcheck.builtin.quantities.find import find_quantities

#: one text before a part for every alternative of _PART_LEFT_RE, in several cases
PART_LEFTS = [
    " men, including ", " men, INCLUDED ", " men, Includes ", " men, of whom ",
    " men, of which ", " men, of them ", " men, among them ", " men, among whom ",
    " men, among which ", " men, comprising ", " men, consisting of ", " men, made up of ",
    " men, namely ", " men died in the disaster: ", " men, Of Whom ", " men:\t",
]


@pytest.mark.parametrize("left", PART_LEFTS)
def test_every_text_before_a_part_holds_a_part_word(left: str) -> None:
    assert _PART_LEFT_RE.search(left)
    assert _PART_WORD_RE.search(left)


def _figures(text: str) -> list:
    import claimcheck

    return [c for c in claimcheck.claims(claimcheck.Document("d", text))
            if c.kind == "quantity"]


@pytest.mark.parametrize("left", PART_LEFTS)
def test_parts_are_linked_whichever_words_name_them(left: str) -> None:
    text = f"The army had 700,000{left}380,000 South Koreans."
    total, part = _figures(text)
    assert part.extra["part_of"] == [total.start, total.end]


def test_figures_of_a_sentence_with_no_part_word_are_not_linked() -> None:
    text = "The army had 700,000 men and 380,000 horses, and 5 ships; 6 guns."
    claims = _figures(text)
    assert len(claims) == 4
    assert not any("part_of" in c.extra or "parts" in c.extra for c in claims)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("On June 25, 26 and 27 it rained.", []),  # more days of the month
        ("On June 25, 1950, 135,000 troops crossed.", ["135,000"]),
        ("On June 25, 40 men and 3 tanks crossed.", ["40", "3"]),  # counted: figures
        ("June 1, 1950 June 1, 1950 June 1, 1950", []),
        ("At 10:30, 45 km were covered.", ["45 km"]),
    ],
)
def test_a_list_after_a_date_holds_days_only(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == figures
