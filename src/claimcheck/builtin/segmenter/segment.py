"""The built-in segmenter: passages with a role, and the sentences inside them.

Every later step trusts the passage kinds: extractors skip page chrome and citations,
and comparisons weigh an editor's footnote differently from the report's own voice. So
the segmenter decides with general signals, kept as data below, rather than with the
seed's exact lines: the position of a line (the very start or end of the document, after
the footnotes), its shape (a short label followed by a value, an all-caps line, a
numbered heading, a bracket signed by an editor) and known vocabulary of archive and web
chrome.

It works in one pass over the lines with compiled regular expressions whose repetitions
are bounded, and it never looks at more than a bounded window around any place, so it is
linear in the size of the document whatever the input.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from claimcheck.plugin import (
    MONTH_NAMES,
    NoteRef,
    Passage,
    Segments,
    Sentence,
    split_sentences,
)

# -- vocabulary ----------------------------------------------------------------------------

#: Labels of archive records and publication metadata ("Record ID", "Rights", ...), as a
#: line of their own or as "Label: value". Lower case, without the colon.
ARCHIVE_LABELS = frozenset({
    "author", "authors", "author(s)", "editor", "editors", "editor(s)", "translator",
    "translated by", "document information", "document details", "record information",
    "source", "original source", "rights", "rights information", "usage rights",
    "original uploaded date", "uploaded date", "upload date", "date uploaded",
    "date added", "date created", "date modified", "last modified", "type",
    "document type", "resource type", "language", "languages", "original language",
    "record id", "record", "identifier", "id", "donors", "donor", "funders", "funder",
    "funding", "sponsor", "sponsors", "citation", "cite", "cite this", "how to cite",
    "suggested citation", "subjects", "subjects discussed", "keywords", "tags",
    "topics", "categories", "category", "original archive", "archive", "repository",
    "collection", "collections", "series", "related documents", "related", "related items",
    "related content", "publisher", "publication", "published in", "license", "licence",
    "copyright", "format", "file format", "pages", "extent", "accessed", "retrieved",
    "call number", "box", "folder", "permalink", "url", "doi", "isbn", "issn",
    "metadata", "more information", "additional information", "share", "download",
    "print", "geographic coverage", "places", "people", "persons", "people mentioned",
    "organizations", "coverage", "digital archive", "physical description",
})

#: Lines that are web-page chrome wherever they stand.
WEB_CHROME_ANYWHERE = frozenset({
    "skip to content", "skip to main content", "skip to navigation", "skip navigation",
    "skip to main navigation", "jump to navigation", "jump to content", "toggle navigation",
    "advertisement", "sponsored content", "share this article", "share this page",
    "share this story", "back to top", "return to top", "top of page", "cookie settings",
    "accept cookies", "accept all cookies", "please enable javascript",
    "listen to this article", "print this page", "email this page", "read more",
    "related articles", "more stories", "you may also like", "recommended for you",
    "sign up for our newsletter", "download pdf", "view pdf", "scroll to top",
})

#: Single words and short phrases that are chrome only at the top or bottom of a page
#: (in the middle of a text "Home" or "Print" may be a heading).
WEB_CHROME_EDGE = frozenset({
    "menu", "main menu", "open menu", "close menu", "search", "home", "log in", "login",
    "sign in", "sign up", "register", "subscribe", "donate", "share", "share this",
    "print", "email", "e-mail", "tweet", "twitter", "facebook", "linkedin", "whatsapp",
    "close", "previous", "next", "back", "breadcrumb", "newsletter", "follow us",
    "contact", "contact us", "about us", "privacy", "terms", "sitemap", "cite",
    "permalink", "download", "save", "more", "comments", "bookmark", "en", "english",
})

#: Nouns for documents, used to recognise a paragraph that describes the document
#: ("A survey of ... compiled in 1966 by ...") rather than speaking in its voice.
DOCUMENT_NOUNS = frozenset({
    "survey", "report", "document", "memorandum", "memo", "letter", "telegram", "cable",
    "record", "transcript", "note", "notes", "summary", "history", "account", "dispatch",
    "despatch", "statement", "study", "analysis", "excerpt", "extract", "translation",
    "rendering", "version", "minutes", "speech", "article", "interview", "diary", "draft",
    "compilation", "collection", "chronology", "review", "briefing", "bulletin",
    "communique", "message", "paper", "essay", "text", "copy", "file", "pamphlet",
    "leaflet", "directive", "order", "resolution", "decree", "protocol", "overview",
    "assessment", "estimate", "digest", "press", "release", "testimony", "chapter",
    "volume", "book", "brochure", "factsheet", "dossier", "source", "counter-source",
})

#: Past participles that describe how a document came to be.
DOCUMENT_PARTICIPLES = frozenset({
    "compiled", "written", "prepared", "drafted", "composed", "constructed", "translated",
    "edited", "produced", "issued", "authored", "obtained", "published", "sent",
    "addressed", "signed", "dated", "based", "made", "taken", "excerpted", "adapted",
    "reconstructed", "transcribed", "recorded", "kept", "donated", "created", "annotated",
    "summarized", "summarised", "released", "declassified", "submitted", "delivered",
    "presented", "circulated", "intercepted", "received", "abridged", "condensed",
    "assembled", "collected", "reprinted", "digitized", "digitised", "scanned",
})

#: Finite verbs whose presence shows a sentence speaks about the world, not about itself
#: ("A report released on Tuesday shows ..." is news, not an editor's description).
FINITE_VERBS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "says", "said", "shows", "showed",
    "found", "finds", "reports", "estimates", "concluded", "concludes", "warned",
    "warns", "will", "would", "claims", "claimed", "states", "stated", "notes", "noted",
    "argues", "argued", "predicts", "predicted", "suggests", "suggested", "indicates",
    "indicated", "reveals", "revealed", "puts", "gives", "gave", "does", "did",
})

#: Words opening a document-type citation: "(telegram 468, 1950)".
CITATION_DOCUMENT_WORDS = frozenset({
    "telegram", "telegrams", "cable", "cables", "ciphered", "cipher", "letter", "letters",
    "memorandum", "memoranda", "memo", "transmission", "transmissions", "dispatch",
    "dispatches", "despatch", "report", "reports", "note", "notes", "minutes", "record",
    "records", "protocol", "protocols", "transcript", "message", "messages", "directive",
    "decree", "resolution", "document", "documents", "doc", "docs", "file", "fond",
    "folder", "box", "reel", "microfilm", "interview", "conversation", "diary", "journal",
    "archive", "collection", "order", "instruction", "telephonogram", "radiogram",
    "encoded", "coded", "no", "nos", "table", "figure", "fig", "appendix", "annex",
    "chart", "source", "sources", "rg", "cwihp", "frus", "avp",
})

#: Prose words that a citation does not contain: "(reports of 15,000 dead were false)".
PROSE_WORDS = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "which",
    "who", "would", "will", "may", "might", "could", "should", "suppose", "because",
    "although", "but", "not", "did", "does", "than",
})

#: First words that make "(June 1950)" or "(Spring, 1951)" a date, not author and year.
NOT_AUTHORS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer", "autumn",
    "fall", "winter", "in", "since", "until", "till", "before", "after", "from", "by",
    "early", "late", "mid", "circa", "around", "about", "approximately", "only", "nearly",
    "fy", "q1", "q2", "q3", "q4", "h1", "h2", "during", "through", "to", "as", "of",
    "christmas", "easter", "year", "the", "a", "an", "at", "on", "end", "beginning",
})


# -- patterns ------------------------------------------------------------------------------

_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_SUPER_TO_DIGIT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SENTENCE_MARK = re.compile(r"[.!?…][\"”’')\]]{0,3}(?:\d{1,3}|\[\d{1,3}\])?(?:\s|\Z)")
_TWO_SENTENCES = re.compile(
    r"[^\W\d_]{2}[.!?][\"”’')\]]{0,3}\S{0,4}[^\S\n]+[A-Z(\[“\"‘]"
)
_TRAILING_MARK = re.compile(r"(?:\d{1,3}|\[\^?\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|[*†‡]{1,3})\Z")
_FINAL_PUNCT = ".,;:!?…"
_CLOSERS = "\"”’'»)]"

_SUPPORT = re.compile(
    r"(?i)\b(?:made possible (?:with|by|through|thanks to)|with (?:the )?(?:generous |"
    r"financial |kind )?support (?:of|from)|(?:funded|sponsored|supported|underwritten) by"
    r"|thanks to the (?:generous )?support)\b"
)
_DISTRIBUTION = re.compile(
    r"(?i)(?:copies to|copy to|copies|cc|bcc|distribution(?: list)?|dist|circulation"
    r"|file copy|sent to)[^\S\n]*:"
)
_CLASSIFICATION = re.compile(
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

_MD_HEADING = re.compile(r"#{1,6}[^\S\n]+(?=\S)")
_ROMAN_HEAD = re.compile(r"([IVXLCDM]{1,7})[.)][^\S\n]+(?=\S)")
_ROMAN_VALID = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\Z")
_CHAPTER_HEAD = re.compile(
    r"(?i:part|chapter|section|book|article|annex|appendix)[^\S\n]+"
    r"([IVXLCDM]{1,7}|\d{1,3}|[A-Z])(?![\w])"
)
_NUM_HEAD = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})\.?[^\S\n]+(?=[A-Z“\"‘'\[(])")
_LETTER_HEAD = re.compile(r"([A-Z])\.[^\S\n]+(?=[A-Z])")
_BULLET = re.compile(r"(?:[-*•·▪–—]|\d{1,3}\)|\(\d{1,3}\)|\(?[a-z]\))[^\S\n]")
_LABEL_WITH_FIGURE = re.compile(r"[^:]{1,40}:[^\S\n]*\S*\d")
_SETEXT = re.compile(r"(?:={3,}|-{3,})\Z")
_NOTES_HEAD = re.compile(
    r"(?i)(?:#{1,6}[^\S\n]*)?(?:foot|end)?notes(?:[^\S\n]+and[^\S\n]+(?:references|sources))?"
    r"[^\S\n]*:?\Z"
)
_REFS_HEAD = re.compile(
    r"(?i)(?:#{1,6}[^\S\n]*)?(?:references|bibliography|works cited|literature cited"
    r"|literature|sources|further reading|sources and further reading|select bibliography)"
    r"[^\S\n]*:?\Z"
)

_DEF_BRACKET = re.compile(r"\[\^?(\d{1,3}|[*†‡]{1,3})\]:?(?=\s|\Z)")
_DEF_SUPER = re.compile(r"([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?=\s|\Z|[^\W\d_])")
_DEF_STAR = re.compile(r"([*†‡]{1,3})[^\S\n]+(?=\S)")
_DEF_NUMBER = re.compile(r"(\d{1,3})(?:[.)][^\S\n]+|[^\S\n]+(?=[A-Z“\"‘'(\[]))(?=\S)")

_BRACKET = re.compile(r"\[([^\[\]]{1,3000})\]")
_TRAILING_BRACKET = re.compile(r"[^\S\n]*\[([^\[\]]{1,300})\]\Z")
_PAREN = re.compile(r"\(([^()]{1,400})\)")
_ED_SIGNED = re.compile(
    r"[-–—][^\S\n]*(?:[A-Z]\.[^\S\n]?){1,4}\Z"
    r"|[-–—,][^\S\n]*(?i:eds?|editors?|trans|transl|tr|translator|comp|compiler)\.?\Z"
)
_ED_BARE = re.compile(r"(?i)(?:eds?|editors?|trans|transl|translator|tr)\.?\Z")
_ED_START = re.compile(
    r"(?i)(?:(?:editor|editorial|translator|transcriber|compiler|archivist)(?:['’]?s)?"
    r"[^\S\n]+(?:note|comment|remark|insertion)s?\b|(?:eds?|note|n\.b)[^\S\n]*[.:]"
    r"|(?:here|there)[^\S\n]+follows?\b|(?:the[^\S\n]+)?(?:rest|remainder)[^\S\n]+of\b"
    r"|text[^\S\n]+(?:missing|omitted)|passages?[^\S\n]+omitted|not[^\S\n]+translated)"
)
_IBID = re.compile(r"(?i)(?:ibid|ibidem|id\.|op\.[^\S\n]*cit|loc\.[^\S\n]*cit)")
_PAGES = re.compile(r"(?i)\bpp?\.[^\S\n]*\d|\bvols?\.[^\S\n]*(?:\d|[IVXLC]{1,6}\b)")
_ARCHIVAL = re.compile(
    r"(?i)\b(?:f|op|d|ll?)\.[^\S\n]*\d"
    r"|\b(?:delo|opis|fond|listy?|folder|box|reel|file|record group|rg)[^\S\n]*\d"
)
_CITE_LEAD = re.compile(
    r"(?i)(?:see also|see|cf\.|compare|quoted in|cited in|as cited in|from|source:)[^\S\n]+"
)
_AUTHOR_YEAR_ONE = (
    r"[A-Z][\w'’.-]{0,30}(?:[^\S\n]{1,3}(?:[A-Z][\w'’.-]{0,30}|and|&|de|van|von|der|et"
    r"|al\.)){0,5},?[^\S\n]{1,3}(?:1[5-9]|20)\d\d[a-z]?(?:[:,][^\S\n]*(?:pp?\.[^\S\n]*)?"
    r"[\dIVXivx]{1,6}(?:[-–]\d{1,6})?(?![\d.,%]))?"
)
_AUTHOR_YEAR = re.compile(
    rf"{_AUTHOR_YEAR_ONE}(?:[^\S\n]*;[^\S\n]*{_AUTHOR_YEAR_ONE}){{0,8}}\Z"
)
_YEAR_PAGES = re.compile(
    r"(?:1[5-9]|20)\d\d[a-z]?(?::[^\S\n]*|,[^\S\n]*pp?\.[^\S\n]*)\d{1,5}(?![\d.,%])"
)

_MARK = re.compile(
    r"\[\^?(?P<b>\d{1,3})\]"
    r"|(?<=\S)(?P<sup>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})"
    r"|(?<=[^\s*])(?P<star>[*†‡]{1,3})(?=[\s.,;:!?)”\"’]|\Z)"
    r"|(?:(?<=[^\W_][.,;:!?])|(?<=[.,;:!?][”\"’)])|(?<=[^\W\d_][”\"’)]))(?P<num>\d{1,3})"
    r"(?=\s|\Z)"
)
_EMPHASIS_OPEN = re.compile(r"(?:^|\s)[*](?=\S)")
_UNITS = frozenset({"m", "km", "cm", "mm", "ft", "in", "mi", "yd", "sq", "m2", "km2"})

_READ_KINDS = ("body", "heading", "footnote", "editorial")
_MAX_LINE = 300  # lines longer than this are never headings, labels or chrome


# -- the hook ------------------------------------------------------------------------------


# -- the work ------------------------------------------------------------------------------


@dataclass
class _Piece:
    kind: str
    start: int
    end: int
    label: str | None = None
    text_start: int | None = None  # where a footnote's text begins, after its own label
    note_def: bool = False


@dataclass
class _State:
    zone: str | None = None  # "notes", "rule" (after a separator) or "refs"
    last_num: int = 0
    seen_footnote: bool = False
    content_blocks: int = 0
    seen_section: bool = False


Block = list[tuple[int, int]]


def segment_text(text: str) -> Segments:
    """Passages, sentences and footnote markers of ``text``.

    Passages come in reading order, never overlap, are trimmed of surrounding whitespace
    and together hold every non-whitespace character. Boilerplate and citation passages
    carry no sentences: they are not statements.
    """
    blocks = _blocks(text)
    tail = _tail_start(text, blocks)
    head = _head_end(text, blocks, tail)
    raw = _Classifier(text, blocks, head, tail).run()
    pieces = _split_inline(text, raw)
    notes = _note_refs(text, pieces)
    sentences = _sentences(text, pieces, notes)
    passages = tuple(Passage(p.kind, p.start, p.end, p.label) for p in pieces)
    return Segments(passages=passages, sentences=sentences, notes=tuple(notes))


def _blocks(text: str) -> list[Block]:
    """Runs of non-blank lines, each line as its trimmed (start, end)."""
    blocks: list[Block] = []
    current: Block = []
    off = 0
    for line in text.splitlines(keepends=True):
        n = len(line)
        left = line.lstrip()
        if left:
            current.append((off + n - len(left), off + len(line.rstrip())))
        elif current:
            blocks.append(current)
            current = []
        off += n
    if current:
        blocks.append(current)
    return blocks


def _short(text: str, start: int, end: int, limit: int = _MAX_LINE) -> str | None:
    return text[start:end] if end - start <= limit else None


def _norm(line: str) -> str:
    return " ".join(line.lower().split()).rstrip(":").rstrip()


# -- chrome and the archive record -----------------------------------------------------


def _chrome_anywhere(line: str) -> bool:
    """Lines that are never the document's text: separators, page numbers, markings."""
    if not _LETTER.search(line) and not any(c.isdigit() for c in line):
        return True  # "* * *", "———"
    if len(line) > 80:
        return False
    return (_norm(line) in WEB_CHROME_ANYWHERE or bool(_CLASSIFICATION.match(line))
            or bool(_PAGE.match(line)))


