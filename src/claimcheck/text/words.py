"""Content words as concepts: the vocabulary claims are lined up by.

"perished" and "deaths", "talks" and "negotiations", "began" and "opened" should meet.
Words are stemmed with the Snowball English stemmer (snowballstemmer: the stemmer
Sphinx and Lucene use; hand-written suffix rules would be a worse copy), irregular forms
are mapped first, and a small synonym table (data/synonyms.toml) joins words that name
one measure or one kind of event.

snowballstemmer hands out PyStemmer's C build of the same algorithm when it is installed
(a dependency for that alone): the same stems (checked on the 564,000 words of a generated
10,000-document corpus and the 38,000 of the real pairs, seeds and tests), 1.1 µs a word
against 17. Why it matters: a corpus's names are new words (about 56 a generated 10 KB
document), each stemmed while profiles are made and again, past the memo's reach, when
the blocking keys are (``align/blocking.default_keys``): 5 to 7 % of lining up.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma
import snowballstemmer

from claimcheck.text.data import table

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")

STOPWORDS: frozenset[str] = frozenset(table("stopwords")["words"])

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    data = table("synonyms")
    irregular = {k.lower(): v.lower() for k, v in data.get("irregular", {}).items()}
    concepts: dict[str, str] = {}
    for concept, members in data.get("groups", {}).items():
        for word in (concept, *members):
            concepts.setdefault(_stem(irregular.get(word.lower(), word.lower())), concept)
    return irregular, concepts


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """The Snowball stem of a word in lower case, memoised: ``stem`` and ``concept`` are
    memoised by the word as written ("Deaths", "deaths", "deaths'"), and both stem the
    same base, so a corpus's words reached the stemmer about three times each."""
    return _stemmer.stemWord(word)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A word's stem, after its irregular forms ("men" -> "man", "died" -> "die"), with no
    synonym group: for vocabularies that must tell "strength" from "men"."""
    irregular, _ = _tables()
    lower = word.lower().replace("’", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    return _stem(irregular.get(lower, lower))


@lru_cache(maxsize=65536)
def concept(word: str) -> str:
    """The concept a word names: its synonym group, else its stem ("perished" -> "death")."""
    irregular, concepts = _tables()
    lower = word.lower().replace("’", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    base = irregular.get(lower, lower)
    stem = _stem(base)
    return concepts.get(stem, stem)


def irregular_base(word: str) -> str | None:
    """The base form of an irregular form in the synonym table ("rose" -> "rise")."""
    return _tables()[0].get(word.lower())


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry content (no stopwords, no one-letter words)."""
    return [w for w in WORD.findall(text) if len(w) > 1 and w.lower() not in STOPWORDS]


def concepts(text: str) -> set[str]:
    """The set of concepts in ``text``."""
    return {concept(w) for w in content_words(text)}


def mid_sentence(who: str) -> str:
    """A source as it reads inside a sentence: "A State Department report" becomes "a
    State Department report", "Later reports" "later reports"; names stay as written."""
    first, _, rest = who.partition(" ")
    if rest and first.lower() in STOPWORDS:
        return f"{first.lower()} {rest}"
    return who


@lru_cache(maxsize=65536)
def past_verb(word: str) -> str | None:
    """The verb ``word`` is a regular past form of, as written in running text
    ("arrested" -> "arrest", "pled" -> "plead"): lower case, ending in -ed, and a form the
    English dictionary (simplemma's) takes back to another word. "hundred", "speed" and
    "Ahmed" are none. Irregular forms are left out: many are nouns too ("left", "found")."""
    if len(word) < 4 or not word.endswith("ed") or not word.islower():
        return None
    lemma = simplemma.lemmatize(word, lang="en")
    return lemma if lemma != word else None


@lru_cache(maxsize=65536)
def ing_form(word: str) -> bool:
    """Whether ``word`` is the -ing form of a verb ("Taking", "Including"), which opens a
    sentence capitalised without naming anyone; "Wyoming" and "Beijing" are none (the
    dictionary, simplemma's, takes them to no other word it knows)."""
    lower = word.lower()
    if not lower.endswith("ing") or len(lower) <= 4:
        return False
    lemma = simplemma.lemmatize(lower, lang="en")
    return lemma.lower() != lower and simplemma.is_known(lemma, lang="en")


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str) -> bool:
    """Whether an English dictionary (simplemma's) knows the word in lower case: a
    capitalised word at the start of a sentence ("Later", "Each") is then no sure name,
    while "Stiethzanvik" is one. A function word counts as known whatever the dictionary
    holds (simplemma's English list lacks "her": "Her time" named a "her")."""
    lower = word.lower()
    return lower in STOPWORDS or simplemma.is_known(lower, lang="en")
