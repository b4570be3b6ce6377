"""Two states of one table, one with a column more: a column's number says nothing, the same
rare value in both says which cells are one (``align.figures._one_rare_value``)."""

from __future__ import annotations

import claimcheck
from claimcheck import Document

OLD = "Official results\n\nPopular vote | 7,835,070 | 10,807,197\n"
NEW = "Official results\n\nPopular vote | 23,145 | 7,835,070 | 10,807,197\n"


def found(*texts: str) -> set[tuple[str, frozenset[str]]]:
    docs = [Document(chr(ord("a") + i), t) for i, t in enumerate(texts)]
    report = claimcheck.check(*docs)
    return {(f.kind, frozenset(report.claim(c).text for c in f.claims))
            for f in report.findings if f.kind in ("agreement", "discrepancy", "not_comparable")}


def test_a_column_more_sets_no_value_against_the_shifted_one() -> None:
    kinds = found(OLD, NEW)
    assert ("agreement", frozenset({"10,807,197"})) in kinds
    assert ("agreement", frozenset({"7,835,070"})) in kinds
    assert not any(kind == "discrepancy" for kind, _ in kinds)


def test_three_states_of_a_table_make_one_fact_of_each_value() -> None:
    third = OLD + "\nThe winner had 10,807,197 votes."
    kinds = found(OLD, NEW, third)
    assert not any(kind == "discrepancy" for kind, _ in kinds)
    assert ("agreement", frozenset({"10,807,197"})) in kinds


def test_a_value_revised_in_a_shifted_column_meets_no_other_columns_value() -> None:
    # the other column's value, which both states give, shows the shift; the revised
    # count is never set against it
    revised = "Official results\n\nPopular vote | 23,145 | 7,835,070 | 10,809,942\n"
    kinds = found(OLD, revised)
    assert not any(kind == "discrepancy" and texts == frozenset({"10,807,197", "7,835,070"})
                   for kind, texts in kinds)
