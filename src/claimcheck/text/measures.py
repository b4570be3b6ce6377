"""What a figure measures: a vocabulary of measures in a hierarchy, and a reader for it.

Two figures can only disagree about the same thing. "110,000 troops" and "87,500 men"
measure one army's strength; "300 killed" and "1,200 wounded" measure different things,
however close the sentences. A measure is a concept with a dotted id from the general to
the particular ("casualties.killed" is a kind of "casualties"); it is named by words and
phrases, matched through their stems (``claimcheck.text.words.stem``: "killed" and
"kills" are one word; no synonym groups, so that "strength" and "men" stay apart), and a
phrase ("crossed the frontier") matches its words in order.

The general vocabulary is ``data/measures.toml``; field vocabularies (military strength,
...) come from plugins through ``register_measures`` in the same format, merged into one
vocabulary per run.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from claimcheck.text.data import table
from claimcheck.text.numbers import parse_number
from claimcheck.text.words import ing_form, stem

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")

#: The longest phrase a vocabulary may hold, in words: matching stays linear.
MAX_PHRASE = 6

#: ``Measures.find`` remembers what it found in this many short texts (then it starts
#: again), each of at most FOUND_CHARS characters: units, labels, column headers and
#: names, which repeat through a document; the words around a figure rarely do.
FOUND_CACHE = 4096
FOUND_CHARS = 40


@dataclass(frozen=True)
class Mention:
    """A measure named in a text: word positions [start, end) and the measure's id."""

    start: int
    end: int
    measure: str
    text: str
    weak: bool = False  # a word that names the measure only when nothing else does


