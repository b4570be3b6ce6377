from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_ce84e7394f74e36b.txt"
WESTERN = SEEDS / "western-figures-1950-1958.txt"
PRESS = SEEDS / "press-style-1951.txt"
RENDERING = SEEDS / "seed-opening-neutral-rendering.txt"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
