"""The main text of an HTML page, its structure kept, its site chrome dropped.

A page is parsed with lxml's HTML parser (libxml2: fast, forgiving of broken markup,
no network, no entity expansion beyond HTML's own) and walked once, iteratively, so a
deeply nested page cannot exhaust the stack. What is kept:

- the main content: the page's ``<main>`` (or ``role="main"``), else its one
  ``<article>``, else the ``<body>``;
- inside it, headings ("# " lines), paragraphs, list items ("- " lines), tables (pipe
  tables), preformatted text (its lines) and footnotes: an in-page link from a
  superscript or a note-reference to a list item or a note (Wikipedia's ``[1]``,
  Pandoc's and Word's ``fn1``, ``role="doc-noteref"``) becomes a "[n]" marker and the
  note moves to the end, under "Notes".

What is dropped, by general signals rather than by site: scripts, styles, forms,
embedded media, ``<nav>``, ``<aside>``, a page-level ``<header>``/``<footer>``, ARIA
landmarks for navigation, banners, search and page footers, hidden elements, elements
whose class or id names chrome ("navbox", "breadcrumb", "share", "cookie", ...: the
``CHROME_WORDS`` table in chrome.toml) and blocks that are mostly links (menus and link
lists that carry no chrome markup).

Every block records the source line it starts on (``meta["source_map"]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import lxml.etree
import lxml.html

from claimcheck.plugin import Layout, table

_WORDS = table("chrome", package="claimcheck_html")

#: Elements never read: code, styling, forms, media, and the page's navigation.
DROP_TAGS = frozenset(_WORDS["drop"]["tags"])
#: ARIA roles of regions that are not the text: navigation, banner, search, ...
DROP_ROLES = frozenset(_WORDS["drop"]["roles"])
#: Words in a class or id that name site chrome ("navbox", "share-buttons").
CHROME_WORDS = frozenset(_WORDS["drop"]["class_words"])

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements that end the paragraph before them and start a new one.
BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "body", "ul", "ol", "dl", "dt", "dd", "li",
    "blockquote", "figure", "figcaption", "address", "hr", "header", "footer", "details",
    "summary", "center", "caption", "table", "pre", "tr", "td", "th", "tbody", "thead",
    "tfoot", "fieldset", "legend", "hgroup", "br_block", *HEADINGS,
})
_TOKEN = re.compile(r"[a-z]+")
_NOTE_LABEL = re.compile(r"\s*\[?\s*(?:\d{1,4}|[a-z]{1,3}|[ivxlc]{1,6}|[*†‡§])\s*\]?\s*\Z", re.I)
_NOTE_PLACE = re.compile(r"(?i)foot|endnote|note|cite|reference|fn\d|^fn")
_BACKLINK = re.compile(r"\s*(?:[↑^↩⤴]|back|return)", re.I)
#: An element whose class names chrome is dropped only when it holds less than this share
#: of the main content's text.
CHROME_SHARE = 0.3
#: A block is navigation when at least this share of its text is link text ...
LINK_DENSITY = 0.6
#: ... and it holds at least this many links.
LINK_COUNT = 3


def parse(data: bytes, encoding: str | None) -> Any:
    """The page's root element (lxml), decoded by ``encoding``, else by the page's own
    declaration or byte-order mark (lxml's detection), else as UTF-8."""
    if encoding is None and not declares_charset(data):
        encoding = "utf-8"
    parser = lxml.html.HTMLParser(
        encoding=encoding, remove_comments=True, remove_pis=True, no_network=True,
        huge_tree=False, default_doctype=False,
    )
    root = lxml.html.document_fromstring(data, parser=parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # libxml2 stops at 256 levels without XML_PARSE_HUGE and drops what lies deeper:
        # refuse rather than compare a page with its text silently cut
        raise ValueError("nested deeper than 255 elements, where the parser stops; the "
                         "rest of the page would be lost")
    return root


def declares_charset(data: bytes) -> bool:
    """Whether the page names its encoding (a meta charset in its head) or starts with a
    byte-order mark."""
    head = data[:4096].lower()
    return (b"charset" in head or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")))


@dataclass
class Page:
    """What extraction gives: the text, its source map, the title."""

    text: str
    source_map: tuple[tuple[int, str], ...]
    title: str | None
    notes: int = 0
    dropped: list[str] = field(default_factory=list)


def extract(root: Any) -> Page:
    """The page's main text laid out for the segmenter (see the module's docstring)."""
    title = _title(root)
    main = main_content(root)
    walker = _Walker(root, main)
    walker.run()
    return Page(walker.layout.text(), walker.layout.source_map(), title, walker.notes_called)


def _title(root: Any) -> str | None:
    for path in ("//h1", "//title", "//meta[@property='og:title']/@content"):
        found = root.xpath(path)
        if found:
            first = found[0]
            text = first if isinstance(first, str) else first.text_content()
            text = " ".join(str(text).split())
            if text:
                return text[:300]
    return None


def main_content(root: Any) -> Any:
    """The element that holds the page's text: <main> or role=main, else the one
    <article>, else <body> (else the root)."""
    for path in ("//main", "//*[@role='main']"):
        found = [e for e in root.xpath(path) if not _hidden(e)]
        if found:
            return found[0]
    articles = [e for e in root.xpath("//article") if not _hidden(e)]
    if len(articles) == 1:
        return articles[0]
    body = root.find("body")
    return body if body is not None else root


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _chrome(el: Any, main: Any, main_length: int) -> bool:
    """Whether ``el`` (inside the main content) is site chrome to drop."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in DROP_TAGS or _hidden(el):
        return True
    if tag in ("header", "footer") and el is not main and not _inside_article(el, main):
        return True
    role = (el.get("role") or "").lower()
    if role in DROP_ROLES:
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if names.strip() and any(w in CHROME_WORDS for w in _TOKEN.findall(names)):
        # a class names layout as often as chrome ("two-col-sidebar-right"): an element
        # that holds much of the main text is the text, whatever its class says
        return len(el.text_content()) < CHROME_SHARE * main_length
    return False


def _inside_article(el: Any, main: Any) -> bool:
    """A <header> or <footer> of an article or section (its title, its byline) is text;
    the page's own header and footer are chrome."""
    parent = el.getparent()
    while parent is not None and parent is not main:
        if parent.tag in ("article", "section"):
            return True
        parent = parent.getparent()
    return main.tag in ("article", "section")


class _Walker:
    """One pass over the main content, writing blocks to a Layout."""

    def __init__(self, root: Any, main: Any) -> None:
        self.main = main
        self.main_length = len(main.text_content())
        self.layout = Layout()
        self.buf: list[str] = []
        self.mode: list[str] = []  # "heading", "item", "pre" for the open block
        self.line: int | None = None
        self.notes_called = 0
        self.notes = _note_targets(root)
        self.note_skip = {id(t) for t in self.notes.values()}
        self.markers: dict[int, str] = {}

    def _chrome(self, el: Any) -> bool:
        return _chrome(el, self.main, self.main_length)

    # -- the walk --------------------------------------------------------------------------

    def run(self) -> None:
        stack: list[tuple[Any, bool]] = [(self.main, False)]
        while stack:
            el, entered = stack.pop()
            if entered:
                self._end(el)
                continue
            if not isinstance(el.tag, str):  # a comment or a processing instruction
                self._inline(el.tail)
                continue
            if el is not self.main and (self._chrome(el) or id(el) in self.note_skip):
                self._inline(el.tail)
                continue
            if self._note_ref(el):
                self._inline(el.tail)
                continue
            tag = el.tag
            if tag == "table" and self._data_table(el):
                self._flush()
                self.layout.table(*_rows(el, self._cell_text), where=_where(el))
                self._inline(el.tail)
                continue
            if tag == "pre":
                self._flush()
                self.layout.preformatted(el.text_content(), where=_where(el))
                self._inline(el.tail)
                continue
            if tag in BLOCKS and el is not self.main and _link_list(el):
                self._inline(el.tail)
                continue
            self._start(el)
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))

    def _start(self, el: Any) -> None:
        tag = el.tag
        if tag == "br":
            self._inline(" ")
            return
        if tag in BLOCKS:
            self._flush()
            if tag in HEADINGS:
                self.mode.append("heading")
            elif tag in ("li", "dt", "dd"):
                self.mode.append("item")
            self.line = _line(el)
        self._inline(el.text)

    def _end(self, el: Any) -> None:
        tag = el.tag
        if tag in BLOCKS:
            self._flush()
            if (tag in HEADINGS or tag in ("li", "dt", "dd")) and self.mode:
                self.mode.pop()
        elif tag in ("td", "th"):
            self._inline(" ")
        self._inline(el.tail)

    def _inline(self, text: str | None) -> None:
        if text:
            self.buf.append(text)

    def _flush(self) -> None:
        """Write the open block, its kind from ``mode``."""
        text = "".join(self.buf)
        self.buf = []
        where = f"line {self.line}" if self.line else None
        if text.strip():
            kind = self.mode[-1] if self.mode else ""
            if kind == "heading":
                self.layout.heading(text, where)
            elif kind == "item":
                self.layout.paragraph(text, where, prefix="- ")
            else:
                self.layout.paragraph(text, where)

    # -- footnotes -----------------------------------------------------------------------

    def _note_ref(self, el: Any) -> bool:
        """A call of a footnote: write its marker (the note goes to the end)."""
        target = _ref_target(el, self.notes)
        if target is None:
            return False
        marker = self.markers.get(id(target))
        if marker is None:
            text = _note_text(target)
            if not text:
                return False
            marker = self.layout.note(text, where=_where(target))
            self.markers[id(target)] = marker
            self.notes_called += 1
        self.buf.append(marker)
        return True

    # -- tables ----------------------------------------------------------------------------

    def _data_table(self, el: Any) -> bool:
        """A table of data, not one used for page layout: no nested table and no cell
        holding paragraphs or lists."""
        for sub in el.iter("table", "p", "ul", "ol", "div", "blockquote", "h1", "h2", "h3"):
            if sub is not el:
                return False
        return True

    def _cell_text(self, cell: Any) -> str:
        """A cell's text, with footnote markers for the notes it calls."""
        out: list[str] = []
        stack: list[tuple[Any, bool]] = [(cell, False)]
        while stack:
            el, entered = stack.pop()
            if entered:
                if el is not cell and el.tail:
                    out.append(el.tail)
                continue
            if not isinstance(el.tag, str) or (el is not cell and self._chrome(el)):
                if el.tail and el is not cell:
                    out.append(el.tail)
                continue
            saved, self.buf = self.buf, []
            if self._note_ref(el):
                out.extend(self.buf)
                self.buf = saved
                if el.tail:
                    out.append(el.tail)
                continue
            self.buf = saved
            if el.tag == "br":
                out.append(" ")
            if el.text:
                out.append(el.text)
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))
        return "".join(out)


