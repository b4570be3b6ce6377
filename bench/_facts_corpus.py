"""A generated corpus of many sources stating shared facts, with the facts known.

Used by ``bench/scale.py`` (issue 14: from pairs to facts, at linear cost) to measure time,
memory and report size from 10 to 10,000 documents, and to score the facts a run reports
against the facts planted here. Real archives cannot be used for that: nobody knows which of
their figures belong together, and they do not come in sizes of 10,000 on demand.

Each document (about 10 KB of English prose, a digest of several stories) covers a few
*topics* (a war, an election, a company's results, an epidemic, a disaster). A topic owns a
handful of *facts*: (measure, subject, time, place, true value), for example "strength of
the Varnholt Army on 25 June 1950: 110,000". A document states a subset of its topics'
facts in varied sentence shapes and number and date formats ("110,000 troops", "a force
of 110,000 men", "some 110 thousand soldiers"; "25 June 1950", "June 25th, 1950", "June
1950"). Most sources give the true value; on a known share of facts a minority of sources
give another one (a planted disagreement). Around them sit filler sentences whose figures
and dates belong to no fact (each names its own invented place, so two of them never
describe the same thing) and distractors that must not merge with a fact: the same measure
for a subject nobody else mentions, and a fact's subject and measure in a year no other
sentence uses (only for measures whose every sentence states its time: without it, a
second value for the same subject and measure is the same fact told differently, as any
reader takes it).

A topic's heading states its year ("The 2006 election in Vendkainora", "Dengue fever in
Alouelilica province, 1987", "Ulaltcielton Telecom in 2016 and 2017"), and every document
that covers the topic repeats it (in the heading, and in the title when the topic is one
of its first two). Those are true agreements the sources make (each says when the topic's
election, outbreak or results were), so each year of a topic's heading is a fact too
(measure ``topic_year``, after the planted ones, ids ``Y<topic>.<k>``), all of whose
statements agree: a report that finds it is right, and one that chains two topics' years
into one row is wrong. Nothing random is drawn for them, so the texts are those the
generator wrote before they were counted.

The pool of facts grows with the number of documents (about three facts per document, each
stated by 3 to 30 documents), so a block keyed by measure and subject stays small and a
linear engine stays linear. Everything is drawn from one ``random.Random(seed)``: the same
``(n, seed, size)`` gives the same texts and the same ground truth on every run and every
``PYTHONHASHSEED`` (nothing iterates a set or a dict whose order depends on hashing).
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from collections import Counter
from dataclasses import dataclass, field

__all__ = ["TOPIC_YEAR", "Corpus", "Fact", "Span", "Stated", "generate"]

#: The measure of the facts a topic's heading states: its year.
TOPIC_YEAR = "topic_year"

# -- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stated:
    """One source's statement of a planted fact: where its value is written and what it says."""

    doc: int
    start: int
    end: int
    text: str
    value: float | str  # a number, or an ISO date for a date fact
    agrees: bool  # False: this source gives a value other than the true one


@dataclass(frozen=True)
class Span:
    """A figure or date that belongs to no planted fact (filler, distractor, time qualifier,
    the year in a heading).

    ``owner`` is the index of the fact a time qualifier dates, else -1.
    """

    doc: int
    start: int
    end: int
    text: str
    role: str  # "distractor" | "filler" | "qualifier" ("heading": no longer made, see
    # the topic years)
    owner: int = -1


@dataclass
class Fact:
    """A planted fact and every statement of it."""

    id: str
    kind: str  # "figure" | "date"
    domain: str
    measure: str
    subject: str
    time: str  # ISO date, month or year
    place: str
    value: float | str
    values: list[Stated] = field(default_factory=list)

    @property
    def docs(self) -> list[int]:
        return [s.doc for s in self.values]

    @property
    def disagree(self) -> bool:
        return any(not s.agrees for s in self.values)

    @property
    def disagreeing_docs(self) -> list[int]:
        return [s.doc for s in self.values if not s.agrees]


@dataclass
class Corpus:
    texts: list[str]
    names: list[str]  # file names, "doc00000.txt", ...
    facts: list[Fact]
    spans: list[Span]  # distractors, filler figures and dates, time qualifiers

    def write(self, directory) -> None:
        from pathlib import Path

        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        for name, text in zip(self.names, self.texts, strict=True):
            (d / name).write_text(text, encoding="utf-8")


# -- names ---------------------------------------------------------------------------------

_ONSETS = ("b br c ch d dr f g gr h k kr l m n p pr r s st t tr v w z "
           "al ar el or ul").split()
_VOWELS = "a e i o u a e o ai ea ou ie".split()
_CODAS = ["", "", "", "n", "r", "l", "s", "th", "nd", "rk", "m", "x", "v", "lt"]
_PLACE_ENDS = ["", "", "ia", "a", "land", "mark", "burg", "ova", "stan", "ora", "heim", "ny",
               "esk", "vik", "ton", "dor", "ica"]


