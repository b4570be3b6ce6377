"""Facts: claims several sources state about one thing, one row each, with a verdict.

Texts here are written for these tests (a flood, a company, an election, a siege), so that
the rules are checked on other matters than the seed's war.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimcheck
from claimcheck.align.blocking import corpus_candidates
from claimcheck.align.profiles import MAX_CORPUS_CANDIDATES
from claimcheck.config import Config
from claimcheck.manager import get_plugin_manager
from claimcheck.report.registry import render as render_with


def render(report, fmt: str) -> str:
    return render_with(report, fmt, get_plugin_manager(), Config())

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))


def write(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


FLOOD = {
    "gazette": "The river flood of March 3, 1927 drove 12,000 residents of Lowell from "
               "their homes.",
    "herald": "On March 3, 1927 the flood drove some 12,000 residents of Lowell from their "
              "homes.",
    "courier": "The flood of March 3, 1927 drove 19,500 residents of Lowell from their "
               "homes.",
}


def test_three_sources_give_one_fact_with_its_outlier(tmp_path):
    report = claimcheck.check(*write(tmp_path, FLOOD))
    figures = [f for f in report.facts if f.kind == "figure"]
    assert len(figures) == 1
    fact = figures[0]
    assert fact.verdict == "disagree"
    stance = {report.claim(v.claim).text: (v.doc, v.stance) for v in fact.values}
    assert stance["19,500"] == ("courier", "outlier")
    assert {stance["12,000"][1]} == {"consensus"}
    assert set(fact.documents) == {"gazette", "herald", "courier"}
    # the summary names the consensus and the outlier with their sources
    assert "12,000" in fact.summary and "19,500" in fact.summary and "courier" in fact.summary
    # one finding stands for the fact, pointing at it; not one per pair of sources
    standing = [f for f in report.findings if f.detail.get("fact") == fact.id]
    assert len(standing) == 1 and standing[0].kind == "discrepancy"


def test_sources_that_agree_make_one_agreeing_fact(tmp_path):
    texts = {name: text.replace("19,500", "12,000") for name, text in FLOOD.items()}
    texts["tribune"] = "Twelve thousand residents of Lowell left their homes in the flood of " \
                       "March 3, 1927."
    report = claimcheck.check(*write(tmp_path, texts))
    figures = [f for f in report.facts if f.kind == "figure"]
    assert [f.verdict for f in figures] == ["agree"]
    assert all(v.stance == "consensus" for v in figures[0].values)
    assert len(figures[0].documents) == 4


def test_different_subjects_never_share_a_fact(tmp_path):
    texts = {
        "a": "In 2019 Northwind Corp reported revenue of $4.2 billion, and Eastgate Inc "
             "reported revenue of $1.1 billion.",
        "b": "Northwind Corp had revenue of $4.2 billion in 2019.",
        "c": "Eastgate Inc had revenue of $1.3 billion in 2019.",
    }
    report = claimcheck.check(*write(tmp_path, texts))
    for fact in report.facts:
        subjects = {report.claim(v.claim).subject_key for v in fact.values} - {None}
        texts_in = {report.claim(v.claim).text for v in fact.values}
        assert not ({"$4.2 billion"} <= texts_in and {"$1.3 billion"} <= texts_in), fact
        assert len(subjects) <= 1, fact


def test_facts_lead_with_disagreements_and_are_numbered_in_report_order(tmp_path):
    texts = dict(FLOOD)
    texts["gazette"] += " The dam was finished on June 1, 1921."
    texts["herald"] += " The dam had been finished on June 1, 1921."
    report = claimcheck.check(*write(tmp_path, texts))
    verdicts = [f.verdict for f in report.facts]
    rank = {"disagree": 0, "not_comparable": 1, "agree": 2}
    assert verdicts == sorted(verdicts, key=rank.__getitem__)
    assert [f.id for f in report.facts] == [f"f{n}" for n in range(1, len(report.facts) + 1)]


def test_json_facts_validate_and_their_spans_are_exact(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    paths = write(tmp_path, FLOOD)
    report = claimcheck.check(*paths)
    data = json.loads(render(report, "json"))
    jsonschema.validate(data, SCHEMA)
    assert data["facts"], "the flood's figure is a fact"
    texts = {d.id: d.text for d in report.documents}
    # three sources: the corpus form, each claim a row of the fields claim_fields names
    claims = {row[0]: dict(zip(data["claim_fields"], row, strict=False))
              for row in data["claims"]}
    for fact in data["facts"]:
        listed = [c for group in fact["groups"] for c in group["claims"]]
        for claim_id in listed:
            # a value is its claim's id, which the claims list holds (schema claimcheck/3)
            claim = claims[claim_id]
            assert "document" not in claim  # brief: the id names it
            doc = claim_id.rpartition(":")[0]
            assert texts[doc][claim["start"]:claim["end"]] == claim["text"]
    figure = next(f for f in data["facts"] if f["kind"] == "figure")
    assert [g["stance"] for g in figure["groups"]] == ["consensus", "outlier"]
    assert len(figure["groups"][0]["claims"]) == 2 and len(figure["groups"][1]["claims"]) == 1


def test_a_corpus_report_tells_a_fact_once_and_its_claims_in_brief(tmp_path):
    """More than two sources: the fact's own finding and its pairs are in the fact, not
    repeated among the findings; claims leave out their frames. ``json_full`` (--full)
    writes the whole report."""
    from click.testing import CliRunner

    from claimcheck.cli import cli

    paths = write(tmp_path, FLOOD)
    report = claimcheck.check(*paths)
    data = json.loads(render(report, "json"))
    told = {tuple(f["claims"]) for f in data["findings"]}
    for fact in report.facts:
        assert fact.claims not in told
        assert not {p.claims for p in fact.pairs} & told
    rows = [dict(zip(data["claim_fields"], row, strict=False)) for row in data["claims"]]
    assert rows and all("frame" not in c and "subject_key" not in c for c in rows)
    assert [c["id"] for c in rows] == [c.id for c in report.cited_claims()]
    assert all("detail" not in p for f in data["facts"] for p in f["pairs"])
    assert any(p["kind"] == "discrepancy" for f in data["facts"] for p in f["pairs"])
    full = json.loads(render_with(report, "json", get_plugin_manager(),
                                  Config(options={"json_full": True})))
    assert full == json.loads(json.dumps(report.to_dict()))
    assert len(full["findings"]) > len(data["findings"])
    assert any("frame" in c for c in full["claims"])
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(full, SCHEMA)
    cli_full = CliRunner().invoke(cli, ["compare", *paths, "-f", "json", "--full"])
    assert cli_full.exit_code == 0, cli_full.output
    assert json.loads(cli_full.output) == full


def test_every_format_shows_the_fact_and_its_outlier(tmp_path):
    report = claimcheck.check(*write(tmp_path, FLOOD))
    text = render(report, "text")
    assert "== Facts (" in text and "! 19,500" in text
    markdown = render(report, "markdown")
    assert "## Facts" in markdown and "**≠** 19,500" in markdown
    page = render(report, "html")
    assert 'class="fact-cell s-outlier"' in page and "19,500" in page


def test_a_two_document_run_keeps_its_pairwise_findings_and_gains_facts(tmp_path):
    texts = {k: FLOOD[k] for k in ("gazette", "courier")}
    report = claimcheck.check(*write(tmp_path, texts))
    pairs = [f for f in report.findings if f.kind == "discrepancy"]
    assert len(pairs) == 1 and "fact" not in pairs[0].detail
    assert [f.verdict for f in report.facts if f.kind == "figure"] == ["disagree"]


# -- the corpus index: linear, and never empty-handed --------------------------------------


class _P:
    """A stand-in profile: what ``corpus_candidates`` reads."""

    def __init__(self, keys, number):
        self.keys = set(keys)
        self.number = number
        self.interval = None
        self.family = "quantity"


def test_candidates_grow_with_claims_not_with_pairs_of_documents():
    def pairs_for(n_docs: int) -> int:
        # every document states the same ten facts: one block per fact, n_docs members
        docs = [[_P({f"fact{k}"}, 100 + k) for k in range(10)] for _ in range(n_docs)]
        return sum(len(v) for v in corpus_candidates(docs).values())

    small, large = pairs_for(400), pairs_for(800)
    # all pairs would grow 4-fold with twice the documents; a budget per claim keeps
    # the pairs per claim about constant
    assert large / 800 <= 1.1 * small / 400
    assert large <= 800 * 10 * MAX_CORPUS_CANDIDATES


def test_an_oversized_block_still_gives_its_nearest_values():
    # one shared key, far more members than the budget: the nearest in value are taken
    docs = [[_P({"k"}, 1000.0)]] + [[_P({"k"}, float(v))] for v in range(200)]
    found = corpus_candidates(docs)
    partners = sorted(docs[b][0].number for (a, b), pairs in found.items() if a == 0
                      for _ in pairs)
    assert partners, "a claim in a large block gets candidates, never none"
    assert len(partners) <= MAX_CORPUS_CANDIDATES
    assert min(partners) >= 199 - MAX_CORPUS_CANDIDATES  # the values nearest to 1000


def test_a_block_that_overflows_the_rest_of_the_budget_still_gives_its_nearest():
    """A claim whose small block takes part of its budget still meets the values nearest
    its own in the next block, though that block is too large to take whole: the same
    value said in other words ("47,000 people", "47 thousand patients") shares only the
    larger block, and was left out (facts split in two)."""
    small = MAX_CORPUS_CANDIDATES - 2
    docs = [[_P({"words", "measure"}, 47000.0)]]
    docs += [[_P({"words", "measure"}, float(1000 + v))] for v in range(small)]
    docs += [[_P({"measure"}, float(v))] for v in range(40)]
    docs += [[_P({"measure"}, 47000.0)]]
    found = corpus_candidates(docs)
    partners = sorted(b for (a, b), pairs in found.items() if a == 0 for _ in pairs)
    assert len(partners) <= MAX_CORPUS_CANDIDATES
    assert set(range(1, small + 1)) <= set(partners)  # the small block, whole
    assert len(docs) - 1 in partners  # and the same value in the large one


# -- which pairs of documents are compared sentence by sentence ----------------------------

SIEGE = ("The siege of Harlow began in the autumn of 1643, when the royal army closed the "
         "roads to the north. The garrison held the walls through a wet winter and refused "
         "three summonses to surrender. Food ran short by February, and the townspeople ate "
         "their horses. Relief came from the west in March, and the besiegers withdrew "
         "across the river after burning their camp.")
SIEGE_RETOLD = ("The siege of Harlow began in the autumn of 1643, when the king's army closed "
                "the roads to the north. The garrison held the walls through a wet winter and "
                "refused three demands to surrender. Food ran short by February, and the "
                "townspeople ate their horses. Relief came from the west in March, and the "
                "besiegers withdrew over the river after burning their camp.")
HARVEST = ("Wheat prices rose sharply at the Leeds exchange after a dry summer cut the "
           "harvest. Millers bought early, bakers raised the price of a loaf, and merchants "
           "shipped grain from the Baltic ports to cover the shortfall before the frosts.")


def test_renderings_are_detected_and_unrelated_sources_are_not_paired():
    from claimcheck.align.accounts import close_pairs
    from claimcheck.model import Document

    docs = [Document(id=n, text=t) for n, t in
            (("a", SIEGE), ("b", HARVEST), ("c", SIEGE_RETOLD))]
    assert close_pairs(docs) == [(0, 2)]


def test_a_corpus_compares_wording_only_between_close_accounts(tmp_path):
    report = claimcheck.check(*write(tmp_path, {"a": SIEGE, "b": HARVEST,
                                                "c": SIEGE_RETOLD}))
    worded = [f for f in report.findings if f.kind == "wording"]
    assert worded, "the retelling's changed words are reported"
    assert {f.document for f in worded} <= {"a", "c"}


def test_base_compares_each_source_with_the_base_only(tmp_path):
    texts = {
        "base": "The bridge at Calder was opened on May 4, 1932.",
        "b": "The tunnel at Redmire carried 4,000 wagons a day in 1932.",
        "c": "The tunnel at Redmire carried 6,500 wagons a day in 1932.",
    }
    paths = write(tmp_path, texts)
    everything = claimcheck.check(*paths)
    assert any(f.kind == "discrepancy" for f in everything.findings)
    config = Config(base=paths[0])
    against_base = claimcheck.check(*paths, config=config)
    assert not any(f.kind == "discrepancy" for f in against_base.findings)


def test_max_findings_keeps_the_most_important_and_says_how_many_were_left(tmp_path):
    from click.testing import CliRunner

    from claimcheck.cli import cli

    paths = write(tmp_path, FLOOD)
    result = CliRunner().invoke(cli, ["compare", *paths, "-f", "json", "--max-findings", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    # the one finding kept is the fact's own, which a corpus report tells in the fact
    assert data["findings"] == [] and len(data["facts"]) == 1
    assert data["facts"][0]["verdict"] == "disagree"
    assert data["omitted"] >= 1
    full = json.loads(CliRunner().invoke(
        cli, ["compare", *paths, "-f", "json", "--max-findings", "1", "--full"]).output)
    assert len(full["findings"]) == 1 and full["findings"][0]["kind"] == "discrepancy"
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(data, SCHEMA)
    text = CliRunner().invoke(cli, ["compare", *paths, "--max-findings", "1"]).output
    assert "not shown (--max-findings)" in text.splitlines()[0]


def test_a_change_over_time_is_two_facts_not_one(tmp_path):
    texts = {
        "a": "In 1950 the Harrow Mill employed 1,200 workers. In 1960 the Harrow Mill "
             "employed 2,900 workers.",
        "b": "The Harrow Mill employed 1,200 workers in 1950.",
        "c": "By 1960 the Harrow Mill employed 2,900 workers.",
    }
    report = claimcheck.check(*write(tmp_path, texts))
    figures = [f for f in report.facts if f.kind == "figure"]
    for fact in figures:
        values = {report.claim(v.claim).text for v in fact.values}
        assert not {"1,200", "2,900"} <= values, fact
    assert sorted(f.verdict for f in figures) == ["agree", "agree"]


@pytest.mark.parametrize("first,second", [
    ("Gronar Cathedral took 15 years to build and was consecrated in 1884.",
     "Kaindbith Cathedral took 45 years to build and was consecrated in 1832."),
    ("Stiethzanvik, a market town, lies some 42 kilometres to the north.",
     "Prealpor, a market town, lies some 86 kilometres to the north."),
    ("The Ostrava Gazette sold 3,230 copies a day.",
     "The Brindle Gazette sold 41,000 copies a day."),
])
def test_figures_of_differently_named_things_never_meet(tmp_path, first, second):
    report = claimcheck.check(*write(tmp_path, {"a": first, "b": second}))
    assert not [f for f in report.findings
                if f.kind in ("discrepancy", "agreement", "not_comparable")]
    assert not report.facts


def test_a_total_over_a_period_and_a_count_at_one_time_are_not_comparable(tmp_path):
    texts = {
        "a": "By 1952 the strength of the Norland Army was brought to 400,000 men.",
        "b": "Over the whole war some 1.2 million soldiers of the Norland Army served.",
    }
    report = claimcheck.check(*write(tmp_path, texts))
    kinds = {f.kind for f in report.findings if f.kind != "unmatched"}
    assert "discrepancy" not in kinds
    told = [f for f in report.findings if f.kind == "not_comparable"]
    assert told and "cannot be compared" in told[0].summary
    assert "lies below" not in told[0].summary and "total over a period" in told[0].summary


def test_the_dates_figures_hold_for_are_no_facts_of_their_own(tmp_path):
    texts = {
        "a": "In 1931 the Orley Dockyard employed 4,100 men.",
        "b": "The Orley Dockyard employed 4,100 men in 1931.",
        "c": "In 1931, the Orley Dockyard employed some 4,100 men.",
    }
    report = claimcheck.check(*write(tmp_path, texts))
    assert [f.kind for f in report.facts] == ["figure"]
    fact = report.facts[0]
    assert fact.verdict == "agree" and len(fact.documents) == 3
    assert fact.period == "1931"


def test_dates_of_two_things_of_one_kind_keep_apart(tmp_path):
    texts = {"a": "Arinford Cathedral was consecrated in 1742 after thirty years of work.",
             "b": "Ulcester Cathedral was consecrated in 1741 after forty years of work."}
    report = claimcheck.check(*write(tmp_path, texts))
    assert not [f for f in report.findings if f.kind in ("discrepancy", "agreement")]


def test_an_event_told_through_different_actors_still_agrees(tmp_path):
    texts = {"a": "The Imperial Navy attacked the harbour at dawn on Sunday, March 4, 1923.",
             "b": "The war reached Velmar on Sunday morning, March 4, 1923, with an attack "
                  "on the harbour."}
    report = claimcheck.check(*write(tmp_path, texts))
    assert [f.kind for f in report.findings if f.kind in ("discrepancy", "agreement")] == [
        "agreement"]


def test_a_town_and_a_festival_of_the_same_number_never_agree(tmp_path):
    texts = {"a": "Grurkton, a town of 824 inhabitants, lies some 15 kilometres north.",
             "b": "The Maindon festival drew 824 people in November of 1857."}
    report = claimcheck.check(*write(tmp_path, texts))
    assert not [f for f in report.findings if f.kind in ("discrepancy", "agreement")]


@pytest.mark.parametrize("source", ["the general staff", "a captured staff report",
                                    "the prices commission"])
def test_who_reports_a_figure_says_nothing_of_what_it_measures(tmp_path, source):
    texts = {"a": f"According to {source}, the Norland Army had 40,000 soldiers in the "
                  "field in May 1916.",
             "b": "The Norland Army numbered 40,000 men in May 1916."}
    report = claimcheck.check(*write(tmp_path, texts))
    a = next(c for c in report.claims if c.text == "40,000" and c.doc == "a")
    assert a.frame is not None and a.frame.measure in (None, "strength")
    assert [f.kind for f in report.findings if f.kind in ("agreement", "discrepancy")] == [
        "agreement"]


@pytest.mark.parametrize("sentence,text,measure", [
    ("The battle of Stoltel in 1943 cost the Norland Army 26,000 men.", "26,000",
     "casualties"),
    ("The flood cost the valley 3,400 homes.", "3,400", None),
    ("The company cut its price to $40 in 2019.", "$40", "price"),
    ("The new budget of €3 million was approved.", "€3 million", "budget"),
])
def test_a_money_measure_never_names_a_count(sentence, text, measure):
    claim = next(c for c in claimcheck.claims(sentence) if c.text == text)
    assert claim.frame is not None
    assert claim.frame.measure == measure or (
        measure is None and claim.frame.measure not in ("price", "budget", "debt"))


def test_a_day_that_dates_unpaired_figures_is_still_a_fact_in_a_corpus() -> None:
    """In a corpus the dates figures hold for make no facts of their own, since the
    figures' facts carry them; but when those figures meet nothing, the day is the
    reader's only word on it: three sources that give one day still agree."""
    docs = [
        claimcheck.Document("a", "On January 15, 2009, the airliner ditched in the river "
                                 "with 155 people aboard."),
        claimcheck.Document("b", "On January 15, 2009, the Airbus struck a flock of geese "
                                 "and lost both engines at 2,818 feet."),
        claimcheck.Document("c", "On January 15, 2009, the flight carried 150 passengers "
                                 "and 5 crew."),
    ]
    report = claimcheck.check(*docs)
    days = [f for f in report.facts if f.kind == "date"
            and {report.claim(v.claim).text for v in f.values} == {"January 15, 2009"}]
    assert len(days) == 1 and days[0].verdict == "agree"
    assert {v.doc for v in days[0].values} == {"a", "b", "c"}


