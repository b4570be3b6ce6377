"""The pack's aliases: every spelling of an actor gets one entity key."""

from __future__ import annotations

import claimcheck_korea
import pytest

import claimcheck
from claimcheck.core.registered import collect


@pytest.fixture(scope="module")
def table():
    return collect(claimcheck.get_plugin_manager([claimcheck_korea], entry_points=False))


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
def test_spellings_share_a_key(table, group: list[str]) -> None:
    assert len({table.key(name) for name in group}) == 1, group


def test_sides_stay_apart(table) -> None:
    keys = {table.key(n) for n in ("KPA", "ROK", "CPV", "UNC", "USSR", "PRC")}
    assert len(keys) == 6


def test_canonical_names_for_reports(table) -> None:
    assert table.canonical("NKPA") == "Korean People's Army"
    assert table.canonical("Peiping") == "Beijing"
