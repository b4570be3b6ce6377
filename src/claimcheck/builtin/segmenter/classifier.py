"""The forward pass that gives every line of the document its passage kind.

Chrome, headings, footnotes and the editor's descriptions are each recognised by their
own module; what a line is also depends on where it stands (before the running text,
inside a Notes or References section, after a separator rule, next to the title), and
that state lives here, in one pass over the blocks.
"""

from __future__ import annotations

from .chrome import CLASSIFICATION, chrome_anywhere, chrome_edge
from .editorial import describes_document
from .footnotes import NOTES_HEAD, REFS_HEAD, NoteDefinitions
from .headings import SETEXT, all_caps, ends_in_punct, line_heading, strong_heading
from .pieces import LETTER, Block, Piece, State, short


class Classifier:
    """One forward pass over the blocks, deciding the kind of every line."""

    def __init__(self, text: str, blocks: list[Block], head: int, tail: int) -> None:
        self.text = text
        self.blocks = blocks
        self.head = head
        self.tail = tail
        self.state = State()
        self.pieces: list[Piece] = []
        self.notes = NoteDefinitions(text)

    def run(self) -> list[Piece]:
        """The pieces of every block, in reading order."""
        for index, block in enumerate(self.blocks):
            if index >= self.tail:
                self.pieces.append(Piece("boilerplate", block[0][0], block[-1][1]))
                continue
            self._block(index, block)
        return self.pieces

    def _block(self, index: int, block: Block) -> None:
        text, st = self.text, self.state
        start, end = block[0][0], block[-1][1]
        in_head = index < self.head
        if self._whole_block_heading(block, in_head):
            self._add_heading(start, end, None)
            st.content_blocks += 1
            return
        out: list[Piece] = []
        current: Piece | None = None
        peel = True
        for li, (ls, le) in enumerate(block):
            line = short(text, ls, le)
            if line is not None and (chrome_anywhere(line) or (in_head and chrome_edge(line))):
                out.append(Piece("boilerplate", ls, le))
                current = None
                if not LETTER.search(line) and st.content_blocks:
                    st.zone, st.last_num = "rule", 0
                continue
            note = self.notes.at(ls, le, st)
            if note is not None:
                label, text_start = note
                current = Piece("footnote", ls, le, label, text_start, note_def=True)
                out.append(current)
                st.seen_footnote = True
                peel = False
                continue
            if peel and line is not None:
                heading = self._heading(line, li, len(block))
                if heading is not None:
                    out.append(Piece("heading", ls, le, heading))
                    current = None
                    continue
            peel = False
            if current is not None and current.kind in ("body", "footnote"):
                current.end = le
                continue
            kind = "citation" if st.zone == "refs" else "body"
            current = Piece(kind, ls, le)
            out.append(current)
        self._finish_block(index, out)

    def _whole_block_heading(self, block: Block, in_head: bool) -> bool:
        """Setext headings ("Title" over "=====") and short stacks of all-caps lines."""
        if not 2 <= len(block) <= 3:
            return False
        lines = [short(self.text, a, b, 120) for a, b in block]
        shown = [x for x in lines if x is not None]
        if len(shown) < len(lines) or any(
            chrome_anywhere(x) or (in_head and chrome_edge(x)) for x in shown
        ):
            return False
        if len(shown) == 2 and SETEXT.match(shown[1]) and not ends_in_punct(shown[0]):
            return True
        if self.state.content_blocks == 0 and all(
            len(x.split()) <= 10 and not ends_in_punct(x) and line_heading(x, True)[0]
            for x in shown
        ):
            return True  # a title set over two or three lines
        return all(all_caps(x) and len(x.split()) <= 8 and not ends_in_punct(x)
                   and not CLASSIFICATION.match(x) for x in shown)

    def _heading(self, line: str, li: int, nlines: int) -> str | None:
        """The heading's label ("" when it has none), or None when the line is no heading.

        Inside a Notes or References section only numbered or all-caps headings count,
        so that a short note ("Ibid") does not end the section.
        """
        st = self.state
        if line[:1].islower() or len(line) > 400:
            return None
        notes, refs = NOTES_HEAD.match(line), REFS_HEAD.match(line)
        if notes or refs:
            st.zone, st.last_num = ("notes" if notes else "refs"), 0
            return ""
        if nlines == 1 and st.zone not in ("notes", "refs"):
            ok, label = line_heading(line, title=st.content_blocks == 0)
        elif nlines == 1 or (li < nlines - 1 and len(line) <= 100):
            ok, label = strong_heading(line)
            if not ok and nlines == 1 and all_caps(line) and not ends_in_punct(line):
                ok = True
        else:
            ok, label = False, None
        if not ok:
            return None
        if label is not None:
            st.seen_section = True
        st.zone = None
        return label or ""

    def _add_heading(self, start: int, end: int, label: str | None) -> None:
        self.pieces.append(Piece("heading", start, end, label))

    def _finish_block(self, index: int, out: list[Piece]) -> None:
        st = self.state
        for piece in out:
            if piece.kind == "heading" and piece.label == "":
                piece.label = None
        if not out:
            return
        only_body = all(p.kind == "body" for p in out)
        if only_body and len(out) == 1:
            piece = out[0]
            if self._describes_document(index, piece):
                piece.kind = "editorial"
            elif st.zone == "notes" and self.pieces and self.pieces[-1].kind == "footnote":
                piece.kind, piece.label = "footnote", self.pieces[-1].label
            elif st.zone == "rule" and not st.seen_footnote:
                st.zone = None
        if any(p.kind != "boilerplate" for p in out):
            st.content_blocks += 1
        self.pieces.extend(out)

    def _describes_document(self, index: int, piece: Piece) -> bool:
        """A paragraph about the document rather than in its voice, placed where editors
        put one: right after the title, after the footnotes, or just before the record."""
        st = self.state
        near_top = 1 <= st.content_blocks <= 3 and not st.seen_section
        near_end = st.seen_footnote or index >= self.tail - 2
        if not (near_top or near_end):
            return False
        return describes_document(self.text, piece.start, piece.end)