def test_in_an_archive_one_day_alone_is_no_fact() -> None:
    """Among many sources, two unrelated sentences that share a day and nothing else (a
    plaque unveiled, a railway opened) make no fact; the same day in two accounts of one
    event (the same words about it) still does."""
    filler = [claimcheck.Document(f"f{k}", f"The Velna museum recorded {1200 + k * 37} "
                                           f"visitors in {1900 + k}.") for k in range(8)]
    docs = [
        claimcheck.Document("a", "A plaque unveiled in Orsk on 25 December 1890 lists 640 names."),
        claimcheck.Document("b", "The Tarsa railway opened on 25 December 1890 with 217 "
                                 "kilometres of track."),
        claimcheck.Document("c", "The Tarsa railway opened on 25 December 1890, the "
                                 "newspaper said."),
        *filler,
    ]
    report = claimcheck.check(*docs)
    days = [{v.doc for v in f.values} for f in report.facts if f.kind == "date"
            and {report.claim(v.claim).text for v in f.values} == {"25 December 1890"}]
    assert days == [{"b", "c"}]


def test_the_nearest_values_of_an_oversized_block_are_those_a_plain_sort_gives():
    """The packed sort of a block (values and members in two arrays) picks the members
    a list of (value, document, claim) tuples picks, ties and repeated values included."""
    import bisect
    import random

    from claimcheck.align import blocking

    def plain(key, blocks, profiles, p, a, budget):
        ranked = sorted((blocking._value(profiles[m >> blocking.SHIFT][m & blocking.MASK]),
                         m >> blocking.SHIFT, m & blocking.MASK) for m in blocks[key])
        mid = bisect.bisect_left(ranked, (blocking._value(p), a, -1))
        lo, hi, taken, steps = mid - 1, mid, [], 0
        while len(taken) < budget and (lo >= 0 or hi < len(ranked)) and steps < 8 * budget:
            steps += 1
            below = abs(ranked[lo][0] - blocking._value(p)) if lo >= 0 else float("inf")
            above = (abs(ranked[hi][0] - blocking._value(p)) if hi < len(ranked)
                     else float("inf"))
            if below <= above:
                _, b, j = ranked[lo]
                lo -= 1
            else:
                _, b, j = ranked[hi]
                hi += 1
            if b > a:
                taken.append((b, j))
        return taken

    rng = random.Random(7)
    for _ in range(30):
        docs = [[_P({"k"}, float(rng.choice([1, 2, 2, 3, 5, 8, 13])))
                 for _ in range(rng.randint(0, 4))] for _ in range(40)]
        blocks = {"k": blocking.array("q", [(a << blocking.SHIFT) | i
                                            for a, found in enumerate(docs)
                                            for i in range(len(found))])}
        by_value: dict = {}
        for a, found in enumerate(docs):
            for p in found:
                assert blocking._nearest("k", blocks, by_value, docs, p, a, 5) == \
                    plain("k", blocks, docs, p, a, 5)


