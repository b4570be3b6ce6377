"""How a figure is hedged or bounded: "about", "more than", "at most", "or more", "~", "≥".

"More than 300,000" and "300,000" are different claims, so the words around a number
that bound or hedge it are read with it. The phrases and the qualifier each gives
(``model.QUALIFIERS``) are in ``quantities.toml``; the patterns that find them before
and after a number are here.
"""

from __future__ import annotations

import re

from claimcheck.plugin import BOUND_QUALIFIERS, table

from .units import alternation

__all__ = [
    "BETWEEN_LEFT_RE",
    "BOUND_QUALIFIERS",
    "LOWER_BOUNDS",
    "OR_EQUAL_RIGHT_RE",
    "QUALIFIERS",
    "QUALIFIER_WORDS",
    "QUAL_LEFT_RE",
    "QUAL_RIGHT_RE",
    "UPPER_BOUNDS",
    "strip_left_qualifier",
]

# phrase or sign before a number -> qualifier
_TABLE = table("quantities", package="claimcheck.builtin.quantities")
QUALIFIERS: dict[str, str] = _TABLE["qualifiers"]
_ESTIMATE_MARKS = _TABLE["estimate_marks"]["after"]
_QUAL_WORDS = [q for q in QUALIFIERS if q[0].isalpha()]
_QUAL_SYMS = [q for q in QUALIFIERS if not q[0].isalpha()]
QUAL_LEFT_RE = re.compile(
    r"(?:(?<![\w])(?P<w>" + alternation(_QUAL_WORDS) + r")[ \t\u00a0]+"
    r"|(?P<s>" + alternation(_QUAL_SYMS) + r")[ \t\u00a0]*)$",
    re.IGNORECASE,
)
BETWEEN_LEFT_RE = re.compile(r"(?<![\w])(?P<w>between|from)[ \t\u00a0]+$", re.IGNORECASE)
#: the longest phrase either pattern above ends in before its blanks: a match starts no
#: further than this from the text's last character that is no blank
_LEFT_REACH = max(len(q) for q in (*QUALIFIERS, "between"))


def strip_left_qualifier(prefix: str) -> str:
    """``prefix`` without the qualifier phrase that ends it, then without a "between" or
    "from" that ends what is left (``QUAL_LEFT_RE.sub`` then ``BETWEEN_LEFT_RE.sub``).

    Both patterns end at the end of the text, but a search for them starts at every
    character of it: on the 200 characters before a figure that was a third of reading
    its subject. A match is a phrase of at most ``_LEFT_REACH`` characters and blanks to
    the end, so the search starts that far before the last character that is no blank.
    """
    for rx in (QUAL_LEFT_RE, BETWEEN_LEFT_RE):
        m = rx.search(prefix, _left_start(prefix))
        if m:
            prefix = prefix[:m.start()] + prefix[m.end():]
    return prefix


def _left_start(text: str) -> int:
    """Where a search for a phrase of ``_LEFT_REACH`` characters and blanks to the end of
    ``text`` can start (``$`` also matches before a final newline)."""
    core = text[:-1] if text.endswith("\n") else text
    return max(0, len(core.rstrip(" \t\u00a0")) - _LEFT_REACH)
QUAL_RIGHT_RE = re.compile(
    r"(?:[ \t]+(?:or|and)[ \t]+(?P<more>more|over|above|greater|higher|larger|bigger)\b"
    r"(?![ \t]+than[ \t]+\S*\d)"
    r"|\+|-?plus\b|(?P<approx>[ \t]+or[ \t]+so\b|-?odd\b"
    r"|[ \t]*\((?:" + alternation(_ESTIMATE_MARKS) + r")\))"
    r"|[ \t]+(?:or|and)[ \t]+(?P<less>less|fewer|under|below|lower|smaller)\b"
    r"(?![ \t]+than[ \t]+\S*\d))",
    re.IGNORECASE,
)
OR_EQUAL_RIGHT_RE = re.compile(
    r"[ \t]+or[ \t]+equal\b(?![ \t]+to[ \t]+\S*\d)", re.IGNORECASE
)

LOWER_BOUNDS = ("more_than", "at_least")
UPPER_BOUNDS = ("less_than", "at_most")
#: every word of every qualifier phrase: what may join two bounds into one range
QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())
