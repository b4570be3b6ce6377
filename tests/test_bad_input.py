"""Bad input is one line naming the culprit and exit 2, or a correct report (issue 15).

Sources that are not regular files, text with lone surrogates, encodings that do not
decode text, the user's own settings, alias, lexicon and allow-list files, option values
that make no sense, lexicon terms that would overflow the matcher, and alias files that
used to cost quadratic time.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck.builtin.loader.read import decode, load_document
from claimcheck.builtin.slant.lexicon import (
    MAX_FORM_CHARS,
    MAX_FORMS,
    Lexicon,
    LexiconError,
    expand,
)
from claimcheck.cli import cli
from claimcheck.config import Config
from claimcheck.core import settings_file
from claimcheck.errors import ClaimcheckError, LoadError
from claimcheck.manager import get_plugin_manager
from claimcheck.model import FINDING_KINDS, SLANT_CATEGORIES, Document
from claimcheck.report.registry import render
from claimcheck.text import names
from claimcheck.text.names import Aliases, read_alias_file

A_TEXT = "The army had 300 men on 5 June 1950. The regime's puppet troops fled.\n"
B_TEXT = "The army had 320 men on 5 June 1950.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def one_line_error(err: str, culprit: str, message: str) -> None:
    """stderr is exactly one line that names the culprit first and says the message."""
    assert err.count("\n") == 1, err
    assert err.startswith(f"claimcheck: error: {culprit}"), err
    assert message in err, err
    assert "plugin" not in err and "internal error" not in err, err


@pytest.fixture
def docs(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A_TEXT, encoding="utf-8")
    b.write_text(B_TEXT, encoding="utf-8")
    return str(a), str(b)


# -- 1. sources that are not regular files ---------------------------------------------------

_CLI = [sys.executable, "-c", "from claimcheck.cli import main; main()"]


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


def run_process(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command in its own process: a hang fails the test after 60 s (instead of
    hanging the suite), and reading a device is stopped at 3 GB instead of the machine's
    memory."""
    return subprocess.run([*_CLI, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL,
                          preexec_fn=_limit_memory if os.name == "posix" else None)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_fifo_without_writer_is_refused_at_once(tmp_path: Path, docs) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    done = run_process("compare", "pipe.txt", docs[1], cwd=tmp_path)
    assert done.returncode == 2
    one_line_error(done.stderr, "pipe.txt: ", "not a regular file (a named pipe)")
    assert done.stdout == ""


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("how", ["device", "symlink"])
def test_dev_zero_is_refused_not_read(tmp_path: Path, docs, how: str) -> None:
    source = "/dev/zero"
    if how == "symlink":
        (tmp_path / "zero.txt").symlink_to("/dev/zero")
        source = "zero.txt"
    done = run_process("compare", source, docs[1], cwd=tmp_path)
    assert done.returncode == 2
    one_line_error(done.stderr, f"{source}: ", "not a regular file (a character device)")


def test_directory_source_through_the_api_is_named(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(LoadError) as err:
        claimcheck.check(str(tmp_path / "folder"), B_TEXT)
    assert str(err.value) == f"{tmp_path / 'folder'}: is a directory, not a file"


def test_directory_named_by_a_symlink_on_the_command_line(tmp_path: Path, docs) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "empty")
    code, out, err = run("compare", str(tmp_path / "link"), docs[1])
    assert code == 2 and out == ""
    one_line_error(err, f"{tmp_path / 'link'}: ",
                   "is a directory with no file a loader reads (.txt, .md, ")


def test_size_limit_in_megabytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * ((1 << 20) + 1))
    with pytest.raises(LoadError) as err:
        load_document(str(big), "big", Config(options={"max_bytes": 1 << 20}))
    assert str(err.value) == f"{big}: larger than the limit of 1 MB"
    exact = tmp_path / "exact.txt"
    exact.write_bytes(b"x" * (1 << 20))
    assert len(load_document(str(exact), "x", Config(options={"max_bytes": 1 << 20})).text) \
        == 1 << 20


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
def test_size_limit_holds_while_reading_a_file_that_reports_no_size() -> None:
    # /proc files are regular files of size 0 that hold text: only a limit checked while
    # reading can stop them (as it stops a file that grows between stat and read)
    assert os.path.getsize("/proc/self/status") == 0
    with pytest.raises(LoadError) as err:
        load_document("/proc/self/status", "status", Config(options={"max_bytes": 64}))
    assert str(err.value) == "/proc/self/status: larger than the limit of 64 bytes"
    doc = load_document("/proc/self/status", "status", Config())
    assert "Name:" in doc.text


