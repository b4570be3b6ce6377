"""The data model: frozen records that point into a Document's text.

Only ``Document`` owns text. Every other record carries code-point offsets
(``start``, ``end``) into ``Document.text``, the way spaCy's Span is a view over
its Doc. The invariant that tests guard: ``document.text[x.start:x.end] == x.text``
wherever a record reports a ``text``.

The records a corpus holds by the hundred thousand (claims, their values and frames,
sentences and passages, findings, facts) are slotted: an instance dict was half of a
claim's memory. ``Document``, ``Segments`` and ``Report`` keep theirs (one per document
or run) for their cached properties. ``text.records`` copies the slotted ones fast.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import hashlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypedDict, cast

#: Version 2 (issue 14): a claim and its frame leave out what is null, empty or the
#: default, a fact's values name their claims instead of copying them, and a slant
#: finding's reason is its ``summary`` alone (no ``why``): a report of ten thousand
#: sources is a third the size. docs/report.schema.json says what may be left out.
SCHEMA = "claimcheck/3"

#: What a claim can be: a figure, a ratio, a date, a range of dates, a duration, an event, a
#: clause-level statement.
CLAIM_KINDS: tuple[str, ...] = (
    "quantity", "ratio", "date", "range", "duration", "event", "statement",
)

#: The dimension of a figure that is a place in an order ("third-busiest", "the 8th-largest
#: fall"): its unit names the order, and it meets only a place in the same order. Shared
#: by the quantities plugin that reads ranks and the frames and alignment that keep them
#: apart from counts.
RANK = "rank"
#: The dimension of a value on a named ordinal scale ("Mercalli intensity IX", "a
#: Category 4 hurricane", "an EF5 tornado"): its unit names the scale (and which value of
#: it: "maximum Mercalli intensity"), and it meets only a value on the same scale.
SCALE = "scale"

PASSAGE_KINDS: tuple[str, ...] = (
    "body",
    "heading",
    "footnote",
    "editorial",
    "citation",
    "boilerplate",
)

QUALIFIERS: tuple[str, ...] = (
    "exact",
    "approximately",
    "more_than",
    "at_least",
    "less_than",
    "at_most",
    "between",
    "either",  # one of two values: "eight or nine"
)
#: The qualifiers of a half-line ("more than 4,000", "at most 12"): a bound agrees with
#: every value beyond it.
BOUND_QUALIFIERS: frozenset[str] = frozenset(("more_than", "at_least", "less_than", "at_most"))

#: Slant categories (DESIGN.md): each slant finding names one.
SLANT_CATEGORIES: tuple[str, ...] = (
    "labeling",
    "loaded_language",
    "doubt_marking",
    "presupposition",
    "unsupported_attribution",
    "loaded_reporting_verb",
    "affiliation",
    "hedging",
)

FINDING_KINDS: tuple[str, ...] = (
    "discrepancy",
    "inconsistency",
    "slant",
    "wording",
    "agreement",
    "not_comparable",
    "unmatched",
)

#: The finding kinds, most important first: the order of a report's sections, and of its
#: findings within one run.
REPORT_ORDER: tuple[str, ...] = (
    "discrepancy",
    "inconsistency",
    "slant",
    "wording",
    "not_comparable",
    "agreement",
    "unmatched",
)


#: A surrogate code point: never text in its own right, and not encodable as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _by_fields(record: Any) -> tuple[Any, ...]:
    """``__reduce__`` of the records a worker sends back by the hundred thousand: the
    class and its field values, so that unpickling calls ``__init__``. Python's default
    pickles a record's ``__dict__`` and unpickling materialises a dict for each record,
    64 bytes more a record in the process that holds a corpus, and twice the pickle."""
    cls = type(record)
    names = _INIT_FIELDS.get(cls)
    if names is None:
        names = _INIT_FIELDS[cls] = tuple(
            f.name for f in dataclasses.fields(cls) if f.init)
    return cls, tuple(getattr(record, name) for name in names)


_INIT_FIELDS: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True)
class Document:
    """A source as read: its whole text, where it came from, and what the loader learnt.

    ``meta`` may hold ``title`` and ``date`` (an ISO date string the time extractor
    uses as its reference when the text itself gives no anchor).

    A lone surrogate (``"\\ud800"``, which a caller's string can hold but no UTF-8
    output can) becomes U+FFFD in the id, the text and meta's strings: one code point
    for one, so every offset still points where it did.
    """

    id: str
    text: str
    path: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        for name in ("id", "text"):
            value = getattr(self, name)
            if isinstance(value, str) and _SURROGATE.search(value):
                object.__setattr__(self, name, _SURROGATE.sub("\ufffd", value))
        if any(isinstance(v, str) and _SURROGATE.search(v) for v in self.meta.values()):
            object.__setattr__(self, "meta", {
                k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v
                for k, v in self.meta.items()})

    @property
    def title(self) -> str:
        """The loader's title, else the first non-blank line (trimmed to 120 chars)."""
        title = self.meta.get("title")
        if title:
            return str(title)
        for line in self.text.splitlines():
            if line.strip():
                return line.strip()[:120]
        return self.id

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a code-point offset, for ``file:line:col`` places."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col


