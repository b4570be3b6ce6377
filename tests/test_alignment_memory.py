"""What alignment keeps while a corpus is lined up (issue 14): a matched pair keeps its
kind, not its finding, which is made again where it is reported; statement profiles are
kept only for the documents whose statements are compared, each term still weighed by
every document's statements. The report must not change with either."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import claimcheck
from claimcheck.align import figures, statements
from claimcheck.builtin.render.json import render_json

from .conftest import PRESS, RENDERING, SEED, WESTERN

_BENCH = Path(__file__).resolve().parent.parent / "bench" / "_facts_corpus.py"


def _generator():
    spec = importlib.util.spec_from_file_location("bench_facts_corpus_memory", _BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """Twelve generated documents: more than ``MANY_SOURCES``, so facts of many sources."""
    where = tmp_path_factory.mktemp("corpus")
    made = _generator().generate(12, 0)
    made.write(where)
    return sorted(p for p in where.iterdir() if p.is_file())


@pytest.mark.parametrize("sources", ["seeds", "corpus"])
def test_pairs_made_again_give_the_same_report(sources, corpus, monkeypatch) -> None:
    paths = [SEED, RENDERING, PRESS, WESTERN] if sources == "seeds" else corpus
    config = claimcheck.Config()
    slim = render_json(claimcheck.check(*paths), config)
    made = figures._paired
    kept: list[figures.Paired] = []

    def keeping(m, cumulative, keep):
        kept.append(made(m, cumulative, True))
        return kept[-1]

    monkeypatch.setattr(figures, "_paired", keeping)
    whole = render_json(claimcheck.check(*paths), config)
    assert any(p.kind == "discrepancy" for p in kept), "some pair is reported"
    assert slim == whole


def test_statements_are_weighed_by_every_document() -> None:
    docs = [claimcheck.claims(p) for p in (SEED, RENDERING, PRESS, WESTERN)]
    everyone = [statements.statement_profile(c, n) for d in docs
                for n, c in enumerate(c for c in d if c.kind == "statement")]
    statements._weigh(everyone)
    first = [statements.statement_profile(c, n) for n, c in enumerate(
        c for c in docs[0] if c.kind == "statement")]
    counts: dict[str, int] = {}
    for p in everyone:
        for t in p.terms:
            counts[t] = counts.get(t, 0) + 1
    statements._weigh(first, counts, len(everyone))
    assert [p.vector for p in first] == [p.vector for p in everyone[:len(first)]]
    alone = [statements.statement_profile(c, n) for n, c in enumerate(
        c for c in docs[0] if c.kind == "statement")]
    statements._weigh(alone)
    assert [p.vector for p in alone] != [p.vector for p in first], \
        "the other documents' statements change the weights"


def _keys_at_candidates(monkeypatch) -> list[int]:
    """Spy on ``corpus_candidates``: the number of keys each run's profiles hold."""
    counts: list[int] = []
    real = figures.corpus_candidates

    def spy(by_doc, base=None, apart=None):
        counts.append(sum(len(p.keys) for found in by_doc for p in found))
        return real(by_doc, base=base, apart=apart)

    monkeypatch.setattr(figures, "corpus_candidates", spy)
    return counts


def test_a_corpus_keeps_only_keys_that_can_meet(corpus, monkeypatch) -> None:
    from claimcheck.align import blocking

    config = claimcheck.Config()
    counts = _keys_at_candidates(monkeypatch)
    slim = render_json(claimcheck.check(*corpus), config)

    def every_key(profiles, key_list):
        for found in profiles:
            for p in found:
                p.keys = key_list(p)

    with monkeypatch.context() as m:
        m.setattr(figures, "corpus_keys", every_key)
        whole = render_json(claimcheck.check(*corpus), config)
    # every hash alike: each key is taken to be held by two documents, none dropped
    with monkeypatch.context() as m:
        m.setattr(blocking, "hash", lambda key: 0, raising=False)
        colliding = render_json(claimcheck.check(*corpus), config)
    assert counts[0] < counts[1] / 2, "most keys are one document's"
    assert counts[2] == counts[1]
    assert slim == whole == colliding


def test_owner_words_compare_as_sets() -> None:
    from claimcheck.align.profiles import NO_CONCEPTS, Words, owner_words_of

    korean = owner_words_of(["north", "korean", "army"])
    assert isinstance(korean, Words) and korean == ("army", "korean", "north")
    # as tuples ("army", "korean") < ("army", "korean", "north") < ("b",) would hold
    assert Words(["korean", "army"]) <= korean and Words(["korean", "army"]) < korean
    assert korean >= Words(["north"]) and korean > Words(["north"])
    assert not Words(["b"]) <= korean and not korean <= Words(["b"])
    assert owner_words_of([]) is NO_CONCEPTS
