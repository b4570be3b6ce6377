"""A labelled row's names line ("Nominee Ann B. Cole Dan E. Frey" over "Popular vote
1,204,118 998,765") is read once a row, not once for each of the row's figures
(``core/frames._row_names``), and split into names once for all the rows under it
(``core/frames._names_line_split``), giving each column its owner as before."""

from __future__ import annotations

from typing import Any

import claimcheck
from claimcheck.core import frames
from claimcheck.manager import get_plugin_manager

TEXT = ("Nominee Ann B. Cole Dan E. Frey\n"
        "Popular vote 1,204,118 998,765\n"
        "States carried 20 18\n")


def test_names_line_read_once_a_row(monkeypatch: Any) -> None:
    calls: list[tuple[Any, ...]] = []
    real = frames._split_names

    def counted(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(frames, "_split_names", counted)
    _forget()
    found = claimcheck.claims(TEXT, pm=get_plugin_manager(entry_points=False))
    figures = [c for c in found if c.kind == "quantity"]
    assert len(figures) == 4
    assert len(calls) == 1  # two rows of two figures under one names line: one split
    _forget()


def _forget() -> None:
    """Empty the rows' memos (a row read by an earlier test would not be read here)."""
    for name in ("_row_names", "_names_line_split"):
        memo = getattr(frames, name, None)
        if memo is not None:
            memo.cache_clear()
