"""Who words what how: slant profiles per document and word-level diffs between renderings.

Why word-level: a character diff of "the puppet government of Rhee Syngman" against "the
government of Syngman Rhee" is unreadable; a reader wants to see which words one side
has and the other lacks. diff-match-patch diffs characters, so each distinct word is
mapped to one private-use character (the trick of its ``diff_linesToChars``), diffed with
``diff_main`` and tidied with ``diff_cleanupSemantic``, then mapped back onto the
original spans, so every reported text is a slice of its document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from diff_match_patch import diff_match_patch

from claimcheck.builtin.slant.detect import CATEGORIES, findings_in
from claimcheck.plugin import Config, Document, Finding, Sentence

DELETE, EQUAL, INSERT = diff_match_patch.DIFF_DELETE, diff_match_patch.DIFF_EQUAL, (
    diff_match_patch.DIFF_INSERT
)

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]")
_NOTE_MARK = re.compile(r"[\[(]?\d{1,3}[\])]?\Z")
_MAX_DIFF_TOKENS = 2_000  # changed words a side beyond which the diff is coarse
_MERGE_GAP = 2  # equal runs of at most this many tokens between changes join one change
_SHOWN = 90  # characters of a side shown in a summary


# -- slant profile --------------------------------------------------------------------------


def slant_profile(text: str, findings: Iterable[Finding]) -> dict[str, Any]:
    """Findings per 1,000 words by category, so that sources of any length compare.

    Findings inside quoted speech are counted apart: they are the speaker's wording, not
    the document's. Hedging is reported but left out of ``slant_per_1000_words``.
    """
    words = sum(1 for _ in _WORD.finditer(text))
    counts = dict.fromkeys(CATEGORIES, 0)
    quoted = dict.fromkeys(CATEGORIES, 0)
    for f in findings:
        if f.kind != "slant" or f.category not in counts:
            continue
        if f.detail.get("quoted"):
            quoted[f.category] += 1
        else:
            counts[f.category] += 1
    per = {c: _rate(n, words) for c, n in counts.items()}
    slant = sum(n for c, n in counts.items() if c != "hedging")
    return {
        "words": words,
        "counts": counts,
        "quoted_counts": quoted,
        "per_1000_words": per,
        "slant_per_1000_words": _rate(slant, words),
    }


def slant_profiles(
    documents: Iterable[Document], findings: Iterable[Finding]
) -> dict[str, dict[str, Any]]:
    """``slant_profile`` of each document, keyed by id, for a side-by-side table."""
    by_doc: dict[str, list[Finding]] = {}
    for f in findings:
        if f.kind == "slant" and f.document is not None:
            by_doc.setdefault(f.document, []).append(f)
    return {d.id: slant_profile(d.text, by_doc.get(d.id, ())) for d in documents}


def _rate(n: int, words: int) -> float:
    return round(1000.0 * n / words, 2) if words else 0.0


# -- word diff ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Op:
    """One diff operation over token runs, with code-point spans into each text."""

    op: int  # DELETE, EQUAL or INSERT
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    tokens: int


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _to_chars(
    texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
) -> list[str]:
    """One character per distinct token (normalised apostrophes), shared by both texts."""
    table: dict[str, str] = {}
    out = []
    for text, toks in zip(texts, spans, strict=True):
        chars = []
        for s, e in toks:
            key = text[s:e].replace("’", "'")
            ch = table.get(key)
            if ch is None:
                ch = table[key] = _code_point(len(table))
            chars.append(ch)
        out.append("".join(chars))
    return out


def _code_point(i: int) -> str:
    # private-use areas: U+E000..U+F8FF, then planes 15 and 16
    if i < 0x1900:
        return chr(0xE000 + i)
    i -= 0x1900
    if i < 0x1FFFE:
        return chr(0xF0000 + i)
    raise ValueError("too many distinct words to diff")


def word_ops(a: str, b: str) -> list[Op]:
    """The word-level diff of two texts as spans; deterministic (no time limit)."""
    ta, tb = _tokens(a), _tokens(b)
    ca, cb = _to_chars((a, b), (ta, tb))
    diffs = _diff_chars(ca, cb)
    ops: list[Op] = []
    i = j = 0
    for op, chars in diffs:
        n = len(chars)
        if n == 0:
            continue
        if op == EQUAL:
            ops.append(Op(op, ta[i][0], ta[i + n - 1][1], tb[j][0], tb[j + n - 1][1], n))
            i, j = i + n, j + n
        elif op == DELETE:
            at = tb[j][0] if j < len(tb) else len(b)
            ops.append(Op(op, ta[i][0], ta[i + n - 1][1], at, at, n))
            i += n
        else:
            at = ta[i][0] if i < len(ta) else len(a)
            ops.append(Op(op, at, at, tb[j][0], tb[j + n - 1][1], n))
            j += n
    return ops


def _diff_chars(ca: str, cb: str) -> list[tuple[int, str]]:
    """diff_main + diff_cleanupSemantic, or a coarse diff when the changed middle is huge.

    Without a time limit (needed for byte-identical reports) Myers' diff costs O(N*D);
    past ``_MAX_DIFF_TOKENS`` changed words a side, the middle is reported as one
    replacement instead, so time stays linear whatever the input.
    """
    dmp = diff_match_patch()
    p = dmp.diff_commonPrefix(ca, cb)
    tail = dmp.diff_commonSuffix(ca[p:], cb[p:])
    if max(len(ca), len(cb)) - p - tail <= _MAX_DIFF_TOKENS:
        dmp.Diff_Timeout = 0  # a deadline would make the result depend on machine speed
        diffs = dmp.diff_main(ca, cb, False)
        dmp.diff_cleanupSemantic(diffs)
        return diffs
    coarse = [
        (EQUAL, ca[:p]),
        (DELETE, ca[p : len(ca) - tail]),
        (INSERT, cb[p : len(cb) - tail]),
        (EQUAL, ca[len(ca) - tail :]),
    ]
    return [(op, chars) for op, chars in coarse if chars]


def word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """diff-match-patch style ``(op, text)`` tuples (-1 delete, 0 equal, 1 insert), by word.

    Texts are the original slices, runs of whitespace included, so joining the equal and
    deleted parts gives ``a`` back (less leading and trailing space), and equal and inserted
    parts give ``b``.
    """
    ops = word_ops(a, b)
    out: list[tuple[int, str]] = []
    for k, o in enumerate(ops):
        nxt = ops[k + 1] if k + 1 < len(ops) else None
        if o.op == INSERT:
            end = _extend(b, o.b_end, nxt.b_start if nxt and nxt.op != DELETE else len(b))
            start = o.b_start
            last_b = next((t for op, t in reversed(out) if op != DELETE), " ")
            if not last_b[-1:].isspace():  # keep b's space before the words
                while start > 0 and b[start - 1].isspace():
                    start -= 1
            out.append((INSERT, b[start:end]))
        else:
            stop = len(a)
            if nxt is not None:
                stop = nxt.a_start if nxt.op != INSERT else _next_a(ops, k + 1, len(a))
            end = _extend(a, o.a_end, stop)
            out.append((o.op, a[o.a_start : end]))
    return out


def _next_a(ops: Sequence[Op], k: int, default: int) -> int:
    for o in ops[k:]:
        if o.op != INSERT:
            return o.a_start
    return default


def _extend(text: str, end: int, stop: int) -> int:
    """Carry the whitespace after a run into it, so that slices join without gaps."""
    while end < stop and text[end].isspace():
        end += 1
    return end


# -- changes between two aligned texts ------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One place where two renderings differ: spans on both sides, and what kind.

    ``kind`` is "replaced" (both sides have words), "omitted" (only the left has them:
    the right omits them) or "added" (only the right has them).
    """

    kind: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def changes(a: str, b: str) -> list[Change]:
    """Changes between two texts, nearby edits joined ("puppet government of Rhee Syngman").

    Equal runs of up to two tokens between edits join them into one change, so that a
    reader sees a phrase against a phrase rather than scattered single words.
    """
    ops = word_ops(a, b)
    groups: list[list[Op]] = []
    current: list[Op] = []
    pending: list[Op] = []  # equal runs inside a possible group
    for o in ops:
        if o.op == EQUAL:
            if current:
                pending.append(o)
                if sum(p.tokens for p in pending) > _MERGE_GAP:
                    groups.append(current)
                    current, pending = [], []
            continue
        if current:
            current.extend(pending)
        pending = []
        current.append(o)
    if current:
        groups.append(current)
    out = []
    for g in groups:
        a_ops = [o for o in g if o.op != INSERT]
        b_ops = [o for o in g if o.op != DELETE]
        has_a = any(o.op == DELETE for o in g)
        has_b = any(o.op == INSERT for o in g)
        a_start = a_ops[0].a_start if has_a else g[0].a_start
        a_end = a_ops[-1].a_end if has_a else g[0].a_start
        b_start = b_ops[0].b_start if has_b else g[0].b_start
        b_end = b_ops[-1].b_end if has_b else g[0].b_start
        if has_a and has_b:
            kind = "replaced"
        elif has_a:
            kind = "omitted"
        else:
            kind = "added"
        if kind == "replaced" and _plain(a[a_start:a_end]) == _plain(b[b_start:b_end]):
            continue  # only punctuation or case differs
        if not _WORD.search(a[a_start:a_end]) and not _WORD.search(b[b_start:b_end]):
            continue  # punctuation alone
        if kind != "replaced" and _NOTE_MARK.match(a[a_start:a_end] or b[b_start:b_end]):
            continue  # a footnote marker ("[1]") one side carries: not wording
        out.append(Change(kind, a_start, a_end, b_start, b_end))
    return out


