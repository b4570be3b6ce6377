"""The built-in segmenter: what a user sees in ``claimcheck segments``.

Passage kinds decide what later steps read (extractors skip boilerplate and citations),
so the tests pin kinds, counts and links on the seed and on documents of other kinds:
a news article, a company report, memoranda with other footnote and citation styles.
"""

from __future__ import annotations

from collections import Counter

import pluggy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import hookspecs
from claimcheck.builtin.segmenter import plugin as segmenter
from claimcheck.builtin.segmenter.segment import segment_text
from claimcheck.config import Config
from claimcheck.model import Document, Segments
from claimcheck.text.sentences import split_sentences

from .conftest import PRESS, RENDERING, SEED, WESTERN
from .workcount import assert_linear, repeat

KINDS = {"body", "heading", "footnote", "editorial", "citation", "boilerplate"}
READ = {"body", "heading", "footnote", "editorial"}


def passages(text: str, seg: Segments | None = None) -> list[tuple[str, str, str | None]]:
    seg = seg or segment_text(text)
    return [(p.kind, text[p.start:p.end], p.label) for p in seg.passages]


def kind_of(text: str, startswith: str) -> tuple[str, str | None]:
    """Kind and label of the passage whose text starts with ``startswith``."""
    found = [(k, label) for k, t, label in passages(text) if t.startswith(startswith)]
    assert len(found) == 1, (startswith, found)
    return found[0]


def sentences(text: str) -> list[str]:
    seg = segment_text(text)
    return [text[s.start:s.end] for s in seg.sentences]


def sentence_with(text: str, seg: Segments, fragment: str):
    found = [s for s in seg.sentences if fragment in text[s.start:s.end]]
    assert len(found) == 1, (fragment, [text[s.start:s.end] for s in found])
    return found[0]


# -- the seed ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[str, Segments]:
    text = SEED.read_text(encoding="utf-8")
    return text, segment_text(text)


def test_seed_kind_counts(seed):
    _, seg = seed
    counts = Counter(p.kind for p in seg.passages)
    assert counts == {
        "boilerplate": 21,  # 5 lines of page chrome on top, 16 of archive record below
        "heading": 10,  # date, two titles, five Roman sections, two all-caps lines
        "editorial": 4,  # three signed "-K.W." brackets and the archive's summary
        "citation": 5,
        "footnote": 1,
        "body": 38,
    }
    assert len(seg.sentences) == 109


@pytest.mark.parametrize(
    ("startswith", "kind", "label"),
    [
        ("Skip to content", "boilerplate", None),
        ("This document was made possible", "boilerplate", None),
        ("TOP SECRET", "boilerplate", None),
        ("mb-04339/gs 9 August 1966", "boilerplate", None),
        ("copies to: Brezhnev", "boilerplate", None),
        ("August 9, 1966", "heading", None),
        ("On the Korean War, 1950-1952", "heading", None),
        ("On the Korean War, 1950-53", "heading", None),
        ("I. [Background to and Preparations", "heading", "I"),
        ("II. Entry of the Chinese into the Korean War", "heading", "II"),
        ("III. The U.N. and the Intervention of the USA in Korea", "heading", "III"),
        ("IV. Negotiations for the Armistice", "heading", "IV"),
        ("V. The Korean Question after the Armistice", "heading", "V"),
        ("FROM MATERIALS OF THE", "heading", None),
        ("FOREIGN MINISTRY OF THE USSR", "heading", None),
        ("[Here follows a brief factual account", "editorial", None),
        ("[a brief straightforward summary-K.W.]", "editorial", None),
        ("[Here follows a listing of the terms of the agreement—K.W.]", "editorial", None),
        ("A survey of Soviet and Chinese involvement", "editorial", None),
        ("During this period, which was an ordeal", "body", None),
        ("(telegrams #4-51, 233, 1950)", "citation", None),
        ("(telegram 362, 1950)", "citation", None),
        ("(telegram 408, 1950)", "citation", None),
        ("(telegram 468, 1950)", "citation", None),
        ("(transmission of Soviet Embassy in Beijing #7, January 18, 1952)", "citation", None),
        ("By the end of 1951, the strength", "body", None),
        ("[1] This figure is higher", "footnote", "1"),
        ("Author(s):", "boilerplate", None),
        ("Document Information", "boilerplate", None),
        ("Source", "boilerplate", None),
        ("Storage Center for Contemporary Documentation", "boilerplate", None),
        ("Rights", "boilerplate", None),
        ("The History and Public Policy Program welcomes reuse", "boilerplate", None),
        ("To enquire about this document's rights status", "boilerplate", None),
        ("Original Uploaded Date", "boilerplate", None),
        ("2012-08-03", "boilerplate", None),
        ("Type", "boilerplate", None),
        ("Report", "boilerplate", None),
        ("Language", "boilerplate", None),
        ("Record ID", "boilerplate", None),
        ("114787", "boilerplate", None),
        ("Donors", "boilerplate", None),
    ],
)
def test_seed_passage_kinds(seed, startswith, kind, label):
    text, _ = seed
    assert kind_of(text, startswith) == (kind, label)


