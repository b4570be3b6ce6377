"""Format loaders through the command line: an HTML page and a TEI edition compared with a
text file; folders read every file an installed loader takes; ``plugins`` says which.

The loaders are workspace plugins (plugins/claimcheck-html, -tei, ...), installed in the
dev environment; a test skips when its plugin is not installed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck.cli import cli, expand_sources
from claimcheck.core import load as core_load

pytest.importorskip("claimcheck_html")
pytest.importorskip("claimcheck_tei")

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Record 1950-113 | State Archive</title>
<script>window.analytics = {visits: 450000};</script>
<style>.menu { font-size: 12px }</style></head>
<body>
<nav class="menu"><a href="/">Home</a> <a href="/search">Search the archive</a>
<a href="/help">Help</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Telegram from the front, 30 June 1950</h1>
<p>The Korean People's Army entered Seoul on 28 June 1950.</p>
<p>By then the army had 135,000 men under arms.<sup><a href="#fn1">1</a></sup></p>
<ol class="footnotes"><li id="fn1">Figure as given in the telegram.</li></ol>
</main>
<footer>State Archive. All rights reserved. Visitors this year: 1,000,000.</footer>
</body></html>
"""

EDITION = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>Report, July 1950</title></titleStmt>
<publicationStmt><p>Edition printed in 2,000 copies.</p></publicationStmt>
<sourceDesc><p>Archive copy.</p></sourceDesc></fileDesc></teiHeader>
<text><body><pb n="4"/>
<p>The Korean People's Army entered Seoul on 28 June 1950.</p>
<p>By then the army had 90,000 men under arms.<note>Pencilled in the margin.</note></p>
</body></text></TEI>
"""

ACCOUNT = ("The Korean People's Army entered Seoul on 28 June 1950.\n\n"
           "By then the army had 135,000 men under arms.\n")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def sources(tmp_path: Path) -> dict[str, Path]:
    files = {"record.html": PAGE, "edition.xml": EDITION, "account.txt": ACCOUNT}
    out = {}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        out[name] = tmp_path / name
    return out


def test_html_and_tei_compared_with_a_text_offsets_exact(sources) -> None:
    paths = [str(sources[n]) for n in ("record.html", "edition.xml", "account.txt")]
    code, out, err = run("compare", *paths, "-f", "json")
    assert code == 0, err
    report = json.loads(out)
    claims = {row[0]: dict(zip(report["claim_fields"], row, strict=False))
              for row in report["claims"]}
    pm = claimcheck.get_plugin_manager()
    docs = {d["id"]: claimcheck.load(p, pm=pm)
            for d, p in zip(report["documents"], paths, strict=True)}
    # every claim's offsets point at its text in the extracted text, chrome never read
    # (three sources: the corpus form, where a claim's id names its document)
    for claim in claims.values():
        text = docs[claim["id"].rpartition(":")[0]].text
        assert text[claim["start"]:claim["end"]] == claim["text"]
    assert not any(c["text"] in ("450000", "1,000,000", "2,000") for c in claims.values())
    # the edition's 90,000 against the page's and the account's 135,000: one fact (three
    # sources: its findings are told in it, not in the findings list)
    sides = [{c.rpartition(":")[0]: claims[c]["text"] for g in fact["groups"]
              for c in g["claims"]} for fact in report["facts"] if fact["verdict"] == "disagree"]
    assert {"edition": "90,000", "record": "135,000", "account": "135,000"} in sides
    assert docs["edition"].meta["source_map"] and docs["record"].meta["source_map"]


def test_a_folder_reads_what_loaders_take_and_skips_the_rest(sources, tmp_path) -> None:
    for name in ("README.md", "LICENSE", "LICENSE.txt", "SOURCES.md", "notes.rst",
                 "scan.png", ".hidden.html"):
        (tmp_path / name).write_text("The army had 1 man.", encoding="utf-8")
    names = [Path(p).name for p in expand_sources([str(tmp_path)])]
    assert names == ["account.txt", "edition.xml", "record.html"]
    code, out, err = run("compare", str(tmp_path), "-f", "json")
    assert code == 0, err
    assert [d["id"] for d in json.loads(out)["documents"]] == ["account", "edition", "record"]


def test_glob_chooses_the_files_of_a_folder(sources, tmp_path) -> None:
    (tmp_path / "letters").mkdir()
    (tmp_path / "letters" / "b.txt").write_text(ACCOUNT, encoding="utf-8")
    assert [Path(p).name for p in expand_sources([str(tmp_path)], "*.html")] == \
        ["record.html"]
    assert [Path(p).name for p in expand_sources([str(tmp_path)], "letters/*.txt")] == \
        ["b.txt"]
    code, out, err = run("compare", str(tmp_path), "--glob", "*.[xh]*", "-f", "json")
    assert code == 0, err
    assert [d["id"] for d in json.loads(out)["documents"]] == ["edition", "record"]
    code, _, err = run("compare", str(tmp_path), "--glob", "*.pdf")
    assert code == 2
    assert err == f"claimcheck: error: {tmp_path}: is a directory with no file matching " \
                  "*.pdf\n"


def test_names_that_describe_a_folder_are_not_sources() -> None:
    for name in ("README", "README.md", "readme.txt", "LICENSE", "LICENCE.md", "SOURCES.md",
                 "sources.txt", "CHANGELOG.md", "COPYING"):
        assert core_load._NOT_SOURCES.match(name), name
    for name in ("report.txt", "resources.md", "memo.md", "readmission-figures.txt"):
        assert not core_load._NOT_SOURCES.match(name), name


def test_plugins_lists_what_each_loader_reads() -> None:
    code, out, _ = run("plugins")
    assert code == 0
    lines = out.splitlines()
    html = lines.index(next(line for line in lines if line.startswith("html ")))
    assert "load_document" in lines[html] and "source_suffixes" in lines[html]
    assert lines[html + 1] == "    reads .html, .htm, .xhtml"
    code, out, _ = run("plugins", "-f", "json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["tei"]["reads"] == [".tei", ".tei.xml", ".xml"]
    code, out, _ = run("plugins", "--all")
    assert "claimcheck.builtin.loader: load_document, source_suffixes\n    reads .txt, .md, " \
           ".markdown" in out


def test_a_bad_file_of_each_format_is_one_line_exit_2(tmp_path: Path) -> None:
    pytest.importorskip("claimcheck_docx")
    pytest.importorskip("claimcheck_pdf")
    bad = {"broken.xml": "<TEI><text>", "broken.html": "", "broken.docx": "not a zip",
           "broken.pdf": "%PDF-1.4 garbage"}
    for name, text in bad.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        other = tmp_path / "a.txt"
        other.write_text(ACCOUNT, encoding="utf-8")
        code, _, err = run("compare", str(path), str(other))
        assert code == 2, (name, err)
        assert err.startswith(f"claimcheck: error: {path}: "), err
        assert err.count("\n") == 1 and "Traceback" not in err
