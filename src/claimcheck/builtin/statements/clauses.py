"""Split a sentence into clause-level statements, without a parser.

A statement is one proposition: who (the subject), does what (the predicate lemma), to
what (the object words), asserted or denied (polarity), how surely (modality, hedges) and
on whose word (attribution). The rules read word shapes and small word lists
(data/statements.toml), through clause_words.py.

What splits: main clauses joined by a coordinator ("left Seoul and withdrew to the
north"), clauses after a semicolon, "without doing X" (a second statement, denied), the
clause a reporting verb or a hedge frame wraps ("X declared that P", "one may suppose that
P"), and whole clauses in parentheses. What stays as context of its statement: a
subordinate clause ("when the attack began"), a relative clause ("which surpassed ..."),
a participial phrase ("following the strategic line ..."), an opening phrase ("During
this period,"). A subordinate clause that carries a figure or a date of its own is a
statement too: it can be checked on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.builtin.statements.clause_words import (
    ANAPHORIC,
    DETERMINERS,
    DIGIT,
    PRE_VERB,
    PREPOSITIONS,
    Lexicon,
    Token,
    VerbGroup,
    content_of,
    is_adverb,
    is_finite,
    is_gerund,
    is_participle,
    join,
    lemma,
    lexicon,
    tokenize,
    verb_group,
)
from claimcheck.plugin import MONTH_NAMES, STOPWORDS

__all__ = ["ANAPHORIC", "Clause", "lemma", "lexicon", "split_sentence"]

_TRAILING_ADVERBIALS = (
    ("more", "than", "once"), ("no", "longer"), ("at", "first"), ("at", "once"), ("in", "turn"),
    ("once", "again"), ("later",), ("then",), ("also",), ("again",), ("twice",),
    ("repeatedly",), ("soon",), ("already",), ("still",), ("even",), ("only",),
    ("thus",), ("therefore",), ("however",), ("first",), ("finally",), ("never",),
    ("never", "once"), ("neither",),
)
_TIME_NOUNS = frozenset(
    "day days week weeks month months year years morning evening night afternoon spring "
    "summer autumn winter time".split()
)
_TRAILING_LAST = frozenset(phrase[-1] for phrase in _TRAILING_ADVERBIALS)
_SAYING = frozenset(
    "say announce report declare state claim add note tell write insist argue explain warn "
    "assert confirm estimate believe think feel know hope fear expect predict".split()
)
_WHEN_WORDS = frozenset(
    "yesterday today tonight on monday tuesday wednesday thursday friday saturday sunday "
    "last this week morning evening night earlier later".split()
)
_FRAME_SUBJECTS = frozenset({"one", "we", "i", "it", "you", "they", "many", "some", "most"})



@dataclass
class Clause:
    """One statement read from a sentence; offsets are the document's."""

    start: int
    end: int
    verb: str
    verb_span: tuple[int, int]
    predicate: str
    subject: str | None = None
    subject_span: tuple[int, int] | None = None
    objects: tuple[str, ...] = ()
    polarity: str = "positive"
    negation: str | None = None
    modality: str | None = None
    hedges: tuple[str, ...] = ()
    attribution: str | None = None
    attribution_span: tuple[int, int] | None = None
    voice: str = "active"
    role: str = "main"
    context: tuple[tuple[int, int], ...] = ()
    context_words: tuple[str, ...] = ()
    shared_subject: bool = False
    negation_focus: str | None = None  # "did not win by a large margin": the margin
    particle: str | None = None  # "for" or "against" after the verb
    apposition: str | None = None  # another name for the subject, between commas


# -- tokens ------------------------------------------------------------------------------



