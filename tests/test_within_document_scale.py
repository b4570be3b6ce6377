"""Within one document, linear too: a document's own checks grow with its size, not faster.

A document's date ranges are checked against each other (a span named twice differently)
through buckets keyed by a shared end and the words before the range, and each naming
of a span is reported once however often the document repeats it. Work is counted by
the code itself (``WORK["spans"]`` of the times plugin: ranges read and label pairs
weighed) and by the findings it reports, never by wall time: doubling a document may at
most multiply either by ``GROWTH``. Comparing every pair of mentions, as the check once
did, reports a repeated pair of namings once per pair of mentions and fails here.
"""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

import pytest

import claimcheck
from claimcheck import Claim, Config, Document, Finding
from claimcheck.builtin.slant.wording import _Anchors, compare_renderings
from claimcheck.builtin.times import claims as time_claims
from claimcheck.builtin.times.compare import check_document

_BENCH = Path(__file__).resolve().parent.parent / "bench" / "_corpus.py"
_spec = importlib.util.spec_from_file_location("bench_corpus", _BENCH)
assert _spec is not None and _spec.loader is not None
_corpus = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _corpus
_spec.loader.exec_module(_corpus)

#: the larger document is twice the smaller: linear work doubles, quadratic quadruples
GROWTH = 2.5
_PM = claimcheck.get_plugin_manager()

_LABELS = ("The Korean War", "The Great Depression", "Annual Report", "The first plan",
           "The occupation of Japan", "The Marshall Plan")
_TAILS = ("ended in an armistice.", "is the subject of this chapter.",
          "of the Water Board was printed.", "was long and costly.")


def many_ranges(paragraphs: int, seed: int = 7) -> str:
    """A document of date ranges under a few labels: each span named a few ways ("1950-52",
    "1950-1953"), every naming repeated many times, and its after-words varied."""
    rng = random.Random(seed)
    out = []
    for _ in range(paragraphs):
        first = rng.choice((1929, 1939, 1945, 1950))
        last = first + rng.randint(1, 3)
        written = str(last) if rng.random() < 0.5 else f"{last % 100:02d}"
        out.append(f"{rng.choice(_LABELS)}, {first}-{written}, {rng.choice(_TAILS)}")
    return "\n\n".join(out)


def checked(text: str) -> tuple[list[Finding], list[Claim], int]:
    """The span findings of one document, its claims, and the work the check counted."""
    doc = Document("d", text)
    claims = list(claimcheck.claims(doc, pm=_PM))
    time_claims.WORK.clear()
    findings = [f for f in check_document(doc, claims, Config())
                if f.detail.get("check") == "span_named_twice"]
    return findings, claims, time_claims.WORK["spans"]


@pytest.mark.parametrize("paragraphs", [100, 400])
def test_doubling_a_document_of_many_ranges_at_most_doubles_work_and_findings(
        paragraphs: int) -> None:
    small, small_claims, small_work = checked(many_ranges(paragraphs))
    large, _, large_work = checked(many_ranges(2 * paragraphs))
    ranges = sum(c.kind == "range" for c in small_claims)
    assert ranges >= 0.9 * paragraphs  # the document is what it says: many ranges
    assert small  # and some spans are named two ways
    assert small_work >= ranges  # every range is read: the counter counts
    assert large_work <= GROWTH * small_work, (small_work, large_work)
    assert len(large) <= GROWTH * len(small), (len(small), len(large))


def test_a_span_named_two_ways_is_one_finding_however_often_it_is_repeated() -> None:
    unit = ("The Korean War, 1950-52, ended in an armistice.\n\n"
            "The Korean War, 1950-1953, ended in an armistice.\n\n")
    firsts = [unit.index("1950-52"), unit.index("1950-1953")]
    for copies in (1, 10, 40):
        findings, claims, _ = checked(unit * copies)
        assert len(findings) == 1, copies
        by_id = {c.id: c for c in claims}
        assert [by_id[i].text for i in findings[0].claims] == ["1950-52", "1950-1953"]
        # the first mention of each naming: the reader is sent to where it starts
        assert [by_id[i].start for i in findings[0].claims] == firsts