class _Names:
    """Invented proper names, never the same twice in one corpus (subjects stay apart)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def word(self, ends: list[str] | None = None) -> str:
        rng = self.rng
        for _ in range(1000):
            syl = rng.choice((2, 2, 2, 3))
            w = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                        for _ in range(syl))
            w += rng.choice(ends or _PLACE_ENDS)
            w = w.capitalize()
            if 4 <= len(w) <= 13 and w not in self.used:
                self.used.add(w)
                return w
        raise RuntimeError("out of names")


# -- number and date formats -----------------------------------------------------------------

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()


def _g(x: float) -> str:
    """A decimal without trailing zeros: 4.2, 12, 1.25."""
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s


def count_forms(v: int) -> list[str]:
    """Ways to write a whole count that all mean exactly ``v``."""
    forms = [f"{v:,}", f"{v:,}"]
    if v < 10_000:
        forms.append(str(v))
    if v <= 20:
        forms += [_SMALL[v]] * 2
    if 10_000 <= v < 1_000_000 and v % 1000 == 0:
        forms.append(f"{v // 1000} thousand")
    if v >= 1_000_000 and v % 10_000 == 0:
        forms += [f"{_g(v / 1e6)} million"] * 2
    return forms


def money_forms(v: int) -> list[str]:
    """Ways to write an amount of US dollars that all mean exactly ``v``."""
    if v >= 1_000_000_000:
        b = _g(v / 1e9)
        forms = [f"${b} billion", f"${b} billion", f"{b} billion dollars", f"US${b} billion"]
        if v % 1_000_000 == 0:
            forms.append(f"${v // 1_000_000:,} million")
        return forms
    m = _g(v / 1e6)
    return [f"${m} million", f"${m} million", f"{m} million dollars", f"US${m} million"]


def percent_forms(v: float) -> list[str]:
    p = f"{v:.1f}"
    return [f"{p}%", f"{p} per cent", f"{p} percent", f"{p}%"]


_MONTHS = ("January February March April May June July August September October November "
           "December").split()


def _ordinal(d: int) -> str:
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix}"


def day_forms(d: dt.date) -> list[str]:
    m = _MONTHS[d.month - 1]
    return [f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}",
            f"{m} {d.day}, {d.year}", f"{_ordinal(d.day)} {m} {d.year}",
            f"{m} {_ordinal(d.day)}, {d.year}", d.isoformat(),
            f"the {_ordinal(d.day)} of {m} {d.year}"]


def month_forms(year: int, month: int) -> list[str]:
    m = _MONTHS[month - 1]
    return [f"{m} {year}", f"{m} {year}", f"{m} of {year}"]


def _nice(x: float, digits: int = 2) -> int:
    """``x`` rounded to ``digits`` significant digits."""
    if x <= 0:
        return 1
    e = math.floor(math.log10(x)) - digits + 1
    return round(x / 10**e) * 10**e if e > 0 else round(x)


# -- the pieces of a sentence ------------------------------------------------------------------


@dataclass
class _Piece:
    """Text with tagged spans inside it (offsets relative to the piece)."""

    text: str
    spans: list[tuple[int, int, object]] = field(default_factory=list)


def _render(template: str, fields: dict[str, str | _Piece]) -> _Piece:
    """Fill ``{name}`` slots, carrying the spans of pieces; capitalise the first letter."""
    out: list[str] = []
    spans: list[tuple[int, int, object]] = []
    pos = 0
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            out.append(template[i:])
            break
        out.append(template[i:j])
        pos += j - i
        k = template.index("}", j)
        val = fields[template[j + 1:k]]
        if isinstance(val, _Piece):
            spans += [(s + pos, e + pos, tag) for s, e, tag in val.spans]
            val = val.text
        out.append(val)
        pos += len(val)
        i = k + 1
    text = "".join(out)
    return _Piece(text[:1].upper() + text[1:], spans)


def _phrase(shape: str, number: str, tag: object) -> _Piece:
    """A value phrase such as "a force of {n} men" with the number's span tagged."""
    a, b = shape.split("{n}")
    return _Piece(a + number + b, [(len(a), len(a) + len(number), tag)])


