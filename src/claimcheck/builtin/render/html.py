"""Built-in renderer: one self-contained HTML page, sources side by side, findings linked.

The page must be safe to open whatever the sources hold, and must open offline: every
character of every source goes through ``html.escape``, no source text ever lands in a
tag, an attribute name or a script, and a Content-Security-Policy allows only the page's
own script (by hash) and styles, so no request leaves the page. The CSS and JS live in
``builtin/html/`` and are inlined. The same report gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from claimcheck.plugin import (
    CLAIM_KINDS,
    FINDING_KINDS,
    SLANT_CATEGORIES,
    VERDICT_TITLES,
    Claim,
    Config,
    Contexts,
    Finding,
    Report,
    claims_of,
    counts_line,
    diff_of,
    display_title,
    fact_cells,
    fact_value_text,
    facts_line,
    finding_spans,
    grouped,
    place,
)

PASSAGE_CLASSES = ("heading", "footnote", "editorial", "citation", "boilerplate")


def render_html(report: Report, config: Config | None = None) -> str:
    """The whole page as a string."""
    return page(report)


# -- page --------------------------------------------------------------------------------


def page(report: Report, title: str = "claimcheck report") -> str:
    css, js = _assets()
    marks = _Marks(report)
    body = [
        _header(report, marks, title),
        _facts(report, marks),
        '<main class="layout">',
        _findings_pane(report, marks),
        '<section class="sources" aria-label="Sources">',
        *(_source(report, i, marks) for i in range(len(report.documents))),
        "</section>",
        "</main>",
    ]
    policy = (
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
        f"script-src '{_script_hash(js)}'; base-uri 'none'; form-action 'none'"
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            f"<title>{_text(title)}</title>",
            f"<style>\n{css}</style>",
            "</head>",
            "<body>",
            *body,
            f"<script>{js}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    folder = resources.files("claimcheck.builtin.render").joinpath("assets")
    css = folder.joinpath("report.css").read_text(encoding="utf-8")
    js = folder.joinpath("report.js").read_text(encoding="utf-8")
    return css, js


def _script_hash(js: str) -> str:
    digest = hashlib.sha256(js.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


# -- marks: every highlighted span, numbered ----------------------------------------------


@dataclass(frozen=True)
class _Mark:
    ident: str  # CSS class that links a finding to its spans: "x12"
    doc: str
    start: int
    end: int
    style: tuple[str, ...]  # CSS classes that colour it
    tip: str = ""


class _Marks:
    """Claims and finding spans as numbered marks; findings refer to them by class."""

    def __init__(self, report: Report) -> None:
        self.by_doc: dict[str, list[_Mark]] = {d.id: [] for d in report.documents}
        self._index: dict[tuple[str, int, int, str], str] = {}
        self.claim_kinds: list[str] = []
        self.categories: list[str] = []
        for claim in report.claims:
            if claim.kind != "statement":  # a statement is marked when a finding names it:
                self._claim(claim)  # marking every clause would underline the whole text
        self.of_finding: list[list[str]] = [self._finding(report, f) for f in report.findings]
        self.passages: dict[str, list[tuple[int, int, str]]] = {}
        for doc in report.documents:
            segs = report.segments.get(doc.id) if report.segments else None
            kinds = [
                (p.start, p.end, f"p-{p.kind}")
                for p in (segs.passages if segs else ())
                if p.kind in PASSAGE_CLASSES and 0 <= p.start < p.end <= len(doc.text)
            ]
            self.passages[doc.id] = kinds

    def _add(self, doc: str, start: int, end: int, style: tuple[str, ...], tip: str = "") -> str:
        key = (doc, start, end, " ".join(style))
        if key in self._index:
            return self._index[key]
        ident = f"x{len(self._index) + 1}"
        self._index[key] = ident
        if doc in self.by_doc:
            self.by_doc[doc].append(_Mark(ident, doc, start, end, style, tip))
        return ident

    def _claim(self, claim: Claim) -> str:
        kind = claim.kind if claim.kind in CLAIM_KINDS else "other"
        if claim.kind not in self.claim_kinds:
            self.claim_kinds.append(claim.kind)
        return self._add(claim.doc, claim.start, claim.end, ("cl", f"k-{kind}"),
                         _claim_tip(claim))

    def claim_mark(self, claim: Claim) -> str:
        """The mark of a claim's span (made if the claim had none yet)."""
        return self._claim(claim)

    def _finding(self, report: Report, finding: Finding) -> list[str]:
        claim_spans = {(c.doc, c.start, c.end): c for c in claims_of(report, finding)}
        idents: list[str] = []
        for doc, start, end in finding_spans(report, finding):
            claim = claim_spans.get((doc, start, end))
            if claim is not None:
                kind = claim.kind if claim.kind in CLAIM_KINDS else "other"
                if claim.kind not in self.claim_kinds:
                    self.claim_kinds.append(claim.kind)
                ident = self._add(doc, start, end, ("cl", f"k-{kind}"), _claim_tip(claim))
            elif finding.kind == "slant":
                category = finding.category or "other"
                if category not in self.categories:
                    self.categories.append(category)
                css = category if category in SLANT_CATEGORIES else "other"
                ident = self._add(doc, start, end, ("sl", f"g-{css}"), finding.summary)
            elif finding.kind == "wording":
                ident = self._add(doc, start, end, ("wd",), finding.summary)
            else:
                ident = self._add(doc, start, end, ("fx",), finding.summary)
            if ident not in idents:
                idents.append(ident)
        return idents


