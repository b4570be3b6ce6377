"""The records a corpus holds by the hundred thousand are slotted (no instance dict), copy
and pickle whole, and the strings and days that repeat across a corpus's documents are
held once (``core.documents.shared_values``); the report is the same, byte for byte."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

import pytest

import claimcheck
from claimcheck import model
from claimcheck.builtin.render.json import render_json
from claimcheck.core import documents
from claimcheck.text.records import built, replaced

from .conftest import PRESS, RENDERING, SEED, WESTERN

#: Records made per claim, per sentence or per finding: each would carry a dict.
SLOTTED = (model.Claim, model.Quantity, model.TimeRef, model.Frame, model.Passage,
           model.Sentence, model.NoteRef, model.Label, model.Table, model.Finding,
           model.FactValue, model.Fact)


@pytest.mark.parametrize("cls", SLOTTED, ids=lambda c: c.__name__)
def test_records_a_corpus_holds_many_of_have_no_instance_dict(cls: type) -> None:
    assert "__slots__" in cls.__dict__
    fields = {f.name: _example(f) for f in dataclasses.fields(cls)
              if f.default is dataclasses.MISSING
              and f.default_factory is dataclasses.MISSING}
    record = cls(**fields)
    assert not hasattr(record, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):  # still frozen
        setattr(record, dataclasses.fields(cls)[0].name, 2)


def _example(f: dataclasses.Field) -> object:
    kind = str(f.type)
    if "int" in kind and "tuple" not in kind:
        return 1
    if "float" in kind:
        return 1.0
    if "tuple" in kind:
        return ()
    if "date" in kind:
        return None
    return "x"


def test_a_slotted_claim_copies_and_pickles_with_every_field() -> None:
    claims = claimcheck.claims(SEED)
    framed = next(c for c in claims if c.frame is not None and c.value is not None)
    # replaced: the fields given change, the others (extra and frame, which equality
    # does not compare, included) are the very objects they were
    copy = replaced(framed, id="other:1", subject_key="k")
    assert dataclasses.replace(framed, id="other:1", subject_key="k") == copy
    for f in dataclasses.fields(framed):
        if f.name not in ("id", "subject_key"):
            assert getattr(copy, f.name) is getattr(framed, f.name), f.name
    assert (copy.id, copy.subject_key) == ("other:1", "k")
    back = pickle.loads(pickle.dumps(claims))
    assert back == claims
    assert [(c.extra, c.frame, c.value, c.when) for c in back] == \
        [(c.extra, c.frame, c.value, c.when) for c in claims]
    finding = model.Finding("agreement", "same", ("a:1", "b:1"), detail={"x": [1]})
    assert pickle.loads(pickle.dumps(finding)).detail == {"x": [1]}


def test_built_gives_each_slotted_record_its_own_default() -> None:
    one = built(model.Claim, id="d:1", doc="d", kind="quantity", start=0, end=1, text="1")
    two = built(model.Claim, id="d:2", doc="d", kind="quantity", start=0, end=1, text="1")
    assert one == model.Claim(id="d:1", doc="d", kind="quantity", start=0, end=1, text="1")
    assert one.extra == {} and one.extra is not two.extra  # a factory's, as __init__ gives
    with pytest.raises(TypeError):
        built(model.Claim, id="d:3")  # a required field left out: __init__ says so


def test_repeated_strings_and_days_are_one_object_across_documents() -> None:
    report = claimcheck.check(SEED, RENDERING, PRESS, WESTERN)
    seen: dict[object, object] = {}
    for claim in report.claims:
        parts = [claim.subject, claim.kind]
        if isinstance(claim.value, model.TimeRef):
            parts += [claim.value.earliest, claim.value.granularity]
        if claim.frame is not None:
            parts += [claim.frame.measure, claim.frame.subject_key]
        if claim.kind == "statement":
            parts += [claim.extra.get("predicate"), *claim.extra.get("objects", ())]
        for value in parts:
            if isinstance(value, (str, dt.date)):
                assert seen.setdefault(value, value) is value, value
        if isinstance(claim.value, (model.Quantity, model.TimeRef)):
            assert claim.value.text is claim.text  # a value's text is its claim's


def test_offsets_repeated_across_documents_are_one_int() -> None:
    """Every document of a corpus has a character 2,000: a claim's start and end, and its
    value's, are one int for each offset (up to ``_OFFSETS``), whatever the document."""
    report = claimcheck.check(SEED, RENDERING, PRESS, WESTERN)
    seen: dict[int, int] = {}
    repeated = 0
    for claim in report.claims:
        for record in (claim, claim.value):
            for offset in (getattr(record, "start", None), getattr(record, "end", None)):
                if type(offset) is int and 256 < offset < documents._OFFSETS:
                    repeated += offset in seen
                    assert seen.setdefault(offset, offset) is offset, offset
    assert repeated > 100  # the seeds share many offsets: the test reads something


