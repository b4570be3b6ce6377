"""The core's shortcut around ``claim_time`` must give what the full call gives.

When every ``claim_time`` implementation is the built-in one (which dates a figure only
by a date or range among the claims of its piece), the core does not ask for the figures
of a piece that holds no such claim (``core/claims.py``: ``DATES_FROM_CLAIMS``). These
tests run the same texts with the shortcut and with it turned off (every figure asked),
and check that another plugin's ``claim_time`` turns it off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck import Document, TimeRef
from claimcheck.core import claims as assembly
from claimcheck.manager import get_plugin_manager
from claimcheck.plugin import hookimpl

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

#: sentences with and without dates, a run with no sentence end, a date only in another
#: piece of it, figures before and after their sentence's date, footnotes and a table
MIXED = (
    "In 1950 the army had 5,000 men. It had 40 tanks and 12 guns. By June 3, 1951, "
    "7,000 men and 3 ships had arrived; 5 % of them were lost. The fleet (20 ships) "
    "sailed.\n\nDeaths 33 (27 passengers, 5 crew).\n\n"
    + "1 " * 1500 + "in 1952 there were 8 men " + "2 " * 1500 + "\n\n"
    "| Year | Troops |\n|---|---|\n| 1950 | 5,000 |\n| 1951 | 6,000 |\n\n"
    "The toll rose to 300 that year.[1] Later 400 more died.\n\n[1] In 1953, 12 more."
)


def _dump(text: str) -> list[dict[str, Any]]:
    pm = get_plugin_manager(entry_points=False)
    return [c.to_dict() for c in claimcheck.claims(Document("d", text), pm=pm)]


@pytest.mark.parametrize("text", [MIXED, *(p.read_text(encoding="utf-8") for p in SEEDS)],
                         ids=["mixed", *(p.stem for p in SEEDS)])
def test_the_shortcut_gives_what_asking_every_figure_gives(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _dump(text)
    monkeypatch.setattr(assembly, "DATES_FROM_CLAIMS", frozenset())  # every figure asked
    full = _dump(text)
    assert fast == full
    # the texts date some figures and leave others undated: both sides of the shortcut
    figures = [c for c in full if c["kind"] == "quantity"]
    assert any(c.get("when") for c in figures) and any(not c.get("when") for c in figures)


def test_a_piece_left_unasked_is_one_the_builtin_dates_nothing_in() -> None:
    """Every figure of a piece the shortcut skips gets None from the built-in itself."""
    from claimcheck.builtin.times import claims as time_claims
    from claimcheck.config import DEFAULT

    pm = get_plugin_manager(entry_points=False)
    document = Document("d", MIXED)
    segments = assembly.segment(document, pm=pm)
    found = [c for batch in pm.hook.extract_claims(document=document, segments=segments,
                                                    config=DEFAULT) for c in batch]
    found.sort(key=lambda c: (c.start, c.end))
    by_piece: dict[Any, list[Any]] = {}
    for claim in found:
        by_piece.setdefault(assembly._piece(claim), []).append(claim)
    undated = assembly._undated_pieces(found, [assembly._piece(c) for c in found])
    assert undated and len(undated) < len(by_piece)
    for piece in undated:
        for claim in by_piece[piece]:
            if claim.kind == "quantity":
                assert time_claims.claim_time(claim, by_piece[piece], document, DEFAULT) is None


class _Dater:
    """A plugin that dates every figure, dates or none around it."""

    @hookimpl
    def claim_time(self, claim, claims, document, config):  # type: ignore[no-untyped-def]
        import datetime as dt

        return TimeRef(start=claim.start, end=claim.end, text=claim.text,
                       earliest=dt.date(1999, 1, 1), latest=dt.date(1999, 12, 31),
                       granularity="year", timex="1999")


def test_another_plugins_claim_time_is_asked_for_every_figure() -> None:
    pm = get_plugin_manager([_Dater()], entry_points=False)
    assert not assembly._dates_from_claims_only(pm)
    found = claimcheck.claims(Document("d", "It had 40 tanks and 12 guns."), pm=pm)
    figures = [c for c in found if c.kind == "quantity"]
    assert figures and all(c.when is not None and c.when.timex == "1999" for c in figures)


def test_only_the_builtin_module_itself_takes_the_shortcut() -> None:
    """A plugin registered under the built-in's name is not the built-in."""
    pm = get_plugin_manager(builtins=False, entry_points=False)
    pm.register(_Dater(), name="claimcheck.builtin.times")
    assert not assembly._dates_from_claims_only(pm)
    assert assembly._dates_from_claims_only(get_plugin_manager(entry_points=False))


