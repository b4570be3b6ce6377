"""Between a few accounts, an amount in units meets the others of its dimension, and a count
the others of its noun, even when their words share nothing rare: a column of a table
whose header is split over two lines ("Reserves at / end of year") against a sentence of
the annual report."""

from __future__ import annotations

import claimcheck
from claimcheck import Document
from claimcheck.align.blocking import default_keys
from claimcheck.align.profiles import figure_profile
from claimcheck.text.names import Aliases

TABLE = ("Year Source Revenue Expenses Surplus Reserves at\nend of year\n"
         "2019/2020 PDF $41,204,118 $38,991,020 $2,213,098 $77,450,210\n"
         "2018/2019 PDF $39,876,300 $37,120,544 $2,755,756 $75,237,112\n")
PROSE = ("As of March 31, 2020, the Trust's reserves were $77 million, which represents two "
         "years of spending.")


def test_an_amount_meets_its_dimension_between_a_few_accounts() -> None:
    report = claimcheck.check(Document("a", TABLE), Document("b", PROSE))
    found = [(f.kind, {report.claim(c).text for c in f.claims}) for f in report.findings
             if f.kind in ("agreement", "discrepancy")]
    assert ("agreement", {"$77,450,210", "$77 million"}) in found
    # the other columns' amounts stay unpaired: one partner each
    assert not any("$75,237,112" in texts or "$41,204,118" in texts for _, texts in found)


def test_in_a_corpus_a_dimension_is_no_key() -> None:
    # among many sources every amount of money would meet every other: no such key there
    (claim,) = [c for c in claimcheck.claims(PROSE) if c.text == "$77 million"]
    profile = figure_profile(claim, Document("b", PROSE), Aliases(), None)
    assert profile is not None
    base = f"{profile.family}|{profile.dimension}"
    assert f"{base}|d" in default_keys(profile, {}, None, corpus=False)
    assert f"{base}|d" not in default_keys(profile, {}, None, corpus=True)


def test_a_count_meets_the_counts_of_its_noun_however_common_the_noun() -> None:
    # "passengers" is said so often in both accounts that it is no rare word of either
    a = ("Passengers were told to stay in their cabins. Passengers later said the crew gave "
         "no orders.\nPassengers: 3,229\nCrew members: 1,023\n")
    b = ("The liner sailed with 3,206 passengers and a crew of 1,023 from the port of "
         "Civitavecchia. Many passengers had boarded that evening; passengers from Rome made "
         "up most of them.")
    report = claimcheck.check(Document("a", a), Document("b", b))
    found = [(f.kind, {report.claim(c).text for c in f.claims}) for f in report.findings
             if f.kind in ("agreement", "discrepancy")]
    assert ("discrepancy", {"3,229", "3,206"}) in found
    assert ("agreement", {"1,023"}) in found
