"""Tables and key-value lines: the segmenter reads rows of columns and "Key: value" lines.

Encyclopedia pages, fact sheets and company reports give a figure its subject by a column
("Smith", "2023") and its measure by a row or a key ("Popular vote", "Turnout"). The
segmenter only finds the structure (``Segments.tables`` and ``Segments.labels``); these
tests pin it on layouts of several kinds, with exact spans, and pin what must not be read
as a table or a label: prose with double spaces, transcripts, notes, names with numbers.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.builtin.segmenter.pieces import split_blocks
from claimcheck.builtin.segmenter.segment import segment_text
from claimcheck.builtin.segmenter.tables import read_layout
from claimcheck.model import Label, Segments, Table


def cells(text: str, spans) -> list[str]:
    return [text[s:e] for s, e in spans]


def grid(text: str, table: Table) -> tuple[list[str], list[list[str]]]:
    """A table as the words it holds: its header and its rows."""
    return cells(text, table.header), [cells(text, row) for row in table.rows]


def labels(text: str, seg: Segments | None = None) -> list[tuple[str, str]]:
    seg = seg or segment_text(text)
    return [(text[slice(*lab.key)], text[slice(*lab.value)]) for lab in seg.labels]


def sentences(text: str, seg: Segments) -> list[str]:
    return [text[s.start:s.end] for s in seg.sentences]


def only_table(text: str) -> tuple[Segments, Table]:
    seg = segment_text(text)
    assert len(seg.tables) == 1, [grid(text, t) for t in seg.tables]
    return seg, seg.tables[0]


def assert_exact(text: str, seg: Segments) -> None:
    """Every span is an exact, trimmed piece of the text; a header is as wide as a row."""
    for t in seg.tables:
        assert 0 <= t.start < t.end <= len(text)
        spans = [*t.header, *(c for row in t.rows for c in row)]
        for s, e in spans:
            assert t.start <= s <= e <= t.end
            piece = text[s:e]
            assert piece == piece.strip()
            assert "\n" not in piece
        widths = {len(row) for row in t.rows}
        assert len(widths) == 1 and min(widths) >= 2
        assert not t.header or len(t.header) == len(t.rows[0])
    for lab in seg.labels:
        (ks, ke), (vs, ve) = lab.key, lab.value
        assert 0 <= ks < ke <= vs < ve <= len(text)
        for piece in (text[ks:ke], text[vs:ve]):
            assert piece and piece == piece.strip() and "\n" not in piece
        assert not text[ks:ke].endswith(":")
    keys = [lab.key for lab in seg.labels]
    assert keys == sorted(keys)


# -- whitespace tables ------------------------------------------------------------------


ELECTION = """Results of the 2019 election

The election was held on 12 May 2019. Turnout rose sharply.

Candidate   Smith      Jones     Brown
Party       Labour     Liberal   Green
Popular vote 1,204,118 998,765   41,002
Percentage  52.1%      43.2%     1.8%

Smith won the seat.
"""


def test_election_results_in_aligned_columns():
    seg, table = only_table(ELECTION)
    assert grid(ELECTION, table) == (
        ["Candidate", "Smith", "Jones", "Brown"],
        [
            ["Party", "Labour", "Liberal", "Green"],
            # a cell set off by one space only is still found in its column
            ["Popular vote", "1,204,118", "998,765", "41,002"],
            ["Percentage", "52.1%", "43.2%", "1.8%"],
        ],
    )
    assert ELECTION[table.start:table.end].startswith("Candidate")
    assert ELECTION[table.start:table.end].endswith("1.8%")
    assert_exact(ELECTION, seg)
    assert seg.labels == ()


def test_each_row_is_a_sentence_of_its_own():
    seg = segment_text(ELECTION)
    said = sentences(ELECTION, seg)
    assert said[3:8] == [
        "Candidate   Smith      Jones     Brown",
        "Party       Labour     Liberal   Green",
        "Popular vote 1,204,118 998,765   41,002",
        "Percentage  52.1%      43.2%     1.8%",
        "Smith won the seat.",
    ]
    assert said[1:3] == ["The election was held on 12 May 2019.", "Turnout rose sharply."]


COMPANY = """Acme Corp: annual results

