"""Grammar words shared by the readers of clauses and passages (``data/grammar.toml``).

The statements plugin parses clauses with them; statement alignment uses them to tell a
passage's names from its function words. One table, so that both agree.
"""

from __future__ import annotations

from claimcheck.text.data import table

_DATA = table("grammar")

#: English prepositions, lower case.
PREPOSITIONS: frozenset[str] = frozenset(_DATA["prepositions"])

#: English determiners and possessives, lower case.
DETERMINERS: frozenset[str] = frozenset(_DATA["determiners"])

#: Determiners that may stand alone for what they count ("all drowned"), lower case.
PRONOUN_DETERMINERS: frozenset[str] = frozenset(_DATA["pronoun_determiners"])
