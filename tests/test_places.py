"""One sentence in two states (``claimcheck.align.places``): a figure in the same place of a
sentence two documents word alike is one figure told twice, whatever its frame reads."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.align.places import context, place_key, same_place
from tests.test_frames import check, paired


def around(text: str, figure: str) -> tuple:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    return context(text, (0, len(text)), claim)


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        # a bare figure whose measure no frame reads: the sentence says what it is
        ("The storm left between 6,000 and 12,000 dead in the islands; the number most "
         "cited in official reports is 8,000. Most deaths occurred on the coast.",
         "The storm left between 6,000 and 12,000 dead in the islands; the number most "
         "cited in official reports is 6,000. Most deaths occurred on the coast.",
         "8,000", "6,000"),
        # a figure's qualifier is its own, not its context
        ("Although built for only 400 passengers, she was carrying 2,155 when two of her "
         "boilers exploded and she sank near the town.",
         "Although built for only 400 passengers, she was carrying more than 2,500 when two "
         "of her boilers exploded and she sank near the town.",
         "2,155", "2,500"),
        # a date that dates a figure of its sentence, all else alike: the date is what
        # the two states disagree on
        ("From the encyclopedia. The 1970 debris avalanche occurred on May 30 1970, when a "
         "mudflow triggered by the earthquake destroyed the town and ten nearby villages, "
         "leaving up to 20,000 people dead.",
         "The 1970 debris avalanche occurred on May 31, 1970, when a mudflow triggered by the "
         "earthquake destroyed the town and ten nearby villages, leaving up to 20,000 people "
         "dead.",
         "May 30 1970", "May 31, 1970"),
        # another field: a company's results, reworded around the figure
        ("Shares of the group closed at $41.20 on Friday after the board cut its dividend "
         "for the first time in a decade.",
         "Shares of the group closed at $38.90 on Friday after the board cut its dividend "
         "for the first time in ten years.",
         "$41.20", "$38.90"),
    ],
)
def test_a_figure_changed_in_one_sentence_in_two_states_is_a_discrepancy(
    a: str, b: str, left: str, right: str
) -> None:
    assert paired(check(a, b), left, right) == ["discrepancy"]


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        # brought up to date: the year changed with the figure, each state holds for its time
        ("In 2020 the family mill employed 1,100 workers at its riverside plant near the "
         "old bridge.",
         "In 2021 the family mill employed 1,200 workers at its riverside plant near the "
         "old bridge.",
         "1,100", "1,200"),
    ],
)
def test_a_sentence_brought_up_to_date_or_only_alike_near_the_figure_stays_apart(
    a: str, b: str, left: str, right: str
) -> None:
    assert "discrepancy" not in paired(check(a, b), left, right)


def test_the_words_right_by_a_figure_are_not_enough() -> None:
    dead = around("Among the patients who died in the outbreak, ages ranged widely, and the "
                  "median age of 87 years was reported by the agency.", "87 years")
    every = around("Across all the reported cases of the fever in the region, the median age "
                   "of 77 years was reported by the agency.", "77 years")
    assert place_key(dead) == place_key(every)
    assert not same_place(dead, every)


def test_the_place_is_the_words_right_by_the_figure() -> None:
    one = around("Officials said she was carrying more than 2,500 when the boilers exploded.",
                 "2,500")
    other = around("Officials said she was carrying 2,155 when the boilers exploded.", "2,155")
    assert place_key(one) == place_key(other) == "place:she was carrying|when the"
    assert same_place(one, other)
    # too few words around a figure to tell which row of a table it is
    assert place_key(around("Deaths: 19", "19")) is None


def test_another_number_of_the_sentence_changed_means_another_state_of_affairs() -> None:
    one = around("By 1990 the town, founded in 1850, had 4,000 people and two schools.", "4,000")
    other = around("By 1995 the town, founded in 1850, had 4,500 people and two schools.",
                   "4,500")
    assert place_key(one) == place_key(other)
    assert not same_place(one, other)
    # a number one state tells and the other leaves out changes nothing
    fuller = around("In 1850 settlers founded the town beside a ford on the wide brown river, "
                    "and by 1990 the town on the river had 4,000 people and two schools.", "4,000")
    shorter = around("Settlers founded the town beside a ford on the wide brown river, and by "
                     "1990 the town on the river had 4,100 people and two schools.", "4,100")
    assert same_place(fuller, shorter)


def test_one_template_told_of_two_events_is_two_places() -> None:
    """Two sentences of one template about different events (the first shock and the
    largest aftershock) share the words right by their times, not enough of the rest."""
    first = around("The first shock struck Haiti on 12 January 2010, at 16:53 local time.",
                   "16:53 local time")
    later = around("The largest aftershock struck Haiti on 12 January 2010, at 17:12 local time.",
                   "17:12 local time")
    assert place_key(first) == place_key(later)
    assert not same_place(first, later)


def test_the_finding_says_the_sentence_is_worded_alike() -> None:
    report = check("Shares of the group closed at $41.20 on Friday after the board cut its "
                   "dividend for the first time in a decade.",
                   "Shares of the group closed at $38.90 on Friday after the board cut its "
                   "dividend for the first time in ten years.")
    (found,) = [f for f in report.findings if f.kind == "discrepancy"]
    assert found.detail["same_sentence"] is True
    assert "word the sentence around the figure alike" in found.summary


def test_a_sentence_whose_number_words_changed_was_brought_up_to_date() -> None:
    """An outbreak's bulletin and its next state: "Three people have died" became "Seven
    people have died" as the count of the infected grew. A number written in words that
    changed says the sentence was brought up to date, as a changed "3" would: its figures
    hold for two moments, and neither contradicts the other. (The two tolls in words, a
    measure the frames read, still differ as before.)"""
    report = check(
        "Three people have died and 1,200 have been infected since the outbreak began in "
        "the northern province, the regional health office said.",
        "Seven people have died and 1,450 have been infected since the outbreak began in "
        "the northern province, the regional health office said.")
    assert paired(report, "1,200", "1,450") == []
    # an ordinal in words too: the first wave's toll is not the second's
    first = around("For the first wave, the count most cited in official reports is 8,000, "
                   "though some say more.", "8,000")
    second = around("For the second wave, the count most cited in official reports is "
                    "8,000, though some say more.", "8,000")
    assert not same_place(first, second)


def test_the_long_context_is_read_only_for_figures_whose_words_right_by_them_match(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Election results told in two wordings: every figure has candidates, none stands in
    the same place of a sentence worded alike. The sentence's other numbers (read up to
    NUMBERS_REACH characters either side) are read for no pair whose place keys differ:
    for every claim with a candidate, they cost a long stretch of text per claim."""
    import claimcheck.align.figures as figures

    long_reads = []
    real = figures.context

    def counting(*args, **kwargs):
        if kwargs.get("numbers", True):
            long_reads.append(args[2].text)
        return real(*args, **kwargs)

    monkeypatch.setattr(figures, "context", counting)
    parties = ["Labour", "Conservative", "Liberal", "Green", "Reform"]
    a = " ".join(f"The {p} party won {1000 + 7 * i:,} votes in the district of Ashby in "
                 "the spring election." for i, p in enumerate(parties))
    b = " ".join(f"In Ashby's spring election, {1000 + 7 * i:,} ballots went to the {p} "
                 "party's candidate." for i, p in enumerate(parties))
    report = check(a, b)
    assert any(f.kind == "agreement" for f in report.findings)
    assert long_reads == []


