"""claimcheck-docx: read a Word .docx file as its text, with its structure kept.

Install with ``pip install claimcheck[docx]``. The body's paragraphs, headings (by their
style, whatever the language of Word that named it, or their outline level), list items,
tables and the footnotes and endnotes they call are written the way claimcheck's
segmenter reads structure (``claimcheck.plugin.Layout``): "# " headings, one line a
paragraph, "- " items, pipe tables, "[n]" markers with the notes under "Notes" at the
end. Tracked insertions are read, tracked deletions and field codes are not.
``meta["source_map"]`` cites "paragraph 12", "table 2", "footnote 3" of the source.

The package is read with ``zipfile`` and lxml directly rather than through python-docx:
python-docx does not read footnotes, and reading the parts ourselves lets every part's
size be bounded while it is decompressed (a ZIP bomb stops at the limit) and entity
expansion be refused. Every failure is one LoadError naming the file.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from typing import Any

import lxml.etree

from claimcheck.plugin import Config, Document, Layout, LoadError, hookimpl, read_source

__version__ = "0.1.0"

SUFFIXES = (".docx", ".docm")
#: A .docx larger than this is refused (option ``docx_max_bytes``) ...
MAX_BYTES = 64 * 1024 * 1024
#: ... and so is any part of it that decompresses to more than this (a ZIP bomb).
MAX_PART_BYTES = 256 * 1024 * 1024

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_W = f"{{{W}}}"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADING_STYLE = re.compile(r"(?i)(?:heading|title|subtitle)\s*\d*\Z")
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


@hookimpl
def source_suffixes() -> tuple[str, ...]:
    return SUFFIXES


@hookimpl
def load_document(source: str, doc_id: str, config: Config) -> Document | None:
    """A .docx file as its text; other files are left to other loaders."""
    if not source.lower().endswith(SUFFIXES):
        return None
    return load_docx(source, doc_id, config)


def load_docx(source: str, doc_id: str, config: Config) -> Document:
    data = read_source(source, "DOCX file", config.option("docx_max_bytes", MAX_BYTES))
    if data.startswith(_OLE):
        raise LoadError(f"{source}: an encrypted (password-protected) or old binary Word "
                        "file, not a .docx: save it unprotected as .docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise LoadError(f"{source}: not a DOCX file (a broken or truncated ZIP archive)") \
            from None
    package = _Package(archive, source, config.option("docx_max_part_bytes", MAX_PART_BYTES))
    with archive:
        main = package.main_part()
        body = package.xml(main).find(f"{_W}body")
        if body is None:
            raise LoadError(f"{source}: not a DOCX file (its main part has no body)")
        rels = package.relations(main)
        styles = _styles(package.xml(rels["styles"])) if "styles" in rels else ({}, set())
        notes = {}
        for kind in ("footnotes", "endnotes"):
            if kind in rels:
                notes[kind] = _notes(package.xml(rels[kind]), kind[:-1])
        title = package.title()
    reader = _Reader(styles, notes)
    reader.body(body)
    text = reader.layout.text()
    if not text.strip():
        raise LoadError(f"{source}: no text found in this DOCX file")
    meta: dict[str, object] = {"format": "docx", "source_map": reader.layout.source_map()}
    if title or reader.first_heading:
        meta["title"] = title or reader.first_heading
    return Document(id=doc_id, text=text, path=source, meta=meta)


class _Package:
    """The parts of a .docx: found through its relationships, read with a size bound."""

    def __init__(self, archive: zipfile.ZipFile, source: str, max_part: int) -> None:
        self.archive = archive
        self.names = set(archive.namelist())  # the package's parts, listed once
        self.source = source
        self.max_part = max_part

    def read(self, name: str) -> bytes:
        try:
            info = self.archive.getinfo(name)
        except KeyError:
            raise LoadError(f"{self.source}: not a DOCX file (no part {name})") from None
        if info.flag_bits & 0x1:
            raise LoadError(f"{self.source}: an encrypted ZIP archive, not a .docx")
        if info.file_size > self.max_part:
            raise LoadError(f"{self.source}: part {name} decompresses to more than "
                            f"{self.max_part >> 20} MB (a ZIP bomb?)")
        try:
            with self.archive.open(info) as f:
                data = f.read(self.max_part + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise LoadError(f"{self.source}: broken ZIP archive ({_line(exc)})") from None
        if len(data) > self.max_part:
            raise LoadError(f"{self.source}: part {name} decompresses to more than "
                            f"{self.max_part >> 20} MB (a ZIP bomb?)")
        return data

    def xml(self, name: str) -> Any:
        data = self.read(name)
        if _DOCTYPE.search(data[:4096]):
            raise LoadError(f"{self.source}: part {name} has a DOCTYPE, which no Word file "
                            "has; refused (an entity bomb can hide there)")
        parser = lxml.etree.XMLParser(resolve_entities=False, load_dtd=False,
                                      no_network=True, huge_tree=False)
        try:
            return lxml.etree.fromstring(data, parser=parser)
        except lxml.etree.XMLSyntaxError as exc:
            raise LoadError(f"{self.source}: malformed XML in {name} at line {exc.lineno}"
                            ) from None

    def main_part(self) -> str:
        """The main document part, named by the package's relationships."""
        names = self.names
        if "_rels/.rels" in names:
            for rel in self.xml("_rels/.rels").iter(f"{{{REL}}}Relationship"):
                if (rel.get("Type") or "").endswith("/officeDocument"):
                    target = (rel.get("Target") or "").lstrip("/")
                    if target in names:
                        return target
        if "word/document.xml" in names:
            return "word/document.xml"
        raise LoadError(f"{self.source}: not a DOCX file (no word/document.xml)")

    def relations(self, part: str) -> dict[str, str]:
        """Relationship kind ("styles", "footnotes") -> part name, for ``part``."""
        folder, name = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", f"{name}.rels")
        if rels_name not in self.names:
            return {}
        out: dict[str, str] = {}
        for rel in self.xml(rels_name).iter(f"{{{REL}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target") or ""))
            if target in self.names:
                out.setdefault(kind, target)
        return out

    def title(self) -> str | None:
        if "docProps/core.xml" not in self.names:
            return None
        for el in self.xml("docProps/core.xml").iter("{http://purl.org/dc/elements/1.1/}title"):
            text = " ".join((el.text or "").split())
            if text:
                return text[:300]
        return None