def _claim_tip(claim: Claim) -> str:
    parts = [f"{claim.kind}: {claim.text}"]
    if claim.subject:
        parts.append(f"subject: {claim.subject}")
    extra = claim.extra or {}
    if claim.kind == "statement":
        parts.append(f"predicate: {extra.get('predicate')}")
        if extra.get("polarity") == "negative":
            parts.append(f"denied ({extra.get('negation')})")
        if extra.get("modality") or claim.hedges:
            parts.append(f"modality: {', '.join(claim.hedges) or extra.get('modality')}")
    if claim.when is not None:
        parts.append(f"when: {claim.when.text}")
    if claim.attribution:
        parts.append(f"according to: {claim.attribution}")
    return " · ".join(parts)


# -- header: summary, filters, legend ------------------------------------------------------


def _header(report: Report, marks: _Marks, title: str) -> str:
    claims_per_doc = {d.id: 0 for d in report.documents}
    for claim in report.claims:
        claims_per_doc[claim.doc] = claims_per_doc.get(claim.doc, 0) + 1
    rows = "".join(
        f"<tr><td><code>{_text(d.id)}</code></td><td>{_text(display_title(report, d))}</td>"
        f"<td><code>{_text(d.path or '(text)')}</code></td><td>{len(d.text):,} chars</td>"
        f"<td>{claims_per_doc.get(d.id, 0)} claims</td></tr>"
        for d in report.documents
    )
    filters = "".join(
        f'<label><input type="checkbox" checked data-kind="{_attr(kind)}"> '
        f"{_text(name)} ({len(found)})</label>"
        for kind, name, found in grouped(report)
    )
    return "\n".join(
        [
            '<header class="top">',
            f"<h1>{_text(title)}</h1>",
            f'<p class="counts" id="summary">{_text(counts_line(report))}</p>',
            '<table class="docs"><thead><tr><th>id</th><th>title</th><th>path</th>'
            f"<th>size</th><th>claims</th></tr></thead><tbody>{rows}</tbody></table>",
            '<div class="bar">',
            f'<fieldset class="filters"><legend>Show findings</legend>{filters}</fieldset>'
            if filters
            else "",
            _legend(report, marks),
            "</div>",
            "</header>",
        ]
    )


def _legend(report: Report, marks: _Marks) -> str:
    """Colour keys; ticking one off hides that highlight in the sources (passages stay)."""
    styles: dict[str, tuple[str, list[str]]] = {}  # css class -> (look, names)
    for kind in marks.claim_kinds:
        css = f"k-{kind if kind in CLAIM_KINDS else 'other'}"
        styles.setdefault(css, (f'<span class="swatch {css}"></span>', []))[1].append(kind)
    for category in marks.categories:
        css = f"g-{category if category in SLANT_CATEGORIES else 'other'}"
        styles.setdefault(css, ("", []))[1].append(category.replace("_", " "))
    if any(f.kind == "wording" for f in report.findings):
        styles["wd"] = ("", ["wording difference"])
    keys = []
    for css, (look, names) in styles.items():
        name = _text(", ".join(names))
        shown = f'<span class="sl {css}">{name}</span>' if css.startswith("g-") else (
            f'<span class="{css}">{name}</span>' if css == "wd" else f"{look}{name}")
        keys.append(f'<label class="key"><input type="checkbox" checked data-style="{css}"> '
                    f"{shown}</label>")
    seen = sorted({kind for spans in marks.passages.values() for _, _, kind in spans})
    for css in seen:
        keys.append(f'<span class="key"><span class="{css}">{css[2:]}</span></span>')
    if not keys:
        return ""
    return f'<div class="legend"><fieldset><legend>Legend</legend>{"".join(keys)}</fieldset></div>'


