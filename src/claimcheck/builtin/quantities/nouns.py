"""What a bare number counts: "337,000 men", "150 T-34 tanks", "700,000 officers and soldiers".

A count without its noun cannot be matched to another count, and a number after a word
like "zone" is an identifier unless something is counted after it. The noun is read from
the few words after the number, up to a plural (or a noun that counts many without an
"s"). The word lists are in ``quantities.toml``.
"""

from __future__ import annotations

import re
from typing import Any

from claimcheck.plugin import is_dictionary_word, past_verb, table

from .units import UNITS

__all__ = ["COLLECTIVES", "PERSON_NOUNS", "STOP", "collective_before", "counted_noun", "size_of"]

_TABLE = table("quantities", package="claimcheck.builtin.quantities")

_NOUN_TOKEN_RE = re.compile(r"(?:[ \t\u00a0]+|-)(?P<t>[A-Za-z][\w'’.]*(?:-[\w'’]+)*)")
#: words that end the noun after a number (and name no subject on their own)
STOP = frozenset(_TABLE["nouns"]["stop"])
_NOT_PLURAL = frozenset(_TABLE["nouns"]["not_plural"])
_IRREGULAR = frozenset(_TABLE["nouns"]["irregular"])
#: nouns that count people: two counts of people compare whatever noun each uses
PERSON_NOUNS = frozenset(_TABLE["nouns"]["persons"])
#: groups of people whose size is stated: "a crew of twelve", "a 12-man crew"
COLLECTIVES = frozenset(_TABLE["nouns"]["collectives"])
_SIZE_RE = re.compile(
    r"-(?:" + "|".join(re.escape(w) for w in _TABLE["nouns"]["sizes"]) + r")"
    r"(?P<n>(?:[ \t\u00a0]+[a-z][a-z'’-]*){1,2})",
    re.IGNORECASE,
)


#: A capitalised word next ("included Charles"): the object of a verb, no counted noun.
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")


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
        if not tokens and past_verb(tok) and _object_named(text, m.end()):
            break  # "The crew of five included Charles Bolden": a verb and its object
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


#: A word in lower case, then a capitalised one ("pilot Charles"): a title before a name.
_TITLE_THEN_NAME = re.compile(r"[ \t]+[a-z][\w'’-]*(?=[ \t]+[A-Z])")


def _object_named(text: str, pos: int) -> bool:
    """Whether the words after a past form at ``pos`` name its object, someone or
    something by name: "included Charles Bolden", "included pilot Charles Bolden" (a
    title before the name); not "accused Soviet spies", "wounded civilian Palestinians"."""
    if _CAPITALISED_NEXT.match(text, pos):
        return not _plural_after(text, pos)
    title = _TITLE_THEN_NAME.match(text, pos)
    return title is not None and not _plural(title.group().strip().lower()) \
        and not _plural_after(text, title.end())


def _plural_after(text: str, pos: int) -> bool:
    """Whether a past form before a capitalised word is an adjective of the plural noun
    after it: "40 accused Soviet spies" (a plural in lower case ends the noun), "1,000
    registered Democrats", "400 affected Texans" (one capitalised plural a dictionary
    knows without its "s"); not "included Charles Bolden", "included Edward Williams"."""
    noun = counted_noun(text, pos, False)
    if noun is None:
        return False
    words = noun.split()
    last = words[-1]
    if last.islower():
        return True
    return len(words) == 1 and last.endswith("s") and is_dictionary_word(last[:-1].lower())


def _plural(word: str) -> bool:
    if word in _NOT_PLURAL or word.endswith(("ss", "us", "'s", "’s", "is")):
        return False
    return len(word) > 2 and word.endswith("s")


def size_of(text: str, pos: int) -> tuple[str, int] | None:
    """The group a size is glued to, and the end of the size: "a 12-man crew" -> crew.

    Two words are taken only when the second is a group of people ("a 12-man bomber
    crew" -> "bomber crew"); the noun must be no stop word ("a 300-strong and ...").
    """
    m = _SIZE_RE.match(text, pos)
    if not m:
        return None
    words = m.group("n").split()
    if words[0].lower() in STOP or words[0].lower() in UNITS:
        return None
    if len(words) == 2 and words[1].lower() in COLLECTIVES and words[1].lower() not in STOP:
        return " ".join(words), m.start("n")
    return words[0], m.start("n")


def collective_before(left: Any, skip: int) -> str | None:
    """"a crew of twelve", "a garrison of about 300": the group whose size the number is."""
    words = left.words(skip) if left.adjacent or skip else []
    if len(words) >= 2 and words[-1] == "of" and words[-2] in COLLECTIVES:
        return str(words[-2])
    return None
