"""Issue 15, the CLI's last two gaps: ``lenient`` in a settings file, and a report on
stdout that nothing a plugin prints can corrupt (renderers and plugin loading included,
not only the extraction hooks)."""

from __future__ import annotations

import csv
import importlib
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck import Claim
from claimcheck.cli import cli
from claimcheck.core import settings_file
from claimcheck.errors import ClaimcheckError
from claimcheck.manager import get_plugin_manager


def manager(*plugins):
    return get_plugin_manager(plugins, builtins=True, entry_points=False)


@pytest.fixture
def cli_plugins(monkeypatch):
    """Run the CLI with these plugins (and the built-ins), as if they were installed."""

    def use(*plugins) -> None:
        module = importlib.import_module("claimcheck.cli.compare")
        monkeypatch.setattr(module, "get_plugin_manager", lambda: manager(*plugins))

    return use


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("We saw 12 ships.\n", encoding="utf-8")
    b.write_text("They counted 14 ships.\n", encoding="utf-8")
    return str(a), str(b)


class BadSpans:
    """An extractor whose claim runs past the end of every document."""

    @claimcheck.hookimpl
    def extract_claims(self, document, segments, config):
        return [Claim("", "", "quantity", 3, 300, "far")]


# -- lenient in a settings file -----------------------------------------------------------


def settings(tmp_path: Path, body: str) -> str:
    path = tmp_path / "claimcheck.toml"
    path.write_text(body, encoding="utf-8")
    return str(path)


def test_settings_file_reads_lenient(tmp_path: Path) -> None:
    assert settings_file.load(settings(tmp_path, "lenient = true\n")).lenient is True
    assert settings_file.load(settings(tmp_path, "lenient = false\n")).lenient is False
    assert settings_file.load(settings(tmp_path, "jobs = 1\n")).lenient is None


@pytest.mark.parametrize(("value", "shown"), [('"yes"', "'yes'"), ("1", "1"),
                                               ("[true]", "[True]")])
def test_settings_file_refuses_a_lenient_that_is_not_true_or_false(
        tmp_path, value, shown) -> None:
    path = settings(tmp_path, f"lenient = {value}\n")
    with pytest.raises(ClaimcheckError) as err:
        settings_file.load(path)
    assert str(err.value) == f"{path}: lenient must be true or false, not {shown}"


def test_cli_lenient_from_settings_drops_bad_records_and_strict_wins(
        cli_plugins, pair, tmp_path) -> None:
    cli_plugins(BadSpans())
    path = settings(tmp_path, "lenient = true\n")
    code, out, err = run("compare", *pair, "-f", "json", "--config", path)
    assert code == 0, err
    assert json.loads(out)["schema"] == "claimcheck/3"
    assert [line.startswith("claimcheck: warning: plugin ") and line.endswith("(dropped)")
            for line in err.splitlines()] == [True, True]  # one a document
    # the command line wins over the file
    code, out, err = run("compare", *pair, "-f", "json", "--config", path, "--strict")
    assert (code, out) == (2, "")
    assert err.startswith("claimcheck: error: plugin ") and "[3:300] 'far'" in err
    # and without either, a bad record stops the run
    code, _, _ = run("compare", *pair, "-f", "json", "--no-config")
    assert code == 2


def test_cli_bad_lenient_in_settings_is_one_line(pair, tmp_path) -> None:
    path = settings(tmp_path, 'lenient = "yes"\n')
    code, out, err = run("compare", *pair, "--config", path)
    assert (code, out) == (2, "")
    assert err == f"claimcheck: error: {path}: lenient must be true or false, not 'yes'\n"


# -- nothing a plugin prints reaches a report on stdout -----------------------------------


class ChattyRenderer:
    """A renderer that prints while it works, and prints when it registers."""

    @claimcheck.hookimpl
    def register_renderers(self, register):
        print("registering chatty")

        def render(report, config):
            print("rendering chatty")
            return f"REPORT {len(report.documents)}\n"

        register("chatty", render, "a chatty format")


class ChattyEverywhere:
    """A plugin that prints in an extraction hook and while the built-ins render."""

    @claimcheck.hookimpl
    def extract_claims(self, document, segments, config):
        print(f"extracting {document.id}")

    @claimcheck.hookimpl
    def register_renderers(self, register):
        print("registering nothing")


def test_a_renderers_print_goes_to_stderr_not_into_the_report(cli_plugins, pair) -> None:
    cli_plugins(ChattyRenderer())
    code, out, err = run("compare", *pair, "-f", "chatty")
    assert code == 0, err
    assert out == "REPORT 2\n"
    assert "rendering chatty" in err.splitlines()
    assert "registering chatty" in err.splitlines()


@pytest.mark.parametrize("fmt", ["json", "csv", "text", "markdown", "html"])
def test_every_builtin_format_on_stdout_is_the_report_alone(cli_plugins, pair, fmt) -> None:
    cli_plugins(ChattyEverywhere())
    code, out, err = run("compare", *pair, "-f", fmt)
    assert code == 0, err
    assert "extracting" not in out and "registering" not in out
    assert {"extracting a", "extracting b", "registering nothing"} <= set(err.splitlines())
    if fmt == "json":
        assert json.loads(out)["schema"] == "claimcheck/3"
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows and all(len(row) == len(rows[0]) for row in rows)
    # the same bytes as a run whose plugin prints nothing
    cli_plugins()
    assert run("compare", *pair, "-f", fmt)[1] == out


def test_a_report_written_to_a_file_is_untouched_by_prints(cli_plugins, pair, tmp_path) -> None:
    cli_plugins(ChattyRenderer())
    target = tmp_path / "report.txt"
    code, out, err = run("compare", *pair, "-f", "chatty", "-o", str(target))
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8") == "REPORT 2\n"
    assert "rendering chatty" in err


# -- -o onto a directory: one line, before anything is read --------------------------------


def test_output_onto_a_directory_is_one_line(pair, tmp_path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    code, out, err = run("compare", *pair, "-o", str(folder))
    assert (code, out) == (2, "")
    assert err == (f"claimcheck: error: {folder}: is a directory, not a file; not writing "
                   "the report there\n")
    assert list(folder.iterdir()) == []