@dataclass
class Measures:
    """A measure vocabulary: phrases (as concept tuples) to measure ids."""

    phrases: dict[tuple[str, ...], tuple[str, bool]] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)
    #: The lengths of the phrases opening with each stem, longest first (``find`` tries
    #: only those), and how many phrases that index has seen.
    _lengths: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False,
                                                 compare=False)
    _indexed: int = field(default=-1, repr=False, compare=False)
    #: The words of the phrases as written, lowered ("missing", "wounded"): a word that
    #: matches only through its stem ("wounding") is another form of the word.
    written: set[str] = field(default_factory=set, repr=False, compare=False)
    #: What ``find`` found in the short texts it was last asked about (FOUND_CACHE).
    _found: dict[str, tuple[Mention, ...]] = field(default_factory=dict, repr=False,
                                                   compare=False)
    #: The dimension a measure's figures have, where the vocabulary says ("currency" for
    #: revenue, price, debt): such a measure never names a count of men or a length.
    dimensions: dict[str, str] = field(default_factory=dict)
    #: The measure a share of a measure is, where the vocabulary says ("43.5 % of votes
    #: cast" is a vote share, whatever words name the votes).
    shares: dict[str, str] = field(default_factory=dict)
    #: Words that never name a measure through the stem they share with one of its words
    #: ("living" and "lives": "407 living and 219 dead" counts no dead), lowered.
    other_forms: set[str] = field(default_factory=set)
    #: Words that name their measure only right after the figure ("a 50 mph zone"; "in
    #: the danger zone, winds reached 150 mph" names no speed limit), lowered.
    after_only: set[str] = field(default_factory=set)

    def dimension_of(self, measure: str) -> str | None:
        """The dimension of a measure or of the nearest broader one that states one."""
        return _nearest(self.dimensions, measure)

    def share_of(self, measure: str) -> str | None:
        """The measure a share of ``measure`` is (its own or the nearest broader one's
        ``share``), or None when the vocabulary says nothing."""
        return _nearest(self.shares, measure)

    def fits(self, measure: str, dimension: str | None) -> bool:
        """Whether a figure of ``dimension`` ("count", "currency:USD", None: unknown) may
        measure ``measure``: "cost the army 26,000 men" is no price."""
        wanted = self.dimension_of(measure)
        if wanted is None or dimension is None:
            return True
        return dimension.split(":")[0] == wanted

    def add(self, measure: str, words: Iterable[str], weak: bool = False) -> None:
        """Name ``measure`` by ``words``; a phrase already taken keeps its first measure.
        ``weak`` words ("men" for strength) name it only when no other measure is named
        beside the figure ("5,000 men were killed" counts the killed)."""
        self.ids.add(measure)
        parts = measure.split(".")
        for n in range(1, len(parts)):
            self.ids.add(".".join(parts[:n]))
        for phrase in words:
            found = _WORD.findall(phrase)
            self.written.update(w.lower() for w in found)
            key = tuple(stem(w) for w in found)
            if key and len(key) <= MAX_PHRASE:
                self.phrases.setdefault(key, (measure, weak))

    def merge(self, data: Mapping[str, Any], prefix: str = "") -> None:
        """Add a parsed vocabulary: tables with ``words`` and sub-tables for narrower
        measures (the format of ``data/measures.toml``; ``weak_words`` name a measure only
        when no other is named beside the figure)."""
        forms = data.get("other_forms") if not prefix else None
        if isinstance(forms, list):
            self.other_forms.update(w.lower() for w in forms if isinstance(w, str))
        for name, body in data.items():
            if not isinstance(body, Mapping):
                continue
            measure = f"{prefix}.{name}" if prefix else name
            if isinstance(body.get("dimension"), str):
                self.dimensions.setdefault(measure, body["dimension"])
            if isinstance(body.get("share"), str):
                self.shares.setdefault(measure, body["share"])
                self.ids.add(body["share"])
            if body.get("distinct") is True:
                DISTINCT.add(measure)  # (a plugin's kind too, by its measure id)
            if body.get("reading") is True:
                READINGS.add(measure)
            self.add(measure, [w for w in body.get("words", ()) if isinstance(w, str)])
            self.add(measure, [w for w in body.get("weak_words", ()) if isinstance(w, str)],
                     weak=True)
            after_only = [w for w in body.get("after_words", ()) if isinstance(w, str)]
            self.add(measure, after_only)
            self.after_only.update(w.lower() for w in after_only)
            self.merge({k: v for k, v in body.items()
                        if k not in ("words", "weak_words", "after_words", "dimension",
                                     "share", "distinct", "reading")}, measure)

    def find(self, text: str) -> list[Mention]:
        """Every measure named in ``text``, longest phrase first at each word, in order.

        Only the phrase lengths that open with a word's stem are tried there (most words
        open none), so that a vocabulary of long phrases costs no more per word."""
        if self._indexed != len(self.phrases):
            self._index()
        if len(text) > FOUND_CHARS:
            return self._find(text)
        known = self._found.get(text)
        if known is not None:
            return list(known)
        if len(self._found) >= FOUND_CACHE:
            self._found.clear()
        found = self._find(text)
        self._found[text] = tuple(found)
        return found

    def _find(self, text: str) -> list[Mention]:
        lengths = self._lengths
        # the words' stems in one pass of C loops; where the words stand is read only
        # for a text that names a measure (most texts around a figure name none)
        words = _WORD.findall(text)
        stems = list(map(stem, words))
        spans: list[tuple[int, int]] | None = None
        found: list[Mention] = []
        i = 0
        count = len(stems)
        while i < count:
            for n in lengths.get(stems[i], ()):
                if n > count - i:
                    continue
                named = self.phrases.get(tuple(stems[i : i + n]))
                if named is not None and n == 1 and words[i].lower() in self.other_forms:
                    continue  # ("407 living": no "lives" lost)
                if named is not None:
                    if spans is None:
                        spans = [m.span() for m in _WORD.finditer(text)]
                    start, end = spans[i][0], spans[i + n - 1][1]
                    found.append(Mention(i, i + n, named[0], text[start:end], named[1]))
                    i += n
                    break
            else:
                i += 1
        return found

    def _index(self) -> None:
        by_first: dict[str, set[int]] = {}
        for key in self.phrases:
            if 0 < len(key) <= MAX_PHRASE:  # longer ones are never looked up
                by_first.setdefault(key[0], set()).add(len(key))
        self._lengths = {k: tuple(sorted(v, reverse=True)) for k, v in by_first.items()}
        self._indexed = len(self.phrases)
        self._found.clear()


#: What may stand between two measures listed as one ("dead, wounded, or missing",
#: "killed and wounded", "captured/missing"): a comma, a slash, "and", "or".
_LIST_GAP = re.compile(r"\s*(?:/|,\s*(?:(?:and|or|and/or)\s+)?|(?:and|or|and/or)\s+)",
                       re.IGNORECASE)


#: What joins the kinds of a listed measure's id ("casualties.killed+missing+wounded").
LISTED = "+"


def word_index(text: str) -> int:
    """How many words ``find`` reads in ``text``: the index, in a mention's ``start`` and
    ``end``, of the word that follows it (figures and marks are no words there)."""
    return len(_WORD.findall(text))