def _chrome_edge(line: str) -> bool:
    """Chrome at the top or bottom of a page: navigation, funding, distribution, bylines."""
    norm = _norm(line)
    if norm in WEB_CHROME_EDGE or norm in WEB_CHROME_ANYWHERE:
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
    if _norm(line) in ARCHIVE_LABELS:
        return True
    m = _META_LINE.match(line)
    return bool(m) and _norm(m.group(1)) in ARCHIVE_LABELS


def _tail_kind(text: str, block: Block) -> str | None:
    """How a block at the end of a document reads: a label, metadata, rights, chrome."""
    start, end = block[0][0], block[-1][1]
    if end - start > 1500:
        return None
    lines = [text[a:b] for a, b in block]
    if len(lines) == 1:
        if _norm(lines[0]) in ARCHIVE_LABELS:
            return "label"
        if len(lines[0]) <= 60 and _GENERIC_LABEL.match(lines[0]):
            return "generic"
    if all(len(x) <= 200 and _is_label_line(x) for x in lines):
        return "meta"
    if _RIGHTS.search(text, start, end):
        return "rights"
    if all(len(x) <= _MAX_LINE and (_chrome_anywhere(x) or _chrome_edge(x)) for x in lines):
        return "chrome"
    return None


def _tail_start(text: str, blocks: list[Block]) -> int:
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


