"""Rows of columns and key-value lines: what each figure of a table or infobox is about.

A results table copied as plain text gives its figures their subject by a column ("Smith",
"2023") and their measure by a row ("Popular vote", "Revenue"), not by a sentence. This
module reads that structure, and only the structure (the core reads the words):

- a table is two or more consecutive lines of one block split into the same number (two
  or more) of cells: at "|" (Markdown and grid tables, with or without their "|---|"
  rules), at tabs, or at runs of two or more spaces whose cells line up in columns (their
  starts, their ends, or their extents meet in one character column). A cell written with
  a single space before it is still found when it stands in its column ("Popular vote
  1,204,118" under "Candidate   Smith"). A line of prose (many words to a cell, a full
  stop after a word) never joins a table;
- the header row is the first row when its cells after the first hold no digits or are
  all periods ("2023   2022"), or when it is indented over the first column (its stub
  left blank), or when a "|---|" rule follows it. ``Table.header`` then has as many spans
  as each row; a blank stub is an empty span ``(start, start)`` at the line's start;
- two columns of keys and figures without a header ("Date    25 June 1950") are
  key-value lines, not a table: they become labels (labels.py reads the other shapes).

Each line of a table and each label line is then its own sentence, so that a row is not
glued to the next (segment.py hands them to sentences.py).

Every line is visited once and split with bounded regular expressions; a run of rows is
judged by work proportional to its cells. ``work`` (when given) counts the lines visited
and the cells and words handled, so that tests can check the reader is linear.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median_low

from claimcheck.plugin import Label, Table

from .labels import (
    PROSE_WORDS,
    key_like,
    label_shaped,
    line_label,
    spaced_label,
    value_ok,
)
from .pieces import MAX_LINE, READ_KINDS, Block, Piece

Span = tuple[int, int]

#: A column separator in a whitespace table: a tab, or a run of two or more spaces.
_GAP = re.compile(r"[ \t\u00a0]{2,}|\t")
#: A word of a line: a run of characters between spaces.
_TOKEN = re.compile(r"[^ \t\u00a0]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: A rule under a pipe table's header, or the border of a grid table.
_RULE_CHARS = frozenset("-=+|: \t")
#: A column header that names a period: "2023", "FY2023", "2022/23", "Q3 2023", "H1 2024".
_PERIOD = re.compile(
    r"(?:(?:FY|CY|fy)[ \u00a0]?)?(?:1[5-9]|2[01])\d\d(?:[/–-](?:\d\d){1,2})?[A-Za-z]?"
    r"|(?:Q[1-4]|H[12])[ \u00a0]?(?:FY[ \u00a0]?)?(?:\d\d){1,2}"
    r"|(?:\d\d){1,2}[ \u00a0]?(?:Q[1-4]|H[12])"
)
#: A cell that reads as prose: a full stop after a word and more words after it.
_TWO_SENTENCES = re.compile(r"[^\W\d_]{2}[.!?][\"”’')]*[ \t]+[A-Z\"“‘(]")
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?][\"”’')]*\Z")

#: Most words a table cell holds; most words a row holds.
CELL_WORDS = 8
ROW_WORDS = 20


@dataclass
class Line:
    """One line of a block as the table reader sees it."""

    start: int
    end: int
    col: int  # the character column of ``start`` (its indentation)
    mode: str = ""  # "pipe", "ws" (whitespace columns), "rule" or "" (no cells)
    cells: list[Span] = field(default_factory=list)
    tabbed: bool = False
    stub: bool = False  # a header row whose first (row-name) cell is blank


@dataclass
class Layout:
    """What the reader found: tables, labels, and the lines that are each a sentence
    (with False for rules and borders, which are no sentence at all)."""

    tables: list[Table] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    lines: list[tuple[int, int, bool]] = field(default_factory=list)


def read_layout(text: str, blocks: list[Block], work: Counter[str] | None = None) -> Layout:
    """Tables and labels of ``text``, block by block, in reading order."""
    work = work if work is not None else Counter()
    out = Layout()
    for block in blocks:
        _Block(text, block, work, out).read()
    out.labels.sort(key=lambda lab: lab.key)
    out.lines.sort()
    return out


class _Block:
    """The lines of one block, grouped into runs of rows and read as tables or labels."""

    def __init__(self, text: str, block: Block, work: Counter[str], out: Layout) -> None:
        self.text = text
        self.block = block
        self.work = work
        self.out = out
        self.used: set[int] = set()

    def read(self) -> None:
        lines = [self._line(ls, le) for ls, le in self.block]
        i = 0
        while i < len(lines):
            mode = _family(lines[i])
            if not mode:
                i += 1
                continue
            j = i
            while j < len(lines) and (_family(lines[j]) == mode or _loose(self, lines[j], mode)):
                j += 1
            while j > i and _loose(self, lines[j - 1], mode) and not _family(lines[j - 1]):
                j -= 1  # a run ends on a row of cells
            run = list(range(i, j))
            if mode == "pipe":
                self._pipe_run(lines, run)
            else:
                self._ws_run(lines, run)
            i = max(j, i + 1)
        self._cell_lines(lines)
        self._figure_rows(lines)
        labelled: set[int] = set()
        for k, line in enumerate(lines):
            if k in self.used:
                continue
            self.work["label_lines"] += 1
            found = line_label(self.text, line.start, line.end)
            if found and self._fits_context(lines, k):
                self._add_label(k, line, *found)
                labelled.add(k)
        # "Casualties 158 fatalities", "Non-fatal injuries 64": a key and its value one
        # space apart, taken only near another label line, one line between them at most
        # (alone, a title may read so); a long line above it is no broken-off sentence
        # when a label line follows it too
        spaced: dict[int, tuple[Span, Span]] = {}
        for k, line in enumerate(lines):
            if k not in self.used:
                self.work["spaced_lines"] += 1
                found = spaced_label(self.text, line.start, line.end)
                if found:
                    spaced[k] = found
        for k, found in spaced.items():
            if not any(n in spaced or n in labelled for n in (k - 2, k - 1, k + 1, k + 2)):
                continue
            follows = k + 1 in spaced or k + 1 in labelled
            if self._fits_context(lines, k) or (follows and self._fits_context(lines, k, True)):
                self._add_label(k, lines[k], *found)
                labelled.add(k)
        for k in sorted({k + d for k in labelled for d in (-1, 1)}):
            # a second look, next to a label, at what alone reads as a footnote marker
            if 0 <= k < len(lines) and k not in self.used:
                self.work["label_lines"] += 1
                line = lines[k]
                found = line_label(self.text, line.start, line.end, among_labels=True)
                if found and self._fits_context(lines, k):
                    self._add_label(k, line, *found)

    # -- lines --------------------------------------------------------------------------

    def _line(self, ls: int, le: int) -> Line:
        text = self.text
        self.work["lines"] += 1
        k = ls
        while k > 0 and k > ls - 80 and text[k - 1] in " \t\u00a0":
            k -= 1
        line = Line(ls, le, ls - k)
        if le - ls > MAX_LINE:
            return line
        seg = text[ls:le]
        if seg[0] in "-=+|:" and _RULE_CHARS.issuperset(seg) and ("-" in seg or "=" in seg):
            line.mode = "rule"
            return line
        if "|" in seg:
            line.cells = self._pipe_cells(ls, le)
            if len(line.cells) >= 2:
                line.mode = "pipe"
            return line
        if "\t" in seg or "  " in seg or "\u00a0" in seg:
            cells: list[Span] = []
            pos = ls
            typed = True  # every gap two spaces after a full stop, before a capital
            for m in _GAP.finditer(text, ls, le):
                cells.append((pos, m.start()))
                pos = m.end()
                if "\t" in m.group():
                    line.tabbed = True
                typed = typed and text[m.start() - 1] in ".!?" and text[pos].isupper()
            cells.append((pos, le))
            self.work["cells"] += len(cells)
            if len(cells) >= 2 and not (typed and not line.tabbed) and not _prose(text, cells):
                line.mode, line.cells = "ws", cells
        return line

    def _pipe_cells(self, ls: int, le: int) -> list[Span]:
        text = self.text
        cuts = [k for k in range(ls, le) if text[k] == "|"]
        self.work["cells"] += len(cuts) + 1
        bounds = [ls - 1, *cuts, le]
        cells = []
        for a, b in itertools.pairwise(bounds):
            s, e = a + 1, b
            while s < e and text[s] in " \t\u00a0":
                s += 1
            while e > s and text[e - 1] in " \t\u00a0":
                e -= 1
            cells.append((s, e))
        if cuts and cuts[0] == ls:
            cells = cells[1:]
        if cuts and cuts[-1] == le - 1 and cells:
            cells = cells[:-1]
        return [] if _prose(text, cells) else cells

    # -- pipe tables --------------------------------------------------------------------

    def _pipe_run(self, lines: list[Line], run: list[int]) -> None:
        """Stretches of rows with the same number of cells, the rules between them
        skipped."""
        stretch: list[int] = []
        for k in run:
            if lines[k].mode == "rule":
                continue
            if stretch and len(lines[k].cells) != len(lines[stretch[0]].cells):
                self._pipe_stretch(lines, stretch, run)
                stretch = []
            stretch.append(k)
        self._pipe_stretch(lines, stretch, run)

    def _pipe_stretch(self, lines: list[Line], rows: list[int], run: list[int]) -> None:
        if not rows:
            return
        first = lines[rows[0]]
        ruled = rows[0] + 1 < len(lines) and lines[rows[0] + 1].mode == "rule"
        if len(first.cells) == 2 and not ruled:
            self._key_values(lines, rows, aligned=True)  # "Founded | 1985 |"
            return
        if len(rows) < 2:
            return
        header = ruled or _names_header(self.text, first.cells, [lines[k] for k in rows[1:]])
        if self._emit(lines, rows, header):
            for k in run:  # the rules and borders in and around it are no sentences
                if rows[0] - 1 <= k <= rows[-1] + 1 and lines[k].mode == "rule":
                    self.used.add(k)
                    self.out.lines.append((lines[k].start, lines[k].end, False))

    # -- a table copied one cell a line -------------------------------------------------

    def _cell_lines(self, lines: list[Line]) -> None:
        """Runs of lines that each hold one cell closed by "|" ("Political Party |",
        "Abraham Lincoln |", "180 |"): a table copied from a page one cell a line, read
        as rows once its period is found (``_cells_period``)."""
        i = 0
        while i < len(lines):
            if not self._one_cell(i, lines[i]):
                i += 1
                continue
            j = i
            while j < len(lines) and self._one_cell(j, lines[j]):
                j += 1
            self._cells_run(lines, list(range(i, j)))
            i = j

    def _one_cell(self, k: int, line: Line) -> bool:
        return (k not in self.used and not line.mode and len(line.cells) == 1
                and line.end > line.start and self.text[line.end - 1] == "|")

    def _cells_run(self, lines: list[Line], run: list[int]) -> None:
        text = self.text
        cells = [lines[k].cells[0] for k in run]
        self.work["cells"] += len(cells)
        width = _cells_period(text, cells)
        if width is None:
            return
        body = cells[width:]
        table = Table(
            start=lines[run[0]].start,
            end=lines[run[-1]].end,
            header=tuple(cells[:width]),
            rows=tuple(tuple(body[n:n + width]) for n in range(0, len(body), width)),
            columns="measures",
        )
        self.out.tables.append(table)
        for k in run:
            self.used.add(k)
            self.out.lines.append((lines[k].start, lines[k].end, True))

    # -- whitespace tables --------------------------------------------------------------

    def _ws_run(self, lines: list[Line], run: list[int]) -> None:
        rows = [lines[k] for k in run]
        counts = Counter(len(r.cells) for r in rows if r.mode == "ws")
        if not counts:
            return
        n = max(counts, key=lambda c: (counts[c], c))
        full = [r for r in rows if len(r.cells) == n]
        if n >= 3 and len(full) >= 2:
            starts, ends = self._anchors(full, n)
            for r in rows:
                if len(r.cells) < n and not r.tabbed:
                    self._refine(r, n, starts, ends)
        # stretches of rows that fit; a row of one cell fewer may head the next stretch
        # when it is indented over the first column (its stub left blank)
        stretch: list[int] = []
        for at, k in enumerate(run):
            r = lines[k]
            if len(r.cells) == n:
                stretch.append(k)
                continue
            self._ws_stretch(lines, stretch, n)
            stretch = []
            below = [lines[x] for x in run[at + 1:at + 51]]
            if r.mode == "ws" and len(r.cells) == n - 1 and self._stub_header(r, below, n):
                stretch = [k]
        self._ws_stretch(lines, stretch, n)

    def _ws_stretch(self, lines: list[Line], stretch: list[int], n: int) -> None:
        if not stretch:
            return
        rows = [lines[k] for k in stretch]
        aligned = any(r.tabbed for r in rows) or self._aligned(rows, n)
        if n == 2 and not rows[0].stub:
            self._key_values(lines, stretch, aligned)
            return
        if len(rows) < 2 or not aligned:
            return
        first = rows[0]
        header = first.stub or _names_header(self.text, first.cells, rows[1:])
        self._emit(lines, stretch, header)

    def _key_values(self, lines: list[Line], stretch: list[int], aligned: bool) -> None:
        """Two columns: key-value lines, or a table of figures under a header row."""
        text = self.text
        rows = [lines[k] for k in stretch]
        first = rows[0]
        keyed = [key_like(text, *r.cells[0]) for r in rows]
        data = rows[1:]
        if (len(rows) >= 2 and aligned and data and keyed[0] is not None
                and not _has_digit(text, first.cells[1])
                and all(_has_digit(text, r.cells[0]) for r in data)):
            self._emit(lines, stretch, True)  # "Year   Deaths"
            return
        if (len(rows) >= 2 and aligned and keyed[0] is None and _periods(text, first.cells[1:])
                and all(_has_digit(text, r.cells[1]) for r in data)):
            self._emit(lines, stretch, True)  # "(US$ million)    2023"
            return
        if (len(rows) >= 2 and aligned and all(k is None for k in keyed)
                and all(_has_digit(text, r.cells[0]) for r in rows)):
            self._emit(lines, stretch, False)  # "1950   3,000"
            return
        for k, r, key in zip(stretch, rows, keyed, strict=True):
            if key is None:
                continue
            if not (aligned and len(rows) >= 2) and not _wide_gap(text, r):
                continue  # a lone line needs a tab or three spaces between key and value
            vs, ve = r.cells[1]
            if value_ok(text[vs:ve], 8) and self._fits_context(lines, k):
                self._add_label(k, r, key, (vs, ve))

    def _anchors(self, full: list[Line], n: int) -> tuple[list[int], list[int]]:
        starts, ends = [], []
        for j in range(n):
            starts.append(median_low(r.col + r.cells[j][0] - r.start for r in full))
            ends.append(median_low(r.col + r.cells[j][1] - r.start for r in full))
        self.work["cells"] += n * len(full)
        return starts, ends

    def _refine(self, r: Line, n: int, starts: list[int], ends: list[int]) -> None:
        """Split a row's cells at single spaces where a word stands in the next column
        ("Popular vote 1,204,118 998,765" under "Candidate   Smith   Jones")."""
        text = self.text
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, r.start, r.end)]
        self.work["words"] += len(tokens)
        if not tokens or len(tokens) > 4 * n + ROW_WORDS:
            return
        cells = [[tokens[0][0], tokens[0][1]]]
        c = 0
        for (_, prev_end), (s, e) in itertools.pairwise(tokens):
            if s - prev_end >= 2 or (
                c + 1 < n and _in_column(text, r, s, e, starts[c + 1], ends[c + 1])
            ):
                c += 1
            else:
                cells[-1][1] = e
                continue
            if c >= n:
                return
            cells.append([s, e])
        if len(cells) == n:
            r.cells = [(s, e) for s, e in cells]
            r.mode = "ws"

    def _aligned(self, rows: list[Line], n: int) -> bool:
        """Whether the cells of each column after the first line up: the rows' cells
        start or end in the same character column (give or take two), and the header's
        cell, when there is one, stands over them."""
        for j in range(1, n):
            spans = []
            for r in rows:
                cells = ([(r.start, r.start), *r.cells] if r.stub else r.cells)
                s, e = cells[j]
                spans.append((r.col + s - r.start, r.col + e - r.start))
            self.work["cells"] += len(spans)
            if _lined_up(spans):
                continue
            head, data = spans[0], spans[1:]
            if not _lined_up(data):
                return False
            if not (head[0] < max(e for _, e in data) and min(s for s, _ in data) < head[1]):
                return False
        return True

    def _stub_header(self, r: Line, below: list[Line], n: int) -> bool:
        """Whether ``r`` is a header over columns 2..n with the first column left blank:
        it starts right of every row name below it ("          2023     2022")."""
        rows = []
        for b in below:
            if len(b.cells) != n:
                break
            rows.append(b)
        if not rows:
            return False
        if r.tabbed:
            r.stub = self.text[r.start - r.col:r.start].find("\t") >= 0
            return r.stub
        first_col = r.col
        r.stub = all(first_col > b.col + b.cells[0][1] - b.start for b in rows)
        return r.stub

    # -- single-spaced rows under a header of measures -------------------------------

    def _figure_rows(self, lines: list[Line]) -> None:
        """Rows of a name and figures, single-spaced, under a header of one word per
        column ("Party Votes % Swing Seats Change" over "Australian Labor Party
        5,388,184 43.38 +5.74 83 +23"): a table whose columns name the measures and whose
        rows name whose figures they are. The header's last words must be as many as
        each row's figures, so that every column has its word; otherwise nothing is read.

        A header printed with a full stop after each column's name ("Date. Battle.
        Killed. Wounded. Missing." over "July 1-3, 1863. Gettysburg 3,070 14,497 5,434")
        says where its cells end, so a name may have several words and the rows may
        open with more than a name: the cells over the rows' openings split them at
        their own full stops ("July 1-3, 1863." under "Date.", "Gettysburg" under
        "Battle."), and the piece with no figure is whose the row is. Such rows may start
        with an ordinal ("1st Army Corps") and hold dashes for empty cells ("----")."""
        k = 0
        while k < len(lines):
            if k in self.used or lines[k].mode == "pipe":
                k += 1
                continue
            rows: list[tuple[int, list[Span]]] = []
            n = 0
            j = k + 1
            while j < len(lines) and j not in self.used:
                found = _figure_row(self.text, lines[j], self.work)
                if found is None or (n and len(found) - 1 != n):
                    break
                n = len(found) - 1
                rows.append((j, found))
                j += 1
            head = _measures_header(self.text, lines[k], n, self.work) if len(rows) >= 2 \
                else None
            if head is not None:
                head, rows = self._named_rows(head, rows)
            if head is None:
                # (the rows read hold figures, so none of them heads a table: each line
                # is read as a row once)
                k = j if rows else k + 1
                continue
            j = rows[-1][0] + 1
            self.out.tables.append(Table(
                start=lines[k].start, end=lines[j - 1].end, header=tuple(head),
                rows=tuple(tuple(cells) for _, cells in rows), columns="measures"))
            for x in range(k, j):
                self.used.add(x)
                self.out.lines.append((lines[x].start, lines[x].end, True))
            k = j

    def _named_rows(
        self, head: tuple[int, list[Span], bool], rows: list[tuple[int, list[Span]]]
    ) -> tuple[list[Span] | None, list[tuple[int, list[Span]]]]:
        """The header's cells and the rows under it, each row's first cell its name.

        ``head`` is (how many of the header's cells stand over the rows' openings, the
        cells, whether each cell closes with a full stop). Under a header of words, a
        row's opening is its name and holds no figure: the rows end before the first
        that does. Under a header of cells closed by full stops, each opening is split
        at its last full stops into as many pieces as there are cells over the openings
        (one when none is), and the last piece with no figure (past a footnote marker
        glued to it, "Antietam2"), or else a whole opening that starts with an ordinal
        ("1st Army Corps"), is the name; every row's name stands in the same piece, under
        the header's cell for it (a blank cell when none is over the openings). The rows
        end before one that cannot be read so."""
        text = self.text
        stubs, cells, dotted = head
        out: list[tuple[int, list[Span]]] = []
        if not dotted:
            for k, row in rows:
                if _has_digit(text, row[0]) or not text[row[0][0]].isalpha():
                    break
                out.append((k, row))
            return (cells if len(out) >= 2 else None), out
        place = None
        for k, row in rows:
            pieces = _split_opening(text, row[0], max(1, stubs))
            if pieces is None:
                break
            named = [i for i, p in enumerate(pieces) if text[p[0]].isalpha()
                     and not _has_digit(text, _unmarked(text, p))]
            if named:
                at = named[-1]
            elif len(pieces) == 1 and _ORDINAL.match(text, *pieces[0]):
                at = 0
            else:
                break
            if place is not None and at != place:
                break
            place = at
            out.append((k, [_unmarked(text, pieces[at]), *row[1:]]))
        if len(out) < 2 or place is None:
            return None, out
        line_start = cells[0][0]
        name_head = cells[place] if stubs else (line_start, line_start)
        return [name_head, *cells[stubs:]], out

    # -- results ------------------------------------------------------------------------

    def _emit(self, lines: list[Line], rows: list[int], header: bool) -> bool:
        """A table of ``rows`` (the first is the header when ``header``), when its data
        rows hold a figure."""
        text = self.text
        first = lines[rows[0]]
        head: tuple[Span, ...] = ()
        body = rows
        if header:
            cells = [(first.start, first.start), *first.cells] if first.stub else first.cells
            head = tuple(cells)
            body = rows[1:]
        if not body or not any(_has_digit(text, c) for k in body for c in lines[k].cells):
            return False
        table = Table(
            start=first.start,
            end=lines[rows[-1]].end,
            header=head,
            rows=tuple(tuple(lines[k].cells) for k in body),
        )
        self.out.tables.append(table)
        for k in rows:
            self.used.add(k)
            self.out.lines.append((lines[k].start, lines[k].end, True))
        return True

    def _add_label(self, k: int, line: Line, key: Span, value: Span) -> None:
        self.out.labels.append(Label(key=key, value=value))
        self.out.lines.append((line.start, line.end, True))
        self.used.add(k)

    def _fits_context(self, lines: list[Line], k: int, after_only: bool = False) -> bool:
        """A label line is no wrapped line of prose: the line before it does not break off
        mid-sentence (unless ``after_only``), and the line after it does not carry on in
        lower case."""
        text = self.text
        if k + 1 < len(lines):
            nxt = text[lines[k + 1].start]
            if nxt.islower():
                return False
        if k > 0 and not after_only:
            prev = lines[k - 1]
            words = text[prev.start:prev.end].split() if prev.end - prev.start <= 400 else []
            last = text[prev.end - 1]
            if (len(words) > CELL_WORDS or prev.end - prev.start > 400) and (
                last.isalpha() or last in ",;"
            ) and not label_shaped(text, prev.start, prev.end):
                return False  # (but a long infobox line above is no broken-off sentence)
        return True


#: Most characters a single-spaced row or its header holds.
ROW_CHARS = 160
#: A figure as a table cell holds it: a sign, a currency sign, digits, a percent sign.
_FIGURE_CELL = re.compile(r"[-+–−]?[$€£¥]?\d[\d,.]*%?")
#: A cell left empty in a row of figures: a dash, or a run of them ("----", "—").
_EMPTY_CELL = re.compile(r"[-–—]+")
#: An ordinal that opens a row's name ("1st Army Corps", "3d Division", "12th Ward").
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th|d)\b")
#: A footnote marker glued to a name's last word ("Antietam2", "Stone's River4").
_MARKER = re.compile(r"(?<=[a-z])\d{1,2}\Z")
#: A header's cell closed by a full stop: capitalised words, small words between them
#: ("Captured or Missing."), no digit.
_DOTTED_CELL = re.compile(
    r"[ \t\u00a0]*(?P<cell>[A-Z][^\W\d_]*'?[^\W\d_]*"
    r"(?:[ \u00a0](?:[A-Z][^\W\d_]*|[a-z]{1,3})){0,5})\.(?=[ \t\u00a0]|\Z)")


def _figure_row(text: str, line: Line, work: Counter[str]) -> list[Span] | None:
    """[opening, figure, figure, ...] of a line that is an opening of words and then two
    or more figures, single-spaced (a dash for an empty cell among them); None for any
    other line. The opening starts with a letter or a digit (a date, an ordinal): the
    header over the rows says which openings are names (``_named_rows``)."""
    if not 0 < line.end - line.start <= ROW_CHARS or line.mode == "pipe" or not (
            text[line.end - 1].isdigit() or text[line.end - 1] in "%-–—"):
        return None  # (a row ends in a figure: prose is passed over without a split)
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, line.start, line.end)]
    work["words"] += len(tokens)
    if len(tokens) > ROW_WORDS + CELL_WORDS:
        return None
    k = len(tokens)
    figures = 0
    while k > 1:
        if _FIGURE_CELL.fullmatch(text, *tokens[k - 1]):
            figures += 1
        elif not _EMPTY_CELL.fullmatch(text, *tokens[k - 1]):
            break
        k -= 1
    if figures == 0 or len(tokens) - k < 2 or k > CELL_WORDS:
        return None
    name = (tokens[0][0], tokens[k - 1][1])
    if not text[name[0]].isalnum() or _FIGURE_CELL.fullmatch(text, *tokens[k - 1]):
        return None
    return [name, *tokens[k:]]


def _measures_header(
    text: str, line: Line, n: int, work: Counter[str]
) -> tuple[int, list[Span], bool] | None:
    """(cells over the rows' openings, cells, whether each closes with a full stop) of a
    header line over rows of n figures, else None: either n + 1 capitalised words (or
    signs) with no digit, the first over the names ("Party"), then one per column (a
    "%" column is the share of the column before it: its cell reads "Votes %"); or n
    cells or more, each of capitalised words closed by a full stop ("Killed. Wounded.
    Captured or Missing."), the last n one per column, any before them over the rows'
    openings ("Date. Battle."), at most three."""
    if n < 2 or line.end - line.start > ROW_CHARS or line.mode == "pipe":
        return None
    if _has_digit(text, (line.start, line.end)):
        return None
    dotted = _dotted_cells(text, line)
    if dotted is not None:
        if not n <= len(dotted) <= n + 3:
            return None
        spans = [(s, e - 1) for s, e in dotted]  # (the full stop is not the name)
        return len(dotted) - n, spans, True
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, line.start, line.end)]
    work["words"] += len(tokens)
    if len(tokens) != n + 1:
        return None  # one word over the names, one per column: else no sure column
    if not text[tokens[0][0]].isupper() or any(
            text[s].islower() for s, _ in tokens[1:]):
        return None  # "Results by region": a title's words, not a column each
    stub = 1
    columns = tokens[stub:]
    cells = [(tokens[0][0], tokens[stub - 1][1])]
    for i, (s, e) in enumerate(columns):
        cells.append((columns[i - 1][0], e) if text[s:e] == "%" and i else (s, e))
    return 1, cells, False


def _dotted_cells(text: str, line: Line) -> list[Span] | None:
    """The cells of a header line that is nothing but two or more cells each closed by a
    full stop ("Killed. Wounded. Captured or Missing."), each span with its full stop;
    None for any other line."""
    if text[line.end - 1] != "." or ". " not in text[line.start:line.end]:
        return None
    cells = []
    pos = line.start
    while pos < line.end:
        m = _DOTTED_CELL.match(text, pos, line.end)
        if m is None:
            return None
        cells.append((m.start("cell"), m.end()))
        pos = m.end()
    return cells if len(cells) >= 2 else None


def _split_opening(text: str, span: Span, parts: int) -> list[Span] | None:
    """A row's opening cut at its last ``parts - 1`` full stops before a space ("July
    1-3, 1863. Gettysburg" into "July 1-3, 1863" and "Gettysburg"), each piece without
    the full stop; None when it has fewer."""
    s, e = span
    cuts: list[int] = []
    at = e
    while len(cuts) < parts - 1:
        at = text.rfind(". ", s, at)
        if at <= s:
            return None
        cuts.append(at)
    pieces = []
    for cut in reversed(cuts):
        pieces.append((s, cut))
        s = cut + 1
        while s < e and text[s] in " \t\u00a0":
            s += 1
    pieces.append((s, e))
    return pieces if all(b > a for a, b in pieces) else None


def _unmarked(text: str, span: Span) -> Span:
    """A name's span without a footnote marker glued to its end ("Antietam2")."""
    m = _MARKER.search(text, span[0], span[1])
    return (span[0], m.start()) if m else span


def _family(line: Line) -> str:
    if line.mode in ("pipe", "rule"):
        return "pipe"
    return line.mode


def _loose(block: _Block, line: Line, mode: str) -> bool:
    """A line without two-space gaps that may still be a row of a whitespace table, its
    cells single-spaced: short, no prose, holding a figure."""
    if mode != "ws" or line.mode or line.end - line.start > 160:
        return False
    text = block.text
    words = text[line.start:line.end].split()
    return (2 <= len(words) <= ROW_WORDS and _has_digit(text, (line.start, line.end))
            and not _prose(text, [(line.start, line.end)]))


def _in_column(text: str, r: Line, s: int, e: int, start: int, end: int) -> bool:
    """Whether the word ``text[s:e]`` of row ``r`` stands in the column that starts at
    character column ``start`` and ends at ``end``."""
    cs, ce = r.col + s - r.start, r.col + e - r.start
    if abs(cs - start) <= 1:
        return True
    figure = any(map(str.isdigit, text[s:e]))
    return figure and (abs(cs - start) <= 2 or abs(ce - end) <= 2)


def _lined_up(spans: list[Span]) -> bool:
    """Whether character-column extents start or end together (give or take two)."""
    return (max(s for s, _ in spans) - min(s for s, _ in spans) <= 2
            or max(e for _, e in spans) - min(e for _, e in spans) <= 2)


def _prose(text: str, cells: list[Span]) -> bool:
    """Whether cells read as running text: a cell of many words, two sentences in one
    cell, a long cell closing a sentence, a cell of words going on in lower case from
    the one before, words of prose ("the", "was"), or too many words in all."""
    total = 0
    prose_words = 0
    for n, (s, e) in enumerate(cells):
        cell = text[s:e]
        words = _WORD.findall(cell)
        total += len(words)
        if len(words) > CELL_WORDS or _TWO_SENTENCES.search(cell):
            return True
        if len(words) >= 4 and _SENTENCE_END.search(cell):
            return True
        if n and len(words) >= 2 and cell[:1].islower():
            return True
        prose_words += sum(w.lower() in PROSE_WORDS for w in words)
    return total > ROW_WORDS or prose_words >= 2


#: The most columns a table copied one cell a line is read with.
CELL_COLUMNS = 12


def _cells_period(text: str, cells: list[Span]) -> int | None:
    """The number of columns of a table copied one cell a line: the fewest (two or more)
    that make a header of cells without digits and then two or more rows, each with
    figures in the same columns as the others. None when no number of columns does."""
    digits = [_has_digit(text, c) for c in cells]
    for width in range(2, min(CELL_COLUMNS, len(cells) // 3) + 1):
        body = digits[width:]
        if any(digits[:width]) or len(body) % width or not any(body[:width]):
            continue
        pattern = body[:width]
        if all(body[n:n + width] == pattern for n in range(width, len(body), width)):
            return width
    return None


def _has_digit(text: str, span: Span) -> bool:
    s, e = span
    return any(map(str.isdigit, text[s:e]))


def _periods(text: str, cells: list[Span]) -> bool:
    """Whether every cell names a period ("2023", "FY2022", "Q3 2023")."""
    return bool(cells) and all(_PERIOD.fullmatch(text[s:e]) for s, e in cells)


def _names_header(text: str, cells: list[Span], below: list[Line]) -> bool:
    """Whether a first row names the columns: its cells after the first hold no digits,
    or all name periods over rows of figures."""
    if not below:
        return False
    if not any(_has_digit(text, c) for c in cells[1:]):
        return True
    return _periods(text, cells[1:]) and any(
        _has_digit(text, c) for r in below for c in r.cells[1:]
    )


def _wide_gap(text: str, r: Line) -> bool:
    """Whether key and value stand apart by a tab or three spaces or more."""
    gap = text[r.cells[0][1]:r.cells[1][0]]
    return "\t" in gap or len(gap) >= 3


def keep_read(layout: Layout, pieces: list[Piece]) -> Layout:
    """The tables, labels and lines of ``layout`` that stand in passages that are read
    (not in page chrome, an archive record or a citation)."""
    ranges = [
        (p.text_start if p.note_def and p.text_start else p.start, p.end)
        for p in pieces if p.kind in READ_KINDS
    ]
    starts = [a for a, _ in ranges]

    def read(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s) - 1
        return i >= 0 and ranges[i][0] <= s and e <= ranges[i][1]

    def read_span(s: int, e: int) -> bool:
        return read(s, max(s, e)) if e > s else read(s, s + 1) or read(s - 1, s)

    out = Layout()
    for t in layout.tables:
        cells = [*t.header, *(c for row in t.rows for c in row)]
        if all(read_span(s, e) for s, e in cells if e > s):
            out.tables.append(t)
    out.labels = [lab for lab in layout.labels if read_span(*lab.key) and read_span(*lab.value)]
    out.lines = [ln for ln in layout.lines if _touches_read(ln, starts, ranges)]
    return out


def _touches_read(line: tuple[int, int, bool], starts: list[int], ranges: list[Span]) -> bool:
    s, e, _ = line
    i = bisect.bisect_right(starts, s) - 1
    if i >= 0 and ranges[i][1] > s:
        return True
    return i + 1 < len(ranges) and ranges[i + 1][0] < e
