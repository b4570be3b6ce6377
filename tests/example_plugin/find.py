"""Event nouns in a string: where "the armistice", "two referendums" or "a coup d'état"
are named, and which event each one names.

Why a module of its own: finding the words is text work that knows nothing of documents,
sentences or claims, so it can be tested (and reused) on a plain string. The words are
data (words.toml); the regular expression is code, built from them once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claimcheck.plugin import table

_SIBILANT = ("s", "x", "z", "ch", "sh")


@dataclass(frozen=True)
class Mention:
    """One event noun in a string: its span, the event it names and the event's class."""

    start: int
    end: int
    event: str  # the noun of words.toml it stands for: "ceasefire" for "cease-fires"
    kind: str  # that noun's class: "conflict", "politics", "business", "disaster"


def plural(noun: str) -> str:
    """The regular English plural of one noun (words.toml lists the exceptions)."""
    if noun.endswith(_SIBILANT):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def _key(form: str) -> str:
    """A written form as looked up: lower case, one space, a straight apostrophe."""
    return " ".join(form.lower().replace("\u2019", "'").split())


@functools.cache
def vocabulary() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """The pattern of every written form, and each form's (event, class).

    Longer forms come first in the alternation, so "coup d'état" wins over "coup".
    """
    words = table("words", package=__package__)
    class_of = {noun: kind for kind, nouns in words["classes"].items() for noun in nouns}
    forms: dict[str, tuple[str, str]] = {}
    for noun, kind in class_of.items():
        forms[noun] = forms[words["plurals"].get(noun, plural(noun))] = (noun, kind)
    for spelling, noun in words["spellings"].items():
        forms[_key(spelling)] = (noun, class_of[noun])
        if " " not in spelling:
            forms[plural(_key(spelling))] = (noun, class_of[noun])
    alternation = "|".join(
        re.escape(form).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
        for form in sorted(forms, key=lambda f: (-len(f), f))
    )
    # not inside a longer word or a hyphenated one ("pre-election", "electioneering")
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
    return pattern, forms


def find_events(text: str) -> list[Mention]:
    """Every event noun in ``text``, in reading order, spans into ``text``."""
    pattern, forms = vocabulary()
    found = []
    for match in pattern.finditer(text):
        event, kind = forms[_key(match.group())]
        found.append(Mention(match.start(), match.end(), event, kind))
    return found
