"""Quotations: pair the quotation marks of a text and tell speech from scare quotes.

Why a pass of its own: whether a quotation is speech decides both the doubt_marking
finding for scare quotes (the "volunteers") and the ``quoted`` flag on every other
finding (a loaded word inside someone's speech is the speaker's wording, not the
writer's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.plugin import table

from .lexicon import Lexicon
from .tokens import TOKEN, next_tokens, prev_tokens, tok_norm

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
_CLAUSE_END = (".", "!", "?", ";")  # reading for a speech verb stops at these tokens
_SCARE_PREFIXES = frozenset(table("words", package=__package__)["quotes"]["scare_prefixes"])


@dataclass(frozen=True)
class Quote:
    """A quotation: where its marks are, and whether it is speech or a scare quote."""

    start: int  # at the opening mark
    end: int  # after the closing mark
    speech: bool


def find_quotes(text: str, lexicon: Lexicon | None = None) -> list[Quote]:
    """Pair quotation marks within paragraphs and tell speech from scare quotes.

    ``lexicon`` gives the speech verbs and mention words (default: the built-in one).
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
    words = [t for t in TOKEN.findall(inner) if t[:1].isalnum()]
    if not words or len(words) > _SCARE_MAX_WORDS:
        return True
    closing_punct = inner[-1:] in ".,!?;:…"
    if closing_punct and (inner[:1].isupper() or len(words) >= 4):
        return True
    if inner.endswith(("?", "!")):
        return True
    before = prev_tokens(text, start, 12)
    if before and tok_norm(before[0]) in _SCARE_PREFIXES:
        return False
    if before and before[0] in (":", ","):
        return True
    if before and tok_norm(before[0]) in lex.mention:
        return True
    # a nickname between two names: Dwight “Ike” Eisenhower
    after = next_tokens(text, end, 6)
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
        if tok in _CLAUSE_END:
            break
        if tok_norm(tok) in lex.speech:
            return True
    # an attribution right after: “...,” the delegate declared
    if closing_punct or (after_words and after_words[0] == "," and len(words) >= 3):
        for tok in after_words:
            if tok in _CLAUSE_END:
                break
            if tok_norm(tok) in lex.speech:
                return True
    return False