def _plain(text: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in _WORD.findall(text))


# -- sentences and their alignment ----------------------------------------------------------

_STOP = frozenset(
    "a an the of and or in on at to for by with from as is was were be been are that this "
    "which who it its their his her they he she not but also than then there".split()
)
_ABBREV = frozenset(
    "mr mrs ms dr gen col lt capt maj sgt st no vol vols pp p fig jan feb mar apr jun jul "
    "aug sep sept oct nov dec inc ltd co corp jr sr prof rev gov sen rep adm cmdr etc vs".split()
)
_LAST_WORD = re.compile(r"[\w.]+$")
_SENT_END = re.compile(r"[.!?…]+[”\"’)\]]*(?=\s)|\n[ \t]*\n")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """A plain sentence splitter, used until a segmenter's sentences are passed in.

    Splits at sentence-final punctuation followed by space and at blank lines, not after
    initials ("A.A. Gromyko") or common abbreviations ("Gen.", "U.S.").
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    begin = start
    for m in _SENT_END.finditer(text, start, end):
        if m.group()[0] == ".":
            word = _LAST_WORD.search(text, max(begin, m.start() - 12), m.start())
            w = word.group().lower() if word else ""
            if w in _ABBREV or (len(w) == 1 and w.isalpha()) or "." in w:
                continue  # "Gen.", "A.A. Gromyko", "U.S."
        out.append((begin, m.end() if m.group()[0] != "\n" else m.start()))
        begin = m.end()
    out.append((begin, end))
    return [_trim(text, s, e) for s, e in out if text[s:e].strip()]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _keys(text: str) -> frozenset[str]:
    return frozenset(
        w.lower()[:5] for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 1
    )


def align_sentences(
    left: Sequence[str], right: Sequence[str], window: int = 8, min_score: float = 0.3
) -> list[tuple[int, int]]:
    """Monotone greedy alignment by shared words (Dice over stems); O(n * window).

    Each left sentence looks at the next ``window`` right sentences and takes the best one
    scoring ``min_score`` or more; renderings keep their order, so this is enough, and it
    never grows with the square of the document. A right sentence that renders two left
    ones (a translator joined them) may take the second too, scored on the words the
    first left unmatched; such pairs share their right index.
    """
    lk = [_keys(s) for s in left]
    rk = [_keys(s) for s in right]
    pairs: list[tuple[int, int]] = []
    last = -1
    used: set[str] = set()
    for i, a in enumerate(lk):
        if not a:
            continue
        best, best_k = 0.0, -1
        for k in range(max(last, 0), min(len(rk), last + 1 + window)):
            b = rk[k] - used if k == last else rk[k]
            if not b:
                continue
            score = 2 * len(a & b) / (len(a) + len(b))
            if score > best:
                best, best_k = score, k
        if best >= min_score:
            if best_k != last:
                used = set()
            used |= a & rk[best_k]
            pairs.append((i, best_k))
            last = best_k
    return pairs


def _blocks(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Pairs sharing a right sentence joined: (first left, last left, right)."""
    out: list[tuple[int, int, int]] = []
    for i, j in pairs:
        if out and out[-1][2] == j:
            out[-1] = (out[-1][0], i, j)
        else:
            out.append((i, i, j))
    return out


