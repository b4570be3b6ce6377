"""Scale bench (issue 14): time, memory and report size from 10 to 10,000 documents, and
how well the facts the report names match the facts planted in the corpus.

    uv run python bench/scale.py [--sizes 10 100 1000 10000] [--seed 0] [--jobs N]
                                 [--timeout 900] [--max-gb 8] [--keep DIR]
                                 [--score-from auto|facts|findings] [--reports DIR]

For each size the corpus of ``bench/_facts_corpus.py`` (documents of about 10 KB around
shared planted facts) is written to a temporary directory and ``claimcheck compare DIR -f
json -o report.json`` runs in a child process, so its wall time and peak resident memory
are its own. Peak memory is the child's ``ru_maxrss`` taken with ``os.wait4`` on that child:
``resource.getrusage(RUSAGE_CHILDREN)`` gives the same kernel figure but as a maximum over
every child reaped so far, which would hide a smaller later run. A run over ``--timeout``
seconds is stopped, and its address space is capped at ``--max-gb`` (a quadratic run at
1,000 documents would otherwise take the memory of everyone on the machine); either is
printed as such, not scored.

The table gives documents, wall seconds, CPU seconds (user and system: less sensitive than
wall time to other work on a shared machine), peak GB, JSON MB, findings, facts, and the growth
exponent of wall time (and of CPU time) between consecutive sizes, log(t2/t1) / log(n2/n1):
1 is linear, 2 quadratic.

Scoring. A report's facts are groups of figure and date spans. When the JSON has a top-level
``facts`` list (issue 14, item 1) each entry's ``values`` are its spans ("facts" mode).
Until then the groups are the connected components of the claims joined by agreement and
discrepancy findings between figures and dates ("findings" mode: union-find; a component
with a discrepancy in it reads as "disagree", else "agree"). A reported span belongs to a
planted fact when it overlaps one of that fact's value spans. Then:

- a planted fact is *found* when one reported group holds at least 2 of its stated values
  and at least 80 % of them, and at most 10 % of the group's values are anything else
  (another fact's values, a distractor, a filler figure or date, a time qualifier);
- precision = reported groups of at least 2 values whose values are those of one planted
  fact (>= 2 of them, at most 10 % else) / reported groups of at least 2 values;
- recall = planted facts found / planted facts stated by at least 2 documents;
- verdict accuracy = found facts whose verdict is "disagree" when the plant has a dissenting
  source and "agree" when it has none / found facts.

The planted facts include the years topics' headings state ("The 2006 election in
Vendkainora" in every document on that election): the sources truly agree on them, so a
report that gives one a row is right, and one that chains two topics' years is a merge
(``_facts_corpus``'s doc; the recall line says how many of them were found).

The groups that count against precision are broken down: made only of time qualifiers of
planted facts (the dates figures hold for), only of filler, a merge of two or more planted
facts (or of a fact and a distractor), or other. The exit code is 0 whatever the figures: this is
a measurement.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _facts_corpus import TOPIC_YEAR, Corpus, generate


@dataclass
class Run:
    n: int
    seconds: float = float("nan")
    cpu: float = float("nan")
    peak_gb: float = float("nan")
    json_mb: float = float("nan")
    findings: int | None = None
    facts: int | None = None
    status: str = "ok"
    score: dict = field(default_factory=dict)


def run_compare(directory: Path, out: Path, jobs: int | None, timeout: float,
                max_gb: float) -> tuple[float, float, float, int, str]:
    """Run ``claimcheck compare`` on ``directory`` in a child: wall seconds, CPU seconds (user
    and system, its children's included), peak GB, exit code, note."""
    cmd = [sys.executable, "-m", "claimcheck.cli", "compare", str(directory), "-f", "json",
           "-o", str(out)]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    limit = int(max_gb * 2**30)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=cap)
    timed_out = threading.Event()

    def stop() -> None:
        timed_out.set()
        proc.kill()

    timer = threading.Timer(timeout, stop)
    timer.start()
    stderr = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak_gb = usage.ru_maxrss * 1024 / 1e9  # Linux: kilobytes
    note = ""
    if timed_out.is_set():
        note = f"stopped after {timeout:.0f} s"
    elif proc.returncode not in (0, 1):
        last = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        note = f"exit {proc.returncode}: {last[0][:120]}"
    return seconds, usage.ru_utime + usage.ru_stime, peak_gb, proc.returncode, note


