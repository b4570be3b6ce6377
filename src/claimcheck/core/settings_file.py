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
    cache = ".claimcheck-cache.sqlite"          # relative to this file
    only = ["discrepancy", "slant"]
    fail_on = ["discrepancy"]
    lenient = false                              # true: drop a plugin's bad records

    [aliases]
    "Korean People's Army" = ["KPA", "DPRK troops", "North Korean army"]
"""

from __future__ import annotations

import codecs
import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError
from claimcheck.model import FINDING_KINDS, SLANT_CATEGORIES
from claimcheck.text.files import read_toml, type_name

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
    "cache": "a file path",
    "aliases": "a table of canonical name = [aliases]",
    "lexicons": "a list of lexicon file paths",
    "slant_allow": "a list of phrases",
    "only": "a list of finding kinds",
    "fail_on": "a list of finding kinds",
    "lenient": "true or false",
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
    cache: str | None = None
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    lexicons: tuple[str, ...] = ()
    slant_allow: tuple[str, ...] = ()
    only: tuple[str, ...] | None = None
    fail_on: tuple[str, ...] | None = None
    #: Drop a plugin's bad records with a warning instead of stopping (``--lenient``).
    lenient: bool | None = None

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
    if own.exists():
        return own
    pyproject = folder / PYPROJECT
    if pyproject.is_file() and "claimcheck" in _tool(_read(pyproject), pyproject):
        return pyproject
    return None


def load(path: str | Path | None = None, directory: str | Path | None = None) -> Settings:
    """Settings from ``path``, else from the file ``find`` picks, else none."""
    file = Path(path) if path is not None else find(directory)
    if file is None:
        return NONE
    data = _read(file)
    if file.name == PYPROJECT:
        data = _tool(data, file).get("claimcheck", {})
    return parse(data, file)


# -- the checks, shared with the command line's options ---------------------------------
# Each returns the value in the form a run uses, or raises ValueError saying what is
# wrong with it; ``problem`` puts the file's key or the option in front.


def problem(subject: str, exc: ValueError) -> str:
    """"tolerance must be ...", "--encoding: unknown text encoding 'x'"."""
    message = str(exc)
    return f"{subject} {message}" if message.startswith("must ") else f"{subject}: {message}"


def check_tolerance(value: object) -> float:
    if (isinstance(value, bool) or not isinstance(value, (int, float))
            or not math.isfinite(value) or not 0 <= value < 1):
        raise ValueError(f"must be {KEYS['tolerance']}, not {value!r}")
    return float(value)


def check_reference(value: object) -> str:
    """An ISO date (a TOML date too) as "YYYY-MM-DD"; a date and time gives its date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
            try:
                day = parse(value.strip())
            except ValueError:
                continue
            return (day.date() if isinstance(day, dt.datetime) else day).isoformat()
    raise ValueError(f"must be {KEYS['reference']} (YYYY-MM-DD), not {value!r}")


def check_encoding(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be {KEYS['encoding']}, not {value!r}")
    try:
        info = codecs.lookup(value)
    except LookupError:
        raise ValueError(f"unknown text encoding {value!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise ValueError(f"{value!r} is not a text encoding")
    return value


def _check_among(
    values: Iterable[str], allowed: tuple[str, ...], noun: str, plural: str
) -> tuple[str, ...]:
    """``values`` when each is one of ``allowed``; else a ValueError listing them."""
    values = tuple(values)
    unknown = [v for v in values if v not in allowed]
    if unknown or not values:
        problem = f"unknown {noun} {unknown[0]!r}" if unknown else f"no {plural} given"
        raise ValueError(f"{problem}; choose from {', '.join(allowed)}")
    return values


def check_categories(values: Iterable[str]) -> tuple[str, ...]:
    return _check_among(values, SLANT_CATEGORIES, "slant category", "categories")


def check_kinds(values: Iterable[str]) -> tuple[str, ...]:
    return _check_among(values, FINDING_KINDS, "finding kind", "kinds")


def parse(data: Mapping[str, Any], file: Path) -> Settings:
    """Check every key and value; a mistake names the file and the key."""
    if not isinstance(data, Mapping):
        raise ClaimcheckError(f"{file}: [tool.claimcheck] must be a table, not "
                              f"{type_name(data)}")
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

    def checked(key: str, check: Any, value: Any) -> Any:
        if value is None:
            return None
        try:
            return check(value)
        except ValueError as exc:
            raise ClaimcheckError(f"{file}: {problem(key, exc)}") from None

    jobs = data.get("jobs")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0):
        raise bad("jobs")
    lenient = data.get("lenient")
    if lenient is not None and not isinstance(lenient, bool):
        raise bad("lenient")
    aliases = data.get("aliases", {})
    if not isinstance(aliases, Mapping):
        raise bad("aliases")
    for canonical, names in aliases.items():
        if not isinstance(names, list) or not all(isinstance(a, str) for a in names):
            raise ClaimcheckError(f"{file}: aliases: the aliases of {canonical!r} must be a "
                                  f"list of strings, not {names!r}")
    base = file.resolve().parent
    return Settings(
        path=str(file),
        format=string("format"),
        tolerance=checked("tolerance", check_tolerance, data.get("tolerance")),
        reference=checked("reference", check_reference, data.get("reference")),
        slant_categories=checked("slant_categories", check_categories,
                                 strings("slant_categories")),
        encoding=checked("encoding", check_encoding, data.get("encoding")),
        jobs=jobs,
        cache=str(base / cache) if (cache := string("cache")) else None,
        aliases=tuple((str(k), tuple(v)) for k, v in aliases.items()),
        lexicons=tuple(str(base / p) for p in strings("lexicons") or ()),
        slant_allow=strings("slant_allow") or (),
        only=checked("only", check_kinds, strings("only")),
        fail_on=checked("fail_on", check_kinds, strings("fail_on")),
        lenient=lenient,
    )


def _read(file: Path) -> dict[str, Any]:
    return read_toml(file, "settings file")


def _tool(data: Mapping[str, Any], file: Path) -> Mapping[str, Any]:
    """pyproject.toml's [tool] table (empty when it has none)."""
    tool = data.get("tool", {})
    if not isinstance(tool, Mapping):
        raise ClaimcheckError(f"{file}: tool must be a table, not {type_name(tool)} "
                              f"({tool!r})")
    return tool
