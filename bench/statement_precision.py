"""Statement precision: false and missed contradictions, wrong agreements and omissions.

Usage: uv run python bench/statement_precision.py [-v] [ID ...]

Statement alignment reports two statements as contradicting each other when one asserts
what the other denies. A false contradiction is the worst error this feature can make: it
tells the reader that a source is wrong when it is not, and one such finding costs more
trust than many missed ones. So precision is the feature's main risk, and this script
measures it on the pairs in ``statement_pairs.json`` (plain data, written for this project;
its "about" and "fields" say what each field means, and each pair's "group" what its group
probes):

- "short", 186 pairs of one or two sentences, mostly traps: different times, subjects,
  objects or agents, hedges, reported speech, double negatives, negation in a subordinate
  clause or on an adjunct, questions, comparatives. Each is expected to contradict, not to
  contradict, or "either" (arguable: shown, not scored). Some pairs also say that an
  agreement between them would be wrong (the statements differ in what they say).
- "documents", 48 realistic multi-paragraph pairs: two accounts of one event with
  planted contradictions (R), adversarial pairs where the same words refer to different
  things (X), abridged pairs whose second text drops sentences of the first (A: each
  dropped sentence should be an omission, nothing else) and related but different accounts
  (D: no omission at all).
- "held_out", 30 multi-paragraph pairs by a third reviewer, written after the first
  two sets had been tuned against (a few rules were adjusted after their first run, so
  they are no longer strictly held out): planted contradictions, parallel accounts with no
  contradiction, abridged and related but different pairs, scored as the document pairs
  are. Each also lists agreements that would be wrong; an agreement between the sides of
  a planted contradiction is wrong as well.

Each pair is run through ``claimcheck.check`` with the built-in plugins only (installed
plugins are not loaded, so that the figures do not depend on them); only findings about
statements count. A discrepancy counts as found when it pairs a statement of a with one of
b whose text or sentence contains the planted substrings; any other discrepancy is false.

Printed per set: pairs run, false contradictions, missed contradictions (found / planted),
wrong agreements (short pairs: among those where one is known to be wrong; held-out pairs:
among all agreements reported), omissions found / planted, bogus omissions, crashes and
the slowest pair's wall time (after one warm-up check, so that loading the lexicons is not
charged to the first pair). With -v, each problem after
the summaries, in the data's order. IDs restrict the run to those pairs. The exit code is
0 whatever the figures: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

import claimcheck
from claimcheck import Document

PAIRS = Path(__file__).resolve().parent / "statement_pairs.json"

#: Problem kinds, in the order -v prints them.
KINDS = (
    "crash",
    "false contradiction",
    "missed contradiction",
    "wrong agreement",
    "bogus omission",
    "missed omission",
    "either",
    "omission, not scored",
)


def load_pairs(path: Path = PAIRS) -> tuple[list[dict], list[dict], list[dict]]:
    """The short, document and held-out pairs, in the data's order.

    Keys the scoring does not read (such as "group", which only documents what a group of
    pairs probes) are left in and ignored; pairs of substrings are JSON lists, unpacked as
    the tuples they stand for.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["short"], data["documents"], data["held_out"]


def norm(text: str) -> str:
    return " ".join(text.split()).lower()


class Run:
    """One pair checked: its statement findings, the claims by id, the time taken."""

    def __init__(self, pair: dict, pm) -> None:
        self.texts = {"a": pair["a"], "b": pair["b"]}
        t0 = time.perf_counter()
        report = claimcheck.check(Document("a", pair["a"]), Document("b", pair["b"]), pm=pm)
        self.seconds = time.perf_counter() - t0
        self.claims = {c.id: c for c in report.claims}
        self.findings = [
            f for f in report.findings
            if f.claims and all(self.claims[c].kind == "statement" for c in f.claims)
        ]

    def of(self, kind: str) -> list:
        return [f for f in self.findings if f.kind == kind]

    def omissions(self) -> list:
        return [f for f in self.of("unmatched") if f.detail.get("kind") == "omission"]

    def has(self, claim, sub: str) -> bool:
        """Whether the claim's text or its sentence contains ``sub``."""
        sentence = claim.text
        if claim.sentence:
            sentence = self.texts[claim.doc][claim.sentence[0] : claim.sentence[1]]
        return norm(sub) in norm(claim.text) or norm(sub) in norm(sentence)

    def describe(self, finding) -> str:
        sides = [f"{c.doc} “{c.text}”" for c in (self.claims[i] for i in finding.claims)]
        why = finding.detail.get("contradiction")
        return " / ".join(sides) + (f" ({why})" if why else "")


