"""Numbers as people write them: numerals with separators, number words, and mixtures.

Shared by every extractor that needs a number (quantities, durations, dates), so that
"two hundred and forty", "1.35 million", "87 500" and "half a million" mean the same
thing everywhere in claimcheck.

Public API:

- ``parse_number(text) -> float | None``: the value of a whole string that is one number
  ("110,000", "87 500", "-3.5", "1.35 million", "two hundred and forty", "six and a half",
  "a dozen", "half a million", "a third"); None when the string is not exactly one number.
- ``parse_number_precision(text) -> tuple[float, float] | None``: the value and the place
  value of its last stated digit ("4.2 billion" -> (4.2e9, 1e8)), so comparators can say
  "equal at the precision stated".
- ``NUMBER_WORD_RE``: one compiled pattern matching a maximal run of number words
  ("thirteen", "two hundred and forty", "six and a half", "a dozen", "half a million").
  A run may hold several numbers ("one one one"); ``iter_number_words`` splits it.
- ``iter_number_words(text) -> Iterator[WordNumber]``: every well-formed number-word
  number in a text with exact code-point offsets; for a time extractor:
  ``for w in iter_number_words("thirteen days later"): w.value, w.start, w.end``.
- ``NUMERAL_RE``: one compiled pattern for digit numerals with optional sign, thousands
  separators (comma, space, thin space, no-break space) and a decimal point.
- ``parse_numeral(text) -> float | None`` for what ``NUMERAL_RE`` matched.
- ``ORDINALS``: ordinal words to integers ("first" -> 1, "twenty-fifth" -> 25), and
  ``parse_ordinal(text)``, for dates written "the twenty-fifth of June".
- ``SCALES``: scale words to multipliers ("million" -> 1e6, "bn" -> 1e9).

Every pattern here is linear-time: alternations of literal words separated by
separators that cannot also be words, so nothing can backtrack catastrophically.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.text.data import table

__all__ = [
    "FRACTIONS",
    "NUMBER_WORD_RE",
    "NUMERAL_RE",
    "ORDINALS",
    "SCALES",
    "SCALE_WORD_RE",
    "UNITS",
    "WordNumber",
    "find_numbers",
    "iter_number_words",
    "parse_number",
    "parse_number_precision",
    "parse_numeral",
    "parse_ordinal",
]

#: Work done reading number-word runs (words tried), counted for tests that compare two
#: sizes of one input (tests/test_hostile.py)
WORK: Counter[str] = Counter()

_DATA = table("numbers")

UNITS: dict[str, int] = dict(_DATA["units"])
TEENS: dict[str, int] = dict(_DATA["teens"])
TENS: dict[str, int] = dict(_DATA["tens"])
# Scale words multiply what precedes them; abbreviations are for numerals ("4.2bn", "5m").
SCALES: dict[str, float] = {word: float(x) for word, x in _DATA["scales"].items()}
_WORD_SCALES = tuple(_DATA["word_scales"])
# Fractions by denominator word; singular and plural ("a third", "two thirds").
FRACTIONS: dict[str, float] = {word: 1 / d for word, d in _DATA["fractions"].items()}
_DOZEN: dict[str, int] = dict(_DATA["dozen"])

#: Tens and a unit written as one word, as old prints and OCR have them ("twentyfive
#: persons", "Thirtyone"): read as the two words ("twenty-five").
_GLUED_TENS: dict[str, tuple[str, str]] = {
    tens + unit: (tens, unit) for tens in TENS for unit, v in UNITS.items() if 0 < v < 10}

_ORDINAL_UNITS: dict[str, int] = dict(_DATA["ordinal_units"])
_ORDINAL_TENS: dict[str, int] = dict(_DATA["ordinal_tens"])


def _build_ordinals() -> dict[str, int]:
    out: dict[str, int] = dict(_ORDINAL_UNITS)
    out.update(_ORDINAL_TENS)
    for tens_word, tens in TENS.items():
        for unit_word, unit in _ORDINAL_UNITS.items():
            if unit < 10:
                out[f"{tens_word}-{unit_word}"] = tens + unit
                out[f"{tens_word} {unit_word}"] = tens + unit
    return out


ORDINALS: dict[str, int] = _build_ordinals()


def _build_denominators() -> dict[str, tuple[float, bool]]:
    """Ordinal words used as denominators, singular or plural: "fifth", "hundredths".

    "first" and "second(s)" are left out: "the twenty-first century", "two seconds".
    """
    out: dict[str, tuple[float, bool]] = {}
    singles = {w: v for w, v in {**_ORDINAL_UNITS, **_ORDINAL_TENS}.items()
               if w not in ("first", "second")}
    singles.update(_DATA["ordinal_scales"])
    for word, value in singles.items():
        out[word] = (float(value), False)
        out[word + "s"] = (float(value), True)
    out["quarter"], out["quarters"] = (4.0, False), (4.0, True)
    out["half"], out["halves"] = (2.0, False), (2.0, True)
    return out


DENOMINATORS: dict[str, tuple[float, bool]] = _build_denominators()
_UNIT_ORDINALS = {w: v for w, v in _ORDINAL_UNITS.items() if v < 10}
_UNIT_ORDINALS.update({w + "s": v for w, v in list(_UNIT_ORDINALS.items())})

# Words that may appear inside a number-word run. "a"/"an" and "and" are joiners that
# only count between or before real number words (see _WORD_RUN below).
_NUMBER_WORDS = sorted(
    {*UNITS, *TEENS, *TENS, *_WORD_SCALES, *_DOZEN, *DENOMINATORS, *_UNIT_ORDINALS,
     *_GLUED_TENS},
    key=lambda w: (-len(w), w),
)


def _trie_pattern(words: list[str]) -> str:
    """An alternation of ``words`` as a trie: "(?:f(?:if(?:teen|ty)|...)|...)".

    Why: the regex engine tries an alternation's words one by one at every position, a
    hundred tries where a trie makes one per letter. Where several words match at one
    place they are prefixes of one another, and the trie tries the longest first, as the
    longest-first alternation did: the same matches.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(tree) + ")"


