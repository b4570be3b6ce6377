"""What a figure of change is: the amount changed, the new level or the earlier one.

"Revenue rose 5 % to $3.1 billion" states two figures of one change: 5 % is the amount
of change, $3.1 billion the level reached. "Up from 40" states the earlier level, and
"went from $12 million to $19 million" the earlier and the later level. A comparator
that set the 5 % of one report against the 5 % level of another would report agreement
where there is none, so every figure of change says which of the three it is, and
which way the change went (``ClaimExtra["change"]``).

Everything is read from the words right before a figure (the verb of change and the
preposition after it: "rose by", "rose to", "up from") and, for the second figure of a
change, from the figure before it in the same sentence: a bounded window per figure.
"""

from __future__ import annotations

import re
from typing import Any

from claimcheck.plugin import Quantity, table

from .context import (
    CHANGE_WORDS,
    DIRECTION_RIGHT_RE,
    DOWN_WORDS,
    FILLER,
    UP_WORDS,
    WINDOW,
    left_of,
)
from .qualifiers import QUALIFIERS

_PARTICLE_VERBS = frozenset(
    table("quantities", package="claimcheck.builtin.quantities")["change"]["particle_verbs"]
)

__all__ = ["change_of", "change_roles"]

#: what may stand between the first and the second figure of one change: "5 % to",
#: "$12 million to about": "to" and the second figure's own hedge, nothing else
_THEN_RE = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]+(?P<w>to|from)[ \t\u00a0]+(?P<q>[^\d\n.;,]{0,30})",
    re.IGNORECASE,
)


#: words before a noun of change ("an increase of"): an article or a determiner, which
#: "rose of" never has
_NOUN_OPENERS = frozenset(
    table("quantities", package="claimcheck.builtin.quantities")["change"]["noun_openers"])
#: between a change's amount and the same amount in other terms: ", or", " or"
_OR_RE = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]+or[ \t\u00a0]+")


#: A capitalised word of change glued to the figure after it ("Increase193", "Decrease10").
_GLUED_RE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+)$")
#: How far back the glued word is looked for (characters).
GLUED_REACH = 12


def _verb_direction(word: str) -> str | None:
    if word in UP_WORDS:
        return "up"
    if word in DOWN_WORDS:
        return "down"
    return None


def change_of(text: str, q: Quantity) -> dict[str, Any] | None:
    """The change ``q`` is a figure of, from the words before and after it, or None.

    ``{"role": "amount" | "level" | "earlier", "direction": "up" | "down" | None}``.
    """
    left = left_of(text[max(0, q.start - WINDOW):q.start])
    # (a glued word ends in a small letter right before the figure, or before a line's
    # end there, as "$" reads it: looked for only then)
    before = text[q.start - 1:q.start] if q.start else ""
    glued = _GLUED_RE.search(text, max(0, q.start - GLUED_REACH), q.start) \
        if before.islower() or before == "\n" else None
    if glued is not None and (direction := _verb_direction(glued.group(1).lower())):
        # "Seat change Increase193": an infobox's arrow, its alt text glued to the figure
        return {"role": "amount", "direction": direction}
    if not left.adjacent:
        words: list[str] = []
    else:
        _, skip = left.qualifier()  # "rose by about 5 %", "up to 500": the hedge is the figure's
        words = left.words(skip)
    popped: set[str] = set()
    for _ in range(3):
        if words and words[-1] in FILLER:
            popped.add(words.pop())
    if len(words) >= 2 and words[-1] == "from" and not popped and words[-2] in CHANGE_WORDS:
        return {"role": "earlier", "direction": _verb_direction(words[-2])}
    if len(words) >= 2 and words[-1] in ("up", "down") and words[-2] in _PARTICLE_VERBS:
        return None  # "shot down 3 planes", "set up 40 clinics": a particle, no change
    if len(words) >= 2 and words[-1] == "of" and not popped and _verb_direction(words[-2]) \
            and (len(words) < 3 or words[-3] in _NOUN_OPENERS):
        # "an increase of 7.4 percent", "a decline of 5 %": the noun of change
        return {"role": "amount", "direction": _verb_direction(words[-2])}
    # "decreased at an annual rate of 3.8 percent", "grew at a rate of 5 percent": the
    # amount of change, told as a rate over the period ("at", "a(n)", perhaps an
    # adjective, "rate", "of", right after a verb of change)
    at = next((k for k in (len(words) - 5, len(words) - 4)
               if k > 0 and words[k] == "at" and words[k - 1] in CHANGE_WORDS), None)
    if at is not None and words[-1] == "of" and words[-2] == "rate" and not popped:
        return {"role": "amount", "direction": _verb_direction(words[at - 1])}
    if words and words[-1] in CHANGE_WORDS:
        direction = _verb_direction(words[-1])
        if "to" in popped:
            return {"role": "level", "direction": direction}
        if direction is not None:
            return {"role": "amount", "direction": direction}
        return None  # "went 5 %": no change says so
    m = DIRECTION_RIGHT_RE.match(text, q.end)
    if m:  # "a 5 % increase", "a 1,200-job cut"
        return {"role": "amount", "direction": "up" if m.group("up") else "down"}
    return None


