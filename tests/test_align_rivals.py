"""A difference is reported only when the partner is not in doubt: when the other
document states, in words nearly as alike, a figure that agrees, the two stay apart
(``align.figures.RIVAL_MARGIN``); a rival about another named place is no rival."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document, Report


def check(a: str, b: str) -> Report:
    return claimcheck.check(Document("a", a), Document("b", b))


def found(report: Report) -> set[tuple[str, str, str]]:
    """(kind, a's figure, b's figure) of every agreement and difference between figures."""
    out = set()
    for f in report.findings:
        if f.kind in ("agreement", "discrepancy") and len(f.claims) == 2:
            x, y = (report.claim(c) for c in f.claims)
            if len(x.text) < 60 and len(y.text) < 60:
                out.add((f.kind, x.text, y.text) if x.doc == "a" else (f.kind, y.text, x.text))
    return out


# an infobox of two sides flattened into lines: the first side's own estimates, then the
# second side's; the other source gives each side a numbered row
SIEGE = ("Siege of Orlov\nDate 12 March 1702\nCasualties and losses\n"
         "Believed to be at least 20 dead, ~340 wounded\n"
         "(according to the garrison); or 90 dead, 300 wounded (according to the abbot)\n"
         "~150 dead (5 officers, 145 men),\n~60 wounded\n")
SIEGE_ROWS = ("= Siege of Orlov =\n- Date: 12 March 1702\n"
              "- Casualties1: 20-90 dead, Up to 300 wounded\n"
              "- Casualties2: 150 dead, 60 wounded (3 of whom later died of wounds)\n")


def test_a_figure_with_an_agreeing_rival_is_no_discrepancy() -> None:
    # "~340 wounded" sits in the line most like b's first row, but the same document's
    # "300 wounded (according to the abbot)" agrees with "Up to 300 wounded": which of
    # the two b follows is in doubt, so no difference is reported
    kinds = found(check(SIEGE, SIEGE_ROWS))
    assert ("discrepancy", "340", "300") not in kinds
    assert ("agreement", "300", "300") in kinds
    assert ("agreement", "60", "60") in kinds


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        # the rival (another agency's reading for Murcia) lacks the towns the two clauses
        # share, so the two readings for Lorca and Totana still differ
        ("According to the United States Geological Survey (USGS) the towns experiencing "
         "the strongest shaking—VII (Very Strong) on the Mercalli intensity scale (MM)—were "
         "Lorca and Totana. According to Spain's Geographic Institute Murcia experienced "
         "the strongest shaking at MM VIII (Severe). The earthquake was felt in the capital "
         "Madrid at MM III (Weak) or MM IV.",
         "The towns experiencing the strongest shaking—VIII (Severe) on the Mercalli "
         "intensity scale—were Lorca and Totana, Spain. The earthquake was felt in the "
         "capital Madrid at Mercalli intensity scale IV (Light).",
         "VII (Very Strong) on the Mercalli intensity scale",
         "VIII (Severe) on the Mercalli intensity scale"),
        # another site's figure, named apart, does not agree anyway
        ("The Northbrook plant recorded 420 injuries in 2019, the most of any site; the "
         "Westvale plant recorded 130 injuries in 2019.",
         "The Northbrook plant recorded 380 injuries in 2019, the most of any site.",
         "420", "380"),
    ],
)
def test_a_rival_about_something_else_leaves_the_difference(
        a: str, b: str, left: str, right: str) -> None:
    assert ("discrepancy", left, right) in found(check(a, b))
