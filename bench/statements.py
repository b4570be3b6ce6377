"""Statement throughput: clause splitting and cross-document matching, chars/s.

Usage: uv run python bench/statements.py [--size BYTES] [--repeat N] [--max STATEMENTS]

The issue asks for splitting and matching at 1 M characters/s or more on the ~1 MB
corpus, with matching growing close to linearly in the number of statements. Figures are
the best of N runs (the least disturbed by other processes), wall-clock.

Splitting: the seeds repeated to ~1 MB are segmented once (not timed), then
``statement_claims`` is timed over the whole segmented document.

Matching: the same text is cut in two at a paragraph break near its middle, and the two
halves are two documents whose statements ``align_statements.align_statements`` lines up (profiles,
weighting, blocking, one-to-one matching, the ``compare_claims`` hook and omissions).
Halves rather than a reworded copy, so that the matched text is the same megabyte the
splitter read and nothing is made up; the statements are extracted (not timed) through
``pipeline.extract`` with the built-in plugins and their alias table, so that they carry
the subject keys matching uses. Because the corpus is the seeds repeated, every statement
has many exact twins in the other half (about one per copy of the seeds): a hard case for
blocking, whose posting lists grow with the copies until a concept is too common to be
looked up by (``MAX_POSTINGS``).

Combined: all the characters / (split time + match time), against the 1 M chars/s goal.

Scaling: plain halves would not do here, since the twins grow with the text: past
``MAX_POSTINGS`` copies per half no concept is rare enough to look up by alone, and the
table would time the fallback for common words rather than a long text. So each copy
of the seeds has its names made its own (a capitalised word after a lower-case one gets
a suffix naming the copy: "Korea" -> "Koreaqab"), and the two
documents are that text and an exact copy of it: every statement has one counterpart
named like it, while the common vocabulary is shared by all copies as in a long real
text. Both are extracted once; the first n/2 statements of each are matched, for n from
1,000 to 30,000. Growth close to linear shows in the last column: time per statement
should stay roughly flat; the pairs column shows matching still finds counterparts.

No peer is timed: no other statement splitter is installed, and the issue asks for
throughput, not a side-by-side.
"""

from __future__ import annotations

import argparse
import re
import time

from _corpus import SEEDS, corpus

import claimcheck
from claimcheck.align import statements as align_statements
from claimcheck.builtin.segmenter.segment import segment_text
from claimcheck.builtin.statements.claims import statement_claims
from claimcheck.core import pipeline, registered
from claimcheck.core.registered import collect
from claimcheck.model import Claim, Document
from claimcheck.text.acronyms import find_acronyms

#: Statement counts of the scaling table (both documents together).
SIZES = (1_000, 3_000, 10_000, 30_000)

#: A capitalised word after a lower-case word or a comma: a name, not a sentence start.
NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+\b")


def tagged(size: int) -> str:
    """The seeds repeated to about ``size`` characters, each copy's names its own."""
    unit = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    unit += "\n\n"
    copies = []
    for k in range(size // len(unit) + 1):
        tag = "q" + "".join(chr(97 + int(d)) for d in str(k))
        copies.append(NAME.sub(lambda m, tag=tag: m.group(0) + tag, unit))
    return "".join(copies)


def best_of(repeat: int, fn) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def halves(text: str) -> list[Document]:
    """Two documents: the text cut at the paragraph break nearest before its middle."""
    cut = text.rfind("\n\n", 0, len(text) // 2) + 2
    return [Document("left", text[:cut]), Document("right", text[cut:])]


def statements(documents: list[Document], pm, config) -> dict[str, list[Claim]]:
    """Each document's statements, through the pipeline (subject keys set), not timed."""
    aliases = collect(pm)
    for doc in documents:
        for short, long_form in find_acronyms(doc.text):
            aliases.register(long_form, [short])
    out = {}
    for doc in documents:
        segments = pipeline.segment(doc, pm=pm, config=config)
        claims = pipeline.extract(doc, segments, pm=pm, config=config, aliases=aliases)
        out[doc.id] = [c for c in claims if c.kind == "statement"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--max", type=int, default=30_000, help="largest scaling row")
    args = parser.parse_args()
    pm = claimcheck.get_plugin_manager(entry_points=False)
    config = registered.with_plugin_data(claimcheck.Config(), pm)

    text = corpus(args.size)
    document = Document("corpus", text)
    segments = segment_text(text)
    split_s, claims = best_of(args.repeat, lambda: statement_claims(document, segments))
    print(f"corpus      {len(text):,} characters (seeds repeated)")
    print(f"split       {split_s:8.3f} s {len(text) / split_s / 1e6:6.2f} M chars/s "
          f"{len(claims):>7,} statements")

    documents = halves(text)
    by_doc = statements(documents, pm, config)
    count = sum(len(c) for c in by_doc.values())
    match_s, findings = best_of(args.repeat, lambda: align_statements.align_statements(
        documents, by_doc, pm=pm, config=config))
    matched = sum(1 for f in findings if f.kind != "unmatched")
    print(f"match       {match_s:8.3f} s {len(text) / match_s / 1e6:6.2f} M chars/s "
          f"{count:>7,} statements {match_s / count * 1e6:7.1f} µs/statement "
          f"({matched:,} pairs, two halves)")

    rate = len(text) / (split_s + match_s)
    verdict = "meets" if rate >= 1e6 else "below"
    print(f"combined    {split_s + match_s:8.3f} s {rate / 1e6:6.2f} M chars/s "
          f"({verdict} the 1 M chars/s goal)")

    sizes = [n for n in SIZES if n <= args.max]
    if not sizes:
        return
    per_char = len(text) / max(count, 1)
    scaled = tagged(int(sizes[-1] / 2 * per_char * 1.1))
    big = [Document("left", scaled), Document("right", scaled)]
    big_claims = statements(big, pm, config)
    print()
    print(f"{'statements':>10} {'seconds':>9} {'µs/statement':>13} {'pairs':>7}")
    for n in sizes:
        subset = {d.id: big_claims[d.id][: n // 2] for d in big}
        total = sum(len(c) for c in subset.values())
        seconds, found = best_of(
            args.repeat,
            lambda subset=subset: align_statements.align_statements(
                big, subset, pm=pm, config=config))
        pairs = sum(1 for f in found if f.kind != "unmatched")
        print(f"{total:>10,} {seconds:>9.3f} {seconds / total * 1e6:>13.1f} {pairs:>7,}",
              flush=True)


if __name__ == "__main__":
    main()
