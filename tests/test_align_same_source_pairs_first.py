"""Two accounts that give one figure as the same source's ("totalled 2,008, according to
the President of the Board" in each) tell that source's figure twice: the pair is as sure
as two of the documents' own figures, and takes its partner before a rounder figure of
the document's own ("Confirmed cases: over 2,000"). Made-up texts across fields; the
cases came from real pages (bench/realpairs: the Gloucester smallpox epidemic, Peregrine
Systems' restatement, the Peshtigo fire, the 1931 China floods)."""

from __future__ import annotations

from pathlib import Path

import claimcheck
from claimcheck import Document, Report


def pairs(report: Report) -> set[tuple[str, frozenset[str]]]:
    return {(f.kind, frozenset(f"{report.claim(c).doc}:{report.claim(c).text}"
                               for c in f.claims))
            for f in report.findings if f.kind in ("agreement", "discrepancy")}


def test_one_sources_figure_in_both_pairs_before_a_round_one() -> None:
    folder = Path(__file__).resolve().parent.parent / "bench" / "realpairs" \
        / "gloucester-smallpox-1896"
    report = claimcheck.check(*(Document(stem, (folder / f"{stem}.txt").read_text(
        encoding="utf-8")) for stem in ("b", "c")))
    assert ("agreement", frozenset({"b:2,008", "c:2,008"})) in pairs(report)


def test_two_sources_figures_still_pair_after_the_documents_own() -> None:
    report = claimcheck.check(
        Document("a", "The strike involved 4,100 miners, the union said."),
        Document("b", "The strike involved 4,100 miners, the company said."))
    # (two sources, one figure: an agreement still, only sorted after the documents' own)
    assert ("agreement", frozenset({"a:4,100", "b:4,100"})) in pairs(report)