def test_seed_archive_record_is_last_and_summary_is_not_the_reports_voice(seed):
    text, seg = seed
    kinds = [p.kind for p in seg.passages]
    assert kinds[-16:] == ["boilerplate"] * 16
    assert text[seg.passages[-1].start:seg.passages[-1].end] == "Leon Levy Foundation"
    assert kinds[-18:-16] == ["footnote", "editorial"]


def test_seed_footnote_marker_links_to_the_footnote(seed):
    text, seg = seed
    assert len(seg.notes) == 1
    note = seg.notes[0]
    assert text[note.start:note.end] == "[1]" and note.label == "1"
    target = seg.passages[note.note]
    assert target.kind == "footnote"
    assert text[target.start:target.end].startswith("[1] This figure is higher")
    carrier = sentence_with(text, seg, "the total number of DPRK troops was 110,000")
    assert carrier.notes == (0,)
    # the footnote's sentences start after its own label
    first = next(s for s in seg.sentences if s.passage == note.note)
    assert text[first.start:first.end].startswith("This figure is higher")


@pytest.mark.parametrize(
    ("sentence_fragment", "citation"),
    [
        ("to reunify the country by military means.", "(telegrams #4-51, 233, 1950)"),
        ("“in case the Japanese enter on the side of South Korea.”", "(telegram 362, 1950)"),
        ("was scheduled for June 25, 1950.", "(telegram 408, 1950)"),
        ("within 22-27 days.", "(telegram 468, 1950)"),
        ("sent to Korea to transport military cargo.",
         "(transmission of Soviet Embassy in Beijing #7, January 18, 1952)"),
    ],
)
def test_seed_citations_attach_to_the_sentence_they_follow(seed, sentence_fragment, citation):
    text, seg = seed
    sentence = sentence_with(text, seg, sentence_fragment)
    assert text[sentence.end - len(sentence_fragment):sentence.end] == sentence_fragment
    cited = [seg.passages[i] for i in sentence.citations]
    assert [text[p.start:p.end] for p in cited] == [citation]
    assert all(p.kind == "citation" for p in cited)


@pytest.mark.parametrize(
    "fragment",
    [
        "KPA [Korean People’s Army] were quickly met.",
        "the American Ambassador [to Moscow Alan G.] Kirk visited A.A. Gromyko (at that time "
        "deputy minister of foreign affairs of the USSR) and appealed",
        "(one may suppose that Mao Zedong was afraid of the consequences of a further advance "
        "to the south), left Seoul",
        "demilitarized zone, [and] provided for a cease-fire",
    ],
)
def test_seed_brackets_and_prose_parentheses_stay_in_their_sentence(seed, fragment):
    text, seg = seed
    sentence = sentence_with(text, seg, fragment)
    assert seg.passages[sentence.passage].kind == "body"


@pytest.mark.parametrize(
    "whole_sentence",
    [
        "On June 27, 1951, the American Ambassador [to Moscow Alan G.] Kirk visited A.A. "
        "Gromyko (at that time deputy minister of foreign affairs of the USSR) and appealed to "
        "him with a number of questions in connection with these proposals.",
        "1) concentration of troops near the 38th parallel",
        "2) issuing an appeal to the South for peaceful unification",
        "The Korean government envisioned realizing its goal in three stages:",
        "The answer expressed their agreement to meet with representatives of the American "
        "command “to conduct negotiations for the cessation of military activity and the "
        "establishment of peace.”",
        "It is a subject of “discussion” at every regular session of the U.N. General Assembly.",
        "See the discussion of these figures in Cumings, The Origins of the Korean War, "
        "Vol. II, 452-53.",
        "Subsequently, the total number of Chinese troops in Korea was brought to 1 million "
        "men; approximately the same number of men were sent to Korea to transport military "
        "cargo.",
    ],
)
def test_seed_sentences(seed, whole_sentence):
    text, seg = seed
    assert whole_sentence in [text[s.start:s.end] for s in seg.sentences]


