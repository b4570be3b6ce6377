"""Lining statements up across documents: who did what, said in other words.

Each statement becomes a weighted bag of concepts (words.py): its subject's entity key,
its predicate (opposite predicates share one axis, so "accepted" meets "rejected"), its
subject and object words, and, lighter, the words of its subordinate context. Rarer
concepts weigh more (IDF over every statement of the run), and two statements score the
cosine of their bags. Blocking keeps this close to linear: a statement meets only the
statements of the other document that share one of its rarest concepts, at most
MAX_CANDIDATES of them, and each pair of documents is matched one to one, best first.

When two documents mostly follow each other (renderings of one text, two accounts of
one sequence of events), a statement of one with no counterpart in the stretch the
other covers is reported as an omission.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import pluggy

from claimcheck.align.matching import DisjointSets, one_to_one
from claimcheck.config import DEFAULT, Config
from claimcheck.manager import bind_hook
from claimcheck.model import Claim, Document, Finding, Segments, claim_extra
from claimcheck.text.grammar import PREPOSITIONS
from claimcheck.text.names import normalize
from claimcheck.text.quoting import shorten
from claimcheck.text.words import STOPWORDS, concept, content_words

__all__ = ["align_statements", "omissions", "statement_profile"]

#: Least cosine for two statements to be counterparts.
MATCH_SCORE = 0.4
#: Least cosine for an agreement between statements with different verbs to be reported.
PARAPHRASE_SCORE = 0.65
#: Statements of the other document scored per statement, from the rarest shared words.
MAX_CANDIDATES = 16
#: Concepts a statement is looked up by.
KEY_TERMS = 4
#: A concept in more statements of one document than this is too common to look up by.
MAX_POSTINGS = 64
#: Weights of the parts of a statement in its bag.
SUBJECT, PREDICATE, PREDICATE_WORD, OBJECT, CONTEXT, ENTITY = 1.0, 1.0, 0.5, 1.0, 0.35, 1.0
#: Omissions are reported when this share of one document's statements, in the stretch
#: both cover, have counterparts, and at least MIN_ANCHORS of them do, mostly in order.
MIN_COVERAGE = 0.6
MIN_ANCHORS = 3
MIN_IN_ORDER = 0.75
#: Passages whose statements may be omissions: notes are often left out on purpose.
OMISSION_PASSAGES = frozenset({"body"})
#: Least cosine for two unmatched statements between the same counterparts to be taken
#: for a rewording of each other (and neither reported as omitted); at most MAX_GAP
#: statements of each side are compared, which keeps this linear.
REWORDED_SCORE = 0.25
MAX_GAP = 12


@dataclass
class StatementProfile:
    claim: Claim
    order: int
    terms: dict[str, float]
    vector: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0
    names: frozenset[str] = frozenset()  # the proper names of the statement's paragraph


_NAME = re.compile(r"\b[A-Z][\w'’-]+")


def _passage_names(document: Document, segs: Segments, found: Sequence[StatementProfile]) -> None:
    """Give each statement the names its paragraph mentions: two statements about "the
    company" contradict each other only if their paragraphs speak of one company."""
    starts = [p.start for p in segs.passages]
    cache: dict[int, frozenset[str]] = {}
    for p in found:
        i = bisect.bisect_right(starts, p.claim.start) - 1
        if i < 0:
            continue
        if i not in cache:
            passage = segs.passages[i]
            cache[i] = frozenset(
                concept(w) for w in _NAME.findall(document.text[passage.start:passage.end])
                if w.lower() not in STOPWORDS and w.lower() not in PREPOSITIONS
            )
        p.names = cache[i]


def _axes(extra: Iterable[tuple[str, str, bool]] = ()) -> dict[str, str]:
    """Predicate -> its axis: opposites (and their opposites) share one."""
    sets: DisjointSets[str] = DisjointSets()
    for a, b, _ in extra:
        sets.union(concept(a), concept(b))
    return {x: sets.find(x) for x in sets}


@lru_cache(maxsize=8)
def axes(extra: tuple[tuple[str, str, bool], ...] = ()) -> dict[str, str]:
    """The axes of the opposites plugins registered."""
    return _axes(extra)


def axis(predicate: str, table: Mapping[str, str] | None = None) -> str:
    """The predicate's concept, or its opposites' shared axis."""
    c = concept(predicate) if predicate else ""
    return (table if table is not None else axes()).get(c, c)


_normalized = lru_cache(maxsize=65536)(normalize)


