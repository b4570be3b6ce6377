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
import io
import pickle
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
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
from claimcheck.model import (
    Claim,
    Document,
    Finding,
    Frame,
    NoteRef,
    Passage,
    Quantity,
    Segments,
    Sentence,
    TimeRef,
)
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


@dataclass(frozen=True)
class Parked(Prepared):
    """One document's results whose statements and segments wait, pickled and
    compressed, while the figures are lined up (``prepare_all(park=True)``): ``claims``
    holds the other claims, ``segments`` is None.

    Why: figure alignment reads a document's statements (the name of the clause around
    each figure) and its segments (notes, paragraphs) only while it builds that
    document's profiles, and the peak of a corpus run falls in figure alignment:
    statements were a seventh of it (58 KB a 10 KB document, 12 KB packed), segments 14
    KB. ``read`` gives them back for that moment; ``unparked`` for good, once the
    figures are lined up."""

    #: zlib of (the statements' places among the claims, the statements, the segments),
    #: as ``pack`` pickles them.
    parked: bytes = b""

    def read(self, values: SharedValues | None = None) -> tuple[list[Claim], Segments]:
        """Every claim in reading order, and the segments, read back (their repeated
        values shared through ``values`` when given); a value a statement holds that one
        of the document's other claims holds too (the date of its sentence, its span) is
        that claim's."""
        places, statements, segments = _Reader(io.BytesIO(zlib.decompress(self.parked)),
                                               values).load()
        held: dict[Any, Any] = {}
        for claim in self.claims:
            if claim.sentence is not None:
                held.setdefault(claim.sentence, claim.sentence)
            for part in (claim.value, claim.when, getattr(claim.frame, "period", None)):
                if type(part) is TimeRef:
                    with contextlib.suppress(TypeError):
                        held.setdefault(part, part)
        put = object.__setattr__  # fresh records, frozen for their values
        for statement in statements:
            for name in ("sentence", "when"):
                value = getattr(statement, name)
                if value is not None:
                    with contextlib.suppress(TypeError):
                        same = held.get(value)
                        if same is not None and same is not value:
                            put(statement, name, same)
        out: list[Claim] = []
        others = iter(self.claims)
        at = 0
        for n in range(len(self.claims) + len(statements)):
            if at < len(places) and places[at] == n:
                out.append(statements[at])
                at += 1
            else:
                out.append(next(others))
        return out, segments

    def unparked(self, values: SharedValues | None = None) -> Prepared:
        """The results with their statements back among the claims, and their segments."""
        claims, segments = self.read(values)
        return Prepared(segments, claims, self.checked, self.slant)


def unparked(prepared: Sequence[Prepared]) -> list[Prepared]:
    """Every result with its statements and segments (``Parked.unparked``), their
    repeated values shared across documents through one table."""
    values = SharedValues()
    return [p.unparked(values) if isinstance(p, Parked) else p for p in prepared]


