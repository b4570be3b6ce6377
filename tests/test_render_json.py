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
