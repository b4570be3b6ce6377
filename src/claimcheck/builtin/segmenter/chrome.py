"""Page chrome and the archive record: what stands around a document but is not its text.

Web navigation, classification markings, page numbers, bylines, funding lines and the
archive's record ("Record ID", "Rights: ...") become boilerplate, which no later step
reads. Lines that may be chrome anywhere are told apart from those that are chrome only
at the top or bottom of a page, and the trailing record is found by walking back from the
end of the document; so the known vocabulary lives in segmenter.toml, the shapes here.
"""

from __future__ import annotations

import re

from claimcheck.plugin import MONTH_NAMES, table

from .headings import strong_heading
from .pieces import LETTER, MAX_LINE, SENTENCE_MARK, Block, norm, short

_CHROME = table("segmenter", package="claimcheck.builtin.segmenter")["chrome"]

ARCHIVE_LABELS: frozenset[str] = frozenset(_CHROME["archive_labels"])
WEB_CHROME_ANYWHERE: frozenset[str] = frozenset(_CHROME["web_anywhere"])
WEB_CHROME_EDGE: frozenset[str] = frozenset(_CHROME["web_edge"])

_SUPPORT = re.compile(
    r"(?i)\b(?:made possible (?:with|by|through|thanks to)|with (?:the )?(?:generous |"
    r"financial |kind )?support (?:of|from)|(?:funded|sponsored|supported|underwritten) by"
    r"|thanks to the (?:generous )?support)\b"
)
_DISTRIBUTION = re.compile(
    r"(?i)(?:copies to|copy to|copies|cc|bcc|distribution(?: list)?|dist|circulation"
    r"|file copy|sent to)[^\S\n]*:"
)
#: A classification marking: "TOP SECRET", "Confidential", "Copy No. 3 of 12".
CLASSIFICATION = re.compile(
    r"(?i)(?:(?:top |strictly )?secret|confidential|strictly confidential|restricted"
    r"|unclassified|classified|for official use only|official use only|fouo|noforn"
    r"|eyes only|personal and confidential|declassified|sanitized copy|not for publication"
    r"|not for distribution|copy (?:no\.?|number)[^\S\n]*\w{1,6}(?: of \w{1,6})?)"
    r"(?:[^\S\n]*[/|,;\-–—]{1,2}[^\S\n]*[\w .]{0,40})?[.]?\Z"
)
_REGISTRY_TOKEN = re.compile(
    r"(?i)\b[a-z]{1,5}-?\d{3,}(?:/[\w-]{1,12}){1,3}|(?:^|\s)(?:no|nr|ref|reg|ser)\.?"
    r"[^\S\n]*[#:]?[^\S\n]*\d[\w/.-]{0,20}\Z|^#?\d{2,}/[\w-]{1,12}(?:/[\w-]{1,12})*\Z"
)
_PAGE = re.compile(
    r"(?i)(?:page[^\S\n]+\d{1,4}(?:[^\S\n]+of[^\S\n]+\d{1,4})?|[-–—][^\S\n]*\d{1,4}"
    r"[^\S\n]*[-–—])\Z"
)
_BYLINE = re.compile(r"(?:By|BY|Written by|Reporting by|Posted by)[^\S\n]+[A-Z]")
_TIMESTAMP = re.compile(
    r"(?i)(?:updated|published|posted|last updated|last modified|first published|modified"
    r"|reviewed)\b[^\S\n]*(?:on\b|:)?[^\S\n]*(?:\d|[a-z]{3,9}[^\S\n]+\d)"
)
_RIGHTS = re.compile(
    r"(?i)all rights reserved|\bcopyright\b|©|\(c\)[^\S\n]*\d{4}|\brights? holders?\b"
    r"|\brights status\b|\bterms of (?:use|service)\b|\bprivacy policy\b|\bcookie policy\b"
    r"|\brequest permission\b|\bpermission for commercial\b|\bwithout (?:prior |written )?"
    r"permission\b|\bpermission to (?:reproduce|reprint|republish|reuse)\b|\bwelcomes reuse\b"
    r"|\blicen[cs]ed under\b|\bcreative commons\b|email[^\S\n]+protected"
)
_GENERIC_LABEL = re.compile(r"[A-Z][\w()'’/&-]{0,20}(?:[^\S\n]+[\w()'’/&-]{1,20}){0,3}:\Z")
_META_LINE = re.compile(r"([A-Za-z][\w()'’ /&-]{0,30}?)[^\S\n]*:[^\S\n]*\S")