def split_sentence(text: str, base: int = 0) -> list[Clause]:
    """Every statement of one sentence, in reading order.

    ``base`` is the sentence's offset in its document; the clauses' offsets include it.
    """
    if not text or len(text) > 20000 or text.rstrip().endswith("?"):
        return []  # a question asserts nothing
    toks = tokenize(text, base)
    lex = lexicon()
    out: list[Clause] = []
    context: list[tuple[int, int]] = []
    bracketed = "(" in text or "[" in text or "{" in text
    top = [t for t in toks if t.depth == 0 and t.text not in (")", "]", "}")] \
        if bracketed else toks
    # whole clauses in parentheses are statements of their own; other asides are context
    i = 0
    while bracketed and i < len(toks):
        if toks[i].depth > 0:
            j = i
            while j < len(toks) and (toks[j].depth > 0 or toks[j].text in (")", "]", "}")):
                if toks[j].depth == 0 and toks[j].text in (")", "]", "}"):
                    break
                j += 1
            inner = [t for t in toks[i + 1 : j]
                     if t.depth == toks[i].depth and t.text not in (")", "]", "}")]
            context.append((toks[i].start, toks[min(j, len(toks) - 1)].end))
            for clause in _parse_part(inner, lex, None):
                clause.role = "parenthetical"
                out.append(clause)
            i = j + 1
        else:
            i += 1
    for part in _split_on(top, ";") if ";" in text else (top,):
        out.extend(_parse_part(part, lex, None, context=context))
    for clause in out:  # names as the text spells them, spaces and marks included
        if clause.subject_span:
            clause.subject = text[clause.subject_span[0] - base:clause.subject_span[1] - base]
        if clause.attribution_span:
            s, e = clause.attribution_span
            clause.attribution = text[s - base:e - base]
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _split_on(toks: list[Token], mark: str) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for t in toks:
        if t.text == mark and not t.quoted:
            parts.append([])
        else:
            parts[-1].append(t)
    return [p for p in parts if p]


def _segments(toks: list[Token]) -> list[tuple[int, int]]:
    """(start, end) token ranges between top-level commas (quotes are not cut)."""
    cuts = [i for i, t in enumerate(toks) if t.text in (",", "—", "–", ":") and not t.quoted]
    bounds = [-1, *cuts, len(toks)]
    return [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)
            if bounds[k] + 1 < bounds[k + 1]]


# -- one part of a sentence --------------------------------------------------------------


