"""Do two statements say the same thing, or does one deny what the other asserts?

Two counterpart statements (the aligner has already found they share a subject and most
of their words) contradict each other when one denies the predicate the other asserts
("signed" against "never signed"), or when their predicates are opposites from a small
table ("accepted" against "rejected"). Opposite directions of change ("rose" against
"fell") contradict each other only when both statements are dated to the same time.

A false contradiction is the worst error here, so it takes more than opposite words: the
same subject, objects that mostly coincide, no hedge on either side and the same voice
speaking. A supposition ("one may suppose that ...") or a claim the document reports from
somebody else is compared as such: it does not contradict, and the finding says why.

Two statements that state different figures or dates ("90,000 men" / "135,000 men",
"July 27" / "July 28") never agree, however alike their words: the figures are read as
values, so "1,000" and "1000" are one number. "Word for word" is said only of texts that
are the same but for spacing; the same words written otherwise are an agreement that
says where they differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from claimcheck.plugin import (
    MONTHS,
    STOPWORDS,
    Claim,
    Finding,
    concept,
    concepts,
    content_words,
    find_numbers,
    shorten,
    table,
)

from .clause_words import clause_words, lemma, word_lists

__all__ = ["compare_claims", "compare_statements", "opposition"]

_WORDS = word_lists()["compare"]
#: Modalities that assert nothing about what happened: "would", "must", "may".
TENTATIVE = frozenset(_WORDS["tentative"])
#: Modalities under which the event itself is not said to have happened at all.
UNREALISED = frozenset(_WORDS["unrealised"])

#: How much of the smaller object-word set the other must share for a contradiction.
OBJECT_OVERLAP = 0.6


def compare_claims(left: Claim, right: Claim, config: Any) -> Finding | None:
    if left.kind != "statement" or right.kind != "statement":
        return None
    extra = config.opposites if config is not None else ()
    return compare_statements(left, right, extra)


def opposition(a: Claim, b: Claim, extra: Iterable[tuple[str, str, bool]] = ()) -> str | None:
    """"polarity", "antonym" or "change" when the two predicates deny each other.

    ``extra`` holds (a, b, change) triples from plugins' ``register_opposites``.
    """
    pa, pb = _predicate(a), _predicate(b)
    lex = clause_words()
    same = pa == pb or concept(pa) == concept(pb)
    flipped = _negative(a) != _negative(b)
    if same:
        return "polarity" if flipped else None
    registered = {frozenset((x, y)): change for x, y, change in extra}
    if pb in lex.antonyms.get(pa, ()) or registered.get(frozenset((pa, pb))) is False:
        return None if flipped else "antonym"
    if pb in lex.changes.get(pa, ()) or registered.get(frozenset((pa, pb))):
        return None if flipped else "change"
    return None


def compare_statements(
    a: Claim, b: Claim, extra: Iterable[tuple[str, str, bool]] = ()
) -> Finding | None:
    """Agreement, contradiction (a discrepancy) or not comparable; None when the two are
    not about the same thing after all."""
    if _same_words(a, b):  # one sentence in both: the same, whatever its dates resolve to
        same: dict[str, Any] = {"statement": True, "predicates": [_predicate(a)] * 2,
                                "polarity": [_polarity(a), _polarity(b)]}
        written = _written_apart(a.text, b.text)
        if not written:
            return Finding(kind="agreement", claims=(a.id, b.id),
                           summary=f"{_who(a)} and {_who(b)} say the same, word for word: "
                                   f"{_quote(a)}",
                           detail={**same, "verbatim": True})
        apart = "; ".join(f"“{x}” against “{y}”" for x, y in written)
        return Finding(kind="agreement", claims=(a.id, b.id),
                       summary=f"{_who(a)} and {_who(b)} say the same in the same words, "
                               f"written differently ({apart}): {_quote(a)} and {_quote(b)}",
                       detail={**same, "verbatim": False,
                               "written": [list(pair) for pair in written]})
    opposed = opposition(a, b, extra)
    tentative = [c for c in (a, b) if _tentative(c)]
    reported = [c for c in (a, b) if c.attribution]
    detail: dict[str, Any] = {
        "statement": True,
        "predicates": [_predicate(a), _predicate(b)],
        "polarity": [_polarity(a), _polarity(b)],
    }
    if tentative:
        detail["tentative"] = [c.id for c in tentative]
    if reported:
        detail["attributed"] = {c.id: c.attribution for c in reported}
    if _different_times(a, b) or not _same_things(a, b):
        return None  # two dates, two events; "Apple" and "Samsung", two companies
    if opposed is None:
        if _negative(a) != _negative(b) or not _objects_touch(a, b):
            return None  # one denied, or done to different things: not one proposition
        if _denies_in_words(a, b, extra) or _denies_in_words(b, a, extra):
            return None  # "voted to accept" against "rejected", however it was split
        if _unrealised(a) != _unrealised(b) or _figures_differ(a, b) or _counted_apart(a, b):
            return None  # "tried to capture" / "captured"; "one seat" / "33 seats";
            # "destroyed 12 bridges" / "destroyed 12 houses"
        if _subject_clash(a, b) and not (_object_words(a) & _object_words(b)
                                         or _subject_among_objects(a, b)
                                         or _subject_among_objects(b, a)):
            return None  # "the kettles were sold" / "the toasters were sold"
        if _told_apart(a, b):
            return None  # "in April" / "in May"
        summary = f"{_who(a)} and {_who(b)} say the same: {_quote(a)} and {_quote(b)}"
        only = _only(a, b)
        if only:
            detail["only"] = only
            summary += "; " + "; ".join(f"only {doc} adds {', '.join(words)}"
                                        for doc, words in only.items())
        notes = _notes(a, b, tentative, reported)
        if notes:
            summary += f" ({notes})"
        return Finding(kind="agreement", summary=summary, claims=(a.id, b.id), detail=detail)
    detail["contradiction"] = opposed
    never = _never(a, b) if opposed == "polarity" else None
    if not _same_subject(a, b) or not (_objects_coincide(a, b) or (
            never is not None and not _object_words(never))):
        return None
    if (opposed == "change" or _dated(a) or _dated(b)) and not _same_time(a, b) and (
            never is None or _dated(never)):
        return None  # "did not sign in May" against "signed in June": maybe both true
    if opposed == "polarity" and (_extra(a).get("negation_focus")
                                  or _extra(b).get("negation_focus")):
        return None  # "did not invade until June" denies the date, not the invasion
    why = _why(a, b, opposed)
    if tentative or _different_voices(a, b):
        notes = _notes(a, b, tentative, reported)
        summary = (f"{_who(a)} {_quote(a)} and {_who(b)} {_quote(b)} point opposite ways, "
                   f"but they do not contradict each other: {notes}")
        return Finding(kind="not_comparable", summary=summary, claims=(a.id, b.id),
                       detail=detail)
    summary = f"{_who(a)} and {_who(b)} contradict each other: {_quote(a)} against " \
              f"{_quote(b)} ({why})"
    if reported:
        summary += f"; {_notes(a, b, (), reported)}"
    return Finding(kind="discrepancy", summary=summary, claims=(a.id, b.id), detail=detail)


def _extra(c: Claim) -> Any:
    return c.extra or {}


#: Words that make "the first appeal" another appeal than "the second".
_ORDINALS = frozenset(_WORDS["ordinals"])
#: Words that make "some investors" other people than "most investors".
_QUANTIFIERS = frozenset(_WORDS["quantifiers"])
#: Forms of "be" that "oppose" and "support" are quoted after ("was against").
_BE = frozenset(_WORDS["be"])
_TIME_WORDS = re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|now|recently|currently|formerly|"
    r"(?:last|this|next|that|the\s+following|the\s+previous)\s+(?:year|month|week|"
    r"quarter|season|spring|summer|autumn|fall|winter|day|time)|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|january|february|march|april|june|july|august|"
    r"september|october|november|december|\d{3,4})\b",
    re.IGNORECASE,
)


_ABSOLUTE_TIME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"march|april|june|july|august|september|october|november|december|\d{3,4})\b",
    re.IGNORECASE,
)


def _told_apart(a: Claim, b: Claim) -> bool:
    """Whether named times set two statements apart ("in April" / "in May"); "that day"
    and "the same day" name no time of their own."""
    wa = {w.lower() for w in _ABSOLUTE_TIME.findall(a.text)}
    wb = {w.lower() for w in _ABSOLUTE_TIME.findall(b.text)}
    return bool(wa and wb) and not (wa <= wb or wb <= wa) and not _same_time(a, b)


def _dated(c: Claim) -> bool:
    """Whether a statement says when: a date inside it, or a word like "yesterday"."""
    return bool(_extra(c).get("times")) or _TIME_WORDS.search(c.text) is not None


def _words_of(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", text)]


@lru_cache(maxsize=65536)
def _word_tuple(text: str) -> tuple[str, ...]:
    """``_words_of`` as a tuple, read once a text: a statement meets many others, and
    each comparison read both texts' words up to three times."""
    return tuple(_words_of(text))


