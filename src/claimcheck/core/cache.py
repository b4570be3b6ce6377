"""Each document's own results kept between runs (``--cache PATH``, ``Config.cache``).

A corpus grows a few documents at a time; a run over a thousand documents and ten new
ones should segment and extract ten. So each document's own work (``Prepared``: its
segments, claims, self-check and slant findings) is kept under a key that holds
everything the work reads, and a later run reuses it only when a fresh result would be
the same, byte for byte:

- the document: its id and path (claim ids are ``doc:1``, findings name the document),
  its text (SHA-256) and what the loader learnt (``meta``: a date anchors the times);
- the run: a fingerprint of the code (every file of the claimcheck package, and of each
  plugin's own package, with installed plugins' names and versions, in registration
  order), of Python and its Unicode tables, and of every setting extraction can read
  (``Config``'s fields and options, with the contents of the files they name: lexicons,
  measure vocabularies, allow-lists), but not the presentation-only ``color`` option or
  where the cache is;
- the alias table: it holds every document's acronyms, so one new document that spells
  out "Korean People's Army (KPA)" changes it for all. Keying on the whole table would
  re-extract every document whenever a new one names a new entity; instead each entry
  records what extraction asked the table (``key``, ``canonical``, ``find``,
  ``find_last`` with their answers) and is reused only when today's table gives every
  one of those answers again. Extraction is deterministic, so the same answers mean
  the same questions in the same order, and the same result (as build tools check a
  recorded list of dependencies rather than everything that might have been one).

Where, and why SQLite: one file the user names, read with one query for many keys, and
written in transactions, so that two runs sharing a cache never leave a half-written
entry (SQLite's locking makes the second writer wait). A directory of files would need
a file per document and an atomic rename each, and leaves many small files behind.

How entries are written: a tagged JSON encoding of the records of ``claimcheck.model``
and plain values (``None``, booleans, numbers, strings, lists, tuples, dicts, sets,
dates), compressed with zlib. Decoding builds only those types, so a cache file from
elsewhere can make a report wrong but can run no code (pickle could); a record holding
anything else (a plugin's own object in ``Claim.extra``) is simply not cached. The model
has ``to_dict`` but no way back, and the JSON report drops types (tuples, dates) that a
fresh result has, so it could not give the same bytes.

What goes wrong is never fatal: a file that is not a cache of this version (not SQLite,
another program's database, damaged, an older format) gets a one-line warning and is
rebuilt; a cache that cannot be written (read-only, locked for a minute, disk full) gets
a one-line warning and the run goes on without it. The one refusal: a cache that is one
of the run's own sources (it would be rebuilt over the document).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import os
import sqlite3
import stat
import sys
import tempfile
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import pluggy

from claimcheck import model
from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError
from claimcheck.model import Document
from claimcheck.text.names import Aliases

#: The layout of the file and of its entries; a file of another version is rebuilt.
FORMAT = 1
#: SQLite's application id for our files ("ccK1"), so that another program's database
#: is told from ours before any table is read.
APPLICATION_ID = 0x63634B31
#: Entries kept for one document key with different alias answers (a document read
#: in several corpora); older ones are dropped.
VARIANTS = 4
#: Entries written in one transaction (and what a crash can lose at most).
BATCH = 64
#: How long a run waits for another run's write to finish before giving up on the cache.
LOCK_TIMEOUT = 60.0
#: Options that change only how a report looks, never a document's results.
PRESENTATION_OPTIONS = frozenset({"color"})
#: Options that only say which documents are lined up with which (``--renderings``).
ALIGNMENT_OPTIONS = frozenset({"renderings"})

_PACKAGE = Path(model.__file__).resolve().parent

T = TypeVar("T")


class Uncacheable(Exception):
    """Something the key or the entry would have to hold cannot be written down exactly."""


def warn(message: str) -> None:
    """One line on stderr, as the rest of claimcheck warns."""
    print(f"claimcheck: warning: {' '.join(message.split())}", file=sys.stderr)


# -- keys --------------------------------------------------------------------------------


def run_key(pm: pluggy.PluginManager, config: Config) -> str:
    """What every document's results depend on besides the document and the alias table:
    the code, the plugins in order, Python, and the settings (``Uncacheable`` when a
    plugin or a setting cannot be written down)."""
    plugins = []
    code = {str(_PACKAGE): _tree_digest(_PACKAGE)}
    versions = {id(plugin): f"{dist.project_name} {dist.version}"
                for plugin, dist in pm.list_plugin_distinfo()}
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            plugins.append([name, "blocked"])
            continue
        module = plugin if isinstance(plugin, ModuleType) else sys.modules.get(
            getattr(plugin, "__module__", None) or type(plugin).__module__)
        where = _code_place(module)
        if where is None:
            raise Uncacheable(f"plugin {name} has no source file to fingerprint")
        if where not in code and not _inside(where, _PACKAGE):
            code[str(where)] = _tree_digest(where) if where.is_dir() else _file_digest(where)
        state = None
        if not isinstance(plugin, (ModuleType, type)):
            try:  # an instance's settings are part of what it does
                state = canonical(vars(plugin))
            except (Uncacheable, TypeError):
                raise Uncacheable(f"plugin {name} holds state the cache cannot key") from None
        plugins.append([name, getattr(plugin, "__qualname__", type(plugin).__qualname__),
                        versions.get(id(plugin)), str(where), state])
    settings = {}
    for f in dataclasses.fields(config):
        if f.name in ("cache", "base"):
            continue  # where results are kept, and what is aligned against: not extraction
        value = getattr(config, f.name)
        if f.name == "options":
            value = {k: v for k, v in value.items()
                     if k not in PRESENTATION_OPTIONS and k not in ALIGNMENT_OPTIONS}
        settings[f.name] = canonical(value, files=True)
    try:
        own_version = version("claimcheck")
    except PackageNotFoundError:  # pragma: no cover - a bare source tree
        own_version = None
    return _digest([FORMAT, own_version, sys.version, unicodedata.unidata_version,
                    sorted(code.items()), plugins, settings])


def document_key(run: str, document: Document) -> str:
    """The key of one document's results in a run whose ``run_key`` is ``run``."""
    return _digest([run, document.id, document.path, document.sha256,
                    canonical(dict(document.meta), files=False)])


