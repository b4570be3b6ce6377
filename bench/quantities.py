"""Throughput of claimcheck.quantities against quantulum3 on the same text, in one run.

Run: ``uv run --group bench python bench/quantities.py [--size 1000000] [--whole]``.
The text is the seeds repeated to about 1 MB; each extractor reads all of it once, line
by line (one call per line, the way quantulum3 is meant to be fed: given the megabyte as
one string it slows down sharply, 12 s for 50 KB here, and does not finish 1 MB in
minutes). ``--whole`` passes the whole text in one call to both instead.
claimcheck is also timed on the whole text in one call. quantulum3 runs offline without
its optional classifier (it warns and falls back to its rules).
"""

from __future__ import annotations

import argparse
import time
import warnings

from _corpus import corpus

from claimcheck.builtin.quantities.find import find_quantities


def timed(fn, text: str, whole: bool) -> tuple[float, int]:
    pieces = [text] if whole else [line for line in text.split("\n") if line.strip()]
    started = time.perf_counter()
    found = sum(len(fn(piece)) for piece in pieces)
    return time.perf_counter() - started, found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--whole", action="store_true", help="one call on the whole text")
    args = ap.parse_args()
    text = corpus(args.size)
    mode = "whole text" if args.whole else "line by line"
    whole_s, whole_n = timed(find_quantities, text, True)
    print(f"claimcheck find_quantities {len(text):>9,} chars {whole_s:8.2f} s "
          f"{len(text) / whole_s / 1e6:7.3f} M chars/s {whole_n:>7,} figures (whole text)")
    ours_s, ours_n = timed(find_quantities, text, args.whole)
    ours = len(text) / ours_s
    print(f"claimcheck find_quantities {len(text):>9,} chars {ours_s:8.2f} s "
          f"{ours / 1e6:7.3f} M chars/s {ours_n:>7,} figures ({mode})")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        print("quantulum3 not installed: run uv run --group bench python bench/quantities.py")
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("warm up: 3 km")
        peer_s, peer_n = timed(parser.parse, text, args.whole)
    peer = len(text) / peer_s
    print(f"quantulum3 parser.parse     {len(text):>9,} chars {peer_s:8.2f} s "
          f"{peer / 1e6:7.3f} M chars/s {peer_n:>7,} quantities ({mode})")
    print(f"ratio (claimcheck / quantulum3, {mode}): {ours / peer:.1f}x")


if __name__ == "__main__":
    main()
