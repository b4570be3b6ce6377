"""Entity keys: one name for each thing however a source spells it.

Generic rules live here (case, articles, possessives, apostrophe variants, plurals);
knowledge of a field ("KPA" is the Korean People's Army) comes from plugins through
``register_aliases`` and from the user's alias file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "´": "'"})
_ARTICLES = re.compile(r"^(?:the|a|an)\s+")
_POSSESSIVE = re.compile(r"'s?\b")
_NON_WORD = re.compile(r"[^\w\s-]+")
_SPACES = re.compile(r"[\s-]+")


def normalize(mention: str) -> str:
    """The spelling-independent form of a mention: "the Korean People’s Army" -> "korean
    people army"."""
    text = mention.translate(_APOSTROPHES).lower().strip()
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
    """A table from normalised mentions to a canonical name."""

    def __init__(self) -> None:
        self._key: dict[str, str] = {}
        self._canonical: dict[str, str] = {}

    def register(self, canonical: str, aliases: Iterable[str] = ()) -> None:
        """Make every alias (and the canonical name) resolve to the canonical name.

        A name registered under two canonical names joins the two groups, so plugins can
        add to each other's tables without agreeing on which spelling is canonical.
        """
        key = self._key.get(normalize(canonical), normalize(canonical))
        self._canonical.setdefault(key, canonical)
        for name in (canonical, *aliases):
            norm = normalize(name)
            if not norm:
                continue
            other = self._key.get(norm)
            if other is not None and other != key:
                self._merge(other, key)
            self._key[norm] = key

    def _merge(self, old: str, new: str) -> None:
        for norm, key in list(self._key.items()):
            if key == old:
                self._key[norm] = new
        self._canonical.pop(old, None)

    def key(self, mention: str) -> str:
        """The entity key of a mention: its group's key when known, else its normal form."""
        norm = normalize(mention)
        return self._key.get(norm, norm)

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
        if not self._key:
            return []
        words = normalize(text).split()
        hits = []
        for i in range(len(words)):
            for n in range(min(longest, len(words) - i), 0, -1):
                key = self._key.get(" ".join(words[i : i + n]))
                if key is not None:
                    hits.append((i, i + n, key))
                    break
        return hits

    def __len__(self) -> int:
        return len(self._key)




def read_alias_file(path: str) -> list[tuple[str, list[str]]]:
    """Alias entries from a TOML file: an ``[aliases]`` table (or pyproject.toml's
    ``[tool.claimcheck.aliases]``) mapping each canonical name to its aliases."""
    from claimcheck.errors import ClaimcheckError

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ClaimcheckError(f"{path}: no such alias file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ClaimcheckError(f"{path}: not valid TOML ({exc})") from None
    table = data.get("tool", {}).get("claimcheck", {}).get("aliases")
    if table is None:
        table = data.get("aliases", {})
    entries = []
    for canonical, names in table.items():
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ClaimcheckError(f"{path}: aliases of {canonical!r} must be a list of strings")
        entries.append((canonical, names))
    return entries
