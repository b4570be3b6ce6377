"""The text around a number, read with anchored patterns over bounded windows.

Whether a number is a figure, and what kind, is decided by its neighbours: "June 25",
"at 10:30", "telegram 468", "rose 5 %". Every test here looks at a fixed number of
characters or tokens next to the number, never further, so the cost per number is
constant. ``Left`` tokenises the text before a number once; the ``*_RIGHT_RE`` patterns
are matched at the number's end. The word lists are in ``quantities.toml``.
"""

from __future__ import annotations

import re

from claimcheck.plugin import MONTH_NAMES, month_pattern, table

from .qualifiers import QUALIFIERS

__all__ = [
    "AMPM_RIGHT_RE",
    "CHANGE_WORDS",
    "DATE_RIGHT_RE",
    "DIRECTION_RIGHT_RE",
    "DOWN_WORDS",
    "ERA_RIGHT_RE",
    "FILLER",
    "LIST_RIGHT_RE",
    "RIGHT_RELEVANT_RE",
    "TIME_RIGHT_RE",
    "UP_WORDS",
    "WINDOW",
    "Left",
    "left_of",
]

_TABLE = table("quantities", package="claimcheck.builtin.quantities")

WINDOW = 80  # characters of context looked at on either side of a number

# -- right context: matched at a number's end ---------------------------------------------

_MONTHS = month_pattern()
_MONTH_TITLES = frozenset(m.title() for m in MONTH_NAMES)  # as written: "Jan", "March"
DATE_RIGHT_RE = re.compile(
    r"(?:st|nd|rd|th|\.)?[ \t\u00a0]*(?:of[ \t]+)?" + _MONTHS + r"\b"
)
ERA_RIGHT_RE = re.compile(r"[ \t]*(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)(?![\w])")
TIME_RIGHT_RE = re.compile(
    r"[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|hours?\b(?![ \t]+(?:of|later|earlier|after"
    r"|before|ago))|hrs\b|GMT|UTC|Zulu|local time)",
    re.IGNORECASE,
)
AMPM_RIGHT_RE = re.compile(r"[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)", re.IGNORECASE)
#: A part of the day after an hour written with a full stop ("at 4.35 in the afternoon"),
#: as British and older texts write a time of day.
DAY_PART_RIGHT_RE = re.compile(
    r"[ \t]+(?:(?:in|on)[ \t]+the|this|that)[ \t]+(?:morning|forenoon|afternoon|evening|night)\b",
    re.IGNORECASE)
LIST_RIGHT_RE = re.compile(r"[.)](?:[ \t\n]|$)")
#: a word or a sign follows the number: without one, nothing after it can qualify it
RIGHT_RELEVANT_RE = re.compile(
    r"[ \t\u00a0]*(?:[^\W\d_]|[%+°²‰\-\u2013/(\[{<℃℉" + "".join(
        sorted({c for sign in _TABLE["currency"]["signs_after"] for c in sign})
    ) + r"])"
)
DIRECTION_RIGHT_RE = re.compile(
    r"[ \t]+(?:(?P<up>increase|rise|gain|jump|growth|hike|surge|climb)"
    r"|(?P<down>drop|decline|fall|decrease|cut|reduction|loss|slump|contraction))\b",
    re.IGNORECASE,
)

# -- left context: the tokens before a number ---------------------------------------------

