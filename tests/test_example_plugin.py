"""The example plugin (tests/example_plugin/) works as docs/plugins.md says: registered
beside the built-ins, it adds ``event`` claims with exact spans and takes nothing away.

It is registered the way a user or a test registers any plugin: its ``plugin`` module
passed to ``claimcheck.get_plugin_manager``.
"""

from __future__ import annotations

import pytest

import claimcheck

from .example_plugin import plugin as events
from .example_plugin.find import find_events, plural


@pytest.fixture(scope="module")
def pm():
    return claimcheck.get_plugin_manager([events], entry_points=False)


def event_claims(source, pm) -> list[tuple[str, str, str]]:
    """(text, subject, class) of each event claim, after checking its span."""
    found = []
    for claim in claimcheck.claims(source, pm=pm):
        if claim.kind != "event":
            continue
        document_text = source.text if isinstance(source, claimcheck.Document) else source
        assert document_text[claim.start:claim.end] == claim.text
        found.append((claim.text, claim.subject, claim.extra["class"]))
    return found


def test_it_is_registered_beside_the_builtins(pm) -> None:
    names = [name for name, _ in pm.list_name_plugin()]
    assert "tests.example_plugin.plugin" in names
    assert "claimcheck.builtin.times" in names and "claimcheck.builtin.quantities" in names
    # built-ins run last, so the example's extractor is called first
    callers = [impl.plugin_name for impl in pm.hook.extract_claims.get_hookimpls()]
    assert callers[-1] == "tests.example_plugin.plugin"


def test_an_event_noun_is_a_claim_with_its_exact_span(pm) -> None:
    text = "After two years of talks, the armistice was signed on July 27, 1953."
    (claim,) = [c for c in claimcheck.claims(text, pm=pm) if c.kind == "event"]
    assert (claim.start, claim.end) == (30, 39)
    assert text[claim.start:claim.end] == claim.text == "armistice"
    assert claim.subject == claim.subject_key == "armistice"
    assert claim.extra == {"event": "armistice", "class": "conflict"}
    assert claim.passage == "body"
    assert claim.sentence == (0, len(text))
    assert claim.id.startswith("text1:")


def test_the_builtin_time_plugin_dates_an_event(pm) -> None:
    """claim_time is the built-in's: the plugin only extracts, the core asks for the date."""
    text = "The armistice was signed on July 27, 1953."
    (claim,) = [c for c in claimcheck.claims(text, pm=pm) if c.kind == "event"]
    assert claim.when is not None and claim.when.timex == "1953-07-27"


def test_every_mention_in_reading_order(pm) -> None:
    text = "Voters rejected the referendum; a second referendum followed in 1995."
    assert event_claims(text, pm) == [
        ("referendum", "referendum", "politics"),
        ("referendum", "referendum", "politics"),
    ]


def test_plurals_regular_and_irregular(pm) -> None:
    text = "Three bankruptcies, two mergers and the crises of 2008 shook the market."
    assert event_claims(text, pm) == [
        ("bankruptcies", "bankruptcy", "business"),
        ("mergers", "merger", "business"),
        ("crises", "crisis", "politics"),
    ]


def test_other_spellings_name_the_same_event(pm) -> None:
    text = "The Cease-Fire held until the coup d’état of May 1961; later putsches failed."
    assert event_claims(text, pm) == [
        ("Cease-Fire", "ceasefire", "conflict"),
        ("coup d’état", "coup", "politics"),  # the longer form wins over "coup"
        ("putsches", "coup", "politics"),
    ]


def test_spans_hold_in_a_document_with_headings_and_lines(pm) -> None:
    doc = claimcheck.Document(
        "report", "Disasters of 2004\n\nA tsunami followed the earthquake.\n"
        "Relief arrived before the epidemic could spread.\n")
    assert event_claims(doc, pm) == [
        ("tsunami", "tsunami", "disaster"),
        ("earthquake", "earthquake", "disaster"),
        ("epidemic", "epidemic", "disaster"),
    ]


@pytest.mark.parametrize("text", [
    "The committee met on Tuesday and adjourned without a vote.",
    "Pre-election polls and electioneering were discussed.",  # inside longer words
    "The mergers-and-acquisitions desk was busy.",  # a hyphenated compound
    "The Elector of Saxony invaded nothing.",  # near misses of the vocabulary
])
def test_nothing_is_found_where_no_event_is_named(pm, text: str) -> None:
    assert event_claims(text, pm) == []
    assert find_events(text) == []


def test_the_engine_works_on_a_plain_string() -> None:
    (mention,) = find_events("a cease-fires row")
    assert (mention.start, mention.end, mention.event, mention.kind) == (
        2, 13, "ceasefire", "conflict")
    assert [plural(w) for w in ("siege", "mutiny", "putsch", "buyout", "day")] == [
        "sieges", "mutinies", "putsches", "buyouts", "days"]


def test_check_keeps_every_builtin_finding_and_adds_the_events(pm) -> None:
    a = "The armistice was signed on July 27, 1953. About 36,000 Americans died in the war."
    b = "The armistice was signed on July 28, 1953. Some 54,000 Americans died in the war."
    plain = claimcheck.check(a, b, pm=claimcheck.get_plugin_manager(entry_points=False))
    report = claimcheck.check(a, b, pm=pm)

    def summaries(r: claimcheck.Report) -> list[tuple[str, str]]:
        return [(f.kind, f.summary) for f in r.findings]

    assert summaries(report) == summaries(plain)
    assert ("discrepancy", "dates differ by 1 day: 1953-07-27 vs 1953-07-28; both sources "
            "word the sentence around the figure alike") in summaries(report)
    events_found = [(c.doc, c.text, c.when.timex if c.when else None)
                    for c in report.claims if c.kind == "event"]
    assert events_found == [("text1", "armistice", "1953-07-27"),
                            ("text2", "armistice", "1953-07-28")]
    kinds = {c.kind for c in report.claims}
    assert {"event", "date", "quantity", "statement"} <= kinds
    assert len(report.claims) == len(plain.claims) + 2
    for claim in report.claims:
        assert report.document(claim.doc).text[claim.start:claim.end] == claim.text


def test_the_event_claims_reach_the_json_report(pm) -> None:
    report = claimcheck.check("The coup failed.", "The putsch failed.", pm=pm)
    events_json = [c for c in report.to_dict()["claims"] if c["kind"] == "event"]
    assert [(c["id"], c["text"], c["subject"]) for c in events_json] == [
        ("text1:2", "coup", "coup"), ("text2:2", "putsch", "coup")]
    # the built-in statements name the events inside them
    statements = [c for c in report.to_dict()["claims"] if c["kind"] == "statement"]
    assert [c["extra"]["claims"] for c in statements] == [["text1:2"], ["text2:2"]]