def _parse_part(
    toks: list[Token],
    lex: Lexicon,
    shared: tuple[str, tuple[int, int]] | None,
    *,
    context: list[tuple[int, int]] | None = None,
    attribution: tuple[str, tuple[int, int]] | None = None,
    hedges: tuple[str, ...] = (),
    modality: str | None = None,
    denied: bool = False,
    depth: int = 0,
    lead_verb: bool = False,
) -> list[Clause]:
    """The statements of a run of tokens with no semicolon in it."""
    if not toks or depth > 8:
        return []
    ctx = list(context or ())
    # "According to X, P" / "P, according to X" / "P, X said."
    toks, said = _strip_trailing_source(toks, lex)
    if said is not None and attribution is None:
        attribution = said
    toks, said = _strip_leading_source(toks)
    if said is not None and attribution is None:
        attribution = said
    if not toks or (shared is None and _inverted(toks)):
        return []
    segs = _segments(toks)
    found = (0, 0, None, None) if lead_verb else _find_main(toks, segs, lex,
                                                            shared is not None)
    if found is None:
        return []
    seg_index, verb_at, subject_seg, apposition_seg = found
    core_start = segs[seg_index][0]
    for n, (s0, s1) in enumerate(segs[:seg_index]):
        if n in (subject_seg, apposition_seg) or (toks[s0].lower in lex.coordinators
                                                  and s0 == 0):
            continue
        ctx.append((toks[s0].start, toks[s1 - 1].end))
    if subject_seg is not None:
        s0, s1 = segs[subject_seg]
        subject_toks = _subject(toks[s0:s1], lex)
    else:
        subject_toks = _subject(toks[core_start:verb_at], lex)
    if shared is not None and not subject_toks:
        subject = shared
        shares = True
    elif subject_toks:
        subject = (join(subject_toks), (subject_toks[0].start, subject_toks[-1].end))
        shares = False
    else:
        return []
    group = verb_group(toks, verb_at, lex)
    group_end = group.end
    # frames: "X declared that P", "one may suppose that P", "it is likely that P"
    frame = _frame(toks, subject, subject_toks, verb_at, group, lex)
    if frame is not None:
        rest_at, kind, cue = frame
        inner = toks[rest_at:]
        speaker = attribution
        if kind in ("reported", "denied") and subject[0].lower() != "it":
            speaker = attribution or subject
        if kind in ("hedged", "doubted"):
            got = _parse_part(inner, lex, None, attribution=speaker, hedges=(*hedges, cue),
                              modality=modality or "supposed",
                              denied=denied != (kind == "doubted"), depth=depth + 1)
        else:
            got = _parse_part(inner, lex, None, attribution=speaker, hedges=hedges,
                              modality=modality, denied=denied != (kind == "denied"),
                              depth=depth + 1)
        for clause in got:
            if clause.role == "main":
                clause.role = {"asserted": "main", "doubted": "hedged"}.get(kind, kind)
        return got
    # where this clause ends: a coordinated clause or "without doing" after the verb
    split_at, next_shared, next_kind = _next_clause(toks, group_end, lex)
    end_tok = split_at if split_at is not None else len(toks)
    body = toks[:end_tok]
    # context after the verb: participial, relative and subordinate stretches
    tail_ctx, tail_statements = _tail_context(body, group_end, lex)
    ctx.extend(tail_ctx)
    covered = _covered(body, ctx)
    object_toks = [t for t in body[group_end:] if t.start not in covered]
    words = content_of(object_toks)
    predicate = group.lemma
    consumed = 0
    if group.copula:
        copular = _copular(object_toks, lex)
        if copular is not None:
            predicate, consumed = copular
            words = content_of(object_toks[consumed:])
    if subject[0].lower() == "there" and object_toks:
        np = _noun_phrase(object_toks)
        if np:
            subject = (join(np), (np[0].start, np[-1].end))
    negative = group.negative
    neg_cue = group.negation
    k = verb_at - 1
    while k >= core_start and toks[k].alpha and (
            toks[k].lower in lex.negators or is_adverb(toks[k].lower)
            or toks[k].lower in PRE_VERB or toks[k].lower == "neither"):
        if toks[k].lower in lex.negators or toks[k].lower == "neither":  # "never signed"
            negative, neg_cue = not negative, toks[k].text
        elif toks[k].lower == "longer" and k > core_start and toks[k - 1].lower == "no":
            negative, neg_cue = not negative, "no longer"  # "no longer lends"
            k -= 1
        k -= 1
    if subject_toks and _denies_subject(subject_toks, lex):
        negative, neg_cue = not negative, subject_toks[0].text
    elif object_toks[consumed:] and object_toks[consumed].lower in ("no", "nothing", "none") \
            and not (len(object_toks) > consumed + 1 and object_toks[consumed + 1].lower in (
                "more", "less", "but", "other", "short", "sooner", "longer", "fewer")):
        negative, neg_cue = not negative, object_toks[consumed].text
    clause_hedges = list(hedges)
    for t in body:
        if t.lower in lex.hedge_adverbs and not t.quoted and t.start not in covered:
            clause_hedges.append(t.text)
    mood = group.modality or modality
    if clause_hedges and mood is None:
        mood = "supposed"
    start_tok = 0
    while start_tok < verb_at and (toks[start_tok].lower in lex.coordinators
                                   or toks[start_tok].text == ","):
        start_tok += 1
    last = end_tok - 1
    while last > start_tok and toks[last].text in (",", ".", "—", "–", ":", "!", "?"):
        last -= 1
    clause = Clause(
        start=toks[start_tok].start,
        end=toks[last].end,
        verb=join(toks[verb_at:group_end]),
        verb_span=(toks[verb_at].start, toks[group_end - 1].end),
        predicate=predicate,
        subject=subject[0],
        subject_span=subject[1],
        objects=words,
        polarity="negative" if negative != denied else "positive",
        negation=neg_cue if negative != denied else None,
        modality=mood,
        hedges=tuple(dict.fromkeys(clause_hedges)),
        attribution=attribution[0] if attribution else None,
        attribution_span=attribution[1] if attribution else None,
        voice="passive" if group.passive else "active",
        context=tuple(sorted(c for c in ctx if toks[start_tok].start <= c[0] < toks[last].end
                             or (c[1] > toks[start_tok].start and c[0] < toks[last].end))),
        context_words=content_of([t for t in body if t.start in covered]),
        shared_subject=shares,
    )
    if denied and not negative:
        clause.negation = "denied"
    if apposition_seg is not None:  # "Metternich, the Austrian foreign minister, ..."
        a0, a1 = segs[apposition_seg]
        clause.apposition = join(toks[a0:a1])
    if clause.polarity == "negative":  # context included: "not ... because it was afraid"
        clause.negation_focus = _negation_focus(body[group_end:], group.copula)
    if object_toks and object_toks[0].lower in ("for", "against") and not group.copula:
        clause.particle = object_toks[0].lower  # "voted against" is not "voted for"
    out = [clause, *tail_statements]
    if split_at is not None:
        rest = toks[split_at:]
        without = next_kind == "without"
        # "He claimed that P, but the courts rejected it": "but" and a new subject
        # return to the document's own voice
        voice = attribution if next_shared or next_kind not in (
            "but", "yet", "while", "whereas") else None
        follow = _parse_part(rest[1:] if without else rest, lex,
                             subject if next_shared else None,
                             attribution=voice, hedges=hedges if voice else (),
                             modality=modality if voice else None,
                             # a clause with a subject of its own is not under the denial
                             denied=(denied if next_shared else False) != (
                                 without or next_kind == "nor"),
                             depth=depth + 1, lead_verb=without)
        for c in follow:
            if without and c.start == rest[1].start:
                c.negation = "without" if c.polarity == "negative" else c.negation
                c.start = rest[0].start
            elif next_kind == "nor" and c.shared_subject and c.polarity == "negative":
                c.negation = "nor"
            if c.role == "main":
                c.role = "coordinate"
        out.extend(follow)
    return out