def _same_things(a: Claim, b: Claim) -> bool:
    """Not two different named subjects, quantities of people, ordinals or directions."""
    pa, pb = _extra(a).get("particle"), _extra(b).get("particle")
    if pa and pb and pa != pb:
        return False  # "voted for" and "voted against"
    if {w for w in _words_of(a.text) if w in _ORDINALS} != \
            {w for w in _words_of(b.text) if w in _ORDINALS}:
        return False  # "the first appeal", "the second appeal"
    qa = [w for w in _words_of(a.subject or "")[:2] if w in _QUANTIFIERS]
    qb = [w for w in _words_of(b.subject or "")[:2] if w in _QUANTIFIERS]
    if qa != qb:
        return False  # "some investors", "most investors"
    na, nb = _names(a), _names(b)  # "Apple", "Samsung"
    return not (na and nb and not na & nb and a.subject_key != b.subject_key)


def _names(c: Claim) -> set[str]:
    """The capitalised words of a statement's subject (its antecedent for a pronoun)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", _subject_text(c))
    return {concept(w) for n, w in enumerate(words) if w[0].isupper()
            and not (n == 0 and w.lower() in STOPWORDS)}


def _predicate(c: Claim) -> str:
    return str((c.extra or {}).get("predicate", ""))


def _polarity(c: Claim) -> str:
    return str((c.extra or {}).get("polarity", "positive"))


def _negative(c: Claim) -> bool:
    return _polarity(c) == "negative"


def _denies_in_words(a: Claim, b: Claim, extra: Iterable[tuple[str, str, bool]]) -> bool:
    """Whether a word among ``b``'s objects is the opposite of ``a``'s predicate."""
    pa = _predicate(a)
    lex = clause_words()
    opposites = set(lex.antonyms.get(pa, ())) | {y for x, y, _ in extra if x == pa} | {
        x for x, y, _ in extra if y == pa}
    return bool(opposites) and any(lemma(w) in opposites for w in _extra(b).get("objects", ()))


def _never(a: Claim, b: Claim) -> Claim | None:
    """The side that says "never" of the other's event, if one does: "never" holds for
    every time, so "She never married" denies "She married the painter in 1962"."""
    for neg, pos in ((a, b), (b, a)):
        if _negative(neg) and not _negative(pos) and \
                str(_extra(neg).get("negation", "")).lower() == "never":
            return neg
    return None


def _unrealised(c: Claim) -> bool:
    return _extra(c).get("modality") in UNREALISED


#: Signs written before an amount ("$4.2 billion") and words after a share ("62 per
#: cent"): "$40" is not "€40", nor "62%" the count 62.
_CURRENCY_SIGNS = tuple(sorted(_WORDS["currency_signs"], key=len, reverse=True))
_PERCENT = re.compile(r"[ \t]*(?:%|(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"[ \t]+") for w in _WORDS["percent_words"]) + r")\b)",
    re.IGNORECASE)
_DIGITS = re.compile(r"\d(?:[\d,.]*\d)?")
#: A plus-minus sign just before a number: what follows is an uncertainty ("19.16 ±
#: 0.15"), so "0.15 km/s" elsewhere is no figure the statement states.
_PLUS_MINUS_BEFORE = re.compile(r"(?:\u00b1|\+/-|\+/\u2212|\+-)[ \t\u00a0]*$")
_WORD = re.compile(r"[A-Za-z]+\.?")
_WEEKDAYS = frozenset(word_lists()["sources"]["weekdays"])


@lru_cache(maxsize=65536)
def figures(text: str) -> frozenset[tuple[str, object]]:
    """The numbers and calendar words of a statement, as written values: "90,000" and
    "90000" are one number, "$4.2 billion" is ("$", 4.2e9), "62%" a share, "June" month 6
    and "Tuesday" a weekday. A digit run no number reader takes ("1990s") stands as its
    digits."""
    return frozenset(key for key, _ in _numbers_written(text)) | frozenset(
        _calendar_words(text))


@lru_cache(maxsize=65536)
def _numbers_written(text: str) -> tuple[tuple[tuple[str, object], str], ...]:
    """Each number of a text as (its value, the words that write it: "3%", "$4.2 billion")."""
    out: list[tuple[tuple[str, object], str]] = []
    taken: list[tuple[int, int]] = []
    for n in find_numbers(text):
        before = text[:n.start].rstrip()
        sign = next((s for s in _CURRENCY_SIGNS if before.endswith(s)), "")
        start, end = (len(before) - len(sign), n.end) if sign else (n.start, n.end)
        share = _PERCENT.match(text, n.end)
        if share:
            sign, end = "%", share.end()
        if _PLUS_MINUS_BEFORE.search(text, max(0, start - 8), start):
            sign = "±" + sign  # "19.16 ± 0.15 km/s": the uncertainty, not a figure 0.15
        out.append((("number", (sign, round(n.value, 9))), text[start:end].strip()))
        taken.append((n.start, n.end))
    for m in _DIGITS.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            out.append((("digits", m.group().replace(",", "")), m.group()))
    return tuple(out)


#: An era beside a year: "480 BC", "264 B.C.", "AD 9", "9 CE" ("9 BC" and "AD 9" are
#: two dates however alike their digits)
_ERA = re.compile(r"(?<=\d)[ \t\u00a0]?(B\.?C\.?(?:E\.?)?|C\.?E\.?)(?![\w])"
                  r"|(?<![\w])(A\.?D\.?)[ \t\u00a0]?(?=\d)")


def _calendar_words(text: str) -> set[tuple[str, object]]:
    out: set[tuple[str, object]] = set()
    for m in _ERA.finditer(text):
        era = (m.group(1) or m.group(2)).replace(".", "")
        out.add(("era", "before" if era.startswith("BC") else "common"))
    for m in _WORD.finditer(text):
        word = m.group().rstrip(".")
        if not word[0].isupper():
            continue  # "may", "march": verbs; the months are written with a capital
        if word.lower() in MONTHS:
            out.add(("month", MONTHS[word.lower()]))
        elif word.lower() in _WEEKDAYS:
            out.add(("weekday", word.lower()))
    return out


def _figures_differ(a: Claim, b: Claim) -> bool:
    """Whether the two statements state different numbers or dates: each states one the
    other does not ("90,000" / "135,000", "July 27, 1953" / "July 28, 1953"). One that
    only adds a number or a date to the other's ("in 1950" / "in June 1950") does not
    differ from it."""
    fa, fb = figures(a.text), figures(b.text)
    if fa and fa == fb and _word_tuple(a.text) == _word_tuple(b.text):
        return _in_order(a.text) != _in_order(b.text)  # "5% in Europe and 8% in Asia"
        # against "8% in Europe and 5% in Asia": one set of numbers, each said of another
    return bool(fa and fb) and not (fa <= fb or fb <= fa)


def _counted_apart(a: Claim, b: Claim) -> bool:
    """Whether one number of both statements counts different things in each: the noun
    right after it differs ("12 bridges" / "12 houses"), neither a word for people ("12
    people" / "12 civilians" may be one count)."""
    nouns_a, nouns_b = _counted_nouns(a.text), _counted_nouns(b.text)
    for value, noun in nouns_a.items():
        other = nouns_b.get(value)
        if other is not None and noun != other and not ({noun, other} & _PEOPLE):
            return True
    return False


@lru_cache(maxsize=65536)
def _counted_nouns(text: str) -> dict[float, str]:
    """Each number of a text with the concept of the noun right after it, where a noun
    (a word that is no stopword) stands there. Cached: a statement meets many others, and
    its words are read once (the dictionary is only read)."""
    out: dict[float, str] = {}
    for n in find_numbers(text):
        m = _NEXT_WORD.match(text, n.end)
        if m and m.group(1).lower() not in STOPWORDS:
            out.setdefault(round(n.value, 9), concept(m.group(1).lower()))
    return out


_NEXT_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z][A-Za-z-]{2,})")
#: Words for people, as concepts: counts of them are told many ways.
_PEOPLE = frozenset(concept(w) for w in (*table("frames")["person_nouns"],
                                         *table("frames")["generic_people"]))


