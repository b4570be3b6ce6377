"""The numbers of a text, before any decision about them: digits and number words.

An atom is one number as written ("110,000", "4.2bn", "two hundred", "$5") with its
value, the precision it was stated at, and the scale word or currency sign attached to
it. Later stages join atoms into ranges and ratios and decide which are figures.

Besides the plain numerals of ``NUMERAL_RE``, a few written forms are read here, each
behind a cheap test so that text without them costs nothing: numbers glued to a unit or
a currency ("256GB", "115USD", "USD115", "40C"), fractions ("2½", "7 1/2 miles"), Indian
digit groups ("3,45,210"), and a decimal comma where the style marks one ("€4,7 Mio.").
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from claimcheck.plugin import NUMERAL_RE, iter_number_words, parse_numeral, table

from .units import (
    CURRENCY_BEFORE_LAST,
    CURRENCY_CODES,
    GLUED_UNIT_RE,
    SCALE_AFTER_RE,
    SCALE_VALUES,
    SCALE_WORDS,
    SCALED_CODE_RE,
    SCALED_CODE_VALUES,
    UNIT_RE,
    alternation,
    currency_after,
    currency_before,
    glued_metre,
    unit_after,
)

__all__ = ["Num", "atoms"]

#: Seconds after an "m" ("2m 40s", "2m 40.5 s"): the "m" was minutes.
_SECONDS_AFTER_RE = re.compile(r"[ \t]?\d{1,2}(?:\.\d+)?[ \t]?s(?![\w])")
#: "of" after a plural scale word, before the currency it counts.
_OF_AFTER_SCALE_RE = re.compile(r"[ \t\u00a0]+of(?=[ \t\u00a0]+\S)")


def _past_of(text: str, end: int, scale_word: str) -> int:
    """Where a scaled number ends: past "of" when a plural scale word is followed by
    "of" and a currency ("fifteen millions of dollars": the old English for fifteen
    million dollars), so that the currency after it is the number's."""
    if not scale_word.endswith("s"):
        return end
    m = _OF_AFTER_SCALE_RE.match(text, end)
    if m is None or currency_after(text, m.end()) is None:
        return end
    return m.end()


@dataclass
class Num:
    """One number as written: its span, value, precision and attached currency."""

    start: int
    end: int
    value: float
    precision: float
    digits: bool
    raw: str
    currency: str | None = None
    cur_start: int | None = None
    #: where what follows the number stops being its own: a currency code there is the
    #: next number's ("17 USD 25"); None when nothing limits it
    after_limit: int | None = None


_SIGN_WORD_RE = re.compile(r"(?<![\w])(?i:minus|negative)[ \t]+$")
#: the last letter of "minus" or "negative" in any case ("ſ" folds to "s")
_SIGN_WORD_LAST = frozenset("sSeE\u017f")
_ARITHMETIC_BEFORE_RE = re.compile(r"(?:\d|\b(?i:or|and|plus))[ \t]*$")
_SCALED_CODE_BEFORE_RE = re.compile(SCALED_CODE_RE.pattern + r"[ \t\u00a0]?$")
_SCALED_CODE_AFTER_RE = re.compile(r"[ \t\u00a0]?" + SCALED_CODE_RE.pattern)
_SPACED_SCALE_RE = re.compile(r" (?P<a>m|mn|bn)(?![\w])")
#: "75 USD million": a code between the amount and its scale word
_CODE_SCALE_RE = re.compile(
    r"[ \t\u00a0]+(?P<c>(?i:" + alternation(CURRENCY_CODES, ignore_case=True)
    + r"))[ \t\u00a0]+(?P<w>(?i:"
    + alternation(SCALE_WORDS, ignore_case=True) + r"))(?![\w])"
)


def _attach_currency(text: str, num: Num) -> None:
    """A currency sign or code right before a number: "$4.2", "£ 3", "USD 12", "C$ 3",
    "MEUR 120" (millions of euros)."""
    start = num.start
    prev = text[start - 1:start]
    if prev in (" ", "\u00a0"):
        prev = text[start - 2:start - 1]
    if prev not in CURRENCY_BEFORE_LAST:
        return
    sm = _SCALED_CODE_BEFORE_RE.search(text, max(0, start - 6), start)
    if sm:
        num.currency = sm.group("c")
        num.cur_start = sm.start()
        num.value *= SCALED_CODE_VALUES[sm.group("p")]
        num.precision *= SCALED_CODE_VALUES[sm.group("p")]
        return
    found = currency_before(text, start)
    if found:
        num.currency, num.cur_start = found