def listed(text: str, mentions: list[Mention],
           written: Collection[str] = frozenset()) -> Mention | None:
    """The measure of a figure followed by a list of sibling measures ("22,717 dead,
    wounded, or missing", "5,000 killed and wounded"), read from ``mentions`` (``find``
    on ``text``) when the first opens ``text``: one measure for the whole list, the kind of
    their common broader measure that joins those narrower ones ("casualties.killed+
    missing+wounded"). Why: the figure counts all of them together, so it is neither the
    killed nor the wounded (nor, as written, every casualty: a list without the missing
    counts fewer), and only the same list elsewhere measures the same thing. A verb's
    -ing form that the vocabulary (its ``written`` words) names only through its stem
    ("3 dead, wounding 12 others", "7 killed, injuring dozens") opens the next clause,
    whose figure it counts, so the list ends before it ("killed or missing" stays one).
    None when no such list opens the text."""
    if len(mentions) < 2 or mentions[0].start != 0:
        return None
    words = [m.span() for m in _WORD.finditer(text)]
    run = [mentions[0]]
    for mention in mentions[1:]:
        gap = text[words[run[-1].end - 1][1]:words[mention.start][0]]
        if not _LIST_GAP.fullmatch(gap) or clause_verb(mention.text, written):
            break
        run.append(mention)
    return _one_for_the_list(text, words, run)


def _one_for_the_list(text: str, words: list[tuple[int, int]],
                      run: list[Mention]) -> Mention | None:
    """The one measure of a run of sibling measures ("dead, wounded, or missing": the kind
    of their common broader measure joining the narrower ones), spanning the run; None
    unless there are two or more, all strong, of one broader measure, each another kind.
    ``words``: the spans of ``text``'s words, as ``find`` counts them."""
    parents = {m.measure.rpartition(".")[0] for m in run}
    leaves = sorted({m.measure.rpartition(".")[2] for m in run})
    if len(run) < 2 or len(parents) != 1 or "" in parents or len(leaves) < len(run) \
            or any(m.weak for m in run):
        return None
    first, last = words[run[0].start][0], words[run[-1].end - 1][1]
    return Mention(run[0].start, run[-1].end, f"{parents.pop()}.{LISTED.join(leaves)}",
                   text[first:last])


def listed_before(text: str, mentions: list[Mention],
                  written: Collection[str] = frozenset(),
                  after_figure: bool = False) -> Mention | None:
    """The measure of a figure that a list of sibling measures ends right before ("killed
    or wounded 200 British troops", "the dead and missing, 1,200"), read from ``mentions``
    (``find`` on ``text``, the words before the figure) when the last of them ends
    ``text``: one measure for the whole list, as ``listed`` reads one after the figure.
    Why: the verbs or nouns joined name together what the figure counts, so it is not the
    last of them alone (200 "killed or wounded" are no count of the wounded). None when no
    such list ends the text. ``after_figure``: ``text`` opens right after another figure,
    so its first word is that figure's ("left 40 dead and injured 200": "dead" is the
    40's, and "injured" alone names the 200's measure)."""
    words = [m.span() for m in _WORD.finditer(text)]
    if len(mentions) < 2 or mentions[-1].end != len(words):
        return None
    run = [mentions[-1]]
    for mention in reversed(mentions[:-1]):
        if mention.end > run[0].start:
            continue  # (a shorter phrase inside the one kept)
        gap = text[words[mention.end - 1][1]:words[run[0].start][0]]
        if not _LIST_GAP.fullmatch(gap) or clause_verb(mention.text, written) \
                or (mention.start == 0 and after_figure) \
                or after_a_figure(text, words[mention.start][0]):
            break  # ("left 40 dead and injured 200": "dead" is the 40's, not the 200's)
        run.insert(0, mention)
    return _one_for_the_list(text, words, run)


def after_a_figure(text: str, at: int) -> bool:
    """Whether a figure, in digits or words, stands right before ``at`` in ``text``
    ("40 dead", "three dead"): the measure there is that figure's. Asked for every
    figure: the last word is read once, and a word is parsed as a number once."""
    before = text[max(0, at - 40):at].rsplit(None, 1)
    return bool(before) and _figure_word(before[-1])


@lru_cache(maxsize=4096)
def _figure_word(word: str) -> bool:
    """Whether ``word`` holds a digit or is a number in words ("40", "(three"), memoised:
    the words before figures repeat, and reading one character by character was a tenth
    of ``after_a_figure`` in a run of figures."""
    return any(ch.isdigit() for ch in word) or _number_word(word.strip("(),;:"))