# -- 2. lone surrogates ------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "as_document"), [
    ("The army had 300 men. a\ud800b", True),
    ("The army had 300 men. text \udcff and \ud83d\ude00", False),
])
def test_lone_surrogates_become_replacement_characters(raw: str, as_document: bool) -> None:
    source = Document("x", raw) if as_document else raw
    report = claimcheck.check(source, "The army had 320 men.")
    doc = report.documents[0]
    assert len(doc.text) == len(raw)  # one code point for one: offsets hold
    assert [i for i, c in enumerate(doc.text) if c == "\ufffd"] == [
        i for i, c in enumerate(raw) if "\ud800" <= c <= "\udfff"]
    for claim in report.claims:
        assert report.document(claim.doc).text[claim.start:claim.end] == claim.text
    as_json = json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")
    assert "\ufffd".encode() in as_json
    pm = get_plugin_manager()
    rendered = render(report, "json", pm, Config()).encode("utf-8")
    assert json.loads(rendered)["documents"][0]["chars"] == len(raw)
    html = report._repr_html_()
    assert html is not None
    html.encode("utf-8")


def test_surrogates_in_id_and_meta_are_replaced_too() -> None:
    doc = Document("id\udc80", "text", meta={"title": "T\ud800", "n": 3})
    assert (doc.id, doc.meta["title"], doc.meta["n"]) == ("id\ufffd", "T\ufffd", 3)
    clean = Document("x", "plain")
    assert clean.text == "plain"


# -- 3. encodings that do not decode text -----------------------------------------------------


@pytest.mark.parametrize(("name", "message"), [
    ("rot13", "--encoding: 'rot13' is not a text encoding"),
    ("base64", "--encoding: 'base64' is not a text encoding"),
    ("klingon", "--encoding: unknown text encoding 'klingon'"),
])
@pytest.mark.parametrize("command", ["compare", "segments"])
def test_encoding_option_must_name_a_text_encoding(docs, name, message, command) -> None:
    args = [command, *docs] if command == "compare" else [command, docs[0]]
    code, out, err = run(*args, "--encoding", name)
    assert code == 2 and out == ""
    assert err == f"claimcheck: error: {message}\n"


def test_loader_refuses_a_bytes_codec_by_name() -> None:
    with pytest.raises(LoadError, match=r"^x.txt: 'base64' is not a text encoding$"):
        decode(b"YWJj", "x.txt", "base64")
    assert decode("é".encode("latin-1"), "x.txt", "latin-1") == "é"


def test_settings_encoding_must_be_a_text_encoding(tmp_path, docs) -> None:
    (tmp_path / "s.toml").write_text('encoding = "rot13"\n', encoding="utf-8")
    code, _, err = run("compare", *docs, "--config", str(tmp_path / "s.toml"))
    assert code == 2
    one_line_error(err, f"{tmp_path / 's.toml'}: ", "encoding: 'rot13' is not a text encoding")


# -- 4. the user's own files -------------------------------------------------------------------


def _bad_file(tmp_path: Path, kind: str) -> str:
    path = tmp_path / f"user-{kind}.toml"
    if kind == "missing":
        pass
    elif kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "not-utf8":
        path.write_bytes(b'allow = ["caf\xe9"]\n')
    elif kind == "syntax":
        path.write_text("x = 1\ny = \n", encoding="utf-8")
    elif kind == "unreadable":
        path.write_text("", encoding="utf-8")
    return str(path)


_FILE_PROBLEMS = {
    "missing": "no such ",
    "directory": "is a directory, not a ",
    "fifo": "not a regular file",
    "not-utf8": "not valid UTF-8 at byte offset 13",
    "syntax": "not valid TOML (Invalid value (at line 2, column 5))",
    "unreadable": "permission denied",
}


