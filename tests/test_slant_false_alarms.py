"""Issue 17's false alarms of slant detection, one class at a time, on sentences of our own.

Each class pairs the quiet case with a near twin that must still be flagged, so a test
cannot pass by switching the detector off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.builtin.slant.detect import find_slant
from claimcheck.builtin.slant.quotes import NAME, SCARE, SPEECH, find_quotes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def spans(text: str, category: str | None = None) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.category)
        for f in find_slant(text)
        if category is None or f.category == category
    ]


def scare_quotes(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_slant(text)
            if f.detail.get("source") == "scare_quotes"]


# -- quotation marks around a name, a nickname, a ship, an operation, a title, a term ----


@pytest.mark.parametrize(
    "text",
    [
        # names and places written as names
        'The rover touched down in Aeolis Palus ("Bradbury Landing") on August 6.',
        "Their remains were buried in the “Plot of the Unknown” at the town cemetery.",
        "He was born Josef Schmid (anglicized from “Schmidt”) in a village near Bern.",
        # nicknames
        "Dwight “Ike” Eisenhower took office in 1953.",
        'The outlaw was known as "Billy the Kid" across the territory.',
        'Fans nicknamed the striker "the Hammer" after his first season.',
        # ships and operations
        "The cruiser “Aurora” fired a blank shot at 9:40 p.m.",
        'Survivors of the "Lusitania" were landed at Queenstown.',
        "The operation, code-named “Desert Storm”, began in January.",
        'Operation "Market Garden" failed to take the bridge at Arnhem.',
        # titles of works, lists and awards
        "The novel “War and Peace” was published in 1869.",
        'The magazine named the firm "Europe\'s Most Admired Company" in 2004.',
        'It was on the "100 Best Places to Live in America" list of 2010.',
        # terms being defined
        'The Securities and Exchange Commission ("the Commission") filed suit on Monday.',
        'Acme Holdings Inc. ("Acme") reported a loss.',
        'Earnings are stated under generally accepted accounting principles ("GAAP").',
        'The word "quarantine" comes from the Venetian for forty days.',
        '"Stagflation" means slow growth combined with rising prices.',
        'In this report "the region" refers to the six provinces of the north.',
    ],
)
def test_quoted_names_titles_and_terms_are_not_scare_quotes(text: str) -> None:
    assert scare_quotes(text) == [], spans(text)
    assert all(q.kind != SCARE for q in find_quotes(text))


@pytest.mark.parametrize(
    ("text", "scare"),
    [
        # the same shapes around a common word or phrase still cast doubt
        ("The “liberation” of the town left it in ruins.", "“liberation”"),
        ('The rebels held "elections" in the occupied district.', '"elections"'),
        ("He was the commander of the “U.N. troops” in Korea.", "“U.N. troops”"),
        # a name after "so-called" is doubted, not named
        ("The so-called “People's Tribunal” sentenced him in absentia.",
         "“People's Tribunal”"),
    ],
)
def test_scare_quotes_around_common_words_stay(text: str, scare: str) -> None:
    assert scare_quotes(text) == [scare]


def test_quote_kinds() -> None:
    text = ('“We will not yield,” the minister said. The “reform” passed. '
            'Acme Corp. ("Acme") agreed.')
    assert [(text[q.start : q.end], q.kind) for q in find_quotes(text)] == [
        ("“We will not yield,”", SPEECH),
        ("“reform”", SCARE),
        ('"Acme"', NAME),
    ]


# -- approximators before a figure are precision, not hedging --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The firm employed approximately 20,000 staff.",
        "The army numbered roughly 98,000 men.",
        "Profits fell by approximately $3.1 billion.",
        "Liabilities were approximately US$50 billion, he said.",
        "Roughly a third of the votes were counted.",
        "Approximately two hundred people attended.",
        "Approximately the same number of men were sent home.",
        "The epicentre was approximately 25 kilometres west of the capital.",
        "The price rose more or less 10 percent.",
        # a copy of a page that lost the figure's link: the approximator still stood
        # before a figure, no hedge of the writer's
        "It released the equivalent energy of roughly .",
        "The crater is approximately , the survey says.",
    ],
)
def test_approximators_before_figures_are_not_hedging(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The estimate was roughly right.", "roughly"),
        ("The two accounts agree approximately.", "approximately"),
        ("The outbreak probably peaked in April.", "probably"),
    ],
)
def test_hedges_elsewhere_stay(text: str, word: str) -> None:
    assert spans(text) == [(word, "hedging")]


def test_the_figure_carries_the_approximation() -> None:
    """The qualifier is shown with the figure, where the slant plugin stays quiet."""
    import claimcheck

    text = "The firm employed approximately 20,000 staff."
    quantities = [c for c in claimcheck.claims(text) if c.kind == "quantity"]
    assert [(c.text, c.qualifier) for c in quantities] == [("20,000", "approximately")]
    assert spans(text) == []


# -- a loaded word inside a quotation is the speaker's ---------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"This is an amazing achievement," said the agency chief.', "amazing"),
        ("“The regime is brutal,” the senator told reporters.", "brutal"),
        ("The minister called the plan “a disastrous gamble” on Monday.", "disastrous"),
        ("The “massive” strikes went on for a week.", "massive"),
    ],
)
def test_loaded_words_in_quotations_are_charged_to_the_quoted(text: str, word: str) -> None:
    found = [f for f in find_slant(text) if text[f.start : f.end] == word]
    assert len(found) == 1
    assert found[0].detail["quoted"] is True
    assert "not the document's" in found[0].summary


def test_the_same_word_outside_a_quotation_is_the_documents() -> None:
    text = "“The plan is disastrous,” she said. The disastrous plan passed."
    found = [(f.start, f.detail["quoted"]) for f in find_slant(text)
             if text[f.start : f.end] == "disastrous"]
    assert found == [(13, True), (40, False)]
    assert text[13:23] == text[40:50] == "disastrous"
    outside = next(f for f in find_slant(text) if f.start == 40)
    assert "not the document's" not in outside.summary


def test_words_inside_a_quoted_title_belong_to_the_title() -> None:
    text = 'A magazine named the bank "America\'s Most Innovative Company" twice.'
    found = [f for f in find_slant(text) if f.category == "loaded_language"]
    assert [text[f.start : f.end] for f in found] == ["Innovative"]
    assert found[0].detail["quoted"] is True
    assert "quoted name or title" in found[0].summary


# -- plain physical description is not loaded language ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A large crowd gathered outside the station.",
        "Heavy rain fell for three days.",
        "A massive tsunami struck the coast.",
        "A huge crowd lined the route.",
        "The slope slid away in a gigantic rockslide.",
        "The quake triggered a massive collapse of the north face.",
        "The dam suffered a catastrophic failure on May 31.",
        "Devastating fires broke out in the city.",
        "It was a catastrophic magnitude 7.0 earthquake.",
        "An enormous iceberg broke off the shelf.",
    ],
)
def test_physical_description_is_not_loaded(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The bill hands massive tax cuts to the rich.", "massive"),
        ("The party suffered huge losses.", "huge"),
        ("The decision was a catastrophic mistake.", "catastrophic"),
        ("Critics called it a devastating blow to workers.", "devastating"),
    ],
)
def test_size_words_that_judge_stay_loaded(text: str, word: str) -> None:
    assert (word, "loaded_language") in spans(text)


# -- the seeds and the real pairs ------------------------------------------------------------

REALPAIRS = Path(__file__).resolve().parent.parent / "bench" / "realpairs"
CORPUS = sorted(SEEDS.glob("*.txt")) + sorted(REALPAIRS.glob("*/*.txt"))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_false_alarm_class_in_the_seeds_and_corpus(path: Path) -> None:
    """No scare quote around a capitalised name or a bracketed definition, no hedging on
    an approximator before a figure, no quoted word charged to the document."""
    text = path.read_text(encoding="utf-8")
    quotes = find_quotes(text)
    for f in find_slant(text):
        words = text[f.start : f.end]
        if f.detail.get("source") == "scare_quotes":
            inner = words[1:-1]
            assert not (inner[:1].isupper() and " " not in inner), words
            assert text[f.start - 1 : f.start] != "(", words
        if f.category == "hedging":
            assert words.lower() not in ("approximately", "roughly"), text[f.start:f.end + 20]
        inside = any(q.start < f.start and f.end <= q.end for q in quotes)
        assert f.detail["quoted"] is inside, words


@pytest.mark.parametrize(
    ("text", "scare"),
    [
        ('Congress repealed the "don\'t ask, don\'t tell" policy in 2010.', []),
        ('The state passed a "stand your ground" law in 2005.', []),
        ('The "reform" bill passed the house.', ['"reform"']),
    ],
)
def test_a_quoted_phrase_naming_a_policy_is_a_name(text: str, scare: list[str]) -> None:
    assert scare_quotes(text) == scare


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"This is an amazing achievement," said agency chief Ada Cole.', "agency chief Ada Cole"),
        ("“The regime is brutal,” the senator told reporters.", "the senator"),
        ("“The regime is brutal,” Mr. Okafor said on Monday.", "Mr. Okafor"),
        ("Ms. Lind said: “The plan is a disastrous mistake.”", "Ms. Lind"),
        ("Yesterday Ada Cole said, “It was a shameful vote.”", "Ada Cole"),
        ("The minister told reporters that “the regime is brutal.”", "The minister"),
        # a pronoun names nobody without its antecedent; no name at all, no speaker
        ("“The plan is disastrous,” she said.", None),
        ("“The plan is disastrous and shameful.” Nobody answered.", None),
    ],
)
def test_a_quoted_word_is_charged_to_the_named_speaker(text: str, who: str | None) -> None:
    found = [f for f in find_slant(text) if f.category != "doubt_marking"]
    assert found and all(f.detail["quoted"] for f in found)
    assert {f.detail.get("speaker") for f in found} == {who}
    if who:
        assert all(f"quoted from {who}: not the document's wording" in f.summary for f in found)
        start = text.index(who)
        assert text[start : start + len(who)] == who


def test_a_quotation_that_goes_on_keeps_its_speaker() -> None:
    text = ('"We landed," said agency chief Ada Cole. "This is an amazing achievement, '
            'made by a great team."')
    found = [f for f in find_slant(text) if text[f.start : f.end] == "amazing"]
    assert [f.detail.get("speaker") for f in found] == ["agency chief Ada Cole"]


def test_a_long_partial_quotation_is_someones_words_not_a_scare_quote() -> None:
    """Five words quoted without a speech verb are a partial quotation (an award's
    citation); the judgement inside is charged to it. Up to four words may still be a
    scare quote."""
    text = 'The crew was honoured for their "heroic and unique aviation achievement" in 2009.'
    assert scare_quotes(text) == []
    heroic = [f for f in find_slant(text) if text[f.start : f.end] == "heroic"]
    assert [f.detail["quoted"] for f in heroic] == [True]
    assert scare_quotes('The "free and fair vote" ended in arrests.') == ['"free and fair vote"']
