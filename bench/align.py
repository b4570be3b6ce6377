"""How alignment time grows with the number of claims.

Generates N synthetic documents of M claims each (figures about many actors and
measures, and dated events), extracts their claims (not timed), then times
claimcheck's alignment alone, from 1,000 to 100,000 claims in all. Growth close to
linear shows in the last column: time per claim should stay roughly flat.

    uv run python bench/align.py [--docs 4] [--max 100000]
"""

from __future__ import annotations

import argparse
import random
import time

import claimcheck
from claimcheck.align import figures as align
from claimcheck.core import pipeline, registered
from claimcheck.core.registered import collect
from claimcheck.text.acronyms import find_acronyms

ACTORS = [f"{a} {b}" for a in ("Northern", "Southern", "Eastern", "Western", "Central",
                               "Coastal", "Highland", "River", "Island", "Desert")
          for b in ("Army", "Navy", "Militia", "Guard", "Corps", "Brigade", "Legion",
                    "Fleet", "Division", "Company")]
MEASURES = [("soldiers", "had"), ("tanks", "fielded"), ("aircraft", "flew"),
            ("casualties", "suffered"), ("prisoners", "took"), ("employees", "employs")]
EVENTS = ["signed a truce with", "opened talks with", "attacked", "withdrew from",
          "captured the capital of", "reached an agreement with"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def make_document(rng: random.Random, claims: int) -> str:
    """About ``claims`` claims: sentences alternate a dated figure (two claims: the year
    and the figure) and a dated event (one claim)."""
    sentences = []
    for n in range(claims * 2 // 3):
        actor = rng.choice(ACTORS)
        year = rng.randint(1900, 2020)
        if n % 2:
            noun, verb = rng.choice(MEASURES)
            figure = f"{rng.randint(1, 500) * 1000:,}"
            sentences.append(f"In {year} the {actor} {verb} {figure} {noun}.")
        else:
            other = rng.choice(ACTORS)
            day = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}"
            sentences.append(f"On {day} the {actor} {rng.choice(EVENTS)} the {other}.")
        if n % 8 == 7:
            sentences.append("\n\n")
    return " ".join(sentences)


def measure(total_claims: int, docs: int, seed: int = 7) -> tuple[int, float, float]:
    rng = random.Random(seed)
    pm = claimcheck.get_plugin_manager(entry_points=False)
    config = registered.with_plugin_data(claimcheck.Config(), pm)
    documents = [
        claimcheck.Document(f"d{i}", make_document(rng, total_claims // docs))
        for i in range(docs)
    ]
    aliases = collect(pm)
    for doc in documents:
        for short, long_form in find_acronyms(doc.text):
            aliases.register(long_form, [short])
    segments = {d.id: pipeline.segment(d, pm=pm, config=config) for d in documents}
    claims = {d.id: pipeline.extract(d, segments[d.id], pm=pm, config=config,
                                     aliases=aliases) for d in documents}
    count = sum(len(c) for c in claims.values())
    started, cpu = time.perf_counter(), time.process_time()
    align.align_figures(documents, claims, segments, aliases, pm=pm, config=config)
    return count, time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4)
    parser.add_argument("--max", type=int, default=100_000)
    args = parser.parse_args()
    # CPU seconds beside wall seconds: on a shared machine the wall time of one size
    # can be several times its CPU time, and growth is read off the CPU column
    print(f"{'claims':>9} {'seconds':>9} {'cpu s':>9} {'µs/claim':>9} {'cpu µs/claim':>13}")
    for size in (1_000, 3_000, 10_000, 30_000, 100_000):
        if size > args.max:
            break
        count, seconds, cpu = measure(size, args.docs)
        print(f"{count:>9,} {seconds:>9.2f} {cpu:>9.2f} {seconds / count * 1e6:>9.1f} "
              f"{cpu / count * 1e6:>13.1f}", flush=True)


if __name__ == "__main__":
    main()
