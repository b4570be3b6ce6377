"""Conformance of claimcheck's time extraction against Microsoft Recognizers-Text test cases.

Run: ``uv run python bench/conformance_time.py /work/shared/conformance/recognizers-text``
(the folder holding ``DateTime/``; the data is read in place, never copied).

Recognizers-Text is built for a chat assistant ("i'll go back next week on friday"), so
part of its suite is outside what claimcheck reads in documents. Each case is put in or
out of scope by rules over the expected expression, and the rules and their counts are
printed, so the pass rate is over the cases in scope and the reader sees what was left
out and why. A case passes when the spans found are exactly the spans expected (and, for
the parser files, when each value agrees: the TIMEX string, or the resolved dates).
The case's Context.ReferenceDateTime is passed as the reference date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

from claimcheck.builtin.times.extract import find_times
from claimcheck.model import TimeRef

FILES = ["DateExtractor", "DatePeriodExtractor", "DurationExtractor", "DateParser",
         "DatePeriodParser", "DurationParser"]

_WD = r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\bsaturday\b|\bwednesday\b"
_NUMWORD_YEAR = r"\b(?:nineteen|two thousand|thousand|hundred)"
# (reason, pattern over the expected text, lower-cased). First match wins.
OUT_OF_SCOPE: list[tuple[str, str]] = [
    ("impossible calendar date ('2/29/2019', 'Feb 30'): not read by design", r"$^"),
    ("weekday-relative expression (needs a calendar week: 'friday', 'this friday')",
     _WD + r"|\bsundays\b|\bmonday\b"),
    ("calendar weeks and weekends ('next week', 'week 10', 'the weekend', 'w/c')",
     r"\bweek\b(?!s)|\bweekend\b|w/c|\bweeks? \d"),
    ("day of month without a month ('on 15', 'the 27th', 'the second')",
     r"^(?:the |on )?(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|twenty[ -]?\w+"
     r"|thirty(?:[ -]\w+)?)"
     r"[.!?]?$|^(?:twenty|thirty)\b"),
    ("year or day written in number words ('nineteen seventy eight', 'jan twenty two')",
     _NUMWORD_YEAR + r"|\b(?:jan|may|june|september|feb)\w* (?:the )?(?:twenty|thirty|first|"
     r"second|eleventh|tenth)|\b(?:first|second|third|fourth|tenth|twenty[ -]\w+) of "),
    ("two-digit years, month-day-only or order-ambiguous numeric dates ('21/04/16', '4/22', "
     "'11/12,2016', 'August 99')",
     r"^\d{1,2}[-/.]\d{1,2}(?:[-/.,]\d{2})?$|^\d{1,2}[-/.]\d{1,2},\d{2}$|\d{1,2}/\d{1,2} to "
     r"|^\d{1,2}/\d{1,2}$|^(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|1[0-2])[-/.,]\d{4}$|^[a-z]+ \d{2}$"),
    ("numeric month-year with spaced separators or a decimal-like form ('11 / 2016', "
     "'2015.3', '2015-3')",
     r"^\d{1,4} ?[-/] ?\d{1,4}$(?<!^\d{2}/\d{4})(?<!^\d{4}/\d{2})(?<!^\d{4}-\d{2})"
     r"(?<!^\d/\d{4})|^\d{4}\.\d{1,2}$|^\d{4} ?, ?[a-z]{3}$"),
    ("period anchored on 'now' or a running span ('rest of the week', 'year to date', "
     "'next 3 days', 'past few days', 'within 5 days')",
     r"\bnow\b|\brest\b|to date|\bstarting\b|\b(?:next|past|last|previous|upcoming|coming)"
     r"\s+(?:\d|few\b|several\b|two\b|three\b|\w+ decades?\b)|\bwithin\b|\bin the future\b"
     r"|\bhence\b|\bfrom now\b|\bfrom (?:today|tomorrow|yesterday)\b|\bto today\b"
     r"|^today (?:till|to)\b|\bafter today\b|\bbefore (?:today|yesterday)\b"
     r"|\bafter tomorrow\b|^in \d"),
    ("compound or business-day durations ('1 year 1 month 21 days', 'business days')",
     r"\d+ (?:years?|months?|days?|weeks?) \d|\bbusiness\b|\bmonth and \d|\bmonth, \d"),
    ("conversational forms ('tmrw', 'my day', 'the day', 'last day', 'all day', 'another "
     "hour', 'this day', 'past day', 'this Jan', 'next june', 'the month of Jan')",
     r"tmrw|\d ?ys\b|\bupcoming\b|^(?:the )?month of\b|\bmy (?:day|week)"
     r"|^(?:the )?(?:last |past |this )?day$|^(?:all|full|whole)[ -]|"
     r"\banother\b|^(?:this|next|last|the month of|month of) [a-z]+\.?$|^(?:the )?(?:next|"
     r"same|that) (?:day|month|year)$|^same \w+|\bcurrent\b|\bafter next\b|\bafter the next\b"
     r"|^(?:early|late|later|earlier)\b.*\b(?:this|next|last)\b|^(?:earlier|later) in the|"
     r"\bthis decade\b|\bnext decade\b|^(?:mid|beginning of|end of|start of) next"),
    ("holidays and seasons without a year ('summer', 'mid summer')",
     r"^(?:the |mid )?(?:summer|winter|spring|fall|autumn)$"),
    ("decades without a century ('the 70s', 'the seventies', 'the noughties')",
     r"\b'?\d0'?s\b(?<!\d\d\d0s)|\b(?:seventies|noughties|tens)\b"),
    ("quarters and halves relative to the reference ('the third quarter this year', 'Q3')",
     r"quarter(?! of \d{4})|^q\d$|\bq\d this\b"),
    ("month-day ranges relative to the reference ('from 4 to 22 this month')",
     r"\bthis month\b|\bnext month\b|\bprevious month\b|^(?:from|between) \d{1,2} (?:to|and|"
     r"until|till) \d{1,2} of|^\d{1,2} (?:to|till) \d{1,2}|from \d{1,2} to \w+ \d|"
     r"from \d{1,2}-\d{1,2} in|^november between|^feb between"),
    ("bare years below 1000 ('year 247')", r"\byear \d{1,3}\b|^\d{3}$|\byear two"),
    ("month-day written with a dash or slash after the month ('Jan-1', 'Oct/2', 'Oct2')",
     r"^[a-z]+\.?[-/]\d|^[a-z]+\d|^\d+[a-z]+$|^\d{1,2}-[a-z]+$"),
    ("relative offsets of weekdays or months ('two sundays from now', 'few months ago')",
     r"\bfew\b.*\bago\b|\bsundays?\b"),
]


def scope(case: dict, results: list[dict]) -> str | None:
    """None when in scope, else the reason it is not."""
    for r in results:
        timex = str((r.get("Value") or {}).get("Timex", ""))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})|XXXX-(\d{2})-(\d{2})", timex)
        if m:
            y, mo, d = (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m.group(1) \
                else (2000, int(m.group(4)), int(m.group(5)))
            try:
                dt.date(y, mo, d)
            except ValueError:
                return OUT_OF_SCOPE[0][0]
        text = r["Text"].lower().strip()
        for reason, pattern in OUT_OF_SCOPE[1:]:
            if re.search(pattern, text):
                return reason
    return None


def reference_of(case: dict) -> dt.date | None:
    ref = (case.get("Context") or {}).get("ReferenceDateTime")
    return dt.date.fromisoformat(ref[:10]) if ref else None


def value_ok(t: TimeRef, expected: dict) -> bool:
    """Does our value agree with Recognizers' TIMEX or resolution?"""
    value = expected.get("Value") or {}
    timex = value.get("Timex", "")
    fut, past = value.get("FutureResolution") or {}, value.get("PastResolution") or {}
    ours = t.timex.replace("DE", "0Y") if t.kind == "duration" else t.timex
    if t.kind == "duration":
        m = re.fullmatch(r"P(\d+(?:\.\d+)?)DE", t.timex)
        if m:
            ours = f"P{float(m.group(1)) * 10:g}Y"
        return ours == timex
    if ours == timex:
        return True
    if t.earliest is None:
        return False
    if "date" in fut:
        return t.earliest == t.latest and t.earliest.isoformat() in (fut["date"], past.get("date"))
    m = re.fullmatch(r"\(([\dX-]+),([\dX-]+),P[\d.]+\w+\)", timex)
    if m:
        # Recognizers ends a period at the day after it, at the day written, or at the
        # start of the last unit ("2014-2018" -> 2018-01-01); any of the three agrees.
        start, end = m.group(1), m.group(2)
        latest = t.latest
        assert latest is not None
        ends = {latest, latest + dt.timedelta(days=1)}
        if "/" in t.timex:
            tail = t.timex.split("/")[1]
            if re.fullmatch(r"\d{4}", tail):
                ends.add(dt.date(latest.year, 1, 1))
            elif re.fullmatch(r"\d{4}-\d{2}", tail):
                ends.add(dt.date(latest.year, latest.month, 1))
        if "X" not in start + end:
            return t.earliest.isoformat() == start and end in {e.isoformat() for e in ends}
        return t.earliest.isoformat()[4:] == start[4:] and end[4:] in {
            e.isoformat()[4:] for e in ends}
    for res in (fut, past):
        if "startDate" in res and t.earliest is not None:
            end_incl = (t.latest + dt.timedelta(days=1)).isoformat()  # type: ignore[operator]
            if (t.earliest.isoformat(), end_incl) == (res["startDate"], res["endDate"]) or (
                    t.earliest.isoformat(), t.latest.isoformat()) == (  # type: ignore[union-attr]
                    res["startDate"], res["endDate"]):
                return True
    # TIMEX with a year we resolved from the reference: "XXXX-10" against "2016-10"
    return timex.startswith("XXXX") and ours[4:] == timex[4:]


