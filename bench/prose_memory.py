"""One large document of ordinary prose through ``claimcheck claims``: peak memory and time.

Usage: uv run python bench/prose_memory.py [--mb 50] [--keep PATH]

Issue 15 asks that a 50 MB document of ordinary prose run through ``claims`` with memory
under 2 GB. The document is the seeds and the real documents of ``bench/realpairs`` (all
but its fresh part, which no measurement may read) joined and repeated to the size asked:
prose, infoboxes, tables and old newspapers as real sources give them. It runs through the
command line in a process of its own (``claimcheck claims FILE -f json``, the report
written to a file), and this prints the child's peak
resident memory (``ru_maxrss``), its CPU seconds, the wall time, the claims and the size of
the JSON. A measurement, not a test: the exit code is the command's.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def prose(size: int) -> str:
    """The seeds and the non-fresh real documents, joined and repeated to ``size``."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for folder in sorted((ROOT / "bench" / "realpairs").iterdir()):
        gold = folder / "gold.toml"
        if not gold.is_file() or 'part = "fresh"' in gold.read_text(encoding="utf-8"):
            continue
        parts.extend(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    unit = "\n\n".join(parts) + "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="document size in MB")
    parser.add_argument("--keep", type=Path, help="keep the document and the JSON here")
    args = parser.parse_args()
    where = args.keep or Path(tempfile.mkdtemp(prefix="claimcheck-prose-"))
    where.mkdir(parents=True, exist_ok=True)
    source = where / "prose.txt"
    source.write_text(prose(int(args.mb * 1_000_000)), encoding="utf-8")
    report = where / "claims.json"
    start = time.perf_counter()
    with report.open("wb") as out:
        done = subprocess.run([sys.executable, "-c", "from claimcheck.cli import main; main()",
                               "claims", str(source), "-f", "json"],
                              stdout=out, cwd=ROOT, check=False)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    claims = len(json.loads(report.read_text(encoding="utf-8"))) if done.returncode == 0 else 0
    print(f"document {source.stat().st_size / 1e6:.1f} MB: peak {usage.ru_maxrss / 1e6:.2f} GB, "
          f"{usage.ru_utime + usage.ru_stime:.1f} CPU s, {wall:.1f} s wall, {claims:,} claims, "
          f"JSON {report.stat().st_size / 1e6:.0f} MB (exit {done.returncode})")
    if args.keep is None:
        source.unlink()
        report.unlink()
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
