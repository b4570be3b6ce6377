"""The footnote-marker scan's shortcut must find what the full scan finds.

With no footnote in a document, ``note_refs`` keeps only bracketed markers ("[1]"), so
it scans for those alone (``markers._BRACKETED``) instead of stopping at every digit.
These tests set the shortcut against the full scan (``FEW_NOTES`` off) on texts with
and without notes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimcheck import Document
from claimcheck.builtin.segmenter import markers
from claimcheck.core.claims import segment
from claimcheck.manager import get_plugin_manager

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from hostile import FAMILIES  # noqa: E402

TEXTS = {
    "markers": "5,000 troops[1][2] \u00b9\u00b2 and 3* men, formed.2 [^3] [1234] x[12]y "
               "2.5 percent [4]. Then 1948.1 By spring \u2020 km\u00b2 *word* ok.",
    "notes": "The army had 5,000 men.[1] It grew.2 It shrank\u00b3 again*.\n\n"
             "[1] A note.\n2. Another note.\n\u00b3 A third.\n* A starred note.",
    **{f"family {name}": make(3_000) for name, make in FAMILIES.items()},
    **{p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))},
}


@pytest.mark.parametrize("text", list(TEXTS.values()), ids=list(TEXTS))
def test_the_bracketed_scan_finds_what_the_full_scan_finds(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pm = get_plugin_manager(entry_points=False)
    fast = segment(Document("d", text), pm=pm)
    monkeypatch.setattr(markers, "FEW_NOTES", False)
    full = segment(Document("d", text), pm=pm)
    assert fast == full


def test_the_shortcut_is_taken_and_keeps_bracketed_markers() -> None:
    """A text with no footnote: its bracketed markers are kept, the others dropped (the
    texts above hold both kinds, so a shortcut that dropped or kept the wrong ones would
    differ from the full scan)."""
    pm = get_plugin_manager(entry_points=False)
    segments = segment(Document("d", TEXTS["markers"]), pm=pm)
    assert [TEXTS["markers"][n.start:n.end] for n in segments.notes] == \
        ["[1]", "[2]", "[^3]", "[12]", "[4]"]
    noted = segment(Document("d", TEXTS["notes"]), pm=pm)
    assert len(noted.notes) > 1
