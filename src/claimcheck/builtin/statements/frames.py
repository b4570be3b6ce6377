"""Frames: the words around a clause that say on whose word, and how surely, it is said.

"X declared that P" is P on X's word; "X denied that P" denies P; "one may suppose that
P", "it is likely that P" and "unclear whether P" only suppose P; "it is clear that P" is
P, said by the document itself. "According to X, P" and "P, X said." attribute P to X.
A statement compared as the document's own assertion when it is somebody's report or a
supposition would make a false contradiction; these rules find the frame, and the
splitter parses the clause inside it.
"""

from __future__ import annotations

from claimcheck.plugin import DETERMINERS

from .clause_words import ANAPHORIC, SAYING, ClauseWords, lemma, word_lists
from .shapes import is_finite
from .sources import is_date_phrase, source_name
from .tokens import Token, join
from .verb_group import VerbGroup

__all__ = ["frame", "frame_words", "opens_clause", "strip_leading_source",
           "strip_trailing_source"]

_FRAMES = word_lists()["frames"]
_PRONOUNS = word_lists()["pronouns"]
_TRUTH = frozenset(_FRAMES["truth"])
_TRUTH_DENIED = frozenset(_FRAMES["truth_denied"])
_FALSEHOOD = frozenset(_FRAMES["falsehood"])
_DOUBTING = frozenset(_FRAMES["doubting"])
_OPEN_WORDS = frozenset(_FRAMES["open"])
_LINKING = frozenset(_FRAMES["linking"])
_SEEMING = frozenset(_FRAMES["seeming"])
_ASKING = frozenset(_FRAMES["asking"])
_ADDRESSEES = frozenset(_FRAMES["addressees"])
_FRAME_SUBJECTS = frozenset(_PRONOUNS["frame_subjects"])
_SUPPOSING = frozenset(_PRONOUNS["supposing"])
_CLAUSE_OPENERS = frozenset(_PRONOUNS["clause_openers"])
_WHEN_WORDS = frozenset(word_lists()["reporting"]["when"])


def frame(
    toks: list[Token],
    subject: tuple[str, tuple[int, int]],
    subject_toks: list[Token],
    verb_at: int,
    group: VerbGroup,
    lex: ClauseWords,
) -> tuple[int, str, str] | None:
    """Where the wrapped clause starts, how it is framed, and the frame's words.

    "reported" (X declared that P: P on X's word), "denied" (X denied that P; it is false
    that P), "hedged" (one may suppose that P; it is likely that P; unclear whether P),
    "asserted" (it is clear that P: P, said by the document itself).
    """
    n = len(toks)
    k = group.end
    lemma_of = group.lemma
    subj = subject[0].lower()
    # "it is likely that", "it is not true that", "it remains unclear whether"
    if subj == "it" and k + 1 < n and (group.copula or lemma_of in _LINKING):
        adjective = toks[k].lower
        if toks[k + 1].lower not in ("that", *_OPEN_WORDS):
            return None
        cue = frame_words(toks, subject_toks, verb_at, k + 1)
        if toks[k + 1].lower in _OPEN_WORDS:
            return k + 2, "hedged", cue
        if adjective in _TRUTH:
            if not group.negative:
                return k + 2, "asserted", cue
            return k + 2, "denied" if adjective in _TRUTH_DENIED else "hedged", cue
        if adjective in _FALSEHOOD:
            return k + 2, "asserted" if group.negative else "denied", cue
        if adjective in _DOUBTING:
            return k + 2, "doubted", cue  # probably not P: a denial, and a supposition
        if adjective in lex.hedge_adjectives:
            return k + 2, "hedged", cue
        return None
    if lemma_of in lex.hedge_verbs and (subj in _FRAME_SUBJECTS or not subject_toks):
        if k < n and toks[k].lower == "that":
            return k + 1, "hedged", frame_words(toks, subject_toks, verb_at, k)
        if k < n and lemma_of in _SEEMING and subj == "it":
            return None
        # "one may suppose Mao was afraid": the complementiser is optional
        if k < n and subj in _FRAME_SUBJECTS and lemma_of not in _SEEMING \
                and any(is_finite(toks, j, lex) for j in range(k + 1, min(n, k + 6))):
            return k, "hedged", frame_words(toks, subject_toks, verb_at, k)
        return None
    if lemma_of in lex.reporting or lemma_of in lex.denying or lemma_of in _ASKING:
        j = k
        if j + 1 < n and toks[j].lower in _ADDRESSEES and (
                toks[j + 1].lower in ("that", *_OPEN_WORDS) or opens_clause(toks, j + 1, lex)):
            j += 1  # "told reporters that ..."
        if j + 1 >= n:
            return None
        if toks[j].lower in _OPEN_WORDS:
            return j + 1, "hedged", join(toks[verb_at:j + 1])
        if lemma_of in _ASKING:
            return None
        if toks[j].lower == "that":
            start = j + 1
        elif lemma_of in SAYING and opens_clause(toks, j, lex):
            start = j  # "The company said it would not cut jobs"
        else:
            return None
        if lemma_of in lex.hedge_verbs or subj in _SUPPOSING:
            return start, "hedged", frame_words(toks, subject_toks, verb_at, start)
        if group.negative:
            return start, "hedged", join(toks[verb_at:start])  # "did not say that P"
        if lemma_of in lex.denying:
            return start, "denied", join(toks[verb_at:start])
        return start, "reported", join(toks[verb_at:start])
    return None


