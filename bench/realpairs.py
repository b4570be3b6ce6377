"""Score figure and date alignment on real document pairs against gold written by hand.

Usage: uv run python bench/realpairs.py [-v] [--part dev|held_out|fresh|all] [ID ...]

Each folder of ``bench/realpairs/`` holds real public texts on one event (``a.txt``,
``b.txt``, maybe ``c.txt``) and ``gold.toml``, written from reading them before the tool
was run: the agreements and discrepancies a careful reader finds between their figures
and dates, and pairs that must never be compared (README.md there says the format).
Each pair is run through ``claimcheck.check`` with the installed plugins, as a user's
``claimcheck compare`` would. Printed per pair and in total, for each part apart:
``dev`` (the pairs the rules were tuned on), ``held_out`` (kept aside until the rules were
done) and ``fresh`` (documents on fields none of the others cover, with gold written after
the rules, to see whether they hold on documents nobody on the project had seen):

- agreement recall: gold agreements reported as an agreement;
- discrepancy recall: gold discrepancies reported as a discrepancy;
- discrepancy precision: reported discrepancies between the documents' figures and
  dates that are gold discrepancies;
- forbidden: agreements or discrepancies reported between a forbidden pair.

A pair on which claimcheck fails (an error from a plugin) is scored as finding nothing,
marked FAILED and its error listed, rather than stopping the run.

``-v`` lists each miss and each false discrepancy with both quotes.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import claimcheck

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).resolve().parent / "realpairs"
KINDS = frozenset({"quantity", "ratio", "date", "range", "duration"})
PARTS = ("dev", "held_out", "fresh")  # the order the totals are printed in


@dataclass
class Item:
    kind: str
    quotes: dict[str, tuple[int, int]]  # document stem -> span of the quote
    why: str = ""

    def covers(self, claim: claimcheck.Claim) -> bool:
        span = self.quotes.get(claim.doc)
        return span is not None and claim.start < span[1] and span[0] < claim.end


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.counts.update(other.counts)
        self.problems.extend(other.problems)


def load(folder: Path) -> tuple[dict, dict[str, str], list[Item]]:
    gold = tomllib.loads((folder / "gold.toml").read_text(encoding="utf-8"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    items = []
    for kind in ("agreement", "discrepancy", "forbidden"):
        for entry in gold.get(kind, ()):
            quotes = {}
            for doc, quote in entry.items():
                if doc in texts:
                    at = texts[doc].find(quote)
                    if at < 0 or texts[doc].count(quote) != 1:
                        raise SystemExit(f"{folder.name}: {kind} quote not unique in {doc}: "
                                         f"{quote!r}")
                    quotes[doc] = (at, at + len(quote))
            if len(quotes) == 2:
                items.append(Item(kind, quotes, str(entry.get("why", ""))))
    return gold, texts, items


def score(folder: Path) -> tuple[str, Tally]:
    gold, texts, items = load(folder)
    documents = [claimcheck.Document(stem, text, str(folder / f"{stem}.txt"))
                 for stem, text in texts.items()]
    t = Tally()
    try:
        report = claimcheck.check(*documents)
    except claimcheck.ClaimcheckError as exc:
        # a pair the tool cannot read is scored as finding nothing, and said so, so that
        # one failure neither stops the run nor drops the pair's gold from the totals
        for item in items:
            t.counts[item.kind] += 1
        t.counts["failed"] += 1
        t.problems.append(f"{folder.name}: claimcheck failed: {exc}")
        return str(gold.get("part", "dev")), t
    claims = {c.id: c for c in report.claims}
    found: list[tuple[str, claimcheck.Claim, claimcheck.Claim]] = []
    in_facts: set[str] = set()
    for fact in report.facts:
        if len({v.doc for v in fact.values}) < 3:
            continue  # two sources: their pairwise findings below say it all
        # a fact of three or more sources: values of one group agree; two groups are the
        # verdict of the fact's pairs between them (a value that fits two rival values is
        # a group of its own that agrees with both); other groups were not compared
        verdict = {frozenset(p.claims): p.kind for p in fact.pairs}
        heads: dict[int, list[str]] = {}
        for v in fact.values:
            heads.setdefault(v.group, []).append(v.claim)
        for i, a in enumerate(fact.values):
            for b in fact.values[i + 1:]:
                if a.doc == b.doc:
                    continue
                if a.group == b.group:
                    kind = "agreement"
                else:
                    kinds = {k for pair, k in verdict.items()
                             if pair & set(heads[a.group]) and pair & set(heads[b.group])}
                    kind = ("discrepancy" if {"discrepancy", "inconsistency"} & kinds
                            else "agreement" if kinds == {"agreement"}
                            else "not_comparable" if kinds else "")
                if kind:
                    found.append((kind, claims[a.claim], claims[b.claim]))
        in_facts.update(v.claim for v in fact.values)
    for f in report.findings:
        if "fact" in (f.detail or {}) and set(f.claims) <= in_facts:
            continue
        if f.kind not in ("agreement", "discrepancy", "not_comparable"):
            continue
        members = [claims[c] for c in f.claims if c in claims]
        if any(c.kind not in KINDS for c in members):
            continue
        pairs = f.detail.get("pairs") if isinstance(f.detail, dict) else None
        if pairs:  # a group across three or more documents: each pair's own verdict
            for pair in pairs:
                a, b = (claims[c] for c in pair["claims"])
                found.append((pair["kind"], a, b))
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.doc != b.doc:
                    found.append((f.kind, a, b))

    def hit(item: Item, a: claimcheck.Claim, b: claimcheck.Claim) -> bool:
        return (item.covers(a) and item.covers(b)) and a.doc != b.doc

    # a document that states a value twice (an infobox and its text, a title and its
    # text) is told once by the tool: a finding on the other statement of the gold's value
    # is credited too, in the second total ("restatements credited")
    by_doc_value = Counter((c.doc, value_key(c)) for c in report.claims if c.kind in KINDS)
    # each gold item's values, as the claims its quotes cover state them (read once)
    gold_values = {id(item): {(c.doc, value_key(c)) for c in report.claims
                              if c.kind in KINDS and item.covers(c)} for item in items}

    def restates(item: Item, claim: claimcheck.Claim) -> bool:
        if item.covers(claim):
            return True
        key = value_key(claim)
        if key is None or by_doc_value[(claim.doc, key)] > 2:
            return False
        return (claim.doc, key) in gold_values[id(item)]

    def loose_hit(item: Item, a: claimcheck.Claim, b: claimcheck.Claim) -> bool:
        return a.doc != b.doc and restates(item, a) and restates(item, b)

    def quote(item: Item) -> str:
        return " / ".join(f"{d}: “{texts[d][s:e]}”" for d, (s, e) in item.quotes.items())

    for item in items:
        kinds = {k for k, a, b in found if hit(item, a, b)}
        if item.kind == "forbidden":
            t.counts["forbidden"] += 1
            if kinds & {"agreement", "discrepancy"}:
                t.counts["forbidden hit"] += 1
                t.problems.append(f"{folder.name}: FORBIDDEN pair compared ({', '.join(kinds)}): "
                                  f"{quote(item)}")
            continue
        t.counts[item.kind] += 1
        if item.kind in kinds or item.kind in {k for k, a, b in found if loose_hit(item, a, b)}:
            t.counts[f"{item.kind} found loosely"] += 1
        if item.kind in kinds:
            t.counts[f"{item.kind} found"] += 1
        else:
            got = ", ".join(sorted(kinds)) or "nothing"
            t.problems.append(f"{folder.name}: missed {item.kind} (got {got}): {quote(item)}")
    golden = [i for i in items if i.kind == "discrepancy"]
    for kind, a, b in found:
        if kind != "discrepancy":
            continue
        t.counts["reported discrepancy"] += 1
        if any(hit(i, a, b) or loose_hit(i, a, b) for i in golden):
            t.counts["true discrepancy loosely"] += 1
        if any(hit(i, a, b) for i in golden):
            t.counts["true discrepancy"] += 1
        else:
            t.problems.append(f"{folder.name}: false discrepancy: {a.doc}: “{a.text}” / "
                              f"{b.doc}: “{b.text}”")
    return str(gold.get("part", "dev")), t


def value_key(claim: claimcheck.Claim) -> tuple | None:
    """What a claim states, whatever its words: a figure's bounds and unit, a date's
    TIMEX value."""
    value = claim.value
    timex = getattr(value, "timex", None)
    if timex:
        return ("time", timex)
    low, high = getattr(value, "low", None), getattr(value, "high", None)
    if low is None or high is None:
        return None
    return ("figure", round(low, 9), round(high, 9), getattr(value, "unit", None))


def ratio(n: int, d: int) -> str:
    return f"{n / d:.2f} ({n}/{d})" if d else "n/a"


def line(name: str, c: Counter, loose: bool = False) -> str:
    how = " loosely" if loose else ""
    return (f"{name:<28} agreement recall {ratio(c['agreement found' + how], c['agreement']):<14}"
            f" discrepancy recall {ratio(c['discrepancy found' + how], c['discrepancy']):<14}"
            f" precision {ratio(c['true discrepancy' + how], c['reported discrepancy']):<14}"
            f" forbidden {c['forbidden hit']}/{c['forbidden']}"
            + (f"  FAILED {c['failed']}" if c["failed"] else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--part", default="all", choices=(*PARTS, "all"))
    parser.add_argument("ids", nargs="*")
    args = parser.parse_args()
    folders = sorted(p for p in HERE.iterdir() if (p / "gold.toml").exists())
    if args.ids:
        folders = [p for p in folders if p.name in args.ids]
    parts: dict[str, Tally] = {}
    for folder in folders:
        gold = tomllib.loads((folder / "gold.toml").read_text(encoding="utf-8"))
        if args.part not in ("all", str(gold.get("part", "dev"))):
            continue  # read the part first: a part's run costs only its own pairs
        part, t = score(folder)
        print(line(f"{folder.name} [{part}]", t.counts))
        parts.setdefault(part, Tally()).add(t)
    print()
    order = sorted(parts, key=lambda p: (PARTS.index(p) if p in PARTS else len(PARTS), p))
    for part in order:
        print(line(f"TOTAL {part}", parts[part].counts))
    print("\nrestatements credited (a finding on the gold value stated a second time in "
          "the same document):")
    for part in order:
        print(line(f"TOTAL {part}", parts[part].counts, loose=True))
    if args.verbose:
        for part in order:
            for problem in parts[part].problems:
                print(problem)
    return 0


if __name__ == "__main__":
    sys.exit(main())
