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
import dataclasses
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

import pluggy

from claimcheck.config import DEFAULT, Config
from claimcheck.core import checks  # noqa: F401  (registers the checks of plugin records)
from claimcheck.core.cache import AliasReads, DocumentCache, Reads
from claimcheck.core.claims import extract, segment
from claimcheck.core.parallel import Engine, LocalEngine
from claimcheck.core.sentences import slant
from claimcheck.manager import Recipe, call_hook, from_recipe, get_plugin_manager, recipe
from claimcheck.model import Claim, Document, Finding, Frame, Quantity, Segments, TimeRef
from claimcheck.text.names import Aliases
from claimcheck.text.records import replaced

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
    pm: pluggy.PluginManager | None = None, *, slim: bool = False,
) -> Prepared:
    """Segment, extract, self-check and slant one document (in a worker, or here); with
    ``slim``, its statements keep only what alignment reads of a document whose
    statements meet no other's (``slimmed``)."""
    pm = pm or _worker_pm()
    segments = segment(document, pm=pm, config=config)
    claims = _sharing(extract(document, segments, pm=pm, config=config, aliases=aliases))
    checked: list[Finding] = []
    for batch in call_hook(pm, "check_document", document=document, claims=claims,
                           config=config):
        checked.extend(batch or ())
    slanted = slant(document, segments, pm=pm, config=config, claims=claims)
    prepared = Prepared(segments, claims, checked, slanted)
    return slimmed(prepared) if slim else prepared


def _sharing(claims: list[Claim]) -> list[Claim]:
    """The claims with one object for each sentence span, each frame and the empty
    ``extra`` that several of them hold alike (a sentence's claims each had their own
    copy of its span, and the dates of a table their own copy of one frame): a tenth of
    a document's claims in memory, here and, since a shared object is pickled once, in
    whatever process gets them back. Records are frozen and nothing writes into a
    claim's ``extra`` once it is made, so sharing them changes nothing else."""
    sentences: dict[tuple[int, int], tuple[int, int]] = {}
    frames: dict[Any, Any] = {}
    empty: dict[str, Any] = {}  # most figures' extra: one, not one each (64 bytes)
    out = []
    for claim in claims:
        sentence, frame, extra = claim.sentence, claim.frame, claim.extra
        if sentence is not None:
            sentence = sentences.setdefault(sentence, sentence)
        if frame is not None:
            with contextlib.suppress(TypeError):  # one holding something unhashable
                frame = frames.setdefault(frame, frame)  # stays its own
        if not extra and type(extra) is dict:
            extra = empty
        if sentence is not claim.sentence or frame is not claim.frame \
                or extra is not claim.extra:
            claim = replaced(claim, sentence=sentence, frame=frame, extra=extra)
        out.append(claim)
    return out


def slimmed(prepared: Prepared) -> Prepared:
    """One document's results with its statements' reading cut to what a document whose
    statements meet no other document's still gives (``STATEMENT_TERMS``), unless a
    finding names them.

    In a corpus, a document's statements are compared only with those of its close
    accounts (``align.accounts``). For a document that has none, figure alignment reads
    no more of a statement than its span and subject (the name of the clause around a
    figure), statement alignment only the words that weigh its terms across the corpus,
    and a corpus report lists only the claims its findings name. The rest of the reading
    (spans of the verb and subject, polarity, voice, linked figures and dates) was a
    fifth of what a document held in memory until the report was made;
    ``claimcheck claims SOURCE`` gives it in full."""
    named = {c for f in (*prepared.checked, *prepared.slant) for c in f.claims}
    claims = [_slim_statement(c) if c.kind == "statement" and c.id not in named else c
              for c in prepared.claims]
    return Prepared(prepared.segments, claims, prepared.checked, prepared.slant)


#: What ``align.statements.statement_profile`` reads of a statement's ``extra``: the words
#: its terms are made of, counted across the corpus to weigh every statement's terms.
STATEMENT_TERMS = ("refers_to", "apposition", "predicate", "objects", "context_words")


def _slim_statement(claim: Claim) -> Claim:
    extra = claim.extra
    if not extra or extra.keys() <= _TERMS:
        return claim
    return replaced(claim, extra={k: extra[k] for k in STATEMENT_TERMS if k in extra})


_TERMS = frozenset(STATEMENT_TERMS)