def canonical(value: Any, *, files: bool = False) -> Any:
    """``value`` as plain JSON that differs whenever the value does (tuples told from
    lists, mappings in key order); with ``files``, a string or path naming a regular file
    also carries the file's digest, so that an edited lexicon changes the key."""
    if value is None or isinstance(value, (bool, int, str)):
        if files and isinstance(value, str) and _is_file(value):
            return {"file": value, "sha256": _file_digest(Path(value))}
        return value
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        return {"path": str(path), "sha256": _file_digest(Path(path)) if _is_file(path)
                else None}
    if isinstance(value, (list, tuple)):
        return {type(value).__name__: [canonical(v, files=files) for v in value]}
    if isinstance(value, (set, frozenset)):
        items = [canonical(v, files=files) for v in value]
        return {"set": sorted(items, key=lambda v: json.dumps(v, sort_keys=True))}
    if isinstance(value, Mapping):
        items = [[canonical(k, files=False), canonical(v, files=files)]
                 for k, v in value.items()]
        return {"map": sorted(items, key=lambda kv: json.dumps(kv[0], sort_keys=True))}
    if isinstance(value, (dt.date, dt.datetime)):
        return {type(value).__name__: value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"record": f"{type(value).__module__}.{type(value).__qualname__}",
                "fields": [canonical(getattr(value, f.name), files=files)
                           for f in dataclasses.fields(value)]}
    raise Uncacheable(f"a {type(value).__name__} value")


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _is_file(path: str) -> bool:
    try:
        return len(path) < 4096 and "\0" not in path and stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@functools.lru_cache(maxsize=8)
