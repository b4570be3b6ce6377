"""Scopes a figure's own clause gives it apart from its period: a forecast ("predicted to
win 73 seats"), a bar to reach ("76 seats were needed for a majority"), a figure its
own document calls false ("falsely reported over $1 billion in revenue") and what would
have been ("without that shift, the deficit would have been $1.27 trillion").

Each is set against figures of its own scope only: what was predicted, needed, falsely
claimed or what would have been is never a count of what came to be, and an account that
reports one beside the result would otherwise be read as contradicting itself or another
account. Read from the words right before and after the figure (the frame reader's
windows); the words are data (data/frames.toml).
"""

from __future__ import annotations

import re

from claimcheck.text.data import table

_WORDS = table("frames")
#: Auxiliaries of a passive clause ("were understated by", "were needed"); the frame
#: reader reads them too.
PASSIVE_WORDS = frozenset(_WORDS["passive_auxiliaries"])


#: Words that make the figure after them a forecast ("predicted to win 73 seats", "its
#: projected tally of nine", "expects revenue of $5 billion"): frames.toml forecast_words.
_FORECAST_WORDS = frozenset(_WORDS["forecast_words"])
#: Words before a forecast word that set a result against it ("more than expected"):
#: frames.toml forecast_compared_before.
_FORECAST_COMPARED = frozenset(_WORDS["forecast_compared_before"])
#: Words that make a figure after them one its own document calls false ("falsely
#: reported", "fictitious revenue", "fabricated invoices"): frames.toml.
_MISREPORTED_WORDS = frozenset(_WORDS["misreported_words"])
_MISREPORTED_BY = frozenset(_WORDS["misreported_by_words"])
#: How many words before a figure a word calling it false is looked for ("falsely
#: reported over", "fictitious cash of", "fabricated more than").
MISREPORTED_REACH = 3


def misreported_by(before_words: list[str]) -> bool:
    """Whether a word of false change stands before "by" and the figure, with an object
    between ("inflated its sales by up to $310 million", "overstated its profit by") or
    passive ("were understated by 12 percent"): "Consumer prices inflated by 5 percent"
    (no object) is a rise, no false figure."""
    said = [w.lower().strip(".,;:()\"'“”") for w in before_words]
    if "by" not in said:
        return False
    by = len(said) - 1 - said[::-1].index("by")
    for i in range(by - 1, -1, -1):
        if said[i] in _MISREPORTED_BY:
            return by - i > 1 or (i > 0 and said[i - 1] in PASSIVE_WORDS)
    return False


def misreported(before_words: list[str]) -> bool:
    """Whether a word calling a figure false stands in the last few words before it, in
    its clause: "falsely reported over $1 billion", but not "The fraudulent scheme cost
    investors $65 billion" (the scheme's, the loss true) nor "Falsely accused, he spent
    18 years in prison" (another clause). An aside between commas is read past ("falsely
    reported, among other items, over $1 billion")."""
    commas = [i for i, w in enumerate(before_words) if w.endswith(",")]
    if len(commas) >= 2 and commas[-1] - commas[-2] <= MISREPORTED_REACH + 1:
        m, k = commas[-2], commas[-1]
        before_words = [*before_words[:m], before_words[m][:-1], *before_words[k + 1:]]
    for word in reversed(before_words[-MISREPORTED_REACH:]):
        if word.endswith((",", ";", ":", ".")):
            return False
        if word.lower().strip(".,;:()\"'“”") in _MISREPORTED_WORDS:
            return True
    return False


#: How many words before a figure a forecast word is looked for.
FORECAST_REACH = 4


def forecast(before_words: list[str]) -> bool:
    """Whether a forecast word stands in the last few words before a figure, no figure
    between: the figure is what was predicted, never the count that came to be."""
    for i in range(len(before_words) - 1, max(-1, len(before_words) - FORECAST_REACH - 1), -1):
        word = before_words[i]
        low = word.lower().strip(".,;:()\"'“”")
        if word.endswith((",", ";", ":", ".")):
            return False  # "As expected, Labour won 73 seats": the clause it opens is past
        if low in _FORECAST_WORDS:
            # "rose more than expected to 5.2 percent": a result set against the forecast
            return i == 0 or before_words[i - 1].lower() not in _FORECAST_COMPARED
        if any(map(str.isdigit, low)):
            return False
    return False


#: Modal verbs and "have" that make a figure after them what would have been ("would
#: have been $1.27 trillion"): frames.toml counterfactual_modals, counterfactual_have.
_MODALS = frozenset(_WORDS["counterfactual_modals"])
_HAVE = frozenset(_WORDS["counterfactual_have"])


#: Words that may stand between the modal and "have" ("would otherwise have been",
#: "could not have killed"): frames.toml counterfactual_between, and words in -ly.
_BETWEEN = frozenset(_WORDS["counterfactual_between"])