def test_one_template_told_of_two_subjects_is_not_one_sentence_in_two_states() -> None:
    """A league's record of two finals, worded by one template: only the opponent and the
    day differ. A name where the other window has another name says two subjects, not one
    sentence brought to two states, however alike the rest; a state that adds a name to
    the sentence is still one sentence."""
    report = check("Records were kept by the club. According to the league, the final against "
                   "Rovers was played on 6 May 1988.",
                   "Records were kept by the club. According to the league, the final against "
                   "Wanderers was played on 14 May 1992.")
    assert paired(report, "6 May 1988", "14 May 1992") == []
    one = around("According to the ministry, the outbreak in Kaduna province was declared "
                 "over on 6 January 2019.", "6 January 2019")
    other = around("According to the ministry, the outbreak in Sokoto province was declared "
                   "over on 14 January 2019.", "14 January 2019")
    assert place_key(one) == place_key(other)
    assert not same_place(one, other)
    fuller = around("According to the health ministry, the outbreak in Kaduna province was "
                    "declared over on 6 January 2019.", "6 January 2019")
    assert same_place(one, fuller)


def test_a_figure_told_again_in_other_units_changes_with_it() -> None:
    # the brackets restate the figure: their number is no other number of the sentence
    a = ("The flood sent three mudflows down the valley at 50 kilometers per hour (30 miles "
         "per hour), burying the town within the hour.")
    b = ("The flood sent three mudflows down the valley at 60 kilometers per hour (40 miles "
         "per hour), burying the town within the hour.")
    assert paired(check(a, b), "50 kilometers per hour", "60 kilometers per hour") \
        == ["discrepancy"]


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    ("The number most often cited in the official reports is 8,000 (edition 3) and nobody "
     "has revised it.", "The number most often cited in the official reports is 9,500 "
     "(edition 4) and nobody has revised it.", "8,000", "9,500"),
    ("The estimate most often given by the ministry is 12,000 (from 40 districts) and "
     "nobody has disputed it since.", "The estimate most often given by the ministry is "
     "15,000 (from 52 districts) and nobody has disputed it since.", "12,000", "15,000"),
])
def test_a_bracket_after_a_figure_that_numbers_something_else_is_no_restatement(
        a: str, b: str, x: str, y: str) -> None:
    # "(edition 3)", "(from 40 districts)": no unit of the figure's told again; the
    # bracket's number changed too, so the sentence was brought up to date
    assert "discrepancy" not in paired(check(a, b), x, y)