#: a figure glued to the word before it, as text pulled from tables and PDFs comes:
#: "Turnout61.3%", "Strength30,000". Only a grouped, decimal or percent figure after a
#: lower-case word of three letters or more: "COVID19", "Windows10", "B52" are names.
_GLUED_RE = re.compile(
    r"(?<![\w.,])[A-Z]?[a-z]{3,}(?P<n>\d{1,3}(?:,\d{3})+(?![\d,.]?\d)(?![\w])"
    r"|\d+\.\d+(?![\d,.]?\d)(?![\w])|\d+\.\d+(?=pp(?![\w]))|\d+(?=[ \t\u00a0]?%))"
)
#: a decimal glued to "pp" ("a swing of 5.5pp", "Swing 12.20pp"): percentage points (a
#: whole number glued to "pp" is as often a book's pages: "320pp.")
_GLUED_POINTS_RE = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}\.\d+)(?=pp(?![\w]))")


#: a whole number glued to the label that opens its line and ends it (but for a word of
#: what it counts before a bracket, or a short unit and its conversion: "Lowest
#: pressure966 hPa (mbar); 28.53 inHg", "Highest winds250 km/h", "Competitors32 from 7
#: nations", "Volume3 million barrels (130,000,000 U.S. gallons)"), as an infobox's rows
#: come when copied as text: "Crew12",
#: "Passengers216", "Non-fatal injuries64[3]", "Deaths33 (27 passengers, 5 crew)",
#: "Fatalities158 direct (+8-9 indirect)[5]". At the end of a label line only: "Windows10 was
#: released" and "B52" in a sentence are names, and so is one whose neighbouring lines
#: hold no figure (``lone_glued_row``).
_GLUED_ROW_RE = re.compile(
    r"(?m)^[ \t]*[A-Z][a-z-]+(?:[ \t]+[a-z][a-z-]*){0,3}(?<=[a-z]{3})"
    r"(?P<n>\d{1,9})(?![,.]\d)"  # (not the first group of "8,848": _GLUED_RE reads it)
    # ("Volume3 million barrels (130,000,000 U.S. gallons)": a scale word first)
    r"(?=(?:[ \t]+(?:thousand|million|billion|trillion)(?![a-z]))?"
    r"(?:[ \t]+[a-z]+(?=[ \t]*\())?(?:[ \t]+[A-Za-z\u00b0]{1,7}(?:/[a-z]{1,2})?)?"
    r"[ \t]*(?:\[\w{1,4}\])*[ \t]*"
    r"(?:\([^()\n]{1,80}\)[ \t]*)?(?:\[\w{1,4}\])*[ \t]*"
    r"(?:[;,][ \t]*\d[\d.,]{0,9}[ \t]*[A-Za-z\u00b0]{1,7}(?:/[a-z]{1,2})?[ \t]*)?"
    # ("Competitors32 from 7 nations": a sports box's row, and where they came from)
    r"(?:[ \t]+(?:from|in)[ \t]+\d{1,4}[ \t]+[a-z]{3,12}[ \t]*)?$)"
)


def lone_glued_row(text: str, start: int, end: int) -> bool:
    """Whether the whole number at ``start:end`` of a document's ``text`` is glued to the
    word before it and neither line about its own (blank lines skipped) holds a digit: a
    name alone on its line ("Windows10"), not a row of an infobox among others
    ("Passengers216" above "Crew12"). Sentences are read one at a time, so the rows
    about a glued one are looked for here, in the document."""
    if not start or not text[start - 1].isalpha() or not text[start:end].isdigit():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(0, line_start - 200):line_start].rstrip().rpartition("\n")[2]
    line_end = text.find("\n", end)
    after = "" if line_end < 0 else text[line_end:line_end + 200].lstrip().partition("\n")[0]
    return not any(map(str.isdigit, before + after))


