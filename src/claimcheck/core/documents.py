"""Each document's own work: segment, extract, self-check, slant.

Everything a document needs that does not look at other documents runs here, in this
process or in workers (``jobs``); loading and the alias table (which reads every
document's acronyms) come first in the caller, and alignment, comparison and wording,
which pair documents, come after. Workers build the caller's plugin manager again from
its recipe (``manager.recipe``: built-ins, installed plugins and plugin modules, in the
caller's order); a plugin object that lives only in the caller cannot travel, and is
refused with a message naming it rather than silently missing from the workers. While the
caller sends plugins' prints to stderr (the CLI, so that a report on stdout stays whole),
so do the workers. Results come back in source order, so the report is the same, byte
for byte, whatever ``jobs`` is.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pluggy

from claimcheck.config import DEFAULT, Config
from claimcheck.core import checks  # noqa: F401  (registers the checks of plugin records)
from claimcheck.core.claims import extract, segment
from claimcheck.core.parallel import Engine, LocalEngine
from claimcheck.core.sentences import slant
from claimcheck.manager import Recipe, call_hook, from_recipe, get_plugin_manager, recipe
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
    slanted = slant(document, segments, pm=pm, config=config, claims=claims)
    return Prepared(segments, claims, checked, slanted)


def prepare_all(
    documents: Sequence[Document],
    aliases: Aliases,
    *,
    config: Config = DEFAULT,
    pm: pluggy.PluginManager | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    engine: Engine | None = None,
) -> list[Prepared]:
    """Every document's own work, in document order: here when ``jobs`` is 1, else in
    ``jobs`` processes, or on ``engine`` (core/parallel.py) when one is given."""
    engine = engine or LocalEngine(jobs)
    if engine.runs_here(len(documents)):
        pm = pm or get_plugin_manager()
        out = []
        for n, document in enumerate(documents, 1):
            out.append(prepare_one(document, aliases, config, pm))
            if progress:
                progress(n, len(documents), document.path or document.id)
        return out

    # refuses a plugin workers cannot load
    steps = recipe(pm or get_plugin_manager(), where=engine.where, instead=engine.instead)
    quiet = sys.stdout is sys.stderr

    def tick(done: int, total: int, index: int) -> None:
        if progress:
            progress(done, total, documents[index].path or documents[index].id)

    return engine.map(_prepare_in_worker, documents, progress=tick, shared={
        "aliases": aliases, "config": config, "steps": steps, "quiet": quiet})


def _prepare_in_worker(
    document: Document, aliases: Aliases, config: Config, steps: Recipe, quiet: bool,
) -> Prepared:
    """``prepare_one`` in a worker, with the caller's plugins; plugins' prints go to
    stderr when ``quiet`` (the caller sends them there)."""
    with contextlib.redirect_stdout(sys.stderr) if quiet else contextlib.nullcontext():
        return prepare_one(document, aliases, config, _worker_pm(steps))


_PMS: dict[Recipe | None, pluggy.PluginManager] = {}


def _worker_pm(steps: Recipe | None = None) -> pluggy.PluginManager:
    """One plugin manager per recipe in a worker process, built on first use (without a
    recipe: the built-ins and installed plugins)."""
    if steps not in _PMS:
        _PMS[steps] = from_recipe(steps) if steps is not None else get_plugin_manager()
    return _PMS[steps]