def test_statements_that_say_the_same_share_one_extra() -> None:
    def said(doc: str, n: int, **extra: object) -> model.Claim:
        return model.Claim(f"{doc}:{n}", doc, "statement", 0, 4, "said", extra=extra)

    first = documents.Prepared(None, [said("a", 1, predicate="say", objects=["people"]),
                                      said("a", 2, predicate="say", objects=["troops"])],
                               [], [])  # type: ignore[arg-type]
    second = documents.Prepared(None, [said("b", 1, predicate="say", objects=["people"]),
                                       said("b", 2, objects=["people"], predicate="say"),
                                       said("b", 3, predicate="say", objects=["people"],
                                            verb_span=[0, 4])], [], [])  # type: ignore[arg-type]
    documents.shared_values([first, second])
    a1, a2 = first.claims
    b1, b2, b3 = second.claims
    assert b1.extra is a1.extra  # the same words in the same order: one dict
    assert a2.extra is not a1.extra  # other objects
    assert b2.extra is not a1.extra and list(b2.extra) == ["objects", "predicate"]
    assert b3.extra is not a1.extra and b3.extra["verb_span"] == [0, 4]  # spans: its own
    assert b1.extra["objects"][0] is a1.extra["objects"][0]


def test_shared_values_change_no_byte_of_the_report(monkeypatch) -> None:
    corpus = (SEED, RENDERING, PRESS, WESTERN)
    config = claimcheck.Config()
    shared = render_json(claimcheck.check(*corpus), config)
    monkeypatch.setattr(documents, "shared_values", lambda prepared: prepared)
    assert render_json(claimcheck.check(*corpus), config) == shared


@pytest.mark.parametrize("cls", SLOTTED, ids=lambda c: c.__name__)
def test_a_maker_and_a_copier_give_the_records_built_and_replaced_give(cls: type) -> None:
    from claimcheck.text.records import copier, maker

    required = {f.name: _example(f) for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING}
    made = maker(cls)(**required)
    plain = cls(**required)
    for f in dataclasses.fields(cls):  # every field, those equality skips too
        assert getattr(made, f.name) == getattr(plain, f.name), f.name
    factories = [f.name for f in dataclasses.fields(cls)
                 if f.default_factory is not dataclasses.MISSING]
    for name in factories:  # a factory's default is made anew for each record
        assert getattr(maker(cls)(**required), name) is not getattr(made, name)
    with pytest.raises(TypeError):
        maker(cls)(*required.values(), 1)  # keyword-only: a new field shifts nothing
    names = tuple(f.name for f in dataclasses.fields(cls))[::2]
    values = [_example(f) for f in dataclasses.fields(cls)][::2]
    copied = copier(cls, names)(made, *values)
    expected = dataclasses.replace(made, **dict(zip(names, values, strict=True)))
    for f in dataclasses.fields(cls):
        assert getattr(copied, f.name) == getattr(expected, f.name), f.name
        if f.name not in names:
            assert getattr(copied, f.name) is getattr(made, f.name)
    with pytest.raises(TypeError):
        copier(cls, ("no_such_field",))



def test_a_copier_keeps_the_class_of_a_subclass_record() -> None:
    from claimcheck.text.records import copier

    @dataclasses.dataclass(frozen=True, slots=True)
    class Own(model.Claim):  # a plugin's own kind of claim
        pass

    claim = Own("a:1", "a", "quantity", 0, 1, "5")
    copied = copier(model.Claim, ("id", "frame"))(claim, "a:2", None)
    assert type(copied) is Own and copied.id == "a:2" and copied.text == "5"
