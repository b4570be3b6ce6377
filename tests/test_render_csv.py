"""The CSV report: one table of claims and findings that csv and pandas read back."""

from __future__ import annotations

import csv
import io

import pytest

from claimcheck import Claim, Document, Report
from claimcheck.builtin.render.csv import COLUMNS, render_csv

from .test_render_fixtures import hostile_report, sample_report


def rows(report: Report) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(render_csv(report))))


def test_header_and_one_row_per_claim_and_finding() -> None:
    report = sample_report()
    text = render_csv(report)
    assert text.splitlines()[0] == ",".join(COLUMNS)
    found = rows(report)
    assert [r["record"] for r in found] == ["claim"] * 7 + ["finding"] * 9
    assert [r["id"] for r in found if r["record"] == "claim"] == [c.id for c in report.claims]


def test_claim_rows_carry_values_dates_and_places() -> None:
    by_id = {r["id"]: r for r in rows(sample_report())}
    troops = by_id["soviet:2"]
    assert (troops["kind"], troops["text"], troops["low"], troops["high"], troops["unit"]) == \
        ("quantity", "110,000", "110000", "110000", "men")
    assert (troops["line"], troops["column"], troops["document"]) == ("3", "57", "soviet")
    assert troops["when_earliest"] == "1950-01-01" and troops["subject"] == "DPRK troops"
    assert by_id["soviet:3"]["attribution"] == "U.S. intelligence"
    assert by_id["soviet:3"]["qualifier"] == "between"
    assert by_id["western:2"]["earliest"] == "1950-06-25"


def test_finding_rows_list_claims_and_first_span() -> None:
    findings = [r for r in rows(sample_report()) if r["record"] == "finding"]
    assert findings[0]["kind"] == "discrepancy"
    assert findings[0]["claims"] == "soviet:2 western:1"
    assert findings[0]["text"] == "110,000"
    slant = findings[2]
    assert (slant["category"], slant["text"], slant["start"]) == ("labeling", "puppet", "98")


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+cmd", "-2+3", "@SUM(A1)"])
def test_formula_cells_are_defused(cell: str) -> None:
    text = f"{cell} had 5 men"
    claim = Claim("d:1", "d", "quantity", 0, len(cell), cell, subject=cell)
    found = rows(Report((Document("d", text, "d.txt"),), (claim,), ()))
    assert found[0]["text"] == "'" + cell and found[0]["subject"] == "'" + cell


def test_newlines_commas_and_quotes_survive() -> None:
    report = hostile_report()
    found = rows(report)
    slant = next(r for r in found if r["kind"] == "slant")
    assert slant["text"] == "<script>window"
    assert slant["summary"] == 'loaded_language: "<script>" onerror="x"'


def test_pandas_reads_it_when_installed() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(io.StringIO(render_csv(sample_report())))
    assert set(frame.record) == {"claim", "finding"}
    assert frame[frame.record == "claim"].high.max() == 996937
