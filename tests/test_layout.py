"""Layout, the text format loaders write structure in: what the built-in segmenter reads
back from it, and the map from text offsets to places in the source."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.plugin import Layout, LoadError, read_source, source_place


def test_blocks_notes_and_map() -> None:
    layout = Layout()
    layout.heading("## The  crossing\n", "line 3")
    marker = layout.note("The draft gives\n80,000.", "line 40")
    layout.paragraph(f"The army had 90,000\u00admen.{marker} It\tcrossed.", "line 5")
    layout.paragraph("   ", "line 6")  # empty: dropped, and no map entry
    layout.table([["Unit", "Men | total"], ["1st", "11,000", "extra"]], header=True,
                 where="line 7")
    layout.paragraph("Tanks", prefix="- ")
    text = layout.text()
    assert text == (
        "# The crossing\n\n"
        "The army had 90,000men.[1] It crossed.\n\n"
        "| Unit | Men / total |  |\n|---|---|---|\n| 1st | 11,000 | extra |\n\n"
        "- Tanks\n\n"
        "# Notes\n\n"
        "[1] The draft gives 80,000.\n"
    )
    assert source_place({"source_map": layout.source_map()}, 0) == "line 3"
    assert source_place({"source_map": layout.source_map()}, text.index("The army")) == \
        "line 5"
    assert source_place({"source_map": layout.source_map()}, text.index("- Tanks")) == "line 7"
    assert source_place({"source_map": layout.source_map()}, text.index("[1] The")) == \
        "line 40"
    assert source_place({}, 5) is None


def test_the_segmenter_reads_the_layout_back() -> None:
    layout = Layout()
    layout.heading("Casualties")
    marker = layout.note("Estimated.")
    layout.paragraph(f"The division lost 3,000 men.{marker}")
    layout.table([["Side", "Killed"], ["North", "42"], ["South", "60"]], header=True)
    doc = claimcheck.Document("d", layout.text())
    pm = claimcheck.get_plugin_manager(entry_points=False)
    segs = claimcheck.segment(doc, pm=pm)
    kinds = [p.kind for p in segs.passages if doc.text[p.start:p.end].strip("|-")]
    assert kinds[0] == "heading" and "footnote" in kinds
    (ref,) = segs.notes
    assert segs.passages[ref.note].kind == "footnote"
    (table,) = segs.tables
    assert [doc.text[a:b] for a, b in table.header] == ["Side", "Killed"]


def test_preformatted_keeps_lines() -> None:
    layout = Layout()
    layout.preformatted("Line one  \nLine two\n\n\n\nNext block\r\nend\n", "line 1")
    assert layout.text() == "Line one\nLine two\n\nNext block\nend\n"


def test_read_source_names_the_file(tmp_path) -> None:
    with pytest.raises(LoadError) as err:
        read_source(str(tmp_path / "missing.pdf"), "PDF file", 100)
    assert str(err.value) == f"{tmp_path / 'missing.pdf'}: no such PDF file"
    with pytest.raises(LoadError) as err:
        read_source(str(tmp_path), "PDF file", 100)
    assert str(err.value).startswith(f"{tmp_path}: is a directory")
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 101)
    with pytest.raises(LoadError) as err:
        read_source(str(big), "PDF file", 100)
    assert str(err.value) == f"{big}: larger than the limit of 100 bytes for PDF files"
    assert read_source(str(big), "PDF file", 101) == b"x" * 101