# -- time qualifiers -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _When:
    """A fact's time: a day, a month or a year."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def phrase(self, rng: random.Random, tag: object, by: bool = False) -> _Piece:
        """The time written one of several ways; a day may be written as its month only."""
        if self.day and rng.random() < 0.8:
            text = rng.choice(day_forms(dt.date(self.year, self.month, self.day)))
            prep = rng.choice(["by", "as of"]) if by else rng.choice(["on", "on", "as of"])
        elif self.month:
            text = rng.choice(month_forms(self.year, self.month))
            prep = rng.choice(["by", "by the end of", "as of"]) if by else rng.choice(
                ["in", "in", "during"])
        else:
            text = str(self.year)
            prep = rng.choice(["in", "in", "during", "for"]) if not by else "by the end of"
        return _Piece(f"{prep} {text}", [(len(prep) + 1, len(prep) + 1 + len(text), tag)])


# -- measures: how a fact is written -----------------------------------------------------------

# A template has the slots {S} subject, {T} time phrase (with its preposition), {P} place,
# {V} value phrase, {src} a source; a shape has {n}, the number as written.

_WAR_SOURCES = ["the general staff", "a later official history", "Western intelligence estimates",
                "the defence ministry", "contemporary press reports", "a post-war inquiry",
                "the regimental records", "military historians", "a captured staff report"]
_ELECTION_SOURCES = ["the electoral commission", "official returns", "the interior ministry",
                     "the final count", "election observers", "the national statistics office"]
_COMPANY_SOURCES = ["the company's annual report", "its regulatory filing", "the group's accounts",
                    "a statement to the stock exchange", "its chief financial officer"]
_HEALTH_SOURCES = ["the health ministry", "the World Health Organization", "local health officials",
                   "the regional epidemiology service", "hospital authorities"]
_DISASTER_SOURCES = ["the civil protection agency", "the Red Cross", "government figures",
                     "the interior ministry", "relief agencies", "local authorities"]


@dataclass(frozen=True)
class _Measure:
    name: str
    kind: str  # "count" | "money" | "percent" | "date"
    shapes: tuple[str, ...]
    templates: tuple[str, ...]
    by: bool = False  # its time reads "by <date>" (a running total)


def _m(name, kind, shapes, templates, by=False) -> _Measure:
    return _Measure(name, kind, tuple(shapes), tuple(templates), by)


_MEASURES: dict[str, _Measure] = {m.name: m for m in [
    _m("strength", "count",
       ["{n} troops", "a force of {n} men", "some {n} soldiers", "about {n} troops", "{n} men",
        "roughly {n} men under arms", "{n} soldiers"],
       ["{T}, {S} fielded {V} along the {P} front.",
        "{S} numbered {V} {T}, {src} reported.",
        "According to {src}, {S} had {V} in the field {T}.",
        "{T}, {S} could call on {V} in the {P} sector.",
        "{src} put the strength of {S} at {V} {T}.",
        "The strength of {S} {T} stood at {V}, according to {src}.",
        "{S} had massed {V} near {P} {T}."]),
    _m("killed", "count",
       ["{n} men", "some {n} soldiers", "about {n} men", "{n} dead"],
       ["{S} lost {V} in the fighting at {P} {T}.",
        "At {P}, {S} suffered {V} {T}, according to {src}.",
        "{src} counted {V} of {S} killed at {P} {T}.",
        "The battle of {P} {T} cost {S} {V}."]),
    _m("prisoners", "count",
       ["{n} prisoners", "some {n} prisoners", "about {n} prisoners", "{n} captives"],
       ["{S} took {V} at {P} {T}.",
        "At {P}, {S} captured {V} {T}, {src} said.",
        "{T}, {S} held {V} taken at {P}."]),
    _m("tanks", "count",
       ["{n} tanks", "some {n} tanks", "{n} battle tanks", "about {n} tanks"],
       ["{S} went into action with {V} {T}.",
        "{T}, {S} deployed {V}, according to {src}.",
        "The armoured strength of {S} {T} was {V}."]),
    _m("aircraft", "count",
       ["{n} combat aircraft", "{n} aircraft", "some {n} warplanes"],
       ["{S} could fly {V} {T}.",
        "{T}, the air arm of {S} counted {V}, {src} estimated.",
        "{src} credited {S} with {V} {T}."]),
    _m("offensive_start", "date", [],
       ["The offensive by {S} began {T}.",
        "{S} opened its offensive {T}, according to {src}.",
        "It was {T} that {S} launched its main attack."]),
    _m("armistice", "date", [],
       ["The armistice ending the war with {S} was signed {T}.",
        "Fighting with {S} stopped when an armistice was signed {T}.",
        "According to {src}, the armistice with {S} was concluded {T}."]),
    _m("votes", "count",
       ["{n} votes", "some {n} votes", "{n} ballots", "just over {n} votes"],
       ["{S} received {V} in {P} {T}.",
        "In {P}, {S} polled {V} {T}, {src} said.",
        "{src} gave {S} {V} {T} in {P}.",
        "{T}, {S} won {V} across {P}."]),
    _m("vote_share", "percent",
       ["{n} of the vote", "{n} of votes cast", "{n} of the popular vote"],
       ["{S} took {V} in {P} {T}.",
        "{T}, {S} won {V} in {P}, according to {src}.",
        "In {P}, {S} finished with {V} {T}.",
        "{src} credited {S} with {V} in {P} {T}."]),
    _m("seats", "count",
       ["{n} seats", "{n} parliamentary seats", "{n} seats"],
       ["{S} won {V} in {P} {T}.",
        "{T}, {S} secured {V} in the {P} parliament.",
        "In {P}, {S} ended up with {V} {T}, {src} said."]),
    _m("turnout", "percent",
       ["{n}", "{n} of registered voters", "{n} of the electorate"],
       ["Turnout in {S} {T} was {V}.",
        "{src} put turnout in {S} at {V} {T}.",
        "{T}, turnout across {S} reached {V}."]),
    _m("election_day", "date", [],
       ["Voters in {S} went to the polls {T}.",
        "The general election in {S} was held {T}.",
        "{src} records that the election in {S} was held {T}."]),
    _m("revenue", "money",
       ["{n}", "{n} in sales", "revenue of {n}"],
       ["{S} reported revenue of {V} {T}.",
        "{T}, {S} had sales of {V}, according to {src}.",
        "{src} shows revenue at {S} of {V} {T}.",
        "Revenue at {S} came to {V} {T}."]),
    _m("net_profit", "money",
       ["{n}", "a net profit of {n}", "{n} in net income"],
       ["{S} earned {V} {T}.",
        "{T}, {S} posted {V}, {src} showed.",
        "Net profit at {S} was {V} {T}, according to {src}."]),
    _m("employees", "count",
       ["{n} employees", "{n} people", "some {n} staff", "{n} workers"],
       ["{S} employed {V} {T}.",
        "{T}, {S} had {V} on its payroll, according to {src}.",
        "The workforce of {S} stood at {V} {T}."]),
    _m("units", "count",
       ["{n} {unit}", "some {n} {unit}"],
       ["{S} delivered {V} {T}.",
        "{T}, {S} shipped {V}, according to {src}.",
        "{src} reports that {S} sold {V} {T}."]),
    _m("rnd", "money",
       ["{n}", "{n} on research"],
       ["{S} spent {V} on research and development {T}.",
        "{T}, research spending at {S} reached {V}, {src} said."]),
    _m("merger_completed", "date", [],
       ["{S} completed its takeover of {P} {T}.",
        "The acquisition of {P} by {S} closed {T}, according to {src}.",
        "It was {T} that {S} finally absorbed {P}."]),
    _m("cases", "count",
       ["{n} cases", "{n} confirmed cases", "some {n} cases", "{n} infections"],
       ["{src} had recorded {V} of {D} in {S} {T}.",
        "{T}, {S} had counted {V} of {D}.",
        "The {D} outbreak in {S} had reached {V} {T}, according to {src}.",
        "{S} reported {V} of {D} {T}."],
       by=True),
    _m("deaths", "count",
       ["{n} deaths", "{n} dead", "some {n} deaths", "{n} fatalities"],
       ["{D} had caused {V} in {S} {T}, {src} said.",
        "{T}, {S} had recorded {V} from {D}.",
        "{src} counted {V} from {D} in {S} {T}."],
       by=True),
    _m("hospitalised", "count",
       ["{n} patients", "{n} people", "some {n} patients"],
       ["{T}, hospitals in {S} had admitted {V} with {D}.",
        "{src} said {V} had been hospitalised with {D} in {S} {T}."],
       by=True),
    _m("vaccinated", "count",
       ["{n} doses", "{n} vaccine doses", "some {n} doses"],
       ["{T}, {S} had administered {V} against {D}.",
        "{src} reported {V} against {D} given in {S} {T}."],
       by=True),
    _m("first_case", "date", [],
       ["The first case of {D} in {S} was confirmed {T}.",
        "{src} confirmed the first {D} case in {S} {T}.",
        "{D} reached {S} {T}, when the first case was reported."]),
    _m("disaster_deaths", "count",
       ["{n} people", "at least {n} people", "{n} lives", "some {n} people"],
       ["{S} killed {V}, {src} said.",
        "When {S} struck {T}, it killed {V}.",
        "{S} claimed {V}, according to {src}.",
        "{src} put the death toll from {S} at {V}."]),
    _m("injured", "count",
       ["{n} people", "some {n} people", "{n} others"],
       ["{S} injured {V}, according to {src}.",
        "{src} said {V} were hurt in {S}."]),
    _m("displaced", "count",
       ["{n} people", "some {n} residents", "about {n} people"],
       ["{S} left {V} homeless, {src} said.",
        "{src} estimated that {S} displaced {V}."]),
    _m("homes_destroyed", "count",
       ["{n} homes", "some {n} houses", "{n} buildings"],
       ["{S} destroyed {V}, according to {src}.",
        "{T}, {S} destroyed {V}.",
        "{src} counted {V} destroyed by {S}."]),
    _m("damage", "money",
       ["{n}", "{n} in damage", "damage of {n}"],
       ["{src} estimated losses from {S} at {V}.",
        "{S} caused {V}, according to {src}.",
        "Insured and uninsured losses from {S} came to {V}."]),
    _m("aid", "money",
       ["{n}", "{n} in aid", "an aid package of {n}"],
       ["{S} pledged {V} after the {E}, {src} said.",
        "After the {E}, {S} promised {V}.",
        "{src} reported that {S} offered {V} for the victims of the {E}."]),
    _m("disaster_date", "date", [],
       ["{S} struck {T}.",
        "{S} hit the region {T}, according to {src}.",
        "It was {T} that {S} struck."]),
]}


# -- topics: how facts are drawn ---------------------------------------------------------------


@dataclass
class _FactPlan:
    """A fact before it is written: what every statement needs."""

    index: int
    kind: str
    domain: str
    measure: _Measure
    subject: str
    when: _When
    place: str
    value: float | str
    extra: dict[str, str]
    sources: list[str]
    alternatives: list[float | str] = field(default_factory=list)
    docs: list[int] = field(default_factory=list)
    outliers: dict[int, float | str] = field(default_factory=dict)


def _day(rng: random.Random, year: int, month: int | None = None) -> _When:
    month = month or rng.randint(1, 12)
    return _When(year, month, rng.randint(1, 28))


def _count(rng: random.Random, lo: float, hi: float, digits: int = 2) -> int:
    return _nice(math.exp(rng.uniform(math.log(lo), math.log(hi))), digits)


def _topic(rng: random.Random, names: _Names, domain: str) -> tuple[str, list[dict]]:
    """A topic's heading and its facts as dicts of what _FactPlan needs."""
    facts: list[dict] = []

    def add(measure, subject, when, place, value, sources, **extra):
        facts.append(dict(measure=_MEASURES[measure], subject=subject, when=when, place=place,
                          value=value, sources=sources, extra=extra))

    if domain == "war":
        a, b = names.word(), names.word()
        region = names.word()
        battle = names.word(["", "", "ford", "field", "bridge", "hill"])
        y = rng.randint(1860, 1990)
        d0 = _day(rng, y)
        army_a, army_b = f"the {a} Army", f"the {b} Army"
        s = _WAR_SOURCES
        add("strength", army_a, d0, region, _count(rng, 20_000, 900_000), s)
        add("strength", army_b, d0, region, _count(rng, 20_000, 900_000), s)
        add("strength", army_a, _When(y + 1), region, _count(rng, 20_000, 900_000), s)
        m = _When(y, rng.randint(1, 12))
        add("killed", army_a, m, battle, _count(rng, 800, 60_000), s)
        add("killed", army_b, m, battle, _count(rng, 800, 60_000), s)
        add("prisoners", army_a, m, battle, _count(rng, 300, 40_000), s)
        add("tanks", army_a, d0, region, _count(rng, 40, 3000), s)
        add("aircraft", army_b, d0, region, _count(rng, 30, 1500), s)
        add("offensive_start", army_a, d0, region, d0.iso, s)
        end = _day(rng, y + rng.randint(1, 3))
        add("armistice", a, end, region, end.iso, s)
        return f"The {a}–{b} war", facts
    if domain == "election":
        country = names.word()
        y = rng.randint(1950, 2023)
        day = _day(rng, y)
        parties = rng.sample(_PARTIES, 3)
        s = _ELECTION_SOURCES
        total = _count(rng, 2_000_000, 40_000_000, 3)
        shares = sorted((round(rng.uniform(8, 45), 1) for _ in range(3)), reverse=True)
        seats = _count(rng, 150, 600, 3)
        for p, sh in zip(parties[:2], shares[:2], strict=True):
            add("votes", p, _When(y), country, _nice(total * sh / 100, 3), s)
        for p, sh in zip(parties, shares, strict=True):
            add("vote_share", p, _When(y), country, sh, s)
        for p, sh in zip(parties[:2], shares[:2], strict=True):
            add("seats", p, _When(y), country, max(2, round(seats * sh / 100)), s)
        add("turnout", country, _When(y), country, round(rng.uniform(45, 92), 1), s)
        add("vote_share", parties[0], _When(y - rng.choice((4, 5))), country,
            round(rng.uniform(8, 45), 1), s)
        add("election_day", country, day, country, day.iso, s)
        return f"The {y} election in {country}", facts
    if domain == "company":
        sector, unit = rng.choice(_SECTORS)
        company = f"{names.word(['', '', 'a', 'ex', 'on', 'is'])} {sector}"
        y = rng.randint(1995, 2023)
        s = _COMPANY_SOURCES
        rev = _count(rng, 200e6, 90e9)
        add("revenue", company, _When(y), "", rev, s)
        add("revenue", company, _When(y + 1), "", _nice(rev * rng.uniform(0.7, 1.4)), s)
        add("net_profit", company, _When(y), "", _nice(rev * rng.uniform(0.03, 0.2)), s)
        add("employees", company, _When(y), "", _count(rng, 800, 300_000), s)
        add("units", company, _When(y), "", _count(rng, 5_000, 20_000_000), s, unit=unit)
        add("rnd", company, _When(y), "", _nice(rev * rng.uniform(0.01, 0.12)), s)
        target = f"{names.word()} {rng.choice(_SECTORS)[0]}"
        day = _day(rng, y + 1)
        add("merger_completed", company, day, target, day.iso, s)
        return f"{company} in {y} and {y + 1}", facts
    if domain == "epidemic":
        disease = rng.choice(_DISEASES)
        region, other = f"{names.word()} province", f"{names.word()} province"
        y = rng.randint(1900, 2023)
        m1 = rng.randint(1, 9)
        m2 = m1 + rng.randint(1, 3)
        s = _HEALTH_SOURCES
        c1 = _count(rng, 200, 200_000)
        c2 = _nice(c1 * rng.uniform(1.6, 4))
        add("cases", region, _When(y, m1), region, c1, s, D=disease)
        add("cases", region, _When(y, m2), region, c2, s, D=disease)
        add("deaths", region, _When(y, m2), region, _nice(c2 * rng.uniform(0.005, 0.08)), s,
            D=disease)
        add("hospitalised", region, _When(y, m2), region, _nice(c2 * rng.uniform(0.05, 0.3)), s,
            D=disease)
        add("vaccinated", region, _When(y, m2), region, _count(rng, 10_000, 5_000_000), s,
            D=disease)
        add("cases", other, _When(y, m2), other, _count(rng, 200, 200_000), s, D=disease)
        first = _day(rng, y, max(1, m1 - 1))
        add("first_case", region, first, region, first.iso, s, D=disease)
        return f"{disease.capitalize()} in {region}, {y}", facts
    # disaster
    kind = rng.choice(_DISASTERS)
    place = names.word()
    event = f"the {place} {kind}"
    y = rng.randint(1900, 2023)
    day = _day(rng, y)
    s = _DISASTER_SOURCES
    deaths = _count(rng, 20, 80_000)
    add("disaster_deaths", event, day, place, deaths, s)
    add("injured", event, day, place, _nice(deaths * rng.uniform(1.5, 6)), s)
    add("displaced", event, day, place, _count(rng, 2_000, 2_000_000), s)
    add("homes_destroyed", event, day, place, _count(rng, 300, 300_000), s)
    add("damage", event, day, place, _count(rng, 50e6, 80e9), s)
    donor = names.word()
    add("aid", donor, _When(y), place, _count(rng, 1e6, 900e6), s, E=f"{place} {kind}")
    add("disaster_date", event, day, place, day.iso, s)
    return f"The {place} {kind} of {y}", facts


