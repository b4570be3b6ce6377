"""The exports' cost: CPU milliseconds and output size of each format on one report.

Usage: uv run python bench/exports.py [SCALE ...]

Renders the four seeds' report, then the seed and its neutral rendering each repeated
SCALE times (more text, many more findings), in JSON (for comparison), JSON Lines, Web
Annotations, TEI and SQLite, and builds the DataFrames (the first call includes
importing pandas). CPU time, not wall time: the machine is shared. Rendering is linear
in the report (findings, spans and text); the check itself is not timed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import claimcheck
from claimcheck import Config, Document, Report
from claimcheck.manager import get_plugin_manager
from claimcheck.report.registry import render

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FORMATS = ("json", "jsonl", "webanno", "tei", "sqlite")


def measure(report: Report, label: str) -> None:
    pm = get_plugin_manager()
    chars = sum(len(d.text) for d in report.documents)
    row = [label, f"{chars / 1e3:.0f} K chars", f"{len(report.findings)} findings"]
    for fmt in FORMATS:
        start = time.process_time()
        out = render(report, fmt, pm, Config())
        spent = time.process_time() - start
        row.append(f"{fmt} {spent * 1000:.0f} ms ({len(out) / 1e6:.2f} MB)")
    start = time.process_time()
    claimcheck.to_frames(report)
    row.append(f"frames {(time.process_time() - start) * 1000:.0f} ms")
    print(" | ".join(row))


def main(scales: list[int]) -> None:
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    measure(claimcheck.check(*seeds), "4 seeds")
    survey = (SEEDS / "000_ce84e7394f74e36b.txt").read_text(encoding="utf-8")
    rendering = (SEEDS / "seed-opening-neutral-rendering.txt").read_text(encoding="utf-8")
    for k in scales:
        report = claimcheck.check(Document("a", "\n\n".join([survey] * k)),
                                  Document("b", "\n\n".join([rendering] * k)))
        measure(report, f"survey+rendering x{k}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1, 4])
