"""A map over processes whose results come back in input order.

The stages hand it their per-item function, so that the same report comes out, byte
for byte, whatever the number of processes; it knows nothing of documents or plugins.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from typing import Any


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


def resolve_jobs(jobs: int | None) -> int:
    """``0`` (or None) means one process per CPU."""
    if not jobs:
        return os.cpu_count() or 1
    return max(1, int(jobs))
