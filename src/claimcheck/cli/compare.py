"""``claimcheck compare``: read the sources, run the check, render the report."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from claimcheck.cli.app import _config, _encoding, cli
from claimcheck.cli.output import (
    ProgressBar,
    emit,
    isatty,
    refuse_binary_on_terminal,
    refuse_overwriting_inputs,
    report_on_stdout,
    want_colour,
)
from claimcheck.core import load, parallel, pipeline, settings_file
from claimcheck.errors import ClaimcheckError
from claimcheck.manager import get_plugin_manager
from claimcheck.report.filters import at_most, only, parse_kinds
from claimcheck.report.registry import render_pieces, renderers
from claimcheck.text.names import read_alias_file

SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown",
                  ".json": "json", ".csv": "csv", ".txt": "text", ".jsonl": "jsonl",
                  ".jsonld": "webanno",
                  ".xml": "tei", ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite"}

#: A progress bar appears (on a terminal) for this many files, or this many bytes.
PROGRESS_FILES = 4
PROGRESS_BYTES = 2_000_000


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", default=None,
              help="Report format: text (default), markdown, html, json, csv; exports: "
                   "jsonl, webanno, tei, sqlite; or a plugin's.")
@click.option("-o", "--output", metavar="FILE",
              help="Write the report to this file (atomically) instead of stdout; without "
                   "--format, the suffix picks it (.html, .md, .json, .csv, .txt; exports: "
                   ".jsonl, .jsonld, .xml, .db).")
@click.option("--color/--no-color", default=None,
              help="Colour the text report (default: only on a terminal, unless NO_COLOR).")
@click.option("--reference", metavar="DATE",
              help="ISO date that anchors year-less dates when a text gives no year.")
@click.option("--tolerance", "approx_tolerance", type=float,
              help="Relative tolerance for approximate figures (default 0.10).")
@click.option("--slant-categories", metavar="LIST",
              help="Comma-separated slant categories to report (default: all).")
@click.option("--only", "only_kinds", metavar="KINDS",
              help="Report only these finding kinds, e.g. discrepancy,slant.")
@click.option("--fail-on", "fail_on", metavar="KINDS",
              help="Exit with 1 when the report holds findings of these kinds, e.g. "
                   "discrepancy,inconsistency,slant (for scripts and CI).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
              help="Read and extract documents in N processes (0: one per CPU; default 1).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default=None,
              help="Where each document's work runs: local processes (default), or a Dask "
                   "cluster: --scheduler's, else --jobs workers started for the run "
                   "(needs claimcheck[dask]; docs/scale.md).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Address of a Dask scheduler, e.g. tcp://host:8786 (implies --engine dask).")
@click.option("--cache", "cache", metavar="PATH", type=click.Path(dir_okay=False),
              help="Keep each document's results in this file (SQLite) and reuse them: a "
                   "later run re-extracts only documents, plugins or settings that changed.")
@click.option("--no-cache", is_flag=True, help="Use no cache, even one a settings file names.")
@click.option("--config", "config_file", metavar="FILE",
              help="Settings file (default: ./claimcheck.toml, else [tool.claimcheck] in "
                   "./pyproject.toml).")
@click.option("--no-config", is_flag=True, help="Ignore settings files.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on a terminal, for many or large files).")
@click.option("--aliases", "alias_files", multiple=True, metavar="FILE",
              help="TOML file of entity aliases ([aliases] canonical = [names]); repeatable.")
@click.option("--lexicon", "lexicon_files", multiple=True, metavar="FILE",
              help="TOML slant lexicon of your own, merged into the built-in one; repeatable.")
@click.option("--slant-allow", metavar="PHRASES|FILE",
              help="Phrases never reported as slant: comma-separated, or a file, one a line.")
@click.option("--base", metavar="SOURCE",
              help="Compare every other source against this one only (its path or id), as "
                   "collation tools do: work and report grow with the number of sources.")
@click.option("--max-findings", type=click.IntRange(min=0), default=None, metavar="N",
              help="Report at most N findings and N facts, the most important first; the "
                   "report says how many more there were.")
@click.option("--explain", is_flag=True,
              help="Say under each unmatched figure or date why no partner was taken (no "
                   "candidate, different subjects, different periods, ...).")
@click.option("--renderings", is_flag=True,
              help="The sources render one text: diff their wording sentence by sentence.")
@click.option("--full", is_flag=True,
              help="JSON of more than two sources: the whole report (every claim with its "
                   "frame, every finding a fact already tells), not the corpus form.")
@click.option("--lenient/--strict", default=None,
              help="Drop a plugin's bad records with a warning instead of stopping "
                   "(default: --strict, or the settings file's lenient).")
@click.option("--glob", "glob_pattern", metavar="PATTERN",
              help="In a directory, read the files matching this pattern (\"*.html\", "
                   "\"letters/*.xml\") instead of every file a loader reads.")
@_encoding
@click.pass_context
@report_on_stdout
def compare(
    ctx: click.Context,
    sources: Sequence[str],
    fmt: str | None,
    output: str | None,
    color: bool | None,
    reference: str | None,
    approx_tolerance: float | None,
    slant_categories: str | None,
    only_kinds: str | None,
    fail_on: str | None,
    jobs: int | None,
    engine: str | None,
    scheduler: str | None,
    cache: str | None,
    no_cache: bool,
    config_file: str | None,
    no_config: bool,
    progress: bool | None,
    alias_files: Sequence[str],
    lexicon_files: Sequence[str],
    slant_allow: str | None,
    base: str | None,
    max_findings: int | None,
    explain: bool,
    renderings: bool,
    full: bool,
    lenient: bool | None,
    glob_pattern: str | None,
    encoding: str | None,
) -> None:
    """Compare SOURCES (files, or directories: every file an installed loader reads) and
    report agreements, discrepancies and slant."""
    found = settings_file.NONE if no_config else settings_file.load(config_file)
    paths = expand_sources(sources, glob_pattern)
    cache = None if no_cache else cache or found.cache
    # before any source is read: -o must never name one of the run's inputs
    refuse_overwriting_inputs(output, [
        *paths, found.path, *alias_files, *lexicon_files, *found.lexicons, cache,
        slant_allow if slant_allow and os.path.isfile(slant_allow) else None])
    fmt = fmt or _suffix_format(output) or found.format or "text"
    if color is None:
        color = want_colour(output)
    kinds = _kinds(only_kinds, "--only") if only_kinds is not None else found.only
    failing = _kinds(fail_on, "--fail-on") if fail_on is not None else found.fail_on
    if slant_categories:
        categories: tuple[str, ...] | None = tuple(
            c.strip() for c in slant_categories.split(",") if c.strip())
    else:
        categories = found.slant_categories
    options = found.options()
    if alias_files:
        options["aliases"] = (*options.get("aliases", ()),
                              *(entry for f in alias_files for entry in read_alias_file(f)))
    if lexicon_files:
        options["lexicon"] = [*options.get("lexicon", ()), *lexicon_files]
    if slant_allow:
        options["slant_allow"] = (slant_allow if os.path.isfile(slant_allow)
                                  else [p.strip() for p in slant_allow.split(",") if p.strip()])
    config = _config(
        encoding or found.encoding,
        reference=reference or found.reference,
        approx_tolerance=approx_tolerance if approx_tolerance is not None else found.tolerance,
        slant_categories=categories,
        color=color,
        renderings=renderings or None,
        explain=explain or None,
        json_full=full or None,
        **options,
    )
    if lenient if lenient is not None else found.lenient:
        config = dataclasses.replace(config, lenient=True)
    if cache:
        config = dataclasses.replace(config, cache=cache)
    if base:
        config = dataclasses.replace(config, base=base)
    pm = get_plugin_manager()
    if fmt not in renderers(pm):
        raise click.BadParameter(f"unknown format {fmt!r}; choose from "
                                 f"{', '.join(renderers(pm))}", param_hint="--format")
    refuse_binary_on_terminal(renderers(pm)[fmt].binary, output)  # before the work, not after
    if jobs is None:
        jobs = found.jobs if found.jobs is not None else 1
    jobs = parallel.resolve_jobs(jobs)
    if scheduler and engine == "local":
        raise click.BadParameter("a scheduler is for --engine dask", param_hint="--scheduler")
    cluster = (parallel.dask_client(scheduler, workers=jobs) if engine == "dask" or scheduler
               else contextlib.nullcontext())
    bar = _progress_bar(paths, progress)
    try:
        with cluster as client:  # (plugins' prints go to stderr: @report_on_stdout)
            report = pipeline.check(*paths, pm=pm, config=config, jobs=jobs, progress=bar,
                                    client=client)
    finally:
        if bar is not None:
            bar.close()
    report = at_most(only(report, kinds), max_findings)
    emit(render_pieces(report, fmt, pm, config), output)
    if failing and any(f.kind in failing for f in report.findings):
        ctx.exit(1)


def expand_sources(sources: Sequence[str], pattern: str | None = None) -> list[str]:
    """Sources with each directory replaced by the files an installed loader reads (or,
    with ``pattern``, the files matching that glob), README/LICENSE/SOURCES and hidden
    files left out, in path order (core/load.py, ``expand_sources``)."""
    if not any(os.path.isdir(s) for s in sources):
        return list(sources)
    suffixes = [s for found in load.source_suffixes(get_plugin_manager()).values()
                for s in found]
    return load.expand_sources(sources, suffixes, pattern)


def _suffix_format(output: str | None) -> str | None:
    return SUFFIX_FORMATS.get(Path(output).suffix.lower()) if output else None


def _kinds(value: str, option: str) -> tuple[str, ...]:
    """The finding kinds an option names, or one line listing the kinds a report holds."""
    try:
        return settings_file.check_kinds(parse_kinds(value) or ())
    except ValueError as exc:
        raise ClaimcheckError(settings_file.problem(option, exc)) from None


def _progress_bar(paths: Sequence[str], wanted: bool | None) -> ProgressBar | None:
    """A bar on stderr when asked for, or by default on a terminal for many or big files."""
    stream = sys.stderr
    if wanted is False or (wanted is None and not isatty(stream)):
        return None
    if wanted is None:
        size = sum(os.path.getsize(p) for p in paths if os.path.isfile(p))
        if len(paths) < PROGRESS_FILES and size < PROGRESS_BYTES:
            return None
    return ProgressBar(stream)
