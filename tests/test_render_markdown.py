"""The Markdown report: the text report's facts, quotations as block quotes, markup inert."""

from __future__ import annotations

import re

from claimcheck import Config
from claimcheck.builtin.render.markdown import render_markdown

from .test_render_fixtures import hostile_report, sample_report


def test_sections_and_block_quotes_with_places() -> None:
    out = render_markdown(sample_report(), Config())
    assert out.startswith("# claimcheck report\n\n**1 discrepancy, 1 inconsistency,")
    assert re.findall(r"^## (.+) \(\d+\)$", out, re.MULTILINE) == [
        "Discrepancies", "Inconsistencies", "Slanted wording", "Wording differences",
        "Not comparable", "Agreements", "Unmatched"]
    section = out.split("## Discrepancies (1)\n")[1].split("\n## ")[0]
    assert "  > By January 1, 1950, the total number of DPRK troops was **110,000**." in section
    assert "  > — `sources/soviet.txt:3:57`" in section
    assert "  > In June 1950 the North Korean army had **about 135,000** men." in section
    assert "  > — `sources/western.txt:3:40`" in section
    assert "\n\n\n" not in out


def test_wording_diff_marks_removed_and_added_words() -> None:
    out = render_markdown(sample_report(), Config())
    assert ("Wording: the ~~total number of DPRK troops was~~ **North Korean army had about** "
            "men") in out


def test_markup_in_sources_stays_text() -> None:
    out = render_markdown(hostile_report(), Config())
    outside_code = re.sub(r"`[^`\n]*`", "", out)
    assert not re.search(r"(?<!\\)<", outside_code)  # every < escaped outside code spans
    assert "\\<script\\>" in out and "\\<img src=x onerror=alert(2)\\>" in out
    assert "window.\\_\\_cc\\_pwned" in out


def test_same_report_same_bytes() -> None:
    assert render_markdown(sample_report(), Config()) == render_markdown(sample_report(),
                                                                         Config())
