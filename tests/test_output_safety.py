"""``-o`` never costs the user a file (issue 15, "Data loss and broken output", "Files
written"): never over an input, never over a device, a pipe or a directory, never a
stale temporary file, never a report with a mode the umask did not give it; JSON
reports are strict JSON; a renderer that returns no text is an error."""

from __future__ import annotations

import json
import math
import os
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import tty
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck import Claim, Config, Document, Finding, Quantity, Report
from claimcheck.builtin.render.json import render_json
from claimcheck.cli import cli, write_atomically
from claimcheck.cli import compare as compare_module
from claimcheck.cli.output import STALE_AFTER, remove_stale_temps
from claimcheck.errors import ClaimcheckError
from claimcheck.manager import get_plugin_manager

from .conftest import ROOT

LEFT = "The army had 25 men.\n"
RIGHT = "The army had 0 men.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(LEFT, encoding="utf-8")
    b.write_text(RIGHT, encoding="utf-8")
    return a, b


def temps(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".claimcheck-"))


def strict_json(text: str) -> object:
    def refuse(constant: str) -> object:
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


# -- 1. never over an input --------------------------------------------------------------


def _same_file_as_a(tmp_path: Path, how: str) -> str:
    a = tmp_path / "a.txt"
    if how == "same":
        return str(a)
    if how == "dot":
        return os.path.join(str(tmp_path), ".", "a.txt")
    if how == "relative":
        return os.path.relpath(a)
    if how == "symlink":
        (tmp_path / "link.txt").symlink_to(a)
        return str(tmp_path / "link.txt")
    if how == "hardlink":
        os.link(a, tmp_path / "hard.txt")
        return str(tmp_path / "hard.txt")
    raise AssertionError(how)


@pytest.mark.parametrize("fmt", [None, "json"])
@pytest.mark.parametrize("how", ["same", "dot", "relative", "symlink", "hardlink"])
def test_output_that_is_an_input_is_refused_before_reading(
        tmp_path, pair, monkeypatch, how: str, fmt: str | None) -> None:
    a, b = pair
    before = a.read_bytes()
    output = _same_file_as_a(tmp_path, how)
    checked: list[object] = []
    monkeypatch.setattr(compare_module.pipeline, "check",
                        lambda *args, **kwargs: checked.append(args))
    code, out, err = run("compare", str(a), str(b), "-o", output,
                         *(["-f", fmt] if fmt else []))
    assert code == 2
    assert checked == []  # refused before any document was read
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"claimcheck: error: {output}: is the input {a}")
    assert a.read_bytes() == before
    assert out == "" and temps(tmp_path) == []


def test_output_that_is_the_second_input_or_inside_a_source_folder(tmp_path, pair) -> None:
    _, b = pair
    before = b.read_bytes()
    code, _, err = run("compare", str(tmp_path), "-o", str(b))
    assert code == 2
    assert f"{b}: is the input {b}" in err
    assert b.read_bytes() == before


@pytest.mark.parametrize("option", ["--aliases", "--lexicon", "--slant-allow", "--config"])
def test_output_that_is_an_option_file_is_refused(tmp_path, pair, option: str) -> None:
    a, b = pair
    extra = tmp_path / "extra.toml"
    content = {"--aliases": '[aliases]\n"army" = ["host"]\n',
               "--lexicon": '[labeling]\nterms = ["puppet"]\n',
               "--slant-allow": "the host\n",
               "--config": 'format = "text"\n'}[option]
    extra.write_text(content, encoding="utf-8")
    code, _, err = run("compare", str(a), str(b), option, str(extra), "-o", str(extra))
    assert code == 2, err
    assert f"{extra}: is the input {extra}" in err
    assert extra.read_text(encoding="utf-8") == content


