"""Built-in renderer: JSON, schema ``claimcheck/1`` (docs/report.schema.json).

Strict JSON (RFC 8259): a figure or a plugin's detail that holds NaN or an infinity is
written as null, never as the ``NaN``/``Infinity`` that Python's json would write and
other parsers reject.
"""

from __future__ import annotations

import json
import math
from typing import Any

from claimcheck.plugin import Config, Report

#: Beyond this many documents a report lists only the claims its findings and facts name.
CITED_ONLY = 2


def render_json(report: Report, config: Config) -> str:
    """One record a line under each top-level key: as readable as indented JSON for a
    person scrolling, a third of its size, and a line-oriented tool can read it."""
    claims = "cited" if len(report.documents) > CITED_ONLY else "all"
    data = finite(report.to_dict(claims=claims))
    lines = ["{"]
    keys = list(data)
    for n, key in enumerate(keys):
        comma = "," if n + 1 < len(keys) else ""
        value = data[key]
        if isinstance(value, list) and value:
            lines.append(f"{_dump(key)}: [")
            lines.extend(f"{_dump(item)}{',' if i + 1 < len(value) else ''}"
                         for i, item in enumerate(value))
            lines.append(f"]{comma}")
        else:
            lines.append(f"{_dump(key)}: {_dump(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "), allow_nan=False)


def finite(value: Any) -> Any:
    """``value`` with every NaN and infinity, at any depth, turned into None (null);
    a non-finite number used as a key becomes its name ("nan", "inf")."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {(str(k) if isinstance(k, float) and not math.isfinite(k) else k): finite(v)
                for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(v) for v in value]
    return value