_W = _trie_pattern(_NUMBER_WORDS)
# A run: optional article, a number word, then (separator [and|a|of a] number word)*.
# Separators are whitespace or hyphens; joiners are literal words that are not number
# words, so each position has one way to match: linear.
_SEP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*-[ \t\u00a0]*)"
_JOIN = rf"(?:{_SEP}(?:and{_SEP}(?:an?{_SEP})?|an?{_SEP}|of{_SEP}an?{_SEP})?)"
# A run may be followed by a hyphen and a word that is not a number ("six-mile").
NUMBER_WORD_PATTERN = rf"(?<![\w-])(?:an?{_SEP})?{_W}(?:{_JOIN}{_W})*(?![\w])(?!-\d)"
NUMBER_WORD_RE = re.compile(NUMBER_WORD_PATTERN, re.IGNORECASE)
#: A number word anywhere, in a lowered ASCII text (where lower case is what the case-blind
#: NUMBER_WORD_RE reads): a text with none has no run. Its letters first, so the engine skips
#: to where a word may start; NUMBER_WORD_RE tries its lookbehind at every character.
_ANY_NUMBER_WORD_RE = re.compile(_W)

# Digits: sign, then either grouped thousands (1,234,567 / 87 500 / 1 234) or plain
# digits, then an optional decimal part. Group separators must be followed by exactly
# three digits, so "1,1,1" is three numbers, not one.
_GROUP_SEP = "[,\u2009\u202f\u00a0 ]"
NUMERAL_PATTERN = (
    # (no sign right after a citation mark's bracket: "20,000[1]–25,000" is a range)
    r"(?<![\w.,])(?:(?<!\])[-\u2212\u2013](?=\d))?"
    # groups of three after spaces make one number ("87 500"), unless another number
    # follows: "Seats won 306 258 57" is a row of three figures
    r"(?:\d{1,3}(?:,\d{3})+(?![\d])"
    r"|\d{1,3}(?:[\u2009\u202f\u00a0 ]\d{3})+(?![\d,\-\u2013])(?![ \t\u00a0]+[-+\u2212]?\d)"
    r"|\d+(?!,\d{3}(?!\d)))"  # ("10,000l." is no "10": a grouped number read whole or not)
    # a decimal part is all or nothing ("3.1x" is no number, not "3"); letters may follow
    # only as a scale abbreviation ("4.2bn", "£3.1m", "5k")
    r"(?:\.\d+|(?!\.\d))(?=(?:bn|mn|mln|tn|k|m|b)(?![\w])|(?![\w]))"
)
NUMERAL_RE = re.compile(NUMERAL_PATTERN)
_NUMERAL_SCALE_RE = re.compile(
    r"([-\u2212]?[\d,\u2009\u202f\u00a0 ]*\d(?:\.\d+)?) ?([A-Za-z]+)"
)
SCALE_WORD_RE = re.compile(
    r"(?:thousand|million|billion|trillion|lakh|crore|mln|mn|bn|tn|k|m|b)(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class WordNumber:
    """A number written in words, with exact offsets into the text it came from."""

    start: int
    end: int
    text: str
    value: float
    precision: float


_DROP_SEPARATORS = {ord(c): None for c in ",\u2009\u202f\u00a0 "}
_PLAIN_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


def parse_numeral(text: str) -> float | None:
    """Value of a numeral with separators ("110,000", "87 500", "-3.5"); None otherwise,
    and None for a run of digits too long to be a number (past 1e308)."""
    t = text.strip()
    if not t:
        return None
    sign = 1.0
    if t[0] in "-\u2212\u2013":
        sign, t = -1.0, t[1:]
    if not t.isdecimal():  # not isdigit(): superscripts are digits float() cannot read
        t = t.translate(_DROP_SEPARATORS)
        if not _PLAIN_NUMBER_RE.fullmatch(t):
            return None
    value = float(t)
    return sign * value if math.isfinite(value) else None


def _numeral_precision(text: str) -> float:
    t = text.strip()
    if "." in t:
        return 10.0 ** -len(t.rsplit(".", 1)[1])
    return 1.0


class _WordParser:
    """A small state machine over number words, so that malformed runs are rejected.

    "two hundred and forty" is one number; "one one" and "forty twenty" are not.
    """

    def __init__(self) -> None:
        self.total = 0.0  # completed scale groups
        self.group = 0.0  # the group under construction (< 1000)
        self.last = "none"  # none, unit, teen, tens, hundred, scale, and
        self.last_scale = float("inf")
        self.fraction = 0.0
        self.precision = 1.0
        self.words = 0
        #: "a hundred and ninety and two": an "and" after the tens of a hundred, which
        #: only a unit may follow (the old English of 192), and nothing after that unit
        self.tens_and = False

    def value(self) -> float:
        return self.total + self.group + self.fraction

    def feed(self, word: str) -> bool:
        """Take one word; False when it cannot continue the number."""
        w = word.lower()
        last = self.last
        if w == "and":
            if last in ("hundred", "scale"):
                self.last = "and"
                return True
            if last == "tens" and self.group % 10 == 0 and self.group > 100 \
                    and not self.tens_and:
                self.last = "and"
                self.tens_and = True
                return True
            return False
        if self.tens_and and (last != "and" or w not in UNITS):
            return False  # "sixty and two hundred" is no 6,200
        if w in UNITS:
            if last in ("none", "hundred", "scale", "and") or (
                last == "tens" and self.group % 10 == 0
            ):
                self.group += UNITS[w]
                self.last = "unit"
                self.precision = 1.0
                return True
            return False
        if w in TEENS:
            if last in ("none", "hundred", "scale", "and"):
                self.group += TEENS[w]
                self.last = "teen"
                self.precision = 1.0
                return True
            return False
        if w in TENS:
            if last in ("none", "hundred", "scale", "and") and self.group % 100 == 0:
                self.group += TENS[w]
                self.last = "tens"
                self.precision = 10.0 if last == "none" else 1.0
                return True
            return False
        if w == "hundred":
            if last in ("unit", "teen", "none") and self.group < 100:
                self.group = (self.group or 1) * 100
                self.last = "hundred"
                self.precision = 100.0
                return True
            return False
        if w in SCALES and w in _WORD_SCALES:
            scale = SCALES[w]
            if last in ("unit", "teen", "tens", "hundred", "none") and scale < self.last_scale:
                self.total += (self.group or 1) * scale
                self.group = 0.0
                self.last_scale = scale
                self.last = "scale"
                self.precision = scale
                return True
            return False
        return False


_TOKEN_RE = re.compile(r"[A-Za-z]+")


def _parse_words(words: list[str]) -> tuple[float, float] | None:
    """Value and precision of a whole list of words, or None if it is not one number."""
    ws = [w.lower() for w in words]
    if not ws:
        return None
    # Leading article: "a hundred", "a dozen", "a third", "an eighth".
    article = ws[0] in ("a", "an")
    if article:
        ws = ws[1:]
        if not ws:
            return None
    scaled = _parse_scaled_fraction(ws, article)
    if scaled is not None:
        return scaled
    # "half a million", "half a dozen", "a quarter of a million"
    if ws[0] in ("half", "quarter", "third") and len(ws) >= 2:
        rest = ws[1:]
        if rest[0] == "of":
            rest = rest[1:]
        if rest and rest[0] in ("a", "an"):
            inner = _parse_words(["a", *rest[1:]])
            if inner is not None:
                frac = FRACTIONS[ws[0]]
                return inner[0] * frac, inner[1] * frac
        return None
    # "a dozen", "two dozen", "three dozens"
    if ws[-1] in _DOZEN:
        if len(ws) == 1:
            return (12.0, 12.0) if article or ws[0] == "dozen" else None
        if "and" in ws[:-1] and not article:
            k = len(ws) - 1 - ws[::-1].index("and")
            whole, part = _parse_words(ws[:k]), _parse_words(ws[k + 1:-1])
            if whole is not None and part is not None:
                return whole[0] + part[0] * 12, 12.0  # "three hundred and two dozens"
        inner = _parse_words(ws[:-1])
        if inner is None or article:
            return None
        return inner[0] * 12, 12.0
    if ws[-1] in DENOMINATORS or (
        len(ws) >= 2 and ws[-1] in _UNIT_ORDINALS and ws[-2] in TENS
    ):
        return _parse_fraction(ws, article)
    if not article and ws[0] in _WORD_SCALES:
        return None  # "million" alone, as in "millions of", is not a figure
    parser = _WordParser()
    for w in ws:
        if not parser.feed(w):
            return None
    if parser.last == "and":
        return None
    if article and ws[0] not in _WORD_SCALES:
        return None  # "a two" is not a number; "a hundred and thirty-six" is 136
    return parser.value(), parser.precision


def _parse_fraction(ws: list[str], article: bool) -> tuple[float, float] | None:
    """"one eighth", "five eighths", "a hundredth", "three twenty-firsts",
    "twenty and three fifths", "three and a fifth"."""
    readings: list[tuple[float, bool, list[str]]] = []
    if len(ws) >= 2 and ws[-1] in _UNIT_ORDINALS and ws[-2] in TENS and (
        len(ws) > 2 or article or ws[-1] not in DENOMINATORS
    ):
        readings.append((TENS[ws[-2]] + _UNIT_ORDINALS[ws[-1]], ws[-1].endswith("s"), ws[:-2]))
    if ws[-1] in DENOMINATORS:
        readings.append((*DENOMINATORS[ws[-1]], ws[:-1]))
    for denom, plural, numer_words in readings:
        found = _read_fraction(ws, article, denom, plural, numer_words)
        if found is not None:
            return found
    return None


def _read_fraction(ws: list[str], article: bool, denom: float, plural: bool,
                   numer_words: list[str]) -> tuple[float, float] | None:
    # whole part: "twenty and three fifths", "three and a fifth"
    if "and" in numer_words:
        k = len(numer_words) - 1 - numer_words[::-1].index("and")
        whole = _parse_words(numer_words[:k]) if not article else None
        frac = _parse_words([*numer_words[k + 1:], *ws[len(numer_words):]])
        if whole is not None and frac is not None and frac[0] < 1:
            return whole[0] + frac[0], frac[1]
    if not numer_words:
        if not article or plural:
            return None
        return 1 / denom, 1 / denom
    # "a hundred trillionths" keeps its article
    inner = _parse_words(["a", *numer_words] if article else numer_words)
    if inner is None or ((inner[0] == 1) == plural and not article):
        return None
    return inner[0] / denom, 1 / denom


def _parse_scaled_fraction(ws: list[str], article: bool) -> tuple[float, float] | None:
    """"half million", "five and a half million", "one million and a half"."""
    if len(ws) >= 2 and ws[-1] in _WORD_SCALES and ws[-1] != "hundred":
        scale = SCALES[ws[-1]]
        head = ws[:-1]
        if head[-2:] in (["of", "a"], ["of", "an"]):
            head = head[:-2]
        if head in (["half"], ["quarter"]):
            return FRACTIONS[head[0]] * scale, FRACTIONS[head[0]] * scale
        if any(w in FRACTIONS or w in DENOMINATORS for w in head):
            inner = _parse_words(["a", *head] if article else head)
            if inner is not None:
                return inner[0] * scale, inner[1] * scale
        return None
    # "five billion and three quarters", "six million and two thirds"
    if "and" in ws and (ws[-1] in DENOMINATORS or ws[-1] in _UNIT_ORDINALS):
        k = len(ws) - 1 - ws[::-1].index("and")
        if k >= 2 and ws[k - 1] in _WORD_SCALES and ws[k - 1] != "hundred":
            whole = _parse_words(ws[:k])
            frac = _parse_words(ws[k + 1:])
            if whole is not None and frac is not None and 0 < frac[0] < 1 and not article:
                scale = SCALES[ws[k - 1]]
                return whole[0] + frac[0] * scale, frac[1] * scale
    # "one million and a half", "3 million and a quarter"
    if (
        len(ws) >= 4
        and ws[-1] in FRACTIONS
        and ws[-3:-1] in (["and", "a"], ["and", "an"], ["and", "one"])
        and ws[-4] in _WORD_SCALES
        and ws[-4] != "hundred"
    ):
        whole = _parse_words(ws[:-3])
        if whole is not None and not article:
            scale = SCALES[ws[-4]]
            return whole[0] + FRACTIONS[ws[-1]] * scale, FRACTIONS[ws[-1]] * scale
    return None


def parse_number_precision(text: str) -> tuple[float, float] | None:
    """Value and precision of one number written in digits, words, or both.

    Precision is the place value of the last stated digit, times any scale word:
    "4.2 billion" -> 1e8, "12" -> 1, "11.6" -> 0.1, "two hundred" -> 100.
    """
    t = " ".join(text.replace("\u00a0", " ").split()).strip()
    if not t:
        return None
    m = NUMERAL_RE.fullmatch(t)
    if m:
        value = parse_numeral(t)
        return None if value is None else (value, _numeral_precision(t))
    # numeral followed by scale word(s): "1.35 million", "4.2bn", "1 million"
    m = _NUMERAL_SCALE_RE.fullmatch(t)
    if m:
        head = parse_numeral(m.group(1))
        rest = m.group(2).lower()
        if head is not None and rest in SCALES:
            scale = SCALES[rest]
            return head * scale, _numeral_precision(m.group(1)) * scale
        return None
    words = [part for w in re.split(r"[\s-]+", t)
             for part in _GLUED_TENS.get(w.lower(), (w,))]
    if not all(_TOKEN_RE.fullmatch(w) for w in words):
        return None
    return _parse_words(words)


def parse_number(text: str) -> float | None:
    """The value of a string that is exactly one number, else None.

    >>> parse_number("two hundred and forty")
    240.0
    >>> parse_number("1.35 million")
    1350000.0
    """
    parsed = parse_number_precision(text)
    return None if parsed is None else parsed[0]


def parse_ordinal(text: str) -> int | None:
    """"twenty-fifth" -> 25, "3rd" -> 3; None for anything else."""
    t = " ".join(text.lower().split())
    if t in ORDINALS:
        return ORDINALS[t]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", t)
    return int(m.group(1)) if m else None


_WORD_SPLIT_RE = re.compile(r"[A-Za-z]+")
_SPECIAL = {*FRACTIONS, *DENOMINATORS, *_DOZEN, *_UNIT_ORDINALS, "a", "an", "of"}


def _plain_prefix(words: list[str]) -> tuple[int, tuple[float, float]] | None:
    """Longest prefix of plain number words that is one number, in one pass."""
    parser = _WordParser()
    best: tuple[int, tuple[float, float]] | None = None
    for k, w in enumerate(words):
        if not parser.feed(w):
            break
        if parser.last != "and":
            best = (k + 1, (parser.value(), parser.precision))
    return best


def _glued_parts(token: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """A token of a number-word run, as its two words when it is tens and a unit glued
    ("twentyfive" -> "twenty", "five"), each with its own span."""
    parts = _GLUED_TENS.get(token[2].lower())
    if parts is None:
        return [token]
    cut = token[0] + len(parts[0])
    return [(token[0], cut, token[2][:len(parts[0])]), (cut, token[1], token[2][len(parts[0]):])]


def _word_before(text: str, at: int) -> str:
    """The word right before ``at`` in lower case ("" at the text's start)."""
    words = text[max(0, at - 40):at].split()
    return words[-1].lower() if words else ""


def iter_number_words(text: str) -> Iterator[WordNumber]:
    """Every number written in words, longest well-formed reading first, left to right.

    A run such as "one one one" yields three numbers; "two hundred and forty" one.
    Linear: each run is split greedily, and a run's words are tried at most a bounded
    number of times per start (numbers longer than 12 words do not occur).
    """
    if text.isascii() and _ANY_NUMBER_WORD_RE.search(text.lower()) is None:
        return
    for run in NUMBER_WORD_RE.finditer(text):
        tokens = [(m.start() + run.start(), m.end() + run.start(), m.group())
                  for m in _WORD_SPLIT_RE.finditer(run.group())]
        if any(tk[2].lower() in _GLUED_TENS for tk in tokens):
            # "twentyfive": its two words, each with its own span within it
            tokens = [part for tk in tokens for part in _glued_parts(tk)]
        i = 0
        n = len(tokens)
        lowers = [tk[2].lower() for tk in tokens]
        while i < n:
            best: tuple[int, tuple[float, float]] | None = None
            window = lowers[i:i + 10]
            WORK["words"] += len(window)
            if not any(w in _SPECIAL for w in window):
                best = _plain_prefix(window)
                if best is not None:
                    best = (best[0] + i, best[1])
            for j in range(min(n, i + 10), i, -1) if best is None else ():
                if tokens[j - 1][2].lower() in ("a", "an", "and", "of"):
                    continue
                WORK["words"] += j - i
                parsed = _parse_words([tk[2] for tk in tokens[i:j]])
                if parsed is not None:
                    best = (j, parsed)
                    break
            if best is None:
                i += 1
                continue
            j, (value, precision) = best
            if j < n and lowers[j] in _BIG_SCALES and "and" in lowers[i:j]:
                # "between one thousand and two million": a larger scale after the run
                # closes the number after "and", which the run had taken as its tail
                k = j - 1 - lowers[i:j][::-1].index("and")
                head = _parse_words([tk[2] for tk in tokens[i:k]]) if k > i else None
                if head is not None and any(SCALES.get(w, 0) < SCALES[lowers[j]]
                                            for w in lowers[i:k] if w in _BIG_SCALES):
                    j, (value, precision) = k, head
            if j - i >= 4 and lowers[j - 2] == "and" and lowers[j - 1] in UNITS \
                    and lowers[j - 3] in TENS and (
                        (j < n and (lowers[j] == "hundred" or lowers[j] in _WORD_SCALES))
                        or ((after := _NEXT_WORD.match(text, tokens[j - 1][1])) is not None
                            and after.group(1).lower() in _OWN_COUNT_AFTER)):
                # the unit after the tens' "and" is no old English of 342 or 122 when a
                # scale follows it ("three hundred and forty and two hundred": it opens the
                # next number) or a word that makes it a count of its own ("a hundred and
                # twenty and two more died")
                shorter = _parse_words([tk[2] for tk in tokens[i:j - 2]])
                if shorter is not None:
                    j, (value, precision) = j - 2, shorter
            if j - i >= 2 and lowers[j - 1] in UNITS and lowers[j - 2] in _BIG_SCALES \
                    and _MULTIPLIER.match(text, tokens[j - 1][1]):
                # "one hundred and fifty thousand six times the numbers of the English":
                # the last word counts the times, not the thousands' units
                shorter = _parse_words([tk[2] for tk in tokens[i:j - 1]])
                if shorter is not None:
                    j, (value, precision) = j - 1, shorter
            start, end = tokens[i][0], tokens[j - 1][1]
            if j < n and lowers[j - 1] in TENS and lowers[j] in _ORDINAL_UNITS and (
                    text[end:tokens[j][0]].strip() == "-"
                    or (j == i + 1 and text[end:tokens[j][0]] in (" ", "\t")
                        and text[tokens[j][1]:tokens[j][1] + 1] != "-"
                        and _word_before(text, start) in _SPACED_ORDINAL_BEFORE)):
                # "the thirty-fifth mission", "the twenty-first century", "the thirty fifth
                # regiment" (a space, as older print writes it, after "the" and the
                # like): an ordinal written in words, no count of thirty
                i = j + 1
                continue
            if lowers[j - 1] in _WORD_SCALES and (tail := _ORDINAL_TAIL.match(text, end)) \
                    and tail.group(1).lower() in ORDINALS:
                # "the one hundred and first regiment", "the two hundred and fiftieth
                # anniversary": an ordinal written in words, no count of a hundred
                i = j
                continue
            if j == n and lowers[j - 1] in _WORD_SCALES and _BROKEN_TAIL.match(text, end):
                # "One hundred and furiy-ono bodies": a compound number the OCR garbled;
                # its first words alone would state another number. Only a scale word
                # goes on with "and" ("hundred and forty-one"): "twelve and re-arrested
                # four" is twelve
                i = j
                continue
            yield WordNumber(start, end, text[start:end], value, precision)
            i = j


#: Words after "a hundred and ninety and two" that make the unit a count of its own.
_OWN_COUNT_AFTER = frozenset(_DATA["own_count_after"])
#: Words before "thirty fifth" written with a space that make it an ordinal.
_SPACED_ORDINAL_BEFORE = frozenset(_DATA["spaced_ordinal_before"])
#: The word right after a number.
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
#: Scale words after which a unit word before "times" is a multiplier of its own.
_BIG_SCALES = frozenset(_WORD_SCALES) - {"hundred"}
#: A multiplier right after a number: "six times the numbers".
_MULTIPLIER = re.compile(r"[ \t]+times\b", re.IGNORECASE)

#: After a number in words that ends its run in a scale word, "and" and a hyphenated
#: word that is no number: the rest of the number, garbled ("One hundred and furiy-ono").
_BROKEN_TAIL = re.compile(r"[ \t]+and[ \t]+[a-z]+-[a-z]+\b", re.IGNORECASE)
#: After a number in words that ends in a scale word, "and" and an ordinal ("hundred and
#: first", "thousand and twenty-fifth"): the number is that ordinal's head.
_ORDINAL_TAIL = re.compile(r"[ \t]+and[ \t]+([a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)


# -- every number in a text --------------------------------------------------------------

_DIGIT_WORDS = {**UNITS, "oh": 0}
_NUMBER_TOKEN_RE = re.compile(
    r"(?:(?<![\w.,])[-\u2212]?\.\d+|"
    + NUMERAL_PATTERN.rsplit("(?=", 1)[0] + ")"
    + r"(?:[eE][-+]?\d+|\^(?P<exp>[-+]*\d+))?"
    + r"(?:(?P<sw>[ \t\u00a0]+(?:hundred|thousand|million|billion|trillion|lakh|crore))"
    + r"|[ \t\u00a0]?(?P<sa>(?i:bn|bln|mn|mln|mil|mm|tn|tln|k|b|g)|M))?(?![\w])",
)
_AND_FRACTION_RE = re.compile(
    r"[ \t]+and[ \t]+(?P<f>(?:an?|one|two|three|four|five|six|seven|eight|nine)[ \t]+"
    r"(?:half|quarters?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))"
    r"\b",
    re.IGNORECASE,
)
_DOZEN_AFTER_RE = re.compile(r"[ \t]+(?:dozens?|dzs|dozs)\b", re.IGNORECASE)
_VULGAR: dict[str, float] = {char: num / den for char, (num, den) in _DATA["vulgar"].items()}
_VULGAR_RE = re.compile("[" + "".join(_VULGAR) + "]")
_OVER_RE = re.compile(r"[ \t]+(?:over|out[ \t]+of)[ \t]+", re.IGNORECASE)
_PRONOUN_ONE_RE = re.compile(
    r"(?:\b(?:the|this|that|which|each|every|any|no|another|some|one)[ \t]+)$", re.IGNORECASE
)
_FRACTION_RE = re.compile(
    r"(?<![\w./])(?P<sign>-[ \t]?)?(?:(?P<whole>\d+)[ \t]+)?(?P<num>\d+)/(?P<den>\d+)(?![\w/])"
)
_SUFFIX_SCALES: dict[str, float] = {w: float(x) for w, x in _DATA["suffix_scales"].items()}
_SIGN_BEFORE_RE = re.compile(r"(?i:minus|negative)[ \t]+$")
_POINT_AFTER_RE = re.compile(r"[ \t]+point[ \t]+", re.IGNORECASE)


def find_numbers(text: str) -> list[WordNumber]:
    """Every number in a text, in digits, words or both, with exact offsets.

    Unlike the figure extractor, this reads *every* number, years and identifiers
    included: it is the number reader ("1,234,567", "1.3e6", "2 1/4", "10k",
    "two hundred point zero three", "minus five", "322 hundred"), not a judge of
    which numbers are claims.
    """
    import bisect

    out: list[WordNumber] = []
    taken: list[tuple[int, int]] = []

    def overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return (i >= 0 and spans[i][1] > start) or (i + 1 < len(spans) and spans[i + 1][0] < end)

    for m in _FRACTION_RE.finditer(text):
        value = int(m.group("num")) / int(m.group("den")) if int(m.group("den")) else None
        if value is None:
            continue
        if m.group("whole"):
            value += int(m.group("whole"))
        if m.group("sign"):
            value = -value
        out.append(WordNumber(m.start(), m.end(), m.group(), value, 0.0))
        taken.append((m.start(), m.end()))
    taken.sort()
    taken_starts = [a for a, _ in taken]
    numeral_end = -1
    for m in _NUMBER_TOKEN_RE.finditer(text):
        if m.start() < numeral_end or (
            taken and overlaps(taken, taken_starts, m.start(), m.end())
        ):
            continue
        core = m.group()
        scale = 1.0
        if m.group("sw"):
            scale = SCALES[m.group("sw").strip().lower()]
            core = core[: m.start("sw") - m.start()]
        elif m.group("sa"):
            scale = _SUFFIX_SCALES[m.group("sa").lower()]
            core = core[: m.start("sa") - m.start()].rstrip()
        power = None
        if m.group("exp"):
            exp = m.group("exp")
            sign = -1 if exp.count("-") % 2 else 1
            power = sign * int(exp.lstrip("+-"))
            core = core[: m.start("exp") - m.start() - 1]
        try:
            value = float(core.translate(_DROP_SEPARATORS).replace("\u2212", "-")
                          .replace("\u2013", "-"))
            if power is not None:
                value = math.copysign(abs(value) ** power, value)
        except (ValueError, OverflowError, ZeroDivisionError):
            continue
        start, value, end = m.start(), value * scale, m.end()
        dm = None if (m.group("sw") or m.group("sa")) else _DOZEN_AFTER_RE.match(text, end)
        if dm:
            value, end = value * 12, dm.end()
        if m.group("sw"):
            value, end = _extend_mixed(text, value, scale, end)
            fm = _AND_FRACTION_RE.match(text, end)
            frac = parse_number(fm.group("f")) if fm else None
            if frac is not None and 0 < frac < 1:
                value, end = value + frac * scale, fm.end()
        sm = _SIGN_BEFORE_RE.search(text, max(0, start - 10), start)
        if sm:
            start, value = sm.start(), -value
        out.append(WordNumber(start, end, text[start:end], value, 1.0))
        numeral_end = end
    for m in _VULGAR_RE.finditer(text):
        out.append(WordNumber(m.start(), m.end(), m.group(), _VULGAR[m.group()], 0.0))
    spans = sorted((n.start, n.end) for n in out)
    starts = [a for a, _ in spans]
    last_end = -1
    for w in iter_number_words(text):
        if w.start < last_end or (spans and overlaps(spans, starts, w.start, w.end)):
            continue
        start, end, value = w.start, w.end, w.value
        pm = _POINT_AFTER_RE.match(text, end)
        if pm:
            digits = NUMBER_WORD_RE.match(text, pm.end())
            if digits:
                words = digits.group().lower().replace("-", " ").split()
                if all(x in _DIGIT_WORDS for x in words):
                    frac = "".join(str(_DIGIT_WORDS[x]) for x in words)
                else:
                    parsed = parse_number(digits.group())
                    frac = str(int(parsed)) if parsed is not None else ""
                if frac:
                    value = float(f"{int(value)}.{frac}")
                    end = digits.end()
        sm = _SIGN_BEFORE_RE.search(text, max(0, start - 10), start)
        if sm:
            start, value = sm.start(), -value
        if w.text.lower() == "one" and end == w.end and (
            _PRONOUN_ONE_RE.search(text, max(0, start - 12), start)
        ):
            continue  # "the one you mentioned", "which one": a pronoun
        out.append(WordNumber(start, end, text[start:end], value, w.precision))
        last_end = end
    out.sort(key=lambda n: n.start)
    return _join_ratios(text, out)


_MIXED_PIECE_RE = re.compile(
    r"[ \t]+(?P<and>and[ \t]+)?(?P<n>\d+|"
    + "|".join(sorted({*UNITS, *TEENS, *TENS}, key=lambda w: (-len(w), w)))
    + r")(?:[ \t]+(?P<s>hundred|thousand|million|billion|trillion))?(?![\w])",
    re.IGNORECASE,
)


def _extend_mixed(text: str, value: float, scale: float, end: int) -> tuple[float, int]:
    """"4 thousand 3 hundred and 21": digits standing where number words would."""
    last_scale = scale
    while True:
        m = _MIXED_PIECE_RE.match(text, end)
        if not m:
            return value, end
        raw = m.group("n").lower()
        piece = float(raw) if raw.isdigit() else float({**UNITS, **TEENS, **TENS}[raw])
        piece_scale = SCALES[m.group("s").lower()] if m.group("s") else 1.0
        if piece == 0 or piece * piece_scale >= last_scale or piece >= 1000:
            return value, end
        if m.group("and") and m.group("s"):
            return value, end
        value += piece * piece_scale
        end = m.end()
        if piece_scale == 1.0:
            return value, end
        last_scale = piece_scale


def _join_ratios(text: str, found: list[WordNumber]) -> list[WordNumber]:
    """"one over three", "1 out of 3": one number, a fraction."""
    out: list[WordNumber] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            om = _OVER_RE.fullmatch(text, a.end, b.start) if b.value else None
            after = text[b.end:b.end + 2].strip()
            if om and (abs(a.value) <= abs(b.value) or (
                "over" in om.group().lower() and (not after or not after[0].isalnum())
            )):
                out.append(WordNumber(a.start, b.end, text[a.start:b.end], a.value / b.value,
                                      0.0))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_YEAR_OR_COUNT = table("numbers")["year_or_count"]
_YEAR_BEFORE = frozenset(_YEAR_OR_COUNT["year_before"])
_YEAR_NOUNS = frozenset(_YEAR_OR_COUNT["year_nouns"])
_IRREGULAR_PLURALS = frozenset(_YEAR_OR_COUNT["irregular_plurals"])
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([a-z][a-z'’-]*)")
_PREVIOUS_WORD = re.compile(r"(\S+)[ \t\u00a0]+$")
#: A capitalised plural right after a number ("1500 Americans").
_NEXT_NAME = re.compile(r"[ \t\u00a0]+([A-Z][a-z]+(?:s|men))\b")
_COUNT_APPROXIMATORS = frozenset(_YEAR_OR_COUNT["count_approximators"])
_CIRCA_TOO = frozenset(_YEAR_OR_COUNT["circa_approximators"])
#: Keys of an infobox's line whose number counts ("Deaths1000", "Injuries: 1500").
_COUNT_KEYS = frozenset(_YEAR_OR_COUNT["count_keys"])
#: A line's key before its number: a bullet, a word or two, a colon or a bar, or glued.
_COUNT_KEY_BEFORE = re.compile(
    r"[ \t]*[-•*]?[ \t]*(?:[A-Za-z]+[ \t]+)?([A-Za-z]+)[ \t]*[:|]?[ \t]*\Z")
_DIGIT = re.compile(r"\d")
#: How far before "and about 1500 Americans" a count of the same list is looked for.
LISTED_COUNT_REACH = 80
#: What ends a table's or an infobox's cell after its noun: the line's end, a reference
#: mark, a comma or a bracket ("1000 wounded[2]", "1,500 killed (estimated)").
_CELL_END = re.compile(r"[ \t]*(?:$|\n|\[|,|;|\()", re.MULTILINE)


def counts_things(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``text[start:end]``, which could be a year ("1500", "1944"),
    count the plural noun right after them instead: "recorded 1500 cases", "lost 1944
    men", "lists 1640 names" count; "in 1944 troops landed", "the 1990 elections",
    "Acme's 2019 results" and a year opening a sentence are years. Both the date and the
    figure readers ask, so that one number is never both (data/numbers.toml says which
    words decide)."""
    line = text.rfind("\n", max(0, start - 40), start)
    label = _COUNT_KEY_BEFORE.match(text, line + 1, start) if line >= 0 or start <= 40 \
        else None  # (a key is short: no line start within 40 characters, no key)
    if label is not None and label.group(1).lower() in _COUNT_KEYS \
            and _CELL_END.match(text, end) is not None:
        return True  # "Deaths1000", "Injuries: 1500": an infobox's count, alone on its
        # line after a key that names what it counts
    m = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    if m is None:
        capital = _NEXT_NAME.match(text, end, min(len(text), end + 40))
        if capital is None:
            return False
        before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        if before is None or before.group(1).lower() not in _COUNT_APPROXIMATORS:
            return False
        if before.group(1).lower() not in _CIRCA_TOO:
            return True  # "some 1200 Frenchmen", "nearly 1500 Americans"
        # "about" and "around" date too ("In about 1500 Europeans arrived", "Around 1900
        # Americans began to drive"): a count only after a word that takes one ("numbered
        # about 1500 Americans")
        first = _PREVIOUS_WORD.search(text, max(0, before.start() - 40), before.start())
        if first is not None and first.group(1) in ("and", "or"):
            # "about 3000 British troops ... and about 1500 Americans": a list of counts
            return _DIGIT.search(text, max(0, first.start() - LISTED_COUNT_REACH),
                                 first.start()) is not None
        return first is not None and first.group(1).isalpha() and first.group(1).islower() \
            and first.group(1) not in _YEAR_BEFORE
    noun = m.group(1)
    plural = noun in _IRREGULAR_PLURALS or (
        len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is")))
    if not plural or noun in _YEAR_NOUNS:
        return False
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if before is None:
        # a year opening a text or a line: "1944 saw ..."; but a cell of a table or an
        # infobox, its noun ending the line or marked as a cell's ("1000 wounded[2]",
        # "1200 killed, 300 missing") counts
        return _CELL_END.match(text, m.end()) is not None
    word = before.group(1)
    if word[:1].isupper() or word.endswith(("'s", "’s", ",", ".", ";", ":")):
        return False  # "Acme's 2019 results", "In June, 1944 ...": a name or a clause
    return word.lower() not in _YEAR_BEFORE
