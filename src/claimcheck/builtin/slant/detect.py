"""Slant detection: one compiled matcher over a lexicon written as data, plus scare quotes.

Why this shape: a report must explain every flag ("labeling: 'puppet' applied to a
government"), users must be able to extend or trim the vocabulary without code, and a
corpus of megabytes must pass in well under a second. So the lexicon is TOML, every
surface form of every entry is folded into one trie-shaped regular expression (one pass
over the text, no loop over entries), and the few matches it yields are then checked
against each entry's context rules ("record" only before a result noun, "regime" not in
"the regime of the cease-fire", "claimed" not in "claimed the lives").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from claimcheck.plugin import SLANT_CATEGORIES as CATEGORIES
from claimcheck.plugin import Config, Document, Finding

try:  # Python 3.11+
    import tomllib as _toml
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as _toml  # type: ignore[no-redef]


# A word keeps inner hyphens and apostrophes ("so-called", "people’s"); dotted
# abbreviations ("U.N.", "U.S.") are one token; any other non-space character is a token.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]")
_SPACE = re.compile(r"\s+")
_NEEDS_NORM = re.compile(r"\s\s|[^\S ]|’")  # a line break, a run of spaces, a curly ’
_BRACES = re.compile(r"\{([^{}]*)\}")
_MAX_CONTEXT_CHARS = 120  # how far back context rules look for preceding words


def _norm(phrase: str) -> str:
    """The key a surface form and a matched span share: lower case, one space, ASCII '."""
    return _SPACE.sub(" ", phrase.replace("’", "'").strip().lower())


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
            return [_SPACE.sub(" ", p).strip() for p in out]


# -- lexicon --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A set of context phrases, indexed so that a check costs a few dict lookups.

    Phrases of plain words are kept in a set keyed by length; only phrases holding a
    class (``<upper>``, ...) are compared token by token.
    """

    literal: frozenset[tuple[str, ...]] = frozenset()
    lengths: tuple[int, ...] = ()
    patterns: tuple[tuple[str, ...], ...] = ()
    longest: int = 0

    @classmethod
    def of(cls, phrases: Iterable[tuple[str, ...]]) -> Rule:
        phrases = list(phrases)
        literal = {p for p in phrases if not any(w.startswith("<") for w in p)}
        patterns = tuple(p for p in phrases if p not in literal)
        lengths = tuple(sorted({len(p) for p in literal}, reverse=True))
        return cls(frozenset(literal), lengths, patterns, max(map(len, phrases), default=0))

    def __bool__(self) -> bool:
        return bool(self.literal or self.patterns)

    def match(self, norm: Sequence[str], raw: Sequence[str]) -> int | None:
        """Length of the longest phrase that ``raw`` starts with, None if none does."""
        best: int | None = None
        for n in self.lengths:
            if n <= len(norm) and tuple(norm[:n]) in self.literal:
                best = n
                break
        for p in self.patterns:
            if (best is None or len(p) > best) and _match_phrase(p, norm, raw):
                best = len(p)
        return best


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
    next: Rule = Rule()
    not_next: Rule = Rule()
    prev: Rule = Rule()
    not_prev: Rule = Rule()
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


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    entry: Entry
    next_word: str


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
        self.allow: frozenset[str] = frozenset(_norm(a) for a in allow)
        self.notes: dict[str, str] = dict(notes or {})
        self.speech: frozenset[str] = frozenset(_norm(s) for s in speech)
        self.mention: frozenset[str] = frozenset(_norm(s) for s in mention)
        self._by_form: dict[str, list[Entry]] | None = None
        self._matcher: re.Pattern[str] | None = None
        self._restricted: dict[tuple[str, ...], Lexicon] = {}
        self.lists: dict[str, list[str]] = {}  # named word lists, for files that extend this

    # construction ---------------------------------------------------------------------

    @classmethod
    def builtin(cls) -> Lexicon:
        """claimcheck's own lexicon (``builtin/lexicon/*.toml``), loaded once."""
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
            forms = tuple(dict.fromkeys(_norm(t) for t in terms))
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
                    spellings=frozenset(_SPACE.sub(" ", t) for t in terms),
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
        new.allow = self.allow | {_norm(p) for p in phrases}
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
            options = [_norm(x).split() for x in lists.get(word[1:], ())]
            if not options:
                raise ValueError(f"lexicon list {word[1:]!r} is not defined")
        elif word.startswith("<") and word.endswith(">"):
            options = [[word]]
        else:
            options = [_norm(word).split()]
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
    folder = resources.files("claimcheck.builtin.slant").joinpath("lexicon")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            data = _toml.loads(item.read_text(encoding="utf-8"))
            parts.append(Lexicon.from_mapping(data, "builtin"))
    return parts[0].merged(*parts[1:]) if parts else Lexicon()