def test_each_naming_of_a_span_is_reported_once() -> None:
    """Three namings of one span: the second and the third each once (3 pairs, 2 findings);
    a different label is a different span, not a third naming."""
    text = ("The Korean War, 1950-52, ended.\n\nThe Korean War, 1950-53, ended.\n\n"
            "The Korean War, 1950-54, ended.\n\nThe Great Depression, 1950-55, ended.\n\n")
    findings, claims, _ = checked(text * 5)
    by_id = {c.id: c for c in claims}
    pairs = [tuple(by_id[i].text for i in f.claims) for f in findings]
    assert pairs == [("1950-52", "1950-53"), ("1950-52", "1950-54")]


def test_the_seeds_repeated_name_the_war_twice_differently_once() -> None:
    """The survey's title page and its header name the war 1950-1952 and 1950-53; the
    seeds repeated four times still give one finding, on the first mentions."""
    for size in (25_000, 100_000):
        findings, claims, _ = checked(_corpus.corpus(size))
        by_id = {c.id: c for c in claims}
        assert [[by_id[i].text for i in f.claims] for f in findings] == [
            ["1950-1952", "1950-53"]], size


def test_a_span_named_many_ways_under_unlike_labels_costs_a_bounded_count_each() -> None:
    """Namings sharing an end and a label key but no label alike: each weighs at most a
    fixed number of label pairs, so the work stays linear in the namings."""
    def text(n: int) -> str:
        return "\n\n".join(f"The war lasted 1800-{1801 + k}, {'said ' * (k % 7)}they wrote "
                           f"{k}." for k in range(n))
    _, small_claims, small_work = checked(text(90))
    _, _, large_work = checked(text(180))
    assert sum(c.kind == "range" for c in small_claims) == 90
    assert large_work <= GROWTH * small_work, (small_work, large_work)


# -- wording: where an unpaired sentence stood -------------------------------------------------


def _reading_in_order(pairs: list[tuple[int, int]], other: list[tuple[int, int]], side: int,
                      index: int) -> int:
    """The anchor as the pairs read in order give it (the definition the index must keep)."""
    at = other[0][0]
    for pair in pairs:
        if pair[side] > index:
            break
        at = other[pair[1 - side]][1]
    return at


@pytest.mark.parametrize("dropped", [(1,), (0, 5), (3, 4, 9), (11,)])
def test_an_omitted_sentence_is_anchored_after_the_pair_before_it(dropped: tuple[int, ...]
                                                                  ) -> None:
    sentences = [
        "Anderson's brigade crossed the river at dawn.",
        "Heavy rain flooded every road near Pusan.",
        "Supply trucks reached Taegu on Tuesday.",
        "Engineers rebuilt two bridges within a week.",
        "Refugees crowded the railway station.",
        "Artillery shelled the northern hills overnight.",
        "Pilots reported clear skies over Seoul.",
        "Medics evacuated wounded soldiers by helicopter.",
        "Negotiators met again at Kaesong.",
        "Farmers abandoned their villages along the coast.",
        "Officers questioned prisoners about enemy positions.",
        "Winter arrived early that year.",
    ]
    left = Document("l", " ".join(sentences))
    right = Document("r", " ".join(s for k, s in enumerate(sentences) if k not in dropped))
    found = [f for f in compare_renderings(left, right) if f.detail["change"] == "omitted"]
    inside = [k for k in dropped if 0 < k < len(sentences) - 1]  # between aligned pairs
    assert [f.detail["left"]["text"] for f in found] == [sentences[k] for k in inside]
    ends = [m.end() for m in re.finditer(r"\.", right.text)]
    for f, k in zip(found, inside, strict=True):
        kept_before = sum(1 for j in range(k) if j not in dropped)
        at = ends[kept_before - 1]
        assert f.detail["right"]["start"] == f.detail["right"]["end"] == at


def test_anchors_by_bisection_equal_the_reading_in_order() -> None:
    rng = random.Random(3)
    for _ in range(500):
        n = rng.randint(1, 10)
        other = sorted((rng.randint(0, 50), rng.randint(51, 99)) for _ in range(n))
        pairs = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(1, 8))]
        if rng.random() < 0.5:
            pairs.sort()
        for side in (0, 1):
            anchors = _Anchors(pairs, side, other)
            for index in range(-1, n + 1):
                assert anchors.at(index) == _reading_in_order(pairs, other, side, index)