_TIME_WORDS = frozenset(_TABLE["context"]["time_words"])
_DEFINITE = frozenset(_TABLE["context"]["definite"])
_BEFALLING = frozenset(_TABLE["context"]["befalling_verbs"])
# Words that name a document, a place in a document or a numbered thing.
_REF_STRONG = frozenset(_TABLE["references"]["strong"])
# Common nouns that number things only when nothing is counted after the number.
_REF_WEAK = frozenset(_TABLE["references"]["weak"])
_REF_ABBREV = frozenset(_TABLE["references"]["abbreviations"])
_REF_PLAIN = frozenset(_TABLE["references"]["plain"])
_REF_COUNTING = frozenset(_TABLE["references"]["counting_before_number"])
#: A capitalised "No" right after a word on its line ("Patent No 223,898", "Serial No
#: 1,204"): the thing it numbers is named, so the number is its identifier, grouped or
#: not; a row's "No" opens a line or follows its neighbour's figures, and a lower-case
#: "no" is a word ("there were no 5,000 men").
_NAMED_NO_RE = re.compile(r"[^\W\d_][ \t\u00a0]+N[oO][sS]?[ \t\u00a0]*:?[ \t\u00a0]*\Z")
_REF_VOLUME = frozenset(_TABLE["references"]["volume"])
_ROMAN_RE = re.compile(r"[IVXLCDM]+|\d+")
_LEFT_TOKENS = 32  # characters tokenised before a number: enough for "no fewer than"
_RATIO_CONTEXT_RE = re.compile(
    r"\b(?:ratio|correlation|proportion|odds|outnumber\w*|outgun\w*|superiority|"
    r"as follows|in favou?r of)\b",
    re.IGNORECASE,
)
_RELEVANT_RE = re.compile(r"[^\W\d_]|[#№§~<>≈≥≤]")
_LTOK_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
UP_WORDS = frozenset(_TABLE["change"]["up"])
DOWN_WORDS = frozenset(_TABLE["change"]["down"])
CHANGE_WORDS = UP_WORDS | DOWN_WORDS | set(_TABLE["change"]["neutral"])
FILLER = frozenset(_TABLE["change"]["filler"])


#: A word glued to the next as an infobox's label and value come when copied as text
#: ("Property damageOver 7,200 buildings", "DeathsAt least 11"): two tokens.
_GLUE_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
#: whether _GLUE_RE has a place in a text: its three letters read, a letter first (the
#: engine skips to one; the lookarounds were tried at every character)
_GLUED_RE = re.compile(r"[a-z][A-Z][a-z]")


def _unglued(tail: str) -> str:
    """``tail`` with a space where a lower-case letter runs into a capitalised word."""
    return _GLUE_RE.sub(" ", tail) if _GLUED_RE.search(tail) else tail