def prepare_one(
    document: Document, aliases: Aliases, config: Config = DEFAULT,
    pm: pluggy.PluginManager | None = None, *, slim: bool = False,
) -> Prepared:
    """Segment, extract, self-check and slant one document (in a worker, or here); with
    ``slim``, its statements keep only what alignment reads of a document whose
    statements meet no other's (``slimmed``)."""
    pm = pm or worker_pm()
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
    park: bool = False,
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

    With ``park``, the results of slimmed documents that workers made come back
    ``Parked``: their statements and segments kept packed until ``unparked``
    (``pipeline`` does so once the figures are lined up).
    """
    engine = engine or LocalEngine(jobs)
    pm = pm or get_plugin_manager()
    slim = list(slim) if slim is not None else [False] * len(documents)
    cache = DocumentCache.open(config, pm, documents)
    if cache is None:
        done = [p for p, _ in _work(documents, aliases, config, pm, engine, progress,
                                    slim=slim, park=park)]
        # results made here are settled after the fact; those of workers were loaded
        # into the run's values as they came back (``_work``)
        return shared_values(done) if engine.runs_here(len(documents)) else done
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
#: across claims and documents (a subject, a measure, a unit, a granularity, a day, a
#: figure's value, an offset).
_REPEATED: dict[type, tuple[str, ...]] = {
    Claim: ("doc", "kind", "passage", "subject", "subject_key", "qualifier", "attribution",
            "start", "end"),
    Frame: ("measure", "measure_text", "counted", "subject", "subject_key", "scope",
            "relative", "place", "statistic", "source"),
    Quantity: ("text", "low", "high", "precision", "unit", "qualifier", "direction",
               "dimension", "start", "end"),
    TimeRef: ("text", "timex", "earliest", "latest", "granularity", "mod", "year_source",
              "kind", "relation", "start", "end"),
    Sentence: ("start", "end", "passage"),
    Passage: ("kind", "start", "end", "label"),
    NoteRef: ("start", "end", "label"),
}

#: What a statement's ``extra`` holds that repeats: words and lists of words.
_REPEATED_EXTRA = ("predicate", "refers_to", "apposition", "objects", "context_words")


class SharedValues:
    """The run's one object for each string, day, number and offset that repeats across
    claims and documents ("say", "casualties.killed", "the army", "day", 25 June 1950,
    110,000, character 2,000, the span of a sentence), and for each statement's ``extra``
    that another's equals, instead of a copy in every claim that states it.

    Each document's results are made apart (in a worker they come back unpickled on their
    own), so a word said in a thousand documents was a thousand strings: a third of a
    corpus's strings were such copies, some 50 KB a 10 KB document, held until the report
    is made. The sentences and passages of the segments are shared alike (their offsets:
    8 KB a document), so are a claim's sentence span (one pair for the run, its offsets
    those of the segments: 7 KB), the ``timex`` of dates ("1950-06-25"), a figure's value
    and precision (one float for 110000.0), and the texts of statements a corpus repeats
    word for word (a fifth of them in the generated corpus). A table for the run, not
    ``sys.intern``: it goes with the run.

    Two ways in. ``load`` reads a result a worker packed (``pack``): each repeated value
    is looked up as it is read, so a copy lives only for that moment. ``settle`` shares
    the values of a result already in memory (made here, or read from the cache) in
    place: the records are frozen for their values; a field is given an equal object of
    the same type (nothing but this run holds them yet, and no value, hash or comparison
    changes), so the claims stay the very objects the documents' work made. Settling
    after the fact frees the copies where they lie, between the objects kept: a corpus's
    heap kept the holes (3 KB a document for each 4 KB shared, measured at 1,000
    documents), which is why results that travel are packed and loaded instead."""

    def __init__(self) -> None:
        self.table: dict[Any, Any] = {}  # strings, days and offsets (no two are equal)
        self.numbers: dict[float, float] = {}  # floats apart: 2000.0 == 2000, an offset
        self.spans: dict[tuple[int, int], tuple[int, int]] = {}  # sentence spans
        self.extras: dict[tuple[Any, ...], Any] = {}  # statements' extras, by their items

    def same(self, value: Any) -> Any:
        """The run's object equal to ``value`` (itself when first seen or not shared)."""
        if _repeats(value):
            return (self.numbers if type(value) is float else self.table).setdefault(
                value, value)
        return value

    def span(self, sentence: Any) -> Any:
        """One pair for the run for each sentence span, made of the run's offsets."""
        if not _is_span(sentence):
            return sentence
        shared = self.spans.get(sentence)
        if shared is None:
            start, end = self.same(sentence[0]), self.same(sentence[1])
            shared = sentence if start is sentence[0] and end is sentence[1] else (start, end)
            self.spans[shared] = shared
        return shared

    def extra(self, extra: dict[str, Any]) -> dict[str, Any]:
        """The run's statement ``extra`` with the same items (a corpus's statements mostly
        say the same few things, "said" with no object: one dict, as nothing writes into
        one once made)."""
        items = _extra_items(extra)
        return extra if items is None else self.extras.setdefault(items, extra)

    def settle(self, result: Prepared) -> Prepared:
        """Share the repeated values of a result in memory, in place (see the class)."""
        put = object.__setattr__  # the records are frozen; each value stays what it was
        done: set[int] = set()  # values and frames a document's claims share: once each

        def settled(record: Any) -> None:
            for name in _REPEATED[type(record)]:
                value = getattr(record, name)
                shared = self.same(value)
                if shared is not value:
                    put(record, name, shared)

        for part in _segment_parts(result):
            settled(part)
        for claim in result.claims:
            if type(claim) is Claim:
                settled(claim)
                text = self.same(claim.text)  # "1950", "25 June"; a repeated line
                if text is not claim.text:
                    put(claim, "text", text)
                sentence = self.span(claim.sentence)
                if sentence is not claim.sentence:
                    put(claim, "sentence", sentence)
            for part in _claim_parts(claim):
                if id(part) not in done:
                    done.add(id(part))
                    settled(part)
            value = claim.value
            if type(value) in (Quantity, TimeRef) and value.text is not claim.text \
                    and value.text == claim.text:
                put(value, "text", claim.text)  # a value's text is its claim's
            extra = claim.extra
            if claim.kind == "statement" and type(extra) is dict:
                for key in _REPEATED_EXTRA:
                    value = extra.get(key)
                    if type(value) is str:
                        extra[key] = self.same(value)
                    elif type(value) is list:
                        value[:] = [self.same(w) for w in value]
                shared = self.extra(extra)
                if shared is not extra:
                    put(claim, "extra", shared)
        return result

    def load(self, packed: bytes) -> Prepared:
        """A result ``pack`` made, its repeated values the run's as they are read."""
        fields = _Reader(io.BytesIO(packed), self).load()
        if len(fields) == 5:
            segments, claims, checked, slanted, parked = fields
            return Parked(segments, claims, checked, slanted, parked)
        return _rebuilt(fields)

    def persisted(self, value: Any) -> Any:
        """The run's object for a value ``pack`` marked as repeated (``_Reader``)."""
        kind = type(value)
        if kind is dict:
            return self.extra(value)
        if kind is tuple:
            return self.spans.setdefault(value, value)  # its offsets are the run's already
        return self.same(value)


