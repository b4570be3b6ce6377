"""The pack's aliases: every spelling of an actor gets one entity key, so figures line up."""

from __future__ import annotations

import itertools

import claimcheck_korea
import pytest

import claimcheck
from claimcheck.plugin import normalize

PM = claimcheck.get_plugin_manager([claimcheck_korea], entry_points=False)


def figures_line_up(left: str, right: str) -> bool:
    """Do two documents that name an actor differently have their figures compared?

    The figures differ, so a report that lines them up calls it a discrepancy; one that
    takes the names for two actors leaves both figures unmatched.
    """
    a = claimcheck.Document("a", f"{left} lost 5,000 men in July 1950.")
    b = claimcheck.Document("b", f"{right} lost 9,000 men in July 1950.")
    report = claimcheck.check(a, b, pm=PM)
    return any(f.kind == "discrepancy" for f in report.findings)


def subject_key(name: str) -> str | None:
    """The entity key claimcheck gives ``name`` as the subject of a statement."""
    text = f"{name} crossed the river on June 25, 1950."
    found = claimcheck.claims(claimcheck.Document("d", text), pm=PM)
    (statement,) = [c for c in found if c.kind == "statement"]
    assert statement.subject == name
    return statement.subject_key


@pytest.mark.parametrize(
    "group",
    [
        ["DPRK troops", "the KPA", "Korean People’s Army", "North Korean People's Army",
         "NKPA", "North Korean forces", "North Korea"],
        ["ROK", "South Korea", "the South Korean army"],
        ["CPV", "PVA", "Chinese People's Volunteers", "Chinese volunteers"],
        ["UNC", "U.N. troops", "United Nations forces", "UN Command"],
        ["USSR", "Soviet Union", "Soviet"],
        ["Rhee Syngman", "Syngman Rhee"],
        ["Peng Dehuai", "Peng Teh-huai"],
        ["Mao Zedong", "Mao Tse-tung"],
        ["Zhou Enlai", "Chou En-lai"],
        ["Beijing", "Peking", "Peiping"],
    ],
)
def test_spellings_share_a_key(group: list[str]) -> None:
    for other in group[1:]:
        assert figures_line_up(group[0], other), (group[0], other)


def test_sides_stay_apart() -> None:
    for left, right in itertools.combinations(("KPA", "ROK", "CPV", "UNC", "USSR", "PRC"), 2):
        assert not figures_line_up(left, right), (left, right)


def test_canonical_names_for_reports() -> None:
    assert subject_key("NKPA") == normalize("Korean People's Army")
    assert subject_key("Peiping") == normalize("Beijing")
