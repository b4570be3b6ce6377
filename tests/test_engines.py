"""Engines (core/parallel.py): the same report, byte for byte, whatever runs the work.

``--jobs 1``, ``--jobs 2``, two string hash seeds and the Dask engine on a two-worker
``LocalCluster`` must give the same JSON report; plugins reach Dask workers only from
their installed packages, and one that cannot is named in one line, never silently left
out. The Dask tests skip when dask.distributed is not installed (``claimcheck[dask]``).
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import claimcheck
from claimcheck.core import parallel, pipeline
from claimcheck.errors import ClaimcheckError, PluginError
from claimcheck.manager import get_plugin_manager

from .conftest import ROOT, SEEDS

SOURCES = tuple(str(p) for p in sorted(SEEDS.glob("*.txt")))


def report_json(report: claimcheck.Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=1)


@pytest.fixture(scope="module")
def serial_json() -> str:
    return report_json(claimcheck.check(*SOURCES, jobs=1))


def _square(x: int, *, add: int = 0) -> int:
    return x * x + add


def _fail_on_three(x: int) -> int:
    if x == 3:
        raise ValueError("three")
    return x


# -- the map itself ------------------------------------------------------------------------


@pytest.mark.parametrize("chunk", [1, 3, parallel.AUTO])
def test_local_engine_keeps_item_order_with_chunks_and_shared(chunk: int) -> None:
    seen: list[tuple[int, int, int]] = []
    out = parallel.LocalEngine(2).map(_square, list(range(11)), shared={"add": 1},
                                      chunk=chunk, progress=lambda *a: seen.append(a))
    assert out == [x * x + 1 for x in range(11)]
    assert [done for done, _, _ in seen] == list(range(1, 12))
    assert sorted(index for _, _, index in seen) == list(range(11))


def test_local_engine_raises_the_first_failure() -> None:
    with pytest.raises(ValueError, match="three"):
        parallel.LocalEngine(2).map(_fail_on_three, list(range(6)))


def test_engine_choice() -> None:
    assert parallel.engine(1).runs_here(10)
    assert parallel.engine(2).runs_here(1)  # one item is not worth a pool
    assert not parallel.engine(2).runs_here(2)
    with pytest.raises(ClaimcheckError, match=r"dask\.distributed\.Client, not str"):
        parallel.engine(client="tcp://127.0.0.1:8786")


# -- jobs ----------------------------------------------------------------------------------


def test_jobs_2_gives_the_bytes_of_jobs_1(serial_json: str) -> None:
    assert report_json(claimcheck.check(*SOURCES, jobs=2)) == serial_json


# -- Dask ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address="127.0.0.1:0", silence_logs=50) as cluster, \
            distributed.Client(cluster, set_as_default=False) as c:
        yield c


def test_dask_engine_keeps_item_order(client) -> None:
    engine = parallel.engine(client=client)
    assert engine.workers == 2 and not engine.runs_here(1)
    for chunk in (1, parallel.AUTO):
        assert engine.map(_square, list(range(9)), shared={"add": 2}, chunk=chunk) == [
            x * x + 2 for x in range(9)]
    with pytest.raises(ValueError, match="three"):
        engine.map(_fail_on_three, list(range(6)))


def test_dask_report_is_the_local_one_byte_for_byte(client, serial_json: str) -> None:
    seen: list[str] = []
    report = claimcheck.check(*SOURCES, client=client,
                              progress=lambda done, total, source: seen.append(source))
    assert report_json(report) == serial_json
    assert sorted(seen) == sorted(SOURCES)


def test_dask_refuses_a_plugin_registered_only_in_the_client(client) -> None:
    class OnlyHere:
        @claimcheck.hookimpl
        def extract_claims(self, document, segments, config):
            return []

    plugin = OnlyHere()
    with pytest.raises(PluginError) as err:
        claimcheck.check(*SOURCES, plugins=[plugin], client=client)
    name = get_plugin_manager([plugin]).get_name(plugin)
    assert str(err.value) == (
        f"plugin {name} is registered only in this process; the Dask engine (--engine dask, "
        "check(client=...)) runs workers that load installed plugins and importable plugin "
        "modules only: install it, or use the local engine (--engine local, no client)")


PLUGIN_MODULE = '''
from claimcheck.plugin import hookimpl


@hookimpl
def extract_claims(document, segments, config):
    return []
'''


def test_dask_names_a_plugin_module_its_workers_cannot_import(client, tmp_path,
                                                              monkeypatch) -> None:
    """Importable here (a folder on this process's sys.path), not on the workers started
    before it: the worker's failure comes back as one line naming the plugin."""
    (tmp_path / "cc_client_side_plugin.py").write_text(PLUGIN_MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("cc_client_side_plugin")
    try:
        with pytest.raises(PluginError) as err:
            claimcheck.check(*SOURCES, plugins=[module], client=client)
    finally:
        sys.modules.pop("cc_client_side_plugin", None)
    assert str(err.value).startswith(
        "plugin cc_client_side_plugin cannot be imported where this worker runs "
        "(ModuleNotFoundError: ")
    assert str(err.value).endswith("install it there too")


def test_an_unreachable_scheduler_is_one_line() -> None:
    pytest.importorskip("distributed")
    with pytest.raises(ClaimcheckError, match=r"^--scheduler tcp://127\.0\.0\.1:9: no Dask "
                       "scheduler answered"), \
            parallel.dask_client("tcp://127.0.0.1:9", timeout=0.5):
        pass


# -- the CLI: hash seeds, jobs ---------------------------------------------------------------

#: Names swapped in some variants, so that documents differ in who as well as how many.
SWAPS = (("MacArthur", "Ridgway"), ("Seoul", "Pusan"), ("Truman", "Acheson"),
         ("Pyongyang", "Kaesong"))


def variant(text: str, k: int) -> str:
    """Variant ``k`` of a seed: every (k+2)-th figure of three or more digits raised by
    5k % (and k), some names swapped. Variant 0 is the seed itself."""
    count = 0

    def figure(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        digits = m.group(0).replace(",", "")
        if k == 0 or count % (k + 2) or len(digits) < 3:
            return m.group(0)
        value = int(digits) + int(digits) * 5 * k // 100 + k
        return f"{value:,}" if "," in m.group(0) else str(value)

    text = re.sub(r"(?<![\d.])\d[\d,]*\d(?![\d.])", figure, text)
    for i, (old, new) in enumerate(SWAPS):
        if (i + k) % 3 == 0:
            text = text.replace(old, new)
    return text


def corpus(folder: Path, variants: int) -> Path:
    """``variants`` variants of each seed (4 seeds) as files in ``folder``."""
    folder.mkdir()
    for k in range(variants):
        for seed in sorted(SEEDS.glob("*.txt")):
            text = variant(seed.read_text(encoding="utf-8"), k)
            (folder / f"v{k}-{seed.name}").write_text(text, encoding="utf-8")
    return folder


def compare_json(folder: Path, *, hashseed: str, jobs: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": hashseed}
    done = subprocess.run(
        [sys.executable, "-c", "from claimcheck.cli import main; main()", "compare",
         str(folder), "-f", "json",
         "--jobs", jobs, "--no-config", "--no-progress"],
        cwd=ROOT, env=env, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def test_hash_seeds_and_jobs_give_the_same_bytes(tmp_path) -> None:
    """Twelve documents that share and vary figures and names: a set or dict iterated in
    hash order anywhere on the way to the report would show here."""
    folder = corpus(tmp_path / "docs", 3)
    first = compare_json(folder, hashseed="1", jobs="1")
    report = json.loads(first)
    assert len(report["documents"]) == 12
    assert sum(f["kind"] == "discrepancy" for f in report["findings"]) > 0
    assert compare_json(folder, hashseed="2", jobs="1") == first
    assert compare_json(folder, hashseed="2", jobs="2") == first


# -- work beside the figures (Engine.submit) ---------------------------------------------


def _pid_and_square(x: int, *, add: int = 0) -> tuple[int, int]:
    return os.getpid(), x * x + add


def test_submit_runs_on_a_worker_with_two_jobs_and_here_with_one() -> None:
    pid, value = parallel.LocalEngine(2).submit(_pid_and_square, 3, shared={"add": 1}).result()
    assert value == 10 and pid != os.getpid()
    pid, value = parallel.LocalEngine(1).submit(_pid_and_square, 3, shared={"add": 1}).result()
    assert value == 10 and pid == os.getpid()
    with pytest.raises(ValueError, match="three"), parallel.LocalEngine(2).submit(
            _fail_on_three, 3) as pending:
        pending.result()


def test_two_documents_statements_beside_the_figures_same_bytes(monkeypatch) -> None:
    """With two jobs, a pair's statements and texts are lined up on a worker while the
    figures are lined up here; the report is that of one job, byte for byte."""
    pair = (SOURCES[0], SOURCES[2])
    serial = report_json(claimcheck.check(*pair, jobs=1))
    submitted: list[str] = []
    submit = parallel.LocalEngine.submit

    def spy(self, fn, item, *, shared=None):  # type: ignore[no-untyped-def]
        submitted.append(fn.__name__)
        return submit(self, fn, item, shared=shared)

    monkeypatch.setattr(parallel.LocalEngine, "submit", spy)
    assert report_json(claimcheck.check(*pair, jobs=2)) == serial
    assert submitted == []  # two short texts: less work than a worker's start
    monkeypatch.setattr(pipeline, "BESIDE_STATEMENTS", 0)
    assert report_json(claimcheck.check(*pair, jobs=2)) == serial
    assert submitted == ["_beside_worker"]
    report = json.loads(serial)
    assert any(f["detail"].get("statement") for f in report["findings"])  # lined up


def test_dask_two_documents_statements_beside_the_figures_same_bytes(client, monkeypatch
                                                                     ) -> None:
    """On a Dask cluster, the pair's statements and texts are one task of the cluster
    while the figures are lined up in the client; the report is one job's, byte for byte."""
    pair = (SOURCES[0], SOURCES[2])
    serial = report_json(claimcheck.check(*pair, jobs=1))
    submitted: list[str] = []
    submit = parallel.DaskEngine.submit

    def spy(self, fn, item, *, shared=None):  # type: ignore[no-untyped-def]
        submitted.append(fn.__name__)
        return submit(self, fn, item, shared=shared)

    monkeypatch.setattr(parallel.DaskEngine, "submit", spy)
    monkeypatch.setattr(pipeline, "BESIDE_STATEMENTS", 0)
    assert report_json(claimcheck.check(*pair, client=client)) == serial
    assert submitted == ["_beside_worker"]


def test_a_submitted_item_travels_as_it_was_when_submitted() -> None:
    """The caller goes on with its share of the work once it has submitted one: an
    object the item reaches that changes meanwhile neither fails the pickling nor
    changes what the worker gets."""
    from claimcheck.core.parallel import LocalEngine

    item = {n: n for n in range(10)}
    pending = LocalEngine(jobs=2).submit(len, item)
    item.update({n: n for n in range(10, 100_000)})
    with pending:
        assert pending.result() == 10
