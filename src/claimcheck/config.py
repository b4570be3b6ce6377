"""Run settings, passed to every hook as ``config``.

One frozen record rather than loose keyword arguments, so that a plugin written today
keeps working when a later release adds a setting. Plugins read their own settings
from ``options`` under a key of their name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Config:
    encoding: str | None = None  # None: UTF-8 with or without BOM
    reference: str | None = None  # ISO date anchoring texts that give no year
    approx_tolerance: float = 0.10  # "about 100" agrees with 90..110
    slant_categories: tuple[str, ...] | None = None  # None: all
    options: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)


DEFAULT = Config()
