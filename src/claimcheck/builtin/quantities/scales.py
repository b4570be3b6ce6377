"""Values on named ordinal scales: "a maximum Mercalli intensity of XI", "VIII
(Destructive) on the Mercalli scale", "a Category 4 storm", "an EF5 tornado", "VEI 6".

Accounts of one quake, storm or accident often disagree on where it stands on its scale
(VIII against IX at the same towns, a Category 4 landfall against a Category 3), and the
value is as checkable as a count; but it is no count: "IX" is no number a reader of
numerals sees, "Category 4" no four of anything. A value on a scale is a figure of
dimension ``SCALE`` whose unit is the scale ("Mercalli intensity"); two values on one
scale agree or differ exactly (an ordinal: no tolerance), a value on another scale or a
count never meets it.

Precision first: a Roman numeral is read only beside the scale's name or label ("MMI
IX", "IX on the Mercalli scale", "Mercalli intensity of IX") or glossed in the scale's
own word for that value in a sentence that names the scale ("IX (Violent)"): never
"World War II", "Louis XIV" or "Chapter IX". A label that is a common word ("Category",
"force", "F") is read only in a sentence that names the scale or says what it rates
("hurricane", "tornado"). Words of the value's clause say which value it is, as part of
its unit: the highest intensity against the intensity at one town, a storm's category
at landfall against its peak; a category the clause gives as a stage of a storm's course
("upgraded to Category 4") is not read.

The scales, their names, labels, ranges and words are data (``scales.toml``). Linear:
names and labels are found by substring search, each then tried with a pattern anchored
there over a bounded stretch; a sentence's words are searched once per scale.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimcheck.plugin import SCALE, Claim, Finding, Quantity, TimeRef, table

from .units import alternation

__all__ = ["SCALE", "compare_claims", "format_scale_value", "involves", "outside",
           "scale_quantities"]

_DATA = table("scales", package="claimcheck.builtin.quantities")
_NUMBERS = table("numbers")
_CLAUSE = int(_DATA["clause_chars"])
#: Roman numerals of scale values, strict (no "IIII", no "VX").
_ROMAN = {r: i + 1 for i, r in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"))}
_WORDS = {w: int(v) for w, v in {**_NUMBERS["units"], **_NUMBERS["teens"]}.items()
          if int(v) <= 12}
_NUMERALS = {
    "roman": r"(?<![\w'’-])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![\w'’])",
    "digits": r"(?<![\d.,])\d{1,2}(?![\d\w]|[.,]\d)",
    "words": r"(?i:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")(?![\w-])",
}
_BLANK = r"[ \t\u00a0]"
_FILL = (r"(?:" + _BLANK + r"*(?:\([^()\n]{1,12}\)|(?i:" + "|".join(
    re.escape(w) for w in _DATA["fillers"]) + r")\b))")
_GLOSS = _BLANK + r"*\((?P<{0}>[A-Za-z][A-Za-z -]{{0,24}})\)"
#: Sentence ends, for what a value's sentence names (the segmenter gives the reader one
#: sentence at a time; a text given whole is cut here): a stop after a word of two
#: letters or more ("a.m. CDT", "U.S. Navy" go on), a question or exclamation mark, before
#: a capital and a small letter; or a blank line.
_SENTENCE_END_RE = re.compile(
    r"(?:(?<![.\s]\w)(?<=\w\w)\.|[!?])[\"'”’)\]]*\s+(?=[\"“(\[]?[A-Z][a-z])|\n\s*\n")
#: Words that make a value a threshold ("Category 3 or higher", "at least Category 4").
_THRESHOLD_AFTER_RE = re.compile(_BLANK + r"*(?:" + "|".join(
    re.escape(w).replace(r"\ ", _BLANK + "+") for w in _DATA["threshold_after"])
    + r")(?![\w])", re.IGNORECASE)
_THRESHOLD_BEFORE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(w).replace(r"\ ", _BLANK + "+") for w in _DATA["threshold_before"])
    + r")" + _BLANK + r"+(?:(?:an?|the)" + _BLANK + r"+)?$", re.IGNORECASE)
#: The words of a scale's name after its proper name ("on the Mercalli intensity scale").
_NAME_TAIL_RE = re.compile(r"(?:" + _BLANK + r"+(?i:intensity|scale|index))+")
_FROM_RE = re.compile(r"\bfrom" + _BLANK + r"+(?:an?" + _BLANK + r"+)?$", re.IGNORECASE)
_REPEATS_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _DATA["repeats"])
                         + r")\b", re.IGNORECASE)


def _value(text: str) -> int | None:
    if text in _ROMAN:
        return _ROMAN[text]
    if text.isdigit():
        return int(text)
    return _WORDS.get(text.lower())


def _words_re(words: Iterable[str], case: bool = False) -> re.Pattern[str] | None:
    """Whole words or phrases, longest first; any case unless ``case``."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(w).replace(r"\ ", _BLANK + "+") for w in words) + r")(?![\w])",
        0 if case else re.IGNORECASE)