(US$ million)            2023      2022
Revenue                 4,210     3,980
Operating profit          512       430
Net income                301       288

Revenue grew by 6%, the board said.
"""


def test_company_results_with_years_as_column_headers():
    seg, table = only_table(COMPANY)
    assert grid(COMPANY, table) == (
        ["(US$ million)", "2023", "2022"],
        [["Revenue", "4,210", "3,980"], ["Operating profit", "512", "430"],
         ["Net income", "301", "288"]],
    )
    assert_exact(COMPANY, seg)


def test_a_header_over_a_blank_first_column_has_an_empty_stub():
    text = (
        "Trade balance\n\n"
        "                 2021     2020\n"
        "Exports         1,200    1,100\n"
        "Imports           980      910\n"
    )
    seg, table = only_table(text)
    header, rows = grid(text, table)
    assert header == ["", "2021", "2020"]
    assert rows == [["Exports", "1,200", "1,100"], ["Imports", "980", "910"]]
    stub = table.header[0]
    assert stub[0] == stub[1] == text.index("2021")  # an empty span where the line starts
    assert_exact(text, seg)


def test_quarters_and_fiscal_years_head_columns_too():
    text = (
        "Segment      Q3 2024    Q3 2023\n"
        "Cloud          1,140        990\n"
        "Devices          420        455\n"
        "\n"
        "Region       FY2023     FY2022\n"
        "Europe          310        298\n"
        "Asia            505        470\n"
    )
    seg = segment_text(text)
    assert [grid(text, t)[0] for t in seg.tables] == [
        ["Segment", "Q3 2024", "Q3 2023"], ["Region", "FY2023", "FY2022"],
    ]


def test_tab_separated_table():
    text = "Losses by year\n\nYear\tDeaths\tInjured\n1950\t3,000\t12,500\n1951\t4,100\t9,800\n"
    seg, table = only_table(text)
    assert grid(text, table) == (
        ["Year", "Deaths", "Injured"],
        [["1950", "3,000", "12,500"], ["1951", "4,100", "9,800"]],
    )
    assert sentences(text, seg)[1:] == ["Year\tDeaths\tInjured", "1950\t3,000\t12,500",
                                        "1951\t4,100\t9,800"]


def test_a_table_whose_first_row_holds_figures_has_no_header():
    text = "1950   3,000   12,500\n1951   4,100    9,800\n1952   2,700    8,100\n"
    _, table = only_table(text)
    assert table.header == ()
    assert [cells(text, r) for r in table.rows] == [
        ["1950", "3,000", "12,500"], ["1951", "4,100", "9,800"], ["1952", "2,700", "8,100"],
    ]


def test_right_aligned_figures_under_a_left_aligned_header():
    text = (
        "Division          Strength    Losses\n"
        "First Division       9,500     1,200\n"
        "Second Division     11,000       870\n"
    )
    _, table = only_table(text)
    assert grid(text, table) == (
        ["Division", "Strength", "Losses"],
        [["First Division", "9,500", "1,200"], ["Second Division", "11,000", "870"]],
    )


def test_a_table_beside_a_title_and_prose_in_one_block():
    text = (
        "Table 2. Seats won\n"
        "Party        Seats   Change\n"
        "Labour         210      +12\n"
        "Liberal        150       -9\n"
    )
    _, table = only_table(text)
    assert grid(text, table)[0] == ["Party", "Seats", "Change"]
    assert len(table.rows) == 2


# -- pipe and grid tables ---------------------------------------------------------------


PIPES = """Seats after the 2010 election

| Party | Votes | Seats |
|---|---:|---:|
| Conservative | 10,703,654 | 306 |
| Labour | 8,606,517 | 258 |
| Liberal Democrat | 6,836,248 | 57 |

