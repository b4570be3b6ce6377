"""What ``--jobs N`` (and the Dask engine) buys: wall time of a check, split into the stage
the engine spreads and the rest, for N documents of the generated corpus.

    uv run python bench/jobs.py 100 --jobs 1 2          # local processes
    uv run python bench/jobs.py 40 --jobs 1 --dask 2    # and a 2-worker LocalCluster

Each run prints the wall time of the whole check, of each document's own work (segment,
extract, self-check, slant: ``prepare_all``, the part an engine runs), and of the rest
(loading, the alias table, alignment, comparison, wording, ordering: serial today), the
speed-up over the first run, a digest of the JSON report (the same for every run, or
the bench says so), and the CPU seconds of each stage ``check`` calls, which is where a
speed-up stops: only ``prepare_all`` runs on the engine; the bound that leaves is
printed. The machine is shared: run it when it is quiet, and read the CPU split rather
than one wall time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _facts_corpus

import claimcheck
from claimcheck.core import pipeline


def cpu() -> float:
    """CPU seconds of this process and of its finished children (a pool's workers)."""
    me, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                          resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


#: The stages ``check`` calls by these names (those present are timed); ``call_hook`` is
#: the whole-text comparison of every pair of documents (``compare_texts``).
STAGES = ("load", "prepare_all", "align_figures", "align_statements", "call_hook", "wording",
          "order_findings")


def timed_check(paths: list[str], *, jobs: int = 1, client: Any = None
                ) -> tuple[tuple[float, float], dict[str, tuple[float, float]], str]:
    """((wall, CPU) seconds of the check, {stage: (wall, CPU)}, digest of the JSON
    report). CPU counts a pool's workers (not a Dask cluster's)."""
    spent: dict[str, list[float]] = {}
    originals = {name: getattr(pipeline, name) for name in STAGES if hasattr(pipeline, name)}

    def timer(name: str, fn: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start, start_cpu = time.perf_counter(), cpu()
            try:
                return fn(*args, **kwargs)
            finally:
                row = spent.setdefault(name, [0.0, 0.0])
                row[0] += time.perf_counter() - start
                row[1] += cpu() - start_cpu
        return timed

    for name, fn in originals.items():
        setattr(pipeline, name, timer(name, fn))
    try:
        start, start_cpu = time.perf_counter(), cpu()
        report = claimcheck.check(*paths, jobs=jobs, client=client)
        total = (time.perf_counter() - start, cpu() - start_cpu)
    finally:
        for name, fn in originals.items():
            setattr(pipeline, name, fn)
    text = json.dumps(report.to_dict(), ensure_ascii=False)
    stages = {name: (row[0], row[1]) for name, row in spent.items()}
    return total, stages, hashlib.sha256(text.encode()).hexdigest()[:12]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("documents", type=int, nargs="?", default=100)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--dask", type=int, nargs="*", default=[],
                    help="also on a LocalCluster of this many workers")
    ap.add_argument("--size", type=int, default=10_000, help="characters a document")
    args = ap.parse_args(argv)

    corpus = _facts_corpus.generate(args.documents, seed=0, size=args.size)
    with tempfile.TemporaryDirectory() as tmp:
        corpus.write(tmp)
        paths = [str(Path(tmp) / name) for name in corpus.names]
        chars = sum(map(len, corpus.texts))
        print(f"{len(paths)} documents, {chars:,} characters")
        print(f"{'engine':<10} {'wall s':>7} {'own work':>9} {'rest':>7} {'speed-up':>8}"
              f" {'CPU s':>7} {'own work':>9} {'rest':>7}  report")
        first = None
        digests = set()
        runs: list[tuple[str, dict[str, Any]]] = [(f"jobs {j}", {"jobs": j})
                                                  for j in args.jobs]
        for workers in args.dask:
            runs.append((f"dask {workers}", {"dask": workers}))
        for label, how in runs:
            if "dask" in how:
                from distributed import Client, LocalCluster

                with LocalCluster(n_workers=how["dask"], threads_per_worker=1,
                                  processes=True, dashboard_address="127.0.0.1:0") as cluster, \
                        Client(cluster, set_as_default=False) as client:
                    total, stages, digest = timed_check(paths, client=client)
            else:
                total, stages, digest = timed_check(paths, jobs=how["jobs"])
            own = stages.get("prepare_all", (0.0, 0.0))
            first = first or (total, own)
            digests.add(digest)
            print(f"{label:<10} {total[0]:7.1f} {own[0]:9.1f} {total[0] - own[0]:7.1f} "
                  f"{first[0][0] / total[0]:7.2f}x {total[1]:7.1f} {own[1]:9.1f} "
                  f"{total[1] - own[1]:7.1f}  {digest}", flush=True)
            print("    CPU s by stage: " + ", ".join(
                f"{name} {cpu_s:.1f}" for name, (_, cpu_s) in stages.items()), flush=True)
        if first is not None:
            # Amdahl from the first run's CPU split: only each document's own work spreads
            (_, cpu_total), (_, cpu_own) = first
            share = cpu_own / cpu_total if cpu_total else 0.0
            bounds = ", ".join(f"{n} workers {cpu_total / (cpu_total - cpu_own + cpu_own / n):.2f}x"
                               for n in (2, 4, 16))
            print(f"own work is {share:.0%} of the CPU; the rest runs in one process, so the "
                  f"speed-up is at most: {bounds} (infinite: {1 / (1 - share):.2f}x)"
                  if share < 1 else "")
        if len(digests) > 1:
            print("REPORTS DIFFER between runs")
            sys.exit(1)


if __name__ == "__main__":
    main()
