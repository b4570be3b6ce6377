"""The commands that show what claimcheck sees: ``claims``, ``segments``, ``plugins``,
``hooks``."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
from collections.abc import Iterator

import click

from claimcheck.cli.app import _config, _encoding, cli
from claimcheck.core import load, pipeline
from claimcheck.core.documents import prepare_all
from claimcheck.core.registered import collect, with_plugin_data
from claimcheck.manager import get_plugin_manager, is_builtin, plugin_version
from claimcheck.model import Claim, Document, Frame, Segments


@cli.command()
@click.argument("source")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.option("--reference", metavar="DATE", help="ISO date anchoring year-less dates.")
@click.option("--cache", metavar="PATH", type=click.Path(dir_okay=False),
              help="Keep and reuse the document's results in this file (as compare --cache).")
@_encoding
def claims(source: str, fmt: str, reference: str | None, cache: str | None,
           encoding: str | None) -> None:
    """List the claims found in SOURCE, one line each, with their spans."""
    config = _config(encoding, reference=reference)
    pm = get_plugin_manager()
    with contextlib.redirect_stdout(sys.stderr):  # a plugin's print is no part of the list
        if cache:  # the document's own work, as compare does it, through the cache
            config = with_plugin_data(dataclasses.replace(config, cache=cache), pm)
            doc = load.load(source, pm=pm, config=config, doc_id=load.unique_ids([source])[0])
            found = prepare_all([doc], collect(pm, config.aliases), config=config,
                                pm=pm)[0].claims
        else:
            found = pipeline.claims(source, pm=pm, config=config)
    if fmt == "json":
        for piece in _json_list(found):
            click.echo(piece, nl=False)
        return
    for claim in found:
        click.echo(_claim_line(claim))


def _json_list(found: list[Claim]) -> Iterator[str]:
    """``json.dumps([c.to_dict() for c in found], indent=2)`` and a line break, a claim at
    a time: the whole list as dicts and as one string was a document's claims several
    times over (10.9 GB for 50 MB of figures)."""
    if not found:
        yield "[]\n"
        return
    yield "["
    for n, claim in enumerate(found):
        text = json.dumps(claim.to_dict(), ensure_ascii=False, indent=2)
        yield ("\n" if n == 0 else ",\n") + "\n".join("  " + line for line in text.split("\n"))
    yield "\n]\n"


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
    line = "  ".join(parts)
    frame = claim.frame
    if frame is not None and claim.kind in ("quantity", "ratio", "duration"):
        line += "\n    frame: " + "  ".join(_frame_parts(frame))
    return line


def _frame_parts(frame: Frame) -> list[str]:
    """What a figure is about, in the order a reader asks: what, whose, when, where, how."""
    measure = frame.measure or "?"
    if frame.measure_text:
        measure += f" ({frame.measure_text}{', weak' if frame.measure_weak else ''})"
    parts = [f"measure={measure}"]
    if frame.counted:
        parts.append(f"counts={frame.counted}")
    parts.append(f"subject={frame.subject_key or '?'}")
    if frame.period is not None:
        parts.append(f"period={frame.period.text!r}")
    if frame.relative:
        parts.append(f"relative={frame.relative!r}")
    if frame.scope:
        parts.append(f"scope={frame.scope}")
    if frame.place:
        parts.append(f"place={frame.place!r}")
    parts.append(f"statistic={frame.statistic}")
    if frame.source != "sentence":
        parts.append(f"from={frame.source}")
    return parts


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
    """List installed plugins: name, version, the hooks each implements and, for a
    loader, the files it reads."""
    pm = get_plugin_manager()
    suffixes = load.source_suffixes(pm)
    rows = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None or (is_builtin(name) and not show_all):
            continue
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or ())
        rows.append({"name": name, "version": plugin_version(pm, plugin),
                     "builtin": is_builtin(name), "hooks": hooks,
                     "reads": list(suffixes.get(name, ()))})
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("no plugins installed (--all shows the built-ins)")
    for row in rows:
        ver = f" {row['version']}" if row["version"] else ""
        click.echo(f"{row['name']}{ver}: {', '.join(row['hooks'])}")
        if row["reads"]:
            click.echo(f"    reads {', '.join(row['reads'])}")


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
