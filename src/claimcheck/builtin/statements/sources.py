"""Sources by name: the dateline before a wire story, and a source cut to its name.

A news sentence may open with a dateline ("LONDON, March 3 (AP) — The ministry said
..."; "Nov. 2 (Reuters) - Acme Corp said ..."): where and when it was filed, and by
which agency, before the sentence itself. The splitter reads the sentence after it.
The words between "according to" and the comma, or before "said", are a source's name
only once such a dateline, a bracketed tag and a date phrase after the name ("Acme Corp
on Nov 2", "officials yesterday") are cut off: "according to Nov 2 (Reuters) Acme Corp"
is Acme Corp's word.
"""

from __future__ import annotations

from claimcheck.plugin import DETERMINERS, MONTHS, PREPOSITIONS

from .clause_words import word_lists
from .tokens import BRACKETS, CLOSERS, Token

__all__ = ["dateline_end", "is_date_phrase", "source_name"]

_SOURCES = word_lists()["sources"]
WEEKDAYS = frozenset(_SOURCES["weekdays"])
#: Words that date a phrase on their own ("yesterday").
_DAYS = frozenset(_SOURCES["days"])
#: Words that date a phrase with a time noun after them ("last week", "this morning").
_RELATIVE = frozenset(_SOURCES["relative"])
_TIME_NOUNS = frozenset(_SOURCES["time_nouns"])
#: Prepositions that open a date phrase after a name ("on Nov 2", "in March").
_PREPOSITIONS = frozenset(_SOURCES["prepositions"])
#: Dashes that close a dateline.
_DASHES = frozenset(_SOURCES["dashes"])
#: Marks an agency's name in brackets may hold ("(Dow Jones-AP)").
_TAG_MARKS = frozenset(("-", "/", "&", ".", "'"))


def _digits(t: Token) -> bool:
    return t.text.isascii() and t.text.isdigit()  # not "¹", which is a digit too


def _day(t: Token) -> bool:
    return _digits(t) and len(t.text) <= 2 and 1 <= int(t.text) <= 31


def _year(t: Token) -> bool:
    return _digits(t) and len(t.text) == 4


def _month(toks: list[Token], i: int) -> bool:
    """A month name at ``i``: capitalised, or next to a day ("nov 2", "2 nov")."""
    t = toks[i]
    if not t.alpha or t.lower not in MONTHS:
        return False
    if t.text[0].isupper() and t.lower != "may":
        return True
    return (i + 1 < len(toks) and _day(toks[i + 1])) or (
        i + 2 < len(toks) and toks[i + 1].text == "." and _day(toks[i + 2])) or (
        i > 0 and _day(toks[i - 1]))


def _date_at(toks: list[Token], i: int) -> int | None:
    """Where a date starting at ``i`` ends ("Nov. 2", "March 3, 2024", "2 June 1950",
    "Tuesday"); None when none starts there. A month alone is no date here: "March
    Capital" is a name."""
    n = len(toks)
    j = i
    weekday = j < n and toks[j].lower in WEEKDAYS
    if weekday:
        j += 1
        if j < n and toks[j].text == ",":
            j += 1
    if j < n and _month(toks, j):
        j += 1
        if j < n and toks[j].text == ".":
            j += 1
        if j < n and _day(toks[j]):
            j += 1
        elif j < n and _year(toks[j]):
            return j + 1
        else:
            return None
        return _year_after(toks, j)
    if j + 1 < n and _day(toks[j]) and _month(toks, j + 1):
        j += 2
        if j < n and toks[j].text == ".":
            j += 1
        return _year_after(toks, j)
    if weekday:
        return j if toks[j - 1].text != "," else j - 1
    return None


def _year_after(toks: list[Token], j: int) -> int:
    if j < len(toks) and _year(toks[j]):
        return j + 1
    if j + 1 < len(toks) and toks[j].text == "," and _year(toks[j + 1]):
        return j + 2
    return j


def _place_end(toks: list[Token], i: int) -> int:
    """Where a run of words in capitals ("LONDON", "NEW YORK") starting at ``i`` ends."""
    j = i
    while j < len(toks) and toks[j].alpha and len(toks[j].text) > 1 and toks[j].text.isupper():
        j += 1
    return j


