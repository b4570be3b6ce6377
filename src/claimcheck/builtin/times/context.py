"""What surrounds a candidate in the text: the words before it, the relation and the
modifier in front of it, and whether a four-digit number is a year at all.

Why a class of its own: every reader of a match and the scanner's context pass ask the
same few questions about the text around a position; they are answered here over
bounded windows (linear in the text), reading backwards as forward matches over the
reversed text so that each look back is one C call.
"""

from __future__ import annotations

import re

from claimcheck.plugin import MONTHS, counts_things

from .patterns import (
    DASHES,
    MOD_RE,
    NOT_YEAR_BEFORE,
    RWORD_RE,
    YEAR_AFTER_REJECT,
)
from .vocabulary import NOT_YEAR_WORDS, RELATION_WORDS, TWO_WORD_RELATIONS

__all__ = ["Context"]

#: A day after a four-digit time of day ("at 1645 on 26 December", "at 0600 on the 6th"); a
#: comma and the blanks before it read once, so that a long run of blanks is no quadratic
#: search.
_CLOCK_DAY_AFTER = re.compile(
    r"(?:[ \t\u00a0]*,)?[ \t\u00a0]+on[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\d|(?i:"
    + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\b)")
#: A label's last lower-case letter glued to a capitalised full month name (the longest
#: name of each month) and a day or a year after it ("FormedNovember 8, 1970"), or a
#: dash to the month that ends a range ("DateJuly–November 1931"): where a copied
#: infobox lost its cells. The label is a word of three letters or more, so that
#: "1950sJune" is no label.
_FULL_MONTHS = {n: max((m for m, k in MONTHS.items() if k == n), key=len)
                for n in set(MONTHS.values())}
_GLUED_MONTH = re.compile(
    r"(?<=[A-Za-z]{2})[a-z](?=(?:" + "|".join(sorted(m.capitalize() for m in _FULL_MONTHS.values()))
    + r")(?:[ \t\u00a0]+\d|[ \t\u00a0]*[–—-][ \t\u00a0]*[A-Z][a-z]+[ \t\u00a0]+\d))")

#: "c." or "ca." (circa) right before a date
_CIRCA_RE = re.compile(r"\b(c|ca)\.[ \t]?$")


class Context:
    """A text, lower-cased and reversed once, and the questions asked about a position."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        if len(low) != len(text):  # a few code points lower-case to two ("İ")
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        if _GLUED_MONTH.search(text):
            # "FormedNovember 8, 1970", "Landing dateAugust 6, 2012": an infobox copied
            # without its cells glues a label to the month; the lowered copy the patterns
            # read has a blank there instead of the label's last letter, so the date
            # reads as written (the text and every offset stay as they were)
            chars = list(low)
            for m in _GLUED_MONTH.finditer(text):
                chars[m.start()] = " "
            low = "".join(chars)
        self.low = low
        self.rlow = low[::-1]

    def before(self, start: int, width: int = 48) -> str:
        """The ``width`` characters of the text before ``start``."""
        return self.text[max(0, start - width):start]

    def prev_words(self, pos: int, n: int, floor: int = 0) -> list[tuple[int, str]]:
        """Up to ``n`` words before ``pos``, nearest first, separated by blanks only.

        Read as forward matches over the reversed text, so each look back is one C call.
        """
        rl = self.rlow
        size = len(rl)
        floor = max(floor, pos - 64)
        i = size - pos
        out: list[tuple[int, str]] = []
        while len(out) < n:
            m = RWORD_RE.match(rl, i, size - floor)
            if m is None:
                break
            out.append((size - m.end(1), m.group(1)[::-1]))
            i = m.end(1)
        return out

    def year_rejected(self, s: int, e: int, t: str) -> bool:
        """Whether the four digits at ``s:e`` are no year: a number ("No. 1950", "#1950",
        "1,950") or a count ("1500 men", "2000-3000 troops"), unless "in 1950" says so."""
        low = self.low
        if s and (low[s - 1] in "#№$£€¥" or (s > 1 and low[s - 1] in ",." and
                                               low[s - 2].isdigit())):
            return True
        words = self.prev_words(s, 1)
        if words and words[0][1] in NOT_YEAR_WORDS:
            return True
        if s > 1 and low[s - 1] in " \t" and (
                low[s - 2] in "#№$£€¥"
                or (low[s - 2] == "." and NOT_YEAR_BEFORE.search(self.before(s, 16)))):
            return True
        if counts_things(self.text, s, e):
            return True  # "lists 1640 names", "admitted 1300 patients"
        if words and words[0][1] == "at" and _CLOCK_DAY_AFTER.match(self.text, e) \
                and int(t[:2]) < 24 and int(t[2:4]) < 60:
            return True  # "ended at 1645 on 26 December": a time of day, the army's way
        after = self.text[e:e + 40]
        if YEAR_AFTER_REJECT.match(after):
            rel = self.relation_word(s)
            return not (rel in ("in", "since", "until", "during") and not after.lstrip()[:1]
                        .isdigit() and not re.match(r"\s*%", after))
        return False

    def mod_match(self, s: int) -> tuple[int, str] | None:
        """Where "the end of", "early", "mid-" in front of ``s`` starts, and the phrase."""
        if s and self.low[s - 1] in DASHES:
            width = 12
        else:
            words = self.prev_words(s, 2)
            if not words or words[0][1] not in ("of", "the", "early", "mid", "late"):
                return None
            width = 48
        m = MOD_RE.search(self.before(s, width))
        if m is None:
            return None
        phrase = " ".join((m.group("phrase") or m.group("word") or "").lower().split())
        return max(0, s - width) + m.start(), phrase

    def relation_word(self, s: int) -> str | None:
        """The relation word in front of ``s`` ("by", "as of", "c."), or None."""
        m = _CIRCA_RE.search(self.low[max(0, s - 5):s])
        if m:  # "c. 480 BC": read first, since a word ending in a full stop is no word
            return f"{m.group(1)}."
        words = self.prev_words(s, 2)
        if not words:
            return None
        w1 = words[0][1]
        if len(words) > 1 and (words[1][1], w1) in TWO_WORD_RELATIONS:
            return f"{words[1][1]} {w1}"
        return w1 if w1 in RELATION_WORDS else None