# -- one copy per claim: its id and its time given with its frame ---------------------------


@pytest.mark.parametrize("text", [MIXED, *(p.read_text(encoding="utf-8") for p in SEEDS)],
                         ids=["mixed", *(p.stem for p in SEEDS)])
def test_ids_given_with_the_frame_give_what_the_id_copy_gives(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _dump(text)
    monkeypatch.setattr(assembly, "_FRAMED", frozenset())  # every claim copied with its id
    assert _dump(text) == fast


def test_a_time_and_an_id_given_with_the_frame_are_those_of_a_copy_framed() -> None:
    """with_frames(claims, whens=..., ids=...) frames and copies as if each claim had been
    copied with its time and id first (what the core did before, in three copies)."""
    from claimcheck.config import DEFAULT
    from claimcheck.core.frames import with_frames
    from claimcheck.core.registered import collect
    from claimcheck.text.records import replaced

    pm = get_plugin_manager(entry_points=False)
    seen: dict[str, Any] = {}
    original = assembly.with_frames

    def keep(*args: Any, **kwargs: Any) -> Any:
        seen["args"], seen["kwargs"] = args, kwargs
        return original(*args, **kwargs)

    document = Document("d", MIXED)
    segments = assembly.segment(document, pm=pm)
    try:
        assembly.with_frames = keep  # type: ignore[assignment]
        given = assembly.extract(document, segments, pm=pm)
    finally:
        assembly.with_frames = original  # type: ignore[assignment]
    _, _, claims, _, _ = seen["args"]
    whens, ids = seen["kwargs"]["whens"], seen["kwargs"]["ids"]
    assert any(w is not None for w in whens) and any(i is not None for i in ids)
    copied = []
    for claim, when, claim_id in zip(claims, whens, ids, strict=True):
        if when is not None:
            claim = replaced(claim, when=when)
        if claim_id is not None:
            claim = replaced(claim, id=claim_id)
        copied.append(claim)
    framed = with_frames(document, segments, copied, collect(pm, DEFAULT.aliases), DEFAULT)
    assert [c.to_dict() for c in given] == [c.to_dict() for c in framed]


class _Keyed:
    """An extractor whose figures carry a subject key of their own and no document id:
    the core copies them with the document's and the alias table's before framing."""

    @hookimpl
    def extract_claims(self, document, segments, config):  # type: ignore[no-untyped-def]
        from claimcheck.plugin import Claim, Quantity

        at = document.text.index("77")
        return [Claim(id="", doc="", kind="quantity", start=at, end=at + 2, text="77",
                      sentence=(0, len(document.text)), subject="the Acme Corp",
                      subject_key="not the alias key",
                      value=Quantity(start=at, end=at + 2, text="77", low=77.0, high=77.0))]


def test_a_claim_whose_key_or_document_the_id_copy_changes_is_copied_first(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    pm = get_plugin_manager([_Keyed()], entry_points=False)
    text = "Our rivals at the Acme Corp sold 77 cars"
    fast = [c.to_dict() for c in claimcheck.claims(Document("d", text), pm=pm)]
    monkeypatch.setattr(assembly, "_FRAMED", frozenset())
    assert [c.to_dict() for c in claimcheck.claims(Document("d", text), pm=pm)] == fast
    figure = next(c for c in fast if c["text"] == "77")
    assert figure["subject_key"] != "not the alias key"


@pytest.mark.parametrize(("text", "figure", "when"), [
    # the year a change is measured from is its base, not the figure's date
    ("The census counted 8,204,220 people, an increase of 9.1 percent over the 1921 "
     "population of 7,520,315.", "9.1 percent", None),
    ("Exports rose 12 percent over 2009 levels, the ministry said.", "12 percent", None),
    # a period with words of its own after "over" is the figure's
    ("Rainfall totalled 300 mm over the weekend of 12 June 2010.", "300 mm", "12 June 2010"),
])
def test_a_change_over_a_year_is_not_dated_by_it(text: str, figure: str,
                                                 when: str | None) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert (claim.when.text if claim.when else None) == when


@pytest.mark.parametrize(("text", "figure", "when"), [
    # a decade or a century after "over" is the span the figure grew over, not a base
    ("Consumer prices rose 40% over the 1970s.", "40%", "the 1970s"),
    ("The city's population grew 12% over the 2010s.", "12%", "the 2010s"),
    ("Sea levels rose 20 cm over the 20th century.", "20 cm", "the 20th century"),
])
def test_a_change_over_a_decade_is_dated_by_it(text: str, figure: str, when: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert (claim.when.text if claim.when else None) == when
