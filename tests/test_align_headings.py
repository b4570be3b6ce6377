"""A heading's date or figure names what its document is about ("Labour Force Survey,
March 2022", "2020 Hpakant jade mine disaster"): two documents' headings that differ are
two releases or two events, no discrepancy; where they are alike, they agree. Made-up
documents across fields; the cases came from real pages (bench/realpairs: Canada's
monthly labour force survey, a jade mine's landslides, a census, a budget review)."""

from __future__ import annotations

import claimcheck
from claimcheck import Document

from .conftest import kinds


def test_two_monthly_releases_headings_are_no_discrepancy() -> None:
    report = claimcheck.check(
        Document("a", "Retail Trade Survey, March 2019\n\nSales rose 1.2% in March."),
        Document("b", "Retail Trade Survey, May 2019\n\nSales fell 0.4% in May."))
    assert "discrepancy" not in kinds(report, "March 2019", "May 2019")


def test_a_headings_year_against_a_year_in_the_other_text() -> None:
    report = claimcheck.check(
        Document("a", "2021 Lakeside mill fire\n\nThe mill burned on 3 May 2021."),
        Document("b", "Fires struck the Lakeside mill in 2015 and 2019, before it closed."))
    assert "discrepancy" not in kinds(report, "2021", "2019")
    assert "discrepancy" not in kinds(report, "2021", "2015")


def test_headings_alike_still_agree() -> None:
    report = claimcheck.check(
        Document("a", "The Flood of 1889\n\nThe dam broke on 31 May 1889."),
        Document("b", "The Flood of 1889\n\nOn 31 May 1889 the dam failed."))
    assert "agreement" in kinds(report, "1889", "1889") \
        or "agreement" in kinds(report, "31 May 1889", "31 May 1889")


def test_two_body_dates_still_differ() -> None:
    report = claimcheck.check(
        Document("a", "The dam broke on 31 May 1889, after days of rain."),
        Document("b", "The dam broke on 1 June 1889, after days of rain."))
    assert "discrepancy" in kinds(report, "31 May 1889", "1 June 1889")
