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
from typing import Any

import click

from . import pipeline
from .config import Config
from .errors import ClaimcheckError
from .manager import get_plugin_manager, is_builtin, plugin_version
from .model import Claim, Document, Segments
from .renderers import render, renderers


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
    kwargs: dict[str, Any] = {"encoding": encoding}
    for name in ("reference", "approx_tolerance", "slant_categories"):
        if options.get(name) is not None:
            kwargs[name] = options.pop(name)
        else:
            options.pop(name, None)
    return Config(**kwargs, options={k: v for k, v in options.items() if v is not None})


_encoding = click.option(
    "--encoding", metavar="NAME", help="Read sources in this encoding (default UTF-8)."
)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", default="text", show_default=True,
              help="Report format: text, markdown, json, or one a plugin adds.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the report to this file (atomically) instead of stdout.")
@click.option("--color/--no-color", default=None,
              help="Colour the text report (default: only on a terminal, unless NO_COLOR).")
@click.option("--reference", metavar="DATE",
              help="ISO date that anchors year-less dates when a text gives no year.")
@click.option("--tolerance", "approx_tolerance", type=float,
              help="Relative tolerance for approximate figures (default 0.10).")
@click.option("--slant-categories", metavar="LIST",
              help="Comma-separated slant categories to report (default: all).")
@_encoding
def compare(
    sources: Sequence[str],
    fmt: str,
    output: str | None,
    color: bool | None,
    reference: str | None,
    approx_tolerance: float | None,
    slant_categories: str | None,
    encoding: str | None,
) -> None:
    """Compare SOURCES (paths) and report agreements, discrepancies and slant."""
    if color is None:
        color = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    categories = tuple(c.strip() for c in slant_categories.split(",")) if slant_categories else None
    config = _config(encoding, reference=reference, approx_tolerance=approx_tolerance,
                     slant_categories=categories, color=color)
    pm = get_plugin_manager()
    if fmt not in renderers(pm):
        raise click.BadParameter(f"unknown format {fmt!r}; choose from "
                                 f"{', '.join(renderers(pm))}", param_hint="--format")
    report = pipeline.check(*sources, pm=pm, config=config)
    _emit(render(report, fmt, pm, config), output)


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
    doc = pipeline.load(source, pm=pm, config=config, doc_id=pipeline.unique_ids([source])[0])
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
        click.echo(text, nl=False)
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
