"""claimcheck: line up accounts of the same events and report where they agree or differ.

The public API, re-exported here::

    import claimcheck
    report = claimcheck.check("a.txt", "b.txt")
    for finding in report.findings:
        print(finding.kind, finding.summary)
"""

from __future__ import annotations

import datetime as _dt

from claimcheck.config import Config
from claimcheck.core.pipeline import check, claims, load, segment
from claimcheck.errors import ClaimcheckError, LoadError, PluginError
from claimcheck.hookspecs import hookimpl
from claimcheck.manager import get_plugin_manager
from claimcheck.model import (
    Claim,
    Document,
    Finding,
    NoteRef,
    Passage,
    Quantity,
    Report,
    Segments,
    Sentence,
    TimeRef,
)
from claimcheck.report import notebook as _notebook  # noqa: F401  (Jupyter's view)
from claimcheck.report.frames import Frames, to_frames

__all__ = [
    "Claim",
    "ClaimcheckError",
    "Config",
    "Document",
    "Finding",
    "Frames",
    "LoadError",
    "NoteRef",
    "Passage",
    "PluginError",
    "Quantity",
    "Report",
    "Segments",
    "Sentence",
    "TimeRef",
    "check",
    "claims",
    "get_plugin_manager",
    "hookimpl",
    "load",
    "quantities",
    "segment",
    "statements",
    "times",
    "to_frames",
]


def quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``: counts, ranges, bounds, ratios, percentages, money, measures."""
    from claimcheck.builtin.quantities.find import find_quantities

    return find_quantities(text)


def times(text: str, reference: _dt.date | str | None = None) -> list[TimeRef]:
    """Every date, period and duration in ``text``, normalised to intervals and TIMEX3 values.

    ``reference`` anchors year-less dates when the text itself gives no year.
    """
    from claimcheck.builtin.times.extract import find_times

    return find_times(text, reference)


def statements(source: str | Document, **kwargs: object) -> list[Claim]:
    """The clause-level statements of a source (a path or the text itself), in reading
    order: subject, predicate lemma, polarity, modality and attribution of each clause."""
    return [c for c in claims(source, **kwargs) if c.kind == "statement"]  # type: ignore[arg-type]
