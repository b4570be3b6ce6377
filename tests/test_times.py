"""Time expressions: what is read, what is not, how years are resolved, and the invariants."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.builtin.times.claims import extract_claims, governing_time
from claimcheck.builtin.times.extract import find_times
from claimcheck.config import Config
from claimcheck.model import Document, NoteRef, Passage, Segments, Sentence

from .workcount import assert_linear, repeat

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
D = dt.date


def only(text: str, reference: str | None = None):
    found = find_times(text, reference)
    assert len(found) == 1, found
    return found[0]


# -- what it reads ---------------------------------------------------------------------------

READS = [
    # text, span, timex, earliest, latest, mod
    ("It began on June 25, 1950.", "June 25, 1950", "1950-06-25", D(1950, 6, 25), D(1950, 6, 25),
     None),
    ("It began on 25 June 1950.", "25 June 1950", "1950-06-25", D(1950, 6, 25), D(1950, 6, 25),
     None),
    ("Sunday, June 25, 1950 was hot.", "Sunday, June 25, 1950", "1950-06-25", D(1950, 6, 25),
     D(1950, 6, 25), None),
    ("Filed 1950-06-25 by the clerk.", "1950-06-25", "1950-06-25", D(1950, 6, 25),
     D(1950, 6, 25), None),
    ("Invoice dated 02/22/2016.", "02/22/2016", "2016-02-22", D(2016, 2, 22), D(2016, 2, 22),
     None),
    ("Signé le 21/04/2016.", "21/04/2016", "2016-04-21", D(2016, 4, 21), D(2016, 4, 21), None),
    ("Independence on 4 July 1776.", "4 July 1776", "1776-07-04", D(1776, 7, 4), D(1776, 7, 4),
     None),
    ("in May 1950 they met", "May 1950", "1950-05", D(1950, 5, 1), D(1950, 5, 31), None),
    ("elections in 1948 in the South", "1948", "1948", D(1948, 1, 1), D(1948, 12, 31), None),
    ("prices rose in early 1950", "early 1950", "1950", D(1950, 1, 1), D(1950, 4, 30), "START"),
    ("By the middle of 1951, it was clear", "the middle of 1951", "1951", D(1951, 5, 1),
     D(1951, 8, 31), "MID"),
    ("a truce in mid-1951", "mid-1951", "1951", D(1951, 5, 1), D(1951, 8, 31), "MID"),
    ("By the end of May 1950 the staff", "the end of May 1950", "1950-05", D(1950, 5, 21),
     D(1950, 5, 31), "END"),
    ("at the beginning of January 1951.", "the beginning of January 1951", "1951-01",
     D(1951, 1, 1), D(1951, 1, 10), "START"),
    ("began in the second half of October 1950.", "the second half of October 1950", "1950-10",
     D(1950, 10, 16), D(1950, 10, 31), "END"),
    ("in summer 1950 the front", "summer 1950", "1950-SU", D(1950, 6, 1), D(1950, 8, 31), None),
    ("during the winter of 1950-51.", "the winter of 1950-51", "1950-WI", D(1950, 12, 1),
     D(1951, 2, 28), None),
    ("music of the 1950s", "the 1950s", "195", D(1950, 1, 1), D(1959, 12, 31), None),
    ("sales in the third quarter of 2025 fell", "the third quarter of 2025", "2025-Q3",
     D(2025, 7, 1), D(2025, 9, 30), None),
    ("Revenue for Q3 2025 rose", "Q3 2025", "2025-Q3", D(2025, 7, 1), D(2025, 9, 30), None),
    ("profit in H2 2024 doubled", "H2 2024", "2024-H2", D(2024, 7, 1), D(2024, 12, 31), None),
    ("in the first half of 2025", "the first half of 2025", "2025-H1", D(2025, 1, 1),
     D(2025, 6, 30), None),
    ("art of the nineteenth century", "the nineteenth century", "18", D(1800, 1, 1),
     D(1899, 12, 31), None),
    # ranges
    ("visit to Moscow in March-April 1950.", "March-April 1950", "1950-03/1950-04",
     D(1950, 3, 1), D(1950, 4, 30), None),
    ("On the Korean War, 1950-53, and", "1950-53", "1950/1953", D(1950, 1, 1), D(1953, 12, 31),
     None),
    ("On the Korean War, 1950-1952, and", "1950-1952", "1950/1952", D(1950, 1, 1),
     D(1952, 12, 31), None),
    ("talks ran from July 10, 1951 to July 27, 1953.", "from July 10, 1951 to July 27, 1953",
     "1951-07-10/1953-07-27", D(1951, 7, 10), D(1953, 7, 27), None),
    ("held between 1914 and 1918.", "between 1914 and 1918", "1914/1918", D(1914, 1, 1),
     D(1918, 12, 31), None),
    ("the siege, June 25-27, 1950, ended", "June 25-27, 1950", "1950-06-25/1950-06-27",
     D(1950, 6, 25), D(1950, 6, 27), None),
    ("leave December 20 - January 5, 1951.", "December 20 - January 5, 1951",
     "1950-12-20/1951-01-05", D(1950, 12, 20), D(1951, 1, 5), None),
    # durations
    ("continued for more than two years, until", "more than two years", "P2Y", None, None,
     "MORE_THAN"),
    ("remained for five years.", "five years", "P5Y", None, None, None),
    ("had 72 hours to withdraw", "72 hours", "PT72H", None, None, None),
    ("withdraw within 72 hours after", "within 72 hours", "PT72H", None, None, "EQUAL_OR_LESS"),
    ("complete it within 22-27 days.", "within 22-27 days", "PXD", None, None,
     "EQUAL_OR_LESS"),
    ("a months-long siege", "months-long", "PXM", None, None, None),
    ("after some 30 days", "some 30 days", "P30D", None, None, "APPROX"),
    # a word between the count and the unit that leaves the length
    ("for five consecutive years", "five consecutive years", "P5Y", None, None, None),
    ("after three straight days", "three straight days", "P3D", None, None, None),
    # one duration told in two units, counted in the smaller
    ("the flight lasted 2 hours and 30 minutes", "2 hours and 30 minutes", "PT150M", None,
     None, None),
    ("a sentence of three years four months", "three years four months", "P40M", None, None,
     None),
    # right after a label a copy glued to it, not inside a code
    ("Launch date8 July 2011", "8 July 2011", "2011-07-08", dt.date(2011, 7, 8),
     dt.date(2011, 7, 8),
     None),
]


@pytest.mark.parametrize(("text", "span", "timex", "earliest", "latest", "mod"), READS)
def test_reads(text, span, timex, earliest, latest, mod):
    t = only(text)
    assert t.text == span
    assert text[t.start:t.end] == span
    assert t.timex == timex
    assert (t.earliest, t.latest) == (earliest, latest)
    assert t.mod == mod


@pytest.mark.parametrize(("text", "days"), [
    ("more than two years", (730.485, 730.485)),
    ("22-27 days", (22.0, 27.0)),
    ("72 hours", (3.0, 3.0)),
    ("two weeks", (14.0, 14.0)),
    ("a fortnight later", None),
])
def test_duration_lengths(text, days):
    t = only(text)
    if days is None:
        assert t.kind == "relative"
    else:
        assert t.kind == "duration"
        assert t.duration_days == pytest.approx(days)


# -- what it does not read -------------------------------------------------------------------

DOES_NOT_READ = [
    "The situation at the 38th parallel became tense.",
    "in number of troops 1:2; number of guns 1:2; machine- guns 1:7",
    "Korean troops would advance 15-20 kilometers per day",
    "one may suppose that Mao Zedong was afraid",
    "(telegram 468)",
    "telegrams #4-51, 233",
    "Ships of the American Seventh Fleet entered the Straits.",
    "a force of 1950 men",
    "some 2000 soldiers and 1500 tanks",
    "a total of 1,950 rifles",
    "page 1950 of the register",
    "priced at $1950 each",
    "the meeting at 10:30 ended",
    "At 1900 hours the guns fell silent",
    "troops march 5 miles a day",
    "May I ask a question?",
    "Vol. II, 452-53.",
    "Fond 5, Opis 58, Delo 266, 1, Listy 122-131.",
    "mb-04339/gs",
    "ISBN 0-19-1950-7",
    "the ratio was 3:1 in 1/4 of cases",
    "04/05/2016",  # day-first or month-first: ambiguous, so not read
]


@pytest.mark.parametrize("text", DOES_NOT_READ)
def test_does_not_read(text):
    assert find_times(text) == []


def test_telegram_number_is_not_a_date_but_the_date_is():
    found = find_times("(transmission of Soviet Embassy in Beijing #7, January 18, 1952)")
    assert [t.text for t in found] == ["January 18, 1952"]
    assert found[0].earliest == D(1952, 1, 18)


def test_telegram_citation_reads_only_its_year():
    found = find_times("(telegram 468, 1950)")
    assert [t.text for t in found] == ["1950"]


# -- year resolution -------------------------------------------------------------------------

def test_yearless_date_takes_year_of_the_narrative():
    text = ("On June 27, 1951, the ambassador visited Gromyko.\n\n"
            "On June 29, Ridgway appealed over the radio.\n\nJuly 1, Kim Il Sung answered.")
    found = find_times(text)
    assert [(t.text, t.timex, t.year_source) for t in found] == [
        ("June 27, 1951", "1951-06-27", "stated"),
        ("June 29", "1951-06-29", "narrative"),
        ("July 1", "1951-07-01", "narrative"),
    ]


def test_year_resolution_follows_the_latest_year_across_paragraphs():
    text = ("A special representative was sent in March 1953.\n\n"
            "By that time the Koreans agreed.\n\nOn July 27 an armistice agreement was signed.")
    found = find_times(text)
    assert found[-1].text == "July 27"
    assert found[-1].earliest == D(1953, 7, 27)
    assert found[-1].year_source == "narrative"


def test_yearless_month_takes_narrative_year():
    found = find_times("in March-April 1950. Following this, in May, Kim visited Beijing.")
    assert found[-1].text == "May"
    assert found[-1].timex == "1950-05"


def test_yearless_date_falls_back_on_reference_never_today():
    t = only("On June 29 the board met.", reference="1987-03-02")
    assert t.earliest == D(1987, 6, 29)
    assert t.year_source == "reference"
    t = only("On June 29 the board met.", reference=D(2003, 1, 1))
    assert t.timex == "2003-06-29"


def test_yearless_date_without_anchor_stays_yearless():
    t = only("On June 29 the board met.")
    assert t.timex == "XXXX-06-29"
    assert t.earliest is None and t.latest is None
    assert t.year_source == "unknown"
    assert dt.date.today().year not in (t.earliest, t.latest)


def test_stated_year_beats_reference():
    t = only("On June 29, 1944 the board met.", reference="1987-03-02")
    assert t.earliest == D(1944, 6, 29)
    assert t.year_source == "stated"


@pytest.mark.parametrize(("text", "reference", "span", "expected"), [
    ("On June 27, 1951 it began. Thirteen days later the talks opened.", None,
     "Thirteen days later", D(1951, 7, 10)),
    ("On June 27, 1951 it began. The same day Kirk left.", None, "The same day",
     D(1951, 6, 27)),
    ("The treaty was signed in 1951. The following year it was ratified.", None,
     "The following year", D(1952, 1, 1)),
    ("The plant opened in 1962. A year earlier the site was bought.", None, "A year earlier",
     D(1961, 1, 1)),
    ("The shop was robbed last Tuesday.", "2024-05-16", "last Tuesday", D(2024, 5, 14)),
    ("On March 3, 1943 the raid began. That night the city burned.", None, "That night",
     D(1943, 3, 3)),
    ("Talks stalled on July 2, 1951. Two weeks later they resumed.", None, "Two weeks later",
     D(1951, 7, 16)),
    ("The report is dated today.", "2020-02-29", "today", D(2020, 2, 29)),
    ("It happened three years ago.", "2020-06-01", "three years ago", D(2017, 6, 1)),
])
def test_relative_expressions(text, reference, span, expected):
    found = find_times(text, reference)
    t = next(x for x in found if x.text == span)
    assert t.kind == "relative"
    assert t.earliest == expected


def test_relative_expression_without_anchor_is_unresolved():
    t = only("Thirteen days later the talks opened.")
    assert t.earliest is None and t.year_source == "unknown"


def test_day_shift_from_month_anchor_is_not_invented():
    found = find_times("It began in May 1950. Three days later the rain came.")
    assert found[-1].text == "Three days later"
    assert found[-1].earliest is None


def test_relative_year_on_a_yearless_date():
    found = find_times("TOKYO, July 2, 1951. The invasion of June 25 last year failed.")
    assert found[-1].text == "June 25 last year"
    assert found[-1].earliest == D(1950, 6, 25)


def test_relation_and_mods_from_prepositions():
    t = only("By January 1, 1950, the army had grown.")
    assert t.relation == "by" and t.mod == "ON_OR_BEFORE"
    t = only("It has held since 1953.")
    assert t.relation == "since" and t.mod == "ON_OR_AFTER"


def test_seed_reads_every_date_and_skips_figures():
    text = (SEEDS / "000_ce84e7394f74e36b.txt").read_text(encoding="utf-8")
    found = find_times(text)
    spans = [t.text for t in found]
    for expected in ("1950-1952", "1950-53", "January 1, 1950", "March-April 1950",
                     "the end of May 1950", "June 25, 1950", "the second half of October 1950",
                     "January 18, 1952", "the end of 1951", "the winter of 1950-51",
                     "July 27, 1953", "more than five years", "the end of October 1958",
                     "June 23, 1951", "June 29", "July 1", "July 10, 1951",
                     "more than two years", "the end of July 1953", "within 72 hours",
                     "April 26, 1954"):
        assert expected in spans, expected
    for figure in ("110,000", "1:2", "15-20", "38th", "468", "337,000"):
        assert not any(figure in s for s in spans), figure
    by_text = {t.text: t for t in found}
    assert by_text["June 29"].earliest == D(1951, 6, 29)
    assert by_text["July 1"].earliest == D(1951, 7, 1)


# -- the pipeline hook -----------------------------------------------------------------------

def make_segments(text: str, kinds: dict[int, str] | None = None,
                  notes: list[tuple[str, int]] | None = None) -> Segments:
    """Paragraphs are passages; sentences split after . ! ? before a capital."""
    passages, sentences = [], []
    for i, m in enumerate(re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)):
        kind = (kinds or {}).get(i, "body")
        passages.append(Passage(kind, m.start(), m.end()))
        start = m.start()
        for sm in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\[(])", m.group()):
            sentences.append(Sentence(start, m.start() + sm.start(), i))
            start = m.start() + sm.end()
        sentences.append(Sentence(start, m.end(), i))
    refs = []
    for marker, note_passage in notes or []:
        pos = text.index(marker)
        refs.append(NoteRef(pos, pos + len(marker), marker.strip("[]"), note_passage))
    return Segments(tuple(passages), tuple(sentences), tuple(refs))


FOOTNOTED = (
    "On the Korean War, 1950-53\n\n"
    "By January 1, 1950, the total number of DPRK troops was 110,000.[1]\n\n"
    "The conference opened on April 26, 1954, in Geneva.\n\n"
    "(telegram 408, 1950)\n\n"
    "Skip to content 2012-08-03\n\n"
    "[1] U.S. intelligence held that by June 25 the KPA numbered between 87,500 and 99,000."
)


def test_extract_claims_kinds_passages_and_skips():
    seg = make_segments(FOOTNOTED, kinds={0: "heading", 3: "citation", 4: "boilerplate",
                                          5: "footnote"}, notes=[("[1]", 5)])
    doc = Document("a", FOOTNOTED)
    claims = extract_claims(document=doc, segments=seg, config=Config())
    got = [(c.text, c.kind, c.passage) for c in claims]
    assert ("1950-53", "range", "heading") in got
    assert ("January 1, 1950", "date", "body") in got
    assert not any(p in ("citation", "boilerplate") for _, _, p in got)
    for c in claims:
        assert c.id == "" and c.doc == "a"
        assert FOOTNOTED[c.start:c.end] == c.text
        assert c.sentence is not None and c.sentence[0] <= c.start < c.end <= c.sentence[1]


def test_footnote_resolves_from_its_marker_not_from_where_it_is_printed():
    seg = make_segments(FOOTNOTED, kinds={0: "heading", 3: "citation", 4: "boilerplate",
                                          5: "footnote"}, notes=[("[1]", 5)])
    claims = extract_claims(document=Document("a", FOOTNOTED), segments=seg, config=Config())
    june = next(c for c in claims if c.text == "June 25")
    assert june.value.earliest == D(1950, 6, 25)
    assert june.passage == "footnote"


def test_document_date_is_the_reference():
    text = "On June 29 the board met."
    seg = make_segments(text)
    claims = extract_claims(document=Document("a", text, meta={"date": "1999-04-01"}),
                            segments=seg, config=Config())
    assert claims[0].value.earliest == D(1999, 6, 29)
    claims = extract_claims(document=Document("a", text), segments=seg,
                            config=Config(reference="2001-01-01"))
    assert claims[0].value.earliest == D(2001, 6, 29)


# -- governing time --------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    ("By January 1, 1950, the total number of DPRK troops was 110,000; new divisions formed.",
     "110,000", "January 1, 1950"),
    ("U.S. intelligence held that by June 25 the KPA numbered between 87,500 and 99,000 men.",
     "87,500", "June 25"),
    ("The army had 110,000 men in 1950 and 200,000 men in 1953.", "200,000", "1953"),
    ("The army had 110,000 men in 1950 and 200,000 men in 1953.", "110,000", "1950"),
    ("Sales reached $4.2 billion in Q3 2025, up from a year earlier.", "4.2", "Q3 2025"),
    ("Their losses were more than 300,000 men.", "300,000", None),
    # a date before the figure that another clause opens between is that clause's; the
    # figure's own date follows it
    ("The storm crossed the coast on 3 May 1961 and deepened before weakening to "
     "winds of 90 knots at its landfall on 5 May 1961.", "90", "5 May 1961"),
    ("The mill opened in 1902, which employed some 1,400 hands by the census of 1911.",
     "1,400", "1911"),
    # but not past another figure, nor when nothing dates it after
    ("The mill opened in 1902, which employed some 1,400 hands and 300 boys by 1911.",
     "1,400", "1902"),
    ("In 1950, before the war had begun, the army had 135,000 men.", "135,000", "1950"),
    # nor when the date after is what the figure is compared with (a comma, a word of
    # comparison between): the date before is the figure's
    ("In 2010, because of rising costs, the city spent $40 million, more than in 2009.",
     "$40", "2010"),
    ("In 2019, because demand fell, the firm sold 4,000 cars, its fewest since 2008.",
     "4,000", "2019"),
    ("In 1940, although the war had begun, exports were 300,000 tons against 1938.",
     "300,000", "1940"),
])
def test_governing_time(sentence, figure, expected):
    times = find_times(sentence)
    offset = sentence.index(figure)
    got = governing_time(sentence, 0, offset, times)
    assert (got.text if got else None) == expected


def test_governing_time_with_document_offsets():
    text = "Preamble. " + "By January 1, 1950, the total was 110,000."
    times = find_times(text)
    s0 = text.index("By")
    got = governing_time(text[s0:], s0, text.index("110,000"), times)
    assert got is not None and got.earliest == D(1950, 1, 1)


def test_durations_never_govern():
    s = "For five years the garrison held 3,000 men."
    assert governing_time(s, 0, s.index("3,000"), find_times(s)) is None


# -- properties ------------------------------------------------------------------------------

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_FORMATS = [
    lambda d: f"{_MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{_MONTH_NAMES[d.month - 1][:3]}. {d.day}, {d.year}"
    if d.month != 5 else f"May {d.day}, {d.year}",
    lambda d: f"{d.strftime('%A')}, {_MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    lambda d: f"{_MONTH_NAMES[d.month - 1]} {d.day}th, {d.year}".replace("1th", "1st")
    .replace("2th", "2nd").replace("3th", "3rd").replace("11st", "11th")
    .replace("12nd", "12th").replace("13rd", "13th"),
    lambda d: f"the {d.day} of {_MONTH_NAMES[d.month - 1]} {d.year}"[4:],
]


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=D(1000, 1, 1), max_value=D(2199, 12, 31)),
       st.sampled_from(range(len(_FORMATS))),
       st.sampled_from(["", "On ", "It was ", "("]), st.sampled_from(["", ".", " the day", ")"]))
def test_any_supported_date_parses_back_to_itself(d, fmt, before, after):
    written = _FORMATS[fmt](d)
    text = before + written + after
    found = find_times(text)
    assert len(found) == 1, (text, found)
    t = found[0]
    assert t.text == written
    assert t.earliest == t.latest == d
    assert t.timex == d.isoformat()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    [*"0123456789 ,.-/:'\"#\n", "June ", "May ", "1950", "the end of ", "mid-", "Q3 ",
     "years", " days later", "between ", " and ", "from ", " to ", "winter ", "1950s", "İ",
     "\u2013", "Sunday, "]),
    max_size=80).map("".join), st.sampled_from([None, "1960-01-01"]))
def test_spans_are_exact(text, reference):
    for t in find_times(text, reference):
        assert text[t.start:t.end] == t.text
        assert 0 <= t.start < t.end <= len(text)
        if t.earliest is not None:
            assert t.latest is not None and t.earliest <= t.latest


@pytest.mark.parametrize("unit", [
    "1", ",1", '"', "1950-", "a ", "the end of ", "- ", "((((", "15-20 ", "two ", "1" * 5000 + " ",
    # inputs where every token is an expression: the most work per character
    "1950 ", "June 1, ", "May May ",
], ids=lambda unit: unit if len(unit) < 20 else "long-numbers")
def test_adversarial_input_is_linear(unit: str) -> None:
    """Runs of one hostile unit (digits, open ranges, brackets, every token a date) at
    20,000 and 80,000 characters: four times the input makes at most five times the calls
    (``tests/workcount.py``). Looking back over the expressions found so far for each new
    one, as merging ranges by a scan would, makes sixteen."""
    assert_linear(find_times, repeat(unit), 20_000)


def test_empty_input():
    assert find_times("") == []


@pytest.mark.parametrize(("line", "dates"), [
    ("← 2004 November 4, 2008 2012 →", ["November 4, 2008"]),
    ("⟵ 1996 Summer Olympics held 19 July 2000 2004 ⟶", ["19 July 2000"]),
    ("← 1910 · Census of 1920 · 1930 →", ["1920"]),
    # no arrows: the years are the text's own
    ("Elections were held in 2004, 2008 and 2012.", ["2004", "2008", "2012"]),
])
def test_years_of_links_to_neighbouring_pages_are_no_dates(line, dates):
    """A copied infobox's links to the series' previous and next pages ("← 2004", "2012
    →") name other events; the day between them is this page's, read whole."""
    import claimcheck
    found = [c.text for c in claimcheck.claims(line + "\n\nThe vote was counted.")
             if c.kind in ("date", "range")]
    assert found == dates


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    # a date after a figure that a word of comparison sets apart is the other thing's,
    # compared with: the figure has no date of its own in its sentence
    ("It registered 7.1 on the Richter scale, similar in intensity to the 1906 shock.",
     "7.1", None),
    ("Turnout was 71 percent, comparable to the turnout of the 1992 election.", "71", None),
    ("The fire burned 3,000 acres, like the great blaze of 1910.", "3,000", None),
    # but a date after the figure with no comparison between is still its own
    ("Sales were $3 billion during the 2019 fiscal year.", "$3", "2019"),
    ("The mill employed 1,400 hands according to the census of 1911.", "1,400", "1911"),
])
def test_a_date_compared_with_is_not_the_figures(sentence, figure, expected):
    times = find_times(sentence)
    got = governing_time(sentence, 0, sentence.index(figure), times)
    assert (got.text if got else None) == expected


