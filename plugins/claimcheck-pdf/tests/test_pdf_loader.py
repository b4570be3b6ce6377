"""The PDF loader: a two-column PDF with a running header and footer, built here with
reportlab, read in order with pages kept; scans, encrypted and broken files refused in
one line."""

from __future__ import annotations

import io
from pathlib import Path

import claimcheck_pdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import claimcheck
from claimcheck.plugin import Config, LoadError, source_place

PM = claimcheck.get_plugin_manager([claimcheck_pdf], entry_points=False)

LEFT = [
    ["The army crossed the parallel", "with 90,000 men and a dis-",
     "agreement followed about the count."],
    ["Supplies ran short within a week", "and the columns slowed near the",
     "river crossings in the south."],
    ["By September the perimeter held", "and reinforcements arrived by sea",
     "in large numbers every day."],
]
RIGHT = [
    ["It lost 3,000 men by the end", "of July 1950, the report says,",
     "and many more were missing."],
    ["Another 1,200 vehicles were", "lost to air attack, according to",
     "the staff summary of August."],
    ["The landing at Inchon changed", "the course of the campaign within",
     "two weeks of its start."],
]


def two_columns(path: Path, pages: int = 3, encrypt: object = None) -> Path:
    """Pages of two columns under a running header, a page number in the footer, a
    heading in large bold type on the first page."""
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    width, height = A4
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 9)
        c.drawString(72, height - 40, "THE KOREAN WAR: A SHORT HISTORY")
        c.drawString(width / 2 - 20, 30, f"Page {n}")
        y = height - 90
        if n == 1:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(72, y, "The crossing")
            y -= 30
        c.setFont("Times-Roman", 11)
        for i, line in enumerate(LEFT[(n - 1) % 3]):
            c.drawString(72, y - 14 * i, line)
        for i, line in enumerate(RIGHT[(n - 1) % 3]):
            c.drawString(width / 2 + 20, y - 14 * i, line)
        c.showPage()
    c.save()
    return path


def load(path: Path, **options: object) -> claimcheck.Document:
    return claimcheck.load(str(path), pm=PM, config=Config(options=dict(options)))


def test_columns_in_order_headers_dropped_hyphens_joined(tmp_path: Path) -> None:
    doc = load(two_columns(tmp_path / "history.pdf"))
    assert doc.text == (
        "# The crossing\n\n"
        "The army crossed the parallel with 90,000 men and a disagreement followed about "
        "the count.\n\n"
        "It lost 3,000 men by the end of July 1950, the report says, and many more were "
        "missing.\n\n"
        "Supplies ran short within a week and the columns slowed near the river crossings "
        "in the south.\n\n"
        "Another 1,200 vehicles were lost to air attack, according to the staff summary "
        "of August.\n\n"
        "By September the perimeter held and reinforcements arrived by sea in large "
        "numbers every day.\n\n"
        "The landing at Inchon changed the course of the campaign within two weeks of its "
        "start.\n"
    )
    assert "KOREAN WAR: A SHORT" not in doc.text and "Page" not in doc.text
    assert doc.meta["pages"] == 3


def test_pages_are_kept_in_the_source_map(tmp_path: Path) -> None:
    doc = load(two_columns(tmp_path / "history.pdf"))
    claims = claimcheck.claims(doc, pm=PM)
    figure = next(c for c in claims if c.text == "1,200")
    assert doc.text[figure.start:figure.end] == "1,200"
    assert source_place(doc.meta, figure.start) == "p. 2"
    assert source_place(doc.meta, doc.text.index("The landing")) == "p. 3"
    segs = claimcheck.segment(doc, pm=PM)
    assert segs.passages[0].kind == "heading"


def test_a_single_page_keeps_its_edges(tmp_path: Path) -> None:
    # one page cannot show what repeats: nothing is dropped as a running header
    doc = load(two_columns(tmp_path / "one.pdf", pages=1))
    assert "THE KOREAN WAR: A SHORT HISTORY" in doc.text


def test_a_hundred_pages_load(tmp_path: Path) -> None:
    doc = load(two_columns(tmp_path / "long.pdf", pages=100))
    assert doc.meta["pages"] == 100
    assert source_place(doc.meta, len(doc.text) - 2) == "p. 100"
    assert "Page" not in doc.text


# -- bad input --------------------------------------------------------------------------


def test_a_scan_without_text_names_ocr(tmp_path: Path) -> None:
    from PIL import Image

    image = io.BytesIO()
    Image.new("L", (200, 100), 255).save(image, format="PNG")
    image.seek(0)
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(image), 72, 500, width=400, height=200)
    c.showPage()
    c.save()
    with pytest.raises(LoadError) as err:
        load(path)
    message = str(err.value)
    assert message.startswith(f"{path}: no text layer") and "OCR" in message
    assert "\n" not in message


def test_an_encrypted_pdf_is_one_line(tmp_path: Path) -> None:
    lock = StandardEncryption("secret", ownerPassword="owner", strength=128)
    path = two_columns(tmp_path / "locked.pdf", pages=1, encrypt=lock)
    with pytest.raises(LoadError) as err:
        load(path)
    assert str(err.value).startswith(f"{path}: encrypted PDF that needs a password")


def test_an_owner_password_alone_does_not_stop_reading(tmp_path: Path) -> None:
    lock = StandardEncryption("", ownerPassword="owner", strength=128)
    path = two_columns(tmp_path / "restricted.pdf", pages=1, encrypt=lock)
    assert "90,000 men" in load(path).text


@pytest.mark.parametrize(("content", "message"), [
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog", "broken PDF"),
    (b"<html>not a pdf</html>", "not a PDF file"),
    (b"", "not a PDF file"),
])
def test_broken_files_are_one_line(tmp_path, content, message) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(LoadError) as err:
        load(path)
    assert str(err.value).startswith(f"{path}: ") and message in str(err.value)
    assert "\n" not in str(err.value)


def test_a_truncated_pdf_is_one_line(tmp_path: Path) -> None:
    good = two_columns(tmp_path / "good.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(good[: len(good) // 2])
    try:
        doc = load(path)
    except LoadError as exc:
        assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)
    else:  # pdfminer may recover the pages it can still read
        assert doc.text.strip()


def test_size_limit(tmp_path: Path) -> None:
    path = two_columns(tmp_path / "history.pdf")
    with pytest.raises(LoadError) as err:
        load(path, pdf_max_bytes=100)
    assert str(err.value) == f"{path}: larger than the limit of 100 bytes for PDF files"