class Tally:
    def __init__(self, name: str) -> None:
        self.name = name
        self.pairs = 0
        self.counts: dict[str, int] = {}
        self.problems: list[tuple[str, str, str]] = []
        self.slowest = (0.0, "")

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def __getitem__(self, key: str) -> int:
        return self.counts.get(key, 0)

    def problem(self, pid: str, kind: str, text: str) -> None:
        self.problems.append((pid, kind, text))

    def timed(self, pid: str, run: Run) -> None:
        self.slowest = max(self.slowest, (run.seconds, pid))


def attempt(tally: Tally, pair: dict, pm) -> Run | None:
    tally.pairs += 1
    try:
        run = Run(pair, pm)
    except Exception:
        tally.add("crashes")
        tally.problem(pair["id"], "crash", traceback.format_exc().rstrip())
        return None
    tally.timed(pair["id"], run)
    return run


def short(pairs: list[dict], pm) -> Tally:
    t = Tally("short pairs")
    for pair in pairs:
        pid, expect = pair["id"], pair["expect"]
        t.add(expect)
        t.add("known-wrong", bool(pair.get("wrong_agreement")))
        run = attempt(t, pair, pm)
        if run is None:
            continue
        contra = run.of("discrepancy")
        if expect == "contradiction":
            t.add("found", bool(contra))
            if not contra:
                got = "; ".join(f"{f.kind}: {f.summary}" for f in run.findings) or "nothing"
                t.problem(pid, "missed contradiction", f"a: {pair['a']} | b: {pair['b']} | "
                          f"got {got}")
        elif expect == "none":
            t.add("false", len(contra))
            t.add("false pairs", bool(contra))
            for f in contra:
                t.problem(pid, "false contradiction", run.describe(f))
        else:
            t.add("either reported", bool(contra))
            t.problem(pid, "either", "; ".join(run.describe(f) for f in contra)
                      or "no contradiction")
        agreements = run.of("agreement")
        if pair.get("wrong_agreement") and agreements:
            t.add("wrong agreements")
            for f in agreements:
                t.problem(pid, "wrong agreement", run.describe(f))
        t.add("omissions reported", len(run.omissions()))
    return t


def wrong_agreements(t: Tally, pair: dict, run: Run) -> None:
    """Count agreements, and those between statements listed as saying different things."""
    wrong = list(pair["wrong"]) + list(pair.get("contradictions", []))
    for f in run.of("agreement"):
        t.add("agreements")
        sides = [run.claims[i] for i in f.claims]
        if any(
            any(c.doc == "a" and run.has(c, sa) for c in sides)
            and any(c.doc == "b" and run.has(c, sb) for c in sides)
            for sa, sb in wrong
        ):
            t.add("wrong agreements")
            t.problem(pair["id"], "wrong agreement", run.describe(f))


def documents(pairs: list[dict], pm, name: str = "document pairs") -> Tally:
    t = Tally(name)
    for pair in pairs:
        pid = pair["id"]
        planted = pair.get("contradictions", [])
        t.add("planted", len(planted))
        t.add("omissions planted", len(pair.get("omissions") or []))
        run = attempt(t, pair, pm)
        if run is None:
            continue
        hit: set[int] = set()
        for f in run.of("discrepancy"):
            sides = [run.claims[i] for i in f.claims]
            ok = False
            for k, (sa, sb) in enumerate(planted):
                if any(c.doc == "a" and run.has(c, sa) for c in sides) and any(
                    c.doc == "b" and run.has(c, sb) for c in sides
                ):
                    ok = True
                    hit.add(k)
            if not ok:
                t.add("false")
                t.problem(pid, "false contradiction", run.describe(f))
        t.add("found", len(hit))
        for k, (sa, sb) in enumerate(planted):
            if k not in hit:
                near = [
                    f"{f.kind}" + (f" {f.detail.get('kind')}" if f.kind == "unmatched" else "")
                    for f in run.findings
                    if any(run.has(run.claims[i], sa if run.claims[i].doc == "a" else sb)
                           for i in f.claims)
                ]
                got = ", ".join(near) or "no finding on either statement"
                t.problem(pid, "missed contradiction", f"a “{sa}” / b “{sb}” (got {got})")
        if "wrong" in pair:
            wrong_agreements(t, pair, run)
        omissions = run.omissions()
        expected = pair.get("omissions")
        if expected is not None:
            found: set[int] = set()
            for f in omissions:
                claim = run.claims[f.claims[0]]
                match = [k for k, s in enumerate(expected)
                         if claim.doc == "a" and run.has(claim, s)]
                found.update(match)
                if not match:
                    t.add("bogus omissions")
                    t.problem(pid, "bogus omission", f"{claim.doc} “{claim.text}”")
            t.add("omissions found", len(found))
            for k, s in enumerate(expected):
                if k not in found:
                    t.problem(pid, "missed omission", f"a “{s}”")
        elif pair.get("no_omissions"):
            for f in omissions:
                claim = run.claims[f.claims[0]]
                t.add("bogus omissions")
                t.problem(pid, "bogus omission", f"{claim.doc} “{claim.text}” (unrelated texts)")
        else:
            t.add("omissions not scored", len(omissions))
            for f in omissions:
                claim = run.claims[f.claims[0]]
                t.problem(pid, "omission, not scored", f"{claim.doc} “{claim.text}”")
    return t


