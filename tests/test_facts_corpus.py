"""The scale bench's corpus generator (``bench/_facts_corpus.py``, issue 14 item 7).

``bench/scale.py`` scores the facts a report names against the facts planted by the
generator, so the ground truth must be right: every planted span must hold the value it
claims, the same seed must give the same corpus (whatever the hash seed), and the facts
must be shaped as promised (stated by several documents, dissent a minority).
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

_BENCH = Path(__file__).resolve().parent.parent / "bench" / "_facts_corpus.py"
_spec = importlib.util.spec_from_file_location("bench_facts_corpus", _BENCH)
assert _spec and _spec.loader
fc = importlib.util.module_from_spec(_spec)
sys.modules["bench_facts_corpus"] = fc
_spec.loader.exec_module(fc)

_WORDS = {w: i for i, w in enumerate(fc._SMALL)}
_MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_MONTHS = {m: i + 1 for i, m in enumerate(fc._MONTHS)}


def _number(text: str) -> float:
    """The value of a figure as the generator writes it, read without claimcheck."""
    t = text.replace("US$", "").replace("$", "")
    t = re.sub(r"\s*(%|per cent|percent|dollars)$", "", t)
    if t in _WORDS:
        return float(_WORDS[t])
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?: (thousand|million|billion))?", t)
    assert m, text
    return float(m.group(1).replace(",", "")) * _MULTIPLIERS.get(m.group(2) or "", 1)


def _date(text: str) -> str:
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text) or re.fullmatch(r"\d{4}", text):
        return text
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", text).replace(",", "")
    t = re.sub(r"^the (\d+) of ", r"\1 ", t)
    words = t.split()
    if words[0] in _MONTHS:
        month, day, year = words
    else:
        day, month, year = words
    return date(int(year), _MONTHS[month], int(day)).isoformat()


@pytest.fixture(scope="module")
def corpus():
    return fc.generate(40, seed=7)


def _digest(c) -> str:
    h = hashlib.sha256()
    for t in c.texts:
        h.update(t.encode())
    for f in c.facts:
        h.update(repr((f.id, f.measure, f.subject, f.time, f.value, f.values)).encode())
    return h.hexdigest()


def test_same_seed_same_corpus_and_other_seed_another(corpus):
    again = fc.generate(40, seed=7)
    assert again.texts == corpus.texts
    assert _digest(again) == _digest(corpus)
    assert fc.generate(40, seed=8).texts != corpus.texts


def test_same_corpus_whatever_the_hash_seed():
    code = (f"import sys, hashlib; sys.path.insert(0, {str(_BENCH.parent)!r}); "
            "import _facts_corpus as fc; c = fc.generate(15, seed=2); "
            "print(hashlib.sha256(''.join(c.texts).encode()).hexdigest(), "
            "[(f.id, len(f.values), f.disagreeing_docs) for f in c.facts])")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")}
    assert len(outs) == 1


def test_every_planted_span_holds_the_value_it_states(corpus):
    checked = 0
    for f in corpus.facts:
        for s in f.values:
            text = corpus.texts[s.doc]
            assert text[s.start:s.end] == s.text
            if f.kind == "date":
                assert _date(s.text) == s.value
            else:
                assert _number(s.text) == pytest.approx(float(s.value)), s.text
            assert s.agrees == (s.value == f.value)
            checked += 1
    for sp in corpus.spans:
        assert corpus.texts[sp.doc][sp.start:sp.end] == sp.text
    assert checked > 500


def test_facts_are_shaped_as_promised(corpus):
    n = len(corpus.texts)
    facts = [f for f in corpus.facts if f.measure != fc.TOPIC_YEAR]
    assert 3 * n <= len(facts) <= 3 * n + 12  # the pool grows with the corpus
    for f in facts:
        docs = f.docs
        assert len(docs) == len(set(docs)) <= 30
        if len(docs) >= 3:
            assert len(f.disagreeing_docs) < len(docs) / 2  # dissent is a minority
        for s in f.values:
            if not s.agrees:
                if f.kind == "figure":
                    assert abs(float(s.value) - float(f.value)) >= 0.15 * float(f.value) - 1e-9
                else:
                    assert s.value != f.value
    stated = [f for f in facts if len(f.values) >= 2]
    assert len(stated) >= 0.95 * len(facts)
    assert 0.2 <= sum(f.disagree for f in stated) / len(stated) <= 0.5
    per_doc = Counter(s.doc for f in facts for s in f.values)
    assert 20 <= sum(per_doc.values()) / n <= 40
    assert all(9_000 <= len(t) <= 12_000 for t in corpus.texts)
    # the distractors exist, and facts that share a measure differ in subject or time
    assert sum(sp.role == "distractor" for sp in corpus.spans) >= n
    keys = Counter((f.measure, f.subject, f.time, f.place) for f in corpus.facts)
    assert max(keys.values()) == 1


def test_a_topic_year_is_stated_by_every_document_on_the_topic(corpus):
    """Each year of a topic's heading is a fact: every statement of it is that year, in a
    heading or a title, and the documents that state it are those covering the topic."""
    years = [f for f in corpus.facts if f.measure == fc.TOPIC_YEAR]
    assert len(years) >= len(corpus.texts) // 10
    for f in years:
        assert f.id.startswith("Y") and f.time == f.value and not f.disagree
        assert f.value in f.subject  # the year is written in the heading
        for s in f.values:
            assert s.text == f.value
            line = corpus.texts[s.doc][:s.end].rpartition("\n")[2]
            assert len(line) <= 200  # a heading or the title, not prose
        assert {s.doc for s in f.values} >= {d for d, t in enumerate(corpus.texts)
                                              if f"\n{f.subject}\n" in t}


def test_planted_spans_never_overlap(corpus):
    per_doc: dict[int, list[tuple[int, int]]] = {}
    for f in corpus.facts:
        for s in f.values:
            per_doc.setdefault(s.doc, []).append((s.start, s.end))
    for sp in corpus.spans:
        per_doc.setdefault(sp.doc, []).append((sp.start, sp.end))
    for spans in per_doc.values():
        spans.sort()
        for (_, e), (s, _) in itertools.pairwise(spans):
            assert e <= s


def test_time_qualifiers_belong_to_a_fact_the_document_states(corpus):
    stated = {(s.doc, i) for i, f in enumerate(corpus.facts) for s in f.values}
    owned = [sp for sp in corpus.spans if sp.role == "qualifier" and sp.owner >= 0]
    assert owned
    assert all((sp.doc, sp.owner) in stated for sp in owned)


# -- the scale bench's scoring against this ground truth -----------------------------------

_sspec = importlib.util.spec_from_file_location("bench_scale", _BENCH.parent / "scale.py")
assert _sspec and _sspec.loader
scale = importlib.util.module_from_spec(_sspec)
sys.modules["bench_scale"] = scale
_sspec.loader.exec_module(scale)


def _perfect_report(c) -> dict:
    """A report that names exactly the planted facts (as the facts list of issue 14)."""
    docs = [{"id": name[:-4], "path": f"/x/{name}"} for name in c.names]
    facts = []
    for k, f in enumerate(c.facts):
        if len(f.values) < 2:
            continue
        values = [{"claim": f"c{k}.{j}", "doc": c.names[s.doc][:-4], "start": s.start,
                   "end": s.end, "text": s.text} for j, s in enumerate(f.values)]
        facts.append({"id": f"f{k}", "values": values,
                      "verdict": "disagree" if f.disagree else "agree"})
    return {"documents": docs, "facts": facts}


def test_scale_scores_a_perfect_report_as_perfect_and_a_merged_one_as_not(corpus):
    truth = scale.Truth(corpus)
    report = _perfect_report(corpus)
    s = scale.score(scale.groups_from_facts(report, truth), corpus)
    assert (s["precision"], s["recall"], s["verdict_accuracy"]) == (1.0, 1.0, 1.0)
    # two facts reported as one: neither is found, and the group is a merge
    a, b = report["facts"][0], report["facts"][1]
    a["values"] += b["values"]
    del report["facts"][1]
    s = scale.score(scale.groups_from_facts(report, truth), corpus)
    assert s["found"] == s["planted"] - 2
    assert s["wrong"] == {"merge of planted facts": 1}
    # a filler figure added to a fact of many values is tolerated up to 10 %
    big = max(report["facts"][2:], key=lambda f: len(f["values"]))
    filler = next(sp for sp in corpus.spans if sp.role == "filler")
    big["values"].append({"doc": corpus.names[filler.doc][:-4], "start": filler.start,
                          "end": filler.end})
    s2 = scale.score(scale.groups_from_facts(report, truth), corpus)
    assert s2["found"] == s["found"] and s2["correct"] == s["correct"]


def test_scale_scores_findings_joined_by_union_find(corpus):
    """Before the facts list: chains of pairwise findings make the groups."""
    truth = scale.Truth(corpus)
    claims, findings = [], []
    for k, f in enumerate(corpus.facts[:20]):
        ids = []
        for j, s in enumerate(f.values):
            ids.append(f"c{k}.{j}")
            claims.append({"id": ids[-1], "document": corpus.names[s.doc][:-4], "kind": "quantity",
                           "start": s.start, "end": s.end})
        for x, y in itertools.pairwise(ids):
            kind = "discrepancy" if f.disagree and x == ids[0] else "agreement"
            findings.append({"kind": kind, "claims": [x, y]})
    report = {"documents": [{"id": n[:-4], "path": n} for n in corpus.names], "claims": claims,
              "findings": findings}
    s = scale.score(scale.groups_from_findings(report, truth), corpus)
    assert s["precision"] == 1.0
    assert s["found"] == sum(1 for f in corpus.facts[:20] if len(f.values) >= 2)
