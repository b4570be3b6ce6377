"""The quantity reader's shortcuts change no result: lookaheads in front of long
alternations, shared contexts (``left_of``), memoised subjects and the cheap copy of a
figure. Each test compares the shortcut with the plain way on inputs where the two
could part, and checks that the memos stay bounded."""

from __future__ import annotations

import dataclasses
import re

import pytest

from claimcheck.builtin.quantities import context, subjects, units
from claimcheck.builtin.quantities.context import Left, left_of
from claimcheck.plugin import Quantity, replaced


def _without_lookaheads(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with every first-character lookahead ``(?=(?i:[...])...)`` removed."""
    pattern = re.sub(r"\(\?=\(\?i:\[(?:\\.|[^\]\\])*\]\)(?:\|\[(?:\\.|[^\]\\])*\])?\)", "",
                     rx.pattern)
    assert pattern != rx.pattern, "no lookahead found: the test no longer tests anything"
    return re.compile(pattern, rx.flags)


def _samples() -> list[str]:
    words = [*units.UNITS, *units.CURRENCY_WORDS, *units.CURRENCY_CODES,
             *units.CURRENCY_SYMBOLS, *units.SIGNS_AFTER]
    out = []
    for w in words:
        for v in (w, w.upper(), w.lower(), w.title()):
            out += [f"5 {v} x", f"5{v}", f"5-{v} 7", f"{v} 5", f"{v}5", f"5  {v}."]
    out += ["1 1 1", "5% 6", "$1 $1", "\u0130stanbul 5", "5 \u212aelvin", "5 \u017fq", "5 k"]
    return out


@pytest.mark.parametrize("name", ["UNIT_RE", "CURRENCY_AFTER_RE"])
def test_lookaheads_change_no_match(name: str) -> None:
    new = getattr(units, name)
    old = _without_lookaheads(new)
    for text in _samples():
        for pos in range(len(text) + 1):
            a, b = old.match(text, pos), new.match(text, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (
                name, text, pos)


def test_currency_before_lookahead_changes_no_match() -> None:
    new = units.CURRENCY_BEFORE_RE
    old = _without_lookaheads(new)
    for text in _samples():
        for pos in range(len(text) + 1):
            a = old.search(text, max(0, pos - 8), pos)
            b = new.search(text, max(0, pos - 8), pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_left_of_shares_a_context_and_answers_as_a_new_left() -> None:
    raw = "The army grew by more than "
    assert left_of(raw) is left_of(raw)
    fresh = Left(raw)
    shared = left_of(raw)
    assert (shared.qualifier(), shared.words(), shared.low, shared.adjacent) == (
        fresh.qualifier(), fresh.words(), fresh.low, fresh.adjacent)


def test_left_of_does_not_share_a_context_that_lowers_to_other_tokens() -> None:
    # "İ" lowers to "i" and a combining dot: reading toks would re-lower low
    raw = "In \u0130stanbul on June "
    assert left_of(raw) is not left_of(raw)
    assert left_of(raw).is_date() == Left(raw).is_date()
    # a tail that lowers to as many tokens is shared, ASCII or not
    assert left_of("\u20ac3 million, \u00a3") is left_of("\u20ac3 million, \u00a3")


def test_left_memo_is_bounded() -> None:
    for k in range(context.MEMO_LEFTS + 10):
        left_of(f"context {k} of ")
    assert len(context._LEFTS) <= context.MEMO_LEFTS


def test_subject_memo_answers_as_the_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    q = Quantity(0, 3, "500", 500, 500, "men", dimension="count")
    prefixes = ["The strength of the army was ", "Losses: ", "", "it had ", "The army had "]
    expected = [subjects._subject_of(p, q) for p in prefixes]
    subjects._SUBJECTS.clear()
    calls = []
    real = subjects._subject_of
    monkeypatch.setattr(subjects, "_subject_of", lambda p, q: calls.append(p) or real(p, q))
    for _ in range(3):
        assert [subjects.subject_of(p, q) for p in prefixes] == expected
    assert len(calls) == len(prefixes)  # each read once, then remembered
    other = dataclasses.replace(q, unit="tanks")  # the unit is part of the key
    assert subjects.subject_of("", other) == "tanks"


def test_the_quick_copy_of_a_figure_is_replace() -> None:
    q = Quantity(2, 7, "5,000", 5000, 5000, "men", "about", None, None, 1.0, "count")
    moved = replaced(q, start=12, end=17, direction="up")
    assert moved == dataclasses.replace(q, start=12, end=17, direction="up")
    assert type(moved) is Quantity and moved.to_dict() == dataclasses.replace(
        q, start=12, end=17, direction="up").to_dict()


def _end_samples() -> list[str]:
    """Texts that end in a qualifier, "between"/"from", a verb of a subject, or almost."""
    from claimcheck.builtin.quantities.qualifiers import QUALIFIERS

    tails = [*QUALIFIERS, "between", "from", "Between", "FROM", "numbered", "was put at",
             "totalled about", "put the number of troops at", "estimated the army at",
             "the strength of the army was", "the number of men who died was about"]
    heads = ["", "x", "The army, by June,", "losses (all arms);", "a: b", "ab" * 120,
             "the army numbered 5, and", "\u00a0", "It was ( "]
    ends = ["", " ", "  ", "\t", "\u00a0", " \n", "\n", ",", " x", "\n\n"]
    return [h + sep + t + e for h in heads for sep in ("", " ", ",") for t in tails
            for e in ends]


def test_qualifier_strip_searches_only_the_end_and_answers_as_sub() -> None:
    from claimcheck.builtin.quantities.qualifiers import (
        BETWEEN_LEFT_RE,
        QUAL_LEFT_RE,
        strip_left_qualifier,
    )

    stripped = 0
    for text in _end_samples():
        plain = BETWEEN_LEFT_RE.sub("", QUAL_LEFT_RE.sub("", text))
        assert strip_left_qualifier(text) == plain, text
        stripped += plain != text
    assert stripped > 100  # the samples do end in qualifiers


def test_subject_searches_after_the_last_barred_character_find_the_same() -> None:
    # each pattern's search from the last character its matches cannot hold finds what
    # the search from the start finds
    found = 0
    for text in _end_samples():
        for rx, barred in subjects._BARRED.items():
            a = rx.search(text)
            b = rx.search(text, subjects._after_last(text, barred))
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (
                rx.pattern[:30], text)
            found += a is not None
        tail = subjects._VERB_TAIL_RE
        start = subjects._after_last(text, subjects._BARRED[subjects._SUBJECT_VERB_RE])
        # no verb after the last barred character: the subject search may be skipped
        assert tail.search(text, start) or not subjects._SUBJECT_VERB_RE.search(text)
    assert found > 100


def test_currency_before_memo_answers_as_the_search() -> None:
    texts = [s + " 12" for s in _samples()] + [
        "$1 $1 $1", "US$ 5", "x.US$5", "aUS$5", "HK $10", "usd$ 15", "C$ 3", "MEUR 120",
        "\n$5", "$\n5", "5", "", "abcdefghUSD 5", "abcdefgh.USD 5", "abcdefghiUSD 5"]

    def plain(text: str, start: int) -> tuple[str, int] | None:
        cm = units.CURRENCY_BEFORE_RE.search(text, max(0, start - 8), start)
        return None if cm is None else (units._currency_of(cm), cm.start())

    found = 0
    for _ in range(2):  # the second round is answered from the memo
        for text in texts:
            for start in range(len(text) + 1):
                assert units.currency_before(text, start) == plain(text, start), (text, start)
                found += plain(text, start) is not None
    assert found > 100
    assert units.currency_before("$5", 7) == plain("$5", 7)  # past the end: no memo


def test_currency_before_memo_is_bounded() -> None:
    for k in range(units.MEMO_BEFORE + 10):
        units.currency_before(f"x {k:08d} $5", 12)
    assert len(units._BEFORE) <= units.MEMO_BEFORE


def test_a_built_record_is_the_record_init_makes() -> None:
    from claimcheck.plugin import Claim, Document, built

    q = built(Quantity, start=2, end=7, text="5,000", low=5000, high=5000, precision=1.0)
    plain = Quantity(2, 7, "5,000", 5000, 5000, precision=1.0)
    assert q == plain and type(q) is Quantity and q.to_dict() == plain.to_dict()
    assert dataclasses.astuple(q) == dataclasses.astuple(plain)  # every field alike
    fields = dict(id="", doc="d", kind="quantity", start=2, end=7, text="5,000", value=q)
    a, b = built(Claim, **fields), built(Claim, **fields)
    assert a == Claim(**fields) and a.to_dict() == Claim(**fields).to_dict()
    assert a.extra == {} and a.extra is not b.extra  # a default factory is called anew
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = 3  # type: ignore[misc]
    with pytest.raises(TypeError):  # a field the record has not: __init__ says so
        built(Quantity, start=0, end=1, text="5", low=5, high=5, colour="red")
    with pytest.raises(TypeError):  # a required field left out
        built(Quantity, start=0, end=1, text="5", low=5)
    # a record with a __post_init__ is made by its __init__
    assert built(Document, id="d", text="a\ud800b").text == "a\ufffdb"


def test_numbers_with_no_letter_after_read_as_with_every_pattern_tried(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimcheck.builtin.quantities import atoms

    tails = ["", " ", "  ", "-", " - ", "\u00a0", "%", "$", ",", ".", "5", " 5", "\n", "x",
             " m", "m", "bn", " bn", " billion", "-million", " - million", "  Mio.",
             " MUSD", "MUSD", " USD million", " lakh", " k", "k", "\u212a", " \u017fq", "_x",
             " \u00aa", " \u0663"]
    texts = [f"{head}{n}{tail} rest" for head in ("", "$", "minus ", "USD ")
             for n in ("5", "3,5", "1.8", "12,000") for tail in tails]

    def read(text: str) -> list[tuple]:
        return [dataclasses.astuple(n) for n in atoms.atoms(text)]

    gated = [read(t) for t in texts]
    monkeypatch.setattr(atoms, "_AFTER_WORDS_START_WITH_LETTERS", False)
    assert [read(t) for t in texts] == gated
    assert atoms._AFTER_WORDS_START_WITH_LETTERS is False
    monkeypatch.undo()
    assert atoms._AFTER_WORDS_START_WITH_LETTERS  # every word starts with a letter
    assert not atoms._word_after("5 5", 1) and atoms._word_after("5 - bn", 1)


def test_grouping_reads_the_units_of_two_figures_only_when_a_connector_joins_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.builtin.quantities import atoms, groups

    calls = []
    unit_after = groups.unit_after

    def counted(text: str, pos: int):  # type: ignore[no-untyped-def]
        calls.append(pos)
        return unit_after(text, pos)

    monkeypatch.setattr(groups, "unit_after", counted)
    run = "5% 6% 7 km 8 km, 9% "
    kinds = [(g.kind, len(g.nums)) for g in groups.group(run, atoms.atoms(run))]
    assert kinds == [("single", 1)] * 5
    assert calls == []  # no connector after any unit: no unit is read
    joined = "from 5 km to 8 km and 5% - 8% and 5 km to 8 mi"
    kinds = [(g.kind, len(g.nums)) for g in groups.group(joined, atoms.atoms(joined))]
    assert kinds[:2] == [("range", 2), ("range", 2)]  # the same unit after both
    assert kinds[2:] == [("single", 1), ("single", 1)]  # two units: no range
    assert len(calls) == 6