@pytest.mark.parametrize(("text", "date"), [
    # an infobox copied without its cells glues its label to the month
    ("FormedNovember 8, 1970", "November 8, 1970"),
    ("DissipatedMay 2, 1990", "May 2, 1990"),
    ("Landing dateAugust 6, 2012", "August 6, 2012"),
    # and to the first month of a range
    ("DateJuly–November 1931 (depending on river)", "July–November 1931"),
    ("PeriodMay - June 1940", "May - June 1940"),
])
def test_a_month_glued_to_a_label_is_read(text, date):
    found = [t.text for t in find_times(text)]
    assert date in found
    # the spans stay the text's own
    (t,) = [t for t in find_times(text) if t.text == date]
    assert text[t.start:t.end] == date


def test_a_lower_case_month_inside_a_word_is_no_date():
    assert not [t for t in find_times("the dismay 5 people felt") if "may" in t.text.lower()]


@pytest.mark.parametrize("text", ["1950sJune 0", "1950sJune 5, 1990", "xJune 5"])
def test_a_month_after_digits_or_a_letter_is_read_with_exact_spans(text):
    """A month glued to a decade or to a single letter is no infobox label: what is read
    there keeps spans that are the text's own."""
    for t in find_times(text):
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    # "against" and "since" also say what a figure is for or from when: the date after
    # them, the only one, is the figure's own
    ("Clinics gave 560,000 doses against yellow fever by July 1996.", "560,000", "July 1996"),
    ("The rebels fought 3,000 battles against the crown until 1820.", "3,000", "1820"),
])
def test_against_a_disease_or_a_foe_is_no_comparison(sentence, figure, expected):
    times = find_times(sentence)
    got = governing_time(sentence, 0, sentence.index(figure), times)
    assert (got.text if got else None) == expected


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    # a comma and a participle open a clause of their own: its date is that clause's
    ("The toll most cited in official reports is 8,000, giving the storm the third-highest "
     "toll of any hurricane, after the Great Hurricane of 1780.", "8,000", None),
    ("Output reached 4,000 tonnes, making the mill the largest in the county since 1921.",
     "4,000", None),
    ("In 1999 the toll stood at 310, leaving the town the worst hit since the flood of 1953.",
     "310", "1999"),
    # an -ing word that is a preposition keeps the date after it the figure's
    ("The army numbered 5,000, during 1950.", "5,000", "1950"),
])
def test_a_participle_clause_after_a_figure_holds_its_own_date(sentence, figure, expected):
    times = find_times(sentence)
    got = governing_time(sentence, 0, sentence.index(figure), times)
    assert (got.text if got else None) == expected


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    # a company's results, an attendance, an epidemic's toll: the participle's clause
    # closes at its comma, and the date right after it is the figure's
    ("Acme's revenue was $5.2 billion, beating forecasts, in 2021.", "$5.2 billion", "2021"),
    ("The club's average attendance was 41,200, making it the best supported in the "
     "league, in 2019.", "41,200", "2019"),
    ("The virus killed 1,200 people, overwhelming hospitals in the capital, in March 2020.",
     "1,200", "March 2020"),
    # a date further on after the closing comma is still the clause's
    ("The toll most cited is 8,000, giving the storm the third-highest toll, after the "
     "Great Hurricane of 1780.", "8,000", None),
])
def test_a_participle_clause_closed_by_a_comma_gives_the_date_back(sentence, figure,
                                                                   expected):
    times = find_times(sentence)
    got = governing_time(sentence, 0, sentence.index(figure), times)
    assert (got.text if got else None) == expected


