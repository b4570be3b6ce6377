"""Conformance of claimcheck's number and figure reading against Recognizers-Text cases.

Run: ``uv run python bench/conformance.py /work/shared/conformance/recognizers-text``
(the folder holding ``Number/`` and ``NumberWithUnit/``; the data is read in place, never
copied). ``--show N`` prints up to N failing cases per file.

Each file has a runner: a function from one case to pass or fail. ``RUNNERS`` maps a
file (relative to the folder) to its runner, so other suites (dates and times) can be
added by adding entries. What passing means, per runner:

- NumberModel: ``numwords.find_numbers`` finds exactly the expected spans (compared
  case-insensitively, as Recognizers lower-cases its ``Text``) with the expected values.
- NumberRangeModel: ``find_quantities`` finds one figure per expected range, inside the
  expected span, with the same finite ends; for a one-sided bound, also the same
  openness (``more than`` is open, ``at least`` closed). Recognizers writes two-sided
  ranges half-open by convention ("between 20 and 30" is [20,30)); that convention is
  not compared.
- PercentModel, CurrencyModel, DimensionModel, TemperatureModel, AgeModel: the figures
  of that kind (percent, a currency, a measure, a temperature, an age in years) have the
  expected spans and values.

Three rates are printed: over all cases; over the cases Recognizers' own Python release
supports (no "python" in ``NotSupported``); and over the cases that are figures, whose
every expected result has a value. Recognizers also tags a unit named without a number
("convert 10 celsius to fahrenheit" expects "fahrenheit" too); claimcheck reads figures,
which have a value to check, so a case expecting a bare unit name can never pass.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path

from claimcheck.builtin.quantities.find import find_quantities
from claimcheck.model import Quantity
from claimcheck.text.numbers import find_numbers

Case = dict
Runner = Callable[[Case], bool]


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _value(raw: object) -> float | None:
    try:
        return float(str(raw).rstrip("%"))
    except ValueError:
        return None


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def run_number(case: Case) -> bool:
    found = find_numbers(case["Input"])
    expected = case["Results"]
    if len(found) != len(expected):
        return False
    for got, want in zip(found, expected, strict=True):
        value = _value(want["Resolution"].get("value"))
        if _norm(got.text) != _norm(want["Text"]) or value is None:
            return False
        if not _close(got.value, value):
            return False
    return True


_INTERVAL_RE = re.compile(r"([\[(])([^,]*),([^\])]*)([\])])")


def _interval(q: Quantity) -> tuple[float | None, float | None, bool | None]:
    """(low, high, closed) with None for an infinite end; closed only for one-sided bounds."""
    if q.qualifier in ("more_than", "at_least"):
        return q.low, None, q.qualifier == "at_least"
    if q.qualifier in ("less_than", "at_most"):
        return None, q.high, q.qualifier == "at_most"
    return q.low, q.high, None


_EQUAL_BEFORE_RE = re.compile(r"\bequal(?:s|ing)?(?: to)?\s*$", re.IGNORECASE)


def run_range(case: Case) -> bool:
    text = case["Input"]
    # a range model reads ranges and bounds; a bare figure counts when stated as equal
    found = [
        q for q in find_quantities(text)
        if q.dimension != "ratio"
        and (q.qualifier not in ("exact", "approximately") or _EQUAL_BEFORE_RE.search(
            text, max(0, q.start - 20), q.start))
    ]
    expected = case["Results"]
    if len(found) != len(expected):
        return False
    for got, want in zip(found, expected, strict=True):
        m = _INTERVAL_RE.fullmatch(want["Resolution"]["value"].replace(" ", ""))
        if not m:
            return False
        lo = _value(m.group(2)) if m.group(2) else None
        hi = _value(m.group(3)) if m.group(3) else None
        start, end = want["Start"], want["End"] + 1
        if not start <= got.start < end:
            return False
        g_lo, g_hi, g_closed = _interval(got)
        if (lo is None) != (g_lo is None) or (hi is None) != (g_hi is None):
            return False
        if lo is not None and not _close(lo, g_lo):
            return False
        if hi is not None and not _close(hi, g_hi):
            return False
        if (lo is None) != (hi is None):  # one-sided: compare openness
            closed = (m.group(1) == "[") if lo is not None else (m.group(4) == "]")
            if closed != g_closed:
                return False
    return True


def _figure_runner(keep: Callable[[Quantity], bool]) -> Runner:
    def run(case: Case) -> bool:
        found = [q for q in find_quantities(case["Input"]) if keep(q)]
        expected = case["Results"]
        if len(found) != len(expected):
            return False
        for got, want in zip(found, expected, strict=True):
            value = _value(want["Resolution"].get("value"))
            if _norm(got.text) != _norm(want["Text"]):
                return False
            if value is not None and not _close(got.low, value):
                return False
        return True

    return run


def _is_measure(q: Quantity) -> bool:
    return bool(q.dimension) and q.dimension.split("/")[0] in (
        "length", "mass", "area", "volume", "speed", "power", "data", "angle", "duration"
    )


RUNNERS: dict[str, Runner] = {
    "Number/NumberModel.json": run_number,
    "Number/NumberRangeModel.json": run_range,
    "Number/PercentModel.json": _figure_runner(lambda q: q.dimension == "percent"),
    "NumberWithUnit/CurrencyModel.json": _figure_runner(
        lambda q: bool(q.dimension) and q.dimension.startswith("currency:")
    ),
    "NumberWithUnit/DimensionModel.json": _figure_runner(
        lambda q: _is_measure(q) and q.dimension != "duration"
    ),
    # "temperature:F" is Fahrenheit, kept apart from Celsius since no factor converts it
    "NumberWithUnit/TemperatureModel.json": _figure_runner(
        lambda q: bool(q.dimension) and q.dimension.split(":")[0] == "temperature"
    ),
    "NumberWithUnit/AgeModel.json": _figure_runner(
        lambda q: q.dimension == "duration" and q.unit in ("year", "month", "week", "day")
    ),
}


def is_figure_case(case: Case) -> bool:
    """Every expected result states a value: no unit named alone ("to fahrenheit")."""
    return all(r.get("Resolution", {}).get("value") not in (None, "") for r in case["Results"])


def load(path: Path) -> list[Case]:
    with path.open(encoding="utf-8-sig") as fh:
        return json.load(fh)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="the recognizers-text folder")
    ap.add_argument("--show", type=int, default=0, help="failing cases to print per file")
    args = ap.parse_args(argv)
    print(f"{'file':40} {'cases':>6} {'pass':>7} {'python-supported':>17} {'figures':>15}")
    # columns: all cases; cases Recognizers' Python release supports; cases that are figures
    for name, runner in RUNNERS.items():
        path = args.folder / name
        if not path.exists():
            print(f"{name:40} missing")
            continue
        cases = load(path)
        results = []
        for case in cases:
            try:
                ok = runner(case)
            except Exception as exc:  # a crash is a failure, and worth showing
                ok = False
                print(f"  error on {case['Input']!r}: {exc!r}", file=sys.stderr)
            results.append((case, ok))
        passed = sum(ok for _, ok in results)
        supported = [(c, ok) for c, ok in results if "python" not in c.get("NotSupported", "")]
        sup_passed = sum(ok for _, ok in supported)
        sup = (f"{sup_passed}/{len(supported)} {100 * sup_passed / len(supported):5.1f}%"
               if supported else "-")
        figures = [ok for c, ok in results if is_figure_case(c)]
        fig = f"{sum(figures)}/{len(figures)} {100 * sum(figures) / max(1, len(figures)):5.1f}%"
        print(f"{name:40} {len(cases):>6} {100 * passed / max(1, len(cases)):6.1f}% {sup:>17}"
              f" {fig:>15}")
        shown = 0
        for case, ok in results:
            if not ok and shown < args.show:
                shown += 1
                want = [r["Text"] for r in case["Results"]]
                print(f"    FAIL {case['Input'][:90]!r} want {want}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