def prepare_all(
    documents: Sequence[Document],
    aliases: Aliases,
    *,
    config: Config = DEFAULT,
    pm: pluggy.PluginManager | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    engine: Engine | None = None,
    slim: Sequence[bool] | None = None,
) -> list[Prepared]:
    """Every document's own work, in document order: here when ``jobs`` is 1, else in
    ``jobs`` processes, or on ``engine`` (core/parallel.py) when one is given.
    ``slim[i]`` says to keep of document i's statements only what alignment reads
    (``slimmed``): done where the work runs, so the reading never travels back.

    With ``config.cache`` (``--cache``), a document whose results are kept there from an
    earlier run with the same code, plugins, settings and alias answers is not worked on
    again (core/cache.py): the kept results are looked up here before any work is sent
    out, and what was worked on is written back here after, so workers never touch the
    file and the results are those a run without the cache gives.
    """
    engine = engine or LocalEngine(jobs)
    pm = pm or get_plugin_manager()
    slim = list(slim) if slim is not None else [False] * len(documents)
    cache = DocumentCache.open(config, pm, documents)
    if cache is None:
        return shared_values([p for p, _ in _work(documents, aliases, config, pm, engine,
                                                  progress, slim=slim)])
    try:
        out: list[Prepared | None] = []
        for n, document in enumerate(documents):
            kept = cache.lookup(document, aliases, _rebuilt)
            out.append(slimmed(kept) if kept is not None and slim[n] else kept)
            if kept is not None and progress:
                progress(cache.hits, len(documents), document.path or document.id)
        todo = [i for i, p in enumerate(out) if p is None]

        def tick(done: int, total: int, source: str) -> None:
            if progress:
                progress(cache.hits + done, len(documents), source)

        def keep(n: int, prepared: Prepared, reads: Reads | None) -> None:
            # the cache keeps the whole result: a later run may compare its statements
            cache.keep(documents[todo[n]], reads, _fields(prepared))
            out[todo[n]] = slimmed(prepared) if slim[todo[n]] else prepared

        _work([documents[i] for i in todo], aliases, config, pm, engine, tick, record=True,
              done=keep)
    finally:
        cache.close()
    return shared_values([p for p in out if p is not None])


#: The fields of the records a corpus holds by the hundred thousand whose values repeat
#: across claims and documents (a subject, a measure, a unit, a granularity, a day).
_REPEATED: dict[type, tuple[str, ...]] = {
    Claim: ("doc", "kind", "passage", "subject", "subject_key", "qualifier", "attribution",
            "start", "end"),
    Frame: ("measure", "measure_text", "counted", "subject", "subject_key", "scope",
            "relative", "place", "statistic", "source"),
    Quantity: ("unit", "qualifier", "direction", "dimension", "start", "end"),
    TimeRef: ("earliest", "latest", "granularity", "mod", "year_source", "kind",
              "relation", "start", "end"),
}

#: What a statement's ``extra`` holds that repeats: words and lists of words.
_REPEATED_EXTRA = ("predicate", "refers_to", "apposition", "objects", "context_words")


def shared_values(prepared: list[Prepared]) -> list[Prepared]:
    """The documents' results with one object for each string, day and offset that
    repeats across claims and documents ("say", "casualties.killed", "the army", "day", 25
    June 1950, character 2,000), and for each statement's ``extra`` that another's equals,
    instead of a copy in every claim that states it.

    Each document's results are made apart (in a worker they come back unpickled on their
    own), so a word said in a thousand documents was a thousand strings: a third of a
    corpus's strings were such copies, some 50 KB a 10 KB document, held until the
    report is made. The records are frozen for their values; a field is given an equal
    object of the same type, set in place (nothing but this run holds them yet, and no
    value, hash or comparison changes), so the claims stay the very objects the
    documents' work made. A table for the run, not ``sys.intern``: it goes with the run."""
    table: dict[Any, Any] = {}
    one = table.setdefault
    put = object.__setattr__  # the records are frozen; each value stays what it was
    done: set[int] = set()  # values and frames a document's claims share: once each

    def settle(record: Any) -> None:
        for name in _REPEATED[type(record)]:
            value = getattr(record, name)
            kind = type(value)
            if kind in _SHARED_TYPES or (kind is int and 256 < value < _OFFSETS):
                same = one(value, value)
                if same is not value:
                    put(record, name, same)

    extras: dict[tuple[Any, ...], Any] = {}  # statements' extras, by their items
    for result in prepared:
        for claim in result.claims:
            if type(claim) is Claim:
                settle(claim)
                if claim.kind != "statement":  # "1950", "25 June": figures' and dates'
                    text = one(claim.text, claim.text)  # texts repeat; statements' do not
                    if text is not claim.text:
                        put(claim, "text", text)
            for part in (claim.value, claim.when, claim.frame):
                if type(part) in _REPEATED and id(part) not in done:
                    done.add(id(part))
                    settle(part)
                    period = getattr(part, "period", None)
                    if type(period) is TimeRef and id(period) not in done:
                        done.add(id(period))
                        settle(period)
            value = claim.value
            if type(value) in (Quantity, TimeRef) and value.text is not claim.text \
                    and value.text == claim.text:
                put(value, "text", claim.text)  # a value's text is its claim's
            extra = claim.extra
            if claim.kind == "statement" and type(extra) is dict:
                for key in _REPEATED_EXTRA:
                    value = extra.get(key)
                    if type(value) is str:
                        extra[key] = one(value, value)
                    elif type(value) is list:
                        value[:] = [one(w, w) if type(w) is str else w for w in value]
                # a corpus's statements mostly say the same few things ("said", with no
                # object): equal extras are one dict (nothing writes into one once made)
                items = _extra_items(extra)
                if items is not None:
                    same = extras.setdefault(items, extra)
                    if same is not extra:
                        put(claim, "extra", same)
        done.clear()  # ids are reused once a document's results may be freed
    return prepared