def test_a_figure_dated_after_a_closed_participle_clause_is_compared_in_its_year() -> None:
    """Two years' revenue of one company, one of them reported with a clause between the
    figure and its year: two years, not a discrepancy."""
    report = claimcheck.check(
        claimcheck.Document("a", "Acme's revenue was $5.2 billion, beating forecasts, in 2021."),
        claimcheck.Document("b", "Acme's revenue was $4.8 billion in 2020."))
    kinds = [f.kind for f in report.findings
             if {report.claim(c).text for c in f.claims} == {"$5.2 billion", "$4.8 billion"}]
    assert "discrepancy" not in kinds


@pytest.mark.parametrize(("text", "date"), [
    ("The theatre burned on 7. December 1881 in Vienna.", "7. December 1881"),
    ("Die Wahl fand am 27. September 2009 statt.", "27. September 2009"),
])
def test_a_day_written_with_a_full_stop_before_its_month(text: str, date: str) -> None:
    # the German way of writing a day, common in translations: one date, one sentence
    claims = claimcheck.claims(claimcheck.Document("x", text))
    assert [(c.kind, c.text) for c in claims if c.kind != "statement"] == [("date", date)]


@pytest.mark.parametrize(("text", "kept"), [
    ("The council voted 9 to 4. May 1968 saw the general strike begin in Paris.", "9 to 4"),
    ("The toll was 14. June 1976 saw the uprising spread.", "14"),
    ("Quarterly sales reached 12. March 2020 brought the lockdowns.", "12"),
])
def test_a_number_closing_a_sentence_before_a_month_and_year_is_no_german_day(
        text: str, kept: str) -> None:
    # after a clause's last word ("was 14.", "voted 9 to 4.") the full stop ends the
    # sentence and the month opens the next: no day is read ("14. June 1976" would be
    # set against another's "16 June 1976" as two days apart)
    claims = claimcheck.claims(claimcheck.Document("x", text))
    assert [c.text for c in claims if c.kind != "statement"] == [kept]
    other = claimcheck.Document("y", "The uprising spread and the strike began on 16 June 1976.")
    report = claimcheck.check(claimcheck.Document("x", text), other)
    assert not [f for f in report.findings if f.kind == "discrepancy"]


