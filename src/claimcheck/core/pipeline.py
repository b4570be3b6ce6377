"""The whole run, in stage order: load → segment → extract → align → compare → slant.

The core owns the order and the data model; every step's knowledge lives in plugins.
Each stage has its own module (load, claims, documents, sentences, order); this one
strings them together for ``claimcheck.check`` and ``claimcheck.claims``.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import pluggy

from claimcheck.align.accounts import close_pairs
from claimcheck.align.facts import name_facts, number_facts, order_facts
from claimcheck.align.figures import align_figures
from claimcheck.align.statements import align_statements, without_contradicted
from claimcheck.config import DEFAULT, Config
from claimcheck.core import checks  # noqa: F401  (registers the checks of plugin records)
from claimcheck.core.claims import extract, segment
from claimcheck.core.documents import Parked, prepare_all, unparked, worker_pm
from claimcheck.core.heap import growing_heap
from claimcheck.core.load import load, unique_ids
from claimcheck.core.order import order_findings
from claimcheck.core.parallel import Engine, Pending
from claimcheck.core.parallel import engine as make_engine
from claimcheck.core.registered import collect, with_plugin_data
from claimcheck.core.sentences import wording
from claimcheck.errors import ClaimcheckError, PluginError
from claimcheck.manager import Recipe, call_hook, get_plugin_manager, recipe
from claimcheck.model import Claim, Document, Fact, Finding, Report
from claimcheck.text.acronyms import find_acronyms, initialisms

__all__ = ["check", "claims", "extract", "load", "segment"]


def check(
    *sources: str | os.PathLike[str] | Document,
    plugins: Iterable[Any] = (),
    config: Config | None = None,
    pm: pluggy.PluginManager | None = None,
    jobs: int = 1,
    progress: Callable[[int, int, str], None] | None = None,
    client: Any = None,
) -> Report:
    """Read every source, extract claims, line them up and report the findings.

    ``jobs`` > 1 runs each document's own work (segment, extract, self-check, slant) in
    that many processes (0: one per CPU); a ``dask.distributed.Client`` as ``client``
    runs it on that cluster instead (docs/scale.md); the report is the same, byte for byte.
    ``progress(done, total, source)`` is called as each document's own work finishes.
    """
    pm = pm or get_plugin_manager(plugins)
    config = with_plugin_data(config or DEFAULT, pm)
    if not sources:
        raise ClaimcheckError("no sources given")
    documents = [
        load(source, pm=pm, config=config, doc_id=doc_id)
        for source, doc_id in zip(sources, unique_ids(sources), strict=True)
    ]
    aliases = collect(pm, config.aliases)
    for document in documents:
        for short, long_form in find_acronyms(document.text):
            aliases.register(long_form, [short])
    for short, long_form in initialisms(d.text for d in documents):
        if aliases.find(short) is None:  # a definition or a user's alias comes first
            aliases.register(long_form, [short])
    engine = make_engine(jobs, client)  # the ordered map every spread stage uses
    base = base_index(documents, config.base)
    # which documents' statements are compared sentence by sentence: known from the
    # texts alone, so the others' statements are slimmed where they are extracted
    pairs = text_pairs(documents, base, renderings=bool(config.option("renderings")))
    paired = {i for pair in pairs for i in pair}
    slim = [len(documents) > 2 and i not in paired for i in range(len(documents))]
    prepared = prepare_all(documents, aliases, config=config, pm=pm, engine=engine,
                           progress=progress, slim=slim, park=True)
    # and no full collections while they are lined up (core/heap.py): alignment builds
    # profiles, pairs and findings by the million, none of them garbage until it ends
    with _settled_heap(), growing_heap():
        return _line_up(documents, prepared, aliases, pm=pm, config=config, base=base,
                        pairs=pairs, engine=engine)


@contextlib.contextmanager
def _settled_heap() -> Iterator[None]:
    """Exempt what the documents' own work built (texts, segments, claims: most of the
    heap) from the cyclic garbage collector while they are lined up. Each of its
    collections walks the whole heap, so on a corpus they made alignment grow faster than
    the claims; freed by reference counting as ever, and handed back to the collector
    after the run."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _line_up(
    documents: list[Document], prepared: list[Any], aliases: Any, *,
    pm: pluggy.PluginManager, config: Config, base: int | None,
    pairs: list[tuple[int, int]],
    engine: Engine | None = None,
) -> Report:
    """Everything that looks at more than one document: alignment, facts, statements,
    texts and wording (between the documents of ``pairs``), and the report.

    Statements and texts read nothing figure alignment makes: with a worker to spare
    (``engine``), they are lined up there while the figures are here (``_beside``)."""
    findings: list[Finding] = [f for p in prepared for f in p.checked]
    found_facts: list[Fact] = []
    with _beside(documents, prepared, pm=pm, config=config, pairs=pairs,
                 engine=engine) as beside:
        # figure alignment reads a document's statements and segments only while it
        # profiles that document's figures: parked ones are read back for that moment
        reading = _Reading(documents, prepared)
        compared = align_figures(documents, _Part(reading, 0), _Part(reading, 1), aliases,
                                 pm=pm, config=config, fact_sink=found_facts, base=base)
        del reading
        prepared = unparked(prepared)
        all_segments = {d.id: p.segments for d, p in zip(documents, prepared, strict=True)}
        claims_by_doc = {d.id: p.claims for d, p in zip(documents, prepared, strict=True)}
        facts = number_facts(order_facts(found_facts))
        compared = name_facts(compared, facts)
        findings.extend(compared)
        # wording and statements: every pair of two documents; in a corpus, only
        # renderings and close accounts (or each source against the base), so no stage
        # grows with the square of the number of documents
        if beside is not None:
            stated, texts_of_pairs = beside.result()
        else:
            stated, texts_of_pairs = statements_and_texts(
                documents, claims_by_doc, all_segments, _known(documents, claims_by_doc, pairs),
                pm=pm, config=config, pairs=pairs)
    stated = without_contradicted(stated, compared, claims_by_doc)
    findings.extend(stated)
    compared.extend(f for f in stated if f.kind != "unmatched")
    rendered: set[tuple[str, str]] = set()
    for (i, j), texts in zip(pairs, texts_of_pairs, strict=True):
        if texts:
            rendered.add((documents[i].id, documents[j].id))
            findings.extend(texts)
    close = {(documents[i].id, documents[j].id) for i, j in pairs}
    close |= {(b, a) for a, b in close}
    worded = [f for f in compared if _between(f, close)]
    findings.extend(wording(worded, documents, all_segments, claims_by_doc, pm=pm,
                            config=config, skip=rendered))
    for p in prepared:
        findings.extend(p.slant)
    return Report(
        documents=tuple(documents),
        claims=tuple(c for d in documents for c in claims_by_doc[d.id]),
        findings=tuple(order_findings(findings)),
        segments=all_segments,
        facts=tuple(facts),
    )