def _same_words(a: Claim, b: Claim) -> bool:
    """The same words, figures and signs, said in the same voice: "It is unlikely that P"
    is not P, nor "90,000 men" "135,000 men"."""
    words = _word_tuple(a.text)
    return bool(words) and words == _word_tuple(b.text) and \
        figures(a.text) == figures(b.text) and not _figures_differ(a, b) \
        and _signs(a.text) == _signs(b.text) and (
        _polarity(a), _extra(a).get("modality"), a.hedges, a.attribution) == (
        _polarity(b), _extra(b).get("modality"), b.hedges, b.attribution)


def _in_order(text: str) -> list[tuple[str, object]]:
    """A statement's numbers in the order they are said: ``figures`` is a set, and "5% in
    Europe and 8% in Asia" holds the same set as "8% in Europe and 5% in Asia"."""
    return [key for key, _ in _numbers_written(text)]


#: Marks that change no word's meaning: how the same words may be written apart.
_PUNCTUATION = re.compile(r"[\s\w.,;:!?'\"“”‘’()\[\]—–-]")


def _symbols(text: str) -> list[str]:
    """The signs of a text other than letters, digits and punctuation ("$", "%", "+")."""
    return list(_signs(text))


@lru_cache(maxsize=65536)
def _signs(text: str) -> str:
    """``_symbols`` as one string (two texts have the same signs when these are equal),
    read once a text."""
    return _PUNCTUATION.sub("", text)