@dataclass(frozen=True, slots=True)
class Passage:
    """A run of text with one role: body, heading, footnote, editorial, citation, boilerplate.

    ``label`` names a footnote ("1", "*") or a heading's number ("II").
    """

    __reduce__ = _by_fields

    kind: str
    start: int
    end: int
    label: str | None = None


@dataclass(frozen=True, slots=True)
class NoteRef:
    """A footnote marker in the text ("[1]", "¹", "*") and the footnote passage it points to."""

    __reduce__ = _by_fields

    start: int
    end: int
    label: str
    note: int | None  # index of the footnote passage in Segments.passages, None if unresolved


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence inside one passage; ``citations`` are indexes of citation passages it cites."""

    __reduce__ = _by_fields

    start: int
    end: int
    passage: int
    citations: tuple[int, ...] = ()
    notes: tuple[int, ...] = ()  # indexes into Segments.notes


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of columns read from plain text: a results table or an infobox.

    ``header`` holds the spans of the header row's cells (empty when the table has none):
    a column header names whose the figures below it are ("Smith", "Jones"). Each row is
    the spans of its cells; a row's first cell, when it holds no figure, names what the
    row's figures measure ("Popular vote"). Spans are (start, end) offsets in the text.

    ``columns`` says which way the table reads: "subjects" as above, or "measures" when
    the header names what each column measures and each row's first cell whose figures
    they are ("Party Votes % Seats" over "Labor 5,388,184 43.38 83").
    """

    start: int
    end: int
    header: tuple[tuple[int, int], ...]
    rows: tuple[tuple[tuple[int, int], ...], ...]
    columns: str = "subjects"


@dataclass(frozen=True, slots=True)
class Label:
    """A key that names what the figures after it are about: "Strength: 30,000 (est.)",
    "UNITED FORCES - 20,000", "Turnout61.3%". ``key`` and ``value`` are spans."""

    __reduce__ = _by_fields

    key: tuple[int, int]
    value: tuple[int, int]