def test_a_dissent_is_told_against_what_a_source_plainly_says() -> None:
    """A consensus of "July 25, 2014" and "five days later" (counted from July 20) against
    "23 July 2014": the verdict is the stated date's, not the counted one's."""
    report = claimcheck.check(
        claimcheck.Document("a", "The index patient was admitted on 20 July 2014 in Lagos and "
                                 "died five days later."),
        claimcheck.Document("b", "The index patient died on July 25, 2014, in Lagos."),
        claimcheck.Document("c", "The index patient died on 23 July 2014 in Lagos."))
    (fact,) = [f for f in report.facts if len({v.doc for v in f.values}) == 3]
    texts = {report.claim(c).text for p in fact.pairs for c in p.claims}
    assert "July 25, 2014" in texts and "five days later" not in texts


def _count(claim_id: str, value: float) -> claimcheck.Claim:
    from claimcheck.model import Claim, Quantity
    text = f"{value:,.0f}"
    return Claim(claim_id, claim_id.split(":")[0], "quantity", 0, len(text), text,
                 value=Quantity(0, len(text), text, value, value, dimension="count"))


def test_a_fact_with_no_consensus_keeps_the_verdict_of_each_pair_alignment_made():
    """Three values and no consensus: the two sources alignment set against each other
    keep their discrepancy, though a third value, comparable with neither, sorts between
    them (a total whose part is a figure of its own, a count of another date)."""
    from claimcheck.align.facts import fact_of_group
    from claimcheck.model import Finding
    low, mid, high = _count("b:1", 260), _count("c:1", 266), _count("a:1", 268)
    paired = {frozenset(("a:1", "b:1"))}

    def compare(x, y):
        if frozenset((x.id, y.id)) in paired:
            return Finding("discrepancy", f"{x.text} against {y.text}", (x.id, y.id))
        return None  # the middle value is comparable with neither

    fact = fact_of_group("", [low, mid, high], compare, aligned=[("a:1", "b:1")])
    assert fact.verdict == "disagree"
    assert [set(p.claims) for p in fact.pairs] == [{"a:1", "b:1"}]
    # in a fact of so few values every two are compared: the two that differ are told
    # even where alignment paired none, and the middle value still meets neither
    assert [set(p.claims) for p in fact_of_group("", [low, mid, high], compare).pairs] \
        == [{"a:1", "b:1"}]


