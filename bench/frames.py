"""What frames cost: the share of extraction time spent giving claims their frames.

Usage: uv run python bench/frames.py [--size 1000000] [--repeat 3]

Segments and extracts the seeds repeated to about ``--size`` characters (the same text
as bench/quantities.py and bench/times.py), best of ``--repeat``, and times the frame
stage (``core/frames.with_frames``) inside it. The goal: frames cost at most 30 % of
extraction.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import corpus

import claimcheck
from claimcheck.core import claims as assembly
from claimcheck.core import frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = corpus(args.size)
    pm = claimcheck.get_plugin_manager()
    spent = [0.0]
    original = frames.with_frames

    def timed(*a, **k):  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        try:
            return original(*a, **k)
        finally:
            spent[0] += time.perf_counter() - t0

    assembly.with_frames = timed  # type: ignore[assignment]
    best = None
    for _ in range(args.repeat):
        spent[0] = 0.0
        document = claimcheck.Document("bench", text)
        segments = claimcheck.segment(document, pm=pm)
        t0 = time.perf_counter()
        found = claimcheck.claims(document, pm=pm)
        total = time.perf_counter() - t0
        if best is None or total < best[0]:
            best = (total, spent[0], len(found), len(segments.sentences))
    total, framing, n, sentences = best  # type: ignore[misc]
    print(f"corpus      {len(text):,} characters, {sentences:,} sentences, {n:,} claims")
    print(f"extraction  {total:.2f} s  ({len(text) / total / 1e6:.2f} M chars/s)")
    print(f"frames      {framing:.2f} s  = {100 * framing / total:.0f} % of extraction "
          f"(goal: at most 30 %)")


if __name__ == "__main__":
    main()
