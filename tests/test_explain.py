"""``claimcheck compare --explain``: under each unmatched figure, why no partner was taken,
in the text and Markdown reports; without the flag the reports stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import cli


@pytest.fixture()
def sources(tmp_path: Path) -> list[str]:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Acme Corp reported revenue of $4.2 billion for 2021.\n", encoding="utf-8")
    b.write_text("Globex Inc reported revenue of $3.9 billion for 2021.\n", encoding="utf-8")
    return [str(a), str(b)]


@pytest.mark.parametrize(("fmt", "marker"), [("text", "why: "), ("markdown", "Why no partner: ")])
def test_explain_says_why_a_figure_found_no_partner(sources: list[str], fmt: str,
                                                    marker: str) -> None:
    result = CliRunner().invoke(cli, ["compare", *sources, "-f", fmt, "--explain"])
    assert result.exit_code == 0, result.output
    reasons = [line.split(marker, 1)[1] for line in result.output.splitlines()
               if marker in line]
    assert any("different subjects" in r and "acme" in r.lower() for r in reasons), reasons
    plain = CliRunner().invoke(cli, ["compare", *sources, "-f", fmt])
    assert marker not in plain.output
    assert "$4.2 billion" in plain.output  # the unmatched figure is still listed
