"""The slant lexicon: entries written as TOML data, merged, and compiled into one matcher.

Why data and one matcher: users must be able to extend or trim the vocabulary without
code, and a corpus of megabytes must pass in well under a second. So every surface form
of every entry is folded into one trie-shaped regular expression (one pass over the
text, no loop over entries). Lexicons are values: merging a plugin's or a user's file
gives a new one and never changes the built-in lexicon (``lexicon/slant.toml``, whose
header documents the format).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from claimcheck.plugin import SLANT_CATEGORIES as CATEGORIES

from .context import Rule
from .tokens import SPACE, norm

try:  # Python 3.11+
    import tomllib as _toml
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as _toml  # type: ignore[no-redef]

_BRACES = re.compile(r"\{([^{}]*)\}")
_NO_RULE = Rule()  # the empty rule: nothing required, nothing forbidden


def expand(pattern: str) -> list[str]:
    """Expand "{a,b}" alternatives ("puppet{,s}" -> puppet, puppets), left to right."""
    out = [pattern]
    while True:
        done = True
        nxt: list[str] = []
        for p in out:
            m = _BRACES.search(p)
            if m is None:
                nxt.append(p)
                continue
            done = False
            for alt in m.group(1).split(","):
                nxt.append(p[: m.start()] + alt + p[m.end() :])
        out = nxt
        if done:
            return [SPACE.sub(" ", p).strip() for p in out]


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: its surface forms and the context rules that keep it precise.

    A context phrase is a tuple of tokens: lower-case words or the classes ``<lower>``,
    ``<upper>``, ``<num>``, ``<punct>``, ``<any>``. The empty phrase always matches.
    ``extend`` stretches the finding over the ``next`` phrase that matched ("puppet
    government", "Comrade Gromyko", "observers here warned").
    """

    category: str
    forms: tuple[str, ...]
    note: str = ""
    next: Rule = _NO_RULE
    not_next: Rule = _NO_RULE
    prev: Rule = _NO_RULE
    not_prev: Rule = _NO_RULE
    case_sensitive: bool = False
    extend: bool = False
    source: str = "builtin"
    spellings: frozenset[str] = frozenset()  # exact spellings when case_sensitive

    @property
    def plain(self) -> bool:
        """No context to read: no rules and no {next} in the note."""
        return not (self.next or self.not_next or self.prev or self.not_prev) and (
            "{next}" not in self.note
        )


