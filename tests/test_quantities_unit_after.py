"""``units.unit_after`` reads the character after a number (past blanks) once and tries
the percent, metre, degree and bracketed-unit patterns only where it can start them: at
every place after a digit of the seeds, the real pairs and crafted texts it must give
what trying every pattern gives (``_every_pattern``, the function as it was)."""

from __future__ import annotations

import re
from pathlib import Path

from claimcheck.builtin.quantities import units as U

ROOT = Path(__file__).resolve().parent.parent


def _every_pattern(text: str, pos: int) -> tuple[str | None, str | None, int]:
    pm = U.PERCENT_RE.match(text, pos)
    if pm:
        if pm.group("pp"):
            return "percentage point", "percentage_point", pm.end()
        return "percent", "percent", pm.end()
    cur = U.currency_after(text, pos)
    if cur:
        return cur[0], f"currency:{cur[0]}", cur[1]
    if pos and text[pos - 1:pos].isdigit() and U.glued_metre(text, pos):
        return "m", "length", pos + 1
    um = U.UNIT_RE.match(text, pos)
    if um is None and text[pos:pos + 1] in (" ", "\t", "\u00a0"):
        m_end = U.spaced_metre(text, pos)
        if m_end is not None:
            return "m", "length", m_end
    if um:
        surface = um.group("u")
        if surface.lower() in ("pound", "pounds") and U._pounds_are_money(text, pos, um.end()):
            return "GBP", "currency:GBP", um.end()
        unit, dim, _ = U.UNITS.get(surface) or U.UNITS_LOWER[surface.lower()]
        if surface == "mb" and U._of_pressure(text, pos, um.end()):
            unit, dim, _ = U.UNITS["hPa"]
        per = um.group("per") or um.group("per2")
        if per and dim == "speed" and per in ("hour", "h"):
            return unit, dim, um.end()
        if per:
            per = {"h": "hour"}.get(per, per)
            return f"{unit}/{per}", f"{dim}/duration", um.end()
        return unit, dim, um.end()
    dm = U._DEGREES_RE.match(text, pos)
    if dm:
        kind = U._degrees_kind(text, pos, dm.end())
        if kind == "temperature":
            return "deg", "temperature:deg", dm.end()
        if kind == "angle":
            return "°", "angle", dm.end()
        return None, None, pos
    ym = U._YIELD_RE.match(text, pos)
    if ym and U._explosive(text, pos, ym.end()):
        tnt = U._OF_TNT_RE.match(text, ym.end())
        return ("kt TNT" if ym.group("k") else "Mt TNT"), "energy", (
            tnt.end() if tnt else ym.end())
    if text[pos:pos + 2].strip()[:1] in U._LETTERS:
        found = U.temperature_letter(text, pos)
        if found:
            unit, end = found
            return unit, U.UNITS[unit][1], end
    bm = U._BRACKETED_RE.match(text, pos)
    if bm and U._CLOSING[bm.group("o")] == bm.group("c"):
        unit, dim, _ = U.UNITS.get(bm.group("u")) or U.UNITS_LOWER[bm.group("u").lower()]
        return unit, dim, bm.end()
    return None, None, pos


CRAFTED = (
    "5% 5 % 5 per cent 5 percentage points 5 pp 12m tall 12 m high 12 m 3 M people 40 "
    "degrees 40deg. 40-degree 45\u00b0 angle 45\u00ba 104 F in the heat 40C 5 (km) 5 [mi] "
    "5 {kg} 5 <lb> 5                              m 5                               % "
    "200 pounds of beef fined 500 pounds 5\u00a0km 5\tkg 10 $ 30 $4 $5 20 USD 5 km/h "
    "120 km per hour 5 Degrees 5 DEG 5 Pct 5 PER CENT 7 ft 2 in. 3 ( a yield of 15 kt "
    "a 15-kiloton bomb 50 Megatons of TNT 12 Mt of coal 18kt gold"
)


def _same_after_every_digit(text: str) -> int:
    tried = 0
    for m in re.finditer(r"\d", text):
        pos = m.end()
        assert U.unit_after(text, pos) == _every_pattern(text, pos), text[pos - 5:pos + 30]
        tried += 1
    return tried


def test_unit_after_reads_as_trying_every_pattern() -> None:
    tried = _same_after_every_digit(CRAFTED)
    for path in [*sorted((ROOT / "seeds").glob("*.txt")),
                 *sorted((ROOT / "bench" / "realpairs").glob("*/*.txt"))]:
        tried += _same_after_every_digit(path.read_text(encoding="utf-8"))
    assert tried > 10_000
    # the end of a text, blanks to the end, a long run of blanks
    for text in ("5", "5 ", "5" + " " * 40, "5" + " " * 40 + "%", "5" + " " * 40 + "m"):
        assert U.unit_after(text, 1) == _every_pattern(text, 1), repr(text)