def _tree_digest(folder: Path) -> str:
    """Every file under ``folder`` (compiled caches left out), names and contents."""
    digest = hashlib.sha256()
    files = sorted(p for p in folder.rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        digest.update(_file_digest(path).encode("ascii"))
    return digest.hexdigest()


def _code_place(module: ModuleType | None) -> Path | None:
    """Where a plugin's code lives: its package's folder (a plugin module inside a
    package, or a package), else its one file; None when it has no file."""
    file = getattr(module, "__file__", None)
    if module is None or not file:
        return None
    path = Path(file).resolve()
    if path.name == "__init__.py" or "." in module.__name__:
        return path.parent
    return path


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


# -- what extraction asks the alias table -------------------------------------------------


#: What one document's work asked the alias table: whether every question was written
#: down, and the questions with their answers (``[method, text, answer]``).
Reads = tuple[bool, list[list[Any]]]


class AliasReads:
    """An alias table that writes down every question asked of it and the answer.

    Extraction gets this in place of the table; the questions and answers go into the
    cache entry (``record``), and ``answers_again`` tells whether another table answers
    them all the same. Anything else asked of it is passed through but marks the record
    incomplete, so that the entry is not kept.
    """

    def __init__(self, table: Aliases) -> None:
        self._table = table
        self._asked: dict[tuple[str, str], Any] = {}
        self._complete = True

    def _ask(self, method: str, text: str) -> Any:
        asked = (method, text)
        if asked not in self._asked:
            self._asked[asked] = getattr(self._table, method)(text)
        return self._asked[asked]

    def key(self, mention: str) -> str:
        return str(self._ask("key", mention))

    def canonical(self, mention: str) -> str:
        return str(self._ask("canonical", mention))

    def find(self, text: str) -> str | None:
        found = self._ask("find", text)
        return None if found is None else str(found)

    def find_last(self, text: str) -> str | None:
        found = self._ask("find_last", text)
        return None if found is None else str(found)

    def __len__(self) -> int:
        asked = ("__len__", "")
        if asked not in self._asked:
            self._asked[asked] = len(self._table)
        return int(self._asked[asked])

    def __getattr__(self, name: str) -> Any:
        # only for names not defined here: a question that is not written down
        if name.startswith("__") or "_table" not in self.__dict__:
            raise AttributeError(name)
        self._complete = False
        return getattr(self._table, name)

    def record(self) -> Reads:
        """The questions and answers, in a fixed order (no reference to the table)."""
        return self._complete, [[m, t, a] for (m, t), a in sorted(self._asked.items())]


def answers_again(reads: Iterable[Sequence[Any]], table: Aliases,
                  memo: dict[tuple[str, str], Any] | None = None) -> bool:
    """True when ``table`` gives every recorded answer again. ``memo`` keeps the table's
    answers across documents (many ask the same questions of one run's table)."""
    memo = {} if memo is None else memo
    for method, text, answer in reads:
        asked = (method, text)
        if asked not in memo:
            if method not in ("key", "canonical", "find", "find_last", "__len__") or type(
                    text) is not str:
                return False
            memo[asked] = len(table) if method == "__len__" else getattr(table, method)(text)
        if memo[asked] != answer:
            return False
    return True


# -- entries -------------------------------------------------------------------------------

_RECORDS: dict[str, type] = {
    cls.__name__: cls for cls in vars(model).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls)
    and cls.__module__ == model.__name__
    and all(f.init for f in dataclasses.fields(cls))  # built again from its fields
}
_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in _RECORDS.values()
}


def encode(value: Any) -> bytes:
    """``value`` (records of the model and plain values) as compressed tagged JSON;
    ``Uncacheable`` when it holds anything else.

    Every JSON object written is a tag (``{"t": [...]}`` a tuple, ``{"d": [[k, v], ...]}``
    a dict, ``{"r": "Claim", "v": [...]}`` a record, ...), and a JSON array is a list,
    so that ``decode`` rebuilds everything in json's ``object_hook`` as it parses.
    """
    text = json.dumps(_tag(value), ensure_ascii=False, separators=(",", ":"),
                      allow_nan=True)
    return zlib.compress(text.encode("utf-8"), 1)


def decode(blob: bytes) -> Any:
    """What ``encode`` wrote; ValueError when the entry is damaged or not ours."""
    try:
        return json.loads(zlib.decompress(blob).decode("utf-8"), object_hook=_untag)
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError,
            IndexError, AttributeError, ValueError) as exc:
        raise ValueError(f"damaged entry ({type(exc).__name__})") from None


_PLAIN = frozenset({type(None), bool, int, str, float})


