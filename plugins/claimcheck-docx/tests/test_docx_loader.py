"""The DOCX loader: paragraphs, headings, lists, tables and footnotes, offsets exact; broken,
encrypted and hostile files refused in one line."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import claimcheck_docx
import docx
import pytest

import claimcheck
from claimcheck.plugin import Config, LoadError, source_place

PM = claimcheck.get_plugin_manager([claimcheck_docx], entry_points=False)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>
</w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Other
 reports give 80,000.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def build(tmp_path: Path, name: str = "report.docx") -> Path:
    """A Word file made with python-docx (real styles, a real table), with a footnote
    added the way Word stores one: a footnotes part, its relationship, its content type
    and a reference run in the text."""
    d = docx.Document()
    d.core_properties.title = "Report on the crossing"
    d.add_heading("The crossing", level=1)
    p = d.add_paragraph("The army crossed with 90,000 men.")
    p.add_run("{FN1}")
    p.add_run(" It lost 3,000 men by July.")
    d.add_paragraph("Tanks and guns", style="List Bullet")
    table = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Unit", "Strength"), ("1st Division", "11,000"),
                                ("2nd Division", "10,500")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    d.add_heading("Aftermath", level=2)
    d.add_paragraph("Deleted text stays out.")
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / name
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = re.sub(rb"<w:r>(?:(?!<w:r>).)*?<w:t>\{FN1\}</w:t></w:r>",
                              b'<w:r><w:footnoteReference w:id="1"/></w:r>', data, flags=re.S)
                data = data.replace(b"<w:t>Deleted text stays out.</w:t>",
                                    b"<w:t>Deleted text </w:t></w:r><w:del><w:r><w:delText>"
                                    b"never </w:delText></w:r></w:del><w:r><w:t>stays out.</w:t>")
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                    b"</Types>")
            out.writestr(item, data)
        out.writestr("word/footnotes.xml", FOOTNOTES)
    return path


def load(path: Path, **options: object) -> claimcheck.Document:
    return claimcheck.load(str(path), pm=PM, config=Config(options=dict(options)))


def test_paragraphs_headings_lists_tables_and_footnotes(tmp_path: Path) -> None:
    doc = load(build(tmp_path))
    assert doc.text == (
        "# The crossing\n\n"
        "The army crossed with 90,000 men.[1] It lost 3,000 men by July.\n\n"
        "- Tanks and guns\n\n"
        "| Unit | Strength |\n| 1st Division | 11,000 |\n| 2nd Division | 10,500 |\n\n"
        "# Aftermath\n\n"
        "Deleted text stays out.\n\n"
        "# Notes\n\n"
        "[1] Other reports give 80,000.\n"
    )
    assert doc.title == "Report on the crossing"
    assert doc.meta["format"] == "docx"


def test_structure_reaches_the_segmenter_and_offsets_are_exact(tmp_path: Path) -> None:
    doc = load(build(tmp_path))
    segs = claimcheck.segment(doc, pm=PM)
    kinds = {doc.text[p.start:p.end]: p.kind for p in segs.passages}
    assert kinds["# The crossing"] == "heading"
    assert kinds["[1] Other reports give 80,000."] == "footnote"
    (ref,) = segs.notes
    assert doc.text[ref.start:ref.end] == "[1]"
    (tab,) = segs.tables
    assert [[doc.text[a:b] for a, b in row] for row in tab.rows][-1] == \
        ["2nd Division", "10,500"]
    claims = claimcheck.claims(doc, pm=PM)
    figure = next(c for c in claims if c.text == "90,000")
    assert doc.text[figure.start:figure.end] == "90,000"
    assert source_place(doc.meta, figure.start) == "paragraph 2"
    assert source_place(doc.meta, doc.text.index("| Unit")) == "table 1"
    assert source_place(doc.meta, doc.text.index("[1] Other")) == "footnote 1"


# -- bad input --------------------------------------------------------------------------


def test_a_broken_zip_is_one_line(tmp_path: Path) -> None:
    good = build(tmp_path).read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(LoadError) as err:
        load(path)
    assert str(err.value) == f"{path}: not a DOCX file (a broken or truncated ZIP archive)"


def test_an_encrypted_word_file_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"  # what Word writes for a password: an OLE container
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(LoadError) as err:
        load(path)
    assert str(err.value).startswith(f"{path}: an encrypted (password-protected)")


def test_a_zip_bomb_stops_at_the_part_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    body = (f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode()
            + b"A" * 5_000_000 + b"</w:t></w:r></w:p></w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", body)
    assert path.stat().st_size < 100_000  # 5 MB in a few kilobytes
    with pytest.raises(LoadError) as err:
        load(path, docx_max_part_bytes=1_000_000)
    assert str(err.value).startswith(f"{path}: part word/document.xml decompresses to more")


def test_an_entity_bomb_in_a_part_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lol.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml",
                   '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
                   f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>'
                   "</w:body></w:document>")
    with pytest.raises(LoadError) as err:
        load(path)
    assert "has a DOCTYPE" in str(err.value) and str(err.value).startswith(f"{path}: ")


@pytest.mark.parametrize(("parts", "message"), [
    ({"word/document.xml": f'<w:document xmlns:w="{W}"><w:body><w:p>'}, "malformed XML"),
    ({"hello.txt": "no document here"}, "no word/document.xml"),
    ({"word/document.xml": f'<w:document xmlns:w="{W}"><w:body/></w:document>'},
     "no text found"),
])
def test_broken_packages_are_one_line(tmp_path, parts, message) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)
    with pytest.raises(LoadError) as err:
        load(path)
    assert str(err.value).startswith(f"{path}: ") and message in str(err.value)
    assert "\n" not in str(err.value)


def test_size_limit(tmp_path: Path) -> None:
    path = build(tmp_path)
    with pytest.raises(LoadError) as err:
        load(path, docx_max_bytes=1000)
    assert str(err.value) == f"{path}: larger than the limit of 1,000 bytes for DOCX files"