def renders(
    left: Document,
    right: Document,
    left_sentences: Sequence[tuple[int, int]] | None = None,
    right_sentences: Sequence[tuple[int, int]] | None = None,
    share: float = 0.5,
) -> bool:
    """True when most sentences of the shorter text align: one renders the other."""
    ls = list(left_sentences or split_sentences(left.text))
    rs = list(right_sentences or split_sentences(right.text))
    pairs = align_sentences([left.text[s:e] for s, e in ls], [right.text[s:e] for s, e in rs])
    shorter = min(len(ls), len(rs))
    return bool(shorter) and len(pairs) / shorter >= share


# -- wording findings -----------------------------------------------------------------------


def _spans(sents: Iterable[Sentence | tuple[int, int]] | None, text: str) -> list[tuple[int, int]]:
    if sents is None:
        return split_sentences(text)
    return [(s.start, s.end) if isinstance(s, Sentence) else (s[0], s[1]) for s in sents]


def compare_renderings(
    left: Document,
    right: Document,
    left_sentences: Iterable[Sentence | tuple[int, int]] | None = None,
    right_sentences: Iterable[Sentence | tuple[int, int]] | None = None,
    config: Config | None = None,
    window: int = 8,
    min_score: float = 0.3,
) -> list[Finding]:
    """Wording findings for two texts that render one another.

    Sentences are aligned in order; each aligned pair yields its replaced, omitted and
    added wording, and sentences with no counterpart between the first and the last
    aligned pair are reported as omitted or added whole. Text outside that stretch (a
    title page, the parts a partial rendering leaves out) is counted, not reported.
    """
    cfg = config or Config()
    ls, rs = _spans(left_sentences, left.text), _spans(right_sentences, right.text)
    pairs = align_sentences(
        [left.text[s:e] for s, e in ls], [right.text[s:e] for s, e in rs], window, min_score
    )
    out: list[Finding] = []
    if not pairs:
        return out
    paired_l = {i for i, _ in pairs}
    paired_r = {j for _, j in pairs}
    (i0, j0), (i1, j1) = pairs[0], pairs[-1]
    events: list[tuple[int, int, Finding]] = []
    for i, i_last, j in _blocks(pairs):
        span = (ls[i][0], ls[i_last][1])
        for f in _pair_findings(left, span, right, rs[j], cfg):
            events.append((span[0], f.start or 0, f))
    for i in range(i0, i1 + 1):
        if i not in paired_l:
            s, e = ls[i]
            at = _anchor(rs, pairs, i)
            events.append((s, s, _finding(left, (s, e), right, (at, at), "omitted", cfg)))
    for j in range(j0, j1 + 1):
        if j not in paired_r:
            s, e = rs[j]
            at = _left_anchor(ls, pairs, j)
            events.append((at, at, _finding(left, (at, at), right, (s, e), "added", cfg)))
    events.sort(key=lambda t: (t[0], t[1], t[2].detail["right"]["start"]))
    out = [f for _, _, f in events]
    return out


