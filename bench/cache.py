"""What ``--cache`` saves: a run over N documents without the cache, with an empty one
(cold), with a full one (warm), and after adding ten documents to a full one.

The documents are the seeds, cut into pieces of about 10 KB and made distinct (each
figure and year shifted by the document's number, and a line naming the document), so
that no two share a key. Printed: each run's wall time, the wall and CPU time of each
document's own work (``prepare_all``: what the cache saves; CPU of this process only, so
with ``--jobs`` above 1 not the workers') and how many documents were worked on here.
By default a run is what ``check`` does before alignment (loading, the alias table,
each document's work); ``--whole`` times ``claimcheck.check`` itself, whose alignment
and report, which pair documents, are not cached.

    uv run python bench/cache.py [--documents 200] [--added 10] [--jobs 1] [--whole]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import claimcheck
from claimcheck.config import Config
from claimcheck.core import documents as documents_module
from claimcheck.core import pipeline
from claimcheck.core.load import load, unique_ids
from claimcheck.core.registered import collect, with_plugin_data
from claimcheck.text.acronyms import find_acronyms

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import SEEDS

PIECE = 10_000
_NUMBER = re.compile(r"\d[\d,]*")


def pieces(count: int) -> list[str]:
    """``count`` distinct texts of about 10 KB cut from the seeds."""
    units = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    text = "\n\n".join(units)
    out = []
    for n in range(count):
        start = (n * 3_517) % max(1, len(text) - PIECE)
        start = text.rfind("\n\n", 0, start) + 2 if start else 0
        piece = text[start:start + PIECE]
        piece = _NUMBER.sub(lambda m, n=n: _shift(m.group(), n), piece)
        out.append(f"Account number {n + 1} of the war.\n\n{piece}\n")
    return out


def _shift(number: str, n: int) -> str:
    digits = number.replace(",", "")
    if not digits.isdigit() or len(digits) > 9:
        return number
    value = int(digits)
    if 1900 <= value <= 1999:  # a year: stay a plausible one
        return str(1900 + (value - 1900 + n % 7) % 100)
    shifted = str(value + n % 5)
    return f"{int(shifted):,}" if "," in number else shifted


def write(folder: Path, texts: list[str], first: int = 0) -> list[str]:
    paths = []
    for n, text in enumerate(texts, first):
        path = folder / f"doc{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


class Timed:
    """Counts documents worked on (in this process) and times the per-document stage."""

    def __init__(self, whole: bool) -> None:
        self.whole = whole
        self.worked = 0
        self.stage = 0.0
        self.stage_cpu = 0.0
        self.pm = claimcheck.get_plugin_manager()
        real_one, real_all = documents_module.prepare_one, pipeline.prepare_all

        def one(document, *args, **kwargs):
            self.worked += 1
            return real_one(document, *args, **kwargs)

        def stage(*args, **kwargs):
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return real_all(*args, **kwargs)
            finally:
                self.stage += time.perf_counter() - start
                self.stage_cpu += time.process_time() - cpu

        documents_module.prepare_one = one
        pipeline.prepare_all = stage

    def run(self, label: str, paths: list[str], cache: str | None,
            jobs: int) -> tuple[float, float]:
        """One run; the wall and CPU time of its per-document stage."""
        self.worked, self.stage, self.stage_cpu = 0, 0.0, 0.0
        config = Config(cache=cache)
        start = time.perf_counter()
        if self.whole:
            claimcheck.check(*paths, pm=self.pm, config=config, jobs=jobs)
        else:  # what check does before alignment: load, the alias table, each document
            config = with_plugin_data(config, self.pm)
            docs = [load(p, pm=self.pm, config=config, doc_id=i)
                    for p, i in zip(paths, unique_ids(paths), strict=True)]
            aliases = collect(self.pm, config.aliases)
            for document in docs:
                for short, long_form in find_acronyms(document.text):
                    aliases.register(long_form, [short])
            pipeline.prepare_all(docs, aliases, config=config, pm=self.pm, jobs=jobs)
        took = time.perf_counter() - start
        worked = f"{self.worked:>6}" if jobs == 1 else "     -"
        print(f"{label:<20} {len(paths):>5} {took:>9.2f} s {self.stage:>9.2f} s "
              f"{self.stage_cpu:>9.2f} s {worked}")
        return self.stage, self.stage_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--added", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--whole", action="store_true",
                        help="time claimcheck.check (alignment and all), not only loading "
                             "and each document's own work")
    args = parser.parse_args()
    timed = Timed(args.whole)
    texts = pieces(args.documents + args.added)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write(folder, texts[: args.documents])
        added = write(folder, texts[args.documents:], args.documents)
        cache = str(folder / "cache.sqlite")
        chars = sum(len(t) for t in texts[: args.documents])
        print(f"{args.documents} documents, {chars / 1e6:.1f} M chars, jobs={args.jobs}, "
              f"{'claimcheck.check' if args.whole else 'load + each document own work'}")
        print(f"{'run':<20} {'docs':>5} {'wall':>11} {'per-doc':>11} {'its CPU':>11} "
              f"{'worked':>6}")
        with contextlib.redirect_stdout(io.StringIO()):  # tables loaded, code warm
            timed.run("warm-up", added[:2], None, 1)
        timed.run("no cache", paths, None, args.jobs)
        cold = timed.run("cold cache", paths, cache, args.jobs)
        warm = timed.run("warm cache", paths, cache, args.jobs)
        timed.run(f"warm + {args.added} new", paths + added, cache, args.jobs)
        size = os.path.getsize(cache)
        print(f"per-document stage: cold {cold[0]:.2f} s, warm {warm[0]:.2f} s "
              f"({cold[0] / max(warm[0], 1e-9):.0f}x faster; CPU {cold[1]:.2f} s against "
              f"{warm[1]:.2f} s, {cold[1] / max(warm[1], 1e-9):.0f}x); "
              f"cache file {size / 1e6:.1f} MB "
              f"({size / (args.documents + args.added) / 1e3:.0f} KB a document)")


if __name__ == "__main__":
    main()
