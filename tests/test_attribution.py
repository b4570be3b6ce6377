"""Sources by name: datelines, agency tags and date phrases are no part of a source (issue 13).

A figure's and a statement's ``attribution`` name who says so: "According to Nov 2
(Reuters) Acme Corp, ..." is Acme Corp's word, and "LONDON, March 3 (AP) — The ministry
said ..." the ministry's.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document
from claimcheck.builtin.quantities.attribution import source_name as figure_source
from claimcheck.builtin.statements.clauses import split_sentence
from claimcheck.builtin.statements.sources import dateline_end
from claimcheck.builtin.statements.sources import source_name as statement_source
from claimcheck.builtin.statements.tokens import join, tokenize


def attributions(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, attribution) of every statement and figure, checking the offsets."""
    document = Document("d", text)
    out = []
    for c in claimcheck.claims(document):
        assert text[c.start:c.end] == c.text
        if c.kind in ("statement", "quantity"):
            out.append((c.kind, c.text, c.attribution))
    return out


# -- whole sentences ----------------------------------------------------------------------

SENTENCES = [
    ("According to Nov 2 (Reuters) Acme Corp, revenue rose 5%.",
     [("statement", "revenue rose 5%", "Acme Corp"), ("quantity", "5%", "Acme Corp")]),
    ("according to nov 2 (AGENCY) Company, revenue rose 5%.",
     [("statement", "revenue rose 5%", "Company"), ("quantity", "5%", "Company")]),
    ("LONDON, March 3 (AP) — The ministry said 120 people died.",
     [("quantity", "120", "The ministry"), ("statement", "120 people died", "The ministry")]),
    ("WASHINGTON, Jan 5 (AP) - The ministry said the talks failed.",
     [("statement", "the talks failed", "The ministry")]),
    ("PARIS (Reuters) - The ministry said that 40 flights were cancelled.",
     [("quantity", "40", "The ministry"),
      ("statement", "40 flights were cancelled", "The ministry")]),
    ("According to Acme Corp on Nov 2, revenue rose 5%.",
     [("statement", "revenue rose 5%", "Acme Corp"), ("quantity", "5%", "Acme Corp")]),
    ("Revenue rose 5%, Acme Corp said on Nov 2.",
     [("statement", "Revenue rose 5%", "Acme Corp"), ("quantity", "5%", None)]),
    ("Revenue rose 5%, according to Nov. 2 (Reuters) Acme Corp.",
     [("statement", "Revenue rose 5%", "Acme Corp"), ("quantity", "5%", None)]),
    # names stay as they are
    ("According to the U.S. Geological Survey, the quake killed 120 people.",
     [("statement", "the quake killed 120 people", "the U.S. Geological Survey"),
      ("quantity", "120", "the U.S. Geological Survey")]),
    ("According to officials, 120 people died.",
     [("quantity", "120", "officials"), ("statement", "120 people died", "officials")]),
    ("According to the Sunday Times, the club lost 3 games.",
     [("statement", "the club lost 3 games", "the Sunday Times"),
      ("quantity", "3", "the Sunday Times")]),
    ("The quake struck on April 18 with an estimated magnitude of 7.8.",
     [("quantity", "7.8", None)]),
    ("According to March Capital, the fund lost 8%.",
     [("statement", "the fund lost 8%", "March Capital"),
      ("quantity", "8%", "March Capital")]),
]


@pytest.mark.parametrize("text", [
    "A total of 8,427 probable cases were reported to the health agency; 813 deaths have "
    "been reported.",
    "Roughly 1,500 gold pieces were found and the hoard holds 5 kg of gold.",
    "Casualties were estimated at 4,000 on the first day.",
    "The damage was put at $12 billion.",
])
def test_a_verb_in_the_passive_names_no_source(text: str) -> None:
    """"8,427 cases were reported": the cases are what was reported, nobody's word."""
    assert [(t, a) for kind, t, a in attributions(text) if kind == "quantity" and a] == []


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_attributions_name_the_source(text: str, expected: list) -> None:
    got = attributions(text)
    assert [claim for claim in got if claim in expected] == sorted(
        expected, key=lambda c: [g[:2] for g in got].index(c[:2]))
    assert not [a for _, _, a in got if a and any(ch.isdigit() or ch in "()—"
                                                  for ch in a)]


def test_a_statements_attribution_span_points_at_the_name() -> None:
    text = "According to Nov 2 (Reuters) Acme Corp, revenue rose 5%."
    (clause,) = split_sentence(text)
    s, e = clause.attribution_span
    assert (text[s:e], clause.attribution) == ("Acme Corp", "Acme Corp")
    text = "LONDON, March 3 (AP) — The ministry said 120 people died."
    (clause,) = split_sentence(text)
    s, e = clause.attribution_span
    assert text[s:e] == "The ministry"
    assert text[clause.start:clause.end] == "120 people died"


# -- datelines ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "rest"), [
    ("LONDON, March 3 (AP) — The ministry said it.", "The ministry said it."),
    ("WASHINGTON (AP) — The senate voted.", "The senate voted."),
    ("Nov. 2 (Reuters) - Acme said it.", "Acme said it."),
    ("NEW YORK, Jan. 5, 2024 (Dow Jones) -- Shares fell.", "Shares fell."),
    ("(Reuters) - Acme said it.", "Acme said it."),
    # no dateline: a place or a date alone before a dash, an aside in brackets
    ("NATO — the alliance — said it.", "NATO — the alliance — said it."),
    ("June 25, 1950 — North Korean forces crossed the border.",
     "June 25, 1950 — North Korean forces crossed the border."),
    ("March 3 (a Monday) the ministry said it.", "March 3 (a Monday) the ministry said it."),
    ("The ministry said it.", "The ministry said it."),
    ("March 1 saw riots.", "March 1 saw riots."),
    ("IBM (NYSE) shares fell 5%.", "IBM (NYSE) shares fell 5%."),
])
def test_a_sentence_opening_dateline_is_found(text: str, rest: str) -> None:
    toks = tokenize(text, 0)
    assert join(toks[dateline_end(toks):]) == rest