The Conservatives formed a coalition.
"""


def test_pipe_table_with_a_rule_under_its_header():
    seg, table = only_table(PIPES)
    assert grid(PIPES, table) == (
        ["Party", "Votes", "Seats"],
        [["Conservative", "10,703,654", "306"], ["Labour", "8,606,517", "258"],
         ["Liberal Democrat", "6,836,248", "57"]],
    )
    said = sentences(PIPES, seg)
    assert "|---|---:|---:|" not in " ".join(said)  # a rule is no sentence
    assert said[1:5] == [
        "| Party | Votes | Seats |",
        "| Conservative | 10,703,654 | 306 |",
        "| Labour | 8,606,517 | 258 |",
        "| Liberal Democrat | 6,836,248 | 57 |",
    ]
    assert_exact(PIPES, seg)


def test_a_rule_makes_a_header_even_over_figures():
    text = "| 2023 | 2022 |\n|------|------|\n| 4,210 | 3,980 |\n| 512 | 430 |\n"
    _, table = only_table(text)
    assert grid(text, table) == (["2023", "2022"], [["4,210", "3,980"], ["512", "430"]])


def test_grid_table_with_borders():
    text = (
        "+-----------+---------+---------+\n"
        "| Side      | Killed  | Wounded |\n"
        "+===========+=========+=========+\n"
        "| Northern  | 12,000  | 30,500  |\n"
        "+-----------+---------+---------+\n"
        "| Southern  | 9,800   | 21,000  |\n"
        "+-----------+---------+---------+\n"
    )
    seg, table = only_table(text)
    assert grid(text, table) == (
        ["Side", "Killed", "Wounded"],
        [["Northern", "12,000", "30,500"], ["Southern", "9,800", "21,000"]],
    )
    assert_exact(text, seg)


def test_empty_cells_of_a_pipe_table_are_empty_spans():
    text = "| | 2023 | 2022 |\n|---|---|---|\n| Revenue | 4,210 | 3,980 |\n"
    _, table = only_table(text)
    header, rows = grid(text, table)
    assert header == ["", "2023", "2022"]
    assert rows == [["Revenue", "4,210", "3,980"]]


def test_two_columns_of_keys_and_figures_between_pipes_are_labels():
    text = (
        "Enron\n\n"
        "Company type | Public |\n"
        "Founded | Omaha, Nebraska, 1985 |\n"
        "Revenue | 100,789,000,000 US dollars (2000) |\n"
        "Number of employees | 9,500 as of 2006 |\n"
    )
    seg = segment_text(text)
    assert seg.tables == ()
    assert labels(text, seg) == [
        ("Founded", "Omaha, Nebraska, 1985"),
        ("Revenue", "100,789,000,000 US dollars (2000)"),
        ("Number of employees", "9,500 as of 2006"),
    ]


# -- not tables -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # two spaces after each full stop, typewriter style
        "The army crossed the river on 3 May.  It lost 1,200 men in two days.  The\n"
        "rains came on 9 May.  By then 40,000 troops had landed on the coast.  Most\n"
        "of them stayed until 1952.  Only 3,000 were left by the spring of 1953.\n",
        # justified text, its spaces stretched
        "The  army advanced  thirty miles in  the first two days of the\n"
        "offensive  and took  3,000 prisoners  before the rains came in\n"
        "late  May, when  the roads  turned to mud  for 40 days.\n",
        # a sentence in each cell
        "Revenue rose.  It was 4.2 billion in 2023.  Costs fell 5%.\n"
        "Profit rose.  It was 1.1 billion in 2023.  Debt fell 2%.\n",
        # a short poem, indented
        "  Ten  thousand  ships\n  upon  the  sea in 1588\n",
    ],
    ids=["typewriter", "justified", "sentences", "verse"],
)
def test_prose_with_double_spaces_is_not_a_table(text):
    seg = segment_text(text)
    assert seg.tables == ()
    assert seg.labels == ()


def test_columns_that_do_not_line_up_are_not_a_table():
    text = "North  12,000  30,500\nSouth region total      9,800 21,000  x\nEast   1  2\n"
    assert segment_text(text).tables == ()


def test_names_without_figures_are_not_a_table():
    text = "Candidate   Smith      Jones\nParty       Labour     Liberal\n"
    assert segment_text(text).tables == ()


def test_tables_in_page_chrome_are_not_read():
    text = (
        "The war ended in 1953 with an armistice signed at Panmunjom by both sides.\n\n"
        "Record ID: 114787\nOriginal Uploaded Date: 2012-08-03\nLanguage: English\n"
        "Rights: All rights reserved\n"
    )
    seg = segment_text(text)
    assert seg.labels == () and seg.tables == ()


# -- labels -----------------------------------------------------------------------------


INFOBOX = """Korean War