#: a digit with a letter or a sign glued after it: the cheap test before GLUED_UNIT_RE
_DIGIT_LETTER_RE = re.compile(r"\d(?:[^\W\d_]|[°²³])")  # (a digit first: the engine skips to one)


def _currency_before(text: str, start: int) -> bool:
    return currency_before(text, start) is not None


_TABLE = table("quantities", package="claimcheck.builtin.quantities")

#: a numeral glued to a currency after it ("115USD", "100元") or before it ("USD115")
_CODES = alternation(CURRENCY_CODES, ignore_case=True)  # read inside (?i:...) only
_GLUED_CURRENCY_AFTER_RE = re.compile(
    r"(?<![\w.,])(?P<n>\d+(?:\.\d+)?)(?=(?i:" + _CODES + r")(?![\w])|元)"
)
#: a number glued to a scale word it is written with in news: "$20million", "£3billion"
_GLUED_SCALE_RE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?=(?i:"
    + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + r")(?![\w]))"
)
_GLUED_CURRENCY_BEFORE_RE = re.compile(
    r"(?<![\w])(?i:" + _CODES + r")(?P<n>\d+(?:\.\d+)?)(?![\w])"
)
#: a number glued to a temperature's letter or an ordinal-like degree sign: "40C", "-5C",
#: "104F", "2º" (kept only where the words around make it a temperature or an angle:
#: "Grade 5C", "Flat 3F" and the Spanish ordinal "2º" are none)
_GLUED_LETTER_RE = re.compile(
    r"(?<![\w.,])(?P<n>(?:[-\u2212](?=\d))?\d+(?:\.\d+)?)(?=[CFº](?![\w]))"
)
#: a letter with a digit glued after it (written so that the scan stops at digits only)
_LETTER_DIGIT_RE = re.compile(r"\d(?<=[A-Za-z]\d)")
#: A figure glued to the word an arrow icon left before it ("Increase193", "Decrease0.22%").
_ICON_GLUED_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(table("numbers")["change_icons"]) + r")"
    r"(?P<n>\d{1,9}(?:\.\d+)?)(?![\w.,]?\d)(?![A-Za-z])")
_DIGIT_RE = re.compile(r"\d")

#: Indian digit groups: "12,34,567.89", "1,00,000" (a lakh)
_INDIAN_RE = re.compile(r"(?<![\w.,])\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\w]|[.,]\d)")
_INDIAN_TEST_RE = re.compile(r",\d\d,\d")  # a literal first: a fast scan

#: a decimal comma, read only where the style marks it (a continental scale after it, a
#: currency of [decimal_comma] before or after it, a per cent sign after it: no thousands
#: are grouped by one or two digits): "€3,5 Mio.", "3,50 €", "54,67 %"; never "3,500"
_DECIMAL_COMMA_RE = re.compile(r"(?<![\w.,])\d+,\d{1,2}(?![\w,]|\.\d)")
_DECIMAL_COMMA_TEST_RE = re.compile(r",\d\d?(?!\d)")  # a literal first: a fast scan
_DECIMAL_CURRENCIES = frozenset(_TABLE["decimal_comma"]["currencies"])
_PERCENT_AFTER_RE = re.compile(r"[ \u00a0\u202f]?%")
_CONTINENTAL: dict[str, float] = _TABLE["scales"]["continental"]
_CONTINENTAL_RE = re.compile(
    r"[ \t\u00a0]*(?P<w>(?i:" + alternation(_CONTINENTAL, ignore_case=True) + r"))(?:\.|(?![\w]))"
)

#: fractions: "2½", "½", "10 1/2 miles", "1/4 mile", "1/2 of" (a slash fraction only
#: before a unit or "of": otherwise "1/2" may be a date)
_VULGAR: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}
_VULGAR_RE = re.compile(
    r"(?<![\w.,])(?:(?P<w>\d+)[ \t\u00a0]?)?(?P<v>[" + "".join(_VULGAR) + r"])(?![\w])"
)
_VULGAR_TEST_RE = re.compile("[" + "".join(_VULGAR) + "]")
_SLASH_RE = re.compile(
    r"(?<![\w./,])(?:(?P<w>\d{1,3})[ \t\u00a0]+)?(?P<a>\d{1,2})/(?P<b>\d{1,2})"
    r"(?![\w/]|[.,]\d)"
)

