"""Throughput of claimcheck's find_times against dateparser's search_dates, same text, one run.

Run: ``uv run --group bench python bench/times.py [--size 1000000] [--peer-size 200000]``.
The text is the seeds repeated to ~1 MB. dateparser is slow; ``--peer-size N`` makes it read only a
prefix of the same text (the rate in characters per second is what is compared).
By default both read the whole text.
"""

from __future__ import annotations

import argparse
import time
import warnings

from _corpus import corpus

from claimcheck.builtin.times.extract import find_times


def rate(fn, text: str, repeat: int = 1) -> tuple[float, int]:
    best = float("inf")
    found = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = len(fn(text) or [])
        best = min(best, time.perf_counter() - t0)
    return len(text) / best, found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--peer-size", type=int, default=0)
    args = ap.parse_args()
    text = corpus(args.size)
    ours, n_ours = rate(find_times, text, repeat=3)
    print(f"claimcheck find_times   {len(text):>9,} chars  {ours / 1e6:7.2f} M chars/s  "
          f"{n_ours} expressions")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: uv run --group bench python bench/times.py")
        return
    peer_text = text if args.peer_size <= 0 else text[: args.peer_size]
    warnings.simplefilter("ignore")
    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    search_dates("warm up on June 25, 1950", languages=["en"], settings=settings)
    peer, n_peer = rate(lambda t: search_dates(t, languages=["en"], settings=settings),
                        peer_text)
    print(f"dateparser search_dates {len(peer_text):>9,} chars  {peer / 1e6:7.2f} M chars/s  "
          f"{n_peer} expressions")
    print(f"ratio: find_times is {ours / peer:.1f}x dateparser's throughput")


if __name__ == "__main__":
    main()
