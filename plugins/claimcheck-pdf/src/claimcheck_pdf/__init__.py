"""claimcheck-pdf: read a PDF's text layer as a document, page numbers kept.

Install with ``pip install claimcheck[pdf]``. The text layer is read with pdfminer.six
(MIT; not PyMuPDF, whose AGPL would bind a MIT project), page by page, and laid out the
way claimcheck's segmenter reads structure (``claimcheck.plugin.Layout``):

- each text block pdfminer's layout analysis finds is a paragraph; a page's blocks come
  in reading order, so the blocks of a left column come before those of the right;
- a block set in a larger type than the body, short and without a final stop, is a
  heading ("# ...");
- a hyphen at a line's end before a lower-case letter joins the word ("disagree-" /
  "ment" -> "disagreement"), within a block and across blocks, columns and pages;
- lines at a page's top or bottom that repeat on most pages (a running header, "Page 3
  of 40", a bare page number: digits count as one) are dropped;
- ``meta["source_map"]`` cites the page ("p. 3") of each block, and ``meta["pages"]`` is
  the page count.

A PDF with no text layer (a scan) is refused with a line that names OCR as the missing
step; an encrypted PDF that needs a password, a broken file and a file over the size
limit are each one line naming the file.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from claimcheck.plugin import Config, Document, Layout, LoadError, hookimpl, read_source

__version__ = "0.1.0"

SUFFIXES = (".pdf",)
#: A PDF larger than this is refused (option ``pdf_max_bytes``).
MAX_BYTES = 128 * 1024 * 1024
#: Share of the pages a line must repeat on (at the top or bottom) to be a running
#: header or footer; and the fewest pages for the test to mean anything.
REPEAT_SHARE = 0.6
REPEAT_MIN_PAGES = 2
#: A block this much larger than the body's type, and short, is a heading.
HEADING_SIZE = 1.15
HEADING_WORDS = 16
#: How many lines at each edge of a page may be running headers or footers.
EDGE_LINES = 2

_DIGITS = re.compile(r"\d+")
_HYPHEN_END = re.compile(r"(?<=[^\W\d_])-\Z")
_LOWER_START = re.compile(r"[^\W\d_A-Z]")


@hookimpl
def source_suffixes() -> tuple[str, ...]:
    return SUFFIXES


@hookimpl
def load_document(source: str, doc_id: str, config: Config) -> Document | None:
    """A .pdf file as its text layer; other files are left to other loaders."""
    if not source.lower().endswith(SUFFIXES):
        return None
    return load_pdf(source, doc_id, config)


@dataclass
class Block:
    """One text block of a page: its lines, its type size, where it stands."""

    lines: list[str]
    size: float
    top: float  # distance from the page's top edge, in points
    bottom: float  # distance from the page's bottom edge


def load_pdf(source: str, doc_id: str, config: Config) -> Document:
    data = read_source(source, "PDF file", config.option("pdf_max_bytes", MAX_BYTES))
    if b"%PDF-" not in data[:1024]:
        raise LoadError(f"{source}: not a PDF file (no %PDF- header)")
    pages = read_pages(data, source)
    if not any(block.lines for page in pages for block in page):
        raise LoadError(f"{source}: no text layer in this PDF (a scanned document?): run "
                        "OCR on it first (e.g. ocrmypdf) to add one")
    layout = lay_out(pages)
    text = layout.text()
    meta: dict[str, object] = {"format": "pdf", "source_map": layout.source_map(),
                               "pages": len(pages)}
    return Document(id=doc_id, text=text, path=source, meta=meta)


def read_pages(data: bytes, source: str) -> list[list[Block]]:
    """Every page's text blocks in reading order, or a LoadError naming the file."""
    # pdfminer names its errors in modules imported here, once, not at claimcheck's start
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextBox
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.psparser import PSException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect:
        raise LoadError(f"{source}: encrypted PDF that needs a password; decrypt it first "
                        "(e.g. qpdf --decrypt --password=... in.pdf out.pdf)") from None
    except PDFEncryptionError as exc:
        raise LoadError(f"{source}: encrypted PDF this reader cannot open ({_line(exc)})") \
            from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, IndexError,
            AttributeError, AssertionError, RecursionError) as exc:
        raise LoadError(f"{source}: broken PDF ({_line(exc)})") from None
    manager = PDFResourceManager(caching=True)
    params = LAParams(line_margin=0.5, boxes_flow=0.5)
    device = PDFPageAggregator(manager, laparams=params)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[list[Block]] = []
    try:
        for page in PDFPage.create_pages(document):
            interpreter.process_page(page)
            layout = device.get_result()
            height = layout.height
            blocks = []
            for item in layout:
                if isinstance(item, LTTextBox):
                    block = _block(item, height)
                    if block is not None:
                        blocks.append(block)
            pages.append(blocks)
    except PDFPasswordIncorrect:
        raise LoadError(f"{source}: encrypted PDF that needs a password") from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, IndexError,
            AttributeError, AssertionError, RecursionError, ZeroDivisionError,
            OverflowError) as exc:
        raise LoadError(f"{source}: broken PDF at page {len(pages) + 1} ({_line(exc)})") \
            from None
    if not pages:
        raise LoadError(f"{source}: a PDF with no pages")
    return pages


