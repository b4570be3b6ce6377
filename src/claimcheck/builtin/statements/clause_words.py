"""The words the clause splitter reads: tokens with offsets, word lists, word shapes.

Which word can be a finite verb here, which is a participle, where a verb group ends:
the rules clauses.py builds statements from. The word lists live in data/statements.toml;
lemmas come from simplemma's English dictionary (a well-kept, dependency-free
lemmatizer that knows "withdrew" is "withdraw" and "was" is "be" with no model download),
after the irregular forms of words.py.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import simplemma

from claimcheck.plugin import DETERMINERS, PREPOSITIONS, STOPWORDS, irregular_base

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_TOKEN = re.compile(r"\d[\d,.]*\d|\w(?:[\w'’.-]*\w)?|[^\w\s]")
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + r")")
_OPEN = {"(": ")", "[": "]", "{": "}"}
_QUOTES_OPEN = {"“": "”", "«": "»", "„": "“"}
DIGIT = re.compile(r"\d")
ANAPHORIC = frozenset({"he", "she", "it", "they"})

PRE_VERB = frozenset(
    "also already still even then later again once soon first finally ever just thus now "
    "longer more than twice repeatedly".split()
)


@dataclass(frozen=True)
class Lexicon:
    auxiliaries: frozenset[str]
    be: frozenset[str]
    modals: dict[str, str]
    negators: frozenset[str]
    negating_verbs: frozenset[str]
    negative_determiners: frozenset[str]
    hedge_adverbs: frozenset[str]
    hedge_verbs: frozenset[str]
    hedge_adjectives: frozenset[str]
    reporting: frozenset[str]
    denying: frozenset[str]
    subordinators: frozenset[str]
    relatives: frozenset[str]
    coordinators: frozenset[str]
    copular: dict[tuple[str, ...], str]
    antonyms: dict[str, frozenset[str]]
    changes: dict[str, frozenset[str]]
    antonym_pairs: tuple[tuple[str, str], ...]  # as listed, for register_opposites
    change_pairs: tuple[tuple[str, str], ...]
    irregular_past: frozenset[str]
    verbs: frozenset[str]
    control: dict[str, str | None]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists of data/statements.toml, read once."""
    data = tomllib.loads(
        resources.files("claimcheck.builtin.statements").joinpath("statements.toml").read_text("utf-8")
    )

    def pairs(rows: list[list[str]]) -> dict[str, frozenset[str]]:
        table: dict[str, set[str]] = {}
        for a, b in rows:
            table.setdefault(a, set()).add(b)
            table.setdefault(b, set()).add(a)
        return {k: frozenset(v) for k, v in table.items()}

    return Lexicon(
        auxiliaries=frozenset(data["auxiliaries"]),
        be=frozenset("is are was were am be been being isn't aren't wasn't weren't".split()),
        modals=dict(data["modals"]),
        negators=frozenset(data["negation"]["adverbs"]),
        negating_verbs=frozenset(data["negation"]["verbs"]),
        negative_determiners=frozenset(data["negation"]["determiners"]),
        hedge_adverbs=frozenset(data["hedges"]["adverbs"]),
        hedge_verbs=frozenset(data["hedges"]["verbs"]),
        hedge_adjectives=frozenset(data["hedges"]["adjectives"]),
        reporting=frozenset(data["reporting"]["verbs"]),
        denying=frozenset(data["reporting"]["denying"]),
        subordinators=frozenset(data["subordinators"]["words"]),
        relatives=frozenset(data["subordinators"]["relatives"]),
        coordinators=frozenset(data["coordinators"]["words"]),
        copular={tuple(k.split()): v for k, v in data["copular_predicates"].items()},
        antonyms=pairs(data["opposites"]["antonyms"]),
        changes=pairs(data["opposites"]["changes"]),
        antonym_pairs=tuple((a, b) for a, b in data["opposites"]["antonyms"]),
        change_pairs=tuple((a, b) for a, b in data["opposites"]["changes"]),
        irregular_past=frozenset(data["verb_forms"]["irregular_past"]),
        control={verb: None if mode == "asserted" else mode
                 for mode, verbs in data["control"].items() for verb in verbs},
        verbs=frozenset(data["verb_forms"]["verbs"]).union(
            *(pair for pair in data["opposites"]["antonyms"]),
            *(pair for pair in data["opposites"]["changes"]),
            data["reporting"]["verbs"], data["reporting"]["denying"],
            data["negation"]["verbs"]),
    )