def test_the_second_of_two_german_days_after_und_is_a_day() -> None:
    # "am 15. und 16. August 2009": "und" leads into the second day as "am" into the first
    claims = claimcheck.claims(claimcheck.Document(
        "x", "Das Finale fand am 15. und 16. August 2009 im Olympiastadion statt."))
    assert ("date", "16. August 2009") in [(c.kind, c.text) for c in claims]


@pytest.mark.parametrize(("text", "span", "seconds"), [
    ("Duration:5 d 1 h 16 min 6 s", "5 d 1 h 16 min 6 s", 5 * 86400 + 3600 + 16 * 60 + 6),
    ("The flight lasted 2h 55m 10s.", "2h 55m 10s", 2 * 3600 + 55 * 60 + 10),
    ("Mission duration 6 d 03 h 00 m 42 s", "6 d 03 h 00 m 42 s", 6 * 86400 + 3 * 3600 + 42),
    ("Duration 4 h 55 min 23 s", "4 h 55 min 23 s", 4 * 3600 + 55 * 60 + 23),
])
def test_a_length_of_time_in_one_letter_units_is_read_whole(
        text: str, span: str, seconds: int) -> None:
    """Infoboxes write mission times as "5 d 1 h 16 min 6 s": one length, not a count of
    5, a duration of 1 h 16 min and a count of 6."""
    (claim,) = [c for c in claimcheck.claims(text) if c.kind in ("duration", "quantity")]
    assert claim.text == span
    assert [round(d * 86400) for d in claim.value.duration_days] == [seconds, seconds]