@dataclass(frozen=True)
class Segments:
    """What the segmenter found: passages in reading order, sentences, footnote markers.

    Passages never overlap and together hold every non-blank character of the document.
    """

    passages: tuple[Passage, ...]
    sentences: tuple[Sentence, ...]
    notes: tuple[NoteRef, ...] = ()
    #: Rows of columns (infoboxes, results tables): what each cell's figure is about.
    tables: tuple[Table, ...] = ()
    #: "Key: value" lines, "LABEL - figure" headings and glued labels ("Turnout61.3%").
    labels: tuple[Label, ...] = ()

    @cached_property
    def _passage_starts(self) -> list[int]:
        return [p.start for p in self.passages]

    def passage_at(self, offset: int) -> Passage | None:
        """The passage holding ``offset`` (binary search over the ordered passages)."""
        i = bisect.bisect_right(self._passage_starts, offset) - 1
        if i >= 0 and self.passages[i].start <= offset < self.passages[i].end:
            return self.passages[i]
        return None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure as stated: a number, a range or a bound, with its unit.

    Exact values have ``low == high``. Bounds keep the stated number in both ``low`` and
    ``high`` and say which way they point in ``qualifier`` (``more_than 300,000`` is the
    half-line above 300,000). A ratio keeps its two terms in ``ratio``, in the order written.
    ``precision`` is the place value of the last significant digit as written ("4.2
    billion" -> 1e8), so that comparators can say "equal at the precision stated".
    """

    __reduce__ = _by_fields

    start: int
    end: int
    text: str
    low: float
    high: float
    unit: str | None = None
    qualifier: str = "exact"
    direction: str | None = None  # "up", "down" or None
    ratio: tuple[float, float] | None = None
    precision: float | None = None
    dimension: str | None = None  # "count", "currency", "length", "percent", "ratio", ...
    sides: tuple[str, str] | None = None  # what a ratio's two terms count, as written

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "low": _num(self.low),
            "high": _num(self.high),
            "unit": self.unit,
            "qualifier": self.qualifier,
        }
        if self.direction:
            out["direction"] = self.direction
        if self.ratio is not None:
            out["ratio"] = [_num(self.ratio[0]), _num(self.ratio[1])]
        if self.dimension:
            out["dimension"] = self.dimension
        return out


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression normalised to an interval of days, or a duration.

    A date is an interval: "the second half of October 1950" is 1950-10-16..1950-10-31.
    ``timex`` is the TimeML TIMEX3 value ("1950-10", "1950-SU", "P2Y"); ``year_source``
    says how the year was found: "stated", "narrative" or "reference". Durations have no
    ``earliest``/``latest`` but a length in days in ``duration_days`` (low, high).
    """

    __reduce__ = _by_fields

    start: int
    end: int
    text: str
    earliest: _dt.date | None
    latest: _dt.date | None
    granularity: str  # day, month, season, quarter, half, year, decade, century, duration
    timex: str
    mod: str | None = None
    year_source: str = "stated"
    kind: str = "date"  # "date", "range", "duration", "relative"
    duration_days: tuple[float, float] | None = None
    # The preposition governing the expression ("by", "since", "until", "from"), if any.
    relation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "granularity": self.granularity,
            "timex": self.timex,
        }
        if self.mod:
            out["mod"] = self.mod
        if self.year_source != "stated":
            out["year_source"] = self.year_source
        if self.duration_days is not None:
            out["duration_days"] = [_num(self.duration_days[0]), _num(self.duration_days[1])]
        return out


#: What statistic a figure is: a count or amount, a rate ("per day"), a share ("61 %"),
#: a change ("rose 5 %"), or a total of parts.
STATISTICS: tuple[str, ...] = ("count", "rate", "share", "change", "total")

#: Whether a figure holds at one moment ("the army numbered 90,000 by June") or adds up
#: over a period ("90,000 died over the whole war").
SCOPES: tuple[str, ...] = ("moment", "cumulative")


@dataclass(frozen=True, slots=True)
class Frame:
    """What a figure or date is about: what it measures, whose, when and where.

    Two figures are compared only when their frames are compatible: the same measure (or
    one a part of the other), no clashing subject, overlapping periods, compatible
    places and the same statistic. ``measure`` is a concept of the measure vocabulary
    (``data/measures.toml`` and what plugins register), a dotted path from the general
    to the particular ("casualties.killed"); ``measure_text`` the words it was read from.
    ``period`` is the time the figure holds for (None: not known); ``relative`` names a
    period stated against the document's own ("a year earlier") when it could not be
    resolved. ``place`` is where it holds ("Italy", "world"). ``source`` says where the
    frame was read: the sentence, a table, a row, a key-value line, a heading, or
    "conversion" for a figure restating the one before it in other units in brackets
    ("10,911 metres (35,797 ft)"), which takes that figure's frame.
    """

    __reduce__ = _by_fields

    measure: str | None = None
    measure_text: str | None = None
    #: True when the measure was read from a word that only suggests it ("men" for a
    #: strength): enough to keep two figures apart, not to call them one measure.
    measure_weak: bool = False
    #: What is counted, as a concept ("aircraft", "person"): the figure's own noun.
    counted: str | None = None
    subject: str | None = None
    subject_key: str | None = None
    period: TimeRef | None = None
    scope: str | None = None
    relative: str | None = None
    place: str | None = None
    statistic: str = "count"
    source: str = "sentence"

    def to_dict(self) -> dict[str, Any]:
        """The frame's fields, leaving out those that are null or the default
        (``measure_weak`` false, ``statistic`` "count", ``source`` "sentence"): most
        frames know a few things, and a corpus report holds hundreds of thousands."""
        out: dict[str, Any] = {}
        for name, value in (
            ("measure", self.measure),
            ("measure_text", self.measure_text),
            ("measure_weak", self.measure_weak or None),
            ("counted", self.counted),
            ("subject", self.subject),
            ("subject_key", self.subject_key),
            ("period", _when_dict(self.period)),
            ("scope", self.scope),
            ("relative", self.relative),
            ("place", self.place),
            ("statistic", None if self.statistic == "count" else self.statistic),
            ("source", None if self.source == "sentence" else self.source),
        ):
            if value is not None:
                out[name] = value
        return out


