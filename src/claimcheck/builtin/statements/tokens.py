"""A sentence as tokens that keep their document offsets.

Every rule of the clause splitter reads tokens, not characters: a word or a mark, its
lower-cased form, where it stands in the document, and whether it lies inside brackets
or quotes (a quoted or bracketed word never opens or ends a clause). Offsets travel with
the tokens so that a statement's parts can be pointed at in the document.
"""

from __future__ import annotations

import re

from claimcheck.plugin import table

__all__ = ["BRACKETS", "CLOSERS", "DIGIT", "Token", "join", "tokenize"]

_MARKS = table("statements", package=__package__)["marks"]

_TOKEN = re.compile(r"\d[\d,.]*\d|\w(?:[\w'’.-]*\w)?|[^\w\s]")
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + r")")
#: Opening bracket -> its closing bracket.
BRACKETS: dict[str, str] = dict(_MARKS["brackets"])
#: The closing brackets.
CLOSERS: frozenset[str] = frozenset(BRACKETS.values())
_QUOTES_OPEN: dict[str, str] = dict(_MARKS["quotes"])
#: A digit anywhere in a token: a figure or a date.
DIGIT = re.compile(r"\d")


class Token:
    """A word or a mark of a sentence, with its document offsets."""

    __slots__ = ("alpha", "depth", "end", "lower", "quoted", "start", "text")

    def __init__(self, text: str, lower: str, start: int, end: int, depth: int = 0,
                 quoted: bool = False) -> None:
        self.text = text
        self.lower = lower
        self.start = start
        self.end = end
        self.depth = depth  # inside parentheses or brackets
        self.quoted = quoted
        self.alpha = text[0].isalpha()  # a word, not a number or a mark


def tokenize(text: str, base: int) -> list[Token]:
    """The tokens of a sentence; ``base`` is its offset in the document."""
    toks: list[Token] = []
    append = toks.append
    folded = text.lower().replace("’", "'")
    if len(folded) != len(text):  # "İ" lowers to two characters: fold word by word
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        folded = folded.replace("’", "'")
    depth = 0
    closers: list[str] = []
    quote_close: str | None = None
    straight_open = False
    quoted = False  # quote_close is not None or straight_open: changed only at a mark
    pos = 0
    for space, word in _SPACED_TOKEN.findall(text):  # findall: the C loop makes the strings
        start = pos + len(space)
        pos = end = start + len(word)
        if word[0].isalnum():
            append(Token(word, folded[start:end], base + start, base + end, depth, quoted))
            continue
        tok = Token(word, word, base + start, base + end, depth, quoted)
        append(tok)
        if word in BRACKETS:
            closers.append(BRACKETS[word])
            depth += 1
            tok.depth = depth
        elif closers and word == closers[-1]:
            closers.pop()
            depth -= 1
        elif word in _QUOTES_OPEN and quote_close is None:
            quote_close = _QUOTES_OPEN[word]
            tok.quoted = True
        elif quote_close is not None and word == quote_close:
            quote_close = None
        elif word == '"':
            straight_open = not straight_open
            tok.quoted = True
        quoted = quote_close is not None or straight_open
    return toks


def join(toks: list[Token]) -> str:
    """The tokens' text, spaced as the sentence spaced it ("(Seoul)", not "( Seoul )")."""
    out = ""
    for n, t in enumerate(toks):
        if n and t.start > toks[n - 1].end:
            out += " "
        out += t.text
    return out