def test_pence_and_shillings_are_no_length_of_time() -> None:
    assert [c for c in claimcheck.claims("He paid 2s 6d for it.") if c.kind == "duration"] == []


@pytest.mark.parametrize(("text", "clock", "timex"), [
    ("On 25 July 1909 at 4.35 in the afternoon he landed.", "4.35 in the afternoon",
     "1909-07-25T16:35"),
    ("On 3 May 1920 at 10.15 in the evening the fire began.", "10.15 in the evening",
     "1920-05-03T22:15"),
    ("On 3 May 1920 at 6.05 in the morning the alarm rang.", "6.05 in the morning",
     "1920-05-03T06:05"),
])
def test_an_hour_with_a_full_stop_and_a_part_of_the_day_is_a_time(
        text: str, clock: str, timex: str) -> None:
    """Older and British texts write "at 4.35 in the afternoon": a time of day, no figure
    of 4.35; "4.35 inches" stays a figure."""
    assert [(c.text, c.value.timex) for c in claimcheck.claims(text)
            if c.kind == "date" and ":" in c.value.timex] == [(clock, timex)]
    assert claimcheck.quantities(text) == []
    assert [q.text for q in claimcheck.quantities("It rained 4.35 inches in the afternoon.")] \
        == ["4.35 inches"]


