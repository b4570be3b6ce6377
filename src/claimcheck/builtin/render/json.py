"""Built-in renderer: JSON, schema ``claimcheck/1`` (docs/report.schema.json)."""

from __future__ import annotations

import json

from claimcheck.plugin import Config, Report


def render_json(report: Report, config: Config) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