#: Words a denial may be about instead of the event: "did not invade until June", "did
#: not rise above $100", "did not win by a large margin", "not because ...".
_FOCUS = frozenset(
    "until till before above below beyond over under more less than because just only "
    "merely simply entirely completely fully all much always necessarily quite exactly "
    "immediately very too enough margin solely wholly alone either again since after "
    "anymore afterwards".split()
)
_INVERSIONS = frozenset({("not", "until"), ("not", "only"), ("only", "when"),
                         ("only", "after"), ("only", "then"), ("only", "in"), ("only", "by"),
                         ("never", "before"), ("never", "had"), ("never", "did"),
                         ("never", "have"), ("rarely", None), ("seldom", None),
                         ("little", "did"), ("nor", None), ("no", "sooner")})


def _denies_subject(subject: list[Token], lex: Lexicon) -> bool:
    """"No agreement", "Not a single soldier", "Hardly any troops"; not "No fewer than
    300 troops" or "Nobody but the general"."""
    first = subject[0].lower
    second = subject[1].lower if len(subject) > 1 else ""
    if second in ("fewer", "more", "less", "later", "sooner", "other", "but", "longer"):
        return False
    if first in lex.negative_determiners:
        return True
    return first in ("not", "hardly", "scarcely", "barely") and second in (
        "a", "one", "any", "anyone", "anybody", "anything", "single", "everyone", "all")


