"""Built-in renderer: Markdown for research notebooks and issue trackers."""

from __future__ import annotations

from claimcheck.config import Config
from claimcheck.hookspecs import hookimpl
from claimcheck.model import Finding, Report
from claimcheck.renderers import claims_of, counts_line, grouped, place, sentence_of, span_text


@hookimpl
def register_renderers(register) -> None:
    register("markdown", render_markdown, "Markdown, quotations as block quotes")


def render_markdown(report: Report, config: Config) -> str:
    lines = ["# claimcheck report", "", counts_line(report) + ".", "", "## Sources", ""]
    for doc in report.documents:
        lines.append(f"- `{doc.id}`: {_inline(doc.title)} (`{doc.path or 'text'}`)")
    for _, title, findings in grouped(report):
        lines += ["", f"## {title}", ""]
        for finding in findings:
            lines.extend(_finding_lines(report, finding))
    return "\n".join(lines) + "\n"


def _finding_lines(report: Report, finding: Finding) -> list[str]:
    lines = [f"- **{_inline(finding.summary)}**"]
    if finding.document is not None and finding.start is not None and finding.end is not None:
        quoted = span_text(report, finding.document, finding.start, finding.end)
        where = place(report, finding.document, finding.start)
        lines += ["", f"  > {_inline(quoted)}", "  >", f"  > — `{where}`"]
    for claim in claims_of(report, finding):
        lines += [
            "",
            f"  > {_inline(sentence_of(report, claim))}",
            "  >",
            f"  > — “{_inline(claim.text)}”, `{place(report, claim.doc, claim.start)}`",
        ]
    lines.append("")
    return lines


def _inline(text: str) -> str:
    """One line, with Markdown's active characters escaped so quotations stay quotations."""
    text = " ".join(text.split())
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text
