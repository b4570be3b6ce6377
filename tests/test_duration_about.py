"""Two lengths of time each given as about so many ("about 40 minutes", "about 30
minutes") are two estimates: the slack of "about" is shared between them."""

from __future__ import annotations

import pytest

import claimcheck


@pytest.mark.parametrize(("left", "right", "kind"), [
    ("approximately 40 minutes", "approximately 30 minutes", "discrepancy"),
    ("about 40 minutes", "about 45 minutes", "agreement"),
    ("about 40 minutes", "42 minutes", "agreement"),
    ("about five days", "about six days", "discrepancy"),
])
def test_two_lengths_each_about_so_many_share_the_slack(left: str, right: str,
                                                        kind: str) -> None:
    """"about 40 minutes" and "about 30 minutes" are two estimates: each widened by the
    whole slack of "about", they met and agreed."""
    report = claimcheck.check(
        claimcheck.Document("a", f"The captain left the ship {left} before it sank."),
        claimcheck.Document("b", f"The captain left the ship {right} before it sank."))
    kinds = [f.kind for f in report.findings if f.kind in ("agreement", "discrepancy")]
    assert kinds == [kind]
