"""Built-in renderer: JSON, schema ``claimcheck/3`` (docs/report.schema.json).

A report of more than two sources is written in its corpus form (``Report.sections(corpus=
True)``): the facts are the report, so a finding a fact already tells is written once, in
the fact; only the claims facts and findings name are listed, each in brief (no frame).
That keeps the report growing with the facts (about 10 KB a source) rather than with
everything alignment looked at. ``Config(options={"json_full": True})`` (``--full``)
writes the whole report, ``Report.to_dict()``, whatever the number of sources.

Strict JSON (RFC 8259): a figure or a plugin's detail that holds NaN or an infinity is
written as null, never as the ``NaN``/``Infinity`` that Python's json would write and
other parsers reject.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any, TextIO

from claimcheck.plugin import Config, Report

#: Beyond this many documents a report is written in its corpus form (see above).
CITED_ONLY = 2

#: The option that asks for the whole report of a corpus (``--full``).
FULL = "json_full"


def render_json(report: Report, config: Config) -> str:
    """One record a line under each top-level key, with no space after a comma or a
    colon inside a record: readable for a person scrolling, a line-oriented tool can
    read it, and a tenth smaller than with spaces (a corpus's report is mostly claims).

    Each record is made, cleaned of non-finite numbers and written in turn
    (``Report.sections``): the report's whole tree of dictionaries, and a cleaned copy
    of it, never sit in memory beside the text (two documents of 8 MB gave 400 MB of
    JSON from several GB of dictionaries). The text is ``iter_json``'s lines joined."""
    return "".join(iter_json(report, config))


def iter_json(report: Report, config: Config) -> Iterator[str]:
    """``render_json``'s text a line at a time, each with its line break, made as it is
    read: a caller that writes each line out as it comes (``write_json``) never holds the
    text, where the whole string is the report's size again on top of the report (279
    MB for two documents of 8 MB)."""
    corpus = len(report.documents) > CITED_ONLY and not config.option(FULL)
    sections = report.sections(corpus=corpus)
    yield "{\n"
    for n, (key, value) in enumerate(sections):
        comma = "," if n + 1 < len(sections) else ""
        if isinstance(value, Iterator):
            records = (_dump(finite(item)) for item in value)
            first = next(records, None)
            if first is None:
                yield f"{_dump(key)}: []{comma}\n"
                continue
            yield f"{_dump(key)}: [\n"
            previous = first
            for record in records:
                yield previous + ",\n"
                previous = record
            yield previous + "\n"
            yield f"]{comma}\n"
        else:
            yield f"{_dump(key)}: {_dump(finite(value))}{comma}\n"
    yield "}\n"


def write_json(report: Report, config: Config, out: TextIO) -> int:
    """Write ``render_json``'s text to ``out`` line by line (``iter_json``); the number
    of characters written."""
    written = 0
    for line in iter_json(report, config):
        written += out.write(line)
    return written


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


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
