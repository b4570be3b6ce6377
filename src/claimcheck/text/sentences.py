"""Sentence splitting for the built-in segmenter.

A period is the most overloaded mark in archival prose: "U.S.", "A.A. Gromyko", "Vol. II",
"p. 4", "e.g.", "1.35" and "etc." all carry one without ending anything. A statistical
splitter would need a model download, so the rules are kept as data (the abbreviation
lists of ``data/sentences.toml``) that a reader can audit and extend. The splitter only
looks at places where a sentence mark is followed by whitespace, and at each such place
examines a bounded window, so it runs in linear time on any input.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from claimcheck.text.calendar import MONTH_NAMES
from claimcheck.text.data import table

_DATA = table("sentences")

#: Abbreviations that lead into more of the same sentence ("Gen. Ridgway", "e.g. the"):
#: a period after them never ends a sentence. Lower case, final period dropped.
PREFIX_ABBREVIATIONS: frozenset[str] = frozenset(_DATA["prefix_abbreviations"])

#: Abbreviations that stand before a number ("No. 7", "p. 4", "Vol. II"): a period after
#: them ends nothing when a number or a Roman numeral follows.
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(_DATA["number_abbreviations"])

#: Abbreviations that often close a sentence ("etc."): the period ends the sentence only
#: when the next word is one of SENTENCE_STARTERS.
SUFFIX_ABBREVIATIONS: frozenset[str] = frozenset(_DATA["suffix_abbreviations"])

#: Words that open sentences: after an initial or an initialism ("the U.S. The army"),
#: one of these starts a new sentence where another capitalised word is a name.
SENTENCE_STARTERS: frozenset[str] = frozenset(_DATA["sentence_starters"])
#: Words before a day written the German way ("on 7. December 1881"): see sentences.toml.
GERMAN_DAY_LEADS: frozenset[str] = frozenset(_DATA["german_day_leads"])

#: A sentence mark, then closing quotes, brackets and footnote markers ("peace.”",
#: "formed.[1]", "men.*"), then whitespace or the end. Bounded repetition keeps runs of
#: dots or quotes linear.
_CANDIDATE = re.compile(
    r"[.!?…](?:[.!?…\"”’'»)\]*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\^?\w{1,3}\]){0,8}(?=\s|\Z|\d{1,3}(?:\s|\Z))"
)
#: A list item at the start of a line: "1) ...", "(2) ...", "a) ...", "- ...", "• ...".
_LIST_LINE = re.compile(
    r"\n[^\S\n]{0,8}(?:\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]\)|[a-z]\)|[-*•·▪–—])[^\S\n]{1,8}(?=\S)"
)
#: An inline enumeration marker: "1) ...", "(2) ...", "b) ..." preceded by whitespace.
_INLINE_ENUM = re.compile(r"(?<!\S)\(?(\d{1,2}|[a-z])\)[^\S\n]{1,8}(?=\S)")
_INITIALISM = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}\Z")
_ENUM_LABEL = re.compile(r"(?:\d{1,3}|[IVXLCDMivxlcdm]{1,6}|[A-Za-z])\Z")
_ROMAN = re.compile(r"[IVXLCDM]{1,7}(?![A-Za-z])")
_NEXT = re.compile(r"\s*[\"“‘'«(\[¿¡]{0,4}")
_TOKEN_CHARS = ".'’-"
_DAY_NUMBER = re.compile(r"(?:3[01]|[12]\d|0?[1-9])")
_YEAR_NEXT = re.compile(r",?[ \t]+\d{4}(?!\d)")


def split_sentences(
    text: str, start: int, end: int, note_starts: Collection[int] = ()
) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as trimmed (start, end) spans, in order.

    ``note_starts`` are offsets of footnote markers written as bare digits after the
    punctuation ("formed.1"); a sentence ends after such a marker, not before it.
    """
    cuts: set[int] = set()
    for m in _CANDIDATE.finditer(text, start, end):
        q = m.end()
        if q < end and text[q].isdigit():
            if q not in note_starts:
                continue
            while q < end and text[q].isdigit():
                q += 1
        if _ends_sentence(text, start, end, m.start(), q):
            cuts.add(q)
    if text.find("\n", start, end) >= 0:
        cuts.update(m.start() for m in _LIST_LINE.finditer(text, start, end))
    if text.find(")", start, end) >= 0:
        cuts.update(_enumeration_cuts(text, start, end))
    spans = []
    pos = start
    for cut in sorted(cuts):
        if cut > pos:
            span = trim(text, pos, cut)
            if span:
                spans.append(span)
        pos = cut
    span = trim(text, pos, end)
    if span:
        spans.append(span)
    return spans


