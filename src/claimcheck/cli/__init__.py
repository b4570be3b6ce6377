"""The ``claimcheck`` command: compare, claims, segments, plugins, hooks.

Errors a user can act on print one line on stderr and exit with 2; ``--debug`` shows
the traceback instead. Reports written with ``-o`` appear whole or not at all.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import click

from claimcheck.config import Config
from claimcheck.core import load, parallel, pipeline, settings
from claimcheck.errors import ClaimcheckError
from claimcheck.manager import get_plugin_manager, is_builtin, plugin_version
from claimcheck.model import FINDING_KINDS, Claim, Document, Segments
from claimcheck.report.filters import only, parse_kinds
from claimcheck.report.registry import render, renderers
from claimcheck.text.names import read_alias_file


def _version() -> str:
    try:
        return version("claimcheck")
    except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
        return "unknown"


class _Group(click.Group):
    """Turns ClaimcheckError (and, without --debug, any crash) into one line and exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except ClaimcheckError as exc:
            if _debug(ctx):
                traceback.print_exc()
            _fail(str(exc))
        except KeyboardInterrupt:
            _fail("interrupted")
        except BrokenPipeError:
            # the reader went away (| head): not an error; keep Python's exit noise quiet
            sys.stderr.close()
            sys.exit(0)
        except Exception as exc:
            if _debug(ctx):
                traceback.print_exc()
            _fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")


def _debug(ctx: click.Context) -> bool:
    return bool(ctx.params.get("debug")) or bool(os.environ.get("CLAIMCHECK_DEBUG"))


def _fail(message: str) -> None:
    click.echo(f"claimcheck: error: {message.splitlines()[0] if message else 'failed'}", err=True)
    sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", prog_name="claimcheck")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def cli(debug: bool) -> None:
    """Line up several accounts of the same events: where they agree, where their figures
    and dates disagree, and where their wording takes a side."""


def _config(encoding: str | None = None, **options: Any) -> Config:
    """A Config from CLI options: known fields by name, the rest (None dropped) as options."""
    kwargs: dict[str, Any] = {"encoding": encoding}
    if options.get("aliases"):
        kwargs["aliases"] = tuple((c, tuple(a)) for c, a in options.pop("aliases"))
    options.pop("aliases", None)
    for name in ("reference", "approx_tolerance", "slant_categories"):
        if options.get(name) is not None:
            kwargs[name] = options.pop(name)
        else:
            options.pop(name, None)
    return Config(**kwargs, options={k: v for k, v in options.items() if v is not None})


_encoding = click.option(
    "--encoding", metavar="NAME", help="Read sources in this encoding (default UTF-8)."
)


#: ``-o report.html`` without ``--format`` picks the format from the file's suffix.
SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown",
                  ".json": "json", ".csv": "csv", ".txt": "text"}

#: Sources inside a directory: these suffixes, hidden files and folders left out.
SOURCE_SUFFIXES = (".txt", ".md")

#: A progress bar appears (on a terminal) for this many files, or this many bytes.
PROGRESS_FILES = 4
PROGRESS_BYTES = 2_000_000


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", default=None,
              help="Report format: text (default), markdown, html, json, csv, or a plugin's.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the report to this file (atomically) instead of stdout; without "
                   "--format, the suffix picks it (.html, .md, .json, .csv, .txt).")
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
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Settings file (default: ./claimcheck.toml, else [tool.claimcheck] in "
                   "./pyproject.toml).")
@click.option("--no-config", is_flag=True, help="Ignore settings files.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on a terminal, for many or large files).")
@click.option("--aliases", "alias_files", multiple=True, type=click.Path(dir_okay=False),
              help="TOML file of entity aliases ([aliases] canonical = [names]); repeatable.")
@click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(dir_okay=False),
              help="TOML slant lexicon of your own, merged into the built-in one; repeatable.")
@click.option("--slant-allow", metavar="PHRASES|FILE",
              help="Phrases never reported as slant: comma-separated, or a file, one a line.")
@click.option("--renderings", is_flag=True,
              help="The sources render one text: diff their wording sentence by sentence.")