def test_a_new_or_different_output_is_not_refused(tmp_path, pair) -> None:
    a, b = pair
    other = tmp_path / "copy.txt"
    other.write_text(LEFT, encoding="utf-8")  # same bytes, another file: not an input
    code, _, err = run("compare", str(a), str(b), "-o", str(other))
    assert code == 0, err
    assert other.read_text(encoding="utf-8").startswith("claimcheck: ")


# As root, a regression here would not just fail: the old code renamed its report over
# /dev/stdout or /dev/null, replacing the machine's own. So as root these tests use paths
# whose folder takes no new files (/dev/fd/1, /proc/self/fd/1: a regression fails there
# without harm) and a device node of their own; /dev/stdout and /dev/null themselves only
# as an ordinary user, who cannot replace them.
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_proc_fd = pytest.mark.skipif(not os.path.exists("/proc/self/fd"),
                                   reason="needs /proc/self/fd")
STDOUT_PATHS = ["/dev/fd/1", "/proc/self/fd/1",
                pytest.param("/dev/stdout", marks=pytest.mark.skipif(
                    IS_ROOT, reason="as root, a regression would replace /dev/stdout"))]


@needs_proc_fd
@pytest.mark.parametrize("stdout_path", STDOUT_PATHS)
def test_stdout_redirected_to_an_input_is_refused(pair, stdout_path: str) -> None:
    """``claimcheck compare a.txt b.txt -o /dev/stdout 1<>a.txt`` (opened without
    truncating): /dev/stdout is a.txt, so nothing may be written to it."""
    a, b = pair
    before = a.read_bytes()
    with a.open("r+b") as stdout:
        proc = subprocess.run(
            [sys.executable, "-m", "claimcheck.cli", "compare", str(a), str(b),
             "-o", stdout_path], stdout=stdout, stderr=subprocess.PIPE, text=True,
            timeout=120)
    assert proc.returncode == 2
    assert proc.stderr == f"claimcheck: error: {stdout_path}: is the input {a}; refusing " \
                          f"to write the report over it\n"
    assert a.read_bytes() == before


