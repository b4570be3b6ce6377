"""Two large documents: does the pair's cost grow with their size, and do its discrepancies?

Usage: uv run python bench/bigpair.py [--sizes 1 2 4 8] [--every 20] [--jobs N] [--tracemalloc]

Each size (in MB, default 1, 2, 4 and 8) builds two documents of that many characters:
the seeds (``_corpus.py``) alternating with generated reports of the form "On June 3,
1951, the Bravo infantry division at Taegu numbered 12,340 men." (a subject, a day and
a figure each, so every generated figure has one counterpart on the other side). The two
documents are the same text, except that every ``--every``-th generated figure is changed
in the second (by 10 to 40 %): those are the planted discrepancies, a fixed share of the
figures, so a pairing that stays whole finds twice as many in documents twice as large
(the issue's "no cliff"). Each size runs in a process of its own through
``claimcheck.check`` (built-in plugins), and prints the time (wall, and the process's
CPU time, which a machine shared with other work inflates less: with ``--jobs`` 2 or
more, the workers' too), its peak memory (``ru_maxrss`` of this process once the check
returns, once the JSON is streamed line by line to a sink that counts its bytes
(``write_json``), and once it is rendered whole as one string and its bytes, as the
command line writes it; with ``--tracemalloc`` also the peak of Python's allocations, at
some cost in time), the
planted figure discrepancies and how many of them were found (a discrepancy between
the two changed figures themselves; recall = found / planted), the other figure
discrepancies between the documents (stray: figures of different subjects or days
paired), the figure inconsistencies inside one document (own), the findings by kind,
the facts, and the size of the JSON report. A measurement, not a test: the exit code is
0 whatever it finds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import SEEDS

MB = 1_000_000
_CALLSIGNS = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
              "India", "Juliet", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa",
              "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Yankee",
              "Zulu")
_UNITS = ("infantry division", "armoured brigade", "artillery regiment",
          "engineer battalion", "marine regiment", "cavalry division", "signal battalion",
          "medical battalion", "transport company", "reconnaissance squadron")
_PLACES = ("Pusan", "Taegu", "Seoul", "Inchon", "Wonsan", "Hamhung", "Kaesong", "Chunchon",
           "Taejon", "Suwon", "Pyongyang", "Sariwon", "Anju", "Sinuiju", "Kunsan", "Mokpo",
           "Yosu", "Masan", "Pohang", "Kangnung")
_NOUNS = ("men", "soldiers", "troops")
_SENTENCES_PER_BLOCK = 280  # about the length of one copy of the seeds


def _seed_unit() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


def documents(size: int, every: int, seed: int = 1) -> tuple[str, str, list[tuple[int, int]]]:
    """Two texts of about ``size`` characters and where the changed figures start in
    each (first, second): a copy of the seeds, then a block of generated reports, and
    so on; in the generated reports every ``every``-th figure differs."""
    rng = random.Random(seed)
    unit = _seed_unit()
    left: list[str] = []
    right: list[str] = []
    planted: list[tuple[int, int]] = []
    length = 0
    shift = 0  # how much longer the second text is so far
    k = 0
    day = dt.date(1900, 1, 1)
    while length < size:
        left.append(unit + "\n\n")
        right.append(unit + "\n\n")
        length += len(unit) + 2
        for n in range(_SENTENCES_PER_BLOCK):
            subject = (f"the {_CALLSIGNS[k % 25]} {_UNITS[(k // 25) % 10]} at "
                       f"{_PLACES[(k // 250) % 20]}")
            when = f"{day:%B} {day.day}, {day.year}"
            value = rng.randrange(1_000, 90_000)
            changed = value
            if k % every == every - 1:
                changed = round(value * rng.choice((1.1, 1.2, 1.3, 1.4)))
            noun = _NOUNS[k % 3]
            head = f"On {when}, {subject} numbered "
            figure, other = f"{value:,}", f"{changed:,}"
            end = f" {noun}." + ("\n\n" if n % 5 == 4 else " ")
            if changed != value:
                planted.append((length + len(head), length + shift + len(head)))
                shift += len(other) - len(figure)
            left.append(head + figure + end)
            right.append(head + other + end)
            length += len(head) + len(figure) + len(end)
            k += 1
            day += dt.timedelta(days=1)
            if day.year == 2000:
                day = dt.date(1900, 1, 1)
    return "".join(left), "".join(right), planted


def measure(size: int, every: int, trace: bool, jobs: int = 1) -> dict[str, object]:
    """One run of ``claimcheck.check`` on the two documents of ``size`` characters."""
    import claimcheck
    from claimcheck import Config, Document
    from claimcheck.builtin.render.json import render_json, write_json

    left, right, planted = documents(size, every)
    if trace:
        import tracemalloc
        tracemalloc.start()
    t0, c0, w0 = time.perf_counter(), time.process_time(), _workers_cpu()
    report = claimcheck.check(Document("a", left, "a.txt"), Document("b", right, "b.txt"),
                              jobs=jobs)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0 + _workers_cpu() - w0
    check_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    traced = None
    if trace:
        import tracemalloc
        traced = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    t1 = time.perf_counter()
    sink = _Sink()
    write_json(report, Config(), sink)  # streamed, as a file would take it
    json_bytes = sink.size
    stream_seconds = time.perf_counter() - t1
    stream_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t1 = time.perf_counter()
    whole = render_json(report, Config()).encode("utf-8")  # one string, then its bytes
    render_seconds = time.perf_counter() - t1
    if len(whole) != json_bytes:
        raise SystemExit("the streamed JSON and the whole text differ in size")
    del whole
    claims = {c.id: c for c in report.claims}
    pairs = set(planted)
    found: set[tuple[int, int]] = set()
    stray = own = 0
    for f in report.findings:
        sides = [claims.get(i) for i in f.claims]
        if f.kind not in ("discrepancy", "inconsistency") or len(sides) != 2 or any(
                c is None or c.kind != "quantity" for c in sides):
            continue
        by_doc = {c.doc: c.start for c in sides if c is not None}
        if len(by_doc) == 1:
            own += 1  # a document's figure against another of its own
        elif (by_doc["a"], by_doc["b"]) in pairs:
            found.add((by_doc["a"], by_doc["b"]))
        else:
            stray += 1
    kinds = Counter(f.kind for f in report.findings)
    return {
        "size": size, "chars": [len(left), len(right)], "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu, 1),
        "render_seconds": round(render_seconds, 1),
        "stream_seconds": round(stream_seconds, 1),
        "check_rss_gb": round(check_rss / 1e6, 2),
        "stream_rss_gb": round(stream_rss / 1e6, 2),
        "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6, 2),
        "traced_peak_gb": None if traced is None else round(traced / 1e9, 2),
        "claims": len(report.claims), "planted": len(planted), "found": len(found),
        "stray": stray, "own": own, "findings": len(report.findings),
        "by_kind": dict(sorted(kinds.items())),
        "facts": len(getattr(report, "facts", ()) or ()),
        "json_mb": round(json_bytes / MB, 1),
    }


def _workers_cpu() -> float:
    """CPU seconds of the worker processes that have ended (``--jobs``)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class _Sink:
    """A file that keeps only the number of UTF-8 bytes written to it."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, text: str) -> int:
        self.size += len(text.encode("utf-8"))
        return len(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8],
                        help="sizes of each document in MB (default 1 2 4 8)")
    parser.add_argument("--every", type=int, default=20,
                        help="every n-th generated figure differs (default 20)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="processes for claimcheck.check (default 1)")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also trace Python's allocations (slower)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child's one size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.every, args.tracemalloc, args.jobs)))
        return
    print(f"{'MB':>4} {'time s':>7} {'cpu s':>7} {'peak GB':>7} {'planted':>7} {'found':>6} "
          f"{'recall':>6} {'stray':>6} {'own':>6} {'findings':>8} {'facts':>6} {'JSON MB':>7}")
    for mb in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(int(mb * MB)), "--every", str(args.every),
               "--jobs", str(args.jobs)]
        if args.tracemalloc:
            cmd.append("--tracemalloc")
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            print(f"{mb:>4g} failed: {last}")
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        recall = row["found"] / row["planted"] if row["planted"] else 0.0
        peak = row["check_rss_gb"] if row["traced_peak_gb"] is None else \
            f"{row['check_rss_gb']}/{row['traced_peak_gb']}"
        print(f"{mb:>4g} {row['seconds']:>7} {row['cpu_seconds']:>7} {peak:>7} "
              f"{row['planted']:>7} {row['found']:>6} {recall:>6.2f} {row['stray']:>6} "
              f"{row['own']:>6} {row['findings']:>8} {row['facts']:>6} {row['json_mb']:>7}")
        print(f"     findings by kind: {row['by_kind']}; claims {row['claims']}; "
              f"JSON streamed (write_json) in {row['stream_seconds']} s, peak "
              f"{row['stream_rss_gb']} GB with it; rendered whole (render_json, then its "
              f"bytes) in {row['render_seconds']} s, peak {row['peak_rss_gb']} GB",
              flush=True)


if __name__ == "__main__":
    main()
