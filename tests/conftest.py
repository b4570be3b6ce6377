from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import Report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_ce84e7394f74e36b.txt"
WESTERN = SEEDS / "western-figures-1950-1958.txt"
PRESS = SEEDS / "press-style-1951.txt"
RENDERING = SEEDS / "seed-opening-neutral-rendering.txt"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def kinds(report: Report, left: str, right: str) -> set[str]:
    """The kinds of the report's findings on exactly the two claims written ``left`` and
    ``right`` (a fact of many sources is one finding of its own, not read here)."""
    return {f.kind for f in report.findings
            if {report.claim(c).text for c in f.claims} == {left, right}}