def _line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def _styles(root: Any) -> tuple[dict[str, int], set[str]]:
    """Style id -> heading level (0 for a title), for the paragraph styles that are
    headings: by the style's name ("heading 1", which Word keeps in English whatever the
    language of its interface) or by its outline level; and the ids of list styles (a
    style that numbers its paragraphs, "List Bullet")."""
    out: dict[str, int] = {}
    lists: set[str] = set()
    for style in root.iter(f"{_W}style"):
        if style.get(f"{_W}type") not in (None, "paragraph"):
            continue
        sid = style.get(f"{_W}styleId")
        name_el = style.find(f"{_W}name")
        name = (name_el.get(f"{_W}val") if name_el is not None else "") or ""
        level = style.find(f"{_W}pPr/{_W}outlineLvl")
        if sid and style.find(f"{_W}pPr/{_W}numPr") is not None:
            lists.add(sid)
        if sid and _HEADING_STYLE.match(name.strip()):
            digits = re.sub(r"\D", "", name)
            out[sid] = int(digits) if digits else 0
        elif sid and level is not None and (level.get(f"{_W}val") or "").isdigit():
            value = int(level.get(f"{_W}val"))
            if value < 9:
                out[sid] = value + 1
    return out, lists


def _notes(root: Any, kind: str) -> dict[str, str]:
    """Note id -> its text, for the real notes of a footnotes or endnotes part."""
    out: dict[str, str] = {}
    for note in root.iter(f"{_W}{kind}"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator",
                                     "continuationNotice"):
            continue
        nid = note.get(f"{_W}id")
        if nid is not None:
            out[nid] = " ".join(_paragraph_text(p, None) for p in note.iter(f"{_W}p"))
    return out