# -- the other seeds -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (PRESS, {"heading": 1, "editorial": 1, "body": 4}),
        (RENDERING, {"heading": 2, "editorial": 1, "body": 5}),
        (WESTERN, {"heading": 5, "editorial": 1, "body": 7}),
    ],
)
def test_counter_sources(path, expected):
    assert Counter(p.kind for p in segment_text(path.read_text("utf-8")).passages) == expected


# -- documents of other kinds --------------------------------------------------------------

NEWS = """\
Central bank raises rates as inflation lingers

LONDON, March 3 (Reuters) - The Bank of England raised its main interest rate by 0.25 \
percentage points to 5.25% on Thursday, the 14th increase in a row, as inflation stayed \
well above its 2% target.

Governor Andrew Bailey said the U.K. economy was "more resilient than expected." Economists \
polled by Reuters had expected the move, e.g. because wage growth remained at 7.3%.

"We will do what is necessary," Mr. Bailey told reporters. Sterling rose 0.4% against the \
U.S. dollar.

Markets now price in one more rise, to 5.5%, by Sept. 21.
"""

COMPANY = """\
Acme Industries plc
Annual Report 2023

Highlights

Revenue rose 12% to $4.2 billion, driven by demand in Europe and Asia. Operating margin \
improved to 18.5% (2022: 16.1%).

Chief Executive's statement

2023 was a year of delivery. We opened three plants, in Poland, Vietnam and Mexico, and \
hired 1,200 people. Net debt fell to $310 million at Dec. 31.

Outlook

For 2024 the board expects revenue growth of 5-7%, i.e. between $4.4 billion and $4.5 \
billion, and will propose a dividend of 42.5 cents per share.
"""

BULLETS = """\
# Quarterly update

Sales were *strong* in the quarter. Key points:

* Revenue up 8% to €1.2bn
* Margin at 14.1%
* Headcount 5,400

The outlook is **unchanged**; the plant covers 120 km² near Lyon.
"""


@pytest.mark.parametrize(
    ("text", "headings", "bodies", "n_sentences"),
    [(NEWS, 1, 4, 7), (COMPANY, 4, 3, 10), (BULLETS, 1, 3, 7)],
    ids=["news", "company-report", "markdown-bullets"],
)
def test_documents_without_apparatus_are_all_body_and_heading(text, headings, bodies,
                                                              n_sentences):
    seg = segment_text(text)
    counts = Counter(p.kind for p in seg.passages)
    assert counts == {"heading": headings, "body": bodies}
    assert not seg.notes
    assert len(seg.sentences) == n_sentences
    assert_covers(text, seg)


def test_company_report_title_over_two_lines_is_one_heading():
    assert passages(COMPANY)[0] == ("heading", "Acme Industries plc\nAnnual Report 2023", None)


def test_prior_year_comparison_is_not_a_citation():
    assert "Operating margin improved to 18.5% (2022: 16.1%)." in sentences(COMPANY)


WEB_PAGE = """\
Skip to main content
Menu
Search

Ceasefire talks resume in Geneva

By Maria Lopez
Updated 12 May 2024, 10:41 GMT

GENEVA - Delegates from both sides met on Sunday for the first time since talks collapsed \
in March. About 40 observers attended, according to the U.N. mission.

The previous round ended after three days without agreement (see Doc. 7).

Share this article
Related articles

© 2024 Example News Ltd. All rights reserved.

Reporting by Maria Lopez; Editing by Tom Hale
"""

