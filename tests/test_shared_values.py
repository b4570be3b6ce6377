"""Results that workers send back packed (``core.documents.pack``) are read into the run's
shared values as they come (``SharedValues.load``): the same records, equal field by
field, with each repeated value one object across documents, and the same report."""

from __future__ import annotations

import pickle
from pathlib import Path

import claimcheck
from claimcheck import model
from claimcheck.builtin.render.json import render_json
from claimcheck.core import documents, parallel
from claimcheck.manager import get_plugin_manager
from claimcheck.text.names import Aliases

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CORPUS = [str(SEEDS / name) for name in (
    "seed-opening-neutral-rendering.txt", "press-style-1951.txt",
    "western-figures-1950-1958.txt")]


def _prepared() -> list[documents.Prepared]:
    pm = get_plugin_manager()
    docs = [claimcheck.load(p, pm=pm, doc_id=f"d{n}") for n, p in enumerate(CORPUS)]
    return [documents.prepare_one(d, Aliases(), pm=pm) for d in docs]


def _fields(result: documents.Prepared) -> list[tuple]:
    out = []
    for claim in result.claims:
        out.append(tuple(getattr(claim, f) for f in model.Claim.__slots__
                         if not f.startswith("_")))
    return out


def test_loaded_results_equal_the_made_ones_and_share_repeated_values() -> None:
    made = _prepared()
    values = documents.SharedValues()
    loaded = [values.load(documents.pack(p)) for p in made]
    for one, two in zip(made, loaded, strict=True):
        assert _fields(one) == _fields(two)
        assert [c.extra for c in one.claims] == [c.extra for c in two.claims]
        assert [c.frame for c in one.claims] == [c.frame for c in two.claims]
        assert one.segments == two.segments
        assert (one.checked, one.slant) == (two.checked, two.slant)
    seen: dict[object, object] = {}
    repeated = 0
    for result in loaded:
        for claim in result.claims:
            parts = [claim.subject, claim.kind, claim.start, claim.end, claim.sentence]
            if isinstance(claim.value, model.TimeRef):
                parts += [claim.value.timex, claim.value.earliest, claim.value.text]
            if isinstance(claim.value, model.Quantity):
                parts += [claim.value.low, claim.value.text]
            for value in parts:
                if value is None or (type(value) is int and not 256 < value < 1 << 15):
                    continue
                key = (type(value), value)
                repeated += key in seen
                assert seen.setdefault(key, value) is value, value
        for sentence in result.segments.sentences:
            for offset in (sentence.start, sentence.end):
                if 256 < offset < 1 << 15:
                    assert seen.setdefault((int, offset), offset) is offset
    assert repeated > 100  # the seeds repeat many values: the test reads something


def test_a_span_is_one_pair_made_of_the_runs_offsets() -> None:
    values = documents.SharedValues()
    first = values.load(documents.pack(_prepared()[0]))
    spans = {}
    for claim in first.claims:
        if claim.sentence is not None:
            assert spans.setdefault(claim.sentence, claim.sentence) is claim.sentence
            assert values.same(claim.sentence[0]) is claim.sentence[0]


def test_zero_and_nan_are_never_shared() -> None:
    values = documents.SharedValues()
    assert values.same(0.0) is not None
    minus = -0.0
    values.same(0.0)
    assert str(values.same(minus)) == "-0.0"
    nan = float("nan")
    assert values.same(nan) is nan
    assert values.same(2000.0) is values.same(2000.0 + 0.0)
    assert type(values.same(2000.0)) is float and type(values.same(2000)) is int


def test_the_engine_hands_each_result_to_each_as_it_comes() -> None:
    seen: list[int] = []

    def each(index: int, result: int) -> int:
        seen.append(index)
        return -result

    out = parallel.LocalEngine(2).map(pow, [2, 3, 4, 5], shared={"exp": 2}, each=each)
    assert out == [-4, -9, -16, -25] and sorted(seen) == [0, 1, 2, 3]
    assert parallel.LocalEngine(1).map(pow, [2, 3], shared={"exp": 2}, each=each) == [-4, -9]


def test_packed_results_give_the_report_of_results_made_here(monkeypatch) -> None:
    config = claimcheck.Config()
    here = render_json(claimcheck.check(*CORPUS, jobs=1), config)
    assert render_json(claimcheck.check(*CORPUS, jobs=2), config) == here
    # and the same without any sharing: sharing changes no byte
    monkeypatch.setattr(documents.SharedValues, "persisted", lambda self, value: value)
    assert render_json(claimcheck.check(*CORPUS, jobs=2), config) == here


def test_a_packed_result_pickles_no_larger_than_twice_the_plain_one() -> None:
    result = _prepared()[0]
    assert len(documents.pack(result)) < 2 * len(pickle.dumps(documents._fields(result)))


def test_parked_statements_and_segments_read_back_as_they_were() -> None:
    made = _prepared()
    values = documents.SharedValues()
    for result in made:
        parked = values.load(documents.pack(result, park=True))
        assert isinstance(parked, documents.Parked) and parked.segments is None
        assert all(c.kind != "statement" for c in parked.claims)
        assert any(c.kind == "statement" for c in result.claims)  # something was parked
        back, segments = parked.read()
        assert segments == result.segments
        whole = documents.Prepared(segments, back, [], [])
        assert _fields(whole) == _fields(result)
        assert [c.extra for c in back] == [c.extra for c in result.claims]
        # a statement's date is the date claim's own object again, not a copy
        dates = {c.value: c.value for c in parked.claims
                 if isinstance(c.value, model.TimeRef)}
        for claim in back:
            if claim.kind == "statement" and claim.when in dates:
                assert claim.when is dates[claim.when]
        again = documents.unparked([parked])[0]
        assert type(again) is documents.Prepared and _fields(again) == _fields(result)
        assert again.segments == result.segments


def test_parking_changes_no_byte_of_a_corpus_report(monkeypatch) -> None:
    texts = [SEEDS / name for name in sorted(p.name for p in SEEDS.glob("*.txt"))]
    corpus = [str(p) for p in texts] * 1
    config = claimcheck.Config()
    parked: list[int] = []
    real = documents.SharedValues.load

    def load(self: documents.SharedValues, packed: bytes) -> documents.Prepared:
        result = real(self, packed)
        parked.append(isinstance(result, documents.Parked))
        return result

    monkeypatch.setattr(documents.SharedValues, "load", load)
    with_parking = render_json(claimcheck.check(*corpus, jobs=2), config)
    monkeypatch.setattr(documents, "pack", lambda prepared, park=False: real_pack(prepared))
    assert render_json(claimcheck.check(*corpus, jobs=2), config) == with_parking
    assert any(parked)  # a document of the corpus was parked: the test reads something


real_pack = documents.pack
