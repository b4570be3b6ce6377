"""Line claims up across documents and within one: blocking, scoring, matching, grouping.

Comparing every claim with every other grows with the square of the claims. Blocking
keeps the work near linear: two claims meet only when they share a key (family, measure,
owner, event words, years; plugins add keys through ``blocking_keys``). A candidate pair
is scored from what the claims are about (the owner's entity key, the measure or event
words as concepts, weighted by rarity), when they hold, and how close their values are;
pairs are then matched one to one per pair of documents. With three or more documents,
matched claims are grouped across all of them and each group is reported once.

Precision first: two claims are paired only when what they count or date lines up; a
figure whose owner differs ("Apple's revenue" against "Microsoft's revenue") never meets.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import pluggy

from claimcheck.align.matching import DisjointSets, one_to_one
from claimcheck.config import DEFAULT, Config
from claimcheck.manager import call_hook
from claimcheck.model import Claim, Document, Finding, Quantity, Segments, TimeRef
from claimcheck.text.names import Aliases, normalize
from claimcheck.text.words import STOPWORDS, concept, content_words

#: Concepts that name what a figure measures. Two figures whose measures differ
#: ("losses" against "strength") are about different things, whatever else they share.
MEASURES = frozenset(
    {
        "death", "loss", "wound", "employ", "revenue", "profit", "refugee", "prisoner",
        "tank", "aircraft", "gun", "income", "cost", "price", "debt", "budget", "vote",
        "population", "output", "export", "import", "sale", "share", "rate", "unemploy",
        "casualti", "missing", "captur", "destroy", "ship", "dividend", "margin", "tax",
    }
)

#: Pronouns and determiners that stand for an owner named earlier ("Their losses").
_ANAPHORA = re.compile(r"^(?:their|its|his|her|the latter|the former|this|these)\b", re.I)
_PROPER = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*")

#: Words that make a figure a total over a period rather than a count at one moment.
_CUMULATIVE = re.compile(
    r"\b(?:over the (?:whole|entire|course of the)|in all\b|in total|all told|cumulative"
    r"|altogether|throughout the|rotated|since the start)",
    re.IGNORECASE,
)

TIME_KINDS = frozenset({"date", "range"})
#: Dates further apart than this are not "the same event, dated differently".
MAX_DATE_GAP_DAYS = 400
#: Figures whose dates lie further apart than this measure different moments.
MAX_FIGURE_GAP_DAYS = 366
#: Minimum pair score to be matched, and to join an already-matched claim as an extra.
MATCH_SCORE = 0.55
EXTRA_SCORE = 0.6
#: The most claims of another document one claim is compared with.
MAX_CANDIDATES = 16
_WINDOW_WORDS = 10


@dataclass
class Profile:
    """What alignment needs to know about one claim."""

    claim: Claim
    family: str
    dimension: str | None
    owner: str | None
    owner_words: frozenset[str]
    concepts: frozenset[str]
    measures: frozenset[str]
    own: frozenset[str]  # the concepts of the claim's own subject and unit
    interval: tuple[date, date] | None
    number: float | None
    keys: set[str] = field(default_factory=set)
    weight: float = 0.0  # the summed weights of ``concepts``, set once the weights are known
    note_target: tuple[int, int] | None = None  # span of the footnote a marker points to
    #: For a figure with no date of its own, the last date before it in its paragraph:
    #: used to keep figures of different years apart, never reported as the figure's date.
    context_interval: tuple[date, date] | None = None
    scope: str | None = None  # "cumulative" for totals over a period ("over the whole war")
    relative: bool = False  # holds for a time stated relative to another ("a year earlier")


# -- profiles ----------------------------------------------------------------------------


def profile(
    claim: Claim,
    document: Document,
    aliases: Aliases,
    bounds: tuple[int, int] | None = None,
) -> Profile | None:
    """The alignment profile of a figure, ratio or date; None for claims it does not line up.

    ``bounds`` limits the words read around the claim (to the stretch between the dates
    before and after it in its sentence, so that one event's words do not colour another's).
    """
    value = claim.value
    if isinstance(value, Quantity):
        family = "ratio" if claim.kind == "ratio" else "quantity"
        dimension = value.dimension or ("count" if value.unit else None)
        when = claim.when
        interval = (when.earliest, when.latest) if when and when.earliest and when.latest else None
        number = (value.low + value.high) / 2
    elif isinstance(value, TimeRef) and claim.kind in TIME_KINDS:
        if value.earliest is None or value.latest is None:
            return None
        family, dimension = "time", value.granularity
        interval = (value.earliest, value.latest)
        number = None
    elif isinstance(value, TimeRef) and value.duration_days is not None:
        family, dimension = "duration", "duration"
        when = claim.when
        interval = (when.earliest, when.latest) if when and when.earliest and when.latest else None
        number = sum(value.duration_days) / 2
    else:
        return None
    window = _window(document.text, claim, bounds)
    own = frozenset(
        concept(w)
        for words in (value.unit if isinstance(value, Quantity) else None, claim.subject)
        if words
        for w in content_words(words)
    )
    concepts = own | {concept(w) for w in content_words(window)}
    owner, owner_words = _owner(claim, document.text, aliases)
    scope = "cumulative" if family != "time" and _CUMULATIVE.search(window) else None
    relative = family != "time" and _is_relative(claim.when)
    return Profile(
        claim=claim,
        family=family,
        dimension=dimension,
        owner=owner,
        owner_words=owner_words,
        concepts=concepts,
        measures=_measures(own) if own & MEASURES else _measures(concepts),
        own=own,
        interval=interval,
        number=number,
        scope=scope,
        relative=relative,
    )


def _is_relative(when: TimeRef | None) -> bool:
    """A time counted from another ("a year earlier", "last year") with no anchor found."""
    return when is not None and when.kind == "relative" and when.earliest is None


def _measures(concepts: frozenset[str]) -> frozenset[str]:
    """What a figure measures: a specific measure if named ("losses"), else strength if it
    counts people ("men", "troops"), else nothing known."""
    specific = frozenset(c for c in concepts if c in MEASURES)
    if specific:
        return specific
    return frozenset({"personnel"}) if "personnel" in concepts else frozenset()


def _window(text: str, claim: Claim, bounds: tuple[int, int] | None = None) -> str:
    """The claim's clause: up to ten words either side (twenty for dates), in its sentence."""
    s_start, s_end = claim.sentence or (max(0, claim.start - 200), min(len(text), claim.end + 200))
    if bounds is not None:
        s_start, s_end = max(s_start, bounds[0]), min(s_end, bounds[1])
    left = text[s_start : claim.start]
    right = text[claim.end : s_end]
    left_words = left.split()[-_WINDOW_WORDS * 2 if claim.kind in TIME_KINDS else -_WINDOW_WORDS :]
    right_words = right.split()[: _WINDOW_WORDS * 2 if claim.kind in TIME_KINDS else 5]
    return " ".join(left_words) + " " + " ".join(right_words)


