"""claimcheck-tei: read a TEI XML edition as its text, with the edition's structure kept.

Install with ``pip install claimcheck[tei]``. Digital editions of archival documents are
published in TEI; this loader reads the ``<text>`` of a TEI document (or of every TEI
document of a ``<teiCorpus>``) and writes it the way claimcheck's segmenter reads
structure (``claimcheck.plugin.Layout``):

- ``<head>`` a heading ("# ..."); ``<p>``, ``<ab>``, ``<l>``, ``<item>`` (as "- ") each a
  paragraph; ``<table>`` a pipe table (a ``role="label"`` first row its header);
- ``<note>`` a footnote: "[n]" where it stands, its text under "Notes" at the end;
- ``<supplied>`` and ``<add>`` an editorial insertion, in square brackets (the Leiden
  convention for text the editor supplies), so that a reader of the report sees which
  words the document itself does not carry;
- ``<pb n="12"/>`` a page marker: no text, but ``meta["source_map"]`` cites "p. 12" (with
  the source line) for everything after it;
- the edition's readings: ``<corr>``, ``<expan>``, ``<reg>`` over ``<sic>``, ``<abbr>``,
  ``<orig>`` in a ``<choice>``; ``<del>``, ``<fw>`` (running heads, catchwords),
  ``<figure>`` and the ``<teiHeader>`` are not text.

The file is parsed with lxml with entity resolution, DTD loading and network access off;
a document that declares entities in its DOCTYPE (where a billion-laughs bomb hides) is
refused before parsing, as defusedxml refuses it. Every failure is one LoadError naming
the file.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree

from claimcheck.plugin import Config, Document, Layout, LoadError, hookimpl, read_source

__version__ = "0.1.0"

TEI_NS = "http://www.tei-c.org/ns/1.0"
#: The files this loader reads; a ``.xml`` file that is not TEI is refused, not read as
#: text (its markup would come out as words).
SUFFIXES = (".tei", ".tei.xml", ".xml")
#: A TEI file larger than this is refused (option ``tei_max_bytes``).
MAX_BYTES = 64 * 1024 * 1024

#: Elements each of which is a paragraph of its own.
PARAGRAPHS = frozenset({"p", "ab", "l", "item", "label", "speaker", "salute", "signed",
                        "dateline", "byline", "docTitle", "titlePart", "closer", "opener",
                        "argument", "epigraph", "trailer", "bibl", "castItem"})
#: Elements that hold blocks (their own text, if any, is a paragraph too).
CONTAINERS = frozenset({"text", "front", "body", "back", "group", "div", "div1", "div2",
                        "div3", "div4", "div5", "div6", "div7", "lg", "list", "sp",
                        "floatingText", "quote", "cit", "titlePage", "listBibl", "castList",
                        "postscript", "letter"})
#: Elements whose content is not the document's text.
SKIP = frozenset({"teiHeader", "del", "fw", "figure", "figDesc", "graphic", "surplus",
                  "facsimile", "sourceDoc", "standOff", "gap", "metamark"})
#: In a <choice>, the reading an edition prints over the one it corrects.
CHOSEN_OVER = {"corr": "sic", "expan": "abbr", "reg": "orig"}
INSERTIONS = frozenset({"supplied", "add"})

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ROOT_START = re.compile(rb"<(?![?!])")


@hookimpl
def source_suffixes() -> tuple[str, ...]:
    return SUFFIXES


@hookimpl
def load_document(source: str, doc_id: str, config: Config) -> Document | None:
    """A .tei/.xml file as its TEI text; other files are left to other loaders."""
    if not source.lower().endswith(SUFFIXES):
        return None
    return load_tei(source, doc_id, config)


def load_tei(source: str, doc_id: str, config: Config) -> Document:
    data = read_source(source, "TEI file", config.option("tei_max_bytes", MAX_BYTES))
    root = parse(data, source)
    name = lxml.etree.QName(root).localname
    if name not in ("TEI", "teiCorpus"):
        raise LoadError(f"{source}: not a TEI document (its root element is <{name}>)")
    walker = _Walker()
    for text in root.iter(f"{{{TEI_NS}}}text", "text"):
        if _local(text.getparent()) in ("TEI", "teiCorpus") or text.getparent() is None:
            walker.walk(text)
    out = walker.layout.text()
    if not out.strip():
        raise LoadError(f"{source}: no text found in this TEI document (no <text> body)")
    meta: dict[str, object] = {"format": "tei", "source_map": walker.layout.source_map()}
    title = _title(root)
    if title:
        meta["title"] = title
    return Document(id=doc_id, text=out, path=source, meta=meta)


def parse(data: bytes, source: str) -> Any:
    """The root element, parsed safely, or a LoadError naming the file."""
    root_at = _ROOT_START.search(data)
    prolog = data[: root_at.start()] if root_at else data
    if _ENTITY_DECL.search(prolog):
        raise LoadError(f"{source}: declares XML entities in its DOCTYPE; refused (an entity "
                        "bomb can hide there): expand them before loading")
    parser = lxml.etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True,
                                  huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        return lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        where = f" at line {exc.lineno}" if getattr(exc, "lineno", None) else ""
        message = str(exc.msg if hasattr(exc, "msg") else exc).split(", line ")[0]
        if "Excessive depth" in message:  # libxml2's limit without XML_PARSE_HUGE
            raise LoadError(f"{source}: nested deeper than 255 elements{where}, beyond the "
                            "XML parser's limit") from None
        raise LoadError(f"{source}: malformed XML{where} ({message})") from None
    except (lxml.etree.LxmlError, ValueError) as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0]  # an empty message too
        raise LoadError(f"{source}: cannot parse XML ({first[:200]})") from None


def _local(el: Any) -> str:
    if el is None or not isinstance(el.tag, str):
        return ""
    return lxml.etree.QName(el).localname


def _title(root: Any) -> str | None:
    for el in root.iter(f"{{{TEI_NS}}}title", "title"):
        parent = el.getparent()
        if _local(parent) == "titleStmt":
            text = " ".join("".join(el.itertext()).split())
            if text:
                return text[:300]
    return None


class _Walker:
    """Writes a <text> element's blocks to a Layout, iteratively (no recursion limit)."""

    def __init__(self) -> None:
        self.layout = Layout()
        self.page: str | None = None
        self.buf: list[str] = []
        self.kind: list[str] = []
        self.line: int | None = None

    def where(self, line: int | None) -> str | None:
        parts = [f"p. {self.page}"] if self.page else []
        if line:
            parts.append(f"line {line}")
        return ", ".join(parts) or None

    def walk(self, top: Any) -> None:
        stack: list[tuple[Any, bool]] = [(top, False)]
        while stack:
            el, entered = stack.pop()
            if not isinstance(el.tag, str):
                self.inline(el.tail)
                continue
            name = _local(el)
            if entered:
                self.end(el, name)
                continue
            if name in SKIP or self.unchosen(el, name):
                self.inline(el.tail)
                continue
            if name == "pb":
                n = el.get("n")
                self.page = " ".join(n.split())[:40] if n else _next_page(self.page)
                self.inline(el.tail)
                continue
            if name in ("lb", "cb"):
                if el.get("break") != "no":
                    self.inline(" ")
                self.inline(el.tail)
                continue
            if name == "note":
                self.note(el)
                self.inline(el.tail)
                continue
            if name == "table":
                self.flush()
                self.layout.table(*_rows(el, _inline_text), where=self.where(el.sourceline))
                self.inline(el.tail)
                continue
            self.start(el, name)
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))

    def unchosen(self, el: Any, name: str) -> bool:
        """A <sic>, <abbr> or <orig> whose <choice> also holds the edition's reading."""
        parent = el.getparent()
        if parent is None or _local(parent) != "choice":
            return False
        return any(_local(sib) in CHOSEN_OVER and CHOSEN_OVER[_local(sib)] == name
                   for sib in parent)

    def start(self, el: Any, name: str) -> None:
        if name == "head":
            self.flush()
            self.kind.append("heading")
            self.line = el.sourceline
        elif name in PARAGRAPHS or name in CONTAINERS:
            self.flush()
            self.kind.append("item" if name == "item" else "p")
            self.line = el.sourceline
        elif name in INSERTIONS:
            self.inline("[")
        self.inline(el.text)

    def end(self, el: Any, name: str) -> None:
        if name == "head" or name in PARAGRAPHS or name in CONTAINERS:
            self.flush()
            if self.kind:
                self.kind.pop()
        elif name in INSERTIONS:
            self.inline("]")
        self.inline(el.tail)

    def inline(self, text: str | None) -> None:
        if text:
            self.buf.append(text)

    def flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        if not text.strip():
            return
        kind = self.kind[-1] if self.kind else "p"
        where = self.where(self.line)
        if kind == "heading":
            self.layout.heading(text, where)
        else:
            self.layout.paragraph(text, where, prefix="- " if kind == "item" else "")

    def note(self, el: Any) -> None:
        text = _inline_text(el)
        if text.strip():
            self.inline(self.layout.note(text, where=self.where(el.sourceline)))