def _then(text: str, a: Quantity, b: Quantity) -> str | None:
    """"to" or "from" when only that word (and ``b``'s hedge) stands between two figures."""
    m = _THEN_RE.fullmatch(text, a.end, b.start)
    if not m:
        return None
    hedge = " ".join(m.group("q").lower().split())
    return m.group("w").lower() if hedge == "" or hedge in QUALIFIERS else None


def _levels(a: Quantity, b: Quantity) -> dict[str, Any]:
    return {"from": a.low if a.low == a.high else [a.low, a.high],
            "to": b.low if b.low == b.high else [b.low, b.high]}


def _same_measure(a: Quantity, b: Quantity) -> bool:
    """"from 40 to 55 units": a unit stated after the second figure only is both's."""
    if a.dimension == b.dimension and a.unit == b.unit:
        return True
    counts = (None, "count")
    return None in (a.unit, b.unit) and (
        a.dimension == b.dimension or (a.dimension in counts and b.dimension in counts)
    )


def change_roles(text: str, found: list[Quantity]) -> list[dict[str, Any] | None]:
    """For each figure of one sentence, in order, the change it is a figure of, or None.

    The second figure of a change ("rose 5 % to $3.1 billion", "from $12 million to
    $19 million") is the level reached and takes the direction of the first; an earlier
    and a later level of one measure also say both values (``from`` and ``to``), and
    the direction their order gives when the verb gives none ("went from 40 to 55").
    """
    out: list[dict[str, Any] | None] = [change_of(text, q) for q in found]
    for i in range(1, len(found)):
        prev, a, q = out[i - 1], found[i - 1], found[i]
        if prev is not None and prev["role"] == "amount" and out[i] is None \
                and _OR_RE.fullmatch(text, a.end, q.start):
            # "an increase of 7.4 percent, or 22,703,743": the same change told again
            out[i] = {"role": "amount", "direction": prev["direction"]}
            continue
        word = _then(text, a, q) if prev is not None else None
        if prev is None or word is None:
            continue
        if word == "from":
            # "fell to 3.9 % from 4.1 %": the level reached, then the earlier one
            if prev["role"] == "level" and out[i] is None and _same_measure(a, q):
                levels = _levels(q, a)
                prev.update(levels)
                out[i] = {"role": "earlier", "direction": prev["direction"], **levels}
            continue
        if prev["role"] == "level" or (out[i] is not None and out[i]["role"] != "level"):
            continue
        direction = prev["direction"]
        if prev["role"] == "earlier" and _same_measure(a, q):
            if direction is None and a.low == a.high and q.low == q.high and a.low != q.low:
                direction = "up" if q.low > a.low else "down"
                prev["direction"] = direction
            levels = _levels(a, q)
            prev.update(levels)
            out[i] = {"role": "level", "direction": direction, **levels}
        else:
            out[i] = {"role": "level", "direction": direction}
    return out
