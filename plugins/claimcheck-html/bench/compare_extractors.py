"""Compare main-text extractors on real pages: word precision and recall, speed.

Usage (in an environment with the candidates installed; they are not dependencies)::

    pip install trafilatura readability-lxml justext inscriptis -e . -e plugins/claimcheck-html
    python plugins/claimcheck-html/bench/compare_extractors.py PAGES_DIR

PAGES_DIR holds ``NAME.source.html`` (a saved page) and ``NAME.expected.html`` (its main
content as a person would cut it; the pages of Mozilla Readability's test suite,
test/test-pages/NAME/{source,expected}.html, are such pairs). Scores are over words
(lower-cased runs of letters and digits, counted with their multiplicity): precision is
the share of an extractor's words that are in the expected text, recall the share of the
expected text's words it found. Speed is the source's megabytes per second of CPU time.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import lxml.html

WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in WORD.findall(text))


def html_text(html: str) -> str:
    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return root.text_content()


def run_trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_tables=True, include_comments=False) or ""


def run_readability(html: str) -> str:
    from readability import Document

    return html_text(Document(html).summary())


def run_justext(html: str) -> str:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def run_inscriptis(html: str) -> str:
    from inscriptis import get_text

    return get_text(html)


def run_claimcheck(html: str) -> str:
    from claimcheck_html import extract

    return extract.extract(extract.parse(html.encode("utf-8"), "utf-8")).text


CANDIDATES = {
    "claimcheck-html (lxml walk)": run_claimcheck,
    "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
    "justext": run_justext,
    "inscriptis (no chrome removal)": run_inscriptis,
}


def main(folder: Path) -> None:
    pages = sorted(p for p in folder.glob("*.source.html"))
    scores: dict[str, list[tuple[float, float, float]]] = {n: [] for n in CANDIDATES}
    bytes_total = sum(p.stat().st_size for p in pages)
    seconds: dict[str, float] = dict.fromkeys(CANDIDATES, 0.0)
    print(f"{'page':22} " + " ".join(f"{n[:18]:>18}" for n in CANDIDATES))
    for page in pages:
        name = page.name.removesuffix(".source.html")
        html = page.read_text(encoding="utf-8", errors="replace")
        gold = words(html_text((folder / f"{name}.expected.html").read_text(encoding="utf-8")))
        row = []
        for cand, fn in CANDIDATES.items():
            t0 = time.process_time()
            try:
                out = fn(html)
            except Exception as exc:  # a candidate's crash is a score of zero, not a stop
                print(f"  {cand} failed on {name}: {type(exc).__name__}", file=sys.stderr)
                out = ""
            seconds[cand] += time.process_time() - t0
            got = words(out)
            common = sum((got & gold).values())
            p = common / max(1, sum(got.values()))
            r = common / max(1, sum(gold.values()))
            f = 2 * p * r / (p + r) if p + r else 0.0
            scores[cand].append((p, r, f))
            row.append(f"{p:.2f}/{r:.2f}/{f:.2f}")
        print(f"{name[:22]:22} " + " ".join(f"{x:>18}" for x in row))
    print(f"\n{len(pages)} pages, {bytes_total / 1e6:.1f} MB; median precision / recall / F1,"
          " speed (MB/s of CPU time)")
    for cand in CANDIDATES:
        p, r, f = (statistics.median(s[i] for s in scores[cand]) for i in range(3))
        mbs = bytes_total / 1e6 / max(seconds[cand], 1e-9)
        print(f"{cand:32} {p:.2f} {r:.2f} {f:.2f} {mbs:6.1f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
