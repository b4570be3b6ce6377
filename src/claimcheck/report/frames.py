"""The report as pandas DataFrames: ``claimcheck.to_frames(report)``, or
``report.to_frames()`` (the model's view, registered here).

Why through the SQLite export: one definition of the tables (their columns, the stable
finding ids, the flattened figures and dates) serves the database and the frames, and
whichever plugin provides the ``sqlite`` format provides both. The database is built in
memory and read back with ``pandas.read_sql_query``, so the frames' columns are the
tables' (see ``claimcheck.builtin.render.sqlite``).

pandas is an optional extra (``pip install 'claimcheck[pandas]'``): it is imported only
when frames are asked for, never by ``import claimcheck``.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any, NamedTuple

from claimcheck.config import DEFAULT
from claimcheck.errors import ClaimcheckError
from claimcheck.manager import get_plugin_manager
from claimcheck.model import Report, register_view
from claimcheck.report.registry import render

if TYPE_CHECKING:
    import pandas as pd


class Frames(NamedTuple):
    """A report's tables. ``facts`` and ``fact_values`` are None when the report has no
    facts. Rows keep report order (``seq`` for findings)."""

    documents: pd.DataFrame
    claims: pd.DataFrame
    findings: pd.DataFrame
    finding_claims: pd.DataFrame
    finding_spans: pd.DataFrame
    facts: pd.DataFrame | None = None
    fact_values: pd.DataFrame | None = None


#: Each frame's table and the order of its rows.
_QUERIES: dict[str, str] = {
    "documents": "SELECT * FROM documents ORDER BY rowid",
    "claims": "SELECT * FROM claims ORDER BY rowid",
    "findings": "SELECT * FROM findings ORDER BY seq",
    "finding_claims": "SELECT * FROM finding_claims ORDER BY rowid",
    "finding_spans": "SELECT * FROM finding_spans ORDER BY rowid",
    "facts": "SELECT * FROM facts ORDER BY seq",
    "fact_values": "SELECT * FROM fact_values ORDER BY rowid",
}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ClaimcheckError("to_frames needs pandas: pip install 'claimcheck[pandas]'") from None
    return pandas


def to_frames(report: Report) -> Frames:
    """The report's documents, claims and findings (and how they link) as DataFrames."""
    pandas = _pandas()
    data = render(report, "sqlite", get_plugin_manager(), DEFAULT)
    if not isinstance(data, bytes):
        raise ClaimcheckError("the 'sqlite' format gave no database to read frames from")
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(data)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        frames = {name: pandas.read_sql_query(query, conn)
                  for name, query in _QUERIES.items() if name in tables}
    finally:
        conn.close()
    return Frames(**frames)


register_view("frames", to_frames)