@needs_proc_fd
@pytest.mark.parametrize("stdout_path", STDOUT_PATHS)
@pytest.mark.parametrize("into", ["pipe", "file"])
def test_stdout_path_is_written_through(tmp_path, pair, stdout_path: str, into: str) -> None:
    """``-o /dev/stdout`` writes to whatever stdout is, a pipe or a file (appended to, as
    ``>>`` asks), and never replaces /dev/stdout or the file."""
    a, b = pair
    command = [sys.executable, "-m", "claimcheck.cli", "compare", str(a), str(b), "-f", "json"]
    expected = subprocess.run(command, capture_output=True, text=True, timeout=120).stdout
    if into == "pipe":
        proc = subprocess.run([*command, "-o", stdout_path], capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == expected
    else:
        out = tmp_path / "out.json"
        out.write_text("kept\n", encoding="utf-8")
        inode = os.stat(out).st_ino
        with out.open("ab") as stdout:
            proc = subprocess.run([*command, "-o", stdout_path], stdout=stdout,
                                  stderr=subprocess.PIPE, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert out.read_text(encoding="utf-8") == "kept\n" + expected
        assert os.stat(out).st_ino == inode
    assert os.path.islink("/dev/stdout") or not os.path.exists("/dev/stdout")
    assert temps(tmp_path) == []


# -- 2. devices, pipes, and what is no file -----------------------------------------------


@pytest.mark.skipif(IS_ROOT, reason="as root, a regression would replace /dev/null; "
                                     "test_private_null_device_stays_a_device runs instead")
def test_dev_null_stays_a_device(pair) -> None:
    a, b = pair
    code, out, err = run("compare", str(a), str(b), "-o", os.devnull)
    assert code == 0, err
    assert out == ""
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert temps(Path(os.devnull).parent) == []


def test_private_null_device_stays_a_device(tmp_path, pair) -> None:
    """The same on a device node of our own (where we may make one), so that a failure
    here cannot damage the machine's /dev/null."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (OSError, AttributeError):
        pytest.skip("cannot make a device node here")
    a, b = pair
    for fmt in ("text", "json"):
        code, _, err = run("compare", str(a), str(b), "-o", str(node), "-f", fmt)
        assert code == 0, err
        assert stat.S_ISCHR(os.lstat(node).st_mode)
        assert os.major(os.lstat(node).st_rdev) == 1 and os.minor(os.lstat(node).st_rdev) == 3
    assert temps(tmp_path) == []


def _reader(path: str, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(path, "rb") as handle:
            into.append(handle.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def test_fifo_is_written_through(tmp_path, pair) -> None:
    a, b = pair
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _reader(str(fifo), got)
    code, _, err = run("compare", str(a), str(b), "-o", str(fifo), "-f", "json")
    reader.join(timeout=30)
    if reader.is_alive():  # nothing opened the FIFO for writing: unblock the reader
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=5)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    _, expected, _ = run("compare", str(a), str(b), "-f", "json")
    assert got == [expected.encode("utf-8")]
    assert temps(tmp_path) == []


def test_terminal_device_is_written_through(pair) -> None:
    """A character device that shows what it was given: a pseudo-terminal."""
    a, b = pair
    master, slave = os.openpty()
    try:
        tty.setraw(slave)  # no \n -> \r\n on the way
        name = os.ttyname(slave)
        chunks: list[bytes] = []
        stop = threading.Event()

        def drain() -> None:
            while not stop.is_set():
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    return
                chunks.append(chunk)

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
        code, _, err = run("compare", str(a), str(b), "-o", name, "--no-color")
        assert code == 0, err
        _, expected, _ = run("compare", str(a), str(b), "--no-color")
        deadline = time.monotonic() + 10
        while len(b"".join(chunks)) < len(expected.encode()) and time.monotonic() < deadline:
            time.sleep(0.01)
        stop.set()
        assert b"".join(chunks).decode("utf-8") == expected
        assert stat.S_ISCHR(os.stat(name).st_mode)
    finally:
        os.close(slave)
        os.close(master)


def test_directory_target_is_refused(tmp_path, pair) -> None:
    a, b = pair
    folder = tmp_path / "reports"
    folder.mkdir()
    code, _, err = run("compare", str(a), str(b), "-o", str(folder))
    assert code == 2
    assert str(folder) in err and "directory" in err
    assert folder.is_dir() and list(folder.iterdir()) == []
    with pytest.raises(ClaimcheckError, match=r"reports: is a directory, not a file"):
        write_atomically(str(folder), "report\n")
    assert folder.is_dir() and temps(tmp_path) == []


def test_socket_target_is_refused(pair) -> None:
    a, b = pair
    with tempfile.TemporaryDirectory(prefix="cc") as short:  # AF_UNIX paths are short
        path = os.path.join(short, "s")
        server = socket.socket(socket.AF_UNIX)
        try:
            server.bind(path)
            code, _, err = run("compare", str(a), str(b), "-o", path)
        finally:
            server.close()
        assert code == 2
        assert err.strip() == (f"claimcheck: error: {path}: is a socket, not a file; not "
                               f"writing the report there")
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
        assert temps(Path(short)) == []


def test_block_device_target_is_refused(tmp_path) -> None:
    node = tmp_path / "disk"
    try:
        os.mknod(node, stat.S_IFBLK | 0o600, os.makedev(7, 200))
    except (OSError, AttributeError):
        pytest.skip("cannot make a device node here")
    with pytest.raises(ClaimcheckError, match=r"disk: is a block device, not a file"):
        write_atomically(str(node), "report\n")
    assert stat.S_ISBLK(os.lstat(node).st_mode)
    assert temps(tmp_path) == []


def test_symlink_to_a_report_keeps_the_link(tmp_path, pair) -> None:
    a, b = pair
    real = tmp_path / "real.txt"
    real.write_text("old report\n", encoding="utf-8")
    link = tmp_path / "latest.txt"
    link.symlink_to(real)
    code, _, err = run("compare", str(a), str(b), "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("claimcheck: ")


# -- 3. strict JSON ------------------------------------------------------------------------


class NonFinite:
    """A plugin whose findings hold NaN and infinities in their detail."""

    @claimcheck.hookimpl
    def check_document(self, document, claims, config):
        return [Finding("inconsistency", f"{document.id}: odd numbers", (),
                        {"nan": float("nan"), "inf": float("inf"), "ninf": -math.inf,
                         "deep": [1.5, {"x": float("nan")}, (math.inf,)], "ok": 2.5})]


def _with_plugins(monkeypatch, *plugins: object) -> None:
    def pm(*args, **kwargs):
        return get_plugin_manager(plugins, entry_points=False)

    monkeypatch.setattr(compare_module, "get_plugin_manager", pm)


def test_json_report_is_strict_with_a_plugins_nan_and_infinity(tmp_path, pair,
                                                                monkeypatch) -> None:
    a, b = pair
    _with_plugins(monkeypatch, NonFinite())
    out_file = tmp_path / "report.json"
    code, out, err = run("compare", str(a), str(b), "-f", "json")
    assert code == 0, err
    code, _, err = run("compare", str(a), str(b), "-o", str(out_file))
    assert code == 0, err
    for text in (out, out_file.read_text(encoding="utf-8")):
        data = strict_json(text)
        odd = [f for f in data["findings"] if f["summary"].endswith("odd numbers")]
        assert len(odd) == 2
        assert odd[0]["detail"] == {"nan": None, "inf": None, "ninf": None,
                                    "deep": [1.5, {"x": None}, [None]], "ok": 2.5}


def test_json_report_of_25_against_0_is_strict(pair) -> None:
    a, b = pair
    code, out, err = run("compare", str(a), str(b), "-f", "json")
    assert code == 0, err
    data = strict_json(out)
    assert [d["title"] for d in data["documents"]] == [LEFT.strip(), RIGHT.strip()]


def test_json_renderer_turns_non_finite_figures_into_null() -> None:
    text = "More than 25 men."
    value = Quantity(10, 12, "25", 25.0, math.inf, "men", "more_than")
    claim = Claim("d:1", "d", "quantity", 10, 12, "25", value=value)
    report = Report((Document("d", text),), (claim,),
                    (Finding("discrepancy", "x", ("d:1",), {"rel_diff": math.nan,
                                                            math.inf: "key"}),))
    data = strict_json(render_json(report, Config()))
    assert data["claims"][0]["value"]["low"] == 25
    assert data["claims"][0]["value"]["high"] is None
    assert data["findings"][0]["detail"] == {"rel_diff": None, "inf": "key"}


# -- 5. a renderer that returns no text ----------------------------------------------------


@pytest.mark.parametrize("returned", [None, b"bytes", 42])
def test_renderer_that_returns_no_text_is_an_error(tmp_path, pair, monkeypatch,
                                                   returned: object) -> None:
    class Empty:
        @claimcheck.hookimpl
        def register_renderers(self, register):
            register("empty", lambda report, config: returned, "returns no text")

    a, b = pair
    _with_plugins(monkeypatch, Empty())
    code, out, err = run("compare", str(a), str(b), "-f", "empty")
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0] == (f"claimcheck: error: renderer 'empty' ({__name__}) returned "
                        f"{type(returned).__name__}, not the report's text")
    report_file = tmp_path / "r.txt"
    code, _, err = run("compare", str(a), str(b), "-f", "empty", "-o", str(report_file))
    assert code == 2 and "renderer 'empty'" in err
    assert not report_file.exists() and temps(tmp_path) == []


# -- 6. modes -----------------------------------------------------------------------------


@pytest.fixture
def umask():
    def set_umask(mask: int) -> None:
        os.umask(mask)

    old = os.umask(0o022)
    os.umask(old)
    try:
        yield set_umask
    finally:
        os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_report_honours_the_umask(tmp_path, pair, umask, mask: int, mode: int) -> None:
    a, b = pair
    umask(mask)
    report = tmp_path / "new.txt"
    code, _, err = run("compare", str(a), str(b), "-o", str(report))
    assert code == 0, err
    assert stat.S_IMODE(os.stat(report).st_mode) == mode


@pytest.mark.parametrize("old_mode", [0o604, 0o640, 0o600])
def test_replaced_report_keeps_its_mode(tmp_path, pair, umask, old_mode: int) -> None:
    a, b = pair
    umask(0o022)
    report = tmp_path / "old.txt"
    report.write_text("old\n", encoding="utf-8")
    os.chmod(report, old_mode)
    code, _, err = run("compare", str(a), str(b), "-o", str(report))
    assert code == 0, err
    assert report.read_text(encoding="utf-8").startswith("claimcheck: ")
    assert stat.S_IMODE(os.stat(report).st_mode) == old_mode


# -- 4 and 7. interrupted writes ------------------------------------------------------------

# A real SIGTERM/SIGINT/SIGKILL, sent by the process to itself at a chosen moment of the
# real write: an audit hook (sys.addaudithook, CPython's own instrumentation, installed by
# this driver and not by claimcheck) sees the temporary file opened for writing
# ("created": it exists, empty) and its rename ("written": it holds the whole report,
# not yet renamed). The code under test has no switch for tests.
DRIVER = textwrap.dedent("""
    import os, signal, sys

    moment, signame = sys.argv[1], sys.argv[2]
    fired = []

    def ours(arg):
        if isinstance(arg, int):
            try:
                arg = os.readlink(f"/proc/self/fd/{arg}")
            except OSError:
                return False
        return ".claimcheck-" in os.path.basename(str(arg))

    def hook(event, args):
        if fired:
            return
        if (moment == "created" and event == "open" and isinstance(args[0], int)
                and ours(args[0])) or (moment == "written" and event == "os.rename"
                                       and ours(args[0])):
            fired.append(event)
            if signame == "SIGINT":
                # what a Ctrl-C at this moment raises, raised here and now: a signal sent to
                # ourselves is handled at Python's next check, which may come after the
                # rename has finished on a loaded machine
                raise KeyboardInterrupt
            os.kill(os.getpid(), getattr(signal, signame))

    sys.addaudithook(hook)
    from claimcheck.cli import main
    sys.argv = ["claimcheck", *sys.argv[3:]]
    main()
""")

needs_proc = pytest.mark.skipif(not os.path.exists("/proc/self/fd"),
                                reason="the driver finds the temporary file in /proc")


def interrupt(tmp_path: Path, moment: str, signame: str, *args: str) -> tuple[int, int, str]:
    """Run claimcheck under the driver: (its pid, its return code, its stderr)."""
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    with subprocess.Popen([sys.executable, str(driver), moment, signame, *args],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          cwd=ROOT) as proc:
        _, err = proc.communicate(timeout=120)
    return proc.pid, proc.returncode, err


def sources(tmp_path: Path) -> list[str]:
    return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


@pytest.fixture
def old_report(tmp_path: Path, pair) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    report = folder / "report.json"
    report.write_text("the old report\n", encoding="utf-8")
    return report


@needs_proc
@pytest.mark.parametrize("moment", ["created", "written"])
def test_sigterm_during_the_write_removes_the_temporary_file(tmp_path, old_report,
                                                             moment: str) -> None:
    _, code, err = interrupt(tmp_path, moment, "SIGTERM",
                             "compare", *sources(tmp_path), "-o", str(old_report))
    assert code == -signal.SIGTERM, err  # still ends by SIGTERM, as a killed process does
    assert old_report.read_text(encoding="utf-8") == "the old report\n"
    assert temps(old_report.parent) == []
    assert [p.name for p in old_report.parent.iterdir()] == ["report.json"]


@needs_proc
def test_sigint_during_the_write_is_one_line_and_removes_the_temporary_file(
        tmp_path, old_report) -> None:
    _, code, err = interrupt(tmp_path, "written", "SIGINT",
                             "compare", *sources(tmp_path), "-o", str(old_report))
    assert code == 2
    assert err.strip() == "claimcheck: error: interrupted"
    assert old_report.read_text(encoding="utf-8") == "the old report\n"
    assert temps(old_report.parent) == []


@needs_proc
def test_the_driver_really_interrupts_the_write(tmp_path, old_report) -> None:
    """Without a signal to catch (SIGKILL), the interrupted write leaves its temporary
    file, whole, beside the untouched old report: the moment the driver picks is inside
    the write. The next write into the folder removes it once it is stale."""
    pid, code, err = interrupt(tmp_path, "written", "SIGKILL",
                               "compare", *sources(tmp_path), "-o", str(old_report))
    assert code == -signal.SIGKILL, err
    assert old_report.read_text(encoding="utf-8") == "the old report\n"
    left = temps(old_report.parent)
    assert len(left) == 1 and left[0].startswith(f".claimcheck-{pid}-")
    stale = old_report.parent / left[0]
    assert strict_json(stale.read_text(encoding="utf-8"))["schema"] == "claimcheck/3"

    code, _, err = run("compare", *sources(tmp_path), "-o", str(old_report))
    assert code == 0, err
    assert temps(old_report.parent) == left  # fresh: perhaps a run still writing; kept

    aged = time.time() - STALE_AFTER - 60
    os.utime(stale, (aged, aged))
    code, _, err = run("compare", *sources(tmp_path), "-o", str(old_report))
    assert code == 0, err
    assert temps(old_report.parent) == []
    assert strict_json(old_report.read_text(encoding="utf-8"))["schema"] == "claimcheck/3"


def test_remove_stale_temps_only_removes_ours_and_only_when_stale(tmp_path) -> None:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    dead, alive = done.pid, os.getpid()
    now = time.time()
    old = now - STALE_AFTER - 1
    files = {
        f".claimcheck-{dead}-0a1b2c3d4e5f.tmp": (old, True),   # killed run, stale: removed
        ".claimcheck-k3j2x9q_.tmp": (old, True),                # older naming, stale
        f".claimcheck-{dead}-ffffffffffff.tmp": (now, False),   # too fresh
        f".claimcheck-{alive}-0a1b2c3d4e5f.tmp": (old, False),  # its process still runs
        ".claimcheck-notes.txt": (old, False),                  # not a temporary file
        ".other-123-0a1b2c3d4e5f.tmp": (old, False),            # not ours
        "report.txt": (old, False),
    }
    for name, (mtime, _) in files.items():
        path = tmp_path / name
        path.write_text("x", encoding="utf-8")
        os.utime(path, (mtime, mtime))
    folder = tmp_path / f".claimcheck-{dead}-aaaaaaaaaaaa.tmp"
    folder.mkdir()  # named like ours, but a directory: kept
    os.utime(folder, (old, old))

    removed = remove_stale_temps(str(tmp_path), now=now)
    assert sorted(os.path.basename(p) for p in removed) == sorted(
        name for name, (_, gone) in files.items() if gone)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [*(name for name, (_, gone) in files.items() if not gone), folder.name])


def test_failed_write_leaves_the_old_report_and_no_temporary_file(tmp_path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomically(str(report), "half \udcff")  # cannot be encoded: nothing written
    with pytest.raises(TypeError):
        write_atomically(str(report), None)  # type: ignore[arg-type]
    assert report.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


def test_write_into_a_missing_folder_names_it(tmp_path) -> None:
    target = tmp_path / "no" / "r.txt"
    with pytest.raises(ClaimcheckError, match=r"r.txt: directory .*no does not exist"):
        write_atomically(str(target), "x")


@pytest.mark.parametrize("through", [False, True])
def test_a_report_written_in_pieces_is_the_whole_texts_bytes(tmp_path, monkeypatch,
                                                             through: bool) -> None:
    """The text is encoded a slice at a time, not all at once (a second copy of a large
    report): the file holds exactly the whole text's UTF-8, characters of two, three and
    four bytes across the slices' edges included."""
    from claimcheck.cli import output

    monkeypatch.setattr(output, "ENCODE_CHARS", 7)
    text = "Kyōto 110,000 — “quoted” 𝔘 é\n" * 50
    path = tmp_path / "report.txt"
    if through:
        path.write_bytes(b"")
        output._write_through(str(path), text, append=False)
    else:
        output.write_atomically(str(path), text)
    assert path.read_bytes() == text.encode("utf-8")
    assert len(list(output._pieces(text))) == -(-len(text) // 7)  # never all at once


# -- 8. a report streamed in pieces ---------------------------------------------------------


def test_a_streamed_json_report_is_the_whole_reports_bytes(tmp_path, pair) -> None:
    """``-f json`` is written a line at a time as the lines are made (``iter_json``), to a
    file and to stdout alike: the same bytes as the whole text rendered at once."""
    a, b = pair
    whole = render_json(claimcheck.check(Document("a", LEFT, str(a)),
                                         Document("b", RIGHT, str(b))), Config())
    _, out, _ = run("compare", str(a), str(b), "-f", "json")
    assert out == whole
    report_file = tmp_path / "r.json"
    run("compare", str(a), str(b), "-f", "json", "-o", str(report_file))
    assert report_file.read_text(encoding="utf-8") == whole


def test_a_streamed_report_is_written_in_slices_not_whole(tmp_path, monkeypatch) -> None:
    """A text in pieces (a renderer's stream) is gathered into slices of about
    ENCODE_CHARS and each written as it fills: never joined whole first."""
    from claimcheck.cli import output

    monkeypatch.setattr(output, "ENCODE_CHARS", 100)
    lines = [f"line {n} of the report, “quoted” 𝔘\n" for n in range(500)]
    written: list[int] = []

    def made():
        for line in lines:
            yield line
            # every slice written so far holds about ENCODE_CHARS, the last piece past it
            assert all(n <= 100 + len(line.encode("utf-8")) * 4 for n in written)

    path = tmp_path / "report.txt"
    real = output._pieces

    def counted(data):
        for piece in real(data):
            written.append(len(piece))
            yield piece

    monkeypatch.setattr(output, "_pieces", counted)
    output.write_atomically(str(path), made())
    assert path.read_text(encoding="utf-8") == "".join(lines)
    assert len(written) > 100  # many slices, not one


@pytest.mark.parametrize("failure", ["raises", "not text"])
def test_a_stream_that_fails_half_way_leaves_the_old_report(tmp_path, pair, monkeypatch,
                                                            failure: str) -> None:
    """A renderer's stream that raises, or yields something other than text, after some
    pieces is a one-line error naming the renderer; the report it would have replaced is
    left as it was, and no temporary file stays behind."""

    def stream(report, config):
        yield "{\n"
        yield "  \"first\": 1,\n"
        if failure == "raises":
            raise RuntimeError("disk of records unreadable")
        yield b"bytes"

    class Streaming:
        @claimcheck.hookimpl
        def register_renderers(self, register):
            register("streamed", lambda report, config: "whole", "streams its text",
                     stream=stream)

    a, b = pair
    _with_plugins(monkeypatch, Streaming())
    report_file = tmp_path / "r.txt"
    report_file.write_text("the old report\n", encoding="utf-8")
    code, _, err = run("compare", str(a), str(b), "-f", "streamed", "-o", str(report_file))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"claimcheck: error: renderer 'streamed' ({__name__}) ")
    assert report_file.read_text(encoding="utf-8") == "the old report\n"
    assert temps(tmp_path) == []
