"""Stage 1, load: a source (a path, a text, or a Document) becomes a Document.

Paths go through the ``load_document`` hook, so format plugins read what they know;
a string that is not a path is the text itself. Document ids come from file names,
made unique across one run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

import pluggy

from claimcheck.config import DEFAULT, Config
from claimcheck.errors import ClaimcheckError, LoadError
from claimcheck.manager import call_hook
from claimcheck.model import Document

#: A missing file still reads as a path (and fails loudly) when it is one word ending in
#: a file suffix or holding a path separator; any other string is the text itself.
_SUFFIX = re.compile(r"\.\w{1,8}$")


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
