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
from claimcheck.plugin import ClaimcheckError, read_text

from .context import Rule
from .tokens import SPACE, norm

try:  # Python 3.11+
    import tomllib as _toml
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as _toml  # type: ignore[no-redef]

_BRACES = re.compile(r"\{([^{}]*)\}")
_NO_RULE = Rule()  # the empty rule: nothing required, nothing forbidden

#: What one term (or context phrase) of a lexicon may be. The matcher is a trie with one
#: level per character of a form, so a very long form would overflow it; the forms a
#: term spells with "{a,b}" multiply, so a term holding many braces would take hours.
MAX_TERM_CHARS = 1000  # a term as written, braces and all
MAX_FORM_CHARS = 200  # each form it spells
MAX_FORMS = 1024  # the forms one term spells
MAX_CONTEXT_PHRASES = 10_000  # the phrases one context phrase spells once @lists are read

#: The keys a lexicon file and each of its entries may hold.
FILE_KEYS = ("allow", "categories", "lists", "speech", "entry")
ENTRY_KEYS = ("category", "terms", "note", "next", "not_next", "prev", "not_prev",
              "case_sensitive", "extend", "not_before_cut")
_PHRASE_KEYS = ("next", "not_next", "prev", "not_prev")



class LexiconError(ClaimcheckError, ValueError):
    """A lexicon (or allow-list) file that cannot be used: one line naming the file, the
    entry and what is wrong. A ClaimcheckError, so the user's file is never reported as a
    failure of the slant plugin."""