_OF_RE = re.compile(r"[ \t\u00a0]+of\b")  # "1/2 of the vote": a share

Numeral = tuple[int, int, str, float | None, float | None]


def _fractions(text: str) -> list[Numeral]:
    out: list[Numeral] = []
    if not text.isascii() and _VULGAR_TEST_RE.search(text):
        for m in _VULGAR_RE.finditer(text):
            whole = int(m.group("w")) if m.group("w") else 0
            out.append((m.start(), m.end(), m.group(), whole + _VULGAR[m.group("v")], 0.01))
    if "/" in text:
        for m in _SLASH_RE.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            if not (0 < a < b <= 64) or not (
                UNIT_RE.match(text, m.end()) or _OF_RE.match(text, m.end())
            ):
                continue  # "on 3/4 the talks resumed": a date, maybe
            whole = int(m.group("w")) if m.group("w") else 0
            out.append((m.start(), m.end(), m.group(), whole + a / b, 1 / b))
    return out


def _decimal_commas(text: str) -> list[Numeral]:
    out: list[Numeral] = []
    for m in _DECIMAL_COMMA_RE.finditer(text):
        marked = bool(_CONTINENTAL_RE.match(text, m.end()) or _PERCENT_AFTER_RE.match(
            text, m.end()))
        if not marked:
            before = currency_before(text, m.start())
            after = currency_after(text, m.end())
            marked = bool(before and before[0] in _DECIMAL_CURRENCIES) or bool(
                after and after[0] in _DECIMAL_CURRENCIES
            )
        if marked:
            whole, _, dec = m.group().partition(",")
            out.append((m.start(), m.end(), m.group(), float(f"{whole}.{dec}"),
                        10.0 ** -len(dec)))
    return out


def _numerals(text: str) -> list[Numeral]:
    """Numerals as written (start, end, text, value, precision; value and precision None
    when ``parse_numeral`` reads the text), and numerals glued to a word before them.

    Where a form read here (a fraction, Indian digit groups, a decimal comma) overlaps
    numerals of the plain pattern, it replaces them.
    """
    found: list[Numeral] = [
        (m.start(), m.end(), m.group(), None, None) for m in NUMERAL_RE.finditer(text)
    ]
    if not found and not _DIGIT_RE.search(text):
        # no digit: only a vulgar fraction ("½ teaspoon") can be a numeral
        return [] if text.isascii() else _fractions(text)
    extra: list[Numeral] = []
    if _DIGIT_LETTER_RE.search(text):
        extra.extend((m.start("n"), m.end("n"), m.group("n"), None, None)
                     for m in GLUED_UNIT_RE.finditer(text))
        extra.extend((m.start("n"), m.end("n"), m.group("n"), None, None)
                     for m in _GLUED_POINTS_RE.finditer(text))
        extra.extend((m.start("n"), m.end("n"), m.group("n"), None, None)
                     for m in _GLUED_CURRENCY_AFTER_RE.finditer(text))
        extra.extend((m.start("n"), m.end("n"), m.group("n"), None, None)
                     for m in _GLUED_SCALE_RE.finditer(text))
        extra.extend((m.start("n"), m.end("n"), m.group("n"), None, None)
                     for m in _GLUED_LETTER_RE.finditer(text)
                     if unit_after(text, m.end("n"))[0] is not None)
    # every glued form below has a letter right before its digits: a text with none
    # (most prose) is searched once for that, not once for each form
    if _LETTER_DIGIT_RE.search(text):
        extra.extend((m.start("n"), m.end("n"), m.group("n"), None, None)
                     for m in _GLUED_CURRENCY_BEFORE_RE.finditer(text))
        extra.extend((m.start("n"), m.end("n"), m.group("n"), None, None)
                     for m in _GLUED_RE.finditer(text))
        extra.extend((m.start("n"), m.end("n"), m.group("n"), None, None)
                     for m in _GLUED_ROW_RE.finditer(text))
        extra.extend((m.start("n"), m.end("n"), m.group("n"), None, None)
                     for m in _ICON_GLUED_RE.finditer(text))
    over: list[Numeral] = _fractions(text)
    if "," in text:
        if _INDIAN_TEST_RE.search(text):
            over.extend((m.start(), m.end(), m.group(), None, None)
                        for m in _INDIAN_RE.finditer(text))
        if _DECIMAL_COMMA_TEST_RE.search(text):
            over.extend(_decimal_commas(text))
    if over:
        over.sort()
        spans = [(o[0], o[1]) for o in over]
        starts = [s for s, _ in spans]

        def covered(n: Numeral) -> bool:
            i = bisect.bisect_right(starts, n[1] - 1) - 1
            return i >= 0 and spans[i][1] > n[0]

        found = [n for n in found if not covered(n)]
        extra = [n for n in extra if not covered(n)] + over
    if extra:
        found = sorted(set(found) | set(extra))
    if " " in text and any(_TWO_GROUPS_RE.fullmatch(n[2]) for n in found):
        found = _split_pairs(text, found)
    return found