class Lexicon:
    """A set of entries, an allow-list and the category notes, compiled on first use.

    Lexicons are values: ``merged``, ``allowing`` and ``restricted`` return new ones, so a
    plugin's vocabulary or a user's file never changes the built-in one.
    """

    def __init__(
        self,
        entries: Iterable[Entry] = (),
        allow: Iterable[str] = (),
        notes: Mapping[str, str] | None = None,
        speech: Iterable[str] = (),
        mention: Iterable[str] = (),
    ) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.allow: frozenset[str] = frozenset(norm(a) for a in allow)
        self.notes: dict[str, str] = dict(notes or {})
        self.speech: frozenset[str] = frozenset(norm(s) for s in speech)
        self.mention: frozenset[str] = frozenset(norm(s) for s in mention)
        self._by_form: dict[str, list[Entry]] | None = None
        self._matcher: re.Pattern[str] | None = None
        self._restricted: dict[tuple[str, ...], Lexicon] = {}
        self.lists: dict[str, list[str]] = {}  # named word lists, for files that extend this

    # construction ---------------------------------------------------------------------

    @classmethod
    def builtin(cls) -> Lexicon:
        """claimcheck's own lexicon (``lexicon/*.toml`` in this package), loaded once."""
        return _builtin()

    @classmethod
    def from_toml(cls, source: str | os.PathLike[str], name: str | None = None) -> Lexicon:
        """Read a lexicon file; ``name`` tags its findings (default: the file's stem).

        Context rules may name the built-in word lists ("@governing", "@result_nouns")
        as well as the file's own.
        """
        path = Path(source)
        with path.open("rb") as fh:
            data = _toml.load(fh)
        return cls.from_mapping(data, name or path.stem, base_lists=_builtin().lists)

    @classmethod
    def from_mapping(
        cls,
        data: Mapping[str, Any],
        name: str = "user",
        base_lists: Mapping[str, list[str]] | None = None,
    ) -> Lexicon:
        """Build a lexicon from parsed TOML (the format is documented in slant.toml)."""
        lists = dict(base_lists or {})
        lists.update({k: [str(x) for x in v] for k, v in dict(data.get("lists", {})).items()})
        notes = {k: str(v.get("note", "")) for k, v in dict(data.get("categories", {})).items()}
        entries = []
        for i, raw in enumerate(data.get("entry", [])):
            category = str(raw.get("category", ""))
            if category not in CATEGORIES:
                raise ValueError(f"lexicon {name}: entry {i} has unknown category {category!r}")
            terms = [t for term in raw.get("terms", []) for t in expand(str(term))]
            if not terms:
                raise ValueError(f"lexicon {name}: entry {i} has no terms")
            forms = tuple(dict.fromkeys(norm(t) for t in terms))
            entries.append(
                Entry(
                    category=category,
                    forms=forms,
                    note=str(raw.get("note", "")),
                    next=_phrases(raw.get("next", ()), lists),
                    not_next=_phrases(raw.get("not_next", ()), lists),
                    prev=_phrases(raw.get("prev", ()), lists, reverse=True),
                    not_prev=_phrases(raw.get("not_prev", ()), lists, reverse=True),
                    case_sensitive=bool(raw.get("case_sensitive", False)),
                    extend=bool(raw.get("extend", False)),
                    source=name,
                    spellings=frozenset(SPACE.sub(" ", t) for t in terms),
                )
            )
        speech = dict(data.get("speech", {}))
        lexicon = cls(
            entries,
            allow=data.get("allow", ()),
            notes=notes,
            speech=speech.get("verbs", ()),
            mention=speech.get("mention", ()),
        )
        lexicon.lists = lists
        return lexicon

    def merged(self, *others: Lexicon) -> Lexicon:
        """This lexicon with others' entries; earlier entries win where forms collide."""
        entries = list(self.entries)
        allow, notes = set(self.allow), dict(self.notes)
        speech, mention = set(self.speech), set(self.mention)
        lists = dict(self.lists)
        for other in others:
            for k, v in other.lists.items():
                lists.setdefault(k, v)
            entries.extend(other.entries)
            allow |= other.allow
            speech |= other.speech
            mention |= other.mention
            for k, v in other.notes.items():
                notes.setdefault(k, v)
        merged = Lexicon(entries, allow, notes, speech, mention)
        merged.lists = lists
        return merged

    def allowing(self, phrases: Iterable[str]) -> Lexicon:
        """A copy that never reports the given phrases (an allow-list)."""
        new = self.merged()
        new.allow = self.allow | {norm(p) for p in phrases}
        return new

    def restricted(self, categories: Iterable[str] | None) -> Lexicon:
        """A copy keeping only entries of the given categories (None: all)."""
        if categories is None:
            return self
        key = tuple(sorted(set(categories)))
        cached = self._restricted.get(key)
        if cached is None:
            cached = self.merged()
            cached.entries = tuple(e for e in self.entries if e.category in key)
            self._restricted[key] = cached
        return cached

    # matching -------------------------------------------------------------------------

    @property
    def by_form(self) -> dict[str, list[Entry]]:
        """Entries by normal form, leaving out any entry a form of which is allowed."""
        if self._by_form is None:
            table: dict[str, list[Entry]] = {}
            for entry in self.entries:
                if self.allow.intersection(entry.forms):
                    continue
                for form in entry.forms:
                    table.setdefault(form, []).append(entry)
            self._by_form = table
        return self._by_form

    @property
    def matcher(self) -> re.Pattern[str]:
        """One regular expression for every form, shaped as a trie (longest form first)."""
        if self._matcher is None:
            self._matcher = _trie_regex(self.by_form)
        return self._matcher


def _phrases(raw: Iterable[str], lists: Mapping[str, list[str]], reverse: bool = False) -> Rule:
    out: list[tuple[str, ...]] = []
    for item in raw:
        for phrase in expand(str(item)):
            out.extend(_list_refs(phrase.split(), lists))
    if reverse:  # preceding words are read backwards from the match
        out = [tuple(reversed(p)) for p in out]
    return Rule.of(dict.fromkeys(out))


def _list_refs(words: list[str], lists: Mapping[str, list[str]]) -> list[tuple[str, ...]]:
    """Replace "@name" words by every phrase of that list."""
    combos: list[list[str]] = [[]]
    for word in words:
        if word.startswith("@"):
            options = [norm(x).split() for x in lists.get(word[1:], ())]
            if not options:
                raise ValueError(f"lexicon list {word[1:]!r} is not defined")
        elif word.startswith("<") and word.endswith(">"):
            options = [[word]]
        else:
            options = [norm(word).split()]
        combos = [c + o for c in combos for o in options]
    return [tuple(c) for c in combos]


def _trie_regex(forms: Iterable[str]) -> re.Pattern[str]:
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return re.compile(r"(?!x)x")
    # \b first: positions inside a word fail at once, which is most of them
    return re.compile(r"\b" + _trie_body(trie) + r"(?!\w|-\w)")


def _trie_body(node: Mapping[str, Any]) -> str:
    alts = []
    for ch in sorted(k for k in node if k):
        if ch == " ":
            head = r"\s+"
        elif ch == "'":
            head = "['’]"
        else:
            head = re.escape(ch)
        child = node[ch]
        alts.append(head + _trie_body(child) if any(child) else head)
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


@functools.lru_cache(maxsize=1)
def _builtin() -> Lexicon:
    parts = []
    folder = resources.files(__package__).joinpath("lexicon")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            data = _toml.loads(item.read_text(encoding="utf-8"))
            parts.append(Lexicon.from_mapping(data, "builtin"))
    return parts[0].merged(*parts[1:]) if parts else Lexicon()
