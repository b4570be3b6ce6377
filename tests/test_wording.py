"""Wording comparison: slant profiles, word diffs, and renderings set side by side."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.builtin.slant.alignment import align_sentences, renders, rough_sentences
from claimcheck.builtin.slant.detect import CATEGORIES, find_slant
from claimcheck.builtin.slant.diff import DELETE, EQUAL, INSERT, changes, token_diff
from claimcheck.builtin.slant.profile import slant_profile, slant_profiles
from claimcheck.builtin.slant.wording import compare_renderings, compare_wording
from claimcheck.config import Config
from claimcheck.model import Document, Sentence

from .workcount import assert_linear

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def doc(name: str, file: str) -> Document:
    return Document(name, (SEEDS / file).read_text(encoding="utf-8"))


SEED = doc("seed", "000_ce84e7394f74e36b.txt")
NEUTRAL = doc("neutral", "seed-opening-neutral-rendering.txt")
WESTERN = doc("western", "western-figures-1950-1958.txt")
PRESS = doc("press", "press-style-1951.txt")
SEED_VS_NEUTRAL = compare_renderings(SEED, NEUTRAL)


# -- slant profile ---------------------------------------------------------------------------


def profile(d: Document) -> dict:
    return slant_profile(d.text, find_slant(d.text))


def test_profile_has_every_category_per_1000_words() -> None:
    p = profile(PRESS)
    assert set(p["per_1000_words"]) == set(CATEGORIES)
    assert p["words"] > 200
    total = sum(n for c, n in p["counts"].items() if c != "hedging")
    assert p["slant_per_1000_words"] == round(1000 * total / p["words"], 2)


def test_profiles_rank_the_sources() -> None:
    press, seed, western = profile(PRESS), profile(SEED), profile(WESTERN)
    assert press["slant_per_1000_words"] > seed["slant_per_1000_words"]
    assert seed["slant_per_1000_words"] > western["slant_per_1000_words"] == 0.0
    assert seed["per_1000_words"]["affiliation"] > 0 == press["per_1000_words"]["hedging"]


def test_profile_counts_quoted_speech_apart() -> None:
    text = "“The puppet regime must go,” he said. The talks went on."
    p = slant_profile(text, find_slant(text))
    assert p["counts"]["labeling"] == 0
    assert p["quoted_counts"]["labeling"] == 1


def test_profiles_side_by_side() -> None:
    found = [
        dataclasses.replace(f, document=d.id)
        for d in (PRESS, WESTERN)
        for f in find_slant(d.text)
    ]
    table = slant_profiles([PRESS, WESTERN], found)
    assert list(table) == ["press", "western"]
    assert table["press"] == profile(PRESS)
    assert table["western"]["slant_per_1000_words"] == 0.0


def test_empty_text_profile() -> None:
    assert slant_profile("", [])["slant_per_1000_words"] == 0.0


# -- word diff -------------------------------------------------------------------------------


def test_token_diff_shows_what_replaced_what() -> None:
    a = "the formation of the puppet government of Rhee Syngman, on the one hand"
    b = "the government of Syngman Rhee was formed, on the one hand"
    assert token_diff(a, b) == [
        (EQUAL, "the "),
        (DELETE, "formation of the puppet government of Rhee Syngman"),
        (INSERT, "government of Syngman Rhee was formed"),
        (EQUAL, ", on the one hand"),
    ]


def test_token_diff_identical_and_empty() -> None:
    assert token_diff("Same words here.", "Same words here.") == [(EQUAL, "Same words here.")]
    assert token_diff("", "") == []
    assert token_diff("", "new") == [(INSERT, "new")]
    assert token_diff("old", "") == [(DELETE, "old")]


@pytest.mark.parametrize(
    ("a", "b", "kinds"),
    [
        ("Profits rose sharply.", "Profits rose.", ["omitted"]),
        ("Profits rose.", "Profits rose sharply.", ["added"]),
        ("The regime fell.", "The government fell.", ["replaced"]),
        ("The regime fell.", "the regime fell", []),  # only case and punctuation
    ],
)
def test_changes_kinds(a: str, b: str, kinds: list[str]) -> None:
    assert [c.kind for c in changes(a, b)] == kinds


_WORDS = st.sampled_from(
    ["the", "puppet", "government", "of", "Rhee", ",", ".", "’s", "people’s", "  ", "\n",
     "regime", "“", "”", "110,000", "-"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join), st.lists(_WORDS, max_size=30).map(" ".join))
def test_token_diff_rebuilds_the_left_text(a: str, b: str) -> None:
    diff = token_diff(a, b)
    assert "".join(t for op, t in diff if op != INSERT) == a.lstrip()
    inserted = "".join(t for op, t in diff if op != DELETE)
    assert inserted.replace("'", "’").split() == b.replace("'", "’").split()


# -- sentences and alignment -----------------------------------------------------------------


def test_rough_sentences_keeps_initials_and_abbreviations() -> None:
    text = "Kirk visited A.A. Gromyko in Moscow. The U.N. troops held. Gen. Ridgway agreed!"
    got = [text[s:e] for s, e in rough_sentences(text)]
    assert got == [
        "Kirk visited A.A. Gromyko in Moscow.",
        "The U.N. troops held. Gen. Ridgway agreed!",
    ] or got == [
        "Kirk visited A.A. Gromyko in Moscow.",
        "The U.N. troops held.",
        "Gen. Ridgway agreed!",
    ]


def test_alignment_is_monotone_and_joins_a_merged_sentence() -> None:
    left = [
        "Profits rose to a record.",
        "The board met on Monday.",
        "It approved a dividend.",
        "It also named a new chief executive.",
    ]
    right = [
        "Profits rose.",
        "The board met on Monday and approved a dividend.",
        "A new chief executive was named.",
    ]
    assert align_sentences(left, right) == [(0, 0), (1, 1), (2, 1), (3, 2)]


def test_alignment_of_unrelated_texts_is_empty() -> None:
    assert align_sentences(["Cats sleep all day."], ["Bonds fell in Tokyo."]) == []


def test_renderings_are_detected() -> None:
    assert renders(SEED, NEUTRAL)
    assert not renders(SEED, WESTERN)
    assert not renders(PRESS, WESTERN)


# -- the seed against its neutral rendering --------------------------------------------------


def find_change(kind: str, left_part: str, right_part: str = "") -> dict:
    for f in SEED_VS_NEUTRAL:
        d = f.detail
        if d["change"] == kind and left_part in d["left"]["text"] and (
            right_part in d["right"]["text"]
        ):
            return dict(d, summary=f.summary)
    raise AssertionError(f"no {kind} change with {left_part!r} / {right_part!r}")


def test_replaced_wording_is_shown_with_the_slant_that_differs() -> None:
    d = find_change("replaced", "puppet government of Rhee Syngman", "government of Syngman Rhee")
    assert "labeling" in d["left"]["slant"]
    assert "labeling" in d["slant_differs"]
    assert "labeling only in seed" in d["summary"]
    d = find_change("replaced", "Seoul regime", "government in Seoul")
    assert "labeling" in d["slant_differs"]


def test_omitted_wording_is_shown() -> None:
    d = find_change("omitted", "without devoting the necessary attention")
    assert d["right"]["text"] == ""
    assert "has no counterpart in neutral" in d["summary"]
    find_change("omitted", "hastily")
    find_change("omitted", "Stalin at first treated the persistent appeals")


def test_wording_spans_are_slices_of_both_documents() -> None:
    assert SEED_VS_NEUTRAL
    for f in SEED_VS_NEUTRAL:
        assert f.kind == "wording" and f.document == "seed"
        left, right = f.detail["left"], f.detail["right"]
        assert SEED.text[left["start"] : left["end"]] == left["text"]
        assert NEUTRAL.text[right["start"] : right["end"]] == right["text"]
        assert (f.start, f.end) == (left["start"], left["end"])


def test_comparison_is_deterministic() -> None:
    again = compare_renderings(SEED, NEUTRAL)
    assert [f.to_dict() for f in again] == [f.to_dict() for f in SEED_VS_NEUTRAL]


def test_given_sentences_are_used() -> None:
    a = Document("a", "The regime fell. Nothing else happened.")
    b = Document("b", "The government fell. Nothing else happened.")
    found = compare_renderings(a, b, [Sentence(0, 16, 0)], [(0, 20)])
    assert [(f.detail["left"]["text"], f.detail["right"]["text"]) for f in found] == [
        ("regime", "government")
    ]


# -- general cases and the hook --------------------------------------------------------------


def test_business_rewrite_names_the_puffery_on_one_side() -> None:
    a = Document("release", "Acme posted record profits of $2 billion and slashed 500 jobs.")
    b = Document("wire", "Acme reported a profit of $2 billion and cut 500 jobs.")
    found = compare_wording(
        left=a,
        left_sentence=Sentence(0, len(a.text), 0),
        right=b,
        right_sentence=Sentence(0, len(b.text), 0),
        config=Config(),
    )
    pairs = [(f.detail["left"]["text"], f.detail["right"]["text"]) for f in found]
    assert pairs == [("posted record profits", "reported a profit"), ("slashed", "cut")]
    assert all(f.detail["slant_differs"] == ["loaded_language"] for f in found)


def test_identical_sentences_have_no_wording_findings() -> None:
    a = Document("a", "The armistice was signed at Panmunjom on July 27, 1953.")
    s = Sentence(0, len(a.text), 0)
    assert compare_wording(left=a, left_sentence=s, right=a, right_sentence=s,
                           config=Config()) == []


def diff_and_compare(pair: tuple[str, str]) -> None:
    """The word diff of two texts, checked to give the first back, and their comparison."""
    a, b = pair
    diff = token_diff(a, b)
    assert "".join(t for op, t in diff if op != INSERT) == a.lstrip()
    compare_renderings(Document("l", a), Document("r", b))


@pytest.mark.parametrize(
    "make",
    [
        lambda n: ("alpha beta " * (n // 11), "beta gamma " * (n // 11)),
        lambda n: ("word " * (n // 5), "word " * (n // 5 - 1) + "other"),
        lambda n: ("1,0" * (n // 3), "“" * (n // 3)),
    ],
    ids=["shifted-words", "one-word-changed", "no-words"],
)
def test_huge_inputs_stay_linear(make: Callable[[int], tuple[str, str]]) -> None:
    """Two texts of one long 'sentence' that share every word but in shifted order, differ
    in one word, or share nothing, at 20,000 and 80,000 characters each: four times the
    input makes at most five times the calls (``tests/workcount.py``). A word diff that
    compares every word with every other (plain LCS), or re-diffs after each change,
    makes sixteen."""
    assert_linear(diff_and_compare, make, 20_000)