@lru_cache(maxsize=131072)
def lemma(word: str) -> str:
    """The dictionary form of an English word, lower-cased ("withdrew" -> "withdraw")."""
    lower = word.lower().replace("’", "'")
    if not lower.isalpha():
        return lower
    return irregular_base(lower) or simplemma.lemmatize(lower, lang="en").lower()



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
    pos = 0
    for space, word in _SPACED_TOKEN.findall(text):  # findall: the C loop makes the strings
        start = pos + len(space)
        pos = end = start + len(word)
        if word[0].isalnum():
            append(Token(word, folded[start:end], base + start, base + end, depth,
                         quote_close is not None or straight_open))
            continue
        tok = Token(word, word, base + start, base + end, depth,
                    quote_close is not None or straight_open)
        append(tok)
        if word in _OPEN:
            closers.append(_OPEN[word])
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
    return toks


# -- word shapes -------------------------------------------------------------------------


#: Words in -ly that are not adverbs.
_NOT_ADVERBS = frozenset(
    "reply supply apply rely comply imply multiply ally rally family assembly italy july "
    "anomaly monopoly melancholy folly belly jelly bully holly lily fly sly only early "
    "daily weekly monthly yearly likely unlikely friendly costly elderly".split()
)


def is_adverb(lower: str) -> bool:
    """An adverb in -ly ("firmly", "persistently"), not "reply" or "family"."""
    return len(lower) > 4 and lower.endswith("ly") and lower not in _NOT_ADVERBS


_PREFIXES = ("re", "over", "under", "out", "mis", "with", "fore", "up")


@lru_cache(maxsize=1)
def _prefixed_forms() -> frozenset[str]:
    past = lexicon().irregular_past
    return frozenset(p + form for p in _PREFIXES for form in past if len(form) > 2)


def _prefixed_past(lower: str) -> bool:
    """"retook", "overran", "outgrew": a prefix on an irregular past form."""
    return lower in _prefixed_forms()


def verb_lemma(lower: str, lex: Lexicon) -> str:
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