# -- facts ---------------------------------------------------------------------------------

#: Up to this many sources, facts are a table with a column per source; beyond, each
#: fact's row lists its sources in one cell, so the page grows with the facts.
FACT_COLUMNS = 12


def _facts(report: Report, marks: _Marks) -> str:
    """One row per fact, a column per source, each cell coloured by where its value stands
    (with the consensus, against it, or alone); clicking a cell lights its spans."""
    if not report.facts:
        return ""
    wide = len(report.documents) <= FACT_COLUMNS
    docs = [d.id for d in report.documents]
    heads = "".join(f"<th><code>{_text(d)}</code></th>" for d in docs) if wide \
        else "<th>sources</th>"
    rows = []
    for fact in report.facts:
        cells = dict(fact_cells(report, fact))
        verdict = fact.verdict if fact.verdict in VERDICT_TITLES else "other"
        row = [f'<th scope="row">{_text(fact.label)}</th>',
               f'<td class="verdict v-{verdict}">'
               f"{_text(VERDICT_TITLES.get(fact.verdict, fact.verdict))}</td>"]
        if wide:
            row += [_fact_cell(marks, cells[d]) if d in cells else '<td class="none"></td>'
                    for d in docs]
        else:
            listed = "; ".join(f"{_text(doc)}: " + ", ".join(
                _text(fact_value_text(c)) for c, _ in values) for doc, values in cells.items())
            row.append(f"<td>{listed}</td>")
        rows.append(f'<tr class="fact" id="{_attr(fact.id)}" '
                    f'title="{_attr(fact.summary)}">{"".join(row)}</tr>')
    return "\n".join([
        '<section class="facts" aria-label="Facts">',
        f"<h2>Facts <span class=\"counts\">{_text(facts_line(report))}</span></h2>",
        '<table class="facts"><thead><tr><th>fact</th><th>verdict</th>'
        f"{heads}</tr></thead><tbody>",
        *rows,
        "</tbody></table>",
        "</section>",
    ])


def _fact_cell(marks: _Marks, values: list[tuple[Claim, str]]) -> str:
    stances = {stance for _, stance in values}
    stance = "outlier" if "outlier" in stances else next(iter(sorted(stances)))
    idents = [marks.claim_mark(claim) for claim, _ in values]
    shown = "; ".join(_text(fact_value_text(claim)) for claim, _ in values)
    return (f'<td class="fact-cell s-{_attr(stance)}" data-marks="{" ".join(idents)}" '
            f'tabindex="0" role="button" aria-pressed="false">{shown}</td>')


# -- findings ------------------------------------------------------------------------------


def _findings_pane(report: Report, marks: _Marks) -> str:
    contexts = Contexts(report)
    number = {id(f): n for n, f in enumerate(report.findings)}
    out = ['<section class="pane findings-pane" aria-label="Findings">', "<h2>Findings</h2>"]
    if not report.findings:
        out.append('<p class="empty">No findings.</p>')
    out.append('<ol class="findings" id="findings">')
    for kind, name, findings in grouped(report):
        out.append(
            f'<li class="group-title" role="presentation" data-kind="{_attr(kind)}">'
            f"{_text(name)} ({len(findings)})</li>"
        )
        for finding in findings:
            n = number[id(finding)]
            out.append(_finding(report, finding, n, marks.of_finding[n], contexts))
    out += ["</ol>", "</section>"]
    return "\n".join(out)


