"""Key-value lines: a key that names what the figure after it is about.

Infoboxes and fact sheets, copied as plain text, give a figure its measure by a key on
the same line rather than by a sentence: "Strength: 30,000 (est.)", "UNITED FORCES -
20,000", "Turnout61.3%" (the tab between key and value lost in copying), "Date    25
June 1950". A line is such a label only when its key is a short name (one to five words
of letters, no sentence punctuation, not a word that names no measure such as "Note")
and its value is short, holds a figure or a date, and reads as no sentence; when in
doubt a line is no label (precision first). The vocabulary is in segmenter.toml.

Every check looks at one line (at most ``MAX_LINE`` characters) and its two neighbours,
so reading labels is linear in the size of the document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.plugin import table

from .pieces import MAX_LINE

_LAYOUT = table("segmenter", package="claimcheck.builtin.segmenter")["layout"]

NOT_KEYS: frozenset[str] = frozenset(_LAYOUT["not_keys"])
PROSE_WORDS: frozenset[str] = frozenset(_LAYOUT["prose_words"])
GLUED_NOT_KEYS: frozenset[str] = frozenset(_LAYOUT["glued_not_keys"])
ESTIMATE_WORDS: frozenset[str] = frozenset(_LAYOUT["estimate_words"])
MONTHS: frozenset[str] = frozenset(_LAYOUT["months"])
SPACED_NOT_KEYS: frozenset[str] = frozenset(_LAYOUT["spaced_not_keys"])

#: A word of a key: letters, perhaps joined by a hyphen, apostrophe, "&" or "/", and
#: perhaps a plural in brackets ("Death(s)", "Injury(ies)", "DEATH(S)", as forms print it).
_KEY_WORD = (r"[^\W\d_](?:[^\W\d_]|['’&/-](?=[^\W\d_])){0,40}"
             r"(?:\((?:s|es|ies|S|ES|IES)\))?")
#: A key: one to five such words, single-spaced.
_KEY = rf"{_KEY_WORD}(?:[ \u00a0]{_KEY_WORD}){{0,4}}"
#: A list bullet before the key ("- Strength: 30,000").
_BULLET = r"(?:[-*•·▪][ \t]+)?"
_COLON = re.compile(rf"{_BULLET}(?P<key>{_KEY})[ \t\u00a0]*:[ \t\u00a0]*(?P<value>\S.*)\Z",
                    re.DOTALL)
_DASH = re.compile(
    rf"{_BULLET}(?P<key>{_KEY})(?:[ \t\u00a0]+-|[ \t\u00a0]*[–—])[ \t\u00a0]*"
    r"(?P<value>\S.*)\Z", re.DOTALL
)
_GLUED = re.compile(
    rf"{_BULLET}(?P<key>(?:{_KEY_WORD}[ \u00a0]){{0,4}}(?P<last>[^\W\d_]{{3,40}}))"
    r"(?P<value>[$£€¥]?\d.*)\Z", re.DOTALL
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: How far from the start of a line a key's end can stand (five words and a bullet).
_KEY_REACH = 5 * 42 + 8
_DIGIT = re.compile(r"[0-9]")
#: A space between groups of thousands ("30 000"), which joins one figure.
_THOUSANDS_GAP = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?![\d.,]?\d))")
#: Another key inside a value ("Killed: 3,000, wounded: 5,000"): one label cannot say
#: which figure each key is about.
_INNER_KEY = re.compile(r"[^\W\d_][ \t]*:(?!\d)")
#: Two bare figures side by side ("46.76 –5.98 62"): a row of a table whose columns
#: were lost, where one key cannot say what each figure is.
_FIGURE_ROW = re.compile(
    r"(?<!\S)[-+–−]?[$£€¥]?\d[\d.,%]*(?:[ \t\u00a0]+[-+–−]?[$£€¥]?\d[\d.,%]*)(?!\S)"
)
#: A number of one or two digits alone, glued to a word: a footnote marker whose
#: superscript was lost ("Background2"), not a figure.
_NOTE_NUMBER = re.compile(r"\d{1,2}\Z")
#: A value that ends a sentence after a word ("... lost 3,000 men.").
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?][\"”’']?\Z")
#: Two sentences inside a value.
_TWO_SENTENCES = re.compile(r"[^\W\d_]{2}[.!?][\"”’')]*[ \t]+[A-Z\"“‘(]")


def key_like(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The key span of ``text[start:end]`` when it reads as a key (one to five words of
    letters, capitalised, naming a measure), without a trailing colon; else None."""
    if end > start and text[end - 1] == ":":
        end -= 1
        while end > start and text[end - 1] in " \t\u00a0":
            end -= 1
    if end <= start or end - start > 80:
        return None
    if not re.fullmatch(_KEY, text[start:end]):
        return None
    return (start, end) if _good_key(text[start:end]) else None


