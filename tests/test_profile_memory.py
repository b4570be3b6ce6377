"""Alignment's profiles are compact (a corpus holds one for every figure and date) and
still read as the sets the scores and blocking keys expect."""

from __future__ import annotations

import pickle

from claimcheck.align.profiles import NO_CONCEPTS, Concepts, FigureProfile, shared_set


def test_concepts_read_as_a_set() -> None:
    a = Concepts(["war", "army", "strength", "army"])
    b = frozenset({"army", "june", "strength"})
    assert list(a) == ["army", "strength", "war"]  # sorted, each once: no hash order
    assert len(a) == 3
    assert a & b == frozenset({"army", "strength"})
    assert b & a == frozenset({"army", "strength"})
    assert a & Concepts(["war"]) == frozenset({"war"})
    assert a - b == frozenset({"war"})
    assert a | {"june"} == frozenset({"army", "strength", "war", "june"})
    assert "army" in a and "june" not in a and 3 not in a
    assert not (a & Concepts())


def test_concepts_are_smaller_than_a_frozenset() -> None:
    import sys

    words = [f"word{n}" for n in range(20)]
    assert sys.getsizeof(Concepts(words)) * 4 < sys.getsizeof(frozenset(words))


def test_concepts_pickle_as_themselves() -> None:
    a = Concepts(["b", "a"])
    back = pickle.loads(pickle.dumps(a))
    assert type(back) is Concepts and tuple(back) == ("a", "b")


def test_small_sets_are_shared() -> None:
    assert shared_set(["army", "korean"]) is shared_set(("korean", "army"))
    assert shared_set([]) is NO_CONCEPTS


def test_profiles_have_no_instance_dictionary() -> None:
    p = FigureProfile(claim=None, family="time", dimension="day", owner=None,  # type: ignore[arg-type]
                      owner_words=NO_CONCEPTS, concepts=Concepts(), measures=NO_CONCEPTS,
                      own=NO_CONCEPTS, interval=None, number=None)
    assert not hasattr(p, "__dict__")
    p.weight = 1.5  # the fields alignment sets later are slots like the others
    assert p.weight == 1.5


def test_corpus_candidates_read_as_a_dictionary_in_order() -> None:
    from array import array

    from claimcheck.align.blocking import SHIFT, Candidates

    found = Candidates()
    found.add(0, 2, array("q", [(3 << SHIFT) | 1, (0 << SHIFT) | 5]))
    found.add(1, 0 + 2, array("q", [(2 << SHIFT) | 2]))
    found.add(1, 7, array("q", [(0 << SHIFT) | 0]))
    as_dict = {pair: list(pairs) for pair, pairs in found.items()}
    assert as_dict == {(0, 2): [(0, 5), (3, 1)], (1, 2): [(2, 2)], (1, 7): [(0, 0)]}
    assert list(as_dict) == sorted(as_dict) == list(found)
    assert list(found[(0, 2)]) == [(0, 5), (3, 1)] and found[(0, 2)][-1] == (3, 1)
    assert len(found) == 3 and sum(len(v) for v in found.values()) == 4
    assert (0, 1) not in found
    try:
        found.add(0, 9, array("q"))
    except ValueError:
        pass
    else:
        raise AssertionError("pairs of documents must come in order")


def test_spans_of_days_and_dates_are_shared() -> None:
    import datetime as dt

    from claimcheck.align.profiles import shared_span

    assert shared_span((730000, 730030)) is shared_span((730000, 730030))
    day = (dt.date(1950, 6, 25), dt.date(1950, 6, 25))
    assert shared_span(day) is shared_span((dt.date(1950, 6, 25), dt.date(1950, 6, 25)))
    assert shared_span(None) is None
    # equal but not alike: a span of floats is never given a span of ints, nor the reverse
    floats = (730000.0, 730030.0)
    assert shared_span(floats) is floats
    assert type(shared_span((730000, 730030))[0]) is int


class _Figure:
    """A stand-in profile: what ``corpus_candidates`` and ``candidate_pairs`` read."""

    def __init__(self, keys: set[str], number: float, family: str = "quantity") -> None:
        self.keys = tuple(sorted(keys))
        self.number = number
        self.interval = None
        self.family = family


def test_keys_left_after_the_corpus_candidates_pair_a_documents_figures_alike() -> None:
    """Once a document's corpus candidates are taken its figures keep fewer keys
    (``blocking._keys_left``); the pairs within the document must stay the same. A figure
    with keys of its own and a block of exactly MAX_CANDIDATES others: its own keys fill
    one place of its budget, so that block no longer fits, with one such key or several."""
    import random

    from claimcheck.align.blocking import candidate_pairs, corpus_candidates
    from claimcheck.align.profiles import MAX_CANDIDATES

    rng = random.Random(7)
    crowd = [_Figure({"crowd", f"own{k}", f"own{k}b"}, float(k)) for k in range(MAX_CANDIDATES)]
    doc = [_Figure({"crowd", "alone1", "alone2"}, 99.0), *crowd]
    doc += [_Figure({rng.choice("abcdef") + str(rng.randrange(4)) for _ in range(4)},
                    float(k)) for k in range(40)]
    doc += [_Figure({"day"}, 1.0, family="time")]
    other = [_Figure({"crowd", "a1", "b2"}, 5.0), _Figure({"day"}, 1.0, family="time")]
    figures = [p for p in doc if p.family != "time"]
    before = candidate_pairs(figures, figures)
    assert not any(i == 0 and j > 0 for i, j in before)  # the crowd's block did not fit
    corpus_candidates([doc, other])
    assert candidate_pairs(figures, figures) == before
    assert doc[0].keys == ("alone1", "crowd")  # one key of its own left
    assert doc[-1].keys == ()  # dates never meet within a document


def test_tuples_profiles_hold_alike_are_shared_by_type_and_value() -> None:
    from claimcheck.align.profiles import shared_tuple

    key = ("figure", 47000.0, 47000.0, "count")
    assert shared_tuple(key) is shared_tuple(("figure", 47000.0, 47000.0, "count"))
    as_ints = ("figure", 47000, 47000, "count")  # equal, but written as whole numbers
    assert shared_tuple(as_ints) is as_ints
    words = Concepts(["army", "strength"])
    assert shared_tuple(words) is shared_tuple(Concepts(["strength", "army"]))
    assert type(shared_tuple(words)) is Concepts
    assert shared_tuple(("army", "strength")) is not shared_tuple(words)  # a plain tuple
    assert shared_tuple(NO_CONCEPTS) is NO_CONCEPTS and shared_tuple(None) is None