@pytest.mark.parametrize(("text", "timex"), [
    ("On 3 May 1920 at about 7:30 in the evening it fell.", "1920-05-03T19:30"),
    ("On 3 May 1920 at 9:30 this morning the mine blew.", "1920-05-03T09:30"),
    ("At about 7:30 in the evening of Friday, December 29, 1876, the bridge gave way.",
     "1876-12-29T19:30"),
])
def test_a_part_of_the_day_after_a_colon_time_says_its_half(text: str, timex: str) -> None:
    """"7:30 in the evening" is 19:30 whether or not the day after it is named with its
    evening; the part of the day stays the date's it opens."""
    assert [c.value.timex for c in claimcheck.claims(text)
            if c.kind == "date" and c.text.startswith(("7:30", "9:30"))] == [timex]


@pytest.mark.parametrize(("text", "span", "seconds"), [
    ("He ran the course in 2:55:10 on April 19, 1897.", "2:55:10", 2 * 3600 + 55 * 60 + 10),
    ("The winner finished in 2:08:34, a course record.", "2:08:34", 2 * 3600 + 8 * 60 + 34),
    ("Winning time: 2:09:13", "2:09:13", 2 * 3600 + 9 * 60 + 13),
])
def test_hours_minutes_and_seconds_after_in_or_time_are_a_length(
        text: str, span: str, seconds: int) -> None:
    """A race's time ("ran the course in 2:55:10"): a length of time, no time of day;
    "at 2:55:10 on June 3, 1950" stays a time of day."""
    (claim,) = [c for c in claimcheck.claims(text) if c.kind == "duration"]
    assert claim.text == span
    assert [round(d * 86400) for d in claim.value.duration_days] == [seconds, seconds]
    assert [c.kind for c in claimcheck.claims("The blast came at 2:55:10 on June 3, 1950.")
            if c.text == "2:55:10"] == ["date"]


