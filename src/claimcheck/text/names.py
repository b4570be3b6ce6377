"""Entity keys: one name for each thing however a source spells it.

Generic rules live here (case, articles, possessives, apostrophe variants, plurals);
knowledge of a field ("KPA" is the Korean People's Army) comes from plugins through
``register_aliases`` and from the user's alias file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from claimcheck.errors import ClaimcheckError
from claimcheck.text.files import read_toml, type_name

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "´": "'"})
_ARTICLES = re.compile(r"^(?:the|a|an)\s+")
_POSSESSIVE = re.compile(r"'s?\b")
_NON_WORD = re.compile(r"[^\w\s-]+|_+")
_SPACES = re.compile(r"[\s-]+")


def normalize(mention: str) -> str:
    """The spelling-independent form of a mention: "the Korean People’s Army" -> "korean
    people army". Short mentions (names, subjects: they repeat through a document) are
    remembered; long texts searched for names are not kept."""
    if len(mention) <= _REMEMBERED:
        return _normalize_short(mention)
    return _normalize(mention)


def _unaccented(text: str) -> str:
    """``text`` without the accents of its Latin letters ("Apogée" -> "Apogee", "Québec"
    -> "Quebec"): one name in two languages, or typed with and without them. Letters
    with no plain form ("ß", "ø") and other scripts are kept."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


#: Mentions up to this long are remembered by ``normalize``.
_REMEMBERED = 64


@lru_cache(maxsize=16384)
def _normalize_short(mention: str) -> str:
    return _normalize(mention)


def _normalize(mention: str) -> str:
    text = _unaccented(mention.translate(_APOSTROPHES)).lower().strip()
    text = _ARTICLES.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = _NON_WORD.sub(" ", text)
    words = [_singular(w) for w in _SPACES.split(text) if w]
    return " ".join(words)


def _singular(word: str) -> str:
    """A light plural rule: enough to make "troops" meet "troop", not a lemmatizer."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


class Aliases:
    """A table from normalised mentions to a canonical name.

    Names are kept in groups: each normalised name points to its group, each group has
    its key (the normal form of its canonical name) and its members. Joining two groups
    moves the smaller one's members into the larger and gives the result the key the
    join asked for, so registering n names costs O(n log n) however often groups join
    (an alias file that gives one alias to 40,000 names stays fast).
    """

    def __init__(self) -> None:
        self._group: dict[str, int] = {}  # normalised name -> group
        self._label: dict[int, str] = {}  # group -> its key
        self._members: dict[int, list[str]] = {}  # group -> normalised names
        self._by_label: dict[str, int] = {}  # key -> group
        self._canonical: dict[str, str] = {}  # key -> readable canonical name
        self._next = 0

    def register(self, canonical: str, aliases: Iterable[str] = ()) -> None:
        """Make every alias (and the canonical name) resolve to the canonical name.

        A name registered under two canonical names joins the two groups, so plugins can
        add to each other's tables without agreeing on which spelling is canonical.
        """
        first = normalize(canonical)
        known = self._lookup(first)
        key = first if known is None else known
        self._canonical.setdefault(key, canonical)
        for name in (canonical, *aliases):
            norm = first if name is canonical else normalize(name)
            if not norm:
                continue
            group = self._group_of(key)
            other = self._group.get(norm)
            if other is None:
                self._group[norm] = group
                self._members[group].append(norm)
            elif other != group:
                self._merge(other, group)

    def _lookup(self, norm: str) -> str | None:
        group = self._group.get(norm)
        return None if group is None else self._label[group]

    def _group_of(self, key: str) -> int:
        group = self._by_label.get(key)
        if group is None:
            group = self._next
            self._next += 1
            self._label[group] = key
            self._members[group] = []
            self._by_label[key] = group
        return group

    def _merge(self, old: int, new: int) -> None:
        """Join group ``old`` into group ``new``: the result keeps ``new``'s key."""
        key, old_key = self._label[new], self._label[old]
        keep, gone = (new, old) if len(self._members[new]) >= len(self._members[old]) else (
            old, new)
        for norm in self._members[gone]:
            self._group[norm] = keep
        self._members[keep].extend(self._members.pop(gone))
        del self._label[gone]
        self._label[keep] = key
        del self._by_label[old_key]
        self._by_label[key] = keep
        self._canonical.pop(old_key, None)

    def key(self, mention: str) -> str:
        """The entity key of a mention: its group's key when known, else its normal form."""
        norm = normalize(mention)
        key = self._lookup(norm)
        return norm if key is None else key

    def canonical(self, mention: str) -> str:
        """The readable canonical name of a mention (the mention itself when unknown)."""
        return self._canonical.get(self.key(mention), mention)

    def find(self, text: str) -> str | None:
        """The key of the longest known name inside ``text`` (leftmost among equals)."""
        hits = self._mentions(text)
        if not hits:
            return None
        return max(hits, key=lambda hit: (hit[1] - hit[0], -hit[0]))[2]

    def find_last(self, text: str) -> str | None:
        """The key of the last known name in ``text``: what "their" most likely refers to."""
        hits = self._mentions(text)
        return max(hits, key=lambda hit: (hit[1], hit[1] - hit[0]))[2] if hits else None

    def _mentions(self, text: str, longest: int = 6) -> list[tuple[int, int, str]]:
        """(first word, end word, key) for every registered name among the words of text."""
        if not self._group:
            return []
        words = normalize(text).split()
        hits = []
        for i in range(len(words)):
            for n in range(min(longest, len(words) - i), 0, -1):
                key = self._lookup(" ".join(words[i : i + n]))
                if key is not None:
                    hits.append((i, i + n, key))
                    break
        return hits

    def __len__(self) -> int:
        return len(self._group)




def read_alias_file(path: str) -> list[tuple[str, list[str]]]:
    """Alias entries from a TOML file: an ``[aliases]`` table (or pyproject.toml's
    ``[tool.claimcheck.aliases]``) mapping each canonical name to its aliases.

    A file that cannot be read, is not TOML, or holds the wrong types is one error naming
    the file and the key."""
    data = read_toml(path, "alias file")
    table: object = None
    tool = data.get("tool")
    if tool is not None:
        if not isinstance(tool, dict):
            raise ClaimcheckError(
                f"{path}: tool must be a table, not {type_name(tool)} ({tool!r})")
        own = tool.get("claimcheck")
        if own is not None and not isinstance(own, dict):
            raise ClaimcheckError(
                f"{path}: tool.claimcheck must be a table, not {type_name(own)} ({own!r})")
        table = (own or {}).get("aliases")
        where = "tool.claimcheck.aliases"
    if table is None:
        table = data.get("aliases", {})
        where = "aliases"
    if not isinstance(table, dict):
        raise ClaimcheckError(f"{path}: {where} must be a table of canonical name = [aliases], "
                              f"not {type_name(table)} ({table!r})")
    entries = []
    for canonical, names in table.items():
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ClaimcheckError(f"{path}: {where}: the aliases of {canonical!r} must be a "
                                  f"list of strings, not {names!r}")
        entries.append((canonical, names))
    return entries
