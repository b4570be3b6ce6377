"""Built-in renderer: plain text for the terminal, colour only when asked for."""

from __future__ import annotations

from claimcheck.config import Config
from claimcheck.hookspecs import hookimpl
from claimcheck.model import Finding, Report
from claimcheck.renderers import claims_of, counts_line, grouped, place, sentence_of, span_text

_COLOURS = {
    "discrepancy": "31",
    "inconsistency": "35",
    "slant": "33",
    "wording": "36",
    "agreement": "32",
}


@hookimpl
def register_renderers(register) -> None:
    register("text", render_text, "plain text for the terminal (the default)")


def render_text(report: Report, config: Config) -> str:
    colour = bool(config.option("color", False))
    lines = [f"claimcheck: {counts_line(report)}"]
    for doc in report.documents:
        lines.append(f"  [{doc.id}] {doc.path or '(text)'}: {doc.title}")
    for kind, title, findings in grouped(report):
        lines.append("")
        lines.append(_paint(f"== {title} ({len(findings)}) ==", _COLOURS.get(kind), colour))
        for finding in findings:
            lines.extend(_finding_lines(report, finding))
    return "\n".join(lines) + "\n"


def _finding_lines(report: Report, finding: Finding) -> list[str]:
    lines = [f"- {finding.summary}"]
    if finding.document is not None and finding.start is not None and finding.end is not None:
        quoted = span_text(report, finding.document, finding.start, finding.end)
        lines.append(f"    “{quoted}” at {place(report, finding.document, finding.start)}")
    for claim in claims_of(report, finding):
        lines.append(f"    “{claim.text}” at {place(report, claim.doc, claim.start)}")
        lines.append(f"        {sentence_of(report, claim)}")
    return lines


def _paint(text: str, code: str | None, enabled: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if enabled and code else text
