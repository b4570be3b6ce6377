"""Built-in renderer: an SQLite database of the report, to query with SQL, datasette or
any SQLite client (``-f sqlite -o findings.db``). Standard library only.

Tables (offsets are code points, as everywhere in claimcheck; SQLite's ``substr(text,
start + 1, end - start)`` on ``documents.text`` gives the quoted text):

- ``documents``: id, path, title, chars, sha256, text;
- ``claims``: one row per claim, its figure or date flattened (low, high, unit, earliest,
  latest, ...), its sentence's text, and the whole claim as JSON in ``json``;
- ``findings``: one row per finding: ``id`` (the stable id every export uses), ``seq``
  (report order), kind, category, summary, its first span and quote, detail as JSON;
- ``finding_claims``: which claims each finding names (``position`` keeps their order);
- ``finding_spans``: every span each finding quotes (both sides of a discrepancy or a
  wording difference), with its text;
- ``facts`` and ``fact_values``, when the report has facts: each fact and every
  source's value of it (keyed as the JSON report's ``facts``, each value with its
  claim's text, span and attribution);
- ``claims_fts``: full-text search (FTS5) over claim and sentence text, when this SQLite
  has FTS5: ``SELECT * FROM claims_fts WHERE claims_fts MATCH 'armistice'``.

Views: ``finding_sides`` (each finding with its first two quotes side by side),
``discrepancies`` and ``inconsistencies`` (the same, one kind each), ``claim_findings``
(each claim with the findings that name it).

The database is built in memory and returned as bytes (a binary renderer: see
``Render`` in ``claimcheck.hookspecs``), so the CLI writes it as it writes every report:
to a temporary file renamed over the target, never half-written.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from claimcheck.plugin import Claim, Config, Quantity, Report, TimeRef

from .ids import FindingIds

SCHEMA = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY, path TEXT, title TEXT, chars INTEGER, sha256 TEXT, text TEXT
);
CREATE TABLE claims (
    id TEXT PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id), kind TEXT,
    start INTEGER, "end" INTEGER, text TEXT, sentence_start INTEGER, sentence_end INTEGER,
    sentence TEXT, passage TEXT, subject TEXT, subject_key TEXT, low REAL, high REAL,
    unit TEXT, qualifier TEXT, earliest TEXT, latest TEXT, timex TEXT,
    when_earliest TEXT, when_latest TEXT, when_text TEXT, attribution TEXT, json TEXT
);
CREATE TABLE findings (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, kind TEXT NOT NULL, category TEXT,
    summary TEXT, document TEXT REFERENCES documents(id), start INTEGER, "end" INTEGER,
    text TEXT, detail TEXT
);
CREATE TABLE finding_claims (
    finding TEXT NOT NULL REFERENCES findings(id),
    claim TEXT NOT NULL REFERENCES claims(id), position INTEGER NOT NULL,
    PRIMARY KEY (finding, position)
);
CREATE TABLE finding_spans (
    finding TEXT NOT NULL REFERENCES findings(id), position INTEGER NOT NULL,
    document TEXT NOT NULL REFERENCES documents(id), start INTEGER, "end" INTEGER,
    text TEXT, PRIMARY KEY (finding, position)
);
CREATE INDEX claims_document ON claims(document, start);
CREATE INDEX claims_kind ON claims(kind);
CREATE INDEX claims_subject ON claims(subject_key);
CREATE INDEX findings_kind ON findings(kind, seq);
CREATE INDEX findings_document ON findings(document, start);
CREATE INDEX finding_claims_claim ON finding_claims(claim);
CREATE INDEX finding_spans_document ON finding_spans(document, start);
CREATE VIEW finding_sides AS
SELECT f.id, f.seq, f.kind, f.category, f.summary,
       a.document AS left_document, a.start AS left_start, a.text AS left_quote,
       ca.sentence AS left_sentence,
       b.document AS right_document, b.start AS right_start, b.text AS right_quote,
       cb.sentence AS right_sentence
FROM findings f
LEFT JOIN finding_spans a ON a.finding = f.id AND a.position = 0
LEFT JOIN finding_spans b ON b.finding = f.id AND b.position = 1
LEFT JOIN finding_claims fa ON fa.finding = f.id AND fa.position = 0
LEFT JOIN claims ca ON ca.id = fa.claim
LEFT JOIN finding_claims fb ON fb.finding = f.id AND fb.position = 1
LEFT JOIN claims cb ON cb.id = fb.claim;
CREATE VIEW discrepancies AS
SELECT * FROM finding_sides WHERE kind = 'discrepancy' ORDER BY seq;
CREATE VIEW inconsistencies AS
SELECT * FROM finding_sides WHERE kind = 'inconsistency' ORDER BY seq;
CREATE VIEW claim_findings AS
SELECT c.id AS claim, c.document, c.kind AS claim_kind, c.text AS claim_text,
       f.id AS finding, f.kind AS finding_kind, f.summary
FROM claims c JOIN finding_claims fc ON fc.claim = c.id JOIN findings f ON f.id = fc.finding;
"""

FACTS_SCHEMA = """
CREATE TABLE facts (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, kind TEXT, label TEXT, measure TEXT,
    subject TEXT, period TEXT, verdict TEXT, summary TEXT, pairs TEXT
);
CREATE TABLE fact_values (
    fact TEXT NOT NULL REFERENCES facts(id), position INTEGER NOT NULL,
    claim TEXT REFERENCES claims(id), document TEXT REFERENCES documents(id),
    stance TEXT, text TEXT, start INTEGER, "end" INTEGER, asserted_by TEXT,
    PRIMARY KEY (fact, position)
);
CREATE INDEX fact_values_claim ON fact_values(claim);
CREATE INDEX facts_verdict ON facts(verdict);
"""