_PARTIES = [f"the {a} Party" for a in
            ("Liberal", "Conservative", "Labour", "Green", "National", "Democratic", "Progressive",
             "People's", "Social Democratic", "Agrarian", "Reform", "Unity", "Centre",
             "Republican", "Christian Democratic", "Freedom", "Civic", "Radical")]
_SECTORS = [("Motors", "vehicles"), ("Airlines", "tickets"), ("Telecom", "handsets"),
            ("Steel", "tonnes of steel"), ("Foods", "tonnes of food"),
            ("Semiconductors", "chips"), ("Pharma", "vaccine doses"), ("Shipyards", "vessels"),
            ("Appliances", "washing machines"), ("Electronics", "televisions"),
            ("Breweries", "barrels"), ("Aerospace", "engines")]
_DISEASES = ["cholera", "measles", "influenza", "dengue fever", "typhoid", "diphtheria",
             "yellow fever", "meningitis", "mpox", "tuberculosis"]
_DISASTERS = ["earthquake", "flood", "cyclone", "wildfire", "landslide", "tsunami", "hurricane",
              "typhoon"]
_DOMAINS = ["war", "election", "company", "epidemic", "disaster"]


def _alternative(rng: random.Random, plan: _FactPlan) -> float | str:
    """A value a dissenting source gives: off by 15 % to 60 %, or a few days for a date."""
    v = plan.value
    if isinstance(v, str):
        d = dt.date.fromisoformat(v)
        for _ in range(100):
            alt = d + dt.timedelta(days=rng.choice((-1, 1)) * rng.randint(2, 40))
            if alt.year == d.year and alt.isoformat() not in plan.alternatives:
                return alt.isoformat()
        return (d + dt.timedelta(days=3)).isoformat()
    for _ in range(100):
        factor = rng.choice((rng.uniform(1.2, 1.6), rng.uniform(0.55, 0.83)))
        if plan.measure.kind == "percent":
            alt = round(v * factor, 1)
            if alt >= 100:
                continue
        else:
            alt = max(2, _nice(v * factor, 2 if v >= 100 else 1))
        if abs(alt - v) / v >= 0.15 and alt not in plan.alternatives:
            return alt
    return v * 2


