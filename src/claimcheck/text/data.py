"""Word tables shipped as TOML, read once through ``importlib.resources``.

Tables live in data files, never in code, so that a reader can check and extend a
vocabulary without reading a regular expression, and so that one table has one home.
"""

from __future__ import annotations

import functools
import sys
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@functools.cache
def table(name: str, package: str = "claimcheck.data") -> dict[str, Any]:
    """The parsed TOML file ``name`` (without ``.toml``) of ``package``, read once.

    Callers must not mutate the result: it is shared by every caller in the process.
    """
    text = resources.files(package).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)