def _head_end(text: str, blocks: list[Block], tail: int) -> int:
    """Index of the first block of running text: chrome is looked for only before it."""
    for i, block in enumerate(blocks[: min(tail, 30)]):
        first = _short(text, *block[0])
        if first is not None and (_chrome_edge(first) or _chrome_anywhere(first)):
            continue
        if first is not None and _strong_heading(first)[0]:
            return i
        if _is_prose(text, block):
            return i
    return min(tail, 30)


def _is_prose(text: str, block: Block) -> bool:
    start, end = block[0][0], min(block[-1][1], block[0][0] + 2000)
    window = text[start:end]
    return len(window.split()) >= 10 and bool(_SENTENCE_MARK.search(window))


# -- headings ------------------------------------------------------------------------------


def _all_caps(line: str) -> bool:
    return line.upper() == line and line.lower() != line and len(_LETTER.findall(line)) >= 4


def _ends_in_punct(line: str) -> bool:
    """Whether a line ends a sentence, looking past quotes and a note marker ("more.2")."""
    m = _TRAILING_MARK.search(line, max(0, len(line) - 8))
    if m and m.start() > 0 and line[m.start() - 1] in _FINAL_PUNCT + _CLOSERS:
        line = line[: m.start()]
    core = line.rstrip(_CLOSERS)
    if not core:
        return False
    if core[-1] in _FINAL_PUNCT:
        return True
    return line[-1] in _FINAL_PUNCT