# -- sentences ---------------------------------------------------------------------------------


def _value_text(rng: random.Random, kind: str, value: float | str) -> str:
    if kind == "count":
        return rng.choice(count_forms(int(value)))
    if kind == "money":
        return rng.choice(money_forms(int(value)))
    if kind == "percent":
        return rng.choice(percent_forms(float(value)))
    raise ValueError(kind)


def _fact_sentence(rng: random.Random, plan: _FactPlan, value: float | str,
                   templates: tuple[str, ...] | None = None) -> _Piece:
    """One statement of a fact: value span tagged ("value", index), time ("time", index);
    ``templates``: the measure's templates to draw from, when not all of them will do."""
    m = plan.measure
    template = rng.choice(templates or m.templates)
    fields: dict[str, str | _Piece] = dict(plan.extra)
    fields["S"] = plan.subject
    fields["P"] = plan.place
    fields["src"] = rng.choice(plan.sources)
    if m.kind == "date":
        d = dt.date.fromisoformat(str(value))
        text = rng.choice(day_forms(d))
        prep = "on"
        fields["T"] = _Piece(f"{prep} {text}", [(3, 3 + len(text), ("value", plan.index))])
    else:
        fields["T"] = plan.when.phrase(rng, ("time", plan.index), by=m.by)
        shape = rng.choice(m.shapes).replace("{unit}", plan.extra.get("unit", ""))
        fields["V"] = _phrase(shape, _value_text(rng, m.kind, value), ("value", plan.index))
    return _render(template, fields)