def _tag(value: Any) -> Any:
    """``value`` as JSON-ready tags (plain values inline: most of a result is numbers and
    strings, and a call for each would be most of the cost)."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple:
        return {"t": [v if type(v) in _PLAIN else _tag(v) for v in value]}
    if kind is list:
        return [v if type(v) in _PLAIN else _tag(v) for v in value]
    if kind is dict:
        return {"d": [[k if type(k) in _PLAIN else _tag(k), v if type(v) in _PLAIN
                       else _tag(v)] for k, v in value.items()]}
    if kind is set or kind is frozenset:
        return {"s" if kind is set else "f": [_tag(v) for v in value]}
    if kind is dt.date:
        return {"D": value.isoformat()}
    if kind is dt.datetime:
        return {"T": value.isoformat()}
    if _RECORDS.get(kind.__name__) is kind:
        fields = [getattr(value, n) for n in _FIELDS[kind]]
        return {"r": kind.__name__, "v": [v if type(v) in _PLAIN else _tag(v)
                                          for v in fields]}
    raise Uncacheable(f"a {kind.__name__} value")


def _untag(tagged: dict[str, Any]) -> Any:
    """One tagged object, its insides already rebuilt (json calls this innermost first)."""
    if len(tagged) == 2:
        cls = _RECORDS[tagged["r"]]
        values = tagged["v"]
        if len(values) != len(_FIELDS[cls]):
            raise TypeError("fields")
        return cls(*values)
    ((tag, body),) = tagged.items()
    if tag == "t":
        return tuple(body)
    if tag == "d":
        return {k: v for k, v in body}
    if tag == "s":
        return set(body)
    if tag == "f":
        return frozenset(body)
    if tag == "D":
        return dt.date.fromisoformat(body)
    if tag == "T":
        return dt.datetime.fromisoformat(body)
    raise KeyError(tag)


# -- the file --------------------------------------------------------------------------------


class Store:
    """The SQLite file: ``get`` many keys at once, ``put`` entries in transactions."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.db: sqlite3.Connection | None = None

    @classmethod
    def open(cls, path: str) -> Store | None:
        """The cache at ``path``, made or rebuilt as needed; None (with a warning) when
        none can be had there."""
        store = cls(path)
        try:
            problem = store._connect()
            if problem is not None:
                warn(f"cache {path}: {problem}; rebuilt")
                store._rebuild()
        except (sqlite3.Error, OSError) as exc:
            warn(f"cache {path}: cannot be used ({_reason(exc)}); running without it")
            store.close()
            return None
        return store

    def _connect(self) -> str | None:
        """Open the file; what is wrong with it (None: it is a cache of ours, or new)."""
        self.close()
        self.db = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT, isolation_level=None)
        try:
            app = self.db.execute("PRAGMA application_id").fetchone()[0]
            fmt = self.db.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            return f"not a claimcheck cache ({_reason(exc)})"
        if app == APPLICATION_ID and fmt == FORMAT and "entries" in tables:
            return None
        if app == 0 and not tables:  # a new (or empty) file: ours to set up
            self._create(self.db)
            return None
        if app == APPLICATION_ID:
            return f"a cache of another format ({fmt}, this is {FORMAT})"
        return "not a claimcheck cache (another program's database)"

    @staticmethod
    def _create(db: sqlite3.Connection) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT NOT NULL, variant TEXT "
                       "NOT NULL, reads BLOB NOT NULL, data BLOB NOT NULL, "
                       "PRIMARY KEY (key, variant))")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {FORMAT}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _rebuild(self) -> None:
        """A fresh cache in place of the file, swapped in whole (another run reading the
        old file keeps reading it; none ever sees half of the new one)."""
        self.close()
        folder = os.path.dirname(os.path.abspath(self.path))
        fd, temp = tempfile.mkstemp(prefix=".claimcheck-cache-", suffix=".tmp", dir=folder)
        os.close(fd)
        try:
            db = sqlite3.connect(temp, isolation_level=None)
            try:
                self._create(db)
            finally:
                db.close()
            for stale in ("-journal", "-wal", "-shm"):  # they belong to the file replaced
                with contextlib.suppress(FileNotFoundError):
                    os.remove(self.path + stale)
            os.replace(temp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.remove(temp)
            raise
        if self._connect() is not None:
            raise sqlite3.DatabaseError("rebuilt file is not readable")

    def get(self, keys: Sequence[str]) -> dict[str, list[tuple[bytes, bytes]]]:
        """(reads, data) of the entries of each key that has any, newest first."""
        assert self.db is not None
        out: dict[str, list[tuple[bytes, bytes]]] = {}
        unique = sorted(set(keys))
        for start in range(0, len(unique), 500):
            part = unique[start:start + 500]
            rows = self.db.execute(
                f"SELECT key, reads, data FROM entries WHERE key IN "
                f"({','.join('?' * len(part))}) ORDER BY rowid DESC", part)
            for key, reads, data in rows:
                out.setdefault(key, []).append((bytes(reads), bytes(data)))
        return out

    def put(self, rows: Sequence[tuple[str, bytes, bytes]]) -> None:
        """Write (key, reads, data) entries in one transaction, keeping the newest
        ``VARIANTS`` of each key."""
        assert self.db is not None
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            for key, reads, data in rows:
                variant = hashlib.sha256(reads).hexdigest()
                db.execute("INSERT OR REPLACE INTO entries (key, variant, reads, data) "
                           "VALUES (?, ?, ?, ?)", (key, variant, reads, data))
                db.execute("DELETE FROM entries WHERE key = ? AND rowid NOT IN (SELECT rowid "
                           "FROM entries WHERE key = ? ORDER BY rowid DESC LIMIT ?)",
                           (key, key, VARIANTS))
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def _damaged(exc: sqlite3.Error) -> bool:
    """A damaged file (rebuild it), not a busy or read-only one (leave it alone)."""
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.OperationalError)


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


