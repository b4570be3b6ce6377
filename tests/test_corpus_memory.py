"""What a corpus keeps of each document: statements of a document compared with no other
sentence by sentence keep only what alignment reads of them (``core.documents.slimmed``),
claims share their sentence spans, frames and empty extras, records pickle as their fields;
the report is the same, byte for byte."""

from __future__ import annotations

import dataclasses

import claimcheck
from claimcheck.align.statements import statement_profile
from claimcheck.builtin.render.json import render_json
from claimcheck.config import DEFAULT
from claimcheck.core import documents
from claimcheck.core.documents import STATEMENT_TERMS, Prepared, slimmed
from claimcheck.core.registered import collect

from .conftest import PRESS, RENDERING, SEED, WESTERN

#: The seed and its rendering are close accounts (their statements are compared); the
#: press dispatch and the sheet of figures are close to nothing.
CORPUS = (SEED, RENDERING, PRESS, WESTERN)


def test_a_corpus_report_is_the_same_with_slimmed_statements(monkeypatch) -> None:
    slim = claimcheck.check(*CORPUS)
    slimmed_ids = [c.id for c in slim.claims if c.kind == "statement"
                   and c.doc in ("press-style-1951", "western-figures-1950-1958")]
    assert slimmed_ids, "the unpaired sources have statements"
    assert all(set(slim.claim(c).extra) <= set(STATEMENT_TERMS) for c in slimmed_ids)
    paired = [c for c in slim.claims if c.kind == "statement" and c.doc == SEED.stem]
    assert any("verb_span" in c.extra for c in paired), "compared statements stay whole"

    monkeypatch.setattr(documents, "slimmed", lambda prepared: prepared)
    whole = claimcheck.check(*CORPUS)
    assert any("verb_span" in whole.claim(c).extra for c in slimmed_ids)
    config = claimcheck.Config()
    assert render_json(slim, config) == render_json(whole, config)


def test_slimming_keeps_what_a_statement_is_weighed_by() -> None:
    claims = claimcheck.claims(PRESS)
    statements = [c for c in claims if c.kind == "statement"]
    thin = slimmed(Prepared(None, claims, [], [])).claims  # type: ignore[arg-type]
    for before, after in zip(claims, thin, strict=True):
        if before.kind != "statement":
            assert after is before
            continue
        assert (after.id, after.start, after.end, after.text, after.subject) == \
            (before.id, before.start, before.end, before.text, before.subject)
        assert statement_profile(after, 0).terms == statement_profile(before, 0).terms
    assert sum(len(c.extra) for c in thin) < sum(len(c.extra) for c in statements)


def test_two_documents_and_a_named_statement_stay_whole() -> None:
    report = claimcheck.check(SEED, PRESS)  # two sources: every statement is compared
    assert any("verb_span" in c.extra for c in report.claims if c.kind == "statement")
    claims = claimcheck.claims(PRESS)
    named = next(c for c in claims if c.kind == "statement")
    finding = claimcheck.Finding("inconsistency", "named", (named.id,))
    kept = slimmed(Prepared(None, claims, [finding], [])).claims  # type: ignore[arg-type]
    assert kept[claims.index(named)] is named


def test_records_travel_whole_as_their_fields() -> None:
    """Claims, frames, values and segments pickle as their class and field values (what
    workers send back): every field comes back, extra and frame included (which equality
    does not compare), in a pickle about half the default's size."""
    import pickle

    claims = claimcheck.claims(SEED)
    back = pickle.loads(pickle.dumps(claims))
    assert back == claims
    for before, after in zip(claims, back, strict=True):
        assert (after.extra, after.frame, after.value, after.when) == \
            (before.extra, before.frame, before.value, before.when)
    framed = next(c for c in claims if c.frame is not None and c.frame.measure)
    assert pickle.loads(pickle.dumps(framed.frame)) == framed.frame
    # what Python's own reduce pickles of a record with an instance dict: its field names
    # and values (a slotted record's default pickle is no smaller)
    default = pickle.dumps({f.name: getattr(framed, f.name)
                            for f in dataclasses.fields(framed)})
    assert len(pickle.dumps(framed)) < len(default)


def test_a_documents_claims_share_their_sentence_frames_and_empty_extra() -> None:
    pm = claimcheck.get_plugin_manager()
    document = claimcheck.load(str(WESTERN), pm=pm, config=DEFAULT, doc_id="western")
    prepared = documents.prepare_one(document, collect(pm, DEFAULT.aliases), DEFAULT, pm)
    claims = prepared.claims
    by_sentence: dict = {}
    for c in claims:
        if c.sentence is not None:
            assert by_sentence.setdefault(c.sentence, c.sentence) is c.sentence
    empties = {id(c.extra) for c in claims if not c.extra}
    assert len(empties) == 1
    frames: dict = {}
    for c in claims:
        if c.frame is not None:
            assert frames.setdefault(c.frame, c.frame) is c.frame
