"""Hostile documents: characters per second of the ``claims`` path at two sizes.

Usage: uv run python bench/hostile.py [--sizes 200000 800000] [FAMILY ...]

Each family repeats one hostile unit (number words, a timeline with no sentence end,
runs of figures, dates, brackets, quotes, control characters, ...) to the size asked
for, and times ``claimcheck.claims`` on it (load, segment, extract: the path of the
``claims`` command) with the built-in plugins only, in CPU seconds of this process.
Printed per family: the rate at each size, the growth ratio (the time of the larger
over the smaller divided by the ratio of their sizes: 1.0 is linear; a quadratic stage
shows as the size ratio, here 4), the claims found in the larger and the time per
claim. The goal: every family at 0.5 M characters/s or more, and growth
near 1. ``tests/test_hostile.py`` runs the same families at small sizes through
``claimcheck.check`` and counts work instead of time.

With ``--stages`` each family is run once more at the smaller size with every hook
implementation timed (``segment``, each plugin's ``extract_claims``, ``claim_time``)
and the frame stage (``core/frames.with_frames``); printed are µs per claim of each and
of the rest of the core (merging, ids and subject keys, record checks and copies): where
a family's time goes when it falls short of the goal; then what a figure's records and
one hook call cost on this machine, the part of a claim's time no rule decides.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def _from_to(size: int) -> str:
    return "from " + repeat("1 to 2 to ", size - 5)


#: family -> the text of that family at a size
FAMILIES: dict[str, Callable[[int], str]] = {
    # "one hundred and one hundred and ...": one number word run with no end
    "number words": lambda n: repeat("one hundred and ", n),
    "number words mixed": lambda n: repeat("twenty-one thousand three hundred and five ", n),
    # a timeline on one line: dates and figures, no sentence end
    "timeline": lambda n: repeat(
        "June 3, 1950 5,000 troops, 12 tanks and $4 million; July 1951 7,500 men ", n),
    # one figure, then a clause of capitalised names with no figure in it, then another
    "names": lambda n: "5 men " + repeat(
        "according to The Ministry of Defence and General Staff ", n - 12) + " 7 men",
    # "its strength": each figure's owner is looked for in the text before it
    "anaphora": lambda n: "The army grew " + repeat("and its strength was 5,000 men ", n - 14),
    "according to": lambda n: repeat(
        "5,000 troops according to officials according to the ministry according to ", n),
    "crlf and cr": lambda n: repeat(
        "In 1950 there were 5,000 troops.\r\nIn 1951 some 6,000 men\rwere sent.\r\n\r", n),
    "currency": lambda n: repeat("$1 ", n),
    "money": lambda n: repeat("$4.2 billion, \u20ac3 million, \u00a312m ", n),
    "dense dates": lambda n: repeat("June 1, 1950 ", n),
    "percent": lambda n: repeat("5% ", n),
    "from to": _from_to,
    # a total, then a breakdown of it that never ends: "33 (1, 2, 3, ..." and a list of
    # parts after "including"
    "breakdown": lambda n: "Deaths 33 (" + repeat("27 passengers, 5 crew, ", n - 11),
    "parts list": lambda n: "In all 900 died, including " + repeat(
        "12 in Lorn, 7 in Tassa and ", n - 27),
    "date ranges": lambda n: repeat("1950\u20131953 ", n),
    # one span named many ways: every pair shares an end and its words
    "renamed spans": lambda n: "".join(
        f"the war lasted 1950\u2013{1951 + k % 40} and " for k in range(n // 34 + 1))[:n],
    "durations": lambda n: repeat("from June 1, 1950 for 5 days until June 30, 1950 ", n),
    "digits": lambda n: repeat("1234567890", n),
    "spaced digits": lambda n: repeat("1 ", n),
    "separators": lambda n: repeat("1,000,", n),
    "dots": lambda n: repeat("1.2.", n),
    "brackets": lambda n: repeat("([{5}]) ", n),
    "open brackets": lambda n: repeat("((([[[5 ", n),
    "quotes": lambda n: repeat('"5" \u201c6\u201d \'7\' ', n),
    "abbreviations": lambda n: repeat("Mr. Dr. U.S. e.g. No. 5 vs. Gen. ", n),
    "footnote markers": lambda n: repeat("5,000 troops[1][2] \u00b9\u00b2 ", n),
    "zero-width": lambda n: repeat("5\u200b000 men \u0301\u0301 1\u200d950 ", n),
    "combining": lambda n: repeat("5\u0301 e\u0301 1950\u0300 ", n),
    "rtl": lambda n: repeat(
        "\u202e5,000 \u05e9\u05dc\u05d5\u05dd 1950 \u0645\u0631\u062d\u0628\u0627 "
        "\u0663\u0664 \u2067x\u2069 ", n),
    "nul and surrogates": lambda n: repeat("5\x00000 \ud800 1950\x00 \udfff ", n),
    # an infobox of two columns copied as lines, its names line over rows of figures, a
    # row of two cells parted by one blank ("219 182") beside rows of two figures
    "infobox rows": lambda n: repeat(
        "Nominee Ann B. Cole Dan E. Frey\nPopular vote 1,204,118 998,765\n"
        "Electoral vote 219 182\nStates carried 20 18\n", n),
    # names run together by small words ("de la", "of the") that never end
    "name particles": lambda n: "5 men " + repeat("Rio de la Plata y de los Andes of the ", n - 40)
    + ". The Banco de la Plata paid 7 men",
    # tens and a unit run together, as OCR has them, in a run of number words
    "glued tens": lambda n: repeat("twentyfive thirtyone and ", n),
    # this session's readers: a run of key-value pairs on one line (the next key's label),
    # counts told as they stand (the present perfect), days listed two by two, and rows
    # of counts with their shares
    "key runs": lambda n: repeat("Deaths: 3 killed, Arrests: 296, ", n),
    "running counts": lambda n: repeat("so far 14 people have died and 30 have been hurt, ", n),
    "day lists": lambda n: repeat("on February 7 and 8, 1904 and March 5 and 9, ", n),
    "share rows": lambda n: repeat("Last election 125 seats, 34.2% 183 seats, 44.5%\n", n),
}


def rate(text: str, repeat_runs: int) -> tuple[float, int]:
    """CPU seconds of ``claimcheck.claims`` on ``text``, best of ``repeat_runs``, and the
    number of claims found. CPU time, not wall time: on a machine shared with other work
    the wall clock measures the neighbours too (on an idle machine the two agree)."""
    import claimcheck
    from claimcheck.manager import get_plugin_manager
    from claimcheck.model import Document

    # the built-ins only: an installed plugin (or one half-installed by a build going on
    # beside this one) would time itself, not the core
    pm = get_plugin_manager(entry_points=False)
    best = float("inf")
    found = 0
    for _ in range(repeat_runs):
        t0 = time.process_time()
        found = len(claimcheck.claims(Document("hostile", text), pm=pm))
        best = min(best, time.process_time() - t0)
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("families", nargs="*", help="families to run (default: all)")
    parser.add_argument("--sizes", type=int, nargs=2, default=(200_000, 800_000))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--stages", action="store_true",
                        help="also print, per family, µs per claim in each stage")
    args = parser.parse_args()
    names = args.families or list(FAMILIES)
    small, large = args.sizes
    import claimcheck
    from claimcheck.manager import get_plugin_manager

    # what a process does once (imports, a dictionary read on first use, patterns compiled
    # on first use) is not a cost per character: every family is run once, small, first
    warm = get_plugin_manager(entry_points=False)
    claimcheck.claims("Local health officials said 5 men died in 1950.", pm=warm)
    for name in names:
        claimcheck.claims(FAMILIES[name](2_000), pm=warm)
    print(f"{'family':20} {small:>9,} chars/s {large:>9,} chars/s  growth"
          f"  claims at {large:,}  µs/claim")
    slow = []
    for name in names:
        t_small, _ = rate(FAMILIES[name](small), args.repeat)
        t_large, found = rate(FAMILIES[name](large), args.repeat)
        growth = (t_large / t_small) / (large / small)
        r_small, r_large = small / t_small, large / t_large
        per_claim = f"{t_large / found * 1e6:9.0f}" if found else f"{'-':>9}"
        print(f"{name:20} {r_small / 1e6:9.2f} M      {r_large / 1e6:9.2f} M      "
              f"{growth:5.2f}  {found:>15,}  {per_claim}", flush=True)
        if min(r_small, r_large) < 0.5e6:
            slow.append(name)
    print(f"below 0.5 M chars/s: {', '.join(slow) if slow else 'none'}")
    if args.stages:
        stages(names, small)


#: the hooks of the claims path whose implementations ``--stages`` times one by one
STAGE_HOOKS = ("segment", "extract_claims", "claim_time")


def stages(names: list[str], size: int) -> None:
    """Per family at ``size``: µs per claim in each hook implementation of the claims
    path, in the frame stage, and in the rest of the core. Wall time of one run (each
    piece is timed by ``perf_counter``; a shared machine inflates them alike)."""
    import claimcheck
    from claimcheck.core import claims as assembly
    from claimcheck.manager import get_plugin_manager
    from claimcheck.model import Document

    pm = get_plugin_manager(entry_points=False)
    spent: dict[str, float] = {}

    def timer(label: str, function: Callable[..., object]) -> Callable[..., object]:
        def timed(*args: object, **kwargs: object) -> object:
            t0 = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - t0
        return timed

    labels = []
    for hook in STAGE_HOOKS:
        for impl in getattr(pm.hook, hook).get_hookimpls():
            # the manager reads an implementation's function at each call
            label = f"{hook}:{impl.plugin_name.removeprefix('claimcheck.builtin.')}"
            impl.function = timer(label, impl.function)
            labels.append(label)
    original = assembly.with_frames
    assembly.with_frames = timer("frames", original)  # type: ignore[assignment]
    labels.append("frames")
    try:
        print(f"\nwhere the time goes at {size:,} characters, µs per claim:")
        # an extractor by its plugin, the other hooks by their name (and their plugin's
        # when it is no built-in)
        short = [label.removeprefix("extract_claims:") if label.startswith("extract_claims:")
                 else label.split(":")[0] if "." not in label else label for label in labels]
        print(f"{'family':20} {'total':>7} " + " ".join(f"{s[:12]:>12}" for s in short)
              + f" {'rest':>7}")
        for name in names:
            text = FAMILIES[name](size)
            claimcheck.claims(FAMILIES[name](2_000), pm=pm)
            spent.clear()
            t0 = time.perf_counter()
            found = len(claimcheck.claims(Document("hostile", text), pm=pm))
            total = time.perf_counter() - t0
            if not found:
                print(f"{name:20} {'no claims':>7}")
                continue
            rest = total - sum(spent.values())
            print(f"{name:20} {total / found * 1e6:7.1f} "
                  + " ".join(f"{spent.get(label, 0.0) / found * 1e6:12.1f}" for label in labels)
                  + f" {rest / found * 1e6:7.1f}", flush=True)
    finally:
        assembly.with_frames = original  # type: ignore[assignment]
    fixed_costs(pm)


def fixed_costs(pm: object) -> None:
    """What every figure costs before any rule runs: its records (a Quantity built and
    moved to the document's offsets, a Claim built, then copied with its id and with its
    frame; and the same made by ``maker`` and ``copier``, as the reader and the frames
    make them) and one ``claim_time`` call through the manager, against the
    implementation called alone; µs each, best of five timeit runs."""
    import timeit

    from claimcheck.builtin.times import claims as time_claims
    from claimcheck.config import DEFAULT
    from claimcheck.manager import call_hook
    from claimcheck.model import Claim, Document, Quantity
    from claimcheck.text.records import built, copier, maker, replaced

    document = Document("h", "1 " * 100)
    value = built(Quantity, start=0, end=1, text="1", low=1.0, high=1.0, precision=1.0)
    fields = dict(id="", doc="h", kind="quantity", start=0, end=1, text="1",
                  sentence=(0, 200), passage="body", subject=None, subject_key=None,
                  value=value, qualifier="exact", attribution=None, hedges=(), extra={})
    claim = built(Claim, **fields)
    claims = [claim]
    make_quantity, make_claim = maker(Quantity), maker(Claim)
    with_id_frame = copier(Claim, ("id", "frame"))
    costs: list[tuple[str, Callable[[], object]]] = [
        ("Quantity built", lambda: built(Quantity, start=0, end=1, text="1", low=1.0,
                                         high=1.0, precision=1.0)),
        ("Quantity moved (replaced)", lambda: replaced(value, start=5, end=6, direction=None)),
        ("Claim built", lambda: built(Claim, **fields)),
        ("Claim with its id (replaced)", lambda: replaced(claim, id="h:1", doc="h",
                                                          subject_key=None)),
        ("Claim with its frame (replaced)", lambda: replaced(claim, frame=None)),
        # what the reader and the frames use instead (text/records.py: one function per
        # class or per set of changed fields)
        ("Quantity made (maker)", lambda: make_quantity(start=0, end=1, text="1", low=1.0,
                                                        high=1.0, precision=1.0)),
        ("Claim made (maker)", lambda: make_claim(**fields)),
        ("Claim with id and frame (copier)", lambda: with_id_frame(claim, "h:1", None)),
        ("claim_time through call_hook", lambda: call_hook(
            pm, "claim_time", claim=claim, claims=claims, document=document,
            config=DEFAULT)),  # type: ignore[arg-type]
        ("claim_time implementation alone", lambda: time_claims.claim_time(
            claim, claims, document, DEFAULT)),
    ]
    print("\nwhat every figure costs before any rule, µs:")
    for label, call in costs:
        best = min(timeit.repeat(call, number=20_000, repeat=5)) / 20_000
        print(f"  {label:34} {best * 1e6:6.2f}")


if __name__ == "__main__":
    main()
