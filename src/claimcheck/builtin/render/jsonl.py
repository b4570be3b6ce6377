"""Built-in renderer: JSON Lines of findings, one JSON object a line, for streaming into
other tools (``jq``, log pipelines, ``pandas.read_json(lines=True)``).

Why a format of its own: the JSON report is one object that must be read whole; a line
per finding can be filtered, split and appended as it comes. Each line holds the
finding's stable ``id`` (the id every export gives it), ``seq`` (report order), kind,
category, summary, the claims it names, every span it quotes with its text
(``document``, ``start``, ``end`` in code points, ``text``) and its detail. Strict JSON:
a NaN or infinity in a plugin's detail is written as null.
"""

from __future__ import annotations

import json

from claimcheck.plugin import Config, Report

from .ids import FindingIds
from .json import finite


def render_jsonl(report: Report, config: Config | None = None) -> str:
    ids = FindingIds(report)
    docs = {d.id: d for d in report.documents}
    lines = []
    for seq, (finding, fid, spans) in enumerate(
            zip(report.findings, ids.ids, ids.spans, strict=True), 1):
        record = {
            "id": fid,
            "seq": seq,
            "kind": finding.kind,
            "category": finding.category,
            "summary": finding.summary,
            "claims": list(finding.claims),
            "spans": [{"document": d, "start": s, "end": e, "text": docs[d].text[s:e]}
                      for d, s, e in spans],
            "detail": finding.to_dict()["detail"],
        }
        lines.append(json.dumps(finite(record), ensure_ascii=False, allow_nan=False,
                                separators=(",", ":")))
    return "".join(line + "\n" for line in lines)