_SKIP = frozenset({f"{_W}delText", f"{_W}instrText", f"{_W}del", f"{_W}moveFrom",
                   f"{_W}fldChar",
                   f"{{{MC}}}Fallback", f"{_W}footnoteRef", f"{_W}endnoteRef",
                   f"{_W}rPr", f"{_W}pPr", f"{_W}txbxContent", f"{_W}sectPr"})


def _paragraph_text(p: Any, on_note: Any) -> str:
    """A paragraph's text in reading order: tracked deletions, field codes, the fallback
    copy of drawings and the text boxes anchored in it left out; a note reference becomes
    ``on_note(kind, id)``'s marker."""
    out: list[str] = []
    stack = [p]
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == f"{_W}t":
            out.append(el.text or "")
        elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            out.append(" ")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
        elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
            if on_note is not None:
                kind = "footnote" if tag == f"{_W}footnoteReference" else "endnote"
                out.append(on_note(kind, el.get(f"{_W}id") or ""))
        else:
            stack.extend(reversed(el))
    return "".join(out)


class _Reader:
    """Writes the body's blocks to a Layout."""

    def __init__(self, styles: tuple[dict[str, int], set[str]],
                 notes: dict[str, dict[str, str]]) -> None:
        self.layout = Layout()
        self.styles, self.list_styles = styles
        self.notes = notes
        self.paragraphs = 0
        self.tables = 0
        self.first_heading: str | None = None
        self.called: dict[tuple[str, str], str] = {}

    def body(self, body: Any) -> None:
        stack = list(reversed(body))
        while stack:
            el = stack.pop()
            if el.tag == f"{_W}p":
                self.paragraph(el)
            elif el.tag == f"{_W}tbl":
                self.table(el)
            elif el.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins",
                            f"{_W}smartTag"):
                stack.extend(reversed(el))

    def paragraph(self, p: Any) -> None:
        self.paragraphs += 1
        where = f"paragraph {self.paragraphs}"
        text = _paragraph_text(p, self.note)
        ppr = p.find(f"{_W}pPr")
        style_el = ppr.find(f"{_W}pStyle") if ppr is not None else None
        style = (style_el.get(f"{_W}val") or "") if style_el is not None else ""
        level = self.styles.get(style)
        outline = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
        if level is None and outline is not None and (outline.get(f"{_W}val") or "") in \
                set("012345678"):
            level = int(outline.get(f"{_W}val")) + 1
        if level is not None:
            if self.first_heading is None and text.strip():
                self.first_heading = " ".join(text.split())[:300]
            self.layout.heading(text, where)
        elif style in self.list_styles or (ppr is not None and
                                           ppr.find(f"{_W}numPr") is not None):
            self.layout.paragraph(text, where, prefix="- ")
        else:
            self.layout.paragraph(text, where)

    def table(self, tbl: Any) -> None:
        self.tables += 1
        rows: list[list[str]] = []
        header = False
        for i, tr in enumerate(tbl.iterchildren(f"{_W}tr")):
            if i == 0:
                header = tr.find(f"{_W}trPr/{_W}tblHeader") is not None
            row = []
            for tc in tr.iterchildren(f"{_W}tc"):
                row.append(" ".join(_paragraph_text(p, self.note) for p in tc.iter(f"{_W}p")))
            rows.append(row)
        self.layout.table(rows, header, where=f"table {self.tables}")

    def note(self, kind: str, nid: str) -> str:
        """The marker of a footnote or endnote called here (its text kept for the end)."""
        key = (kind, nid)
        if key in self.called:
            return self.called[key]
        text = self.notes.get(f"{kind}s", {}).get(nid)
        if not text or not text.strip():
            return ""
        marker = self.layout.note(text, where=f"{kind} {nid}")
        self.called[key] = marker
        return marker