def test_two_outliers_alignment_set_against_each_other_keep_that_verdict() -> None:
    """A consensus of two sources, and two outliers that alignment paired with each
    other: their difference is told too, not only each one's against the consensus."""
    from claimcheck.align.facts import fact_of_group
    from claimcheck.model import Finding
    a, d = _count("a:1", 100), _count("d:1", 100)
    b, c = _count("b:1", 130), _count("c:1", 150)
    paired = {frozenset(("b:1", "c:1"))}

    def compare(x, y):
        if x.value.low == y.value.low:
            return Finding("agreement", "same", (x.id, y.id))
        if frozenset((x.id, y.id)) in paired or "a:1" in (x.id, y.id) \
                or "d:1" in (x.id, y.id):
            return Finding("discrepancy", f"{x.text} against {y.text}", (x.id, y.id))
        return None

    fact = fact_of_group("", [a, d, b, c], compare, aligned=[("b:1", "c:1")])
    assert {frozenset(p.claims) for p in fact.pairs if p.kind == "discrepancy"} >= {
        frozenset(("b:1", "c:1"))}


def test_a_vague_count_does_not_make_two_figures_it_agrees_with_agree() -> None:
    """"Tens of thousands" agrees with "over 29,000" and with "50,000-260,000", which do
    not agree with each other (one lies far beyond the other's bound): it heads no
    cluster, so the two stay apart in the fact."""
    report = claimcheck.check(
        claimcheck.Document("a", "The drought killed tens of thousands of people in 2011."),
        claimcheck.Document("b", "In 2011 the drought killed 50,000-260,000 people."),
        claimcheck.Document("c", "In 2011 the drought killed over 29,000 people."))
    texts = {c.id: c.text for c in report.claims}
    for fact in report.facts:
        groups: dict[int, set[str]] = {}
        for v in fact.values:
            groups.setdefault(v.group, set()).add(texts[v.claim])
        for members in groups.values():
            assert not {"50,000-260,000", "29,000"} <= members


def _archive(*texts: str) -> list[claimcheck.Document]:
    """Documents among enough others (``figures.MANY_SOURCES``) to be an archive: the
    others, each about its own invented town, share nothing with them."""
    filler = [claimcheck.Document(f"z{k}", f"The museum at Corvel{'abcdefghij'[k]} "
                                           f"recorded {1200 + k * 37} visitors in {1900 + k}.")
              for k in range(9)]
    return [claimcheck.Document(f"d{k}", t) for k, t in enumerate(texts)] + filler


def _fact_texts(report) -> list[set[str]]:
    return [{report.claim(v.claim).text for v in f.values} for f in report.facts]