def _without_insertion(line: str) -> str:
    """A heading line without the editor's signed note at its end ("... [summary -K.W.]")."""
    m = _TRAILING_BRACKET.search(line)
    if m and m.start() > 0 and _is_editorial(m.group(1)):
        return line[: m.start()]
    return line


def _strong_heading(line: str) -> tuple[bool, str | None]:
    """Numbered, Roman-numbered, chapter and Markdown headings, with their number."""
    if len(line) > 400 or line[:1].islower():
        return False, None
    line = _without_insertion(line)
    if len(line) > 160 or _ends_in_punct(line) or len(line.split()) > 16:
        return False, None
    m = _MD_HEADING.match(line)
    if m:
        return True, _heading_label(line[m.end():])
    label = _heading_label(line)
    return label is not None, label


def _heading_label(line: str) -> str | None:
    m = _ROMAN_HEAD.match(line)
    if m and _ROMAN_VALID.match(m.group(1)):
        return m.group(1)
    m = _CHAPTER_HEAD.match(line)
    if m:
        return m.group(1)
    m = _NUM_HEAD.match(line)
    if m:
        after = line[m.end():].split(None, 1)
        if not after or after[0].lower().strip(",.") not in MONTH_NAMES:
            return m.group(1)
    return None


def _line_heading(line: str, title: bool) -> tuple[bool, str | None]:
    """A single-line paragraph read as a heading: numbered, all caps, or short and bare."""
    ok, label = _strong_heading(line)
    if ok:
        return True, label
    line = _without_insertion(line)
    if len(line) > 160 or _ends_in_punct(line) or _BULLET.match(line):
        return False, None
    if _all_caps(line) and len(line.split()) <= 20:
        return True, None
    if len(line.split()) > (24 if title else 14) or line[-1] in "-–—":
        return False, None
    first = line.lstrip("\"“‘'«([#*")[:1]
    if not first or not (first.isupper() or first.isdigit()) or not _LETTER.search(line):
        return False, None
    if _LABEL_WITH_FIGURE.match(line) or _TWO_SENTENCES.search(line):
        return False, None  # "Revenue: $4.2 billion", "It fell. Prices rose"
    m = _LETTER_HEAD.match(line)
    return True, (m.group(1) if m else None)