Date    25 June 1950 – 27 July 1953
Location\tKorean Peninsula
Strength: 30,000 (est.)
Casualties and losses
Turnout61.3%
UNITED FORCES - 20,000

The war began in June.
"""


def test_infobox_lines_are_labels():
    seg = segment_text(INFOBOX)
    assert labels(INFOBOX, seg) == [
        ("Date", "25 June 1950 – 27 July 1953"),
        ("Strength", "30,000 (est.)"),
        ("Turnout", "61.3%"),
        ("UNITED FORCES", "20,000"),
    ]
    assert seg.tables == ()  # two columns of keys and values are labels, not a table
    assert_exact(INFOBOX, seg)


def test_label_lines_are_sentences_of_their_own():
    seg = segment_text(INFOBOX)
    assert sentences(INFOBOX, seg) == [
        "Korean War",
        "Date    25 June 1950 – 27 July 1953",
        "Location\tKorean Peninsula",
        "Strength: 30,000 (est.)",
        "Casualties and losses",
        "Turnout61.3%",
        "UNITED FORCES - 20,000",
        "The war began in June.",
    ]


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("Strength: 30,000 (est.)", "Strength", "30,000 (est.)"),
        ("Popular vote:   1,204,118", "Popular vote", "1,204,118"),
        ("Killed in action : 3,212", "Killed in action", "3,212"),
        ("- Confirmed Cases: 20", "Confirmed Cases", "20"),
        ("• Deaths: 8", "Deaths", "8"),
        ("Revenue: $4.2 billion", "Revenue", "$4.2 billion"),
        ("Date: 6 August 2014", "Date", "6 August 2014"),
        ("Time: 10:30", "Time", "10:30"),
        ("UNITED FORCES - 20,000", "UNITED FORCES", "20,000"),
        ("Chinese forces – about 300,000", "Chinese forces", "about 300,000"),
        ("North Korean Army—135,000", "North Korean Army", "135,000"),
        ("Turnout61.3%", "Turnout", "61.3%"),
        ("Popular vote1,204,118", "Popular vote", "1,204,118"),
        ("Strength30,000 (est.)", "Strength", "30,000 (est.)"),
        ("Revenue$4.2 billion", "Revenue", "$4.2 billion"),
        ("TOTAL CASUALTIES36,574", "TOTAL CASUALTIES", "36,574"),
        ("Population\t2,345,000", "Population", "2,345,000"),
        ("Area      1,234 km2", "Area", "1,234 km2"),
        ("Strength: 30 000", "Strength", "30 000"),  # thousands set apart by a space
    ],
)
def test_label_shapes(line, key, value):
    text = f"Facts\n\n{line}\n\nThe rest is prose.\n"
    seg = segment_text(text)
    assert labels(text, seg) == [(key, value)]
    assert_exact(text, seg)


@pytest.mark.parametrize(
    "line",
    [
        "Note: 3,000 is only an estimate",  # a key that names no measure
        "Source: Ministry of Defence, 2020",
        "Table 3: Casualties by year, 1950",  # a key with a number is a caption
        "Smith: We lost 3,000 men.",  # a transcript
        "Reporter: They said it was 3,000",
        "Killed: 3,000, wounded: 5,000",  # two keys on one line
        "Location: Korean Peninsula",  # no figure
        "Coalition   46.76 –5.98 62 –25",  # a row of figures whose columns were lost
        "Votes: 1,204,118 998,765",
        "Ebola Outbreak — Nigeria, July–September 2014",  # a title's dash
        "The war – 3 years of it – ended",  # prose with dashes
        "Flight370 was lost over the sea",  # a name's number
        "Route66",
        "COVID19",  # an acronym's number
        "Mar2023",  # a month
        "Background2",  # a footnote marker whose superscript was lost
        "total: 3,000",  # a key in lower case
        "Date 25 June 1950",  # one space: no telling key from value
        "Date  25 June 1950",  # two spaces on a lone line: not enough
        "Casualties: the army lost 3,000 men in the first week of the war",  # prose
    ],
)
def test_not_labels(line):
    text = f"Facts\n\n{line}\n\nThe rest is prose.\n"
    assert labels(text) == [], line


def test_glued_infobox_copied_without_its_tabs():
    text = (
        "STS-135\n\n"
        "Mission typeISS logistics\n"
        "Mission duration12 days, 18 hours, 28 minutes\n"
        "Distance travelled8,505,161 km (5,284,862 mi)\n"
        "Crew size4\n"
        "COSPAR ID2011-031A\n"
        "Launch date8 July 2011 15:29 UTC\n"
        "Inclination51.6 degrees\n"
    )
    assert labels(text) == [
        ("Mission duration", "12 days, 18 hours, 28 minutes"),
        ("Distance travelled", "8,505,161 km (5,284,862 mi)"),
        # one digit glued to a word counts next to other labels, not alone (Background2)
        ("Crew size", "4"),
        ("Launch date", "8 July 2011 15:29 UTC"),
        ("Inclination", "51.6 degrees"),
    ]


def test_a_key_line_that_runs_on_into_prose_is_no_label():
    text = "Results\n\nCasualties: 3,000\nmen died in the first week, the ministry said.\n"
    assert labels(text) == []
    text = ("In the spring the ministry published its count of the losses and\n"
            "Casualties: 3,000\n")
    assert labels(text) == []


def test_two_aligned_columns_of_keys_are_labels():
    text = (
        "Fact sheet\n\n"
        "Founded     1985\n"
        "Employees   21,000\n"
        "Location    Houston, Texas\n"
        "Revenue     $101 billion (2000)\n"
    )
    seg = segment_text(text)
    assert seg.tables == ()
    assert labels(text, seg) == [
        ("Founded", "1985"), ("Employees", "21,000"), ("Revenue", "$101 billion (2000)"),
    ]


def test_two_columns_under_a_header_of_names_are_a_table():
    text = "Year    Deaths\n1950    3,000\n1951    4,100\n"
    seg, table = only_table(text)
    assert grid(text, table) == (["Year", "Deaths"], [["1950", "3,000"], ["1951", "4,100"]])
    assert seg.labels == ()


def test_labels_in_an_all_caps_heading_block():
    text = "UNITED FORCES - 20,000\nCHINESE FORCES - 300,000\n\nThe battle began at dawn.\n"
    seg = segment_text(text)
    assert labels(text, seg) == [("UNITED FORCES", "20,000"), ("CHINESE FORCES", "300,000")]
    assert sentences(text, seg)[:2] == ["UNITED FORCES - 20,000", "CHINESE FORCES - 300,000"]


# -- the seeds and the invariants -------------------------------------------------------


def test_records_are_the_models():
    _, table = only_table(ELECTION)
    assert isinstance(table, Table)
    assert all(isinstance(lab, Label) for lab in segment_text(INFOBOX).labels)


STRUCTURE = list("aAZ 019,.:%$|-–\t\n\n+=()")
FRAGMENTS = [
    "Revenue", "Popular vote", "  ", "   ", "\t", " | ", "|---|---|", "2023", "1,204,118",
    "52.1%", "Strength: ", "UNITED FORCES - ", "Turnout", "61.3%", "\n", "Note: ",
    "+----+----+", "The army advanced.  ", "  2022\n", "(est.)",
]
texts = st.one_of(
    st.text(alphabet=st.sampled_from(STRUCTURE), max_size=300),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(alphabet=st.sampled_from(STRUCTURE),
                                                   max_size=12), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_gives_exact_spans(text):
    seg = segment_text(text)
    assert_exact(text, seg)
    last = -1
    for s in seg.sentences:
        assert s.start >= last
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        last = s.end


# -- linear work ------------------------------------------------------------------------


PROSE_LINE = ("The army crossed the river on 3 May and lost 1,200 men.  By then 40,000 "
              "troops had landed.\n")


@pytest.mark.parametrize(
    ("text", "per_line"),
    [
        (PROSE_LINE * 11_000, 6),  # ~1 MB of prose, two spaces after each full stop
        (("Revenue                 4,210     3,980\n" * 40 + "\n") * 600, 12),  # tables
        ("Strength: 30,000 (est.)\nTurnout61.3%\n" * 25_000, 6),  # labels
        (("| a | 1 | 2 |\n" * 50 + "|---|---|---|\n") * 1_000, 12),  # pipes and rules
    ],
    ids=["prose", "tables", "labels", "pipes"],
)
def test_reading_tables_is_linear_in_the_lines(text, per_line):
    """The reader visits each line once and handles a bounded number of cells and words
    for it: counted, not timed."""
    blocks = split_blocks(text)
    nlines = sum(len(b) for b in blocks)
    work: Counter[str] = Counter()
    read_layout(text, blocks, work)
    assert work["lines"] == nlines
    assert work["label_lines"] <= nlines
    assert work["spaced_lines"] <= nlines
    assert work["cells"] + work["words"] <= per_line * nlines


def test_work_grows_with_the_text_and_no_faster():
    row = "Revenue                 4,210     3,980\n"
    costs = []
    for rows in (1_000, 4_000):
        text = row * rows
        work: Counter[str] = Counter()
        read_layout(text, split_blocks(text), work)
        costs.append(sum(work.values()))
    assert costs[1] <= 4 * costs[0] + 100


def test_a_year_beside_a_key_is_a_value_but_over_a_caption_heads_a_column():
    text = (
        "Fact sheet\n\n"
        "Founded     1985\n"
        "Employees   21,000\n\n"
        "(US$ million)    2023\n"
        "Revenue         4,210\n"
        "Net income        301\n"
    )
    seg, table = only_table(text)
    assert labels(text, seg) == [("Founded", "1985"), ("Employees", "21,000")]
    assert grid(text, table) == (
        ["(US$ million)", "2023"], [["Revenue", "4,210"], ["Net income", "301"]],
    )


def test_single_spaced_rows_under_a_header_of_measures():
    """"Division Revenue % Staff" over rows of a name and three figures, one space apart:
    the header's last words name the columns (a "%" the share of the column before it),
    the rows name whose figures they are."""
    text = ("Results for the year\n"
            "Division Revenue % Staff\n"
            "Northern Mills 4,210 38.5 310\n"
            "Harbour Freight 3,905 35.7 -12\n"
            "Eastern Works 2,820 25.8 205\n")
    seg, table = only_table(text)
    assert table.columns == "measures"
    head, rows = grid(text, table)
    assert head == ["Division", "Revenue", "Revenue %", "Staff"]
    assert rows[0] == ["Northern Mills", "4,210", "38.5", "310"]
    assert rows[1] == ["Harbour Freight", "3,905", "35.7", "-12"]
    assert_exact(text, seg)


@pytest.mark.parametrize("text", [
    # the header's words do not match the rows' figures one for one
    "Division Revenue Staff Offices\nNorthern Mills 4,210 310\nHarbour Freight 3,905 290\n",
    # a title of words, not one word per column
    "Results by region\nNorth 120 340\nSouth 98 410\n",
    # one row is no table
    "Division Revenue Staff\nNorthern Mills 4,210 310\n",
])
def test_not_a_table_of_measures(text: str) -> None:
    assert not [t for t in segment_text(text).tables if t.columns == "measures"]
