"""The HTML loader: main text and structure kept, chrome dropped, offsets exact, bad pages
refused in one line."""

from __future__ import annotations

import html
import os
import tracemalloc
from pathlib import Path

import claimcheck_html
import pytest

import claimcheck
from claimcheck.plugin import Config, LoadError, source_place

PM = claimcheck.get_plugin_manager([claimcheck_html], entry_points=False)
SEEDS = Path(__file__).resolve().parents[3] / "seeds"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Osan | Example Encyclopedia</title>
<style>p { color: red }</style>
<script>var tracking = "Subscribe now: 9,999 readers";</script>
</head>
<body>
<header class="site-header"><a href="/">Example Encyclopedia</a></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/wars">Wars</a></li>
<li><a href="/random">Random page</a></li></ul></nav>
<div id="content" role="main">
<h1>Battle of Osan</h1>
<p>Task Force Smith numbered 540 men<sup class="reference"><a href="#cite_note-1">[1]</a></sup>
when it met the <b>North Korean</b> column on 5 July 1950.</p>
<h2>Casualties</h2>
<table class="wikitable">
<thead><tr><th>Side</th><th>Killed</th><th>Captured</th></tr></thead>
<tbody><tr><td>United States</td><td>60</td><td>82</td></tr>
<tr><td>North Korea</td><td>42</td><td>0</td></tr></tbody>
</table>
<div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Mail</a></div>
<h2>References</h2>
<ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span>
Appleman 1961, p. 65: the count of 540 includes the artillery.</li>
</ol>
</div>
<footer><p>Text is available under a licence. Privacy policy. 2,000,000 articles.</p></footer>
</body></html>
"""


def load(path: Path, **options: object) -> claimcheck.Document:
    return claimcheck.load(str(path), pm=PM, config=Config(options=dict(options)))


def page(tmp_path: Path, text: str = PAGE, name: str = "osan.html") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_main_text_kept_and_chrome_dropped(tmp_path: Path) -> None:
    doc = load(page(tmp_path))
    assert doc.text == (
        "# Battle of Osan\n\n"
        "Task Force Smith numbered 540 men[1] when it met the North Korean column on "
        "5 July 1950.\n\n"
        "# Casualties\n\n"
        "| Side | Killed | Captured |\n|---|---|---|\n"
        "| United States | 60 | 82 |\n| North Korea | 42 | 0 |\n\n"
        "# References\n\n"
        "# Notes\n\n"
        "[1] Appleman 1961, p. 65: the count of 540 includes the artillery.\n"
    )
    for chrome in ("tracking", "Random page", "Share", "licence", "color", "Example"):
        assert chrome not in doc.text
    assert doc.meta["format"] == "html"
    assert doc.title == "Battle of Osan"


def test_structure_reaches_the_segmenter(tmp_path: Path) -> None:
    doc = load(page(tmp_path))
    segs = claimcheck.segment(doc, pm=PM)
    kinds = {doc.text[p.start:p.end]: p.kind for p in segs.passages}
    assert kinds["# Battle of Osan"] == "heading"
    assert kinds["# Casualties"] == "heading"
    note = next(p for p in segs.passages if p.kind == "footnote")
    assert doc.text[note.start:note.end].startswith("[1] Appleman 1961")
    (ref,) = segs.notes
    assert doc.text[ref.start:ref.end] == "[1]"
    assert segs.passages[ref.note] == note
    (tab,) = segs.tables
    assert [doc.text[a:b] for a, b in tab.header] == ["Side", "Killed", "Captured"]
    assert [[doc.text[a:b] for a, b in row] for row in tab.rows] == [
        ["United States", "60", "82"], ["North Korea", "42", "0"]]


def test_offsets_point_into_the_extracted_text_and_back_to_source_lines(tmp_path) -> None:
    doc = load(page(tmp_path))
    claims = claimcheck.claims(doc, pm=PM)
    figure = next(c for c in claims if c.kind == "quantity" and c.text == "540")
    assert doc.text[figure.start:figure.end] == "540"
    lines = PAGE.splitlines()
    paragraph = next(i for i, line in enumerate(lines, 1) if "<p>Task Force" in line)
    table = next(i for i, line in enumerate(lines, 1) if "<table" in line)
    assert source_place(doc.meta, figure.start) == f"line {paragraph}"
    assert source_place(doc.meta, doc.text.index("| United States")) == f"line {table}"


def test_a_page_that_wraps_a_text_gives_the_same_report(tmp_path: Path) -> None:
    seed = (SEEDS / "000_ce84e7394f74e36b.txt").read_text(encoding="utf-8")
    wrapped = (
        "<html><head><title>Record</title><script>var n = 123456;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/search'>Search</a> <a href='/about'>About</a>"
        f"</nav><main><pre>{html.escape(seed)}</pre></main>"
        "<footer>Contact us. Terms of use.</footer></body></html>"
    )
    other = str(SEEDS / "western-figures-1950-1958.txt")
    as_text = claimcheck.check(str(SEEDS / "000_ce84e7394f74e36b.txt"), other, pm=PM)
    as_html = claimcheck.check(str(page(tmp_path, wrapped, "000_ce84e7394f74e36b.html")),
                               other, pm=PM)
    assert [(f.kind, f.summary) for f in as_html.findings] == \
        [(f.kind, f.summary) for f in as_text.findings]
    assert any(f.kind == "discrepancy" for f in as_text.findings)


def test_declared_encoding_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    path.write_bytes('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 '
                     "society met 12 times.</p></body></html>".encode("latin-1"))
    assert load(path).text == "Café society met 12 times.\n"


def test_undeclared_bytes_that_are_not_utf8_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.html"
    path.write_bytes(b"<html><body><p>Caf\xe9 had 12 tables \x96 all full.</p></body></html>")
    with pytest.raises(LoadError) as err:
        load(path)
    assert str(err.value) == (f"{path}: not valid UTF-8 at byte offset 18 and the page "
                              "declares no charset (try --encoding)")
    doc = claimcheck.load(str(path), pm=PM, config=Config(encoding="cp1252"))
    assert doc.text == "Café had 12 tables – all full.\n"


def test_other_files_are_left_to_other_loaders(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("<p>not parsed</p>", encoding="utf-8")
    assert claimcheck_html.load_document(str(path), "plain", Config()) is None
    assert load(path).text == "<p>not parsed</p>"


# -- bad input: one line naming the file, bounded memory --------------------------------


def test_a_page_over_the_limit_is_refused_while_read(tmp_path: Path) -> None:
    path = page(tmp_path, "<p>" + "word " * 5000 + "</p>")
    with pytest.raises(LoadError) as err:
        load(path, html_max_bytes=10_000)
    assert str(err.value) == f"{path}: larger than the limit of 10,000 bytes for HTML pages"


def test_a_200_mb_page_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with open(path, "wb") as f:  # sparse: 200 MB of size, no disk used
        f.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(LoadError) as err:
            load(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(err.value).startswith(f"{path}: larger than the limit")
    assert "\n" not in str(err.value)
    # refused by its size, not read: reading even up to the limit would hold megabytes
    assert peak < 1 << 20, peak


@pytest.mark.parametrize(("content", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not an HTML page (binary data)"),
    (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no text found"),
    (b"", "no text found"),
])
def test_bad_pages_are_one_line_naming_the_file(tmp_path, content, message) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(content)
    with pytest.raises(LoadError) as err:
        load(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)


def test_deep_nesting_neither_crashes_nor_recurses(tmp_path: Path) -> None:
    path = page(tmp_path, "<div>" * 50_000 + "<p>Deep text of 7 words here.</p>"
                + "</div>" * 50_000)
    with pytest.raises(LoadError) as err:  # not read with its deep text cut off
        load(path)
    assert str(err.value) == (f"{path}: cannot parse HTML (nested deeper than 255 "
                              "elements, where the parser stops; the rest of the page "
                              "would be lost)")
    shallow = page(tmp_path, "<div>" * 200 + "<p>Text of 7 words here.</p>" + "</div>" * 200,
                   "shallow.html")
    assert load(shallow).text == "Text of 7 words here.\n"


def test_unknown_encoding_is_one_line(tmp_path: Path) -> None:
    path = page(tmp_path)
    with pytest.raises(LoadError) as err:
        claimcheck.load(str(path), pm=PM, config=Config(encoding="no-such-codec"))
    assert str(err.value).startswith(f"{path}: ")


def test_suffixes_are_declared() -> None:
    assert set(claimcheck_html.source_suffixes()) >= {".html", ".htm"}
    assert os.path.splitext("a.HTML")[1].lower() in claimcheck_html.SUFFIXES
