"""Shortcuts of the segmenter and the other readers change no result: each test compares
the shortcut with the plain way on inputs where the two could part."""

from __future__ import annotations

import re

from claimcheck.builtin.segmenter import markers


def test_marker_scan_with_its_first_character_lookahead_finds_the_same() -> None:
    plain = re.compile(markers._MARK_BODY)
    pieces = ["[1]", "[^12]", "[1234]", "¹²", "x¹", " ¹", "a*", "a* ", "**", "a†.", "‡",
              "formed.2 ", "formed.2", "1948.1 By", "2.5 percent", "said,” 3 ", "x”3",
              "\u0663", "a.\u0663 ", "word", " ", "\n", "(1)", "e.g.12\n", "*word*"]
    texts = ["".join(pieces), " ".join(pieces), "\n".join(reversed(pieces))]
    texts += [a + b + c for a in pieces for b in pieces[:8] for c in ("", " ", ". ")]
    found = 0
    for text in texts:
        a = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        b = [(m.span(), m.groupdict()) for m in markers.MARK.finditer(text)]
        assert a == b, text
        found += len(a)
    assert found > 200  # the samples do hold markers of every kind


def test_covered_tokens_are_those_inside_a_span() -> None:
    import random

    from claimcheck.builtin.statements.parts import covered
    from claimcheck.builtin.statements.tokens import tokenize

    rng = random.Random(7)
    text = "By June 25, the army (all of it) numbered 5,000 men, officials said; it grew."
    toks = tokenize(text, 100)

    def plain(spans: list[tuple[int, int]]) -> set[int]:
        # what the window of four spans after the last one ending before a token finds,
        # read without shortcuts
        ordered = sorted(spans)
        out = set()
        for t in toks:
            k = next((i for i, (_, e) in enumerate(ordered) if e >= t.end), len(ordered))
            if any(s <= t.start and t.end <= e for s, e in ordered[k:k + 4]):
                out.add(t.start)
        return out

    seen = 0
    for _ in range(500):
        spans = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(95, 185)
            spans.append((a, a + rng.randint(0, 40)))
        assert covered(toks, spans) == plain(spans), spans
        seen += len(plain(spans))
    assert seen > 1000