@dataclass(frozen=True)
class _Scale:
    """One scale of ``scales.toml``, with its patterns made once."""

    key: str
    unit: str
    low: int
    high: int
    names: tuple[str, ...]
    labels: tuple[str, ...]
    weak_labels: tuple[str, ...]
    #: lowered words, any of which in a text makes the scale worth looking for
    cheap: tuple[str, ...]
    named_re: re.Pattern[str] | None
    context_re: re.Pattern[str] | None
    glosses: dict[str, frozenset[int]]
    readings: tuple[tuple[str, re.Pattern[str]], ...]
    passing_re: re.Pattern[str] | None
    after_name: re.Pattern[str]
    after_label: re.Pattern[str]
    before_name: re.Pattern[str]
    before_label: re.Pattern[str]
    before_gloss: re.Pattern[str]
    roman: bool = field(default=False)


def _scale(key: str, body: dict[str, Any]) -> _Scale:
    numerals = body["numerals"]
    value = "|".join(_NUMERALS[n] for n in numerals)
    label_value = "|".join(_NUMERALS[n] for n in body.get("label_numerals", numerals))
    labels = tuple(body["labels"])
    weak = tuple(body["weak_labels"])
    all_labels = "|".join(re.escape(x) for x in sorted({*labels, *weak}, key=len,
                                                        reverse=True)) or "(?!)"
    # a second value after the first: "VII to IX", "VII–IX", "VII (Very Strong) or MM
    # VIII", "Category 3 or 4"; "and" only after "between"
    def tail(second: str) -> str:
        return (r"(?:(?:" + _GLOSS.format("g1") + r")?" + _BLANK + r"*(?P<j>to|or|-|–|—|"
                r"(?<=\w )and)" + _BLANK + r"*(?:(?:" + all_labels + r")" + _BLANK
                + r"?[-–]?" + _BLANK + r"?)?(?P<v2>" + second + r"))?")

    between = r"(?P<btw>(?i:between)" + _BLANK + r"+)?"
    after_name = re.compile(
        _FILL + r"{0,4}" + _BLANK + r"*[-–:=]?" + _BLANK + r"*" + between + r"(?P<v>"
        + value + r")" + tail(value))
    after_label = re.compile(
        _BLANK + r"?[-–]?" + _BLANK + r"?(?P<v>" + label_value + r")"
        + tail(label_value))
    one_value = r"(?P<v>" + value + r")"
    before_name = re.compile(
        r"(?:(?P<v1>" + value + r")" + _BLANK + r"*(?:to|-|–)" + _BLANK + r"*)?"
        + one_value + r"(?:" + _GLOSS.format("g") + r")?" + _BLANK
        + r"+(?i:on|in)" + _BLANK + r"+(?:(?i:the)" + _BLANK + r"+)?(?:(?i:modified)"
        + _BLANK + r"+)?$")
    before_label = re.compile(r"\(" + one_value + _BLANK + r"+$")
    before_gloss = re.compile(one_value + _BLANK + r"*$")
    glosses: dict[str, set[int]] = {}
    for v, words in body.get("glosses", {}).items():
        for w in words:
            glosses.setdefault(w.lower(), set()).add(int(v))
    names = tuple(body["names"])
    context = tuple(body["context"])
    cheap = {n.lower() for n in names} | {x.lower() for x in labels}
    if weak:
        cheap |= {c.lower() for c in context}
    return _Scale(
        key=key, unit=body["unit"], low=int(body["values"][0]),
        high=int(body["values"][1]), names=names, labels=labels, weak_labels=weak,
        cheap=tuple(sorted(cheap)), named_re=_words_re(names),
        context_re=_words_re((*names, *context)),
        glosses={w: frozenset(v) for w, v in glosses.items()},
        readings=tuple((unit, rx) for unit, words in body.get("readings", {}).items()
                       if (rx := _words_re(words)) is not None),
        passing_re=_words_re(body.get("passing", ())),
        after_name=after_name, after_label=after_label, before_name=before_name,
        before_label=before_label, before_gloss=before_gloss, roman="roman" in numerals)


