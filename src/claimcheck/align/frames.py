"""When two figures may be compared at all: their frames.

Precision first. Two figures are compared only when their frames are compatible: the
same measure (or one a part of the other), no clashing subject, the same statistic,
compatible places, and a period stated against the document's own ("a year earlier")
only against another such period. A clash is a reason, in words, that the report gives
for a figure left without a partner. A discrepancy needs more than compatibility: what
both figures measure, or whose they are, must be known and the same (``evidence``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.model import RANK, Claim, Frame, Quantity, TimeRef
from claimcheck.text.calendar import day_span
from claimcheck.text.data import table
from claimcheck.text.grammar import DETERMINERS
from claimcheck.text.measures import LISTED, one_measure, relation
from claimcheck.text.names import normalize
from claimcheck.text.words import STOPWORDS, concept, past_verb, stem

#: What a frame's ``relative`` says of a figure "during that period": a period its
#: document named before, unknown to the sentence (one value, so that "during this
#: period" and "over that period" in two accounts are alike).
ANAPHORIC_PERIOD = "the period named before"
#: The ``relative`` of a length of time several spent at once ("two hours together"):
#: a part of an outing one began earlier (``core.frames``), not the outing's length.
SHARED_TIME = "together"
#: Measures whose figures count things or people: the counted noun must agree too.
COUNTING = frozenset(table("frames")["counting_measures"])
#: Statistics that count the same way: a total of parts is a count.
_COUNTS = frozenset({"count", "total"})
#: Granularities that name a reporting period (a month, a quarter, a year), not a moment.
PERIODS = frozenset({"month", "quarter", "half", "season", "year", "decade", "century"})
#: Reporting periods shorter than a year, each a whole its months are parts of.
SUBYEAR_PERIODS = frozenset({"quarter", "half"})
#: The words that say a figure holds for a period ("in 2031", "for 2031").
PERIOD_PREPOSITIONS = frozenset(table("frames")["period_prepositions"])


#: Each kind of people's word concepts, to their kind ("children" -> "children").
_PERSON_KIND: dict[str, str] = {concept(w): kind for kind, words in
                                table("frames")["person_kinds"].items() for w in words}


def people_kinds(claim: Claim) -> frozenset[str]:
    """The kinds of people a count of people is of, from the words of what it counts ("5
    children" -> {"children"}, "1,023 crew and personnel" -> {"crew"}); empty for anyone
    ("people", "men", "the dead") and for counts of anything else."""
    frame = claim.frame
    if frame is None or frame.counted != "person" or not claim.subject:
        return frozenset()
    return _kinds_named(claim.subject)


@lru_cache(maxsize=16384)
def _kinds_named(subject: str) -> frozenset[str]:
    """The kinds of people the words of ``subject`` name: read once for each subject,
    where every candidate pair of figures asked again for both of its claims."""
    return frozenset(kind for w in _WORD_RE.findall(subject)
                     if (kind := _PERSON_KIND.get(concept(w))) is not None)


_WORD_RE = re.compile(r"[A-Za-z]+")


def person_kind(word: str) -> str | None:
    """The kind of people a word names ("passengers" -> "passengers"), None for none."""
    return _PERSON_KIND.get(concept(word))


def clash(a: Claim, b: Claim) -> str | None:
    """Why two figures may not be compared (a short reason), or None when they may."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return None
    ka, kb = people_kinds(a), people_kinds(b)
    if ka and kb and not ka & kb:
        return f"different people counted ({a.subject} vs {b.subject})"
    same_cell = _same_row_label(fa, fb)
    if same_cell is False:
        return "different rows or columns of labelled figures"
    if same_cell:
        return None  # one row and one column of one table, its header read in one copy
        # only ("Labor 4,540,403 43.95" against "Party Votes %" over "Labor 5,388,184 43.38")
    if fa.measure and fb.measure and relation(fa.measure, fb.measure) is None:
        return f"different measures ({fa.measure_text} vs {fb.measure_text})"
    if fa.statistic != fb.statistic and not {fa.statistic, fb.statistic} <= _COUNTS:
        return f"different statistics ({fa.statistic} vs {fb.statistic})"
    if names_differ(fa.subject_key, fb.subject_key) and not owner_is_place(fa, fb):
        who = (fa.subject or fa.subject_key, fb.subject or fb.subject_key)
        return f"different subjects ({who[0]} vs {who[1]})"
    if names_differ(normalize(fa.place) if fa.place else None,
                     normalize(fb.place) if fb.place else None):
        return f"different places ({fa.place} vs {fb.place})"
    if (fa.scope == "superseded") != (fb.scope == "superseded"):
        return "one is an earlier estimate its document has moved past"
    if (fa.scope == "misreported") != (fb.scope == "misreported"):
        return "one is a figure its own document calls false"
    if (fa.scope == "forecast") != (fb.scope == "forecast"):
        return "one is a forecast, the other what came to be"
    if (fa.scope == "counterfactual") != (fb.scope == "counterfactual"):
        return "one is what would have been, had things gone otherwise, the other what was"
    if (fa.scope == "threshold") != (fb.scope == "threshold"):
        return "one is a bar to reach (what was needed), the other a count"
    if (fa.scope == "part") != (fb.scope == "part"):
        part = fa if fa.scope == "part" else fb
        if part.relative == SHARED_TIME:
            return "one is only the time several spent together, the other the whole"
        if part.relative:
            return f"one counts only part of the event ({part.relative})"
        return ("one counts only part of a place or of an event (\"in the north of\", "
                "\"on its first day\")")
    pa, pb = part_of_span(fa.relative), part_of_span(fb.relative)
    if pa and pb and pa != pb:
        return f"different parts of its span ({fa.relative} vs {fb.relative})"
    if fa.scope == fb.scope == "part" and fa.relative and fb.relative and not (pa and pb) \
            and fa.relative.lower() != fb.relative.lower():
        # "in the first round" against "in the runoff": parts named otherwise than by an
        # opening word and a span
        return f"different parts of the event ({fa.relative} vs {fb.relative})"
    if fa.relative and fb.relative and fa.relative.lower() != fb.relative.lower() \
            and _told_by_event(fa.relative) and _told_by_event(fb.relative):
        return f"different periods ({fa.relative} vs {fb.relative})"
    if bool(fa.relative) != bool(fb.relative) and (fa.period is None or fb.period is None):
        stated, other = (fa, fb) if fa.relative else (fb, fa)
        if stated.relative != ANAPHORIC_PERIOD:
            return f"different periods ({stated.relative} against the document's own)"
        if other.period is not None and other.period.kind == "date" \
                and other.period.granularity in PERIODS:
            # "during that period" against "in 2001": whatever that period was, a year
            # stated on the other side is not known to be it
            return f"different periods ({stated.relative} against {other.period.text})"
    return None


def _told_by_event(relative: str) -> bool:
    """A period told by an event ("before the war", "after the flood": core/frames)."""
    return relative.split(" ", 1)[0] in _EVENT_RELATIVE_WORDS


_EVENT_RELATIVE_WORDS = frozenset(w.split()[0] for w in table("frames")["event_relative_words"])
_PART_OPENERS = frozenset(table("frames")["part_of_period_openers"])
_PART_SPANS = frozenset(table("frames")["part_of_period_spans"])
_SAME_PART: dict[str, str] = dict(table("frames")["part_of_period_same"])


def part_of_span(relative: str | None) -> tuple[str, ...] | None:
    """Which part of an event's span a frame's ``relative`` names ("its opening day" ->
    ("first", "day")), or None when it names none (a period named before, a row label
    such as "Last election"): two figures for two parts ("on its first day", "on its
    final day") are two figures, one for the same part in other words is one."""
    if not relative:
        return None
    words = relative.lower().split()[1:]  # past "its", "the", "their" (core.frames)
    if len(words) < 2 or words[0] not in _PART_OPENERS or words[-1] not in _PART_SPANS:
        return None
    return tuple(_SAME_PART.get(w, w) for w in words)


def owner_is_place(fa: Frame, fb: Frame) -> bool:
    """One figure's owner is where the other holds: "Dengue fever had caused 17,000 deaths
    in Tarsa province" and "Tarsa province had recorded 17,000 deaths" (the cause and the
    place that counts them), not two owners."""
    for x, y in ((fa, fb), (fb, fa)):
        if x.place and y.subject_key and normalize(x.place) == y.subject_key:
            return True
    return False


def same_cell(a: Claim, b: Claim) -> bool:
    """Whether two figures stand in the same row and column of one table layout (the
    same row name or label, the same column): what the sentence around them says of
    whose they are then says nothing more."""
    return bool(a.frame and b.frame and _same_row_label(a.frame, b.frame))


def _same_row_label(fa: Frame, fb: Frame) -> bool | None:
    """For two figures in labelled rows ("Popular vote", "popular_vote1"): True when the
    labels are the same and so are the columns, False when they cannot be one figure
    (labels apart, or one label and two columns), None when it cannot tell ("Seats won"
    against "seats": one label within the other) or they are not both in rows."""
    if fa.source != "row" or fb.source != "row" or not fa.measure_text or not fb.measure_text:
        return None
    if not _column(fa.subject) or not _column(fb.subject):
        return None  # a cell stacked under its label whose column is not known
    if fa.measure and fb.measure and relation(fa.measure, fb.measure) is None:
        return False  # "10 guns" and "8,000" in one cell under "Strength"
    if fa.counted and fb.counted and concept(fa.counted.split()[-1]) != concept(
            fb.counted.split()[-1]):
        return False  # "10 guns" and "6 mortars": one cell, two things counted
    # the names over the columns, where both tell them, say whose: one owner in the
    # first column of one box and the second of another is one column
    one_column = fa.subject == fb.subject
    if fa.subject_key and fb.subject_key:
        if names_differ(fa.subject_key, fb.subject_key):
            return False
        one_column = True
    la, lb = _label(fa.measure_text), _label(fb.measure_text)
    if la == lb:
        return one_column
    if set(la) <= set(lb) or set(lb) <= set(la):
        return None if one_column else False
    return False


def _same_key(fa: Frame, fb: Frame) -> bool:
    """Two key-value lines of the same label, word for word once stemmed (the measure's
    words where the frame read a measure, else the key read as the subject)."""
    la = _label(fa.measure_text or fa.subject or "")
    return bool(la) and la == _label(fb.measure_text or fb.subject or "")


def _column(subject: str | None) -> bool:
    """Whether a labelled figure's subject is its column ("column 2"), as a row's is."""
    return bool(subject and subject.startswith("column "))


def _label(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in text.replace("_", " ").split())


def names_differ(a: str | None, b: str | None) -> bool:
    """Two known names that are not one within the other ("acme" and "acme corp" agree;
    a country and its people's adjective are one name: "chile" and "chilean"; a place
    named by its initials is the place: "u s" and "united state")."""
    if not a or not b or a == b:
        return False
    sa, wa, pa = _name_words(a)
    sb, wb, pb = _name_words(b)
    if sa == sb:
        return False
    if (wa ^ wb) & _OTHER_PLACE_WORDS:
        return True  # "new york city" and "new york", "mexico city" and "mexico": a city
        # and the state or country it is named after
    if _initials_of(wa, sb) or _initials_of(wb, sa):
        return False  # "vat" and "value added tax", "nhs" and "national health service"
    # one within the other, a people's adjective standing for its place ("chilean" in
    # "chile"): a word of one is within the other when its place is among the other's
    return not (pa <= pb or pb <= pa)


#: The longest word read as the initials of a name of several words ("VAT", "NATO").
MAX_INITIALS = 6


def _initials_of(words: frozenset[str], name: str) -> bool:
    """Whether ``words`` is one word that spells the initials of ``name``'s words, its
    small words left out ("vat" of "value added tax", "nhs" of "national health
    service"): a body or a thing named short, which no table need list."""
    if len(words) != 1:
        return False
    (word,) = words
    long = [w for w in name.split() if w not in STOPWORDS]
    return 2 <= len(word) <= MAX_INITIALS and len(long) == len(word) \
        and "".join(w[0] for w in long) == word


#: Words that, added to a place's name, name another place ("Kansas City", "Kansas").
_OTHER_PLACE_WORDS = frozenset(table("frames")["other_place_words"])


#: A place and its people's adjective, each the same word: "chilean" -> "chile".
_PLACE_OF: dict[str, str] = {
    adjective: place for place, adjectives in table("demonyms")["demonyms"].items()
    for adjective in adjectives}


#: Places and bodies named by their initials, as the names they stand for (normal forms;
#: data/demonyms.toml [short_names]).
_SPELT_OUT: dict[str, str] = {
    short: full for full, shorts in table("demonyms")["short_names"].items()
    for short in shorts}
_INITIALS = re.compile(r"\b(?:" + "|".join(
    re.escape(s) for s in sorted(_SPELT_OUT, key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=16384)
def _spelt_out(name: str) -> str:
    """``name`` with the initials of a place or body written out ("u s army" -> "united
    state army"): read once for each name, where every candidate pair asked for both."""
    return _INITIALS.sub(lambda m: _SPELT_OUT[m.group()], name)


@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """A name spelt out (``_spelt_out``), its words, and its words with each people's
    adjective read as its place ("chilean" -> "chile"): read once for each name, where
    every candidate pair of a corpus asked ``names_differ`` for both of its names."""
    spelt = _spelt_out(name)
    words = frozenset(spelt.split())
    return spelt, words, frozenset(_PLACE_OF.get(w, w) for w in words)


def evidence(a: Claim, b: Claim) -> bool:
    """Whether two figures are known to be about one thing, enough to call a difference
    between them a discrepancy: the same statistic, what they count compatible, and the
    same named subject or the same measure named by more than a suggestive word (on one
    side at least). A count whose noun is unknown ("42 were destroyed") is not enough."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return True  # claims from a plugin that fills no frames: as before
    ka, kb = _whose_or_where(fa, fb), _whose_or_where(fb, fa)
    if _far_apart(a, b) and not (ka and ka == kb):
        return False  # "14,492 wounded" against a "1,288" in a table of officers
    if fa.source == fb.source == "row":
        same = _same_row_label(fa, fb)  # the same column of rows with one label
        if same is None and fa.subject == fb.subject and _column(fa.subject) \
                and fa.measure and fa.measure == fb.measure \
                and not (fa.measure_weak or fb.measure_weak):
            return True  # "Casualties and losses: 66 killed" and "Casualties: 82 killed"
            # in one column: one label within the other, and they read one measure
        return bool(same)
    if fa.source == fb.source == "key_value" and _same_key(fa, fb):
        return True  # "Lowest pressure 966 hPa" and "Lowest pressure: 955 hPa": one
        # infobox line in two copies, whatever measure its label names
    if _ranks_of_one_owner_only(a, b):
        return False  # "Hurricane Katrina was the fourth deadliest disaster" against "the
        # 1906 earthquake ... the third deadliest disaster"
    if fa.statistic != fb.statistic and not (
            {fa.statistic, fb.statistic} <= _COUNTS and fa.measure == fb.measure
            and (LISTED in (fa.measure or "") or _one_specific_count(fa, fb))
            and _close(a, b)):
        return False  # "a total of 972,214" against a count of some of them (but "a
        # combined tally of 22,717 dead, wounded, or missing" and "22,727 dead, wounded,
        # or missing on both sides": one list of kinds, so one sum, a few parts in a
        # hundred apart; "resident" against "apportionment" population stay apart)
    if places_counted(a, b):
        return True  # "in 14 countries" against "in 13 countries"
    counts = fa.statistic in _COUNTS and _is_count(a) and _is_count(b) and not (
        _measures_amount(fa) and one_measure(fa.measure, fb.measure))
    same_noun = bool(fa.counted and fb.counted and concept(fa.counted) == concept(fb.counted)) \
        or bool(a.subject_key and a.subject_key == b.subject_key) \
        or _one_narrow_measure(fa, fb)  # "ships" = "vessels"
    if counts and not same_noun and not fa.source == fb.source != "sentence" and not (
            ka and kb and not names_differ(ka, kb) and _close(a, b)):
        return False  # (but "Wyoming (563,626)" and "Wyoming (563,826)": one owner, and
        # values a few parts in a hundred apart, are one count that differs; so are
        # "Breckinridge, 850,082" and a row "John Breckinridge | Joseph Lane | 848,019")
    if ka and kb and not names_differ(ka, kb) and (
            (ka == fa.subject_key and kb == fb.subject_key) or one_measure(fa.measure, fb.measure)):
        return True  # (one's country read as whose, the other's as where: "Death toll in
        # the US was 69,800" and "116,000 deaths in the United States", of one measure)
    if one_measure(fa.measure, fb.measure) and same_noun and _close(a, b):
        return True  # "1,195 men aboard" and "1,196 crewmen aboard": weak words, but one
        # measure of the same people, a few parts in a hundred apart
    if one_kind_of_people(a, b):
        return True  # "with 245 passengers ... on board" and "Of the 250 passengers ...
        # on board": one kind of people counted, nothing said befell them, a few parts in
        # a hundred apart
    if _kinds_of_people_apart(a, b):
        return False  # "52 officers" and "133 European Colonial troops" among the losses:
        # two kinds of the dead, parts of one toll, not one figure told two ways
    return bool(fa.measure and fb.measure and relation(fa.measure, fb.measure) is not None
                and not (fa.measure_weak and fb.measure_weak))


def one_kind_of_people(a: Claim, b: Claim) -> bool:
    """Two counts of one kind of people ("245 passengers", "250 passengers"), or of one
    noun in the hundreds or more ("141,000 vehicles daily", "140,000 vehicles daily"),
    no measure read for either, at most CLOSE_SHARE apart: one count told two ways. (A
    few things of one noun, "3 ships", are too common to be one count by that alone.)"""
    fa, fb = a.frame, b.frame
    if not (fa and fb and fa.measure is None and fb.measure is None and _close(a, b)):
        return False
    if (kinds := people_kinds(a)) and kinds == people_kinds(b):
        return True
    va, vb = a.value, b.value
    return bool(fa.counted and fa.counted != "person" and fb.counted
                and concept(fa.counted) == concept(fb.counted)
                and isinstance(va, Quantity) and isinstance(vb, Quantity)
                and min(va.low, vb.low) >= MANY_OF_ONE_NOUN)


#: The fewest things of one noun that, counted alike on both sides, make one count.
MANY_OF_ONE_NOUN = 100


def _one_specific_count(fa: Frame, fb: Frame) -> bool:
    """Two frames of one narrow measure (a kind of a broader one in the hierarchy, named
    by more than a weak word) counting the same noun: "a total of 97 fatalities" and "96
    fatalities" count one toll (with values close, the caller asks), where "a total of
    5,000 casualties" against "4,900 killed" sets a sum of kinds against one kind, and
    "a total population" against "the apportionment population" two tallies of a broad
    measure."""
    return _same_narrow_measure(fa, fb) and bool(fa.counted) and fa.counted == fb.counted


def _same_narrow_measure(fa: Frame, fb: Frame) -> bool:
    """One narrow measure on both sides (a kind of a broader one in the hierarchy,
    "casualties.killed"), named by more than a weak word on each."""
    return bool(fa.measure and "." in fa.measure and fa.measure == fb.measure
                and not fa.measure_weak and not fb.measure_weak)


#: Measures of what befell people, whose "lives" are the people counted (frames.toml).
_LOSS_MEASURES = tuple(table("frames")["loss_measures"])
#: Counted nouns that, for those measures, count the same people.
_PEOPLE_COUNTED = frozenset(("person", *table("frames")["lives_nouns"]))


#: Nouns that count people without saying which (data/frames.toml generic_people).
_GENERIC_PEOPLE = frozenset(table("frames")["generic_people"])


def _kinds_of_people_apart(a: Claim, b: Claim) -> bool:
    """Two counts of people each naming a kind of its own, and different kinds ("52
    officers", "133 European Colonial troops"): neither names people in general ("300
    people", "victims"), which could be the other's toll told plainly."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not (fa.counted == fb.counted == "person"):
        return False
    ka, kb = a.subject_key, b.subject_key
    if not ka or not kb:
        return False
    heads = ka.split()[-1], kb.split()[-1]  # ("official death toll": a toll)
    return heads[0] not in _GENERIC_PEOPLE and heads[1] not in _GENERIC_PEOPLE \
        and heads[0] != heads[1] and names_differ(ka, kb)


def _one_narrow_measure(fa: Frame, fb: Frame) -> bool:
    """One narrow measure (a kind of a broader one, not a weak word) on both sides, one
    of them naming no noun: "the number of deaths was 1.1 million worldwide and 116,000
    in the United States" counts the dead as "Death toll in the US was 69,800" does; or,
    of a loss of people, one counting people and the other lives."""
    if not _same_narrow_measure(fa, fb):
        return False
    if (fa.counted is None) != (fb.counted is None):
        return True
    # "two hundred lost their lives" and "250 lives were lost": the dead, as people
    return bool(fa.measure) and fa.measure.startswith(_LOSS_MEASURES) \
        and {fa.counted, fb.counted} <= _PEOPLE_COUNTED


def _whose_or_where(frame: Frame, other: Frame) -> str | None:
    """Whose a figure is (its subject's key), or, where it names no one but the other
    names someone, where it holds: a country's toll is read as whose in one account
    ("Death toll in the US was 69,800") and as where in another ("116,000 in the United
    States")."""
    if frame.subject_key or not other.subject_key or not frame.place:
        return frame.subject_key
    return normalize(frame.place) or None


def _ranks_of_one_owner_only(a: Claim, b: Claim) -> bool:
    """Two places in one order, whose ranked thing is named on one side only ("Hurricane
    Katrina was the fourth deadliest disaster in US history" against "the 1906 earthquake
    was the third deadliest"): an order holds many things, each at its own place, so a
    rank is only checked against another of the same thing (both owners named and one,
    as "Minnesota's third-busiest" and "Minnesota's fifth busiest", or neither named)."""
    va, vb = a.value, b.value
    return isinstance(va, Quantity) and isinstance(vb, Quantity) \
        and va.dimension == vb.dimension == RANK and a.frame is not None \
        and b.frame is not None and bool(a.frame.subject_key) != bool(b.frame.subject_key)


#: Nouns of places a figure may count ("in 14 countries").
PLACE_NOUNS = frozenset(concept(w) for w in table("frames")["place_nouns"])
#: How far apart two counts of places may lie and still be one count told two ways.
PLACES_SHARE = 0.15


def places_counted(a: Claim, b: Claim) -> bool:
    """Two counts of one kind of place, with no measure named, a few apart ("killing
    227,898 people in 14 countries", "displaced ... in 13 countries"; "across 28 US
    states", "from 26 states"): the places an event touched, one count two sources give."""
    fa, fb = a.frame, b.frame
    va, vb = a.value, b.value
    if fa is None or fb is None or not isinstance(va, Quantity) \
            or not isinstance(vb, Quantity):
        return False
    if fa.statistic != fb.statistic:
        return False
    noun = place_counted(fa)
    if noun is None or place_counted(fb) != noun:
        return False
    x, y = va.high, vb.high
    return 0 < x < 1000 and 0 < y < 1000 and abs(x - y) <= PLACES_SHARE * max(x, y)


def place_counted(frame: Frame) -> str | None:
    """The kind of place a figure with no measure of its own counts ("in 14 countries" ->
    the concept of "country"), else None (blocking and ``places_counted`` read it alike)."""
    if frame.measure or not frame.counted:
        return None
    noun = concept(frame.counted.split()[-1])
    return noun if noun in PLACE_NOUNS else None


def same_counted(a: Claim, b: Claim) -> bool:
    """Both figures count the same noun ("news organizations", "countries") with the same
    statistic, and their values are not many times apart."""
    fa, fb = a.frame, b.frame
    return bool(fa and fb and fa.counted and fb.counted and fa.statistic == fb.statistic
                and concept(fa.counted) == concept(fb.counted) and not _far_apart(a, b))


#: Values this many times apart are more often two things (an army's count against its
#: officers', a year's total against a quarter's) than one count that two sources give
#: differently: a difference that large is a discrepancy only between figures of one named
#: owner.
FAR_APART = 4.0


def _far_apart(a: Claim, b: Claim) -> bool:
    va, vb = a.value, b.value
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return False
    x, y = abs(va.low + va.high) / 2, abs(vb.low + vb.high) / 2
    return min(x, y) > 0 and max(x, y) >= FAR_APART * min(x, y)


#: How far apart two counts of one owner may lie and still be taken for one count whose
#: noun neither source says: a transcription or a revision, not another measure.
CLOSE_SHARE = 0.05


def _close(a: Claim, b: Claim) -> bool:
    va, vb = a.value, b.value
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return False
    x, y = (va.low + va.high) / 2, (vb.low + vb.high) / 2
    return x > 0 and y > 0 and abs(x - y) <= CLOSE_SHARE * max(x, y)


def _measures_amount(frame: Frame) -> bool:
    """A measure of an amount or a size (a magnitude, a revenue), not a count of things:
    its figures need no counted noun to be one measure."""
    return bool(frame.measure) and not frame.measure_weak and not any(
        frame.measure == m or frame.measure.startswith(m + ".")  # type: ignore[union-attr]
        for m in COUNTING)


def _is_count(claim: Claim) -> bool:
    value = claim.value
    return getattr(value, "dimension", None) in (None, "count")


def part_of(a: Frame | None, b: Frame | None) -> str | None:
    """"part" when a's measure is a kind of b's, "whole" for the reverse, else None."""
    if a is None or b is None or not a.measure or not b.measure:
        return None
    found = relation(a.measure, b.measure)
    return found if found in ("part", "whole") else None


#: Relations of a figure's date that make it a running count ("as of 14 June 2015").
RUNNING = frozenset(table("frames")["running_relations"])
#: Measures that only grow as an event goes on (tolls, counts of cases).
ACCUMULATING = frozenset(table("frames")["accumulating_measures"])


def running_against_undated(a: Claim, b: Claim) -> str | None:
    """The date of the running count, when one figure is a count as it stood on a date
    ("As of 14 June 2015, ... 14 people have died") of a measure that only grows (a toll,
    cases) and the other, larger, states no date at all ("a death toll of 38"): the
    undated count may be the toll at a later moment, so the difference is no
    contradiction. A running count above the undated one ("As of December 2005, 6,434
    lost their lives" against "5,502 killed") is not explained by growth. None otherwise."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.measure or not fb.measure \
            or fa.measure.split(".")[0] not in ACCUMULATING \
            or fb.measure.split(".")[0] not in ACCUMULATING:
        return None
    pa, pb = fa.period, fb.period
    va, vb = a.value, b.value
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return None
    for p, q, low, high in ((pa, pb, va.high, vb.low), (pb, pa, vb.high, va.low)):
        if p is not None and q is None and p.relation in RUNNING and low < high:
            return p.text
    for x, y, low, high in ((fa, fb, va.high, vb.low), (fb, fa, vb.high, va.low)):
        if x.scope == "running" and y.period is None and low < high \
                and (y.scope != "running" or a.doc != b.doc):
            return "when its source was written"  # "22 of these patients have died"
            # against "180 cases including 29 deaths"; two sources' counts "so far",
            # each as it stood when its source was written, at two moments unknown
    return None


def running_growth(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """(earlier, later) when both figures count a measure that only grows (a toll,
    cases), each as it stood on its own date, at least one said so ("as of 3 June", "by
    10 June"), the two dates apart and the later count no smaller ("140 dead as of 3
    June", "190 dead as of 10 June"): one count at two moments, a change over time, not a
    disagreement. A later count below an earlier one is not explained by growth (None)."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.measure or fa.measure != fb.measure \
            or fa.measure.split(".")[0] not in ACCUMULATING:
        return None
    pa, pb = fa.period, fb.period
    va, vb = a.value, b.value
    if pa is None or pb is None or not isinstance(va, Quantity) \
            or not isinstance(vb, Quantity):
        return None
    if pa.relation not in RUNNING and pb.relation not in RUNNING:
        return None
    sa, sb = day_span(pa), day_span(pb)
    if sa is None or sb is None:
        return None
    if sa[1] < sb[0]:
        earlier, later, low, high = a, b, va.low, vb.high
    elif sb[1] < sa[0]:
        earlier, later, low, high = b, a, vb.low, va.high
    else:
        return None
    return (earlier, later) if high >= low else None


def other_periods(a: Claim, b: Claim) -> bool:
    """Two reporting periods (months, quarters, years) that do not overlap: the same
    measure at two times is a change over time, not a disagreement."""
    pa = a.frame.period if a.frame else None
    pb = b.frame.period if b.frame else None
    if pa is None or pb is None:
        return False
    sa, sb = day_span(pa), day_span(pb)  # (by day numbers: "9 BC" against "AD 9")
    if sa is None or sb is None:
        # "In November" with no year told against "October 2009": whatever the year,
        # two months of the calendar apart are two periods
        ma, mb = _month_of(pa), _month_of(pb)
        return ma is not None and mb is not None and ma != mb
    if pa.granularity not in PERIODS and pb.granularity not in PERIODS:
        return False
    return sa[1] < sb[0] or sb[1] < sa[0]


def _month_of(period: TimeRef) -> int | None:
    """The month of the calendar a month's period names, with or without its year
    ("XXXX-11", "2009-10"); None for any other period."""
    timex = period.timex or ""
    if period.granularity != "month" or len(timex) != 7 or timex[4] != "-":
        return None
    return int(timex[5:]) if timex[5:].isdigit() else None


#: A period at least this many times as long as one inside it is another period: a year's
#: income is a part of three years' income, not one figure told twice.
NESTED_TIMES = 2


def nested_periods(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """(part, whole) when one figure holds for a reporting period (a month, a quarter, a
    year) inside the other's stated span at least NESTED_TIMES as long ("$3.055 billion
    in 2001" against "$9 billion" from 1999 through the first quarter of 2002; "40,000
    cars in March" against "52,000 in the first quarter"): a part of the period, not the
    same measurement. None otherwise."""
    pa = a.frame.period if a.frame else None
    pb = b.frame.period if b.frame else None
    sa, sb = day_span(pa), day_span(pb)
    if pa is None or pb is None or sa is None or sb is None:
        return None
    for (p, sp, x), (q, sq, y) in (((pa, sa, a), (pb, sb, b)), ((pb, sb, b), (pa, sa, a))):
        inner, outer = sp[1] - sp[0] + 1, sq[1] - sq[0] + 1
        # (a year is a whole when the figure is said to hold for it, "in 2031", "for
        # 2031"; written before a noun it names an event, "the 2031 outbreak"; a quarter
        # or a half-year is a reporting period however it is written)
        if (p.granularity in PERIODS and sq[0] <= sp[0] and sp[1] <= sq[1]
                and outer >= NESTED_TIMES * inner
                and (outer > 366 or q.granularity in SUBYEAR_PERIODS
                     or q.relation in PERIOD_PREPOSITIONS)):
            return x, y
    return None


def year_unsaid(a: Claim, b: Claim) -> str | None:
    """The document that leaves out the year, when two dates differ in nothing else
    ("October 11" read as 2006 in one account and 2005 in the other, "the fourth quarter"
    as 2008 and 2009, the year taken from the text around it), else None: what the
    sentences state agrees, and a year read elsewhere is no statement to contradict."""
    va, vb = a.value, b.value
    if not (isinstance(va, TimeRef) and isinstance(vb, TimeRef)) or va.kind != vb.kind \
            or va.kind not in ("date", "range") or va.granularity != vb.granularity \
            or va.granularity not in ("day", "month", "quarter", "half", "season") or None in (
                va.earliest, va.latest, vb.earliest, vb.latest):
        return None
    unsaid = [c.doc for c, v in ((a, va), (b, vb)) if v.year_source != "stated"]
    if not unsaid or va.earliest.year == vb.earliest.year:
        return None
    if not _same_days_of_year(va, vb):
        return None
    return unsaid[0]


def years_unsaid_apart(a: Claim, b: Claim) -> bool | None:
    """For two dates neither of which states its year, read as different years from the
    text around each: True when they name the same days of the year ("On 14 December" in
    two states of one article, one read as 2018 from a figure "in 2018" above it, the
    other as 2019), False when they name other days; None when a year is stated or both
    were read alike. The years are the reader's guess, not the sources' word: the same
    days are one day told twice, and other days stand as far apart as their guesses."""
    va, vb = a.value, b.value
    if not (isinstance(va, TimeRef) and isinstance(vb, TimeRef)) or "stated" in (
            va.year_source, vb.year_source) or va.kind not in ("date", "range") \
            or vb.kind not in ("date", "range") or None in (
                va.earliest, va.latest, vb.earliest, vb.latest):
        return None
    if va.earliest.year == vb.earliest.year:
        return None
    return _same_days_of_year(va, vb)


def _same_days_of_year(va: TimeRef, vb: TimeRef) -> bool:
    return (va.earliest.month, va.earliest.day, va.latest.month, va.latest.day) == (  # type: ignore[union-attr]
        vb.earliest.month, vb.earliest.day, vb.latest.month, vb.latest.day)  # type: ignore[union-attr]


#: Words that tell a state as it is at the writer's own present ("now", "currently"):
#: data/frames.toml present_state_words.
_NOW = re.compile(r"(?i)\b(?:" + "|".join(
    re.escape(w) for w in sorted(table("frames")["present_state_words"], key=len,
                                 reverse=True)) + r")\b")


def present_against_past(a: Claim, b: Claim, texts: dict[str, str]) -> Claim | None:
    """The figure told of its writer's present ("The community now has a population
    around 200") when the other is dated to a stated period ("By April 1903 the
    population had reached 600") and it has none: what a place or a body is now is no
    account of what it was then. None otherwise. Read in the figure's sentence, where a
    figure with a date of its own would have taken it as its period."""
    for x, y in ((a, b), (b, a)):
        fx, fy = x.frame, y.frame
        if fx is None or fy is None or fx.period is not None or fy.period is None \
                or fy.period.earliest is None or x.sentence is None:
            continue
        if _present_said(texts[x.doc], x.sentence, x):
            return x
    return None


#: Marks that set a clause or an aside apart (a comma not inside a figure, "1,200").
_CLAUSE_MARK = re.compile(r"[;:()\u2013\u2014]|,(?!\d)")


def _present_said(text: str, sentence: tuple[int, int], claim: Claim) -> bool:
    """Whether a word of the present (``_NOW``) stands in ``claim``'s own clause: no clause
    mark between the two ("The town now has 200 people"), or the word opening the
    sentence ("Currently, the club has 40,000 members"). Why: "now" in an aside set off
    by commas ("The battle, now seen as a turning point, cost 5,000 dead") or glued to
    an adjective ("the now-defunct airline carried 2 million") tells of another thing,
    and the figure may be a count of the past that a dated one contradicts."""
    start, end = sentence
    for word in _NOW.finditer(text, start, end):
        if text[word.end():word.end() + 1] in ("-", "\u2010", "\u2011"):
            continue  # "the now-defunct airline"
        if word.end() <= claim.start:
            between = text[word.end():claim.start]
            if not text[start:word.start()].strip(" \t\n\"'\u201c\u2018("):
                between = between.lstrip(" ").removeprefix(",")  # "Currently, the club"
        else:
            between = text[claim.end:word.start()]
        if _CLAUSE_MARK.search(between) is not None:
            continue
        # the clause's words up to the figure (or to the word after it): "Napoleon now
        # had 70,000 men", "the garrison now numbered 1,200" tell the story's moment in
        # the past tense, no state of the writer's present ("has now reached 200" does)
        opened = max((m.end() for m in _CLAUSE_MARK.finditer(text, start, word.start())),
                     default=start)
        said = [w.lower() for w in _CLAUSE_WORD.findall(
            text, opened, max(claim.start, word.end()) if word.end() <= claim.start
            else word.start())]
        if not any(w in _PAST_AUXILIARIES or past_verb(w) for w in said) \
                or any(w in _PRESENT_AUXILIARIES for w in said):
            return True
    return False


_CLAUSE_WORD = re.compile(r"[A-Za-z']+")
#: Verbs that put a clause in the past ("had", "was") or the present ("has", "is"): with
#: a past one and no present one, "now" is the story's moment, not the writer's.
_PAST_AUXILIARIES = frozenset(table("frames")["past_tense_auxiliaries"])
_PRESENT_AUXILIARIES = frozenset(table("frames")["present_tense_auxiliaries"])

#: The place a distance is counted from, right after the figure ("0.75 nmi from the
#: departure end of runway 36", "two miles (3 km) from the White House", "63 km south of
#: Manila"): its words up to a clause mark.
_REFERENCE = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:([a-z-]+)[ \t]+)?(from|of)[ \t]+([^.,;:()\n]{1,60})")
#: A bare noun right after "of" with no word between it and the figure: what the length
#: is of ("40 km of road", "300 miles of track", "42 km of city streets"), no place.
_MATERIAL = re.compile(r"[a-z]")
_REFERENCE_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_REFERENCE_STOP = frozenset(table("stopwords")["words"])


#: Nouns that may stand for the place the other account names ("the capital": Manila).
_STANDINS = frozenset(concept(w) for w in table("frames")["standin_places"]) | PLACE_NOUNS


def _reference(claim: Claim, text: str) -> frozenset[str] | None:
    """The words of the place a distance is counted from (``_REFERENCE``), lowered, no
    stopwords; None when the figure names none, or names it only by a noun that may stand
    for a named place ("south of the capital", "from the coast")."""
    found = _REFERENCE.match(text, claim.end)
    if found is None:
        return None
    place = found.group(3)
    if found.group(2) == "of" and found.group(1) is None and _MATERIAL.match(place) \
            and place.split()[0] not in DETERMINERS:
        return None  # "a distance of 42 km of city streets": what it is a length of
    words = frozenset(w.lower() for w in _REFERENCE_WORD.findall(place)
                      if w.lower() not in _REFERENCE_STOP)
    if all(concept(w) in _STANDINS for w in words):
        return None
    return words


def distances_from_apart(a: Claim, b: Claim, text_a: str, text_b: str) -> bool:
    """Whether two distances are counted from places that share no word ("0.75 nmi from
    the departure end of runway 36" against "two miles from the White House"): how far
    a thing lay from two places, no one distance told twice."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not (fa.measure or "").startswith("distance") \
            or not (fb.measure or "").startswith("distance"):
        return False
    da, db = _direction(a, text_a), _direction(b, text_b)
    if da and db and da != db:
        return True  # "40 miles east of Miami" against "60 miles west of Miami"
    ra, rb = _reference(a, text_a), _reference(b, text_b)
    return ra is not None and rb is not None and not ra & rb


#: Points of the compass a distance is counted toward ("east of Miami"): data/frames.toml.
_COMPASS = frozenset(table("frames")["compass_words"])


def _direction(claim: Claim, text: str) -> str | None:
    """The point of the compass right after a distance ("40 miles east of Miami"), lowered
    and without hyphens, else None."""
    found = _REFERENCE.match(text, claim.end)
    word = (found.group(1) or "").replace("-", "") if found is not None else ""
    return word if word in _COMPASS else None
