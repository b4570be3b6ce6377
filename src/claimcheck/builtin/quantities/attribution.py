"""Who says so: "according to U.S. intelligence", "Appleman estimated", "the report put".

A figure stated as someone's estimate is that source's claim, and two sources may
disagree without either text being wrong; the report names them. Attribution phrases
are found once per sentence, and each figure takes the best-ranked phrase before it.
"""

from __future__ import annotations

import re

from claimcheck.plugin import table

from .subjects import LEAD_RE

__all__ = ["attribution", "attribution_candidates"]

_NOT_SOURCES = frozenset(
    table("quantities", package="claimcheck.builtin.quantities")["attribution"]["not_sources"]
)

_ATTRIB_PATTERNS = [
    re.compile(r"\baccording[ \t]+to[ \t]+(?P<who>(?:[^,;:.]|\.(?=\S)|(?<=\b[A-Z])\.){2,80}?)"
               r"(?=[,;:]|$|[ \t]+(?:by|the|in|on|at)\b)", re.IGNORECASE),
    re.compile(r"(?P<who>[^,;:]{2,80}?),?[ \t]+according[ \t]+to[ \t]+(?:which|whom)\b",
               re.IGNORECASE),
    re.compile(
        r"(?<![\w.])(?P<who>(?:[A-Z]|[a-z]+[ \t]+[a-z])"
        r"(?:[^,;:.]|[,.](?=[ \t]*\d)|\.(?=\S)|(?<=\b[A-Z])\.){1,80}?)[ \t]+"
        r"(?:had[ \t]+|have[ \t]+|has[ \t]+)?"
        r"(?:later[ \t]+|also[ \t]+)?(?:said|says|say|estimated|estimates|expected|"
        r"expect|expects|reported|claimed|announced|announces|"
        r"stated|believed|believe|believes|put|puts|credited|credits|judged|judges|"
        r"calculated|reckoned|argued|argues|insisted|insists|asserted|asserts|told|wrote|"
        r"writes|found|finds|concluded|counted|forecast|forecasts|projected|predicted)\b",
    ),
    re.compile(r"(?P<who>[^,;:]{2,80}?),?[ \t]+(?:claiming|saying|reporting|asserting|"
               r"estimating|arguing)[ \t]+that\b", re.IGNORECASE),
]
_ATTRIB_TRIM_RE = re.compile(r"^(?:.*\b(?:that|which|and|but|while|when|as)\b[ \t]+)?",
                             re.IGNORECASE)
_RELATIVE_RE = re.compile(r"\b(?:which|that|who|whom)\b", re.IGNORECASE)
#: ", which the official history judged more accurate," between a source and its verb
_RELATIVE_CLAUSE_RE = re.compile(r",[ \t]+(?:which|who|whom|whose)\b[^,;:]{1,80},")
#: "A State Department report sent from Seoul on May 11, 1950": the source is the head
_SOURCE_TAIL_RE = re.compile(
    r"[ \t]+(?:sent|dated|received|compiled|from|in|on)"
    r"\b.*$", re.IGNORECASE)


def attribution_candidates(sentence: str) -> list[tuple[int, int, str]]:
    """(priority, end offset, who) for every attribution phrase in a sentence, found once.

    "according to" outranks a reporting verb: in "This figure is higher than the estimates
    of U.S. intelligence, according to which ..." the source is U.S. intelligence.
    """
    found: list[tuple[int, int, str]] = []
    # blank out ", which the official history judged more accurate," (same length, so
    # offsets hold) so that "Later reports ... put" reads as the source and its verb
    sentence = _RELATIVE_CLAUSE_RE.sub(lambda m: " " * len(m.group()), sentence)
    for priority, rx in enumerate(_ATTRIB_PATTERNS):
        for m in rx.finditer(sentence):
            raw = m.group("who")
            clause = sentence[max(0, m.start() - 80):m.start()]
            clause = re.split(r"[,;:]", clause)[-1]
            if priority >= 2 and (_RELATIVE_RE.search(raw) or _RELATIVE_RE.search(clause)):
                continue  # "which the official history judged": not the source of the figure
            who = _ATTRIB_TRIM_RE.sub("", raw).strip(" \t,.")
            who = LEAD_RE.sub("", who).strip()
            who = _SOURCE_TAIL_RE.sub("", who).strip(" \t,")
            if rx is _ATTRIB_PATTERNS[1]:
                who = re.split(r"\b(?:of|than)\b", who)[-1].strip()
            if not who or len(who.split()) > 8:
                continue
            if who.lower() in _NOT_SOURCES:
                continue
            found.append((0 if priority < 2 else 1, m.end(), who))
    return found


def attribution(candidates: list[tuple[int, int, str]], pos: int) -> str | None:
    """The attribution in force at ``pos``: the best-ranked, then the latest, before it."""
    best: tuple[int, int, str] | None = None
    for cand in candidates:
        if cand[1] > pos:
            continue
        if best is None or (cand[0], -cand[1]) < (best[0], -best[1]):
            best = cand
    return best[2] if best else None