def _modal_before(said: list[str], window: list[str], i: int) -> bool:
    """Whether a modal ("would", "couldn't") stands before the "have" at ``i``, right
    before it or with up to two adverbs between ("would otherwise have", "would not
    easily have")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if window[j].endswith((",", ";", ":", ".")):
            return False  # "would, otherwise, have": no one run of words
        word = said[j].replace("\u2019", "'")
        if word in _MODALS or (word.endswith("n't") and word[:-3] in _MODALS):
            return True
        if word not in _BETWEEN and not (len(word) > 4 and word.endswith("ly")):
            return False
    return False


def counterfactual(before_words: list[str]) -> bool:
    """Whether a modal and "have" stand in the last few words before a figure, in its
    clause and no figure between ("the deficit would have been $1.27 trillion", "could
    have killed 5,000"): what would have been had things gone otherwise, never what was.
    "have" may be glued to the modal ("would've")."""
    window = before_words[-FORECAST_REACH - 3:]  # (the modal up to two words before)
    said = [w.lower().strip(".,;:()\"“”") for w in window]
    for i in range(len(said) - 1, max(-1, len(said) - FORECAST_REACH - 2), -1):
        if any(ch.isdigit() for ch in said[i]) or window[i].endswith((",", ";", ":", ".")):
            return False  # "As they would have known, 40 ships sailed": another clause
        word = said[i]
        modal = (word in _HAVE and _modal_before(said, window, i)) \
            or any(word == m + have for m in _MODALS for have in _HAVE if have[0] != "h")
        if modal:
            # "would have to pay $5 million": what must be done, not what would have been
            return i + 1 >= len(said) or said[i + 1] != "to"
    return False


#: Words that mark the figure right before them, in brackets, as one asked for or
#: foreseen ("$2.627 trillion (requested)", "3.1% (projected)"): frames.toml.
_FORECAST_MARKS = frozenset(_WORDS["forecast_bracket_words"])
_MARK = re.compile(r"\s*[(\[]\s*([A-Za-z]+)\s*[)\]]")


def forecast_marked(right: str) -> bool:
    """Whether the figure is followed by a bracketed mark of a forecast or a request
    ("Deficit $1.101 trillion (requested)" over "$1.087 trillion (actual)"): a budget's
    or a plan's figure, never what came to be."""
    mark = _MARK.match(right)
    return mark is not None and mark.group(1).lower() in _FORECAST_MARKS


#: Words that make a figure a bar to reach, not a count: after it ("76 seats were needed
#: for a majority") or before it ("a majority requires 76 seats"): frames.toml.
_THRESHOLD_AFTER = frozenset(_WORDS["threshold_after_words"])
_THRESHOLD_BEFORE = frozenset(_WORDS["threshold_before_words"])
#: Words after a word of need that make it a bar ("needed to win", "needed for a
#: majority"), and words after "to" that make it what befell them ("needed to be
#: evacuated"): frames.toml.
_THRESHOLD_PURPOSE = frozenset(_WORDS["threshold_purpose_words"])
_THRESHOLD_NOT_PURPOSE = frozenset(_WORDS["threshold_not_purpose_words"])
#: A key that names the seats a majority needs ("Majority Seats", "Seats needed for
#: majority").
MAJORITY_KEY = re.compile(r"(?i)\bmajority\b")
#: Measures a word of need before the figure makes a bar of ("needs 270 electoral votes
#: to win"); elsewhere "needed" before a figure is what it took ("the convoy needed 3
#: days to reach the port").
VOTING_MEASURES = ("votes", "seats", "vote_share")


def threshold(before_words: list[str], after_words: list[str], voting: bool) -> bool:
    """Whether a figure is what was needed ("76 seats were needed for a majority", "needs
    270 electoral votes to win"), told by a word of need right after its noun, or right
    before it for a count of votes or seats, no figure or clause mark between. A length
    of time is never a bar ("3 days were needed": what it took)."""
    for j, word in enumerate(after_words[:FORECAST_REACH]):
        low = word.lower().strip(".,;:()\"'“”")
        if low in _THRESHOLD_AFTER:
            # "76 seats were needed", "270 votes needed to win", but "Twelve people needed
            # hospital treatment", "300 people needed to be evacuated": what befell them
            nxt = [w.lower().strip(".,;:()\"'“”") for w in after_words[j + 1:j + 3]]
            return (j > 0 and after_words[j - 1].lower() in PASSIVE_WORDS) \
                or not nxt or word.endswith((",", ";", ":", ".")) \
                or (nxt[0] in _THRESHOLD_PURPOSE
                    and (len(nxt) < 2 or nxt[1] not in _THRESHOLD_NOT_PURPOSE))
        if any(map(str.isdigit, low)) or word.endswith((",", ";", ":", ".")):
            break
    for word in reversed(before_words[-2:] if voting else ()):
        if word.lower().strip(".,;:()\"'“”") in _THRESHOLD_BEFORE:
            return True
    return False