_OBSERVERS = ["Observers", "Local officials", "Commentators", "Several historians", "Residents",
              "Diplomats", "Analysts", "Critics", "Supporters", "Correspondents",
              "Independent experts", "Members of the opposition"]
_VERBS = ["described the situation as", "called the episode", "regarded the outcome as",
          "considered the figures", "saw the period as", "judged the response",
          "found the official account", "thought the decision"]
_ADJS = ["tense", "unprecedented", "difficult to assess", "a turning point", "inevitable",
         "premature", "poorly documented", "a matter of dispute", "remarkably calm",
         "long overdue", "hard to verify", "politically sensitive"]
_TAILS = ["", "", " at the time", " in retrospect", " for years afterwards",
          ", though opinion remained divided", ", a view that later research has softened"]
_LINKS = ["Meanwhile, ", "At the same time, ", "Later, ", "Even so, ",
          "In the weeks that followed, ", "", "", "", "By contrast, ", "As a result, "]
_OPINION_SUBJECTS = (
    ["the official account", "the surviving correspondence", "the press of the day",
     "eyewitness testimony", "the government", "the first published estimate",
     "the parliamentary record", "the statistical office", "the opposition"],
    ["estimates published at the time", "reporters on the ground", "later historians",
     "rival accounts", "foreign observers", "the figures circulated in the press",
     "the archives for the period", "local newspapers", "most published summaries"])
_OPINION_PREDICATES = (
    ["left several questions unanswered", "says little about the first days",
     "has been read in very different ways", "paints a less orderly picture",
     "was slow to acknowledge the scale of events", "offers only a partial view",
     "was revised within weeks", "reflects the priorities of its authors",
     "was challenged almost at once", "remains the starting point for most studies"],
    ["were revised more than once", "struggled to confirm what they heard",
     "were rarely sourced", "leaned on the same few documents",
     "disagree on how the events unfolded", "remain only partly open",
     "tended to round their numbers", "rarely agreed on the details",
     "were later shown to be incomplete", "differ on what counted as a loss"])
_FILLER = [
    ("The {N} bridge, completed in {Y}, spans {n} metres.", (50, 2000)),
    ("{N}, a town of {n} inhabitants, lies some {k} kilometres to the north.", (800, 90_000)),
    ("The {N} museum recorded {n} visitors in {Y}.", (2_000, 900_000)),
    ("The {N} Gazette sold {n} copies a day {M}.", (1_000, 400_000)),
    ("The {N} library holds {n} volumes, many of them donated in {Y}.", (3_000, 2_000_000)),
    ("The airport at {N} handled {n} flights {M}.", (500, 90_000)),
    ("The {N} Canal, opened in {Y}, carries {n} tonnes of freight a year.", (10_000, 9_000_000)),
    ("A plaque unveiled in {N} on {D} lists {n} names.", (20, 3_000)),
    ("{N} Cathedral took {k} years to build and was consecrated in {Y}.", None),
    ("The {N} observatory, founded in {Y}, catalogued {n} stars.", (500, 400_000)),
    ("The {N} railway opened on {D} with {n} kilometres of track.", (8, 900)),
    ("Rainfall at {N} averaged {n} millimetres a year.", (200, 3_000)),
    ("The {N} dam, finished {M}, holds {n} cubic metres of water.", (100_000, 90_000_000)),
    ("The {N} festival drew {n} people {M}.", (500, 300_000)),
]


def _filler(rng: random.Random, names: _Names) -> _Piece:
    """A sentence whose figures and dates name an invented place used nowhere else."""
    if rng.random() < 0.45:
        if rng.random() < 0.5:
            text = (rng.choice(_OBSERVERS) + " " + rng.choice(_VERBS) + " "
                    + rng.choice(_ADJS) + rng.choice(_TAILS) + ".")
        else:
            g = rng.randrange(2)
            text = (rng.choice(_LINKS) + rng.choice(_OPINION_SUBJECTS[g]) + " "
                    + rng.choice(_OPINION_PREDICATES[g]) + rng.choice(_TAILS) + ".")
        return _Piece(text[:1].upper() + text[1:])
    template, rangeof = rng.choice(_FILLER)
    fields: dict[str, str | _Piece] = {"N": names.word()}
    if "{n}" in template:
        v = _count(rng, *rangeof, 3) if rangeof else 0
        text = rng.choice(count_forms(v))
        fields["n"] = _Piece(text, [(0, len(text), ("filler", 0))])
    for key, make in (("{Y}", lambda: str(rng.randint(1700, 2020))),
                      ("{k}", lambda: str(rng.randint(3, 90))),
                      ("{M}", lambda: "in " + rng.choice(month_forms(rng.randint(1800, 2020),
                                                                     rng.randint(1, 12)))),
                      ("{D}", lambda: rng.choice(day_forms(dt.date(rng.randint(1800, 2020),
                                                                   rng.randint(1, 12),
                                                                   rng.randint(1, 28)))))):
        if key in template:
            t = make()
            lead = 3 if t.startswith("in ") else 0
            fields[key[1:-1]] = _Piece(t, [(lead, len(t), ("filler", 0))])
    return _render(template, fields)