def run_file(folder: Path, name: str) -> tuple[int, int, Counter, list[str]]:
    cases = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    parser = name.endswith("Parser")
    kinds = {"Date": ("date", "relative"), "DatePeriod": ("date", "range", "relative"),
             "Duration": ("duration",)}[name.replace("Extractor", "").replace("Parser", "")]
    passed = total = 0
    left_out: Counter = Counter()
    failures: list[str] = []
    for case in cases:
        results = case.get("Results") or []
        reason = scope(case, results)
        if reason is not None:
            left_out[reason] += 1
            continue
        total += 1
        text = case["Input"]
        found = [t for t in find_times(text, reference_of(case)) if t.kind in kinds]
        if name.startswith("DatePeriod"):
            found = [t for t in found if t.kind != "date" or t.granularity != "day"]
        elif name.startswith("Date"):
            found = [t for t in found if t.granularity == "day"]
        got = sorted((t.start, t.end - t.start) for t in found)
        want = sorted((r["Start"], r["Length"]) for r in results)
        ok = got == want
        if ok and parser:
            by_span = {(t.start, t.end - t.start): t for t in found}
            ok = all(value_ok(by_span[(r["Start"], r["Length"])], r) for r in results)
        if ok:
            passed += 1
        else:
            shown = [(t.text, t.timex) for t in found]
            timexes = [r.get("Value", {}).get("Timex") for r in results] if parser else ""
            failures.append(f"    {text!r}: expected {[r['Text'] for r in results]}"
                            f"{timexes}, got {shown}")
    return passed, total, left_out, failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", help="the recognizers-text folder (holding DateTime/)")
    ap.add_argument("--show-failures", action="store_true")
    args = ap.parse_args(argv)
    folder = Path(args.folder)
    if (folder / "DateTime").is_dir():
        folder = folder / "DateTime"
    all_passed = all_total = 0
    all_out: Counter = Counter()
    print(f"{'file':<22} {'in scope':>8} {'passed':>7} {'rate':>7} {'left out':>9}")
    for name in FILES:
        passed, total, left_out, failures = run_file(folder, name)
        all_passed += passed
        all_total += total
        all_out.update(left_out)
        rate = passed / total if total else 0.0
        print(f"{name:<22} {total:>8} {passed:>7} {rate:>7.1%} {sum(left_out.values()):>9}")
        if args.show_failures:
            print("\n".join(failures))
    print(f"{'all':<22} {all_total:>8} {all_passed:>7} "
          f"{all_passed / max(all_total, 1):>7.1%} {sum(all_out.values()):>9}")
    print("\nleft out of scope, and why:")
    for reason, n in all_out.most_common():
        print(f"  {n:>4}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
