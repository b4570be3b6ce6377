"""The terminal report: grouped, most important first, both sides quoted with places."""

from __future__ import annotations

import re

import pytest

from claimcheck import Config, Document, Finding, Report
from claimcheck.builtin.render.text import render_text

from .test_render_fixtures import sample_report

PLAIN = Config()
COLOUR = Config(options={"color": True})


def test_sections_come_most_important_first() -> None:
    out = render_text(sample_report(), PLAIN)
    titles = re.findall(r"^== (.+?) \(\d+\) ==$", out, re.MULTILINE)
    assert titles == ["Discrepancies", "Inconsistencies", "Slanted wording",
                      "Wording differences", "Not comparable", "Agreements", "Unmatched"]


def test_summary_line_counts_every_kind() -> None:
    first = render_text(sample_report(), PLAIN).splitlines()[0]
    assert first == (
        "claimcheck: 1 discrepancy, 1 inconsistency, 3 slanted phrases, 1 wording difference, "
        "1 pair not comparable, 1 agreement, 1 unmatched claim; 2 documents, 7 claims"
    )


def test_a_discrepancy_quotes_both_sides_with_their_places() -> None:
    out = render_text(sample_report(), PLAIN)
    block = out.split("== Discrepancies (1) ==\n")[1].split("\n\n")[0]
    assert block.splitlines() == [
        "* 110,000 vs about 135,000 men: below by 19 %",
        "    sources/soviet.txt:3:57  “110,000”",
        "      By January 1, 1950, the total number of DPRK troops was 110,000.",
        "    sources/western.txt:3:40  “about 135,000”",
        "      In June 1950 the North Korean army had about 135,000 men.",
    ]


def test_wording_shows_a_word_diff() -> None:
    out = render_text(sample_report(), PLAIN)
    assert ("    diff: the [-total number of DPRK troops was-]"
            "{+North Korean army had about+} men") in out


@pytest.mark.parametrize(("config", "escapes"), [(PLAIN, False), (COLOUR, True)])
def test_colour_only_when_asked(config: Config, escapes: bool) -> None:
    out = render_text(sample_report(), config)
    assert ("\x1b[" in out) is escapes
    if escapes:
        assert "\x1b[1;31m== Discrepancies (1) ==\x1b[0m" in out
        assert re.sub(r"\x1b\[[\d;]*m", "", out) == render_text(sample_report(), PLAIN)


def test_a_source_cannot_drive_the_terminal() -> None:
    text = "Troops: \x1b]0;pwned\x07 110,000 \x1b[2J men.\u2028"
    doc = Document("d", text, "d.txt")
    finding = Finding("slant", "loaded: \x1b[31m", document="d", start=0, end=len(text))
    out = render_text(Report((doc,), (), (finding,)), COLOUR)
    assert "\x1b]" not in out and "\x07" not in out and "\x1b[2J" not in out
    assert "\x1b[31m" not in out.replace("\x1b[1;33m", "")
    assert "\\x1b]0;pwned\\x07 110,000 \\x1b[2J men." in out


def test_no_findings() -> None:
    out = render_text(Report((Document("d", "Nothing here.", "d.txt"),), (), ()), PLAIN)
    assert out == "claimcheck: no findings; 1 document, 0 claims\n  [d] d.txt: Nothing here.\n"