# -- scoring ---------------------------------------------------------------------------------


class Truth:
    """The planted spans of a corpus, looked up by overlap (per document, sorted by start)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        per_doc: dict[int, list[tuple[int, int, tuple[str, int]]]] = {}
        for i, fact in enumerate(corpus.facts):
            for s in fact.values:
                per_doc.setdefault(s.doc, []).append((s.start, s.end, ("fact", i)))
        for k, sp in enumerate(corpus.spans):
            label = ("qualifier", sp.owner) if sp.role == "qualifier" else (sp.role, k)
            per_doc.setdefault(sp.doc, []).append((sp.start, sp.end, label))
        self.starts: dict[int, list[int]] = {}
        self.rows: dict[int, list[tuple[int, int, tuple[str, int]]]] = {}
        for d, rows in per_doc.items():
            rows.sort()
            self.rows[d] = rows
            self.starts[d] = [r[0] for r in rows]
        self.doc_index = {Path(name).stem: i for i, name in enumerate(corpus.names)}

    def label(self, doc: int | None, start: int, end: int) -> tuple[str, int]:
        """What a reported span is: ("fact", i), ("distractor", k), ("filler", k),
        ("qualifier", fact or -1) or ("unknown", 0). A fact's value wins over the rest."""
        if doc is None or doc not in self.rows:
            return ("unknown", 0)
        rows, starts = self.rows[doc], self.starts[doc]
        i = bisect.bisect_left(starts, end)
        found: list[tuple[str, int]] = []
        j = i - 1
        while j >= 0 and j >= i - 8:  # planted spans do not nest; a few back is enough
            s, e, lab = rows[j]
            if s < end and start < e:
                found.append(lab)
            j -= 1
        for lab in found:
            if lab[0] == "fact":
                return lab
        return found[0] if found else ("unknown", 0)

    def doc(self, name: str | None) -> int | None:
        if name is None:
            return None
        return self.doc_index.get(Path(str(name)).stem)


def groups_from_facts(report: dict, truth: Truth) -> list[tuple[list[tuple[str, int]], str]]:
    """The report's facts as lists of span labels, each with its verdict. A fact's values
    are the claims of its ``groups`` (schema claimcheck/3), whose spans the claims list
    holds; a fact that lists ``values`` (claimcheck/2: each names its claim, or carries
    its own span) is read as it is."""
    docs = _doc_names(report)
    claims = {c["id"]: c for c in _claims(report)}
    out = []
    for fact in report.get("facts") or []:
        values = fact.get("values")
        if values is None:
            values = [{"claim": c} for g in fact.get("groups", []) for c in g["claims"]]
        seen = set()
        labels = []
        for v in values:
            if "start" not in v and v.get("claim") in claims:
                c = claims[v["claim"]]
                v = {"doc": c.get("document", c["id"].rpartition(":")[0]),
                     "start": c["start"], "end": c["end"]}
            key = (v.get("doc"), v.get("start"), v.get("end"))
            if key in seen:
                continue
            seen.add(key)
            d = truth.doc(docs.get(v.get("doc"), v.get("doc")))
            labels.append(truth.label(d, int(v["start"]), int(v["end"])))
        out.append((labels, str(fact.get("verdict"))))
    return out


def groups_from_findings(report: dict, truth: Truth) -> list[tuple[list[tuple[str, int]], str]]:
    """Components of figure and date claims joined by agreement and discrepancy findings."""
    docs = _doc_names(report)
    claims = {c["id"]: c for c in _claims(report)}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    disagree: set[str] = set()
    for f in report.get("findings", []):
        if f.get("kind") not in ("agreement", "discrepancy"):
            continue
        ids = [c for c in f.get("claims", []) if claims.get(c, {}).get("kind") != "statement"]
        if len(ids) < 2:
            continue
        root = find(ids[0])
        for c in ids[1:]:
            r = find(c)
            if r != root:
                parent[r] = root
        if f["kind"] == "discrepancy":
            disagree.add(ids[0])
    members: dict[str, list[str]] = {}
    for c in sorted(parent):
        members.setdefault(find(c), []).append(c)
    bad_roots = {find(c) for c in disagree}
    out = []
    for root, ids in sorted(members.items()):
        labels = []
        for cid in ids:
            c = claims.get(cid)
            if c is None:
                labels.append(("unknown", 0))
                continue
            name = c.get("document", c.get("doc", c["id"].rpartition(":")[0]))
            d = truth.doc(docs.get(name, name))
            labels.append(truth.label(d, int(c["start"]), int(c["end"])))
        out.append((labels, "disagree" if root in bad_roots else "agree"))
    return out