def statement_profile(
    claim: Claim, order: int, table: Mapping[str, str] | None = None
) -> StatementProfile:
    """The bag of weighted concepts a statement is matched by."""
    extra = claim_extra(claim)
    terms: dict[str, float] = {}

    def add(term: str, weight: float) -> None:
        if weight > terms.get(term, 0.0):
            terms[term] = weight

    mention = extra.get("refers_to") or claim.subject or ""
    if claim.subject_key and claim.subject_key != _normalized(mention):
        add(f"e:{claim.subject_key}", ENTITY)  # a known entity, however it is spelt
    for w in content_words(f"{mention} {extra.get('apposition') or ''}"):
        add(concept(w), SUBJECT)
    predicate = str(extra.get("predicate") or "")
    if predicate and predicate not in ("be", "have", "do"):
        add(f"p:{axis(predicate, table)}", PREDICATE)
        add(concept(predicate), PREDICATE_WORD)  # "claimed" meets "declared its claim"
    for w in extra.get("objects", ()):
        add(concept(w), OBJECT)
    for w in extra.get("context_words", ()):
        add(concept(w), CONTEXT)
    return StatementProfile(claim=claim, order=order, terms=terms)


def _count(profiles: Sequence[StatementProfile], counts: dict[str, int]) -> None:
    for p in profiles:
        for t in p.terms:
            counts[t] += 1


def _weigh(profiles: Sequence[StatementProfile], counts: Mapping[str, int] | None = None,
           total: int | None = None) -> None:
    """Each profile's weighted terms, a term weighed by the number of statements that
    hold it (``counts``) among ``total`` (by default, those of ``profiles``)."""
    if counts is None:
        counts = defaultdict(int)
        _count(profiles, counts)
    n = max(len(profiles) if total is None else total, 1)
    for p in profiles:
        p.vector = {t: w * math.log(1 + n / counts[t]) for t, w in p.terms.items()}
        p.norm = math.sqrt(math.fsum(v * v for v in p.vector.values())) or 1.0


def similarity(a: StatementProfile, b: StatementProfile) -> float:
    """Cosine of two statements' weighted bags."""
    va, vb = a.vector, b.vector
    dot = math.fsum([va[t] * vb[t] for t in va.keys() & vb.keys()])  # order-free
    return dot / (a.norm * b.norm)


def _index(profiles: Sequence[StatementProfile]) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for t in p.vector:
            postings[t].append(i)
    return postings


def candidates(
    left: Sequence[StatementProfile], right: Sequence[StatementProfile]
) -> list[tuple[float, int, int]]:
    """(score, i, j) for each statement's best-scoring partners among those sharing one
    of its rarest concepts; above MATCH_SCORE only."""
    postings = _index(right)
    out: list[tuple[float, int, int]] = []
    for i, p in enumerate(left):
        shared = sorted((t for t in p.vector if t in postings),
                        key=lambda t: (len(postings[t]), -p.vector[t], t))
        seen: set[int] = set()
        for t in shared[:KEY_TERMS]:  # rarest first, until enough partners are in view
            if len(postings[t]) > MAX_POSTINGS:
                break
            seen.update(postings[t])
            if len(seen) >= MAX_CANDIDATES:
                break
        if not seen and len(shared) > 1:
            seen = _common_partners(shared, postings)
        # (the statement's terms read as pairs once; fsum is exact, so the order the
        # shared terms come in cannot change a bit of the cosine)
        items_a, norm_a = tuple(p.vector.items()), p.norm
        scored = []
        for j in seen:  # the cosine, inline: this loop is most of the matching time
            vb = right[j].vector
            s = math.fsum([v * vb[t] for t, v in items_a if t in vb]) / (norm_a * right[j].norm)
            if s >= MATCH_SCORE:
                scored.append((-s, j))
        scored.sort()
        out.extend((-s, i, j) for s, j in scored[:MAX_CANDIDATES])
    return out


def _common_partners(shared: list[str], postings: Mapping[str, list[int]]) -> set[int]:
    """When even a statement's rarest words are common, the statements that share its
    two (then three) rarest: few, and still found without comparing with everything."""
    if len(postings[shared[1]]) > 16 * MAX_POSTINGS:
        return set()
    found = set(postings[shared[0]]).intersection(postings[shared[1]])
    for t in shared[2:KEY_TERMS]:
        if len(found) <= MAX_POSTINGS:
            break
        found.intersection_update(postings[t])
    return found if len(found) <= MAX_POSTINGS else set(sorted(found)[:MAX_POSTINGS])


@dataclass
class StatementMatch:
    left: StatementProfile
    right: StatementProfile
    score: float
    finding: Finding


