"""Built-in renderer: plain text for the terminal, colour only when asked for.

The CLI asks for colour only on a terminal and never under NO_COLOR. Sources are
quoted, so their control characters are shown escaped ("\\x1b", "\\u202e"): a document
must not be able to drive the reader's terminal with escape sequences, nor reorder what it
shows with bidirectional overrides and isolates (a quotation that reads backwards).
"""

from __future__ import annotations

import re

from claimcheck.plugin import (
    VERDICT_TITLES,
    Config,
    Contexts,
    Fact,
    Finding,
    Report,
    counts_line,
    diff_of,
    display_title,
    fact_cells,
    fact_value_text,
    facts_line,
    finding_spans,
    grouped,
    place,
    reasons,
)

_COLOURS = {
    "discrepancy": "1;31",
    "inconsistency": "1;35",
    "slant": "1;33",
    "wording": "1;36",
    "not_comparable": "1;34",
    "agreement": "1;32",
    "unmatched": "1;37",
}
_DIM, _BOLD, _DEL, _INS = "2", "1", "31", "32"
_SPACES = re.compile(r"\s+")
_QUOTES = ("“", "\"", "«", "„", "‘", "'")
#: Shown escaped: C0 and C1 controls but tab and newline, line and paragraph separators,
#: the bidirectional marks, embeddings, overrides and isolates, and lone surrogates
#: (which no terminal encoding can write)
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"
    r"\ud800-\udfff]")


def render_text(report: Report, config: Config) -> str:
    paint = _Painter(bool(config.option("color", False)))
    lines = [paint(f"claimcheck: {counts_line(report)}", _BOLD)]
    for doc in report.documents:
        lines.append(f"  [{_clean(doc.id)}] {_clean(doc.path or '(text)')}: "
                     f"{_clean(display_title(report, doc))}")
    if report.facts:
        lines.append("")
        lines.append(paint(f"== Facts ({facts_line(report)}) ==", _BOLD))
        for fact in report.facts:
            lines.extend(_fact_lines(report, fact, paint))
    contexts = Contexts(report)
    explain = bool(config.option("explain", False))
    for kind, title, findings in grouped(report):
        lines.append("")
        lines.append(paint(f"== {title} ({len(findings)}) ==", _COLOURS.get(kind)))
        for finding in findings:
            lines.extend(_finding_lines(report, finding, contexts, paint, explain))
    return "\n".join(lines) + "\n"


#: A fact's verdict painted like the findings it stands for.
_VERDICT_COLOURS = {"disagree": _COLOURS["discrepancy"],
                    "not_comparable": _COLOURS["not_comparable"],
                    "agree": _COLOURS["agreement"]}


def _fact_lines(report: Report, fact: Fact, paint: _Painter) -> list[str]:
    """A fact as a row per source: "* [sources disagree] strength, DPRK troops" then each
    document's values, an outlier marked with "!", the consensus with "="."""
    verdict = VERDICT_TITLES.get(fact.verdict, fact.verdict)
    lines = [f"* {paint(f'[{verdict}]', _VERDICT_COLOURS.get(fact.verdict))} "
             f"{_clean(fact.label)}"]
    marks = {"consensus": "=", "outlier": "!", "alone": "-"}
    for doc, values in fact_cells(report, fact):
        shown = "; ".join(f"{marks.get(stance, '-')} {_clean(fact_value_text(claim))}"
                          for claim, stance in values)
        lines.append(f"    {paint(_clean(doc), _DIM)}: {shown}")
    return lines


def _finding_lines(
    report: Report, finding: Finding, contexts: Contexts, paint: _Painter,
    explain: bool = False,
) -> list[str]:
    label = ""
    if finding.category and not finding.summary.startswith(finding.category):
        label = f"[{_clean(finding.category)}] "
    lines = [f"* {label}{paint(_clean(finding.summary), _COLOURS.get(finding.kind))}"]
    why = reasons(report, finding) if explain else {}
    for doc, start, end in finding_spans(report, finding):
        before, inside, after = contexts.around(doc, start, end)
        quoted = paint(_clean(inside), _BOLD)
        if not inside.startswith(_QUOTES):
            quoted = f"“{quoted}”"
        lines.append(f"    {paint(_clean(place(report, doc, start)), _DIM)}  {quoted}")
        if before or after:
            lines.append(f"      {_clean(before)}{paint(_clean(inside), _BOLD)}{_clean(after)}")
        if (doc, start, end) in why:
            lines.append(f"      {paint('why:', _DIM)} {_clean(why[(doc, start, end)])}")
    diff = diff_of(finding, report)
    if diff:
        marks = {"delete": ("[-", "-]", _DEL), "insert": ("{+", "+}", _INS)}
        parts = []
        for op, text in diff:
            flat = _clean(_SPACES.sub(" ", text))
            if op in marks:
                left, right, code = marks[op]
                parts.append(paint(f"{left}{flat}{right}", code))
            else:
                parts.append(flat)
        lines.append("    diff: " + "".join(parts))
    return lines


class _Painter:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, code: str | None) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled and code and text else text


def _clean(text: str) -> str:
    """Control characters (escape sequences, bells, line separators, bidirectional
    overrides) shown as escapes, not obeyed: "\\x1b", "\\u202e"."""
    return _CONTROL.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
