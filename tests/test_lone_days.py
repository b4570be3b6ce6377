"""A day an account names once, with no other day near it, is that account's day of the
event: two accounts' lone days on one date agree whatever words surround them. Days a day
or two apart are not joined so (a news page's own date beside the day it tells of). Texts
made up for these tests, across fields."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document
from claimcheck.align.profiles import figure_profile, mark_lone_days
from claimcheck.align.scores import lone_days_alike
from claimcheck.text.names import Aliases


def lone(text: str) -> dict[str, bool]:
    """Each date of ``text`` and whether it is a lone day."""
    doc = Document("d", text)
    profiles = [p for c in claimcheck.claims(doc) if c.kind == "date"
                and (p := figure_profile(c, doc, Aliases())) is not None]
    mark_lone_days(profiles)
    return {p.claim.text: p.lone_day for p in profiles}


@pytest.mark.parametrize(("text", "day", "alone"), [
    ("The dam failed on 12 March 1928. An inquiry reported on 20 April 1928.",
     "12 March 1928", True),
    ("The siege began on 3 May 1565 and the first assault came on 8 May 1565.",
     "3 May 1565", False),
    # told twice, still alone
    ("Polls opened on 6 May 2010. Counting ended late on 6 May 2010.", "6 May 2010", True),
    # a year not stated in its sentence is read from elsewhere: no lone day
    ("The strike began in 1902. The miners walked out on May 12 after a vote.", "May 12",
     False),
])
def test_a_lone_day_has_no_other_day_near_it(text: str, day: str, alone: bool) -> None:
    assert lone(text)[day] is alone


def test_two_lone_days_agree_only_on_one_date() -> None:
    def profile(text: str, day: str):
        doc = Document("d", text)
        profiles = [p for c in claimcheck.claims(doc) if c.kind == "date"
                    and (p := figure_profile(c, doc, Aliases())) is not None]
        mark_lone_days(profiles)
        (found,) = [p for p in profiles if p.claim.text == day]
        return found
    a = profile("Fighting at the ridge was fought on September 17, 1862.", "September 17, 1862")
    b = profile("The battle took place on September 17, 1862.", "September 17, 1862")
    c = profile("The armies withdrew on September 18, 1862.", "September 18, 1862")
    assert lone_days_alike(a, b)
    assert not lone_days_alike(a, c)