# -- context rules --------------------------------------------------------------------------


def _token_ok(pattern: str, norm: str, raw: str) -> bool:
    if pattern == "<any>":
        return True
    if pattern == "<lower>":
        return raw[:1].islower()
    if pattern == "<upper>":
        return raw[:1].isupper()
    if pattern == "<num>":
        return raw[:1].isdigit()
    if pattern == "<punct>":
        return not raw[:1].isalnum()
    return norm == pattern


def _tok_norm(token: str) -> str:
    return token.lower().replace("’", "'")


def _match_phrase(phrase: tuple[str, ...], norm: Sequence[str], raw: Sequence[str]) -> bool:
    return len(raw) >= len(phrase) and all(
        _token_ok(p, n, r) for p, n, r in zip(phrase, norm, raw, strict=False)
    )


def _next_tokens(text: str, pos: int, count: int) -> list[re.Match[str]]:
    out = []
    for m in _TOKEN.finditer(text, pos, min(len(text), pos + 40 * count + 40)):
        out.append(m)
        if len(out) == count:
            break
    return out


def _prev_tokens(text: str, pos: int, count: int) -> list[str]:
    window = text[max(0, pos - min(_MAX_CONTEXT_CHARS, 24 * count + 8)) : pos]
    return _TOKEN.findall(window)[-count:][::-1]


