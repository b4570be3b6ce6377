"""No full collections of the cyclic garbage collector while a stage builds records.

Why: extraction builds a document's claims, values and frames (a text dense with figures
makes a million of them), and none of them is garbage until the run ends. Python's
collector walks the whole heap each time it has grown by a quarter; while the claims
are being built that walk finds nothing and was a tenth to a fifth of the run (8 % on
ordinary prose, 20 % on a text of one figure every few characters). Its young
generations still run as ever, so a cycle a plugin leaves behind is still collected
within a few hundred allocations; only the walks of the old generation wait until the
stage is over.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["growing_heap"]

#: The old generation's threshold while paused: never reached
_NEVER = 2**31 - 1

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] | None = None


@contextlib.contextmanager
def growing_heap() -> Iterator[None]:
    """Run the body without full collections; the collector's thresholds are restored
    when the outermost such body ends (bodies may nest, and run in several threads)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(*_saved[:2], _NEVER)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
