"""Every pre-scan that lets a reader skip a pattern must skip only where the pattern finds
nothing.

The readers run a cheap scan first (a literal or a tree of letters the regex engine can
jump to, often in the lowered text) and the full pattern only where that scan says the
pattern may match: the number words, the glued forms of a number, a scale's and an
ordinal's words, the key words of a figure's subject and source, footnote markers and
times of day. Each test here sets the reader with its pre-scan against the same reader
with the pre-scan made to let everything through (or against the plain pattern), on the
seeds, the real pairs, the hostile families and texts written to hit the cases a
lowered or ASCII-only pre-scan could get wrong (capitals, non-ASCII letters, glued
words).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from claimcheck.builtin.quantities import atoms, attribution, context, ranks, scales, subjects
from claimcheck.builtin.segmenter import markers
from claimcheck.builtin.times import clock
from claimcheck.model import Quantity
from claimcheck.text import measures, numbers

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from hostile import FAMILIES  # noqa: E402

#: lets every text through: the reader then runs its full pattern everywhere
_ALWAYS = re.compile("")

_WRITTEN = [
    "ACCORDING TO the Ministry, 5,000 troops were sent; officials SAID 6,000.",
    "The army, according to which 110,000 men served, was Estimated at 87,500 by the US.",
    "Twenty-One Thousand men; ONE HUNDRED AND FIVE tanks; a Dozen guns; İstanbul sent two.",
    "The NUMBER OF troops was 5,000, the Strength Of the army stood at 7,000.",
    "Officials PUT the toll at 300; the ministry Estimated casualties at 1,200.",
    "A Category 4 hurricane, the FIRST Category 5 storm, a Mercalli IX quake, EF-5 tornado.",
    "the fourth largest city, the Second-most populous, 21st biggest and 3rd-highest peak",
    "Property damageOver 7,200 buildings; DeathsAt least 11; Turnout61.3%; Windows10",
    "US$5bn, 40C, -5C, 2º, GBP300, 300USD, 5元, 1,00,000 people and 3,5 Mio. €",
    "At 9:30 a.m. EDT and 10pm, 0557 EDT, 3:16, 12:30:15 PM, 5 p.m., x5pm, 11 a.m.(local)",
    "formed.2 By spring [1] \u00b9\u00b2 3* men, 1948.1 By 2.5 percent \u2020 km\u00b2 *word*",
    "\u017ftrength of the army was 5,000 (a long s); the \u212aelvin sign; caf\u00e9 said 12",
]


def _texts() -> list[str]:
    texts = list(_WRITTEN)
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    pairs = sorted((ROOT / "bench" / "realpairs").glob("*/*.txt"))
    texts += [p.read_text(encoding="utf-8") for p in pairs[::9]]
    texts += [make(4_000) for make in FAMILIES.values()]
    rng = random.Random(15)
    texts += ["".join(rng.choice("0123456789: apmAPM.,/\t[]*\u00b9()UTCEDT\n") for _ in range(300))
              for _ in range(200)]
    return texts


TEXTS = _texts()


def _sentences() -> list[str]:
    """The texts cut at sentence ends and lines: what the figure readers are handed."""
    out: list[str] = []
    for text in TEXTS:
        out += [s for s in re.split(r"(?<=[.!?;])\s+|\n", text) if s.strip()]
    return out


SENTENCES = _sentences()


def test_number_words_without_the_prescan(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [list(numbers.iter_number_words(s)) for s in SENTENCES]
    monkeypatch.setattr(numbers, "_ANY_NUMBER_WORD_RE", _ALWAYS)
    assert fast == [list(numbers.iter_number_words(s)) for s in SENTENCES]
    assert any(fast)


def test_numerals_without_the_glued_prescan(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [atoms._numerals(s) for s in SENTENCES]
    monkeypatch.setattr(atoms, "_LETTER_DIGIT_RE", _ALWAYS)
    monkeypatch.setattr(atoms, "_DIGIT_LETTER_RE", _ALWAYS)
    assert fast == [atoms._numerals(s) for s in SENTENCES]


def test_scales_and_ranks_without_their_prescans(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [(scales.scale_quantities(s), ranks.rank_quantities(s)) for s in SENTENCES]
    monkeypatch.setattr(scales, "_ANY_CHEAP_RE", _ALWAYS)
    monkeypatch.setattr(ranks, "_ANY_ORDINAL_RE", _ALWAYS)
    assert fast == [(scales.scale_quantities(s), ranks.rank_quantities(s)) for s in SENTENCES]
    assert any(a or b for a, b in fast)


def test_subjects_and_sources_without_their_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    count = Quantity(0, 1, "5", 5.0, 5.0, "men", dimension="count")
    prefixes = [s[:k] for s in SENTENCES for k in range(10, len(s), 23)][:6000]
    fast = ([subjects._subject_of(p, count) for p in prefixes],
            [attribution.attribution_candidates(s) for s in SENTENCES])
    monkeypatch.setattr(subjects, "_KEYS", dict.fromkeys(subjects._KEYS, _ALWAYS))
    monkeypatch.setattr(attribution, "_LOWER_KEYS", [_ALWAYS] * len(attribution._LOWER_KEYS))
    assert fast == ([subjects._subject_of(p, count) for p in prefixes],
                    [attribution.attribution_candidates(s) for s in SENTENCES])
    assert any(fast[0]) and any(fast[1])


def test_glued_words_without_the_prescan(monkeypatch: pytest.MonkeyPatch) -> None:
    tails = [s[-32:] for s in SENTENCES]
    fast = [context._unglued(t) for t in tails]
    monkeypatch.setattr(context, "_GLUED_RE", _ALWAYS)
    assert fast == [context._unglued(t) for t in tails]


@pytest.mark.parametrize("text", TEXTS)
def test_markers_and_clocks_as_the_full_scans(text: str) -> None:
    def found(ms: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in ms]  # type: ignore[attr-defined]

    assert found(markers.marks(text)) == found(markers.MARK.finditer(text))
    bracketed = re.compile(r"(?=\[)(?:\[\^?(?P<b>\d{1,3})\]"
                           r"|(?P<sup>(?!))|(?P<star>(?!))|(?P<num>(?!)))")
    assert found(markers._BRACKETED.finditer(text)) == found(bracketed.finditer(text))
    for lo, hi in ((0, len(text)), (3, max(3, len(text) - 5))):
        full = [clock._clock(text, m) for m in clock._CLOCK_RE.finditer(text, lo, hi)]
        assert clock.find_clocks(text, lo, hi) == [c for c in full if c is not None]


def test_measures_found_as_before() -> None:
    """``Measures._find`` reads stems with findall and spans only on a find: the same
    mentions as reading every word's span."""
    vocabulary = measures.Measures()
    vocabulary.add("strength", ["strength", "troop strength", "men"], weak=False)
    vocabulary.add("casualties.killed", ["killed", "dead"])
    vocabulary.add("casualties.wounded", ["wounded"])

    def slow(text: str) -> list[measures.Mention]:
        words = [(m.start(), m.end(), measures.stem(m.group()))
                 for m in measures._WORD.finditer(text)]
        vocabulary.find("")  # (indexes the vocabulary)
        out, i = [], 0
        while i < len(words):
            for n in vocabulary._lengths.get(words[i][2], ()):
                named = vocabulary.phrases.get(tuple(w[2] for w in words[i:i + n]))
                if n <= len(words) - i and named is not None:
                    s, e = words[i][0], words[i + n - 1][1]
                    out.append(measures.Mention(i, i + n, named[0], text[s:e], named[1]))
                    i += n
                    break
            else:
                i += 1
        return out

    checked = [s for s in SENTENCES if len(s) > measures.FOUND_CHARS]
    assert [vocabulary.find(s) for s in checked] == [slow(s) for s in checked]
    assert any(vocabulary.find(s) for s in checked)