# -- footnotes -----------------------------------------------------------------------------


class _Classifier:
    """One forward pass over the blocks, deciding the kind of every line."""

    def __init__(self, text: str, blocks: list[Block], head: int, tail: int) -> None:
        self.text = text
        self.blocks = blocks
        self.head = head
        self.tail = tail
        self.state = _State()
        self.pieces: list[_Piece] = []
        self._stars: dict[str, list[int]] | None = None
        self._last_star_def: dict[str, int] = {}

    def run(self) -> list[_Piece]:
        for index, block in enumerate(self.blocks):
            if index >= self.tail:
                self.pieces.append(_Piece("boilerplate", block[0][0], block[-1][1]))
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
        out: list[_Piece] = []
        current: _Piece | None = None
        peel = True
        for li, (ls, le) in enumerate(block):
            line = _short(text, ls, le)
            if line is not None and (_chrome_anywhere(line) or (in_head and _chrome_edge(line))):
                out.append(_Piece("boilerplate", ls, le))
                current = None
                if not _LETTER.search(line) and st.content_blocks:
                    st.zone, st.last_num = "rule", 0
                continue
            note = self._footnote_def(ls, le)
            if note is not None:
                label, text_start = note
                current = _Piece("footnote", ls, le, label, text_start, note_def=True)
                out.append(current)
                st.seen_footnote = True
                peel = False
                continue
            if peel and line is not None:
                heading = self._heading(line, li, len(block))
                if heading is not None:
                    out.append(_Piece("heading", ls, le, heading))
                    current = None
                    continue
            peel = False
            if current is not None and current.kind in ("body", "footnote"):
                current.end = le
                continue
            kind = "citation" if st.zone == "refs" else "body"
            current = _Piece(kind, ls, le)
            out.append(current)
        self._finish_block(index, out)

    def _whole_block_heading(self, block: Block, in_head: bool) -> bool:
        """Setext headings ("Title" over "=====") and short stacks of all-caps lines."""
        if not 2 <= len(block) <= 3:
            return False
        lines = [_short(self.text, a, b, 120) for a, b in block]
        shown = [x for x in lines if x is not None]
        if len(shown) < len(lines) or any(
            _chrome_anywhere(x) or (in_head and _chrome_edge(x)) for x in shown
        ):
            return False
        if len(shown) == 2 and _SETEXT.match(shown[1]) and not _ends_in_punct(shown[0]):
            return True
        if self.state.content_blocks == 0 and all(
            len(x.split()) <= 10 and not _ends_in_punct(x) and _line_heading(x, True)[0]
            for x in shown
        ):
            return True  # a title set over two or three lines
        return all(_all_caps(x) and len(x.split()) <= 8 and not _ends_in_punct(x)
                   and not _CLASSIFICATION.match(x) for x in shown)

    def _heading(self, line: str, li: int, nlines: int) -> str | None:
        """The heading's label ("" when it has none), or None when the line is no heading.

        Inside a Notes or References section only numbered or all-caps headings count,
        so that a short note ("Ibid") does not end the section.
        """
        st = self.state
        if line[:1].islower() or len(line) > 400:
            return None
        notes, refs = _NOTES_HEAD.match(line), _REFS_HEAD.match(line)
        if notes or refs:
            st.zone, st.last_num = ("notes" if notes else "refs"), 0
            return ""
        if nlines == 1 and st.zone not in ("notes", "refs"):
            ok, label = _line_heading(line, title=st.content_blocks == 0)
        elif nlines == 1 or (li < nlines - 1 and len(line) <= 100):
            ok, label = _strong_heading(line)
            if not ok and nlines == 1 and _all_caps(line) and not _ends_in_punct(line):
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
        self.pieces.append(_Piece("heading", start, end, label))

    def _finish_block(self, index: int, out: list[_Piece]) -> None:
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

    def _describes_document(self, index: int, piece: _Piece) -> bool:
        """A paragraph about the document rather than in its voice, placed where editors
        put one: right after the title, after the footnotes, or just before the record."""
        st = self.state
        near_top = 1 <= st.content_blocks <= 3 and not st.seen_section
        near_end = st.seen_footnote or index >= self.tail - 2
        if not (near_top or near_end):
            return False
        window = self.text[piece.start: min(piece.end, piece.start + 600)]
        m = _SENTENCE_MARK.search(window)
        first = window[: m.end()] if m else window
        words = [w.lower() for w in _WORD.findall(first)]
        if len(words) < 4:
            return False
        if words[0] == "this" and any(w in DOCUMENT_NOUNS for w in words[1:3]):
            for a, b in itertools.pairwise(words):
                if a in ("is", "was", "were", "been") and b in DOCUMENT_PARTICIPLES:
                    return True
        if any(w in FINITE_VERBS for w in words):
            return False
        if words[0] in DOCUMENT_PARTICIPLES and first[:1].isupper():
            return True
        return (words[0] in ("a", "an", "the", "this", "these")
                and any(w in DOCUMENT_NOUNS for w in words[1:6])
                and any(w in DOCUMENT_PARTICIPLES for w in words))

    def _footnote_def(self, ls: int, le: int) -> tuple[str, int] | None:
        """A footnote's own label at the start of a line: "[1] ...", "¹ ...", "* ...",
        and "1. ..." inside a Notes section or after a separator rule."""
        text, st = self.text, self.state
        c = text[ls]
        if c == "[":
            m = _DEF_BRACKET.match(text, ls, le)
            if m:
                return m.group(1), m.end()
        elif c in _SUPERSCRIPTS:
            m = _DEF_SUPER.match(text, ls, le)
            if m:
                return m.group(1).translate(_SUPER_TO_DIGIT), m.end()
        elif c in "*†‡":
            m = _DEF_STAR.match(text, ls, le)
            if m and self._star_marked(m.group(1), ls):
                return m.group(1), m.end()
        elif c.isdigit() and st.zone in ("notes", "rule"):
            m = _DEF_NUMBER.match(text, ls, le)
            if m:
                n = int(m.group(1))
                if st.zone == "notes" or n == st.last_num + 1:
                    st.last_num = n
                    return m.group(1), m.end()
        return None

    def _star_marked(self, label: str, pos: int) -> bool:
        """Whether a "*" marker in the text precedes this "*" note (and follows the last
        one), so that a bulleted list is not read as notes."""
        if self._stars is None:
            self._stars = {}
            for m in _MARK.finditer(self.text):
                if m.group("star") and not _emphasis(self.text, m.start()):
                    self._stars.setdefault(m.group("star"), []).append(m.start())
        marks = self._stars.get(label, [])
        low = self._last_star_def.get(label, -1)
        i = bisect.bisect_right(marks, low)
        if i < len(marks) and marks[i] < pos:
            self._last_star_def[label] = pos
            return True
        return False


