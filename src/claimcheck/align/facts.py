"""From pairs to facts: the claims alignment paired, grouped into one row per fact.

Alignment pairs a figure of one source with its counterpart in another; pairs that share
a claim chain into a group that states one thing ("the strength of the North Korean army,
as of June 1950"). A fact lists every source's value and says whether they agree, and
where they do not, which values stand together (the consensus, when one cluster of
agreeing values holds more sources than any other) and which stand against it.

The verdict comes from comparing each value with the head of a cluster of values it
agrees with, not every value with every other: a fact stated by a thousand sources costs
about a thousand comparisons, so the work and the report grow with the facts, not with
the pairs of documents.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from claimcheck.model import (
    BOUND_QUALIFIERS,
    Claim,
    Fact,
    FactValue,
    Finding,
    Quantity,
    TimeRef,
)

#: How many clusters of values a value is compared with (the nearest by value): values of
#: one fact are sorted, so a value agrees, if at all, with a cluster near it.
CLUSTER_WINDOW = 4
#: A fact of at most this many clusters and no consensus compares every two of them,
#: not only neighbours in value order.
FEW_CLUSTERS = 3
#: The kinds of finding that set two values against each other.
_CONTRADICTING = ("discrepancy", "inconsistency")
#: The relations of a not-comparable pair whose numbers fit each other (the quantities
#: comparer's: a bound far short of the value).
CONSISTENT_RELATIONS = frozenset({"beyond_bound"})
#: How many of a cluster's first values are looked at for one its source already states
#: (a bounded look: a cluster of a corpus fact may hold thousands of values).
RESTATED_LOOK = 8

#: ``compare(a, b)``: the described pairwise finding for two claims, or None.
Compare = Callable[[Claim, Claim], "Finding | None"]
#: The kind of a ``Compare``'s finding for two claims, None for none.
Kind = Callable[[Claim, Claim], "str | None"]


@dataclass
class _Cluster:
    head: Claim
    members: list[Claim]
    #: who states the cluster's value (``_voices``), read once the clusters are made
    voices: frozenset[tuple[str, str | None, bool]] | None = None

    @property
    def docs(self) -> set[str]:
        return {c.doc for c in self.members}


def fact_of_pairs(fact_id: str, claims: Sequence[Claim], pairs: Sequence[Finding],
                  topics: Mapping[str, Sequence[str]] | None = None) -> Fact:
    """A fact of two sources (or one source's two statements against another's), whose
    pairwise findings were already made: its verdict is theirs."""
    kinds = {f.kind for f in pairs}
    verdict = _verdict(kinds)
    agreeing = verdict == "agree"
    # two sources' values: one group when they agree, else a group each (in document order)
    order = _in_document_order(claims)
    firsts = {doc: n for n, doc in enumerate(dict.fromkeys(c.doc for c in order), 1)}
    values = tuple(FactValue(c.id, c.doc, "consensus" if agreeing else "alone",
                             1 if agreeing else firsts[c.doc]) for c in order)
    summary = pairs[0].summary if len(pairs) == 1 else "; ".join(
        f.summary for f in pairs if f.kind != "agreement") or pairs[0].summary
    return _fact(fact_id, claims, verdict, values, summary, tuple(pairs), topics)


def fact_of_group(fact_id: str, claims: Sequence[Claim], compare: Compare,
                  topics: Mapping[str, Sequence[str]] | None = None,
                  aligned: Sequence[tuple[str, str]] = (),
                  kind_of: Kind | None = None) -> Fact:
    """A fact stated by three or more sources: values clustered by agreement, the
    consensus (if any) and its outliers, each outlier's disagreement explained once.

    ``aligned`` are the pairs of claim ids alignment itself paired. A value joins a
    cluster that agrees with it unless alignment paired it with one of the cluster's
    members and found them to differ ("over 8,000" agrees with "8,098" and "8,427",
    which differ); a cluster of one source's values so far takes only that source's
    restatements of them. With no consensus, neighbouring clusters are compared, and so
    is each pair of clusters within ``CLUSTER_WINDOW`` that alignment paired: sources
    that alignment set against each other ("268 killed" against "260 dead") keep that
    verdict in the fact, even when a third source's value sorts between them.

    ``kind_of``, where given, is the kind of ``compare``'s finding for two claims
    (``compare(a, b).kind``, None for none), where only the kind is read: for the pairs
    alignment made, the caller keeps it, where each finding made again cost a
    comparison and its description (a corpus's facts asked it of every partner)."""
    clusters: list[_Cluster] = []
    # the claims alignment paired with each claim: a value agreeing with a cluster's head
    # still stays out of it when alignment found it against one of its members ("over
    # 8,000" agrees with both "8,098" and "8,427", which differ)
    partners: dict[str, set[str]] = defaultdict(set)
    for x, y in aligned:
        partners[x].add(y)
        partners[y].add(x)
    home: dict[str, _Cluster] = {}  # each claim's cluster, so that a claim's partners
    # are looked up, not every member of every cluster
    by_id = {c.id: c for c in claims}

    def join(cluster: _Cluster, claim: Claim) -> bool:
        cluster.members.append(claim)
        home[claim.id] = cluster
        return True

    def place(claim: Claim, own: bool = False) -> bool | None:
        """Put ``claim`` in the first cluster it joins: True; None when the only
        clusters it could join held nothing but its own source's values so far. ``own``:
        join the first such cluster of its own source's same number then (the others
        all placed, none of them said it)."""
        own_only = False
        for cluster in clusters[-CLUSTER_WINDOW:]:
            if _set_against(cluster, claim, [by_id[p] for p in partners.get(claim.id, ())
                                             if home.get(p) is cluster], compare,
                            kind_of):
                continue
            if any(_said_again(m, claim) for m in cluster.members[:RESTATED_LOOK]
                   if m.doc == claim.doc):
                # a value its source already states in the cluster ("Deaths: 78" and
                # "the final number of deaths had reached 78") stands with it, whatever
                # the other sources' first value says of it: one value is one cluster
                return join(cluster, claim)
            other = _other_than(cluster, claim.doc)
            if other.doc == claim.doc:
                # only its own source's values so far: a value it restates (a title and
                # a heading) stands with them; a document's word on itself is no finding
                same = _same_number(other.value, claim.value)
                if _restated(other, claim) or (own and same):
                    return join(cluster, claim)
                own_only = own_only or same
                continue
            finding = compare(other, claim)
            if finding is not None and finding.kind == "agreement":
                return join(cluster, claim)
        return None if own_only else False

    def open_cluster(claim: Claim) -> None:
        clusters.append(_Cluster(claim, [claim]))
        home[claim.id] = clusters[-1]

    deferred: list[Claim] = []
    for claim in sorted(claims, key=_value_order):
        placed = place(claim)
        if placed is None:
            # "reported death(s) = 602" and "The fire caused 602 deaths" in one source,
            # met before any other source's 602: tried again once the others are placed,
            # so that one value is not two clusters that cannot stand against each other
            deferred.append(claim)
        elif not placed:
            open_cluster(claim)
    for claim in deferred:
        # ("reported death(s) = 602" and "602 deaths" where the others say 575: the one
        # value of its source, not two groups of one against the others)
        if not place(claim) and not place(claim, own=True):
            open_cluster(claim)
    clusters, loose_pairs = _loosened(clusters, home, compare)
    # each cluster's number of sources, read once (a set built per cluster), and its
    # place: a fact of thousands of clusters looked each up by ``list.index``, once per
    # cluster, which grew with the square of the fact's size
    n_docs = [len(c.docs) for c in clusters]
    sizes = sorted(n_docs, reverse=True)
    consensus = None
    at = 0
    if sizes[0] >= 2 and (len(sizes) == 1 or sizes[0] > sizes[1]):
        at = max(range(len(clusters)), key=lambda k: (n_docs[k], -k))
        consensus = clusters[at]
    pairs: list[Finding] = []
    stance: dict[str, str] = {}
    if consensus is not None:
        for c in consensus.members:
            stance[c.id] = "consensus"
        for cluster in clusters:
            if cluster is consensus:
                continue
            finding = _against(consensus, cluster, compare) \
                if _rivals(consensus, cluster) else None
            if finding is not None:
                pairs.append(finding)
            against = finding is not None and finding.kind == "discrepancy"
            for c in cluster.members:
                stance[c.id] = "outlier" if against else "alone"
        # two outliers alignment set against each other keep that verdict too
        # ("4,285,323" against "4,283,392" beside a consensus of "4,283,938")
        pairs.extend(_aligned_between(clusters, aligned, set(), compare, skip=at))
    else:
        told: set[tuple[int, int]] = set()
        # neighbours in value order; in a fact of a few values only, every two of them
        # ("6,434" against "5,502" and "5,480": the highest and the lowest differ too,
        # and a reader is owed that), a handful of comparisons
        between = [(i, j) for i in range(len(clusters)) for j in range(i + 1, len(clusters))] \
            if len(clusters) <= FEW_CLUSTERS else [(n, n + 1) for n in range(len(clusters) - 1)]
        for i, j in between:
            if not _rivals(clusters[i], clusters[j]):
                continue
            head, other = _rival_pair(clusters[i], clusters[j])
            finding = compare(head, other)
            if finding is not None:
                pairs.append(finding)
                told.add((i, j))
        pairs.extend(_aligned_between(clusters, aligned, told, compare))
        for c in claims:
            stance[c.id] = "alone"
    # (each agreement that set a value apart once: the clusters' own pairs may tell it)
    said = {frozenset(f.claims) for f in pairs}
    pairs.extend(f for f in loose_pairs if frozenset(f.claims) not in said)
    if len(clusters) == 1:
        verdict = "agree"
    else:
        verdict = _verdict({f.kind for f in pairs}) if pairs else "not_comparable"
        if verdict == "agree":
            verdict = "not_comparable"  # clusters that did not agree, yet never disagreed
    ranked = sorted(range(len(clusters)), key=lambda k: (clusters[k] is not consensus,
                                                         -n_docs[k], k))
    group = {m.id: n for n, k in enumerate(ranked, 1) for m in clusters[k].members}
    values = tuple(FactValue(c.id, c.doc, stance[c.id], group[c.id])
                   for c in _in_document_order(claims))
    summary = _group_summary(clusters, consensus, pairs, verdict)
    return _fact(fact_id, claims, verdict, values, summary, tuple(pairs), topics)


def fact_finding(fact: Fact) -> Finding:
    """The one finding that stands for a fact of three or more sources in the findings
    list (so a reader of findings alone still sees it); its pairs are its detail."""
    kind = {"disagree": "discrepancy", "agree": "agreement"}.get(fact.verdict,
                                                                "not_comparable")
    return Finding(kind=kind, summary=fact.summary, claims=fact.claims,
                   detail={"fact": fact.id,
                           "pairs": [{"claims": list(f.claims), "kind": f.kind,
                                      "summary": f.summary} for f in fact.pairs]})


def order_facts(facts: Sequence[Fact]) -> list[Fact]:
    """Disagreements first, then what cannot be compared, then agreements; within each,
    the facts the most sources state, then by where their first claim stands."""
    rank = {"disagree": 0, "not_comparable": 1, "agree": 2}
    return sorted(facts, key=lambda f: (rank.get(f.verdict, 3), -len(f.documents),
                                        id_order(f.values[0].claim)))


def number_facts(facts: Sequence[Fact]) -> list[Fact]:
    """Give facts their ids (``f1``, ``f2``, ...) in report order: stable for one input."""
    return [replace(f, id=f"f{n}") for n, f in enumerate(facts, 1)]


def name_facts(findings: Sequence[Finding], facts: Sequence[Fact]) -> list[Finding]:
    """Point each fact's own finding (``fact_finding``) at the fact's final id."""
    ids = {f.claims: f.id for f in facts}
    out = []
    for finding in findings:
        if "fact" in finding.detail and finding.claims in ids:
            finding = replace(finding, detail={**finding.detail,
                                               "fact": ids[finding.claims]})
        out.append(finding)
    return out


# -- helpers -----------------------------------------------------------------------------


def _fact(fact_id: str, claims: Sequence[Claim], verdict: str,
          values: tuple[FactValue, ...], summary: str, pairs: tuple[Finding, ...],
          topics: Mapping[str, Sequence[str]] | None) -> Fact:
    measure, subject, period = _frame_words(claims)
    kind = "date" if all(isinstance(c.value, TimeRef) for c in claims) else "figure"
    label = _label(kind, measure, subject, period, _shared_topics(claims, topics or {}))
    return Fact(id=fact_id, kind=kind, label=label, verdict=verdict, values=values,
                summary=summary, measure=measure, subject=subject, period=period,
                pairs=pairs)


def _shared_topics(claims: Sequence[Claim], topics: Mapping[str, Sequence[str]]) -> list[str]:
    """The words around the fact's claims that most of them share, rarest first: what a
    date is the date of ("ridgway, offer, talks")."""
    counts: Counter[str] = Counter()
    rank: dict[str, int] = {}
    for c in claims:
        for n, word in enumerate(topics.get(c.id, ())):
            counts[word] += 1
            rank[word] = min(rank.get(word, n), n)
    need = 2 if len(claims) > 1 else 1
    shared = [w for w in counts if counts[w] >= need]
    return sorted(shared, key=lambda w: (-counts[w], rank[w], w))[:3]


#: How many of the consensus's values a dissenting value is compared with: one may be
#: a bound or dated apart and say "not comparable" where another plainly differs.
AGAINST = 3


def _aligned_between(clusters: Sequence[_Cluster], aligned: Sequence[tuple[str, str]],
                     told: set[tuple[int, int]], compare: Compare,
                     skip: int = -1) -> list[Finding]:
    """One finding for each pair of clusters (within ``CLUSTER_WINDOW`` of each other)
    not yet compared, made on a pair of their values that alignment paired: the pairs
    of a fact with no consensus, beyond its neighbours, or between two clusters outside
    the consensus (``skip``: the consensus's index). At most a window of findings per
    cluster, so a fact's pairs still grow with its values."""
    where = {m.id: n for n, cluster in enumerate(clusters) for m in cluster.members}
    found: list[Finding] = []
    for left, right in sorted(aligned):
        i, j = sorted((where.get(left, -1), where.get(right, -1)))
        if i < 0 or i == j or j - i > CLUSTER_WINDOW or (i, j) in told or skip in (i, j) \
                or not _rivals(clusters[i], clusters[j]):
            continue
        by = {c.id: c for c in (*clusters[i].members, *clusters[j].members)}
        finding = compare(by[left], by[right])
        if finding is not None:
            told.add((i, j))
            found.append(finding)
    return found


def _loosened(clusters: list[_Cluster], home: dict[str, _Cluster],
              compare: Compare) -> tuple[list[_Cluster], list[Finding]]:
    """The clusters, each value that agrees with a neighbouring cluster too taken out of
    its own into one of its own: "at least 14" agrees with "fourteen" and with "15",
    "1:55 a.m." with "1:55:31" and with "1:55:30", and stands against neither; left in
    the first cluster it met, it would be set against the other with it. (Values are
    looked at against the clusters within ``CLUSTER_WINDOW`` of theirs whose values differ,
    each against its first value, of another document: a fact's work still grows with its
    values; and a value that agrees only with another such value, taken out in turn,
    stays.) With them, the agreements that set each such value apart, told as the fact's
    pairs: it agrees with both, which the fact says. A value that the neighbouring
    cluster's does not contradict either ("more than 700" beside "1,021" and "nearly
    1,200": a bound far below the larger, not comparable with it) is taken out alike, so
    that it is never told to stand against a value it does not contradict (``_consistent``)."""
    if len(clusters) < 2:
        return clusters, []
    out: list[_Cluster] = []
    told: list[Finding] = []
    for n, cluster in enumerate(clusters):
        if len(cluster.docs) < 2:
            out.append(cluster)
            continue
        near = [k for k in clusters[max(0, n - CLUSTER_WINDOW):n + CLUSTER_WINDOW + 1]
                if k is not cluster and _differs(cluster, k, compare)]
        kept: list[Claim] = []
        # the values taken out, by the neighbouring cluster they agree with: those that
        # agree with the same one are one value ("at least 14" of three sources, each
        # fitting "fourteen" and "15"), one cluster, not one per source
        loose: dict[int, tuple[_Cluster, Finding]] = {}
        for member in cluster.members:
            said = [(k, found) for k in near if k.head.doc != member.doc
                    and (found := compare(k.head, member)) is not None]
            agrees = next(((k, found) for k, found in said if found.kind == "agreement"),
                          None) or next(((k, found) for k, found in said
                                         if _consistent(found)), None)
            if agrees is None:
                kept.append(member)
            elif id(agrees[0]) in loose:
                loose[id(agrees[0])][0].members.append(member)
            else:
                loose[id(agrees[0])] = (_Cluster(member, [member]), agrees[1])
        if not kept or not loose:
            out.append(cluster)
            continue
        rest = _Cluster(kept[0] if cluster.head not in kept else cluster.head, kept)
        out.append(rest)
        for apart, agrees in loose.values():
            out.append(apart)
            for member in apart.members:
                home[member.id] = apart
            if agrees.kind == "agreement":
                told.append(agrees)
            other = _other_than(rest, apart.head.doc)
            if other.doc != apart.head.doc and \
                    (found := compare(other, apart.head)) is not None:
                told.append(found)
    return out, told


def _consistent(found: Finding) -> bool:
    """Whether a finding says two values fit each other though it will not call them the
    same: a bound far short of the value ("more than 700" against "nearly 1,200", which
    it does not contradict). A value kept apart for its frame (a total against a count at
    one time) is not: its number may still contradict."""
    return found.kind == "not_comparable" and (found.detail or {}).get("relation") \
        in CONSISTENT_RELATIONS


def _differs(cluster: _Cluster, other: _Cluster, compare: Compare) -> bool:
    """Whether two clusters' values differ: their first values of two documents found
    to (two clusters of one value, kept apart by what alignment paired, do not)."""
    mine = cluster.head
    theirs = _other_than(other, mine.doc)
    if theirs.doc == mine.doc:
        return False
    found = compare(mine, theirs)
    return found is not None and found.kind in _CONTRADICTING


def _voice(claim: Claim) -> tuple[str, str | None, bool]:
    """Who states a value: its document, and within it the one it attributes the value to
    and whether a footnote says it (an editor's note may dispute its own text)."""
    return claim.doc, claim.attribution, claim.passage == "footnote"


def _rivals(x: _Cluster, y: _Cluster) -> bool:
    """Whether two clusters' values can stand against each other: some voice states one
    and not the other, and some voice the other and not the one. A source that states
    both values in its own voice ("96 (94 on 15 April)", "7.6" beside another quake's
    "9.15") tells two things, and a source stating only one of them does not contradict
    it; a value it attributes to someone else, or gives in a footnote, is another voice's.
    (Each cluster's voices are read once, and a subset test stops at the smaller set's
    size: the consensus of a large fact is weighed against each other cluster at the
    cost of that cluster.)"""
    vx, vy = _voices(x), _voices(y)
    return not vx <= vy and not vy <= vx


def _voices(cluster: _Cluster) -> frozenset[tuple[str, str | None, bool]]:
    """The voices that state a cluster's value, read once (the clusters are made)."""
    if cluster.voices is None:
        cluster.voices = frozenset(_voice(m) for m in cluster.members)
    return cluster.voices


def _rival_pair(x: _Cluster, y: _Cluster) -> tuple[Claim, Claim]:
    """The values two rival clusters are compared on: the first of each stated by a
    voice that does not state the other's value (``_rivals``), so that the finding names
    the sources that differ, never a source that states both."""
    vx, vy = _voices(x), _voices(y)
    left = next(m for m in x.members if _voice(m) not in vy)
    right = next(m for m in y.members if _voice(m) not in vx)
    return left, right


def _set_against(cluster: _Cluster, claim: Claim, partners: Iterable[Claim],
                 compare: Compare, kind_of: Kind | None = None) -> bool:
    """Whether alignment paired ``claim`` with a member of ``cluster`` (``partners``, its
    partners in the cluster) and found them to differ: then it is no member, whatever the
    cluster's head says. (``kind_of``: see ``fact_of_group``.)"""
    for member in partners:
        if kind_of is not None:
            kind = kind_of(member, claim)
        else:
            finding = compare(member, claim)
            kind = None if finding is None else finding.kind
        if kind in _CONTRADICTING:
            return True
    return False


def _against(consensus: _Cluster, cluster: _Cluster, compare: Compare) -> Finding | None:
    """The dissenting cluster's value against the consensus: a discrepancy with any of
    the consensus's first few values (of other documents) decides, else the first
    finding made. The dissent is read from a voice that does not state the consensus's
    value too, and against voices that do not state the dissent's (``_rival_pair``), so
    that no source is set against itself. Values stated outright are tried before those
    counted from another date ("July 25" before "five days later"): the verdict is told
    against what a source plainly says."""
    claim = _rival_pair(cluster, consensus)[0]
    theirs = _voices(cluster)
    first = None
    tried = 0
    for member in sorted(consensus.members, key=_counted_from_another):
        if member.doc == claim.doc or _voice(member) in theirs:
            continue
        finding = compare(member, claim)
        tried += 1
        if finding is not None and finding.kind in _CONTRADICTING:
            return finding
        first = first or finding
        if tried >= AGAINST:
            break
    return first


def _restated(a: Claim, b: Claim) -> bool:
    """One value written twice: the same number or the same days, the same subject."""
    va, vb = a.value, b.value
    if a.subject_key != b.subject_key:
        return False
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return _same_quantity(va, vb)
    if isinstance(va, TimeRef) and isinstance(vb, TimeRef):
        return va.earliest is not None and (va.earliest, va.latest) == (vb.earliest, vb.latest)
    return False


def _said_again(a: Claim, b: Claim) -> bool:
    """One source's one value told twice in one fact: the same value (``_restated``), or
    the same number and unit of one measure where the two sentences name its noun apart
    ("Deaths: 78", "the final number of deaths had reached 78")."""
    if _restated(a, b):
        return True
    return isinstance(a.value, Quantity) and _same_quantity(a.value, b.value) \
        and a.frame is not None and b.frame is not None and bool(a.frame.measure) \
        and a.frame.measure == b.frame.measure


def _same_number(va: object, vb: object) -> bool:
    """Two values of the same number or range, whatever their units or nouns say ("602"
    in an infobox's line, "602 deaths" in a sentence)."""
    return isinstance(va, Quantity) and isinstance(vb, Quantity) \
        and (va.low, va.high) == (vb.low, vb.high)


def _same_quantity(va: object, vb: object) -> bool:
    """Two quantities of the same number, range, ratio and unit."""
    return isinstance(va, Quantity) and isinstance(vb, Quantity) \
        and (va.low, va.high, va.ratio, va.unit) == (vb.low, vb.high, vb.ratio, vb.unit)


def _counted_from_another(claim: Claim) -> bool:
    return getattr(claim.value, "kind", None) == "relative"


def _other_than(cluster: _Cluster, doc: str) -> Claim:
    """The cluster's claim to compare a claim of ``doc`` with: one of another document
    when it has one (a document's agreement with itself is no finding)."""
    if cluster.head.doc != doc:
        return cluster.head
    return next((m for m in cluster.members if m.doc != doc), cluster.head)


def _verdict(kinds: set[str]) -> str:
    if "discrepancy" in kinds or "inconsistency" in kinds:
        return "disagree"
    if kinds and kinds <= {"agreement"}:
        return "agree"
    return "not_comparable"


def _frame_words(claims: Sequence[Claim]) -> tuple[str | None, str | None, str | None]:
    """The fact's measure, subject and period: what most of its claims' frames say."""
    measures: Counter[str] = Counter()
    subjects: Counter[str] = Counter()
    periods: Counter[str] = Counter()
    for c in claims:
        frame = c.frame
        if frame is not None and frame.measure:
            measures[frame.measure] += 1
        if c.subject:
            subjects[c.subject] += 1
        period = frame.period if frame is not None else c.when
        if period is not None and isinstance(c.value, Quantity):
            periods[period.text] += 1
    return _most(measures), _most(subjects), _most(periods)


def _most(counts: Counter[str]) -> str | None:
    """The most frequent value, ties going to the alphabetically first (deterministic)."""
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _label(kind: str, measure: str | None, subject: str | None, period: str | None,
           topics: Sequence[str]) -> str:
    """A reader's name for the fact: "strength: the North Korean Army (May 11, 1950)",
    "date: ridgway, offer, talks"."""
    if kind == "date":
        return f"date: {', '.join(topics)}" if topics else "a date"
    what = (measure or "").replace("_", " ").replace(".", ": ")
    parts = [what] if what else []
    if subject and subject.lower() not in what.lower():
        parts.append(subject)
    if not parts and topics:
        parts.append(", ".join(topics))
    label = ", ".join(parts) if parts else "a figure"
    return f"{label} ({period})" if period else label


def _group_summary(clusters: Sequence[_Cluster], consensus: _Cluster | None,
                   pairs: Sequence[Finding], verdict: str) -> str:
    """"4 sources: 110,000 (a, b) against 103,000 (c) and 135,000 (c); ...": at most
    SUMMARY_SOURCES sources named for a value and SUMMARY_VALUES values, the rest
    counted (the fact's values list every one), so that a fact of a thousand sources has
    a summary of a line, not of a thousand names written twice in the report."""
    def stated(cluster: _Cluster) -> str:
        docs = list(dict.fromkeys(c.doc for c in _in_document_order(cluster.members)))
        named = ", ".join(docs[:SUMMARY_SOURCES])
        if len(docs) > SUMMARY_SOURCES:
            named += f" and {len(docs) - SUMMARY_SOURCES} more"
        return f"{cluster.head.text} ({named})"

    n = len({c.doc for cluster in clusters for c in cluster.members})
    if len(clusters) == 1:
        return f"{n} sources agree: {stated(clusters[0])}"
    if consensus is not None:
        others = [c for c in clusters if c is not consensus]
        head = f"{n} sources: {stated(consensus)} against {_and(_some(others, stated))}"
    else:
        head = f"{n} sources, no consensus: {_and(_some(clusters, stated))}"
    why = [f.summary for f in pairs if (f.kind == "discrepancy") == (verdict == "disagree")]
    return f"{head}; {why[0]}" if why else head


#: How many sources a fact's summary names for one value, and how many values it names.
SUMMARY_SOURCES = 5
SUMMARY_VALUES = 6


def _some(clusters: Sequence[_Cluster], stated: Callable[[_Cluster], str]) -> list[str]:
    """The first SUMMARY_VALUES clusters stated, then how many more there are."""
    out = [stated(c) for c in clusters[:SUMMARY_VALUES]]
    if len(clusters) > SUMMARY_VALUES:
        more = len(clusters) - SUMMARY_VALUES
        out.append(f"{more} other value{'s' * (more != 1)}")
    return out


def _and(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" and {items[-1]}"


def _value_order(claim: Claim) -> tuple:
    """Values in order; a vague count ("tens of thousands": about a whole range) and a
    bound ("more than 4,000") after the figures, so that neither heads a cluster that
    figures it agrees with would join, though they do not agree with each other ("over
    29,000" and "50,000-260,000"; "more than 4,000" and "4,386", "4,375")."""
    value = claim.value
    if isinstance(value, Quantity):
        vague = (value.qualifier == "approximately" and value.low != value.high) \
            or value.qualifier in BOUND_QUALIFIERS
        return (1 if vague else 0, value.low, value.high, *id_order(claim.id))
    if isinstance(value, TimeRef) and value.earliest is not None:
        return (2, value.earliest.toordinal(),
                (value.latest or value.earliest).toordinal(), *id_order(claim.id))
    return (3, 0, 0, *id_order(claim.id))


def _in_document_order(claims: Sequence[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: id_order(c.id))


def id_order(claim_id: str) -> tuple[str, int]:
    """Claims in reading order: by document, then by their number ("doc:2" before
    "doc:10")."""
    doc, _, n = claim_id.rpartition(":")
    return (doc, int(n) if n.isdigit() else 0)