def test_a_quakes_time_line_stays_a_time_of_day() -> None:
    """"Time: 14:46:24" under a date: when it struck, no length of time."""
    claims = [c for c in claimcheck.claims("On 11 March 2011\nTime: 14:46:24\n")
              if c.text == "14:46:24"]
    assert [c.kind for c in claims] == ["date"]


@pytest.mark.parametrize(("text", "figure"), [
    ("On 3 May 1920 the index fell 4.35 in the afternoon.", "4.35"),
    ("On 3 May 1920 the Dow lost 12.50 in the afternoon.", "12.50"),
    ("On 3 May 1920 oil traded at $8.45 in the morning.", "$8.45"),
])
def test_a_figure_said_of_a_part_of_the_day_is_no_time(text: str, figure: str) -> None:
    """An hour with a full stop and a part of the day is a time after "at", "until" and
    the like ("at 4.35 in the afternoon"); a figure a market moved by or a price in the
    morning stays a figure, no time of day."""
    assert [q.text for q in claimcheck.quantities(text)] == [figure]
    assert not [c for c in claimcheck.claims(text)
                if c.kind == "date" and ":" in c.value.timex]


@pytest.mark.parametrize(("text", "date"), [
    ("Storm kills 12\nJune 5 14:32 BST\nTwelve people died.", "June 5"),
    ("Deaths 12\nMarch 2020 report", "March 2020"),
    ("Page 4\nMay 2019", "May 2019"),
])
def test_a_short_lines_last_figure_makes_no_date_with_the_next_lines_month(
        text: str, date: str) -> None:
    """A heading's or a label's figure at the end of its short line ("Storm kills 12",
    "Page 4") is no day of the month that opens the next line; "broke out on 30\\nDecember
    1903", as a narrow column wraps, and long lines of prose stay one date."""
    assert [t.text for t in claimcheck.times(text)][:1] == [date]
    assert [t.text for t in claimcheck.times("The fire broke out on 30\nDecember 1903.")] \
        == ["30\nDecember 1903"]
