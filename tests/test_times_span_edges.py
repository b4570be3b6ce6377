"""A day its sentence tells as the end or the start of a span ("The siege was lifted on
26 December", "ending on 30 July 1689", "The strike began on 12 January") against a span
stated end to end ("from 20 to 27 December"): the day is that span's end (or start), not
any day inside it, so the two are compared at that end. A day told of nothing in
particular inside the span still agrees with it by containment. (Real pages needed it:
bench/realpairs, the sieges of Bastogne and Derry.)"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document

from .conftest import kinds


@pytest.mark.parametrize("day, span, texts", [
    ("The siege of Bastogne was lifted on 26 December 1944.",
     "The siege of Bastogne lasted from 20 to 27 December 1944.",
     ("26 December 1944", "from 20 to 27 December 1944")),
    ("The siege of the city ended on 30 July 1689.",
     "The siege of the city lasted from 18 April to 1 August 1689.",
     ("30 July 1689", "from 18 April to 1 August 1689")),
    ("The strike at the mills began on 14 January 1912.",
     "The strike at the mills lasted from 11 January to 14 March 1912.",
     ("14 January 1912", "from 11 January to 14 March 1912")),
])
def test_a_day_told_as_an_edge_meets_that_edge(day: str, span: str,
                                              texts: tuple[str, str]) -> None:
    report = claimcheck.check(Document("a", day), Document("b", span))
    assert kinds(report, *texts) == {"discrepancy"}
    finding = next(f for f in report.findings
                   if {report.claim(c).text for c in f.claims} == set(texts))
    assert "told as the" in finding.summary


@pytest.mark.parametrize("day, span, texts", [
    ("The siege of Bastogne was lifted on 27 December 1944.",
     "The siege of Bastogne lasted from 20 to 27 December 1944.",
     ("27 December 1944", "from 20 to 27 December 1944")),
    ("The election was held on 27 April 1994.",
     "The election was held between 26 and 29 April 1994.",
     ("27 April 1994", "between 26 and 29 April 1994")),
])
def test_the_same_edge_or_a_day_inside_is_no_discrepancy(day: str, span: str,
                                                        texts: tuple[str, str]) -> None:
    # (the same end told with two verbs, "lifted" and "lasted", may stay unpaired as two
    # acts on one day; it is never set against the span as another day)
    report = claimcheck.check(Document("a", day), Document("b", span))
    assert "discrepancy" not in kinds(report, *texts)


def test_the_edge_is_read_from_the_words_right_before_the_day() -> None:
    edges = {c.text: (c.extra or {}).get("span_edge") for c in claimcheck.claims(Document(
        "t", "The siege was officially lifted on 26 December 1944. The fighting ended "
             "with a charge on 3 May 1945. The strike began on 12 January 1912."))}
    assert edges["26 December 1944"] == "end"
    assert edges["3 May 1945"] is None  # (other words between: not told as the end)
    assert edges["12 January 1912"] == "start"
