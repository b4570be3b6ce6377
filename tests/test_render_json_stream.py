"""The JSON report written line by line (iter_json, write_json) is render_json's text,
made as it is read: a caller writing it to a file never holds the whole text."""

from __future__ import annotations

import io
import json

from claimcheck import Config
from claimcheck.builtin.render.json import iter_json, render_json, write_json

from .test_render_fixtures import sample_report


def test_the_lines_written_in_turn_are_the_rendered_text() -> None:
    report = sample_report()
    text = render_json(report, Config())
    out = io.StringIO()
    assert write_json(report, Config(), out) == len(text)
    assert out.getvalue() == text
    json.loads(text)


def test_each_piece_is_one_line_of_at_most_one_record() -> None:
    """One record a piece, made when asked for: the first line comes before any finding
    is written, and no piece holds two lines (a renderer that built the text first and
    handed it over in one piece would fail both)."""
    report = sample_report()
    pieces = iter_json(report, Config())
    assert next(pieces) == "{\n"
    rest = list(pieces)
    assert all(p.endswith("\n") and p.count("\n") == 1 for p in rest)
    findings = rest.index('"findings": [\n')
    assert len(rest) > findings + len(report.findings)
