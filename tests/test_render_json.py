"""The JSON renderer on a hand-made report with every kind of finding validates."""

from __future__ import annotations

import json

import jsonschema

from claimcheck import Config
from claimcheck.builtin.render.json import render_json

from .conftest import ROOT
from .test_render_fixtures import sample_report

SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))


def test_every_finding_kind_validates() -> None:
    report = sample_report()
    data = json.loads(render_json(report, Config()))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert [f["kind"] for f in data["findings"]] == [f.kind for f in report.findings]


def test_the_renderer_writes_what_to_dict_says_one_record_a_line() -> None:
    """Written record by record (Report.sections), the report is still exactly the
    schema's dictionary, with each record on a line of its own and empty lists inline."""
    report = sample_report()
    text = render_json(report, Config())
    assert json.loads(text) == json.loads(json.dumps(report.to_dict()))
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    findings = lines.index('"findings": [')
    assert len(lines[findings + 1:findings + 1 + len(report.findings)]) == len(report.findings)
    assert all(json.loads(line.rstrip(","))["kind"] == f.kind for line, f in
               zip(lines[findings + 1:], report.findings, strict=False))


def test_a_report_with_no_findings_writes_an_empty_list_inline() -> None:
    import claimcheck

    report = claimcheck.check(claimcheck.Document("a", "Nothing here."))
    text = render_json(report, Config())
    assert '"findings": [],' in text.splitlines()
    assert json.loads(text)["findings"] == []