def line(label: str, value: str) -> None:
    print(f"  {label:<24}{value}")


def summary(t: Tally, kind: str) -> None:
    print(t.name)
    if kind == "short":
        line("pairs run", f"{t.pairs} ({t['contradiction']} contradiction, {t['none']} none, "
             f"{t['either']} either)")
        line("false contradictions", f"{t['false']} (in {t['false pairs']} of {t['none']} pairs)")
        line("missed contradictions", f"{t['contradiction'] - t['found']} "
             f"(found {t['found']} of {t['contradiction']})")
        line("wrong agreements", f"{t['wrong agreements']} of {t['known-wrong']} pairs "
             "where one would be wrong")
        line("omissions", f"not scored ({t['omissions reported']} reported)")
        line("bogus omissions", "not scored")
        line("either pairs", f"{t['either reported']} of {t['either']} reported as contradictions")
    else:
        line("pairs run", str(t.pairs))
        line("false contradictions", str(t["false"]))
        line("missed contradictions", f"{t['planted'] - t['found']} "
             f"(found {t['found']} of {t['planted']})")
        if kind == "held-out":
            line("wrong agreements", f"{t['wrong agreements']} of {t['agreements']} agreements "
                 "reported")
        else:
            line("wrong agreements", "none listed")
        line("omissions", f"found {t['omissions found']} of {t['omissions planted']} "
             f"({t['omissions not scored']} more in pairs where they are not scored)")
        line("bogus omissions", str(t["bogus omissions"]))
    line("crashes", str(t["crashes"]))
    seconds, pid = t.slowest
    line("slowest pair", f"{seconds:.3f} s ({pid})" if pid else "-")


def problems(t: Tally) -> None:
    print(f"\n{t.name}: problems")
    if not t.problems:
        print("  none")
    for kind in KINDS:
        for pid, k, text in t.problems:
            if k == kind:
                print(f"  {pid:<4} {kind}: {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list each problem")
    parser.add_argument("ids", nargs="*", metavar="ID", help="run only these pairs")
    args = parser.parse_args()
    wanted = set(args.ids)
    short_pairs, document_pairs, held_out_pairs = load_pairs()
    known = {p["id"] for p in short_pairs + document_pairs + held_out_pairs}
    for pid in sorted(wanted - known):
        print(f"unknown pair id: {pid}", file=sys.stderr)

    pm = claimcheck.get_plugin_manager(entry_points=False)
    claimcheck.check(Document("a", "The bank raised rates."), Document("b", "It did not."), pm=pm)
    tallies = []
    for kind, pairs, score in (
        ("short", short_pairs, short),
        ("documents", document_pairs, documents),
        ("held-out", held_out_pairs, lambda ps, pm: documents(ps, pm, "held-out pairs")),
    ):
        chosen = [p for p in pairs if not wanted or p["id"] in wanted]
        if chosen:
            tallies.append((kind, score(chosen, pm)))
    for n, (kind, tally) in enumerate(tallies):
        if n:
            print()
        summary(tally, kind)
    if args.verbose:
        for _, tally in tallies:
            problems(tally)


if __name__ == "__main__":
    main()