ARCHIVE_LETTER = """\
Letter from Ambassador Muccio to the Secretary of State

Seoul, June 26, 1950

The North Korean forces have crossed the parallel at four points. Their strength is \
estimated at 60,000 men with about 100 tanks.[1] I have ordered the evacuation of dependents.

[1] The Department later revised this estimate upward.

A telegram sent by the embassy in Seoul and received in Washington the same evening.

Citation:

"Letter from Ambassador Muccio to the Secretary of State," June 26, 1950, National \
Archives, RG 59.

Original Archive

National Archives and Records Administration

Language

English

Subjects Discussed

Korean War, 1950-1953
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WEB_PAGE, [
            ("boilerplate", "Skip to main content"),
            ("boilerplate", "Menu"),
            ("boilerplate", "Search"),
            ("heading", "Ceasefire talks resume in Geneva"),
            ("boilerplate", "By Maria Lopez"),
            ("boilerplate", "Updated 12 May 2024, 10:41 GMT"),
            ("body", "GENEVA - Delegates"),
            ("body", "The previous round ended after three days without agreement"),
            ("citation", "(see Doc. 7)."),
            ("boilerplate", "Share this article\nRelated articles"),
            ("boilerplate", "© 2024 Example News Ltd."),
            ("boilerplate", "Reporting by Maria Lopez; Editing by Tom Hale"),
        ]),
        (ARCHIVE_LETTER, [
            ("heading", "Letter from Ambassador Muccio"),
            ("heading", "Seoul, June 26, 1950"),
            ("body", "The North Korean forces"),
            ("footnote", "[1] The Department"),
            ("editorial", "A telegram sent by the embassy"),
            ("boilerplate", "Citation:"),
            ("boilerplate", '"Letter from Ambassador'),
            ("boilerplate", "Original Archive"),
            ("boilerplate", "National Archives and Records"),
            ("boilerplate", "Language"),
            ("boilerplate", "English"),
            ("boilerplate", "Subjects Discussed"),
            ("boilerplate", "Korean War, 1950-1953"),
        ]),
    ],
    ids=["web-page", "archive-record"],
)
def test_page_chrome_and_archive_records(text, expected):
    got = passages(text)
    assert len(got) == len(expected)
    for (kind, passage, _), (want_kind, start) in zip(got, expected, strict=True):
        assert (kind, passage[: len(start)]) == (want_kind, start)


# -- footnotes in other styles -------------------------------------------------------------

NOTES_SECTION = """\
The Berlin Airlift, 1948-1949

The airlift began on June 26, 1948.1 By the spring of 1949 Allied aircraft were landing in \
Berlin every few minutes, carrying some 8,000 tons a day.2 The Soviet authorities lifted the \
blockade on May 12, 1949.

In all, the airlift delivered about 2.3 million tons of supplies (Tunner 1964: 218).

Notes

1. Operation Vittles, as the Americans called it, was organised by Gen. Lucius D. Clay.
2. Figures vary; see Miller 1998, p. 77.
"""

STAR_NOTES = """\
MEMORANDUM FOR THE PRESIDENT

The Joint Chiefs now estimate total U.N. casualties at 142,000.* Of these, about 33,000 were \
killed in action (ibid., p. 4).

