"""The HTML report in a real browser: headless Chromium driven through WebDriver.

Skips (with the reason) when Chromium, chromedriver or selenium are missing, except in
CI (CI=true), where a missing browser is a failure: the browser test must run there.
Set CLAIMCHECK_UPDATE_SCREENSHOT=1 to refresh docs/report-screenshot.png from the seeds.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck import Claim, Document, Finding, Report
from claimcheck.builtin.render.html import render_html

from .conftest import ROOT, SEED, WESTERN
from .test_render_fixtures import hostile_report, sample_report

CHROMIUM = os.environ.get("CLAIMCHECK_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CLAIMCHECK_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,900",
)


def _missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            return f"{path} is not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    reason = _missing()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser test cannot run in CI: {reason}")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    # Selenium Manager must not look for drivers on the network: both paths are given.
    os.environ.setdefault("SE_AVOID_STATS", "true")
    os.environ.setdefault("SE_OFFLINE", "true")
    profile = tempfile.mkdtemp(prefix="claimcheck-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(driver, tmp_path: Path, name: str, page: str) -> Path:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    driver.get(path.as_uri())
    return path


LIT_IN_VIEW = """
return Array.from(document.querySelectorAll('.source .lit')).map(function (el) {
  var pane = el.closest('.text').getBoundingClientRect();
  var box = el.getBoundingClientRect();
  return [el.closest('.source').getAttribute('data-doc'), el.textContent,
          box.bottom > pane.top && box.top < pane.bottom];
});
"""


def _click_and_collect(driver, finding) -> list[list[object]]:
    finding.click()
    return driver.execute_script(LIT_IN_VIEW)


def test_clicking_a_finding_lights_its_spans_in_every_source(browser, tmp_path) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, tmp_path, "sample.html", render_html(sample_report()))
    findings = browser.find_elements(By.CSS_SELECTOR, "#findings li.finding")
    assert len(findings) == len(sample_report().findings)
    discrepancy = browser.find_element(By.CSS_SELECTOR, 'li.finding[data-kind="discrepancy"]')
    lit = _click_and_collect(browser, discrepancy)
    assert {doc for doc, _, _ in lit} == {"soviet", "western"}
    assert {text for _, text, _ in lit} == {"110,000", "about 135,000"}
    assert all(visible for _, _, visible in lit)
    assert "active" in discrepancy.get_attribute("class")

    slant = browser.find_element(By.CSS_SELECTOR, 'li.finding[data-kind="slant"]')
    lit = _click_and_collect(browser, slant)
    assert [text for _, text, _ in lit] == ["puppet"]
    assert "active" not in discrepancy.get_attribute("class")


def test_clicking_a_highlight_selects_its_finding_and_keys_work(browser, tmp_path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _open(browser, tmp_path, "sample.html", render_html(sample_report()))
    puppet = next(s for s in browser.find_elements(By.CSS_SELECTOR, ".source .h")
                  if s.text == "puppet")
    puppet.click()
    active = browser.find_element(By.CSS_SELECTOR, "li.finding.active")
    assert active.get_attribute("data-kind") == "slant" and "puppet" in active.text
    agreement = browser.find_element(By.CSS_SELECTOR, 'li.finding[data-kind="agreement"]')
    agreement.send_keys(Keys.ENTER)
    assert agreement.get_attribute("aria-pressed") == "true"
    assert sorted(t for _, t, _ in browser.execute_script(LIT_IN_VIEW)) == [
        "June 25", "June 25, 1950"]


def test_clicking_again_moves_to_the_next_span(browser, tmp_path) -> None:
    """Two spans far apart in one source: a second click brings the second into view."""
    from selenium.webdriver.common.by import By

    filler = "Filler line that pushes the footnote far down the page.\n" * 150
    text = f"The army had 110,000 men.\n{filler}Note: between 87,500 and 99,000 men.\n"
    doc = Document("d", text, "d.txt")
    a, b = text.index("110,000"), text.index("between")
    claims = (Claim("d:1", "d", "quantity", a, a + 7, "110,000"),
              Claim("d:2", "d", "quantity", b, b + 25, text[b : b + 25]))
    report = Report((doc,), claims, (Finding("inconsistency", "x", ("d:1", "d:2")),))
    _open(browser, tmp_path, "far.html", render_html(report))
    finding = browser.find_element(By.CSS_SELECTOR, "li.finding")
    lit = _click_and_collect(browser, finding)
    assert [(t, v) for _, t, v in lit] == [("110,000", True), (text[b : b + 25], False)]
    lit = _click_and_collect(browser, finding)
    assert [(t, v) for _, t, v in lit] == [("110,000", False), (text[b : b + 25], True)]
    lit = _click_and_collect(browser, finding)
    assert lit[0][2] is True  # and round again


def test_filters_hide_and_show_a_kind(browser, tmp_path) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, tmp_path, "sample.html", render_html(sample_report()))
    box = browser.find_element(By.CSS_SELECTOR, 'input[data-kind="slant"]')
    slants = browser.find_elements(By.CSS_SELECTOR, 'li.finding[data-kind="slant"]')
    assert slants and all(s.is_displayed() for s in slants)
    box.click()
    assert not any(s.is_displayed() for s in slants)
    assert browser.find_element(By.CSS_SELECTOR, 'li.finding[data-kind="discrepancy"]')\
        .is_displayed()
    box.click()
    assert all(s.is_displayed() for s in slants)


def test_legend_keys_switch_highlights_off_and_on(browser, tmp_path) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, tmp_path, "sample.html", render_html(sample_report()))
    puppet = next(s for s in browser.find_elements(By.CSS_SELECTOR, ".source .g-labeling"))

    def underline() -> str:
        return puppet.value_of_css_property("text-decoration-line")

    assert underline() == "underline"
    key = browser.find_element(By.CSS_SELECTOR, 'input[data-style="g-labeling"]')
    key.click()
    assert underline() == "none"
    key.click()
    assert underline() == "underline"


def test_narrow_screens_stack_the_sources(browser, tmp_path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def boxes():
        return [s.rect for s in browser.find_elements(By.CSS_SELECTOR, ".source")]

    def stacked(_driver) -> bool:
        found = boxes()
        return found[1]["y"] >= found[0]["y"] + found[0]["height"]

    def side_by_side(_driver) -> bool:
        found = boxes()
        return found[1]["x"] >= found[0]["x"] + found[0]["width"]

    _open(browser, tmp_path, "sample.html", render_html(sample_report()))
    try:
        # (a resized window lays its page out again in its own time, on a loaded
        # machine after the next read: the layout is waited for, up to a few seconds)
        browser.set_window_size(600, 900)
        assert WebDriverWait(browser, 5).until(stacked)
        browser.set_window_size(1400, 900)
        assert WebDriverWait(browser, 5).until(side_by_side)
    finally:
        browser.set_window_size(1400, 900)


def test_hostile_document_runs_no_script_and_shows_its_markup(browser, tmp_path) -> None:
    from selenium.webdriver.common.by import By

    report = hostile_report()
    _open(browser, tmp_path, "hostile.html", render_html(report))
    for finding in browser.find_elements(By.CSS_SELECTOR, "li.finding"):
        finding.click()
    for span in browser.find_elements(By.CSS_SELECTOR, ".source .h"):
        span.click()
    assert browser.execute_script("return window.__cc_pwned === undefined")
    injected = browser.execute_script(
        "return document.querySelectorAll('.source script, .source img, .source a, "
        ".source svg, .source iframe, .source style, header img, li.finding img').length"
    )
    assert injected == 0
    shown = browser.find_element(By.CSS_SELECTOR, ".source .text").get_attribute("textContent")
    assert shown == report.documents[0].text
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert browser.find_element(By.TAG_NAME, "body").is_displayed()


def test_seed_report_in_the_browser(browser, tmp_path, monkeypatch) -> None:
    """The seed against the Western figures: findings listed, a click lights spans."""
    from selenium.webdriver.common.by import By

    import claimcheck

    monkeypatch.chdir(ROOT)  # places read seeds/...:line:column
    report = claimcheck.check(str(SEED.relative_to(ROOT)), str(WESTERN.relative_to(ROOT)))
    _open(browser, tmp_path, "seed.html", render_html(report))
    findings = browser.find_elements(By.CSS_SELECTOR, "#findings li.finding")
    assert len(findings) == len(report.findings)
    assert browser.find_element(By.ID, "summary").text.endswith(
        f"{len(report.claims)} claim{'s' * (len(report.claims) != 1)}")
    linked = [f for f in findings if f.get_attribute("data-marks")]
    if linked:
        best = next((f for f in linked if f.get_attribute("data-kind") == "discrepancy"),
                    linked[0])
        lit = _click_and_collect(browser, best)
        assert lit
        for doc in {d for d, _, _ in lit}:  # every source shows one of its lit spans
            assert any(visible for d, _, visible in lit if d == doc)
    browser.set_window_size(1400, 1000)
    time.sleep(1.5)  # let the highlight's flash settle before the picture
    shot = tmp_path / "seed.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    if os.environ.get("CLAIMCHECK_UPDATE_SCREENSHOT"):
        shutil.copyfile(shot, ROOT / "docs" / "report-screenshot.png")


def test_fact_table_cells_light_their_values_in_the_sources(browser, tmp_path,
                                                            monkeypatch) -> None:
    """The three-source seed run: the fact table comes first, one row per fact and a
    column per source; a cell is coloured by where its value stands and a click lights
    that source's values in its text."""
    from selenium.webdriver.common.by import By

    import claimcheck

    monkeypatch.chdir(ROOT)
    seeds = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt"))
    report = claimcheck.check(*seeds)
    _open(browser, tmp_path, "facts.html", render_html(report))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.facts tr.fact")
    assert len(rows) == len(report.facts)
    heads = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.facts thead th")]
    assert heads[2:] == [d.id for d in report.documents]
    first = report.facts[0]
    assert first.verdict == "disagree" and "110,000" in rows[0].text
    cells = rows[0].find_elements(By.CSS_SELECTOR, "td")[1:]  # after the verdict
    western = next(n for n, d in enumerate(report.documents) if d.id.startswith("western"))
    outlier = cells[western]
    assert "s-outlier" in outlier.get_attribute("class")
    texts = {report.claim(v.claim).text for v in first.values if v.doc == "western-figures"
             "-1950-1958"}
    lit = _click_and_collect(browser, outlier)
    assert {text for _, text, _ in lit} == texts == {"103,000", "135,000"}
    assert any(visible for _, _, visible in lit)
    assert outlier.get_attribute("aria-pressed") == "true"
    rendering = next(n for n, d in enumerate(report.documents)
                     if d.id.startswith("seed-opening"))
    consensus = cells[rendering]
    assert "s-consensus" in consensus.get_attribute("class")
    lit = _click_and_collect(browser, consensus)
    assert {text for _, text, _ in lit} == {"110,000"}
    assert outlier.get_attribute("aria-pressed") == "false"
