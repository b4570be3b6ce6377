"""The readers' memos by sentence text change no result: a sentence met again in a
document (a copied paragraph, a table's repeated row) is read once. The statements'
clauses are read at offset 0 and moved to the sentence's place, which must give what
``split_sentence`` gives there; the figures are read from the sentence's text alone."""

from __future__ import annotations

from pathlib import Path

import claimcheck
from claimcheck.builtin.quantities import claims as quantity_claims
from claimcheck.builtin.statements import claims as statement_claims
from claimcheck.builtin.statements.clauses import split_sentence
from claimcheck.core.claims import segment
from claimcheck.manager import get_plugin_manager
from claimcheck.model import Document

_ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((_ROOT / "seeds").glob("*.txt"))]
    for p in sorted((_ROOT / "bench" / "realpairs").glob("*/*.txt"))[::9]:
        gold = p.parent / "gold.toml"
        if gold.exists() and 'part = "fresh"' in gold.read_text(encoding="utf-8"):
            continue  # (the fresh part is read by nothing but its scoring)
        out.append(p.read_text(encoding="utf-8"))
    return out


def test_moved_clauses_are_those_read_in_place() -> None:
    pm = get_plugin_manager(entry_points=False)
    checked = 0
    for n, text in enumerate(_texts()):
        segments = segment(Document(f"d{n}", text), pm=pm)
        for s in segments.sentences:
            s_text = text[s.start:s.end]
            in_place = split_sentence(s_text, s.start)
            moved = statement_claims._moved(split_sentence(s_text, 0), s.start)
            assert moved == in_place, s_text
            checked += len(in_place)
    assert checked > 400


def test_a_repeated_sentence_is_read_once(monkeypatch) -> None:
    pm = get_plugin_manager(entry_points=False)
    unit = (_ROOT / "seeds" / "press-style-1951.txt").read_text(encoding="utf-8")
    text = "\n\n".join([unit] * 3)
    plain = claimcheck.claims(Document("p", unit), pm=pm)
    calls = {"split": 0, "find": 0}
    split, find = statement_claims.split_sentence, quantity_claims.find_quantities

    def counted_split(*args, **kwargs):
        calls["split"] += 1
        return split(*args, **kwargs)

    def counted_find(*args, **kwargs):
        calls["find"] += 1
        return find(*args, **kwargs)

    monkeypatch.setattr(statement_claims, "split_sentence", counted_split)
    monkeypatch.setattr(quantity_claims, "find_quantities", counted_find)
    tripled = claimcheck.claims(Document("p", text), pm=pm)
    segments = segment(Document("p", text), pm=pm)
    distinct = {text[s.start:s.end] for s in segments.sentences}
    assert 0 < calls["split"] <= len(distinct) < len(segments.sentences)
    assert 0 < calls["find"] <= len(distinct)
    # the first copy's claims are those of the text alone
    first = [c for c in tripled if c.start < len(unit)]
    assert [c.to_dict() for c in first] == [c.to_dict() for c in plain]
