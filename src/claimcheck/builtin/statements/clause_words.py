"""The words the statements plugin knows: statements.toml as typed sets, and lemmas.

The splitter's rules read small closed word lists (auxiliaries, modals, negators, hedges,
reporting verbs, opposites); they live in statements.toml so that a reader can check and
extend them without reading the rules. ``clause_words()`` gives the lists every part of the
splitter shares as one record; word sets only one module reads are built there, from the
same file. Lemmas come from simplemma's English dictionary (a well-kept, dependency-free
lemmatizer that knows "withdrew" is "withdraw" and "was" is "be" with no model download),
after the irregular forms of claimcheck's own word tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import simplemma

from claimcheck.plugin import irregular_base, table

__all__ = ["ANAPHORIC", "CONTRASTS", "DISCOURSE", "PRE_VERB", "SAYING", "ClauseWords",
           "clause_words", "lemma", "word_lists"]


def word_lists() -> dict[str, Any]:
    """statements.toml as parsed, read once (shared: never mutate it)."""
    return table("statements", package=__package__)


#: Subject pronouns that stand for an earlier subject ("they", "it").
ANAPHORIC: frozenset[str] = frozenset(word_lists()["pronouns"]["anaphoric"])
#: Adverbs that may stand between a subject and its verb ("also signed").
PRE_VERB: frozenset[str] = frozenset(word_lists()["adverbs"]["pre_verb"])
#: Verbs of saying (lemmas): "X said P" with no "that", "..., X announced."
SAYING: frozenset[str] = frozenset(word_lists()["reporting"]["saying"])
#: Coordinators of contrast ("but", "yet", "whereas", "while").
CONTRASTS: frozenset[str] = frozenset(word_lists()["coordinators"]["contrasts"])
#: Linking words that open a sentence or a stretch ("However, ...", "Then ...").
DISCOURSE: frozenset[str] = frozenset(word_lists()["adverbs"]["discourse"])


@dataclass(frozen=True)
class ClauseWords:
    """The word lists of statements.toml that the splitter's rules share."""

    auxiliaries: frozenset[str]
    be: frozenset[str]
    modals: dict[str, str]
    negators: frozenset[str]
    negating_verbs: frozenset[str]
    negative_determiners: frozenset[str]
    hedge_adverbs: frozenset[str]
    hedge_verbs: frozenset[str]
    hedge_adjectives: frozenset[str]
    reporting: frozenset[str]
    denying: frozenset[str]
    subordinators: frozenset[str]
    relatives: frozenset[str]
    coordinators: frozenset[str]
    copular: dict[tuple[str, ...], str]
    antonyms: dict[str, frozenset[str]]
    changes: dict[str, frozenset[str]]
    antonym_pairs: tuple[tuple[str, str], ...]  # as listed, for register_opposites
    change_pairs: tuple[tuple[str, str], ...]
    irregular_past: frozenset[str]
    verbs: frozenset[str]
    control: dict[str, str | None]


@lru_cache(maxsize=1)
def clause_words() -> ClauseWords:
    """The word lists of statements.toml, read once."""
    data = word_lists()

    def pairs(rows: list[list[str]]) -> dict[str, frozenset[str]]:
        table: dict[str, set[str]] = {}
        for a, b in rows:
            table.setdefault(a, set()).add(b)
            table.setdefault(b, set()).add(a)
        return {k: frozenset(v) for k, v in table.items()}

    return ClauseWords(
        auxiliaries=frozenset(data["auxiliaries"]),
        be=frozenset(data["be"]),
        modals=dict(data["modals"]),
        negators=frozenset(data["negation"]["adverbs"]),
        negating_verbs=frozenset(data["negation"]["verbs"]),
        negative_determiners=frozenset(data["negation"]["determiners"]),
        hedge_adverbs=frozenset(data["hedges"]["adverbs"]),
        hedge_verbs=frozenset(data["hedges"]["verbs"]),
        hedge_adjectives=frozenset(data["hedges"]["adjectives"]),
        reporting=frozenset(data["reporting"]["verbs"]),
        denying=frozenset(data["reporting"]["denying"]),
        subordinators=frozenset(data["subordinators"]["words"]),
        relatives=frozenset(data["subordinators"]["relatives"]),
        coordinators=frozenset(data["coordinators"]["words"]),
        copular={tuple(k.split()): v for k, v in data["copular_predicates"].items()},
        antonyms=pairs(data["opposites"]["antonyms"]),
        changes=pairs(data["opposites"]["changes"]),
        antonym_pairs=tuple((a, b) for a, b in data["opposites"]["antonyms"]),
        change_pairs=tuple((a, b) for a, b in data["opposites"]["changes"]),
        irregular_past=frozenset(data["verb_forms"]["irregular_past"]),
        control={verb: None if mode == "asserted" else mode
                 for mode, verbs in data["control"].items() for verb in verbs},
        verbs=frozenset(data["verb_forms"]["verbs"]).union(
            *(pair for pair in data["opposites"]["antonyms"]),
            *(pair for pair in data["opposites"]["changes"]),
            data["reporting"]["verbs"], data["reporting"]["denying"],
            data["negation"]["verbs"]),
    )


@lru_cache(maxsize=131072)
def lemma(word: str) -> str:
    """The dictionary form of an English word, lower-cased ("withdrew" -> "withdraw")."""
    lower = word.lower().replace("’", "'")
    if not lower.isalpha():
        return lower
    return irregular_base(lower) or simplemma.lemmatize(lower, lang="en").lower()
