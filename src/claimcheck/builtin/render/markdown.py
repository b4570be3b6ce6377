"""Built-in renderer: Markdown for research notebooks and issue trackers.

Quotations are block quotes with their places; every character a Markdown or HTML
renderer could read as markup is backslash-escaped, so a source cannot inject links,
images or tags into the tracker that shows the report. A bare address in a source
("https://...", "www...", an e-mail address), which renderers turn into a live link by
themselves, is quoted as code and stays text; controls, bidirectional overrides and lone
surrogates read as U+FFFD.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.plugin import (
    VERDICT_TITLES,
    Config,
    Contexts,
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

_ACTIVE = re.compile(r"([\\`*_\[\]<>#|&!~])")
_LEADING = re.compile(r"^(\s*)([-+=]|\d+[.)])")
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    r"\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
#: What renderers link by themselves (GitHub's autolinks and more): a scheme ("https://",
#: "mailto:"), "www.", an e-mail address; up to the next blank. Each starts where its run
#: of letters starts, so that a long run is read once, not once per letter.
_BARE_LINK = re.compile(
    r"(?:(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://|(?i:www\.|mailto:|xmpp:))\S+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: left out of a bare link's code span: what closes the sentence around it
_TRAILING = ".,:;!?*_~'\"\u2019\u201d\u00bb"


def render_markdown(report: Report, config: Config) -> str:
    lines = ["# claimcheck report", "", f"**{_inline(counts_line(report))}.**", "",
             "## Sources", ""]
    for doc in report.documents:
        lines.append(f"- `{_code(doc.id)}`: {_inline(display_title(report, doc))} "
                     f"(`{_code(doc.path or 'text')}`)")
    if report.facts:
        lines += ["", f"## Facts ({_inline(facts_line(report))})", ""]
        lines.extend(_fact_table(report))
    contexts = Contexts(report)
    explain = bool(config.option("explain", False))
    for _, title, findings in grouped(report):
        lines += [*([""] if lines[-1] else []), f"## {title} ({len(findings)})", ""]
        for finding in findings:
            lines.extend(_finding_lines(report, finding, contexts, explain))
    return "\n".join(lines).rstrip("\n") + "\n"


#: Up to this many sources, facts are a table with a column per source; beyond, a list.
TABLE_COLUMNS = 6
_MARKS = {"consensus": "", "outlier": "**≠** ", "alone": ""}


def _fact_table(report: Report) -> list[str]:
    """Facts disagreements first: a table, one row per fact and a column per source (an
    outlier marked ≠), or with many sources, a list with each source's values."""
    def cell(values) -> str:
        return "; ".join(f"{_MARKS.get(stance, '')}{_inline(fact_value_text(claim))}"
                         for claim, stance in values)

    if len(report.documents) <= TABLE_COLUMNS:
        docs = [d.id for d in report.documents]
        lines = ["| fact | verdict | " + " | ".join(f"`{_code(d)}`" for d in docs) + " |",
                 "|---|---|" + "---|" * len(docs)]
        for fact in report.facts:
            cells = dict(fact_cells(report, fact))
            row = [_inline(fact.label), VERDICT_TITLES.get(fact.verdict, fact.verdict)]
            row += [cell(cells[d]) if d in cells else "" for d in docs]
            lines.append("| " + " | ".join(row) + " |")
        return lines
    lines = []
    for fact in report.facts:
        verdict = VERDICT_TITLES.get(fact.verdict, fact.verdict)
        lines.append(f"- **{_inline(fact.label)}**: {verdict}")
        lines.extend(f"  - `{_code(doc)}`: {cell(values)}"
                     for doc, values in fact_cells(report, fact))
    return lines


