"""Where a command's output goes: the terminal (colour only there), a progress bar, or a
file written atomically (a report appears whole or not at all).

``-o PATH`` never costs the user a file: a path that is one of the run's inputs is refused
before anything is read; a regular file (or nothing) is replaced by renaming a finished
temporary file over it, with the mode a new file gets from the umask or the mode the old
report had; a character device or a pipe (``/dev/null``, ``/dev/stdout``, a FIFO) is
written through, never replaced; anything else (a directory, a socket, a block device)
is refused. A temporary file is removed when the write fails or SIGTERM/SIGINT/SIGHUP
arrives during it; one left by a process killed outright (SIGKILL, a crash) is removed by
a later write into the same directory once it is stale (see ``remove_stale_temps``).

A report on stdout is stdout's only content: while a command decorated with
``report_on_stdout`` runs, whatever plugins print (at import, in hooks, in renderers)
goes to stderr, and ``emit`` writes the report to the stdout the command started with.
"""

from __future__ import annotations

import functools
import os
import re
import secrets
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, redirect_stdout, suppress
from typing import Any, TypeVar

import click

from claimcheck.errors import ClaimcheckError


def want_colour(output: str | None, stream: Any = None) -> bool:
    """Colour by default only for a terminal, and never when NO_COLOR is set (no-color.org)."""
    stream = stream if stream is not None else report_stream()
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


_Command = TypeVar("_Command", bound=Callable[..., Any])

#: The stdout each running ``report_on_stdout`` command started with (innermost last).
_REPORT_STREAMS: list[Any] = []