def _ends_sentence(text: str, start: int, end: int, p: int, q: int) -> bool:
    """Whether the sentence mark at ``p`` (its closers running to ``q``) ends a sentence."""
    m = _NEXT.match(text, q, end)
    k = m.end() if m else q
    if k >= end:
        return True
    nxt = text[k] if k < end else ""
    if nxt.islower():
        return False
    if text[p] != "." or (p + 1 < end and text[p + 1] == "."):
        return True
    token_start = p
    lo = max(start, p - 40)
    while token_start > lo and (text[token_start - 1].isalnum()
                                or text[token_start - 1] in _TOKEN_CHARS):
        token_start -= 1
    token = text[token_start:p].lstrip(_TOKEN_CHARS)
    if not token:
        return True
    low = token.lower()
    if _ENUM_LABEL.match(token) and _at_line_start(text, start, token_start):
        return False  # "1. Forces at the outbreak", "II. Entry of ..."
    if low in PREFIX_ABBREVIATIONS:
        return False
    word = _word_at(text, k, end)
    if _DAY_NUMBER.fullmatch(token) and word.lower() in MONTH_NAMES \
            and _YEAR_NEXT.match(text, k + len(word), end) \
            and _leads_a_day(text, start, token_start):
        return False  # "on 7. December 1881": a day written the German way, not an end
    if low in NUMBER_ABBREVIATIONS and (nxt.isdigit() or nxt == "#" or _ROMAN.match(word)):
        return False
    if (low in SUFFIX_ABBREVIATIONS or _INITIALISM.match(token)
            or (len(token) == 1 and token.isupper())):
        return word.lower() in SENTENCE_STARTERS
    return True


def _leads_a_day(text: str, start: int, pos: int) -> bool:
    """Whether what stands before a number at ``pos`` may lead into a day written the
    German way ("on 7.", "am 27.", "Spain 22.", a line's or a bracket's start), not
    close a clause ("was 14.", "voted 5 to 4.": the number ends its sentence)."""
    k = pos
    lo = max(start, pos - 40)
    while k > lo and text[k - 1] in " \t\u00a0":
        k -= 1
    j = k
    while j > lo and text[j - 1].isalpha():
        j -= 1
    word = text[j:k]
    if not word:
        return True  # a line's start, a bracket, a comma, a dash
    if word[0].isupper() and word.lower() not in GERMAN_DAY_LEADS:
        return True  # a name or a table's cell ("Seville, Spain 22. August 1999")
    if word.lower() not in GERMAN_DAY_LEADS:
        return False  # "the toll was 14. June 1976 saw ...": a clause's last figure
    # "voted 5 to 4. May 1968 ...": a score's or a range's end, not a day
    i = j
    while i > lo and text[i - 1] in " \t\u00a0":
        i -= 1
    return not (i > lo and text[i - 1].isdigit() and word.lower() in _SCORE_JOINS)


#: Words that join a score's or a range's two numbers ("9 to 4.", "5 and 6."): the second
#: closes a clause, not leads into a day.
_SCORE_JOINS = frozenset(_DATA["score_joins"])


def _word_at(text: str, k: int, end: int) -> str:
    j = k
    lim = min(end, k + 24)
    while j < lim and text[j].isalpha():
        j += 1
    return text[k:j]


def _at_line_start(text: str, start: int, pos: int) -> bool:
    k = pos
    lo = max(start, pos - 8)
    while k > lo and text[k - 1] in " \t":
        k -= 1
    return k == start or text[k - 1] == "\n"


def _enumeration_cuts(text: str, start: int, end: int) -> list[int]:
    """Starts of inline items "1) ... 2) ..." when at least two follow in sequence."""
    cuts: list[int] = []
    run: list[int] = []
    expected = ""
    for m in _INLINE_ENUM.finditer(text, start, end):
        label = m.group(1)
        if label in ("1", "a"):
            if len(run) >= 2:
                cuts.extend(run)
            run = [m.start()]
        elif run and label == expected:
            run.append(m.start())
        else:
            continue
        expected = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
    if len(run) >= 2:
        cuts.extend(run)
    return cuts


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without surrounding whitespace, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