def test_a_chronology_entry_keeps_its_date() -> None:
    text = "June 25, 1950 — North Korean forces crossed the border."
    statements = [c for c in claimcheck.claims(text) if c.kind == "statement"]
    assert [c.text for c in statements] == [text[:-1]]
    assert statements[0].when is not None
    assert statements[0].when.earliest.isoformat() == "1950-06-25"


# -- a source cut to its name --------------------------------------------------------------

NAMES = [
    ("Nov 2 (Reuters) Acme Corp", "Acme Corp"),
    ("nov 2 (AGENCY) Company", "Company"),
    ("March 3 (AP) — The ministry", "The ministry"),
    ("LONDON, March 3 (AP) — The ministry", "The ministry"),
    ("LONDON (Reuters) - The ministry", "The ministry"),
    ("Monday, Nov. 2 (AP) Officials", "Officials"),
    ("Acme Corp on Nov 2", "Acme Corp"),
    ("Reuters, Nov 2", "Reuters"),
    ("officials yesterday", "officials"),
    ("officials last week", "officials"),
    ("the BBC on Tuesday", "the BBC"),
    ("the report in March", "the report"),
    ("the U.S. Geological Survey (USGS)", "the U.S. Geological Survey"),
    # names, whole
    ("the U.S. Geological Survey", "the U.S. Geological Survey"),
    ("officials", "officials"),
    ("NATO officials", "NATO officials"),
    ("March Capital", "March Capital"),
    ("the Morning Star", "the Morning Star"),
    ("the Sunday Times", "the Sunday Times"),
    ("the Ides of March", "the Ides of March"),
    ("Group of 20", "Group of 20"),
    ("Acme (UK) Ltd", "Acme (UK) Ltd"),
    ("the May 4 movement", "the May 4 movement"),
    ("Jan Smith", "Jan Smith"),
    # nothing of a name
    ("Nov 2", ""),
    ("(Reuters)", ""),
    ("April 18 with an", ""),
    ("with the", ""),
]


@pytest.mark.parametrize(("raw", "name"), NAMES)
def test_a_figures_source_is_cut_to_its_name(raw: str, name: str) -> None:
    assert figure_source(raw) == name


@pytest.mark.parametrize(("raw", "name"), NAMES)
def test_a_statements_source_is_cut_to_its_name(raw: str, name: str) -> None:
    assert join(statement_source(tokenize(raw, 0))) == name


@pytest.mark.parametrize("text", [
    "The ministry said on March ¹ that 40 men died.",
    "Revenue rose 5%, Acme Corp said on Nov ².",
    "According to Acme Corp on ¹ Nov, revenue rose.",
    "NOV ¹ (AP) — The ministry said 40 men died.",
])
def test_superscript_digits_are_no_dates(text: str) -> None:
    for c in claimcheck.claims(Document("d", text)):
        assert text[c.start:c.end] == c.text
    toks = tokenize(text, 0)
    assert dateline_end(toks) == 0
    join(statement_source(toks))


@pytest.mark.parametrize(("text", "figure"), [
    ("Of the number reported as lost, 1,656 were killed.", "1,656"),
    ("The total estimated at the time was 4,000 acres.", "4,000 acres"),
    ("Of the 500 reported wounded, 40 died in hospital.", "40"),
    ("The figures reported by the press were 2,300 dead.", "2,300"),
])
def test_a_tally_or_a_figure_before_a_verb_of_telling_is_no_source(text: str,
                                                                  figure: str) -> None:
    """"Of the number reported as lost": the verb is a participle of what was counted; no
    one is named as telling the figure."""
    (claim,) = [c for c in claimcheck.claims(Document("d", text)) if c.text == figure]
    assert claim.attribution is None


@pytest.mark.parametrize(("text", "figure", "source"), [
    ("Police reported 12 dead.", "12", "Police"),
    ("The Ministry of Health reported 300 cases.", "300", "The Ministry of Health"),
])
def test_a_body_before_a_verb_of_telling_is_still_the_source(text: str, figure: str,
                                                            source: str) -> None:
    (claim,) = [c for c in claimcheck.claims(Document("d", text)) if c.text == figure]
    assert claim.attribution == source


@pytest.mark.parametrize(("text", "figure", "source"), [
    # a name or an owner before a tally's noun makes it a source
    ("Ministry figures put the toll at 4,200.", "4,200", "Ministry figures"),
    ("UN figures reported 300 dead.", "300", "UN figures"),
    ("Reuters' count put the toll at 4,200.", "4,200", "Reuters' count"),
    ("The army's count put the dead at 300.", "300", "The army's count"),
    # ... and words around a figure make it a name, no figure counted
    ("Flight 93 reported 40 passengers aboard.", "40", "Flight 93"),
    ("Apollo 11 reported a temperature of 120 degrees.", "120 degrees", "Apollo 11"),
    ("A survey of 2,000 estimated that 30 percent were unemployed.", "30 percent",
     "A survey of 2,000"),
])
def test_a_named_tally_or_a_name_with_a_figure_is_still_the_source(text: str, figure: str,
                                                                   source: str) -> None:
    (claim,) = [c for c in claimcheck.claims(Document("d", text)) if c.text == figure]
    assert claim.attribution == source