def _written_apart(a: str, b: str) -> list[tuple[str, str]]:
    """Where two texts with the same words are written differently ("1,000" against
    "1000", "the Senate" against "the senate"); none when they are identical but for
    spacing and the capital a sentence opens with ("She had no children" / "..., and she
    had no children"), which is what "word for word" means."""
    if a == b:
        return []  # (one text twice: the same words in one order, written alike)
    wa, wb = a.split(), b.split()
    if wa and wb and wa[0][1:] == wb[0][1:] and wa[0][:1].lower() == wb[0][:1].lower():
        wb[0] = wa[0]
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op != "equal":
            out.append((" ".join(wa[i1:i2]), " ".join(wb[j1:j2])))
    return out


def _tentative(c: Claim) -> bool:
    return bool(c.hedges) or (c.extra or {}).get("modality") in TENTATIVE


def _subject_words(c: Claim) -> set[str]:
    return {concept(w) for w in content_words(_subject_text(c))}


def _subject_clash(a: Claim, b: Claim) -> bool:
    """Two subjects that cannot be one thing: two descriptions with no word in common
    ("the kettles", "the toasters"), or two different names. A name and a description
    may be one thing ("The Aurora", "the ship")."""
    if _same_subject(a, b):
        return False
    wa, wb = _subject_words(a), _subject_words(b)
    if not wa or not wb or wa & wb:
        return False
    return bool(_names(a)) == bool(_names(b))