def _emphasis(text: str, pos: int) -> bool:
    """Whether a "*" closes Markdown emphasis ("*word*") rather than marking a note."""
    lo = max(0, pos - 300)
    nl = text.rfind("\n", lo, pos)
    return bool(_EMPHASIS_OPEN.search(text, nl + 1 if nl >= 0 else lo, pos))


# -- editorial insertions and citations inside a passage -----------------------------------


def _is_editorial(content: str) -> bool:
    """A bracket in the editor's voice: signed ("- K.W.", "—ed.") or announced ("Editor's
    note:", "Here follows ..."). Unsigned expansions ("[Korean People's Army]") are not."""
    c = content.strip()
    if not c:
        return False
    return bool(_ED_SIGNED.search(c) or _ED_BARE.match(c) or _ED_START.match(c))


def _is_citation(content: str) -> bool:
    """A parenthesis that points to a source rather than saying something."""
    c = content.strip()
    if not c or len(c) > 300:
        return False
    if _IBID.match(c):
        return True
    words = [w.lower() for w in _WORD.findall(c)]
    if any(w in PROSE_WORDS for w in words):
        return False
    if _PAGES.search(c) or _ARCHIVAL.search(c) or _YEAR_PAGES.search(c):
        return True
    lead = _CITE_LEAD.match(c)
    rest = c[lead.end():] if lead else c
    first = _WORD.match(rest)
    first_word = first.group(0).lower() if first else ""
    has_number = any(ch.isdigit() for ch in rest) or "#" in rest
    if first_word in CITATION_DOCUMENT_WORDS and has_number:
        return True
    if lead and lead.group(0).lower().startswith(("see", "cf")) and rest[:1].isupper():
        return True
    return (bool(_AUTHOR_YEAR.match(rest)) and first_word not in NOT_AUTHORS
            and rest[:1].isupper())