def statements_and_texts(
    documents: list[Document], claims_by_doc: Mapping[str, Sequence[Claim]],
    all_segments: Mapping[str, Any], known: set[str], *,
    pm: pluggy.PluginManager, config: Config, pairs: list[tuple[int, int]],
) -> tuple[list[Finding], list[list[Finding]]]:
    """The statements lined up (``align_statements``; a document's statements are all
    it reads of ``claims_by_doc``), and each pair's texts compared (the ``compare_texts``
    hook; ``known``: the ids a text comparison may name): the findings of the first, and
    those of the second pair by pair."""
    stated = align_statements(documents, claims_by_doc, all_segments, pm=pm,
                              config=config, pairs=pairs)
    texts: list[list[Finding]] = []
    for i, j in pairs:
        left, right = documents[i], documents[j]
        batches = call_hook(pm, "compare_texts", known_claims=known, left=left,
                            left_segments=all_segments[left.id], right=right,
                            right_segments=all_segments[right.id], config=config)
        texts.append([f for batch in batches for f in batch or ()])
    return stated, texts


def _known(documents: list[Document], claims_by_doc: Mapping[str, Sequence[Claim]],
           pairs: list[tuple[int, int]]) -> set[str]:
    """The ids a text comparison may name: a set of every claim, made only when some
    pair of texts is compared (a corpus of unrelated sources has none)."""
    return {c.id for d in documents for c in claims_by_doc[d.id]} if pairs else set()


#: The fewest statements (of all the documents) whose lining-up goes to a worker
#: (``_beside``): a worker's start, what it is sent and what comes back cost some tenths
#: of a second of wall time, about what 2,000 statements and their texts take to line up
#: (two documents of some 100 KB of prose; two news articles hold a hundred).
BESIDE_STATEMENTS = 2_000


