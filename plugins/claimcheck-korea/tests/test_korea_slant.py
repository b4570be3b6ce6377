"""The Korean War pack: both camps' vocabulary flagged, neutral text quiet, no duplicates."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import claimcheck_korea
import pytest

import claimcheck
from claimcheck.plugin import Finding

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parents[1] / "seeds"
PRESS = (SEEDS / "press-style-1951.txt").read_text(encoding="utf-8")
WESTERN = (SEEDS / "western-figures-1950-1958.txt").read_text(encoding="utf-8")

# claimcheck with its built-in plugins and ours: our lexicon merged through register_lexicon
PM = claimcheck.get_plugin_manager([claimcheck_korea], entry_points=False)


@functools.cache
def slant(text: str) -> tuple[Finding, ...]:
    """The slant findings of a report on ``text`` alone, checked with this pack loaded."""
    report = claimcheck.check(claimcheck.Document("doc", text), pm=PM)
    return tuple(f for f in report.findings if f.kind == "slant")


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.category) for f in slant(text)}


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        # the western camp
        ("REDS AGREE TO TRUCE PARLEY", "REDS", "labeling"),
        ("The Reds fell back across the river.", "Reds", "labeling"),
        ("The Red hordes have paid dearly.", "Red hordes", "labeling"),
        ("Peng commanded the so-called Chinese \"volunteers\".", 'so-called Chinese "volunteers"',
         "doubt_marking"),
        ("The so-called volunteers crossed the Yalu.", "so-called volunteers", "doubt_marking"),
        ("Moscow and its Soviet satellites objected.", "Soviet satellites", "labeling"),
        ("Behind the Iron Curtain nothing moved.", "Iron Curtain", "labeling"),
        # the communist camp
        ("The American imperialists bombed the city.", "American imperialists", "labeling"),
        ("The imperialists and their lackeys fled.", "lackeys", "labeling"),
        ("Chiang Kai-shek bandits landed on the coast.", "Chiang Kai-shek bandits", "labeling"),
        ("The Syngman Rhee clique started the war.", "Syngman Rhee clique", "labeling"),
        ("Counter-revolutionaries were arrested.", "Counter-revolutionaries", "labeling"),
        ("The Seoul regime declared its claim.", "Seoul regime", "labeling"),
        ("They fought the Fatherland Liberation War.", "Fatherland Liberation War",
         "loaded_language"),
    ],
)
def test_both_camps_vocabulary(text: str, words: str, category: str) -> None:
    assert (words, category) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "The red flag flew over the red brick building.",
        "Anti-imperialist movements grew in Asia.",
        "Chinese People's Volunteers crossed the Yalu River on October 19, 1950.",
        "The Soviet Union launched its first satellite in 1957.",
        "The Korean People's Army crossed the 38th parallel on June 25, 1950.",
    ],
)
def test_neutral_wording_stays_quiet(text: str) -> None:
    assert {c for _, c in spans(text)} <= {"hedging"}, spans(text)


def test_press_style_is_flagged_and_western_figures_stay_quiet() -> None:
    press = spans(PRESS)
    for words in ["REDS", "puppet premier", 'so-called Chinese "volunteers"', "Red hordes",
                  "Red armies", "unprovoked", "clearly", "Observers here warned",
                  "Pyongyang regime"]:
        assert any(w == words for w, _ in press), words
    assert {c for _, c in spans(WESTERN)} <= {"hedging"}


def test_merged_lexicon_reports_our_longer_forms_once() -> None:
    merged = slant(PRESS)
    words = [PRESS[f.start : f.end] for f in merged]
    assert "Red hordes" in words and "hordes" not in words
    assert len(words) == len(set(zip(words, [f.start for f in merged], strict=True)))


def test_register_lexicon_gives_our_lexicon() -> None:
    got = []
    claimcheck_korea.register_lexicon(register=got.append)
    assert got == [claimcheck_korea.lexicon_path()]
    assert got[0].name == "korea.toml" and got[0].is_file()
    # the file's stem tags the findings of its entries
    ours = [f for f in slant(PRESS) if PRESS[f.start : f.end] in ("REDS", "Red hordes")]
    assert ours and {f.detail["source"] for f in ours} == {"korea"}


def test_plugin_loads_through_claimcheck_and_reaches_reports() -> None:
    pm = claimcheck.get_plugin_manager([claimcheck_korea], entry_points=False)
    report = claimcheck.check(claimcheck.Document("press", PRESS), pm=pm)
    words = {PRESS[f.start : f.end] for f in report.findings if f.kind == "slant"}
    assert {"Red armies", "Red hordes"} <= words


def test_entry_point_is_declared() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["entry-points"]["claimcheck"] == {"korea": "claimcheck_korea"}
