"""claimcheck-korea: a domain pack for sources on the Korean War (1950-1953).

It teaches claimcheck the slant vocabulary of both Cold War camps ("Reds", "Red hordes",
"imperialists", "lackeys", "so-called volunteers"), kept as data in ``korea.toml``.
Copy this package to start your own domain pack: one TOML file, two hooks.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources
from typing import Any

from claimcheck.builtin.slant import Lexicon
from claimcheck.hookspecs import hookimpl

__version__ = "0.1.0"


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """This pack's vocabulary, read once from the package's ``korea.toml``."""
    data = resources.files(__name__).joinpath("korea.toml")
    with resources.as_file(data) as path:
        return Lexicon.from_toml(path, name="korea")


@hookimpl
def register_lexicon(register: Callable[[Any], None]) -> None:
    """Give claimcheck our lexicon to merge into its own (one matcher, no duplicates)."""
    register(lexicon())
