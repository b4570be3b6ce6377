"""What a figure is about: "the KPA numbered 110,000" is about the KPA.

Two figures only disagree if they are about the same thing, so each claim carries the
noun phrase it counts or measures, read from the words before its verb ("numbered",
"was put at", "the strength of ... was"), and a normalised key for matching
(``subject_key``). For a ratio the subject is what it compares ("1:2 in tanks").
"""

from __future__ import annotations

import functools
import re

from claimcheck.plugin import Quantity, table

from .nouns import STOP
from .qualifiers import strip_left_qualifier

__all__ = ["LEAD_RE", "ratio_subject", "subject_key", "subject_of"]

_TABLE = table("quantities", package="claimcheck.builtin.quantities")

_NP_STOP_RE = re.compile(
    r"(?:[,;:()\[\]\"“”]|\b(?:that|which|whom|who|whose|when|while|whereas|where|because|"
    r"although|though|if|and then|but|according to)\b)",
    re.IGNORECASE,
)
_OF_NOUNS = (r"number|strength|size|total|count|tally|toll|population|numbers|force|forces|"
             r"total strength|troop strength|casualties|losses")
_SUBJECT_OF_RE = re.compile(
    r"\b(?:" + _OF_NOUNS + r")[ \t]+of[ \t]+(?P<np>[^,;:()]{1,80}?)"
    r"[ \t]+(?:had[ \t]+|has[ \t]+|have[ \t]+)?(?:was|were|is|are|stood|reached|amounted|"
    r"came|totall?ed|rose|fell|grew|increased|decreased|numbered|exceeded)\b[^,;]{0,30}$",
    re.IGNORECASE,
)
_VERB_TAIL = (
    r"(?:numbered|numbers|number|totall?ed|totals?|fielded|fields|deployed|mustered|"
    r"comprised|counted|lost|suffered|sent|had|has|have|employed|reached|reported|posted|"
    r"recorded|earned|made|spent|raised|rose|fell|grew|increased|decreased|declined|"
    r"climbed|dropped|jumped|was|were|is|are|stood|amounted|came|was brought|were brought|"
    r"was put|was estimated|were estimated)(?:[ \t]+(?:to|at|by|of|in|about|only|some))*"
    r"[ \t]*$")
_SUBJECT_VERB_RE = re.compile(
    r"(?P<np>[^,;:()]{1,100}?)[ \t]+(?:had[ \t]+|has[ \t]+|have[ \t]+|is[ \t]+|was[ \t]+)?"
    + _VERB_TAIL,
    re.IGNORECASE,
)
#: what _SUBJECT_VERB_RE cannot match without, tried first: the subject's lazy search tries
#: a hundred ends at every start, which a prefix that ends in no verb pays for nothing
_VERB_TAIL_RE = re.compile(r"[ \t]" + _VERB_TAIL, re.IGNORECASE)
_PUT_VERBS = (r"put|putting|puts|estimated|estimating|estimates|placed|places|credited|"
              r"crediting|credits|gave|gives")
_SUBJECT_PUT_RE = re.compile(
    r"\b(?:" + _PUT_VERBS + r")[ \t]+(?P<np>[^,;:]{1,80}?)[ \t]+(?:at|with|as)[ \t]*$",
    re.IGNORECASE,
)
#: what _SUBJECT_OF_RE and _SUBJECT_PUT_RE cannot match without, looked for in the lowered
#: text (ASCII: there lower case is what the case-blind match reads): a literal word
#: first, so the engine skips to the places it may start, where the patterns try their
#: \b and words at every character
_KEYS = {
    _SUBJECT_OF_RE: re.compile(r"(?:" + _OF_NOUNS + r")[ \t]+of[ \t]"),
    _SUBJECT_PUT_RE: re.compile(r"(?:" + _PUT_VERBS + r")[ \t]"),
}

#: leading prepositional phrases: "by June 25 the KPA" -> "the KPA"
LEAD_RE = re.compile(
    r"^(?:(?:by|in|on|at|from|since|until|during|after|before|of|for|to|with)[ \t]+"
    r"[^ \t]+(?:[ \t]+\d[\d,]*)?(?:,?[ \t]+\d{4})?[ \t]+)+",
    re.IGNORECASE,
)
_ARTICLE_RE = re.compile(r"\b(?:the|a|an)\b[ \t]*", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"['’]s\b|s['’](?=\s|$)")


@functools.lru_cache(maxsize=4096)  # a function of one short string: one call per figure
def subject_key(subject: str | None) -> str | None:
    """Lower case, no articles, no possessives, no parentheses: a key for matching."""
    if not subject:
        return None
    s = re.sub(r"\([^)]*\)", " ", subject)
    s = _POSSESSIVE_RE.sub(lambda m: "s" if m.group().startswith("s") else "", s)
    s = _ARTICLE_RE.sub("", s)
    s = re.sub(r"[^\w\s.-]", " ", s.lower())
    s = " ".join(s.split()).strip(" .-")
    return s or None


_NUMBER_OF_RE = re.compile(
    r"^(?:the[ \t]+)?(?:total[ \t]+)?(?:number|strength|size|count|tally)[ \t]+of[ \t]+",
    re.IGNORECASE,
)
_NP_CUT = frozenset(_TABLE["subjects"]["cut"])
_DETERMINER_RE = re.compile(r"\b(?:the|its|their|his|her|our|this|these|those)\b", re.IGNORECASE)
_LETTER_RE = re.compile(r"[A-Za-z]")
_PRONOUNS = frozenset(_TABLE["subjects"]["pronouns"])


def _clean_np(np_text: str, head_first: bool = False) -> str | None:
    """The noun phrase a figure is about, out of the words before its verb.

    ``head_first``: the phrase starts the match ("put the number of X who served ... at"),
    so cut at the first clause word; otherwise it ends it ("..., according to which by
    June 25 the KPA numbered"), so keep what follows the last one.
    """
    np_text = _NUMBER_OF_RE.sub("", np_text.strip())
    parts = _NP_STOP_RE.split(np_text)
    tail = (parts[0] if head_first else parts[-1]).strip() if parts else np_text.strip()
    tail = LEAD_RE.sub("", tail).strip()
    # from the first determiner on: "by June 25 the KPA" -> "the KPA"
    m = _DETERMINER_RE.search(tail)
    if m:
        tail = tail[m.start():]
    tail = tail.strip(" \t,.")
    words = tail.split()
    if len(words) > 6:
        # "Their losses for the first year of the war alone" -> "Their losses"
        for k, w in enumerate(words[1:], 1):
            if w.lower() in _NP_CUT:
                tail = " ".join(words[:k])
                break
    if not tail or len(tail.split()) > 10 or not _LETTER_RE.search(tail):
        return None
    if tail.lower() in STOP or tail.lower() in _PRONOUNS:
        return None
    return tail


#: a label that starts its line or sentence and stands for the figure after it, set off by
#: a colon, a spaced dash or nothing at all: "Strength: 30,000", "UNITED FORCES - 20,000",
#: "Turnout61.3%" (a table's cells run together)
_LABEL_RE = re.compile(
    r"^[ \t]*(?P<l>[A-Z][\w'’&.]*(?:[ \t]+[\w'’&.]+){0,5}?)"
    r"(?:[ \t]*[:=][ \t]*|[ \t]+[-\u2013\u2014][ \t]+|[ \t]*[\u2013\u2014][ \t]*|(?<=[a-z]))$"
)


def _label(prefix: str) -> str | None:
    """The label a figure stands under; None if the words read as a clause, not a label."""
    line = prefix[prefix.rfind("\n") + 1:]
    m = _LABEL_RE.match(line)
    if not m:
        return None
    words = m.group("l").split()
    if any(w.lower() in STOP or any(map(str.isdigit, w)) for w in words):
        return None  # "In June:", "The army had": a clause, not a label
    return m.group("l")