class Left:
    """The text just before a number, tokenised once.

    Every left-context test is a lookup on the last few tokens, not a backwards regex
    search over a window: the cost per number stays small and constant, which keeps
    pathological inputs ("1 1 1 ...", a megabyte of them) fast.
    """

    __slots__ = ("_qual", "_ratio", "_shared", "_toks", "adjacent", "low", "raw")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._toks: list[str] | None = None
        # the qualifier, once read, kept by a Left that left_of shares (its low is final)
        self._qual: tuple[str | None, int] | None = None
        # whether a word of ratios stands in the context, once read (ratio_context)
        self._ratio: bool | None = None
        self._shared = False
        tail = _unglued(raw[-_LEFT_TOKENS:])
        # nothing but digits and blanks before: no test can fire, skip the tokenising
        relevant = tail and _RELEVANT_RE.search(tail)
        self.low: list[str] = _LTOK_RE.findall(tail.lower()) if relevant else []
        # the last token is a word separated from the number by blanks only
        stripped = raw.rstrip(" \t\u00a0")
        self.adjacent = stripped != raw and stripped[-1:].isalpha()

    @property
    def toks(self) -> list[str]:
        """Tokens as written, for the few tests that care about capitals."""
        if self._toks is None:
            self._toks = _LTOK_RE.findall(_unglued(self.raw[-_LEFT_TOKENS:]))
            if len(self._toks) != len(self.low):  # lower() changed a letter's length
                self.low = [t.lower() for t in self._toks]
        return self._toks

    def words(self, skip: int = 0) -> list[str]:
        """Trailing lower-cased words (stopping at punctuation or digits), ``skip`` dropped."""
        out: list[str] = []
        low = self.low[: len(self.low) - skip] if skip else self.low
        for tok in reversed(low):
            if not tok.isalpha():
                break
            out.append(tok)
            if len(out) == 6:
                break
        out.reverse()
        return out

    def last_word(self) -> str | None:
        return self.low[-1] if self.adjacent and self.low else None

    def qualifier(self) -> tuple[str | None, int]:
        """The qualifier right before the number and how many tokens it took."""
        if self._qual is not None:
            return self._qual
        found = self._qualifier()
        if self._shared:
            self._qual = found
        return found

    def _qualifier(self) -> tuple[str | None, int]:
        stripped = self.raw.rstrip(" \t\u00a0")
        if not stripped or not self.low:
            return None, 0
        ch = stripped[-1]
        if ch == "=" and stripped[:-1].rstrip()[-1:] in ("<", ">"):
            if stripped[:-1].rstrip()[-2:-1] in ("<", ">", "="):
                return None, 0  # "<>", "=>": not a comparison anyone writes in prose
            return QUALIFIERS[stripped[:-1].rstrip()[-1] + "="], 2
        if ch in "<>" and stripped[-2:-1] in ("<", ">", "="):
            return None, 0
        if ch in "~≈<>≥≤":
            return QUALIFIERS[ch], 1
        if ch == "." and len(self.low) >= 2 and self.low[-2] + "." in QUALIFIERS:
            return QUALIFIERS[self.low[-2] + "."], 2
        if not self.adjacent:
            return None, 0
        words = self.words()
        for k in (5, 4, 3, 2, 1):
            if len(words) >= k:
                phrase = " ".join(words[-k:])
                if phrase in QUALIFIERS:
                    return QUALIFIERS[phrase], k
        return None, 0

    def direction(self, skip: int) -> str | None:
        words = self.words(skip)
        for _ in range(3):
            if words and words[-1] in FILLER:
                words.pop()
        if not words or not (self.adjacent or skip):
            return None
        if words[-1] in UP_WORDS:
            return "up"
        if words[-1] in DOWN_WORDS:
            return "down"
        return None

    def is_ref(self) -> str | None:
        """"strong" or "weak" when the number is an identifier's, "plain" after a strong
        word that is a plain word too ("No 15,449,508": a count if grouped), else None."""
        low = self.low
        i = len(low) - 1
        if i < 0:
            return None
        if low[i] in ("#", "№", "§"):
            return "strong"
        if low[i] == ":":
            i -= 1
            if i >= 0 and low[i] == "#":
                return "strong"
        if i < 0:
            return None
        if low[i] == "." and i >= 1 and low[i - 1] in _REF_ABBREV:
            return "strong"
        if low[i] in _REF_STRONG and low[i].isalpha():
            if low[i] == "number" and i >= 1 and low[i - 1] in _REF_COUNTING:
                return "plain"  # "Of that total number 1,754 were killed": a count
            if low[i] in _REF_PLAIN and not _NAMED_NO_RE.search(self.raw):
                return "plain"
            return "strong"
        if low[i] in _REF_WEAK:
            return "weak"
        # "Vol. II, 452-53"
        if low[i] == "," and i >= 2 and _ROMAN_RE.fullmatch(self.toks[i - 1]):
            k = i - 2
            if low[k] == "." and k >= 1:
                k -= 1
            if low[k] in _REF_VOLUME:
                return "strong"
        return None

    def is_date(self) -> bool:
        if not self.low or not (self.low[-1] in MONTH_NAMES or self.low[-1] in ("the", ".")):
            return False
        toks = self.toks
        i = len(toks) - 1
        if toks[i] == "the":
            i -= 1
        if i >= 1 and toks[i] == ".":
            i -= 1
        return i >= 0 and toks[i] in _MONTH_TITLES

    def is_time(self) -> bool:
        words = self.words() if self.adjacent else []
        if words and words[-1] == "about":
            words.pop()
        return bool(words) and words[-1] in _TIME_WORDS

    def ratio_context(self) -> bool:
        """Whether a word of ratios ("ratio", "outnumbered", "in favour of") stands in the
        context. Read once per context: a range asks twice, the contexts left_of shares
        are asked by every figure after the same words, and the pattern (a word boundary,
        then eight words) is tried at every character of the context."""
        if self._ratio is None:
            self._ratio = bool(_RATIO_CONTEXT_RE.search(self.raw))
        return self._ratio

    def is_change_from(self) -> bool:
        """"rose from 12 to 19", "fell from about 900 to 650": a change, not a range."""
        words = self.words(self.qualifier()[1]) if self.adjacent else []
        return len(words) >= 2 and words[-1] == "from" and words[-2] in CHANGE_WORDS

    def is_between(self) -> bool:
        return self.last_word() in ("between", "from")

    def is_definite(self) -> bool:
        """Whether a definite word stands right before the number ("the two sides"), not
        after a verb of what befell people ("killed the four keepers": a count)."""
        if self.last_word() not in _DEFINITE:
            return False
        words = self.words()
        return not (len(words) >= 2 and words[-2] in _BEFALLING)

    def at_line_start(self) -> bool:
        s = self.raw.rstrip(" \t")
        if s.endswith("("):
            s = s[:-1].rstrip(" \t")
        return s == "" or s.endswith("\n")

    def at_sentence_start(self) -> bool:
        s = self.raw.rstrip(" \t\u00a0")
        if s == "" or s.endswith("\n") or s[-1] in "\"“‘(":
            return True
        if s[-1] in _BULLETS and (len(s) == 1 or s[:-1].rstrip(" \t").endswith("\n")
                                  or not s[:-1].strip()):
            return True  # "- Twenty-five deaths have been reported": a list item opens
        if s[-1] in _CLAUSE_DASHES and s != self.raw and s[:-1].endswith((" ", "\t", "-")):
            return True  # "June 19 - One hundred miners", "disaster — Twenty men": a dash
            # set apart by blanks opens a clause as a full stop does
        if s == self.raw:
            return False
        if s[-1] in "\"'”’)]":
            s = s[:-1]
        return s[-1:] in (".", "!", "?", ":", ";")


