"""claimcheck-korea: a domain pack for sources on the Korean War (1950-1953).

It teaches claimcheck the names of the war's actors in every spelling and romanization
(``aliases.toml``: KPA = NKPA = Korean People's Army, Peking = Peiping = Beijing) and
the slant vocabulary of both Cold War camps ("Reds", "Red hordes", "imperialists",
"lackeys", "so-called volunteers", in ``korea.toml``). Copy this package to start your
own domain pack: two TOML files, two hooks.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from importlib import resources
from typing import Any

from claimcheck.builtin.slant.detect import Lexicon

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib
from claimcheck.hookspecs import hookimpl

__version__ = "0.1.0"


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """This pack's vocabulary, read once from the package's ``korea.toml``."""
    data = resources.files(__name__).joinpath("korea.toml")
    with resources.as_file(data) as path:
        return Lexicon.from_toml(path, name="korea")


@functools.lru_cache(maxsize=1)
def aliases() -> dict[str, list[str]]:
    """Canonical name -> other spellings, read once from the package's ``aliases.toml``."""
    text = resources.files(__name__).joinpath("aliases.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["aliases"]


@hookimpl
def register_aliases(register: Callable[[str, list[str]], None]) -> None:
    """One entity key for every spelling of an actor, so figures about it line up."""
    for canonical, names in aliases().items():
        register(canonical, names)


@hookimpl
def register_lexicon(register: Callable[[Any], None]) -> None:
    """Give claimcheck our lexicon to merge into its own (one matcher, no duplicates)."""
    register(lexicon())