def run_either(kind: str, *args: str, cwd: Path) -> tuple[int, str, str]:
    """A FIFO case runs in its own process, where a hang fails the test after a timeout
    instead of hanging the suite; the others in this one (where os.open can be patched)."""
    if kind != "fifo":
        return run(*args)
    done = run_process(*args, cwd=cwd)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def unreadable(monkeypatch):
    """Make files called user-unreadable.toml unreadable (the suite may run as root, who
    reads everything): os.open refuses them as the kernel would."""
    real = os.open

    def refusing(path, *args, **kwargs):
        if os.fspath(path).endswith("user-unreadable.toml"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)


@pytest.mark.parametrize("kind", list(_FILE_PROBLEMS))
@pytest.mark.parametrize("option", ["--lexicon", "--aliases", "--slant-allow", "--config"])
def test_user_files_name_the_file_and_the_problem(tmp_path, docs, unreadable, kind,
                                                  option) -> None:
    if kind == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("FIFOs are POSIX")
    if option == "--slant-allow" and kind in ("missing", "directory", "fifo", "syntax"):
        pytest.skip("--slant-allow reads a regular file; anything else is a list of phrases")
    path = _bad_file(tmp_path, kind)
    code, out, err = run_either(kind, "compare", *docs, option, path, cwd=tmp_path)
    assert code == 2 and out == ""
    one_line_error(err, f"{path}: ", _FILE_PROBLEMS[kind])
    what = {"--lexicon": "lexicon file", "--aliases": "alias file",
            "--config": "settings file"}.get(option)
    if kind in ("missing", "directory") and what:
        assert err.endswith(f"{what}\n")


@pytest.mark.parametrize("kind", ["directory", "fifo", "not-utf8", "syntax", "unreadable"])
def test_claimcheck_toml_in_the_working_directory(tmp_path, docs, monkeypatch, unreadable,
                                                  kind) -> None:
    if kind == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("FIFOs are POSIX")
    folder = tmp_path / "project"
    folder.mkdir()
    made = Path(_bad_file(folder, kind))
    target = folder / "claimcheck.toml"
    made.rename(target)
    if kind == "unreadable":
        monkeypatch.setattr(os, "open", _refuse(os.open, "claimcheck.toml"))
    monkeypatch.chdir(folder)
    code, out, err = run_either(kind, "compare", *docs, cwd=folder)
    assert code == 2 and out == ""
    one_line_error(err, "claimcheck.toml: ", _FILE_PROBLEMS[kind])


def _refuse(real, name: str):
    def refusing(path, *args, **kwargs):
        if os.fspath(path).endswith(name):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path, *args, **kwargs)
    return refusing


@pytest.mark.parametrize(("option", "content", "message"), [
    ("--aliases", "aliases = 5\n",
     "aliases must be a table of canonical name = [aliases], not a number (5)"),
    ("--aliases", "tool = 3\n", "tool must be a table, not a number (3)"),
    ("--aliases", "[tool]\nclaimcheck = 3\n", "tool.claimcheck must be a table"),
    ("--aliases", '[aliases]\n"Royal Navy" = 5\n',
     "aliases: the aliases of 'Royal Navy' must be a list of strings, not 5"),
    ("--config", "aliases = 5\n", "aliases must be a table of canonical name = [aliases]"),
    ("--config", '[aliases]\n"Royal Navy" = [1]\n',
     "aliases: the aliases of 'Royal Navy' must be a list of strings, not [1]"),
    ("--config", 'slant_categories = ["bogus"]\n',
     "slant_categories: unknown slant category 'bogus'; choose from labeling"),
    ("--config", 'reference = "not-a-date"\n',
     "reference must be an ISO date (YYYY-MM-DD), not 'not-a-date'"),
    ("--config", 'reference = "99999-01-01"\n', "reference must be an ISO date"),
    ("--config", "tolerance = nan\n", "tolerance must be a number between 0 and 1, not nan"),
    ("--config", "tolerance = inf\n", "tolerance must be a number between 0 and 1, not inf"),
    ("--config", 'only = ["contradiction"]\n',
     "only: unknown finding kind 'contradiction'; choose from discrepancy"),
    ("--lexicon", "[[entry]]\ncategory = \"labeling\"\nterms = [5]\n",
     "entry 1: terms must be a list of strings, not a number (5)"),
    ("--lexicon", "entry = [5]\n", "entry 1 must be a table, not a number (5)"),
    ("--lexicon", "entry = 5\n", "entry must be an array of tables ([[entry]])"),
    ("--lexicon", "[[entry]]\ncategory = \"spin\"\nterms = [\"x\"]\n",
     "entry 1 has unknown category 'spin' (choose from labeling, "),
    ("--lexicon", "[[entry]]\nterms = [\"x\"]\n", "entry 1 has no category"),
    ("--lexicon", "[[entry]]\ncategory = \"labeling\"\nterms = []\n", "entry 1 has no terms"),
    ("--lexicon", "[[entry]]\ncategory = \"labeling\"\ntermz = [\"x\"]\n",
     "entry 1: unknown key 'termz'"),
    ("--lexicon", "[[entry]]\ncategory = \"labeling\"\nterms = [\"x\"]\nextend = \"yes\"\n",
     "entry 1: extend must be true or false, not 'yes'"),
    ("--lexicon", "[[entry]]\ncategory = \"labeling\"\nterms = [\"x\"]\nnext = [\"@nolist\"]\n",
     "entry 1: next: phrase '@nolist' names list 'nolist', which is not defined"),
    ("--lexicon", "[lists]\nmine = 4\n", "lists.mine must be a list of strings"),
    ("--lexicon", "allow = \"x\"\n", "allow must be a list of strings, not a string"),
    ("--lexicon", "entries = []\n", "unknown key 'entries'"),
])
def test_wrong_types_name_the_file_and_the_key(tmp_path, docs, option, content,
                                                message) -> None:
    path = tmp_path / "user.toml"
    path.write_text(content, encoding="utf-8")
    code, out, err = run("compare", *docs, option, str(path))
    assert code == 2 and out == ""
    one_line_error(err, f"{path}: ", message)