def opens_clause(toks: list[Token], j: int, lex: ClauseWords) -> bool:
    """Whether a subject and its verb start at ``j`` (a clause with no "that")."""
    first = toks[j]
    if first.quoted:
        return False
    if not first.alpha:  # "said 120 people died": a number and its noun open the clause
        if not (first.text[0] in "0123456789" and j + 1 < len(toks) and toks[j + 1].alpha):
            return False
    elif first.lower not in _CLAUSE_OPENERS and \
            first.lower not in DETERMINERS and not first.text[0].isupper():
        return False
    for m in range(j + 1, min(len(toks), j + 7)):
        if toks[m].text in (",", ";", ":") or toks[m].lower in ("to", "that"):
            return False
        if is_finite(toks, m, lex):
            # "bid", "cut", "set" are nouns as often as verbs: only an auxiliary or an
            # unmistakable verb form opens a clause here
            return toks[m].lower in lex.auxiliaries or toks[m].lower in lex.modals or \
                toks[m].lower.endswith("ed") or first.lower in ANAPHORIC
    return False


def frame_words(toks: list[Token], subject_toks: list[Token], verb_at: int, end: int) -> str:
    """The words of a frame, from its subject ("one may suppose", "It is possible")."""
    first = subject_toks[0].start if subject_toks else toks[verb_at].start
    return join([t for t in toks[:end] if t.start >= first])


def _source(src: list[Token]) -> tuple | None:
    """A source's name and span, cut to the name ("Nov 2 (Reuters) Acme Corp" is Acme
    Corp); None when no name is left."""
    name = source_name(src)
    return (join(name), (name[0].start, name[-1].end)) if name else None


def strip_leading_source(toks: list[Token]) -> tuple[list[Token], tuple | None]:
    """"According to X, P": P, asserted by X."""
    if len(toks) > 3 and toks[0].lower == "according" and toks[1].lower == "to":
        for k in range(2, len(toks)):
            if toks[k].text == ",":
                return toks[k + 1 :], _source(toks[2:k])
    return toks, None


def strip_trailing_source(toks: list[Token], lex: ClauseWords) -> tuple[list[Token], tuple | None]:
    """"P, according to X." and "P, X said." (or "said X"): P, asserted by X."""
    while toks and toks[-1].text in (".", "!", "?"):
        toks = toks[:-1]
    k = len(toks) - 1
    floor = max(0, k - 11)  # the comma is looked for among the last twelve tokens
    while k >= floor and not (toks[k].text == "," and not toks[k].quoted):
        k -= 1
    if k < 0 or toks[k].text != ",":
        return toks, None
    tail = toks[k + 1 :]
    if not tail or len(tail) > 10 or any(t.depth for t in tail):
        return toks, None
    if tail[0].lower == "according" and len(tail) > 2 and tail[1].lower == "to":
        return toks[:k], _source(tail[2:])
    for m, t in enumerate(tail):
        if lemma(t.lower) not in SAYING or not t.alpha or t.text[0].isupper():
            continue
        if m > 0:  # "..., Peiping radio announced yesterday.", "..., X said on Nov 2."
            src, after = tail[:m], tail[m + 1 :]
            if not (all(a.lower in _WHEN_WORDS for a in after) or is_date_phrase(after)):
                return toks, None
        else:  # "..., said the spokesman."
            src = tail[1:]
            if not src or len(src) > 6 or not (src[0].lower in DETERMINERS
                                               or src[0].text[0].isupper()):
                continue  # "state" in "state radio announced" is no verb
        if not src or any(is_finite(tail, x, lex) for x in range(m)) or any(
                s_.lower in ("to", "that") for s_ in src):
            return toks, None
        said = _source(src)
        return (toks[:k], said) if said is not None else (toks, None)
    return toks, None