def _good_key(key: str) -> bool:
    if not key[:1].isupper():
        return False
    low = " ".join(key.lower().split())
    if low in NOT_KEYS:
        return False
    return not any(w in PROSE_WORDS for w in low.split())


def value_ok(value: str, max_words: int) -> bool:
    """Whether ``value`` is a label's value: it holds a figure or a date, is short, and
    reads as no sentence (no pronoun or finite verb, no full stop after a word)."""
    if not any(map(str.isdigit, value)):
        return False
    words = [w.lower() for w in _WORD.findall(value)]
    if len(words) > max_words or len(value.split()) > 2 * max_words:
        return False
    if any(w in PROSE_WORDS for w in words):
        return False
    if _INNER_KEY.search(value) or _TWO_SENTENCES.search(value):
        return False
    if _FIGURE_ROW.search(_THOUSANDS_GAP.sub("", value)):
        return False
    return not (len(value.split()) >= 4 and _SENTENCE_END.search(value))


def _figure_first(value: str) -> bool:
    """Whether ``value`` opens with a figure, perhaps after a word of estimate ("about
    20,000", "c. 1,200"): a title's dash ("Outbreak — Nigeria, July 2014") does not."""
    words = value.split()[:2]
    if any(map(str.isdigit, words[0])):
        return True
    return (len(words) == 2 and words[0].lower() in ESTIMATE_WORDS
            and any(map(str.isdigit, words[1])))


