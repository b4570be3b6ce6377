"""Word diffs: what two renderings of one text word differently, as spans of each text.

Why word-level: a character diff of "the puppet government of Rhee Syngman" against "the
government of Syngman Rhee" is unreadable; a reader wants to see which words one side
has and the other lacks. diff-match-patch diffs characters, so each distinct word is
mapped to one private-use character (the trick of its ``diff_linesToChars``), diffed with
``diff_main`` and tidied with ``diff_cleanupSemantic``, then mapped back onto the
original spans, so every reported text is a slice of its document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from .tokens import TOKEN, WORD

DELETE, EQUAL, INSERT = diff_match_patch.DIFF_DELETE, diff_match_patch.DIFF_EQUAL, (
    diff_match_patch.DIFF_INSERT
)

_NOTE_MARK = re.compile(r"[\[(]?\d{1,3}[\])]?\Z")
_MAX_DIFF_TOKENS = 2_000  # changed words a side beyond which the diff is coarse
_MERGE_GAP = 2  # equal runs of at most this many tokens between changes join one change


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
    return [(m.start(), m.end()) for m in TOKEN.finditer(text)]


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


def token_diff(a: str, b: str) -> list[tuple[int, str]]:
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
    if a == b:
        return []  # one text twice (most sentence pairs of two renderings): no diff to run
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
        if not WORD.search(a[a_start:a_end]) and not WORD.search(b[b_start:b_end]):
            continue  # punctuation alone
        if kind != "replaced" and _NOTE_MARK.match(a[a_start:a_end] or b[b_start:b_end]):
            continue  # a footnote marker ("[1]") one side carries: not wording
        out.append(Change(kind, a_start, a_end, b_start, b_end))
    return out


def _plain(text: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in WORD.findall(text))