def _split_inline(text: str, raw: list[_Piece]) -> list[_Piece]:
    """Cut signed editorial brackets and end-of-sentence citations out of passages."""
    out: list[_Piece] = []
    for piece in raw:
        if piece.kind in ("boilerplate", "citation"):
            out.append(piece)
            continue
        cuts: list[tuple[int, int, str]] = []
        lo = piece.text_start if piece.note_def and piece.text_start else piece.start
        if piece.kind != "editorial" and text.find("[", lo, piece.end) >= 0:
            for m in _BRACKET.finditer(text, lo, piece.end):
                if _is_editorial(m.group(1)):
                    cuts.append((m.start(), _absorb_punct(text, m.end(), piece.end), "editorial"))
        if piece.kind != "heading" and text.find("(", lo, piece.end) >= 0:
            cuts = _citation_cuts(text, lo, piece.end, cuts)
        if not cuts:
            out.append(piece)
            continue
        pos = piece.start
        first = True
        for cut_start, cut_end, kind in [*cuts, (piece.end, piece.end, "")]:
            span = _trim(text, pos, cut_start)
            if span:
                part = _Piece(piece.kind, span[0], span[1], piece.label)
                if first and piece.note_def:
                    part.note_def, part.text_start = True, piece.text_start
                first = False
                out.append(part)
            if kind:
                out.append(_Piece(kind, cut_start, cut_end))
            pos = cut_end
    return out


def _absorb_punct(text: str, pos: int, end: int) -> int:
    """Where an insertion ends once it takes the punctuation glued to it ("[... -trans.]."),
    so that no passage is a lone period."""
    k = pos
    while k < end and k < pos + 4 and text[k] in _FINAL_PUNCT + _CLOSERS:
        k += 1
    return k if k > pos and (k >= end or text[k].isspace()) else pos


