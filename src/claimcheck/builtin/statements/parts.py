"""A sentence into parts: where its main clause is, where the next one starts, and
which stretches after the verb are context.

With no parser, the splitter reads a sentence as comma-stretches: the main clause is the
first stretch with a finite verb that is not a subordinate, relative or participial
stretch; a coordinator or a comma before a verb phrase starts the next statement;
participial phrases, relative and subordinate clauses after the verb describe rather
than assert, and stay with their statement as context.
"""

from __future__ import annotations

from claimcheck.plugin import MONTH_NAMES, PREPOSITIONS, STOPWORDS

from .clause_words import CONTRASTS, DISCOURSE, ClauseWords, lemma, word_lists
from .shapes import is_adverb, is_finite, is_gerund, is_participle
from .tokens import DIGIT, Token

__all__ = ["covered", "find_main", "next_clause", "segments", "split_on", "tail_context"]

_SUBORDINATORS = word_lists()["subordinators"]
_DESCRIBING = frozenset(_SUBORDINATORS["describing"])
_STOPPING = frozenset(_SUBORDINATORS["stopping"])
_NOT_AFTER_VERB = frozenset(_SUBORDINATORS["not_after_verb"])
_RELATIVE_PRONOUNS = frozenset(_SUBORDINATORS["relative_pronouns"])
_COORDINATOR_ADVERBS = frozenset(word_lists()["coordinators"]["adverbs"])
_FINITE_AUXILIARIES = frozenset(word_lists()["verb_forms"]["finite_auxiliaries"])
_AMBIGUOUS_PAST = frozenset(word_lists()["verb_forms"]["ambiguous_past"])


def split_on(toks: list[Token], mark: str) -> list[list[Token]]:
    """The runs of tokens between unquoted ``mark``s (a semicolon), empty ones dropped."""
    parts: list[list[Token]] = [[]]
    for t in toks:
        if t.text == mark and not t.quoted:
            parts.append([])
        else:
            parts[-1].append(t)
    return [p for p in parts if p]


def segments(toks: list[Token]) -> list[tuple[int, int]]:
    """(start, end) token ranges between top-level commas (quotes are not cut)."""
    cuts = [i for i, t in enumerate(toks) if t.text in (",", "—", "–", ":") and not t.quoted]
    bounds = [-1, *cuts, len(toks)]
    return [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)
            if bounds[k] + 1 < bounds[k + 1]]


def covered(toks: list[Token], spans: list[tuple[int, int]]) -> set[int]:
    """The starts of the tokens that lie inside one of ``spans``."""
    if not spans:
        return set()
    spans = sorted(spans)
    out: set[int] = set()
    k = 0
    n = len(spans)
    for t in toks:
        start, end = t.start, t.end
        while k < n and spans[k][1] < end:
            k += 1
        if k == n:
            break  # every span ends before this token: none covers a later one
        for s, e in spans[k : k + 4]:  # (a loop: any() over a generator cost more)
            if s <= start and end <= e:
                out.add(start)
                break
    return out


def find_main(
    toks: list[Token], segs: list[tuple[int, int]], lex: ClauseWords, shared: bool
) -> tuple[int, int, int | None, int | None] | None:
    """(segment, verb token, subject segment, apposition segment) of the main clause: the
    first comma-stretch with a finite verb that is not a subordinate, relative or
    participial stretch.

    The subject segment is set when the verb opens its stretch and the subject stood in
    an earlier one ("Chinese troops, following the line ..., left Seoul").
    """
    pending: int | None = None
    apposition: int | None = None
    subordinate = False
    for n, (s0, s1) in enumerate(segs):
        first = toks[s0].lower
        if (is_gerund(toks[s0]) and not _gerund_subject(toks, s0, s1, lex)) or (
                first in lex.relatives and n > 0) or (first in _DESCRIBING
                and n > 0):
            continue
        if n > 0 and s0 + 1 < s1 and toks[s0 + 1].lower == "by" and \
                is_participle(first, lex):
            continue  # "The reply, signed by Kim, proposed ...": a participle's phrase
        # "When the attack began, ..." is context; a bare phrase ("After the war") too
        if first in lex.subordinators and not (shared and n == 0) and (
                any(is_finite(toks, k, lex) for k in range(s0 + 1, s1)) or n + 1 < len(segs)):
            subordinate = True
            continue
        if subordinate and (first in lex.coordinators or first in PREPOSITIONS):
            continue  # "After X was held ..., and the DPRK was formed, ...": still the "after"
        subordinate = False
        start = s0 + 1 if first in lex.coordinators else s0
        for k in range(start, s1):
            if toks[k].quoted:
                continue
            if is_finite(toks, k, lex):
                if k > start and not all(t.lower in DISCOURSE or t.lower in lex.negators
                                         or is_adverb(t.lower)
                                         for t in toks[start:k]):
                    if toks[k - 1].lower in lex.relatives and k - 1 > start:
                        break  # "the army which surpassed": the verb is the relative's
                    return n, k, None, None
                if shared and n == 0:
                    return n, k, None, None
                if pending is not None:
                    return n, k, pending, apposition
                if k == start and toks[k].lower not in lex.auxiliaries and \
                        toks[k].lower not in lex.modals:
                    continue  # "United Nations forces ...", "Expected profits ...": a modifier
                break
            if toks[k].lower in _STOPPING:
                break
        else:
            if first not in PREPOSITIONS and first not in lex.subordinators and first not in \
                    lex.coordinators and first not in DISCOURSE and any(
                        (t.alpha and t.text[0].isupper()) or t.lower not in STOPWORDS
                        for t in toks[s0:s1]):
                if pending is None:
                    pending = n  # the first: later ones are appositions ("X, commander of Y,")
                elif apposition is None and n == pending + 1:
                    apposition = n
    return None


