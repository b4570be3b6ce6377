"""The command line, as a user drives it: outputs, files written, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from claimcheck.cli import cli, write_atomically

from .conftest import SEED, WESTERN


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("claimcheck, version ")


def test_compare_json_is_schema_shaped() -> None:
    code, out, err = run("compare", str(SEED), str(WESTERN), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == "claimcheck/3"
    assert [d["id"] for d in data["documents"]] == [SEED.stem, WESTERN.stem]
    assert data["documents"][0]["chars"] == len(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_compare_writes_file_atomically(tmp_path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    code, stdout, err = run("compare", str(SEED), str(WESTERN), "-f", fmt, "-o", str(out))
    assert code == 0, err
    assert stdout == ""
    assert out.read_text(encoding="utf-8").strip()
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_write_atomically_leaves_old_file_on_failure(tmp_path) -> None:
    target = tmp_path / "r.txt"
    target.write_text("old", encoding="utf-8")

    with pytest.raises(TypeError):
        write_atomically(str(target), 42)  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


def test_unknown_format_is_a_usage_error() -> None:
    code, _, err = run("compare", str(SEED), "--format", "pdf")
    assert code == 2
    assert "unknown format 'pdf'" in err


def test_segments_lists_kinds_and_spans() -> None:
    code, out, err = run("segments", str(SEED))
    assert code == 0, err
    assert " heading " in out and " body " in out
    assert "sentence [" in out


def test_claims_lines_have_spans(tmp_path) -> None:
    doc = tmp_path / "d.txt"
    doc.write_text("The army had 110,000 men.\n", encoding="utf-8")
    code, out, err = run("claims", str(doc))
    assert code == 0, err
    assert 'd:2  quantity  [13:20]  "110,000"' in out
    assert 'd:1  statement  [0:24]  "The army had 110,000 men"  subject=\'The army\'  ' \
        "predicate='have'" in out


def test_hooks_lists_every_hook_with_firstresult() -> None:
    code, out, _ = run("hooks")
    assert code == 0
    assert "load_document(source, doc_id, config)  [firstresult]" in out
    assert "extract_claims(document, segments, config)  [all results]" in out
    assert "claimcheck.builtin.loader" in out


def test_plugins_all_lists_builtins() -> None:
    code, out, _ = run("plugins", "--all")
    assert code == 0
    assert "claimcheck.builtin.loader: load_document" in out


def _bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 au lait".encode("latin-1"))
    return {
        "binary": ([str(binary)], "image.png: binary file (NUL byte at offset 8)"),
        "undecodable": ([str(latin)], "latin.txt: not valid utf-8 at byte offset 3"),
        "missing": ([str(tmp_path / "nope.txt")], "nope.txt: no such file"),
        "directory": ([str(tmp_path)], "is a directory"),
    }


# compare reads a directory's .txt and .md files (test_cli_options.py): not bad input there
BAD_INPUT_CASES = [
    (command, case)
    for command in ("claims", "segments", "compare")
    for case in ("binary", "undecodable", "missing", "directory")
    if (command, case) != ("compare", "directory")
]


@pytest.mark.parametrize(("command", "case"), BAD_INPUT_CASES)
def test_bad_input_is_one_line_exit_2(tmp_path, case: str, command: str) -> None:
    args, message = _bad_inputs(tmp_path)[case]
    code, _, err = run(command, *args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("claimcheck: error: ")
    assert message in err
    assert "Traceback" not in err


def test_empty_file_gives_an_empty_report(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run("compare", str(empty), "-f", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["claims"] == [] and data["documents"][0]["chars"] == 0


def test_encoding_option_reads_latin1(tmp_path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 au lait.".encode("latin-1"))
    code, out, err = run("segments", str(latin), "--encoding", "latin-1")
    assert code == 0, err
    assert "Café au lait." in out


def test_console_script_runs_in_a_subprocess() -> None:
    """The installed entry point, not just the click object: errors exit 2 with one line."""
    env = dict(os.environ, CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD="1")
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck.cli", "claims", "/no/such/file.txt"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr == "claimcheck: error: /no/such/file.txt: no such file\n"


@pytest.mark.parametrize("text", [
    "",
    "The army numbered 110,000 men on 25 June 1950, “said” a report.\nIt lost 5 % by May.",
])
def test_claims_as_json_are_written_a_claim_at_a_time_as_one_list(tmp_path,
                                                                   text: str) -> None:
    """`claims -f json` writes its list a claim at a time (not the whole list as dicts and
    one string, several times a large document's claims), and the bytes are those of the
    whole list dumped at once."""
    from claimcheck.cli.inspect import _json_list

    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    code, out, _ = run("claims", str(doc), "-f", "json")
    found = json.loads(out)
    assert code == 0
    import claimcheck
    claims = claimcheck.claims(claimcheck.Document("doc", text)) if text else []
    assert len(found) == len(claims)
    expected = json.dumps(found, ensure_ascii=False, indent=2) + "\n"
    assert out == expected
    assert len(list(_json_list(claims))) == len(claims) + 2 - (not claims)