@_encoding
@click.pass_context
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
    config_file: str | None,
    no_config: bool,
    progress: bool | None,
    alias_files: Sequence[str],
    lexicon_files: Sequence[str],
    slant_allow: str | None,
    renderings: bool,
    encoding: str | None,
) -> None:
    """Compare SOURCES (files, or directories of .txt and .md files) and report
    agreements, discrepancies and slant."""
    found = settings.NONE if no_config else settings.load(config_file)
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
        **options,
    )
    pm = get_plugin_manager()
    if fmt not in renderers(pm):
        raise click.BadParameter(f"unknown format {fmt!r}; choose from "
                                 f"{', '.join(renderers(pm))}", param_hint="--format")
    paths = expand_sources(sources)
    if jobs is None:
        jobs = found.jobs if found.jobs is not None else 1
    jobs = parallel.resolve_jobs(jobs)
    bar = _progress_bar(paths, progress)
    try:
        report = pipeline.check(*paths, pm=pm, config=config, jobs=jobs, progress=bar)
    finally:
        if bar is not None:
            bar.close()
    report = only(report, kinds)
    _emit(render(report, fmt, pm, config), output)
    if failing and any(f.kind in failing for f in report.findings):
        ctx.exit(1)


def want_colour(output: str | None, stream: Any = None) -> bool:
    """Colour by default only for a terminal, and never when NO_COLOR is set (no-color.org)."""
    stream = stream if stream is not None else sys.stdout
    return output is None and _isatty(stream) and not os.environ.get("NO_COLOR")


def expand_sources(sources: Sequence[str]) -> list[str]:
    """Sources with each directory replaced by its .txt and .md files, in path order.

    Sorted by path within each directory (files and sub-folders by name, recursively), so
    that the report and its document ids are the same on every machine. Hidden files and
    folders (".git", ".venv") are left out. A directory with no such file is an error.
    """
    out: list[str] = []
    for source in sources:
        if not os.path.isdir(source):
            out.append(source)
            continue
        found = []
        for folder, dirs, files in os.walk(source):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(
                os.path.join(folder, name)
                for name in sorted(files)
                if not name.startswith(".") and name.lower().endswith(SOURCE_SUFFIXES)
            )
        if not found:
            raise ClaimcheckError(f"{source}: is a directory with no .txt or .md files")
        out.extend(sorted(found, key=lambda p: Path(os.path.relpath(p, source)).parts))
    return out


def _suffix_format(output: str | None) -> str | None:
    return SUFFIX_FORMATS.get(Path(output).suffix.lower()) if output else None


def _kinds(value: str, option: str) -> tuple[str, ...]:
    kinds = parse_kinds(value) or ()
    unknown = [k for k in kinds if k not in FINDING_KINDS]
    if unknown or not kinds:
        problem = f"unknown finding kind {unknown[0]!r}" if unknown else "no kinds given"
        raise click.BadParameter(f"{problem}; choose from {', '.join(FINDING_KINDS)}",
                                 param_hint=option)
    return kinds


def _progress_bar(paths: Sequence[str], wanted: bool | None) -> ProgressBar | None:
    """A bar on stderr when asked for, or by default on a terminal for many or big files."""
    stream = sys.stderr
    if wanted is False or (wanted is None and not _isatty(stream)):
        return None
    if wanted is None:
        size = sum(os.path.getsize(p) for p in paths if os.path.isfile(p))
        if len(paths) < PROGRESS_FILES and size < PROGRESS_BYTES:
            return None
    return ProgressBar(stream)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class ProgressBar:
    """``[#######.......] 3/7 name.txt`` on one line of stderr, redrawn in place."""

    def __init__(self, stream: Any, width: int = 28) -> None:
        self.stream = stream
        self.width = width
        self.drawn = 0

    def __call__(self, done: int, total: int, source: str) -> None:
        filled = self.width * done // max(total, 1)
        name = os.path.basename(source)[:40]
        line = f"claimcheck [{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} {name}"
        self.stream.write("\r" + line.ljust(self.drawn))
        self.stream.flush()
        self.drawn = len(line)

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * self.drawn + "\r")
            self.stream.flush()
            self.drawn = 0


@cli.command()
@click.argument("source")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.option("--reference", metavar="DATE", help="ISO date anchoring year-less dates.")
@_encoding
def claims(source: str, fmt: str, reference: str | None, encoding: str | None) -> None:
    """List the claims found in SOURCE, one line each, with their spans."""
    config = _config(encoding, reference=reference)
    found = pipeline.claims(source, pm=get_plugin_manager(), config=config)
    if fmt == "json":
        click.echo(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=2))
        return
    for claim in found:
        click.echo(_claim_line(claim))


