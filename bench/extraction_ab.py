"""Two source trees' extraction time, side by side: CPU seconds of ``claimcheck.claims``.

Usage: uv run python bench/extraction_ab.py A_SRC B_SRC [--reps 3] [--size 200000] DOC ...

A_SRC and B_SRC are ``src`` folders of two trees (``git archive <commit> src | tar -x``).
Each runs in a process of its own (PYTHONPATH=that tree, PYTHONHASHSEED=0), warmed on
twelve real pairs; the documents are then timed in turn, A and B alternated run by run
(the order swapped every run), and the best of ``--reps`` of each is printed with the
ratio B/A. Alternating in two long-lived processes cancels most of the drift of a shared
machine; two processes of one tree still differ by some per cent under load, so a
ratio within that is no measured difference.

DOC: ``prose`` (the first bigpair document, ``bigpair.documents(2_000_000, 20)[0]``),
``real`` (every realpairs text outside the fresh part, joined), or a family of
``bench/hostile.py`` at ``--size`` characters.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def _real_texts() -> list[Path]:
    out = []
    for path in sorted((BENCH / "realpairs").glob("*/*.txt")):
        gold = path.parent / "gold.toml"
        if gold.exists() and 'part = "fresh"' in gold.read_text(encoding="utf-8"):
            continue  # the fresh part is read by its scoring alone
        out.append(path)
    return out


def _worker() -> None:
    """Read "DOC\\tSIZE" lines, answer "CPU seconds\\tclaims\\tcharacters"."""
    import time

    sys.path.insert(0, str(BENCH))
    import claimcheck
    from claimcheck.manager import get_plugin_manager
    from claimcheck.model import Document

    pm = get_plugin_manager(entry_points=False)
    for path in _real_texts()[:12]:
        claimcheck.claims(Document("warm", path.read_text(encoding="utf-8")), pm=pm)
    texts: dict[tuple[str, int], str] = {}
    print("ready", flush=True)
    for line in sys.stdin:
        name, size = line.rstrip("\n").split("\t")
        key = (name, int(size))
        if key not in texts:
            texts.clear()
            if name == "real":
                texts[key] = "\n\n".join(p.read_text(encoding="utf-8") for p in _real_texts())
            elif name == "prose":
                from bigpair import documents
                texts[key] = documents(2_000_000, 20)[0]
            else:
                from hostile import FAMILIES
                texts[key] = FAMILIES[name](int(size))
        text = texts[key]
        t0 = time.process_time()
        found = len(claimcheck.claims(Document("doc", text), pm=pm))
        print(f"{time.process_time() - t0}\t{found}\t{len(text)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a_src")
    parser.add_argument("b_src")
    parser.add_argument("docs", nargs="+")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--size", type=int, default=200_000)
    args = parser.parse_args()

    def start(src: str) -> subprocess.Popen[str]:
        env = dict(os.environ, PYTHONPATH=os.path.abspath(src), PYTHONHASHSEED="0")
        proc = subprocess.Popen([sys.executable, __file__, "--worker"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        return proc

    trees = [start(args.a_src), start(args.b_src)]

    def ask(proc: subprocess.Popen[str], name: str) -> tuple[float, int, int]:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(f"{name}\t{args.size}\n")
        proc.stdin.flush()
        seconds, found, chars = proc.stdout.readline().split("\t")
        return float(seconds), int(found), int(chars)

    print(f"{'document':22s} {'chars':>9s} {'claims':>7s} {'A s':>7s} {'B s':>7s} "
          f"{'A M/s':>6s} {'B M/s':>6s} {'A s/MB':>7s} {'B s/MB':>7s} {'B/A':>6s}", flush=True)
    for name in args.docs:
        best = [float("inf"), float("inf")]
        found = [0, 0]
        chars = 0
        for rep in range(args.reps):
            for k in ((0, 1) if rep % 2 == 0 else (1, 0)):
                seconds, found[k], chars = ask(trees[k], name)
                best[k] = min(best[k], seconds)
        a, b = best
        note = "" if found[0] == found[1] else f"  (claims differ: {found[0]} / {found[1]})"
        print(f"{name:22s} {chars:9d} {found[0]:7d} {a:7.3f} {b:7.3f} {chars / a / 1e6:6.3f} "
              f"{chars / b / 1e6:6.3f} {a / chars * 1e6:7.2f} {b / chars * 1e6:7.2f} "
              f"{b / a:6.3f}{note}", flush=True)
    for proc in trees:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()


if __name__ == "__main__":
    if sys.argv[1:] == ["--worker"]:
        _worker()
    else:
        main()
