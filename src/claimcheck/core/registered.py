"""What plugins register once per run: aliases, slant lexicons, opposite predicates.

Collected here, before any document is read, and handed to the stages in typed fields
of the run's Config (or as an alias table), so no stage calls a registration hook again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

import pluggy

from claimcheck.config import Config, Opposite
from claimcheck.manager import call_hook
from claimcheck.text.names import Aliases


def collect(pm: pluggy.PluginManager, extra: Iterable[tuple[str, Iterable[str]]] = ()) -> Aliases:
    """The alias table from every plugin's ``register_aliases`` and the user's entries."""
    table = Aliases()
    call_hook(pm, "register_aliases", register=table.register)
    for canonical, aliases in extra:
        table.register(canonical, aliases)
    return table


def with_plugin_data(config: Config, pm: pluggy.PluginManager) -> Config:
    """The config with what plugins register once per run (slant lexicons, opposite
    predicates, measure vocabularies); unchanged when they were collected already."""
    if config.lexicons is not None:
        return config
    lexicons: list[Any] = []
    call_hook(pm, "register_lexicon", register=lexicons.append)
    opposites: list[Opposite] = []

    def opposite(a: str, b: str, change: bool = False) -> None:
        opposites.append((a.lower(), b.lower(), bool(change)))

    call_hook(pm, "register_opposites", register=opposite)
    measures: list[Any] = []
    call_hook(pm, "register_measures", register=measures.append)
    return dataclasses.replace(config, lexicons=tuple(lexicons), opposites=tuple(opposites),
                               measures=tuple(measures))