def _subject_among_objects(a: Claim, b: Claim) -> bool:
    """The active and the passive of one event: "the DPRK built an army" / "an army was
    created in the DPRK"."""
    return bool(_subject_words(a) & (_object_words(b) | _context_words(b)))


def _only(a: Claim, b: Claim) -> dict[str, list[str]]:
    """What each side says that the other does not ("in Trondheim", "in 1979"): an
    agreement on what both say, and no more."""
    out: dict[str, list[str]] = {}
    for one, other in ((a, b), (b, a)):
        theirs = _object_words(other) | _context_words(other) | _subject_words(other)
        mine = [w for w in _extra(one).get("objects", ()) if concept(w) not in theirs]
        times = {w.lower() for w in _TIME_WORDS.findall(other.text)}
        mine += [w for w in _TIME_WORDS.findall(one.text) if w.lower() not in times]
        stated = figures(other.text)  # "3%" in "profit fell 3% in 2023" / "profit fell"
        mine += [w for key, w in _numbers_written(one.text)
                 if key not in stated and w.lower() not in times]
        if mine:
            out[one.doc] = list(dict.fromkeys(mine))
    return out


def _subject_text(c: Claim) -> str:
    """The subject (its antecedent for a pronoun), with its apposition."""
    extra = _extra(c)
    return f"{extra.get('refers_to') or c.subject or ''} {extra.get('apposition') or ''}"