def _finding(
    report: Report, finding: Finding, n: int, idents: list[str], contexts: Contexts
) -> str:
    badge = finding.kind if finding.kind in FINDING_KINDS else "other"
    head = f'<span class="badge b-{badge}">{_text(finding.kind.replace("_", " "))}</span>'
    if finding.category:
        head += f'<span class="cat">{_text(finding.category.replace("_", " "))}</span>'
    head += f'<span class="summary">{_text(finding.summary)}</span>'
    quotes = []
    for doc, start, end in finding_spans(report, finding):
        before, inside, after = contexts.around(doc, start, end)
        quotes.append(
            f"<li><q>{_text(before)}<b>{_text(inside)}</b>{_text(after)}</q> "
            f'<code class="place">{_text(place(report, doc, start))}</code></li>'
        )
    diff = diff_of(finding, report)
    diff_html = ""
    if diff:
        tags = {"insert": "ins", "delete": "del"}
        parts = [
            f"<{tags[op]}>{_text(text)}</{tags[op]}>" if op in tags else _text(text)
            for op, text in diff
        ]
        diff_html = f'<div class="diff">{"".join(parts)}</div>'
    return (
        f'<li class="finding" id="f{n + 1}" data-kind="{_attr(finding.kind)}" '
        f'data-marks="{" ".join(idents)}" tabindex="0" role="button" aria-pressed="false">'
        f'<div class="fhead">{head}</div>'
        + (f'<ul class="quotes">{"".join(quotes)}</ul>' if quotes else "")
        + diff_html
        + "</li>"
    )


# -- sources -------------------------------------------------------------------------------


def _source(report: Report, index: int, marks: _Marks) -> str:
    doc = report.documents[index]
    body = "".join(_highlighted(doc.text, marks.by_doc.get(doc.id, []),
                                marks.passages.get(doc.id, [])))
    return (
        f'<article class="pane source" id="doc{index + 1}" data-doc="{_attr(doc.id)}">'
        f"<h2>{_text(display_title(report, doc))}"
        f'<span class="path">{_text(doc.path or doc.id)}</span></h2>'
        f'<div class="text" tabindex="0">{body}</div>'
        "</article>"
    )


def _highlighted(
    text: str, marks: list[_Mark], passages: list[tuple[int, int, str]]
) -> Iterable[str]:
    """The text cut at every mark boundary; each piece wrapped with its marks' classes.

    One sweep over sorted boundaries keeps this linear in text plus marks, and
    overlapping marks need no nesting: a piece simply carries every class that covers it.
    """
    starts: dict[int, list[tuple[str, tuple[str, ...], str]]] = {}
    ends: dict[int, list[str]] = {}
    points: dict[int, list[_Mark]] = {}
    for mark in marks:
        if not 0 <= mark.start <= mark.end <= len(text):
            continue
        if mark.start == mark.end:
            points.setdefault(mark.start, []).append(mark)
            continue
        starts.setdefault(mark.start, []).append((mark.ident, mark.style, mark.tip))
        ends.setdefault(mark.end, []).append(mark.ident)
    for n, (start, end, css) in enumerate(passages):
        key = f"p{n}"
        starts.setdefault(start, []).append((key, (css,), ""))
        ends.setdefault(end, []).append(key)
    bounds = sorted({0, len(text), *starts, *ends, *points})
    active: dict[str, tuple[tuple[str, ...], str]] = {}
    for i, pos in enumerate(bounds):
        for ident in ends.get(pos, ()):
            active.pop(ident, None)
        for ident, style, tip in starts.get(pos, ()):
            active[ident] = (style, tip)
        for mark in points.get(pos, ()):
            yield (f'<span class="h pt {mark.ident} {" ".join(mark.style)}" '
                   f'title="{_attr(mark.tip)}"></span>')
        if i + 1 == len(bounds):
            break
        piece = _text(text[pos : bounds[i + 1]])
        if not active:
            yield piece
            continue
        idents = [k for k in active if k.startswith("x")]
        styles = sorted({css for style, _ in active.values() for css in style})
        tips = [tip for _, tip in active.values() if tip]
        classes = " ".join(([*["h"], *idents] if idents else []) + styles)
        title = f' title="{_attr(" | ".join(dict.fromkeys(tips)))}"' if tips else ""
        yield f'<span class="{classes}"{title}>{piece}</span>'


# -- escaping ------------------------------------------------------------------------------

_CONTROL = {c: "\ufffd" for c in (*range(0, 9), 11, 12, *range(14, 32), 127)}
_CONTROL[13] = "&#13;"


def _text(value: str) -> str:
    """Escape every character that HTML could read as markup; keep controls visible."""
    return html.escape(value, quote=True).translate(_CONTROL)


def _attr(value: str) -> str:
    return _text(value).replace("\n", "&#10;")
