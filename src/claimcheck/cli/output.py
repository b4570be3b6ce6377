"""Where a command's output goes: the terminal (colour only there), a progress bar, or a
file written atomically (a report appears whole or not at all)."""

from __future__ import annotations

import os
import sys
import tempfile
from typing import Any

import click

from claimcheck.errors import ClaimcheckError


def want_colour(output: str | None, stream: Any = None) -> bool:
    """Colour by default only for a terminal, and never when NO_COLOR is set (no-color.org)."""
    stream = stream if stream is not None else sys.stdout
    return output is None and isatty(stream) and not os.environ.get("NO_COLOR")


def isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class ProgressBar:
    """``[#######.......] 3/7 name.txt`` on one line of stderr, redrawn in place."""

    def __init__(self, stream: Any, width: int = 28) -> None:
        self.stream = stream
        self.width = width
        self.drawn = 0

    def __call__(self, done: int, total: int, source: str) -> None:
        filled = self.width * done // max(total, 1)
        name = os.path.basename(source)[:40]
        line = f"claimcheck [{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} {name}"
        self.stream.write("\r" + line.ljust(self.drawn))
        self.stream.flush()
        self.drawn = len(line)

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * self.drawn + "\r")
            self.stream.flush()
            self.drawn = 0


def emit(text: str, output: str | None) -> None:
    if output is None:
        # color=True: the renderer already decided; click must not strip what it chose
        click.echo(text, nl=False, color=True)
        return
    write_atomically(output, text)


def write_atomically(path: str, text: str) -> None:
    """Write to a temporary file beside ``path`` and rename it over: never half a file."""
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise ClaimcheckError(f"{path}: directory {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=".claimcheck-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ClaimcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise
