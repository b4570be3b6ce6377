"""Ranks: a place in an order, stated with a superlative ("Minnesota's third-busiest
bridge", "the fifth busiest", "the 8th-largest decline", "the third most powerful").

Accounts often disagree on where a thing stands ("third-busiest" against "fifth
busiest"), and such a claim is as checkable as a count. A rank is a figure of dimension
"rank" whose unit is its superlative: two ranks by one superlative compare, two by
different ones ("most powerful", "largest") never do. Word lists in ``quantities.toml``
(``[ranks]``). Ordinal words are found by substring search and digit ordinals by a pattern
that starts at a digit; the superlative and what it ranks are read right after each.
"""

from __future__ import annotations

import re

from claimcheck.plugin import RANK, Quantity, table

__all__ = ["RANK", "ordinal_text", "rank_quantities"]

_TABLE = table("quantities", package="claimcheck.builtin.quantities")["ranks"]
_ORDINALS: dict[str, int] = _TABLE["ordinals"]
_SUPERLATIVES = frozenset(_TABLE["superlatives"])
_ADVERBS = frozenset(_TABLE["superlative_adverbs"])
#: An ordinal in digits ("8th-", "2nd "): at a digit, cheap to look for.
_DIGIT_ORDINAL_RE = re.compile(r"\d(?:st|nd|rd|th)[- ]", re.IGNORECASE)
#: What may not stand right before an ordinal ("twenty-first", "1,3rd", "v2nd").
_GLUED = frozenset("-.,_")
#: The superlative after an ordinal, with the rest of a compound it opens ("highest-paid",
#: "best-selling"): that compound is the order ("the fifth highest-paid executive" is no
#: place among the highest things).
_SUPERLATIVE_RE = re.compile(r"(?P<adv>[A-Za-z]+ )?(?P<adj>[A-Za-z]+)(?P<tail>(?:-[A-Za-z]+)*)\b")
#: What the order ranks, right after the superlative and up to the clause's next mark
#: or clause word ("deadliest cyclone of all time", "most intense Atlantic hurricane on
#: record at the time"): part of the rank's unit, so that the seventh deadliest cyclone
#: in one ocean and the eighth deadliest of all time are never compared. A rank with
#: nothing after it ("Minnesota's fifth busiest, carrying ...") meets only another such.
_SCOPE_RE = re.compile(
    r"(?:[ \t]+(?!(?:" + "|".join(_TABLE["scope_ends"]) + r")\b)[A-Za-z][\w'’-]*)"
    r"{0," + str(int(_TABLE["scope_words"])) + r"}")
_WORD_RE = re.compile(r"[\w'’-]+")
_ARTICLES = frozenset(_TABLE["scope_skipped"])


def rank_quantities(text: str) -> list[Quantity]:
    """Every rank in ``text``, in order: the ordinal through the superlative.

    The ordinal words are found by substring search in the lowered text and the digit
    ordinals by a pattern that starts at a digit: a case-blind alternation of words tried
    at every position cost a third of a second a megabyte."""
    lowered = text.lower()
    starts: dict[int, tuple[int, float]] = {}  # ordinal start -> (its end, its value)
    for word, value in _ORDINALS.items():
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if end < len(text) and text[end] in "- " and not (
                    at and (text[at - 1].isalnum() or text[at - 1] in _GLUED)):
                starts[at] = (end + 1, float(value))
            at = lowered.find(word, end)
    for m in _DIGIT_ORDINAL_RE.finditer(text):
        first = m.start()
        while first > m.start() - 3 and first > 0 and text[first - 1].isdigit():
            first -= 1
        if first and (text[first - 1].isalnum() or text[first - 1] in _GLUED):
            continue
        starts[first] = (m.end(), float(text[first:m.start() + 1]))
    out: list[Quantity] = []
    for start in sorted(starts):
        after, value = starts[start]
        if value < 1:
            continue
        s = _SUPERLATIVE_RE.match(text, after)
        if s is None:
            continue
        adverb = (s.group("adv") or "").strip().lower()
        adjective = s.group("adj").lower()
        tail = s.group("tail").lower()
        if adverb in _ADVERBS:
            unit, end = f"{adverb} {adjective}{tail}", s.end()
        elif adverb:
            if adverb not in _SUPERLATIVES:
                continue
            unit, end = adverb, s.start() + len(adverb)  # "fifth busiest bridge"
        elif adjective in _SUPERLATIVES or (adjective in _ADVERBS and tail):
            unit, end = f"{adjective}{tail}", s.end()  # ("second most-watched")
        else:
            continue
        scope = _SCOPE_RE.match(text, end)
        words = [w.lower() for w in _WORD_RE.findall(scope.group())] if scope else []
        words = [w for w in words if w not in _ARTICLES]
        if words:
            unit = f"{unit} {' '.join(words)}"
        out.append(Quantity(start, end, text[start:end], value, value, unit,
                            precision=1.0, dimension=RANK))
    return out


def ordinal_text(value: float) -> str:
    """3 -> "3rd", 11 -> "11th", 22 -> "22nd": a rank's place as a report writes it."""
    n = int(value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
