"""Built-in renderer: JSON, schema ``claimcheck/1`` (docs/report.schema.json)."""

from __future__ import annotations

import json

from claimcheck.config import Config
from claimcheck.hookspecs import hookimpl
from claimcheck.model import Report


@hookimpl
def register_renderers(register) -> None:
    register("json", render_json, "JSON, schema claimcheck/1")


def render_json(report: Report, config: Config) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
