"""Reading the files a user names beside the sources: settings, alias files, allow-lists.

Each failure is one ClaimcheckError that names the file and says what is wrong with it
(missing, a directory, a pipe or a device, unreadable, not UTF-8, not valid TOML), so
that a mistake in the user's own file is never reported as a crash or blamed on a plugin.
Only regular files are read: a FIFO would block until a writer came, and ``/dev/zero``
would be read until memory ran out.
"""

from __future__ import annotations

import os
import stat
import sys
from typing import Any

from claimcheck.errors import ClaimcheckError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

#: A settings, alias or lexicon file larger than this is refused, not read.
MAX_BYTES = 64 * 1024 * 1024

_CHUNK = 1 << 20
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once instead of waiting
_NOCTTY = getattr(os, "O_NOCTTY", 0)


def read_bytes(path: str | os.PathLike[str], what: str = "file",
               max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, checked on the open descriptor, the size limit kept
    while reading; ``what`` names the file's role in errors ("no such alias file")."""
    name = os.fspath(path)
    try:
        fd = os.open(name, os.O_RDONLY | _NONBLOCK | _NOCTTY)
    except FileNotFoundError:
        raise ClaimcheckError(f"{name}: no such {what}") from None
    except (IsADirectoryError, PermissionError):
        if os.path.isdir(name):
            raise ClaimcheckError(f"{name}: is a directory, not a {what}") from None
        raise ClaimcheckError(f"{name}: permission denied") from None
    except OSError as exc:
        raise ClaimcheckError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ClaimcheckError(f"{name}: is a directory, not a {what}")
        if not stat.S_ISREG(mode):
            raise ClaimcheckError(f"{name}: not a regular file")
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, _CHUNK):
            total += len(chunk)
            if total > max_bytes:
                raise ClaimcheckError(
                    f"{name}: larger than the limit of {max_bytes // (1 << 20)} MB")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise ClaimcheckError(f"{name}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def read_text(path: str | os.PathLike[str], what: str = "file") -> str:
    """A regular file's text, strict UTF-8 (a byte-order mark allowed)."""
    data = read_bytes(path, what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ClaimcheckError(
            f"{os.fspath(path)}: not valid UTF-8 at byte offset {exc.start}") from None


def read_toml(path: str | os.PathLike[str], what: str = "file") -> dict[str, Any]:
    """A TOML file's tables; a syntax error names the file, the line and the column."""
    text = read_text(path, what)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ClaimcheckError(f"{os.fspath(path)}: not valid TOML ({exc})") from None


def type_name(value: object) -> str:
    """How a TOML value's type reads in an error: "a number", "a string", "a table"."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"
