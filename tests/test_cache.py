"""The per-document cache (``--cache``, core/cache.py): a warm run works on no document
and gives the same bytes; a new document is the only one worked on; anything a result
depends on (settings, plugins, the alias answers, the code) makes the work run again; a
damaged or foreign file is rebuilt with one warning; workers (jobs=2) fill it too.

Documents' work is counted through ``documents.prepare_one`` (the one function that
does a document's work in this process)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck.cli import cli
from claimcheck.config import Config
from claimcheck.core import cache as cache_mod
from claimcheck.core import documents
from claimcheck.errors import ClaimcheckError
from claimcheck.report.registry import render
from claimcheck.text.names import Aliases

from .conftest import SEEDS
from .example_plugin import plugin as events

NEW_DOCUMENT = (
    "A later note. The Korean People's Army (KPA) numbered 135,000 men on 25 June 1950, "
    "and the KPA lost 5,000 men by 1 July 1950."
)


@pytest.fixture(scope="module")
def pm():
    return claimcheck.get_plugin_manager(entry_points=False)


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    """The seeds, copied so that a test may add to them."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    paths = []
    for seed in sorted(SEEDS.glob("*.txt")):
        target = folder / seed.name
        target.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(str(target))
    return paths


@pytest.fixture
def worked(monkeypatch) -> list[str]:
    """The ids of the documents worked on in this process, in order."""
    calls: list[str] = []
    real = documents.prepare_one

    def counting(document, *args, **kwargs):
        calls.append(document.id)
        return real(document, *args, **kwargs)

    monkeypatch.setattr(documents, "prepare_one", counting)
    return calls


def report_bytes(report: claimcheck.Report, pm) -> tuple[str, str]:
    """The JSON report and the text report, as the CLI writes them."""
    return (json.dumps(report.to_dict(), ensure_ascii=False, indent=2),
            render(report, "text", pm, Config()))


def run(paths, pm, cache=None, jobs=1, **settings):
    config = Config(cache=str(cache) if cache else None, **settings)
    return claimcheck.check(*paths, pm=pm, config=config, jobs=jobs)


def test_a_warm_run_works_on_no_document_and_gives_the_same_bytes(corpus, pm, worked,
                                                                   tmp_path) -> None:
    plain = report_bytes(run(corpus, pm), pm)
    worked.clear()
    cache = tmp_path / "cache.sqlite"
    cold = report_bytes(run(corpus, pm, cache), pm)
    assert len(worked) == len(corpus)
    worked.clear()
    warm = report_bytes(run(corpus, pm, cache), pm)
    assert worked == []
    assert cold == plain and warm == plain


def test_a_new_document_is_the_only_one_worked_on(corpus, pm, worked, tmp_path) -> None:
    """Even when it spells out an acronym, so that the alias table grows for every
    document: the others asked the table nothing its new names answer differently."""
    cache = tmp_path / "cache.sqlite"
    run(corpus, pm, cache)
    new = Path(corpus[0]).parent / "zz-later-note.txt"
    new.write_text(NEW_DOCUMENT, encoding="utf-8")
    grown = [*corpus, str(new)]
    worked.clear()
    cached = report_bytes(run(grown, pm, cache), pm)
    assert worked == ["zz-later-note"]
    worked.clear()
    assert cached == report_bytes(run(grown, pm), pm)


