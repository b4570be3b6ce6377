"""Engines: one ordered map, run here, over local processes, or on a Dask cluster.

Every stage that spreads its work (each document's own work today; blocks of claims in
alignment) hands an engine a module-level function and its items, and gets the results
back as a list in item order, whatever ran them and in whatever order they finished.
That is what keeps the report the same, byte for byte, for ``--jobs 1``, ``--jobs 2``
and a Dask cluster: the stages never see which engine ran them, so the Dask run is the
local code path with another map, not a second implementation.

An engine knows nothing of documents or plugins. What must travel to other processes
(the function, the items, the shared arguments, the results) is pickled: plugins travel
as the stage's own recipe (``manager.recipe``), and ``Engine.where`` and
``Engine.instead`` give the words for refusing one that cannot.

Dask is optional (``claimcheck[dask]``) and imported only when a Dask engine is made.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import pickle
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from typing import Any

from claimcheck.errors import ClaimcheckError

#: ``progress(done, total, index)``: ``done`` of ``total`` items finished, the last one
#: being ``items[index]``.
MapProgress = Callable[[int, int, int], None]
#: ``each(index, result)``: what is kept of ``items[index]``'s result, made in the caller as
#: the result comes back (in the order results finish, not item order).
MapEach = Callable[[int, Any], Any]

#: ``chunk=AUTO``: about this many chunks a worker (few enough that a small item's
#: overhead does not dominate, enough that a slow chunk does not leave workers idle).
CHUNKS_PER_WORKER = 4
AUTO = 0


class Engine:
    """An ordered map over some set of workers.

    ``engine.map(fn, items, shared={...})`` is ``[fn(item, **shared) for item in items]``,
    results in item order. Subclasses say where the calls run.
    """

    #: Short name, as ``--engine`` spells it.
    name = "engine"
    #: For an error refusing something that cannot reach the workers: who runs them ...
    where = "this engine runs workers"
    #: ... and what to do instead.
    instead = "use jobs=1"

    @property
    def workers(self) -> int:
        """How many calls can run at once."""
        return 1

    def runs_here(self, count: int) -> bool:
        """True when a map of ``count`` items would run in this process (so plugin objects
        and anything else that cannot be pickled are fine), False when it crosses to other
        processes."""
        return True

    def map(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        *,
        shared: Mapping[str, Any] | None = None,
        chunk: int = 1,
        progress: MapProgress | None = None,
        each: MapEach | None = None,
    ) -> list[Any]:
        """``[fn(item, **shared) for item in items]``, in item order.

        ``fn`` must be a module-level function (workers import it by name), and the items,
        the values of ``shared`` and the results picklable. ``shared`` holds the arguments
        every call gets (settings, alias tables, a plugin recipe): an engine sends them to
        each worker once where it can, rather than once per item. ``chunk`` items travel
        together as one task (``AUTO``: about four chunks a worker), which is what small
        items need (a block of a few claims costs less than a task's round trip);
        chunking never changes the results or their order. ``progress(done, total,
        index)`` is called here as items finish (a chunk's items together). ``each(index,
        result)``, when given, is called here on each result as it comes back, and its
        return is kept in the result's place: a caller that turns what workers send into
        what it holds (``core.documents`` reads each document's results into the run's
        shared values) does it one result at a time, never holding every result's raw
        form at once. The first failure cancels what has not started and is raised here,
        as it would be in a loop.
        """
        shared = dict(shared or {})
        out = []
        for n, item in enumerate(items):
            result = fn(item, **shared)
            out.append(each(n, result) if each else result)
            if progress:
                progress(n + 1, len(items), n)
        return out

    def submit(self, fn: Callable[..., Any], item: Any, *,
               shared: Mapping[str, Any] | None = None) -> Pending:
        """``fn(item, **shared)``, begun now where an engine has a worker to spare, and
        its result asked for later (``Pending.result``), so that the caller goes on with
        other work meanwhile. Here: run when the result is asked for (the work done in
        the same order as a call at that point). The contract of ``map`` holds: ``fn``
        module-level, the item, the shared values and the result picklable."""
        return Pending(lambda: fn(item, **dict(shared or {})))

    def _chunks(self, count: int, chunk: int) -> list[range]:
        size = chunk or max(1, math.ceil(count / (self.workers * CHUNKS_PER_WORKER)))
        return [range(start, min(start + size, count)) for start in range(0, count, size)]


class Pending:
    """A result on its way (``Engine.submit``): ``result()`` gives it, waiting for it if
    need be; ``close()`` lets go of what runs it (a worker's pool), finished or not. A
    context manager: a failure of the caller's meanwhile closes it."""

    def __init__(self, get: Callable[[], Any], close: Callable[[], None] | None = None
                 ) -> None:
        self._get, self._close = get, close

    def result(self) -> Any:
        try:
            return self._get()
        finally:
            self.close()

    def close(self) -> None:
        if self._close is not None:
            close, self._close = self._close, None
            close()

    def __enter__(self) -> Pending:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalEngine(Engine):
    """``jobs`` processes on this machine (1: this process, no pool)."""

    name = "local"
    where = "jobs > 1 (--jobs) runs workers"
    instead = "use --jobs 1 (jobs=1)"

    def __init__(self, jobs: int | None = 1) -> None:
        self.jobs = resolve_jobs(jobs)

    def __repr__(self) -> str:
        return f"LocalEngine(jobs={self.jobs})"

    @property
    def workers(self) -> int:
        return self.jobs

    def runs_here(self, count: int) -> bool:
        return self.jobs == 1 or count < 2

    def map(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        *,
        shared: Mapping[str, Any] | None = None,
        chunk: int = 1,
        progress: MapProgress | None = None,
        each: MapEach | None = None,
    ) -> list[Any]:
        if self.runs_here(len(items)):
            return super().map(fn, items, shared=shared, progress=progress, each=each)
        shared = dict(shared or {})
        chunks = self._chunks(len(items), chunk)
        done = 0

        def each_part(n: int, part: list[Any]) -> list[Any]:
            return [each(i, r) for i, r in zip(chunks[n], part, strict=True)] if each \
                else part

        def tick(_done: int, _total: int, index: int) -> None:
            nonlocal done
            for i in chunks[index]:
                done += 1
                if progress:
                    progress(done, len(items), i)

        parts = map_ordered(_run_chunk, [([items[i] for i in c], fn, shared) for c in chunks],
                            jobs=self.jobs, progress=tick, each=each_part)
        return [result for part in parts for result in part]

    def submit(self, fn: Callable[..., Any], item: Any, *,
               shared: Mapping[str, Any] | None = None) -> Pending:
        """With two jobs or more, in a process of its own from now on (this process
        goes on with its own share of the work); with one, as ``Engine.submit``."""
        if self.jobs == 1:
            return super().submit(fn, item, shared=shared)
        # pickled here, now: the pool's feeder thread would pickle the item while this
        # process goes on with its share of the work, and an object the item reaches
        # (a memo filled as claims are read) changing meanwhile failed the pickling
        # ("dictionary changed size during iteration"), now and then
        blob = pickle.dumps(([item], fn, dict(shared or {})), protocol=pickle.HIGHEST_PROTOCOL)
        pool = ProcessPoolExecutor(max_workers=1)
        try:
            future = pool.submit(_run_pickled, blob)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise

        def close() -> None:
            # (a worker still busy because the caller failed is not waited for)
            pool.shutdown(wait=future.done(), cancel_futures=True)

        return Pending(lambda: future.result()[0], close)


class DaskEngine(Engine):
    """The tasks of a ``dask.distributed.Client``'s cluster.

    Workers import ``fn`` and whatever the items name (claimcheck, installed plugins) from
    their own environment: install the same packages there. ``shared`` is scattered to
    every worker once; each chunk is one task; results are gathered in item order.
    """

    name = "dask"
    where = "the Dask engine (--engine dask, check(client=...)) runs workers"
    instead = "use the local engine (--engine local, no client)"

    def __init__(self, client: Any) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"DaskEngine({self.client!r})"

    @property
    def workers(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def runs_here(self, count: int) -> bool:
        return False

    def map(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        *,
        shared: Mapping[str, Any] | None = None,
        chunk: int = 1,
        progress: MapProgress | None = None,
        each: MapEach | None = None,
    ) -> list[Any]:
        from distributed import as_completed

        if not items:
            return []
        client = self.client
        # one copy of each shared value on every worker (a list: scatter splits a dict)
        scattered = {key: client.scatter([value], broadcast=True, hash=False)[0]
                     for key, value in (shared or {}).items()}
        chunks = self._chunks(len(items), chunk)
        futures = client.map(_run_chunk, [[items[i] for i in c] for c in chunks],
                             [fn] * len(chunks), [scattered] * len(chunks),
                             key=f"claimcheck-{getattr(fn, '__name__', 'map')}", pure=False)
        where = {future.key: n for n, future in enumerate(futures)}
        parts: list[Any] = [None] * len(chunks)
        done = 0
        try:
            for future in as_completed(futures, loop=client.loop):
                n = where[future.key]
                part = future.result()  # a worker's exception is raised here
                parts[n] = [each(i, r) for i, r in zip(chunks[n], part, strict=True)] \
                    if each else part
                for i in chunks[n]:
                    done += 1
                    if progress:
                        progress(done, len(items), i)
        except BaseException:
            client.cancel(futures)
            raise
        finally:
            del futures
            client.cancel(list(scattered.values()))
        return [result for part in parts for result in part]

    def submit(self, fn: Callable[..., Any], item: Any, *,
               shared: Mapping[str, Any] | None = None) -> Pending:
        """One task of the cluster, begun now."""
        future = self.client.submit(_run_chunk, [item], fn, dict(shared or {}),
                                    key=f"claimcheck-{getattr(fn, '__name__', 'submit')}",
                                    pure=False)
        return Pending(lambda: future.result()[0], future.cancel)


def _run_chunk(chunk: Sequence[Any], fn: Callable[..., Any],
               shared: Mapping[str, Any]) -> list[Any]:
    """One task: ``fn`` over a chunk of items, in order (in a worker)."""
    return [fn(item, **shared) for item in chunk]


def _run_pickled(blob: bytes) -> list[Any]:
    """``_run_chunk`` of a chunk, its function and what it shares, pickled by the caller
    when it submitted them (``LocalEngine.submit``)."""
    return _run_chunk(*pickle.loads(blob))


def engine(jobs: int | None = 1, client: Any = None) -> Engine:
    """The engine ``check(jobs=..., client=...)`` asks for: a Dask client's cluster when
    one is given (``jobs`` is then the cluster's business), else ``jobs`` local
    processes (0 or None: one per CPU)."""
    if client is not None:
        if isinstance(client, Engine):
            return client
        if not callable(getattr(client, "map", None)) or not hasattr(client, "nthreads"):
            raise ClaimcheckError(
                f"client must be a dask.distributed.Client, not {type(client).__name__}")
        return DaskEngine(client)
    return LocalEngine(jobs)


@contextlib.contextmanager
def dask_client(scheduler: str | None, *, workers: int = 1,
                timeout: float = 10) -> Iterator[Any]:
    """A ``dask.distributed.Client`` for the CLI, closed on exit: connected to the
    scheduler at ``scheduler``, or (None) to a cluster of ``workers`` processes started
    here for the run. Dask missing or a scheduler out of reach is one line, not a
    traceback."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClaimcheckError(
            "--engine dask needs Dask: install claimcheck[dask] (dask[distributed])"
        ) from None
    if scheduler:
        try:
            client = Client(scheduler, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClaimcheckError(
                f"--scheduler {scheduler}: no Dask scheduler answered ({exc})") from None
        with client:
            yield client
        return
    # the workers' own logs of a failure stay quiet: the failure is raised here, one line
    with LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                      dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL) as cluster, \
            Client(cluster, set_as_default=False) as client:
        yield client


def map_ordered(
    fn: Callable[..., Any],
    items: Sequence[tuple[Any, ...]],
    *,
    jobs: int,
    progress: MapProgress | None = None,
    each: MapEach | None = None,
) -> list[Any]:
    """``[fn(*item) for item in items]`` over ``jobs`` processes, results in item order.

    ``fn`` must be a module-level function and the items picklable. ``progress(done,
    total, index)`` is called as each item finishes, after ``each(index, result)`` (when
    given), whose return is kept in place of the result. The first failure cancels what
    has not started and is raised here, as it would be in a loop.
    """
    total = len(items)
    results: list[Any] = [None] * total
    with ProcessPoolExecutor(max_workers=max(1, min(jobs, total))) as pool:
        futures = {pool.submit(fn, *item): i for i, item in enumerate(items)}
        pending = set(futures)
        done_count = 0
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_EXCEPTION)
                for future in sorted(done, key=futures.__getitem__):
                    # let go of the future, which holds its result as the worker sent it
                    n = futures.pop(future)
                    results[n] = each(n, future.result()) if each else future.result()
                    done_count += 1
                    if progress:
                        progress(done_count, total, n)
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    return results


def resolve_jobs(jobs: int | None) -> int:
    """``0`` (or None) means one process per CPU."""
    if not jobs:
        return os.cpu_count() or 1
    return max(1, int(jobs))
