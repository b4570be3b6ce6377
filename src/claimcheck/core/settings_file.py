"""The user's standing choices: ``claimcheck.toml``, or ``[tool.claimcheck]`` in pyproject.

A project that checks the same corpus every day keeps its aliases, lexicons,
tolerances and preferred format in one file beside the sources, so that every run (and
every collaborator's run) reads them the same way. Looked up in the working directory
only, never in parent directories or the home directory: a report must not change
because of a file the user cannot see from where they stand. ``claimcheck.toml`` wins
when both exist. Options given on the command line win over the file.

Example ``claimcheck.toml``::

    format = "html"
    tolerance = 0.05
    reference = "1950-06-25"
    slant_categories = ["labeling", "doubt_marking"]
    lexicons = ["lexicons/cold-war.toml"]        # relative to this file
    slant_allow = ["People's Republic"]
    jobs = 4
    only = ["discrepancy", "slant"]
    fail_on = ["discrepancy"]

    [aliases]
    "Korean People's Army" = ["KPA", "DPRK troops", "North Korean army"]
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError
from claimcheck.model import FINDING_KINDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FILE = "claimcheck.toml"
PYPROJECT = "pyproject.toml"

#: Every key a settings file may hold, with what it must be.
KEYS: dict[str, str] = {
    "format": "a format name",
    "tolerance": "a number between 0 and 1",
    "reference": "an ISO date",
    "slant_categories": "a list of categories",
    "encoding": "an encoding name",
    "jobs": "a whole number, 0 for one per CPU",
    "aliases": "a table of canonical name = [aliases]",
    "lexicons": "a list of lexicon file paths",
    "slant_allow": "a list of phrases",
    "only": "a list of finding kinds",
    "fail_on": "a list of finding kinds",
}


@dataclass(frozen=True)
class Settings:
    """What a settings file says; None or empty where it says nothing."""

    path: str | None = None
    format: str | None = None
    tolerance: float | None = None
    reference: str | None = None
    slant_categories: tuple[str, ...] | None = None
    encoding: str | None = None
    jobs: int | None = None
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    lexicons: tuple[str, ...] = ()
    slant_allow: tuple[str, ...] = ()
    only: tuple[str, ...] | None = None
    fail_on: tuple[str, ...] | None = None

    def options(self) -> dict[str, Any]:
        """The settings plugins read from ``Config.options`` (aliases, lexicons, allow-list)."""
        out: dict[str, Any] = {}
        if self.aliases:
            out["aliases"] = self.aliases
        if self.lexicons:
            out["lexicon"] = list(self.lexicons)
        if self.slant_allow:
            out["slant_allow"] = list(self.slant_allow)
        return out


NONE = Settings()


def find(directory: str | Path | None = None) -> Path | None:
    """The settings file of ``directory`` (default: the working directory), if any."""
    folder = Path(directory) if directory is not None else Path()
    own = folder / FILE
    if own.is_file():
        return own
    pyproject = folder / PYPROJECT
    if pyproject.is_file() and "claimcheck" in _read(pyproject).get("tool", {}):
        return pyproject
    return None


def load(path: str | Path | None = None, directory: str | Path | None = None) -> Settings:
    """Settings from ``path``, else from the file ``find`` picks, else none."""
    file = Path(path) if path is not None else find(directory)
    if file is None:
        return NONE
    if not file.is_file():
        raise ClaimcheckError(f"{file}: no such settings file")
    data = _read(file)
    if file.name == PYPROJECT:
        data = data.get("tool", {}).get("claimcheck", {})
    return parse(data, file)


def parse(data: Mapping[str, Any], file: Path) -> Settings:
    """Check every key and value; a mistake names the file and the key."""
    if not isinstance(data, Mapping):
        raise ClaimcheckError(f"{file}: [tool.claimcheck] must be a table")
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ClaimcheckError(
            f"{file}: unknown setting {unknown[0]!r} (known: {', '.join(KEYS)})"
        )

    def bad(key: str) -> ClaimcheckError:
        return ClaimcheckError(f"{file}: {key} must be {KEYS[key]}, not {data[key]!r}")

    def strings(key: str) -> tuple[str, ...] | None:
        if key not in data:
            return None
        value = data[key]
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(key)
        return tuple(value)

    def string(key: str) -> str | None:
        if key in data and not isinstance(data[key], str):
            raise bad(key)
        return data.get(key)

    tolerance = data.get("tolerance")
    if tolerance is not None and (
        isinstance(tolerance, bool) or not isinstance(tolerance, (int, float))
        or not 0 <= tolerance < 1
    ):
        raise bad("tolerance")
    jobs = data.get("jobs")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0):
        raise bad("jobs")
    for key in ("only", "fail_on"):
        unknown_kinds = [k for k in strings(key) or () if k not in FINDING_KINDS]
        if unknown_kinds:
            raise ClaimcheckError(f"{file}: {key}: unknown finding kind {unknown_kinds[0]!r} "
                                  f"(choose from {', '.join(FINDING_KINDS)})")
    aliases = data.get("aliases", {})
    if not isinstance(aliases, Mapping) or not all(
        isinstance(v, list) and all(isinstance(a, str) for a in v) for v in aliases.values()
    ):
        raise bad("aliases")
    base = file.resolve().parent
    return Settings(
        path=str(file),
        format=string("format"),
        tolerance=float(tolerance) if tolerance is not None else None,
        reference=string("reference"),
        slant_categories=strings("slant_categories"),
        encoding=string("encoding"),
        jobs=jobs,
        aliases=tuple((str(k), tuple(v)) for k, v in aliases.items()),
        lexicons=tuple(str(base / p) for p in strings("lexicons") or ()),
        slant_allow=strings("slant_allow") or (),
        only=strings("only"),
        fail_on=strings("fail_on"),
    )


def _read(file: Path) -> dict[str, Any]:
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ClaimcheckError(f"{file}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ClaimcheckError(f"{file}: cannot read ({exc.strerror or exc})") from None
