"""Run settings, passed to every hook as ``config``.

One frozen record rather than loose keyword arguments, so that a plugin written today
keeps working when a later release adds a setting. What the core reads is a typed field;
a plugin reads its own settings from ``options`` under a key of its name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Two predicates (lemmas) that deny each other, and whether they are opposite
#: directions of change ("rise"/"fall") rather than plain opposites ("accept"/"reject").
Opposite = tuple[str, str, bool]

#: A canonical name and the other names it goes by.
AliasEntry = tuple[str, tuple[str, ...]]


@dataclass(frozen=True)
class Config:
    encoding: str | None = None  # None: UTF-8 with or without BOM
    reference: str | None = None  # ISO date anchoring texts that give no year
    approx_tolerance: float = 0.10  # "about 100" agrees with 90..110
    slant_categories: tuple[str, ...] | None = None  # None: all
    #: A bad record a plugin returns (a span outside the text, an unknown kind, ...) is
    #: dropped with a one-line warning on stderr, instead of stopping the run.
    lenient: bool = False
    #: A file that keeps each document's own results (``--cache``) so that a later run
    #: re-extracts only documents whose content, plugins or settings changed; None: no cache.
    #: Where results are kept changes no result, so it is left out of comparisons.
    cache: str | None = field(default=None, compare=False, hash=False)
    #: The user's aliases (``--aliases``, settings), on top of what plugins register.
    aliases: tuple[AliasEntry, ...] = field(default=(), compare=False, hash=False)
    #: Slant lexicons (or TOML paths) plugins registered with ``register_lexicon``;
    #: None until the run has collected them.
    lexicons: tuple[Any, ...] | None = field(default=None, compare=False, hash=False)
    #: Opposite predicates plugins registered with ``register_opposites``.
    opposites: tuple[Opposite, ...] = field(default=(), compare=False, hash=False)
    #: Measure vocabularies (TOML paths or parsed mappings) plugins registered with
    #: ``register_measures``, merged into the general one.
    measures: tuple[Any, ...] = field(default=(), compare=False, hash=False)
    #: Compare every other source against this one only (its id or path), as collation
    #: tools do: the work and the report grow with the number of sources.
    base: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)


DEFAULT = Config()
