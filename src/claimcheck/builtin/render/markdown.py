"""Built-in renderer: Markdown for research notebooks and issue trackers.

Quotations are block quotes with their places; every character a Markdown or HTML
renderer could read as markup is backslash-escaped, so a source cannot inject links,
images or tags into the tracker that shows the report.
"""

from __future__ import annotations

import re

from claimcheck.plugin import (
    Config,
    Contexts,
    Finding,
    Report,
    counts_line,
    diff_of,
    display_title,
    finding_spans,
    grouped,
    place,
)

_ACTIVE = re.compile(r"([\\`*_\[\]<>#|&!~])")
_LEADING = re.compile(r"^(\s*)([-+=]|\d+[.)])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


def render_markdown(report: Report, config: Config) -> str:
    lines = ["# claimcheck report", "", f"**{_inline(counts_line(report))}.**", "",
             "## Sources", ""]
    for doc in report.documents:
        lines.append(f"- `{_code(doc.id)}`: {_inline(display_title(report, doc))} "
                     f"(`{_code(doc.path or 'text')}`)")
    contexts = Contexts(report)
    for _, title, findings in grouped(report):
        lines += [*([""] if lines[-1] else []), f"## {title} ({len(findings)})", ""]
        for finding in findings:
            lines.extend(_finding_lines(report, finding, contexts))
    return "\n".join(lines).rstrip("\n") + "\n"


def _finding_lines(report: Report, finding: Finding, contexts: Contexts) -> list[str]:
    label = ""
    if finding.category and not finding.summary.startswith(finding.category):
        label = f"*{_inline(finding.category)}*: "
    lines = [f"- {label}**{_inline(finding.summary)}**"]
    for doc, start, end in finding_spans(report, finding):
        before, inside, after = contexts.around(doc, start, end)
        quote = f"{_inline(before)}**{_inline(inside)}**{_inline(after)}" if inside.strip() \
            else f"{_inline(before)}{_inline(after)}"
        lines += ["", f"  > {quote}", "  >", f"  > — `{_code(place(report, doc, start))}`"]
    diff = diff_of(finding, report)
    if diff:
        parts = []
        previous = "equal"
        for op, text in diff:
            if op != "equal" and previous != "equal" and op != previous:
                parts.append(" ")
            previous = op
            flat = _inline(_SPACES.sub(" ", text)) if text.strip() else " "
            if op == "delete" and text.strip():
                parts.append(f"~~{flat.strip()}~~" + (" " if text[-1:].isspace() else ""))
            elif op == "insert" and text.strip():
                parts.append(f"**{flat.strip()}**" + (" " if text[-1:].isspace() else ""))
            else:
                parts.append(flat)
        lines += ["", "  Wording: " + "".join(parts).strip() + " (~~removed~~, **added**)"]
    lines.append("")
    return lines


def _inline(text: str) -> str:
    """One line, with Markdown's and HTML's active characters escaped."""
    text = _CONTROL.sub("\ufffd", _SPACES.sub(" ", text))
    return _LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), _ACTIVE.sub(r"\\\1", text))


def _code(text: str) -> str:
    """Text for an inline code span: one line, no backticks to close it early."""
    return _CONTROL.sub("\ufffd", _SPACES.sub(" ", text)).replace("`", "'")