def _beside(
    documents: list[Document], prepared: list[Any], *, pm: pluggy.PluginManager,
    config: Config, pairs: list[tuple[int, int]], engine: Engine | None,
) -> Pending | contextlib.nullcontext[None]:
    """``statements_and_texts`` begun on a worker of ``engine`` (a ``Pending`` of it),
    when there is one to spare, texts are compared, and every document's statements are
    at hand (none parked: a corpus's are, and would travel whole); else nothing, and the
    caller does that work itself once the figures are lined up. What travels: the
    texts, the statements and the segments (at 2 MB a document, about 12 MB pickled in
    half a second), never the figures. The same findings either way, in the same order:
    the report is the same, byte for byte, for every ``--jobs``."""
    nothing: contextlib.nullcontext[None] = contextlib.nullcontext()
    if engine is None or not pairs or engine.workers < 2 or engine.runs_here(2) \
            or any(isinstance(p, Parked) for p in prepared):
        return nothing
    try:  # (a plugin only this process has: its work stays here, as with one job)
        steps = recipe(pm, where=engine.where, instead=engine.instead)
    except PluginError:
        return nothing
    claims_by_doc = {d.id: p.claims for d, p in zip(documents, prepared, strict=True)}
    statements = {doc_id: [c for c in claims if c.kind == "statement"]
                  for doc_id, claims in claims_by_doc.items()}
    if sum(len(found) for found in statements.values()) < BESIDE_STATEMENTS:
        return nothing  # less work than a worker's start costs
    segments = {d.id: p.segments for d, p in zip(documents, prepared, strict=True)}
    item = (documents, statements, segments, _known(documents, claims_by_doc, pairs), pairs)
    return engine.submit(_beside_worker, item, shared={"config": config, "steps": steps})


def _beside_worker(item: tuple[Any, ...], *, config: Config, steps: Recipe
                   ) -> tuple[list[Finding], list[list[Finding]]]:
    """``statements_and_texts`` in a worker (``_beside``)."""
    documents, statements, segments, known, pairs = item
    return statements_and_texts(documents, statements, segments, known,
                                pm=worker_pm(steps), config=config, pairs=pairs)


class _Reading:
    """Each document's claims and segments by its id, a ``Parked`` document's read back
    (without sharing: for the moment of reading) when asked for; the last one read is
    kept, as its claims and its segments are asked for one after the other."""

    def __init__(self, documents: list[Document], prepared: list[Any]) -> None:
        self.by_id = {d.id: p for d, p in zip(documents, prepared, strict=True)}
        self._last: tuple[str | None, Any] = (None, None)

    def read(self, doc_id: str) -> tuple[list[Claim], Any]:
        result = self.by_id[doc_id]
        if not isinstance(result, Parked):
            return result.claims, result.segments
        if self._last[0] != doc_id:
            self._last = (None, None)  # the one before goes first
            self._last = (doc_id, result.read())
        return self._last[1]


class _Part(Mapping[str, Any]):
    """One part of ``_Reading``'s documents by id: 0 the claims, 1 the segments."""

    def __init__(self, reading: _Reading, part: int) -> None:
        self._reading, self._part = reading, part

    def __getitem__(self, doc_id: str) -> Any:
        return self._reading.read(doc_id)[self._part]

    def __iter__(self) -> Iterator[str]:
        return iter(self._reading.by_id)

    def __len__(self) -> int:
        return len(self._reading.by_id)


def base_index(documents: list[Document], base: str | None) -> int | None:
    """The index of the document named ``base`` (its id or its path as given)."""
    if base is None:
        return None
    for n, doc in enumerate(documents):
        if base in (doc.id, doc.path):
            return n
    raise ClaimcheckError(f"--base {base}: no such source among the documents compared")


def text_pairs(documents: list[Document], base: int | None, *,
               renderings: bool = False) -> list[tuple[int, int]]:
    """The pairs of documents whose wording and statements are compared: each against the
    base; every pair of two documents, or of sources the user says render one text
    (``--renderings``); else the close accounts detected (``align.accounts``)."""
    n = len(documents)
    if base is not None:
        return sorted((min(base, k), max(base, k)) for k in range(n) if k != base)
    if n <= 2 or renderings:
        return [(i, j) for i in range(n) for j in range(i + 1, n)]
    return close_pairs(documents)


def _between(finding: Finding, close: set[tuple[str, str]]) -> bool:
    """Whether a finding's claims lie in two documents compared sentence by sentence."""
    docs = sorted({claim_id.rpartition(":")[0] for claim_id in finding.claims})
    return len(docs) == 2 and (docs[0], docs[1]) in close


def claims(
    source: str | os.PathLike[str] | Document,
    *,
    plugins: Iterable[Any] = (),
    config: Config | None = None,
    pm: pluggy.PluginManager | None = None,
) -> list[Claim]:
    """The claims of one source, in reading order, figures and dates with their frames."""
    pm = pm or get_plugin_manager(plugins)
    config = with_plugin_data(config or DEFAULT, pm)
    document = load(source, pm=pm, config=config, doc_id=unique_ids([source])[0])
    return extract(document, segment(document, pm=pm, config=config), pm=pm, config=config)