def _next_page(page: str | None) -> str | None:
    return str(int(page) + 1) if page and page.isdigit() else page


def _inline_text(top: Any) -> str:
    """An element's text as read inline: readings chosen, deletions dropped, insertions
    bracketed; a note inside it is left out (it is the note's own text we want)."""
    out: list[str] = []
    stack: list[tuple[Any, bool]] = [(top, False)]
    while stack:
        el, entered = stack.pop()
        name = _local(el)
        if entered:
            if name in INSERTIONS:
                out.append("]")
            if el is not top and el.tail:
                out.append(el.tail)
            continue
        if not isinstance(el.tag, str) or name in SKIP or (el is not top and name == "note"):
            if el is not top and el.tail:
                out.append(el.tail)
            continue
        parent = el.getparent()
        if parent is not None and _local(parent) == "choice" and any(
                CHOSEN_OVER.get(_local(s)) == name for s in parent):
            if el.tail:
                out.append(el.tail)
            continue
        if name in ("lb", "cb"):
            out.append("" if el.get("break") == "no" else " ")
        if name in INSERTIONS:
            out.append("[")
        if el.text:
            out.append(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    return "".join(out)


def _rows(el: Any, cell_text: Any) -> tuple[list[list[str]], bool]:
    rows: list[list[str]] = []
    header = False
    for row in el:
        if _local(row) != "row":
            continue
        cells = [c for c in row if _local(c) == "cell"]
        if not rows:
            header = row.get("role") == "label" or (bool(cells) and all(
                c.get("role") == "label" for c in cells))
        rows.append([cell_text(c) for c in cells])
    return rows, header