class ClaimExtra(TypedDict, total=False):
    """The keys of ``Claim.extra`` that the core reads: the typed hand-off from extractors
    to claim assembly and alignment. Any extractor may fill them; ``extra`` may hold
    other keys, which only their plugin reads (all of it is in the JSON report).

    A statement (``kind == "statement"``) tells the aligner what it says:
    """

    predicate: str  # the main verb's lemma ("withdraw")
    objects: list[str]  # the words of its objects
    role: str  # "main", or "subordinate" for a clause inside another
    subject_span: list[int]  # [start, end] of its subject
    refers_to: str  # what a pronoun subject stands for ("he" -> "Kim Il Sung")
    apposition: str  # a name given beside the subject
    context: list[list[int]]  # [start, end] of clauses attached to it as context
    context_words: list[str]  # the content words of that context
    #: Filled by the core: the figures and dates inside a statement, and the dates alone.
    claims: list[str]
    times: list[str]
    #: A figure that is a part of another ("including 380,000 ..."): the total's span.
    part_of: list[int]
    #: A figure of change ("rose 5 % to $3.1 billion"): ``role`` is "amount" (5 %), "level"
    #: (the level reached) or "earlier" ("up from 40"); ``direction`` "up", "down" or None;
    #: ``from``/``to`` the two levels when both are stated ("from $12m to $19m").
    change: dict[str, Any]
    #: Claims an extractor links by provisional id; the core maps them to final ids.
    links: dict[str, Any]
    #: A day its sentence tells as a span's "end" or "start" ("The siege was lifted on 26
    #: December"): against a span stated end to end, the day meets that end.
    span_edge: str