def expand(pattern: str, limit: int | None = None) -> list[str]:
    """Expand "{a,b}" alternatives ("puppet{,s}" -> puppet, puppets), left to right.

    With ``limit``, a pattern that would spell more forms than that raises ValueError as
    soon as it does, before the forms are all made ("{a,b}" twenty times is a million).
    """
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
            if limit is not None and len(nxt) > limit:
                raise ValueError(f"spells more than {limit} forms")
        out = nxt
        if done:
            return [SPACE.sub(" ", p).strip() for p in out]


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: its surface forms and the context rules that keep it precise.

    A context phrase is a tuple of tokens: lower-case words or the classes ``<lower>``,
    ``<upper>``, ``<num>``, ``<punct>``, ``<any>``. The empty phrase always matches.
    ``extend`` stretches the finding over the ``next`` phrase that matched ("puppet
    government", "Comrade Gromyko", "observers here warned"). ``not_before_cut``: no
    finding where a blank and then a punctuation mark follow the term ("energy of roughly
    ."): a copy of a page that lost the word the term stood before (a figure), not the
    writer's wording.
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
    not_before_cut: bool = False
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
        as well as the file's own. Any problem with the file (missing, not a regular
        file, not UTF-8, not TOML, a wrong type, an unknown category, a term too long or
        spelling too many forms) is a LexiconError naming the file.
        """
        path = Path(source)
        text = read_text_file(path, "lexicon file")
        try:
            data = _toml.loads(text)
        except _toml.TOMLDecodeError as exc:
            raise LexiconError(f"{path}: not valid TOML ({exc})") from None
        return cls.from_mapping(data, name or path.stem, base_lists=_builtin().lists,
                                where=str(path))

    @classmethod
    def from_mapping(
        cls,
        data: Mapping[str, Any],
        name: str = "user",
        base_lists: Mapping[str, list[str]] | None = None,
        where: str | None = None,
    ) -> Lexicon:
        """Build a lexicon from parsed TOML (the format is documented in slant.toml).

        Every key and value is checked; a LexiconError names ``where`` (default:
        "lexicon NAME"), the entry and the key.
        """
        where = where or f"lexicon {name}"
        _check_file(data, where)
        lists = dict(base_lists or {})
        lists.update(data.get("lists", {}))
        notes = {k: v.get("note", "") for k, v in data.get("categories", {}).items()}
        entries = []
        for i, raw in enumerate(data.get("entry", [])):
            at = f"{where}: entry {i + 1}"
            _check_entry(raw, at)
            category = raw["category"]
            terms = [t for term in raw["terms"] for t in _forms(term, f"{at}: term")]
            forms = tuple(dict.fromkeys(norm(t) for t in terms))
            rules = {key: _phrases(raw.get(key, ()), lists, reverse="prev" in key,
                                   where=f"{at}: {key}") for key in _PHRASE_KEYS}
            entries.append(
                Entry(
                    category=category,
                    forms=forms,
                    note=raw.get("note", ""),
                    next=rules["next"],
                    not_next=rules["not_next"],
                    prev=rules["prev"],
                    not_prev=rules["not_prev"],
                    case_sensitive=raw.get("case_sensitive", False),
                    extend=raw.get("extend", False),
                    not_before_cut=raw.get("not_before_cut", False),
                    source=name,
                    spellings=frozenset(SPACE.sub(" ", t) for t in terms),
                )
            )
        speech = data.get("speech", {})
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


def _phrases(raw: Iterable[str], lists: Mapping[str, list[str]], reverse: bool = False,
             where: str = "lexicon") -> Rule:
    out: list[tuple[str, ...]] = []
    for item in raw:
        for phrase in _forms(item, f"{where}: phrase"):
            try:
                out.extend(_list_refs(phrase.split(), lists))
            except ValueError as exc:
                raise LexiconError(f"{where}: phrase {_short(item)} {exc}") from None
    if reverse:  # preceding words are read backwards from the match
        out = [tuple(reversed(p)) for p in out]
    return Rule.of(dict.fromkeys(out))


def _list_refs(words: list[str], lists: Mapping[str, list[str]],
               limit: int = MAX_CONTEXT_PHRASES) -> list[tuple[str, ...]]:
    """Replace "@name" words by every phrase of that list (at most ``limit`` phrases)."""
    combos: list[list[str]] = [[]]
    for word in words:
        if word.startswith("@"):
            options = [norm(x).split() for x in lists.get(word[1:], ())]
            if not options:
                raise ValueError(f"names list {word[1:]!r}, which is not defined")
        elif word.startswith("<") and word.endswith(">"):
            options = [[word]]
        else:
            options = [norm(word).split()]
        if len(combos) * len(options) > limit:  # refused before they are made
            raise ValueError(f"spells more than {limit:,} phrases with its lists")
        combos = [c + o for c in combos for o in options]
    return [tuple(c) for c in combos]


def _forms(term: str, what: str) -> list[str]:
    """The forms a term (or context phrase) spells, within the caps; ``what`` says where
    it stands for the error ("x.toml: entry 3: term")."""
    if len(term) > MAX_TERM_CHARS:
        raise LexiconError(f"{what} {_short(term)} is {len(term):,} characters long "
                           f"(at most {MAX_TERM_CHARS:,})")
    try:
        forms = expand(term, MAX_FORMS)
    except ValueError:
        raise LexiconError(f"{what} {_short(term)} spells more than {MAX_FORMS:,} forms "
                           "with its {a,b} alternatives") from None
    for form in forms:
        if len(form) > MAX_FORM_CHARS:
            raise LexiconError(f"{what} {_short(term)} spells a form of {len(form):,} "
                               f"characters (at most {MAX_FORM_CHARS})")
    return forms


def _short(term: str, width: int = 40) -> str:
    return repr(term if len(term) <= width else term[: width - 1] + "…")


def _type(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, Mapping):
        return "a table"
    return f"a {type(value).__name__}"


def _strings(value: object, at: str) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        bad = next((v for v in value if not isinstance(v, str)), None) if isinstance(
            value, list) else value
        raise LexiconError(f"{at} must be a list of strings, not {_type(bad)} ({bad!r})")


def _table(value: object, at: str) -> None:
    if not isinstance(value, Mapping):
        raise LexiconError(f"{at} must be a table, not {_type(value)} ({value!r})")


def _check_file(data: Mapping[str, Any], where: str) -> None:
    """Every top-level key of a lexicon file is known and of its type."""
    for key in data:
        if key not in FILE_KEYS:
            raise LexiconError(f"{where}: unknown key {key!r} (known: {', '.join(FILE_KEYS)})")
    if "allow" in data:
        _strings(data["allow"], f"{where}: allow")
    for key in ("categories", "lists", "speech"):
        if key in data:
            _table(data[key], f"{where}: {key}")
    for category, table in data.get("categories", {}).items():
        _table(table, f"{where}: categories.{category}")
        if not isinstance(table.get("note", ""), str):
            raise LexiconError(f"{where}: categories.{category}.note must be a string")
    for name, words in data.get("lists", {}).items():
        _strings(words, f"{where}: lists.{name}")
    for key, words in data.get("speech", {}).items():
        if key not in ("verbs", "mention"):
            raise LexiconError(f"{where}: unknown key speech.{key} (known: verbs, mention)")
        _strings(words, f"{where}: speech.{key}")
    entries = data.get("entry", [])
    if not isinstance(entries, list):
        raise LexiconError(f"{where}: entry must be an array of tables ([[entry]]), not "
                           f"{_type(entries)} ({entries!r})")


def _check_entry(raw: object, at: str) -> None:
    """One [[entry]] holds known keys of the right types and a known category."""
    _table(raw, at)
    assert isinstance(raw, Mapping)
    for key in raw:
        if key not in ENTRY_KEYS:
            raise LexiconError(f"{at}: unknown key {key!r} (known: {', '.join(ENTRY_KEYS)})")
    category = raw.get("category")
    if category not in CATEGORIES:
        what = "has no category" if category is None else f"has unknown category {category!r}"
        raise LexiconError(f"{at} {what} (choose from {', '.join(CATEGORIES)})")
    _strings(raw.get("terms"), f"{at}: terms")
    if not raw["terms"]:
        raise LexiconError(f"{at} has no terms")
    for key in _PHRASE_KEYS:
        if key in raw:
            _strings(raw[key], f"{at}: {key}")
    if not isinstance(raw.get("note", ""), str):
        raise LexiconError(f"{at}: note must be a string, not {_type(raw['note'])}")
    for key in ("case_sensitive", "extend", "not_before_cut"):
        if not isinstance(raw.get(key, False), bool):
            raise LexiconError(f"{at}: {key} must be true or false, not {raw[key]!r}")


def read_text_file(path: str | os.PathLike[str], what: str) -> str:
    """A regular file's UTF-8 text (``claimcheck.plugin.read_text``), its problems raised
    as a LexiconError: the user's file is named, never the plugin that read it."""
    try:
        return read_text(path, what)
    except ClaimcheckError as exc:
        raise LexiconError(str(exc)) from None


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
    parts: list[Lexicon] = []
    lists: dict[str, list[str]] = {}
    folder = resources.files(__package__).joinpath("lexicon")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            data = _toml.loads(item.read_text(encoding="utf-8"))
            # a later file may name the word lists of the earlier ones
            part = Lexicon.from_mapping(data, "builtin", base_lists=lists,
                                        where=f"built-in lexicon {item.name}")
            lists = part.lists
            parts.append(part)
    return parts[0].merged(*parts[1:]) if parts else Lexicon()
