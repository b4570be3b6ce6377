"""Slant detection: every slant finding of a text, and of a document sentence by sentence.

Why this shape: a report must explain every flag ("labeling: 'puppet' applied to a
government") and a corpus of megabytes must pass in well under a second. So one
compiled matcher of the lexicon (lexicon.py) finds candidate forms in one pass, the
few matches it yields are checked against each entry's context rules (context.py), and
one pass over quotation marks (quotes.py) adds scare quotes and tells which findings
stand inside someone's speech. The lexicon in force is the built-in one merged with
what plugins registered and the user named (``lexicon_for``).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import os
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.plugin import SLANT_CATEGORIES as CATEGORIES
from claimcheck.plugin import Config, Document, Finding

from .lexicon import Entry, Lexicon, read_text_file
from .quotes import NAME, SCARE, SPEECH, Quote, find_quotes, speaker
from .tokens import NEEDS_NORM, SPACE, next_tokens, norm, prev_tokens, tok_norm

# -- detection ------------------------------------------------------------------------------

#: What a finding inside a quotation adds to its reason: the words are charged to whoever
#: is quoted (or to the name they belong to), not to the document.
_QUOTED_NOTE = {
    SPEECH: "(in a quotation: the speaker's wording, not the document's)",
    SCARE: "(in a quotation: someone else's wording, not the document's)",
    NAME: "(part of a quoted name or title, not the document's wording)",
}


@dataclass(frozen=True)
class _Hit:
    """A lexicon form that passed its context rules: its span, entry and next word."""

    start: int
    end: int
    entry: Entry
    next_word: str


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
    quote_starts = [q.start for q in quotes]
    allowed_cats = set(categories) if categories is not None else set(CATEGORIES)

    def quote_around(start: int, end: int) -> Quote | None:
        """The quotation a span stands inside: quotations of one kind of mark never
        overlap, so one of the last three opened before the span is the one."""
        i = bisect.bisect_right(quote_starts, start)
        for q in reversed(quotes[max(0, i - 3) : i]):
            if q.start < start and end <= q.end:
                return q
        return None

    speakers: dict[int, str] = {}  # a quotation's speaker, by its start, found once
    findings: list[Finding] = []
    for hit in hits:
        words = text[hit.start : hit.end]
        if lex.allow and norm(words) in lex.allow:
            continue
        note = hit.entry.note or lex.notes.get(hit.entry.category, "")
        note = note.replace("{next}", norm(hit.next_word)).replace("{term}", norm(words))
        around = quote_around(hit.start, hit.end)
        detail: dict[str, object] = {
            "words": words,
            "quoted": around is not None,
            "source": hit.entry.source,
        }
        if around is not None:
            who = speakers.get(around.start, "")
            if around.kind == SPEECH and around.start not in speakers:
                span = speaker(text, around)
                who = speakers[around.start] = (
                    SPACE.sub(" ", text[span[0] : span[1]]) if span else "")
            if who:
                detail["speaker"] = who
                note = f"{note} (quoted from {who}: not the document's wording)".strip()
            else:
                note = f"{note} {_QUOTED_NOTE[around.kind]}".strip()
        findings.append(
            Finding(
                kind="slant",
                summary=f"{hit.entry.category}: '{SPACE.sub(' ', words)}' {note}".strip(),
                detail=detail,
                start=hit.start,
                end=hit.end,
                category=hit.entry.category,
            )
        )
    if "doubt_marking" in allowed_cats:
        for q in quotes:
            if not q.scare:
                continue
            words = text[q.start : q.end]
            inner = SPACE.sub(" ", words[1:-1].strip())
            if norm(inner) in lex.allow or norm(words) in lex.allow:
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
        if NEEDS_NORM.search(form):
            form = norm(form)
        for entry in by_form.get(form, ()):
            checked = _check_context(entry, text, start, m.end())
            if checked is not None:
                hits.append(_Hit(start, checked[0], entry, checked[1]))
                last_end = checked[0]
                break
    return hits


#: A blank, then a mark that ends a clause: where a copied page lost a word ("roughly .")
_CUT = re.compile(r"[ \t\u00a0]+[.,;:!?)]")


def _check_context(entry: Entry, text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where a hit ends once its context rules pass, and the next word; None if they fail."""
    if entry.case_sensitive and SPACE.sub(" ", text[start:end]) not in entry.spellings:
        return None
    if entry.not_before_cut and _CUT.match(text, end):
        return None  # "energy of roughly .": the figure it stood before was lost in copying
    if entry.plain:
        return end, ""
    need = max(entry.next.longest, entry.not_next.longest, 1)
    nxt = next_tokens(text, end, need)
    raw = [m.group() for m in nxt]
    keys = [tok_norm(w) for w in raw]
    if entry.not_next and entry.not_next.match(keys, raw) is not None:
        return None
    new_end = end
    if entry.next:
        n = entry.next.match(keys, raw)
        if n is None:
            return None
        if entry.extend and n:
            new_end = nxt[n - 1].end()
    if entry.prev or entry.not_prev:
        before = prev_tokens(text, start, max(entry.prev.longest, entry.not_prev.longest))
        bkeys = [tok_norm(w) for w in before]
        if entry.not_prev and entry.not_prev.match(bkeys, before) is not None:
            return None
        if entry.prev and entry.prev.match(bkeys, before) is None:
            return None
    return new_end, (raw[0] if raw else "")


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
    if not extra:
        known = _BY_CONFIG.get(id(cfg))
        if known is not None and known[0]() is cfg:
            return known[1]  # one run's config: its lexicon is built (and its files read) once
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
        tuple(sorted(norm(a) for a in allow)),
        cfg.slant_categories,
    )
    lexicon = _lexicon_cached(key, tuple(sources))
    if not extra:
        if len(_BY_CONFIG) > 64:
            _BY_CONFIG.clear()
        _BY_CONFIG[id(cfg)] = (weakref.ref(cfg), lexicon)
    return lexicon


#: The lexicon of each live config (by identity: a config's options do not take part in
#: its equality): the wording of a corpus asks for it once per pair of sentences, and
#: resolving and stat-ing the lexicon files each time cost more than the matching.
_BY_CONFIG: dict[int, tuple[weakref.ref[Config], Lexicon]] = {}


def _file_key(path: str | os.PathLike[str]) -> tuple[str, float]:
    p = Path(path)
    return (str(p.resolve()), p.stat().st_mtime if p.exists() else 0.0)


def _read_allow(path: str) -> list[str]:
    p = Path(path)
    if not p.exists():
        return [a.strip() for a in path.split(",") if a.strip()]
    lines = read_text_file(p, "allow-list file").splitlines()
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