def claim_extra(claim: Claim) -> ClaimExtra:
    """A claim's ``extra`` read through the typed hand-off (no copy)."""
    return cast(ClaimExtra, claim.extra or {})


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement: a figure, a date, a duration, a ratio, an event.

    ``start``/``end`` cover the figure or date itself; ``sentence`` is the (start, end) of
    the sentence that carries it. ``subject`` is what is counted or dated, as written;
    ``subject_key`` its normalised form for matching. ``when`` is the time the claim holds
    for; ``attribution`` who the document says asserts it (None: the document itself).
    """

    __reduce__ = _by_fields

    id: str
    doc: str
    kind: str
    start: int
    end: int
    text: str
    sentence: tuple[int, int] | None = None
    passage: str = "body"
    subject: str | None = None
    subject_key: str | None = None
    value: Quantity | TimeRef | None = None
    when: TimeRef | None = None
    qualifier: str | None = None
    attribution: str | None = None
    citations: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    #: What the claim is about (figures and dates; filled by the core after extraction).
    frame: Frame | None = field(default=None, compare=False, hash=False)

    def to_dict(self, brief: bool = False) -> dict[str, Any]:
        """The claim as the JSON report writes it: ``subject``, ``subject_key``,
        ``when``, ``attribution`` left out when null, ``citations`` and ``hedges`` when
        empty, ``passage`` when "body"; its frame's ``subject``, ``subject_key`` and
        ``period`` left out when they are the claim's ``subject``, ``subject_key`` and
        ``when`` (null when the claim has one and the frame none): schema
        ``claimcheck/3``.

        ``brief`` (a report of many sources, where a claim is one value of a fact): what
        a reader of the fact needs, its span, sentence, value, date and attribution,
        without the alignment's workings (``frame``, ``subject_key``, ``extra``), without
        ``document`` (the id before its last colon) and without a figure's ``high`` when
        it is its ``low``, its ``qualifier`` when "exact" and its ``dimension`` when
        "count". Most of a corpus report is its claims; this is under half of them."""
        out: dict[str, Any] = {"id": self.id}
        if not brief:
            out["document"] = self.doc
        out.update({
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": list(self.sentence) if self.sentence else None,
        })
        if self.passage != "body":
            out["passage"] = self.passage
        if self.subject is not None:
            out["subject"] = self.subject
        if self.subject_key is not None and not brief:
            out["subject_key"] = self.subject_key
        out["value"] = self.value.to_dict() if self.value is not None else None
        if brief and isinstance(self.value, Quantity):
            if out["value"]["high"] == out["value"]["low"]:
                del out["value"]["high"]
            if out["value"]["qualifier"] == "exact":
                del out["value"]["qualifier"]
            if out["value"].get("dimension") == "count":
                del out["value"]["dimension"]
        if self.when is not None:
            out["when"] = _when_dict(self.when)
        if self.attribution is not None:
            out["attribution"] = self.attribution
        if self.citations:
            out["citations"] = list(self.citations)
        if self.hedges:
            out["hedges"] = list(self.hedges)
        if brief:
            return out
        if self.frame is not None:
            out["frame"] = self._frame_dict(self.frame)
        if self.extra:
            out["extra"] = _jsonable(dict(self.extra))
        return out


    def to_row(self) -> list[Any]:
        """The brief claim (``to_dict(brief=True)``) as a row of the fields
        ``CLAIM_FIELDS`` names, null where it has none, the trailing nulls left out: a
        corpus report lists tens of thousands of claims a line each, and their field
        names were a third of their bytes. ``dict(zip(CLAIM_FIELDS, row))`` reads it
        back (``claim_fields`` in the report)."""
        brief = self.to_dict(brief=True)
        row = [brief.get(name) for name in CLAIM_FIELDS]
        while row and row[-1] is None:
            row.pop()
        return row

    def _frame_dict(self, frame: Frame) -> dict[str, Any]:
        """The frame's dict without what repeats the claim's own fields: half of a
        corpus's figures hold for the time and belong to the subject their claim says."""
        out = frame.to_dict()
        for name, own, mine in (("subject", frame.subject, self.subject),
                                ("subject_key", frame.subject_key, self.subject_key),
                                ("period", frame.period, self.when)):
            if own == mine:
                out.pop(name, None)
            elif own is None:
                out[name] = None
        return {k: out[k] for k in _FRAME_ORDER if k in out}  # the frame's own order


#: A brief claim's fields, in the order of its row in a corpus report (``Claim.to_row``).
CLAIM_FIELDS: tuple[str, ...] = ("id", "kind", "start", "end", "text", "sentence", "value",
                                 "when", "subject", "attribution", "passage", "hedges",
                                 "citations")

#: The order of a frame's fields in the report.
_FRAME_ORDER = tuple(f for f in Frame.__dataclass_fields__)


@dataclass(frozen=True, slots=True)
class Finding:
    """What claimcheck concludes about one or more claims, with the reason in words.

    Slant and wording findings point at a span of one document directly (``document``,
    ``start``, ``end``, ``category``); the others point at claims.
    """

    kind: str
    summary: str
    claims: tuple[str, ...] = ()
    detail: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    document: str | None = None
    start: int | None = None
    end: int | None = None
    category: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "claims": list(self.claims),
            "summary": self.summary,
            "detail": _jsonable(dict(self.detail)),
        }
        if self.document is not None:
            out["document"] = self.document
            out["start"] = self.start
            out["end"] = self.end
        if self.category is not None:
            out["category"] = self.category
        return out


#: What the sources say about one fact, taken together.
FACT_VERDICTS: tuple[str, ...] = ("disagree", "not_comparable", "agree")

#: Where one source's value stands among the others': with the consensus, against it, or
#: in a fact with no consensus.
FACT_STANCES: tuple[str, ...] = ("consensus", "outlier", "alone")


