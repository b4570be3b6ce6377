"""Content words as concepts: the vocabulary claims are lined up by.

"perished" and "deaths", "talks" and "negotiations", "began" and "opened" should meet.
Words are stemmed with the Snowball English stemmer (snowballstemmer: the stemmer
Sphinx and Lucene use; hand-written suffix rules would be a worse copy), irregular forms
are mapped first, and a small synonym table (data/synonyms.toml) joins words that name
one measure or one kind of event.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from importlib import resources

import snowballstemmer

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")

STOPWORDS = frozenset(
    """
    a about above across after again against all almost along also although among an and
    another any are around as at away be because been before being below between both but
    by can could did do does doing down during each either else even ever every few for
    from further had has have having he her here hers herself him himself his how however
    i if in into is it its itself just least less let like many may me might more most
    much must my myself neither no nor not now of off on once one only onto or other others
    our ours ourselves out over own per rather same she should since so some such than that
    the their theirs them themselves then there these they this those though through thus
    to too toward towards under until up upon us very via was we were what when where
    whether which while who whom whose why will with within without would yet you your
    yours yourself time times first second third year years month months day days period
    number total some said says say according later earlier still already
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday
    """.split()
)

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    data = tomllib.loads(
        resources.files("claimcheck.data").joinpath("synonyms.toml").read_text("utf-8")
    )
    irregular = {k.lower(): v.lower() for k, v in data.get("irregular", {}).items()}
    concepts: dict[str, str] = {}
    for concept, members in data.get("groups", {}).items():
        for word in (concept, *members):
            concepts.setdefault(_stem(irregular.get(word.lower(), word.lower())), concept)
    return irregular, concepts


def _stem(word: str) -> str:
    return _stemmer.stemWord(word)


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
