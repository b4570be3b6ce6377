"""Every hook claimcheck calls, grouped by pipeline phase, one docstring each.

Hooks are called with keyword arguments. Built-in plugins are registered first, so a
third-party implementation runs before the built-in one; where a hook is
``firstresult``, the first non-None result wins and the rest are not called.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from claimcheck.config import Config
    from claimcheck.model import Claim, Document, Finding, Segments, Sentence

hookspec = pluggy.HookspecMarker("claimcheck")
hookimpl = pluggy.HookimplMarker("claimcheck")


# -- load --------------------------------------------------------------------------------


@hookspec(firstresult=True)
def load_document(source: str, doc_id: str, config: Config) -> Document | None:
    """Read a path into a Document; stops at the first non-None result.

    Return None for a source you do not handle. The built-in text loader runs last.
    """


# -- segment -----------------------------------------------------------------------------


@hookspec(firstresult=True)
def segment(document: Document, config: Config) -> Segments | None:
    """Split a document into passages and sentences; stops at the first non-None result."""


# -- extract -----------------------------------------------------------------------------


@hookspec
def extract_claims(
    document: Document, segments: Segments, config: Config
) -> Iterable[Claim] | None:
    """Return the claims one extractor finds in a document; the core merges all of them."""


@hookspec(firstresult=True)
def claim_time(claim: Claim, claims: list[Claim], document: Document, config: Config) -> Any:
    """Return the TimeRef a figure holds for ("By January 1, 1950, ... 110,000"); first wins.

    ``claims`` are the claims of the same sentence, dates included, in reading order.
    """


@hookspec
def register_aliases(register: Callable[[str, Iterable[str]], None]) -> None:
    """Call ``register(canonical, aliases)`` for entity names that mean the same thing."""


@hookspec
def register_opposites(register: Callable[..., None]) -> None:
    """Call ``register(a, b)`` for two predicates (lemmas) that deny each other
    ("acquit", "convict"); ``register(a, b, change=True)`` for opposite directions of
    change ("bullish" markets turn "bearish"), which contradict only at one time."""


# -- align and compare -------------------------------------------------------------------


@hookspec
def blocking_keys(claim: Claim, config: Config) -> Iterable[str] | None:
    """Return keys under which a claim may meet its counterparts in other documents."""


@hookspec(firstresult=True)
def compare_claims(left: Claim, right: Claim, config: Config) -> Finding | None:
    """Return a Finding for a pair of claims you understand; stops at the first non-None."""


@hookspec
def check_document(
    document: Document, claims: list[Claim], config: Config
) -> Iterable[Finding] | None:
    """Return inconsistencies inside one document (a total against its parts, ...)."""


# -- slant and wording -------------------------------------------------------------------


@hookspec
def register_lexicon(register: Callable[[Any], None]) -> None:
    """Call ``register(lexicon)`` with a slant Lexicon or a TOML path to merge into the
    built-in one: one matcher for every vocabulary, no finding reported twice."""


@hookspec
def detect_slant(
    document: Document, sentence: Sentence, config: Config
) -> Iterable[Finding] | None:
    """Return slant findings (category, span, why) for one sentence."""


@hookspec
def compare_wording(
    left: Document, left_sentence: Sentence, right: Document, right_sentence: Sentence,
    config: Config,
) -> Iterable[Finding] | None:
    """Return wording differences between two aligned sentences of two documents."""


@hookspec
def compare_texts(
    left: Document, left_segments: Segments, right: Document, right_segments: Segments,
    config: Config,
) -> Iterable[Finding] | None:
    """Return findings about two whole texts, e.g. the wording of one rendering against
    another; when any are returned, sentence pairs of these two documents are not passed
    to compare_wording as well."""


# -- render ------------------------------------------------------------------------------


@hookspec
def register_renderers(register: Callable[[str, Callable[..., Any], str], None]) -> None:
    """Call ``register(name, render, description)``; ``render(report, config) -> str``."""
