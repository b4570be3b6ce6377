"""Two source trees' lining-up time, side by side: CPU seconds of each stage after extraction.

Usage: uv run python bench/lineup_ab.py A_SRC B_SRC [--reps 3] [--size 2000000] [--jobs 1]
                                       [--corpus DIR]

A_SRC and B_SRC are ``src`` folders of two trees (``git archive <commit> src | tar -x``).
Each runs in a process of its own (PYTHONPATH=that tree, PYTHONHASHSEED=0) that checks the
bigpair documents of ``--size`` characters (``bigpair.documents(size, 20)``) once, keeping
what extraction gave, then lines them up again on command (``pipeline._line_up``), A and
B alternated run by run (the order swapped every run), as ``extraction_ab.py`` does for
extraction. Each run prints the main process's CPU seconds in figure alignment (its
candidates, its matching between and within the documents, its groups), statement
alignment, the text comparison (``texts``: the ``call_hook`` calls of the pipeline) and
wording, the whole lining-up (``line_up``) and its wall time, the CPU seconds of the
process's ended workers so far (``children``: extraction's, and with ``--jobs`` 2 what
the lining-up sends to a worker), and the first digits of the SHA-256 of the JSON report
(the same in both trees when nothing changed the report). A stage a tree runs on a
worker shows 0 there. Then the best of ``--reps`` of each, and B/A.

``--corpus DIR`` checks the documents of a folder instead (as ``claimcheck compare DIR``
reads them; ``bench/scale.py --keep`` writes such corpora):
how lining a corpus up grows with its documents (issue 14) is measured on the stages
alone, without each run's extraction.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def _worker(size: int, jobs: int, corpus: str | None = None) -> None:
    sys.path.insert(0, str(BENCH))
    import bigpair

    import claimcheck
    from claimcheck import Config, Document
    from claimcheck.align import figures
    from claimcheck.builtin.render.json import write_json
    from claimcheck.core import pipeline
    from claimcheck.core.heap import growing_heap

    spent: dict[str, float] = {}

    def timed(name, fn):  # type: ignore[no-untyped-def]
        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                key = name(args, kwargs) if callable(name) else name
                spent[key] = spent.get(key, 0.0) + time.process_time() - t
        return run

    captured: dict[str, object] = {}
    line_up = pipeline._line_up

    def capture(*args, **kwargs):  # type: ignore[no-untyped-def]
        captured["args"], captured["kwargs"] = args, kwargs
        return line_up(*args, **kwargs)

    pipeline._line_up = capture
    for name in ("align_figures", "align_statements", "wording"):
        setattr(pipeline, name, timed(name, getattr(pipeline, name)))
    pipeline.call_hook = timed("texts", pipeline.call_hook)
    figures.match_figures = timed(
        lambda a, k: "match_within" if k.get("same_document") else "match_between",
        figures.match_figures)
    figures.corpus_candidates = timed("candidates", figures.corpus_candidates)
    figures._report_groups = timed("groups", figures._report_groups)
    if corpus is not None:
        from claimcheck.cli.compare import expand_sources
        claimcheck.check(*expand_sources((corpus,), None), jobs=jobs)
    else:
        left, right, _ = bigpair.documents(size, 20)
        claimcheck.check(Document("a", left, "a.txt"), Document("b", right, "b.txt"),
                         jobs=jobs)
    print("ready", flush=True)

    class _Hash:
        def __init__(self) -> None:
            self.sha = hashlib.sha256()

        def write(self, text: str) -> int:
            self.sha.update(text.encode("utf-8"))
            return len(text)

    for _ in sys.stdin:
        spent.clear()
        w0, t0 = time.perf_counter(), time.process_time()
        with pipeline._settled_heap(), growing_heap():
            report = line_up(*captured["args"], **captured["kwargs"])  # type: ignore[arg-type]
        spent["line_up"] = time.process_time() - t0
        spent["wall"] = time.perf_counter() - w0
        ended = os.times()
        spent["children"] = ended.children_user + ended.children_system
        sink = _Hash()
        write_json(report, Config(), sink)
        del report
        print(json.dumps({"spent": spent, "hash": sink.sha.hexdigest()[:12]}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--size", type=int, default=2_000_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--corpus", default=None, help="a folder of .txt documents")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.size, args.jobs, args.corpus)
        return
    procs = {}
    for tag, src in (("A", args.a), ("B", args.b)):
        env = dict(os.environ, PYTHONPATH=os.path.abspath(src), PYTHONHASHSEED="0")
        procs[tag] = subprocess.Popen(
            [sys.executable, __file__, args.a, args.b, "--worker", "--size", str(args.size),
             "--jobs", str(args.jobs), *(["--corpus", args.corpus] if args.corpus else [])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    for proc in procs.values():
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    runs: dict[str, list[dict[str, float]]] = {"A": [], "B": []}
    for rep in range(args.reps):
        for tag in (("A", "B") if rep % 2 == 0 else ("B", "A")):
            proc = procs[tag]
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            out = json.loads(proc.stdout.readline())
            runs[tag].append(out["spent"])
            print(tag, out["hash"], " ".join(f"{k}={v:.2f}" for k, v in out["spent"].items()),
                  flush=True)
    for proc in procs.values():
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    print(f"best of {args.reps}")
    for key in runs["A"][0]:
        a = min(r.get(key, 0.0) for r in runs["A"])
        b = min(r.get(key, 0.0) for r in runs["B"])
        print(f"{key:>16} A {a:7.2f}  B {b:7.2f}  B/A {b / a if a else 0:.2f}")


if __name__ == "__main__":
    main()
