"""The CLI's conveniences: directories, --only, --fail-on, formats, settings, --jobs, progress."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck.cli import ProgressBar, cli, expand_sources, want_colour
from claimcheck.cli import compare as cli_module
from claimcheck.core import parallel, settings_file
from claimcheck.errors import ClaimcheckError
from claimcheck.model import FINDING_KINDS

from .conftest import PRESS, RENDERING, SEED, WESTERN


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seed_report() -> claimcheck.Report:
    return claimcheck.check(str(SEED), str(WESTERN))


# -- directories -------------------------------------------------------------------------


def _corpus(root: Path) -> Path:
    folder = root / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    for name, text in {
        "b.txt": "The army had 5,000 men in 1950.",
        "a.md": "# Notes\n\nThe army had 6,000 men in 1950.",
        "sub/c.txt": "In 1950 the army had 7,000 men.",
        "sub/b.txt": "Another b.",
        ".hidden.txt": "hidden",
        ".git/d.txt": "not a source",
        "notes.rst": "not a source",
    }.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_directory_sources_in_stable_order(tmp_path) -> None:
    folder = _corpus(tmp_path)
    names = [Path(p).relative_to(folder).as_posix() for p in expand_sources([str(folder)])]
    assert names == ["a.md", "b.txt", "sub/b.txt", "sub/c.txt"]
    code, out, err = run("compare", str(folder), "-f", "json")
    assert code == 0, err
    assert [d["id"] for d in json.loads(out)["documents"]] == ["a", "b", "b-2", "c"]


def test_files_and_directories_mix_in_the_order_given(tmp_path) -> None:
    folder = _corpus(tmp_path)
    sources = expand_sources([str(WESTERN), str(folder / "sub")])
    assert [Path(p).name for p in sources] == [WESTERN.name, "b.txt", "c.txt"]


def test_directory_without_sources_is_one_line_exit_2(tmp_path) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = run("compare", str(tmp_path / "empty"))
    assert code == 2
    assert err.startswith(f"claimcheck: error: {tmp_path / 'empty'}: is a directory with no "
                          "file a loader reads (.txt, .md, ")
    assert err.endswith(")\n") and err.count("\n") == 1


# -- --only and --fail-on ----------------------------------------------------------------


@pytest.mark.parametrize("kinds", ["slant", "discrepancy,inconsistency", "agreements|slant"])
def test_only_keeps_the_kinds_asked_for(kinds: str, seed_report) -> None:
    wanted = {"slant"} if kinds == "slant" else (
        {"discrepancy", "inconsistency"} if "," in kinds else {"agreement", "slant"})
    code, out, err = run("compare", str(SEED), str(WESTERN), "-f", "json", "--only", kinds)
    assert code == 0, err
    data = json.loads(out)
    assert {f["kind"] for f in data["findings"]} <= wanted
    assert len(data["findings"]) == sum(f.kind in wanted for f in seed_report.findings)
    assert len(data["claims"]) == len(seed_report.claims)  # claims are kept


def test_fail_on_sets_the_exit_code(seed_report) -> None:
    present = sorted({f.kind for f in seed_report.findings})
    absent = sorted(set(FINDING_KINDS) - set(present))
    if present:
        code, out, _ = run("compare", str(SEED), str(WESTERN), "--fail-on", present[0])
        assert code == 1 and out.startswith("claimcheck: ")  # the report is still written
    if absent:
        code, _, _ = run("compare", str(SEED), str(WESTERN), "--fail-on", ",".join(absent))
        assert code == 0


def test_fail_on_counts_only_what_only_kept(seed_report) -> None:
    present = sorted({f.kind for f in seed_report.findings})
    absent = sorted(set(FINDING_KINDS) - set(present))
    if not present or not absent:
        pytest.skip("needs one kind present and one absent")
    code, _, _ = run("compare", str(SEED), str(WESTERN), "--only", absent[0],
                     "--fail-on", present[0])
    assert code == 0


@pytest.mark.parametrize("option", ["--only", "--fail-on"])
def test_unknown_kind_is_a_usage_error(option: str) -> None:
    code, _, err = run("compare", str(SEED), option, "discrepancy,typo")
    assert code == 2
    assert "unknown finding kind 'typo'; choose from discrepancy, inconsistency" in err


# -- formats -----------------------------------------------------------------------------


@pytest.mark.parametrize(("suffix", "start"), [
    ("html", "<!DOCTYPE html>"), ("csv", "record,id,kind"), ("md", "# claimcheck report"),
    ("json", "{"), ("txt", "claimcheck: "),
])
def test_output_suffix_picks_the_format(tmp_path, suffix: str, start: str) -> None:
    out = tmp_path / f"report.{suffix}"
    code, stdout, err = run("compare", str(SEED), str(WESTERN), "-o", str(out))
    assert code == 0, err
    assert stdout == "" and out.read_text(encoding="utf-8").startswith(start)


def test_explicit_format_wins_over_suffix(tmp_path) -> None:
    out = tmp_path / "report.html"
    code, _, err = run("compare", str(SEED), "-o", str(out), "-f", "json")
    assert code == 0, err
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "claimcheck/3"


@pytest.mark.parametrize("fmt", ["html", "csv"])
def test_html_and_csv_on_stdout(fmt: str) -> None:
    code, out, err = run("compare", str(SEED), str(WESTERN), "-f", fmt)
    assert code == 0, err
    assert out.startswith("<!DOCTYPE html>" if fmt == "html" else "record,")


# -- colour --------------------------------------------------------------------------------


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("tty", "output", "no_color", "expected"), [
    (True, None, None, True),
    (True, None, "1", False),
    (False, None, None, False),
    (True, "report.txt", None, False),
])
def test_colour_only_on_a_terminal_without_no_color(monkeypatch, tty, output, no_color,
                                                    expected) -> None:
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    stream = _Tty() if tty else io.StringIO()
    assert want_colour(output, stream) is expected


def test_color_flag_forces_colour() -> None:
    code, out, _ = run("compare", str(SEED), str(WESTERN), "--color")
    assert code == 0 and "\x1b[1m" in out
    code, out, _ = run("compare", str(SEED), str(WESTERN))
    assert code == 0 and "\x1b[" not in out


# -- settings files ------------------------------------------------------------------------


def test_claimcheck_toml_sets_the_default_format(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimcheck.toml").write_text('format = "markdown"\n', encoding="utf-8")
    code, out, err = run("compare", str(SEED))
    assert code == 0, err
    assert out.startswith("# claimcheck report")
    code, out, _ = run("compare", str(SEED), "-f", "json")
    assert code == 0 and out.startswith("{")  # the command line wins
    code, out, _ = run("compare", str(SEED), "--no-config")
    assert code == 0 and out.startswith("claimcheck: ")


def test_pyproject_tool_table_and_precedence(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.claimcheck]\n'
                                             'format = "json"\n', encoding="utf-8")
    code, out, _ = run("compare", str(SEED))
    assert code == 0 and out.startswith("{")
    (tmp_path / "claimcheck.toml").write_text('format = "csv"\n', encoding="utf-8")
    code, out, _ = run("compare", str(SEED))
    assert code == 0 and out.startswith("record,")


def test_pyproject_without_a_tool_table_is_ignored(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert settings_file.find(tmp_path) is None
    assert settings_file.load(directory=tmp_path) == settings_file.NONE


def test_every_setting_reaches_the_run(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lex").mkdir()
    (tmp_path / "claimcheck.toml").write_text(
        'tolerance = 0.05\nreference = "1950-06-25"\nslant_categories = ["labeling"]\n'
        'encoding = "utf-8"\nlexicons = ["lex/mine.toml"]\nslant_allow = ["our side"]\n'
        '[aliases]\n"Royal Navy" = ["RN", "the British fleet"]\n', encoding="utf-8")
    seen = {}

    def fake_check(*sources, pm, config, **kwargs):
        seen["config"] = config
        return claimcheck.Report((claimcheck.Document("d", "", "d.txt"),), (), ())

    monkeypatch.setattr(cli_module.pipeline, "check", fake_check)
    code, _, err = run("compare", str(SEED))
    assert code == 0, err
    config = seen["config"]
    assert (config.approx_tolerance, config.reference, config.slant_categories,
            config.encoding) == (0.05, "1950-06-25", ("labeling",), "utf-8")
    assert config.aliases == (("Royal Navy", ("RN", "the British fleet")),)
    assert config.option("lexicon") == [str((tmp_path / "lex" / "mine.toml").resolve())]
    assert config.option("slant_allow") == ["our side"]
    code, _, _ = run("compare", str(SEED), "--tolerance", "0.2", "--reference", "1951-01-01")
    assert (seen["config"].approx_tolerance, seen["config"].reference) == (0.2, "1951-01-01")


def test_settings_only_fail_on_and_jobs(tmp_path, monkeypatch, seed_report) -> None:
    present = sorted({f.kind for f in seed_report.findings})
    if not present:
        pytest.skip("the seed report has no findings yet")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimcheck.toml").write_text(
        f'only = ["{present[0]}"]\nfail_on = "{present[0]}"\njobs = 2\nformat = "json"\n',
        encoding="utf-8")
    code, out, _ = run("compare", str(SEED), str(WESTERN))
    assert code == 1
    assert {f["kind"] for f in json.loads(out)["findings"]} == {present[0]}


@pytest.mark.parametrize(("content", "message"), [
    ("colour = true\n", "unknown setting 'colour'"),
    ("tolerance = 2\n", "tolerance must be a number between 0 and 1, not 2"),
    ("jobs = -1\n", "jobs must be a whole number"),
    ('aliases = ["x"]\n', "aliases must be a table"),
    ("format = \n", "not valid TOML"),
    ('only = ["discrepancies!"]\n', "only: unknown finding kind 'discrepancies!'"),
])
def test_bad_settings_are_one_line_exit_2(tmp_path, monkeypatch, content, message) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimcheck.toml").write_text(content, encoding="utf-8")
    code, _, err = run("compare", str(SEED))
    assert code == 2
    assert err.startswith("claimcheck: error: claimcheck.toml: ") and message in err
    assert err.count("\n") == 1


def test_explicit_config_path(tmp_path) -> None:
    path = tmp_path / "team.toml"
    path.write_text('format = "csv"\n', encoding="utf-8")
    code, out, _ = run("compare", str(SEED), "--config", str(path))
    assert code == 0 and out.startswith("record,")
    with pytest.raises(ClaimcheckError, match="no such settings file"):
        settings_file.load(tmp_path / "missing.toml")


# -- --jobs --------------------------------------------------------------------------------


def test_parallel_report_equals_the_serial_one() -> None:
    sources = (str(SEED), str(WESTERN), str(PRESS), str(RENDERING))
    serial = claimcheck.check(*sources)
    assert claimcheck.check(*sources, jobs=2) == serial


def test_jobs_option_gives_the_same_bytes() -> None:
    sources = (str(SEED), str(WESTERN), str(PRESS), str(RENDERING))
    outs = [run("compare", *sources, "-f", "json", "--jobs", jobs)[1] for jobs in ("1", "2")]
    assert outs[0] == outs[1] and json.loads(outs[0])["schema"] == "claimcheck/3"


def test_a_failing_document_in_a_worker_is_one_line(tmp_path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    code, _, err = run("compare", str(SEED), str(bad), "--jobs", "2")
    assert code == 2 and err.startswith("claimcheck: error: ") and "bad.txt" in err


# -- progress ------------------------------------------------------------------------------


def test_progress_bar_draws_and_clears() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream, width=10)
    bar(1, 4, "/x/first.txt")
    bar(4, 4, "/x/last.txt")
    bar.close()
    text = stream.getvalue()
    assert "\rclaimcheck [##........] 1/4 first.txt" in text
    assert "\rclaimcheck [##########] 4/4 last.txt" in text
    assert text.endswith("\r")


def test_progress_only_on_a_terminal_for_many_or_big_files(monkeypatch, tmp_path) -> None:
    small = [str(SEED)]
    many = [str(SEED)] * cli_module.PROGRESS_FILES
    monkeypatch.setattr(cli_module.sys, "stderr", _Tty())
    assert cli_module._progress_bar(small, None) is None
    assert cli_module._progress_bar(many, None) is not None
    assert cli_module._progress_bar(many, False) is None
    monkeypatch.setattr(cli_module.sys, "stderr", io.StringIO())
    assert cli_module._progress_bar(many, None) is None
    assert cli_module._progress_bar(small, True) is not None


def test_forced_progress_goes_to_stderr_not_the_report() -> None:
    code, out, err = run("compare", str(SEED), str(WESTERN), "-f", "json", "--progress")
    assert code == 0
    assert "claimcheck [" in err and "2/2" in err
    assert json.loads(out)["schema"] == "claimcheck/3"


def test_map_ordered_keeps_item_order_and_reports_progress() -> None:
    seen: list[tuple[int, int]] = []
    out = parallel.map_ordered(pow, [(2, n) for n in range(12)], jobs=2,
                               progress=lambda done, total, index: seen.append((done, total)))
    assert out == [2**n for n in range(12)]
    assert [done for done, _ in seen] == list(range(1, 13)) and {t for _, t in seen} == {12}


def test_map_ordered_raises_the_first_failure() -> None:
    with pytest.raises(ZeroDivisionError):
        parallel.map_ordered(divmod, [(1, 1), (1, 0), (2, 1)], jobs=2)


@pytest.mark.parametrize(("jobs", "expected"), [(1, 1), (3, 3), (0, None)])
def test_resolve_jobs(jobs: int, expected: int | None) -> None:
    import os

    assert parallel.resolve_jobs(jobs) == (expected or os.cpu_count() or 1)


def test_slant_categories_option_narrows_slant(seed_report) -> None:
    code, out, err = run("compare", str(SEED), "-f", "json", "--slant-categories",
                         "labeling,doubt_marking")
    assert code == 0, err
    categories = {f["category"] for f in json.loads(out)["findings"] if f["kind"] == "slant"}
    assert categories <= {"labeling", "doubt_marking"}


# -- vocabularies from the command line ----------------------------------------------------


def _json_run(*args: str) -> dict:
    code, out, err = run("compare", "-f", "json", "--no-config", *args)
    assert code == 0, err
    return json.loads(out)


def test_aliases_file_lets_two_names_meet(tmp_path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("In 1805 the Royal Navy had 120 ships of the line.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("In 1805 the British fleet had 110 ships of the line.\n", encoding="utf-8")
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[aliases]\n"Royal Navy" = ["the British fleet"]\n', encoding="utf-8")
    kinds = lambda data: [f["kind"] for f in data["findings"]]  # noqa: E731
    assert "discrepancy" not in kinds(_json_run(str(a), str(b)))
    assert "discrepancy" in kinds(_json_run(str(a), str(b), "--aliases", str(aliases)))


def test_lexicon_and_allow_list(tmp_path) -> None:
    doc = tmp_path / "d.txt"
    doc.write_text("Critics called the new model a lemon. The puppet regime fell.\n",
                   encoding="utf-8")
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text('[[entry]]\ncategory = "loaded_language"\nterms = ["lemon"]\n',
                       encoding="utf-8")

    def slanted(*extra: str) -> set[str]:
        data = _json_run(str(doc), *extra)
        text = doc.read_text(encoding="utf-8")
        return {text[f["start"]:f["end"]] for f in data["findings"] if f["kind"] == "slant"}

    assert "lemon" not in slanted()
    assert "lemon" in slanted("--lexicon", str(lexicon))
    assert not any("puppet" in s for s in slanted("--slant-allow", "puppet regime,puppet"))


def test_renderings_flag_diffs_two_renderings(tmp_path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("The army crossed the river at dawn.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("The brave army crossed the river at dawn.\n", encoding="utf-8")
    data = _json_run(str(a), str(b), "--renderings")
    assert any(f["kind"] == "wording" for f in data["findings"])
