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

from .units import alternation

__all__ = ["RANK", "ordinal_text", "rank_quantities"]

_TABLE = table("quantities", package="claimcheck.builtin.quantities")["ranks"]
_ORDINALS: dict[str, int] = _TABLE["ordinals"]
_SUPERLATIVES = frozenset(_TABLE["superlatives"])
_ADVERBS = frozenset(_TABLE["superlative_adverbs"])
#: An ordinal in digits ("8th-", "2nd "): at a digit, cheap to look for.
_DIGIT_ORDINAL_RE = re.compile(r"\d(?:st|nd|rd|th)[- ]", re.IGNORECASE)
#: Any ordinal word, as one tree of letters (in the lowered text, where they are looked for).
_ANY_ORDINAL_RE = re.compile(alternation(_ORDINALS, ignore_case=False))
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

_MORE = table("ranks", package="claimcheck.builtin.quantities")
#: superlative -> (the one its group writes units with, the things it orders that way;
#: empty: any)
_SAME_ORDER: dict[str, tuple[str, frozenset[str]]] = {
    sup: (group["superlatives"][0], frozenset(group["things"]))
    for group in _MORE["same_order"] for sup in group["superlatives"]}
_RECORD_RE = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(w) for w in sorted(_MORE["record_words"], key=len, reverse=True))
    + r")(?![\w-])")
_COPULA_RE = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(_MORE["copulas"], key=len,
                                                           reverse=True))
    + r")[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_NOT_RANKED = frozenset(_MORE["not_ranked"])
_SCOPE_OPENS = frozenset(_MORE["scope_opens"])
_THING_STOPS = _SCOPE_OPENS | frozenset(_TABLE["scope_ends"])
#: What is placed, after a bare ordinal: up to ``thing_words`` words, then the scope
#: (words that may open with a digit: "of the 2005 season"), up to a mark or a clause word.
_THING_RE = re.compile(r"(?:[ \t]+[A-Za-z0-9][\w'’-]*){1," + str(int(_MORE["thing_words"]) + 1)
                       + "}")
_BARE_SCOPE_RE = re.compile(
    r"(?:[ \t]+(?!(?:" + "|".join(_TABLE["scope_ends"]) + r")\b)[A-Za-z0-9][\w'’-]*)"
    r"{0," + str(int(_TABLE["scope_words"])) + r"}")
#: Between two places of one list: "fourth hurricane, third major hurricane, and first".
_LIST_GAP_RE = re.compile(r"[ \t]*,?[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?")


def rank_quantities(text: str) -> list[Quantity]:
    """Every rank in ``text``, in order: the ordinal through the superlative.

    The ordinal words are found by substring search in the lowered text and the digit
    ordinals by a pattern that starts at a digit: a case-blind alternation of words tried
    at every position cost a third of a second a megabyte."""
    lowered = text.lower()
    starts: dict[int, tuple[int, float]] = {}  # ordinal start -> (its end, its value)
    # one scan for any ordinal word before a search for each (most texts hold none)
    for word, value in _ORDINALS.items() if _ANY_ORDINAL_RE.search(lowered) else ():
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
    bare: list[_Bare] = []
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
                found = _bare(text, start, after, value)
                if found is not None:
                    bare.append(found)
                continue
            unit, end = adverb, s.start() + len(adverb)  # "fifth busiest bridge"
        elif adjective in _SUPERLATIVES or (adjective in _ADVERBS and tail):
            unit, end = f"{adjective}{tail}", s.end()  # ("second most-watched")
        else:
            found = _bare(text, start, after, value)
            if found is not None:
                bare.append(found)
            continue
        scope = _SCOPE_RE.match(text, end)
        words = [w.lower() for w in _WORD_RE.findall(scope.group())] if scope else []
        words = [w for w in words if w not in _ARTICLES]
        out.append(Quantity(start, end, text[start:end], value, value,
                            _order(unit, words), precision=1.0, dimension=RANK))
    if bare:
        out = sorted(out + _bare_ranks(text, bare), key=lambda q: q.start)
    return out


def _order(superlative: str, words: list[str]) -> str:
    """A rank's unit: its superlative, written as its group of one order writes it
    ("most powerful earthquake" -> "largest earthquake"), and what it ranks, without
    words that only say the order is the one on record."""
    same = _SAME_ORDER.get(superlative)
    if same is not None and (not same[1] or (words and words[0] in same[1])):
        superlative = same[0]
    return _unit([superlative, *words])


def _unit(words: list[str]) -> str:
    return " ".join(_RECORD_RE.sub(" ", " ".join(words)).split())


class _Bare:
    """A bare ordinal and the thing it places ("fourth hurricane"), before its list and
    scope are known."""

    __slots__ = ("end", "said", "scope", "start", "thing", "value")

    def __init__(self, start: int, end: int, value: float, thing: list[str],
                 scope: list[str], said: bool) -> None:
        self.start, self.end, self.value = start, end, value
        self.thing, self.scope, self.said = thing, scope, said


def _bare(text: str, start: int, after: int, value: float) -> _Bare | None:
    """An ordinal with no superlative and the thing after it ("the fifth hurricane of
    the season"), or None. ``said``: a copula stands right before it ("was the fifth")."""
    if not text[start].islower() and not text[start].isdigit():
        return None  # "the Second World War", "Third Reich": names
    m = _THING_RE.match(text, after - 1)
    if m is None:
        return None
    thing: list[str] = []
    end = after
    for w in _WORD_RE.finditer(m.group()):
        word = w.group()
        if word.lower() in _THING_STOPS or len(thing) == int(_MORE["thing_words"]):
            break
        thing.append(word)
        end = m.start() + w.end()
    if not thing or thing[0][0].isdigit() or thing[-1].lower() in _NOT_RANKED \
            or thing[0].lower() in _NOT_RANKED:
        return None
    scope: list[str] = []
    opens = re.match(r"[ \t]+(\w+)", text[end:end + 20])
    if opens and opens.group(1).lower() in _SCOPE_OPENS:
        found = _BARE_SCOPE_RE.match(text, end)
        scope = [w.lower() for w in _WORD_RE.findall(found.group())] if found else []
        scope = [w for w in scope if w not in _ARTICLES]
    said = _COPULA_RE.search(text, max(0, start - 24), start) is not None
    return _Bare(start, end, value, [w.lower() for w in thing], scope, said)


def _bare_ranks(text: str, bare: list[_Bare]) -> list[Quantity]:
    """The places said of a subject, each with its scope: a list's items ("the eleventh
    named storm, fourth hurricane, and first major hurricane of the season") share the
    copula its first follows and the scope its last gives."""
    joined = [i + 1 < len(bare) and _LIST_GAP_RE.fullmatch(text, b.end, bare[i + 1].start)
              is not None and not b.scope for i, b in enumerate(bare)]
    for i in range(1, len(bare)):
        if joined[i - 1] and bare[i - 1].said:
            bare[i].said = True
    for i in range(len(bare) - 2, -1, -1):
        if joined[i]:
            bare[i].scope = bare[i + 1].scope
    return [Quantity(b.start, b.end, text[b.start:b.end], b.value, b.value,
                     _unit([*b.thing, *b.scope]), precision=1.0, dimension=RANK)
            for b in bare if b.said and b.scope]


def ordinal_text(value: float) -> str:
    """3 -> "3rd", 11 -> "11th", 22 -> "22nd": a rank's place as a report writes it."""
    n = int(value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
