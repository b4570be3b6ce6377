"""Editorial insertions and citations: what an editor or a source adds to a passage.

Comparisons weigh an editor's words differently from the document's own voice, and a
citation is a pointer, not a statement. So signed brackets ("[... -K.W.]"), paragraphs
that describe the document ("A survey ... compiled in 1966 by ...") and parentheses that
point to a source ("(telegram 468, 1950)", "(Smith 1999: 23)") are recognised here and
cut out of the passages they sit in.
"""

from __future__ import annotations

import itertools
import re

from claimcheck.plugin import table, trim

from .pieces import CLOSERS, FINAL_PUNCT, SENTENCE_MARK, WORD, Piece

_DESCRIPTION = table("segmenter", package="claimcheck.builtin.segmenter")["description"]
_CITATIONS = table("segmenter", package="claimcheck.builtin.segmenter")["citations"]

DOCUMENT_NOUNS: frozenset[str] = frozenset(_DESCRIPTION["document_nouns"])
DOCUMENT_PARTICIPLES: frozenset[str] = frozenset(_DESCRIPTION["document_participles"])
FINITE_VERBS: frozenset[str] = frozenset(_DESCRIPTION["finite_verbs"])
PASSIVE_AUXILIARIES: frozenset[str] = frozenset(_DESCRIPTION["passive_auxiliaries"])
DESCRIPTION_OPENERS: frozenset[str] = frozenset(_DESCRIPTION["openers"])
CITATION_DOCUMENT_WORDS: frozenset[str] = frozenset(_CITATIONS["document_words"])
PROSE_WORDS: frozenset[str] = frozenset(_CITATIONS["prose_words"])
NOT_AUTHORS: frozenset[str] = frozenset(_CITATIONS["not_authors"])

_BRACKET = re.compile(r"\[([^\[\]]{1,3000})\]")
_PAREN = re.compile(r"\(([^()]{1,400})\)")
_ED_SIGNED = re.compile(
    r"[-–—][^\S\n]*(?:[A-Z]\.[^\S\n]?){1,4}\Z"
    r"|[-–—,][^\S\n]*(?i:eds?|editors?|trans|transl|tr|translator|comp|compiler)\.?\Z"
)
_ED_BARE = re.compile(r"(?i)(?:eds?|editors?|trans|transl|translator|tr)\.?\Z")
_ED_START = re.compile(
    r"(?i)(?:(?:editor|editorial|translator|transcriber|compiler|archivist)(?:['’]?s)?"
    r"[^\S\n]+(?:note|comment|remark|insertion)s?\b|(?:eds?|note|n\.b)[^\S\n]*[.:]"
    r"|(?:here|there)[^\S\n]+follows?\b|(?:the[^\S\n]+)?(?:rest|remainder)[^\S\n]+of\b"
    r"|text[^\S\n]+(?:missing|omitted)|passages?[^\S\n]+omitted|not[^\S\n]+translated)"
)
_IBID = re.compile(r"(?i)(?:ibid|ibidem|id\.|op\.[^\S\n]*cit|loc\.[^\S\n]*cit)")
_PAGES = re.compile(r"(?i)\bpp?\.[^\S\n]*\d|\bvols?\.[^\S\n]*(?:\d|[IVXLC]{1,6}\b)")
_ARCHIVAL = re.compile(
    r"(?i)\b(?:f|op|d|ll?)\.[^\S\n]*\d"
    r"|\b(?:delo|opis|fond|listy?|folder|box|reel|file|record group|rg)[^\S\n]*\d"
)
_CITE_LEAD = re.compile(
    r"(?i)(?:see also|see|cf\.|compare|quoted in|cited in|as cited in|from|source:)[^\S\n]+"
)
_AUTHOR_YEAR_ONE = (
    r"[A-Z][\w'’.-]{0,30}(?:[^\S\n]{1,3}(?:[A-Z][\w'’.-]{0,30}|and|&|de|van|von|der|et"
    r"|al\.)){0,5},?[^\S\n]{1,3}(?:1[5-9]|20)\d\d[a-z]?(?:[:,][^\S\n]*(?:pp?\.[^\S\n]*)?"
    r"[\dIVXivx]{1,6}(?:[-–]\d{1,6})?(?![\d.,%]))?"
)
_AUTHOR_YEAR = re.compile(
    rf"{_AUTHOR_YEAR_ONE}(?:[^\S\n]*;[^\S\n]*{_AUTHOR_YEAR_ONE}){{0,8}}\Z"
)
_YEAR_PAGES = re.compile(
    r"(?:1[5-9]|20)\d\d[a-z]?(?::[^\S\n]*|,[^\S\n]*pp?\.[^\S\n]*)\d{1,5}(?![\d.,%])"
)


def is_editorial(content: str) -> bool:
    """A bracket in the editor's voice: signed ("- K.W.", "—ed.") or announced ("Editor's
    note:", "Here follows ..."). Unsigned expansions ("[Korean People's Army]") are not."""
    c = content.strip()
    if not c:
        return False
    return bool(_ED_SIGNED.search(c) or _ED_BARE.match(c) or _ED_START.match(c))