# -- what documents.py uses ------------------------------------------------------------------


class DocumentCache:
    """The cache as a run sees it: ``lookup`` a document's results before its work is
    dispatched, ``keep`` what was computed, ``close`` to write what is pending."""

    def __init__(self, store: Store, run: str) -> None:
        self.store = store
        self.run = run
        self._pending: list[tuple[str, bytes, bytes]] = []
        self._found: dict[str, list[tuple[bytes, bytes]]] = {}
        self._answers: dict[tuple[str, str], Any] = {}  # the run's alias table's answers
        self._table: Aliases | None = None
        self.hits = 0
        self.misses = 0

    @classmethod
    def open(cls, config: Config, pm: pluggy.PluginManager,
             documents: Sequence[Document]) -> DocumentCache | None:
        """The run's cache when ``config.cache`` names one and it can be used; None (with a
        warning when something is wrong) otherwise."""
        if not config.cache:
            return None
        path = os.fspath(config.cache)
        _refuse_a_source(path, documents)
        if os.path.isdir(path):
            warn(f"cache {path}: is a directory; running without a cache")
            return None
        try:
            run = run_key(pm, config)
        except (Uncacheable, OSError) as exc:
            warn(f"cache {path}: not used: {exc}")
            return None
        store = Store.open(path)
        if store is None:
            return None
        cache = cls(store, run)
        cache._read([cache.key(d) for d in documents])
        return cache

    def key(self, document: Document) -> str:
        try:
            return document_key(self.run, document)
        except Uncacheable:
            return ""  # a loader's meta that cannot be keyed: this document is not cached

    def _read(self, keys: Sequence[str]) -> None:
        try:
            self._found = self.store.get([k for k in keys if k])
        except sqlite3.Error as exc:
            self._failed(exc, rebuild=_damaged(exc))

    def lookup(self, document: Document, aliases: Aliases,
               build: Callable[[Any], T]) -> T | None:
        """The document's kept results, ``build(value)``, when one of its entries answers
        today's alias table; None when they must be computed. An entry that does not
        decode, or that ``build`` refuses (TypeError, ValueError), is a miss."""
        if aliases is not self._table:
            self._table, self._answers = aliases, {}
        for reads, data in self._found.pop(self.key(document), ()):
            try:
                if answers_again(decode(reads), aliases, self._answers):
                    built = build(decode(data))
                    self.hits += 1
                    return built
            except (ValueError, TypeError):
                continue  # a damaged entry is a miss, overwritten when the work is done
        self.misses += 1
        return None

    def keep(self, document: Document, reads: Reads | None, value: Any) -> None:
        """Write down a document's fresh results (in batches of ``BATCH``); not when its
        alias questions were not all written down."""
        key = self.key(document)
        if not key or reads is None or not reads[0] or self.store.db is None:
            return
        try:
            row = (key, encode(reads[1]), encode(value))
        except (Uncacheable, ValueError):
            return  # it holds what the cache cannot write: computed again next time
        self._pending.append(row)
        if len(self._pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self._pending or self.store.db is None:
            return
        rows, self._pending = self._pending, []
        try:
            self.store.put(rows)
        except sqlite3.Error as exc:
            self._failed(exc, rebuild=_damaged(exc))

    def close(self) -> None:
        self.flush()
        self.store.close()

    def _failed(self, exc: sqlite3.Error, *, rebuild: bool) -> None:
        """A cache that went wrong mid-run: rebuilt when damaged, else left alone; the
        run goes on without it either way."""
        self._found = {}
        self._pending = []
        if rebuild:
            warn(f"cache {self.store.path}: damaged ({_reason(exc)}); rebuilt")
            try:
                self.store._rebuild()
            except (sqlite3.Error, OSError) as again:
                warn(f"cache {self.store.path}: cannot be rebuilt ({_reason(again)})")
                self.store.close()
            return
        warn(f"cache {self.store.path}: cannot be written ({_reason(exc)}); results of this "
             "run not kept")
        self.store.close()


def _refuse_a_source(path: str, documents: Sequence[Document]) -> None:
    """A cache that is one of the sources would be rebuilt over the document."""
    try:
        target = os.stat(path)
    except OSError:
        return
    for document in documents:
        if document.path is None:
            continue
        try:
            found = os.stat(document.path)
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino):
            raise ClaimcheckError(f"{path}: is the source {document.path}; refusing to use "
                                  "it as the cache")