def _distractor(rng: random.Random, names: _Names, plan: _FactPlan,
                taken: dict[tuple[str, str], set[int]]) -> _Piece | None:
    """A figure that looks like ``plan`` but is another fact stated once: the same measure for
    a subject nobody else names, or the same subject and measure in a year no other sentence
    gives them (``taken``: the years used for each measure and subject)."""
    m = plan.measure
    if m.kind == "date":
        return None
    # the same subject in another year is another fact only where every sentence says
    # its year: "The Driepox earthquake caused damage of $1.13 billion" beside "... caused
    # $1.2 billion" is one fact told two ways, whatever year the generator had in mind, and
    # "When the Derktravik hurricane struck in 1999, it killed 1,360 people" is no other
    # fact than "The Derktravik hurricane killed 1,000 people" to a reader of both
    dated = tuple(t for t in m.templates if "{T}" in t)
    if rng.random() < 0.5 and len(dated) == len(m.templates):
        subject = plan.subject
        years = taken.setdefault((m.name, subject), set())
        for _ in range(50):
            year = plan.when.year + rng.choice((-1, 1)) * rng.randint(2, 30)
            if year not in years and year <= 2024:
                break
        else:
            return None
        years.add(year)
        when = _When(year)
    else:
        stem = names.word()
        subject = {"war": f"the {stem} Army",
                   "election": stem if m.name == "turnout" else f"the {stem} League",
                   "company": f"{stem} {rng.choice(_SECTORS)[0]}",
                   "epidemic": f"{stem} province",
                   "disaster": f"the {stem} {rng.choice(_DISASTERS)}"}[plan.domain]
        when = plan.when
    value = plan.value
    for _ in range(50):
        if m.kind == "percent":
            value = round(rng.uniform(3, 60), 1)
        else:
            value = _nice(float(plan.value) * rng.uniform(0.3, 3), 3)
        if value != plan.value and value not in plan.alternatives:
            break
    fake = _FactPlan(-1, "figure", plan.domain, m, subject, when, plan.place, value,
                     plan.extra, plan.sources)
    piece = _fact_sentence(rng, fake, value, dated if subject == plan.subject else None)
    piece.spans = [(s, e, ("distractor", 0) if tag[0] == "value" else ("qualifier", -1))
                   for s, e, tag in piece.spans]
    return piece


# -- the corpus ----------------------------------------------------------------------------------