def test_pyproject_with_a_tool_that_is_not_a_table(tmp_path, docs, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("tool = 3\n", encoding="utf-8")
    code, _, err = run("compare", *docs)
    assert code == 2
    one_line_error(err, "pyproject.toml: ", "tool must be a table, not a number (3)")


def test_lexicon_errors_hold_with_several_processes(tmp_path, docs) -> None:
    path = tmp_path / "user.toml"
    path.write_text("[[entry]]\ncategory = \"spin\"\nterms = [\"x\"]\n", encoding="utf-8")
    code, _, err = run("compare", *docs, "--lexicon", str(path), "--jobs", "2")
    assert code == 2
    one_line_error(err, f"{path}: ", "unknown category 'spin'")


def test_good_user_files_still_work(tmp_path, docs) -> None:
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text('[[entry]]\ncategory = "labeling"\nterms = ["men"]\n', encoding="utf-8")
    allow = tmp_path / "allow.txt"
    allow.write_text("# phrases\npuppet troops\n", encoding="utf-8")
    settings = tmp_path / "s.toml"
    settings.write_text("reference = 1950-06-25\n", encoding="utf-8")  # a TOML date
    code, out, err = run("compare", *docs, "-f", "json", "--lexicon", str(lexicon),
                         "--slant-allow", str(allow), "--config", str(settings))
    assert code == 0, err
    words = {f["detail"]["words"] for f in json.loads(out)["findings"] if f["kind"] == "slant"}
    assert "men" in words and "puppet troops" not in words and "puppet" not in words
    assert settings_file.load(settings).reference == "1950-06-25"


def test_lexicon_from_toml_is_a_value_error_and_a_claimcheck_error(tmp_path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[[entry]]\ncategory = "spin"\nterms = ["x"]\n', encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        Lexicon.from_toml(path)
    assert isinstance(err.value, ValueError) and isinstance(err.value, ClaimcheckError)


# -- 5. option values that make no sense -------------------------------------------------------


@pytest.mark.parametrize(("args", "message"), [
    (["--tolerance", "-1"], "--tolerance must be a number between 0 and 1, not -1.0"),
    (["--tolerance", "nan"], "--tolerance must be a number between 0 and 1, not nan"),
    (["--tolerance", "inf"], "--tolerance must be a number between 0 and 1, not inf"),
    (["--tolerance", "1"], "--tolerance must be a number between 0 and 1, not 1.0"),
    (["--reference", "not-a-date"],
     "--reference must be an ISO date (YYYY-MM-DD), not 'not-a-date'"),
    (["--reference", "99999-01-01"],
     "--reference must be an ISO date (YYYY-MM-DD), not '99999-01-01'"),
    (["--reference", "1950-02-30"], "--reference must be an ISO date"),
    (["--slant-categories", "bogus"],
     "--slant-categories: unknown slant category 'bogus'; choose from "
     + ", ".join(SLANT_CATEGORIES)),
    (["--slant-categories", "labeling,bogus"],
     "--slant-categories: unknown slant category 'bogus'"),
    (["--only", "contradiction"],
     "--only: unknown finding kind 'contradiction'; choose from " + ", ".join(FINDING_KINDS)),
    (["--only", "omission"], "--only: unknown finding kind 'omission'; choose from "),
    (["--fail-on", "bogus"], "--fail-on: unknown finding kind 'bogus'; choose from "),
    (["--only", ","], "--only: no kinds given; choose from "),
])
def test_senseless_option_values_are_one_line(docs, args, message) -> None:
    code, out, err = run("compare", *docs, *args)
    assert code == 2 and out == ""
    assert err.startswith(f"claimcheck: error: {message}") and err.count("\n") == 1, err
    assert "Usage" not in err


def test_claims_command_checks_its_reference(docs) -> None:
    code, _, err = run("claims", docs[0], "--reference", "99999-01-01")
    assert code == 2
    assert err == ("claimcheck: error: --reference must be an ISO date (YYYY-MM-DD), "
                   "not '99999-01-01'\n")


@pytest.mark.parametrize("kind", FINDING_KINDS)
def test_every_finding_kind_is_accepted(docs, kind: str) -> None:
    code, out, err = run("compare", *docs, "-f", "json", "--only", kind, "--fail-on", kind)
    assert code in (0, 1), err
    found = {f["kind"] for f in json.loads(out)["findings"]}
    assert found <= {kind}
    assert code == (1 if found else 0)


def test_sensible_values_pass_and_reach_the_run(docs) -> None:
    code, out, err = run("compare", *docs, "-f", "json", "--tolerance", "0",
                         "--reference", "1950-06-25T10:00", "--slant-categories", "labeling")
    assert code == 0, err
    slant = [f for f in json.loads(out)["findings"] if f["kind"] == "slant"]
    assert slant and {f["category"] for f in slant} == {"labeling"}
    assert settings_file.check_reference("1950-06-25T10:00") == "1950-06-25"


# -- 6. lexicon terms and alias files that cost too much ---------------------------------------


def _lexicon(tmp_path: Path, term: str, key: str = "terms") -> Path:
    path = tmp_path / "big.toml"
    rule = f'next = ["{term}"]\n' if key == "next" else ""
    terms = '["x"]' if key == "next" else json.dumps([term])
    path.write_text(f'[[entry]]\ncategory = "labeling"\nterms = {terms}\n{rule}',
                    encoding="utf-8")
    return path


def test_a_very_long_term_is_refused_naming_file_and_term(tmp_path, docs) -> None:
    path = _lexicon(tmp_path, "a" * 1000)
    code, _, err = run("compare", *docs, "--lexicon", str(path))
    assert code == 2
    one_line_error(err, f"{path}: entry 1: term 'aaaa",
                   "spells a form of 1,000 characters (at most 200)")


def test_a_term_of_the_longest_form_still_works(tmp_path) -> None:
    term = "w" * MAX_FORM_CHARS
    lex = Lexicon.builtin().merged(Lexicon.from_toml(_lexicon(tmp_path, term)))
    assert lex.matcher.search(f"a {term} b")
    with pytest.raises(LexiconError, match="at most 200"):
        Lexicon.from_toml(_lexicon(tmp_path, term + "w"))


def test_a_term_with_too_many_alternatives_is_refused(tmp_path, docs) -> None:
    path = _lexicon(tmp_path, "{a,b}" * 11)  # 2,048 forms
    code, _, err = run("compare", *docs, "--lexicon", str(path))
    assert code == 2
    one_line_error(err, f"{path}: entry 1: term '{{a,b}}",
                   f"spells more than {MAX_FORMS:,} forms with its {{a,b}} alternatives")


def test_alternatives_up_to_the_cap_are_fine(tmp_path) -> None:
    assert len(expand("{a,b}" * 10, MAX_FORMS)) == MAX_FORMS
    Lexicon.from_toml(_lexicon(tmp_path, "{a,b}" * 10))
    with pytest.raises(LexiconError, match="spells more than 1,024 forms"):
        Lexicon.from_toml(_lexicon(tmp_path, "{a,b}" * 11))


def test_expansion_stops_as_soon_as_it_passes_the_cap() -> None:
    # 4 million forms if they were all made first; refused after the 65th
    with pytest.raises(ValueError, match="more than 64 forms"):
        expand("{a,b}" * 22, 64)


def test_context_phrases_are_capped_too(tmp_path) -> None:
    with pytest.raises(LexiconError, match=r"entry 1: next: phrase '\{a,b\}.*spells more"):
        Lexicon.from_toml(_lexicon(tmp_path, "{a,b}" * 11, key="next"))
    lists = "[lists]\nw = [" + ", ".join(f'"w{i}"' for i in range(200)) + "]\n"
    path = tmp_path / "lists.toml"
    path.write_text(lists + '[[entry]]\ncategory = "labeling"\nterms = ["x"]\n'
                    'next = ["@w @w"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="'@w @w' spells more than 10,000 phrases"):
        Lexicon.from_toml(path)


def _reference_aliases(entries):
    """The old table, merging by a scan of every name: the behaviour to keep."""
    key_of: dict[str, str] = {}
    canonical_of: dict[str, str] = {}
    for canonical, aliases in entries:
        key = key_of.get(names.normalize(canonical), names.normalize(canonical))
        canonical_of.setdefault(key, canonical)
        for name in (canonical, *aliases):
            norm = names.normalize(name)
            if not norm:
                continue
            other = key_of.get(norm)
            if other is not None and other != key:
                for n, k in list(key_of.items()):
                    if k == other:
                        key_of[n] = key
                canonical_of.pop(other, None)
            key_of[norm] = key
    return key_of, canonical_of


def test_aliases_join_groups_as_before() -> None:
    import random

    rng = random.Random(15)
    words = [f"name {i}" for i in range(40)] + ["", "!!", "The Navy", "navy", "navies"]
    for _ in range(200):
        entries = [(rng.choice(words), rng.sample(words, rng.randint(0, 4)))
                   for _ in range(rng.randint(1, 25))]
        table = Aliases()
        for canonical, aliases in entries:
            table.register(canonical, aliases)
        key_of, canonical_of = _reference_aliases(entries)
        assert len(table) == len(key_of)
        for word in [*words, "unknown"]:
            norm = names.normalize(word)
            assert table.key(word) == key_of.get(norm, norm)
            assert table.canonical(word) == canonical_of.get(key_of.get(norm, norm), word)


def _register_steps(n: int) -> int:
    """Lines of names.py run to register n names that all share one alias."""
    table = Aliases()
    entries = [(f"Canon {i}", ["shared name"]) for i in range(n)]
    count = 0
    source = names.__file__

    def tracer(frame, event, arg):
        nonlocal count
        if frame.f_code.co_filename != source:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        for canonical, aliases in entries:
            table.register(canonical, aliases)
    finally:
        sys.settrace(None)
    assert table.key("Canon 0") == table.key("shared name") == table.key(f"Canon {n - 1}")
    return count


def test_an_alias_shared_by_many_names_costs_linear_work() -> None:
    small, large = _register_steps(1000), _register_steps(2000)
    assert large < 2.2 * small  # a scan per join made this 4 times


def test_a_large_alias_file_reads_and_registers(tmp_path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text("[aliases]\n" + "".join(f'"Canon {i}" = ["shared name"]\n'
                                             for i in range(5000)), encoding="utf-8")
    entries = read_alias_file(str(path))
    table = Aliases()
    for canonical, aliases in entries:
        table.register(canonical, aliases)
    assert table.canonical("shared name") == "Canon 4999"
    assert len(table) == 5001


@pytest.mark.parametrize("text", ["Increase20.56pp", "12.5", "Swing12.20pp"])
def test_a_one_word_text_with_a_number_after_its_dot_is_the_text(text: str) -> None:
    """"Increase20.56pp" names no file (a file's suffix opens with a letter): read as the
    text itself, not failed as a missing path; "report.txt" still reads as a path."""
    from claimcheck.core.load import is_path
    assert not is_path(text)
    assert is_path("report.txt")