def report_on_stdout(command: _Command) -> _Command:
    """Run ``command`` with ``sys.stdout`` sent to stderr, keeping the real stdout for
    ``emit``: a plugin or renderer that prints (a debugging line, a progress message)
    must not corrupt a JSON or CSV report a script reads from stdout. Only what goes
    through ``sys.stdout`` is moved; a write straight to file descriptor 1 is not."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        _REPORT_STREAMS.append(sys.stdout)
        try:
            with redirect_stdout(sys.stderr):
                return command(*args, **kwargs)
        finally:
            _REPORT_STREAMS.pop()

    return run  # type: ignore[return-value]


def report_stream() -> Any:
    """Where a report on stdout goes: the stdout of the running ``report_on_stdout``
    command (even while ``sys.stdout`` is sent to stderr), else ``sys.stdout``."""
    return _REPORT_STREAMS[-1] if _REPORT_STREAMS else sys.stdout


def emit(text: str | bytes | Iterable[str], output: str | None) -> None:
    """The report to ``output`` (written atomically), or to ``report_stream()``. Its text
    may come in pieces (``registry.render_pieces``), each written as it comes.

    A binary report (bytes: an SQLite database) goes to stdout only when stdout is not a
    terminal (``> findings.db``, a pipe); on a terminal it is a one-line error asking for
    ``-o``."""
    if isinstance(text, bytes):
        if output is None:
            refuse_binary_on_terminal(True, None)
            stream = report_stream()
            stream.flush()
            target = getattr(stream, "buffer", stream)
            target.write(text)
            target.flush()
            return
        write_atomically(output, text)
        return
    if output is None:
        # color=True: the renderer already decided; click must not strip what it chose
        stream = report_stream()
        for piece in (text,) if isinstance(text, str) else _gathered(text):
            click.echo(piece, nl=False, color=True, file=stream)
        return
    write_atomically(output, text)


def refuse_binary_on_terminal(binary: bool, output: str | None) -> None:
    """A binary format (a database file) with no ``-o`` and stdout a terminal is a
    one-line error: checked before a run, so that no work is wasted on a report that
    cannot be shown."""
    if binary and output is None and isatty(report_stream()):
        raise ClaimcheckError("this format is binary: write it to a file with -o PATH")


# -- never over an input -----------------------------------------------------------------


def refuse_overwriting_inputs(output: str | None, inputs: Iterable[str | None]) -> None:
    """Raise when ``output`` is the same regular file as one of ``inputs``, or is
    something a report is never written to (a directory, a socket, a block device).

    The same file however it is named: ``a.txt``, ``./a.txt``, a symbolic link to it, a
    hard link to it, ``/dev/stdout`` redirected to it (one device and inode). Devices and
    pipes are never refused (``/dev/null`` may be read and written in one run).
    """
    if output is None:
        return
    try:
        target = os.stat(output)
    except OSError:
        return  # nothing there yet, so no input can be it (or the write will say why not)
    if not stat.S_ISREG(target.st_mode):
        if not (stat.S_ISCHR(target.st_mode) or stat.S_ISFIFO(target.st_mode)):
            # a directory, a socket: refused now, in one line, not after the whole run
            raise ClaimcheckError(f"{output}: is {_kind(target.st_mode)}, not a file; not "
                                  f"writing the report there")
        return
    for source in inputs:
        if source is None:
            continue
        try:
            found = os.stat(source)
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino):
            raise ClaimcheckError(
                f"{output}: is the input {source}; refusing to write the report over it")


# -- writing a report --------------------------------------------------------------------

#: Our temporary files: ``.claimcheck-<pid>-<random>.tmp`` beside the report (before
#: this naming: ``.claimcheck-<random>.tmp``, without the pid).
TEMP_PREFIX = ".claimcheck-"
TEMP_SUFFIX = ".tmp"
_TEMP_NAME = re.compile(r"\.claimcheck-(?:(\d+)-)?[A-Za-z0-9_]+\.tmp")

#: A temporary file of ours this old (seconds), whose process is gone, is left over from a
#: killed run and removed by the next write into its directory.
STALE_AFTER = 600.0

#: A path naming an open file descriptor: /proc/self/fd/1 (also reached through
#: /dev/stdout and /dev/fd/1). Writing there writes to what the descriptor refers to.
_FD_PATH = re.compile(r"/proc/(?:self|thread-self|\d+)(?:/task/\d+)?/fd/\d+")

_CLEANUP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP")
                         if hasattr(signal, name))


def write_atomically(path: str, text: str | bytes | Iterable[str]) -> None:
    """Write ``text`` (a report's text, whole or in pieces, written as UTF-8, or a binary
    report's bytes) to ``path`` so that no reader sees half of it and nothing is lost:
    a text in pieces that fails half-way (a renderer that raises) leaves the old file.

    A regular file (or nothing yet) is replaced by renaming a finished temporary file
    beside it over it (through a symbolic link: over the file the link names, so the link
    stays); a character device or a pipe is written through; anything else is refused
    with a one-line ClaimcheckError.
    """
    data: str | bytes | Iterable[str]
    if isinstance(text, str):
        data = text  # encoded a slice at a time as it is written (_pieces)
    elif isinstance(text, (bytes, bytearray)):
        data = bytes(text)
    elif isinstance(text, Iterable):
        data = text  # pieces of text, encoded as they come (_pieces)
    else:
        raise TypeError(f"a report is text or bytes, not {type(text).__name__}")
    if _names_open_descriptor(path):
        _write_through(path, data, append=True)
        return
    try:
        existing: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise ClaimcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
    if existing is not None:
        mode = existing.st_mode
        if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
            _write_through(path, data, append=False)
            return
        if not stat.S_ISREG(mode):
            raise ClaimcheckError(f"{path}: is {_kind(mode)}, not a file; not writing the "
                                  f"report there")
    target = os.path.realpath(path)
    directory = os.path.dirname(target)
    if not os.path.isdir(directory):
        raise ClaimcheckError(f"{path}: directory {directory} does not exist")
    _replace(path, target, data, existing)


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


def _names_open_descriptor(path: str) -> bool:
    """Whether ``path`` leads, link by link, to /proc/<pid>/fd/<n> (``/dev/stdout``)."""
    here = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on links followed
        parent = os.path.realpath(os.path.dirname(here))
        here = os.path.join(parent, os.path.basename(here))
        if _FD_PATH.fullmatch(here):
            return True
        try:
            link = os.readlink(here)
        except OSError:  # not a link (or gone): no descriptor at the end of it
            return False
        here = os.path.normpath(os.path.join(parent, link))
    return False


#: How many characters of a report's text are encoded at a time: encoding the whole
#: text at once held a second copy of the report (279 MB for two documents of 8 MB).
ENCODE_CHARS = 1 << 20


def _pieces(data: str | bytes | Iterable[str]) -> Iterator[bytes]:
    """The report's bytes in pieces: a text is encoded a slice at a time (UTF-8 encodes
    each character on its own, so the pieces join to the whole text's encoding); a text
    in pieces (a renderer's stream, a line at a time) is gathered into slices of about
    ENCODE_CHARS and each encoded as it fills."""
    if isinstance(data, bytes):
        yield data
        return
    if isinstance(data, str):
        for start in range(0, len(data), ENCODE_CHARS):
            yield data[start:start + ENCODE_CHARS].encode("utf-8")
        return
    for text in _gathered(data):
        yield text.encode("utf-8")


def _gathered(pieces: Iterable[str]) -> Iterator[str]:
    """Pieces of text joined into slices of about ENCODE_CHARS: a report streamed a line
    at a time is written in few large writes, not millions of small ones."""
    gathered: list[str] = []
    size = 0
    for piece in pieces:
        gathered.append(piece)
        size += len(piece)
        if size >= ENCODE_CHARS:
            yield "".join(gathered)
            gathered, size = [], 0
    if gathered:
        yield "".join(gathered)


def _write_through(path: str, data: str | bytes | Iterable[str], *, append: bool) -> None:
    """Write to a device, a pipe or an inherited descriptor in place; never rename over
    it. A descriptor's file is appended to (``>>`` keeps what was there)."""
    flags = os.O_WRONLY | getattr(os, "O_CLOEXEC", 0) | (os.O_APPEND if append else 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ClaimcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        for piece in _pieces(data):
            view = memoryview(piece)
            while view:
                view = view[os.write(fd, view):]
    except BrokenPipeError:
        raise  # the reader went away, as on stdout: the CLI treats it the same way
    except OSError as exc:
        raise ClaimcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _replace(path: str, target: str, data: str | bytes | Iterable[str],
             existing: os.stat_result | None) -> None:
    """Write ``data`` to a new temporary file beside ``target`` and rename it over."""
    directory = os.path.dirname(target)
    remove_stale_temps(directory)
    created: list[str] = []  # the temporary file's name, known before it exists
    with _removing_on_signals(path):
        try:
            fd = _create_temp(directory, existing, created)
            with os.fdopen(fd, "wb") as handle:
                if existing is not None:
                    _keep_owner_and_mode(handle.fileno(), existing)
                for piece in _pieces(data):
                    handle.write(piece)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(created[0], target)
            created.clear()
        except BaseException as exc:
            for name in created:
                with suppress(FileNotFoundError):
                    os.unlink(name)
            if isinstance(exc, OSError):
                raise ClaimcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
            raise


def _create_temp(directory: str, existing: os.stat_result | None, created: list[str]) -> int:
    """Create a temporary file of ours in ``directory``, its name put in ``created`` before
    it exists (so that an interruption at any point can remove it); its descriptor.

    A new report is created with mode 0666 less the umask, like any new file; a report
    that replaces another starts private (0600) and takes the old one's mode before it
    is renamed.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    mode = 0o666 if existing is None else 0o600
    for _ in range(100):
        name = os.path.join(directory, f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(6)}"
                                       f"{TEMP_SUFFIX}")
        created.append(name)
        try:
            return os.open(name, flags, mode)
        except FileExistsError:
            created.remove(name)  # someone else's: never ours to remove
    raise FileExistsError(f"no free temporary file name in {directory}")


def _keep_owner_and_mode(fd: int, existing: os.stat_result) -> None:
    """The replacement keeps the old report's owner (where we may set it) and its mode."""
    if hasattr(os, "fchown") and (existing.st_uid, existing.st_gid) != (os.getuid(),
                                                                          os.getgid()):
        with suppress(OSError):  # not ours to give away: the new report is ours
            os.fchown(fd, existing.st_uid, existing.st_gid)
    os.fchmod(fd, stat.S_IMODE(existing.st_mode))


class _Interrupted(BaseException):
    """Raised by our signal handler inside a write, to unwind it (and its cleanup)."""


@contextmanager
def _removing_on_signals(path: str) -> Iterator[None]:
    """For the duration of a write, SIGTERM, SIGINT and SIGHUP raise inside it, so that
    the temporary file is removed; then the signal is delivered again under the handler
    the process had before (by default SIGTERM ends the process, SIGINT raises
    KeyboardInterrupt). Should that handler return, the write fails with a one-line
    error. A signal the process ignores stays ignored. Only the main thread can set
    handlers; elsewhere the write goes ahead without them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}
    armed = [True]
    caught: list[int] = []

    def handler(signum: int, frame: Any) -> None:
        if caught:
            return  # one is enough; a second while cleaning up must not stop the cleanup
        caught.append(signum)
        if armed[0]:
            raise _Interrupted(signum)

    interrupted = False
    try:
        for signum in _CLEANUP_SIGNALS:
            old = signal.getsignal(signum)
            if old in (signal.SIG_IGN, None):
                continue  # ignored (nohup), or set outside Python: leave it be
            previous[signum] = old
            signal.signal(signum, handler)
        yield
    except _Interrupted:
        interrupted = True
    finally:
        armed[0] = False
        _restore(previous)
    if caught:
        os.kill(os.getpid(), caught[0])  # again, under the old handler
    if interrupted:
        name = signal.Signals(caught[0]).name
        raise ClaimcheckError(f"{path}: interrupted by {name}; the report was not written")


def _restore(previous: dict[int, Any]) -> None:
    for signum, old in previous.items():
        signal.signal(signum, old)


def remove_stale_temps(directory: str, *, now: float | None = None,
                       older_than: float = STALE_AFTER) -> list[str]:
    """Remove temporary files a killed run of ours left in ``directory``; their paths.

    Only files named like ours, regular, owned by this user, untouched for ``older_than``
    seconds and, where the name holds a process id, whose process is gone: a run still
    writing (here, or on another machine sharing the directory) is never disturbed.
    """
    now = time.time() if now is None else now
    try:
        names = [n for n in os.listdir(directory) if n.startswith(TEMP_PREFIX)]
    except OSError:
        return []
    uid = os.getuid() if hasattr(os, "getuid") else None
    removed = []
    for name in names:
        match = _TEMP_NAME.fullmatch(name)
        if match is None:
            continue
        path = os.path.join(directory, name)
        try:
            found = os.lstat(path)
        except OSError:
            continue
        if not stat.S_ISREG(found.st_mode) or (uid is not None and found.st_uid != uid):
            continue
        if now - found.st_mtime < older_than:
            continue
        if match.group(1) is not None and _alive(int(match.group(1))):
            continue
        try:
            os.unlink(path)
        except OSError:
            continue
        removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if not 0 < pid < 2**22:  # beyond any pid_max: no process of this machine
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # there, but another user's
    return True
