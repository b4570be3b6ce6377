"""The built-in report formats: text, Markdown, JSON, HTML and CSV, one module each; and
the exports for other tools: JSON Lines, W3C Web Annotations, TEI and SQLite."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.plugin import hookimpl

from .csv import render_csv
from .html import render_html
from .json import iter_json, render_json
from .jsonl import render_jsonl
from .markdown import render_markdown
from .sqlite import render_sqlite
from .tei import render_tei
from .text import render_text
from .webanno import render_webanno


@hookimpl
def register_renderers(register: Callable[..., None]) -> None:
    """Every built-in format, by the name ``--format`` takes."""
    register("text", render_text, "plain text for the terminal (the default)")
    register("markdown", render_markdown, "Markdown, quotations as block quotes")
    register("json", render_json, "JSON, schema claimcheck/3", stream=iter_json)
    register("html", render_html, "one self-contained HTML page (no network)")
    register("csv", render_csv, "CSV of claims and findings (a 'record' column tells which)")
    register("jsonl", render_jsonl,
             "JSON Lines: one finding a line, with its stable id and quoted spans")
    register("webanno", render_webanno,
             "W3C Web Annotations (JSON-LD), one per finding and side, for annotation tools")
    register("tei", render_tei,
             "TEI XML: the sources, an apparatus of their wording, findings as standoff")
    register("sqlite", render_sqlite,
             "SQLite database of documents, claims, findings (binary: needs -o PATH)",
             binary=True)