def _negation_focus(objects: list[Token], copula: bool) -> str | None:
    """The word a denial may be about instead of the event, if the clause has one."""
    for n, t in enumerate(objects):
        if t.quoted:
            continue
        if t.lower in _FOCUS:
            return t.text
        if n == 0 and copula and len(t.lower) > 4 and t.lower.startswith(("un", "in", "im")):
            return t.text  # "was not unlike", "not insignificant": litotes
    return None


def _inverted(toks: list[Token]) -> bool:
    """"Not until 1945 did the war end", "Rarely had ...": a word order this splitter
    does not read; better no statement than a wrong one."""
    if len(toks) < 2:
        return False
    first, second = toks[0].lower, toks[1].lower
    if first in PREPOSITIONS and second == "no":
        return True  # "At no time were ...", "Under no circumstances will ..."
    return (first, second) in _INVERSIONS or (first, None) in _INVERSIONS


def _covered(toks: list[Token], spans: list[tuple[int, int]]) -> set[int]:
    """The starts of the tokens that lie inside one of ``spans``."""
    if not spans:
        return set()
    spans = sorted(spans)
    out: set[int] = set()
    k = 0
    for t in toks:
        while k < len(spans) and spans[k][1] < t.end:
            k += 1
        if any(s <= t.start and t.end <= e for s, e in spans[k : k + 4]):
            out.add(t.start)
    return out


_DISCOURSE = frozenset(
    "however moreover thus then also meanwhile subsequently nevertheless still therefore "
    "furthermore indeed so nonetheless instead consequently accordingly hence later soon "
    "afterwards afterward eventually finally next again".split()
)


