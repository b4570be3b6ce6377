"""The exports for other tools: W3C Web Annotations, TEI, SQLite and pandas DataFrames.

Each is checked against the report it came from, on the seeds: every quote a format
writes is the document's text at the offsets it gives, every pointer resolves, every
count matches. Hand-made reports cover what the seeds lack (characters outside the BMP,
characters XML cannot hold, carriage returns).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck import Config, Document, Finding, Report
from claimcheck.builtin.render.ids import finding_ids
from claimcheck.builtin.render.jsonl import render_jsonl
from claimcheck.builtin.render.sqlite import render_sqlite
from claimcheck.builtin.render.tei import render_tei
from claimcheck.builtin.render.webanno import QUOTE_CONTEXT, render_webanno, source_iri
from claimcheck.cli import cli
from claimcheck.cli import compare as compare_module
from claimcheck.cli import output as output_module
from claimcheck.errors import ClaimcheckError, PluginError
from claimcheck.manager import get_plugin_manager
from claimcheck.plugin import finding_spans
from claimcheck.report.registry import render

from .conftest import RENDERING, ROOT, SEED, WESTERN

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
CLI = [sys.executable, "-m", "claimcheck.cli"]
RANGE = re.compile(r"#string-range\(//ab\[@xml:id='([^']+)'\],(\d+),(\d+)\)")

#: A report with discrepancies (figures of two sources) and one of two renderings of a text.
PAIRS = {"figures": (SEED, WESTERN), "renderings": (SEED, RENDERING)}


@pytest.fixture(scope="module", params=sorted(PAIRS))
def report(request: pytest.FixtureRequest) -> Report:
    a, b = PAIRS[request.param]
    found = claimcheck.check(str(a.relative_to(ROOT)), str(b.relative_to(ROOT)))
    assert found.findings and found.claims  # every export test below has something to show
    return found


@pytest.fixture(scope="module")
def renderings() -> Report:
    found = claimcheck.check(str(SEED), str(RENDERING))
    assert any(f.kind == "wording" for f in found.findings)  # the apparatus has variants
    return found


def astral_report() -> Report:
    """A document with characters outside the BMP before and inside the spans."""
    text = "𝔘𝔫𝔦𝔬𝔫 😀 report: the puppet government 🇰🇷 said 110,000 men 𝔘."
    doc = Document("emoji", text, "emoji.txt")
    spans = [("puppet government", "slant"), ("🇰🇷 said", "wording"), ("𝔘.", "slant")]
    findings = []
    for needle, kind in spans:
        start = text.index(needle)
        findings.append(Finding(kind, f"{kind}: '{needle}'", document="emoji", start=start,
                                end=start + len(needle),
                                category="labeling" if kind == "slant" else None))
    return Report((doc,), (), tuple(findings))


# -- stable ids ---------------------------------------------------------------------------


def test_finding_ids_are_unique_and_the_same_on_a_second_run(report: Report) -> None:
    ids = finding_ids(report)
    assert len(ids) == len(report.findings) == len(set(ids))
    paths = [d.path for d in report.documents]
    assert finding_ids(claimcheck.check(*paths)) == ids


def test_the_same_finding_twice_gets_two_ids() -> None:
    doc = Document("a", "The puppet regime said so.")
    twice = Finding("slant", "labeling: 'puppet regime'", document="a", start=4, end=17)
    ids = finding_ids(Report((doc,), (), (twice, twice)))
    assert ids[1] == ids[0] + "-2"


def test_finding_ids_follow_the_text_not_the_documents_id_or_order() -> None:
    text = "The puppet regime said so."
    finding = Finding("slant", "labeling: 'puppet regime'", document="a", start=4, end=17)
    other = Finding("slant", "labeling: 'puppet regime'", document="b", start=4, end=17)
    one = finding_ids(Report((Document("a", text),), (), (finding,)))
    renamed = finding_ids(Report((Document("x", "intro"), Document("b", text)), (),
                                 (Finding("unmatched", "x"), other)))
    assert one[0] == renamed[1]
    changed = finding_ids(Report((Document("a", text.replace("said", "says")),), (),
                                 (finding,)))
    assert changed != one


# -- JSON Lines ---------------------------------------------------------------------------


def test_json_lines_one_finding_a_line_with_its_quotes(report: Report) -> None:
    text = render_jsonl(report, Config())
    lines = text.splitlines()
    assert text.endswith("\n") and len(lines) == len(report.findings)
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == finding_ids(report)
    for record, finding in zip(records, report.findings, strict=True):
        assert (record["kind"], record["summary"]) == (finding.kind, finding.summary)
        assert record["claims"] == list(finding.claims)
        for span in record["spans"]:
            doc = report.document(span["document"])
            assert doc.text[span["start"] : span["end"]] == span["text"]
        assert len(record["spans"]) == len(finding_spans(report, finding))


# -- W3C Web Annotation -------------------------------------------------------------------


def test_web_annotations_quote_the_text_at_their_positions(report: Report) -> None:
    data = json.loads(render_webanno(report, Config()))
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["id"].startswith("urn:uuid:")
    items = data["first"]["items"]
    assert data["total"] == len(items) > 0
    texts = {source_iri(d): d.text for d in report.documents}
    expected = sum(1 for f in report.findings for _, s, e in finding_spans(report, f)
                   if e > s)
    assert len(items) == expected
    ids = finding_ids(report)
    for item in items:
        assert item["type"] == "Annotation" and item["id"].startswith("urn:uuid:")
        assert item["finding"] in ids
        purposes = {b["purpose"]: b["value"] for b in item["body"]}
        finding = report.findings[ids.index(item["finding"])]
        assert purposes["commenting"] == finding.summary
        assert {b["value"] for b in item["body"] if b["purpose"] == "tagging"} >= {finding.kind}
        text = texts[item["target"]["source"]]
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        start, end = position["start"], position["end"]
        assert quote["exact"] == text[start:end] != ""
        assert quote["prefix"] == text[max(0, start - QUOTE_CONTEXT) : start]
        assert quote["suffix"] == text[end : end + QUOTE_CONTEXT]


def test_web_annotation_ids_are_unique_and_stable(renderings: Report) -> None:
    first = json.loads(render_webanno(renderings, Config()))
    ids = [a["id"] for a in first["first"]["items"]]
    assert ids and len(ids) == len(set(ids))
    again = claimcheck.check(str(SEED), str(RENDERING))
    assert render_webanno(again, Config()) == render_webanno(renderings, Config())


def test_utf16_offsets_slice_a_javascript_string_outside_the_bmp() -> None:
    report = astral_report()
    text = report.documents[0].text
    units = text.encode("utf-16-le")  # what a browser's string holds, two bytes a unit
    items = json.loads(render_webanno(report, Config()))["first"]["items"]
    assert len(items) == 3
    for item in items:
        quote, position = item["target"]["selector"]
        exact = quote["exact"]
        assert text[position["start"] : position["end"]] == exact  # code points
        u16 = units[2 * position["utf16Start"] : 2 * position["utf16End"]]
        assert u16.decode("utf-16-le") == exact  # UTF-16 code units
        assert position["utf16Start"] > position["start"]  # astral characters before it


def test_a_side_with_no_text_is_not_annotated() -> None:
    doc = Document("a", "One text here.")
    report = Report((doc,), (), (Finding("wording", "omitted", document="a", start=4,
                                         end=4),))
    assert json.loads(render_webanno(report, Config()))["total"] == 0


# -- TEI ----------------------------------------------------------------------------------


def parse_tei(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(text.encode("utf-8"))


def resolve(root: ET.Element, target: str) -> list[tuple[str, int, int]]:
    """Every string-range pointer of ``target`` as (source ab id, start, end), checked to
    name an existing <ab>."""
    sources = {ab.get(XML_ID) for ab in root.iter(f"{TEI}ab") if ab.get(XML_ID)}
    out = []
    for pointer in target.split():
        match = RANGE.fullmatch(pointer)
        assert match, pointer
        assert match.group(1) in sources
        start, length = int(match.group(2)), int(match.group(3))
        out.append((match.group(1), start, start + length))
    return out


def test_tei_lists_sources_as_witnesses_and_holds_their_texts(report: Report) -> None:
    root = parse_tei(render_tei(report, Config()))
    assert root.tag == f"{TEI}TEI"
    witnesses = root.findall(f"{TEI}teiHeader/{TEI}fileDesc/{TEI}sourceDesc/{TEI}listWit/"
                             f"{TEI}witness")
    assert [w.get("n") for w in witnesses] == [d.id for d in report.documents]
    sources = root.findall(f"{TEI}text/{TEI}body/{TEI}div[@type='source']")
    witness_ids = {"#" + str(w.get(XML_ID)) for w in witnesses}
    assert len(sources) == len(report.documents)
    for div, doc in zip(sources, report.documents, strict=True):
        assert div.get("corresp") in witness_ids
        assert "".join(div.find(f"{TEI}ab").itertext()) == doc.text  # type: ignore[union-attr]


def test_tei_standoff_spans_point_at_the_findings_text(report: Report) -> None:
    root = parse_tei(render_tei(report, Config()))
    texts = {ab.get(XML_ID): "".join(ab.itertext()) for ab in root.iter(f"{TEI}ab")
             if ab.get(XML_ID)}
    spans = list(root.iter(f"{TEI}span"))
    ids = finding_ids(report)
    placed = [f for f in report.findings if finding_spans(report, f)]
    assert len(spans) == len(placed)
    for element in spans:
        fid = element.get("n")
        finding = report.findings[ids.index(fid)]
        assert element.get(XML_ID) == f"f-{fid}"
        assert element.get("type") == finding.kind
        assert element.text == finding.summary
        resolved = resolve(root, element.get("target", ""))
        expected = finding_spans(report, finding)
        assert [texts[src][s:e] for src, s, e in resolved] == [
            report.document(d).text[s:e] for d, s, e in expected]


def test_tei_apparatus_has_one_app_per_variant(renderings: Report) -> None:
    root = parse_tei(render_tei(renderings, Config()))
    witnesses = {w.get(XML_ID) for w in root.iter(f"{TEI}witness")}
    wording = [f for f in renderings.findings if f.kind == "wording"]
    assert wording
    apparatus = root.findall(f"{TEI}text/{TEI}body/{TEI}div[@type='apparatus']")
    assert len(apparatus) == 1
    apps = list(apparatus[0].iter(f"{TEI}app"))
    assert len(apps) == len(wording)
    left, right = renderings.documents
    ids = finding_ids(renderings)
    for app in apps:
        finding = renderings.findings[ids.index(app.get("n"))]
        lem, rdg = app.find(f"{TEI}lem"), app.find(f"{TEI}rdg")
        assert lem is not None and rdg is not None
        for reading in (lem, rdg):
            assert reading.get("wit", "").lstrip("#") in witnesses
        lside, rside = finding.detail["left"], finding.detail["right"]
        assert (lem.text or "") == left.text[lside["start"] : lside["end"]]
        assert (rdg.text or "") == right.text[rside["start"] : rside["end"]]
    # outside the readings, the apparatus reads as the base text
    ab = apparatus[0].find(f"{TEI}ab")
    assert ab is not None
    base = [ab.text or ""]
    for app in ab:
        base.append(app.findtext(f"{TEI}lem") or "")
        base.append(app.tail or "")
    assert "".join(base) == left.text


def test_tei_is_well_formed_whatever_the_text_holds() -> None:
    text = 'A <b>&amp; "q" \x0c page\r\nbreak ]]> 110,000 \x01 men 😀.'
    doc = Document("d:1 <x>", text, "odd & name.txt")
    start = text.index("110,000")
    finding = Finding("slant", "labeling: '<script>' & \x02", document=doc.id, start=start,
                      end=start + 7, category="labeling")
    root = parse_tei(render_tei(Report((doc,), (), (finding,)), Config()))
    ab = next(root.iter(f"{TEI}ab"))
    held = "".join(ab.itertext())
    assert len(held) == len(text)  # one for one: every offset still points where it did
    assert held == text.replace("\x0c", "\ufffd").replace("\x01", "\ufffd")
    (span,) = root.iter(f"{TEI}span")
    ((_, s, e),) = resolve(root, span.get("target", ""))
    assert held[s:e] == "110,000"


# -- SQLite -------------------------------------------------------------------------------


def open_db(data: bytes) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.deserialize(data)
    return conn


def count(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_sqlite_rows_match_the_report(report: Report) -> None:
    conn = open_db(render_sqlite(report, Config()))
    assert count(conn, "documents") == len(report.documents)
    assert count(conn, "claims") == len(report.claims)
    assert count(conn, "findings") == len(report.findings)
    assert count(conn, "finding_claims") == sum(len(f.claims) for f in report.findings)
    assert [r[0] for r in conn.execute("SELECT id FROM findings ORDER BY seq")] == \
        finding_ids(report)
    # offsets are code points, and SQLite's substr counts characters the same way
    wrong = conn.execute(
        "SELECT c.id FROM claims c JOIN documents d ON d.id = c.document "
        "WHERE substr(d.text, c.start + 1, c.\"end\" - c.start) != c.text").fetchall()
    assert wrong == []
    facts = getattr(report, "facts", ())
    if facts:
        assert count(conn, "facts") == len(facts)
        assert count(conn, "fact_values") == sum(len(f.values) for f in facts)


def test_sqlite_discrepancies_view_quotes_both_sides(report: Report) -> None:
    conn = open_db(render_sqlite(report, Config()))
    rows = conn.execute("SELECT id, summary, left_document, left_quote, right_document, "
                        "right_quote FROM discrepancies").fetchall()
    discrepancies = [f for f in report.findings if f.kind == "discrepancy"]
    assert len(rows) == len(discrepancies) > 0
    for row, finding in zip(rows, discrepancies, strict=True):
        _, summary, ldoc, lquote, rdoc, rquote = row
        assert summary == finding.summary
        (ld, ls, le), (rd, rs, re_) = finding_spans(report, finding)[:2]
        assert (ldoc, lquote) == (ld, report.document(ld).text[ls:le])
        assert (rdoc, rquote) == (rd, report.document(rd).text[rs:re_])


def test_sqlite_full_text_search_finds_claims(renderings: Report) -> None:
    conn = open_db(render_sqlite(renderings, Config()))
    hits = conn.execute("SELECT id FROM claims_fts WHERE claims_fts MATCH 'troops'").fetchall()
    expected = {c.id for c in renderings.claims
                if "troops" in (c.text + " " + renderings.document(c.doc).text[
                    slice(*(c.sentence or (0, 0)))]).lower()}
    assert {h[0] for h in hits} == expected != set()


def test_sqlite_by_suffix_through_the_cli_written_atomically(tmp_path: Path) -> None:
    out = tmp_path / "findings.db"
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(WESTERN), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    conn = sqlite3.connect(out)
    assert count(conn, "documents") == 2 and count(conn, "findings") > 0
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.db"]  # no temporary file


def test_a_binary_format_is_refused_on_a_terminal_before_the_run(monkeypatch) -> None:
    monkeypatch.setattr(output_module, "isatty", lambda stream: True)
    with pytest.raises(ClaimcheckError, match="-o PATH"):
        output_module.emit(b"SQLite format 3\x00", None)
    ran = []
    monkeypatch.setattr(compare_module.pipeline, "check", lambda *a, **k: ran.append(1))
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(WESTERN), "-f", "sqlite"])
    assert result.exit_code == 2 and ran == []
    assert result.stderr == ("claimcheck: error: this format is binary: write it to a file "
                             "with -o PATH\n")


@pytest.mark.parametrize("suffix, fmt", [(".jsonld", "webanno"), (".tei.xml", "tei"),
                                         (".xml", "tei"), (".sqlite", "sqlite"),
                                         (".jsonl", "jsonl")])
def test_the_suffix_of_o_picks_the_export(tmp_path: Path, suffix: str, fmt: str) -> None:
    out = tmp_path / f"report{suffix}"
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(RENDERING), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    data = out.read_bytes()
    if fmt == "sqlite":
        assert data.startswith(b"SQLite format 3\x00")
    elif fmt == "tei":
        assert parse_tei(data.decode("utf-8")).tag == f"{TEI}TEI"
    elif fmt == "jsonl":
        assert all(json.loads(line)["id"] for line in data.decode("utf-8").splitlines())
    else:
        assert json.loads(data)["type"] == "AnnotationCollection"


def test_a_binary_renderer_must_return_bytes_and_a_text_one_text(renderings: Report) -> None:
    class Wrong:
        @claimcheck.hookimpl
        def register_renderers(self, register):
            register("textual-db", lambda report, config: "text", "", binary=True)

    pm = get_plugin_manager([Wrong()], entry_points=False)
    with pytest.raises(PluginError, match="returned str, not the report's bytes"):
        render(renderings, "textual-db", pm, Config())
    assert isinstance(render(renderings, "sqlite", pm, Config()), bytes)


def test_sqlite_is_the_same_bytes_whatever_the_hash_seed_and_goes_to_a_redirected_stdout(
        tmp_path: Path) -> None:
    """One run writes with -o, the other to a redirected stdout (``> r.db``): both give
    the same database, byte for byte, under different hash seeds."""
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = tmp_path / f"r{seed}.db"
        command = [*CLI, "compare", str(SEED), str(RENDERING)]
        if seed == "1":
            done = subprocess.run([*command, "-o", str(out)], env=env, capture_output=True,
                                  check=False)
        else:
            with out.open("wb") as handle:
                done = subprocess.run([*command, "-f", "sqlite"], env=env, stdout=handle,
                                      stderr=subprocess.PIPE, check=False)
        assert done.returncode == 0, done.stderr
        conn = sqlite3.connect(out)
        outputs.append((out.read_bytes(), conn.execute(
            "SELECT id FROM findings ORDER BY seq").fetchall()))
        conn.close()
    assert outputs[0][1] == outputs[1][1] != []
    assert outputs[0][0] == outputs[1][0]


# -- DataFrames ---------------------------------------------------------------------------


def test_frames_shapes_match_the_report(report: Report) -> None:
    pytest.importorskip("pandas")
    frames = claimcheck.to_frames(report)
    assert len(frames.documents) == len(report.documents)
    assert len(frames.claims) == len(report.claims)
    assert len(frames.findings) == len(report.findings)
    assert list(frames.findings["id"]) == finding_ids(report)
    assert list(frames.claims["id"]) == [c.id for c in report.claims]
    assert frames.claims["start"].dtype.kind == "i"
    if getattr(report, "facts", ()):
        assert frames.facts is not None and len(frames.facts) == len(report.facts)
    assert report.to_frames().findings.equals(frames.findings)


def test_importing_claimcheck_does_not_import_pandas() -> None:
    code = "import sys, claimcheck; print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_frames_without_pandas_is_one_clear_line(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas raises ImportError
    with pytest.raises(ClaimcheckError) as caught:
        claimcheck.to_frames(astral_report())
    assert str(caught.value) == "to_frames needs pandas: pip install 'claimcheck[pandas]'"
