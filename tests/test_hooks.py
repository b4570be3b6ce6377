"""One test per hook: a plugin implementing it changes what a user gets back.

Each test builds its own manager with only the plugins it needs (no installed plugins),
so it shows what a third-party plugin author can rely on. test_docs.py checks that every
hook in hookspecs.py has a test here named test_hook_<name>.
"""

from __future__ import annotations

import re

import pytest

import claimcheck
from claimcheck import Claim, Config, Document, Finding, Passage, Quantity, Segments, Sentence
from claimcheck.builtin.loader import plugin as loader
from claimcheck.builtin.render import plugin as formats
from claimcheck.manager import bind_hook, get_plugin_manager
from claimcheck.report.registry import render, renderers


class LineSegmenter:
    """Each non-blank line is one body passage holding one sentence."""

    @claimcheck.hookimpl
    def segment(self, document, config):
        passages, sentences = [], []
        for match in re.finditer(r"[^\n]*\S[^\n]*", document.text):
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            end = match.end() - (len(match.group()) - len(match.group().rstrip()))
            passages.append(Passage("body", start, end))
            sentences.append(Sentence(start, end, len(passages) - 1))
        return Segments(tuple(passages), tuple(sentences))


class NumberExtractor:
    """Every run of digits is a count of the word after it."""

    @claimcheck.hookimpl
    def extract_claims(self, document, segments, config):
        for match in re.finditer(r"(\d+) (\w+)", document.text):
            value = float(match.group(1))
            yield Claim(
                id="", doc=document.id, kind="quantity", start=match.start(1),
                end=match.end(1), text=match.group(1), subject=match.group(2),
                value=Quantity(match.start(1), match.end(1), match.group(1), value, value),
            )


class EqualCompare:
    @claimcheck.hookimpl
    def compare_claims(self, left, right, config):
        same = left.value.low == right.value.low
        return Finding(
            kind="agreement" if same else "discrepancy",
            summary=f"{left.text} vs {right.text}",
            claims=(left.id, right.id),
        )


def manager(*plugins, builtins=False):
    base = [] if builtins else [loader, formats, LineSegmenter()]
    return get_plugin_manager([*base, *plugins], builtins=builtins, entry_points=False)


def test_hook_load_document(tmp_path) -> None:
    class UpperLoader:
        @claimcheck.hookimpl
        def load_document(self, source, doc_id, config):
            if source.endswith(".shout"):
                with open(source, encoding="utf-8") as handle:
                    return Document(doc_id, handle.read().upper(), source)
            return None

    shout = tmp_path / "a.shout"
    shout.write_text("quiet words\n", encoding="utf-8")
    plain = tmp_path / "b.txt"
    plain.write_text("quiet words\n", encoding="utf-8")
    report = claimcheck.check(shout, plain, pm=manager(UpperLoader()))
    assert [d.text for d in report.documents] == ["QUIET WORDS\n", "quiet words\n"]
    assert [d.id for d in report.documents] == ["a", "b"]


def test_hook_source_suffixes(tmp_path) -> None:
    from claimcheck.core.load import expand_sources, source_suffixes

    class ShoutLoader:
        @claimcheck.hookimpl
        def source_suffixes(self):
            return (".SHOUT", "loud")  # case and a missing dot are forgiven

    for name in ("a.shout", "b.loud", "c.txt", "d.rst"):
        (tmp_path / name).write_text("words\n", encoding="utf-8")
    found = source_suffixes(manager(ShoutLoader()))
    assert found["claimcheck.builtin.loader.plugin"] == (".txt", ".md", ".markdown")
    shout = next(v for k, v in found.items() if "ShoutLoader" in k)
    assert shout == (".shout", ".loud")
    suffixes = [s for v in found.values() for s in v]
    assert [p.rsplit("/", 1)[-1] for p in expand_sources([str(tmp_path)], suffixes)] == \
        ["a.shout", "b.loud", "c.txt"]