def _line(el: Any) -> int | None:
    return el.sourceline if isinstance(getattr(el, "sourceline", None), int) else None


def _where(el: Any) -> str | None:
    line = _line(el)
    return f"line {line}" if line else None


def _rows(el: Any, cell_text: Callable[[Any], str]) -> tuple[list[list[str]], bool]:
    """A table's rows of cell texts, and whether its first row is a header."""
    rows: list[list[str]] = []
    header = False
    for tr in el.iter("tr"):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not cells:
            continue
        row: list[str] = []
        for c in cells:
            span = c.get("colspan") or "1"
            n = int(span) if span.isdigit() and 0 < int(span) <= 50 else 1
            row.extend([cell_text(c)] + [""] * (n - 1))
        if not rows:
            header = all(c.tag == "th" for c in cells) or tr.getparent().tag == "thead"
        rows.append(row)
    return rows, header


def _link_list(el: Any) -> bool:
    """A block that is mostly links (a menu, a list of related articles)."""
    links = el.findall(".//a")
    if len(links) < LINK_COUNT:
        return False
    text = " ".join(el.text_content().split())
    if not text:
        return True
    linked = sum(len(" ".join(a.text_content().split())) for a in links)
    return linked >= LINK_DENSITY * len(text)


def _note_targets(root: Any) -> dict[str, Any]:
    """Id -> the note element an in-page reference points to, for every element whose
    id is the target of a note call and that reads as a note (a list item, an element
    with a note's role, or one whose id or class, or its list's, names notes)."""
    ids: dict[str, Any] = {}
    for el in root.iter():
        if isinstance(el.tag, str):
            key = el.get("id") or el.get("name")
            if key and key not in ids:
                ids[key] = el
    out: dict[str, Any] = {}
    for a in root.iter("a"):
        href = a.get("href") or ""
        if not href.startswith("#") or len(href) < 2:
            continue
        target = ids.get(href[1:])
        if target is None or href[1:] in out or not _calls_note(a):
            continue
        if _is_note(target):
            out[href[1:]] = target
    return out