def _anchor(rs: Sequence[tuple[int, int]], pairs: Sequence[tuple[int, int]], i: int) -> int:
    """Where in the right text an omitted left sentence would have stood."""
    at = rs[0][0]
    for li, rj in pairs:
        if li > i:
            break
        at = rs[rj][1]
    return at


def _left_anchor(ls: Sequence[tuple[int, int]], pairs: Sequence[tuple[int, int]], j: int) -> int:
    at = ls[0][0]
    for li, rj in pairs:
        if rj > j:
            break
        at = ls[li][1]
    return at


def _pair_findings(
    left: Document, ls: tuple[int, int], right: Document, rs: tuple[int, int], config: Config
) -> list[Finding]:
    a, b = left.text[ls[0] : ls[1]], right.text[rs[0] : rs[1]]
    out = []
    for c in changes(a, b):
        out.append(
            _finding(
                left,
                (ls[0] + c.a_start, ls[0] + c.a_end),
                right,
                (rs[0] + c.b_start, rs[0] + c.b_end),
                c.kind,
                config,
            )
        )
    return out


def _categories(doc: Document, span: tuple[int, int], config: Config) -> list[str]:
    s, e = span
    if s == e:
        return []
    found = findings_in(doc, max(0, s - 200), e, config)
    return sorted({f.category for f in found if f.start < e and f.end > s and f.category})