#: Dashes that, set apart by blanks, open a clause ("June 19 - One hundred miners").
_CLAUSE_DASHES = frozenset("-–—")

#: Marks that open an item of a list at the start of a line ("- ", "• ").
_BULLETS = frozenset("-•*–·▪")

#: Lefts already made, by the text they were made of: a hostile text repeats a few
#: contexts thousands of times, and each figure asks for its context two or three times
#: (``excluded``, ``read``, ``change_of``). A Left is a function of its text alone, so one
#: made before is the same as a new one; the memo is bounded (cleared when full).
_LEFTS: dict[str, Left] = {}
MEMO_LEFTS = 4096


def left_of(raw: str) -> Left:
    """``Left(raw)``, shared with every other figure whose context is the same text.

    A context is shared only where the first use of ``toks`` cannot re-lower ``low``
    (a letter whose lower case tokenises differently, as "İ" does): a shared Left would
    then answer a later caller differently from a new one. ``toks`` is only read when
    ``low`` has tokens; an ASCII tail lowers to as many tokens; any other tail is
    tokenised once more here to see.
    """
    found = _LEFTS.get(raw)
    if found is not None:
        return found
    found = Left(raw)
    tail = raw[-_LEFT_TOKENS:]
    if (
        not found.low
        or tail.isascii()
        or len(_LTOK_RE.findall(tail)) == len(found.low)
    ):
        if len(_LEFTS) >= MEMO_LEFTS:
            _LEFTS.clear()
        found._shared = True
        _LEFTS[raw] = found
    return found
