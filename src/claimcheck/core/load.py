"""Stage 1, load: a source (a path, a text, or a Document) becomes a Document.

Paths go through the ``load_document`` hook, so format plugins read what they know;
a string that is not a path is the text itself. Document ids come from file names,
made unique across one run.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

import pluggy

from claimcheck.config import DEFAULT, Config
from claimcheck.errors import ClaimcheckError, LoadError
from claimcheck.manager import call_hook
from claimcheck.model import Document

#: A missing file still reads as a path (and fails loudly) when it is one word ending in
#: a file suffix (a letter after the dot: "Increase20.56pp", "12.5" are texts) or holding
#: a path separator; any other string is the text itself.
_SUFFIX = re.compile(r"\.[A-Za-z]\w{0,7}$")


def is_path(source: object) -> bool:
    """Whether a source names a file (True) or is the text itself (False)."""
    if isinstance(source, os.PathLike):
        return True
    if not isinstance(source, str) or "\n" in source or not 0 < len(source) <= 4096:
        return False
    if os.path.exists(source):
        return True
    return " " not in source and (os.sep in source or bool(_SUFFIX.search(source)))


def load(
    source: str | os.PathLike[str] | Document,
    *,
    pm: pluggy.PluginManager,
    config: Config = DEFAULT,
    doc_id: str | None = None,
) -> Document:
    """A Document from a path (through the load_document hook), a text, or a Document."""
    if isinstance(source, Document):
        return source
    if is_path(source):
        path = os.fspath(source)
        doc = call_hook(pm, "load_document", source=path, doc_id=doc_id or _stem(path),
                        config=config)
        if doc is None:
            raise LoadError(f"{path}: no loader accepted this file")
        return doc
    if not isinstance(source, str):
        raise ClaimcheckError(f"cannot read a source of type {type(source).__name__}")
    return Document(id=doc_id or "text", text=source.replace("\r\n", "\n").replace("\r", "\n"))


#: Files beside the documents that describe the folder rather than being a source: a
#: README, a LICENSE, a list of SOURCES ("README.md", "LICENSE.txt", "sources-list.md").
_NOT_SOURCES = re.compile(
    r"(?i)(?:readme|licen[cs]e|copying|notice|sources|changelog|changes|authors"
    r"|contributing|citation)(?:[._ -].*)?\Z"
)


def source_suffixes(pm: pluggy.PluginManager) -> dict[str, tuple[str, ...]]:
    """Plugin name -> the file suffixes its loader reads (the ``source_suffixes`` hook),
    in registration order; suffixes lower-cased, with their leading dot."""
    out: dict[str, tuple[str, ...]] = {}
    for impl in pm.hook.source_suffixes.get_hookimpls():
        found = impl.function() or ()
        if isinstance(found, str):
            found = (found,)
        out[impl.plugin_name] = tuple(
            dict.fromkeys(s.lower() if s.startswith(".") else f".{s.lower()}" for s in found))
    return out


def expand_sources(
    sources: Sequence[str],
    suffixes: Iterable[str] = (".txt", ".md"),
    pattern: str | None = None,
) -> list[str]:
    """Sources with each directory replaced by the files in it that a loader reads.

    A file of a directory is taken when its name ends in one of ``suffixes`` or, with
    ``pattern``, when it matches that glob instead ("*.html"; a pattern holding "/"
    matches the path below the directory, "sub/*.xml"). Files that describe the folder
    (README, LICENSE, SOURCES, ...), hidden files and hidden folders (".git") are left
    out. Sorted by path within each directory, so that the report and its document ids
    are the same on every machine. A file named directly is always kept. A directory with
    no such file is an error.
    """
    ends = tuple(s.lower() for s in suffixes)
    out: list[str] = []
    for source in sources:
        if not os.path.isdir(source):
            out.append(source)
            continue
        found = []
        for folder, dirs, files in os.walk(source):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or _NOT_SOURCES.match(name):
                    continue
                path = os.path.join(folder, name)
                if _wanted(name, os.path.relpath(path, source), ends, pattern):
                    found.append(path)
        if not found:
            what = f"file matching {pattern}" if pattern else (
                f"file a loader reads ({', '.join(dict.fromkeys(ends))})")
            raise ClaimcheckError(f"{source}: is a directory with no {what}")
        out.extend(sorted(found, key=lambda p: Path(os.path.relpath(p, source)).parts))
    return out


def _wanted(name: str, relative: str, ends: tuple[str, ...], pattern: str | None) -> bool:
    if pattern is None:
        return name.lower().endswith(ends)
    if "/" in pattern:
        return PurePosixPath(Path(relative).as_posix()).match(pattern)
    return fnmatch.fnmatchcase(name.lower(), pattern.lower())


def _stem(path: str) -> str:
    stem = Path(path).stem or "document"
    return re.sub(r"[^\w.-]+", "-", stem)


def unique_ids(sources: Sequence[object]) -> list[str]:
    """Document ids from file names, made unique with -2, -3, ... ("text1" for texts)."""
    ids: list[str] = []
    seen: dict[str, int] = {}
    for n, source in enumerate(sources, 1):
        if isinstance(source, Document):
            base = source.id
        elif is_path(source):
            base = _stem(os.fspath(source))  # type: ignore[arg-type]
        else:
            base = f"text{n}"
        count = seen.get(base, 0) + 1
        seen[base] = count
        ids.append(base if count == 1 else f"{base}-{count}")
    return ids