def _claim_line(claim: Claim) -> str:
    parts = [f"{claim.id}", claim.kind, f"[{claim.start}:{claim.end}]", json.dumps(claim.text,
             ensure_ascii=False)]
    if claim.subject:
        parts.append(f"subject={claim.subject!r}")
    if claim.kind == "statement":
        extra = claim.extra or {}
        parts.append(f"predicate={extra.get('predicate')!r}")
        if extra.get("polarity") == "negative":
            parts.append(f"denied={extra.get('negation')!r}")
        if extra.get("modality"):
            parts.append(f"modality={extra['modality']}")
    if claim.when is not None:
        parts.append(f"when={claim.when.text!r}")
    if claim.attribution:
        parts.append(f"by={claim.attribution!r}")
    if claim.passage != "body":
        parts.append(f"in={claim.passage}")
    return "  ".join(parts)


@cli.command()
@click.argument("source")
@click.option("--sentences/--no-sentences", default=True, show_default=True,
              help="Show the sentences under each passage.")
@_encoding
def segments(source: str, sentences: bool, encoding: str | None) -> None:
    """Show the passages and sentences of SOURCE with their kinds and spans."""
    config = _config(encoding)
    pm = get_plugin_manager()
    doc = load.load(source, pm=pm, config=config, doc_id=load.unique_ids([source])[0])
    segs = pipeline.segment(doc, pm=pm, config=config)
    for line in segment_lines(doc, segs, sentences):
        click.echo(line)


def segment_lines(doc: Document, segs: Segments, with_sentences: bool = True) -> list[str]:
    by_passage: dict[int, list[int]] = {}
    for n, sentence in enumerate(segs.sentences):
        by_passage.setdefault(sentence.passage, []).append(n)
    lines = []
    for i, passage in enumerate(segs.passages):
        label = f" {passage.label}" if passage.label else ""
        lines.append(f"{i:>4} {passage.kind}{label} [{passage.start}:{passage.end}] "
                     f"{_excerpt(doc.text[passage.start:passage.end])}")
        if not with_sentences:
            continue
        for n in by_passage.get(i, ()):
            sentence = segs.sentences[n]
            extra = ""
            if sentence.citations:
                extra += f" cites={list(sentence.citations)}"
            if sentence.notes:
                extra += " notes=" + ",".join(segs.notes[k].label for k in sentence.notes)
            lines.append(f"       sentence [{sentence.start}:{sentence.end}]{extra} "
                         f"{_excerpt(doc.text[sentence.start:sentence.end])}")
    for note in segs.notes:
        target = f"passage {note.note}" if note.note is not None else "unresolved"
        lines.append(f"note {note.label} [{note.start}:{note.end}] -> {target}")
    return lines


def _excerpt(text: str, limit: int = 72) -> str:
    flat = " ".join(text.split())
    return json.dumps(flat if len(flat) <= limit else flat[: limit - 1] + "…", ensure_ascii=False)


@cli.command()
@click.option("--all", "show_all", is_flag=True, help="Include the built-in plugins.")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def plugins(show_all: bool, fmt: str) -> None:
    """List installed plugins: name, version and the hooks each implements."""
    pm = get_plugin_manager()
    rows = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None or (is_builtin(name) and not show_all):
            continue
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or ())
        rows.append({"name": name, "version": plugin_version(pm, plugin),
                     "builtin": is_builtin(name), "hooks": hooks})
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("no plugins installed (--all shows the built-ins)")
    for row in rows:
        ver = f" {row['version']}" if row["version"] else ""
        click.echo(f"{row['name']}{ver}: {', '.join(row['hooks'])}")


@cli.command()
def hooks() -> None:
    """List every hook: its arguments, whether the first result wins, and who implements it."""
    pm = get_plugin_manager()
    for name in sorted(n for n in dir(pm.hook) if not n.startswith("_")):
        caller = getattr(pm.hook, name)
        spec = caller.spec
        if spec is None:
            continue
        first = "firstresult" if spec.opts.get("firstresult") else "all results"
        click.echo(f"{name}({', '.join(spec.argnames)})  [{first}]")
        for impl in reversed(caller.get_hookimpls()):
            click.echo(f"    {impl.plugin_name}")


def _emit(text: str, output: str | None) -> None:
    if output is None:
        # color=True: the renderer already decided; click must not strip what it chose
        click.echo(text, nl=False, color=True)
        return
    write_atomically(output, text)


def write_atomically(path: str, text: str) -> None:
    """Write to a temporary file beside ``path`` and rename it over: never half a file."""
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise ClaimcheckError(f"{path}: directory {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=".claimcheck-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ClaimcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def main() -> None:
    cli(prog_name="claimcheck")


if __name__ == "__main__":  # pragma: no cover
    main()