#: Two groups of digits parted by one plain blank ("219 182"): one number in the style
#: that groups thousands with blanks, or two figures of a row.
_TWO_GROUPS_RE = re.compile(r"(\d{1,3}) (\d{3})")
#: A line that is a short label and nothing but one such number ("Electoral vote 219 182").
_PAIR_LINE_RE = re.compile(r"[ \t|]*[A-Za-z][A-Za-z’' /()]{0,38}[ \t|]+")
#: A line of a label and exactly two figures ("States carried 20 18", "Percentage 48.9%
#: 48.3%", "Popular vote 4,914,482 4,856,905").
_TWO_FIGURES_LINE_RE = re.compile(
    r"[ \t|]*[A-Za-z][A-Za-z’' /()]{0,38}[ \t|]+[-+−–]?[$€£¥]?\d[\d,.]*%?"
    r"[ \t|]+[-+−–]?[$€£¥]?\d[\d,.]*%?[ \t|\r]*"
)
#: A line of a label and a number that may be one grouped by a blank ("Registered 312
#: 455"): no witness that its neighbour is two figures, as a column of such numbers (in
#: the style that groups thousands with blanks) would split itself.
_ONE_GROUPED_LINE_RE = re.compile(
    r"[ \t|]*[A-Za-z][A-Za-z’' /()]{0,38}[ \t|]+\d{1,3} \d{3}[ \t|\r]*")


def _row_of_pairs(text: str, start: int, end: int) -> bool:
    """Whether "219 182" at ``start:end`` is two figures of a row: its line is a label
    and that number only ("Electoral vote 219 182"), and the line right above or below
    it is a label and two figures ("States carried 20 18"), as in an infobox of two
    columns. Elsewhere ("142 962 people", "| Votants | 28 988 300 |", and in any cell of
    a table ruled with bars, whose cells the bars part, not blanks) it is one number."""
    line_start = text.rfind("\n", max(0, start - 60), start) + 1
    if line_start == 0 and start > 60:
        return False
    line_end = text.find("\n", end, end + 60)
    line_end = len(text) if line_end < 0 and len(text) - end <= 60 else line_end
    if line_end < 0 or not _PAIR_LINE_RE.fullmatch(text, line_start, start) \
            or text[end:line_end].strip(" \t|\r"):
        return False
    if "|" in text[line_start:line_end]:
        return False  # a cell of a table ruled with bars: "| Population | 142 962 |" is one
    above_end = line_start - 1
    above = text.rfind("\n", max(0, above_end - 121), max(0, above_end)) + 1
    below_end = text.find("\n", line_end + 1, line_end + 122)
    below_end = len(text) if below_end < 0 and len(text) - line_end <= 121 else below_end
    return bool(
        (above_end > 0 and _two_figures(text, above, above_end))
        or (below_end > line_end and _two_figures(text, line_end + 1, below_end)))