def test_in_an_archive_one_sentence_shape_about_two_named_things_is_two_facts() -> None:
    """Among many sources one sentence shape recurs for many things; two truces of two
    wars, told in the same words but for the names, are two facts, not one whose
    sources disagree on the day."""
    report = claimcheck.check(*_archive(
        "The truce ending the war with Morvania was signed on 4 March 1921.",
        "The truce ending the war with Morvania was signed on 4 March 1921.",
        "The truce ending the war with Telluria was signed on 19 March 1921.",
        "The truce ending the war with Telluria was signed on 19 March 1921.",
    ))
    facts = [t for t in _fact_texts(report) if t & {"4 March 1921", "19 March 1921"}]
    assert facts == [{"4 March 1921"}, {"19 March 1921"}] or \
        facts == [{"19 March 1921"}, {"4 March 1921"}]
    # one day for both truces: still two facts, not one that four sources agree on
    report = claimcheck.check(*_archive(
        "The truce ending the war with Morvania was signed on 4 March 1921.",
        "The truce ending the war with Morvania was signed on 4 March 1921.",
        "The truce ending the war with Telluria was signed on 4 March 1921.",
        "The truce ending the war with Telluria was signed on 4 March 1921.",
    ))
    told = [sorted(f.documents) for f in report.facts
            if {report.claim(v.claim).text for v in f.values} == {"4 March 1921"}]
    assert sorted(told) == [["d0", "d1"], ["d2", "d3"]]


def test_in_an_archive_one_subject_alone_makes_no_discrepancy() -> None:
    """Among many sources a subject has many figures: a toll whose measure is not read
    ("claimed 1,800 people") is no dissent from the number left homeless by the same
    storm, though both name it."""
    report = claimcheck.check(*_archive(
        "The Ardel storm claimed 1,800 people, officials said.",
        "The Ardel storm claimed 1,800 people, the ministry said.",
        "The Ardel storm left 64,000 people homeless, officials said.",
        "The Ardel storm left 64,000 people homeless, the ministry said.",
    ))
    assert not [t for t in _fact_texts(report) if {"1,800", "64,000"} <= t]
    assert not [f for f in report.findings if f.kind == "discrepancy"]


def test_a_value_each_source_states_twice_is_one_fact(tmp_path):
    """A title and a heading that repeat a topic's year in every source: matching is one
    to one, so each statement meets one of the other source's; the two pairs are still
    one fact, not two parallel ones."""
    def text(other: str) -> str:
        return (f"Notes on the 1911 strike at Brenna harbour; {other}\n\n"
                "The 1911 strike at Brenna harbour\n\n"
                "Dockers stopped work and the port fell silent for weeks.\n")
    report = claimcheck.check(*write(tmp_path, {
        "a": text("the Vell flood"), "b": text("the Orrin mine"), "c": text("the Pask fire")}))
    years = [f for f in report.facts if "1911" in {report.claim(v.claim).text
                                                   for v in f.values}]
    assert len(years) == 1
    assert len(years[0].values) == 6 and years[0].verdict == "agree"


def test_one_value_for_two_years_is_no_agreement(tmp_path):
    """The same revenue reported for two years is two facts that happen to be equal:
    not comparable, never an agreement, and no fact of the two."""
    report = claimcheck.check(*write(tmp_path, {
        "a": "Revenue at Kestrel Foods came to $1.2 billion in 2005.",
        "b": "In 2006, Kestrel Foods had revenue of $1.2 billion.",
    }))
    assert not [f for f in report.findings if f.kind == "agreement"]
    assert [f.kind for f in report.findings if "$1.2 billion" in f.summary] == \
        ["not_comparable"]
    assert not report.facts


def test_in_an_archive_a_party_is_not_the_party_its_name_ends_with() -> None:
    """"The Social Democratic Party" adds a word before "the Democratic Party": two
    parties of one election, whose shares are two facts, not one in dispute."""
    report = claimcheck.check(*_archive(
        "The Social Democratic Party took 29.4% of the vote in Orvania in 1974.",
        "In 1974 the Social Democratic Party won 29.4% of the vote in Orvania.",
        "The Democratic Party took 15.6% of the vote in Orvania in 1974.",
        "In 1974 the Democratic Party won 15.6% of the vote in Orvania.",
    ))
    assert not [t for t in _fact_texts(report) if {"29.4%", "15.6%"} <= t]
    assert not [f for f in report.findings if f.kind == "discrepancy"]


def test_in_an_archive_two_years_of_one_subject_are_never_paired() -> None:
    """Among many sources a figure for 1950 and one for 1951 are two facts: no pair of
    them is made (it would take, one to one, the place of the figure of its own year)."""
    report = claimcheck.check(*_archive(
        "The Harrow Mill employed 1,200 workers in 1950.",
        "In 1950 the Harrow Mill employed 1,200 workers.",
        "The Harrow Mill employed 2,900 workers in 1951.",
        "In 1951 the Harrow Mill employed 2,900 workers.",
    ))
    told = [f for f in report.findings if f.kind != "unmatched"
            and {"1,200", "2,900"} <= {report.claim(c).text for c in f.claims}]
    assert not told


def test_in_a_corpus_a_name_meets_the_same_name_as_a_place() -> None:
    """"Alilmaland province had counted 2,700 cases" (whose the figure is) and "2,700
    cases ... in Alilmaland province" (where it holds) share a blocking key naming
    Alilmaland: across a corpus the measure's own block is too large for the two to be
    among each other's few nearest values."""
    from claimcheck.align.blocking import default_keys
    from claimcheck.align.profiles import figure_profile
    from claimcheck.text.names import Aliases

    keys = []
    for text in ("By May 1903, Alilmaland province had counted 2,700 cases of cholera.",
                 "Officials had recorded 2,700 cases of cholera in Alilmaland province by "
                 "May 1903."):
        doc = claimcheck.Document("d", text)
        claim = next(c for c in claimcheck.claims(doc) if c.text.startswith("2,700"))
        profile = figure_profile(claim, doc, Aliases())
        keys.append({k for k in default_keys(profile, {}, corpus=True) if "alilmaland" in k})
    assert keys[0] & keys[1]


def test_two_years_each_sentence_states_are_no_discrepancy(tmp_path):
    """"Ostrel Foods in 2006 and 2007" in two titles that list their topics in another
    order: each sentence states both years, so 2006 against 2007 is a pairing gone
    wrong, never a disagreement about a date."""
    report = claimcheck.check(*write(tmp_path, {
        "a": "Notes on the Tessin-Varo war; Ostrel Foods in 2006 and 2007\n\nText.\n",
        "b": "Notes on Ostrel Foods in 2006 and 2007; the Tessin-Varo war\n\nText.\n",
        "c": "A digest: Ostrel Foods in 2006 and 2007; the Pask fire\n\nText.\n",
    }))
    assert not [f for f in report.findings if f.kind == "discrepancy"]
    assert not [t for t in _fact_texts(report) if {"2006", "2007"} <= t]


def test_the_second_of_two_listed_years_keeps_the_words_before_the_list(tmp_path):
    """"Ostrel Foods in 2006 and 2007": the words before the list speak of both years, so
    the second meets the same year in the other sources as the first does."""
    report = claimcheck.check(*write(tmp_path, {
        "a": "Notes on the Tessin-Varo war; Ostrel Foods in 2006 and 2007\n\nText.\n",
        "b": "Notes on Ostrel Foods in 2006 and 2007; the Tessin-Varo war\n\nText.\n",
        "c": "A digest: Ostrel Foods in 2006 and 2007; the Pask fire\n\nText.\n",
    }))
    later = [f for f in report.facts
             if {report.claim(v.claim).text for v in f.values} == {"2007"}]
    assert len(later) == 1 and set(later[0].documents) == {"a", "b", "c"}
    assert later[0].verdict == "agree"


