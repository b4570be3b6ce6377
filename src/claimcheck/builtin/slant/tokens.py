"""How the slant plugin reads words: one token pattern, one normal form, tokens around a spot.

Why a module of its own: the lexicon, its context rules, the quotation pass and the
word diff must cut text into the same tokens and compare them in the same normal form,
or a rule written for "people's" would miss "people’s" in one place and not in another.
"""

from __future__ import annotations

import re

# A word keeps inner hyphens and apostrophes ("so-called", "people’s"); dotted
# abbreviations ("U.N.", "U.S.") are one token; any other non-space character is a token.
TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]")
WORD = re.compile(r"\w+(?:[-'’]\w+)*")  # a word alone, for counting and comparing words
SPACE = re.compile(r"\s+")
NEEDS_NORM = re.compile(r"\s\s|[^\S ]|’")  # a line break, a run of spaces, a curly ’
MAX_CONTEXT_CHARS = 120  # how far back context rules look for preceding words


def norm(phrase: str) -> str:
    """The key a surface form and a matched span share: lower case, one space, ASCII '."""
    return SPACE.sub(" ", phrase.replace("’", "'").strip().lower())


def tok_norm(token: str) -> str:
    """One token's key: lower case, ASCII apostrophe."""
    return token.lower().replace("’", "'")


def next_tokens(text: str, pos: int, count: int) -> list[re.Match[str]]:
    """Up to ``count`` tokens from ``pos`` on, as matches (their ends extend findings)."""
    out = []
    for m in TOKEN.finditer(text, pos, min(len(text), pos + 40 * count + 40)):
        out.append(m)
        if len(out) == count:
            break
    return out


def prev_tokens(text: str, pos: int, count: int) -> list[str]:
    """Up to ``count`` tokens before ``pos``, nearest first."""
    window = text[max(0, pos - min(MAX_CONTEXT_CHARS, 24 * count + 8)) : pos]
    return TOKEN.findall(window)[-count:][::-1]