def test_hook_segment() -> None:
    pm = manager()
    doc = claimcheck.load("first line\n\n  second line  \n", pm=pm)
    segs = claimcheck.segment(doc, pm=pm)
    assert [doc.text[p.start : p.end] for p in segs.passages] == ["first line", "second line"]


def test_hook_extract_claims() -> None:
    found = claimcheck.claims("We saw 12 ships and 3 planes.", pm=manager(NumberExtractor()))
    assert [(c.id, c.text, c.subject) for c in found] == [
        ("text1:1", "12", "ships"),
        ("text1:2", "3", "planes"),
    ]


def test_hook_claim_time() -> None:
    stamp = claimcheck.TimeRef(0, 4, "1950", None, None, "year", "1950")

    class FixedTime:
        @claimcheck.hookimpl
        def claim_time(self, claim, claims, document, config):
            return stamp

    found = claimcheck.claims("In 1950 there were 12 ships.", pm=manager(NumberExtractor(),
                                                                          FixedTime()))
    assert {c.when for c in found} == {stamp}


def test_hook_register_aliases() -> None:
    class Navy:
        @claimcheck.hookimpl
        def register_aliases(self, register):
            register("ship", ["vessels", "boats"])

    pm = manager(NumberExtractor(), EqualCompare(), Navy())
    report = claimcheck.check("We saw 12 ships.", "They counted 14 vessels.", pm=pm)
    assert [f.kind for f in report.findings] == ["discrepancy"]
    assert {c.subject_key for c in report.claims} == {"ship"}


def test_hook_register_opposites() -> None:
    class Law:
        @claimcheck.hookimpl
        def register_opposites(self, register):
            register("sustain", "overrule")
            register("bullish", "bearish", change=True)

    a = claimcheck.Document("a", "The judge sustained the objection.")
    b = claimcheck.Document("b", "The judge overruled the objection.")
    plain = claimcheck.get_plugin_manager(entry_points=False)
    taught = claimcheck.get_plugin_manager([Law()], entry_points=False)
    assert [f.kind for f in claimcheck.check(a, b, pm=plain).findings
            if f.kind == "discrepancy"] == []
    found = [f for f in claimcheck.check(a, b, pm=taught).findings if f.kind == "discrepancy"]
    assert [f.detail["contradiction"] for f in found] == ["antonym"]
    config = claimcheck.core.registered.with_plugin_data(claimcheck.Config(), taught)
    assert ("bullish", "bearish", True) in config.opposites


def test_hook_register_measures(tmp_path) -> None:
    """A field's vocabulary tells what figures measure: measures apart never meet."""
    vocabulary = tmp_path / "harvest.toml"
    vocabulary.write_text(
        '[yield]\nwords = ["harvest", "yield"]\n[acreage]\nwords = ["planted", "sown"]\n',
        encoding="utf-8")

    class Farming:
        @claimcheck.hookimpl
        def register_measures(self, register):
            register(str(vocabulary))

    a = claimcheck.Document("a", "Farmers planted 300 hectares and brought in a harvest of "
                                 "900 tonnes.")
    b = claimcheck.Document("b", "The harvest came to 950 tonnes from 300 hectares.")
    pm = claimcheck.get_plugin_manager([Farming()], entry_points=False)
    measures = {c.text: c.frame.measure for c in claimcheck.claims(a, pm=pm)
                if c.kind == "quantity"}
    assert measures == {"300 hectares": "acreage", "900 tonnes": "yield"}
    found = [f for f in claimcheck.check(a, b, pm=pm).findings
             if f.kind in ("agreement", "discrepancy")]
    texts = sorted(tuple(sorted(c.split(":")[0] + ":" + next(
        x.text for x in claimcheck.check(a, b, pm=pm).claims if x.id == c) for c in f.claims))
        for f in found)
    assert ("a:900 tonnes", "b:950 tonnes") in texts
    assert all("900 tonnes" not in " ".join(t) or "950" in " ".join(t) for t in texts)