def _tag_end(toks: list[Token], i: int) -> int:
    """Where a bracketed tag ("(Reuters)", "(AP)", "(Dow Jones)") starting at ``i`` ends:
    a name of a few capitalised words, not an aside ("(a Monday)")."""
    if i >= len(toks) or toks[i].text not in BRACKETS:
        return i
    j = i + 1
    while j < len(toks) and toks[j].text not in CLOSERS:
        if j - i > 4 or not (toks[j].text[0].isupper() or toks[j].text in _TAG_MARKS):
            return i
        j += 1
    return j + 1 if i + 1 < j < len(toks) else i


def dateline_end(toks: list[Token]) -> int:
    """Where the dateline a sentence opens with ends, 0 when it has none.

    A dateline is a date with a place in capitals or an agency in brackets before it
    ("LONDON, March 3 (AP) —", "Nov. 2 (Reuters) -"), or a place and an agency, or the
    agency alone, before a dash ("WASHINGTON (AP) —", "(Reuters) -"). A place or a date
    alone before a dash is none ("NATO — the alliance — said", "June 25, 1950 — North
    Korean forces cross the border": a chronology's entry, dated by its date), nor a
    company and its market with no dash ("IBM (NYSE) shares fell").
    """
    j = place = _place_end(toks, 0)
    if place and j < len(toks) and toks[j].text == ",":
        j += 1
    date = _date_at(toks, j)
    if date is not None:
        j = date
    tag = _tag_end(toks, j)
    has_tag = tag > j
    j = tag
    dash = j < len(toks) and toks[j].text in _DASHES
    while j < len(toks) and toks[j].text in _DASHES:
        j += 1
    if (date is not None and (place or has_tag)) or (has_tag and dash):
        return j if j < len(toks) else 0
    return 0


def _marks(t: Token) -> bool:
    return not t.text[0].isalnum() or t.depth > 0


def _dated_tail(toks: list[Token], k: int) -> int:
    """Where a date phrase ending just before ``k`` starts ("on Nov 2", "yesterday",
    "last week"), ``k`` when none ends there. A number alone dates nothing ("Group of
    20"), nor a word that could be part of a name ("Morning" in "the Morning Star")."""
    m = k
    dated = month = False
    while m > 0:
        t = toks[m - 1]
        if t.lower in WEEKDAYS or t.lower in _DAYS:
            dated = True
        elif _month(toks, m - 1):
            month = True  # "Nov 2", or "in March"; "the Ides of March" is a name
            dated = dated or any(_digits(x) for x in toks[m - 2 if m > 1 else 0:k])
        elif t.lower in _TIME_NOUNS and m - 2 >= 0 and toks[m - 2].lower in _RELATIVE:
            dated = True
        elif not (t.lower in _RELATIVE or t.text in (",", ".") or _digits(t)):
            break
        m -= 1
    preposition = m > 0 and toks[m - 1].lower in _PREPOSITIONS
    if not (dated or (month and preposition)):
        return k
    return m - 1 if preposition else m


def is_date_phrase(toks: list[Token]) -> bool:
    """Whether the tokens are a date phrase and nothing else ("on Nov 2", "on Tuesday",
    "last week")."""
    return bool(toks) and _dated_tail(toks, len(toks)) == 0


def source_name(toks: list[Token]) -> list[Token]:
    """The tokens of a source's name, without a dateline, bracketed tags or a date phrase
    around it: "Nov 2 (Reuters) Acme Corp" -> "Acme Corp", "officials yesterday" ->
    "officials". Empty when nothing of a name is left, or words that cannot be one (a
    preposition first, an article last: "with an")."""
    i, k = 0, len(toks)
    while True:
        before = (i, k)
        while i < k and _marks(toks[i]):
            i += 1
        while k > i and _marks(toks[k - 1]):
            k -= 1
        i += dateline_end(toks[i:k])  # "LONDON (Reuters) - ..."
        if i < k:
            place = _place_end(toks[:k], i)
            at = place + 1 if place > i and place < k and toks[place].text == "," else i
            date = _date_at(toks[:k], at)
            if date is not None and date < k:
                i = date  # "LONDON, March 3 ...", "Nov 2 ..."
        k = max(i, _dated_tail(toks[:k], k))
        if (i, k) == before:
            break
    if i < k and (toks[i].text in PREPOSITIONS or toks[k - 1].lower in DETERMINERS):
        return []  # "with an": no name
    return toks[i:k]
