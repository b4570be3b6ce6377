"""Hash every report the project's own documents give, to prove a refactor changes nothing.

A move-and-split of the code must leave every report byte-identical. This script runs
``claimcheck compare`` on every pair of documents in ``seeds/`` (each unordered pair,
plain and with ``--renderings``, and all of them at once) in every built-in format, and
``claimcheck.check`` on every pair of the statement-precision sets
(``bench/statement_pairs.json``) as JSON, and prints one line per report: the SHA-256 of
its bytes and its name.

    uv run python bench/golden.py > /tmp/before.txt     # on the old code
    uv run python bench/golden.py --check /tmp/before.txt   # on the new code

``--check FILE`` compares with an earlier run's output and exits 1, naming the reports
that changed.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from pathlib import Path

from click.testing import CliRunner

import claimcheck
from claimcheck import Document
from claimcheck.cli import cli

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
FORMATS = ("json", "text", "markdown", "html", "csv")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pair_sets() -> dict[str, list[dict]]:
    """The statement-precision sets by name; the file's "about" and "fields" are left out."""
    data = json.loads((HERE / "statement_pairs.json").read_text(encoding="utf-8"))
    return {name: data[name] for name in ("short", "documents", "held_out")}


def digests():
    """(sha256, name) for every report this script covers, in a fixed order."""
    runner = CliRunner()
    seeds = sorted(SEEDS.glob("*.txt"))
    runs = [[a, b] for a, b in itertools.combinations(seeds, 2)] + [seeds]
    for docs in runs:
        names = " ".join(p.name for p in docs)
        for extra in ([], ["--renderings"]):
            for fmt in FORMATS:
                args = ["compare", *map(str, docs), "-f", fmt, "--no-color", *extra]
                result = runner.invoke(cli, args, catch_exceptions=False)
                out = f"exit {result.exit_code}\n{result.output}"
                yield sha(out), f"{' '.join(['compare', *extra, '-f', fmt])} {names}"
    pm = claimcheck.get_plugin_manager(entry_points=False)
    for set_name, pairs in pair_sets().items():
        for pair in pairs:
            report = claimcheck.check(Document("a", pair["a"]), Document("b", pair["b"]), pm=pm)
            data = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
            yield sha(data), f"{set_name} {pair['id']}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", metavar="FILE", help="compare with an earlier run's output")
    args = parser.parse_args()
    lines = [f"{digest}  {name}" for digest, name in digests()]
    if not args.check:
        print("\n".join(lines))
        return 0
    old = set(Path(args.check).read_text(encoding="utf-8").splitlines())
    changed = sorted(line.split("  ", 1)[1] for line in set(lines) - old)
    lost = sorted({line.split("  ", 1)[1] for line in old} - {n.split("  ", 1)[1] for n in lines})
    for name in changed + lost:
        print(f"changed: {name}")
    print(f"{len(lines)} reports, {len(changed) + len(lost)} changed")
    return 1 if changed or lost else 0


if __name__ == "__main__":
    sys.exit(main())
