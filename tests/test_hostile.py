"""Hostile documents: the whole pipeline stays correct and linear, and no output obeys them.

Each family of ``bench/hostile.py`` (number words, a timeline with no sentence end, runs
of figures, dates, brackets, quotes, abbreviations, control, zero-width, combining and
right-to-left characters, NULs, lone surrogates) goes through ``claimcheck.check`` of two
documents at two sizes. The report must be consistent (every span is its text, every
finding's claims exist) and the larger input must cost at most ``GROWTH`` times the work
of the smaller: work as counted by the code itself (the ``WORK`` counters of the stages
whose cost grows with the claims of a sentence: dating figures, reading number words,
attributing figures; and the characters searched for known names, counted by a wrapper
around the alias table), never wall time. Scanning a sentence's claims for each of its
figures, as dating once did, counts k² and fails here; so does searching the whole
sentence before each figure for the name "its" refers to.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck import Config, Document, Report
from claimcheck.builtin.quantities import attribution
from claimcheck.builtin.quantities import claims as figure_claims
from claimcheck.builtin.render.markdown import render_markdown
from claimcheck.builtin.render.text import render_text
from claimcheck.builtin.times import claims as time_claims
from claimcheck.cli import cli
from claimcheck.text import numbers
from claimcheck.text.names import Aliases

_BENCH = Path(__file__).resolve().parent.parent / "bench" / "hostile.py"
_spec = importlib.util.spec_from_file_location("bench_hostile", _BENCH)
assert _spec is not None and _spec.loader is not None
hostile = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = hostile
_spec.loader.exec_module(hostile)

FAMILIES = hostile.FAMILIES
SMALL, LARGE = 8_000, 16_000
#: the larger input is twice the smaller: linear work doubles, quadratic work quadruples
GROWTH = 2.5
NAMES: Counter[str] = Counter()  # characters searched for known names
COUNTERS = (time_claims.WORK, numbers.WORK, attribution.WORK, figure_claims.WORK, NAMES)

_PM = claimcheck.get_plugin_manager()


@pytest.fixture(autouse=True)
def _count_name_searches(monkeypatch: pytest.MonkeyPatch) -> None:
    mentions = Aliases._mentions

    def counted(self: Aliases, text: str, *args: object, **kwargs: object) -> object:
        NAMES["chars"] += len(text)
        return mentions(self, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Aliases, "_mentions", counted)


def work() -> int:
    return sum(sum(counter.values()) for counter in COUNTERS)


def reset() -> None:
    for counter in COUNTERS:
        counter.clear()


def checked(text: str) -> tuple[Report, int]:
    """The report on a document and a copy of it behind one sentence, and the work."""
    reset()
    report = claimcheck.check(Document("a", text), Document("b", "Intro. " + text), pm=_PM)
    return report, work()


def assert_consistent(report: Report) -> None:
    texts = {d.id: d.text for d in report.documents}
    ids = set()
    for claim in report.claims:
        text = texts[claim.doc]
        assert text[claim.start:claim.end] == claim.text, claim
        if claim.sentence is not None:
            assert 0 <= claim.sentence[0] <= claim.start <= claim.end <= claim.sentence[1] \
                <= len(text), claim
        when = claim.when
        if when is not None and when.end > when.start:
            assert text[when.start:when.end] == when.text, claim
        assert claim.id not in ids
        ids.add(claim.id)
    for finding in report.findings:
        assert set(finding.claims) <= ids, finding
        if finding.document is not None:
            assert finding.start is not None and finding.end is not None
            assert 0 <= finding.start <= finding.end <= len(texts[finding.document]), finding


@pytest.mark.parametrize("family", list(FAMILIES))
def test_a_hostile_family_is_read_consistently_in_linear_work(family: str) -> None:
    small, small_work = checked(FAMILIES[family](SMALL))
    large, large_work = checked(FAMILIES[family](LARGE))
    assert_consistent(small)
    assert_consistent(large)
    assert large_work <= GROWTH * max(small_work, 1), (family, small_work, large_work)


def test_the_work_counters_count() -> None:
    """The counters the growth test reads move on the work they stand for."""
    reset()
    text = ("By June 3, 1950, some 5,000 troops and twenty-one tanks had arrived, "
            "according to the ministry; officials said 7,000 men were ready in 1951. "
            "The war lasted 1950\u20131953. The war lasted 1950\u20131954. From June 1, 1950 "
            "the siege went on for five days until June 30, 1950.")
    report = claimcheck.check(Document("a", text), Document("b", text), pm=_PM)
    assert {f.detail.get("check") for f in report.findings} >= {
        "span_named_twice", "duration_vs_dates"}
    assert time_claims.WORK["claims"] > 0 and time_claims.WORK["asked"] > 0
    assert time_claims.WORK["spans"] > 0
    assert numbers.WORK["words"] > 0
    assert attribution.WORK["candidates"] > 0 and attribution.WORK["lookups"] > 0
    assert NAMES["chars"] > 0


def test_a_sentence_of_many_figures_is_dated_by_reading_its_claims_once() -> None:
    """Dating k figures of one sentence reads its claims once, not k times (k²)."""
    for n in (200, 400):
        text = "In 1950 " + "5% " * n + "in all."
        reset()
        found = claimcheck.claims(text, pm=_PM)
        figures = [c for c in found if c.kind == "quantity"]
        assert len(figures) == n and all(c.when is not None for c in figures)
        assert time_claims.WORK["claims"] <= 2 * len(found)


def test_a_run_with_no_sentence_end_is_dated_piece_by_piece() -> None:
    """A 'sentence' of 100,000 characters is no sentence: a figure is dated by a date of
    its own piece, not by one 90,000 characters before it; spans stay exact."""
    head = "In 1950 there were 5,000 men "
    text = head + "and more " * 10_000 + "and 7,000 men"
    found = claimcheck.claims(text, pm=_PM)
    first = next(c for c in found if c.text == "5,000")
    last = next(c for c in found if c.text == "7,000")
    assert first.when is not None and first.when.text == "1950"
    assert last.when is None
    assert text[last.start:last.end] == "7,000"
    assert last.sentence == first.sentence == (0, len(text))


def test_a_huge_run_of_digits_is_no_figure() -> None:
    """Thousands of digits are past any float: no figure, no crash comparing it."""
    text = "1234567890" * 2_000
    report = claimcheck.check(Document("a", text), Document("b", text + " 5 men."), pm=_PM)
    assert_consistent(report)
    assert not any(c.text == text for c in report.claims)


# -- outputs a document cannot steer --------------------------------------------------------

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
_STEERING = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e"
                       r"\u2066-\u2069\ud800-\udfff]")


def _steered_report() -> Report:
    left = ("The army had 5,000 men \u202eon June 25, 1950\u202c, said \u2067officials\u2069 "
            "\x1b[2J\x07 (see https://evil.example/x_y?a=1 and www.evil.example).")
    right = "The army had 7,000 men \u202don June 25, 1950\u202c, said bob@evil.example\ud800."
    return claimcheck.check(Document("a", left, "a.txt"), Document("b", right, "b.txt"),
                            pm=_PM)


@pytest.mark.parametrize("colour", [False, True])
def test_the_terminal_report_shows_bidi_and_controls_escaped(colour: bool) -> None:
    report = _steered_report()
    # a plugin's finding may say what it likes, lone surrogates included
    said = claimcheck.Finding("slant", "loaded \u202e\ud800", document="a", start=0, end=3,
                              category="loaded_language")
    report = Report(report.documents, report.claims, (*report.findings, said))
    out = render_text(report, Config(options={"color": colour}))
    unpainted = re.sub(r"\x1b\[[\d;]*m", "", out)  # the renderer's own colours only
    assert not _STEERING.search(unpainted.replace("\n", ""))
    assert "\\u202eon June 25, 1950\\u202c" in out
    assert "\\u202don June 25, 1950\\u202c" in out
    assert "\\u2067officials\\u2069 \\x1b[2J\\x07" in out
    assert "loaded \\u202e\\ud800" in out
    out.encode("utf-8")  # no lone surrogate left to fail the terminal's encoding


def test_the_compare_command_escapes_bidi_in_its_text_output(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The army had 5,000 men \u202eon June 25, 1950\u202c.\n", encoding="utf-8")
    b.write_text("The army had 7,000 men on June 25, 1950.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(a), str(b), "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "\u202e" not in result.stdout and "\u202c" not in result.stdout
    assert "\\u202eon June 25, 1950\\u202c" in result.stdout


def test_markdown_quotes_bare_links_as_code() -> None:
    out = render_markdown(_steered_report(), Config())
    assert "`https://evil.example/x_y?a=1`" in out
    assert "`www.evil.example`" in out
    assert "`bob@evil.example`" in out
    outside_code = re.sub(r"(`+).*?\1", "", out)
    assert not re.search(r"https?://|www\.|@evil", outside_code)
    assert not _STEERING.search(out.replace("\n", ""))
    out.encode("utf-8")


@pytest.mark.parametrize(("text", "span"), [
    ("see https://x.org/a.", "`https://x.org/a`."),
    ("(see https://en.wikipedia.org/wiki/Foo_(bar))",
     "(see `https://en.wikipedia.org/wiki/Foo_(bar)`)"),
    ("at http://a`b``c now", "at ```http://a`b``c``` now"),
    ("at http://a`b` now", "at `` http://a`b` `` now"),
    ("x https://a.org/" + ")" * 5_000 + " y", "x `https://a.org/`" + ")" * 5_000 + " y"),
    ("HTTPS://X.ORG/A_B", "`HTTPS://X.ORG/A_B`"),
    ("mail x_y@z.org, please", "mail `x_y@z.org`, please"),
])
def test_a_bare_link_becomes_one_code_span(text: str, span: str) -> None:
    doc = Document("d", text, "d.txt")
    finding = claimcheck.Finding("slant", "loaded", document="d", start=0, end=len(text),
                                 category="loaded_language")
    out = render_markdown(Report((doc,), (), (finding,)), Config())
    assert span in out


def test_the_names_line_over_a_row_is_sought_in_linear_work() -> None:
    # a row of figures under a paragraph longer than a row: the line above is no names
    # line, and the text before it is never copied to find out (frames._column_name)
    from claimcheck.core import frames

    sliced = Counter()

    class Counted(str):
        def __getitem__(self, key):  # type: ignore[no-untyped-def]
            got = super().__getitem__(key)
            if isinstance(key, slice):
                sliced["chars"] += len(got)
            return got

    para = "The committee heard the engineers and the clerks at length that spring. " * 4
    work = []
    for n in (SMALL // 40, LARGE // 40):
        sliced.clear()
        text = Counted("".join(f"{para}\nPopular vote {1000 + i:,} {2000 + i:,}\n"
                               for i in range(n)))
        start = 0
        for _ in range(n):
            start = text.index("Popular vote", start)
            assert frames._column_name(text, start, 1, 2) is None
            start += 1
        work.append(sliced["chars"])
    assert work[1] <= GROWTH * max(1, work[0]), work