def _calls_note(a: Any) -> bool:
    role = (a.get("role") or "").lower()
    names = f"{a.get('class') or ''} {a.get('epub:type') or ''}".lower()
    if role == "doc-noteref" or "noteref" in names or "footnote-ref" in names:
        return True
    parent = a.getparent()
    in_sup = a.tag == "sup" or (parent is not None and parent.tag == "sup") or any(
        c.tag == "sup" for c in a if isinstance(c.tag, str))
    return in_sup and bool(_NOTE_LABEL.match(a.text_content() or ""))


def _is_note(target: Any) -> bool:
    role = (target.get("role") or "").lower()
    if role in ("doc-footnote", "doc-endnote", "note"):
        return True
    el = target
    for _ in range(3):
        if el is None:
            break
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.tag == "li" or _NOTE_PLACE.search(names):
            return el.tag in ("li", "div", "p", "aside", "section", "span", "dd") \
                or target.tag == "li"
        el = el.getparent()
    return False


def _ref_target(el: Any, notes: dict[str, Any]) -> Any:
    """The note ``el`` calls: ``el`` is the link, or a <sup> holding only that link."""
    a = el
    if el.tag == "sup":
        links = [c for c in el if isinstance(c.tag, str)]
        if len(links) != 1 or links[0].tag != "a" or (el.text or "").strip():
            return None
        a = links[0]
    if a.tag != "a":
        return None
    href = a.get("href") or ""
    return notes.get(href[1:]) if href.startswith("#") else None


def _note_text(target: Any) -> str:
    """A note's text without its back-links ("↑", "^ a b") and without code."""
    out: list[str] = []
    stack: list[tuple[Any, bool]] = [(target, False)]
    while stack:
        el, entered = stack.pop()
        if entered:
            if el is not target and el.tail:
                out.append(el.tail)
            continue
        if not isinstance(el.tag, str) or el.tag in DROP_TAGS or (
                el is not target and _backlink(el)):
            if el is not target and el.tail:
                out.append(el.tail)
            continue
        if el.text:
            out.append(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    return " ".join("".join(out).split())


def _backlink(el: Any) -> bool:
    """The link from a note back to where it is called ("^", "↑", "↩")."""
    if "backlink" in (el.get("class") or "").lower():
        return True
    return el.tag == "a" and (el.get("href") or "").startswith("#") and bool(
        _BACKLINK.match(el.text_content() or "^"))
