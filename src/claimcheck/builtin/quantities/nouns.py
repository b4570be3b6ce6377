"""What a bare number counts: "337,000 men", "150 T-34 tanks", "700,000 officers and soldiers".

A count without its noun cannot be matched to another count, and a number after a word
like "zone" is an identifier unless something is counted after it. The noun is read from
the few words after the number, up to a plural (or a noun that counts many without an
"s"). The word lists are in ``quantities.toml``.
"""

from __future__ import annotations

import re

from claimcheck.plugin import table

from .units import UNITS

__all__ = ["PERSON_NOUNS", "STOP", "counted_noun"]

_TABLE = table("quantities", package="claimcheck.builtin.quantities")

_NOUN_TOKEN_RE = re.compile(r"(?:[ \t\u00a0]+|-)(?P<t>[A-Za-z][\w'’.]*(?:-[\w'’]+)*)")
#: words that end the noun after a number (and name no subject on their own)
STOP = frozenset(_TABLE["nouns"]["stop"])
_NOT_PLURAL = frozenset(_TABLE["nouns"]["not_plural"])
_IRREGULAR = frozenset(_TABLE["nouns"]["irregular"])
#: nouns that count people: two counts of people compare whatever noun each uses
PERSON_NOUNS = frozenset(_TABLE["nouns"]["persons"])


def counted_noun(text: str, pos: int, singular: bool) -> str | None:
    """The noun a bare number counts: "337,000 men", "150 T-34 tanks", "34 countries"."""
    tokens: list[str] = []
    p = pos
    for _ in range(4):
        m = _NOUN_TOKEN_RE.match(text, p)
        if not m:
            break
        tok = m.group("t").rstrip(".")
        low = tok.lower()
        if low in STOP or low in UNITS:
            break
        tokens.append(tok)
        p = m.end()
        if low in _IRREGULAR or _plural(low):
            nxt = _NOUN_TOKEN_RE.match(text, p)
            nxt_low = nxt.group("t").lower() if nxt else ""
            if low in _IRREGULAR and _plural(nxt_low) and nxt_low not in STOP and nxt:
                tokens.append(nxt.group("t"))  # "infantry divisions"
            elif nxt_low == "and" and nxt:
                # "700,000 officers and soldiers": one counted group of people
                pair = _NOUN_TOKEN_RE.match(text, nxt.end())
                pair_low = pair.group("t").lower() if pair else ""
                if pair and low in PERSON_NOUNS and pair_low in PERSON_NOUNS:
                    tokens.extend(("and", pair.group("t")))
            return " ".join(tokens)
        if singular and not tok[:1].isupper():
            return " ".join(tokens)
    return None


def _plural(word: str) -> bool:
    if word in _NOT_PLURAL or word.endswith(("ss", "us", "'s", "’s", "is")):
        return False
    return len(word) > 2 and word.endswith("s")
