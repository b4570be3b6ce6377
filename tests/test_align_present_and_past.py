"""A figure told of its writer's present ("The village now has a population around 200")
against one dated to a stated period ("By April 1903 the population had reached 600"):
then and now, two moments of one place, no discrepancy. A day's report ("reported today
a total of 133") stays a count that a count of another day may contradict. Made-up
texts across fields; the case came from a real page (bench/realpairs: the Frank Slide)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Claim, Document
from claimcheck.align.frames import present_against_past

from .conftest import kinds


@pytest.mark.parametrize("now, then, figures", [
    ("The village is now part of the county and has a population around 200.",
     "By April 1903, the permanent population of the village had reached 600.",
     ("200", "600")),
    ("The regiment currently numbers 450 soldiers.",
     "In 1916 the regiment numbered 1,100 soldiers.", ("450", "1,100")),
    ("The company at present employs 3,000 people.",
     "The company employed 12,000 people in 1985.", ("3,000", "12,000")),
])
def test_now_against_a_stated_period_is_two_moments(now: str, then: str,
                                                    figures: tuple[str, str]) -> None:
    report = claimcheck.check(Document("a", now), Document("b", then))
    assert "discrepancy" not in kinds(report, *figures)


def test_a_days_report_is_no_state_of_the_present() -> None:
    def figure(doc: str, text: str, said: str) -> Claim:
        return next(c for c in claimcheck.claims(Document(doc, text)) if c.text == said)
    texts = {"a": "The agency reported today a total of 133 persons infected.",
             "b": "By October 17, 2011, a total of 123 persons were infected.",
             "c": "The agency now counts a total of 133 persons infected."}
    dated = figure("b", texts["b"], "123")
    assert present_against_past(figure("a", texts["a"], "133"), dated, texts) is None
    assert present_against_past(figure("c", texts["c"], "133"), dated, texts) is not None


def test_two_figures_of_the_present_still_differ() -> None:
    report = claimcheck.check(
        Document("a", "The regiment now numbers 450 soldiers."),
        Document("b", "The regiment now numbers 520 soldiers."))
    assert "discrepancy" in kinds(report, "450", "520")


@pytest.mark.parametrize("aside, dated, figures", [
    ("The battle, now seen as a turning point, cost the French army 5,000 dead.",
     "At the battle in June 1815 the French army lost 9,000 dead.", ("5,000", "9,000")),
    ("The now-defunct airline carried 2 million passengers.",
     "In 1998 the airline carried 3 million passengers.", ("2 million", "3 million")),
])
def test_now_outside_the_figures_clause_tells_no_present(aside: str, dated: str,
                                                        figures: tuple[str, str]) -> None:
    # "now" in an aside set off by commas, or glued to an adjective, tells of another
    # thing than the figure: the figure is no state of the writer's present
    report = claimcheck.check(Document("a", aside), Document("b", dated))
    assert "discrepancy" in kinds(report, *figures)


def test_a_present_word_opening_the_sentence_holds_for_its_figure() -> None:
    report = claimcheck.check(
        Document("a", "Currently, the club has 40,000 members."),
        Document("b", "In 1990 the club had 12,000 members."))
    assert "discrepancy" not in kinds(report, "40,000", "12,000")


@pytest.mark.parametrize("story, dated, figures", [
    ("Reinforced, Napoleon now had 70,000 men.", "In June 1815 Napoleon had 90,000 men.",
     ("70,000", "90,000")),
    ("The garrison now numbered 1,200 soldiers.",
     "In March 1857 the garrison numbered 3,000 soldiers.", ("1,200", "3,000")),
    ("The epidemic was now killing 300 people a week.",
     "In August 1853 the epidemic killed 500 people a week.", ("300", "500")),
])
def test_now_in_a_past_tense_clause_is_the_storys_moment(story: str, dated: str,
                                                        figures: tuple[str, str]) -> None:
    # a narrative's "now had", "now numbered": the moment the story has reached, no
    # state of the writer's present
    report = claimcheck.check(Document("a", story), Document("b", dated))
    assert "discrepancy" in kinds(report, *figures)


def test_a_present_perfect_is_the_writers_present() -> None:
    report = claimcheck.check(
        Document("a", "The town's population has now reached 200."),
        Document("b", "By April 1903 the population of the town had reached 600."))
    assert "discrepancy" not in kinds(report, "200", "600")