def describes_document(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` opens by describing the document ("This
    memorandum was compiled ...", "Translated by ...", "A survey ... compiled in 1966")
    rather than by speaking about the world. Where it stands is the caller's judgement."""
    window = text[start: min(end, start + 600)]
    m = SENTENCE_MARK.search(window)
    first = window[: m.end()] if m else window
    words = [w.lower() for w in WORD.findall(first)]
    if len(words) < 4:
        return False
    if words[0] == "this" and any(w in DOCUMENT_NOUNS for w in words[1:3]):
        for a, b in itertools.pairwise(words):
            if a in PASSIVE_AUXILIARIES and b in DOCUMENT_PARTICIPLES:
                return True
    if any(w in FINITE_VERBS for w in words):
        return False
    if words[0] in DOCUMENT_PARTICIPLES and first[:1].isupper():
        return True
    return (words[0] in DESCRIPTION_OPENERS
            and any(w in DOCUMENT_NOUNS for w in words[1:6])
            and any(w in DOCUMENT_PARTICIPLES for w in words))


def is_citation(content: str) -> bool:
    """A parenthesis that points to a source rather than saying something."""
    c = content.strip()
    if not c or len(c) > 300:
        return False
    if _IBID.match(c):
        return True
    words = [w.lower() for w in WORD.findall(c)]
    if any(w in PROSE_WORDS for w in words):
        return False
    if _PAGES.search(c) or _ARCHIVAL.search(c) or _YEAR_PAGES.search(c):
        return True
    lead = _CITE_LEAD.match(c)
    rest = c[lead.end():] if lead else c
    first = WORD.match(rest)
    first_word = first.group(0).lower() if first else ""
    has_number = any(ch.isdigit() for ch in rest) or "#" in rest
    if first_word in CITATION_DOCUMENT_WORDS and has_number:
        return True
    if lead and lead.group(0).lower().startswith(("see", "cf")) and rest[:1].isupper():
        return True
    return (bool(_AUTHOR_YEAR.match(rest)) and first_word not in NOT_AUTHORS
            and rest[:1].isupper())


def split_inline(text: str, raw: list[Piece]) -> list[Piece]:
    """Cut signed editorial brackets and end-of-sentence citations out of passages."""
    out: list[Piece] = []
    for piece in raw:
        if piece.kind in ("boilerplate", "citation"):
            out.append(piece)
            continue
        cuts: list[tuple[int, int, str]] = []
        lo = piece.text_start if piece.note_def and piece.text_start else piece.start
        if piece.kind != "editorial" and text.find("[", lo, piece.end) >= 0:
            for m in _BRACKET.finditer(text, lo, piece.end):
                if is_editorial(m.group(1)):
                    cuts.append((m.start(), _absorb_punct(text, m.end(), piece.end), "editorial"))
        if piece.kind != "heading" and text.find("(", lo, piece.end) >= 0:
            cuts = _citation_cuts(text, lo, piece.end, cuts)
        if not cuts:
            out.append(piece)
            continue
        pos = piece.start
        first = True
        for cut_start, cut_end, kind in [*cuts, (piece.end, piece.end, "")]:
            span = trim(text, pos, cut_start)
            if span:
                part = Piece(piece.kind, span[0], span[1], piece.label)
                if first and piece.note_def:
                    part.note_def, part.text_start = True, piece.text_start
                first = False
                out.append(part)
            if kind:
                out.append(Piece(kind, cut_start, cut_end))
            pos = cut_end
    return out


def _absorb_punct(text: str, pos: int, end: int) -> int:
    """Where an insertion ends once it takes the punctuation glued to it ("[... -trans.]."),
    so that no passage is a lone period."""
    k = pos
    while k < end and k < pos + 4 and text[k] in FINAL_PUNCT + CLOSERS:
        k += 1
    return k if k > pos and (k >= end or text[k].isspace()) else pos


def _citation_cuts(
    text: str, start: int, end: int, cuts: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``cuts`` with the citations found in the gaps between them, in order."""
    gaps = []
    pos = start
    for a, b, _ in cuts:
        gaps.append((pos, a))
        pos = b
    gaps.append((pos, end))
    found = list(cuts)
    for gap_start, gap_end in gaps:
        span = trim(text, gap_start, gap_end)
        if not span:
            continue
        gs, ge = span
        for m in _PAREN.finditer(text, gs, ge):
            if not is_citation(m.group(1)):
                continue
            stop = _citation_end(text, gs, ge, m.start(), m.end())
            if stop is not None:
                found.append((m.start(), stop, "citation"))
    found.sort()
    return found


def _citation_end(text: str, gs: int, ge: int, ms: int, me: int) -> int | None:
    """Where a citation passage ends, or None when the parenthesis sits mid-sentence.

    A citation stands after a sentence ("... means. (telegram 233)") or closes one
    ("... as reported (Smith 1999: 23)."); the closing period then travels with it.
    """
    k = ms
    while k > gs and text[k - 1].isspace():
        k -= 1
    after = k == gs
    if not after:
        j = k
        while j > max(gs, k - 4) and text[j - 1] in CLOSERS:
            j -= 1
        after = j > gs and text[j - 1] in ".!?…"
    stop = me
    if stop < ge and text[stop] in ".!?;":
        stop += 1
    closes = stop >= ge or (stop > me and text[stop].isspace())
    if after or closes:
        return stop if stop > me and (stop >= ge or text[stop].isspace()) else me
    return None
