"""Built-in loader: plain text and Markdown files.

It runs last (``trylast``) so that a plugin for PDF, DOCX or TEI can claim its files
first. Decoding is strict: a document that is not text is refused with the byte offset
where it stops being text, because a report built on mojibake would mislead.
"""

from __future__ import annotations

import codecs
import os
import re
import stat

from claimcheck.plugin import Config, Document, LoadError

#: Files larger than this are refused rather than read into memory by surprise.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_MD_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_NEWLINES = re.compile(r"\r\n?")
_CHUNK = 1 << 20
_MB = 1 << 20
#: Open without waiting for a FIFO's writer, and never adopt a terminal (POSIX only).
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOCTTY = getattr(os, "O_NOCTTY", 0)


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
    """The file's bytes, or a LoadError naming the file and what is wrong with it.

    Only a regular file is read: a FIFO would block until a writer came, and a device
    (``/dev/zero``, or a link to it) would be read until memory ran out. The file is
    opened without blocking and checked on the open descriptor, so nothing can swap it
    between the check and the read. The size limit is enforced while reading, in
    chunks, so a file that grows (or a /proc file that reports no size) stops there.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _NOCTTY)
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except (IsADirectoryError, PermissionError):
        if os.path.isdir(path):  # Windows will not open a directory at all
            raise LoadError(f"{path}: is a directory, not a file") from None
        raise LoadError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LoadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(f"{path}: is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(f"{path}: not a regular file ({_file_type(info.st_mode)})")
        if info.st_size > max_bytes:
            raise LoadError(f"{path}: larger than the limit of {_size(max_bytes)}")
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, _CHUNK)
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > max_bytes:
                raise LoadError(f"{path}: larger than the limit of {_size(max_bytes)}")
            chunks.append(chunk)
    except OSError as exc:
        raise LoadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _size(n: int) -> str:
    """A byte count as the user thinks of it: "256 MB", "1.5 MB", "10 bytes"."""
    if n >= _MB:
        return f"{n / _MB:g} MB"
    return f"{n:,} bytes"


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "a special file"


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
    problem = encoding_problem(encoding)
    if problem:
        raise LoadError(f"{name}: {problem}")
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


def encoding_problem(encoding: str) -> str | None:
    """Why ``encoding`` cannot decode a text (unknown, or a bytes-to-bytes codec such as
    base64 or rot13), or None when it can."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return f"unknown encoding {encoding!r}"
    if not getattr(info, "_is_text_encoding", True):
        return f"{encoding!r} is not a text encoding"
    return None


def _refuse_binary(data: bytes, name: str) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise LoadError(f"{name}: binary file (NUL byte at offset {nul})")
    head = data[:8192]
    controls = [i for i, byte in enumerate(head) if byte in _CONTROL]
    if head and len(controls) > max(8, len(head) // 20):
        raise LoadError(f"{name}: binary file (control byte at offset {controls[0]})")