def test_in_an_archive_clauses_that_each_name_another_thing_make_no_discrepancy() -> None:
    """Two tolls of homes that share the reporter's name but each name their own storm
    are two facts among many sources, not one on which the reporter disagrees with
    itself."""
    report = claimcheck.check(*_archive(
        "The Red Cross counted 680 homes destroyed by the Ardel flood.",
        "The Red Cross counted 680 homes destroyed by the Ardel flood, officials said.",
        "The Red Cross counted 21,000 homes destroyed by the Varo storm.",
        "The Red Cross counted 21,000 homes destroyed by the Varo storm, officials said.",
    ))
    assert not [t for t in _fact_texts(report) if {"680", "21,000"} <= t]
    assert not [f for f in report.findings if f.kind == "discrepancy"]


def test_a_fact_of_three_sources_keeps_what_alignment_found(tmp_path):
    """Two sources weigh the hoard's silver at 1.4 kg, a first report at 2.5 kg: the
    evidence that the weights are one (the stuff weighed) is alignment's, and the fact
    keeps its verdict rather than a second look that lacks it."""
    report = claimcheck.check(*write(tmp_path, {
        "a": "The Tarrow hoard holds roughly 5kgs of gold and 2.5kgs of silver.",
        "b": "It amounts to 5.1 kg (11 lb) of gold and 1.4 kg (3 lb) of silver.",
        "c": "The hoard holds 5.1 kg (11 lb) of gold and 1.4 kg (3 lb) of silver.",
    }))
    silver = [f for f in report.facts
              if "2.5kgs" in {report.claim(v.claim).text for v in f.values}]
    assert [f.verdict for f in silver] == ["disagree"]


def test_a_bound_that_fits_two_values_does_not_join_them(tmp_path):
    """"over 8,000 people" agrees with "8,098" and with "8,427", which alignment found to
    differ: the fact says they differ, never that three sources agree."""
    report = claimcheck.check(*write(tmp_path, {
        "a": "During 2003, a total of 8,427 probable cases of Marsh fever were reported.",
        "b": "During 2003, a total of 8,098 probable cases of Marsh fever were reported.",
        "c": "The 2003 outbreak of Marsh fever infected over 8,000 people.",
    }))
    cases = [f for f in report.facts
             if {"8,427", "8,098"} <= {report.claim(v.claim).text for v in f.values}]
    assert cases and all(f.verdict == "disagree" for f in cases)


def test_a_fact_of_three_different_values_sets_every_two_against_each_other():
    """Three sources, three tolls, no two alike, and alignment paired only neighbours in
    value (6,434 with 5,502, 5,502 with 5,480): the highest and the lowest differ too, and
    the fact says so. A fact of many values compares neighbours only (its pairs grow
    with its values)."""
    from claimcheck.align.facts import FEW_CLUSTERS, fact_of_group
    from claimcheck.model import Finding

    def compare(x, y):
        return Finding("discrepancy", f"{x.text} against {y.text}", (x.id, y.id))

    low, mid, high = _count("c:1", 5480), _count("b:1", 5502), _count("a:1", 6434)
    fact = fact_of_group("", [low, mid, high], compare,
                         aligned=[("a:1", "b:1"), ("b:1", "c:1")])
    assert {frozenset(p.claims) for p in fact.pairs} == {
        frozenset(("a:1", "b:1")), frozenset(("b:1", "c:1")), frozenset(("a:1", "c:1"))}
    many = [_count(f"{d}:1", 1000 + 100 * n) for n, d in enumerate("abcdefgh")]
    assert len(many) > FEW_CLUSTERS
    assert len(fact_of_group("", many, compare).pairs) == len(many) - 1


def test_a_part_of_a_total_and_the_same_count_told_alone_stand_together() -> None:
    # "(3,206 passengers; 1,046 crew)" inside a total, and "1,046 crew" told alone, name
    # what they count alike: one value of two sources against a third, not three values
    from claimcheck import Document, check
    report = check(
        Document("a", "Ferry Norrland\nDate 3 March 2015\nOn board | 4,229 Passengers: 3,229 "
                      "Crew members: 1,000\nDeaths 11\n"),
        Document("b", "The Norrland ferry struck a rock on 3 March 2015 with 4,252 people on "
                      "board (3,206 passengers; 1,046 crew), and 32 died."),
        Document("c", "Ferry Norrland\nDate 3 March 2015\nParticipants 4,252 (3,206 "
                      "passengers; 1,046 crew)\nDeaths 32\n"))
    (fact,) = [f for f in report.facts
               if {report.claim(v.claim).text for v in f.values} == {"1,000", "1,046"}]
    groups = {report.claim(v.claim).doc: v.group for v in fact.values}
    assert groups["b"] == groups["c"] != groups["a"]


def test_values_that_one_source_states_both_of_do_not_stand_against_each_other(tmp_path):
    """A source that states both values ("96 (94 on 15 April)") tells two things, and a
    source stating only one of them does not contradict the other: no disagreement."""
    report = claimcheck.check(*write(tmp_path, {
        "infobox": "Stadium crush\nDeaths | 96 (94 on 15 April) |\nInjuries | 766 |\n\n"
                   "The crush killed 96 people.",
        "article": "The crush killed 96 people, 94 of them on the day.",
        "digest": "Ninety-four people died on the day of the crush.",
    }))
    assert not [f for f in report.facts if f.verdict == "disagree"]
    assert not [f for f in report.findings if f.kind == "discrepancy"]


def test_a_bound_heads_no_cluster_of_values_that_differ(tmp_path):
    """"More than 4,000" agrees with "4,386" and with "4,375", which differ: the bound
    must not gather them into one cluster of agreeing values."""
    report = claimcheck.check(*write(tmp_path, {
        "almanac": "More than 4,000 people died when the ferry sank.",
        "history": "An estimated 4,386 people died when the ferry sank.",
        "inquiry": "The total of those who died when the ferry sank becomes 4,386. Those "
                   "on board alone give 4,375 people who died when the ferry sank.",
    }))
    for fact in report.facts:
        group = {report.claim(v.claim).text: v.group for v in fact.values}
        if "4,375" in group and "4,386" in group:
            assert group["4,375"] != group["4,386"]


def test_a_dissent_is_told_between_sources_that_do_not_state_both(tmp_path):
    """A source that states both values ("96 died; 94 of them on 15 April" read as two
    values of one fact) is set against nobody: the fact's verdict names the sources that
    state one value only."""
    report = claimcheck.check(*write(tmp_path, {
        "almanac": "The crush at the stadium killed 94 people. The crush at the stadium "
                   "killed 96 people in all.",
        "bulletin": "The crush at the stadium killed 94 people.",
        "gazette": "The crush at the stadium killed 96 people.",
        "herald": "The crush at the stadium killed 96 people.",
    }))
    for fact in report.facts:
        for pair in fact.pairs:
            if pair.kind in ("discrepancy", "inconsistency"):
                assert "almanac" not in {report.claim(c).doc for c in pair.claims}