def test_a_new_acronym_works_again_the_documents_that_asked_about_it(pm, worked,
                                                                      tmp_path) -> None:
    folder = tmp_path / "acronyms"
    folder.mkdir()
    (folder / "a.txt").write_text("By June 1950 the KPA numbered 90,000 men.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("The UN troops numbered 40,000 men in July 1950.\n",
                                  encoding="utf-8")
    cache = tmp_path / "cache.sqlite"
    run([str(folder / "a.txt"), str(folder / "b.txt")], pm, cache)
    (folder / "c.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
    grown = [str(folder / name) for name in ("a.txt", "b.txt", "c.txt")]
    worked.clear()
    cached = report_bytes(run(grown, pm, cache), pm)
    assert worked == ["a", "c"]  # "KPA" in a now names the Korean People's Army
    worked.clear()
    assert cached == report_bytes(run(grown, pm), pm)


def test_a_changed_document_is_worked_on_again(corpus, pm, worked, tmp_path) -> None:
    cache = tmp_path / "cache.sqlite"
    run(corpus, pm, cache)
    changed = Path(corpus[-1])
    changed.write_text(changed.read_text(encoding="utf-8").replace("1950", "1951", 1),
                       encoding="utf-8")
    worked.clear()
    cached = report_bytes(run(corpus, pm, cache), pm)
    assert worked == [changed.stem]
    assert cached == report_bytes(run(corpus, pm), pm)


def test_changed_settings_and_plugins_work_every_document_again(corpus, pm, worked,
                                                                tmp_path) -> None:
    cache = tmp_path / "cache.sqlite"
    run(corpus, pm, cache)
    worked.clear()
    run(corpus, pm, cache, options={"color": True})  # presentation only
    assert worked == []
    run(corpus, pm, cache, approx_tolerance=0.2)
    assert len(worked) == len(corpus)
    with_events = claimcheck.get_plugin_manager([events], entry_points=False)
    worked.clear()
    cached = report_bytes(run(corpus, with_events, cache), with_events)
    assert len(worked) == len(corpus)
    assert any('"kind": "event"' in line for line in cached[0].splitlines())
    worked.clear()
    assert cached == report_bytes(run(corpus, with_events), with_events)


def test_the_users_aliases_work_every_document_again(corpus, pm, worked, tmp_path) -> None:
    """``Config.aliases`` is a setting a plugin may read, so it is part of the key (the
    acronyms documents add are not: their answers are checked one by one)."""
    cache = tmp_path / "cache.sqlite"
    run(corpus, pm, cache)
    aliases = (("Korean People's Army", ("DPRK troops", "North Korean army")),)
    worked.clear()
    cached = report_bytes(run(corpus, pm, cache, aliases=aliases), pm)
    assert len(worked) == len(corpus)
    worked.clear()
    assert cached == report_bytes(run(corpus, pm, aliases=aliases), pm)


def test_recorded_alias_answers_are_checked_against_the_new_table() -> None:
    old = Aliases()
    old.register("Korean People's Army", ["KPA"])
    asked = cache_mod.AliasReads(old)
    assert asked.key("KPA") == asked.key("Korean People's Army")
    assert asked.find("the DPRK troops advanced") is None
    complete, reads = asked.record()
    assert complete
    same = Aliases()
    same.register("Korean People's Army", ["KPA"])
    same.register("Royal Navy", ["RN"])  # asked about by no one
    assert cache_mod.answers_again(reads, same)
    grown = Aliases()
    grown.register("Korean People's Army", ["KPA", "DPRK troops"])
    assert not cache_mod.answers_again(reads, grown)


def test_an_edited_lexicon_file_changes_the_key(tmp_path, pm) -> None:
    lexicon = tmp_path / "words.toml"
    lexicon.write_text('[labeling]\nterms = ["bandits"]\n', encoding="utf-8")
    config = Config(options={"lexicon": [str(lexicon)]})
    before = cache_mod.run_key(pm, config)
    assert cache_mod.run_key(pm, config) == before
    lexicon.write_text('[labeling]\nterms = ["aggressors"]\n', encoding="utf-8")
    assert cache_mod.run_key(pm, config) != before


def test_entries_read_back_as_the_records_they_were(corpus, pm) -> None:
    document = claimcheck.load(corpus[0], pm=pm)
    aliases = Aliases()
    prepared = documents.prepare_one(document, aliases, Config(), pm)
    fields = tuple(getattr(prepared, f.name) for f in dataclasses.fields(prepared))
    again = cache_mod.decode(cache_mod.encode(fields))
    assert again == fields
    assert [c.extra for c in again[1]] == [c.extra for c in prepared.claims]
    assert [c.frame for c in again[1]] == [c.frame for c in prepared.claims]
    assert [f.detail for f in again[2] + again[3]] == [
        f.detail for f in prepared.checked + prepared.slant]
    with pytest.raises(cache_mod.Uncacheable):
        cache_mod.encode({"a": object()})


@pytest.mark.parametrize("garbage", [
    b"this is no database\n" * 50,
    b"SQLite format 3\x00" + b"\xff" * 4000,
])
def test_a_damaged_file_is_rebuilt_with_one_warning(corpus, pm, worked, tmp_path, capsys,
                                                    garbage) -> None:
    cache = tmp_path / "cache.sqlite"
    cache.write_bytes(garbage)
    plain = report_bytes(run(corpus, pm), pm)
    capsys.readouterr()
    assert report_bytes(run(corpus, pm, cache), pm) == plain
    warnings = capsys.readouterr().err.strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("claimcheck: warning: cache ")
    assert "rebuilt" in warnings[0]
    worked.clear()
    assert report_bytes(run(corpus, pm, cache), pm) == plain
    assert worked == [] and capsys.readouterr().err == ""


def test_another_programs_database_is_rebuilt_with_one_warning(corpus, pm, tmp_path,
                                                               capsys) -> None:
    cache = tmp_path / "cache.sqlite"
    with sqlite3.connect(cache) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
    run(corpus[:2], pm, cache)
    (warning,) = capsys.readouterr().err.strip().splitlines()
    assert "another program's database" in warning and "rebuilt" in warning


@pytest.mark.parametrize("data", [b"\x00\xff", cache_mod.encode((1, [2])),
                                  cache_mod.encode({"r": "Nothing", "v": []})])
def test_a_damaged_entry_is_worked_on_again(corpus, pm, worked, tmp_path, data) -> None:
    cache = tmp_path / "cache.sqlite"
    plain = report_bytes(run(corpus, pm, cache), pm)
    with sqlite3.connect(cache) as db:
        db.execute("UPDATE entries SET data = ?", (data,))
    worked.clear()
    assert report_bytes(run(corpus, pm, cache), pm) == plain
    assert len(worked) == len(corpus)


def test_workers_fill_the_cache_and_give_the_same_bytes(corpus, pm, worked,
                                                        tmp_path) -> None:
    cache = tmp_path / "cache.sqlite"
    plain = report_bytes(run(corpus, pm), pm)
    assert report_bytes(run(corpus[:2], pm, cache, jobs=2), pm) == report_bytes(
        run(corpus[:2], pm), pm)
    worked.clear()
    assert report_bytes(run(corpus, pm, cache, jobs=2), pm) == plain  # two kept, two new
    assert report_bytes(run(corpus, pm, cache), pm) == plain
    assert worked == []  # what the workers did was kept


def test_a_source_is_never_the_cache(corpus, pm) -> None:
    with pytest.raises(ClaimcheckError, match="refusing to use it as the cache"):
        run(corpus, pm, corpus[0])
    assert Path(corpus[0]).read_text(encoding="utf-8").strip()


def test_two_writers_at_once_leave_every_entry(tmp_path) -> None:
    """Two runs writing one file: SQLite's lock makes one wait, nothing is lost."""
    path = str(tmp_path / "cache.sqlite")
    cache_mod.Store.open(path).close()
    errors: list[BaseException] = []

    def write(prefix: str) -> None:
        try:
            store = cache_mod.Store.open(path)
            for batch in range(20):
                store.put([(f"{prefix}{batch}-{n}", b"r", b"d" * 1000) for n in range(25)])
            store.close()
        except BaseException as exc:  # pragma: no cover - the failure we look for
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(p,)) for p in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    store = cache_mod.Store.open(path)
    keys = [f"{p}{b}-{n}" for p in "ab" for b in range(20) for n in range(25)]
    assert len(store.get(keys)) == 1000
    store.close()


