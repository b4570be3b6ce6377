"""Report formats: the registry filled by ``register_renderers``, and what they share.

A renderer is ``render(report, config) -> str``. The helpers here give every format the
same facts in the same order: findings grouped by kind, most important first, each
quoting its spans with their places (``path:line:column``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pluggy

from .config import Config
from .errors import ClaimcheckError
from .manager import call_hook
from .model import Claim, Finding, Report

Render = Callable[[Report, Config], str]

#: Section titles, in the order reports show them.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("discrepancy", "Discrepancies"),
    ("inconsistency", "Inconsistencies"),
    ("slant", "Slanted wording"),
    ("wording", "Wording differences"),
    ("not_comparable", "Not comparable"),
    ("agreement", "Agreements"),
    ("unmatched", "Unmatched"),
)


@dataclass(frozen=True)
class Renderer:
    name: str
    render: Render
    description: str


def renderers(pm: pluggy.PluginManager) -> dict[str, Renderer]:
    """Every registered format by name; a later registration of a name replaces an earlier."""
    found: dict[str, Renderer] = {}

    def register(name: str, render: Render, description: str = "") -> None:
        found[name] = Renderer(name, render, description)

    call_hook(pm, "register_renderers", register=register)
    return dict(sorted(found.items()))


def render(report: Report, fmt: str, pm: pluggy.PluginManager, config: Config) -> str:
    available = renderers(pm)
    if fmt not in available:
        raise ClaimcheckError(f"unknown format {fmt!r} (choose from {', '.join(available)})")
    return call_hook_render(available[fmt], report, config)


def call_hook_render(renderer: Renderer, report: Report, config: Config) -> str:
    try:
        return renderer.render(report, config)
    except ClaimcheckError:
        raise
    except Exception as exc:
        module = getattr(renderer.render, "__module__", "?")
        raise ClaimcheckError(
            f"renderer {renderer.name!r} ({module}) failed: {type(exc).__name__}: {exc}"
        ) from exc


def grouped(report: Report) -> Iterator[tuple[str, str, list[Finding]]]:
    """(kind, title, findings) for each kind that has findings, in SECTIONS order."""
    known = {kind for kind, _ in SECTIONS}
    extra = sorted({f.kind for f in report.findings} - known)
    for kind, title in (*SECTIONS, *((k, k.replace("_", " ").title()) for k in extra)):
        findings = [f for f in report.findings if f.kind == kind]
        if findings:
            yield kind, title, findings


def counts_line(report: Report) -> str:
    """"2 discrepancies, 5 agreements, ... in 3 documents (41 claims)"."""
    parts = [f"{len(fs)} {title.lower()}" for _, title, fs in grouped(report)]
    docs = len(report.documents)
    summary = ", ".join(parts) if parts else "no findings"
    return (
        f"{summary}; {docs} document{'s' * (docs != 1)}, {len(report.claims)} claims"
    )


def place(report: Report, doc_id: str, offset: int) -> str:
    """``path:line:column`` of an offset (the document id when it has no path)."""
    doc = report.document(doc_id)
    line, col = doc.line_col(offset)
    return f"{doc.path or doc.id}:{line}:{col}"


def span_text(report: Report, doc_id: str, start: int, end: int) -> str:
    return report.document(doc_id).text[start:end]


def sentence_of(report: Report, claim: Claim, limit: int = 240) -> str:
    """The claim's sentence on one line, trimmed around the claim when it is long."""
    text = report.document(claim.doc).text
    start, end = claim.sentence or (claim.start, claim.end)
    if end - start > limit:
        half = limit // 2
        start = max(start, claim.start - half)
        end = min(end, claim.end + half)
    snippet = " ".join(text[start:end].split())
    return snippet


def claims_of(report: Report, finding: Finding) -> list[Claim]:
    index = {c.id: c for c in report.claims}
    return [index[cid] for cid in finding.claims if cid in index]