def _extra_items(extra: dict[str, Any]) -> tuple[Any, ...] | None:
    """A statement's ``extra`` as a key that only an extra of the same items, in the same
    order and of the same types, has (None when it holds other than words, whole numbers,
    flags and lists of words)."""
    items = []
    for key, value in extra.items():
        kind = type(value)
        if kind is list:
            if not all(type(w) is str for w in value):
                return None
            items.append((key, kind, tuple(value)))
        elif kind in (str, int, bool) or value is None:
            items.append((key, kind, value))
        else:
            return None
    return tuple(items)


_SHARED_TYPES = frozenset({str, date})
#: Offsets below this are one int object each for the run: every document of a corpus has
#: a character 2,000, and a claim's start and end, and its value's, were 28 bytes each
#: (Python keeps one object only for ints up to 256). Bounded, so that the table stays
#: small however long the documents: offsets past this in one long text rarely repeat.
_OFFSETS = 1 << 15


def _work(
    documents: Sequence[Document], aliases: Aliases, config: Config,
    pm: pluggy.PluginManager, engine: Engine, progress: Progress | None, *,
    record: bool = False,
    done: Callable[[int, Prepared, Reads | None], None] | None = None,
    slim: Sequence[bool] | None = None,
) -> list[tuple[Prepared, Reads | None]]:
    """Each document's ``prepare_one``, in order, with what it asked the alias table when
    ``record``; ``done(index, prepared, reads)`` as each comes back in order (in this
    process: at once, so that a long run keeps what it did if stopped). ``slim[n]``:
    document n's result is ``slimmed`` where it is made."""
    slim = slim if slim is not None else [False] * len(documents)
    if engine.runs_here(len(documents)):
        out = []
        for n, document in enumerate(documents):
            out.append(_prepare_here(document, aliases, config, pm, record, slim[n]))
            if done:
                done(n, *out[-1])
            if progress:
                progress(n + 1, len(documents), document.path or document.id)
        return out

    # refuses a plugin workers cannot load
    steps = recipe(pm, where=engine.where, instead=engine.instead)
    quiet = sys.stdout is sys.stderr

    def tick(count: int, total: int, index: int) -> None:
        if progress:
            progress(count, total, documents[index].path or documents[index].id)

    out = engine.map(_prepare_in_worker, list(zip(documents, slim, strict=True)),
                     progress=tick, shared={"aliases": aliases, "config": config,
                                            "steps": steps, "quiet": quiet,
                                            "record": record})
    if done:
        for n, (prepared, reads) in enumerate(out):
            done(n, prepared, reads)
    return out


def _prepare_here(
    document: Document, aliases: Aliases, config: Config, pm: pluggy.PluginManager,
    record: bool, slim: bool = False,
) -> tuple[Prepared, Reads | None]:
    """``prepare_one``, and when ``record`` what it asked the alias table."""
    if not record:
        return prepare_one(document, aliases, config, pm, slim=slim), None
    asked = AliasReads(aliases)
    return (prepare_one(document, cast(Aliases, asked), config, pm, slim=slim),
            asked.record())


def _prepare_in_worker(
    item: tuple[Document, bool], aliases: Aliases, config: Config, steps: Recipe,
    quiet: bool, record: bool = False,
) -> tuple[Prepared, Reads | None]:
    """``prepare_one`` in a worker, with the caller's plugins, for a (document, slim)
    item; plugins' prints go to stderr when ``quiet`` (the caller sends them there)."""
    document, slim = item
    with contextlib.redirect_stdout(sys.stderr) if quiet else contextlib.nullcontext():
        return _prepare_here(document, aliases, config, _worker_pm(steps), record, slim)


def _rebuilt(fields: Any) -> Prepared:
    """A kept result (``_fields``) as the record again; TypeError when it is not one."""
    segments, claims, checked, slanted = fields
    if not (isinstance(segments, Segments) and all(
            isinstance(x, list) for x in (claims, checked, slanted))):
        raise TypeError("not a document's results")
    return Prepared(segments, claims, checked, slanted)


def _fields(prepared: Prepared) -> tuple[Any, ...]:
    """What the cache keeps of a result (``Prepared(*fields)`` builds it again)."""
    return tuple(getattr(prepared, f.name) for f in dataclasses.fields(prepared))


_PMS: dict[Recipe | None, pluggy.PluginManager] = {}


def _worker_pm(steps: Recipe | None = None) -> pluggy.PluginManager:
    """One plugin manager per recipe in a worker process, built on first use (without a
    recipe: the built-ins and installed plugins)."""
    if steps not in _PMS:
        _PMS[steps] = from_recipe(steps) if steps is not None else get_plugin_manager()
    return _PMS[steps]