def _line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0][:200] if text else "") or type(exc).__name__


def _block(box: Any, page_height: float) -> Block | None:
    from pdfminer.layout import LTChar, LTTextLine

    lines: list[str] = []
    sizes: list[float] = []
    for line in box:
        if not isinstance(line, LTTextLine):
            continue
        text = line.get_text().strip()
        if text:
            lines.append(text)
        sizes.extend(round(ch.size, 1) for ch in line if isinstance(ch, LTChar))
    if not lines:
        return None
    size = statistics.median(sizes) if sizes else 0.0
    return Block(lines, size, page_height - box.y1, box.y0)


def lay_out(pages: list[list[Block]]) -> Layout:
    """The pages' blocks written to a Layout: running headers and footers dropped, line-end
    hyphens joined, large short blocks as headings."""
    repeated = _running_lines(pages)
    sizes = Counter(round(b.size) for page in pages for b in page for _ in b.lines)
    body_size = sizes.most_common(1)[0][0] if sizes else 0
    layout = Layout()
    pending: tuple[str, str] | None = None  # a paragraph cut by a line-end hyphen
    for number, page in enumerate(pages, 1):
        where = f"p. {number}"
        edge = set(_edge_lines(page)) if repeated else set()
        for block in page:
            lines = [line for line in block.lines
                     if line not in edge or _key(line) not in repeated]
            if not lines:
                continue
            text = join_lines(lines)
            if pending is not None:
                head, head_where = pending
                pending = None
                if _LOWER_START.match(text):
                    text = head[:-1] + text
                    where_now = head_where
                else:
                    layout.paragraph(head, head_where)
                    where_now = where
            else:
                where_now = where
            heading = (body_size and block.size >= HEADING_SIZE * body_size
                       and len(text.split()) <= HEADING_WORDS and not text.endswith("."))
            if heading:
                layout.heading(text, where_now)
            elif _HYPHEN_END.search(text):
                pending = (text, where_now)
            else:
                layout.paragraph(text, where_now)
    if pending is not None:
        layout.paragraph(*pending)
    return layout


def join_lines(lines: list[str]) -> str:
    """A block's lines as one paragraph: a hyphen at a line's end before a lower-case
    letter joins the word; other lines join with a space."""
    out = lines[0]
    for line in lines[1:]:
        if _HYPHEN_END.search(out) and _LOWER_START.match(line):
            out = out[:-1] + line
        else:
            out = f"{out} {line}"
    return out


def _key(line: str) -> str:
    """A line as running headers repeat it: digits stand for any number ("Page 3")."""
    return _DIGITS.sub("#", " ".join(line.split()).lower())


def _edge_lines(page: list[Block]) -> list[str]:
    """The lines of the blocks at a page's top and bottom edges that are short blocks of
    their own (one or two lines): where running headers, footers and page numbers stand.
    A body paragraph's lines never qualify, however they repeat."""
    ordered = sorted(page, key=lambda b: b.top)
    edges = ordered[:EDGE_LINES] + ordered[-EDGE_LINES:] if len(ordered) > 2 * EDGE_LINES \
        else ordered
    return [line for b in edges if len(b.lines) <= 2 for line in b.lines]


def _running_lines(pages: list[list[Block]]) -> set[str]:
    """Lines at a page's edge that repeat on most pages: running headers and footers."""
    if len(pages) < REPEAT_MIN_PAGES:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_key(line) for line in _edge_lines(page)})
    need = max(REPEAT_MIN_PAGES, REPEAT_SHARE * len(pages))
    return {key for key, n in counts.items() if n >= need}