def test_a_figure_explained_by_a_slip_takes_no_second_partner() -> None:
    """"1,835" against "1,836" is one toll told with a slip; the whole toll "2,551" beside
    the 1,836 is about something else, and never joins their fact."""
    a = ("Fatalities | 2,551 |\nThe earthquake of 1998 struck the coast. The coastal province "
         "was worst affected, recording 1,836 deaths and widespread damage.")
    b = ("The earthquake of 1998 caused 2,551 deaths. The coastal province, which relies on "
         "sea walls, was worst affected, recording 1,836 deaths and widespread property damage.")
    c = "Officially, 1,835 people were killed in the coastal province in the earthquake of 1998."
    report = claimcheck.check(claimcheck.Document("a", a), claimcheck.Document("b", b),
                              claimcheck.Document("c", c))
    texts = {x.id: x.text for x in report.claims}
    pairs = {(texts[p.claims[0]], texts[p.claims[1]]): p.kind
             for fact in report.facts for p in fact.pairs}
    assert pairs.get(("1,836", "1,835")) == "discrepancy"
    assert ("2,551", "1,835") not in pairs


def test_one_sources_value_told_twice_is_one_cluster_of_its_fact() -> None:
    """"Deaths: 78" and "the final number of deaths had reached 78" in one source are one
    value: the fact never reads "78 (b, c) against 78 (b)"."""
    a = ("The ferry sank off the cape on Friday. Of the 222 people aboard, about 140 were "
         "injured and 79 died.")
    b = ("Ferry disaster\n- Cause: storm\n- Passengers: 218\n- Deaths: 78\n- Injuries: 143\n\n"
         "The ferry sank off the cape on Friday. Of the 178 people injured, the final number "
         "of deaths had reached 78.")
    c = ("77 die as ferry sinks off the cape\n\nAt least 77 people died when the ferry sank "
         "off the cape on Friday.")
    report = claimcheck.check(claimcheck.Document("a", a), claimcheck.Document("b", b),
                              claimcheck.Document("c", c))
    (fact,) = [f for f in report.facts if "79" in f.summary]
    groups = {v.group for v in fact.values if report.claim(v.claim).text == "78"}
    assert len(groups) == 1
    assert "against 78" not in fact.summary


def test_among_a_few_sources_two_days_of_one_event_stay_a_discrepancy() -> None:
    # the day the toll holds for differs: more than a label on the toll's fact
    texts = ("The avalanche occurred on May 30 1970, when an earthquake shook the valley, "
             "leaving up to 30,000 people dead.",
             "The avalanche occurred on May 31, 1970, when an earthquake shook the valley, "
             "leaving up to 30,000 people dead.",
             "Up to 30,000 people died in the avalanche, which buried the town.")
    report = claimcheck.check(*(claimcheck.Document(n, t)
                                for n, t in zip("abc", texts, strict=True)))
    texts_of = {c.id: c.text for c in report.claims}
    days = [f for f in report.facts if any(texts_of[v.claim] == "May 30 1970" for v in f.values)]
    assert len(days) == 1
    assert [(p.kind, sorted(texts_of[c] for c in p.claims)) for p in days[0].pairs] == [
        ("discrepancy", ["May 30 1970", "May 31, 1970"])]


def test_among_a_few_sources_the_day_figures_hold_for_is_a_fact_too(tmp_path):
    # a year stays a label of its figures' fact (above); a day two accounts give is the
    # event's, worth its own row
    texts = {
        "a": "On 14 March 1931 the Orley Dockyard fire killed 41 men.",
        "b": "The Orley Dockyard fire of 14 March 1931 killed 41 men.",
        "c": "Some 41 men died in the Orley Dockyard fire.",
    }
    report = claimcheck.check(*write(tmp_path, texts))
    kinds = sorted(f.kind for f in report.facts)
    assert kinds == ["date", "figure"], kinds
    assert all(f.verdict == "agree" for f in report.facts)


def test_a_value_that_fits_two_rival_values_stands_with_neither(tmp_path):
    """"at least 14" fits both "fourteen" and "15", which differ: in the fact it is a
    group of its own that agrees with both, never a member of one set against the other
    (a reader would take "at least 14" for a source against 15)."""
    report = claimcheck.check(*write(tmp_path, {
        "a": "The blast at the fertilizer plant in Westfield on April 17, 2013 led to at "
             "least 14 fatalities.",
        "b": "The blast at the fertilizer plant in Westfield on April 17, 2013 killed 15 "
             "people.",
        "c": "The blast at the fertilizer plant in Westfield on April 17, 2013 killed "
             "fourteen people.",
    }))
    (fact,) = [f for f in report.facts
               if {"14", "15", "fourteen"} <= {report.claim(v.claim).text for v in f.values}]
    group = {report.claim(v.claim).text: v.group for v in fact.values}
    assert len({group["14"], group["15"], group["fourteen"]}) == 3
    verdicts = {frozenset(report.claim(c).text for c in p.claims): p.kind for p in fact.pairs}
    assert verdicts.get(frozenset({"15", "fourteen"})) == "discrepancy"
    assert verdicts.get(frozenset({"14", "15"})) == "agreement"
    assert verdicts.get(frozenset({"14", "fourteen"})) == "agreement"


def test_a_time_to_the_minute_stands_with_neither_of_two_seconds_apart(tmp_path):
    report = claimcheck.check(*write(tmp_path, {
        "a": "The rocket lifted off from Vandenberg Air Force Base on February 24, 2009 at "
             "1:55:31 a.m. PST.",
        "b": "The rocket lifted off from Vandenberg Air Force Base on February 24, 2009 at "
             "1:55:30 a.m. PST.",
        "c": "The rocket lifted off from Vandenberg Air Force Base on February 24, 2009 at "
             "1:55 a.m. PST.",
    }))
    (fact,) = [f for f in report.facts if "1:55 a.m. PST" in
               {report.claim(v.claim).text for v in f.values}]
    group = {report.claim(v.claim).text: v.group for v in fact.values}
    assert len(set(group.values())) == 3
    assert "outlier" not in {v.stance for v in fact.values if v.doc == "c"}


def test_one_value_that_fits_two_rival_values_is_one_group_told_once(tmp_path):
    """"at least 14" of three sources fits "fourteen" and "15" alike: taken out of the
    cluster it joined, it is one group of three sources, not one per source, and each
    agreement that set it apart is told once among the fact's pairs."""
    base = "The blast at the fertilizer plant in Westfield on April 17, 2013 "
    report = claimcheck.check(*write(tmp_path, {
        "a": base + "killed fourteen people.", "b": base + "led to at least 14 fatalities.",
        "c": base + "killed at least 14 people.", "d": base + "left at least 14 people dead.",
        "e": base + "killed 15 people.", "f": base + "killed fifteen people.",
    }))
    (fact,) = [f for f in report.facts
               if "fourteen" in {report.claim(v.claim).text for v in f.values}]
    assert len({v.group for v in fact.values if report.claim(v.claim).text == "14"}) == 1
    told = [frozenset(p.claims) for p in fact.pairs]
    assert len(told) == len(set(told))
    assert fact.verdict == "disagree"