def shared_values(prepared: list[Prepared]) -> list[Prepared]:
    """The documents' results with their repeated values shared, in place, through one
    table (``SharedValues.settle``)."""
    values = SharedValues()
    for result in prepared:
        values.settle(result)
    return prepared


def _repeats(value: Any) -> bool:
    """Whether a value is of a kind the run holds once: a string, a day, an offset up to
    ``_OFFSETS``, a float other than zero and NaN (-0.0 == 0.0, NaN equals nothing)."""
    kind = type(value)
    return kind in _SHARED_TYPES or (kind is int and 256 < value < _OFFSETS) or (
        kind is float and value == value and value != 0.0)


def _is_span(value: Any) -> bool:
    return type(value) is tuple and len(value) == 2 and type(value[0]) is int \
        and type(value[1]) is int


def _segment_parts(result: Prepared) -> Iterator[Any]:
    """A result's passages, sentences and notes that hold repeated fields (``_REPEATED``):
    what ``SharedValues.settle`` shares and ``_repeated`` marks, walked alike."""
    segments = result.segments
    if type(segments) is Segments:
        for part in (*segments.passages, *segments.sentences, *segments.notes):
            if type(part) in _REPEATED:
                yield part


def _claim_parts(claim: Claim) -> Iterator[Any]:
    """A claim's value, time and frame that hold repeated fields, each followed by its
    period when it has one."""
    for part in (claim.value, claim.when, claim.frame):
        if type(part) in _REPEATED:
            yield part
            period = getattr(part, "period", None)
            if type(period) is TimeRef:
                yield period


def pack(prepared: Prepared, park: bool = False) -> bytes:
    """A result pickled for ``SharedValues.load``, the values ``settle`` would share marked
    as such (``_repeated``): where a worker sends its results back, so that the caller
    reads each repeated value into the run's object as it comes (``_work``). With
    ``park``, its statements and segments are pickled apart and compressed (``Parked``)."""
    marked = _repeated(prepared)
    fields: tuple[Any, ...] = _fields(prepared)
    if park:
        places = [n for n, c in enumerate(prepared.claims) if c.kind == "statement"]
        statements = [prepared.claims[n] for n in places]
        out = io.BytesIO()
        _Packer(out, marked).dump((places, statements, prepared.segments))
        others = [c for c in prepared.claims if c.kind != "statement"]
        fields = (None, others, prepared.checked, prepared.slant,
                  zlib.compress(out.getvalue(), 1))
    out = io.BytesIO()
    _Packer(out, marked).dump(fields)
    return out.getvalue()