FTS_SCHEMA = """
CREATE VIRTUAL TABLE claims_fts USING fts5(id UNINDEXED, document UNINDEXED, text, sentence);
"""


def render_sqlite(report: Report, config: Config | None = None) -> bytes:
    """The report as the bytes of an SQLite database file."""
    conn = sqlite3.connect(":memory:")
    try:
        fill(conn, report)
        return conn.serialize()
    finally:
        conn.close()


def fill(conn: sqlite3.Connection, report: Report) -> None:
    """Create the tables, indexes and views in ``conn`` and insert the report."""
    conn.executescript(SCHEMA)
    fts = _has_fts5(conn)
    if fts:
        conn.executescript(FTS_SCHEMA)
    docs = {d.id: d for d in report.documents}
    with conn:
        conn.executemany(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)",
            ((d.id, d.path, d.title, len(d.text), d.sha256, d.text) for d in report.documents))
        rows = [_claim_row(c, docs[c.doc].text) for c in report.claims]
        conn.executemany(f"INSERT INTO claims VALUES ({', '.join('?' * 24)})", rows)
        if fts:
            conn.executemany("INSERT INTO claims_fts VALUES (?, ?, ?, ?)",
                             ((r[0], r[1], r[5], r[8]) for r in rows))
        ids = FindingIds(report)
        known = {c.id for c in report.claims}
        for seq, (finding, fid, spans) in enumerate(
                zip(report.findings, ids.ids, ids.spans, strict=True), 1):
            first = spans[0] if spans else (None, None, None)
            quote = docs[first[0]].text[first[1] : first[2]] if first[0] else None
            conn.execute("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (fid, seq, finding.kind, finding.category, finding.summary,
                          first[0], first[1], first[2], quote,
                          _json(finding.to_dict()["detail"])))
            conn.executemany(
                "INSERT INTO finding_claims VALUES (?, ?, ?)",
                ((fid, cid, n) for n, cid in enumerate(c for c in finding.claims
                                                       if c in known)))
            conn.executemany(
                "INSERT INTO finding_spans VALUES (?, ?, ?, ?, ?, ?)",
                ((fid, n, d, s, e, docs[d].text[s:e]) for n, (d, s, e) in enumerate(spans)))
        facts = getattr(report, "facts", None)
        if facts:
            conn.executescript(FACTS_SCHEMA)
            by_id = {c.id: c for c in report.claims}
            _facts(conn, (fact.to_dict(by_id) for fact in facts), known, docs.keys())


def _claim_row(claim: Claim, text: str) -> tuple[Any, ...]:
    value = claim.value
    low = high = unit = qualifier = earliest = latest = timex = None
    if isinstance(value, Quantity):
        low, high, unit, qualifier = _real(value.low), _real(value.high), value.unit, \
            value.qualifier
    elif isinstance(value, TimeRef):
        earliest, latest, timex, qualifier = _iso(value.earliest), _iso(value.latest), \
            value.timex, value.mod
    when = claim.when
    sentence = claim.sentence
    return (
        claim.id, claim.doc, claim.kind, claim.start, claim.end, claim.text,
        sentence[0] if sentence else None, sentence[1] if sentence else None,
        text[sentence[0] : sentence[1]] if sentence else None,
        claim.passage, claim.subject, claim.subject_key, low, high, unit, qualifier,
        earliest, latest, timex,
        _iso(when.earliest) if when else None, _iso(when.latest) if when else None,
        when.text if when else None, claim.attribution, _json(claim.to_dict()),
    )


def _facts(conn: sqlite3.Connection, facts: Iterable[Mapping[str, Any]], claims: set[str],
           documents: Iterable[str]) -> None:
    """Facts as ``Fact.to_dict(claims)`` keys them (each value with its claim's text,
    span and attribution): a row each, and a row per source's value."""
    docs = set(documents)
    for seq, fact in enumerate(facts, 1):
        fact_id = str(fact.get("id") or f"fact:{seq}")
        conn.execute("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (
            fact_id, seq, *(_scalar(fact.get(k)) for k in (
                "kind", "label", "measure", "subject", "period", "verdict", "summary")),
            _json(fact.get("pairs") or [])))
        for n, value in enumerate(fact.get("values") or ()):
            if not isinstance(value, Mapping):
                continue
            claim, doc = value.get("claim"), value.get("doc")
            conn.execute("INSERT INTO fact_values VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (
                fact_id, n, claim if claim in claims else None, doc if doc in docs else None,
                *(_scalar(value.get(k)) for k in ("stance", "text", "start", "end",
                                                   "asserted_by"))))


def _has_fts5(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.probe USING fts5(x)")
        conn.execute("DROP TABLE temp.probe")
        return True
    except sqlite3.OperationalError:
        return False


def _scalar(value: Any) -> Any:
    """A value SQLite stores as is; anything else as JSON text."""
    if value is None or isinstance(value, (str, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    return _json(value)


def _real(x: float) -> float | None:
    return x if math.isfinite(x) else None


def _iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None


def _json(value: Any) -> str:
    return json.dumps(_finite(value), ensure_ascii=False, sort_keys=True, allow_nan=False,
                      default=str)


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value