def test_hook_blocking_keys() -> None:
    """Claims meet only under a shared key; a plugin's key lets otherwise distant claims meet."""
    from claimcheck.align.blocking import candidate_pairs, default_keys, plugin_keys
    from claimcheck.align.profiles import figure_profile
    from claimcheck.text.names import Aliases

    class Crates:
        @claimcheck.hookimpl
        def blocking_keys(self, claim, config):
            return ["cargo"] if claim.subject in ("crates", "boxes") else []

    def pairs(pm):
        docs = [claimcheck.load(t, pm=pm, doc_id=n)
                for n, t in (("a", "We saw 12 crates."), ("b", "They noted 12 boxes."))]
        profiles = []
        for doc in docs:
            (claim,) = claimcheck.claims(doc, pm=pm)
            p = figure_profile(claim, doc, Aliases())
            p.keys = default_keys(p, {}) | plugin_keys(claim, bind_hook(pm, "blocking_keys"),
                                                       Config())
            profiles.append(p)
        return candidate_pairs(profiles[:1], profiles[1:])

    assert pairs(manager(NumberExtractor())) == []
    assert pairs(manager(NumberExtractor(), Crates())) == [(0, 0)]


def test_hook_compare_claims() -> None:
    report = claimcheck.check("We saw 12 ships.", "We saw 12 ships.",
                              pm=manager(NumberExtractor(), EqualCompare()))
    assert [(f.kind, f.claims) for f in report.findings] == [
        ("agreement", ("text1:1", "text2:1"))
    ]


def test_hook_check_document() -> None:
    class Repeats:
        @claimcheck.hookimpl
        def check_document(self, document, claims, config):
            seen = {}
            for claim in claims:
                if claim.subject in seen and seen[claim.subject].text != claim.text:
                    yield Finding("inconsistency", "stated twice differently",
                                  (seen[claim.subject].id, claim.id))
                seen[claim.subject] = claim

    report = claimcheck.check("12 ships.\nLater, 14 ships.", pm=manager(NumberExtractor(),
                                                                        Repeats()))
    assert [(f.kind, f.claims) for f in report.findings] == [
        ("inconsistency", ("text1:1", "text1:2"))
    ]


def test_hook_register_lexicon(tmp_path) -> None:
    lexicon = tmp_path / "fruit.toml"
    lexicon.write_text('[[entry]]\ncategory = "labeling"\nterms = ["lemon{,s}"]\n',
                       encoding="utf-8")

    class Fruit:
        @claimcheck.hookimpl
        def register_lexicon(self, register):
            register(str(lexicon))

    from claimcheck.builtin.slant import plugin as slant

    text = "The new model is a lemon."
    plain = claimcheck.check(text, pm=manager(slant))
    assert [f for f in plain.findings if f.kind == "slant"] == []
    report = claimcheck.check(text, pm=manager(slant, Fruit()))
    (finding,) = [f for f in report.findings if f.kind == "slant"]
    assert (text[finding.start : finding.end], finding.category) == ("lemon", "labeling")


def test_hook_detect_slant() -> None:
    class Puppet:
        @claimcheck.hookimpl
        def detect_slant(self, document, sentence, config):
            text = document.text[sentence.start : sentence.end]
            for m in re.finditer(r"\bpuppet\b", text):
                yield Finding("slant", "labeling: 'puppet'", document=document.id,
                              start=sentence.start + m.start(), end=sentence.start + m.end(),
                              category="labeling")

    report = claimcheck.check("A calm line.\nThe puppet regime.", pm=manager(Puppet()))
    (finding,) = report.findings
    assert report.documents[0].text[finding.start : finding.end] == "puppet"
    only = claimcheck.check("The puppet regime.", pm=manager(Puppet()),
                            config=Config(slant_categories=("hedging",)))
    assert only.findings == ()


def test_hook_compare_wording() -> None:
    class Diff:
        @claimcheck.hookimpl
        def compare_wording(self, left, left_sentence, right, right_sentence, config):
            a = left.text[left_sentence.start : left_sentence.end]
            b = right.text[right_sentence.start : right_sentence.end]
            if a != b:
                yield Finding("wording", f"{a!r} / {b!r}", document=left.id,
                              start=left_sentence.start, end=left_sentence.end)

    report = claimcheck.check("We saw 12 ships.", "They counted 12 ships.",
                              pm=manager(NumberExtractor(), EqualCompare(), Diff()))
    kinds = sorted(f.kind for f in report.findings)
    assert kinds == ["agreement", "wording"]


