"""Quotations: pair the quotation marks of a text and tell speech, names and scare quotes.

Why a pass of its own: what a quotation is decides both the doubt_marking finding for
scare quotes (the "volunteers") and what becomes of the findings inside it. A loaded
word inside someone's speech (or inside a scare quote) is the quoted party's wording,
not the writer's: it is reported as such (``quoted``). Marks around a name, a nickname,
a ship's or an operation's name, a title or a term being defined cast no doubt and
quote nobody's judgement: "Bradbury Landing", ("the Commission"), the film “Key Largo”,
America's “Most Innovative Company” list; they give no finding at all.
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
_WORDS = table("words", package=__package__)["quotes"]
_SCARE_PREFIXES = frozenset(_WORDS["scare_prefixes"])
_NAME_SMALL_WORDS = frozenset(_WORDS["name_small_words"])
_TERM_AFTER = frozenset(_WORDS["term_after"])
_NAME_BEFORE = frozenset(_WORDS["name_before"])
_NAME_WORDS = 12  # a quoted name holds at most this many words ("100 Best Companies ...")

#: What a quotation is: someone's words, a scare quote, or a name or term mentioned.
SPEECH, SCARE, NAME = "speech", "scare", "name"


@dataclass(frozen=True)
class Quote:
    """A quotation: where its marks are, and whether it is speech, a scare quote or a
    name (or term) mentioned."""

    start: int  # at the opening mark
    end: int  # after the closing mark
    kind: str  # SPEECH, SCARE or NAME

    @property
    def scare(self) -> bool:
        """A scare quote: the writer distances themselves from the words."""
        return self.kind == SCARE


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
        Quote(s, e, _kind(text, s, e, lex))
        for s, e in spans
        if _WORDISH.search(text, s + 1, e - 1)
    ]


def _kind(text: str, start: int, end: int, lex: Lexicon) -> str:
    inner = text[start + 1 : end - 1].strip()
    words = [t for t in TOKEN.findall(inner) if t[:1].isalnum()]
    closing_punct = inner[-1:] in ".,!?;:…"
    if not words:
        return SPEECH
    if len(inner) > _SCARE_MAX_CHARS or len(words) > _SCARE_MAX_WORDS:
        # too long for a scare quote: someone's words, or a long title written as one
        long_name = len(words) <= _NAME_WORDS and not closing_punct and _title_case(words)
        return NAME if long_name else SPEECH
    before = prev_tokens(text, start, 12)
    if before and tok_norm(before[0]) in _SCARE_PREFIXES:
        return SCARE  # so-called “Liberation Army”: doubt, whatever is inside
    after = next_tokens(text, end, 6)
    after_words = [m.group() for m in after]
    if _is_name(words, before, after_words, closing_punct, lex):
        return NAME
    if closing_punct and (inner[:1].isupper() or len(words) >= 4):
        return SPEECH
    if inner.endswith(("?", "!")):
        return SPEECH
    if before and before[0] in (":", ","):
        return SPEECH
    # a speech verb earlier in the same sentence
    for tok in before:
        if tok in _CLAUSE_END:
            break
        if tok_norm(tok) in lex.speech:
            return SPEECH
    # an attribution right after: “...,” the delegate declared
    if closing_punct or (after_words and after_words[0] == "," and len(words) >= 3):
        for tok in after_words:
            if tok in _CLAUSE_END:
                break
            if tok_norm(tok) in lex.speech:
                return SPEECH
    return SCARE


def _is_name(words: list[str], before: list[str], after: list[str], closing_punct: bool,
             lex: Lexicon) -> bool:
    """Marks that mention a name or a term rather than judge it.

    A word that introduces a mention just before (called, the term, the ship, code-named);
    a definition in brackets (("the Commission"), ("GAAP")); a term explained just after
    ("X" means, refers to, stands for); a phrase naming the policy, law or campaign after
    it (the "don't ask, don't tell" policy); a nickname between two names (Dwight “Ike”
    Eisenhower); or a name written as one: every word capitalised but the small ones
    (“Plot of the Unknown”, "100 Best Companies to Work for in America"), while “U.N.
    troops” keeps a lower-case word and stays a scare quote.
    """
    if before and tok_norm(before[0]) in lex.mention:
        return True
    if before and before[0] == "(" and after and after[0] in (")", ",", ";"):
        return True
    if after and tok_norm(after[0]) in _TERM_AFTER:
        return True
    if len(words) > 1 and after and tok_norm(after[0]) in _NAME_BEFORE:
        return True
    if before and before[0][:1].isupper() and after and after[0][:1].isupper() and (
        words[0][:1].isupper()
    ):
        return True
    if closing_punct and len(words) > 1:
        return False  # a capitalised sentence quoted is speech, not a name
    return _title_case(words)


def _title_case(words: list[str]) -> bool:
    """Every word capitalised (or a figure) but the small ones, and one at least a letter."""
    content = [w for w in words if tok_norm(w) not in _NAME_SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content) and (
        any(w[:1].isupper() for w in content)
    )