@lru_cache(maxsize=4096)
def _number_word(word: str) -> bool:
    """Whether ``word`` is a number written in words ("three"), memoised: the words
    before figures repeat."""
    return parse_number(word) is not None


#: What may befall counted things ("destroyed", "damaged"; data/frames.toml ``fates``):
#: as the last part of a measure's id, what befell them ("buildings.destroyed").
FATES = frozenset(table("frames")["fates"])


def _fated(narrower: str, broader: str) -> bool:
    """Whether ``narrower`` is ``broader`` with only what befell its things added
    ("buildings.damaged+destroyed" of "buildings")."""
    rest = narrower[len(broader) + 1:]
    return all(fate in FATES for fate in rest.split(LISTED))


def clause_verb(phrase: str, written: Collection[str]) -> bool:
    """Whether ``phrase`` ends in a verb's -ing form written as no measure word is
    ("wounding" beside "wounded", "killing" beside "killed"): a verb opening the next
    clause ("3 dead, wounding 12 others"), which names that clause's figure's measure,
    not a kind in a list after this one."""
    last = phrase.rsplit(None, 1)[-1].lower() if phrase.strip() else ""
    return last not in written and ing_form(last)


def relation(a: str, b: str) -> str | None:
    """How measure ``a`` stands to ``b``: "same", "part" (a is a kind of b), "whole" (b is
    a kind of a), or None (different things). What befell the things counted, said on
    one side only, is unknown on the other, not all of them: "buildings.destroyed" and
    "buildings" are the same measure, "buildings.destroyed" and "buildings.damaged" are
    not."""
    if a == b:
        return "same"
    if a.startswith(b + "."):
        return "same" if _fated(a, b) or _read_as(a, b) else None if _distinct(a, b) \
            else "part"
    if b.startswith(a + "."):
        return "same" if _fated(b, a) or _read_as(b, a) else None if _distinct(b, a) \
            else "whole"
    return None


def _read_as(narrower: str, broader: str) -> bool:
    """Whether ``narrower`` is one reading of ``broader`` ("magnitude.moment" of
    "magnitude", "votes.popular" of "votes"), marked ``reading = true`` in
    data/measures.toml: the figure told with no reading named may be that one; two
    readings are two measures (above)."""
    return narrower in READINGS and narrower.count(".") == broader.count(".") + 1


def _distinct(narrower: str, broader: str) -> bool:
    """Whether a kind between ``broader`` and ``narrower`` is marked distinct in
    data/measures.toml (core inflation, subordinated debt): never the whole told loosely."""
    parts = narrower.split(".")
    depth = broader.count(".") + 1
    return any(".".join(parts[:n]) in DISTINCT for n in range(depth + 1, len(parts) + 1))


def _distinct_ids(node: Mapping[str, Any], prefix: str = "", flag: str = "distinct") \
        -> set[str]:
    """The ids of the measures of a measures table marked ``distinct = true`` (or another
    ``flag``)."""
    found: set[str] = set()
    for key, value in node.items():
        if isinstance(value, Mapping):
            measure = f"{prefix}.{key}" if prefix else key
            if value.get(flag) is True:
                found.add(measure)
            found |= _distinct_ids(value, measure, flag)
    return found


#: The kinds marked distinct (``_distinct``): the general vocabulary's, and those of any
#: vocabulary merged in this process (a plugin's, through ``register_measures``), by
#: measure id, so one plugin's never touch another's.
DISTINCT: set[str] = _distinct_ids(table("measures"))

#: The kinds that are readings of their broader measure (``_read_as``: a magnitude's
#: scales, the popular vote), marked ``reading = true``, the general vocabulary's and any
#: merged since, by measure id.
READINGS: set[str] = _distinct_ids(table("measures"), flag="reading")


def one_measure(a: str | None, b: str | None) -> bool:
    """Whether two measure ids name one measure (what befell the things counted, said on
    one side only, aside: ``relation``)."""
    return bool(a and b and relation(a, b) == "same")


def general() -> Measures:
    """A fresh vocabulary holding the general measures of ``data/measures.toml``."""
    vocabulary = Measures()
    vocabulary.merge(table("measures"))
    return vocabulary


def _nearest(table: dict[str, str], measure: str) -> str | None:
    """What ``table`` says of ``measure`` or of the nearest broader measure it names
    ("casualties.killed", then "casualties")."""
    parts = measure.split(".")
    for n in range(len(parts), 0, -1):
        found = table.get(".".join(parts[:n]))
        if found:
            return found
    return None