def _check(entry: Entry, text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where a hit ends once its context rules pass, and the next word; None if they fail."""
    if entry.case_sensitive and _SPACE.sub(" ", text[start:end]) not in entry.spellings:
        return None
    if entry.plain:
        return end, ""
    need = max(entry.next.longest, entry.not_next.longest, 1)
    nxt = _next_tokens(text, end, need)
    raw = [m.group() for m in nxt]
    norm = [_tok_norm(w) for w in raw]
    if entry.not_next and entry.not_next.match(norm, raw) is not None:
        return None
    new_end = end
    if entry.next:
        n = entry.next.match(norm, raw)
        if n is None:
            return None
        if entry.extend and n:
            new_end = nxt[n - 1].end()
    if entry.prev or entry.not_prev:
        before = _prev_tokens(text, start, max(entry.prev.longest, entry.not_prev.longest))
        bnorm = [_tok_norm(w) for w in before]
        if entry.not_prev and entry.not_prev.match(bnorm, before) is not None:
            return None
        if entry.prev and entry.prev.match(bnorm, before) is None:
            return None
    return new_end, (raw[0] if raw else "")


# -- quotations -----------------------------------------------------------------------------

# A quotation never runs across a blank line (a paragraph break). Each pattern consumes
# what it scans, so a run of unmatched marks costs one failed attempt per mark.
_PARA_OK = r"(?:\n(?![ \t]*\n))"
_CURLY = re.compile(r"“(?:[^“”\n]|" + _PARA_OK + r")*”")
_STRAIGHT = re.compile(r'"(?:[^"\n]|' + _PARA_OK + r')*"')
# ’ is also the apostrophe: inside a quotation it may stand before a letter (people’s)
_SINGLE = re.compile(r"‘(?:[^‘’\n]|’(?=\w)|" + _PARA_OK + r")*’(?!\w)")
_SCARE_MAX_WORDS = 8
_SCARE_MAX_CHARS = 80
_WORDISH = re.compile(r"\w")


@dataclass(frozen=True)
class Quote:
    """A quotation: where its marks are, and whether it is speech or a scare quote."""

    start: int  # at the opening mark
    end: int  # after the closing mark
    speech: bool


def find_quotes(text: str, lexicon: Lexicon | None = None) -> list[Quote]:
    """Pair quotation marks within paragraphs and tell speech from scare quotes.

    Why a pass of its own: whether a quote is speech decides both the doubt_marking
    finding for scare quotes and the ``quoted`` flag on every other finding.
    """
    lex = lexicon or Lexicon.builtin()
    spans: list[tuple[int, int]] = []
    if "“" in text:
        spans.extend(m.span() for m in _CURLY.finditer(text))
    if '"' in text:
        spans.extend(m.span() for m in _STRAIGHT.finditer(text))
    if "‘" in text:
        spans.extend(m.span() for m in _SINGLE.finditer(text))
    spans.sort()
    # marks around no word at all ("" or “ ”) quote nothing a reader would flag
    return [
        Quote(s, e, _is_speech(text, s, e, lex))
        for s, e in spans
        if _WORDISH.search(text, s + 1, e - 1)
    ]


def _is_speech(text: str, start: int, end: int, lex: Lexicon) -> bool:
    inner = text[start + 1 : end - 1].strip()
    if len(inner) > _SCARE_MAX_CHARS:
        return True
    words = [t for t in _TOKEN.findall(inner) if t[:1].isalnum()]
    if not words or len(words) > _SCARE_MAX_WORDS:
        return True
    closing_punct = inner[-1:] in ".,!?;:…"
    if closing_punct and (inner[:1].isupper() or len(words) >= 4):
        return True
    if inner.endswith(("?", "!")):
        return True
    before = _prev_tokens(text, start, 12)
    if before and _tok_norm(before[0]) in ("so-called", "so", "self-styled", "self-proclaimed"):
        return False
    if before and before[0] in (":", ","):
        return True
    if before and _tok_norm(before[0]) in lex.mention:
        return True
    # a nickname between two names: Dwight “Ike” Eisenhower
    after = _next_tokens(text, end, 6)
    after_words = [m.group() for m in after]
    if (
        before
        and before[0][:1].isupper()
        and after_words
        and after_words[0][:1].isupper()
        and words[0][:1].isupper()
    ):
        return True
    # a speech verb earlier in the same sentence
    for tok in before:
        if tok in (".", "!", "?", ";"):
            break
        if _tok_norm(tok) in lex.speech:
            return True
    # an attribution right after: “...,” the delegate declared
    if closing_punct or (after_words and after_words[0] == "," and len(words) >= 3):
        for tok in after_words:
            if tok in (".", "!", "?", ";"):
                break
            if _tok_norm(tok) in lex.speech:
                return True
    return False


# -- detection ------------------------------------------------------------------------------


def find_slant(
    text: str, lexicon: Lexicon | None = None, categories: Iterable[str] | None = None
) -> list[Finding]:
    """Every slant finding in a text, in order; ``document`` is left None for the caller.

    Pure and linear: one regex pass for the lexicon, one for quotation marks, and context
    checks only where a form matched.
    """
    lex = (lexicon or Lexicon.builtin()).restricted(
        tuple(categories) if categories is not None else None
    )
    hits = _lexicon_hits(text, lex)
    quotes = find_quotes(text, lex)
    speech = [q for q in quotes if q.speech]
    speech_starts = [q.start for q in speech]
    allowed_cats = set(categories) if categories is not None else set(CATEGORIES)

    def quoted(start: int, end: int) -> bool:
        i = bisect.bisect_right(speech_starts, start) - 1
        return i >= 0 and speech[i].start < start and end <= speech[i].end

    findings: list[Finding] = []
    for hit in hits:
        words = text[hit.start : hit.end]
        if lex.allow and _norm(words) in lex.allow:
            continue
        note = hit.entry.note or lex.notes.get(hit.entry.category, "")
        note = note.replace("{next}", _norm(hit.next_word)).replace("{term}", _norm(words))
        findings.append(
            Finding(
                kind="slant",
                summary=f"{hit.entry.category}: '{_SPACE.sub(' ', words)}' {note}".strip(),
                detail={
                    "words": words,
                    "quoted": quoted(hit.start, hit.end),
                    "source": hit.entry.source,
                },
                start=hit.start,
                end=hit.end,
                category=hit.entry.category,
            )
        )
    if "doubt_marking" in allowed_cats:
        for q in quotes:
            if q.speech:
                continue
            words = text[q.start : q.end]
            inner = _SPACE.sub(" ", words[1:-1].strip())
            if _norm(inner) in lex.allow or _norm(words) in lex.allow:
                continue
            findings.append(
                Finding(
                    kind="slant",
                    summary=f"doubt_marking: scare quotes around '{inner}'",
                    detail={"words": words, "quoted": False, "source": "scare_quotes"},
                    start=q.start,
                    end=q.end,
                    category="doubt_marking",
                )
            )
    findings.sort(key=lambda f: (f.start, f.end, f.category))
    return findings


def _lexicon_hits(text: str, lex: Lexicon) -> list[_Hit]:
    lowered = text.lower()
    if len(lowered) != len(text):  # rare letters whose lower case is longer: İ
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    by_form = lex.by_form
    hits: list[_Hit] = []
    last_end = 0
    for m in lex.matcher.finditer(lowered):
        start = m.start()
        if start < last_end:
            continue
        if start and _inside_word(lowered, start):
            continue
        form = m.group()
        if _NEEDS_NORM.search(form):
            form = _norm(form)
        for entry in by_form.get(form, ()):
            checked = _check(entry, text, start, m.end())
            if checked is not None:
                hits.append(_Hit(start, checked[0], entry, checked[1]))
                last_end = checked[0]
                break
    return hits


def _inside_word(text: str, start: int) -> bool:
    """True if ``start`` continues a word ("discovery") or a compound ("anti-imperialist")."""
    prev = text[start - 1]
    if prev.isalnum() or prev == "_":
        return True
    return prev == "-" and start > 1 and text[start - 2].isalnum()


# -- configuration and hook -----------------------------------------------------------------


def lexicon_for(
    config: Config | None, extra: Iterable[Lexicon | str | os.PathLike[str]] = ()
) -> Lexicon:
    """The built-in lexicon plus plugins' and the user's, trimmed by the allow-list.

    Reads ``config.option("lexicon")`` (a TOML path or a list of them),
    ``config.option("slant_allow")`` (phrases, or a path to a file of one phrase a line),
    ``config.lexicons`` (lexicons or paths that plugins registered) and
    ``config.slant_categories``.
    """
    cfg = config or Config()
    sources: list[Lexicon | str | os.PathLike[str]] = list(cfg.lexicons or ())
    sources.extend(extra)
    user = cfg.option("lexicon")
    if user:
        sources.extend([user] if isinstance(user, (str, os.PathLike)) else list(user))
    allow = cfg.option("slant_allow") or ()
    if isinstance(allow, (str, os.PathLike)):
        allow = _read_allow(str(allow))
    key = (
        tuple(s if isinstance(s, Lexicon) else _file_key(s) for s in sources),
        tuple(sorted(_norm(a) for a in allow)),
        cfg.slant_categories,
    )
    return _lexicon_cached(key, tuple(sources))


def _file_key(path: str | os.PathLike[str]) -> tuple[str, float]:
    p = Path(path)
    return (str(p.resolve()), p.stat().st_mtime if p.exists() else 0.0)


def _read_allow(path: str) -> list[str]:
    p = Path(path)
    if not p.exists():
        return [a.strip() for a in path.split(",") if a.strip()]
    lines = p.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


@functools.lru_cache(maxsize=16)
def _lexicon_cached(key: tuple[Any, ...], sources: tuple[Any, ...]) -> Lexicon:
    parts = [s if isinstance(s, Lexicon) else Lexicon.from_toml(s) for s in sources]
    lex = Lexicon.builtin().merged(*parts)
    lex = lex.allowing(key[1])
    return lex.restricted(key[2])


@functools.lru_cache(maxsize=8)
def _document_findings(
    text: str, lexicon: Lexicon, categories: tuple[str, ...] | None
) -> tuple[tuple[Finding, ...], tuple[int, ...]]:
    found = tuple(find_slant(text, lexicon, categories))
    return found, tuple(f.start or 0 for f in found)


def findings_in(
    document: Document, start: int, end: int, config: Config | None = None
) -> list[Finding]:
    """The document's slant findings that start inside [start, end), tagged with its id.

    The whole text is scanned once and cached, so that quotations and context that cross
    sentence borders are read correctly and per-sentence calls stay cheap.
    """
    cfg = config or Config()
    lex = lexicon_for(cfg)
    found, starts = _document_findings(document.text, lex, cfg.slant_categories)
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return [dataclasses.replace(f, document=document.id) for f in found[lo:hi]]