def _two_figures(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a line of a label and two figures that are not one
    number grouped by a blank ("States carried 20 18", not "Registered 312 455")."""
    return bool(_TWO_FIGURES_LINE_RE.fullmatch(text, start, end)) \
        and not _ONE_GROUPED_LINE_RE.fullmatch(text, start, end)


def _split_pairs(text: str, found: list[Numeral]) -> list[Numeral]:
    """``found`` with each "219 182" that is two figures of a row (``_row_of_pairs``)
    read as the two."""
    out: list[Numeral] = []
    for n in found:
        m = _TWO_GROUPS_RE.fullmatch(n[2])
        if m is not None and m.group(2)[0] != "0" and _row_of_pairs(text, n[0], n[1]):
            # (a figure of its own never opens with a nought: "35 000", "210 004" are one)
            out.append((n[0], n[0] + len(m.group(1)), m.group(1), None, None))
            out.append((n[1] - 3, n[1], m.group(2), None, None))
        else:
            out.append(n)
    return out


def atoms(text: str) -> list[Num]:
    """Every number, digits or words, with scale words and currency symbols attached."""
    out: list[Num] = []
    for m_start, m_end, raw, fixed, fixed_precision in _numerals(text):
        value = parse_numeral(raw) if fixed is None else fixed
        if value is None:
            continue
        if fixed_precision is not None:
            precision = fixed_precision
        else:
            precision = 10.0 ** -len(raw.rsplit(".", 1)[1]) if "." in raw else 1.0
        end = m_end
        if not _word_after(text, end):
            # no letter after the number (blanks and a hyphen aside): no scale or code
            num = Num(m_start, end, value, precision, True, raw)
            out.append(_sign_and_currency(text, num, m_start, end, value, precision, raw))
            continue
        cm = _CONTINENTAL_RE.match(text, end)
        if cm:  # "3,5 Mio.": the continental scale, with its full stop
            scale = _CONTINENTAL[cm.group("w").lower()]
            num = Num(m_start, cm.end(), value * scale, precision * scale, True, raw)
            _attach_currency(text, num)
            out.append(num)
            continue
        xm = _SCALED_CODE_AFTER_RE.match(text, end)
        if xm:  # "30 MUSD": thirty million dollars
            scale = SCALED_CODE_VALUES[xm.group("p")]
            out.append(Num(m_start, xm.end(), value * scale, precision * scale, True, raw,
                           xm.group("c")))
            continue
        km = _CODE_SCALE_RE.match(text, end)
        if km:  # "75 USD million"
            scale = SCALE_WORDS[km.group("w").lower()]
            out.append(Num(m_start, km.end(), value * scale, precision * scale, True, raw,
                           CURRENCY_CODES[km.group("c").lower()]))
            continue
        sm = SCALE_AFTER_RE.match(text, end)
        if sm and sm.group("a") == "m" and not _currency_before(text, m_start) and glued_metre(
            text, end
        ):
            sm = None  # "1.8m tall": metres
        if sm and sm.group("a") == "m" and _SECONDS_AFTER_RE.match(text, sm.end()) \
                and not _currency_before(text, m_start):
            sm = None  # "2m 40s": minutes and seconds, no millions
        if sm is None and text[end:end + 1] == " " and text[end + 1:end + 2] in "mb":
            sm = _SPACED_SCALE_RE.match(text, end)
            if sm and not _currency_before(text, m_start):
                sm = None  # a spaced "m" is metres, unless money: "£5 m", "$3 bn"
        if sm:
            scale_word = (sm.groupdict().get("w") or sm.group("a")).lower()
            # a spaced "m" is metres; only attached abbreviations are scales
            value *= SCALE_VALUES[scale_word]
            precision *= SCALE_VALUES[scale_word]
            end = _past_of(text, sm.end(), scale_word)
        num = Num(m_start, end, value, precision, True, raw)
        out.append(_sign_and_currency(text, num, m_start, end, value, precision, raw))
    taken = [(n.start, n.end) for n in out]
    taken.sort()

    starts = [s for s, _ in taken]
    for w in iter_number_words(text):
        i = bisect.bisect_right(starts, w.start) - 1
        if i >= 0 and taken[i][1] > w.start:
            continue
        if i + 1 < len(taken) and taken[i + 1][0] < w.end:
            continue
        if w.text.lower() in SCALE_WORDS:
            # a scale word with no number or article before it counts nothing: "Impact20
            # million tons" (a label glued to its figure), "the Million Man March"
            continue
        num = Num(w.start, w.end, w.value, w.precision, False, w.text)
        sign = _SIGN_WORD_RE.search(text, max(0, w.start - 10), w.start)
        if sign:
            num = Num(sign.start(), w.end, -w.value, w.precision, False,
                      text[sign.start():w.end])
        # "one million" is one run of number words already; a scale word after a run was
        # not read by it: "35 lakh", "two crore"
        sm = SCALE_AFTER_RE.match(text, w.end)
        if sm and sm.group("w"):
            scale = SCALE_VALUES[sm.group("w").lower()]
            scale_end = _past_of(text, sm.end(), sm.group("w").lower())
            num = Num(num.start, scale_end, num.value * scale, num.precision * scale, False,
                      text[num.start:scale_end])
        xm = _SCALED_CODE_AFTER_RE.match(text, num.end)
        if xm:  # "twenty MUSD"
            scale = SCALED_CODE_VALUES[xm.group("p")]
            num = Num(num.start, xm.end(), num.value * scale, num.precision * scale, False,
                      num.raw, xm.group("c"))
        _attach_currency(text, num)
        out.append(num)
    out.sort(key=lambda n: n.start)
    _share_currencies(text, out)
    return out


def _sign_and_currency(text: str, num: Num, m_start: int, end: int, value: float,
                       precision: float, raw: str) -> Num:
    """``num`` negative after "minus" or "negative", with the currency before it."""
    if (
        text[m_start - 1:m_start] in (" ", "\t")
        and value > 0
        # the sign word's last letter before the blanks: a cheap test first
        and text[max(0, m_start - 10):m_start].rstrip(" \t")[-1:] in _SIGN_WORD_LAST
    ):
        sign = _SIGN_WORD_RE.search(text, max(0, m_start - 10), m_start)
        if sign and not _ARITHMETIC_BEFORE_RE.search(text, max(0, sign.start() - 8),
                                                     sign.start()):
            # "minus 5 degrees": below zero; not "10 minus 5", "plus or minus 5"
            num = Num(sign.start(), end, -value, precision, True, raw)
    _attach_currency(text, num)
    return num


#: what may stand between a number and a scale word or code after it
_GAP = frozenset(" \t\u00a0-")
_LETTER_AFTER_RE = re.compile(r"[ \t\u00a0-]*[^\W\d_]")


def _word_after(text: str, end: int) -> bool:
    """Whether a letter follows ``end``, past blanks and hyphens: the scales, codes and
    continental abbreviations read after a number (_CONTINENTAL_RE, _SCALED_CODE_AFTER_RE,
    _CODE_SCALE_RE, SCALE_AFTER_RE, _SPACED_SCALE_RE) all start with a letter there
    (``_AFTER_WORDS_START_WITH_LETTERS``), so a number with none after it ("1 1 1", "$5,",
    "5%") is spared their four tries."""
    c = text[end:end + 1]
    if c.isalpha() or not _AFTER_WORDS_START_WITH_LETTERS:
        return True
    return c in _GAP and _LETTER_AFTER_RE.match(text, end) is not None


#: checked once: every word those patterns read after a number starts with a letter
_AFTER_WORDS_START_WITH_LETTERS = all(
    w[:1].isalpha()
    for w in (*_CONTINENTAL, *SCALED_CODE_VALUES, *SCALE_WORDS, *SCALE_VALUES,
              *CURRENCY_CODES, "m", "mn", "bn")
)


def _share_currencies(text: str, nums: list[Num]) -> None:
    """A currency code between two amounts belongs to one of them: "10 rmb 20 usd" (after
    the first: the second has its own), "rmb 10 usd 20" (before the second: the first has
    its own), "17 USD 25" (before the second, as codes are mostly written). The other
    one is kept from reading it (``Num.after_limit``), so no two figures share text."""
    for a, b in itertools.pairwise(nums):
        if b.cur_start is None or b.cur_start < a.end:
            continue
        cur = currency_after(text, a.end)
        if cur is None or cur[1] <= b.cur_start:
            continue
        if a.currency is None and currency_after(text, b.end) is not None:
            b.currency = b.cur_start = None
        else:
            a.after_limit = b.cur_start