def is_finite(toks: list[Token], i: int, lex: Lexicon) -> bool:
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
    if lower in lex.reporting and i > 0 and (prev in ("they", "we", "i", "you") or (
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


def is_participle(lower: str, lex: Lexicon) -> bool:
    return lower in lex.irregular_past or (
        len(lower) > 4 and lower.endswith(("ed", "en", "wn")) and lemma(lower) != lower)


def is_gerund(tok: Token) -> bool:
    lower = tok.lower
    return (len(lower) > 5 and lower.endswith("ing") and tok.alpha
            and lower not in ("during", "something", "nothing", "anything", "everything",
                              "morning", "evening", "king", "spring", "string", "thing",
                              "according", "notwithstanding"))


def content_of(toks: list[Token]) -> tuple[str, ...]:
    return tuple(
        t.text for t in toks
        if t.alpha and len(t.text) > 1 and t.lower not in STOPWORDS
        and t.lower not in ("n't", "'s")
    )


# -- sentences into parts ----------------------------------------------------------------

def join(toks: list[Token]) -> str:
    out = ""
    for n, t in enumerate(toks):
        if n and t.start > toks[n - 1].end:
            out += " "
        out += t.text
    return out




@dataclass
class VerbGroup:
    end: int  # the token after the group
    lemma: str = ""
    negative: bool = False
    negation: str | None = None
    modality: str | None = None
    copula: bool = False
    passive: bool = False


_GROUP_ADVERBS = frozenset(
    "also already still even then later again once soon first finally ever just thus now "
    "yet nonetheless nevertheless however therefore indeed instead meanwhile".split()
)
#: "not only ... but", "not just": the denial is of the limit, not of the verb.
_NOT_DENIALS = frozenset({"only", "just", "merely", "simply", "solely"})
#: Adjectives that carry a frame after "it is": not adverbs, whatever their ending.
_FRAME_ADJECTIVES = frozenset(
    "unlikely likely true untrue false clear unclear certain uncertain evident obvious "
    "doubtful possible probable known".split()
)
_GROUP_PHRASES = frozenset({("in", "principle"), ("at", "first"), ("at", "all"),
                            ("at", "once"), ("in", "fact"), ("in", "effect")})
_DO = frozenset({"do", "does", "did"})
_HAVE = frozenset({"have", "has", "had", "having"})
_CONTRACTED = {"can't": "can", "won't": "will", "shan't": "shall", "cannot": "can"}


def _uncontracted(lower: str) -> str:
    if lower in _CONTRACTED:
        return _CONTRACTED[lower]
    return lower[:-3] if lower.endswith("n't") else lower


def verb_group(toks: list[Token], at: int, lex: Lexicon) -> VerbGroup:
    """The verb group from ``at``: auxiliaries, modals, negators and adverbs up to the
    main verb ("could not have been formed"); "failed to sign" reads as "sign", denied."""
    group = VerbGroup(end=at)
    head: str | None = None  # the last verb read, uncontracted
    before: str | None = None  # the verb before it
    n = len(toks)
    k = at
    while k < n:
        t = toks[k]
        lower = t.lower
        if t.quoted or not t.alpha:
            break
        if head is not None:
            if lower in lex.negators or lower == "n't":
                if lower == "not" and k + 1 < n and toks[k + 1].lower in _NOT_DENIALS:
                    k += 2  # "not only ... but", "not merely": no denial
                    continue
                group.negative, group.negation = not group.negative, t.text
                k += 1
                continue
            if lower in _NOT_DENIALS and group.negative and (
                    toks[k - 1].lower in lex.negators or toks[k - 1].lower.endswith("n't")):
                group.negative, group.negation = False, None  # "didn't just win": it won
                k += 1
                continue
            if (is_adverb(lower) and lower not in _FRAME_ADJECTIVES) or lower in _GROUP_ADVERBS:
                k += 1
                continue
            if k + 1 < n and (lower, toks[k + 1].lower) in _GROUP_PHRASES:
                k += 2
                continue
            if not _continues(head, t, lex):
                break
        base = _uncontracted(lower)
        if base != lower:  # "didn't", "cannot"
            group.negative, group.negation = not group.negative, t.text
        if base in lex.modals and group.modality is None:
            group.modality = lex.modals[base]
        before, head = head, base
        k += 1
        if base not in lex.auxiliaries and base not in lex.modals:
            break  # the main verb
    group.end = k
    if head is None:
        return group
    if head in lex.be:
        group.copula = True
        group.lemma = "be"
    elif head in lex.modals:
        group.lemma = head
    else:
        group.lemma = verb_lemma(head, lex)
        group.passive = before in lex.be and is_participle(head, lex)
    # "refused to sign", "has yet to approve", "were unable to sell": "sign", denied
    denial = None
    if k + 1 < n and toks[k].lower == "to" and (
            group.lemma in lex.negating_verbs or (head in _HAVE and toks[k - 1].lower == "yet")):
        denial = k + 1
    elif group.copula and k + 2 < n and toks[k].lower in ("unable", "reluctant") and \
            toks[k + 1].lower == "to":
        denial = k + 2
    if denial is not None and toks[denial].alpha:
        group.negative = not group.negative
        group.negation = group.negation or join(toks[at:denial])
        group.lemma = lemma(toks[denial].lower)
        group.copula = group.passive = False
        group.end = denial + 1
        return group
    # "voted to accept the offer": the event is the accepting; "tried to capture": an
    # attempt, which says nothing of whether it happened
    if group.lemma in lex.control and k + 1 < n and toks[k].lower in PREPOSITIONS and \
            toks[k].lower != "to":  # "voted on Thursday to accept": step over the phrase
        to = next((j for j in range(k + 1, min(n, k + 5)) if toks[j].lower == "to"), None)
        if to is not None and all(toks[j].alpha or DIGIT.search(toks[j].text)
                                  for j in range(k, to)):
            k = to
    if group.lemma in lex.control and k + 1 < n and toks[k].lower == "to" and \
            toks[k + 1].alpha and (lemma(toks[k + 1].lower) == toks[k + 1].lower
                                   or toks[k + 1].lower in lex.verbs):
        mode = lex.control[group.lemma]
        if mode is not None:
            group.modality = group.modality or mode
        group.lemma = lemma(toks[k + 1].lower)
        group.copula = group.passive = False
        group.end = k + 2
        return group
    # "was found not guilty": the denial follows the verb
    if k + 1 < n and toks[k].lower in ("not", "never") and toks[k + 1].alpha and \
            toks[k + 1].lower not in _NOT_DENIALS and toks[k + 1].lower != "to" and \
            not group.copula:
        group.negative = not group.negative
        group.negation = group.negation or toks[k].text
        group.end = k + 1
    return group


def _continues(head: str, t: Token, lex: Lexicon) -> bool:
    """Whether ``t`` is the next verb of a group whose last verb is ``head``."""
    lower = _uncontracted(t.lower)
    if head in lex.modals or head in _DO:
        return lower in lex.be or lower in _HAVE or (not t.text[0].isupper() and (
            lemma(lower) == lower or lower in lex.verbs))
    if head in _HAVE:
        return lower in ("been",) or (is_participle(lower, lex) and lower not in (
            "more", "less"))
    if head in lex.be:
        return lower in ("been", "being") or is_participle(lower, lex) or is_gerund(t) \
            or (lower == "going")
    return False