def _claims(report: dict) -> list[dict]:
    """The report's claims as dicts: a corpus report (claimcheck/3) lists each as a row of
    the fields ``claim_fields`` names."""
    fields = report.get("claim_fields")
    if fields is None:
        return list(report.get("claims", []))
    return [dict(zip(fields, row, strict=False)) for row in report.get("claims", [])]


def _doc_names(report: dict) -> dict:
    """Document id -> its path, so a span's document is known whatever the id looks like."""
    return {d.get("id"): d.get("path") or d.get("id") for d in report.get("documents", [])}


def score(groups: list[tuple[list[tuple[str, int]], str]], corpus: Corpus) -> dict:
    facts = corpus.facts
    stated = [i for i, f in enumerate(facts) if len(f.values) >= 2]
    found: dict[int, str] = {}  # fact -> verdict of the group that found it
    reported = correct = 0
    wrong: Counter[str] = Counter()
    splits: Counter[int] = Counter()
    for labels, verdict in groups:
        if len(labels) < 2:
            continue
        reported += 1
        counts = Counter(lab[1] for lab in labels if lab[0] == "fact")
        best, hits = max(counts.items(), key=lambda kv: (kv[1], -kv[0]), default=(-1, 0))
        foreign = len(labels) - hits
        if hits >= 2 and foreign <= 0.1 * len(labels):
            correct += 1
            splits[best] += 1
            if hits >= 0.8 * len(facts[best].values):
                found[best] = verdict
            continue
        kinds = {lab[0] for lab in labels}
        planted = sum(1 for c in counts.values() if c >= 2)
        if kinds <= {"qualifier", "heading"}:
            wrong["time qualifiers only"] += 1
        elif kinds == {"filler"}:
            wrong["filler only"] += 1
        elif planted >= 2 or (planted == 1 and "distractor" in kinds):
            wrong["merge of planted facts"] += 1
        elif hits >= 2:
            wrong["a fact with too much else"] += 1
        else:
            wrong["other"] += 1
    recall_hits = sum(1 for i in stated if i in found)
    years = [i for i in stated if facts[i].measure == TOPIC_YEAR]
    verdict_ok = sum(1 for i, v in found.items()
                     if v == ("disagree" if facts[i].disagree else "agree"))
    confusion = Counter(("disagree" if facts[i].disagree else "agree", v) for i, v in found.items())
    return {
        "reported": reported, "correct": correct,
        "precision": correct / reported if reported else float("nan"),
        "planted": len(stated), "found": recall_hits,
        "recall": recall_hits / len(stated) if stated else float("nan"),
        "years_planted": len(years), "years_found": sum(1 for i in years if i in found),
        "years_reported": sum(1 for labels, _ in groups if len(labels) >= 2 and any(
            lab[0] == "fact" and facts[lab[1]].measure == TOPIC_YEAR for lab in labels)),
        "verdict_ok": verdict_ok,
        "verdict_accuracy": verdict_ok / len(found) if found else float("nan"),
        "confusion": dict(sorted(confusion.items())),
        "wrong": dict(sorted(wrong.items())),
        "split": sum(1 for c in splits.values() if c > 1),
    }


