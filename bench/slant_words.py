"""Slant detection against public bias data: word-level and sentence-level precision,
recall and F1.

Usage:
    uv run python bench/slant_words.py basil PATH/BASIL [--part dev|test|all] [-v]
    uv run python bench/slant_words.py npov PATH/5gram-edits-test-sents-clean.csv [-v]

The data sets stay outside this repository (neither ships a licence that lets us copy
them in); the script reads them from the path given:

- ``basil``: BASIL (Fan et al. 2019, "In Plain Sight: Media Bias Through the Lens of
  Factual Reporting"), 300 political news articles (Fox, NYT, HuffPost, 2010-2019) with
  phrase-level bias spans; a clone of github.com/launchnlp/BASIL (its ``articles/`` and
  ``annotations/`` folders). Gold words are the words of the *lexical* bias spans that
  are the writer's (``quote: no``): a loaded word inside a quotation is the speaker's,
  and claimcheck charges it to the speaker too, so findings marked ``quoted`` are left
  out of the prediction, and words inside quoted gold spans count neither way.
  Informational bias (what a story chooses to tell) is not a matter of wording and is
  not scored. ``--part dev`` is 2010-2014 (what the lexicon was tuned on), ``test``
  2015-2019 (only measured).
- ``npov``: the bias-driven NPOV edits of Recasens et al. (2013), "Linguistic Models for
  Analyzing and Detecting Biased Language" (Wikipedia edits whose comment names POV), as
  the CSV of one row per edit in github.com/cdwyer1bod/LinguisticModels_bias_detection
  (``5gram-edits-{train,dev,test}-sents-clean.csv``: column 7 the words removed, column
  9 the sentence before the edit). Gold words are the words removed. Every sentence is
  biased, so only sentence recall is defined; word precision counts every other flagged
  word as a false alarm, which undercounts it (an editor removes one loaded word of a
  sentence, not all of them).

Word level: the text is cut into words (the slant plugin's own word pattern); a word is
predicted biased if a slant finding other than hedging covers it, and gold if a gold
span covers it. Sentence level (BASIL): a sentence is biased if it holds a gold span,
predicted so if a finding starts in it; macro-F1 averages the F1 of both classes, as
the media-bias literature reports it. ``-v`` lists the misses and false alarms by word.
The figures are a measurement, not a test: the exit code is 0 whatever they are.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.builtin.slant.detect import find_slant
from claimcheck.builtin.slant.lexicon import Lexicon
from claimcheck.builtin.slant.tokens import WORD


@dataclass
class Item:
    """One text with its gold spans and the spans that count neither way."""

    text: str
    gold: list[tuple[int, int]]
    ignore: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


def load_basil(root: Path, part: str) -> list[Item]:
    items = []
    for ann_path in sorted((root / "annotations").glob("*/*_ann.json")):
        year = int(ann_path.parent.name)
        if (part == "dev" and year > 2014) or (part == "test" and year <= 2014):
            continue
        art_path = root / "articles" / ann_path.parent.name / ann_path.name.replace("_ann", "")
        article = json.loads(art_path.read_text(encoding="utf-8"))
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        text, sentences = "", []
        for para in article["body-paragraphs"]:
            for sent in para:
                sentences.append((len(text), len(text) + len(sent)))
                text += sent + " "
            text += "\n\n"
        gold, ignore = [], []
        for p in ann["phrase-level-annotations"]:
            if p["bias"] != "lex" or p["id"] == "title":
                continue
            span = _locate(text, sentences, p["txt"], p["start"])
            if span is None:
                continue
            (gold if p["quote"] == "no" else ignore).append(span)
        items.append(Item(text, gold, ignore, sentences))
    return items


def _locate(text: str, sentences: list[tuple[int, int]], phrase: str,
            offset: int) -> tuple[int, int] | None:
    """The phrase where it starts ``offset`` characters into a sentence, else its first
    occurrence (BASIL gives offsets within a sentence, not which sentence)."""
    for s, _ in sentences:
        if text.startswith(phrase, s + offset):
            return s + offset, s + offset + len(phrase)
    at = text.find(phrase)
    return None if at < 0 else (at, at + len(phrase))


def load_npov(path: Path) -> list[Item]:
    items = []
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows[1:]:
        if len(row) < 9 or row[3] != "True":
            continue
        before, sentence = row[6].strip(), row[8]
        at = _word_at(sentence, before)
        if at is None:
            continue
        items.append(Item(sentence, [(at, at + len(before))], [],
                          [(0, len(sentence))]))
    return items


def _word_at(sentence: str, phrase: str) -> int | None:
    """Where ``phrase`` stands in the sentence as whole words, or None."""
    if not phrase:
        return None
    start = sentence.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before_ok = start == 0 or not sentence[start - 1].isalnum()
        after_ok = end == len(sentence) or not sentence[end].isalnum()
        if before_ok and after_ok:
            return start
        start = sentence.find(phrase, start + 1)
    return None


def _covered(words: list[tuple[int, int]], spans: list[tuple[int, int]]) -> set[int]:
    return {i for i, (s, e) in enumerate(words) for a, b in spans if s < b and a < e}


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(items: list[Item], lexicon: Lexicon, verbose: bool = False) -> dict[str, object]:
    tp = fp = fn = 0
    stp = sfp = sfn = stn = 0
    missed: collections.Counter[str] = collections.Counter()
    false: collections.Counter[str] = collections.Counter()
    hit: collections.Counter[str] = collections.Counter()
    for item in items:
        found = [f for f in find_slant(item.text, lexicon)
                 if f.category != "hedging" and not f.detail.get("quoted")]
        words = [m.span() for m in WORD.finditer(item.text)]
        gold = _covered(words, item.gold)
        skip = _covered(words, item.ignore) - gold
        pred = _covered(words, [(f.start or 0, f.end or 0) for f in found]) - skip
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        for i in gold - pred:
            missed[item.text[slice(*words[i])].lower()] += 1
        for i in pred - gold:
            false[item.text[slice(*words[i])].lower()] += 1
        for i in pred & gold:
            hit[item.text[slice(*words[i])].lower()] += 1
        for s, e in item.sentences:
            g = any(a < e and s < b for a, b in item.gold)
            p = any(s <= (f.start or 0) < e for f in found)
            stp += g and p
            sfp += p and not g
            sfn += g and not p
            stn += not g and not p
    wp, wr, wf = _prf(tp, fp, fn)
    sp, sr, sf = _prf(stp, sfp, sfn)
    nf = _prf(stn, sfn, sfp)[2]
    if verbose:
        print("hits:        ", ", ".join(f"{w} {n}" for w, n in hit.most_common(40)))
        print("missed:      ", ", ".join(f"{w} {n}" for w, n in missed.most_common(80)))
        print("false alarms:", ", ".join(f"{w} {n}" for w, n in false.most_common(60)))
    return {
        "texts": len(items), "gold words": tp + fn, "flagged words": tp + fp,
        "word P/R/F1": (wp, wr, wf),
        "sentences": stp + sfp + sfn + stn, "biased sentences": stp + sfn,
        "sentence P/R/F1": (sp, sr, sf), "sentence macro-F1": (sf + nf) / 2,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("format", choices=["basil", "npov"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--part", choices=["dev", "test", "all"], default="all",
                        help="BASIL: 2010-2014 (dev), 2015-2019 (test) or all")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not args.path.exists():
        sys.exit(f"slant_words: {args.path}: no such file or folder")
    items = load_basil(args.path, args.part) if args.format == "basil" else load_npov(args.path)
    if not items:
        sys.exit(f"slant_words: {args.path}: no {args.format} data found there")
    result = score(items, Lexicon.builtin(), args.verbose)
    for key, value in result.items():
        if isinstance(value, tuple):
            shown = "  ".join(f"{v:.3f}" for v in value)
        elif isinstance(value, float):
            shown = f"{value:.3f}"
        else:
            shown = f"{value:,}"
        print(f"{key:18} {shown}")


if __name__ == "__main__":
    main()