def _owner(claim: Claim, text: str, aliases: Aliases) -> tuple[str | None, frozenset[str]]:
    """Whose figure it is: a known entity in the subject, else its proper nouns."""
    subject = claim.subject or ""
    found = aliases.find(subject)
    if found:
        return found, frozenset(found.split())
    if subject and _ANAPHORA.match(subject.strip()):
        start = max(claim.sentence[0] - 400 if claim.sentence else 0, 0)
        earlier = aliases.find_last(text[start : claim.start])
        if earlier:
            return earlier, frozenset(earlier.split())
    proper = [m.group() for m in _PROPER.finditer(subject)]
    if proper:
        key = normalize(" ".join(proper))
        if key:
            return aliases.key(key), frozenset(key.split())
    return None, frozenset()


# -- weights and scores ------------------------------------------------------------------


def idf(profiles: Sequence[Profile]) -> dict[str, float]:
    """Rarer concepts weigh more: "Ridgway" says more about a date than "war"."""
    counts: dict[str, int] = defaultdict(int)
    for p in profiles:
        for c in p.concepts:
            counts[c] += 1
    n = max(len(profiles), 1)
    return {c: math.log(1 + n / k) for c, k in counts.items()}


def nearness(a: tuple[date, date], b: tuple[date, date], gap: int) -> float:
    """How strongly two dates point at one moment: 1 the same interval, 0.8 one inside a
    month-sized other, 0.4 inside a year, less as they drift apart."""
    if gap > 0:
        return max(0.0, 0.6 - gap / 60)
    if a == b:
        return 1.0
    longer = max((a[1] - a[0]).days, (b[1] - b[0]).days)
    contained = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
    if contained and longer <= 31:
        return 0.8
    if contained and longer <= 366:
        return 0.4
    return 0.1


