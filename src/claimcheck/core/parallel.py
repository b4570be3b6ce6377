"""Per-document work in parallel processes: segment, extract, self-check, slant.

Everything a document needs that does not look at other documents runs in a worker;
loading and the alias table (which reads every document's acronyms) come first in the
caller, and alignment, comparison and wording, which pair documents, come after.
Workers build their own plugin manager (built-ins and installed plugins): plugin
objects registered only in the caller's manager are not seen by workers. Results come
back in source order, so the report is the same, byte for byte, whatever ``jobs`` is.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

import pluggy

from claimcheck.config import DEFAULT, Config
from claimcheck.core import pipeline
from claimcheck.manager import call_hook, get_plugin_manager
from claimcheck.model import Claim, Document, Finding, Segments
from claimcheck.text.names import Aliases

#: ``progress(done, total, source)`` after each document.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Prepared:
    """One document's own results: what pipeline.check computes per document."""

    segments: Segments
    claims: list[Claim]
    checked: list[Finding]  # check_document: the document against itself
    slant: list[Finding]


def prepare_one(
    document: Document, aliases: Aliases, config: Config = DEFAULT,
    pm: pluggy.PluginManager | None = None,
) -> Prepared:
    """Segment, extract, self-check and slant one document (in a worker, or here)."""
    pm = pm or _worker_pm()
    segments = pipeline.segment(document, pm=pm, config=config)
    claims = pipeline.extract(document, segments, pm=pm, config=config, aliases=aliases)
    checked: list[Finding] = []
    for batch in call_hook(pm, "check_document", document=document, claims=claims,
                           config=config):
        checked.extend(batch or ())
    slant = pipeline.slant(document, segments, pm=pm, config=config)
    return Prepared(segments, claims, checked, slant)


def map_ordered(
    fn: Callable[..., Any],
    items: Sequence[tuple[Any, ...]],
    *,
    jobs: int,
    progress: Callable[[int, int, int], None] | None = None,
) -> list[Any]:
    """``[fn(*item) for item in items]`` over ``jobs`` processes, results in item order.

    ``fn`` must be a module-level function and the items picklable. ``progress(done,
    total, index)`` is called as each item finishes. The first failure cancels what has
    not started and is raised here, as it would be in a loop.
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
                    results[futures[future]] = future.result()
                    done_count += 1
                    if progress:
                        progress(done_count, total, futures[future])
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    return results


def prepare_all(
    documents: Sequence[Document],
    aliases: Aliases,
    *,
    config: Config = DEFAULT,
    pm: pluggy.PluginManager | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> list[Prepared]:
    """Every document's own work, in document order: here when ``jobs`` is 1, else in
    ``jobs`` processes (pipeline.check's per-document step)."""
    jobs = resolve_jobs(jobs)
    if jobs == 1 or len(documents) < 2:
        pm = pm or get_plugin_manager()
        out = []
        for n, document in enumerate(documents, 1):
            out.append(prepare_one(document, aliases, config, pm))
            if progress:
                progress(n, len(documents), document.path or document.id)
        return out

    def tick(done: int, total: int, index: int) -> None:
        if progress:
            progress(done, total, documents[index].path or documents[index].id)

    return map_ordered(prepare_one, [(d, aliases, config) for d in documents], jobs=jobs,
                       progress=tick)


def resolve_jobs(jobs: int | None) -> int:
    """``0`` (or None) means one process per CPU."""
    if not jobs:
        return os.cpu_count() or 1
    return max(1, int(jobs))


_PM: pluggy.PluginManager | None = None


def _worker_pm() -> pluggy.PluginManager:
    """One plugin manager per worker process, built on first use."""
    global _PM
    if _PM is None:
        _PM = get_plugin_manager()
    return _PM
