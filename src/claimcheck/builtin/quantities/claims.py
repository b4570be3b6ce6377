"""Figures as claims: one quantity or ratio claim per figure, sentence by sentence.

Each figure found in a sentence outside boilerplate and citations becomes a ``Claim``
with its subject (``subjects``), its source (``attribution``) and, for the parts of a
stated total ("700,000 men, including 380,000 ..."), a link to that total.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from claimcheck.plugin import Claim, Quantity, copier, maker, table

from .atoms import lone_glued_row
from .attribution import Attributions, attribution_candidates
from .change import change_roles
from .find import find_quantities
from .qualifiers import BOUND_QUALIFIERS
from .scores import score_subject
from .subjects import ratio_subject, subject_key, subject_of

__all__ = ["extract_claims"]

_PART_LEFT_RE = re.compile(
    r"\b(?:including|includ(?:ed|es)|of (?:whom|which|them)|among (?:them|whom|which)|"
    r"comprising|consisting of|made up of|among them|namely)\b[^.;]*$"
    # "266 men lost their lives in the disaster: 260 died in the explosion, ..."
    r"|:[ \t]*$",
    re.IGNORECASE,
)
#: "Deaths 33 (27 passengers, 5 crew, 1 salvage member)", "33 dead (27 passengers, ...)":
#: counts in a bracket opened right after a count (or its noun) are its parts (a
#: conversion, "35,797 ft (10,911 m)", has units)
_BRACKET_PART_RE = re.compile(r"^[ \t]*(?:[A-Za-z]+[ \t]+){0,2}\([^()]*$")
#: how far past a part its bracket may close
_BRACKET_REACH = 200
#: such a bracket opens with a count and lists more than one ("(27 passengers, 5 crew")
_BRACKET_OPENS_COUNT_RE = re.compile(r"\([ \t]*\d")
_BRACKET_LISTS_RE = re.compile(r"(?:[,;]|[ \t]and)[ \t]+\d")
#: a word (or the colon) that every match of _PART_LEFT_RE holds, or the bracket every
#: match of _BRACKET_PART_RE opens: a sentence with none has no part of a total, and its
#: figures skip _link_parts
_PART_WORD_RE = re.compile(r"includ|whom|which|them|comprising|consisting|made up|namely|:|[(]",
                           re.IGNORECASE)
_APPROXIMATELY = ("approximately",)
_WELL_BEYOND = ("well beyond",)
#: "well over 100,000", "far fewer than 50": a bound the writer says lies far from the count
_EMPHATIC_LEFT_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(
        table("quantities", package="claimcheck.builtin.quantities")["bounds"]["emphatic"],
        key=len, reverse=True)) + r")[ \t]+(?:[$€£¥]|US\$)?$",
    re.IGNORECASE,
)
#: each figure's Claim made at once, and its Quantity moved to the document's offsets
#: (``maker`` and ``copier`` set the slots straight: ``built`` and ``replaced`` cost twice
#: as much, paid for every figure)
_CLAIM = maker(Claim)
_MOVED = copier(Quantity, ("start", "end", "direction"))
_MAX_PER_SENTENCE = 200  # a table flattened into one "sentence" has no attributions
#: How many sentences' figures a document's memo holds before it starts again.
_MEMO_SENTENCES = 4096
#: characters read between the figures of a run of parts (tests/test_hostile.py holds it
#: linear in the text)
WORK: Counter[str] = Counter()


def extract_claims(document: Any, segments: Any, config: Any) -> list[Claim]:
    """Quantity and ratio claims, sentence by sentence, outside boilerplate and citations."""
    text = document.text
    doc_id = document.id
    claims: list[Claim] = []
    # the figures of a sentence are read from its text alone: a sentence met before in
    # this document (a table's rows, a copied paragraph, a unit repeated) is not read again
    # (its Quantity records are frozen, and nothing below changes the list)
    read: dict[str, list[Quantity]] = {}
    for sentence in segments.sentences:
        passage = segments.passages[sentence.passage]
        if passage.kind in ("boilerplate", "citation"):
            continue
        s0 = sentence.start
        s_text = text[s0:sentence.end]
        found = read.get(s_text)
        if found is None:
            if len(read) >= _MEMO_SENTENCES:
                read.clear()
            found = read[s_text] = find_quantities(s_text)
        if not found:
            continue
        attributions = Attributions(attribution_candidates(s_text)
                                    if len(found) <= _MAX_PER_SENTENCE else [])
        sentence_claims: list[Claim] = []
        previous_end = s0
        # what every figure of the sentence shares (one tuple for its span)
        span = (s0, sentence.end)
        passage_kind = passage.kind
        changes = change_roles(s_text, found)
        for q, change in zip(found, changes, strict=True):
            if lone_glued_row(text, q.start + s0, q.end + s0):
                continue  # "Windows10" alone on its line: a name
            # one reading of the change (the claim's), at the document's offsets
            start = q.start + s0
            direction = change["direction"] if change is not None else None
            if s0 or q.direction != direction:  # (a text's first sentence: where it was)
                q = _MOVED(q, start, q.end + s0, direction)
            # the subject lies between the previous figure and this one: bounded work
            prefix = text[max(previous_end, start - 200):start]
            previous_end = q.end
            dimension = q.dimension
            subject = subject_of(prefix, q)
            if dimension == "score":
                subject = score_subject(q.sides, prefix)
            elif subject is None and dimension == "ratio":
                subject = ratio_subject(text, q, prefix)
            extra: dict[str, Any] = {}
            if q.sides:
                extra["sides"] = list(q.sides)
            if change is not None:
                extra["change"] = change
            qualifier = q.qualifier
            sentence_claims.append(
                _CLAIM(
                    id="",
                    doc=doc_id,
                    kind="ratio" if dimension == "ratio" else "quantity",
                    start=start,
                    end=q.end,
                    text=q.text,
                    sentence=span,
                    passage=passage_kind,
                    subject=subject,
                    subject_key=subject_key(subject),
                    value=q,
                    qualifier=qualifier,
                    attribution=attributions.at(start - s0),
                    hedges=_APPROXIMATELY if qualifier == "approximately" else (
                        _WELL_BEYOND if qualifier in BOUND_QUALIFIERS
                        and _EMPHATIC_LEFT_RE.search(text, max(0, start - 30), start)
                        else ()),
                    extra=extra,
                )
            )
        if len(sentence_claims) > 1 and _PART_WORD_RE.search(s_text):
            claims.extend(_link_parts(text, sentence_claims))
        else:
            claims.extend(sentence_claims)  # no part can point at a total here
    return claims




#: A claim with another ``extra`` (a part linked to its total, a total to its parts):
#: ``dataclasses.replace`` walked the claim's eighteen fields through ``__init__`` for
#: each part of a run, a tenth of a figure's time in a long list of parts.
_WITH_EXTRA = copier(Claim, ("extra",))


#: The most words between two parts of one list ("380,000 Chinese volunteers and
#: 280,000": three; "30 cities and counties, with estimates of the death toll ranging
#: from 26,000": ten, another phrase).
PART_GAP_WORDS = 6


def _short_gap(gap: str) -> bool:
    """Whether ``gap`` holds at most PART_GAP_WORDS words (read no further than that)."""
    return len(gap.split(None, PART_GAP_WORDS + 1)) <= PART_GAP_WORDS


def _link_parts(text: str, claims: list[Claim]) -> list[Claim]:
    """"700,000 ..., including 380,000 ... and 280,000 ...": parts point at their total.

    Linear in the figures: a run of parts is followed from part to part (what lies
    between two neighbours, and each part's own text), never reread from its total, so a
    list of thousands of figures after "including" or in one bracket costs what it holds.
    """
    out = list(claims)
    total_index: int | None = None
    run: str | None = None  # "list" after a part word, "bracket" inside a breakdown
    parts: list[list[int]] = []
    last_end = 0  # the end of the last figure read (the total, or its last part)

    def close_run() -> None:
        if total_index is not None and parts:
            total = out[total_index]
            out[total_index] = _WITH_EXTRA(total, {
                **total.extra, "parts": [*total.extra.get("parts", []), *parts]})

    for i, claim in enumerate(out):
        if total_index is not None and claim.kind == "quantity":
            total = out[total_index]
            gap = text[last_end:claim.start]
            WORK["between"] += len(gap)
            linked = False
            if run == "list":
                # (a long stretch between two parts is another phrase: "including around
                # 30 cities and counties, with estimates of the death toll ranging from
                # 26,000 to 240,000" lists no toll among the population's parts)
                linked = not _RUN_BREAK_RE.search(gap) and _same_dimension(total, claim) \
                    and _short_gap(gap)
            elif run == "bracket":
                linked = not _BRACKET_END_RE.search(gap) and _counted_part(total, claim)
            elif _PART_LEFT_RE.search(gap) and _same_dimension(total, claim):
                linked, run = True, "list"
            elif _BRACKET_PART_RE.match(gap) and _counted_part(total, claim) \
                    and _breakdown(text, total.end, claim.end):
                linked, run = True, "bracket"
            if linked:
                out[i] = _WITH_EXTRA(claim, {**claim.extra,
                                             "part_of": [total.start, total.end]})
                parts.append([claim.start, claim.end])
                last_end = claim.end
                if run == "list" and _RUN_BREAK_RE.search(claim.text):
                    run = None  # "1.5 million": the run's "[^.;]*$" ends at its point
                continue
        if claim.kind == "quantity":
            close_run()
            total_index, run, parts, last_end = i, None, [], claim.end
    close_run()
    return out


#: what ends a run of parts after a part word ("including ...": a full stop or a
#: semicolon, as _PART_LEFT_RE reads it) and a breakdown in brackets (a bracket)
_RUN_BREAK_RE = re.compile(r"[.;]")
_BRACKET_END_RE = re.compile(r"[()]")


def _breakdown(text: str, total_end: int, part_end: int) -> bool:
    """Whether the bracket after a total, which holds the part ending at ``part_end``,
    opens with a count and lists more than one ("(27 passengers, 5 crew, 1 salvage
    member)", "(32 passengers and crew, 1 salvage member)"): one figure in brackets is
    another reading of the total ("(250 according to the police)"), or another time's
    ("(up from 9,000 last year)"), not its part."""
    opening = text.find("(", total_end, part_end)
    # (bounded: a bracket never closed must not cost the rest of the text at each part)
    closing = text.find(")", part_end, part_end + _BRACKET_REACH)
    bracket = text[opening:closing if closing >= 0 else part_end + _BRACKET_REACH]
    return bool(_BRACKET_OPENS_COUNT_RE.match(bracket)
                and _BRACKET_LISTS_RE.search(bracket))


def _counted_part(total: Claim, part: Claim) -> bool:
    """Whether ``part`` may be a part of the count ``total``: two counts, the part smaller."""
    qa, qb = total.value, part.value
    return isinstance(qa, Quantity) and isinstance(qb, Quantity) \
        and qa.dimension in (None, "count") and qb.dimension in (None, "count") \
        and qb.high < qa.high


def _same_dimension(a: Claim, b: Claim) -> bool:
    qa, qb = a.value, b.value
    if not isinstance(qa, Quantity) or not isinstance(qb, Quantity):
        return False
    if qa.dimension in (None, "count") and qb.dimension in (None, "count"):
        return qb.high <= qa.high
    return qa.dimension == qb.dimension and qb.high <= qa.high
