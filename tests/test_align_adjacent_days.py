"""Two days a day apart, each told by the same word right by it ("died on July 25",
"died on 24 July"; "broke out on December 8", "broke out on 7 December"), are one
event's day that two accounts give apart, a discrepancy to report; where the words by the
days differ, two days a day apart stay two events' days. (Real pages needed it:
bench/realpairs, the Ringtheater fire, the Jeannette expedition, Ebola in Nigeria.)"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document

from .conftest import kinds


@pytest.mark.parametrize("a, b, days", [
    ("The fire broke out in the theatre on December 8, 1881, during a performance.",
     "The theatre fire broke out on 7 December 1881 before the second act.",
     ("December 8, 1881", "7 December 1881")),
    ("The commander died on 30 October 1881 in the delta.",
     "Their commander died on 31 October 1881, the last of the party.",
     ("30 October 1881", "31 October 1881")),
])
def test_a_day_apart_by_the_same_word_is_one_event_told_apart(a: str, b: str,
                                                              days: tuple[str, str]) -> None:
    report = claimcheck.check(Document("a", a), Document("b", b))
    assert "discrepancy" in kinds(report, *days)


@pytest.mark.parametrize("a, b, days", [
    ("The fire broke out on 7 December 1881.", "The inquiry opened on 8 December 1881.",
     ("7 December 1881", "8 December 1881")),
    ("The strike began on 3 May 1901.", "The union was founded on 4 May 1901.",
     ("3 May 1901", "4 May 1901")),
])
def test_days_told_by_other_words_stay_apart(a: str, b: str, days: tuple[str, str]) -> None:
    report = claimcheck.check(Document("a", a), Document("b", b))
    assert "discrepancy" not in kinds(report, *days)
