"""Built-in loader: plain text and Markdown files.

It runs last (``trylast``) so that a plugin for PDF, DOCX or TEI can claim its files
first. Decoding is strict: a document that is not text is refused with the byte offset
where it stops being text, because a report built on mojibake would mislead.
"""

from __future__ import annotations

import codecs
import os
import re

from claimcheck.plugin import Config, Document, LoadError

#: Files larger than this are refused rather than read into memory by surprise.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_MD_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_NEWLINES = re.compile(r"\r\n?")


def load_document(source: str, doc_id: str, config: Config) -> Document | None:
    data = read_bytes(source, max_bytes=config.option("max_bytes", DEFAULT_MAX_BYTES))
    text = decode(data, source, config.encoding)
    meta: dict[str, str] = {}
    if source.lower().endswith((".md", ".markdown")):
        meta["format"] = "markdown"
        match = _MD_TITLE.search(text)
        if match:
            meta["title"] = match.group(1).strip()
    else:
        meta["format"] = "text"
    return Document(id=doc_id, text=text, path=source, meta=meta)


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or a LoadError naming the file and what is wrong with it."""
    if os.path.isdir(path):
        raise LoadError(f"{path}: is a directory, not a file")
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise LoadError(f"{path}: {size:,} bytes is larger than the limit of {max_bytes:,}")
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LoadError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode strictly and normalise newlines to "\\n"; refuse binary data.

    Without ``encoding``, UTF-8 with or without a byte-order mark. UTF-16 files are
    recognised by their BOM. Binary is a NUL byte or a run of control characters.
    """
    if encoding is None and data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    if encoding is None:
        _refuse_binary(data, name)
        encoding = "utf-8-sig"
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise LoadError(f"{name}: unknown encoding {encoding!r}") from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = "" if encoding not in ("utf-8-sig", "utf-8") else " (try --encoding)"
        raise LoadError(
            f"{name}: not valid {exc.encoding} at byte offset {exc.start}{hint}"
        ) from None
    if "\x00" in text:
        raise LoadError(f"{name}: binary file (NUL character at offset {text.index(chr(0))})")
    return _NEWLINES.sub("\n", text)


def _refuse_binary(data: bytes, name: str) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise LoadError(f"{name}: binary file (NUL byte at offset {nul})")
    head = data[:8192]
    controls = [i for i, byte in enumerate(head) if byte in _CONTROL]
    if head and len(controls) > max(8, len(head) // 20):
        raise LoadError(f"{name}: binary file (control byte at offset {controls[0]})")
