"""Letters Python's case-blind patterns take for ASCII ones: the long s of old print
("thouſand", "Auguſt"), the Kelvin sign, the dotless and the dotted i of Turkish. A
document holding them is read as if they were the ASCII letters they stand for, and every
claim's text is still what the document writes at its span (a 1722 book, printed with the
long s, stopped the whole run with a KeyError: bench/realpairs, the Great Plague)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import Document


@pytest.mark.parametrize("text, figure, low", [
    ("There died near a thouſand people in one week.", "a thouſand", 1000.0),
    ("The road ran for 40 mileſ to the coaſt.", "40 mileſ", 40.0),
    ("The train covered 12 kılometres in 20 mınutes.", "12 kılometres", 12.0),
    ("The tank held 300 US gallonſ of fuel.", "300 US gallonſ", 300.0),
])
def test_figures_written_with_lookalike_letters_are_read(text: str, figure: str,
                                                         low: float) -> None:
    claims = {c.text: c for c in claimcheck.claims(text) if c.kind == "quantity"}
    assert figure in claims
    assert claims[figure].value.low == low


def test_a_date_written_with_the_long_s_is_read() -> None:
    dates = [c for c in claimcheck.claims("The fire began on 2 Auguſt 1666.")
             if c.kind == "date"]
    assert [d.text for d in dates] == ["2 Auguſt 1666"]
    assert str(dates[0].value.earliest) == "1666-08-02"


def test_one_account_with_the_long_s_meets_one_without() -> None:
    report = claimcheck.check(Document("a", "There died near a thouſand people in 1665."),
                              Document("b", "About 1,000 people died in 1665."))
    assert any(f.kind == "agreement" and {report.claim(c).text for c in f.claims}
               == {"a thouſand", "1,000"} for f in report.findings)


WORDS = ["thousand", "miles", "kilometres", "minutes", "August", "seconds", "less than",
         "just over", "square miles", "gallons", "pounds", "tons", "morning", "decades"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 9999), st.sampled_from(WORDS)), min_size=1,
                max_size=6),
       st.sampled_from(["\u017f", "\u212a", "\u0131", "\u0130"]))
def test_any_lookalike_letter_leaves_every_span_as_written(pieces: list[tuple[int, str]],
                                                          letter: str) -> None:
    ascii_letter = {"\u017f": "s", "\u212a": "k", "\u0131": "i", "\u0130": "I"}[letter]
    text = " ".join(f"{n} {w}." for n, w in pieces).replace(ascii_letter, letter)
    document = Document("a", text)
    report = claimcheck.check(document, Document("b", "In 1900 the town had 400 people."))
    for claim in report.claims:
        if claim.doc == "a":
            assert claim.text == text[claim.start:claim.end]