def generate(n: int, seed: int = 0, size: int = 10_000) -> Corpus:
    """``n`` documents of about ``size`` characters each and the facts planted in them."""
    if n < 1:
        raise ValueError("n must be at least 1")
    rng = random.Random(seed)
    names = _Names(rng)
    plans: list[_FactPlan] = []
    topics: list[tuple[str, list[int]]] = []  # heading, fact indices
    target_facts = 3 * n
    while len(plans) < target_facts or len(topics) < 2:
        domain = _DOMAINS[len(topics) % len(_DOMAINS)] if len(topics) < 5 else rng.choice(
            _DOMAINS)
        heading, facts = _topic(rng, names, domain)
        idx = []
        for f in facts:
            m = f["measure"]
            plans.append(_FactPlan(len(plans), "date" if m.kind == "date" else "figure", domain,
                                   m, f["subject"], f["when"], f["place"], f["value"],
                                   f["extra"], f["sources"]))
            idx.append(plans[-1].index)
        topics.append((heading, idx))
    taken: dict[tuple[str, str], set[int]] = {}
    for p in plans:
        taken.setdefault((p.measure.name, p.subject), set()).add(p.when.year)

    # which documents cover which topics: 3 to 5 each, every topic in at least 3 documents
    cover: list[list[int]] = []
    per_topic: list[list[int]] = [[] for _ in topics]
    for d in range(n):
        chosen = sorted(rng.sample(range(len(topics)), min(len(topics), rng.choice((3, 4, 4, 5)))))
        cover.append(chosen)
        for t in chosen:
            per_topic[t].append(d)
    for t, docs in enumerate(per_topic):
        while len(docs) < min(3, n):
            d = rng.randrange(n)
            if d not in docs:
                docs.append(d)
                cover[d].append(t)
        docs.sort()
    # which facts each covering document states (at most 30 documents a fact)
    states: dict[tuple[int, int], list[int]] = {}
    for t, docs in enumerate(per_topic):
        fidx = topics[t][1]
        for d in docs:
            p = rng.uniform(0.6, 0.95)
            chosen = [i for i in fidx if rng.random() < p]
            if len(chosen) < 3:
                chosen = sorted(rng.sample(fidx, min(3, len(fidx))))
            for i in chosen:
                if len(plans[i].docs) < 30:
                    plans[i].docs.append(d)
                    states.setdefault((d, t), []).append(i)
    # planted disagreements: on about a third of the facts a minority gives another value
    for p in plans:
        if len(p.docs) >= 2 and rng.random() < 0.35:
            k = max(1, round(len(p.docs) * rng.uniform(0.1, 0.3)))
            k = min(k, max(1, (len(p.docs) - 1) // 2))
            p.alternatives = [_alternative(rng, p)]
            if k >= 3 and rng.random() < 0.5:
                p.alternatives.append(_alternative(rng, p))
            for d in sorted(rng.sample(p.docs, k)):
                p.outliers[d] = rng.choice(p.alternatives)

    # each year a topic's heading states is a fact of its own (see the module's doc)
    years: dict[tuple[int, int], int] = {}
    topic_years: list[tuple[int, str]] = []  # (topic, year)
    for t, (heading, _) in enumerate(topics):
        for k, m in enumerate(_YEAR.finditer(heading)):
            years[(t, k)] = len(plans) + len(topic_years)
            topic_years.append((t, m.group()))

    texts: list[str] = []
    stated: dict[int, list[Stated]] = {}
    spans: list[Span] = []
    for d in range(n):
        text, tags = _document(rng, names, d, cover[d], topics, plans, states, taken, size,
                               years)
        texts.append(text)
        for s, e, tag in tags:
            role, i = tag
            if role == "value" and i >= len(plans):  # a topic's year
                stated.setdefault(i, []).append(Stated(d, s, e, text[s:e], text[s:e], True))
            elif role == "value":
                p = plans[i]
                value = p.outliers.get(d, p.value)
                stated.setdefault(i, []).append(
                    Stated(d, s, e, text[s:e], value, d not in p.outliers))
            elif role == "time":
                spans.append(Span(d, s, e, text[s:e], "qualifier", i))
            else:
                spans.append(Span(d, s, e, text[s:e], role, i if role == "qualifier" else -1))
    facts = [Fact(f"F{p.index + 1}", p.kind, p.domain, p.measure.name, p.subject, p.when.iso,
                  p.place, p.value, stated.get(p.index, [])) for p in plans]
    seen: Counter[int] = Counter()
    for j, (t, year) in enumerate(topic_years):
        heading, fidx = topics[t]
        seen[t] += 1
        facts.append(Fact(f"Y{t + 1}.{seen[t]}", "date", plans[fidx[0]].domain, TOPIC_YEAR,
                          heading, year, "", year, stated.get(len(plans) + j, [])))
    return Corpus(texts, [f"doc{d:05d}.txt" for d in range(n)], facts, spans)


def _document(rng: random.Random, names: _Names, d: int, cover: list[int],
              topics: list[tuple[str, list[int]]], plans: list[_FactPlan],
              states: dict[tuple[int, int], list[int]], taken: dict[tuple[str, str], set[int]],
              size: int, years: dict[tuple[int, int], int],
              ) -> tuple[str, list[tuple[int, int, tuple[str, int]]]]:
    """One document: a title, then a section per topic, filler spread to reach ``size``."""
    sections: list[tuple[str, list[_Piece]]] = []
    order = list(cover)
    rng.shuffle(order)
    for t in order:
        heading, _ = topics[t]
        items: list[_Piece] = []
        facts = list(states.get((d, t), []))
        rng.shuffle(facts)
        for i in facts:
            p = plans[i]
            items.append(_fact_sentence(rng, p, p.outliers.get(d, p.value)))
            if rng.random() < 0.12:
                extra = _distractor(rng, names, p, taken)
                if extra is not None:
                    items.append(extra)
        sections.append((heading, items))
    lead = rng.choice(["A chronicle of", "Notes on", "A digest:", "Report on", "Looking back at",
                       "Briefing:"])
    title = lead + " " + "; ".join(h[0].lower() + h[1:] if h.startswith("The ") else h
                                   for h, _ in sections[:2])
    # where each of the first two headings sits in the title (for their years)
    in_title = []
    at = len(lead) + 1
    for k, t in enumerate(order[:2]):
        in_title.append((t, at))
        at += len(sections[k][0]) + 2
    used = len(title) + sum(len(h) + 2 + sum(len(p.text) + 1 for p in items)
                            for h, items in sections)
    while used < size - 80:
        piece = _filler(rng, names)
        h, items = sections[rng.randrange(len(sections))]
        items.insert(rng.randint(0, len(items)), piece)
        used += len(piece.text) + 1
    out: list[str] = [title, "\n\n"]
    tags: list[tuple[int, int, tuple[str, int]]] = []
    for t, at in in_title:
        tags += _years(topics[t][0], at, t, years)
    pos = len(title) + 2
    for t, (h, items) in zip(order, sections, strict=True):
        tags += _years(h, pos, t, years)
        out.append(h + "\n\n")
        pos += len(h) + 2
        run = 0
        para = rng.randint(3, 7)
        for k, piece in enumerate(items):
            tags += [(s + pos, e + pos, tag) for s, e, tag in piece.spans]
            out.append(piece.text)
            pos += len(piece.text)
            run += 1
            sep = " "
            if run >= para or k == len(items) - 1:
                sep, run, para = "\n\n", 0, rng.randint(3, 7)
            out.append(sep)
            pos += len(sep)
    text = "".join(out).rstrip("\n") + "\n"
    return text, tags


def _years(heading: str, pos: int, topic: int, years: dict[tuple[int, int], int],
           ) -> list[tuple[int, int, tuple[str, int]]]:
    """The years of topic ``topic``'s heading written at ``pos`` ("The 2006 election in
    ..."), each tagged with its topic-year fact (``years``: (topic, k) -> fact index)."""
    return [(m.start() + pos, m.end() + pos, ("value", years[(topic, k)]))
            for k, m in enumerate(_YEAR.finditer(heading))]


_YEAR = re.compile(r"\b\d{4}\b")


def main(argv: list[str] | None = None) -> None:
    """Print one generated document and a summary of the ground truth (for a look)."""
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="document to print")
    args = ap.parse_args(argv)
    c = generate(args.n, args.seed)
    print(c.texts[args.show])
    stated = [f for f in c.facts if len(f.values) >= 2]
    print(f"-- {len(c.texts)} documents, {sum(map(len, c.texts)):,} chars, {len(c.facts)} facts "
          f"({len(stated)} stated by >= 2), {sum(f.disagree for f in c.facts)} disagreements, "
          f"{sum(len(f.values) for f in c.facts)} statements, "
          f"{sum(s.role == 'distractor' for s in c.spans)} distractors")


if __name__ == "__main__":
    main()
