"""The shortcuts taken for speed in extraction must give what the plain path gives.

Each test sets a reader's shortcut against the plain pattern or path it stands for, on
texts written to hit its edges (capitals, non-ASCII letters that match ASCII ones when
case is ignored, blanks and tabs, the word at the very end) and on the hostile families
and the seeds.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from claimcheck.builtin.quantities import not_figures

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from hostile import FAMILIES  # noqa: E402

_WINDOWS = [
    "half past ", "a quarter to\t", "twenty minutes PAST  ", "10 To ", "half pa\u017ft ",
    "half past", "ten past seven ", "quarter toe ", "5 past ", "past ", " to ", "x to ",
    "half Past\t \t", "it was 12 past ", "minutes past  ", "a quarter past 7 ", "",
    "$1 $1 $1 ", "1 1 1 1 ", "the five to ", "the five TO ",
]


def _windows() -> list[str]:
    out = list(_WINDOWS)
    for make in FAMILIES.values():
        text = make(3_000)
        out += [text[max(0, k - 80):k] for k in range(0, len(text), 37)]
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [text[max(0, k - 80):k] for k in range(0, len(text), 11)]
    rng = random.Random(15)
    letters = "pastoPASTO \t\u017f1205 halfquarter"
    out += ["".join(rng.choice(letters) for _ in range(rng.randrange(0, 30)))
            for _ in range(3_000)]
    return out


def test_the_link_word_looked_at_first_keeps_every_match_of_the_clock_pattern() -> None:
    found = 0
    for window in _windows():
        plain = not_figures._PAST_HOUR_LEFT_RE.search(window) is not None
        assert not_figures._past_hour_left(window) is plain, repr(window)
        found += plain
    assert found >= 10  # the texts hit the pattern, not only its misses


def test_the_link_word_test_is_skipped_when_a_link_is_more_than_a_word(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(not_figures, "_LINK_END_RE", None)
    assert not_figures._past_hour_left("half past ")
    assert not not_figures._past_hour_left("$1 $1 ")


def test_the_window_pattern_with_its_opening_lookahead_finds_what_it_found_without() -> None:
    from claimcheck.core import frames

    plain = re.compile(frames._WINDOW.pattern.split(")", 2)[-1], frames._WINDOW.flags)
    assert plain.pattern.startswith(r"\b(?i:")  # the lookahead alone was cut
    texts = [" died in 10 days", " Within 48 hours", " ın ten days", " OVER THREE WEEKS",
             " in the space of two months", " within five days of the accident",
             " over a minute", "x in 3 days", " wın 3 days"]
    texts += _windows()
    found = 0
    for text in texts:
        a, b = frames._WINDOW.search(text), plain.search(text)
        assert (a and a.span()) == (b and b.span()), repr(text)
        found += a is not None
    assert found >= 5


def test_a_clause_break_searched_from_its_first_mark_is_the_one_searched_for_everywhere() -> None:
    from claimcheck.core import frames

    marked, plain = frames._CLAUSE_BREAK, frames._CLAUSE_BREAK_RE
    texts = ["- a", " - a", "a - b", "a\u2013b", " \u2013 ", "a \u2014b", "x;y", "(12) men",
             "5 men - 3 [a] b", "  -  ", "\t-\t", "\n\u2013\n", "a-b - c", "", "-"]
    texts += _windows()
    found = 0
    for text in texts:
        for pos in (0, 1, 3):
            a, b = marked.search(text, pos), plain.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (repr(text), pos)
            found += a is not None
        assert marked.split(text) == plain.split(text), repr(text)
    assert found >= 20


# -- frames' patterns searched behind a key of their words --------------------------------

_KEYED_FRAMES = ["_TOTAL", "_WORLD", "_PART_PLACE", "_PART_PERIOD", "_SUPERSEDED",
                 "_SELF_POSTED", "_CUMULATIVE"]


def _frame_texts() -> list[str]:
    from claimcheck.core import frames
    words = [w for key in ("total_words", "world_words", "part_of_place_words",
                           "part_of_period_openers", "part_of_period_words",
                           "part_of_period_spans", "superseded_words", "self_references",
                           "stamp_words", "window_spans", "window_prepositions",
                           "part_of_period_counts") for w in frames._WORDS[key]]
    out = []
    for w in words:
        for v in (w, w.upper(), w.title(), w.replace("s", "\u017f"), w.replace("k", "\u212a")):
            out += [f"in the {v} day", f"on its {v} week", f"in {v} Tarsa", f"{v}",
                    f"x{v}y", f"this report was {v}", f"over the {v}", f"IN THE {v}\t areas",
                    f"in 10 {v}", f"Within two {v} of", f"over a {v}"]
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [text[k:k + 120] for k in range(0, len(text), 23)]
    for make in FAMILIES.values():
        text = make(2_000)
        out += [text[k:k + 120] for k in range(0, len(text), 97)]
    rng = random.Random(16)
    pool = [*words, "the", "its", "their", "in", "on", "this", " ", "\t", "THE", "\u017f"]
    out += [" ".join(rng.choice(pool) for _ in range(rng.randrange(1, 9)))
            for _ in range(3_000)]
    return out


@pytest.mark.parametrize("name", _KEYED_FRAMES)
def test_a_frame_pattern_behind_its_key_finds_what_the_pattern_finds(name: str) -> None:
    from claimcheck.core import frames
    keyed = getattr(frames, name)
    assert isinstance(keyed, frames._Keyed), "the pattern is no longer keyed: test it anew"
    plain = keyed.rx
    found = 0
    for text in _frame_texts():
        for pos, endpos in ((0, len(text)), (3, len(text) - 2), (0, sys.maxsize)):
            a = keyed.search(text, pos, endpos)
            b = plain.search(text, pos, endpos)
            assert (a and a.span()) == (b and b.span()), (name, text, pos, endpos)
            assert [m.span() for m in keyed.finditer(text, pos, endpos)] == \
                [m.span() for m in plain.finditer(text, pos, endpos)], (name, text)
            found += b is not None
    assert found >= 20  # the texts hit the pattern, not only its misses


# -- not_figures' right-hand patterns tried only behind their first characters ----------

def _rights() -> list[str]:
    out = ["", " ", "\t", "°N", " °N", "  °N", "° 21′ 55″ N", "′ N", "' 5\" S", "″ E",
           "\" W", "m 40s", "m40.5 s", "M 40s", " m 40s", " past ten", "\tto 7",
           " minutes past 4", "past ten", "  past ten", "'55\"N"]
    for make in FAMILIES.values():
        text = make(3_000)
        out += [text[k:k + 80] for k in range(0, len(text), 13)]
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [text[k:k + 80] for k in range(0, len(text), 7)]
    rng = random.Random(17)
    letters = " \t°′'″\"NSEWm4s0.pastoPASTminutes"
    out += ["".join(rng.choice(letters) for _ in range(rng.randrange(0, 12)))
            for _ in range(20_000)]
    return out


def test_the_first_character_guards_of_not_figures_keep_every_match() -> None:
    guarded = [
        (not_figures._DEGREES_RIGHT_RE, lambda r: "°" in r[:2]),
        (not_figures._ARC_RIGHT_RE, lambda r: r[:1] in not_figures._ARC_FIRST),
        (not_figures._MINUTES_SECONDS_RIGHT_RE, lambda r: r[:1] == "m"),
        (not_figures._PAST_HOUR_RIGHT_RE, lambda r: r[:1] in not_figures._BLANK),
    ]
    found = [0] * len(guarded)
    for right in _rights():
        for n, (rx, guard) in enumerate(guarded):
            if rx.match(right):
                assert guard(right), (rx.pattern, right)
                found[n] += 1
    assert all(found), found  # each pattern matched somewhere: the guards were tested
