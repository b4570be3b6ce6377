"""Where a corpus run's memory goes, stage by stage (issue 14): resident memory of the
main process at the start and end of each stage of ``claimcheck compare``, and the peak
between two marks.

    uv run python bench/scale_stages.py DIR [--first N] [--jobs 2] [-o report.json]

``DIR`` is a corpus (``bench/scale.py --keep`` writes them: ``corpus-1000``). The command
runs in this process, the stages wrapped to print a line as each starts and ends:
seconds since start, the stage, resident memory then, and the highest resident memory a
sampling thread saw (every 20 ms) since the previous line. The workers of ``--jobs`` are
other processes: their memory is not counted, only what the main process holds. No
tracing (``tracemalloc`` makes a 1,000-document run take many times longer), so what the
figures say is how much each stage adds, not what it is made of; the report is the one
``claimcheck compare`` writes. Linux only (``/proc/self/statm``).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import claimcheck.align.figures as figures
import claimcheck.cli.compare as compare
import claimcheck.core.pipeline as pipeline
from claimcheck.cli.app import main as cli_main

#: (module, function) pairs wrapped, in the order they run.
STAGES = [
    (pipeline, "prepare_all"), (pipeline, "_line_up"), (pipeline, "align_figures"),
    (figures, "idf"), (figures, "corpus_candidates"), (figures, "_unmatched"),
    (figures, "_report_groups"),
    (pipeline, "align_statements"), (pipeline, "wording"),
    (pipeline, "order_findings"), (compare, "render_pieces"), (compare, "emit"),
]


def resident_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Marks:
    """Lines of (seconds, stage, resident MB, peak MB since the last line)."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.peak = resident_mb()
        self.highest = self.peak
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while True:
            self.peak = max(self.peak, resident_mb())
            time.sleep(0.02)

    def mark(self, name: str) -> None:
        now = resident_mb()
        peak, self.peak = max(self.peak, now), now
        self.highest = max(self.highest, peak)
        print(f"{time.perf_counter() - self.start:8.1f} s  {name:32s} {now:7.0f} MB"
              f"   peak since last {peak:7.0f} MB", file=sys.stderr, flush=True)


def wrap(module: Any, name: str, marks: Marks) -> None:
    inner = getattr(module, name)
    label = f"{module.__name__.rsplit('.', 1)[-1]}.{name}"

    @functools.wraps(inner)
    def marked(*args: Any, **kwargs: Any) -> Any:
        marks.mark(f"> {label}")
        try:
            return inner(*args, **kwargs)
        finally:
            marks.mark(f"< {label}")

    setattr(module, name, marked)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--first", type=int, default=None, help="only the first N documents")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-o", "--output", default=os.devnull, help="where the JSON report goes")
    args = ap.parse_args()
    files = sorted(str(p) for p in args.corpus.iterdir() if p.is_file())[:args.first]
    marks = Marks()
    for module, name in STAGES:
        wrap(module, name, marks)
    sys.argv = ["claimcheck", "compare", *files, "-f", "json", "-o", args.output,
                "--jobs", str(args.jobs)]
    marks.mark("start")
    try:
        cli_main()
    except SystemExit as done:
        if done.code not in (0, None):
            raise
    marks.mark("end")
    print(f"{len(files)} documents: highest resident memory seen {marks.highest:.0f} MB",
          file=sys.stderr)


if __name__ == "__main__":
    main()