[Editor's note: The original figure was typed over by hand.] The estimate was revised in \
August.

A further 20,000 men were reported missing. The report [ed.] was circulated to the NSC.

* Excluding South Korean forces, whose losses were reported separately.
"""

SUPERSCRIPTS = """\
# Report on grain exports

## 1. Summary

Exports reached 12.5 million tonnes in 1955¹, up from 9.8 million². The ministry disputed \
the figures[^3].

## 2. Sources

¹ Ministry of Trade, Bulletin No. 4.
² Ibid., p. 9.
[^3]: Smith 1999: 23.
"""

RULED_NOTES = """\
The siege lasted 872 days.1 Civilian deaths are put at 800,000 or more.2

______

1 Salisbury 1969, p. 513.
2 Estimates range widely; see Bidlack 2012.
"""

ENDNOTES = """\
Introduction

The Treaty of Versailles set reparations at 132 billion gold marks.[1] Keynes called the \
sum impossible.[2]

Endnotes

[1] London Schedule of Payments, May 1921.

This figure included the C bonds, which few expected to be paid.

[2] Keynes 1919, ch. 5.
"""


@pytest.mark.parametrize(
    ("text", "notes", "footnotes"),
    [
        (NOTES_SECTION, [("1", "1. Operation Vittles"), ("2", "2. Figures vary")], 2),
        (STAR_NOTES, [("*", "* Excluding South Korean")], 1),
        (SUPERSCRIPTS, [("1", "¹ Ministry of Trade"), ("2", "² Ibid."),
                        ("3", "[^3]: Smith 1999")], 3),
        (RULED_NOTES, [("1", "1 Salisbury"), ("2", "2 Estimates range")], 2),
        (ENDNOTES, [("1", "[1] London Schedule"), ("2", "[2] Keynes 1919")], 3),
    ],
    ids=["numbered-notes-section", "star", "superscript-and-markdown", "after-a-rule",
         "endnotes-with-continuation"],
)
def test_footnote_styles(text, notes, footnotes):
    seg = segment_text(text)
    got = []
    for note in seg.notes:
        assert note.note is not None, note
        target = seg.passages[note.note]
        assert target.kind == "footnote" and target.label == note.label
        got.append((note.label, text[target.start:target.end][: len(notes[len(got)][1])]))
        # the marker sits inside the sentence it annotates
        carrier = [s for s in seg.sentences if s.start <= note.start < s.end]
        assert len(carrier) == 1 and seg.notes.index(note) in carrier[0].notes
    assert got == notes
    assert sum(p.kind == "footnote" for p in seg.passages) == footnotes


def test_endnote_continuation_paragraph_belongs_to_its_note():
    assert kind_of(ENDNOTES, "This figure included the C bonds") == ("footnote", "1")


def test_notes_numbered_at_the_end_are_not_headings_or_lists():
    assert kind_of(NOTES_SECTION, "Notes") == ("heading", None)
    assert sentences(NOTES_SECTION)[1:3] == [
        "The airlift began on June 26, 1948.1",
        "By the spring of 1949 Allied aircraft were landing in Berlin every few minutes, "
        "carrying some 8,000 tons a day.2",
    ]


@pytest.mark.parametrize(
    "text",
    [
        BULLETS,
        "The area is 120 km² and grew 2.5 percent. Prices rose 4.1 in May.\n",
        "Sales were *strong*.\n\n* first point\n* second point\n",
        "The army advanced.\n\n1. The first item.\n2. The second item.\n",
    ],
    ids=["markdown", "units-and-decimals", "emphasis-then-bullets", "numbered-list"],
)
def test_no_footnotes_where_there_are_none(text):
    seg = segment_text(text)
    assert not seg.notes
    assert all(p.kind != "footnote" for p in seg.passages)


WIKI = """\
Battle of Inchon

The Battle of Inchon was an amphibious invasion during the Korean War.[1] The operation \
involved some 75,000 troops and 261 naval vessels.[2][3]

References

Appleman, Roy E. (1961). South to the Naktong, North to the Yalu. Washington, D.C.: CMH.
Heinl, Robert D. (1968). Victory at High Tide. Philadelphia: Lippincott.
"""


def test_reference_list_entries_are_citations_and_bare_markers_stay_unresolved():
    seg = segment_text(WIKI)
    assert [k for k, _, _ in passages(WIKI, seg)] == [
        "heading", "body", "heading", "citation", "citation"]
    assert [(n.label, n.note) for n in seg.notes] == [("1", None), ("2", None), ("3", None)]
    assert sentence_with(WIKI, seg, "261 naval vessels").notes == (1, 2)


# -- editorial insertions and citations ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "editorial"),
    [
        ("[Here follows a brief account of the fighting -K.W.] The army advanced.",
         ["[Here follows a brief account of the fighting -K.W.]"]),
        ("The terms were signed. [Here follows a listing of the terms—K.W.]",
         ["[Here follows a listing of the terms—K.W.]"]),
        ("The report [ed.] was circulated to the NSC.", ["[ed.]"]),
        ("A further 20,000 men [the exact number is not given - ed.] were missing.",
         ["[the exact number is not given - ed.]"]),
        ("[Editor's note: The original figure was typed over by hand.] It was revised.",
         ["[Editor's note: The original figure was typed over by hand.]"]),
        ("[Translator’s note: literally “volunteers”.] They crossed the river.",
         ["[Translator’s note: literally “volunteers”.]"]),
        ("The KPA [Korean People’s Army] advanced.", []),
        ("The Ambassador [to Moscow Alan G.] Kirk visited Gromyko.", []),
        ("It created a zone, [and] provided for a cease-fire.", []),
        ("He wrote [sic] that the war was over.", []),
        ("We have 240,000 men in the rear [in Manchuria - trans.]. That is a lot.",
         ["[in Manchuria - trans.]."]),
    ],
)
def test_editorial_insertions(text, editorial):
    got = [t for k, t, _ in passages(text) if k == "editorial"]
    assert got == editorial
    seg = segment_text(text)
    assert_covers(text, seg)


@pytest.mark.parametrize(
    ("text", "citations"),
    [
        ("The army numbered 110,000 men. (telegram 468, 1950)", ["(telegram 468, 1950)"]),
        ("Kim pressed for agreement. (telegrams #4-51, 233, 1950)",
         ["(telegrams #4-51, 233, 1950)"]),
        ("Troops were sent. (transmission of Soviet Embassy in Beijing #7, January 18, 1952) "
         "By the end of 1951 the army grew.",
         ["(transmission of Soviet Embassy in Beijing #7, January 18, 1952)"]),
        ("Losses were heavy (ibid., p. 4).", ["(ibid., p. 4)."]),
        ("The figure is disputed (Smith 1999: 23).", ["(Smith 1999: 23)."]),
        ("The figure is disputed (Smith and Lee 2004; Park 2010, 45-47).",
         ["(Smith and Lee 2004; Park 2010, 45-47)."]),
        ("The talks failed (see Doc. 12).", ["(see Doc. 12)."]),
        ("The order was given. (AVP RF, f. 059a, op. 5a, d. 4, l. 79)",
         ["(AVP RF, f. 059a, op. 5a, d. 4, l. 79)"]),
        ("The Chinese withdrew (one may suppose that Mao was afraid of an advance), and left.",
         []),
        ("Gromyko (at that time deputy minister of foreign affairs) met Kirk.", []),
        ("Margin improved to 18.5% (2022: 16.1%).", []),
        ("The war (1950-1953) was costly.", []),
        ("The talks began (June 1950).", []),
        ("As Smith (1999: 23) argues, the figure is too high.", []),
        ("Reports (of 15,000 dead in 1950) were exaggerated.", []),
    ],
)
def test_citations(text, citations):
    seg = segment_text(text)
    got = [text[p.start:p.end] for p in seg.passages if p.kind == "citation"]
    assert got == citations
    for i, p in enumerate(seg.passages):
        if p.kind == "citation":
            citing = [s for s in seg.sentences if i in s.citations]
            assert len(citing) == 1 and citing[0].end <= p.start
    assert_covers(text, seg)


# -- headings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind", "label"),
    [
        ("II. Entry of the Chinese into the Korean War", "heading", "II"),
        ("1. Forces at the outbreak", "heading", "1"),
        ("2.3 Losses by service", "heading", "2.3"),
        ("Chapter 3: The Armistice", "heading", "3"),
        ("PART IV", "heading", "IV"),
        ("## 2. Results", "heading", "2"),
        ("FROM MATERIALS OF THE FOREIGN MINISTRY", "heading", None),
        ("Entry of the Chinese into the Korean War", "heading", None),
        ("25 June 1950", "heading", None),
        ("The Korean government envisioned realizing its goal in three stages:", "body", None),
        ("On July 27 an armistice agreement was signed in Panmunjom.", "body", None),
        ("Revenue: $4.2 billion", "body", None),
        ("the armistice held", "body", None),
        ("- a bulleted point", "body", None),
        ("It fell. Prices rose", "body", None),
    ],
)
def test_headings(line, kind, label):
    text = (f"The war began in 1950 and it lasted for three years in all.\n\n{line}\n\n"
            "The armistice was signed in 1953.\n")
    assert kind_of(text, line) == (kind, label)


def test_heading_runs_straight_into_its_paragraph():
    text = ("Some words to open the text, more than ten of them in a row.\n\n"
            "III. The armistice\nThe talks began on July 10, 1951.\n")
    assert passages(text)[1:] == [
        ("heading", "III. The armistice", "III"),
        ("body", "The talks began on July 10, 1951.", None),
    ]


# -- the archive's description of the document -------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army numbered 110,000.[1]\n\n[1] A higher figure than others give.\n\n"
         "A memorandum prepared in 1951 by the staff of the State Department for the "
         "Secretary.\n", "editorial"),
        ("The talks failed.\n\nThe delegates went home.\n\n"
         "A transcript of the conversation, translated from the Russian by the archive.\n\n"
         "Source\n\nArchive of Foreign Policy, fond 0102\n", "editorial"),
        ("Inflation fell.\n\nThe pound rose.\n\n"
         "A report released on Tuesday by the central bank shows inflation fell to 3.2%.\n",
         "body"),
        ("The war ended in 1953.\n\nThe general asked for permission to cross the Yalu.\n",
         "body"),
        ("The army numbered 110,000.[1]\n\n[1] A higher figure than others give.\n\n"
         "The report was written in haste, and its figures are doubtful.\n", "body"),
    ],
    ids=["after-footnotes", "before-record", "news-last-paragraph", "permission-is-not-rights",
         "comment-after-notes"],
)
def test_description_of_the_document(text, kind):
    last_text = [p for p in segment_text(text).passages if p.kind != "boilerplate"][-1]
    assert last_text.kind == kind


# -- sentence splitting --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. and the U.N. agreed. Talks began.",
         ["The U.S. and the U.N. agreed.", "Talks began."]),
        ("A.A. Gromyko met Alan G. Kirk on June 27. They talked.",
         ["A.A. Gromyko met Alan G. Kirk on June 27.", "They talked."]),
        ("See Vol. II, p. 4 and No. 7 of the series. It is long.",
         ["See Vol. II, p. 4 and No. 7 of the series.", "It is long."]),
        ("Transmission #7 arrived. It was late.", ["Transmission #7 arrived.", "It was late."]),
        ("Tanks, guns, etc. were delivered. The rest followed.",
         ["Tanks, guns, etc. were delivered.", "The rest followed."]),
        ("They sent tanks, guns, etc. The rest followed.",
         ["They sent tanks, guns, etc.", "The rest followed."]),
        ("The rate rose to 1.35 percent. Then it fell.",
         ["The rate rose to 1.35 percent.", "Then it fell."]),
        ("Prices rose, e.g. for food. Wages did not.",
         ["Prices rose, e.g. for food.", "Wages did not."]),
        ("He asked for “the establishment of peace.” The talks began.",
         ["He asked for “the establishment of peace.”", "The talks began."]),
        ("“Stop,” he said. “Now.”", ["“Stop,” he said.", "“Now.”"]),
        ("The plan had three stages: 1) concentration of troops 2) an appeal 3) attack.",
         ["The plan had three stages:", "1) concentration of troops", "2) an appeal",
          "3) attack."]),
        ("Gen. MacArthur landed at Inchon in Sept. 1950. The war turned.",
         ["Gen. MacArthur landed at Inchon in Sept. 1950.", "The war turned."]),
        ("They moved to the U.S. The debate continued.",
         ["They moved to the U.S.", "The debate continued."]),
        ("It is in the U.N. General Assembly now.", ["It is in the U.N. General Assembly now."]),
        ("Smith et al. argued this. Others disagreed.",
         ["Smith et al. argued this.", "Others disagreed."]),
        ("Was it war? Nobody knew! They waited.", ["Was it war?", "Nobody knew!", "They waited."]),
        ("The U.S./U.N. landing at Inchon succeeded.",
         ["The U.S./U.N. landing at Inchon succeeded."]),
        ("He chose Plan B. The army retreated.", ["He chose Plan B.", "The army retreated."]),
        ("He spoke at 10 a.m. and left.", ["He spoke at 10 a.m. and left."]),
        ("The list:\n1) tanks\n2) guns", ["The list:", "1) tanks", "2) guns"]),
        ("A long line\nwrapped in the middle. And another.",
         ["A long line\nwrapped in the middle.", "And another."]),
        ("“such a large affair ... needs much preparation,” but he agreed.",
         ["“such a large affair ... needs much preparation,” but he agreed."]),
        ("Lt. Col. Smith and Capt. Jones (Ret.) arrived. They left.",
         ["Lt. Col. Smith and Capt. Jones (Ret.) arrived.", "They left."]),
    ],
)
def test_sentence_splitting(text, expected):
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected


# -- the hook ------------------------------------------------------------------------------


def test_hook_segment_through_a_plugin_manager(seed):
    text, seg = seed
    pm = pluggy.PluginManager("claimcheck")
    pm.add_hookspecs(hookspecs)
    pm.register(segmenter)
    result = pm.hook.segment(document=Document(id="seed", text=text), config=Config())
    assert result == seg


# -- invariants ----------------------------------------------------------------------------


def assert_covers(text: str, seg: Segments) -> None:
    """The invariants every segmentation keeps, whatever the input."""
    pos = 0
    covered = bytearray(len(text))
    for p in seg.passages:
        assert p.kind in KINDS
        assert pos <= p.start < p.end <= len(text)
        assert not text[p.start].isspace() and not text[p.end - 1].isspace()
        assert p.label is None or isinstance(p.label, str)
        covered[p.start:p.end] = b"\1" * (p.end - p.start)
        pos = p.end
    for i, ch in enumerate(text):
        assert covered[i] or ch.isspace(), (i, ch)
    last = -1
    for s in seg.sentences:
        p = seg.passages[s.passage]
        assert p.kind in READ
        assert p.start <= s.start < s.end <= p.end
        assert s.start >= last
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        last = s.end
        assert all(seg.passages[c].kind == "citation" for c in s.citations)
        for n in s.notes:
            assert s.start <= seg.notes[n].start < s.end
    for note in seg.notes:
        assert seg.passage_at(note.start) is not None
        assert seg.passage_at(note.start).kind in READ
        assert note.note is None or seg.passages[note.note].kind == "footnote"


#: Characters that drive the segmenter's decisions, to make random texts hit its rules.
STRUCTURE = list(
    "aAbZ .,;:!?()[]\"'“”‘’«»*†‡¹²³#-–—/_=\n\n\n\r\t\u00a0\u2028\u200b0123456789IVXKW"
)
FRAGMENTS = [
    "Skip to content", "TOP SECRET", "copies to: Brezhnev (2)", "Document Information",
    "Source", "Rights", "Record ID", "Author(s):", "[1]", "[1] This figure is higher.",
    "II. Entry of the Chinese", "1. Forces", "1) troops", "(telegram 468, 1950)",
    "(ibid., p. 4)", "(Smith 1999: 23)", "[Here follows a summary -K.W.]", "[ed.]",
    "U.S.", "A.A. Gromyko", "Vol. II", "#7", "e.g.", "etc.", "1.35", "peace.”", "Notes",
    "* note", "¹", "______", "A survey of the war compiled in 1966 by the archive.",
    "By January 1, 1950, the DPRK had 110,000 troops.", "FROM MATERIALS OF THE", "\n\n",
    "\n", " ", "References", "## 2. Results", "=====",
]
texts = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(STRUCTURE), max_size=300),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(alphabet=st.sampled_from(STRUCTURE),
                                                   max_size=20), max_size=40).map("".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_segmenting_any_text_keeps_the_invariants(text):
    assert_covers(text, segment_text(text))


@pytest.mark.parametrize("path", [SEED, PRESS, RENDERING, WESTERN], ids=lambda p: p.stem)
def test_seeds_keep_the_invariants(path):
    text = path.read_text("utf-8")
    assert_covers(text, segment_text(text))


@pytest.mark.parametrize(
    "unit",
    ["[", "[a]", "“", '"”’\'(', ".", ". ", "1", "1.1, ", "word ",
     "(telegram 4, 1950). [1] “U.S.” ... ¹ * [x -K.W.]\n"],
    ids=["open-brackets", "bracket-pairs", "quotes", "mixed-quotes", "dots", "dot-space",
         "digits", "decimals", "one-giant-line", "mixed-apparatus"],
)
def test_adversarial_input_is_linear(unit: str) -> None:
    """Unclosed brackets and quotes, runs of dots, one line with no sentence end, a mix of
    notes and apparatus, at 20,000 and 80,000 characters: four times the input makes at
    most five times the calls (``tests/workcount.py``). Matching each bracket against
    every later one, or re-splitting the text after each sentence, makes sixteen."""
    assert_linear(segment_text, repeat(unit), 20_000)
    assert segment_text(repeat(unit)(20_000)).passages




def test_a_story_whose_dateline_names_its_copyright_is_read() -> None:
    # an agency's "Copyright" in a long story's dateline makes it no rights notice
    text = ("TRIAL ENDS.\n\nBy Telegraph.—Press Assn.—Copyright. Received July 22. New York, "
            "July 21. A verdict of guilty was returned against the teacher, who was charged "
            "with breaking the laws of the state. He was fined 100 dollars and was held in "
            "five hundred dollar bail pending an appeal to the Supreme Court in September. "
            "A newspaper offered a bond, which the court accepted as security for the bail. "
            "Sharp exchanges between counsel were frequent in the last days of the trial, "
            "which drew crowds from every part of the country and reporters from abroad.")
    kinds = {p.kind for p in segment_text(text).passages}
    assert "body" in kinds and "boilerplate" not in kinds


def test_a_short_rights_notice_at_the_end_is_still_chrome() -> None:
    text = ("The flood reached the town at dawn and 40 houses were lost in the night.\n\n"
            "© 2023 Valley Herald. All rights reserved.")
    assert [p.kind for p in segment_text(text).passages][-1] == "boilerplate"
