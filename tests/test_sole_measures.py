"""A figure that is its document's only statement of a measure (the death toll told once)
meets the other document's only statement of it more readily: each is that document's
one account of the measure (align/profiles.py ``mark_sole_measures``)."""

from __future__ import annotations

import claimcheck
from claimcheck import Document
from claimcheck.align import figures

A = ("The Harwick colliery opened in 1852 and employed 640 men by 1870. "
     "One morning a fire in the main shaft trapped the shift, causing the death of 110 "
     "workers. The company paid $60,000 to the families.")
B = ("Harwick Disaster. Flames swept up the timbered shaft. The toll reached one hundred "
     "and eight lives by Sunday. Relief committees raised $45,000 for widows.")
#: The same account giving a second, different toll: its figures of the toll are no
#: longer its only one.
B_TWO_TOLLS = B + " Early rumours said 300 lives were lost."


def _scores(a: str, b: str, monkeypatch) -> dict[frozenset[str], tuple[float, bool, bool]]:
    seen: dict[frozenset[str], tuple[float, bool, bool]] = {}
    original = figures.score

    def recording(pa, pb, *args, **kwargs):
        found = original(pa, pb, *args, **kwargs)
        seen[frozenset((pa.claim.text, pb.claim.text))] = (
            found, pa.sole_measure, pb.sole_measure)
        return found

    monkeypatch.setattr(figures, "score", recording)
    claimcheck.check(Document("a", a), Document("b", b))
    return seen


def test_sole_statements_of_one_measure_weigh_more(monkeypatch) -> None:
    pair = frozenset(("110", "one hundred and eight"))
    alone, _, _ = _scores(A, B, monkeypatch)[pair]
    both_sole = _scores(A, B, monkeypatch)[pair][1:]
    with_two, a_sole, b_sole = _scores(A, B_TWO_TOLLS, monkeypatch)[pair]
    assert both_sole == (True, True)
    assert (a_sole, b_sole) == (True, False)
    assert alone > with_two


def test_a_value_told_twice_is_still_the_sole_statement(monkeypatch) -> None:
    twice = B + " Of the one hundred and eight lives lost, most were boys."
    _, a_sole, b_sole = _scores(A, twice, monkeypatch)[frozenset(("110", "one hundred and eight"))]
    assert a_sole and b_sole


def test_only_figures_of_a_named_measure_are_marked(monkeypatch) -> None:
    """The toll is its document's sole statement of the dead; the money paid to the
    families names no measure, and is nobody's sole statement of anything."""
    marked: dict[tuple[str, str], bool] = {}
    original = figures.mark_sole_measures

    def recording(found):
        original(found)
        for p in found:
            marked[(p.claim.doc, p.claim.text)] = p.sole_measure

    monkeypatch.setattr(figures, "mark_sole_measures", recording)
    claimcheck.check(Document("a", A), Document("b", B))
    assert marked[("a", "110")] is True
    assert marked[("a", "$60,000")] is False
