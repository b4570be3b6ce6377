"""Word shapes: which word can be a finite verb here, a participle, a gerund, an adverb.

With no parser and no tagger, the splitter tells a verb from a noun by the word's form,
the word before it and a few word lists: "signed" after "the" is an adjective, "says"
after "they" is a verb, "remains" is a verb only when "remain" is a known verb. Every
decision about one word lives here, so that the rules that read clauses ask, never guess.
"""

from __future__ import annotations

from functools import lru_cache

from claimcheck.plugin import DETERMINERS, PREPOSITIONS, STOPWORDS

from .clause_words import PRE_VERB, ClauseWords, clause_words, lemma, word_lists
from .tokens import Token

__all__ = ["content_of", "is_adverb", "is_finite", "is_gerund", "is_participle", "verb_lemma"]

_FORMS = word_lists()["verb_forms"]
#: Words in -ly that are not adverbs.
_NOT_ADVERBS = frozenset(word_lists()["adverbs"]["not_adverbs"])
_PREFIXES = tuple(_FORMS["prefixes"])
_NOT_GERUNDS = frozenset(_FORMS["not_gerunds"])
_PLAIN_PRESENT = frozenset(word_lists()["pronouns"]["plain_present"])


def is_adverb(lower: str) -> bool:
    """An adverb in -ly ("firmly", "persistently"), not "reply" or "family"."""
    return len(lower) > 4 and lower.endswith("ly") and lower not in _NOT_ADVERBS


@lru_cache(maxsize=1)
def _prefixed_forms() -> frozenset[str]:
    past = clause_words().irregular_past
    return frozenset(p + form for p in _PREFIXES for form in past if len(form) > 2)


def _prefixed_past(lower: str) -> bool:
    """"retook", "overran", "outgrew": a prefix on an irregular past form."""
    return lower in _prefixed_forms()


def verb_lemma(lower: str, lex: ClauseWords) -> str:
    """The lemma of a word read as a verb ("remains" -> "remain", not the noun)."""
    base = lemma(lower)
    if base == lower and lower.endswith("s") and len(lower) > 3:
        for cut in (2, 1):
            if lower[:-cut] in lex.verbs:
                return lower[:-cut]
    if base == lower and lower.endswith("ing") and len(lower) > 5:
        # "ruling" is a noun to the dictionary: read it through its past, "ruled"
        stem = lower[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]  # "running" -> "run"
        past = lemma(stem + "ed")
        if past != stem + "ed":
            return past
        return stem + "e" if lemma(stem + "es") != stem + "es" else stem
    return base


def is_finite(toks: list[Token], i: int, lex: ClauseWords) -> bool:
    """Whether the word at ``i`` can be a finite verb here (not an adjective after "the")."""
    tok = toks[i]
    lower = tok.lower
    if not tok.alpha or tok.quoted:
        return False
    if tok.text[0].isupper() and i > 0 and toks[i - 1].alpha:
        return False  # a capitalised word mid-sentence is a name ("of May", "Ministry Said")
    if lower in lex.auxiliaries or lower in lex.modals:
        return True
    prev = toks[i - 1].lower if i > 0 else ""
    if prev in DETERMINERS or prev in PREPOSITIONS or prev in ("'s", "’s"):
        return False
    if lower in lex.irregular_past or _prefixed_past(lower):
        return True
    if lower in lex.reporting and i > 0 and (prev in _PLAIN_PRESENT or (
            prev.endswith("s") and len(prev) > 3 and not prev.endswith("ss"))) and \
            i + 1 < len(toks) and toks[i + 1].alpha:
        return True  # "Intelligence officers say the enemy ...": a plural's present
    if len(lower) > 3 and lower.endswith("ed") and lemma(lower) != lower:
        return True
    if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
        if prev in ("of", "and", "or"):
            return False
        if i + 1 < len(toks) and (toks[i + 1].lower in lex.auxiliaries
                                  or toks[i + 1].lower in lex.modals):
            return False  # "such questions were discussed": the noun before its verb
        base = lemma(lower)
        if base == lower:  # simplemma reads "remains" as a noun: try the verb
            base = lower[:-2] if lower.endswith("es") and lower[:-2] in lex.verbs \
                else lower[:-1]
            if base not in lex.verbs:
                return False
        return base in lex.verbs or prev in lex.negators or \
            prev in PRE_VERB or (prev.endswith("ly") and len(prev) > 4)
    return False


def is_participle(lower: str, lex: ClauseWords) -> bool:
    """A past participle: an irregular past form, or a known verb's "-ed", "-en", "-wn"."""
    return lower in lex.irregular_past or (
        len(lower) > 4 and lower.endswith(("ed", "en", "wn")) and lemma(lower) != lower)


def is_gerund(tok: Token) -> bool:
    """A word in -ing that is a verb form ("following"), not "during" or "morning"."""
    lower = tok.lower
    return (len(lower) > 5 and lower.endswith("ing") and tok.alpha
            and lower not in _NOT_GERUNDS)


def content_of(toks: list[Token]) -> tuple[str, ...]:
    """The content words among ``toks``, as the text spells them."""
    return tuple(
        t.text for t in toks
        if t.alpha and len(t.text) > 1 and t.lower not in STOPWORDS
        and t.lower not in ("n't", "'s")
    )
