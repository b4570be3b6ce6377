"""The master time pattern names the alternative that matched by an empty group closing
it (times/patterns.py): at every position it must find what a group around each
alternative found, the same span and the same alternative, and nothing where that
found nothing."""

from __future__ import annotations

import re
from pathlib import Path

from claimcheck.builtin.times.patterns import _ALTERNATIVES, MASTER_BEFORE, MASTER_RE, TRIGGER_RE

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

#: the pattern as it was written before: each alternative inside its own named group
GROUPED = re.compile(
    MASTER_BEFORE + "(?:" + "|".join(f"(?P<{n}>{p})" for n, p in _ALTERNATIVES) + ")")

SENTENCES = [
    "On June 25, 1950, the North attacked; by 27 June 1950 Seoul had fallen.",
    "The war ran 1950-53 (or 1950\u20131953), from June 1950 to July 1953.",
    "Between March 5 and 9 and from 5-9 July 1951, then 2003-05-01 and 05/01/2003.",
    "In the spring of 1951, Q3 2025, 2Q 2024, the first quarter of 1952, H1 2020.",
    "The 1990s, the '60s, the 19th century, the fifth century B.C., 480 BC and 479 BC.",
    "From 27 BC to AD 14; 15 March 44 BC; 264-241 B.C.; 10,000 BC; 55BC.",
    "two and a half years, 72 hours, between 3 and 5 days, a few weeks, half an hour.",
    "the same day, the following morning, last year, the day before, today, tonight.",
    "daily, every other week, twice a month, 3 times per day, each Monday, per year.",
    "Christmas 1914, Easter, New Year's Day 1950, at dawn, by nightfall, that night.",
    "1,000,1,000 1 1 1 5% 5% $1 $1 1.2.1.2 ((([[[5 \"5\" \u201c6\u201d '7' 1950s '44",
    "Tues., Sept. 4, 1951; Wed 5 Oct 1952; 1950 June; 6/1950; 12/2001/3.",
    "Launch date8 July 2011; Mission duration12 days; an A320 in 1990; nightfall, football.",
]


def test_no_expression_starts_inside_a_word_but_one_glued_to_a_label_does():
    assert MASTER_RE.match("nightfall", 5) is None  # "fall" inside "nightfall"
    assert MASTER_RE.match("football", 4) is None
    assert MASTER_RE.match("launch date8 july 2011", 11) is not None
    assert MASTER_RE.match("an a320 in may", 4) is None  # a code: one letter before


def _same_at(text: str, pos: int) -> None:
    got, want = MASTER_RE.match(text, pos), GROUPED.match(text, pos)
    if want is None:
        assert got is None, (text[pos:pos + 40], got)
    else:
        assert got is not None, (text[pos:pos + 40], want.lastgroup)
        assert (got.span(), got.lastgroup) == (want.span(), want.lastgroup), text[pos:pos + 40]


def test_every_position_of_crafted_sentences_matches_as_grouped_alternatives():
    for sentence in SENTENCES:
        low = sentence.lower()
        for pos in range(len(low)):
            _same_at(low, pos)


def test_every_trigger_of_the_seeds_matches_as_grouped_alternatives():
    low = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).lower()
    tried = 0
    for trigger in TRIGGER_RE.finditer(low):
        # the scan also tries up to four words back from a trigger
        for pos in range(max(0, trigger.start() - 24), trigger.start() + 1):
            _same_at(low, pos)
            tried += 1
    assert tried > 5_000