SCALES: tuple[_Scale, ...] = tuple(_scale(k, v) for k, v in _DATA["scales"].items())
#: Readings that hold at one moment of a course (compared only when both are dated).
_MOMENTS = frozenset(_DATA["moments"])
_UNITS = {s.unit: s for s in SCALES} | {
    unit: s for s in SCALES for unit, _ in s.readings}
#: Any scale's cheap words, as one tree of letters: a text that holds none (most) names no
#: scale, found by one scan instead of a substring test per word per scale
_ANY_CHEAP_RE = re.compile(alternation({c for s in SCALES for c in s.cheap}, ignore_case=False))


@dataclass
class _Found:
    start: int
    end: int
    low: int
    high: int
    qualifier: str
    scale: _Scale


class _Sentences:
    """Where the text's sentences start and end, and what each names (asked once)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        self.ends: list[int] = []
        for m in _SENTENCE_END_RE.finditer(text):
            self.ends.append(m.start() + 1)
            self.starts.append(m.end())
        self.ends.append(len(text))
        self._asked: dict[tuple[int, str, str], bool] = {}

    def span(self, at: int) -> tuple[int, int]:
        i = bisect_right(self.starts, at) - 1
        return self.starts[i], self.ends[i]

    def says(self, at: int, scale: _Scale, what: str) -> bool:
        """Whether the sentence at ``at`` names ``scale`` ("named") or says a word of
        its context or names ("context")."""
        i = bisect_right(self.starts, at) - 1
        key = (i, scale.key, what)
        if key not in self._asked:
            rx = scale.named_re if what == "named" else scale.context_re
            self._asked[key] = bool(rx and rx.search(self.text, self.starts[i], self.ends[i]))
        return self._asked[key]


def _boundary_before(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")


def _occurrences(haystack: str, needle: str) -> Iterable[int]:
    at = haystack.find(needle)
    while at >= 0:
        yield at
        at = haystack.find(needle, at + 1)


def _read(m: re.Match[str], scale: _Scale, start: int, end: int) -> _Found | None:
    """A value (or two: a range, an alternative) matched, within the scale's range."""
    first = _value(m.group("v"))
    second = _value(m.group("v2")) if "v2" in m.re.groupindex and m.group("v2") else None
    if "v1" in m.re.groupindex and m.group("v1"):
        first, second = _value(m.group("v1")), first
    if first is None or not scale.low <= first <= scale.high:
        return None
    if second is None:
        return _Found(start, end, first, first, "exact", scale)
    joiner = m.group("j") if "j" in m.re.groupindex else "to"
    if joiner == "and" and not ("btw" in m.re.groupindex and m.group("btw")):
        return None
    if _FROM_RE.search(m.string, max(0, start - 6), start):
        return None  # "from phase 5 to phase 6": a change, no range
    if not scale.low <= second <= scale.high or second == first:
        return None
    if joiner == "or":
        return _Found(start, end, min(first, second), max(first, second), "either", scale)
    if second < first:
        return None  # "IX to VII": no range a reader writes
    if (first, second) == (scale.low, scale.high):
        return None  # "the Mercalli scale of I to XII": the scale, no value on it
    return _Found(start, end, first, second, "between", scale)


