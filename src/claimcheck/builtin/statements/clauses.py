"""Split a sentence into clause-level statements, without a parser.

A statement is one proposition: who (the subject), does what (the predicate lemma), to
what (the object words), asserted or denied (polarity), how surely (modality, hedges) and
on whose word (attribution). The rules read word shapes and small word lists
(statements.toml): tokens.py, clause_words.py, shapes.py and verb_group.py read words; parts.py
finds the main clause and where the next one starts; subjects.py, negation.py and
frames.py read a clause's subject, its denials and the frame around it; sources.py finds
a wire story's dateline and cuts a source down to its name. This module puts them
together into statements.

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

from .clause_words import ANAPHORIC, CONTRASTS, PRE_VERB, ClauseWords, clause_words
from .frames import frame as frame_of
from .frames import strip_leading_source, strip_trailing_source
from .negation import denies_object, denies_subject, inverted, negation_focus
from .parts import covered as covered_by
from .parts import find_main, next_clause, segments, split_on, tail_context
from .shapes import content_of, is_adverb
from .sources import dateline_end
from .subjects import noun_phrase, subject_of
from .tokens import BRACKETS, CLOSERS, Token, join, tokenize
from .verb_group import copular_predicate, verb_group

__all__ = ["ANAPHORIC", "Clause", "split_sentence"]

#: Depth given to a subordinate clause's own parse: it is read, not split further.
_LEAF_DEPTH = 8


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


def split_sentence(text: str, base: int = 0) -> list[Clause]:
    """Every statement of one sentence, in reading order.

    ``base`` is the sentence's offset in its document; the clauses' offsets include it.
    """
    if not text or len(text) > 20000 or text.rstrip().endswith("?"):
        return []  # a question asserts nothing
    toks = tokenize(text, base)
    toks = toks[dateline_end(toks):]  # "LONDON, March 3 (AP) — ": where and when, filed
    lex = clause_words()
    out: list[Clause] = []
    context: list[tuple[int, int]] = []
    bracketed = any(mark in text for mark in BRACKETS)
    top = [t for t in toks if t.depth == 0 and t.text not in CLOSERS] if bracketed else toks
    # whole clauses in parentheses are statements of their own; other asides are context
    i = 0
    while bracketed and i < len(toks):
        if toks[i].depth > 0:
            j = i
            while j < len(toks) and (toks[j].depth > 0 or toks[j].text in CLOSERS):
                if toks[j].depth == 0 and toks[j].text in CLOSERS:
                    break
                j += 1
            inner = [t for t in toks[i + 1 : j]
                     if t.depth == toks[i].depth and t.text not in CLOSERS]
            context.append((toks[i].start, toks[min(j, len(toks) - 1)].end))
            for clause in _parse_part(inner, lex, None):
                clause.role = "parenthetical"
                out.append(clause)
            i = j + 1
        else:
            i += 1
    for part in split_on(top, ";") if ";" in text else (top,):
        out.extend(_parse_part(part, lex, None, context=context))
    for clause in out:  # names as the text spells them, spaces and marks included
        if clause.subject_span:
            clause.subject = text[clause.subject_span[0] - base:clause.subject_span[1] - base]
        if clause.attribution_span:
            s, e = clause.attribution_span
            clause.attribution = text[s - base:e - base]
    out.sort(key=lambda c: (c.start, c.end))
    return out


# -- one part of a sentence --------------------------------------------------------------


def _parse_part(
    toks: list[Token],
    lex: ClauseWords,
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
    toks, said = strip_trailing_source(toks, lex)
    if said is not None and attribution is None:
        attribution = said
    toks, said = strip_leading_source(toks)
    if said is not None and attribution is None:
        attribution = said
    if not toks or (shared is None and inverted(toks)):
        return []
    segs = segments(toks)
    found = (0, 0, None, None) if lead_verb else find_main(toks, segs, lex, shared is not None)
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
        subject_toks = subject_of(toks[s0:s1], lex)
    else:
        subject_toks = subject_of(toks[core_start:verb_at], lex)
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
    frame = frame_of(toks, subject, subject_toks, verb_at, group, lex)
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
    split_at, next_shared, next_kind = next_clause(toks, group_end, lex)
    end_tok = split_at if split_at is not None else len(toks)
    body = toks[:end_tok]
    # context after the verb: participial, relative and subordinate stretches; a
    # subordinate clause with a figure or a date is a statement of its own
    tail_ctx, pieces = tail_context(body, group_end, lex)
    tail_statements: list[Clause] = []
    for piece in pieces:
        for sub in _parse_part(piece, lex, None, depth=_LEAF_DEPTH):
            sub.role = "subordinate"
            tail_statements.append(sub)
    ctx.extend(tail_ctx)
    covered = covered_by(body, ctx)
    object_toks = [t for t in body[group_end:] if t.start not in covered]
    words = content_of(object_toks)
    predicate = group.lemma
    consumed = 0
    if group.copula:
        copular = copular_predicate(object_toks, lex)
        if copular is not None:
            predicate, consumed = copular
            words = content_of(object_toks[consumed:])
    if subject[0].lower() == "there" and object_toks:
        np = noun_phrase(object_toks)
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
    if subject_toks and denies_subject(subject_toks, lex):
        negative, neg_cue = not negative, subject_toks[0].text
    elif denies_object(object_toks[consumed:]):  # "signed nothing"
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
        clause.negation_focus = negation_focus(body[group_end:], group.copula)
    if object_toks and object_toks[0].lower in ("for", "against") and not group.copula:
        clause.particle = object_toks[0].lower  # "voted against" is not "voted for"
    out = [clause, *tail_statements]
    if split_at is not None:
        rest = toks[split_at:]
        without = next_kind == "without"
        # "He claimed that P, but the courts rejected it": "but" and a new subject
        # return to the document's own voice
        voice = attribution if next_shared or next_kind not in CONTRASTS else None
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