def line_label(
    text: str, start: int, end: int, among_labels: bool = False
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (key, value) spans of a label line ``text[start:end]`` (trimmed), else None.

    Tried in turn: "Key: value", "KEY - figure" and a key glued to its figure
    ("Turnout61.3%"). Spaced keys ("Date    25 June 1950") are read with the columns
    (tables.py), since the gap is what tells them apart. A glued figure of one or two
    digits ("Crew size4") is taken only ``among_labels`` (next to another label line);
    alone it is more likely a footnote marker ("Background2").
    """
    if end - start > MAX_LINE:
        return None
    line = text[start:end]
    if not _may_be_label(line):
        return None
    m = _COLON.match(line)
    if m:
        key = _span(start, m, "key")
        value = _span(start, m, "value")
        if _good_key(m.group("key")) and value_ok(m.group("value"), 8):
            return key, value
        return None
    m = _DASH.match(line)
    if m and _good_key(m.group("key")) and _figure_first(m.group("value")):
        if value_ok(m.group("value"), 6):
            return _span(start, m, "key"), _span(start, m, "value")
        return None
    m = _GLUED.match(line)
    if (m and _glued_key(m.group("key"), m.group("last")) and value_ok(m.group("value"), 5)
            and (among_labels or not _NOTE_NUMBER.match(m.group("value")))):
        return _span(start, m, "key"), _span(start, m, "value")
    return None


def label_shaped(text: str, start: int, end: int) -> bool:
    """Whether a line opens as a label does, a key glued to its figure or a key and a colon
    ("Date16 Nov 2002 – 19 May 2004 1 year, 6 months and 3 days", "Location: Off the
    coast"), whatever its value: an infobox's line, too long to be read as a label, is
    still no line of prose broken off mid-sentence."""
    if end - start > MAX_LINE:
        return False
    line = text[start:end]
    if not _may_be_label(line):
        return False
    m = _COLON.match(line) or _GLUED.match(line)
    if m is None or not _good_key(m.group("key")):
        return False
    last = m.groupdict().get("last")
    return last is None or _glued_key(m.group("key"), last)


#: A token that opens with a figure: a sign, a comparison, a currency sign, a digit.
_FIGURE_LED = re.compile(r"[-+–−~≈<>≥≤]?[$£€¥]?\d")
_TOKEN = re.compile(r"\S+")
#: A footnote reference after a figure ("4,252[1]"), which is no word of the value.
_NOTE_REF = re.compile(r"\[[^\]\s]{1,8}\]")


def spaced_label(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (key, value) spans of a line whose key is followed by its value after a single
    space, as an infobox copied as plain text gives it ("Casualties 158 fatalities (+4
    indirect)", "Non-fatal injuries 64", "Date May 22, 2011"); else None.

    The value starts at the line's first figure (perhaps after a word of estimate) or at
    a month name before a figure; the key before it is a key as ``key_like`` reads one,
    and not a word that names a number ("Chapter 3", "Flight 447"). A value of figures
    side by side, each with at most one word after it ("12.20pp 9.24pp", "60 seats 87
    seats"), is a row of a table whose columns were lost, not one value. Alone such a
    line may be a title; the caller takes it only beside another label line."""
    if end - start > MAX_LINE:
        return None
    # (a function of the line's words and the two characters after them, the most a
    # figure's opening is read past the line's end: kept by them, as a table or an
    # infobox repeats its lines and a hostile text one line thousands of times)
    found = _spaced_label_of(text[start:end + 2], end - start)
    if found is None:
        return None
    (k0, k1), (v0, v1) = found
    return (start + k0, start + k1), (start + v0, start + v1)


@lru_cache(maxsize=1024)
def _spaced_label_of(piece: str, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``spaced_label`` of ``piece[:end]`` (``piece`` holds what follows it too), its
    spans counted in ``piece``."""
    return _spaced_label_in(piece, 0, end)


def _spaced_label_in(text: str, start: int, end: int) -> tuple[
        tuple[int, int], tuple[int, int]] | None:
    """``spaced_label``, read in ``text`` itself."""
    reach = min(end, start + _KEY_REACH + 40)  # (the key's words and the value's first)
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, reach)]
    for i, (s, e) in enumerate(tokens[1:7], 1):
        word = text[s:e]
        low = word.lower().rstrip(".,")
        opens = bool(_FIGURE_LED.match(word)) or (
            i + 1 < len(tokens) and (low in MONTHS or low in ESTIMATE_WORDS)
            and bool(_FIGURE_LED.match(text, tokens[i + 1][0])))
        if not opens:
            continue
        key = key_like(text, start, tokens[i - 1][1])
        if key is None:
            return None
        said = text[key[0]:key[1]].lower().split()
        if said[-1] in GLUED_NOT_KEYS or said[0] in SPACED_NOT_KEYS \
                or said[-1] in SPACED_NOT_KEYS:
            return None  # "Flight 447", "In 1950 troops crossed", "Sales in 2020 rose"
        value = (s, end)
        words = text[value[0]:value[1]]
        if low in MONTHS:
            # "May 22, 2011": a month, not a verb, and its day and year one date, not two
            # figures side by side
            day = tokens[i + 1][1] - s
            words = " " * day + words[day:]
        if not value_ok(words, 8) or _figures_side_by_side(words):
            return None
        return key, value
    return None


def _figures_side_by_side(value: str) -> bool:
    """Whether a value is only figures, each with at most one word after it, and no
    month among them: a row of figures ("12.20pp 9.24pp", "60 seats 87 seats")."""
    tokens = _NOTE_REF.sub("", value).split()
    figures = 0
    after_figure = False
    for token in tokens:
        if token.lower().rstrip(".,") in MONTHS:
            return False
        if _FIGURE_LED.match(token):
            figures += 1
            after_figure = True
        elif after_figure:
            after_figure = False
        else:
            return False
    return figures >= 2


def _may_be_label(line: str) -> bool:
    """What any label holds near the start of its line: a colon, a dash, or a letter
    glued to the line's first figure (a key has no digits). Lines without one are passed
    over at once, by scans that run in C."""
    head = line[:_KEY_REACH]
    if ":" in head or "–" in head or "—" in head or " -" in head or "\t-" in head:
        return True
    m = _DIGIT.search(line, 0, _KEY_REACH + 2)
    if not m or m.start() == 0:
        return False
    before = m.start() - 1
    if line[before] in "$£€¥" and before > 0:
        before -= 1
    return line[before].isalpha()


def _glued_key(key: str, last: str) -> bool:
    """A key glued to its figure: not a unit, month or a name's number ("Flight370"),
    and not a bare acronym ("COVID19"), whose digits are part of the name."""
    if last.lower() in GLUED_NOT_KEYS or not _good_key(key):
        return False
    return not (last.isupper() and len(key.split()) == 1 and len(last) < 6)


def _span(offset: int, m: re.Match[str], group: str) -> tuple[int, int]:
    return offset + m.start(group), offset + m.end(group)