def test_the_command_line_option_and_the_settings_file(corpus, tmp_path, monkeypatch,
                                                       worked) -> None:
    monkeypatch.setenv("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    plain = runner.invoke(cli, ["compare", *corpus[:2], "-f", "json"])
    cache = tmp_path / "cli-cache.sqlite"
    first = runner.invoke(cli, ["compare", *corpus[:2], "-f", "json", "--cache", str(cache)])
    done = len(worked)
    second = runner.invoke(cli, ["compare", *corpus[:2], "-f", "json", "--cache", str(cache)])
    assert len(worked) == done  # the warm run read both documents' results from the cache
    assert plain.exit_code == first.exit_code == second.exit_code == 0
    assert plain.stdout == first.stdout == second.stdout
    assert cache.stat().st_size > 0
    (tmp_path / "claimcheck.toml").write_text('cache = "kept/results.sqlite"\n',
                                              encoding="utf-8")
    (tmp_path / "kept").mkdir()
    third = runner.invoke(cli, ["compare", *corpus[:2], "-f", "json"])
    assert third.exit_code == 0 and third.stdout == plain.stdout
    assert (tmp_path / "kept" / "results.sqlite").stat().st_size > 0
    (tmp_path / "kept" / "results.sqlite").unlink()
    fourth = runner.invoke(cli, ["compare", *corpus[:2], "-f", "json", "--no-cache"])
    assert fourth.exit_code == 0 and not (tmp_path / "kept" / "results.sqlite").exists()


def test_a_cache_that_cannot_be_made_is_one_warning(corpus, pm, tmp_path, capsys) -> None:
    plain = report_bytes(run(corpus[:2], pm), pm)
    capsys.readouterr()
    assert report_bytes(run(corpus[:2], pm, tmp_path / "missing" / "c.sqlite"), pm) == plain
    (warning,) = capsys.readouterr().err.strip().splitlines()
    assert warning.startswith("claimcheck: warning: cache ") and "without it" in warning


class _Configured:
    """A plugin object whose settings the key must hold (or refuse to guess at)."""

    def __init__(self, setting) -> None:
        self.setting = setting


def test_a_plugin_objects_settings_are_in_the_key(corpus, pm, tmp_path, capsys) -> None:
    config = Config()
    keys = [cache_mod.run_key(claimcheck.get_plugin_manager([_Configured(n)],
                                                            entry_points=False), config)
            for n in (1, 1, 2)]
    assert keys[0] == keys[1] != keys[2]
    odd = claimcheck.get_plugin_manager([_Configured(lambda: 1)], entry_points=False)
    plain = report_bytes(run(corpus[:2], odd), odd)
    capsys.readouterr()
    assert report_bytes(run(corpus[:2], odd, tmp_path / "c.sqlite"), odd) == plain
    (warning,) = capsys.readouterr().err.strip().splitlines()
    assert "cannot key" in warning and "_Configured" in warning


def test_the_claims_command_lists_the_same_claims_through_the_cache(corpus, tmp_path,
                                                                    monkeypatch, worked) -> None:
    monkeypatch.setenv("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
    runner = CliRunner()
    cache = str(tmp_path / "claims.sqlite")
    for fmt in ("json", "text"):
        plain = runner.invoke(cli, ["claims", corpus[0], "-f", fmt])
        cold = runner.invoke(cli, ["claims", corpus[0], "-f", fmt, "--cache", cache])
        done = len(worked)
        warm = runner.invoke(cli, ["claims", corpus[0], "-f", fmt, "--cache", cache])
        assert len(worked) == done  # read from the cache, not extracted again
        assert plain.exit_code == cold.exit_code == warm.exit_code == 0
        assert plain.stdout == cold.stdout == warm.stdout and plain.stdout.strip()
