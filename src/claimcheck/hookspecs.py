"""Every hook claimcheck calls, grouped by pipeline phase, one docstring each.

Hooks are called with keyword arguments, so an implementation may take only the
parameters it needs. Built-in plugins are registered first, so a third-party
implementation runs before the built-in one; where a hook is ``firstresult``, the first
non-None result wins and the rest are not called. Plugins import ``hookimpl`` (and
everything else they need) from ``claimcheck.plugin``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from os import PathLike
from typing import TYPE_CHECKING, Protocol

import pluggy

if TYPE_CHECKING:
    from claimcheck.config import Config
    from claimcheck.model import Claim, Document, Finding, Report, Segments, Sentence, TimeRef

hookspec = pluggy.HookspecMarker("claimcheck")
hookimpl = pluggy.HookimplMarker("claimcheck")


class RegisterOpposite(Protocol):
    """``register(a, b, change=False)``: two predicates that deny each other."""

    def __call__(self, a: str, b: str, change: bool = False) -> None: ...


#: ``render(report, config) -> str``: a report format.
Render = Callable[["Report", "Config"], str]

#: ``render(report, config) -> bytes``: a binary report format (a database file),
#: registered with ``binary=True``; written to ``-o PATH`` (or a redirected stdout) as is.
RenderBinary = Callable[["Report", "Config"], bytes]


#: ``stream(report, config) -> Iterable[str]``: a text format's report in pieces, made
#: as they are written, whose concatenation is ``render``'s text.
RenderStream = Callable[["Report", "Config"], Iterable[str]]


class RegisterRenderer(Protocol):
    """``register(name, render, description="", binary=False, stream=None)``: a report
    format."""

    def __call__(self, name: str, render: Render | RenderBinary, description: str = "",
                 binary: bool = False, stream: RenderStream | None = None) -> None: ...


# -- load --------------------------------------------------------------------------------


@hookspec(firstresult=True)
def load_document(source: str, doc_id: str, config: Config) -> Document | None:
    """Read a file into a Document.

    Stops at the first non-None result. The built-in text loader runs last
    (``trylast``), so a format plugin sees every file first.

    A loader of a structured format writes its structure in the shapes the built-in
    segmenter reads (``claimcheck.plugin.Layout``: "# " headings, one line a paragraph,
    "[n]" note markers with the notes at the end, pipe tables), so that every offset
    points into one plain text. It records where the text came from in
    ``meta["source_map"]``: (text offset, place in the source) pairs in text order,
    ("p. 3", "line 120"), read back with ``claimcheck.plugin.source_place``; and the
    format in ``meta["format"]``. A file it cannot read is a ``LoadError`` naming the
    file, in one line.

    :param source: the path of the file, as the user gave it.
    :param doc_id: the id the Document must carry (unique in the run).
    :param config: the run's settings (``config.encoding`` among them).
    :returns: the Document, or None for a file this plugin does not read.
    """


@hookspec
def source_suffixes() -> Iterable[str] | None:
    """Name the file endings this plugin's ``load_document`` reads (".html", ".tei.xml").

    A loader still decides file by file in ``load_document``; this hook only says which
    files to offer it. ``claimcheck compare DIR`` reads the files of a folder whose names
    end in a suffix some installed plugin names (case-insensitive), and ``claimcheck
    plugins`` lists each loader with its suffixes, so a user can see why a file was left
    out and which extra to install.

    :returns: suffixes, each with its leading dot, or None for a plugin that loads
        nothing.
    """


# -- segment -----------------------------------------------------------------------------


@hookspec(firstresult=True)
def segment(document: Document, config: Config) -> Segments | None:
    """Split a document into passages (body, headings, footnotes, ...) and sentences.

    Stops at the first non-None result; the built-in segmenter runs last.

    :param document: the document to split.
    :param config: the run's settings.
    :returns: the Segments, or None to leave the document to another segmenter.
    """


# -- extract -----------------------------------------------------------------------------


@hookspec
def extract_claims(
    document: Document, segments: Segments, config: Config
) -> Iterable[Claim] | None:
    """Return the claims one extractor finds in a document.

    Every extractor is called; the core merges their claims (one per span and kind),
    numbers them ``doc:1``, ``doc:2``, ... in reading order and fills ``subject_key``
    from the alias table, so an extractor may leave ``id`` empty.

    :param document: the document, whose ``text`` every span points into.
    :param segments: its passages and sentences.
    :param config: the run's settings.
    :returns: the claims found (any iterable), or None for none.
    """


@hookspec(firstresult=True)
def claim_time(
    claim: Claim, claims: list[Claim], document: Document, config: Config
) -> TimeRef | None:
    """Return the time a figure holds for ("By January 1, 1950, ... 110,000").

    Called for figures that carry no ``when`` of their own.
    Stops at the first non-None result.

    :param claim: the figure to date.
    :param claims: the claims of the same sentence (of its 2,000-character piece, for a
        longer run with no sentence end), dates included, in reading order.
    :param document: the document the claim is in.
    :param config: the run's settings.
    :returns: the TimeRef, or None when the sentence does not date the figure.
    """


@hookspec
def register_aliases(register: Callable[[str, Iterable[str]], None]) -> None:
    """Teach entity names that mean the same thing ("KPA", "Korean People's Army").

    Called once per run, before any document is read.

    :param register: call ``register(canonical, aliases)`` for each entity.
    """


@hookspec
def register_measures(
    register: Callable[[str | PathLike[str] | Mapping[str, object]], None],
) -> None:
    """Teach what figures measure: a field's measures in a hierarchy ("strength",
    "casualties.killed_in_action"), named by their words.

    Called once per run. Every registered vocabulary is merged into the general one
    (``data/measures.toml``), whose format it shares: a table per measure with ``words``
    (and ``weak_words``, ``after_words`` that name it only right after the figure,
    ``dimension = "currency"`` where its figures are money), sub-tables for narrower
    measures (``distinct = true`` for a kind never told loosely as its whole, which meets
    only its own kind; ``reading = true`` for one way of reckoning its whole, which the
    whole told with no kind named may be and another reading never is: a quake's moment
    magnitude). Two figures are compared only when they measure the
    same thing, or one a part of the other.

    :param register: call ``register(path)`` with the path of a TOML vocabulary, or
        ``register(mapping)`` with one already parsed.
    """


@hookspec
def register_opposites(register: RegisterOpposite) -> None:
    """Teach predicates (lemmas) that deny each other.

    Called once per run; statement alignment and comparison use them.

    :param register: call ``register(a, b)`` for two predicates that deny each other
        ("acquit", "convict"), ``register(a, b, change=True)`` for opposite directions of
        change ("bullish" markets turn "bearish"), which contradict only at one time.
    """


# -- align and compare -------------------------------------------------------------------


@hookspec
def blocking_keys(claim: Claim, config: Config) -> Iterable[str] | None:
    """Return keys under which a claim may meet its counterparts in other documents.

    Two claims are compared only when they share a key, the built-in ones (measure,
    owner, year, ...) or one a plugin adds.

    :param claim: the claim to key.
    :param config: the run's settings.
    :returns: extra keys, or None for none.
    """


@hookspec(firstresult=True)
def compare_claims(left: Claim, right: Claim, config: Config) -> Finding | None:
    """Compare two claims that alignment paired.

    Stops at the first non-None result.

    :param left: a claim of one document.
    :param right: its candidate counterpart (another document, or the same one's notes).
    :param config: the run's settings (``approx_tolerance``, ``opposites``, ...).
    :returns: an agreement, discrepancy or not_comparable Finding naming both claims, or
        None for a pair of kinds this plugin does not understand.
    """


@hookspec
def check_document(
    document: Document, claims: list[Claim], config: Config
) -> Iterable[Finding] | None:
    """Return inconsistencies inside one document (a total against its parts, a span of
    dates named twice differently, ...).

    :param document: the document.
    :param claims: all its claims, in reading order.
    :param config: the run's settings.
    :returns: ``inconsistency`` findings, or None for none.
    """


# -- slant and wording -------------------------------------------------------------------


@hookspec
def register_lexicon(register: Callable[[str | PathLike[str]], None]) -> None:
    """Add slant vocabulary to the built-in lexicon.

    Called once per run. Every registered lexicon is merged into one matcher, so no
    finding is reported twice.

    :param register: call ``register(path)`` with the path of a TOML lexicon (the format
        of the built-in ``builtin/slant/lexicon/slant.toml``); the file's stem names its
        findings.
    """


@hookspec
def detect_slant(
    document: Document, sentence: Sentence, config: Config
) -> Iterable[Finding] | None:
    """Return slant findings for one sentence of running text, notes or headings.

    :param document: the document.
    :param sentence: the sentence; findings should start inside it.
    :param config: the run's settings (``slant_categories``, lexicons).
    :returns: ``slant`` findings with ``category``, ``document``, ``start``, ``end``, and a
        summary that says why, or None for none.
    """


@hookspec
def compare_wording(
    left: Document, left_sentence: Sentence, right: Document, right_sentence: Sentence,
    config: Config,
) -> Iterable[Finding] | None:
    """Return wording differences between two aligned sentences of two documents.

    Called once for each pair of sentences that carry matched claims.

    :param left: one document.
    :param left_sentence: its sentence.
    :param right: the other document.
    :param right_sentence: the sentence it is aligned with.
    :param config: the run's settings.
    :returns: ``wording`` findings, or None for none.
    """


@hookspec
def compare_texts(
    left: Document, left_segments: Segments, right: Document, right_segments: Segments,
    config: Config,
) -> Iterable[Finding] | None:
    """Return findings about two whole texts, e.g. the wording of one rendering against
    another.

    When any are returned, sentence pairs of these two documents are not passed to
    ``compare_wording`` as well.

    :param left: one document.
    :param left_segments: its passages and sentences.
    :param right: the other document.
    :param right_segments: its passages and sentences.
    :param config: the run's settings.
    :returns: findings, or None when the two texts are not this plugin's business.
    """


# -- render ------------------------------------------------------------------------------


@hookspec
def register_renderers(register: RegisterRenderer) -> None:
    """Add report formats for ``--format``.

    The first registration of a name wins, and plugins run before the built-ins, so a
    plugin may replace a built-in format.

    :param register: call ``register(name, render, description)``, where
        ``render(report, config) -> str`` returns the whole report; or, for a file format
        that is not text (SQLite), ``register(name, render, description, binary=True)``
        with ``render(report, config) -> bytes``: the file's bytes, which the command
        line writes atomically to ``-o PATH`` like any report (never to a terminal).
        Returning bytes from a text format, or text from a binary one, is an error.
        A text format may also give ``stream=``, ``stream(report, config)`` yielding the
        same text in pieces: the command line then writes each piece as it comes, so that
        a large report's text never sits whole in memory beside the report.
    """
