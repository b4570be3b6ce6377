"""The built-in report formats: text, Markdown, JSON, HTML and CSV, one module each."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.plugin import hookimpl

from .csv import render_csv
from .html import render_html
from .json import render_json
from .markdown import render_markdown
from .text import render_text


@hookimpl
def register_renderers(register: Callable[..., None]) -> None:
    """Every built-in format, by the name ``--format`` takes."""
    register("text", render_text, "plain text for the terminal (the default)")
    register("markdown", render_markdown, "Markdown, quotations as block quotes")
    register("json", render_json, "JSON, schema claimcheck/1")
    register("html", render_html, "one self-contained HTML page (no network)")
    register("csv", render_csv, "CSV of claims and findings (a 'record' column tells which)")