def match_statements(
    left: Sequence[StatementProfile],
    right: Sequence[StatementProfile],
    compare: Callable[[Claim, Claim], Finding | None],
) -> list[StatementMatch]:
    """One to one, best score first; a pair the comparator declines is skipped."""
    scored = sorted(candidates(left, right), key=lambda x: (-x[0], x[1], x[2]))
    kept, _ = one_to_one(scored, lambda i, j: compare(left[i].claim, right[j].claim))
    return [StatementMatch(left[i], right[j], s, dataclasses.replace(
                finding, detail={**finding.detail, "score": round(s, 3)}))
            for s, i, j, finding in kept]


def reported(m: StatementMatch) -> bool:
    """Whether a match is worth a finding: an agreement in other verbs must be a close one
    ("declared its claim" / "claimed"), or it stands only as the other's counterpart, so
    that neither is called an omission ("pressed for agreement" / "asked ... to agree")."""
    if m.finding.kind != "agreement" or m.score >= PARAPHRASE_SCORE:
        return True
    a, b = (str(claim_extra(p.claim).get("predicate", "")) for p in (m.left, m.right))
    return concept(a) == concept(b)


def align_statements(
    documents: Sequence[Document],
    claims_by_doc: Mapping[str, list[Claim]],
    segments_by_doc: Mapping[str, Segments] | None = None,
    *,
    pm: pluggy.PluginManager,
    config: Config = DEFAULT,
    pairs: Sequence[tuple[int, int]] | None = None,
) -> list[Finding]:
    """Findings from lining up pairs of documents' statements, and omissions: every pair,
    or the index pairs given (renderings and close accounts, ``align.accounts``)."""
    ids = [d.id for d in documents]
    if pairs is None:
        pairs = [(n, m) for n in range(len(ids)) for m in range(n + 1, len(ids))]
    if not pairs:
        # nothing compared, nothing found: a corpus of unrelated accounts has no close
        # pair (``align.accounts``), and profiling every statement of it only to weigh
        # terms no pair reads was a tenth of lining up 1,000 documents, growing with them
        return []
    table = axes(config.opposites)
    compared = {k for pair in pairs for k in pair}
    # a term is weighed by every document's statements, but only the documents compared
    # keep their profiles: a corpus compares few, and every document's profiles held at
    # once were the peak of a corpus run (about 100 KB a 10 KB document)
    counts: dict[str, int] = defaultdict(int)
    total = 0
    profiles: dict[str, list[StatementProfile]] = {}
    for k, d in enumerate(documents):
        found = [statement_profile(c, n, table) for n, c in enumerate(
            c for c in claims_by_doc.get(d.id, ()) if c.kind == "statement")]
        _count(found, counts)
        total += len(found)
        if k in compared:
            profiles[d.id] = found
    _weigh([p for d in documents if d.id in profiles for p in profiles[d.id]], counts, total)
    for d in documents:
        segs = (segments_by_doc or {}).get(d.id)
        if segs is not None and d.id in profiles:
            _passage_names(d, segs, profiles[d.id])

    # called for every candidate pair of statements: the hook's dispatch worked out once
    compare_claims = bind_hook(pm, "compare_claims")

    def compare(a: Claim, b: Claim) -> Finding | None:
        finding = compare_claims(left=a, right=b, config=config)
        if finding is not None and finding.kind == "discrepancy" and \
                names.get(a.id) and names.get(b.id) and not names[a.id] & names[b.id]:
            return None  # "The company" of a paragraph on Apple, and of one on Intel
        return finding

    names = {p.claim.id: p.names for d in documents if d.id in profiles
             for p in profiles[d.id]}

    findings: list[Finding] = []
    for n, m in pairs:
        a, b = ids[n], ids[m]
        matches = match_statements(profiles[a], profiles[b], compare)
        findings.extend(match.finding for match in matches if reported(match))
        findings.extend(omissions(profiles[a], profiles[b], matches))
    return findings