def _candidates(text: str, lowered: str, scale: _Scale,
                sentences: _Sentences) -> list[_Found]:
    found: list[_Found] = []
    named_anywhere = scale.named_re is not None and any(
        n.lower() in lowered for n in scale.names)
    context_anywhere = scale.context_re is not None and any(
        c in lowered for c in scale.cheap)
    # a label before its value: "MMI IX", "EF-5", "Category 4" (a weak label only where
    # the sentence names the scale or what it rates)
    for label, weak in ((x, False) for x in scale.labels):
        _after_label(text, label, weak, scale, sentences, found)
    if scale.weak_labels and context_anywhere:
        for label in scale.weak_labels:
            _after_label(text, label, True, scale, sentences, found)
    # "(VII JMA)": a value in brackets with the scale's abbreviation after it
    for label in scale.labels:
        for at in _occurrences(text, label):
            if not _boundary_before(text, at):
                continue
            after = at + len(label)
            if after < len(text) and text[after] != ")":
                continue
            m = scale.before_label.search(text, max(0, at - 8), at)
            if m is not None:
                f = _read(m, scale, m.start("v"), after)
                if f is not None:
                    found.append(f)
    if not named_anywhere:
        return found
    for name in scale.names:
        needle = name.lower()
        for at in _occurrences(lowered, needle):
            if not _boundary_before(text, at):
                continue
            # the name, then its value: "a maximum Mercalli intensity of XI"
            m = scale.after_name.match(text, at + len(name))
            if m is not None:
                f = _read(m, scale, at, m.end())
                if f is not None:
                    found.append(f)
            # a value, then the name: "VIII (Destructive) on the Mercalli scale"
            m = scale.before_name.search(text, max(0, at - 60), at)
            if m is not None:
                tail = _NAME_TAIL_RE.match(text, at + len(name))
                f = _read(m, scale, m.start(), tail.end() if tail else at + len(name))
                if f is not None:
                    found.append(f)
    # a value glossed in the scale's own word for it, in a sentence naming the scale:
    # "IX (Ruinous)"
    for gloss, values in scale.glosses.items():
        for at in _occurrences(lowered, "(" + gloss + ")"):
            m = scale.before_gloss.search(text, max(0, at - 6), at)
            if m is None or _value(m.group("v")) not in values \
                    or not sentences.says(at, scale, "named"):
                continue
            f = _read(m, scale, m.start(), at + len(gloss) + 2)
            if f is not None:
                found.append(f)
    return found


def _after_label(text: str, label: str, weak: bool, scale: _Scale,
                 sentences: _Sentences, found: list[_Found]) -> None:
    for at in _occurrences(text, label):
        if not _boundary_before(text, at):
            continue
        m = scale.after_label.match(text, at + len(label))
        if m is None:
            continue
        if weak and not sentences.says(at, scale, "context"):
            continue
        f = _read(m, scale, at, m.end())
        if f is not None:
            found.append(f)


def _unit(text: str, f: _Found, before: int, after: int,
          previous: tuple[int, str | None] | None) -> str | None:
    """The value's unit: the scale's, or the reading its clause names; None for a stage
    of a course. ``before``/``after``: how far the clause reaches; ``previous``: the
    end and the unit of the scale's previous value in the sentence, if any."""
    start = max(before, f.start - _CLAUSE)
    end = min(after, f.end + _CLAUSE)
    left = text[start:f.start]
    # the clause, the figure's own words with it ("Mercalli intensities up to IX")
    clause = left[left.rfind(";") + 1:] + text[f.start:end].split(";", 1)[0]
    for unit, rx in f.scale.readings:
        if rx.search(clause):
            return unit
    rx = f.scale.passing_re
    if rx is not None and rx.search(clause):
        return None
    if previous is not None and _REPEATS_RE.search(text, previous[0], f.start):
        return previous[1]  # "... as a Category 1, then again ... as a Category 4"
    return f.scale.unit