def _similarity(a: Profile, b: Profile, weights: Mapping[str, float]) -> float:
    """Half weighted Jaccard, half weighted overlap of two claims' concepts: a terse
    sentence is not penalised for a verbose one."""
    if not a.weight or not b.weight:
        return 0.0
    shared = sum(weights.get(c, 1.0) for c in a.concepts & b.concepts)
    if not shared:
        return 0.0
    union = a.weight + b.weight - shared
    return (shared / union + shared / min(a.weight, b.weight)) / 2


def owner_match(a: Profile, b: Profile) -> float | None:
    """1.0 the same owner, 0.8 one's words within the other's, 0.5 unknown, None different."""
    if a.owner is None and b.owner is None and a.measures == b.measures and (
        a.measures - {"personnel"}
    ):
        return 0.9  # nobody named on either side, and the same specific measure ("revenue")
    if a.owner is None or b.owner is None:
        return 0.9 if _same_subject(a.claim, b.claim) else 0.5
    if a.owner == b.owner:
        return 1.0
    if a.owner_words and b.owner_words and (
        a.owner_words <= b.owner_words or b.owner_words <= a.owner_words
    ):
        return 0.8
    return None


def _same_subject(a: Claim, b: Claim) -> bool:
    """The same subject, and more than the bare unit ("revenue" = "revenue", not "men")."""
    if not a.subject_key or a.subject_key != b.subject_key:
        return False
    unit = a.value.unit if isinstance(a.value, Quantity) else None
    return not unit or normalize(unit) != a.subject_key


