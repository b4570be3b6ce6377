"""Why the facts of the generated corpus come out split or merged (issue 14).

    uv run python bench/facts_diag.py [N] [--seed 0] [--show 3]

Runs ``claimcheck.check`` in this process on ``bench/_facts_corpus.py``'s corpus of ``N``
documents (default 300), keeps the pairs alignment made (the chain that makes facts), and
scores the report's facts as ``bench/scale.py`` does. Then it lists:

- *merges*: reported facts holding values of two planted facts (or of a fact and a
  distractor, a filler figure or a time qualifier), counted by the pairs that bridge them
  (a pair whose two claims belong to different planted things), by the two measures they
  join, with a few bridging pairs quoted with both frames;
- *splits*: planted facts whose values are spread over several reported facts (or left
  out of all), counted by what tells the two largest parts apart (measure, subject,
  period, place as the frames read them, or one document stating the value twice), with
  examples quoted;
- the same splits by stage: whether blocking gave any candidate pair between the two
  largest parts (with both claims' keys and their blocks' sizes quoted, the keys they
  share starred), or matching turned every candidate down (with the first reason noted
  for the smaller part's claims), or paired them as not comparable.

It only measures: the exit code is 0 whatever it finds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _facts_corpus import generate
from scale import Truth, score

import claimcheck
from claimcheck.align import figures as _figures


def _frame(c: claimcheck.Claim) -> str:
    f = c.frame
    if f is None:
        return "no frame"
    period = f.period.text if f.period is not None else None
    return (f"measure={f.measure} ({f.measure_text!r}) subject={f.subject_key!r} "
            f"period={period!r} place={f.place!r} src={f.source}")


def _sentence(report: claimcheck.Report, c: claimcheck.Claim) -> str:
    text = report.document(c.doc).text
    if c.sentence is None:
        return text[max(0, c.start - 60):c.end + 60].replace("\n", " ")
    s, e = c.sentence
    return text[s:e].replace("\n", " ")


def _describe_label(corpus, lab) -> str:
    kind, i = lab
    if kind == "fact":
        f = corpus.facts[i]
        return f"{f.id} {f.measure}"
    if kind == "qualifier":
        return f"qualifier of {corpus.facts[i].id} {corpus.facts[i].measure}" if i >= 0 \
            else "qualifier"
    return kind


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=3, help="examples per cause")
    args = ap.parse_args(argv)

    corpus = generate(args.n, args.seed)
    captured: list = []
    original = _figures._report_groups

    def spy(matches, *a, **k):  # keep the pairs that chain into facts
        captured.extend(matches)
        return original(matches, *a, **k)

    truth = Truth(corpus)
    # the candidate pairs blocking gave between two values of one planted fact (claim
    # ids), and why matching turned down a claim (its first reason), to tell a split
    # blocking made from one matching made
    fact_candidates: set[tuple[str, str]] = set()
    original_candidates = _figures.corpus_candidates
    original_match = _figures.match_figures
    reasons: dict[str, str] = {}

    keys_of_claim: dict[str, tuple[str, ...]] = {}  # planted facts' values' keys
    block_size: Counter[str] = Counter()

    def candidates_spy(by_doc, base=None, apart=None):
        # every candidate, none screened out (``apart`` not passed on): matching, which
        # keeps its reasons here (``match_spy``), says why each was turned down
        for found_in in by_doc:
            for p in found_in:
                block_size.update(p.keys)
                c = p.claim
                if truth.label(truth.doc(c.doc), c.start, c.end)[0] == "fact":
                    keys_of_claim[c.id] = p.keys
        found = original_candidates(by_doc, base=base)
        for (a, b), pairs in found.items():
            for i, j in pairs:
                ca, cb = by_doc[a][i].claim, by_doc[b][j].claim
                la = truth.label(truth.doc(ca.doc), ca.start, ca.end)
                if la[0] == "fact" and la == truth.label(truth.doc(cb.doc), cb.start, cb.end):
                    fact_candidates.add((ca.id, cb.id) if ca.id < cb.id else (cb.id, ca.id))
        return found

    def match_spy(*a, **k):
        if k.get("why") is None and not k.get("same_document"):
            k["why"] = reasons
        return original_match(*a, **k)

    _figures._report_groups = spy
    _figures.corpus_candidates = candidates_spy
    _figures.match_figures = match_spy
    with tempfile.TemporaryDirectory(prefix="claimcheck-diag-") as tmp:
        corpus.write(tmp)
        paths = [str(Path(tmp) / name) for name in corpus.names]
        report = claimcheck.check(*paths)
    _figures._report_groups = original
    _figures.corpus_candidates = original_candidates
    _figures.match_figures = original_match

    docs = {d.id: truth.doc(d.path if hasattr(d, "path") and d.path else d.id)
            for d in report.documents}

    def label(c: claimcheck.Claim):
        return truth.label(docs.get(c.doc), c.start, c.end)

    groups = []
    where: dict[str, int] = {}  # claim id -> reported fact index
    for n, fact in enumerate(report.facts):
        labels = []
        for v in fact.values:
            where[v.claim] = n
            labels.append(label(report.claim(v.claim)))
        groups.append((labels, fact.verdict))
    s = score(groups, corpus)
    print(f"{args.n} documents: precision {s['precision']:.3f} ({s['correct']}/{s['reported']}), "
          f"recall {s['recall']:.3f} ({s['found']}/{s['planted']}); wrong: {s['wrong']}; "
          f"split: {s['split']}")

    # -- merges: the pairs that bridge two planted things inside one reported fact
    bridges: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list] = defaultdict(list)
    merged_facts = 0
    for labels, _ in groups:
        counts = Counter(labels)
        best = max(counts.values(), default=0)
        if len(labels) - best > 0.1 * len(labels) and len(counts) > 1:
            merged_facts += 1
    for m in captured:
        a, b = m.left, m.right
        if where.get(a.id) is None or where.get(a.id) != where.get(b.id):
            continue
        la, lb = label(a), label(b)
        if la == lb:
            continue
        da, db = _describe_label(corpus, la), _describe_label(corpus, lb)
        key = tuple(sorted((da.split(" ", 1)[-1] if la[0] == "fact" else da,
                            db.split(" ", 1)[-1] if lb[0] == "fact" else db)))
        bridges[key] += 1
        examples[key].append((m, da, db))
    print(f"\nreported facts with over 10 % of something else: {merged_facts}")
    print(f"pairs bridging two planted things inside one reported fact: {sum(bridges.values())}")
    for key, k in bridges.most_common(25):
        print(f"  {k:5d}  {key[0]}  <->  {key[1]}")
        for m, da, db in examples[key][:args.show]:
            print(f"         [{m.kind}] {da}: {m.left.text!r} in "
                  f"{_sentence(report, m.left)!r}\n             {_frame(m.left)}")
            print(f"           {db}: {m.right.text!r} in {_sentence(report, m.right)!r}\n"
                  f"             {_frame(m.right)}")
    sizes = sorted((len(labels) for labels, _ in groups), reverse=True)[:5]
    print(f"largest reported facts: {sizes}")

    # -- splits: planted facts whose values sit in several reported facts
    claims_of: dict[int, list[claimcheck.Claim]] = defaultdict(list)
    for c in report.claims:
        if c.kind in ("quantity", "ratio", "date", "range"):
            lab = label(c)
            if lab[0] == "fact":
                claims_of[lab[1]].append(c)
    causes: Counter[str] = Counter()
    split_examples: dict[str, list] = defaultdict(list)
    # between the two largest parts of a split fact: did blocking make them meet, and
    # did matching pair them (a pair of any kind)?
    matched_pairs = {(m.left.id, m.right.id) if m.left.id < m.right.id
                     else (m.right.id, m.left.id): m for m in captured}
    stages: Counter[str] = Counter()
    stage_examples: dict[str, list] = defaultdict(list)
    for i, fact in enumerate(corpus.facts):
        if len(fact.values) < 2:
            continue
        parts: dict[int, list] = defaultdict(list)
        for c in claims_of.get(i, []):
            parts[where.get(c.id, -1)].append(c)
        missing = len(fact.values) - len(claims_of.get(i, []))
        if missing > 0:
            parts[-2] = [None] * missing
        ranked = sorted(parts.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        top, members = ranked[0]
        if top >= 0 and len(members) >= 0.8 * len(fact.values):
            labels = groups[top][0]
            if sum(1 for lab in labels if lab == ("fact", i)) >= 0.9 * len(labels):
                continue  # found
            cause = "merged into a fact with too much else"
            causes[cause] += 1
            split_examples[cause].append((fact, members[0], None, len(members), 0))
            continue
        if len(ranked) < 2:
            cause = "left out of every fact" if top == -1 else "too few values read"
            causes[cause] += 1
            split_examples[cause].append((fact, members[0], None, len(members), 0))
            continue
        (ka, pa), (kb, pb) = ranked[0], ranked[1]
        if ka >= 0 and kb >= -1:
            cross = [(x.id, y.id) if x.id < y.id else (y.id, x.id) for x in pa for y in pb
                     if x is not None and y is not None and x.doc != y.doc]
            met = [c for c in cross if c in fact_candidates]
            paired = [matched_pairs[c] for c in met if c in matched_pairs]
            if not met:
                stage = "no candidate between the two largest parts (blocking)"
            elif not paired:
                why = Counter(reasons.get(y.id, "no reason noted") for y in pb
                              if y is not None)
                stage = ("candidates, none matched: "
                         + min(why.items(), key=lambda kv: (-kv[1], kv[0]))[0][:70])
            else:
                stage = "matched, kinds " + ",".join(sorted({str(m.kind) for m in paired}))
            stages[stage] += 1
            stage_examples[stage].append((fact, pa[0], pb[0], len(pa), len(pb), len(cross),
                                          len(met)))
        if kb == -2 or ka == -2:
            cause = "a value not read as a claim"
        elif kb == -1 or ka == -1:
            cause = "values that met nothing"
            lone = pb if kb == -1 else pa
            cause += f" ({_why_alone(lone[0])})" if lone and lone[0] is not None else ""
        else:
            cause = _why_apart(pa, pb)
        causes[cause] += 1
        split_examples[cause].append((fact, pa[0], pb[0], len(pa), len(pb)))
    print(f"\nplanted facts not found whole: {sum(causes.values())}")
    for cause, k in causes.most_common():
        print(f"  {k:5d}  {cause}")
        for fact, a, b, na, nb in split_examples[cause][:args.show]:
            print(f"         {fact.id} {fact.measure} {fact.subject!r} ({na} + {nb} values)")
            for c in (a, b):
                if c is not None:
                    print(f"           {c.text!r} in {_sentence(report, c)!r}\n"
                          f"             {_frame(c)}")
    print(f"\nsplit facts by stage (two largest parts; candidates among "
          f"{len(fact_candidates)} within planted facts): {sum(stages.values())}")
    for stage, k in stages.most_common():
        print(f"  {k:5d}  {stage}")
        for fact, a, b, na, nb, ncross, nmet in stage_examples[stage][:args.show]:
            print(f"         {fact.id} {fact.measure} {fact.subject!r} ({na} + {nb} values, "
                  f"{ncross} cross pairs, {nmet} candidates)")
            both = set(keys_of_claim.get(a.id, ())) & set(keys_of_claim.get(b.id, ())) \
                if a is not None and b is not None else set()
            for c in (a, b):
                if c is not None:
                    print(f"           {c.text!r} in {_sentence(report, c)!r}\n"
                          f"             {_frame(c)}")
                    if stage.startswith("no candidate"):
                        print("             keys: " + "  ".join(
                            f"{'*' if k in both else ''}{k}={block_size[k]}"
                            for k in keys_of_claim.get(c.id, ())))
    return 0


def _why_alone(c: claimcheck.Claim) -> str:
    f = c.frame
    if f is None:
        return "no frame"
    if f.measure is None:
        return "no measure read"
    return f"measure {f.measure}"


def _why_apart(pa: list, pb: list) -> str:
    a, b = pa[0], pb[0]
    if {c.doc for c in pa} & {c.doc for c in pb}:
        return "one document in both parts (stated twice?)"
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return "a claim without a frame"
    for name in ("measure", "subject_key", "place"):
        if getattr(fa, name) != getattr(fb, name):
            return f"{name} read differently"
    pa_, pb_ = fa.period, fb.period
    if (pa_ is None) != (pb_ is None) or (pa_ and pb_ and pa_.timex != pb_.timex):
        return "period read differently"
    return "same frames (matching or blocking)"


if __name__ == "__main__":
    raise SystemExit(main())
