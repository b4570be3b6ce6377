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
