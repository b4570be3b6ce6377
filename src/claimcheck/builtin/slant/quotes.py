"""Quotations: pair the quotation marks of a text and tell speech, names and scare quotes.

Why a pass of its own: what a quotation is decides both the doubt_marking finding for
scare quotes (the "volunteers") and what becomes of the findings inside it. A loaded
word inside someone's speech (or inside a scare quote) is the quoted party's wording,
not the writer's: it is reported as such (``quoted``). Marks around a name, a nickname,
a ship's or an operation's name, a title or a term being defined cast no doubt and
quote nobody's judgement: "Bradbury Landing", ("the Commission"), the film “Key Largo”,
America's “Most Innovative Company” list; they give no doubt_marking finding, and a
loaded word inside them belongs to the name (the magazine's "Most Innovative"), not to
the writer. Where the text names the speaker next to a quotation ("…,” said Senator Ada
Cole; Ms. Cole told reporters: “…”), ``speaker`` finds the name, so a finding can say
whose wording it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.plugin import table

from .lexicon import Lexicon
from .tokens import TOKEN, next_tokens, prev_tokens, tok_norm

# A quotation never runs across a blank line (a paragraph break). Each pattern consumes
# what it scans, so a run of unmatched marks costs one failed attempt per mark.
_PARA_OK = r"(?:\n(?![ \t]*\n))"
_CURLY = re.compile(r"“(?:[^“”\n]|" + _PARA_OK + r")*”")
_STRAIGHT = re.compile(r'"(?:[^"\n]|' + _PARA_OK + r')*"')
# ’ is also the apostrophe: inside a quotation it may stand before a letter (people’s)
_SINGLE = re.compile(r"‘(?:[^‘’\n]|’(?=\w)|" + _PARA_OK + r")*’(?!\w)")
_SCARE_MAX_WORDS = 4  # a longer quotation without a speech verb is a partial quotation
_SCARE_MAX_CHARS = 80
_WORDISH = re.compile(r"\w")
_CLAUSE_END = (".", "!", "?", ";")  # reading for a speech verb stops at these tokens
_WORDS = table("words", package=__package__)["quotes"]
_SCARE_PREFIXES = frozenset(_WORDS["scare_prefixes"])
_NAME_SMALL_WORDS = frozenset(_WORDS["name_small_words"])
_TERM_AFTER = frozenset(_WORDS["term_after"])
_NAME_BEFORE = frozenset(_WORDS["name_before"])
_NAME_WORDS = 12  # a quoted name holds at most this many words ("100 Best Companies ...")
_SAID = frozenset(_WORDS["said_verbs"])
_NOT_SPEAKER = frozenset(_WORDS["not_speaker"])
_DETERMINERS = ("the", "a", "an")
_SPEAKER_WORDS = 6  # a speaker's name or description holds at most this many tokens
# before a quotation: "Ada Cole said:", "the minister told reporters,", "Mr. Cole added"
_SAID_BEFORE = re.compile(
    r"(?P<who>(?:(?:[A-Z][\w’'-]*\.?|of|de|van|von|al)[ \t]+){0,4}[A-Z][\w’'-]*"
    r"|\b(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z][\w’'-]*[ \t]+){0,2}[a-z][\w’'-]*)"
    r"[ \t]+(?:" + "|".join(sorted((re.escape(v) for v in _SAID), key=len, reverse=True))
    + r")(?:[ \t]+(?:reporters|journalists|the [a-z]+|[A-Z]\w*))?(?:[ \t]+that)?"
    r"[ \t]*[:,]?[ \t]*$"
)

# before a quotation that goes on from the last one: …,” said Ada Cole. “It is …”
_SAID_NAME_BEFORE = re.compile(
    r"[”\"][ \t]*(?:" + "|".join(sorted((re.escape(v) for v in _SAID), key=len, reverse=True))
    + r")[ \t]+(?P<who>(?:[a-z][\w’'-]*[ \t]+){0,2}(?:[A-Z][\w’'-]*\.?[ \t]+){0,4}"
    r"[A-Z][\w’'-]*)\.[ \t]*$"
)

#: What a quotation is: someone's words, a scare quote, or a name or term mentioned.
SPEECH, SCARE, NAME = "speech", "scare", "name"


@dataclass(frozen=True)
class Quote:
    """A quotation: where its marks are, and whether it is speech, a scare quote or a
    name (or term) mentioned."""

    start: int  # at the opening mark
    end: int  # after the closing mark
    kind: str  # SPEECH, SCARE or NAME

    @property
    def scare(self) -> bool:
        """A scare quote: the writer distances themselves from the words."""
        return self.kind == SCARE


def speaker(text: str, quote: Quote) -> tuple[int, int] | None:
    """Where the text names who is quoted, right next to the quotation; None if it does
    not (or only with a pronoun, which says nothing without its antecedent).

    After the quotation: “…,” said NASA chief Ada Cole / “…,” the minister said. Before
    it: Ada Cole said: “…” / the minister told reporters, “…” / “…,” said Ada Cole. “…”
    (the same speaker goes on). Only these adjacent shapes count: a name further away
    may be anyone's.
    """
    after = next_tokens(text, quote.end, _SPEAKER_WORDS + 3)
    toks = [m.group() for m in after]
    i = 1 if toks[:1] == [","] else 0
    # a quotation that closes its sentence ("… failed.” Nobody answered.) is not tied to
    # the words after it
    closed = text[quote.start : quote.end - 1].rstrip().endswith(".")
    if not closed and i < len(toks) and tok_norm(toks[i]) in _SAID:
        end = _name_end(toks, i + 1, titles=True)
        if end > i + 1:
            return after[i + 1].start(), after[end - 1].end()
    end = _name_end(toks, i)
    if not closed and end > i and end < len(toks) and tok_norm(toks[end]) in _SAID:
        return after[i].start(), after[end - 1].end()
    window_start = max(0, quote.start - 24 * _SPEAKER_WORDS)
    m = _SAID_BEFORE.search(text, window_start, quote.start)
    if m is None:
        m = _SAID_NAME_BEFORE.search(text, window_start, quote.start)
    if m is None:
        return None
    start, end = m.start("who"), m.end("who")
    first = TOKEN.match(text, start)
    while first is not None and first.group() in _NOT_SPEAKER and first.end() < end:
        start = first.end() + len(text[first.end() : end]) - len(text[first.end() : end].lstrip())
        first = TOKEN.match(text, start)
    return start, end


def _name_end(toks: list[str], i: int, titles: bool = False) -> int:
    """The index after a name ("NASA chief Ada Cole", "Mr. Cole") or a description ("the
    minister", "a spokesman") starting at ``i``; ``i`` itself if none starts there.
    With ``titles``, up to two lower-case words may stand before the name ("said agency
    chief Ada Cole")."""
    if i >= len(toks):
        return i
    j = i
    if titles and toks[i][:1].islower() and tok_norm(toks[i]) not in _DETERMINERS:
        k = i
        while k < len(toks) and k - i < 2 and toks[k][:1].islower():
            k += 1
        if k < len(toks) and toks[k][:1].isupper() and _name_end(toks, k) > k:
            return _name_end(toks, k)
        return i
    if toks[i] in _DETERMINERS or tok_norm(toks[i]) in ("the", "a", "an"):
        j = i + 1
        while j < len(toks) and j - i < _SPEAKER_WORDS and toks[j][:1].isalpha() and (
            tok_norm(toks[j]) not in _SAID
        ):
            j += 1
        return j if j > i + 1 else i
    while j < len(toks) and j - i < _SPEAKER_WORDS:
        tok = toks[j]
        if tok[:1].isupper():
            j += 1
        elif tok == "." and j > i and len(toks[j - 1]) <= 3 and toks[j - 1][:1].isupper():
            j += 1  # Mr. Ms. Dr. St.
        else:
            break
    return j


def find_quotes(text: str, lexicon: Lexicon | None = None) -> list[Quote]:
    """Pair quotation marks within paragraphs and tell speech from scare quotes.

    ``lexicon`` gives the speech verbs and mention words (default: the built-in one).
    """
    lex = lexicon or Lexicon.builtin()
    spans: list[tuple[int, int]] = []
    if "“" in text:
        spans.extend(m.span() for m in _CURLY.finditer(text))
    if '"' in text:
        spans.extend(m.span() for m in _STRAIGHT.finditer(text))
    if "‘" in text:
        spans.extend(m.span() for m in _SINGLE.finditer(text))
    spans.sort()
    # marks around no word at all ("" or “ ”) quote nothing a reader would flag
    return [
        Quote(s, e, _kind(text, s, e, lex))
        for s, e in spans
        if _WORDISH.search(text, s + 1, e - 1)
    ]


def _kind(text: str, start: int, end: int, lex: Lexicon) -> str:
    inner = text[start + 1 : end - 1].strip()
    words = [t for t in TOKEN.findall(inner) if t[:1].isalnum()]
    closing_punct = inner[-1:] in ".,!?;:…"
    if not words:
        return SPEECH
    if len(inner) > _SCARE_MAX_CHARS or len(words) > _SCARE_MAX_WORDS:
        # too long for a scare quote: someone's words, or a long title written as one
        long_name = len(words) <= _NAME_WORDS and not closing_punct and _title_case(words)
        return NAME if long_name else SPEECH
    before = prev_tokens(text, start, 12)
    if before and tok_norm(before[0]) in _SCARE_PREFIXES:
        return SCARE  # so-called “Liberation Army”: doubt, whatever is inside
    after = next_tokens(text, end, 6)
    after_words = [m.group() for m in after]
    if _is_name(words, before, after_words, closing_punct, lex):
        return NAME
    if closing_punct and (inner[:1].isupper() or len(words) >= 4):
        return SPEECH
    if inner.endswith(("?", "!")):
        return SPEECH
    if before and before[0] in (":", ","):
        return SPEECH
    # a speech verb earlier in the same sentence
    for tok in before:
        if tok in _CLAUSE_END:
            break
        if tok_norm(tok) in lex.speech:
            return SPEECH
    # an attribution right after: “...,” the delegate declared
    if closing_punct or (after_words and after_words[0] == "," and len(words) >= 3):
        for tok in after_words:
            if tok in _CLAUSE_END:
                break
            if tok_norm(tok) in lex.speech:
                return SPEECH
    return SCARE


def _is_name(words: list[str], before: list[str], after: list[str], closing_punct: bool,
             lex: Lexicon) -> bool:
    """Marks that mention a name or a term rather than judge it.

    A word that introduces a mention just before (called, the term, the ship, code-named);
    a definition in brackets (("the Commission"), ("GAAP")); a term explained just after
    ("X" means, refers to, stands for); a phrase naming the policy, law or campaign after
    it (the "don't ask, don't tell" policy); a nickname between two names (Dwight “Ike”
    Eisenhower); or a name written as one: every word capitalised but the small ones
    (“Plot of the Unknown”, "100 Best Companies to Work for in America"), while “U.N.
    troops” keeps a lower-case word and stays a scare quote.
    """
    if before and tok_norm(before[0]) in lex.mention:
        return True
    if before and before[0] == "(" and after and after[0] in (")", ",", ";"):
        return True
    if after and tok_norm(after[0]) in _TERM_AFTER:
        return True
    if len(words) > 1 and after and tok_norm(after[0]) in _NAME_BEFORE:
        return True
    if before and before[0][:1].isupper() and after and after[0][:1].isupper() and (
        words[0][:1].isupper()
    ):
        return True
    if closing_punct and len(words) > 1:
        return False  # a capitalised sentence quoted is speech, not a name
    return _title_case(words)


def _title_case(words: list[str]) -> bool:
    """Every word capitalised (or a figure) but the small ones, and one at least a letter."""
    content = [w for w in words if tok_norm(w) not in _NAME_SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content) and (
        any(w[:1].isupper() for w in content)
    )
