"""One sentence in two states: a figure in the same place of a sentence two documents word
alike is one figure told twice.

Two renderings of one text (an encyclopedia article and an older state of it, a story and
its rewrite, a report and the page that copies it) keep most of a sentence and change a
figure or a date in it: "the number most cited in official reports is 8,000" against
"... is 6,000", "reached its peak ... on November 12, and made landfall" against "... on
November 11, and made landfall". Whatever the frames read of the figure's measure or
subject (here: nothing), the sentence around it says that the two figures answer one
question. Only the words right by the figure and most of the words around it together say
so: "among persons who died, ages range from 48 to 96 years, with a median age of 87"
against "ages range from 1 to 96 years, with a median age of 77" share the words right by
the figure, but not enough of the rest (the dead against every case).
"""

from __future__ import annotations

import difflib
import re
from typing import NamedTuple

from claimcheck.model import Claim
from claimcheck.text.data import table
from claimcheck.text.numbers import ORDINALS, TEENS, TENS, UNITS
from claimcheck.text.words import STOPWORDS

#: Words read on either side of a figure, within its sentence: enough to hold a clause,
#: few enough that a sentence of a hundred thousand characters costs no more than a short one.
WINDOW = 10
#: Words right before and right after the figure that must be the same in both (fewer
#: where the sentence starts or ends there, in both alike).
BEFORE, AFTER = 3, 2
#: The share of the two windows' words in the same order (difflib's ratio): a rewrite
#: keeps most of them (0.92 and more for every discrepancy of bench/realpairs' dev part
#: this reads, so the bar is at 0.9, where it costs none of them); two sentences
#: that only share a phrase (one population's median age against another's) keep about
#: three quarters, and two of one template about different events ("The first shock
#: struck Haiti on 12 January 2010, at 16:53" against "The largest aftershock struck
#: Haiti on 12 January 2010, at 17:12") four fifths.
ALIKE = 0.9
#: Words of context needed at least, of which some not figures: an infobox row
#: ("Deaths: 19") is too short to say which of a table's rows it is.
MIN_WORDS = 4
MIN_CONTENT = 2

_WORD = re.compile(r"[^\W_]+")
#: A reference mark ("[4]", "[note 2]"): renumbered from one state of an article to the next.
_MARK = re.compile(r"\[[^\[\]\n]{0,12}\]")

#: The figure told again in brackets right after it, in other units ("(30 miles per
#: hour)", "(35,797 ft)", "($1.1 billion)"): a number with a unit after it; "(in 1950)" and
#: "(edition 3)" number something else.
_RESTATED = re.compile(
    r"[ \t]*\((?:[^()\n\d]{0,12})\d[\d.,\u00a0 ]*[^\d\s.,()][^()\n]{0,40}\)")

#: Dimensions of figures that are told again in no other units: a count ("12,000
#: (from 40 districts)" brings another number), a bare figure.
_NO_UNITS = frozenset({None, "count"})

#: The word that stands for a restatement in brackets among the words after a figure.
RESTATED_MARK = "\x01"

#: How far either side of a figure its sentence's other numbers are read (characters).
NUMBERS_REACH = 1000

#: (the words before the figure, nearest last; the words after it; the sentence's other
#: numbers, in order; the words of names among them, lower-cased)
Context = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]

#: Numbers written as words ("three", "twenty", "second"): a sentence whose "Three people
#: have died" became "Seven people have died" was brought up to date as surely as one whose
#: "3" became "7", and a window that only differs by "first wave" against "second wave"
#: is about another wave.
_NUMBER_WORDS = frozenset(w for w in (*UNITS, *TEENS, *TENS, *ORDINALS) if " " not in w)


def _numeric(word: str) -> bool:
    """Whether a word of the context states a number, in digits or in words."""
    return word.isdigit() or word in _NUMBER_WORDS


#: A figure's bound or approximation, as words ("more than", "about"), longest first.
#: By their last word, so that a figure's context tries only the phrases that can end
#: right before it (trying all forty for every figure was a third of a context's cost).
_QUALIFIERS: dict[str, list[tuple[str, ...]]] = {}
for _q in sorted((tuple(q.split()) for q in table("figures")["qualifier_words"]),
                 key=lambda q: (-len(q), q)):
    _QUALIFIERS.setdefault(_q[-1], []).append(_q)
del _q