def _finding_lines(report: Report, finding: Finding, contexts: Contexts,
                   explain: bool = False) -> list[str]:
    label = ""
    if finding.category and not finding.summary.startswith(finding.category):
        label = f"*{_inline(finding.category)}*: "
    lines = [f"- {label}**{_inline(finding.summary)}**"]
    why = reasons(report, finding) if explain else {}
    for doc, start, end in finding_spans(report, finding):
        before, inside, after = _inline_parts(contexts.around(doc, start, end))
        quote = f"{before}**{inside}**{after}" if inside.strip() else f"{before}{after}"
        lines += ["", f"  > {quote}", "  >", f"  > — `{_code(place(report, doc, start))}`"]
        if (doc, start, end) in why:
            lines += ["", f"  Why no partner: {_inline(why[(doc, start, end)])}"]
    diff = diff_of(finding, report)
    if diff:
        parts = []
        previous = "equal"
        for (op, text), flat in zip(diff, _diff_parts(diff), strict=True):
            if op != "equal" and previous != "equal" and op != previous:
                parts.append(" ")
            previous = op
            flat = flat if text.strip() else " "
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
    """One line, with Markdown's and HTML's active characters escaped and bare links
    quoted as code."""
    return _inline_parts([text])[0]


def _inline_parts(parts: Sequence[str]) -> list[str]:
    """Pieces of one text (a quotation's words before, inside and after the claim), each
    made inline: a bare link is found in the whole, and its share of each piece is code
    ("see `https://`**`evil`**`.example`"), so that no piece is left to link."""
    flats = [_flat(part) for part in parts]
    return [_escaped(flat, spans) for flat, spans in zip(flats, _link_spans(flats),
                                                          strict=True)]


def _diff_parts(diff: Sequence[tuple[str, str]]) -> list[str]:
    """The pieces of a word diff made inline: links are found in each side's text."""
    flats = [_flat(text) for _, text in diff]
    spans: list[list[tuple[int, int]]] = [[] for _ in diff]
    for side in (("equal", "delete"), ("equal", "insert")):
        mine = [i for i, (op, _) in enumerate(diff) if op in side]
        for i, found in zip(mine, _link_spans([flats[i] for i in mine]), strict=True):
            spans[i].extend(found)
    return [_escaped(flat, _merged(found)) for flat, found in zip(flats, spans, strict=True)]


def _flat(text: str) -> str:
    return _CONTROL.sub("\ufffd", _SPACES.sub(" ", text))


def _link_spans(parts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """For each part, where the bare links of the parts joined fall inside it."""
    whole = "".join(parts)
    links = []
    for m in _BARE_LINK.finditer(whole):
        link = _link_text(m.group())
        if link:
            links.append((m.start(), m.start() + len(link)))
    out: list[list[tuple[int, int]]] = []
    at = k = 0
    for part in parts:
        end = at + len(part)
        while k < len(links) and links[k][1] <= at:
            k += 1
        mine = []
        for s, e in links[k:]:
            if s >= end:
                break
            mine.append((max(s, at) - at, min(e, end) - at))
        out.append(mine)
        at = end
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _escaped(text: str, links: list[tuple[int, int]]) -> str:
    """``text`` (one line) with active characters escaped, ``links`` as code spans."""
    parts = []
    at = 0
    for s, e in links:
        if e > s:
            parts += [_ACTIVE.sub(r"\\\1", text[at:s]), _code_span(text[s:e])]
            at = e
    parts.append(_ACTIVE.sub(r"\\\1", text[at:]))
    return _LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), "".join(parts))


def _link_text(found: str) -> str:
    """A bare link without the punctuation that closes the sentence around it, nor a
    closing bracket it does not open ("(see https://x.org/a)")."""
    opened, closed = found.count("("), found.count(")")
    end = len(found)
    while end:
        ch = found[end - 1]
        if ch == ")" and closed > opened:
            closed -= 1
        elif ch not in _TRAILING:
            break
        end -= 1
    return found[:end]


def _code_span(text: str) -> str:
    """``text`` as an inline code span: fenced by more backticks than it holds in a row,
    padded where it starts or ends with one."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _code(text: str) -> str:
    """Text for an inline code span: one line, no backticks to close it early."""
    return _flat(text).replace("`", "'")