def scale_quantities(text: str) -> list[Quantity]:
    """Every value on a named scale in ``text``, in order."""
    lowered = text.lower()
    if _ANY_CHEAP_RE.search(lowered) is None:
        return []
    active = [s for s in SCALES if any(c in lowered for c in s.cheap)]
    if not active:
        return []
    sentences = _Sentences(text)
    found: list[_Found] = []
    for scale in active:
        found.extend(_candidates(text, lowered, scale, sentences))
    if not found:
        return []
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[_Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue  # "MM IX (Violent)": read once, by its label
        kept.append(f)
    out: list[Quantity] = []
    last: dict[tuple[str, int], tuple[int, str | None]] = {}  # (scale, sentence) -> end, unit
    for i, f in enumerate(kept):
        s_start, s_end = sentences.span(f.start)
        key = (f.scale.key, s_start)
        previous = last.get(key)
        before = max(s_start, previous[0]) if previous else s_start
        after = s_end
        j = i + 1
        while j < len(kept) and kept[j].start < s_end:
            if kept[j].scale is f.scale:
                after = kept[j].start
                break
            j += 1
        unit = _unit(text, f, before, after, previous)
        last[key] = (f.end, unit)
        if unit is None or _THRESHOLD_AFTER_RE.match(text, f.end, f.end + 16) \
                or _THRESHOLD_BEFORE_RE.search(text, max(0, f.start - 16), f.start):
            continue
        out.append(Quantity(f.start, f.end, text[f.start:f.end], float(f.low),
                            float(f.high), unit, f.qualifier, precision=1.0,
                            dimension=SCALE))
    return out


def outside(values: list[Quantity], ranks: list[Quantity]) -> list[Quantity]:
    """The values not inside a rank ("the first Category 5 hurricane of the season" is a
    place among such storms, its category a word of the order). Both lists are in
    order: one merge, linear."""
    if not ranks or not values:
        return values
    out: list[Quantity] = []
    i = 0
    for v in values:
        while i < len(ranks) and ranks[i].end <= v.start:
            i += 1
        if i < len(ranks) and ranks[i].start < v.end:
            continue
        out.append(v)
    return out


# -- comparison --------------------------------------------------------------------------


def _roman_of(v: int) -> str:
    return next(r for r, n in _ROMAN.items() if n == v)


def format_scale_value(q: Quantity) -> str:
    """"Mercalli intensity XI", "maximum Mercalli intensity VII-IX", "Saffir-Simpson
    category 3 or 4": the value as the scale writes it, after its unit."""
    scale = _UNITS.get(q.unit or "")
    low, high = int(q.low), int(q.high)

    def one(v: int) -> str:
        return _roman_of(v) if scale is not None and scale.roman and 1 <= v <= 12 else str(v)

    if low == high:
        value = one(low)
    else:
        value = f"{one(low)} or {one(high)}" if q.qualifier == "either" \
            else f"{one(low)}-{one(high)}"
    return f"{q.unit} {value}"


def _values(q: Quantity) -> set[int]:
    low, high = int(q.low), int(q.high)
    if q.qualifier == "either":
        return {low, high}
    return set(range(low, high + 1))


def _is_scale(value: Any) -> bool:
    return isinstance(value, Quantity) and value.dimension == SCALE


def _apart(a: TimeRef, b: TimeRef) -> bool:
    """Two times that share no day ("August 9" and "August 11", with or without their
    year)."""
    if None not in (a.earliest, a.latest, b.earliest, b.latest):
        return a.latest < b.earliest or b.latest < a.earliest  # type: ignore[operator]
    return bool(a.timex and b.timex and a.timex != b.timex)


def involves(left: Claim, right: Claim) -> bool:
    """Whether either claim is a value on a named scale: then ``compare_claims`` alone
    says what the pair is."""
    return _is_scale(left.value) or _is_scale(right.value)


def compare_claims(left: Claim, right: Claim) -> Finding | None:
    """Two values on one scale, compared exactly (an ordinal: no tolerance). None, no
    finding, for a value on a scale against anything else, on another scale or read
    otherwise ("at landfall" against the peak), and for two values at a moment of a
    course (``moments``: "at landfall") unless both are dated: a storm may make landfall
    more than once, so two undated landfalls need not be one."""
    a, b = left.value, right.value
    if not (isinstance(a, Quantity) and isinstance(b, Quantity) and _is_scale(a)
            and _is_scale(b) and a.unit == b.unit):
        return None
    lw, rw = left.when, right.when
    if a.unit in _MOMENTS and (lw is None or rw is None):
        return None
    if lw is not None and rw is not None and _apart(lw, rw):
        return None  # two days: two quakes, or a storm at two stages, not one value
    lt, rt = format_scale_value(a), format_scale_value(b)
    detail: dict[str, Any] = {"left": lt, "right": rt, "dimension": SCALE}
    va, vb = _values(a), _values(b)
    if va & vb:
        detail["relation"] = "equal" if va == vb else "overlap"
        kind = "agreement"
        summary = f"{lt} agrees with {rt}" if va == vb else f"{lt} and {rt} share a value"
    else:
        detail["relation"] = "above" if min(va) > max(vb) else "below"
        kind = "discrepancy"
        summary = f"{lt} against {rt}: the two accounts place it differently on the scale"
    if lw is not None and rw is not None and (lw.earliest, lw.latest) != (rw.earliest,
                                                                           rw.latest):
        detail["when"] = [lw.timex or lw.text, rw.timex or rw.text]
        summary += f"; dated {detail['when'][0]} vs {detail['when'][1]}"
    return Finding(kind=kind, summary=summary, claims=(left.id, right.id), detail=detail)
