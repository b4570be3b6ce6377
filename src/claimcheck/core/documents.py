"""Each document's own work: segment, extract, self-check, slant.

Everything a document needs that does not look at other documents runs here, in this
process or in workers (``jobs``); loading and the alias table (which reads every
document's acronyms) come first in the caller, and alignment, comparison and wording,
which pair documents, come after. Workers build their own plugin manager (built-ins and
installed plugins): plugin objects registered only in the caller's manager are not seen
by workers. Results come back in source order, so the report is the same, byte for
byte, whatever ``jobs`` is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pluggy

from claimcheck.config import DEFAULT, Config
from claimcheck.core.claims import extract, segment
from claimcheck.core.parallel import map_ordered, resolve_jobs
from claimcheck.core.sentences import slant
from claimcheck.manager import call_hook, get_plugin_manager
from claimcheck.model import Claim, Document, Finding, Segments
from claimcheck.text.names import Aliases

#: ``progress(done, total, source)`` after each document.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Prepared:
    """One document's own results: everything that looks at no other document."""

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
    segments = segment(document, pm=pm, config=config)
    claims = extract(document, segments, pm=pm, config=config, aliases=aliases)
    checked: list[Finding] = []
    for batch in call_hook(pm, "check_document", document=document, claims=claims,
                           config=config):
        checked.extend(batch or ())
    slanted = slant(document, segments, pm=pm, config=config)
    return Prepared(segments, claims, checked, slanted)


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
    ``jobs`` processes."""
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


_PM: pluggy.PluginManager | None = None


def _worker_pm() -> pluggy.PluginManager:
    """One plugin manager per worker process, built on first use."""
    global _PM
    if _PM is None:
        _PM = get_plugin_manager()
    return _PM