def test_hook_compare_texts() -> None:
    class WholeText:
        @claimcheck.hookimpl
        def compare_texts(self, left, left_segments, right, right_segments, config):
            yield Finding("wording", f"{left.id}/{right.id}", document=left.id, start=0, end=1)

    class Sentences:
        calls = 0

        @claimcheck.hookimpl
        def compare_wording(self, left, left_sentence, right, right_sentence, config):
            Sentences.calls += 1

    sources = ("We saw 12 ships.", "They counted 12 ships.", "Later 12 ships.")
    pm = manager(NumberExtractor(), EqualCompare(), WholeText(), Sentences())
    # sources the user says render one text are compared pair by pair (--renderings)
    renderings = Config(options={"renderings": True})
    report = claimcheck.check(*sources, pm=pm, config=renderings)
    assert sorted(f.summary for f in report.findings if f.kind == "wording") == [
        "text1/text2", "text1/text3", "text2/text3"]
    assert Sentences.calls == 0  # whole-text findings replace the sentence-pair ones
    # in a corpus, texts that share no phrasing are not compared as texts at all
    report = claimcheck.check(*sources, pm=pm)
    assert not [f for f in report.findings if f.kind == "wording"]
    # with a base, each other source is compared with the base only
    report = claimcheck.check(*sources, pm=pm, config=Config(base="text2"))
    assert sorted(f.summary for f in report.findings if f.kind == "wording") == [
        "text1/text2", "text2/text3"]


def test_hook_register_renderers() -> None:
    class Csvish:
        @claimcheck.hookimpl
        def register_renderers(self, register):
            register("count", lambda report, config: f"{len(report.claims)}\n", "claims count")

    pm = manager(NumberExtractor(), Csvish())
    assert set(renderers(pm)) == {"count", "csv", "html", "json", "markdown", "text",
                                  "jsonl", "webanno", "tei", "sqlite"}
    assert [n for n, r in renderers(pm).items() if r.binary] == ["sqlite"]
    report = claimcheck.check("12 ships and 3 planes", pm=pm)
    assert render(report, "count", pm, Config()) == "2\n"


def test_plugin_that_raises_is_named() -> None:
    class Broken:
        @claimcheck.hookimpl
        def extract_claims(self, document, segments, config):
            raise ValueError("bad table")

    with pytest.raises(claimcheck.PluginError) as err:
        claimcheck.claims("text", pm=manager(Broken()))
    message = str(err.value)
    assert "Broken" in message or "test_hooks" in message
    assert "extract_claims" in message and "bad table" in message


def test_third_party_runs_before_builtin(tmp_path) -> None:
    class Claim1:
        @claimcheck.hookimpl
        def load_document(self, source, doc_id, config):
            return Document(doc_id, "from plugin", source)

    path = tmp_path / "x.txt"
    path.write_text("from file", encoding="utf-8")
    report = claimcheck.check(path, pm=manager(Claim1()))
    assert report.documents[0].text == "from plugin"


def test_hook_register_measures_with_a_distinct_kind() -> None:
    """A plugin's kind marked distinct, as in data/measures.toml, meets only its own kind:
    "940 tonnes" of the organic harvest is no part of "950 tonnes" of the harvest."""

    class Farming:
        @claimcheck.hookimpl
        def register_measures(self, register):
            register({"harvest": {"words": ["harvest"], "organic": {
                "distinct": True, "words": ["organic harvest"]}}})

    pm = claimcheck.get_plugin_manager([Farming()], entry_points=False)
    report = claimcheck.check(
        claimcheck.Document("a", "The organic harvest came to 940 tonnes of wheat."),
        claimcheck.Document("b", "The harvest came to 950 tonnes of wheat."), pm=pm)
    assert not [f for f in report.findings
                if {report.claim(c).text for c in f.claims} == {"940 tonnes", "950 tonnes"}]