def _repeated(result: Prepared) -> set[int]:
    """The ids of the objects in a result that ``SharedValues.settle`` would share: its
    fields of ``_REPEATED`` and the rest it reads, by the same tests."""
    marked: set[int] = set()

    def mark(value: Any) -> None:
        if _repeats(value):
            marked.add(id(value))

    def fields(record: Any) -> None:
        for name in _REPEATED[type(record)]:
            mark(getattr(record, name))

    for part in _segment_parts(result):
        fields(part)
    for claim in result.claims:
        if type(claim) is Claim:
            fields(claim)
            mark(claim.text)
            if _is_span(claim.sentence):
                marked.add(id(claim.sentence))
                mark(claim.sentence[0])
                mark(claim.sentence[1])
        for part in _claim_parts(claim):
            fields(part)
        extra = claim.extra
        if claim.kind == "statement" and type(extra) is dict:
            for key in _REPEATED_EXTRA:
                value = extra.get(key)
                if type(value) is list:
                    for word in value:
                        mark(word)
                else:
                    mark(value)
            marked.add(id(extra))
    return marked


class _Packer(pickle.Pickler):
    """Pickles the objects ``marked`` as persistent ids: the value itself, which the
    reader hands to ``SharedValues.persisted`` (pickle does not ask again about the
    persistent id itself, only about what it holds)."""

    def __init__(self, out: io.BytesIO, marked: set[int]) -> None:
        super().__init__(out, protocol=pickle.HIGHEST_PROTOCOL)
        self.marked = marked

    def persistent_id(self, obj: Any) -> Any:
        return obj if id(obj) in self.marked else None


class _Reader(pickle.Unpickler):
    """Reads what ``_Packer`` wrote, each marked value through ``values`` (as it is,
    without them)."""

    def __init__(self, data: io.BytesIO, values: SharedValues | None) -> None:
        super().__init__(data)
        self.persistent_load = values.persisted if values is not None \
            else _as_is  # type: ignore[method-assign]


def _as_is(value: Any) -> Any:
    return value


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
    park: bool = False,
) -> list[tuple[Prepared, Reads | None]]:
    """Each document's ``prepare_one``, in order, with what it asked the alias table when
    ``record``; ``done(index, prepared, reads)`` as each comes back in order (in this
    process: at once, so that a long run keeps what it did if stopped). ``slim[n]``:
    document n's result is ``slimmed`` where it is made, and with ``park`` comes back
    ``Parked`` when it is made by a worker."""
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

    # each result comes back packed, and is read into the run's values as it comes: no
    # copy of a repeated value outlives its reading (``SharedValues``)
    values = SharedValues()
    out = engine.map(_prepare_in_worker, list(zip(documents, slim, strict=True)),
                     progress=tick, shared={"aliases": aliases, "config": config,
                                            "steps": steps, "quiet": quiet,
                                            "record": record, "packed": True,
                                            "park": park},
                     each=lambda _n, result: (values.load(result[0]), result[1]))
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
    quiet: bool, record: bool = False, packed: bool = False, park: bool = False,
) -> tuple[Prepared | bytes, Reads | None]:
    """``prepare_one`` in a worker, with the caller's plugins, for a (document, slim)
    item; plugins' prints go to stderr when ``quiet`` (the caller sends them there).
    With ``packed`` the result is sent as ``pack`` makes it (``SharedValues.load``), its
    statements and segments parked when ``park`` and the document is slimmed."""
    document, slim = item
    with contextlib.redirect_stdout(sys.stderr) if quiet else contextlib.nullcontext():
        prepared, reads = _prepare_here(document, aliases, config, worker_pm(steps),
                                        record, slim)
    return (pack(prepared, park=park and slim) if packed else prepared), reads


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


def worker_pm(steps: Recipe | None = None) -> pluggy.PluginManager:
    """One plugin manager per recipe in a worker process, built on first use (without a
    recipe: the built-ins and installed plugins)."""
    if steps not in _PMS:
        _PMS[steps] = from_recipe(steps) if steps is not None else get_plugin_manager()
    return _PMS[steps]