def _citation_cuts(
    text: str, start: int, end: int, cuts: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    gaps = []
    pos = start
    for a, b, _ in cuts:
        gaps.append((pos, a))
        pos = b
    gaps.append((pos, end))
    found = list(cuts)
    for gap_start, gap_end in gaps:
        span = _trim(text, gap_start, gap_end)
        if not span:
            continue
        gs, ge = span
        for m in _PAREN.finditer(text, gs, ge):
            if not _is_citation(m.group(1)):
                continue
            stop = _citation_end(text, gs, ge, m.start(), m.end())
            if stop is not None:
                found.append((m.start(), stop, "citation"))
    found.sort()
    return found


def _citation_end(text: str, gs: int, ge: int, ms: int, me: int) -> int | None:
    """Where a citation passage ends, or None when the parenthesis sits mid-sentence.

    A citation stands after a sentence ("... means. (telegram 233)") or closes one
    ("... as reported (Smith 1999: 23)."); the closing period then travels with it.
    """
    k = ms
    while k > gs and text[k - 1].isspace():
        k -= 1
    after = k == gs
    if not after:
        j = k
        while j > max(gs, k - 4) and text[j - 1] in _CLOSERS:
            j -= 1
        after = j > gs and text[j - 1] in ".!?…"
    stop = me
    if stop < ge and text[stop] in ".!?;":
        stop += 1
    closes = stop >= ge or (stop > me and text[stop].isspace())
    if after or closes:
        return stop if stop > me and (stop >= ge or text[stop].isspace()) else me
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


# -- footnote markers and sentences --------------------------------------------------------


def _note_refs(text: str, pieces: list[_Piece]) -> list[NoteRef]:
    """Markers in the text linked to their footnote: the first note with that label after
    the marker, else the last before it. Bare "[1]" markers are kept even unresolved;
    "*", superscripts and digits glued to punctuation only when a note answers them."""
    defs: dict[str, list[tuple[int, int]]] = {}
    for i, p in enumerate(pieces):
        if p.kind == "footnote" and p.note_def and p.label is not None:
            defs.setdefault(p.label, []).append((p.start, i))
    refs: list[NoteRef] = []
    k = 0
    for m in _MARK.finditer(text):
        at = m.start()
        while k < len(pieces) and pieces[k].end <= at:
            k += 1
        if k >= len(pieces):
            break
        p = pieces[k]
        lo = p.text_start if p.note_def and p.text_start else p.start
        if p.kind not in _READ_KINDS or at < lo or m.end() > p.end:
            continue
        if m.group("b"):
            label = m.group("b")
        elif m.group("sup"):
            label = m.group("sup").translate(_SUPER_TO_DIGIT)
        elif m.group("star"):
            label = m.group("star")
        else:
            label = m.group("num")
        target = _resolve(defs.get(label), at)
        if target is None and not m.group("b"):
            continue
        if m.group("sup") and _unit_before(text, at):
            continue
        if m.group("star") and _emphasis(text, at):
            continue
        if m.group("num") and text[at - 2].isdigit() and not _capital_follows(text, m.end(), p.end):
            continue  # "2.5 percent" is a decimal, "1948.1 By the spring" a marker
        refs.append(NoteRef(at, m.end(), label, target))
    return refs


def _capital_follows(text: str, pos: int, end: int) -> bool:
    k = pos
    while k < end and k < pos + 8 and text[k].isspace():
        k += 1
    return k >= end or text[k].isupper()


def _unit_before(text: str, pos: int) -> bool:
    k = pos
    while k > max(0, pos - 3) and text[k - 1].isalpha():
        k -= 1
    return text[k:pos].lower() in _UNITS and (k == 0 or not text[k - 1].isalpha())


def _resolve(defs: list[tuple[int, int]] | None, pos: int) -> int | None:
    if not defs:
        return None
    i = bisect.bisect_right(defs, (pos, float("inf")))
    return defs[i][1] if i < len(defs) else defs[-1][1]


def _sentences(text: str, pieces: list[_Piece], notes: list[NoteRef]) -> tuple[Sentence, ...]:
    note_starts = {n.start for n in notes}
    spans: list[tuple[int, int, int]] = []
    last_of: dict[int, int] = {}
    for i, p in enumerate(pieces):
        if p.kind not in _READ_KINDS:
            continue
        lo = p.text_start if p.note_def and p.text_start else p.start
        if p.kind == "heading":
            last_of[i] = len(spans)
            spans.append((p.start, p.end, i))
            continue
        for s, e in split_sentences(text, min(lo, p.end), p.end, note_starts):
            last_of[i] = len(spans)
            spans.append((s, e, i))
    cites: dict[int, list[int]] = {}
    cited = -1  # the last passage that is not a citation
    for i, p in enumerate(pieces):
        if p.kind != "citation":
            cited = i
            continue
        if cited in last_of and pieces[cited].kind in ("body", "footnote", "editorial"):
            cites.setdefault(last_of[cited], []).append(i)
    out = []
    k = 0
    for n, (s, e, i) in enumerate(spans):
        while k < len(notes) and notes[k].start < s:
            k += 1
        inside = []
        while k < len(notes) and notes[k].start < e:
            inside.append(k)
            k += 1
        out.append(Sentence(s, e, i, tuple(cites.get(n, ())), tuple(inside)))
    return tuple(out)