def without_contradicted(stated: Sequence[Finding], figured: Sequence[Finding],
                         claims_by_doc: Mapping[str, Sequence[Claim]]) -> list[Finding]:
    """The statement findings less the agreements between two sentences that state
    figures found to differ ("They spent about two hours outside" and "They spent 2
    hours 31 minutes outside" say the same words, but not the same thing): a reader
    shown the difference must not also be told the two say the same. One sentence
    written in both ("verbatim") stands: whatever its relative dates resolve to, the
    words are the same."""
    differing: dict[str, set[int]] = defaultdict(set)  # claim id -> its differences
    for n, f in enumerate(figured):
        # (a fact of three sources or more holds claims that agree among themselves too:
        # only a difference between two claims says two sentences differ)
        if f.kind == "discrepancy" and len(f.claims) == 2:
            for c in f.claims:
                differing[c].add(n)
    if not differing:
        return list(stated)
    # each document's figures that differ, by where they start
    placed: dict[str, list[Claim]] = defaultdict(list)
    for doc, claims in claims_by_doc.items():
        placed[doc] = sorted((c for c in claims if c.id in differing), key=lambda c: c.start)
    starts = {doc: [c.start for c in claims] for doc, claims in placed.items()}

    def differences(statement: Claim) -> set[int]:
        claims = placed.get(statement.doc, [])
        found: set[int] = set()
        k = bisect.bisect_left(starts.get(statement.doc, []), statement.start)
        while k < len(claims) and claims[k].start < statement.end:
            if claims[k].id != statement.id and claims[k].end <= statement.end:
                found |= differing.get(claims[k].id, set())
            k += 1
        return found

    by_id: dict[str, Claim] = {}
    wanted = {c for f in stated if f.kind == "agreement" for c in f.claims}
    for claims in claims_by_doc.values():
        for c in claims:
            if c.id in wanted:
                by_id[c.id] = c
    kept = []
    for f in stated:
        if f.kind == "agreement" and len(f.claims) == 2 and all(c in by_id for c in f.claims) \
                and not (f.detail or {}).get("verbatim"):  # (one sentence in both stands;
            # the same words written apart, "verbatim": False, may differ in a figure)
            a, b = (by_id[c] for c in f.claims)
            if differences(a) & differences(b):
                continue
        kept.append(f)
    return kept


def omissions(
    left: Sequence[StatementProfile], right: Sequence[StatementProfile],
    matches: Sequence[StatementMatch],
) -> list[Finding]:
    """Statements with no counterpart inside the stretch two closely-following documents
    both cover; nothing when the two do not mostly follow each other."""
    anchors = sorted((m.left.order, m.right.order) for m in matches
                     if m.left.claim.passage in OMISSION_PASSAGES
                     and m.right.claim.passage in OMISSION_PASSAGES)
    if len(anchors) < MIN_ANCHORS or _in_order(anchors) < MIN_IN_ORDER * len(anchors):
        return []
    matched_left = {m.left.order for m in matches}
    matched_right = {m.right.order for m in matches}
    spans = []
    for side, matched, pick in ((left, matched_left, 0), (right, matched_right, 1)):
        lo = min(a[pick] for a in anchors)
        hi = max(a[pick] for a in anchors)
        inside = [p for p in side[lo : hi + 1] if p.claim.passage in OMISSION_PASSAGES]
        spans.append((inside, matched))
    coverage = [sum(1 for p in inside if p.order in matched) / max(len(inside), 1)
                for inside, matched in spans]
    if max(coverage) < MIN_COVERAGE:
        return []
    reworded = _reworded(left, right, anchors, matched_left, matched_right)
    findings = []
    other_docs = (right[0].claim.doc, left[0].claim.doc)
    for (inside, matched), other, share in zip(spans, other_docs, coverage, strict=True):
        for p in inside:
            if p.order in matched or claim_extra(p.claim).get("role") == "subordinate" or \
                    p.claim.id in reworded:
                continue
            claim = p.claim
            findings.append(Finding(
                kind="unmatched",
                summary=(f"{claim.doc}: “{shorten(claim.text)}” has no counterpart in "
                         f"{other}, which otherwise follows this stretch closely"),
                claims=(claim.id,),
                detail={"kind": "omission", "document": claim.doc, "missing_from": other,
                        "coverage": round(share, 3)},
            ))
    return findings


def _reworded(
    left: Sequence[StatementProfile], right: Sequence[StatementProfile],
    anchors: Sequence[tuple[int, int]],
    matched_left: set[int], matched_right: set[int],
) -> set[str]:
    """Statements that may be a rewording of one in the same gap of the other document
    (between the same two counterparts): "nine reports of wheels coming off" and "nine
    cases of wheels detaching". Too loose to agree, too close to be called omitted."""
    out: set[str] = set()
    for (l0, r0), (l1, r1) in pairwise(anchors):
        if r1 <= r0:
            continue
        gap_left = [p for p in left[l0 + 1 : l1] if p.order not in matched_left][:MAX_GAP]
        gap_right = [p for p in right[r0 + 1 : r1] if p.order not in matched_right][:MAX_GAP]
        for a in gap_left:
            for b in gap_right:
                if similarity(a, b) >= REWORDED_SCORE:
                    out.update((a.claim.id, b.claim.id))
    return out


def _in_order(anchors: Sequence[tuple[int, int]]) -> int:
    """The longest run of anchors whose right-hand order rises with the left's."""
    tails: list[int] = []
    for _, r in anchors:
        k = bisect.bisect_left(tails, r)
        if k == len(tails):
            tails.append(r)
        else:
            tails[k] = r
    return len(tails)