def _gap_days(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int | None:
    if a is None or b is None:
        return None
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def score(a: Profile, b: Profile, weights: Mapping[str, float]) -> float:
    """How sure we are that two claims speak about the same thing, 0 (not at all) to ~1.5."""
    if a.family != b.family:
        return 0.0
    if a.family != "time" and a.dimension != b.dimension and None not in (a.dimension,
                                                                          b.dimension):
        return 0.0
    if a.measures and b.measures and not (a.measures & b.measures):
        return 0.0
    owners = owner_match(a, b)
    if owners is None:
        return 0.0
    words = _similarity(a, b, weights)
    gap = _gap_days(a.interval, b.interval)
    if a.family == "time":
        if gap is None or gap > MAX_DATE_GAP_DAYS:
            return 0.0
        near = nearness(a.interval, b.interval, gap)  # type: ignore[arg-type]
        total = 1.2 * words + 0.35 * near + (0.1 if owners == 1.0 else 0.0)
        if near >= 0.8 and a.concepts & b.concepts:
            # the same date (or a day inside a named month), and something said in common
            total += 0.3 if near == 1.0 else 0.15
        return total
    total = 0.55 * words + 0.45 * owners
    if a.own and a.own == b.own:
        total += 0.2  # the same thing counted, in the same words ("submachine guns")
    elif a.own and b.own and (a.own < b.own or b.own < a.own) and len(a.own ^ b.own) == 1:
        total += 0.1  # one of two things stated together ("in troops and in guns")
    if owners == 0.5 and words < 0.3:
        return 0.0  # nobody named, and little said in common: not enough to pair
    if a.number and b.number and a.number > 0 and b.number > 0:
        # a measure in units (km, hours, $) says more than a bare count of "men"
        weight = 0.15 if a.dimension in (None, "count") else 0.25
        total += weight * max(0.0, 1.0 - abs(math.log10(a.number / b.number)))
    if a.relative != b.relative:
        total -= 0.3  # "$655 million a year earlier" is another period's figure
    if gap is None:
        gap = _gap_days(a.interval or a.context_interval, b.interval or b.context_interval)
    if gap is not None and gap > MAX_FIGURE_GAP_DAYS:
        total -= 0.3  # a figure for another year is another measurement
    if (a.note_target and _inside(b.claim, a.note_target)) or (
        b.note_target and _inside(a.claim, b.note_target)
    ):
        total += 0.4  # the text and the footnote it points to
    return total


def _inside(claim: Claim, span: tuple[int, int]) -> bool:
    return span[0] <= claim.start < span[1]


# -- blocking ----------------------------------------------------------------------------


def default_keys(p: Profile, weights: Mapping[str, float]) -> set[str]:
    """Keys that must be shared for two claims to be compared at all."""
    if p.family == "time":
        assert p.interval is not None
        first, last = p.interval
        rare = sorted(p.concepts, key=lambda c: (-weights.get(c, 0.0), c))[:4]
        if (last - first).days <= 62:
            # a day or a month meets what falls in its month, and dates a month either
            # side that share its rarer words (June 30 against July 1)
            months = {_month(first, -1), _month(first, 0), _month(last, 0), _month(last, 1)}
            keys = {f"t|m|{first:%Y-%m}", f"t|m|{last:%Y-%m}"}
            keys.update(f"t|{c}|{m}" for c in rare for m in months)
            return keys
        years = range(first.year - 1, min(last.year, first.year + 2) + 2)
        return {f"t|{c}|{y}" for c in rare for y in years}
    base = f"{p.family}|{p.dimension or 'count'}"
    measures = sorted(p.measures) or ["-"]
    if p.owner:
        # the owner and what is measured, also by year so that a large corpus keeps its
        # blocks small; "the Chinese" meets "Chinese volunteers" through the first word
        keys = {f"{base}|o|{p.owner}"} | {f"{base}|o|{p.owner}|m|{m}" for m in measures}
        when = p.interval or p.context_interval
        if when is not None:
            keys.update(f"{base}|o|{p.owner}|m|{m}|y|{y}" for m in measures
                        for y in range(when[0].year - 1, when[0].year + 2))
        first = p.owner.split()[0]
        keys.update(f"{base}|w|{first}|m|{m}" for m in measures)
        keys.update(f"{base}|m|{m}" for m in p.measures)  # to meet an unnamed owner's
        return keys
    rare = sorted(p.concepts - p.measures, key=lambda c: (-weights.get(c, 0.0), c))[:3]
    keys = {f"{base}|m|{m}|c|{c}" for m in measures for c in rare}
    if p.measures:
        keys.update(f"{base}|m|{m}" for m in p.measures)
    return keys


def _month(day: date, shift: int) -> str:
    index = day.year * 12 + day.month - 1 + shift
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _plugin_keys(claim: Claim, pm: pluggy.PluginManager, config: Config) -> set[str]:
    keys: set[str] = set()
    for batch in call_hook(pm, "blocking_keys", claim=claim, config=config):
        keys.update(f"plugin|{k}" for k in batch or ())
    return keys


def candidate_pairs(left: Sequence[Profile], right: Sequence[Profile]) -> list[tuple[int, int]]:
    """Index pairs (i, j) that share a key, each once, in a deterministic order.

    Each claim takes its candidates from its most specific keys first (the smallest
    blocks) and stops at MAX_CANDIDATES: a bounded number of comparisons per claim is
    what keeps alignment linear in the number of claims.
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for j, p in enumerate(right):
        for key in p.keys:
            blocks[key].append(j)
    pairs: set[tuple[int, int]] = set()
    for i, p in enumerate(left):
        mine: set[int] = set()
        for key in sorted(p.keys, key=lambda k: (len(blocks.get(k, ())), k)):
            members = blocks.get(key)
            if not members:
                continue
            if len(mine) + len(members) > MAX_CANDIDATES:
                break
            mine.update(members)
        pairs.update((i, j) for j in mine)
    return sorted(pairs)


# -- matching ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    left: Claim
    right: Claim
    score: float
    finding: Finding


def match(
    left: Sequence[Profile],
    right: Sequence[Profile],
    weights: Mapping[str, float],
    compare: Callable[[Claim, Claim], Finding | None],
    *,
    same_document: bool = False,
) -> list[Match]:
    """One-to-one matching by score; then a claim left over joins the claim it is surest of.

    The second pass lets one source's figure meet two estimates in the other (110,000
    against both 135,000 and 103,000) without letting weak pairs in.
    """
    scored: list[tuple[float, int, int]] = []
    for i, j in candidate_pairs(left, right):
        if same_document and not _may_compare_within(left[i], right[j]):
            continue
        s = score(left[i], right[j], weights)
        if s >= MATCH_SCORE:
            scored.append((s, i, j))
    # a document's own claims pair first; figures it reports as somebody else's come after
    scored.sort(key=lambda item: (_attributed(left[item[1]], right[item[2]]), -item[0],
                                  item[1], item[2]))
    kept, deferred = one_to_one(scored, lambda i, j: compare(left[i].claim, right[j].claim))
    matches = [Match(left[i].claim, right[j].claim, s, finding) for s, i, j, finding in kept]
    used_left = {i for _, i, _, _ in kept}
    used_right = {j for _, _, j, _ in kept}
    partner_of_left = {id(m.left): m.right for m in matches}
    partner_of_right = {id(m.right): m.left for m in matches}
    # a claim that found a partner it agrees with is explained; it takes no second partner
    settled = {id(c) for m in matches if m.finding.kind == "agreement" for c in (m.left, m.right)}
    extras: dict[int, int] = defaultdict(int)  # one extra partner per claim at most
    own_of = {id(p.claim): p.own for p in (*left, *right)}
    for s, i, j in deferred:
        a, b = left[i].claim, right[j].claim
        if s < EXTRA_SCORE or extras[id(a)] or extras[id(b)]:
            continue
        if _second_opinion(b, partner_of_left.get(id(a))) or _second_opinion(
            a, partner_of_right.get(id(b))
        ):
            continue
        if (_settled(a, settled) or _settled(b, settled)) and not _covers_both(
            left[i] if i in used_left else right[j],
            right[j] if i in used_left else left[i],
            own_of.get(id(partner_of_left.get(id(a)) if i in used_left
                          else partner_of_right.get(id(b)))),
        ):
            continue
        extras[id(a)] += 1
        extras[id(b)] += 1
        finding = compare(a, b)
        if finding is None or (i in used_left and j in used_right and finding.kind == "agreement"):
            continue
        taken = partner_of_left.get(id(a)) if i in used_left else partner_of_right.get(id(b))
        fresh = b if i in used_left else a
        if finding.kind == "agreement" and (
            left[i].family == "time" or (taken is not None and _restates(fresh, taken))
        ):
            continue  # a date or figure said twice agrees twice: tell the reader once
        used_left.add(i)
        used_right.add(j)
        matches.append(Match(a, b, s, finding))
    return matches


def _covers_both(shared: Profile, fresh: Profile, taken: frozenset[str] | None) -> bool:
    """One claim stated for two things ("two to one in troops and in guns") may agree with
    a claim about each: its subject names both, and they are different things."""
    if not taken or not fresh.own or fresh.own == taken or fresh.own <= taken:
        return False
    return (fresh.own | taken) <= shared.own


def _second_opinion(claim: Claim, partner: Claim | None) -> bool:
    """A figure a document cites from somebody else, where the document's own figure has
    already met the other side's: the citation is not the document's word."""
    return bool(claim.attribution) and partner is not None and not partner.attribution \
        and partner.doc == claim.doc


def _settled(claim: Claim, settled: set[int]) -> bool:
    """Agreed with its partner, so explained; a title's dates stay open to a second look
    ("1950-1953" agrees with one title and differs from the document's other header)."""
    return id(claim) in settled and claim.passage != "heading"


def _restates(a: Claim, b: Claim) -> bool:
    """Two claims of one document that state the same value about the same subject."""
    return a.subject_key == b.subject_key and _value_key(a) == _value_key(b)


def _value_key(claim: Claim) -> object:
    value = claim.value
    if isinstance(value, Quantity):
        return (value.low, value.high, value.ratio)
    if isinstance(value, TimeRef):
        return (value.earliest, value.latest, value.duration_days)
    return None


def _attributed(a: Profile, b: Profile) -> int:
    return bool(a.claim.attribution) + bool(b.claim.attribution)


def _may_compare_within(a: Profile, b: Profile) -> bool:
    """Within one document only figures meet, and only the same owner's figure stated
    twice: a narrative naturally moves from date to date, and a document that reports
    two sources' estimates ("a State Department report ... later reports ...") does not
    contradict itself. Never within one sentence, nor a total against its own parts."""
    ca, cb = a.claim, b.claim
    if a.family == "time" or owner_match(a, b) != 1.0:
        return False
    if ca.attribution and cb.attribution:
        return False
    if ca.sentence is not None and ca.sentence == cb.sentence:
        return False
    return not (_part_of(ca, cb) or _part_of(cb, ca))


def _part_of(part: Claim, total: Claim) -> bool:
    span = part.extra.get("part_of") if part.extra else None
    return bool(span) and tuple(span) == (total.start, total.end)


# -- findings ----------------------------------------------------------------------------


def describe(
    finding: Finding,
    a: Claim,
    b: Claim,
    same_document: bool,
    cumulative: Mapping[str, bool] | None = None,
) -> Finding | None:
    """Add what a reader must know to trust the comparison: dates, scope, who asserts,
    where. ``cumulative`` says which claims are totals over a period."""
    cumulative = cumulative or {}
    kind = finding.kind
    detail = dict(finding.detail)
    notes: list[str] = []
    if isinstance(a.value, Quantity) and isinstance(b.value, Quantity):
        gap = _gap_days(_interval(a.when), _interval(b.when))
        if gap is not None and gap > 0:
            if "dated" not in finding.summary:
                notes.append(f"dated {_when_text(a.when)} vs {_when_text(b.when)}")
            detail["dates_differ"] = [_when_text(a.when), _when_text(b.when)]
            if gap > MAX_FIGURE_GAP_DAYS and kind in ("discrepancy", "agreement"):
                kind = "not_comparable"
                notes.insert(0, "measured at different times")
        elif _is_relative(a.when) != _is_relative(b.when) and kind != "agreement":
            kind = "not_comparable"
            relative = a if _is_relative(a.when) else b
            notes.insert(0, f"{relative.text} holds for {relative.when.text}, "  # type: ignore[union-attr]
                            "another period than the other figure")
        elif (a.when is None) != (b.when is None):
            dated = a if a.when is not None else b
            notes.append(f"only one side is dated ({_when_text(dated.when)})")
    scopes = [cumulative.get(c.id, False) for c in (a, b)]
    if isinstance(a.value, Quantity) and scopes[0] != scopes[1] and kind != "agreement":
        kind = "not_comparable"
        total = a if scopes[0] else b
        notes.insert(0, f"{total.text} is a total over a period, the other a count at one time")
    asserted = {c.id: c.attribution for c in (a, b) if c.attribution}
    if asserted:
        detail["asserted_by"] = asserted
        notes.extend(f"{c.text} according to {_source(c.attribution)}"
                     for c in (a, b) if c.attribution)
    if same_document:
        if kind == "agreement" or kind == "not_comparable":
            return None
        if kind == "discrepancy" and not asserted:
            kind = "inconsistency"
        places = [c.passage for c in (a, b)]
        if "footnote" in places and places[0] != places[1]:
            notes.append("body against footnote")
    summary = finding.summary
    if notes:
        summary = f"{summary}; {'; '.join(notes)}"
    subject = a.subject or b.subject
    if subject and isinstance(a.value, Quantity) and subject.lower() not in summary.lower():
        summary = f"{subject}: {summary}"
    return Finding(kind=kind, summary=summary, claims=(a.id, b.id), detail=detail)


def _source(who: str) -> str:
    """Mid-sentence form of a source: "a State Department report", "later reports"."""
    first, _, rest = who.partition(" ")
    if rest and first.lower() in STOPWORDS:
        return f"{first.lower()} {rest}"
    return who


def _interval(when: TimeRef | None) -> tuple[date, date] | None:
    if when is None or when.earliest is None or when.latest is None:
        return None
    return (when.earliest, when.latest)


def _when_text(when: TimeRef | None) -> str:
    if when is None:
        return "undated"
    if when.earliest and when.latest and when.earliest == when.latest:
        return when.earliest.isoformat()
    return when.timex or when.text


# -- the whole comparison ----------------------------------------------------------------


def align(
    documents: Sequence[Document],
    claims_by_doc: Mapping[str, list[Claim]],
    segments_by_doc: Mapping[str, Segments],
    aliases: Aliases,
    *,
    pm: pluggy.PluginManager,
    config: Config = DEFAULT,
) -> list[Finding]:
    """Every finding from lining claims up: across documents, within each, and unmatched."""
    profiles: dict[str, list[Profile]] = {}
    for doc in documents:
        segs = segments_by_doc.get(doc.id)
        found = []
        claims = claims_by_doc.get(doc.id, ())
        for claim, bounds in zip(claims, _date_bounds(claims), strict=True):
            p = profile(claim, doc, aliases, bounds)
            if p is not None:
                found.append(p)
        if segs is not None:
            _link_notes(found, segs)
            _narrative_time(found, segs)
        profiles[doc.id] = found
    everything = [p for doc in documents for p in profiles[doc.id]]
    weights = idf(everything)
    for p in everything:
        p.weight = sum(weights.get(c, 1.0) for c in p.concepts)
        p.keys = default_keys(p, weights) | _plugin_keys(p.claim, pm, config)

    def compare(a: Claim, b: Claim) -> Finding | None:
        return call_hook(pm, "compare_claims", left=a, right=b, config=config)

    findings: list[Finding] = []
    pair_matches: list[Match] = []
    ids = [d.id for d in documents]
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            pair_matches.extend(match(profiles[a], profiles[b], weights, compare))
    cumulative = {p.claim.id: p.scope == "cumulative" for p in everything}
    findings.extend(_report_groups(pair_matches, compare, cumulative))
    for doc_id in ids:
        figures = [p for p in profiles[doc_id] if p.family != "time"]  # see _may_compare_within
        for m in match(figures, figures, weights, compare, same_document=True):
            if m.left.start < m.right.start:
                described = describe(m.finding, m.left, m.right, same_document=True,
                                     cumulative=cumulative)
                if described is not None:
                    findings.append(described)
    if len(ids) > 1:
        matched = {c for m in pair_matches for c in (m.left.id, m.right.id)}
        findings.extend(_unmatched(documents, profiles, matched))
    return findings


def _date_bounds(claims: Sequence[Claim]) -> list[tuple[int, int] | None]:
    """For each date, the stretch between the dates before and after it in its sentence."""
    bounds: list[tuple[int, int] | None] = [None] * len(claims)
    dates = [i for i, c in enumerate(claims) if c.kind in TIME_KINDS]
    for n, i in enumerate(dates):
        claim = claims[i]
        lo, hi = 0, 1 << 62
        if n > 0 and claims[dates[n - 1]].sentence == claim.sentence:
            lo = claims[dates[n - 1]].end
        if n + 1 < len(dates) and claims[dates[n + 1]].sentence == claim.sentence:
            hi = claims[dates[n + 1]].start
        bounds[i] = (lo, hi)
    return bounds


def _narrative_time(found: list[Profile], segs: Segments) -> None:
    """Undated figures take the last date before them in their paragraph as context."""
    last: tuple[int, tuple[date, date]] | None = None  # (passage start, interval)
    for p in sorted(found, key=lambda p: p.claim.start):
        passage = segs.passage_at(p.claim.start)
        where = passage.start if passage else -1
        if p.family == "time":
            last = (where, p.interval) if p.interval else last
        elif p.interval is None and last is not None and last[0] == where:
            p.context_interval = last[1]


def _link_notes(found: list[Profile], segs: Segments) -> None:
    """A claim in a sentence with a footnote marker knows the footnote's span."""
    if not segs.notes:
        return
    starts = [s.start for s in segs.sentences]
    for p in found:
        if p.claim.sentence is None:
            continue
        i = bisect.bisect_right(starts, p.claim.start) - 1
        if i < 0:
            continue
        for k in segs.sentences[i].notes:
            note = segs.notes[k].note
            if note is not None:
                passage = segs.passages[note]
                p.note_target = (passage.start, passage.end)


def _report_groups(
    matches: list[Match], compare, cumulative: Mapping[str, bool]
) -> list[Finding]:
    """Pairs as findings; claims chained across three or more documents as one group."""
    sets: DisjointSets[str] = DisjointSets()
    by_id: dict[str, Claim] = {}
    for m in matches:
        by_id[m.left.id] = m.left
        by_id[m.right.id] = m.right
        sets.union(m.left.id, m.right.id)
    groups: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        groups[sets.find(m.left.id)].append(m)
    findings: list[Finding] = []
    for members in groups.values():
        claims = sorted({c for m in members for c in (m.left.id, m.right.id)}, key=_id_order)
        docs = {by_id[c].doc for c in claims}
        # a group is one claim per document; a chain that takes two claims of one document
        # (or only two documents) is reported pair by pair, which also keeps this linear
        if len(docs) <= 2 or len(docs) != len(claims):
            for m in members:
                described = describe(m.finding, m.left, m.right, same_document=False,
                                     cumulative=cumulative)
                if described is not None:
                    findings.append(described)
            continue
        findings.append(_group_finding([by_id[c] for c in claims], compare, cumulative))
    return findings


def _group_finding(claims: list[Claim], compare, cumulative: Mapping[str, bool]) -> Finding:
    """One finding for a group across documents: agreement only if every pair agrees."""
    pairs = []
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.doc == b.doc:
                continue
            finding = compare(a, b)
            if finding is not None:
                described = describe(finding, a, b, same_document=False,
                                     cumulative=cumulative)
                if described is not None:
                    pairs.append(described)
    kinds = {f.kind for f in pairs}
    if "discrepancy" in kinds:
        kind = "discrepancy"
    elif kinds == {"agreement"}:
        kind = "agreement"
    else:
        kind = "not_comparable" if "not_comparable" in kinds else "agreement"
    stated = "; ".join(f"{c.doc}: {c.text}" for c in claims)
    disagreeing = [f.summary for f in pairs if f.kind == kind]
    summary = f"{len({c.doc for c in claims})} sources ({stated})"
    if disagreeing:
        summary += f": {disagreeing[0]}"
    return Finding(kind=kind, summary=summary, claims=tuple(c.id for c in claims),
                   detail={"pairs": [{"claims": list(f.claims), "kind": f.kind,
                                      "summary": f.summary} for f in pairs]})


def _unmatched(
    documents: Sequence[Document], profiles: Mapping[str, list[Profile]], matched: set[str]
) -> list[Finding]:
    findings = []
    others = len(documents) - 1
    for doc in documents:
        left = [p.claim for p in profiles[doc.id]
                if p.claim.id not in matched and p.claim.passage in ("body", "footnote")]
        if not left:
            continue
        figures = sum(1 for c in left if c.kind in ("quantity", "ratio"))
        dates = len(left) - figures
        what = ", ".join(
            part for part in (
                f"{figures} figure{'s' * (figures != 1)}" if figures else "",
                f"{dates} date{'s' * (dates != 1)}" if dates else "",
            ) if part
        )
        where = "the other source" if others == 1 else f"the other {others} sources"
        findings.append(Finding(
            kind="unmatched",
            summary=f"{doc.id}: {what} with no counterpart in {where}",
            claims=tuple(c.id for c in left),
            detail={"document": doc.id, "figures": figures, "dates": dates},
        ))
    return findings


def _id_order(claim_id: str) -> tuple[str, int]:
    doc, _, n = claim_id.rpartition(":")
    return (doc, int(n) if n.isdigit() else 0)

