"""An adverb of time opening a sentence ("Early on August 7, the storm ...", "Shortly
after noon, the rebels ...") is capitalised only because the sentence starts there: it
names nobody, and a figure whose frame took it as its subject would be kept apart from
the same figure in another account as "another subject's". (A real page needed it:
bench/realpairs, Typhoon Morakot.)"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document


def frame_subject(text: str, figure: str) -> str | None:
    claim = next(c for c in claimcheck.claims(Document("t", text)) if c.text == figure)
    return claim.frame.subject if claim.frame is not None else None


@pytest.mark.parametrize("text, figure", [
    ("Early on August 7, the storm attained its peak intensity with winds of 150 km/h.",
     "150 km/h"),
    ("Late on 3 May, the army numbered 5,000 men.", "5,000"),
    ("Shortly after noon, the rebels had 3,000 men.", "3,000"),
    ("Soon after the vote, turnout was put at 61.3%.", "61.3%"),
])
def test_an_adverb_of_time_opening_a_sentence_is_nobody(text: str, figure: str) -> None:
    subject = frame_subject(text, figure)
    assert subject is None or subject.split()[0] not in ("Early", "Late", "Shortly", "Soon")


def test_a_name_that_begins_with_such_a_word_is_still_a_name() -> None:
    assert frame_subject("Early Bird Ltd reported revenue of $4 million.",
                         "$4 million") == "Early Bird Ltd"