@dataclass(frozen=True, slots=True)
class FactValue:
    """One source's statement of a fact: a claim, and where it stands among the others."""

    claim: str
    doc: str
    stance: str
    #: Values of one group agree with each other; group 1 is the consensus when there is
    #: one, then groups by the number of sources that give them.
    group: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"claim": self.claim, "doc": self.doc, "stance": self.stance,
                "group": self.group}


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing several sources state ("the strength of the North Korean army, as of June
    1950"): every source's value, and whether they agree.

    Claims meet in a fact when alignment paired them (their frames are compatible); a fact
    is one row of the report whatever the number of sources, so a report grows with the
    facts, not with the pairs of documents. ``values`` come in document order; ``pairs``
    holds the few pairwise findings that explain the verdict (each outlier against the
    consensus), never every pair.
    """

    id: str
    kind: str  # "figure" or "date"
    label: str
    verdict: str
    values: tuple[FactValue, ...]
    summary: str
    measure: str | None = None
    subject: str | None = None
    period: str | None = None
    pairs: tuple[Finding, ...] = ()

    @property
    def claims(self) -> tuple[str, ...]:
        return tuple(v.claim for v in self.values)

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v.doc for v in self.values))

    def to_dict(self, claims: Mapping[str, Claim] | None = None,
                brief: bool = False) -> dict[str, Any]:
        """The fact as the JSON report writes it (schema ``claimcheck/3``): its values as
        ``groups`` of agreeing values, group 1 the consensus when there is one, each with
        its stance and its claims' ids in document order (the report's claims list holds
        their text, span, date and attribution). A value costs its claim id, so a fact
        of two thousand sources stays a few lines.

        ``brief`` (a report of many sources): each pair without its ``detail`` (the
        numbers its summary states in words: the difference, the relation, the
        tolerance), which is a third of a corpus's facts.

        With ``claims`` (id -> claim), for a reader of this fact alone (the exports),
        the fact lists ``values`` instead, one per source's value, each with its claim's
        text, span, date and attribution copied."""
        head = {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "measure": self.measure,
            "subject": self.subject,
            "period": self.period,
            "verdict": self.verdict,
            "summary": self.summary,
        }
        pairs = [f.to_dict() for f in self.pairs]
        if brief:
            for pair in pairs:
                del pair["detail"]
        if claims is None:
            groups: dict[int, dict[str, Any]] = {}
            for v in self.values:
                groups.setdefault(v.group, {"stance": v.stance, "claims": []})[
                    "claims"].append(v.claim)
            return {**head, "groups": [groups[g] for g in sorted(groups)], "pairs": pairs}
        values = []
        for v in self.values:
            entry = v.to_dict()
            claim = claims.get(v.claim)
            if claim is not None:
                entry.update(text=claim.text, start=claim.start, end=claim.end,
                             when=_when_dict(claim.frame.period if claim.frame is not None
                                             else claim.when),
                             asserted_by=claim.attribution)
            values.append(entry)
        return {**head, "values": values, "pairs": pairs}


@dataclass(frozen=True)
class Report:
    """Everything one run produced. ``to_dict()`` is the ``claimcheck/3`` JSON schema."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    segments: Mapping[str, Segments] = field(default_factory=dict, compare=False, hash=False)
    #: What several sources state about one thing, disagreements first (see ``Fact``).
    facts: tuple[Fact, ...] = ()
    #: Findings and facts left out of this report by a limit (``--max-findings``).
    omitted: int = 0

    def document(self, doc_id: str) -> Document:
        return self._documents_by_id[doc_id]

    def claim(self, claim_id: str) -> Claim:
        """The claim of that id (KeyError if none): a dictionary look-up, so a renderer
        that looks up every finding's claims stays linear in the report."""
        return self._claims_by_id[claim_id]

    @cached_property
    def _documents_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def _claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}

    def _repr_html_(self) -> str | None:
        """Jupyter shows the report inline, through the view the report layer registered
        (``claimcheck.report.notebook``); None (plain repr) when none is."""
        view = _VIEWS.get("html")
        return view(self) if view is not None else None

    def to_frames(self) -> Any:
        """The report as pandas DataFrames (``claimcheck.to_frames``; pandas is the extra
        ``claimcheck[pandas]``), through the view the report layer registered
        (``claimcheck.report.frames``), so that the model imports neither pandas nor a
        renderer."""
        view = _VIEWS.get("frames")
        if view is None:
            raise RuntimeError("no frames view is registered (import claimcheck)")
        return view(self)

    def cited_claims(self) -> tuple[Claim, ...]:
        """The claims a finding or a fact names, in report order of claims: what a report
        of a corpus must carry (every claim of every source is ``claimcheck claims``')."""
        cited = {c for f in self.findings for c in f.claims}
        cited.update(v.claim for fact in self.facts for v in fact.values)
        return tuple(c for c in self.claims if c.id in cited)

    def held_by_facts(self) -> set[Finding]:
        """The findings a fact already tells: a fact of three or more sources' own
        finding (its claims are the fact's) and the pairwise findings that are a fact's
        ``pairs``. A corpus report writes them once, in its facts."""
        held = {f for fact in self.facts for f in fact.pairs}
        whole = {fact.claims for fact in self.facts}
        return {f for f in self.findings
                if f in held or ("fact" in f.detail and f.claims in whole)}

    def to_dict(self, claims: str = "all", corpus: bool = False) -> dict[str, Any]:
        """The JSON report; ``claims="cited"`` keeps only the claims findings and facts
        name; ``corpus`` is the JSON renderer's form for more than two sources (see
        ``sections``)."""
        return {key: list(value) if isinstance(value, Iterator) else value
                for key, value in self.sections(claims, corpus)}

    def sections(self, claims: str = "all", corpus: bool = False) -> list[tuple[str, Any]]:
        """``to_dict()``'s keys in order, each list as an iterator of its records, made
        as they are read: a renderer can write a report of a million findings record by
        record instead of holding the whole tree of dictionaries at once.

        ``corpus`` (a report of many sources, where the facts are the report): the
        findings a fact already tells are left out of ``findings`` (``held_by_facts``),
        only the claims findings and facts name are listed, each ``brief`` and as a row
        of the fields ``claim_fields`` names (``Claim.to_row``), and a fact's pairs leave
        out their detail (``Fact.to_dict``).
        ``to_dict()`` without it is the whole report."""
        findings: Sequence[Finding] = self.findings
        if corpus:
            held = self.held_by_facts()
            findings = [f for f in self.findings if f not in held]
            claims = "cited"
        listed = self.claims if claims == "all" else self.cited_claims()
        return [
            ("schema", SCHEMA),
            ("documents", iter([
                {
                    "id": d.id,
                    "path": d.path,
                    "title": d.title,
                    "chars": len(d.text),
                    "sha256": d.sha256,
                }
                for d in self.documents
            ])),
            *([("claim_fields", list(CLAIM_FIELDS))] if corpus else []),
            ("claims", (c.to_row() if corpus else c.to_dict() for c in listed)),
            ("findings", (f.to_dict() for f in findings)),
            ("facts", (fact.to_dict(brief=corpus) for fact in self.facts)),
            *([("omitted", self.omitted)] if self.omitted else []),
        ]


#: Rich views of a Report by format, registered by the layer that draws them, so that the
#: model itself imports no renderer.
_VIEWS: dict[str, Callable[[Report], Any]] = {}


def register_view(name: str, view: Callable[[Report], Any]) -> None:
    """Make ``view(report)`` the report's ``name`` view (``"html"``: ``_repr_html_``;
    ``"frames"``: ``to_frames``)."""
    _VIEWS[name] = view


def _num(x: float) -> int | float:
    """Whole numbers print as integers in JSON (110000, not 110000.0)."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 2**53:
        return int(x)
    return x


def _when_dict(when: TimeRef | None) -> dict[str, Any] | None:
    if when is None:
        return None
    return {
        "earliest": when.earliest.isoformat() if when.earliest else None,
        "latest": when.latest.isoformat() if when.latest else None,
        "text": when.text,
    }


def _jsonable(value: Any) -> Any:
    """Turn dates, tuples and records in a detail dict into plain JSON values."""
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return _num(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value