def chrome_anywhere(line: str) -> bool:
    """Lines that are never the document's text: separators, page numbers, markings."""
    if not LETTER.search(line) and not any(map(str.isdigit, line)):
        return True  # "* * *", "———"
    if len(line) > 80:
        return False
    return (norm(line) in WEB_CHROME_ANYWHERE or bool(CLASSIFICATION.match(line))
            or bool(_PAGE.match(line)))


def chrome_edge(line: str) -> bool:
    """Chrome at the top or bottom of a page: navigation, funding, distribution, bylines."""
    normed = norm(line)
    if normed in WEB_CHROME_EDGE or normed in WEB_CHROME_ANYWHERE:
        return True
    if _DISTRIBUTION.match(line) or _SUPPORT.search(line):
        return True
    if len(line) > 120:
        return False
    words = line.split()
    if len(words) <= 8 and line[-1] not in ".!?" and _REGISTRY_TOKEN.search(line):
        return True  # "mb-04339/gs 9 August 1966", "No. 1234/s"
    if len(words) <= 8 and _BYLINE.match(line) and line[-1] not in ".!?":
        second = words[1].lower() if len(words) > 1 else ""
        if second not in MONTH_NAMES and second != "the":
            return True
    if len(words) <= 15 and _TIMESTAMP.match(line):
        return True
    return _is_label_line(line)


def _is_label_line(line: str) -> bool:
    """A known archive label alone ("Record ID") or with its value ("Language: English")."""
    if norm(line) in ARCHIVE_LABELS:
        return True
    m = _META_LINE.match(line)
    return bool(m) and norm(m.group(1)) in ARCHIVE_LABELS


def _tail_kind(text: str, block: Block) -> str | None:
    """How a block at the end of a document reads: a label, metadata, rights, chrome."""
    start, end = block[0][0], block[-1][1]
    if end - start > 1500:
        return None
    lines = [text[a:b] for a, b in block]
    if len(lines) == 1:
        if norm(lines[0]) in ARCHIVE_LABELS:
            return "label"
        if len(lines[0]) <= 60 and _GENERIC_LABEL.match(lines[0]):
            return "generic"
    if all(len(x) <= 200 and _is_label_line(x) for x in lines):
        return "meta"
    if _RIGHTS.search(text, start, end) and (end - start <= RIGHTS_BLOCK
                                             or not _is_prose(text, block)):
        return "rights"  # (but a news story whose dateline carries "Copyright" is prose)
    if all(len(x) <= MAX_LINE and (chrome_anywhere(x) or chrome_edge(x)) for x in lines):
        return "chrome"
    return None


#: Characters a block of prose may hold and still be a rights notice ("© 2023 Acme. All
#: rights reserved. ..."): a longer one naming its copyright is a story ("By Telegraph.—
#: Press Assn.—Copyright. ... A verdict of guilty was returned ...").
RIGHTS_BLOCK = 400


def tail_start(text: str, blocks: list[Block]) -> int:
    """Index of the first block of the trailing archive record or page chrome.

    Walks back from the end while blocks read as labels, the values under them, rights
    notices or chrome; the run counts only if it holds more than generic "Label:" lines.
    """
    i = len(blocks)
    strong = False
    kinds: dict[int, str | None] = {}

    def kind(j: int) -> str | None:
        if j not in kinds:
            kinds[j] = _tail_kind(text, blocks[j])
        return kinds[j]

    while i > 0:
        k = kind(i - 1)
        if k is None and i >= 2 and kind(i - 2) == "label":
            start, end = blocks[i - 1][0][0], blocks[i - 1][-1][1]
            if end - start <= 400 and len(blocks[i - 1]) <= 3:
                k = "value"
        if k is None:
            break
        strong = strong or k in ("label", "meta", "rights", "chrome")
        i -= 1
    return i if strong else len(blocks)


def head_end(text: str, blocks: list[Block], tail: int) -> int:
    """Index of the first block of running text: chrome is looked for only before it."""
    for i, block in enumerate(blocks[: min(tail, 30)]):
        first = short(text, *block[0])
        if first is not None and (chrome_edge(first) or chrome_anywhere(first)):
            continue
        if first is not None and strong_heading(first)[0]:
            return i
        if _is_prose(text, block):
            return i
    return min(tail, 30)


def _is_prose(text: str, block: Block) -> bool:
    """Whether a block opens with running text: ten words or more and a sentence end."""
    start, end = block[0][0], min(block[-1][1], block[0][0] + 2000)
    window = text[start:end]
    return len(window.split()) >= 10 and bool(SENTENCE_MARK.search(window))
