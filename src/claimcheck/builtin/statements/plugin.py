"""The built-in statements plugin: every sentence split into clause-level statements
(clauses.py and the modules it reads, claims.py), two statements compared (compare.py),
and the built-in opposite predicates ("accept"/"reject") taught to the aligner."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from claimcheck.plugin import Claim, Config, Document, Finding, Segments, hookimpl

from . import compare
from .claims import statement_claims
from .clause_words import clause_words


@hookimpl
def extract_claims(document: Document, segments: Segments, config: Config) -> Iterable[Claim]:
    """Statement claims, clause by clause, in the body and the footnotes."""
    return statement_claims(document, segments)


@hookimpl
def register_opposites(register: Callable[..., None]) -> None:
    """The opposite predicates and opposite changes of statements.toml."""
    lex = clause_words()
    for table, change in ((lex.antonym_pairs, False), (lex.change_pairs, True)):
        for a, b in table:
            register(a, b, change=change)


@hookimpl
def compare_claims(left: Claim, right: Claim, config: Config) -> Finding | None:
    """Two statements: a contradiction, an agreement, or None when they are not about
    one thing."""
    return compare.compare_claims(left, right, config)