# -- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds a run may take")
    ap.add_argument("--max-gb", type=float, default=8.0, help="address space of a run")
    ap.add_argument("--score-from", choices=("auto", "facts", "findings"), default="auto",
                    help="auto: the report's facts list when it has one, else findings")
    ap.add_argument("--keep", type=Path, default=None,
                    help="write corpora and reports under this directory and keep them")
    ap.add_argument("--reports", type=Path, default=None,
                    help="run nothing: score the report-N.json files in this directory "
                         "(as --keep writes them, or made another way from the same seed)")
    args = ap.parse_args(argv)

    where = subprocess.run([sys.executable, "-c", "import claimcheck; print(claimcheck.__file__)"],
                           capture_output=True, text=True).stdout.strip()
    print(f"claimcheck from {where or '?'}; seed {args.seed}", flush=True)
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="claimcheck-scale-") as tmp:
        base = args.keep or Path(tmp)
        for n in args.sizes:
            corpus = generate(n, args.seed)
            directory = base / f"corpus-{n}"
            out = base / f"report-{n}.json"
            run = Run(n)
            runs.append(run)
            if args.reports:
                out = args.reports / f"report-{n}.json"
                code, note = 0, "" if out.exists() else f"no {out}"
            else:
                corpus.write(directory)
                if out.exists():
                    out.unlink()
                run.seconds, run.cpu, run.peak_gb, code, note = run_compare(
                    directory, out, args.jobs, args.timeout, args.max_gb)
            if note or not out.exists():
                run.status = note or f"exit {code}, no report"
                print(f"{n:>9,} documents: {run.status} ({run.seconds:.0f} s, "
                      f"{run.peak_gb:.2f} GB)", flush=True)
                continue
            run.json_mb = out.stat().st_size / 1e6
            report = json.loads(out.read_text(encoding="utf-8"))
            run.findings = len(report.get("findings", []))
            truth = Truth(corpus)
            if args.score_from == "facts" or (args.score_from == "auto" and "facts" in report):
                mode, groups = "facts", groups_from_facts(report, truth)
                run.facts = len(report["facts"])
            else:
                mode, groups = "findings", groups_from_findings(report, truth)
                run.facts = sum(1 for g in groups if len(g[0]) >= 2)
            run.score = score(groups, corpus) | {"mode": mode}
            del report
            print(f"{n:>9,} documents: {run.seconds:.1f} s, {run.peak_gb:.2f} GB, "
                  f"{run.json_mb:.1f} MB, scored from {mode}", flush=True)
            if not args.keep and not args.reports:
                for p in directory.iterdir():
                    p.unlink()
                directory.rmdir()
                out.unlink()

    print()
    print(f"{'documents':>10} {'seconds':>9} {'CPU s':>9} {'peak GB':>8} {'JSON MB':>9} "
          f"{'findings':>10} {'facts':>8} {'exponent':>9} {'CPU exp.':>9}")
    prev: Run | None = None
    for r in runs:
        exp = cexp = ""
        if prev and r.status == "ok" and prev.status == "ok" and prev.seconds > 0:
            exp = f"{math.log(r.seconds / prev.seconds) / math.log(r.n / prev.n):.2f}"
            cexp = f"{math.log(r.cpu / prev.cpu) / math.log(r.n / prev.n):.2f}"
        findings = f"{r.findings:,}" if r.findings is not None else "-"
        facts = f"{r.facts:,}" if r.facts is not None else "-"
        tail = "" if r.status == "ok" else f"  ({r.status})"
        print(f"{r.n:>10,} {r.seconds:>9.1f} {r.cpu:>9.1f} {r.peak_gb:>8.2f} {r.json_mb:>9.1f} "
              f"{findings:>10} {facts:>8} {exp:>9} {cexp:>9}{tail}")
        prev = r
    print()
    for r in runs:
        s = r.score
        if not s:
            continue
        print(f"{r.n:,} documents, scored from {s['mode']}:")
        print(f"  precision  {s['precision']:.3f}  ({s['correct']:,} of {s['reported']:,} "
              f"reported groups of >= 2 values are one planted fact)")
        print(f"  recall     {s['recall']:.3f}  ({s['found']:,} of {s['planted']:,} planted facts "
              f"stated by >= 2 documents found)")
        print(f"             of which the years topics' headings state: "
              f"{s['years_found']:,} of {s['years_planted']:,} found; "
              f"{s['years_reported']:,} reported groups hold one")
        print(f"  verdicts   {s['verdict_accuracy']:.3f}  ({s['verdict_ok']:,} of found; "
              + ", ".join(f"planted {a} -> {b}: {c:,}" for (a, b), c in s["confusion"].items())
              + ")")
        wrong = ", ".join(f"{k}: {v:,}" for k, v in s["wrong"].items()) or "none"
        print(f"  not a planted fact: {wrong}; planted facts split over several groups: "
              f"{s['split']:,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
