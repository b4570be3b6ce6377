"""Acronyms a text defines for itself: "Korean People's Army (KPA)", "KPA [Korean People's
Army]", "the North Korean People's Army (NKPA)".

The matching rule is Schwartz and Hearst's (2003): the short form's characters, read
from the right, must be found in order in the long form, its first character at the
start of a word. It needs no dictionary, so it works for acronyms nobody listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.text.words import STOPWORDS

# "long form (SF)" or "long form [SF]", and "SF (long form)" or "SF [long form]".
_PAREN = re.compile(r"[(\[]([^()\[\]\n]{1,80})[)\]]")
_SHORT = re.compile(r"^[A-Z][A-Za-z0-9.&'’-]{0,9}$")
_WORD = re.compile(r"[\w'’.&-]+")


def find_acronyms(text: str) -> list[tuple[str, str]]:
    """(short form, long form) pairs defined in ``text``, in order of first definition."""
    found: dict[str, str] = {}
    for match in _PAREN.finditer(text):
        inside = match.group(1).strip()
        before = text[max(0, match.start() - 200) : match.start()]
        if _is_short(inside):
            long_form = _long_form(inside, _words_before(before, len(_letters(inside))))
            if long_form:
                found.setdefault(inside, long_form)
            continue
        words_inside = _WORD.findall(inside)
        prev = _WORD.findall(before[-20:])
        if prev and 1 < len(words_inside) <= 12 and _is_short(prev[-1]):
            long_form = _long_form(prev[-1], words_inside)
            if long_form:
                found.setdefault(prev[-1], long_form)
    return list(found.items())


def _is_short(candidate: str) -> bool:
    letters = _letters(candidate)
    return (
        bool(_SHORT.match(candidate))
        and 2 <= len(letters) <= 10
        and sum(ch.isupper() for ch in candidate) >= 2
    )


def _letters(short: str) -> str:
    return "".join(ch for ch in short if ch.isalnum())


def _words_before(before: str, n_letters: int) -> list[str]:
    """At most min(|SF| + 5, 2|SF|) words before the parenthesis, within the sentence."""
    sentence = re.split(r"[.;:!?]\s|\n", before)[-1]
    words = _WORD.findall(sentence)
    return words[-min(n_letters + 5, 2 * n_letters) :]


def _long_form(short: str, words: list[str]) -> str | None:
    """The shortest tail of ``words`` that the short form's letters match, else None."""
    if not words:
        return None
    candidate = " ".join(words)
    letters = _letters(short).lower()
    s_index = len(letters) - 1
    l_index = len(candidate) - 1
    while s_index >= 0:
        ch = letters[s_index]
        while l_index >= 0 and (
            candidate[l_index].lower() != ch
            or (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        s_index -= 1
        l_index -= 1
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    long_form = candidate[start:].strip(" ,")
    if len(long_form) <= len(short) or long_form.lower() == short.lower():
        return None
    if " " not in long_form and len(letters) > 2:
        return None  # "Panmunjom (PMJ)": a one-word long form for an acronym is a coincidence
    return _strip_article(long_form)


def _strip_article(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)


#: An initialism as texts use it bare: three to six capitals ("JTWC", "NASA").
_BARE = re.compile(r"\b[A-Z]{3,6}\b")
#: A name of three to six capitalised words, "of", "and", "for", "the" between them
#: ("Joint Typhoon Warning Center", "National Aeronautics and Space Administration").
_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:[ \t]+(?:(?:of|and|for|the|on)[ \t]+)*[A-Z][a-z]+){2,5}\b")
#: A name's small words ("of", "and", "the"), which an initialism leaves out.
_JOINING = STOPWORDS


def initialisms(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(initialism, name) pairs across texts that never define them: "JTWC" in one
    account, "Joint Typhoon Warning Center" in another. An initialism pairs with a name
    whose capitalised words' first letters spell it exactly, and only when exactly one
    name across the texts does (two names with the same initials are no evidence for
    either). Two passes over each text, so the cost is linear in the texts."""
    texts = list(texts)
    bare = {m.group() for text in texts for m in _BARE.finditer(text)}
    if not bare:
        return []
    names: dict[str, set[str]] = {}
    for text in texts:
        for m in _NAME.finditer(text):
            words = m.group().split()
            if words[0].lower() in STOPWORDS:
                words = words[1:]  # "The Joint Typhoon Warning Center" opening a sentence
            spelled = "".join(w[0] for w in words if w not in _JOINING)
            if spelled in bare:
                names.setdefault(spelled, set()).add(" ".join(words))
    return sorted((short, next(iter(found))) for short, found in names.items()
                  if len(found) == 1)