def context(text: str, sentence: tuple[int, int], claim: Claim,
            numbers: bool = True) -> Context:
    """The words before the figure (nearest last) and after it (nearest first), at most
    WINDOW each, within its sentence, lower-cased, reference marks left out; the figure's
    qualifier ("more than", "about") is the figure's, not its context. And, with
    ``numbers``, the numbers of the rest of its sentence (within NUMBERS_REACH): read only
    for the pairs whose words right by them are alike (``place_key``), since they take a
    longer stretch of text to read; and then the words of names (capitalised, not a
    stopword) read with them."""
    start, end = sentence
    first, last = claim.start, claim.end
    reach = NUMBERS_REACH if numbers else 12 * WINDOW
    head_text, tail_text = text[max(start, first - reach):first], text[last:min(end, last + reach)]
    restated = _RESTATED.match(tail_text) if getattr(
        claim.value, "dimension", None) not in _NO_UNITS else None
    if restated:
        # "at 50 kilometers per hour (30 miles per hour)": the figure told again in other
        # units changes with it; its numbers are no other number of the sentence (but a
        # state that restates the figure and one that does not are worded apart: the
        # mark stands for the brackets among the words after it)
        tail_text = tail_text[restated.end():]
    head, tail = _words(head_text), _words(tail_text)
    if restated:
        tail.insert(0, RESTATED_MARK)
    names = frozenset(w.lower() for w in (*_WORD.findall(head_text), *_WORD.findall(tail_text))
                      if w[0].isupper() and w.lower() not in STOPWORDS) if numbers else frozenset()
    told = tuple(w for w in (*head, *tail) if _numeric(w)) if numbers else ()
    before = head[-2 * WINDOW:]
    for words in _QUALIFIERS.get(before[-1], ()) if before else ():
        if len(words) <= len(before) and tuple(before[-len(words):]) == words:
            del before[-len(words):]
            break
    return tuple(before[-WINDOW:]), tuple(tail[:WINDOW]), told, names


def _words(text: str) -> list[str]:
    return _WORD.findall(_MARK.sub(" ", text).lower())


def place_key(around: Context) -> str | None:
    """The words right by a figure, as a blocking key: two figures in the same place of
    one sentence share it. None where the sentence says too little around the figure to
    tell its place (``MIN_WORDS``, ``MIN_CONTENT``)."""
    before, after = around[0], around[1]
    if len(before) + len(after) < MIN_WORDS:
        return None
    if sum(1 for w in (*before, *after)
           if not w.isdigit() and w not in STOPWORDS and w != RESTATED_MARK) < MIN_CONTENT:
        return None
    return "place:" + " ".join(before[-BEFORE:]) + "|" + " ".join(after[:AFTER])


class Place(NamedTuple):
    """A figure's context with what every pair that meets it reads of it, made once for
    the figure (``place_of``): a figure in a template's place meets many others."""

    context: Context
    #: ``place_key`` of the context.
    key: str | None
    #: The words before, a mark for the figure, the words after.
    words: tuple[str, ...]
    #: The numbers among those words, in order.
    numerals: tuple[str, ...]


def place_of(around: Context) -> Place:
    """A figure's ``Place`` from its context."""
    words = (*around[0], "\x00", *around[1])
    return Place(around, place_key(around), words, tuple(w for w in words if _numeric(w)))


def same_place(a: Context, b: Context) -> bool:
    """Whether two figures stand in the same place of one sentence worded alike: the
    same words right by them (``place_key``), most words around them in one order, the
    same numbers among those words, and no other number of the sentence changed (one
    state may tell a number the other leaves out). A sentence whose other numbers changed
    too ("In 2020 the mill employed 1,100" against "In 2021 the mill employed 1,200") was
    brought up to date: each state holds for its own time, and neither contradicts the
    other."""
    return one_place(place_of(a), place_of(b))


def one_place(a: Place, b: Place) -> bool:
    """``same_place`` for two figures' ``Place``, made once each by the caller."""
    return a.key is not None and a.key == b.key and worded_alike(a, b)


def worded_alike(a: Place, b: Place) -> bool:
    """``same_place`` for two figures whose place keys are one: the words
    around them alike in one order, the same numbers among them and no other number of
    the sentence changed. The cheap tests first (the numbers, then difflib's bounds of
    the ratio): a template's place ("on|the northern") is shared by many sentences that
    go on in other words."""
    if a.numerals != b.numerals:
        return False
    alike = difflib.SequenceMatcher(None, a.words, b.words, autojunk=False)
    if alike.real_quick_ratio() < ALIKE or alike.quick_ratio() < ALIKE:
        return False
    told_a, told_b = a.context[2], b.context[2]
    if told_a != told_b and any(op == "replace" for op, *_ in difflib.SequenceMatcher(
            None, told_a, told_b, autojunk=False).get_opcodes()):
        return False  # a number told in both changed: a sentence brought up to date
    if alike.ratio() < ALIKE:
        return False
    # a name in one window where the other has another name: one template told of two
    # subjects ("the armistice with Kaithorar was concluded on 6 January 1988" against
    # "the armistice with Riltgrovstan was concluded on 14 February 1922"), not one
    # sentence in two states, however alike the rest (a state that adds or drops a name
    # is still one sentence)
    names_a, names_b = a.context[3], b.context[3]
    return not any(op == "replace" and names_a.intersection(a.words[i1:i2])
                   and names_b.intersection(b.words[j1:j2])
                   for op, i1, i2, j1, j2 in alike.get_opcodes())
