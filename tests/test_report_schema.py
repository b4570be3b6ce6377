"""Reports match the published JSON Schema, and the same input gives the same bytes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import jsonschema
import pytest

import claimcheck
from claimcheck import Claim, Document, Finding, Quantity, Report, TimeRef
from claimcheck.builtin.render.json import render_json

from .conftest import PRESS, RENDERING, ROOT, SEED, WESTERN

SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))


def validate(data: dict) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(data)


def _hand_made() -> Report:
    text = "By January 1, 1950, the total number of DPRK troops was 110,000."
    doc = Document("a", text, "a.txt")
    when = TimeRef(3, 18, "January 1, 1950", dt.date(1950, 1, 1), dt.date(1950, 1, 1),
                   "day", "1950-01-01")
    figure = Claim("a:2", "a", "quantity", 56, 63, "110,000", (0, 64), subject="DPRK troops",
                   subject_key="dprk troop",
                   value=Quantity(56, 63, "110,000", 110000.0, 110000.0, "troops"), when=when)
    date = Claim("a:1", "a", "date", 3, 18, "January 1, 1950", (0, 64), value=when)
    slant = Finding("slant", "labeling: 'puppet' applied to a government", document="a",
                    start=0, end=2, category="labeling")
    found = Finding("discrepancy", "110,000 vs 87,500-99,000", ("a:2", "a:1"),
                    detail={"difference": (11000.0, 22500.0), "dates": [dt.date(1950, 1, 1)]})
    return Report((doc,), (date, figure), (found, slant))


def test_hand_made_report_validates_and_prints_whole_numbers() -> None:
    data = _hand_made().to_dict()
    validate(data)
    figure = data["claims"][1]
    assert figure["value"] == {"low": 110000, "high": 110000, "unit": "troops",
                               "qualifier": "exact"}
    assert figure["when"]["earliest"] == "1950-01-01"
    assert data["findings"][0]["detail"] == {"difference": [11000, 22500],
                                             "dates": ["1950-01-01"]}
    assert "why" not in data["findings"][1]  # claimcheck/2: the summary is the reason


def test_a_claim_leaves_out_what_is_null_empty_or_the_default() -> None:
    """claimcheck/2: a report of ten thousand sources holds half a million claims, most
    of whose fields are null; leaving them out is a third of its size."""
    report = _hand_made()
    date, figure = report.to_dict()["claims"]
    assert set(date) == {"id", "document", "kind", "start", "end", "text", "sentence",
                         "value"}
    assert figure["subject"] == "DPRK troops" and "attribution" not in figure
    framed = Claim("a:3", "a", "quantity", 56, 63, "110,000", passage="footnote",
                   citations=("n1",), attribution="the survey",
                   frame=claimcheck.model.Frame(measure="strength", statistic="share"))
    data = framed.to_dict()
    assert data["passage"] == "footnote" and data["citations"] == ["n1"]
    assert data["attribution"] == "the survey"
    assert data["frame"] == {"measure": "strength", "statistic": "share"}
    assert claimcheck.model.Frame(measure_weak=True, source="table").to_dict() == {
        "measure_weak": True, "source": "table"}
    validate(Report(report.documents, (*report.claims, framed), ()).to_dict())


def test_a_frame_leaves_out_what_its_claim_already_says() -> None:
    figure = _hand_made().claims[1]
    same = claimcheck.model.Frame(measure="strength", subject=figure.subject,
                                  subject_key=figure.subject_key, period=figure.when)
    assert Claim.to_dict(replace(figure, frame=same))["frame"] == {"measure": "strength"}
    other = claimcheck.model.Frame(measure="strength", subject="the KPA")
    frame = Claim.to_dict(replace(figure, frame=other))["frame"]
    # the frame's own subject; no key and no period although the claim has them: null
    assert frame == {"measure": "strength", "subject": "the KPA", "subject_key": None,
                     "period": None}
    assert list(frame) == ["measure", "subject", "subject_key", "period"]
    validate(Report(_hand_made().documents, (replace(figure, frame=other),), ()).to_dict())


def test_schema_rejects_a_slant_finding_without_a_span() -> None:
    data = _hand_made().to_dict()
    del data["findings"][1]["start"]
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


@pytest.mark.parametrize(
    "sources",
    [(SEED,), (SEED, WESTERN), (SEED, RENDERING), (PRESS, SEED), (SEED, WESTERN, PRESS)],
    ids=["seed", "seed-western", "seed-rendering", "press-seed", "three"],
)
def test_reports_on_seeds_validate(sources) -> None:
    data = claimcheck.check(*sources).to_dict()
    validate(data)
    texts = {d.stem: d.read_text(encoding="utf-8") for d in sources}
    for claim in data["claims"]:
        assert texts[claim["document"]][claim["start"] : claim["end"]] == claim["text"]
    for finding in data["findings"]:
        if "start" in finding:
            assert 0 <= finding["start"] <= finding["end"] <= len(texts[finding["document"]])


def test_same_input_same_bytes() -> None:
    first = render_json(claimcheck.check(SEED, WESTERN), claimcheck.Config())
    second = render_json(claimcheck.check(SEED, WESTERN), claimcheck.Config())
    assert first == second


def test_schema_vocabularies_match_the_model() -> None:
    """A kind added to the model but not the schema would fail every report that uses it."""
    from claimcheck.model import FINDING_KINDS, PASSAGE_KINDS, QUALIFIERS, SLANT_CATEGORIES

    defs = SCHEMA["$defs"]
    assert SCHEMA["properties"]["claim_fields"]["items"]["enum"] == list(
        claimcheck.model.CLAIM_FIELDS)
    assert len(defs["claim_row"]["prefixItems"]) == len(claimcheck.model.CLAIM_FIELDS)
    assert set(defs["claim"]["properties"]["passage"]["enum"]) == set(PASSAGE_KINDS)
    assert set(defs["quantity"]["properties"]["qualifier"]["enum"]) == set(QUALIFIERS)
    assert set(defs["finding"]["properties"]["kind"]["enum"]) == set(FINDING_KINDS)
    assert set(defs["finding"]["properties"]["category"]["enum"]) == set(SLANT_CATEGORIES)