def _gerund_subject(toks: list[Token], s0: int, s1: int, lex: ClauseWords) -> bool:
    """"Underlying inflation is ...", "Rising prices are ...": a word in -ing that opens
    a subject, not a participial phrase ("Expecting that the USA would ...")."""
    for k in range(s0 + 1, min(s1, s0 + 4)):
        if toks[k].lower in ("that", "to", "the", "a", "an") or not toks[k].alpha:
            return False
        if is_finite(toks, k, lex):
            return True
    return False


def next_clause(toks: list[Token], after: int, lex: ClauseWords) -> tuple[int | None, bool, str]:
    """The token where the next statement starts (a coordinator or "without"), whether
    it shares this one's subject, and what joined them."""
    k = after
    while k < len(toks) - 1:
        t = toks[k]
        if t.quoted or t.depth:
            k += 1
            continue
        if t.lower == "without" and is_gerund(toks[k + 1]):
            return k, True, "without"
        # "captured Seoul, crossed the Han and took Suwon": a list of verb phrases
        if t.text == "," and k > after and _starts_verb(toks, k + 1, lex) and not (
                k + 2 < len(toks) and toks[k + 2].lower == "by"):
            return k, True, ","
        if t.lower in lex.coordinators and k >= after:
            comma = toks[k - 1].text == ","
            j = k + 1
            while j < len(toks) and toks[j].lower in _COORDINATOR_ADVERBS:
                j += 1
            if j < len(toks) and (_starts_verb(toks, j, lex) or (
                    t.lower == "nor" and is_finite(toks, j, lex))):
                return k, True, t.lower
            if comma or t.lower in CONTRASTS:
                for m in range(j + 1, min(len(toks), j + 9)):
                    if toks[m].text in (",", ".") or (toks[m].lower in PREPOSITIONS and m > j + 3):
                        break
                    if is_finite(toks, m, lex) and toks[m - 1].lower not in lex.relatives:
                        if toks[j].lower not in PREPOSITIONS:
                            return k, False, t.lower
                        break
        k += 1
    return None, False, ""


def _starts_verb(toks: list[Token], j: int, lex: ClauseWords) -> bool:
    """Whether a clause sharing the subject starts at ``j`` ("and withdrew to the north")."""
    t = toks[j]
    lower = t.lower
    if not t.alpha or t.text[0].isupper():
        return False
    if lower in lex.modals or lower in _FINITE_AUXILIARIES:
        return j + 1 < len(toks) and toks[j + 1].alpha
    while is_adverb(lower) and j + 1 < len(toks):
        j += 1
        lower = toks[j].lower
    if lower in lex.irregular_past:
        return lower not in _AMBIGUOUS_PAST or _followed_by_object(toks, j)
    if len(lower) > 4 and lower.endswith("ed") and lemma(lower) != lower:
        return _followed_by_object(toks, j)
    base = lemma(lower)
    return lower.endswith("s") and base != lower and base in lex.verbs and \
        _followed_by_object(toks, j)


def _followed_by_object(toks: list[Token], j: int) -> bool:
    """A verb takes words after it; an adjective in "killed and wounded" ends the clause."""
    return (j + 1 < len(toks) and toks[j + 1].alpha) or (
        j + 1 < len(toks) and DIGIT.search(toks[j + 1].text) is not None)


def tail_context(
    body: list[Token], after: int, lex: ClauseWords
) -> tuple[list[tuple[int, int]], list[list[Token]]]:
    """Stretches after the verb that describe rather than assert: participial phrases,
    relative and subordinate clauses; and the subordinate clauses with a figure or a
    date, which are also statements of their own (the caller parses them)."""
    spans: list[tuple[int, int]] = []
    pieces: list[list[Token]] = []
    n = len(body)
    k = after
    while k < n:
        t = body[k]
        lower = t.lower
        opens = None
        if t.quoted or t.depth:
            k += 1
            continue
        prev = body[k - 1].text if k > 0 else ""
        if prev == "," and (is_gerund(t) or (lower in ("including", "not") and k + 1 < n
                            and (lower == "including" or is_gerund(body[k + 1])))):
            opens = "participial"
        elif lower in _RELATIVE_PRONOUNS or (
                lower == "that" and k > after and body[k - 1].alpha
                and body[k - 1].lower not in lex.reporting and k + 1 < n
                and is_finite(body, k + 1, lex)):
            opens = "relative"
        elif lower in lex.subordinators and lower not in _NOT_AFTER_VERB and k + 2 < n \
                and any(is_finite(body, m, lex) for m in range(k + 2, min(n, k + 10))
                        if body[m].text != ","):
            opens = "subordinate"
        if opens is None:
            k += 1
            continue
        end = k + 1
        while end < n and body[end].text not in (",", "—", "–"):
            end += 1
        spans.append((t.start, body[end - 1].end))
        if opens == "subordinate":
            piece = body[k + 1 : end]
            if any(DIGIT.search(p.text) or p.lower in MONTH_NAMES for p in piece):
                pieces.append(piece)
        k = end + 1
    return spans, pieces