def _same_subject(a: Claim, b: Claim) -> bool:
    if a.subject_key and a.subject_key == b.subject_key:
        return True
    wa, wb = _subject_words(a), _subject_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)  # not "appeals court", "district court"


def _object_words(c: Claim) -> set[str]:
    return {concept(w) for w in (c.extra or {}).get("objects", ())}


def _objects_coincide(a: Claim, b: Claim) -> bool:
    wa, wb = _object_words(a), _object_words(b)
    if not wa and not wb:
        return True
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= OBJECT_OVERLAP


def _objects_touch(a: Claim, b: Claim) -> bool:
    """For a paraphrase: when both name what was done to, they name some of it alike."""
    wa, wb = _object_words(a), _object_words(b)
    if not wa or not wb:
        return True
    wa |= _context_words(a)
    wb |= _context_words(b)
    return len(wa & wb) / min(len(wa), len(wb)) >= 1 / 3


def _context_words(c: Claim) -> set[str]:
    return {concept(w) for w in (c.extra or {}).get("context_words", ())}


def _interval(c: Claim) -> tuple[Any, Any] | None:
    when = c.when
    if when is None or when.earliest is None or when.latest is None:
        return None
    return when.earliest, when.latest


def _same_time(a: Claim, b: Claim) -> bool:
    """Dated to overlapping intervals, or by the same words ("on Tuesday", "in 218 BC")."""
    ia, ib = _interval(a), _interval(b)
    if ia is not None and ib is not None:
        return ia[0] <= ib[1] and ib[0] <= ia[1]
    wa = {w.lower() for w in _TIME_WORDS.findall(a.text)}
    return bool(wa) and wa == {w.lower() for w in _TIME_WORDS.findall(b.text)}


def _different_times(a: Claim, b: Claim) -> bool:
    ia, ib = _interval(a), _interval(b)
    return ia is not None and ib is not None and not (ia[0] <= ib[1] and ib[0] <= ia[1])


def _different_voices(a: Claim, b: Claim) -> bool:
    """One side speaks for itself, the other reports somebody's words (or two people's)."""
    if not a.attribution and not b.attribution:
        return False
    if a.attribution and b.attribution:
        return concepts(a.attribution) != concepts(b.attribution)
    return True


def _who(c: Claim) -> str:
    return c.doc


def _quote(c: Claim) -> str:
    return f"“{shorten(c.text, 160)}”"


def _why(a: Claim, b: Claim, opposed: str) -> str:
    va, vb = _verb(a), _verb(b)
    if opposed == "polarity":
        neg, pos = (a, b) if _negative(a) else (b, a)
        cue = (neg.extra or {}).get("negation") or "not"
        return f"one denies what the other asserts: “{_verb(pos)}” against “{_verb(neg)}” " \
               f"({cue})"
    if opposed == "change":
        return f"“{va}” and “{vb}” go opposite ways at the same time"
    return f"“{va}” and “{vb}” are opposites"


def _verb(c: Claim) -> str:
    extra = c.extra or {}
    verb = str(extra.get("verb") or _predicate(c))
    predicate = _predicate(c)
    if predicate in ("oppose", "support") and verb.split()[-1].lower() in _BE:
        return f"{verb} {'against' if predicate == 'oppose' else 'for'}"
    return verb


def _notes(a: Claim, b: Claim, tentative: Any, reported: Any) -> str:
    parts = []
    for c in tentative:
        hedge = ", ".join(c.hedges) if c.hedges else (c.extra or {}).get("modality")
        parts.append(f"{c.doc} only supposes it ({hedge})")
    for c in reported:
        parts.append(f"{c.doc} reports it as the words of {c.attribution}")
    return "; ".join(parts)
