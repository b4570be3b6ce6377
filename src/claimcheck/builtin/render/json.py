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


def render_json(report: Report, config: Config) -> str:
    return json.dumps(finite(report.to_dict()), ensure_ascii=False, indent=2,
                      sort_keys=False, allow_nan=False) + "\n"


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