def test_thousands_of_one_loose_value_make_one_group_and_a_few_pairs() -> None:
    """A fact of 3,000 values, a third "14", a third "15" and a third "14 to 15" (which
    fits both): the last are one group, and the fact's pairs stay a handful (one per
    loose source grew the report with the fact)."""
    from claimcheck.align.facts import fact_of_group
    from claimcheck.model import Claim, Finding, Quantity

    def value(n: int, low: float, high: float) -> Claim:
        text = f"{low:g} to {high:g}"
        return Claim(f"d{n}:1", f"d{n}", "quantity", 0, len(text), text,
                     value=Quantity(0, len(text), text, low, high, dimension="count"))

    def compare(x, y):
        kind = "agreement" if x.value.low <= y.value.high and y.value.low <= x.value.high \
            else "discrepancy"
        return Finding(kind, f"{x.text} against {y.text}", (x.id, y.id))

    claims = [value(n, *((14, 14), (15, 15), (14, 15))[n % 3]) for n in range(3000)]
    fact = fact_of_group("", claims, compare)
    assert len({v.group for v in fact.values}) == 3
    assert len(fact.pairs) <= 6
    assert fact.verdict == "disagree"


@pytest.mark.parametrize(("bound", "low", "high"), [
    ("more than seven hundred", "1,021", "nearly twelve hundred"),
    ("over 40", "52", "about 75"),
])
def test_a_bound_far_short_of_a_value_is_never_set_against_it(tmp_path, bound, low, high):
    """A first-night "more than 700" dead fits "1,021" and is far short of "nearly 1,200":
    it contradicts neither, so the fact never counts its source against the larger."""
    report = claimcheck.check(*write(tmp_path, {
        "a": f"Reports said {bound} passengers perished when the steamer Orion burned.",
        "b": f"When the steamer Orion burned, {high} passengers perished.",
        "c": f"When the steamer Orion burned, {low} passengers perished.",
    }))
    (fact,) = [f for f in report.facts
               if {bound.split()[-1], high.split()[-1], low} <=
               {report.claim(v.claim).text.split()[-1] for v in f.values}]
    by_doc = {v.doc: v for v in fact.values}
    assert fact.verdict == "disagree"
    assert by_doc["a"].group != by_doc["c"].group
    verdicts = {frozenset(report.claim(c).doc for c in p.claims): p.kind for p in fact.pairs}
    assert verdicts.get(frozenset("bc")) == "discrepancy"
    assert verdicts.get(frozenset("ab")) != "discrepancy"
    assert by_doc["a"].stance != "outlier"


def test_a_value_kept_apart_by_its_frame_only_still_stands_against_it() -> None:
    """Not comparable for its frame only (a total over a period against a count at one
    time), not for its number, a value stays in the group it agrees with: "259" of two
    sources stands against "262" (only a bound far short of a value fits it)."""
    from claimcheck.align.facts import fact_of_group
    from claimcheck.model import Claim, Finding, Quantity

    def value(doc: str, n: float) -> Claim:
        text = f"{n:g}"
        return Claim(f"{doc}:1", doc, "quantity", 0, len(text), text,
                     value=Quantity(0, len(text), text, n, n, dimension="count"))

    def compare(x, y):
        if {x.doc, y.doc} == {"a", "c"}:
            return Finding("not_comparable", "a total against a count", (x.id, y.id),
                           detail={"relation": "different_scope"})
        kind = "agreement" if x.value.low == y.value.low else "discrepancy"
        return Finding(kind, f"{x.text} against {y.text}", (x.id, y.id))

    fact = fact_of_group("", [value("a", 262), value("b", 259), value("c", 259)], compare)
    groups = {v.doc: v.group for v in fact.values}
    assert groups["b"] == groups["c"] != groups["a"]
    assert fact.verdict == "disagree"


def test_a_partner_alignment_set_against_a_cluster_is_read_by_its_kind_alone():
    """Whether alignment found a value against a member of a cluster is read from the
    pair's kind (``kind_of``), which alignment keeps, not from its finding made again by
    a comparison: a corpus's facts asked that of every partner. The fact is the same."""
    from claimcheck.align.facts import fact_of_group
    from claimcheck.model import Finding
    a, b, c = _count("a:1", 100), _count("b:1", 100), _count("c:1", 101)
    compared: list[frozenset[str]] = []

    def compare(x, y):
        compared.append(frozenset((x.id, y.id)))
        kind = "discrepancy" if {x.id, y.id} == {"b:1", "c:1"} else "agreement"
        return Finding(kind, f"{x.text} against {y.text}", (x.id, y.id))

    def kind_of(x, y):
        found = compare(x, y)
        compared.pop()  # (the kind alignment kept: no comparison made again)
        return found.kind

    plain = fact_of_group("", [a, b, c], compare, aligned=[("b:1", "c:1")])
    before = list(compared)
    compared.clear()
    fact = fact_of_group("", [a, b, c], compare, aligned=[("b:1", "c:1")], kind_of=kind_of)
    assert fact == plain
    assert fact.verdict == "disagree"  # c stays out of the consensus b is in
    # the partner check (b against c) is the one comparison no longer made
    assert before.count(frozenset(("b:1", "c:1"))) == compared.count(
        frozenset(("b:1", "c:1"))) + 1
    assert len(compared) == len(before) - 1


def test_one_value_a_source_gives_twice_before_any_other_source_is_one_group():
    """"reported death(s) = 602" in an infobox and "The fire caused 602 deaths" below
    it, met before any other source's 602: one value, in the group all three sources
    agree in, never a second group of one "against" it that leaves the fact undecided."""
    docs = [
        claimcheck.Document("a", "Iroquois fire\n- Outcome: | reported death(s) = 602\n\n"
                                 "The fire broke out on December 30, 1903. The fire caused "
                                 "602 deaths."),
        claimcheck.Document("b", "Iroquois fire\nDeaths602\n\nThe fire broke out on December "
                                 "30, 1903. The fire caused 602 deaths."),
        claimcheck.Document("c", "More than 600 dead in the Iroquois fire of December 30, "
                                 "1903."),
    ]
    report = claimcheck.check(*docs)
    (fact,) = [f for f in report.findings if f.summary.startswith("3 sources")
               and "602" in f.summary]
    assert fact.kind == "agreement"


def test_one_value_a_source_gives_twice_that_no_other_source_gives_is_one_group():
    """"reported death(s) = 602" and "The fire caused 602 deaths" where the other sources
    say 575: one value of its source against theirs, not "602 (a) and 602 (a)"."""
    docs = [
        claimcheck.Document("a", "Iroquois fire\n- Outcome: | reported death(s) = 602\n\n"
                                 "The fire broke out on December 30, 1903. The fire caused "
                                 "602 deaths."),
        claimcheck.Document("b", "Iroquois fire\nDeaths575\n\nThe fire broke out on December "
                                 "30, 1903. The fire caused 575 deaths."),
        claimcheck.Document("c", "The Iroquois fire of December 30, 1903 caused 575 deaths."),
    ]
    report = claimcheck.check(*docs)
    (fact,) = [f for f in report.findings if f.summary.startswith("3 sources")
               and "602" in f.summary]
    assert fact.kind == "discrepancy"
    assert fact.summary.count("602 (a)") == 1
