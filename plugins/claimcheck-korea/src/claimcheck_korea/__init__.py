"""claimcheck-korea: a domain pack for sources on the Korean War (1950-1953).

It teaches claimcheck the names of the war's actors in every spelling and romanization
(``aliases.toml``: KPA = NKPA = Korean People's Army, Peking = Peiping = Beijing) and
the slant vocabulary of both Cold War camps ("Reds", "Red hordes", "imperialists",
"lackeys", "so-called volunteers", in ``korea.toml``) and what a war's figures measure
(strength, units, equipment, in ``measures.toml``), so that an army's strength is never
compared with its losses. Copy this package to start your own domain pack: a TOML file
and a hook for each.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from claimcheck.plugin import hookimpl, table

__version__ = "0.1.0"


def lexicon_path() -> Path:
    """The installed ``korea.toml``: this pack's vocabulary, in claimcheck's lexicon format.

    A real file for a normal or an editable install. claimcheck reads it and tags its
    findings with the file's stem, "korea".
    """
    return Path(str(resources.files(__name__).joinpath("korea.toml")))


def aliases() -> dict[str, list[str]]:
    """Canonical name -> other spellings, read once from the package's ``aliases.toml``.

    Shared by every caller: do not change the result.
    """
    return table("aliases", package=__name__)["aliases"]


@hookimpl
def register_aliases(register: Callable[[str, list[str]], None]) -> None:
    """One entity key for every spelling of an actor, so figures about it line up."""
    for canonical, names in aliases().items():
        register(canonical, names)


def measures_path() -> Path:
    """The installed ``measures.toml``: military measures, in claimcheck's format."""
    return Path(str(resources.files(__name__).joinpath("measures.toml")))


@hookimpl
def register_measures(register: Callable[[Any], None]) -> None:
    """What a war history's figures count: strength, units, tanks, aircraft, guns, ships."""
    register(measures_path())


@hookimpl
def register_lexicon(register: Callable[[Any], None]) -> None:
    """Give claimcheck our lexicon file to merge into its own (one matcher, no duplicates)."""
    register(lexicon_path())
