"""The plugin-author API: everything a claimcheck plugin imports, from one place.

Built-in plugins and third-party plugins are written the same way::

    from claimcheck.plugin import Claim, hookimpl

    @hookimpl
    def extract_claims(document, segments, config):
        ...

This module only re-exports. What it names is the contract a plugin may rely on across
releases; anything else in ``claimcheck`` may move. See docs/plugins.md.
"""

from __future__ import annotations

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError, LoadError, PluginError
from claimcheck.hookspecs import hookimpl
from claimcheck.model import (
    BOUND_QUALIFIERS,
    CLAIM_KINDS,
    FINDING_KINDS,
    PASSAGE_KINDS,
    QUALIFIERS,
    RANK,
    REPORT_ORDER,
    SCALE,
    SLANT_CATEGORIES,
    Claim,
    ClaimExtra,
    Document,
    Fact,
    FactValue,
    Finding,
    Frame,
    Label,
    NoteRef,
    Passage,
    Quantity,
    Report,
    Segments,
    Sentence,
    Table,
    TimeRef,
    claim_extra,
)
from claimcheck.report.views import (
    SECTIONS,
    VERDICT_TITLES,
    Contexts,
    Span,
    claims_of,
    counted,
    counts_line,
    diff_of,
    display_title,
    fact_cells,
    fact_value_text,
    facts_line,
    finding_spans,
    grouped,
    line_col,
    place,
    reasons,
    sentence_of,
    span_text,
    word_diff,
)
from claimcheck.text.calendar import (
    EASTER_FESTIVALS,
    FIXED_FESTIVALS,
    MONTH_NAMES,
    MONTHS,
    UNIT_DAYS,
    astronomical_year,
    clock_moment,
    day_number,
    day_span,
    easter,
    festival_date,
    month_pattern,
    timex_days,
)
from claimcheck.text.data import table
from claimcheck.text.files import read_text
from claimcheck.text.grammar import DETERMINERS, PREPOSITIONS
from claimcheck.text.layout import Layout, read_source, source_place
from claimcheck.text.names import normalize
from claimcheck.text.numbers import (
    NUMBER_WORD_PATTERN,
    NUMERAL_RE,
    counts_things,
    find_numbers,
    iter_number_words,
    parse_number,
    parse_numeral,
)
from claimcheck.text.quoting import shorten
from claimcheck.text.records import built, copier, maker, replaced
from claimcheck.text.sentences import split_sentences, trim
from claimcheck.text.words import (
    STOPWORDS,
    concept,
    concepts,
    content_words,
    irregular_base,
    is_dictionary_word,
)

__all__ = [
    "BOUND_QUALIFIERS",
    "CLAIM_KINDS",
    "DETERMINERS",
    "EASTER_FESTIVALS",
    "FINDING_KINDS",
    "FIXED_FESTIVALS",
    "MONTHS",
    "MONTH_NAMES",
    "NUMBER_WORD_PATTERN",
    "NUMERAL_RE",
    "PASSAGE_KINDS",
    "PREPOSITIONS",
    "QUALIFIERS",
    "RANK",
    "REPORT_ORDER",
    "SCALE",
    "SECTIONS",
    "SLANT_CATEGORIES",
    "STOPWORDS",
    "UNIT_DAYS",
    "VERDICT_TITLES",
    "Claim",
    "ClaimExtra",
    "ClaimcheckError",
    "Config",
    "Contexts",
    "Document",
    "Fact",
    "FactValue",
    "Finding",
    "Frame",
    "Label",
    "Layout",
    "LoadError",
    "NoteRef",
    "Passage",
    "PluginError",
    "Quantity",
    "Report",
    "Segments",
    "Sentence",
    "Span",
    "Table",
    "TimeRef",
    "astronomical_year",
    "built",
    "claim_extra",
    "claims_of",
    "clock_moment",
    "concept",
    "concepts",
    "content_words",
    "copier",
    "counted",
    "counts_line",
    "counts_things",
    "day_number",
    "day_span",
    "diff_of",
    "display_title",
    "easter",
    "fact_cells",
    "fact_value_text",
    "facts_line",
    "festival_date",
    "find_numbers",
    "finding_spans",
    "grouped",
    "hookimpl",
    "irregular_base",
    "is_dictionary_word",
    "iter_number_words",
    "line_col",
    "maker",
    "month_pattern",
    "normalize",
    "parse_number",
    "parse_numeral",
    "place",
    "read_source",
    "read_text",
    "reasons",
    "replaced",
    "sentence_of",
    "shorten",
    "source_place",
    "span_text",
    "split_sentences",
    "table",
    "timex_days",
    "trim",
    "word_diff",
]