def _finding(
    left: Document,
    lspan: tuple[int, int],
    right: Document,
    rspan: tuple[int, int],
    kind: str,
    config: Config,
) -> Finding:
    lt, rt = left.text[lspan[0] : lspan[1]], right.text[rspan[0] : rspan[1]]
    lcat, rcat = _categories(left, lspan, config), _categories(right, rspan, config)
    differ = sorted(set(lcat) ^ set(rcat))
    if kind == "replaced":
        summary = f"'{_short(lt)}' against '{_short(rt)}'"
    elif kind == "omitted":
        summary = f"'{_short(lt)}' has no counterpart in {right.id}"
    else:
        summary = f"{left.id} has no counterpart for '{_short(rt)}'"
    notes = []
    only_l = [c for c in lcat if c not in rcat]
    only_r = [c for c in rcat if c not in lcat]
    if only_l:
        notes.append(f"{', '.join(only_l)} only in {left.id}")
    if only_r:
        notes.append(f"{', '.join(only_r)} only in {right.id}")
    if notes:
        summary += "; " + "; ".join(notes)
    return Finding(
        kind="wording",
        summary=f"wording {kind}: {summary}",
        document=left.id,
        start=lspan[0],
        end=lspan[1],
        detail={
            "change": kind,
            "left": _side(left, lspan, lt, lcat),
            "right": _side(right, rspan, rt, rcat),
            "slant_differs": differ,
        },
    )


def _side(doc: Document, span: tuple[int, int], text: str, cats: list[str]) -> Mapping[str, Any]:
    return {"document": doc.id, "start": span[0], "end": span[1], "text": text, "slant": cats}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN else text[: _SHOWN - 2].rstrip() + " …"


def compare_wording(
    left: Document,
    left_sentence: Sentence,
    right: Document,
    right_sentence: Sentence,
    config: Config,
) -> list[Finding]:
    """Replaced, omitted and added wording between two aligned sentences."""
    return _pair_findings(
        left,
        (left_sentence.start, left_sentence.end),
        right,
        (right_sentence.start, right_sentence.end),
        config,
    )


def compare_texts(
    left: Document, left_segments: Any, right: Document, right_segments: Any, config: Config
) -> list[Finding] | None:
    """Word diffs of two renderings of one text: asked for (``--renderings``), or found
    because most sentences of the shorter text align with the longer one."""
    ls = _read_sentences(left_segments)
    rs = _read_sentences(right_segments)
    if not config.option("renderings") and not renders(left, right, ls, rs):
        return None
    return compare_renderings(left, right, ls, rs, config)


def _read_sentences(segments: Any) -> list[tuple[int, int]]:
    """Sentences of the passages a reader reads (no page chrome, no citations)."""
    keep = ("body", "heading", "footnote", "editorial")
    return [(s.start, s.end) for s in segments.sentences
            if segments.passages[s.passage].kind in keep]
