"""Loader speed: megabytes of source per second for each format, and a 100-page PDF.

Each format's file is made here from the seeds' text (so nothing is downloaded): an HTML
page (the text in paragraphs, with navigation, scripts and a footer around it), a TEI
edition (paragraphs, notes, page breaks), a DOCX file (python-docx: headings, paragraphs,
a table) and a PDF (reportlab: pages of body text under a running header, two columns).
Each is loaded through its plugin ``--repeat`` times; the best time counts (these
machines are noisy). Prints MB/s of the file's bytes and thousands of characters of text
out per second.

    uv run python bench/loaders.py [--repeat 3] [--pages 100]
"""

from __future__ import annotations

import argparse
import html
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import claimcheck
from claimcheck.plugin import Config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def paragraphs() -> list[str]:
    out = []
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        out.extend(" ".join(p.split()) for p in text.split("\n\n") if p.strip())
    return out


def make_html(folder: Path, paras: list[str], copies: int) -> Path:
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras) * copies
    page = ("<!DOCTYPE html><html><head><title>Bench</title><script>var x = 1;</script>"
            "<style>p{margin:0}</style></head><body><nav><a href='/'>Home</a> "
            "<a href='/a'>About</a> <a href='/b'>Search</a></nav><main><h1>Bench</h1>"
            f"{body}</main><footer>Footer text.</footer></body></html>")
    path = folder / "bench.html"
    path.write_text(page, encoding="utf-8")
    return path


def make_tei(folder: Path, paras: list[str], copies: int) -> Path:
    parts = []
    for i, p in enumerate(paras * copies):
        if i % 10 == 0:
            parts.append(f'<pb n="{i // 10 + 1}"/>')
        parts.append(f"<p>{html.escape(p)}<note>Note {i}.</note></p>")
    tei = ('<?xml version="1.0" encoding="UTF-8"?><TEI xmlns="http://www.tei-c.org/ns/1.0">'
           "<teiHeader/><text><body>" + "\n".join(parts) + "</body></text></TEI>")
    path = folder / "bench.xml"
    path.write_text(tei, encoding="utf-8")
    return path


def make_docx(folder: Path, paras: list[str], copies: int) -> Path:
    import docx

    d = docx.Document()
    for i, p in enumerate(paras * copies):
        if i % 20 == 0:
            d.add_heading(f"Section {i // 20 + 1}", level=1)
        d.add_paragraph(p)
    table = d.add_table(rows=10, cols=3)
    for r in range(10):
        for c in range(3):
            table.cell(r, c).text = f"{r * 1000 + c}"
    path = folder / "bench.docx"
    d.save(str(path))
    return path


def make_pdf(folder: Path, paras: list[str], pages: int) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    words = " ".join(paras).split()
    path = folder / "bench.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    k = 0
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 9)
        c.drawString(72, height - 40, "BENCH DOCUMENT: RUNNING HEADER")
        c.drawString(width / 2 - 20, 30, f"Page {n}")
        c.setFont("Times-Roman", 10)
        for column in (72, width / 2 + 10):
            y = height - 80
            while y > 60:
                line = []
                while len(" ".join(line)) < 42:
                    line.append(words[k % len(words)])
                    k += 1
                c.drawString(column, y, " ".join(line))
                y -= 12
        c.showPage()
    c.save()
    return path


def best(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pages", type=int, default=100)
    args = ap.parse_args()
    pm = claimcheck.get_plugin_manager()
    paras = paragraphs()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {
            "html": make_html(folder, paras, 20),
            "tei": make_tei(folder, paras, 20),
            "docx": make_docx(folder, paras, 20),
            f"pdf ({args.pages} pages)": make_pdf(folder, paras, args.pages),
        }
        print(f"{'format':18} {'file':>9} {'text':>9} {'seconds':>8} {'MB/s':>7} {'kchars/s':>9}")
        for name, path in files.items():
            size = path.stat().st_size
            seconds, doc = best(lambda p=path: claimcheck.load(str(p), pm=pm, config=Config()),
                                args.repeat)
            chars = len(doc.text)  # type: ignore[attr-defined]
            print(f"{name:18} {size / 1e6:8.2f}M {chars / 1e6:8.2f}M {seconds:8.2f} "
                  f"{size / 1e6 / seconds:7.2f} {chars / 1e3 / seconds:9.0f}")


if __name__ == "__main__":
    main()
