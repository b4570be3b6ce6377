"""The HTML report: safe whatever the sources hold, self-contained, findings linked to spans."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Claim, Document, Finding, Report
from claimcheck.builtin.render.html import render_html
from claimcheck.report.notebook import notebook_html

from .test_render_fixtures import HOSTILE, hostile_report, sample_report

#: The only elements the page is made of; a source must never add another.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "table",
    "thead", "tbody", "tr", "th", "td", "code", "div", "fieldset", "legend", "label", "input",
    "span", "main", "section", "ol", "li", "ul", "q", "b", "del", "ins", "article", "script",
}


class Page(HTMLParser):
    """Tags, attributes, script bodies and the text of each source pane, as parsed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.sources: dict[str, str] = {}
        self._script = False
        self._source: str | None = None
        self._depth = 0

    def handle_starttag(self, tag, attrs) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        self._script = tag == "script"
        if tag == "article":
            self._pending = found.get("data-doc")
        if tag == "div" and found.get("class") == "text":
            self._source, self._depth = self._pending, 0
            self.sources[self._source] = ""
        elif self._source is not None and tag in ("div", "span"):
            self._depth += 1

    def handle_endtag(self, tag) -> None:
        self._script = False
        if self._source is not None and tag in ("div", "span"):
            if self._depth == 0:
                self._source = None
            else:
                self._depth -= 1

    def handle_data(self, data) -> None:
        if self._script:
            self.scripts.append(data)
        if self._source is not None:
            self.sources[self._source] += data


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


def test_hostile_markup_is_shown_as_text_never_run() -> None:
    report = hostile_report()
    page = render_html(report)
    parsed = parse(page)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    assert [tag for tag, _ in parsed.tags].count("script") == 1
    for _, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs)
        assert not any("javascript:" in (value or "") for value in attrs.values())
        assert "src" not in attrs and "href" not in attrs
    assert parsed.sources == {"hostile": HOSTILE}
    assert "window.__cc_pwned" not in "".join(parsed.scripts)
    assert ".__cc_pwned = 1&lt;/script&gt; on troops." in page
    assert "&lt;img src=&quot;x&quot; onerror=&quot;window.__cc_pwned = 2&quot;&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page  # a finding's summary
    assert "hostile&lt;script&gt;.txt" in page  # a path
    assert "<b>x</b>" not in page  # a title from the loader


@settings(max_examples=150, deadline=None)
@given(st.text(st.sampled_from(list("<>&\"'/=` \n\tab1:;-!?[]()\r\x00\x1b")), max_size=200)
       | st.text(max_size=200),
       st.data())
def test_every_character_survives_escaping(text: str, data) -> None:
    """Whatever the text and wherever the spans, the pane reads back the text exactly."""
    starts = data.draw(st.lists(st.integers(0, len(text)), max_size=6))
    claims = []
    for n, start in enumerate(starts, 1):
        end = data.draw(st.integers(start, len(text)))
        claims.append(Claim(f"d:{n}", "d", "quantity", start, end, text[start:end]))
    report = Report((Document("d", text, "d.txt"),), tuple(claims),
                    tuple(Finding("unmatched", text[:20], (c.id,)) for c in claims))
    parsed = parse(render_html(report))
    shown = parsed.sources["d"]
    # Controls other than tab, newline and CR cannot be shown in HTML; they read as U+FFFD.
    expected = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "\ufffd", text)
    assert shown == expected
    assert [t for t, _ in parsed.tags].count("script") == 1


def test_findings_link_to_their_spans_in_every_source() -> None:
    report = sample_report()
    page = render_html(report)
    items = re.findall(r'<li class="finding" id="f\d+" data-kind="(\w+)" data-marks="([^"]*)"',
                       page)
    assert [kind for kind, _ in items] == [f.kind for f in report.findings]
    discrepancy = items[0][1].split()
    texts = {
        mark: "".join(html.unescape(t) for t in re.findall(
            rf'<span class="[^"]*\b{mark}\b[^"]*"[^>]*>([^<]*)</span>', page))
        for mark in discrepancy
    }
    assert sorted(texts.values()) == ["110,000", "about 135,000"]
    # the wording finding lights both aligned sentences, one in each source
    wording = dict(items)["wording"].split()
    panes = [re.search(rf'data-doc="(\w+)".*?\b{m}\b', page, re.DOTALL) for m in wording]
    assert len(wording) == 2 and all(panes)


def test_page_shows_summary_legend_filters_and_diff() -> None:
    page = render_html(sample_report())
    assert "1 discrepancy, 1 inconsistency, 3 slanted phrases" in page
    for kind in ("discrepancy", "inconsistency", "slant", "wording", "agreement",
                 "not_comparable", "unmatched"):
        assert f'<input type="checkbox" checked data-kind="{kind}">' in page
    for style in ("k-quantity", "k-date", "g-labeling", "g-presupposition", "g-doubt_marking",
                  "wd"):
        assert f'<input type="checkbox" checked data-style="{style}">' in page
    for key in ("labeling", "presupposition", "doubt marking", "footnote", "heading"):
        assert f">{key}</span>" in page
    assert ("the <del>total number of DPRK troops was</del>"
            "<ins>North Korean army had about</ins> men") in page
    assert "sources/soviet.txt:3:57" in page and "sources/western.txt:3:40" in page


def test_page_needs_no_network() -> None:
    page = render_html(sample_report())
    assert not re.search(r"https?://|//[a-z]|@import|url\(|<link\b|\bsrc=", page)
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy
    script = re.search(r"<script>(.*?)</script>", page, re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy  # only this script may run


def test_same_report_same_bytes() -> None:
    assert render_html(sample_report()) == render_html(sample_report())


def test_empty_report_renders() -> None:
    page = render_html(Report((Document("e", "", "e.txt"),), (), ()))
    assert "No findings." in page and "no findings; 1 document, 0 claims" in page


@pytest.mark.parametrize("height", [480, 720])
def test_notebook_view_is_a_sandboxed_iframe(height: int) -> None:
    report = hostile_report()
    shown = notebook_html(report, height=height)
    assert shown.startswith('<iframe class="claimcheck-report" sandbox="allow-scripts"')
    assert f"height:{height}px" in shown
    assert "<script>" not in shown  # the whole page is inside an escaped attribute
    srcdoc = html.unescape(re.search(r'srcdoc="([^"]*)"', shown).group(1))
    assert srcdoc == render_html(report)
    assert report._repr_html_() == notebook_html(report)


def test_many_overlapping_spans_stay_fast_and_linear() -> None:
    """10,000 claims over a 1 MB text: one sweep, not a pass per claim."""
    text = ("The army had 110,000 men. " * 40_000)[:1_000_000]
    claims = tuple(
        Claim(f"d:{n}", "d", "quantity", s, s + 7, text[s : s + 7])
        for n, s in enumerate(range(13, 1_000_000 - 7, 100), 1)
    )
    page = render_html(Report((Document("d", text, "d.txt"),), claims, ()))
    assert page.count('class="h x') == len(claims)