def _find_main(
    toks: list[Token], segs: list[tuple[int, int]], lex: Lexicon, shared: bool
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
                first in lex.relatives and n > 0) or (first in (
                "including", "as", "not", "like", "unlike") and n > 0):
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
                if k > start and not all(t.lower in _DISCOURSE or t.lower in lex.negators
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
            if toks[k].lower in ("because", "although", "though", "unless", "whereas"):
                break
        else:
            if first not in PREPOSITIONS and first not in lex.subordinators and first not in \
                    lex.coordinators and first not in _DISCOURSE and any(
                        (t.alpha and t.text[0].isupper()) or t.lower not in STOPWORDS
                        for t in toks[s0:s1]):
                if pending is None:
                    pending = n  # the first: later ones are appositions ("X, commander of Y,")
                elif apposition is None and n == pending + 1:
                    apposition = n
    return None


def _gerund_subject(toks: list[Token], s0: int, s1: int, lex: Lexicon) -> bool:
    """"Underlying inflation is ...", "Rising prices are ...": a word in -ing that opens
    a subject, not a participial phrase ("Expecting that the USA would ...")."""
    for k in range(s0 + 1, min(s1, s0 + 4)):
        if toks[k].lower in ("that", "to", "the", "a", "an") or not toks[k].alpha:
            return False
        if is_finite(toks, k, lex):
            return True
    return False


def _subject(toks: list[Token], lex: Lexicon) -> list[Token]:
    """The subject among the words before the verb: without an opening phrase or
    adverbs ("In August 1950 American planes" -> "American planes")."""
    words = [t for t in toks if t.text != "," and not t.quoted and t.text not in "“”‘’\"'"]
    while words and (words[0].lower in lex.coordinators or words[0].lower in _DISCOURSE):
        words = words[1:]
    # "That day the ministers ...", "The next morning the army ...": a time, not a subject
    for k in range(1, min(4, len(words) - 1)):
        if words[k].lower in _TIME_NOUNS and words[0].lower in (
                "that", "this", "the", "next", "last", "later", "each", "every", "one"):
            words = words[k + 1:]
            break
    changed = True
    while changed and words:
        changed = False
        if words[-1].lower not in _TRAILING_LAST and not is_adverb(words[-1].lower):
            break
        for phrase in _TRAILING_ADVERBIALS:
            n = len(phrase)
            if len(words) > n and tuple(w.lower for w in words[-n:]) == phrase:
                words = words[:-n]
                changed = True
        if len(words) > 1 and is_adverb(words[-1].lower):
            words = words[:-1]
            changed = True
        if len(words) > 1 and words[-1].lower in lex.hedge_adverbs:
            words = words[:-1]
            changed = True
    if words and words[0].lower in PREPOSITIONS:
        cut = _opening_phrase(words)
        words = words[cut:] if cut < len(words) else words[-1:]
    # "the Soviet government on June 23 put forward": the date is not the subject's
    k = len(words)
    while k > 1 and (DIGIT.search(words[k - 1].text) or words[k - 1].lower in MONTH_NAMES
                     or words[k - 1].text == ","):
        k -= 1
    if k < len(words) and k > 1 and words[k - 1].lower in PREPOSITIONS:
        words = words[:k - 1]
    return words


def _opening_phrase(words: list[Token]) -> int:
    """Where an opening phrase with no comma ends: "In August 1950 | American planes",
    "In this period | Kim Il Sung", "By the end of May 1950 | the General Staff"."""
    n = len(words)
    i = 0
    while i < n and words[i].lower in PREPOSITIONS:
        i += 1
        if i < n and words[i].lower in DETERMINERS:
            i += 1
        start = i
        while i < n:
            w = words[i]
            if w.lower in PREPOSITIONS or w.lower in DETERMINERS:
                break
            if DIGIT.search(w.text) or w.lower in MONTH_NAMES:
                while i < n and (DIGIT.search(words[i].text) or words[i].lower in MONTH_NAMES
                                 or words[i].text == ","):
                    i += 1
                return i
            if i > start and w.text[0].isupper() and not words[i - 1].text[0].isupper():
                return i
            i += 1
        if i < n and words[i].lower in DETERMINERS:
            return i
    return i


def _noun_phrase(toks: list[Token]) -> list[Token]:
    out = []
    for t in toks:
        if t.text in (",", ".", ";", ":") or (out and t.lower in PREPOSITIONS) or (
                out and t.lower in ("that", "which", "who")):
            break
        out.append(t)
    return out[:8]


def _copular(objects: list[Token], lex: Lexicon) -> tuple[str, int] | None:
    lowers = [t.lower for t in objects[:3]]
    for phrase, predicate in lex.copular.items():
        if tuple(lowers[: len(phrase)]) == phrase:
            return predicate, len(phrase)
    return None


_TRUTH = frozenset({"true", "correct", "right", "clear", "evident", "obvious", "certain",
                    "known", "undeniable", "undisputed", "beyond"})
_FALSEHOOD = frozenset({"false", "untrue", "wrong", "incorrect"})
_OPEN_WORDS = frozenset({"whether", "if"})


def _frame(
    toks: list[Token],
    subject: tuple[str, tuple[int, int]],
    subject_toks: list[Token],
    verb_at: int,
    group: VerbGroup,
    lex: Lexicon,
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
    if subj == "it" and k + 1 < n and (group.copula or lemma_of in ("remain", "seem", "appear")):
        adjective = toks[k].lower
        if toks[k + 1].lower not in ("that", *_OPEN_WORDS):
            return None
        cue = _frame_words(toks, subject_toks, verb_at, k + 1)
        if toks[k + 1].lower in _OPEN_WORDS:
            return k + 2, "hedged", cue
        if adjective in _TRUTH:
            if not group.negative:
                return k + 2, "asserted", cue
            return k + 2, "denied" if adjective in ("true", "correct", "right") else "hedged", cue
        if adjective in _FALSEHOOD:
            return k + 2, "asserted" if group.negative else "denied", cue
        if adjective in ("unlikely", "doubtful", "improbable", "implausible"):
            return k + 2, "doubted", cue  # probably not P: a denial, and a supposition
        if adjective in lex.hedge_adjectives:
            return k + 2, "hedged", cue
        return None
    if lemma_of in lex.hedge_verbs and (subj in _FRAME_SUBJECTS or not subject_toks):
        if k < n and toks[k].lower == "that":
            return k + 1, "hedged", _frame_words(toks, subject_toks, verb_at, k)
        if k < n and lemma_of in ("seem", "appear") and subj == "it":
            return None
        # "one may suppose Mao was afraid": the complementiser is optional
        if k < n and subj in _FRAME_SUBJECTS and lemma_of not in ("seem", "appear") \
                and any(is_finite(toks, j, lex) for j in range(k + 1, min(n, k + 6))):
            return k, "hedged", _frame_words(toks, subject_toks, verb_at, k)
        return None
    if lemma_of in lex.reporting or lemma_of in lex.denying or lemma_of in ("ask", "wonder"):
        j = k
        if j + 1 < n and toks[j].lower in ("him", "her", "them", "us", "me", "it",
                                           "reporters", "journalists") and (
                toks[j + 1].lower in ("that", *_OPEN_WORDS) or _opens_clause(toks, j + 1, lex)):
            j += 1  # "told reporters that ..."
        if j + 1 >= n:
            return None
        if toks[j].lower in _OPEN_WORDS:
            return j + 1, "hedged", join(toks[verb_at:j + 1])
        if lemma_of in ("ask", "wonder"):
            return None
        if toks[j].lower == "that":
            start = j + 1
        elif lemma_of in _SAYING and _opens_clause(toks, j, lex):
            start = j  # "The company said it would not cut jobs"
        else:
            return None
        if lemma_of in lex.hedge_verbs or subj in ("one", "we", "i"):
            return start, "hedged", _frame_words(toks, subject_toks, verb_at, start)
        if group.negative:
            return start, "hedged", join(toks[verb_at:start])  # "did not say that P"
        if lemma_of in lex.denying:
            return start, "denied", join(toks[verb_at:start])
        return start, "reported", join(toks[verb_at:start])
    return None


def _opens_clause(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a subject and its verb start at ``j`` (a clause with no "that")."""
    first = toks[j]
    if not first.alpha or first.quoted:
        return False
    if first.lower not in ("he", "she", "it", "they", "we", "i", "there") and \
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


def _frame_words(toks: list[Token], subject_toks: list[Token], verb_at: int, end: int) -> str:
    """The words of a frame, from its subject ("one may suppose", "It is possible")."""
    first = subject_toks[0].start if subject_toks else toks[verb_at].start
    return join([t for t in toks[:end] if t.start >= first])


def _next_clause(toks: list[Token], after: int, lex: Lexicon) -> tuple[int | None, bool, str]:
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
            while j < len(toks) and toks[j].lower in ("then", "later", "also", "thus",
                                                       "so", "subsequently", "finally"):
                j += 1
            if j < len(toks) and (_starts_verb(toks, j, lex) or (
                    t.lower == "nor" and is_finite(toks, j, lex))):
                return k, True, t.lower
            if comma or t.lower in ("but", "yet", "whereas", "while"):
                for m in range(j + 1, min(len(toks), j + 9)):
                    if toks[m].text in (",", ".") or (toks[m].lower in PREPOSITIONS and m > j + 3):
                        break
                    if is_finite(toks, m, lex) and toks[m - 1].lower not in lex.relatives:
                        if toks[j].lower not in PREPOSITIONS:
                            return k, False, t.lower
                        break
        k += 1
    return None, False, ""


def _starts_verb(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a clause sharing the subject starts at ``j`` ("and withdrew to the north")."""
    t = toks[j]
    lower = t.lower
    if not t.alpha or t.text[0].isupper():
        return False
    if lower in lex.modals or lower in ("was", "were", "is", "are", "has", "have", "had",
                                        "did", "does", "do"):
        return j + 1 < len(toks) and toks[j + 1].alpha
    while is_adverb(lower) and j + 1 < len(toks):
        j += 1
        lower = toks[j].lower
    if lower in lex.irregular_past:
        return lower not in ("left", "set", "put", "cut", "hit", "led", "met", "lost", "won",
                             "read", "bound") or _followed_by_object(toks, j)
    if len(lower) > 4 and lower.endswith("ed") and lemma(lower) != lower:
        return _followed_by_object(toks, j)
    base = lemma(lower)
    return lower.endswith("s") and base != lower and base in lex.verbs and \
        _followed_by_object(toks, j)


def _followed_by_object(toks: list[Token], j: int) -> bool:
    """A verb takes words after it; an adjective in "killed and wounded" ends the clause."""
    return (j + 1 < len(toks) and toks[j + 1].alpha) or (
        j + 1 < len(toks) and DIGIT.search(toks[j + 1].text) is not None)


#: Depth given to a subordinate clause's own parse: it is read, not split further.
_LEAF_DEPTH = 8


def _tail_context(
    body: list[Token], after: int, lex: Lexicon
) -> tuple[list[tuple[int, int]], list[Clause]]:
    """Stretches after the verb that describe rather than assert: participial phrases,
    relative and subordinate clauses. A subordinate clause with a figure or a date is
    also a statement of its own."""
    spans: list[tuple[int, int]] = []
    extra: list[Clause] = []
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
        elif lower in ("which", "who", "whom", "whose") or (
                lower == "that" and k > after and body[k - 1].alpha
                and body[k - 1].lower not in lex.reporting and k + 1 < n
                and is_finite(body, k + 1, lex)):
            opens = "relative"
        elif lower in lex.subordinators and lower not in ("as", "where", "once") and k + 2 < n \
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
                for clause in _parse_part(piece, lex, None, depth=_LEAF_DEPTH):
                    clause.role = "subordinate"
                    extra.append(clause)
        k = end + 1
    return spans, extra


def _strip_leading_source(toks: list[Token]) -> tuple[list[Token], tuple | None]:
    if len(toks) > 3 and toks[0].lower == "according" and toks[1].lower == "to":
        for k in range(2, len(toks)):
            if toks[k].text == ",":
                src = toks[2:k]
                return toks[k + 1 :], (join(src), (src[0].start, src[-1].end))
    return toks, None


def _strip_trailing_source(toks: list[Token], lex: Lexicon) -> tuple[list[Token], tuple | None]:
    """"P, according to X." and "P, X said." (or "said X"): P, asserted by X."""
    while toks and toks[-1].text in (".", "!", "?"):
        toks = toks[:-1]
    k = len(toks) - 1
    while k >= max(0, len(toks) - 12) and not (toks[k].text == "," and not toks[k].quoted):
        k -= 1
    if k < 0 or toks[k].text != ",":
        return toks, None
    tail = toks[k + 1 :]
    if not tail or len(tail) > 10 or any(t.depth for t in tail):
        return toks, None
    if tail[0].lower == "according" and len(tail) > 2 and tail[1].lower == "to":
        src = tail[2:]
        return toks[:k], (join(src), (src[0].start, src[-1].end))
    for m, t in enumerate(tail):
        if lemma(t.lower) not in _SAYING or not t.alpha or t.text[0].isupper():
            continue
        if m > 0:  # "..., Peiping radio announced yesterday."
            src, after = tail[:m], tail[m + 1 :]
            if not all(a.lower in _WHEN_WORDS for a in after):
                return toks, None
        else:  # "..., said the spokesman."
            src = tail[1:]
            if not src or len(src) > 6 or not (src[0].lower in DETERMINERS
                                               or src[0].text[0].isupper()):
                continue  # "state" in "state radio announced" is no verb
        if not src or any(is_finite(tail, x, lex) for x in range(m)) or any(
                s_.lower in ("to", "that") for s_ in src):
            return toks, None
        return toks[:k], (join(src), (src[0].start, src[-1].end))
    return toks, None
