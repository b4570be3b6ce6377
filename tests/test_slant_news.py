"""The loaded wording of political news (lexicon/slant_news.toml), on sentences of our own:
each flagged phrase has a twin that uses the same word plainly and must stay quiet."""

from __future__ import annotations

import pytest

from claimcheck.builtin.slant.detect import find_slant
from claimcheck.builtin.slant.lexicon import Lexicon


def found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.category) for f in find_slant(text)
            if f.category != "hedging"}


@pytest.mark.parametrize(
    ("text", "phrase", "category"),
    [
        ("The senator slammed the president's budget on Tuesday.", "slammed",
         "loaded_reporting_verb"),
        ("The plan was slammed by union leaders.", "slammed", "loaded_reporting_verb"),
        ("Critics lambasted the bill as a giveaway.", "lambasted", "loaded_reporting_verb"),
        ("The mayor lashed out at reporters.", "lashed out", "loaded_reporting_verb"),
        ("She mocked her rival's record.", "mocked", "loaded_reporting_verb"),
        ("The governor caved to pressure from donors.", "caved", "loaded_language"),
        ("The party pushed a radical agenda.", "radical", "loaded_language"),
        ("Far-left activists blocked the road.", "Far-left", "loaded_language"),
        ("The far-right party gained seats.", "far-right", "loaded_language"),
        ("Voters rejected the job-killing tax.", "job-killing", "loaded_language"),
        ("The regime jailed its critics.", "regime", "labeling"),
        ("Thugs beat the protesters.", "Thugs", "labeling"),
        ("The extremist group claimed the bombing.", "extremist", "labeling"),
        ("The council passed draconian rules on parking.", "draconian", "loaded_language"),
        ("He warned of an invasion of illegal immigrants.",
         "invasion of illegal immigrants", "loaded_language"),
        ("The ad spoke of a migrant invasion at the border.", "invasion", "loaded_language"),
        ("It was a scheme to rig the primary.", "scheme", "loaded_language"),
        ("The figures were egregiously wrong.", "egregiously", "loaded_language"),
        ("The claim is laughably false.", "laughably", "loaded_language"),
        ("It was a political stunt and a power grab.", "power grab", "loaded_language"),
        ("The law is an assault on free speech.", "an assault on free speech",
         "loaded_language"),
        ("The terrorist group recruited abroad.", "terrorist", "labeling"),
        ("Her disgraceful conduct cost the party votes.", "disgraceful", "loaded_language"),
        ("The minister falsely claimed the budget was balanced.", "falsely claimed",
         "loaded_language"),
        ("The senator sharply criticized the ruling.", "sharply criticized",
         "loaded_reporting_verb"),
        ("The mayor vigorously defended his record.", "vigorously defended",
         "loaded_reporting_verb"),
        ("Rivals pounced on the remark.", "pounced on", "loaded_reporting_verb"),
        ("The report drew scathing criticism.", "scathing", "loaded_language"),
        ("He was soundly defeated in the primary.", "soundly defeated", "loaded_language"),
        ("The group is a cult, former members say.", "cult", "labeling"),
    ],
)
def test_loaded_news_wording_is_flagged(text: str, phrase: str, category: str) -> None:
    assert (phrase, category) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "He slammed the door and left.",
        "The car slammed into a wall.",
        "The volcano spewed ash for a week.",
        "The plant stores fuming nitric acid.",
        "The senator hailed from Ohio.",
        "She hailed a taxi outside the hotel.",
        "He underwent a radical prostatectomy in May.",
        "Free radical damage was measured in the cells.",
        "The pension scheme pays out at 65.",
        "The new colour scheme was approved.",
        "The invasion of Normandy began in June 1944.",
        "Fierce fighting continued around the airport.",
        "Nobody claimed the terrorist attack.",
        "The fire raged for two days.",
        "He woke up at dawn.",
        "The wall was smeared with paint.",
        "The regiment was ordered to the border.",
        "Prices fell sharply in March.",
        "The film became a cult classic.",
        "The imperial cult spread across the provinces.",
    ],
)
def test_plain_uses_of_the_same_words_stay_quiet(text: str) -> None:
    assert found(text) == set()


def test_the_news_lexicon_is_part_of_the_builtin_one() -> None:
    sources = {e.category for e in Lexicon.builtin().entries if "slammed" in e.forms}
    assert sources == {"loaded_reporting_verb"}


def test_the_news_file_may_name_the_first_files_lists() -> None:
    """slant_news.toml loads after slant.toml and names its @lists; a merge that lost them
    would fail to load the built-in lexicon at all."""
    lex = Lexicon.builtin()
    assert "migrants" in lex.lists and "speech_and_passive" in lex.lists
