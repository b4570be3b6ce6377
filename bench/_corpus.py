"""The benchmark text: the seeds, joined and repeated to the size asked for."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(size: int) -> str:
    unit = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    unit += "\n\n"
    return (unit * (size // len(unit) + 1))[:size]