#: subjects already read, by everything ``subject_of`` reads: the last 200 characters
#: before the figure, its dimension and its unit. A text of figures repeats a few
#: prefixes thousands of times ("1 1 1 ...", "$1 $1 ..."); bounded (cleared when full).
_SUBJECTS: dict[tuple[str, str | None, str | None], str | None] = {}
MEMO_SUBJECTS = 4096


def subject_of(prefix: str, q: Quantity) -> str | None:
    """The subject of ``q`` from the text before it (``prefix``), else the noun it counts."""
    prefix = prefix[-200:]
    key = (prefix, q.dimension, q.unit)
    if key in _SUBJECTS:
        return _SUBJECTS[key]
    if len(_SUBJECTS) >= MEMO_SUBJECTS:
        _SUBJECTS.clear()
    found = _SUBJECTS[key] = _subject_of(prefix, q)
    return found


#: the characters none of a pattern's matches can hold (each ends at the end of the text):
#: its search starts after the last of them, not at every character before it
_BARRED = {_SUBJECT_OF_RE: ",;", _SUBJECT_PUT_RE: ",;:", _SUBJECT_VERB_RE: ",;:()"}


def _after_last(text: str, chars: str) -> int:
    """Where the text after the last of ``chars`` starts (0 when none is in it)."""
    return max(text.rfind(c) for c in chars) + 1


def _subject_of(prefix: str, q: Quantity) -> str | None:
    stripped = strip_left_qualifier(prefix)
    low = stripped.lower() if stripped.isascii() else None
    for rx in (_SUBJECT_OF_RE, _SUBJECT_PUT_RE, _SUBJECT_VERB_RE):
        pos = _after_last(stripped, _BARRED[rx])
        if rx is _SUBJECT_VERB_RE:
            if not _VERB_TAIL_RE.search(stripped, pos):
                continue
        elif low is not None and not _KEYS[rx].search(low, pos):
            continue
        m = rx.search(stripped, pos)
        if m:
            np_text = _clean_np(m.group("np"), head_first=rx is not _SUBJECT_VERB_RE)
            if np_text:
                return np_text
    if q.dimension == "count" and q.unit:
        return q.unit
    return _label(stripped)


# -- what a ratio compares ----------------------------------------------------------------

_RATIO_SUBJECT_RIGHT_RE = re.compile(
    r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:number[ \t]+of[ \t]+)?(?P<np>[a-z][\w -]{0,40}?)"
    r"(?=[,;.]|[ \t]+and\b|$)"
)
_RATIO_SUBJECT_LEFT_RE = re.compile(
    r"(?:^|[;:,][ \t]*)(?:(?:in[ \t]+)?(?:the[ \t]+)?(?:number[ \t]+of[ \t]+))?"
    r"(?P<np>[A-Za-z][\w -]{0,40}?)[ \t]*,?[ \t]*$"
)
_RATIO_SUBJECT_MORE_RE = re.compile(
    r"[ \t]+and[ \t]+in[ \t]+(?:the[ \t]+)?(?P<np>[a-z][\w -]{0,40}?)(?=[,;.]|[ \t]+and\b|$)"
)


def ratio_subject(text: str, q: Quantity, prefix: str) -> str | None:
    """What a ratio compares: "in number of troops 1:2", "six to one in tanks"."""
    m = _RATIO_SUBJECT_RIGHT_RE.match(text, q.end, min(len(text), q.end + 60))
    if m:
        found = m.group("np").strip()
        # "two to one in troops and in guns": one ratio stated for two things
        more = _RATIO_SUBJECT_MORE_RE.match(text, m.end(), min(len(text), m.end() + 60))
        return f"{found} and {more.group('np').strip()}" if more else found
    m = _RATIO_SUBJECT_LEFT_RE.search(prefix[-60:])
    if m and m.group("np").split()[-1].lower() not in STOP:
        return m.group("np").strip()
    return None
