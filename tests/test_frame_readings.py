"""Frames read from sentences and rows that used to mislead them: whose figure it is when
a place clause comes before the owner, "The" opens the name, a date stands between owner
and figure, or a source or a capitalised adjective opens the sentence; a share of votes
named by "votes"; a loss of men; a row of figures with units for an earlier period. Texts
made up for these tests, across fields (elections, epidemics, disasters, wars, companies)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.text.names import normalize

from .test_frames import check, frame_of, paired


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a place clause before the owner is where, the owner is still whose
        ("In Valdoria, the Farmers' Union ended up with 37 seats in 1950.", "37",
         "farmers' union"),
        ("In the north, the Harbour Company shipped 4,200 containers in May.", "4,200",
         "harbour company"),
        # "The" opening the sentence is no part of the name, nor a reason to drop it
        ("The Liberal Party took 43.5 percent of the vote in Ostmark in 2013.", "43.5 percent",
         "liberal party"),
        ("The Orvand Mining Corporation produced 12,400 tonnes of copper.", "12,400 tonnes",
         "orvand mining corporation"),
        # a date between the owner and the figure is when, not a figure of its own
        ("The armoured strength of the Kessel Army on 10 October 1956 was 48 tanks.", "48",
         "kessel army"),
        ("The population of Mirova on 1 January 2020 stood at 81,500.", "81,500", "mirova"),
        # a one-word name opening the sentence stays the owner
        ("Smith won 1,204,118 votes.", "1,204,118", "smith"),
    ],
)
def test_whose_figure_it_is(text: str, figure: str, owner: str) -> None:
    assert frame_of(text, figure).subject_key == normalize(owner)


@pytest.mark.parametrize(
    ("text", "figure", "not_owner"),
    [
        # the figure's source is not whose it is
        ("Government figures counted 24,000 houses destroyed by the flood.", "24,000",
         "government"),
        # a source introduced by "according to" says so; the figure is not its own
        ("According to the Ostmark Electoral Office, the electorate in 2031 was 4.2 million.",
         "4.2 million", "ostmark electoral office"),
        ("According to Harbour Authority figures, 4,100 ships called at the port in 1990.",
         "4,100", "harbour authority"),
        ("The port, according to Harbour Authority figures, handled 4,100 ships in 1990.",
         "4,100", "harbour authority"),
        # whom figures were reported to is not whose they are
        ("Cases have been reported to the Health Bureau from 14 provinces.", "14",
         "health bureau"),
        ("By March, 412 claims had been submitted to the Pensions Office.", "412",
         "pensions office"),
        # whom a speaker addresses is not whose the figure is
        ("The total of men under arms, if your Lordship will take them, were 4,310.",
         "4,310", "lordship"),
        ("My Lord, the garrison numbered 1,250 when the siege began.", "1,250", "lord"),
        ("Your Honour, the company paid out 812 claims that year.", "812", "honour"),
        # a name before the places counted is where they lie
        ("The blight spread across 17 EU countries in 2031.", "17", "eu"),
        # a capitalised adjective opening the sentence is not a name
        ("Local health officials had recorded some 84,000 cases of cholera in Tarsa province.",
         "84,000", "local"),
        ("Regional authorities counted 3,100 evacuees from the valley.", "3,100", "regional"),
        # a place is where, not whose ("in Houston, Texas")
        ("The storm flooded 2,300 homes in Houston, Texas.", "2,300", "texas"),
        # the agent of a passive is who did it, not whose figure it is
        ("Acme was named supplier of the year by Globex for five consecutive years.",
         "five consecutive years", "globex"),
        ("The Elm Street bridge was closed by Metro Transit for 18 months.",
         "18 months", "metro transit"),
    ],
)
def test_not_whose_figure_it_is(text: str, figure: str, not_owner: str) -> None:
    assert frame_of(text, figure).subject_key != not_owner


def test_ending_up_with_a_figure_is_no_change() -> None:
    assert frame_of("The Greens ended up with 12 seats.", "12").statistic == "count"
    assert frame_of("The Greens were up 12 seats.", "12").statistic == "change"


def test_a_share_of_votes_is_a_vote_share_whatever_names_the_votes() -> None:
    cast = frame_of("The Liberal Party took 43.5% of votes cast in Ostmark.", "43.5%")
    vote = frame_of("The Liberal Party took 43.5 percent of the vote in Ostmark.",
                    "43.5 percent")
    assert cast.measure == vote.measure == "vote_share"
    # a count of votes stays a count of votes
    assert frame_of("The Liberal Party won 1,204,118 votes.", "1,204,118").measure == "votes"
    report = check("The Liberal Party took 43.5% of votes cast in Ostmark in 2013.",
                   "In 2013 the Liberal Party won 47.1 percent of the vote in Ostmark.")
    assert paired(report, "43.5%", "47.1 percent") == ["discrepancy"]


def test_an_army_losing_men_counts_casualties_and_a_party_losing_seats_changes() -> None:
    lost = frame_of("The Kessel Army lost 7,700 men at Dornau in August 1974.", "7,700")
    assert lost.statistic == "count" and lost.measure.startswith("casualties")
    assert frame_of("The Greens lost 5 seats in the election.", "5").statistic == "change"


def test_losses_meet_the_dead_they_include() -> None:
    """"lost 7,700 men" and "7,700 dead" agree; against "9,700 dead" the dead are a part of
    the losses, so the two are not comparable, never a discrepancy."""
    lost = "The Kessel Army lost 7,700 men in the fighting at Dornau during August 1974."
    same = "The battle of Dornau in August 1974 cost the Kessel Army 7,700 dead."
    other = "The battle of Dornau in August 1974 cost the Kessel Army 9,700 dead."
    assert paired(check(lost, same), "7,700", "7,700") == ["agreement"]
    assert "discrepancy" not in paired(check(lost, other), "7,700", "9,700")


def test_a_row_of_figures_with_one_unit_is_a_row_and_its_label_names_the_measure() -> None:
    frame = frame_of("Seats held before 60 seats 87 seats\n", "87")
    assert frame.source == "row" and frame.measure == "seats"
    # a sentence with figures and units is no row
    assert frame_of("Labor took 60 seats and the coalition 87 seats.\n", "87").source \
        == "sentence"


@pytest.mark.parametrize("label", ["Last election", "Previous year", "Prior quarter"])
def test_a_row_for_an_earlier_period_is_not_compared_with_this_one(label: str) -> None:
    earlier = f"{label} 60 seats 87 seats\n"
    assert frame_of(earlier, "87").relative
    report = check(earlier, "Seats won 83 65\n")
    assert "discrepancy" not in paired(report, "87", "83")
    # the same rows for the same period still disagree
    report = check("Seats won 60 seats 87 seats\n", "Seats won 83 65\n")
    assert paired(report, "60", "83") == ["discrepancy"]


def test_houses_and_buildings_are_two_counts_not_one() -> None:
    """Both name the buildings measure, but houses are some of the buildings: a count of
    one is no discrepancy with a count of the other (synonyms, "warplanes" and "aircraft",
    would be one count: see claimcheck-korea's tests)."""
    report = check("The quake destroyed 30,000 commercial buildings in the capital.",
                   "The quake destroyed 97,294 houses in the capital.")
    assert "discrepancy" not in paired(report, "30,000", "97,294")


def test_the_cause_and_the_place_that_counts_are_one_owner() -> None:
    """"Cholera had caused 17,000 deaths in Tarsa province" and "Tarsa province had
    recorded 17,000 deaths": the cause against the place, not two owners."""
    a = "Cholera had caused 17,000 deaths in Tarsa province by October 1987."
    assert paired(check(a, "By October 1987 Tarsa province had recorded 17,000 deaths "
                           "from cholera."), "17,000", "17,000") == ["agreement"]
    assert paired(check(a, "By October 1987 Tarsa province had recorded 19,000 deaths "
                           "from cholera."), "17,000", "19,000") == ["discrepancy"]
    # another province is still another owner
    assert paired(check(a, "By October 1987 Velna province had recorded 19,000 deaths "
                           "from cholera."), "17,000", "19,000") == []


def test_others_are_people() -> None:
    report = check("The flood injured 1,300 others in the valley.",
                   "The flood injured 1,300 people in the valley.")
    assert paired(report, "1,300", "1,300") == ["agreement"]


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("The least populous were Wyoming (563,626) and Vermont (625,741).", "563,626",
         "Wyoming"),
        ("The least populous were Wyoming (563,626) and Vermont (625,741).", "625,741",
         "Vermont"),
        ("Seats went to Labor (83 seats) and the Coalition (65 seats).", "83", "Labor"),
        ("Shares rose at Acme Steel (12%) and fell elsewhere.", "12%", "Acme Steel"),
        # a copy that glued a box's key to its value
        ("Largest cityPortvale (412,300)", "412,300", "Portvale"),
        ("The chain's founder, McAllister (1,200 shares), kept control.", "1,200",
         "McAllister"),
    ],
)
def test_a_figure_alone_in_brackets_after_a_name_is_that_names(text: str, figure: str,
                                                                owner: str) -> None:
    assert frame_of(text, figure).subject_key == normalize(owner)


def test_a_bracket_after_a_month_or_a_sentence_is_no_owner() -> None:
    assert frame_of("Sales peaked in June (4,200 units).", "4,200").subject_key != "june"


def test_one_owners_near_equal_counts_differ_even_with_no_noun() -> None:
    """"Wyoming (563,626)" against "Wyoming (563,826)": one owner, values 0.04 % apart, no
    noun on either side: a discrepancy a reader wants; far apart they stay unpaired."""
    a = "The least populous states were Wyoming (563,626) and Vermont (625,741)."
    near = "The smallest were Wyoming (563,826) and Vermont (625,741)."
    far = "The smallest were Wyoming (97,818) and Vermont (625,741)."
    assert paired(check(a, near), "563,626", "563,826") == ["discrepancy"]
    assert paired(check(a, far), "563,626", "97,818") == []


def test_a_measure_word_inside_a_name_names_no_measure() -> None:
    """"the Challenger Deep" is a place, not a depth; "a depth of" still is one."""
    assert frame_of("The sub dived to 35,813 feet in the Challenger Deep.",
                    "35,813 feet").measure is None
    assert frame_of("The sub dived to a depth of 35,813 feet.", "35,813 feet").measure == "depth"


def test_a_figure_restated_in_other_units_in_brackets_is_framed_as_the_figure() -> None:
    text = "The bathyscaphe reached a depth of 10,911 metres (35,797 ft) off Guam."
    from dataclasses import replace
    restated, figure = frame_of(text, "35,797 ft"), frame_of(text, "10,911 metres")
    assert restated.source == "conversion"
    assert replace(restated, source=figure.source) == figure
    assert restated.measure == "depth"


def test_those_who_succumbed_are_the_dead() -> None:
    report = check("The sinking caused the deaths of more than 1,500 people.",
                   "Of those on board 703 were saved, leaving 1,503 who succumbed.")
    assert paired(report, "1,500", "1,503") == ["agreement"]


def test_some_of_what_a_noun_counts_is_not_all_of_it() -> None:
    """"34 secondary cases" count some of the cases: against "159 cases" of one outbreak
    they are no discrepancy; "34 new cases" against "36 new cases" still disagree."""
    report = check("Among the 34 secondary cases, most were household contacts.",
                   "There were 159 cases in a religious community.")
    assert "discrepancy" not in paired(report, "34", "159")
    assert frame_of("Officials confirmed 34 new cases on Monday.", "34").counted == "new cases"


def test_one_texts_figure_on_two_days_is_a_series_not_an_inconsistency() -> None:
    """"numbered 12,340 men on June 3" and "11,980 men on June 9" in one report are the
    division's strength on two days; the same day with two figures is an inconsistency."""
    series = claimcheck.check(claimcheck.Document(
        "a", "On June 3, 1951, the Bravo division at Taegu numbered 12,340 men. "
             "On June 9, 1951, the Bravo division at Taegu numbered 11,980 men."))
    assert not [f for f in series.findings if f.kind == "inconsistency"]
    same_day = claimcheck.check(claimcheck.Document(
        "a", "On June 3, 1951, the Bravo division at Taegu numbered 12,340 men. "
             "On June 3, 1951, the Bravo division at Taegu numbered 11,980 men."))
    assert [f for f in same_day.findings if f.kind == "inconsistency"]


def test_a_bare_large_number_meets_the_same_number_of_something() -> None:
    """"Attendance | 84,490" in a box and "in front of 84,490 supporters": the same rare
    value, one bare and one counting, meets on its value alone."""
    report = check("Attendance | 84,490\n",
                   "The final was played in front of 84,490 supporters at the stadium.")
    assert paired(report, "84,490", "84,490") == ["agreement"]


def test_a_capitalised_label_before_a_figure_names_that_figure_not_the_one_before() -> None:
    """A table run together into one line by a copy ("Killed 288 3,271 3,559 Wounded,
    1,288"): "Wounded" labels 1,288; the 3,559 before it is no count of wounded. Prose
    ("3,063 killed, 14,492 wounded") keeps each noun with its figure."""
    flat = "Losses by arm: Killed 310 2,950 3,260 Wounded, 1,140 9,870 11,010 Missing 44 518."
    assert frame_of(flat, "3,260").measure != "casualties.wounded"
    assert frame_of(flat, "11,010").measure != "casualties.missing"
    assert frame_of(flat, "1,140").measure == "casualties.wounded"
    prose = "The corps lost 3,063 killed, 14,492 wounded, and 5,435 missing."
    assert frame_of(prose, "3,063").measure == "casualties.killed"
    assert frame_of(prose, "14,492").measure == "casualties.wounded"
    # a capitalised name after a figure is still what it counts
    assert frame_of("The camp held 300 Germans, 200 Italians and 90 Poles.", "300").counted


@pytest.mark.parametrize("box", [
    "States carried 28+DC+NE-02 21\nPopular vote 1,204,118 998,765\n",
    "Regions won 14+2 (contested) 9\nKilled 310 2,950\n",
    "Districts carried 12+CW 7\nTurnout 61.3% 58.9%\n",
])
def test_a_label_opening_the_next_line_names_that_lines_figures_not_the_last_one(
        box: str) -> None:
    """An infobox copied as lines ("... 21" over "Popular vote 66,679,600"): the label that
    opens a line is its row's, so the last figure of the line above is no vote count.
    Prose broken over lines keeps its noun ("killing 268\nsailors")."""
    first, second = box.splitlines()
    label = second.rsplit(" ", 2)[0]
    last = first.rsplit(" ", 1)[1]
    measure = frame_of(box, second.split()[-1]).measure
    assert measure and frame_of(box, last).measure != measure, label
    assert frame_of("The blast sank the ship, killing 268\nsailors and officers.",
                    "268").measure == "casualties.killed"


def test_the_words_after_a_figure_up_to_a_comma_are_that_figures() -> None:
    """"Of 1,196 crewmen aboard, about 300 went down with the ship": the 300 did not go
    aboard; those on board and those who survived are each their own measure."""
    text = "Of 412 passengers aboard, about 150 were never found."
    assert frame_of(text, "412").measure == "aboard"
    assert frame_of(text, "150").measure != "aboard"
    report = check("The ferry had 412 people on board; only 389 survived the night.",
                   "Of 415 passengers and crew aboard the ferry, only 391 survived.")
    assert paired(report, "412", "415") == ["discrepancy"]
    assert paired(report, "389", "391") == ["discrepancy"]
    assert not paired(report, "412", "391")


def test_figures_many_times_apart_differ_only_as_one_named_owners() -> None:
    """A count four or more times another is more often another thing (an army's wounded
    against its officers') than one count told differently: a discrepancy only when both
    name the same owner."""
    report = check("The division lost 14,400 wounded in the battle.",
                   "Officers: Killed 280 Wounded, 1,290 Missing 40.")
    assert "discrepancy" not in paired(report, "14,400", "1,290")
    owned = check("The Meridian Company employed 4,800 workers in 1990.",
                  "The Meridian Company employed 950 workers in 1990.")
    assert paired(owned, "4,800", "950") == ["discrepancy"]


def test_a_figure_during_that_period_is_not_a_stated_years() -> None:
    """"during that period ... $6 billion" holds for a period named before: against "$2.1
    billion in 2004" it is no discrepancy; two accounts "during this period" and "during
    that period" of one $6 billion still agree."""
    year = check("Halvern overstated its profits by $2.1 billion in 2004 and by $400 million "
                 "in the first quarter of 2005.",
                 "Halvern has admitted that during that period it overstated its profits by "
                 "about $6 billion.")
    assert "discrepancy" not in paired(year, "$2.1 billion", "$6 billion")
    both = check("During this period Halvern overstated its profits by about $6 billion.",
                 "Halvern has admitted that during that period it overstated its profits by "
                 "about $6 billion.")
    assert paired(both, "$6 billion", "$6 billion") == ["agreement"]


def test_a_years_figure_inside_a_longer_span_is_a_part_of_the_period() -> None:
    """"$2.1 billion in 2004" against "$6 billion from 2001 through 2005": the year is a
    part of the span, so the two are not comparable, and the report says why."""
    report = check("Halvern overstated its profits by $2.1 billion in 2004.",
                   "From 2001 through 2005 Halvern overstated its profits by $6 billion.")
    (finding,) = [f for f in report.findings if f.kind == "not_comparable"]
    assert "a part of" in finding.summary
    assert finding.detail["part_of_period"][0] == "2004"


@pytest.mark.parametrize("stamp", [
    "Fri, 3 May 2019 14:02:11 GMT",
    "Published 3 May 2019",
    "Updated: Friday, May 3, 2019, 2:02 PM",
])
def test_the_time_a_page_was_posted_meets_no_event_date(stamp: str) -> None:
    """A line that is only a date with a clock time, or a date after "Published", says
    when the page was written: it is never lined up with the day something happened."""
    report = check(f"Bridge opens to traffic\n{stamp}\n\nThe new bridge carried its first "
                   "cars on Thursday.",
                   "The Selby bridge opened to traffic on 3 May 2019.")
    assert not [f for f in report.findings if f.kind in ("agreement", "discrepancy")
                and "3 May 2019" in {report.claim(c).text for c in f.claims}]
    event = check("Bridge opens to traffic\n\nThe new bridge opened on 3 May 2019, 2:02 PM.",
                  "The Selby bridge opened to traffic on 3 May 2019.")
    assert [f for f in event.findings if f.kind == "agreement"]


_RESULTS = ("Division Revenue % Change Staff\n"
            "Northern Mills 4,210 38.5 +6.2 310\n"
            "Harbour Freight 3,905 35.7 –1.4 290\n"
            "Eastern Works 2,820 25.8 +0.9 205\n")


def test_a_header_of_measures_names_each_columns_measure_and_each_row_whose() -> None:
    """"Division Revenue % Change Staff" over single-spaced rows: the column says what is
    measured (a "%" the share of the column before it, "Change" a change), the row whose."""
    revenue = frame_of(_RESULTS, "3,905")
    assert (revenue.measure, revenue.subject_key, revenue.statistic) == (
        "revenue", "harbour freight", "count")
    assert frame_of(_RESULTS, "35.7").statistic == "share"
    assert frame_of(_RESULTS, "–1.4").statistic == "change"


def test_one_cell_of_a_table_meets_the_same_cell_in_a_copy_without_its_header() -> None:
    """A copy of the table without its header row, with other figures: each figure meets
    the figure of its own row and column, never another column's."""
    copy = ("Northern Mills 4,210 38.5 +6.2 310\n"
            "Harbour Freight 3,990 36.1 –1.4 290\n"
            "Eastern Works 2,820 25.4 +0.9 205\n")
    report = check(_RESULTS, copy)
    assert paired(report, "3,905", "3,990") == ["discrepancy"]
    assert paired(report, "25.8", "25.4") == ["discrepancy"]
    assert paired(report, "4,210", "4,210") == ["agreement"]
    assert paired(report, "35.7", "36.1") == ["discrepancy"]
    assert not paired(report, "38.5", "36.1")


def test_a_tables_cell_meets_a_sentence_on_its_row_and_measure() -> None:
    report = check(_RESULTS, "Harbour Freight reported revenue of 3,905 for the year.")
    assert paired(report, "3,905", "3,905") == ["agreement"]


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("The sub dived to a depth of 35,800 feet in an area called the Deep.", "35,800 feet",
     "depth"),
    ("It reached a depth of about 3,200 metres over an area of the shelf.", "3,200 metres",
     "depth"),
    ("Acme had revenue of nearly $4.2 billion, with 9,000 employees.", "$4.2 billion",
     "revenue"),
])
def test_the_noun_a_figure_completes_names_its_measure_first(text: str, figure: str,
                                                             measure: str) -> None:
    """"a depth of 35,800 feet in an area called ...": the figure completes "a depth of";
    a measure word after it belongs to what follows."""
    assert frame_of(text, figure).measure == measure


def test_a_crowd_and_those_in_front_of_whom_a_match_was_played_are_its_attendance() -> None:
    report = check("A crowd of more than 61,000 people watched the cup final at Harrow Park.",
                   "The final was played in front of 61,412 supporters at Harrow Park.")
    assert paired(report, "61,000", "61,412") == ["agreement"]
    assert frame_of("Attendance: 61,412", "61,412").measure == "attendance"


def test_a_year_meets_a_year_through_the_words_both_sentences_share() -> None:
    """Blocking keys are made of the rarest words another claim shares: the words each
    sentence alone has ("Swiss", "immigrant") cannot meet anything."""
    report = check("The village of Harwick was founded in 1802 by the Swiss immigrant Joseph "
                   "Harr where two rivers joined.",
                   "Founded in 1802, Harwick was a mill town that grew with the railway.")
    assert paired(report, "1802", "1802") == ["agreement"]


def test_one_year_of_two_events_is_no_agreement() -> None:
    """"the building of the canal in 1836" and "In 1836, the dam was built for the canal":
    a year holds many events; without a word right by both dates they stay apart."""
    report = check("Harwick began to prosper with the building of the Severn Main Line Canal "
                   "in 1836 and of the railway in the 1850s.",
                   "In 1836, the Fork dam was built to create a reservoir for the Severn "
                   "Canal's western division.")
    assert paired(report, "1836", "1836") == []


@pytest.mark.parametrize(("a", "b", "found"), [
    # a charge filed and an arrest made on one day: two events
    ("The regulator's complaint, filed on March 4, 2011, in federal court in Boston, "
     "alleges a $2 billion fraud.",
     "Alerted by his partners, federal agents arrested Delcourt on March 4, 2011.", []),
    # elected and sworn in: two acts of one man
    ("Governor Alvar Ostberg was elected on 3 November 1998 with a wide margin.",
     "Governor Alvar Ostberg was inaugurated on 3 November 1998 in the capital.", []),
    # one act, told in other forms or by a word that says only that it happened
    ("Delcourt pled guilty on June 2, 2012, in Boston.",
     "On June 2, 2012, Delcourt pleaded guilty to nine crimes.", ["agreement"]),
    ("The Harwick flood occurred on May 31, 1889, after the dam failed.",
     "Thousands were killed on May 31, 1889 when the dam failed.", ["agreement"]),
])
def test_one_day_of_two_acts_is_no_agreement(a: str, b: str, found: list[str]) -> None:
    """Two dates that agree, each right by a verb in the past naming a different act that
    the other sentence does not tell, are two events on one day."""
    report = check(a, b)
    kinds = [f.kind for f in report.findings if f.kind in ("agreement", "discrepancy")
             and all(report.claim(c).kind == "date" for c in f.claims)]
    assert kinds == found


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # the quake at dawn, a photograph of the harbour hours later: one day, two moments
    ("The Varna earthquake struck on March 4, 1977, at 05:46 local time.",
     "The harbour of Varna on March 4, 1977, at 8:30 A.M., showing the damage.",
     "March 4, 1977", "March 4, 1977", []),
    ("The polls closed at 8:00 p.m. on November 6, 2012 in the eastern states.",
     "Ostrand conceded at 11:40 p.m. on November 6, 2012 in the eastern states.",
     "November 6, 2012", "November 6, 2012", []),
    # one time, told alike or in one zone and again in another
    ("The Varna earthquake struck on March 4, 1977, at 05:46 local time.",
     "The earthquake hit Varna on March 4, 1977 at 5:46 a.m.",
     "March 4, 1977", "March 4, 1977", ["agreement"]),
    ("The Kessel launch came on 11 April 1990 at 19:13:00 UT (02:13:00 p.m. EST).",
     "Kessel launch: April 11, 1990, 2:13 PM EST", "11 April 1990", "April 11, 1990",
     ["agreement"]),
])
def test_one_day_at_two_times_of_day_is_no_agreement(a: str, b: str, left: str, right: str,
                                                     found: list[str]) -> None:
    """Two dates each told with a time of day, the times different: two moments of one
    day (an earthquake and a photograph of its damage), so no agreement of dates."""
    assert paired(check(a, b), left, right) == found


def test_a_date_told_again_in_a_bracket_reads_the_words_after_it() -> None:
    """"On the morning of January 17, 1995 (January 16 at 20:46 GMT), a major earthquake
    occurred": the date and its bracket are one moment, and both read the sentence's
    words, so the date meets the other account's date of the earthquake, not a date of
    the same day told of something else."""
    a = ("The Varna earthquake occurred on Friday, March 4, 1977 (March 3 at 19:21 UTC) in "
         "the south of the province.")
    b = ("The harbour of Varna reopened to ships on March 4, 1977, after the storm. On the "
         "night of March 4, 1977 (March 3 at 19:21 GMT), an earthquake occurred near Varna.")
    report = check(a, b)
    (found,) = [f for f in report.findings if f.kind == "agreement"
                and {report.claim(c).text for c in f.claims} >= {"Friday, March 4, 1977"}]
    assert {report.claim(c).text for c in found.claims} == {
        "Friday, March 4, 1977", "the night of March 4, 1977"}


@pytest.mark.parametrize(("a", "b", "found"), [
    # one event, its word right by both dates
    ("The doctor died in Lagos on July 25, 2014, after a week in hospital.",
     "Born: 1 March 1974\nDied: 24 July 2014\n",
     ["discrepancy"]),
    # the date the text itself was posted is no event
    ("On February 13, 2015, this report was posted as an Early Release on the website.",
     "First Reported: January 5, 2015\n", []),
])
def test_two_dates_that_differ_are_one_event_only_by_its_words(a: str, b: str,
                                                               found: list[str]) -> None:
    report = check(a, b)
    kinds = [f.kind for f in report.findings if f.kind in ("agreement", "discrepancy")
             and all(report.claim(c).kind == "date" for c in f.claims)]
    assert kinds == found


def test_counts_of_one_noun_in_sentences_that_say_the_same_differ() -> None:
    """No measure and no owner named, but the same noun counted in nearly the same words:
    one count the two sources give differently. The same noun in other words is not."""
    alike = check("There were 12 polling firms who drew district-by-district maps of "
                  "the result.",
                  "There were 14 polling firms who drew district-by-district maps of "
                  "the result.")
    assert paired(alike, "12", "14") == ["discrepancy"]
    other = check("Twelve countries signed the treaty in Geneva.",
                  "Fourteen countries attended the summit in Oslo.")
    assert "discrepancy" not in paired(other, "Twelve", "Fourteen")


def test_a_year_meets_a_day_of_it_said_in_the_same_words() -> None:
    """"Leader since: 1995" in a box and "Leader since ... 30 January 1995" in another: the
    year holds the day, and the two agree at the year's precision."""
    report = check("Harbour Party\nLeader since: 1995\nSeat: Northgate\n",
                   "The Harbour Party has had the same leader since 30 January 1995.")
    assert paired(report, "1995", "30 January 1995") == ["agreement"]


def test_a_duration_is_a_length_and_about_it_is_the_same_length() -> None:
    """"went down in about 12 minutes" is a length of time, no change of one, and it
    states what "It sank in 12 minutes" states."""
    report = check("The ferry Orla went down in about 12 minutes.",
                   "It sank in 12 minutes.")
    assert paired(report, "about 12 minutes", "12 minutes") == ["agreement"]


def test_a_keys_last_word_is_what_its_value_counts() -> None:
    """"Confirmed cases: 20" in a box counts cases, as "19 laboratory-confirmed cases" in
    a sentence does: one count the two give differently."""
    report = check("There were 19 laboratory-confirmed cholera cases in two states.",
                   "Outbreak\n- Confirmed cases: 20\n- Deaths: 8\n")
    assert paired(report, "19", "20") == ["discrepancy"]
    assert frame_of("Outbreak\n- Confirmed cases: 20\n", "20").counted == "cases"


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("In all, 1,126,900 were displaced by the earthquake and the tsunami in 13 countries.",
     "13", None),
    ("About 5,000 were killed in the fighting across 12 provinces.", "12", None),
    # the verb right before a count of things is still its own
    ("The flood displaced some 40 families in the valley.", "40", "displaced"),
    ("About 5,000 were killed in the fighting.", "5,000", "casualties.killed"),
])
def test_a_people_measure_said_of_an_earlier_figure_is_not_a_count_of_things(
        text: str, figure: str, measure: str | None) -> None:
    """A count of countries or provinces does not count the displaced or the killed a
    verb names several words before it, after another figure."""
    assert frame_of(text, figure).measure == measure


def test_homes_and_houses_are_one_count() -> None:
    """"Destroyed 1,033 homes" and "destroyed 1,210 houses": one count of dwellings, told
    in two words; "1,210 structures" counts something else."""
    report = check("The storm destroyed 1,033 homes in the county.",
                   "In the county the storm destroyed 1,210 houses.")
    assert paired(report, "1,033", "1,210") == ["discrepancy"]
    report = check("The storm destroyed 1,033 homes in the county.",
                   "In the county the storm destroyed 1,210 structures.")
    assert paired(report, "1,033", "1,210") != ["discrepancy"]


def test_a_subject_that_names_the_measure_is_nobodys() -> None:
    """"Damage was at $12 billion" names what is measured, not whose: it meets the
    storm's damage in another account, as "Revenue rose to $4 billion" meets Acme's."""
    report = check("Damage was at $12.4 billion, the costliest storm on record.",
                   "Hurricane Vela caused some $12.6 billion in damage, the costliest storm.")
    assert paired(report, "$12.4 billion", "$12.6 billion") == ["agreement"]


@pytest.mark.parametrize(("text", "period"), [
    # a date in a clause of its own after the figure is that clause's
    ("Damage was at $12 billion, the costliest on record at the time, before that record "
     "was broken by another storm in 2020.", None),
    ("The firm employed 21,000 people, which made it the largest employer in 1998.", None),
    # a date the figure's own clause gives it, after it, still dates it
    ("The army had 135,000 men when it crossed the border in June 1950.", "June 1950"),
    ("The army had 135,000 men in June 1950.", "June 1950"),
])
def test_a_date_in_a_clause_of_its_own_does_not_date_the_figure(
        text: str, period: str | None) -> None:
    figure = next(c for c in claimcheck.claims(text) if c.kind == "quantity")
    assert (figure.when.text if figure.when else None) == period


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("The blast killed 13 people and wounded 145.", "13", "casualties.killed"),
    ("The blast killed 13 people and wounded 145.", "145", "casualties.wounded"),
    ("The collapse killed thirteen people and injured 145 others.", "thirteen",
     "casualties.killed"),
    ("Police said 40 homes burned down while 300 were damaged.", "40", "buildings"),
    # "or" joins no clause: one figure of both
    ("The division lost 5,000 men killed or wounded.", "5,000", "casualties.killed"),
])
def test_a_measure_after_and_is_the_next_figures(text: str, figure: str, measure: str) -> None:
    """"Killed 13 people and wounded 145": the words after "and" are the next figure's;
    13 is no count of the wounded."""
    assert frame_of(text, figure).measure == measure


def test_the_enemy_of_one_source_is_not_anothers() -> None:
    """"The enemy massed 700,000 troops" in a dispatch from one side and "on the other
    side, 700,000 soldiers" in a history from the other: each names its own enemy, so
    the same number is no agreement; the figure's source is not whose it is either."""
    frame = frame_of("Intelligence officers say the enemy has massed about 700,000 troops.",
                     "700,000")
    assert frame.subject_key and "enemy" in frame.subject_key
    report = check("Intelligence officers say the enemy has massed about 700,000 troops.",
                   "On the other side, 700,000 officers and soldiers took part in the fighting.")
    assert paired(report, "700,000", "700,000") == []
    # two sources that both say "the enemy": whose enemy each means is not known, so the
    # two figures stay apart (precision first)
    report = check("The enemy massed 700,000 troops by June.",
                   "By June the enemy had massed 700,000 troops.")
    assert paired(report, "700,000", "700,000") == []


def test_a_length_meets_one_length_of_another_source_unless_it_is_said_twice() -> None:
    """"Median age of 77 years" (all the ill) and "84 years" (those who died) in one
    report are two things: the other report's median age of those who died meets one."""
    report = check(
        "Among persons who died, ages ranged from 48 to 96 years, with a median age of "
        "87 years.",
        "Ill persons were aged from 1 to 96 years, with a median age of 77 years. Among "
        "persons who died, ages ranged from 48 to 96 years, with a median age of 84 years.")
    assert paired(report, "87 years", "84 years") == ["discrepancy"]
    assert paired(report, "87 years", "77 years") == []


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("A survey found that 98 % of voters who cast a vote by post were satisfied.", "98 %",
     None),
    ("Of those asked, 75% of these young people reported having voted.", "75%", None),
    # what people answered a survey is no vote share either
    ("Of these, 97% said they intended to vote again.", "97%", None),
    ("The research found that 75% of them claimed to have voted.", "75%", None),
    # a share of the votes is a vote share
    ("Labour won 43.5% of the vote.", "43.5%", "vote_share"),
    ("Labour won 43.5% of votes cast.", "43.5%", "vote_share"),
])
def test_a_share_of_people_is_no_vote_share(text: str, figure: str, measure: str | None
                                            ) -> None:
    """"98 % of voters who cast a vote by post were satisfied" is a share of people and
    what they said; the word "vote" after it does not make it a share of the votes."""
    assert frame_of(text, figure).measure == measure


def test_a_short_aside_in_brackets_after_a_figure_is_read_past() -> None:
    """"23 American killed and 324 (Americans) wounded": the bracket is an aside, and
    "wounded" is still the 324's word."""
    assert frame_of("There were 23 killed and 324 (Americans) wounded.", "324").measure == \
        "casualties.wounded"
    # a bracket with a figure in it is no aside: the words stop there
    assert frame_of("The army lost 324 (see note 4) men in all.", "324").measure != \
        "casualties.wounded"


def test_a_name_rows_above_in_a_copied_infobox_is_not_a_rows_owner() -> None:
    """An infobox copied as lines runs into one "sentence": the name in its first line
    ("President-elect Guillermo Endara sworn into office") is not whose the casualty rows
    many lines below are, so two copies of the box still meet row by row."""
    a = ("Belligerents\nPanama\nCommanders and leaders\nManuel Noriega\nStrength\n"
         "12,800 police\nCasualties and losses\n205 killed\n1,906 captured\n")
    b = ("President-elect Guillermo Endara sworn into office\nBelligerents\nPanama\n"
         "Commanders and leaders\nManuel Noriega\nStrength\n16,000\n"
         "Casualties and losses\n314 killed\n1,908 captured\n")
    assert paired(check(a, b), "1,906", "1,908") == ["discrepancy"]


def test_a_row_label_of_two_names_gives_one_to_each_figure() -> None:
    """"Registered voters/turnout 4,283,392 84.59%": the electorate, then the turnout."""
    box = "Total votes 3,623,344 100.00%\nRegistered voters/turnout 4,283,392 84.59%\n"
    assert frame_of(box, "4,283,392").measure == "electorate"
    assert frame_of(box, "84.59%").measure == "turnout"
    report = check(box, "Some 4,283,938 people were registered to vote in the referendum.")
    assert paired(report, "4,283,392", "4,283,938") == ["discrepancy"]


def test_how_high_something_was_is_its_altitude() -> None:
    """"At a height of around 29.7 km" and "Altitude of maximum brightness: 23.3 km" are
    one measure, the altitude; a depth or a distance is not it."""
    assert frame_of("The meteor exploded at a height of around 29.7 km.", "29.7 km").measure \
        == "altitude"
    assert frame_of("Altitude of maximum brightness: 23.3 km\n", "23.3 km").measure == "altitude"
    assert frame_of("The wreck lies at a depth of 3.8 km.", "3.8 km").measure == "depth"
    report = check("On 15 February 2013 the meteor exploded at a height of 29.7 km.",
                   "On 15 February 2013 the meteor exploded at an altitude of 23.3 km.")
    assert paired(report, "29.7 km", "23.3 km") == ["discrepancy"]


def test_a_times_zone_is_no_owner() -> None:
    """"As of 9am EDT on October 17, a total of 123 persons": EDT is the time's zone."""
    frame = frame_of("As of 9am EDT on October 17, 2011, a total of 123 persons were ill.",
                     "123")
    assert frame.subject_key != "edt"


@pytest.mark.parametrize(("a", "b", "differ"), [
    ("chile", "chilean", False), ("haiti", "haitian", False), ("canada", "canadian", False),
    ("japan", "japanese", False), ("korea", "korean", False),
    ("austria", "australia", True), ("north korean", "south korea", True),
    ("labour", "liberal", True), ("india", "indiana", True), ("indian", "indiana", True),
    ("niger", "nigerian", True), ("dominica", "dominican republic", True),
    ("roman", "romanian", True), ("carolina", "caroline", True), ("maria", "mario", True),
])
def test_a_country_and_its_peoples_adjective_are_one_name(a: str, b: str, differ: bool
                                                          ) -> None:
    from claimcheck.align.frames import names_differ
    assert names_differ(a, b) is differ


def test_the_chile_earthquake_and_the_chilean_earthquake_are_one_thing() -> None:
    report = check("The 2010 Chile earthquake struck on 27 February, with intense shaking "
                   "lasting for about three minutes.",
                   "The 2010 Chilean earthquake struck on 27 February and lasted 90 seconds.")
    assert paired(report, "about three minutes", "90 seconds") == ["discrepancy"]


def test_the_words_after_a_figures_conversion_in_brackets_are_its_own() -> None:
    """"About 400 meters (1300 feet) below the ground": the depth is the 400 metres' as
    much as the 1300 feet's; so "700 meters (2,300 ft) underground" meets it."""
    assert frame_of("The miners are trapped about 400 meters (1300 feet) below the ground.",
                    "400 meters").measure == "depth"
    report = check("On 5 August the miners were trapped 400 meters (1300 feet) below the ground.",
                   "On 5 August the men were trapped 700 meters (2,300 ft) underground.")
    assert paired(report, "400 meters", "700 meters") == ["discrepancy"]


def test_a_place_a_distance_is_measured_from_is_not_whose() -> None:
    """"25 kilometres (16 mi) west of Port-au-Prince, Haiti's capital": the city and the
    country after it are where the distance starts, not whose figure it is."""
    frame = frame_of("The epicentre was approximately 25 kilometres west of "
                     "Port-au-Prince, Haiti's capital.", "25 kilometres")
    assert frame.subject_key is None
    # a name after "of" with no direction still owns ("$4.2 billion of Acme Corp")
    assert frame_of("Revenue was $4.2 billion for Acme Corp.", "$4.2 billion").subject_key


def test_a_figure_restated_in_brackets_is_told_once() -> None:
    """"At a height of 29.7 km (18.5 mi; 97,000 ft)": one figure in three units. The
    restatements take its frame, marked as such, and only the figure meets the other
    account's, so a difference is reported once, between the figures as first written."""
    text = "On 15 February 2013 the meteor exploded at a height of 29.7 km (18.5 mi)."
    frame = frame_of(text, "18.5 mi")
    assert frame.source == "conversion" and frame.measure == "altitude"
    report = check(text, "On 15 February 2013 the meteor exploded at an altitude of 23.3 km.")
    assert paired(report, "29.7 km", "23.3 km") == ["discrepancy"]
    assert paired(report, "18.5 mi", "23.3 km") == []


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # a share of people is no vote share, but other measures stay
    ("Turnout was 62% of registered voters.", "62%", "turnout"),
    ("Turnout stood at 71% of the electorate.", "71%", "turnout"),
    # a share of ballots cast by people is still of ballots
    ("Labour won 40% of ballots by voters abroad.", "40%", "vote_share"),
])
def test_shares_of_people_keep_measures_other_than_the_vote(text: str, figure: str,
                                                            measure: str) -> None:
    assert frame_of(text, figure).measure == measure


@pytest.mark.parametrize(("text", "owner"), [
    # the agent of a passive is no owner, unless a clause about it follows
    ("The team was beaten by Acme, which scored 21 points.", "acme"),
    # a place on the other side of something is where, not an enemy
    ("On the other side of the border, 5,000 refugees waited.", None),
    # "enemy" before a noun names no owner: the regiment's own losses
    ("Under enemy fire, the regiment lost 300 men.", None),
])
def test_owners_read_from_passives_and_perspectives_in_ordinary_sentences(
        text: str, owner: str | None) -> None:
    figure = next(c for c in claimcheck.claims(text) if c.kind == "quantity")
    assert figure.frame.subject_key == owner


def test_before_a_date_is_a_preposition_not_a_clause() -> None:
    figure = next(c for c in claimcheck.claims("The army had 135,000 men before June 1950.")
                  if c.kind == "quantity")
    assert figure.when is not None and figure.when.text == "June 1950"


@pytest.mark.parametrize(("a", "b", "left", "right", "kinds"), [
    # one stuff weighed by two sources: their amounts meet, and may differ
    ("The hoard holds roughly 5kgs of gold and 2.5kgs of silver.",
     "It amounts to 5.1 kg (11 lb) of gold and 1.4 kg (3 lb) of silver.",
     "2.5kgs", "1.4 kg", ["discrepancy"]),
    ("The tanker spilled 40,000 barrels of crude oil off Brest.",
     "About 40,000 barrels of oil were spilled off Brest.",
     "40,000 barrels", "40,000 barrels", ["agreement"]),
    # different stuff: never compared, even by one owner in one year
    ("The Orvand Mining Corporation produced 12 tonnes of gold in 1998.",
     "The Orvand Mining Corporation produced 30 tonnes of silver in 1998.",
     "12 tonnes", "30 tonnes", []),
])
def test_amounts_of_stuff_meet_by_what_they_are_of(a: str, b: str, left: str, right: str,
                                                   kinds: list[str]) -> None:
    """A mass or a volume is of something ("of silver", "of crude oil"): the same stuff
    is evidence that two amounts are one, different stuff keeps them apart."""
    assert paired(check(a, b), left, right) == kinds


@pytest.mark.parametrize(("text", "figure", "measure", "counted", "owner"), [
    # a key naming the people its value counts: what is counted, not whose
    ("Occupants230\nPassengers218\nCrew12\n", "218", None, "person", None),
    ("Passengers: 1,402\nCrew: 88\n", "88", "aboard.crew", "person", None),  # (its size)
    # a key naming whose figure it is stays whose
    ("UNITED FORCES - 20,000", "20,000", "strength", "forces", "united force"),
    # a weak word for things before a count of people carried them (the crew's size,
    # weakly, no aircraft)
    ("The plane was carrying 12 crew members and 216 passengers.", "12", "aboard.crew",
     "person",
     None),
    # a time's zone right after its clock is no name ("(02:)14 UTC", the colon cut)
    ("The jet came down at 02:14 UTC, killing all 228 passengers and crew on board.",
     "228", "casualties.killed", "person", None),
    # but a number that is no clock leaves the name after it whose ("Flight 447 KLM")
    ("On Flight 447 KLM carried 189 passengers.", "189", None, "person", "klm"),
])
def test_what_a_count_of_people_counts(text: str, figure: str, measure: str | None,
                                       counted: str | None, owner: str | None) -> None:
    frame = frame_of(text, figure)
    assert (frame.measure, frame.counted, frame.subject_key) == (measure, counted, owner)


def test_an_infobox_row_of_people_meets_the_same_count_in_prose() -> None:
    """"Passengers216" in an infobox and "216 passengers" in a story: one count."""
    report = check("The jet was carrying 12 crew members and 216 passengers from Rio.",
                   "Flight 447\nOccupants228\nPassengers216\nCrew12\nFatalities228\n")
    assert paired(report, "216", "216") == ["agreement"]


def test_the_measures_own_words_after_a_figure_are_no_counted_noun() -> None:
    """"only 1,083 taken prisoner": "taken" opens the measure, it is not what is counted;
    and "Of the 11,000 Varnese soldiers ..., only 216": some of the group, so the group's
    (five times apart, two counts meet only as one owner's). So the two counts differ."""
    assert frame_of("Over 9,000 were killed and only 1,083 taken prisoner.",
                    "1,083").counted == "person"
    report = check("Of the 11,000 Varnese soldiers on Talmo at the start, only 216 were "
                   "taken prisoner.",
                   "Of the 11,000 Varnese soldiers present at the start, over 9,000 were "
                   "killed and only 1,083 taken prisoner.")
    assert paired(report, "216", "1,083") == ["discrepancy"]


def test_a_breakdown_in_brackets_is_parts_not_units() -> None:
    """"Deaths 33 (32 passengers and crew, 1 salvage member)": the bracket counts people,
    so it is the total's parts, not the total in other units; the words past it (the
    next row, "Non-fatal injuries 64") are not the total's."""
    text = "Deaths 33 (32 passengers and crew, 1 salvage member)\nNon-fatal injuries 64\n"
    assert frame_of(text, "33").measure == "casualties.killed"
    parts = [c for c in claimcheck.claims(text) if c.extra.get("part_of")]
    assert [c.text for c in parts] == ["32", "1"]
    glued = "Occupants4,229\nDeaths33 (27 passengers, 5 crew, 1 salvage member)\n"
    assert [c.text for c in claimcheck.claims(glued) if c.kind == "quantity"] == [
        "4,229", "33", "27", "5", "1"]


@pytest.mark.parametrize("text", [
    "The riot killed 300 people (250 according to the police).",
    "Attendance was 12,000 (up from 9,000 last year).",
])
def test_one_figure_in_brackets_is_no_part(text: str) -> None:
    """Another source's reading of the total, or another year's, in brackets: a figure
    of its own, which may meet other sources' counts, not a part of the total."""
    assert not [c.text for c in claimcheck.claims(text) if c.extra.get("part_of")]


def test_parts_of_totals_that_count_different_things_differ_in_nothing() -> None:
    """"32 passengers and crew" of 33 dead and "27 passengers" of 33 dead: two parts,
    not one count told two ways."""
    report = check("The sinking left 33 dead (32 passengers and crew, 1 salvage diver).",
                   "The sinking left 33 dead (27 passengers, 5 crew, 1 salvage diver).")
    assert paired(report, "32", "27") == []
    assert paired(report, "33", "33") == ["agreement"]


@pytest.mark.parametrize(("a", "b", "left", "right", "kinds"), [
    # the places an event touched, counted by two accounts in other words
    ("The wave struck the coasts, killing 41,000 people in 14 countries.",
     "Some 300,000 were displaced by the wave in 13 countries of the region.",
     "14", "13", ["discrepancy"]),
    # a count of places takes no measure of the figure before it ("cases were reported
    # from 29 countries"), and meets places counted in more words
    ("In 2003, a total of 8,427 probable cases were reported from 29 countries.",
     "The outbreak infected over 8,000 people from 30 countries and territories.",
     "29", "30", ["discrepancy"]),
    # far apart, they are two counts of places (where it struck, where aid came from)
    ("The wave struck the coasts, killing 41,000 people in 14 countries.",
     "Aid came from 60 countries in the first week.", "14", "60", []),
])
def test_counts_of_places_meet_as_one(a: str, b: str, left: str, right: str,
                                      kinds: list[str]) -> None:
    """A count of places (countries, states) with no measure of its own is what it
    counts, not the deaths or the displaced its clause also names."""
    assert paired(check(a, b), left, right) == kinds


@pytest.mark.parametrize(("text", "figure"), [
    ("Taking the passengers alone, there were 1,308 carried.", "1,308"),
    ("Counting the reserves, the army numbered 40,000.", "40,000"),
])
def test_a_verb_in_ing_opening_a_sentence_names_no_one(text: str, figure: str) -> None:
    """"Taking the passengers, ..." is capitalised because the sentence opens there: a
    verb, not whose figure it is ("Wyoming (563,626)" is a name: no verb's form)."""
    assert frame_of(text, figure).subject_key is None
    assert frame_of("Wyoming had 563,626 residents.", "563,626").subject_key == "wyoming"


@pytest.mark.parametrize(("text", "figure", "measure", "owner"), [
    # the people counted, then what befell them: that is the measure
    ("The quake left 640,000 residents homeless.", "640,000", "displaced", None),
    ("Some 5,000 inhabitants fled the city.", "5,000", "displaced", None),
    ("The city has 5,000 inhabitants.", "5,000", "population", None),
    ("The rebels took 1,700 captives at the pass.", "1,700", "casualties.captured", None),
    # who counted is the source, not whose figure it is
    ("The Red Cross counted 680 homes destroyed by the Ardel earthquake.", "680",
     "buildings.destroyed", "ardel"),
])
def test_what_befell_people_and_who_counted(text: str, figure: str, measure: str,
                                            owner: str | None) -> None:
    frame = frame_of(text, figure)
    assert (frame.measure, frame.subject_key) == (measure, owner)


def test_every_part_of_a_list_after_a_colon_is_a_part() -> None:
    """"Twenty-five deaths have been reported: 6 in Colorado, 1 in Indiana and 2 in
    Kansas": each count of the list is a part of the total, not only the first."""
    text = ("Twenty-five deaths have been reported: 6 in Colorado, 1 in Indiana and 2 in "
            "Kansas.")
    parts = [c.text for c in claimcheck.claims(text) if c.extra.get("part_of")]
    assert parts == ["6", "1", "2"]
    (total,) = [c for c in claimcheck.claims(text) if c.text == "Twenty-five"]
    assert len(total.extra["parts"]) == 3


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("The siege cost the garrison 4,310 dead, wounded, or missing.", "4,310",
     "casualties.killed+missing+wounded"),
    ("Both regiments together lost 812 killed and wounded.", "812",
     "casualties.killed+wounded"),
    ("The column reported 214 captured/missing after the retreat.", "214",
     "casualties.captured+missing"),
    # a list read in another order is the same list
    ("The brigade had 960 wounded or killed.", "960", "casualties.killed+wounded"),
    # kinds of one measure with figures between them are separate figures
    ("The corps lost 2,108 killed; 9,549 wounded; 753 missing.", "9,549",
     "casualties.wounded"),
    # kinds of two different measures are no list ("dead and homeless": what befell)
    ("The flood left 3,000 injured and 40,000 homeless.", "3,000", "casualties.wounded"),
])
def test_a_list_of_kinds_after_a_figure_is_one_measure(text: str, figure: str,
                                                       measure: str) -> None:
    """"22,717 dead, wounded, or missing" counts all three together: it is not the
    wounded (nor, as written, every casualty), and only the same list elsewhere measures
    the same thing."""
    assert frame_of(text, figure).measure == measure


def test_a_listed_total_meets_the_same_list_and_no_kind_of_it() -> None:
    """A combined tally of a list of kinds against the same list counted on both sides:
    one sum, and a difference of ten is a discrepancy; a count of one of the kinds (the
    wounded of one army) is never set against the list's sum."""
    a = ("The Army of the Ridge lost 9,549 wounded. It was the bloodiest day of the war, "
         "with a combined tally of 22,717 dead, wounded, or missing.")
    b = "It was the bloodiest day of the war, with 22,727 dead, wounded, or missing on both sides."
    report = check(a, b)
    assert paired(report, "22,717", "22,727") == ["discrepancy"]
    assert paired(report, "9,549", "22,727") == []
    # a total and a count of one plain measure, close in value, still stay apart
    report = check("The census counted a total population of 308,745,538.",
                   "The apportionment population was 309,183,463.")
    assert paired(report, "308,745,538", "309,183,463") == []


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # a toll as it stood, against a larger toll that states no date: it may have grown
    ("As of 14 June 2031, there were 145 known cases and 14 people have died.",
     "From the outbreak, a total of 186 cases were infected, with a death toll of 38.",
     "14", "38", []),
    ("By May, the fever had killed 2,700 people in the province.",
     "The fever killed 4,100 people in the province.", "2,700", "4,100", []),
    # a running count above the undated one is not explained by growth
    ("As of December 2005, 6,434 people had lost their lives in the earthquake.",
     "The earthquake killed 5,502 people.", "6,434", "5,502", ["discrepancy"]),
    # a strength as it stood is no running count: it may as well fall
    ("By June 25 the Kessel army numbered 99,000 men.",
     "The Kessel army had 110,000 men.", "99,000", "110,000", ["discrepancy"]),
    # two counts of one date, or of none, differ as before
    ("As of 14 June 2031, 14 people have died of the fever.",
     "As of 14 June 2031, 19 people have died of the fever.", "14", "19", ["discrepancy"]),
])
def test_a_running_count_against_a_larger_undated_one_is_no_discrepancy(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    """"As of 14 June, 14 people have died" and "a death toll of 38": the undated toll
    may be the same toll weeks later, so a reader learns nothing from setting them
    against each other."""
    assert paired(check(a, b), left, right) == found


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("The earthquake totally destroyed more than 92,000 houses.", "92,000",
     "buildings.destroyed"),
    ("Over 100,000 buildings were damaged or destroyed.", "100,000",
     "buildings.damaged+destroyed"),
    ("The storm damaged 4,100 homes along the coast.", "4,100", "buildings.damaged"),
    # the next clause's fate is not this figure's
    ("The fire destroyed 500 homes and damaged 2,000 more.", "500", "buildings.destroyed"),
    ("The fire destroyed 500 homes and damaged 2,000 homes.", "2,000", "buildings.damaged"),
    # nothing said of what befell them
    ("The town had 3,000 houses.", "3,000", "buildings"),
])
def test_what_befell_the_things_counted_narrows_the_measure(text: str, figure: str,
                                                            measure: str) -> None:
    assert frame_of(text, figure).measure == measure


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # destroyed against damaged or destroyed: two counts, never compared
    ("The earthquake totally destroyed more than 92,000 houses and buildings.",
     "Over 100,000 buildings were damaged or destroyed in the earthquake.",
     "92,000", "100,000", []),
    ("The flood destroyed 1,200 homes in the valley.",
     "The flood damaged 1,900 homes in the valley.", "1,200", "1,900", []),
    # said on one side only, what befell them is unknown on the other: one count
    ("Over 7,200 buildings were damaged by the blast in the region.",
     "The blast hit over 4,300 buildings in six cities of the region.",
     "7,200", "4,300", ["discrepancy"]),
    ("The storm destroyed 640 homes in Harlan County.",
     "In Harlan County, the storm hit 640 homes.", "640", "640", ["agreement"]),
    # the same number of homes, one count destroyed and the other damaged: no agreement
    ("The storm destroyed 640 homes in Harlan County.",
     "The storm damaged 640 homes in Harlan County.", "640", "640", []),
])
def test_counts_of_things_destroyed_and_damaged_stay_apart(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    assert paired(check(a, b), left, right) == found


@pytest.mark.parametrize(("text", "figure"), [
    ("On board | 4,229 Passengers: 3,229[2] Crew members: 1,000[2] |", "3,229"),
    ("Passengers numbered 3,229 that night.", "3,229"),
])
def test_a_word_for_people_owning_a_figure_is_who_is_counted(text: str, figure: str) -> None:
    """"Passengers: 3,229" in a run of labelled figures: the people counted, not whose
    figure it is, so it meets "3,206 passengers" of another account and is never kept
    apart from it as another owner's."""
    frame = frame_of(text, figure)
    assert (frame.subject_key, frame.counted) == (None, "person")


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("The bombing left 3 dead, wounding 12 others.", "3", "casualties.killed"),
    ("The blast left 7 dead, injuring a dozen.", "7", "casualties.killed"),
    ("The gunman injured 3, killing 1.", "3", "casualties.wounded"),
    # an -ing word the vocabulary writes so is a kind in the list
    ("The regiment lost 300 killed, missing or captured.", "300",
     "casualties.captured+killed+missing"),
])
def test_a_verb_opening_the_next_clause_is_no_kind_of_the_figure(text: str, figure: str,
                                                                 measure: str) -> None:
    """"3 dead, wounding 12 others": "wounding" opens the clause of the 12, so the 3 are
    the dead, neither "dead and wounded" as one list nor the wounded."""
    assert frame_of(text, figure).measure == measure


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # the counted things' own act, with its object, is not what befell them
    ("About 400,000 homes lost power after the storm.", "400,000", "buildings"),
    ("Some 2,000 houses lost their roofs.", "2,000", "buildings"),
    ("More than 3,000 homes were lost in the fire.", "3,000", "buildings.destroyed"),
    # a fate in the clause before the figure's is that clause's
    ("The storm destroyed roads, leaving 3,000 homes without power.", "3,000", "buildings"),
    ("Among the buildings destroyed, 300 were homes.", "300", "buildings.destroyed"),
])
def test_a_fate_is_read_only_of_the_figures_own_things(text: str, figure: str,
                                                       measure: str) -> None:
    """"400,000 homes lost power" were not destroyed, nor were the 3,000 homes a storm
    left without power after it "destroyed roads": read as destroyed, they would be kept
    from every count of damaged homes; their fate is unknown, not that."""
    assert frame_of(text, figure).measure == measure


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("In the blast at the Hollin pit, 14 miners were killed, and 6 were injured.",
     "The Hollin pit explosion killed 14 miners; four miners were injured.", "6", "four"),
    ("The warehouse fire killed two people, and 9 were hurt, the brigade said.",
     "Seven firefighters were hurt in the warehouse fire.", "9", "Seven"),
])
def test_people_of_a_trade_are_people_counted(a: str, b: str, left: str, right: str) -> None:
    """"6 were injured" after "14 miners were killed" counts people, and so do "four
    miners": an occupation is a kind of person, so the two counts of one fate can be set
    against each other like "6 people" and "four people"."""
    assert paired(check(a, b), left, right) == ["discrepancy"]


def test_crew_and_passengers_are_not_one_count() -> None:
    """Pilots are counted apart from the passengers they fly: "2 pilots" and "5
    passengers" killed in one crash are two counts, not one count that differs."""
    report = check("The Orla Airways crash on Monday killed 2 pilots.",
                   "The Orla Airways crash on Monday killed 5 passengers.")
    assert paired(report, "2", "5") == []


@pytest.mark.parametrize(("text", "figure"), [
    ("The electoral strength of Ostmark in 2031 was 4.2 million.", "4.2 million"),
    ("Some 81,500 electors were on the roll in the borough.", "81,500"),
    ("The electoral roll of the county held 312,000 names in 1910.", "312,000"),
])
def test_words_for_those_who_may_vote_name_the_electorate(text: str, figure: str) -> None:
    """"Electoral strength", "electors" and "the electoral roll" all count the people who
    may vote, as "registered voters" does: the electorate, not votes cast."""
    assert frame_of(text, figure).measure == "electorate"


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("The blight spread across 17 EU countries in 2031.",
     "Cases of the blight were reported to the Plant Health Agency from 15 countries in "
     "2031.", "17", "15"),
    ("The strike closed schools in 41 Ostmark districts in May 2030.",
     "In May 2030 the strike closed schools in 38 districts, the Teachers' Union told "
     "reporters.", "41", "38"),
])
def test_places_counted_meet_whoever_reports_them(a: str, b: str, left: str,
                                                 right: str) -> None:
    """"17 EU countries" and "reported to the Plant Health Agency from 15 countries"
    count the places one event touched: the name among the places and the name the
    reports went to are nobody's, so the two counts differ."""
    assert paired(check(a, b), left, right) == ["discrepancy"]


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # a word for moving names a speed when the figure is one, a distance when it is one
    ("Travelling at 14km/sec, the Orla fireball lit the sky.", "14km/sec", "speed"),
    ("The Orla fireball travelled 240 km before it burst.", "240 km", "distance"),
    ("The probe reached a velocity of 11.1 km/s.", "11.1 km/s", "speed"),
    # winds are speeds, heights and depths lengths: a count is none of them
    ("The storm flattened 4,000 homes; its winds reached 190 km/h.", "190 km/h",
     "wind_speed"),
    ("The quake struck at a depth of 10 km.", "10 km", "depth"),
    # an explosion's energy is the energy measure, whatever word names it
    ("The Orla airburst had a blast yield of 400–500 kilotons of TNT.",
     "400–500 kilotons of TNT", "energy"),
])
def test_a_measure_is_read_only_of_figures_of_its_dimension(text: str, figure: str,
                                                            measure: str) -> None:
    """"Travelling at 18km/sec" is a speed though "travelled" names a distance: a measure
    whose vocabulary says its figures' dimension is given only to figures of it."""
    assert frame_of(text, figure).measure == measure


def test_participants_are_people_and_participation_is_a_turnout_only_of_voters() -> None:
    """"Participants 4,252" counts the people who took part (a cruise's, a march's), not
    an election's turnout, though "participants" and "participation" share a stem; "voter
    participation" is the turnout."""
    box = "Event summary\n\nParticipants 4,252 (3,206 passengers; 1,023 crew)\n"
    frame = frame_of(box, "4,252")
    assert frame.measure != "turnout" and frame.counted == "person"
    assert frame_of("Voter participation was 61.2% in the first round.", "61.2%").measure \
        == "turnout"


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # a toll or a count of cases that grew between two dates: one count at two moments
    ("As of 3 June 2031, the fever had killed 140 people in Tarsa province.",
     "As of 10 June 2031, the fever had killed 190 people in Tarsa province.",
     "140", "190", ["not_comparable"]),
    ("By 1 May 2031, 2,700 cases of the fever had been recorded in Tarsa.",
     "By 15 May 2031, 8,000 cases of the fever had been recorded in Tarsa.",
     "2,700", "8,000", ["not_comparable"]),
    # an area burned and homes destroyed grow too
    ("The Orla fire had burned 4,000 acres by Monday, 3 June 2031.",
     "By Wednesday, 5 June 2031, the Orla fire had burned 12,000 acres.",
     "4,000 acres", "12,000 acres", ["not_comparable"]),
    ("By 3 June 2031 the Orla fire had destroyed 800 homes.",
     "By 5 June 2031 the Orla fire had destroyed 1,150 homes.", "800", "1,150",
     ["not_comparable"]),
    # a toll that fell is not explained by growth
    ("As of 3 June 2031, the fever had killed 240 people in Tarsa province.",
     "As of 10 June 2031, the fever had killed 190 people in Tarsa province.",
     "240", "190", ["discrepancy"]),
    # a strength may rise or fall: two dates of it still differ
    ("By 25 June 1950 the Kessel army numbered 99,000 men.",
     "By 1 July 1950 the Kessel army numbered 110,000 men.", "99,000", "110,000",
     ["discrepancy"]),
])
def test_a_running_count_that_grew_between_two_dates_is_a_change_over_time(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    """"140 dead as of 3 June" and "190 dead as of 10 June" are one toll a week apart,
    told with both dates, not two sources at odds."""
    assert paired(check(a, b), left, right) == found


def test_a_running_count_at_two_moments_is_told_with_each_dates_own_word() -> None:
    """The note gives each count with the word its source dates it by: "4,000 on 3 June"
    is a day's count, and a reader must not be told the source said "as of" it."""
    report = check("The Orla fever killed 4,000 people in Tarsa on 3 June 2031.",
                   "As of 10 June 2031, the Orla fever had killed 9,000 people in Tarsa.")
    [finding] = [f for f in report.findings if f.kind == "not_comparable"]
    assert "4,000 on 2031-06-03, 9,000 as of 2031-06-10" in finding.summary


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # a count of part of a place is not set against a count that names no part
    ("The fire destroyed 120 homes in the north of the county.",
     "The fire destroyed 300 homes, officials said.", "120", "300", []),
    ("The flood killed 40 people in northern Tarsa on Monday.",
     "The flood killed 160 people on Monday.", "40", "160", []),
    ("Turnout reached 71% in rural areas of Ostmark.", "Turnout in Ostmark reached 64%.",
     "71%", "64%", []),
    # two parts are two places
    ("The flood killed 40 people in northern Tarsa.",
     "The flood killed 25 people in southern Tarsa.", "40", "25", []),
    ("The fire destroyed 120 homes in the north of the county.",
     "The fire destroyed 80 homes in the south of the county.", "120", "80", []),
    # two counts of the same part still differ
    ("The flood killed 40 people in northern Tarsa.",
     "The flood killed 52 people in northern Tarsa, officials said.", "40", "52",
     ["discrepancy"]),
    # whatever words follow the part's name: it is "the north" in both
    ("In the Orla flood 120 homes in the north were destroyed.",
     "In the Orla flood 200 homes in the north have been destroyed.", "120", "200",
     ["discrepancy"]),
    # where most of a whole toll lies is no count of a part
    ("The Orla quake killed 5,000 people, mostly in rural areas.",
     "The Orla quake killed 7,000 people.", "5,000", "7,000", ["discrepancy"]),
    ("The Orla quake killed 5,000 people, mainly in the north of the country.",
     "The Orla quake killed 7,000 people.", "5,000", "7,000", ["discrepancy"]),
    # "in part" is "partly", no part of a place
    ("The Orla fire destroyed 120 homes, in part because of high winds.",
     "The Orla fire destroyed 300 homes.", "120", "300", ["discrepancy"]),
    # a region's name is a whole place, whatever compass word it holds
    ("The tsunami killed 5,000 people in 13 countries in South Asia.",
     "The tsunami killed 5,400 people in 14 countries.", "13", "14", ["discrepancy"]),
])
def test_a_count_of_part_of_a_place_meets_only_counts_of_that_part(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    """"120 homes in the north of the county" is a part of whatever the county lost, so
    "300 homes" elsewhere is no contradiction of it; "in South Asia" names a place."""
    assert paired(check(a, b), left, right) == found


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # a figure for the opening part of an event is no figure for the whole of it
    ("The Orla festival drew 40,000 visitors on its first day.",
     "Over four days the Orla festival drew 150,000 visitors.", "40,000", "150,000", []),
    ("The film Orla took $50 million in North America in its opening weekend.",
     "The film Orla took $210 million in North America.", "$50 million", "$210 million",
     []),
    # the same part in both still differs
    ("The film Orla took $50 million in North America in its opening weekend.",
     "The film Orla took $48 million in North America in its opening weekend, the studio "
     "said.", "$50 million", "$48 million", ["discrepancy"]),
    # and so does the same part in other words
    ("The Orla festival drew 40,000 visitors on its first day.",
     "The Orla festival drew 45,000 visitors on its opening day.", "40,000", "45,000",
     ["discrepancy"]),
    # two parts of one span are two figures, dated or not
    ("The Orla festival drew 40,000 visitors on its first day.",
     "The Orla festival drew 60,000 visitors on its final day.", "40,000", "60,000", []),
    # the rounds of a vote are parts of it
    ("Orla won 52% of the vote in the first round of the 2031 election.",
     "Orla won 58% of the vote in the final round of the 2031 election.", "52%", "58%", []),
])
def test_a_figure_for_the_first_part_of_an_event_meets_only_that_part(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    """"40,000 visitors on its first day" holds for one day of four; "150,000 over four
    days" does not contradict it."""
    assert paired(check(a, b), left, right) == found


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # people of two kinds are two counts
    ("The Orla ferry fire killed 5 children on Sunday.",
     "The Orla ferry fire killed 3 women on Sunday.", "5", "3", []),
    ("The Orla ferry fire killed 12 passengers on Sunday.",
     "The Orla ferry fire killed 4 crew members on Sunday.", "12", "4", []),
    ("Officials said 40 students were hurt when the Kessel school roof fell.",
     "Officials said 9 teachers and staff were hurt when the Kessel school roof fell.",
     "40", "9", []),
    # the same kind, or anyone against a kind, still differs
    ("The Orla ferry fire killed 12 passengers on Sunday.",
     "The Orla ferry fire killed 14 passengers on Sunday.", "12", "14", ["discrepancy"]),
    ("The Orla ferry fire killed 12 people on Sunday.",
     "The Orla ferry fire killed 14 passengers on Sunday.", "12", "14", ["discrepancy"]),
    ("The explosion killed 260 crewmen of the Orla.",
     "The explosion killed 266 sailors of the Orla.", "260", "266", ["discrepancy"]),
])
def test_counts_of_people_of_different_kinds_are_two_counts(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    """"5 children" and "3 women" killed in one fire are two counts of the dead, not one
    count two sources give differently; "12 people" may be the same as "14 passengers"
    told otherwise, and crewmen are sailors."""
    assert paired(check(a, b), left, right) == found


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # two rounds of one election are two events
    ("Smith won 52% of the vote in the first round.",
     "Smith won 55% of the vote in the runoff.", "52%", "55%", []),
    ("Smith won 52% of the vote in the first round.",
     "Smith won 55% of the vote in the second round.", "52%", "55%", []),
    # the same round differs as before
    ("Smith won 52% of the vote in the first round.",
     "Smith won 50.5% of the vote in the first round.", "52%", "50.5%", ["discrepancy"]),
])
def test_figures_of_two_parts_of_an_event_are_two_figures(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    """"52% in the first round" and "55% in the runoff" are one candidate's shares of two
    ballots, not one share two sources give differently."""
    assert paired(check(a, b), left, right) == found


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # how long, how wide, how high and how deep are four measures of one thing
    ("The Orla liner was 269 metres long.", "The Orla liner was 28 metres wide.",
     "269 metres", "28 metres", []),
    ("The Orla dam is 185 metres high.", "The Orla reservoir is 150 metres deep.",
     "185 metres", "150 metres", []),
    ("The Orla wall was 4 metres thick.", "The Orla wall was 12 metres high.",
     "4 metres", "12 metres", []),
    # the same measure in other words still differs
    ("The Orla liner was 269 metres long.", "The Orla liner was 270 metres in length.",
     "269 metres", "270 metres", ["discrepancy"]),
])
def test_length_width_height_and_depth_are_four_measures(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    """"269 metres long" and "28 metres wide" say two things of one ship; only two
    lengths (or two widths) can disagree."""
    assert paired(check(a, b), left, right) == found


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # a month's figure is a part of its quarter's and of its year's
    ("Orla Motors sold 40,000 cars in March 2031.",
     "Orla Motors sold 52,000 cars in the first quarter of 2031.", "40,000", "52,000",
     ["not_comparable"]),
    ("Orla Motors had revenue of $1.1 billion in March 2031.",
     "Orla Motors had revenue of $9.8 billion in 2031.", "$1.1 billion", "$9.8 billion",
     ["not_comparable"]),
    # the same period still differs
    ("Orla Motors sold 40,000 cars in March 2031.",
     "Orla Motors sold 41,500 cars in March 2031.", "40,000", "41,500", ["discrepancy"]),
])
def test_a_month_is_a_part_of_its_quarter_and_its_year(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    """"40,000 cars in March" and "52,000 in the first quarter" are a part and its
    whole, not two counts of one thing (a year's figure against a span of several years
    already was)."""
    assert paired(check(a, b), left, right) == found


@pytest.mark.parametrize(("text", "figure"), [
    # "living" shares its stem with "lives" (lost), but counts the living
    ("Of the 487 in the pit, 407 living and 80 dead were brought up.", "407"),
    ("The census found 1,200 living in the old quarter.", "1,200"),
])
def test_the_living_are_no_dead(text: str, figure: str) -> None:
    assert frame_of(text, figure).measure != "casualties.killed"


def test_lives_claimed_are_still_the_dead() -> None:
    assert frame_of("The flood claimed 300 lives.", "300").measure == "casualties.killed"


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # who was counted, not what: the act beside them is the measure
    ("The flood displaced some 13,000 residents of the valley.", "13,000", "displaced"),
    ("The shelling killed 300 inhabitants of the old town.", "300", "casualties.killed"),
    # with nothing else measured beside them, the people of a place are its population
    ("Stiethzanvik, a town of 14,700 residents, lies to the north.", "14,700",
     "population"),
])
def test_residents_are_who_was_counted(text: str, figure: str, measure: str) -> None:
    assert frame_of(text, figure).measure == measure


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("Cyclone Irva\nFormed 3 May 1961\nLowest pressure 966 hPa\nFatalities 1,200",
     "Cyclone Irva\nFormed 4 May 1961\nLowest pressure: 955 hPa\nFatalities: about 1,200",
     "966 hPa", "955 hPa"),
    ("Karsund Bridge\nMain span 412 m\nOpened 1931",
     "Karsund Bridge\nOpened: 1931\nMain span: 418 m", "412 m", "418 m"),
])
def test_one_infobox_line_in_two_copies_is_one_measure(a: str, b: str, left: str,
                                                       right: str) -> None:
    # the same label, whatever measure it names, says the two values are one figure
    assert paired(check(a, b), left, right) == ["discrepancy"]


def test_infobox_lines_of_different_labels_stay_apart() -> None:
    report = check("Cyclone Irva\nLowest pressure 966 hPa\nHighest winds 185 km/h",
                   "Cyclone Irva\nPressure at landfall: 981 hPa\nGusts: 215 km/h")
    assert "discrepancy" not in paired(report, "966 hPa", "981 hPa")
    assert "discrepancy" not in paired(report, "185 km/h", "215 km/h")


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    # the drowned are one way of dying among others: part of a toll, not the toll
    ("The official report found 140,000 drowned in the floods.",
     "The total death toll of the floods was 422,000.", "140,000", "422,000"),
    ("At least 1,340 passengers drowned when the ferry sank.",
     "The sinking killed 1,565 people.", "1,340", "1,565"),
])
def test_the_drowned_against_all_the_dead_are_no_discrepancy(a: str, b: str, left: str,
                                                             right: str) -> None:
    assert "discrepancy" not in paired(check(a, b), left, right)


def test_two_counts_of_the_drowned_still_differ() -> None:
    report = check("In the flood 1,870 cattle drowned.",
                   "Some 1,600 cattle drowned in the flood.")
    assert paired(report, "1,870", "1,600") == ["discrepancy"]


def test_a_figure_in_rows_run_together_is_named_by_its_own_row() -> None:
    # "Results / Choice / Votes % / Yes ... / No ..." read as one statement: its subject
    # over all the rows names nobody's figure; the row holding it is its clause
    report = check("Results\nChoice\nVotes %\nYes 1,280,827 45.33%\nNo 1,544,950 54.67%\n"
                   "Valid votes 2,825,777 97.48%\nTotal votes 2,898,830 100.00%\n"
                   "Registered voters/turnout 4,178,920 69.37%\n\nResults by district",
                   "Approuvez-vous le projet de loi ?\nOui | 45,33 %\nNon | 54,67 %")
    assert paired(report, "54.67%", "54,67 %") == ["agreement"]


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("In March the jobless rate was 4.9 percent, the bureau said.",
     "In March the national unemployment rate was 5.0 percent.", "4.9 percent", "5.0 percent"),
    ("Inflation reached 8.5% in the year to July.",
     "The rate of inflation in the year to July was 9.1%.", "8.5%", "9.1%"),
])
def test_rates_of_an_economy_named_two_ways_are_one_measure(a: str, b: str, left: str,
                                                             right: str) -> None:
    assert paired(check(a, b), left, right) == ["discrepancy"]


def test_the_unemployment_rate_is_not_inflation() -> None:
    report = check("In March the jobless rate was 4.9 percent.",
                   "In March inflation was 5.0 percent.")
    assert "discrepancy" not in paired(report, "4.9 percent", "5.0 percent")


_DIARY = ("May 2: party leaves the base camp at 2,750 ft. May 3: altitude 6,630 ft, a depot "
          "made. May 5: camp at an altitude of 11,400 ft. May 6: the summit ridge is "
          "reached at 13,370 ft.")


def test_one_of_a_series_of_heights_is_not_set_against_an_undated_height() -> None:
    # which of the diary's four heights the other's mountain is, no word says
    report = check(_DIARY, "They meant to climb a mountain over 13,000 feet in height.")
    for figure in ("2,750 ft", "6,630 ft", "11,400 ft"):
        assert "discrepancy" not in paired(report, figure, "13,000 feet")


def test_a_height_of_a_series_said_alike_still_meets_its_partner() -> None:
    report = check(_DIARY, "On May 5 the camp stood at an altitude of 11,900 ft.")
    assert paired(report, "11,400 ft", "11,900 ft") == ["discrepancy"]


@pytest.mark.parametrize(("text", "figure", "statistic"), [
    ("In 2020 the population was 331,449,281, a 7.71% increase from 2010.", "7.71%", "change"),
    ("Sales fell again, a 5 % drop on the year.", "5 %", "change"),
    ("Women were 51.3% of the population.", "51.3%", "share"),
])
def test_a_share_followed_by_a_word_of_change_is_a_change(text: str, figure: str,
                                                          statistic: str) -> None:
    assert frame_of(text, figure).statistic == statistic


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("The canal's length is about 100 m.", "The canal is 164 km long.", "100 m", "164 km"),
    ("The ship displaced 12,000 tonnes.", "The ship displaced 900 kg.", "12,000 tonnes", "900 kg"),
])
def test_lengths_or_weights_orders_of_magnitude_apart_are_no_discrepancy(
        a: str, b: str, left: str, right: str) -> None:
    # no account of one length is off a thousandfold: another thing, or a unit misread
    assert "discrepancy" not in paired(check(a, b), left, right)


def test_counts_orders_of_magnitude_apart_still_differ() -> None:
    report = check("An estimated 1 billion people watched the rescue.",
                   "An estimated 5.3 million people watched the rescue.")
    assert paired(report, "1 billion", "5.3 million") == ["discrepancy"]


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # the part takes what befell it, the whole keeps its own words
    ("Twenty-three of the forty-three passengers on board the aircraft lost their lives.",
     "Twenty-three", "casualties.killed"),
    ("Twenty-three of the forty-three passengers on board the aircraft lost their lives.",
     "forty-three", "aboard"),
    ("Only 764 of the 1,959 people aboard the liner survived the sinking.", "764",
     "survivors"),
    ("Only 764 of the 1,959 people aboard the liner survived the sinking.", "1,959", "aboard"),
    # a participle of the whole's noun is the whole's: the part's verb comes after it
    ("In the end only 425 of the 700 troops killed could be identified.", "700",
     "casualties.killed"),
    ("In the end only 425 of the 700 troops killed could be identified.", "425", None),
])
def test_a_part_and_its_whole_each_take_their_own_words(text: str, figure: str,
                                                       measure: str) -> None:
    assert frame_of(text, figure).measure == measure


def test_the_whole_of_a_part_is_not_set_against_a_toll() -> None:
    report = check("Twenty-three of the forty-three passengers on board lost their lives.",
                   "The crash killed 23 of the 44 people on the aircraft.")
    assert paired(report, "Twenty-three", "23") == ["agreement"]
    assert "discrepancy" not in paired(report, "forty-three", "23")


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # a measure's phrase begun near the figure is read to its end, not cut at its first
    # word ("lost", a toll)
    ("Some 30,000 people in the old city lost their homes.", "30,000", "displaced"),
    ("About 1,200 workers at the two eastern mills lost their jobs.", "1,200", "employment"),
])
def test_a_measures_phrase_is_read_to_its_end(text: str, figure: str,
                                              measure: str | None) -> None:
    assert frame_of(text, figure).measure == measure


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    # one thing counted in two words of the synonym table: "artillery" is a word for guns
    ("The fleet carried 2,431 guns in all.", "The fleet carried 2,431 artillery pieces.",
     "2,431", "2,431"),
    # "added" is a change as surely as "grown by"
    ("The purchase added 586,412 square miles of new territory.",
     "With it the country had grown by 586,412 sq mi.", "586,412 square miles",
     "586,412 sq mi"),
])
def test_one_count_or_change_in_other_words_agrees(a: str, b: str, left: str,
                                                   right: str) -> None:
    assert paired(check(a, b), left, right) == ["agreement"]


def test_figures_of_different_things_make_no_not_comparable_finding() -> None:
    # "8 battleships" against "6 aircraft carriers": nothing a reader could use
    report = check("Of eight American battleships in the harbor, the attack destroyed one.",
                   "The attack destroyed eight U.S. aircraft in the harbor.")
    assert not [f for f in report.findings if f.kind == "not_comparable"]


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("In March 2022, inflation reached 8.5 percent.",
     "In March 2022, core inflation reached 6.5 percent.", "8.5 percent", "6.5 percent"),
    ("Food inflation stood at 19.2% in March 2023.",
     "Core inflation stood at 6.2% in March 2023.", "19.2%", "6.2%"),
    ("In 1933 unemployment peaked at 24.9 percent.",
     "In 1933 youth unemployment peaked at 30 percent.", "24.9 percent", "30 percent"),
])
def test_a_part_of_an_economy_s_rate_is_not_the_whole_rate(a: str, b: str, left: str,
                                                            right: str) -> None:
    # core or food inflation, the young's unemployment: other figures than the rate of
    # the whole economy, or than each other, in the same month
    assert "discrepancy" not in paired(check(a, b), left, right)


@pytest.mark.parametrize("text", [
    "The Northern Army numbered 60,000 soldiers on 28 December 1943, the general staff "
    "reported.",
    "The plant employed 4,200 workers on 1 March 2001, 2002 and 2003 the annual report "
    "said.",
])
def test_figures_between_the_words_after_a_figure_and_a_phrase_past_them(text: str) -> None:
    # the window after "60,000" holds figures ("28", "1943"), which ``find`` counts as no
    # words: a phrase read past the window ("general staff") starts past its last word
    claims = claimcheck.claims(claimcheck.Document("x", text))
    assert any(c.kind == "quantity" for c in claims)


def test_a_places_figure_in_brackets_is_not_set_against_a_whole_toll() -> None:
    # "Méricourt (404 people killed)": a village's dead, against an account of the whole
    # disaster that never names the village
    report = check("The dead came from the villages of Méricourt (404 people killed), "
                   "Sallaumines (304 killed) and Billy-Montigny (114 people killed).",
                   "The latest estimate is that 1,193 persons have been killed in the mine.")
    for part in ("404", "304", "114"):
        assert "discrepancy" not in paired(report, part, "1,193")


@pytest.mark.parametrize(("text", "figure", "owner"), [
    # a possessive before a superlative is the scope of a rank, not whose the figure is
    ("The Orvane mine disaster, Europe's worst mining accident, killed 1,099 miners.",
     "1,099", "orvane"),
    ("Tullow Oil, the world's largest independent explorer, cut 1,200 jobs.", "1,200",
     "tullow oil"),
    # a possessive right before the figure is whose it is, even after "to"
    ("Okafor won 184 electoral votes to Brandt's 165, with 20 unresolved.", "165", "brandt"),
])
def test_a_rank_scope_is_not_whose_the_figure_is(text: str, figure: str, owner: str) -> None:
    assert owner in (frame_of(text, figure).subject_key or "")


@pytest.mark.parametrize(("text", "figure"), [
    # "attendants" shares its stem with "attended", but flight or hospital attendants are
    # people on board or on duty, not an event's crowd
    ("The cabin crew of 12 flight attendants escaped unhurt.", "12"),
    ("The hospital employed 40 attendants on each ward.", "40"),
])
def test_attendants_are_no_attendance(text: str, figure: str) -> None:
    assert frame_of(text, figure).measure != "attendance"


def test_a_crowd_attended_is_still_attendance() -> None:
    assert frame_of("The final was attended by 60,000 spectators.",
                    "60,000").measure == "attendance"


@pytest.mark.parametrize(("a", "b"), [
    # a participle after a number or a determiner describes a thing; it tells no act
    ("On July 17, 1981, two suspended walkways of the Corvin Hotel in Dayton gave way.",
     "On July 17, 1981, the walkways collapsed at the Corvin Hotel in Dayton."),
    ("On 3 May 1902, the damaged levee at Marlow gave way.",
     "On 3 May 1902, the levee flooded Marlow."),
])
def test_a_participle_before_a_noun_is_no_act_of_its_own(a: str, b: str) -> None:
    report = check(a, b)
    kinds = [f.kind for f in report.findings if f.kind in ("agreement", "discrepancy")
             and all(report.claim(c).kind == "date" for c in f.claims)]
    assert kinds == ["agreement"]


def test_a_date_beside_words_of_two_measures_still_meets_its_own_day() -> None:
    # one photograph's caption in two states of an article, one run into the infobox's
    # "Casualties and losses": the measure words say nothing of which day it is
    a = ("Siege of Marlow\nPart of the Battle of the Fens\n\n4th Airborne Division troops "
         "watch as transports drop supplies over Marlow, 26 December 1944\nDate20–27 "
         "December 1944\nResult Allied victory\nBelligerents\n")
    b = ("Siege of Marlow\nPart of the Battle of the Fens\n4th Airborne Division troops "
         "watch as transports drop supplies over Marlow, 26 December 1944\nBelligerents\n"
         "Allies | Axis\nStrength\nUnknown\nCasualties and losses\n")
    report = check(a, b)
    assert paired(report, "26 December 1944", "26 December 1944") == ["agreement"]


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # a limit is a rule, never how fast anything went
    ("The train entered the curve, where the speed is restricted to 80 km/h, at 153 km/h.",
     "80 km/h", "speed_limit"),
    ("The bus was travelling at 97 km/h in a 60 km/h zone.", "60 km/h", "speed_limit"),
    ("The road has a speed limit of 55 mph.", "55 mph", "speed_limit"),
    ("The bus was travelling at 97 km/h in a 60 km/h zone.", "97 km/h", "speed"),
])
def test_a_speed_limit_is_a_measure_of_its_own(text: str, figure: str, measure: str) -> None:
    assert frame_of(text, figure).measure == measure


def test_a_limit_and_a_speed_make_two_facts() -> None:
    report = check("The train entered the curve, where the speed is restricted to 80 km/h, "
                   "at 153 km/h.",
                   "The train was travelling at 149 km/h in an 80 km/h zone.")
    assert paired(report, "80 km/h", "80 km/h") == ["agreement"]
    assert paired(report, "80 km/h", "149 km/h") == []


@pytest.mark.parametrize(("a", "b", "found"), [
    # one kind of people counted aboard, nothing said of what befell them: one count
    ("The ferry sank with 245 passengers and 8 crew on board.",
     "Of the 238 passengers and 5 crew on board, most were rescued.", ["discrepancy"]),
    ("The ferry Velda sank on 3 May 1921 with 245 passengers and 8 crew on board.",
     "Ferry Velda\nDate3 May 1921\nPassengers238\nCrew5\n", ["discrepancy"]),
    # the other noun of each clause ("employees", "crew") is another figure's
    ("The ferry Velda sank on 3 May 1921, with 245 passengers and 8 company employees "
     "on board.", "Of the 238 passengers and 5 crew on board the Velda, 40 drowned.",
     ["discrepancy"]),
    # far apart: another count of passengers (a day's, a year's)
    ("The ferry sank with 245 passengers and 8 crew on board.",
     "The line carried 410 passengers that week.", []),
])
def test_counts_of_one_kind_of_people_close_in_value_are_one_count(
        a: str, b: str, found: list[str]) -> None:
    report = check(a, b)
    left = "245"
    right = "238" if "238" in b else "410"
    assert paired(report, left, right) == found


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # a figure set between dashes stands for what comes before them; the clause goes on
    # past the second dash with what befell it
    ("Almost everyone in the old town—about 9,000 people—died in the fire.", "9,000",
     "casualties.killed"),
    ("Nearly the whole garrison — some 1,200 men — were captured at dawn.", "1,200",
     "casualties.captured"),
])
def test_a_figure_between_dashes_takes_the_verb_after_them(text: str, figure: str,
                                                          measure: str) -> None:
    found = frame_of(text, figure).measure
    assert found is not None and found.startswith(measure)


def test_a_dash_that_opens_no_aside_still_ends_the_clause() -> None:
    # "—" after the figure with no opening dash before it: the words after are another
    # clause's ("The flood displaced 9,000 people—the mayor blamed the dam.")
    assert frame_of("The town counted 9,000 people—the mayor blamed the dam.",
                    "9,000").measure != "casualties.killed"


@pytest.mark.parametrize(("a", "b"), [
    # an infobox's day and its ISO form are one statement: with the text's own, the day
    # is said twice in the document, rare enough to meet the other account's
    ("Dunmore Flight 88\nDate4 March 1977 (1977-03-04)\nSiteLydd\n\nDunmore Flight 88 "
     "was a scheduled flight from Jersey on 4 March 1977.",
     "On 4 March 1977, about 0912 local time, the aircraft struck power lines in fog."),
    # a weekday before its day is the day told once
    ("You appointed a board of officers to inquire into the causes of the battle of "
     "Marlow, Monday, April 20, 1914; to ascertain what happened.",
     "Tensions climaxed at the tent colony in a massacre on 20 April 1914 when the "
     "militia attacked."),
])
def test_a_day_told_again_in_its_own_line_is_still_a_rare_day(a: str, b: str) -> None:
    report = check(a, b)
    days = [f for f in report.findings if f.kind == "agreement"
            and all(report.claim(c).kind == "date" for c in f.claims)]
    assert days


def test_a_number_before_a_past_verb_is_its_subject_and_the_act_stands() -> None:
    # "300 drowned in the flood" tells an act; a day of it and a day of another act on
    # the same date are two events
    report = check("On 3 May 1902, 300 drowned in the flood at Marlow.",
                   "On 3 May 1902, the governor resigned at Marlow.")
    kinds = [f.kind for f in report.findings if f.kind in ("agreement", "discrepancy")
             and all(report.claim(c).kind == "date" for c in f.claims)]
    assert kinds == []


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # many things of one noun, a few parts in a hundred apart: one count told two ways
    ("Before it fell, the span was carrying 141,000 vehicles daily over the river.",
     "The bridge, opened in 1967, had been carrying 140,000 vehicles daily.",
     "141,000", "140,000", ["discrepancy"]),
    ("During the strike, workers at the port handled 2,480 containers.",
     "A tally of 2,560 containers during the strike was given by the union.", "2,480",
     "2,560",
     ["discrepancy"]),
])
def test_many_things_of_one_noun_close_in_value_are_one_count(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    assert paired(check(a, b), left, right) == found


def test_a_few_things_of_one_noun_are_not_one_count_by_that_alone() -> None:
    report = check("In the morning the harbour master counted 3 ships at anchor.",
                   "A storm later sank 3 ships off the cape.")
    assert not {"agreement", "discrepancy"} & set(paired(report, "3", "3"))


@pytest.mark.parametrize(("text", "measures"), [
    # a measure named after a comma right before the next figure is that figure's
    ("Her length was 548.9 feet, her breadth 65.75 feet, and her depth 41.02 feet.",
     ["length", "width", "depth"]),
    ("The hall was 60 metres long, with a breadth of 24 metres.", ["length", "width"]),
    # the words after a figure with no measure after the comma stay the figure's own
    ("The battle killed 3,063, wounded 14,492 and captured 1,200.",
     ["casualties.killed", "casualties.wounded", "casualties.captured"]),
])
def test_a_measure_after_a_comma_names_the_next_figure(text: str,
                                                      measures: list[str]) -> None:
    found = [c.frame.measure for c in claimcheck.claims(text) if c.kind == "quantity"]
    assert found == measures


def test_two_figures_whose_conversions_agree_are_one_value_rounded_two_ways() -> None:
    # "65.7 ft (20.0 m)" and "65 ft 7.2 in (19.995 m)": 20.0 m holds 19.995 m
    report = check("The liner Velda\nBeam: 65.7 ft (20.0 m)\nDepth: 36.7 ft (11.2 m)\n",
                   "The liner Velda\nBeam: 65 ft 7.2 in (19.995 m)\nDepth: 40 ft (12 m)\n")
    assert paired(report, "65.7 ft", "65 ft 7.2 in") == []
    # conversions that differ too leave the difference standing
    assert paired(report, "36.7 ft", "40 ft") == ["discrepancy"]


def test_a_ships_beam_is_its_breadth() -> None:
    report = check("The Velda's length was 548.9 feet and her breadth 65.75 feet.",
                   "The liner Velda\nLength: 548.9 ft\nBeam: 65.7 ft (20.0 m)\n")
    assert paired(report, "65.75 feet", "65.7 ft") == ["agreement"]


@pytest.mark.parametrize("b", [
    # a determiner that stands alone, as a number does, is the verb's subject: the verb
    # tells an act, another than the other document's on that day
    "On 3 June 1940, all drowned when the ferry capsized.",
    "On 3 June 1940, both drowned when the ferry capsized.",
    "On 3 June 1940, some fled to the hills.",
])
def test_a_verb_after_a_determiner_standing_alone_tells_an_act(b: str) -> None:
    report = check("On 3 June 1940, the garrison surrendered to the invaders.", b)
    kinds = [f.kind for f in report.findings if f.kind in ("agreement", "discrepancy")
             and all(report.claim(c).kind == "date" for c in f.claims)]
    assert kinds == []


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # an aside that tells something of what stands before the dash ("with", "home to"):
    # the verb after the second dash is that thing's, not the figure's
    ("The town—with 1,200 inhabitants—was destroyed by the tornado.", "1,200", "population"),
    ("The ferry—carrying 300 passengers—was lost in the storm.", "300", None),
])
def test_an_aside_that_describes_takes_no_verb_after_the_dash(text: str, figure: str,
                                                             measure: str | None) -> None:
    assert frame_of(text, figure).measure == measure


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # a zone names a speed limit only right after its figure ("a 60 km/h zone"); one
    # named before a speed is where it was measured
    ("Winds in the danger zone reached 150 mph.", "150 mph", "wind_speed"),
    ("The train entered the 80 km/h zone at 150 km/h.", "150 km/h", None),
    ("The bus crossed a 60 km/h speed zone at 97 km/h.", "60 km/h", "speed_limit"),
])
def test_a_zone_names_a_speed_limit_only_after_its_figure(text: str, figure: str,
                                                         measure: str | None) -> None:
    assert frame_of(text, figure).measure == measure


def test_a_speed_in_a_named_zone_meets_the_other_speed() -> None:
    report = check("Winds in the danger zone reached 150 mph.", "Winds reached 130 mph.")
    assert paired(report, "150 mph", "130 mph") == ["discrepancy"]


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    # how many a ship or a hall may hold is a rule or a size, not how many were there
    ("The ferry sank with 245 passengers and 8 crew on board.",
     "The ferry was licensed to carry 250 passengers.", "245", "250"),
    ("The stadium hosted 52,000 fans for the final.",
     "The stadium can hold 53,000 fans.", "52,000", "53,000"),
])
def test_a_capacity_is_no_count_of_those_there(a: str, b: str, left: str, right: str) -> None:
    assert paired(check(a, b), left, right) == []


def test_two_capacities_still_differ() -> None:
    report = check("The ferry was licensed to carry 250 passengers.",
                   "The ferry was licensed for 300 passengers.")
    assert paired(report, "250", "300") == ["discrepancy"]


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    # a round restatement agrees with the other's within a tolerance, not at the precision
    # either states: it shows no one value rounded two ways, and the figures still differ
    ("The tower is 324 m (1,063 ft) tall.", "The tower is 300 m (1,000 ft) tall.",
     "324 m", "300 m"),
    ("The wall is 330 m (1,083 ft) long.", "The wall is 305 m (1,000 ft) long.", "330 m",
     "305 m"),
])
def test_round_conversions_do_not_explain_a_difference(a: str, b: str, left: str,
                                                       right: str) -> None:
    assert paired(check(a, b), left, right) == ["discrepancy"]


@pytest.mark.parametrize(("text", "figure", "scope"), [
    # a count told as it stands when written, with no date: the present perfect, "so far"
    ("Twenty-two of these patients have died.", "Twenty-two", "running"),
    ("At least 14 people have been killed so far.", "14", "running"),
    ("The death toll has now risen to 30.", "30", "running"),
    ("To date, 1,200 cases of the fever were confirmed.", "1,200", "running"),
    # a date says when it stood (a moment); a plain past is no running count
    ("As of 14 June 2031, 14 people have died.", "14", "moment"),
    ("An estimated 180 cases including 29 deaths occurred.", "29", None),
    ("The storm killed 12 people.", "12", None),
])
def test_a_count_told_as_it_stands_when_written_is_running(text, figure, scope):
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.scope == scope


@pytest.mark.parametrize(("a", "b", "left", "right", "found"), [
    # a running toll below a later one that states no date: it may have grown since
    ("Twenty-two of the patients of the Legion outbreak have died.",
     "The Legion outbreak caused 180 cases including 29 deaths.", "Twenty-two", "29", []),
    ("So far the floods have killed 412 people in the province.",
     "The floods killed 1,985 people in the province.", "412", "1,985", []),
    # a running toll above the other is not explained by growth
    ("The fires have so far caused at least 181 deaths in the state.",
     "The fires caused 173 deaths in the state.", "181", "173", ["discrepancy"]),
    # two sources' counts as each stood when it was written: two moments unknown
    ("About 875 acres of new land have been created by the lava flows.",
     "About 655 acres of new land have been created by the lava flows.", "875 acres",
     "655 acres", []),
])
def test_a_running_count_with_no_date_against_a_larger_one_is_no_discrepancy(
        a: str, b: str, left: str, right: str, found: list[str]) -> None:
    assert paired(check(a, b), left, right) == found


@pytest.mark.parametrize("key", ["Publication date", "Date of publication", "Release date",
                                 "Retrieved", "Accessed"])
def test_a_keyed_publication_date_meets_no_other_date(key: str) -> None:
    """"Publication date: 09/30/1994" says when the report came out: two reports of one
    outbreak published three weeks apart do not disagree on a date. (An infobox's
    "Date: 5-9 August 1975" is the event's, and still meets.)"""
    report = check(f"Human plague in India\n\n{key}: 09/30/1994\n\nSince August 26, 1994, "
                   "cases have been reported.",
                   f"Human plague in India, update\n\n{key}: 10/21/1994\n\nFrom August 26, "
                   "1994, cases were reported.")
    assert not [f for f in report.findings if f.kind in ("agreement", "discrepancy")
                and "09/30/1994" in {report.claim(c).text for c in f.claims}]
    event = check("Dam failure\n\nDate: August 8, 1975\n\nThe dam failed.",
                  "Dam failure\n\nDate: August 9, 1975\n\nThe dam failed.")
    assert [f for f in event.findings if f.kind == "discrepancy"]


@pytest.mark.parametrize(("text", "figure", "statistic"), [
    # a length of time something was changed by is a change, not a length
    ("The week's working time was thus cut down two hours.", "two hours", "change"),
    ("The shift was reduced by three hours.", "three hours", "change"),
    ("The voyage was shortened by ten days.", "ten days", "change"),
    # a length of time
    ("The ship went down in 12 minutes.", "12 minutes", "count"),
    ("The law cut the week from 56 hours to 54 hours.", "56 hours", "count"),
    ("The crossing took two hours.", "two hours", "count"),
])
def test_a_length_of_time_something_was_changed_by_is_a_change(text, figure, statistic):
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.statistic == statistic


def test_hours_cut_are_not_set_against_the_hours_before_the_cut() -> None:
    report = check("The law took effect on January 1, 1912, and the mill hands' week was "
                   "thus cut down two hours.",
                   "On January 1, 1912, a law cut the mill hands' week from 56 hours to 54 "
                   "hours.")
    assert paired(report, "two hours", "56 hours") == []


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # people taken into custody are a measure of their own
    ("Arrests: 296", "296", "arrests"),
    ("Police arrested 296 strikers.", "296", "arrests"),
    ("So four were detained.", "four", "arrests"),
    # a label before the next colon is the next pair's key, not this figure's noun
    ("Deaths: 3 killed, Arrests: 12", "3", "casualties.killed"),
    ("Casualties1: Deaths: 3 killed, Arrests: 40", "3", "casualties.killed"),
])
def test_arrests_and_the_next_keys_label(text: str, figure: str, measure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.measure == measure


@pytest.mark.parametrize(("line", "figure", "column", "statistic"), [
    # an infobox row whose cells each give a count and its share, either way round, in
    # the singular or the plural: the row's label is each figure's, a cell one column
    ("Last election 125 seats, 34.2% 183 seats, 44.5% 15 seats, 4.2%", "183", 2, "count"),
    ("Last election 125 seats, 34.2% 183 seats, 44.5% 15 seats, 4.2%", "44.5%", 2, "share"),
    ("Last election 11.9%, 70 seats 8.3%, 51 seats 3.1%, 20 seats", "51", 2, "count"),
    ("Last election 4 seats, 1.74% 1 seat, 2.42%", "4", 1, "count"),
])
def test_a_row_of_counts_with_their_shares_keeps_its_label(line, figure, column, statistic):
    text = f"Party PSOE PP CiU\nLeader's seat Madrid Madrid Barcelona\n{line}\n"
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    frame = claim.frame
    assert (frame.measure, frame.relative, frame.subject, frame.statistic) == (
        "seats", "Last election", f"column {column}", statistic)


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    # a kind marked distinct is never the whole told loosely, not even at the same value
    ("In March 2022, inflation reached 6.5 percent.",
     "In March 2022, core inflation reached 6.5 percent.", "6.5 percent", "6.5 percent"),
    ("The bank had $7.8 billion of subordinated debt when it failed in 2008.",
     "The bank had $8 billion in debt when it failed in 2008.", "$7.8 billion", "$8 billion"),
    ("In 1933 youth unemployment peaked at 24.9 percent.",
     "In 1933 unemployment peaked at 24.9 percent.", "24.9 percent", "24.9 percent"),
])
def test_a_distinct_kind_never_meets_the_whole(a: str, b: str, left: str, right: str) -> None:
    assert paired(check(a, b), left, right) == []


def test_the_dead_still_meet_the_casualties_they_are_called() -> None:
    # (casualties.killed is no distinct kind: "1,200 casualties" may be the dead)
    from claimcheck.text.measures import relation
    assert relation("casualties.killed", "casualties") == "part"
    assert relation("debt.subordinated", "debt") is None


@pytest.mark.parametrize(("text", "figure", "place"), [
    # the next key's label is cut only from a key's value before the next colon: in a
    # sentence, the name before a bracket or a semicolon is the figure's own place
    ("The hurricane killed 30 people in Florida (mostly elderly) and 12 in Georgia.", "30",
     "Florida"),
    ("The storm killed 30 people in New Orleans; 12 more died in Baton Rouge.", "30",
     "New Orleans"),
])
def test_a_sentence_figure_keeps_its_place_before_a_bracket(text: str, figure: str,
                                                             place: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.place == place


@pytest.mark.parametrize(("key", "date"), [
    ("Publication date", "1851"), ("Released", "1967"), ("Release date", "May 1997")])
def test_a_keyed_year_a_work_came_out_is_no_stamp(key: str, date: str) -> None:
    """A page is stamped to its day: "Publication date: 1851" in a book's infobox, a
    year or a month, is when the work came out, a fact like any."""
    (claim,) = [c for c in claimcheck.claims(f"Moby-Dick\nAuthor: Herman Melville\n"
                                             f"{key}: {date}\nPages: 635\n")
                if c.text == date]
    assert claim.frame.source != "stamp"


@pytest.mark.parametrize(("text", "figure"), [
    # no present perfect: a word ending in "-en" that is no participle, an irregular
    # plural after "have"
    ("The quake, which historians have often described, killed 3,000 people.", "3,000"),
    ("The hospital has seven wards, and 40 patients died.", "40"),
    ("Families that have children lost 300 homes.", "300"),
    # "so far" of a distance or a degree
    ("The storm was so far offshore that only 3 people died.", "3"),
    ("So far as is known, 30 people died.", "30"),
])
def test_a_have_or_so_far_of_another_sense_is_no_running_count(text: str,
                                                                figure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.scope is None


@pytest.mark.parametrize(("text", "figure"), [
    ("Cases have grown to 300.", "300"),
    ("So far, 30 people have died.", "30"),
    ("Rebels have lost 300 men.", "300"),
])
def test_a_present_perfect_or_so_far_still_makes_a_running_count(text: str,
                                                                  figure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.scope == "running"


@pytest.mark.parametrize(("text", "figure", "statistic"), [
    # a change word alone before a length of time tells how long, not by how much
    ("Snow fell three days in a row.", "three days", "count"),
    ("The river rose three days running.", "three days", "count"),
    # with "by", or after a verb that changes a length, it is a change
    ("The average wait rose by 20 minutes.", "20 minutes", "change"),
    ("The mill hands' week was thus cut down two hours.", "two hours", "change"),
])
def test_a_length_after_a_change_word_alone_is_a_length(text: str, figure: str,
                                                        statistic: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.statistic == statistic


def test_cardiac_arrests_are_no_arrests() -> None:
    report = check("At the city marathon, police made 30 arrests.",
                   "At the city marathon, doctors treated 45 cardiac arrests.")
    assert paired(report, "30", "45") == []
    (claim,) = [c for c in claimcheck.claims("The heat caused 30 cardiac arrests.")
                if c.text == "30"]
    assert claim.frame.measure != "arrests"


@pytest.mark.parametrize("text", ["Deaths: 3 killed, arrests: 296",
                                  "deaths: 3 killed; arrests: 296"])
def test_the_next_keys_label_in_lower_case_is_cut_after_a_comma(text: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == "3"]
    assert claim.frame.measure == "casualties.killed"


@pytest.mark.parametrize(("text", "part", "whole"), [
    ("The opposition ended the government's majority by winning 114 of the 228 seats.",
     "114", "228"),
    ("Acme grew by acquiring 30 of the 120 stores in the region.", "30", "120"),
    ("The rebels won 52 of the 60 seats.", "52", "60"),
])
def test_the_whole_a_part_was_won_from_is_a_total(text: str, part: str, whole: str) -> None:
    claims = {c.text: c for c in claimcheck.claims(text)}
    assert claims[whole].frame.statistic == "total"
    assert claims[part].frame.statistic == "count"


@pytest.mark.parametrize("text", [
    "The fire burned 20 homes, including seven of the forty houses on the hill.",
    "Seven of the forty injured died.",
])
def test_the_whole_after_a_preposition_or_no_verb_stays_a_count(text: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text in ("forty",)]
    assert claim.frame.statistic == "count"


def test_a_possessive_in_the_object_before_by_doing_owns_no_figure() -> None:
    text = ("The lawyer led his party to big gains, ending the ruling Unity Party's "
            "majority by winning 114 of the 228 seats.")
    (claim,) = [c for c in claimcheck.claims(text) if c.text == "114"]
    assert claim.frame.subject_key != normalize("Unity Party")
    # the winner's figure is not set against the loser's
    report = check("The Unity Party won 80 seats.", text)
    assert paired(report, "80", "114") == []
    # a possessive opening the clause still owns it
    (own,) = [c for c in claimcheck.claims("Labour's lead grew by winning 12 seats.")
              if c.text == "12"]
    assert own.frame.subject_key == normalize("Labour")


def test_the_winners_seats_are_not_set_against_all_the_seats() -> None:
    report = check("In the election, the Reform Party won 114 seats.",
                   "The Reform Party ended the ruling Union Party's majority by "
                   "winning 114 of the 228 seats in parliament.")
    assert paired(report, "114", "228") == []
    assert paired(report, "114", "114") == ["agreement"]


@pytest.mark.parametrize(("text", "figure"), [
    ("The assets were overstated by at least €3.95 billion.", "€3.95 billion"),
    ("Its profits had been inflated by $400 million.", "$400 million"),
    ("The population was underestimated by 12,000.", "12,000"),
    ("Revenue rose by at least 5 percent.", "5 percent"),
    ("Exports fell by more than 1,200 tonnes.", "1,200 tonnes"),
])
def test_by_how_much_a_figure_was_misstated_or_changed_is_a_change(text: str,
                                                                   figure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.statistic == "change"


def test_a_level_reached_past_a_bound_is_no_change() -> None:
    (claim,) = [c for c in claimcheck.claims("Revenue rose to more than $5 billion.")
                if c.text == "$5 billion"]
    assert claim.frame.statistic == "count"


def test_an_overstatement_is_not_set_against_a_value() -> None:
    report = check("In April 2002 Acme was valued at €3.7 billion.",
                   "Acme's assets in 2002 were overstated by at least €3.95 billion.")
    assert paired(report, "€3.7 billion", "€3.95 billion") == []


@pytest.mark.parametrize("text", [
    "Only 1,021 of the 1,342 people aboard died.",
    "An estimated 1,021 out of the 1,342 people on board died.",
    "In all, 1,021 of the 1,342 passengers aboard perished.",
])
def test_the_verb_after_a_partitive_whole_is_said_of_the_part(text: str) -> None:
    """The sentence's last word is its verb too ("died." with its full stop): what it says
    befell the part, the whole keeps its own noun (the people aboard)."""
    claims = {c.text: c for c in claimcheck.claims(text)}
    assert claims["1,021"].frame.measure == "casualties.killed"
    assert claims["1,342"].frame.measure == "aboard"


def test_all_aboard_are_not_set_against_the_dead() -> None:
    report = check("Nearly twelve hundred persons were burned to death on the General Grant.",
                   "An estimated 1,021 out of the 1,342 people on board the General Grant died.")
    assert paired(report, "twelve hundred", "1,342") == []
    assert paired(report, "twelve hundred", "1,021") == ["discrepancy"]


@pytest.mark.parametrize(("listed", "whole", "part", "total"), [
    ("The 2 pilots, 2 flight attendants, and 45 passengers aboard the airplane were killed.",
     "Fatalities 50", "45", "50"),
    ("The fire killed 12 firefighters and 30 residents of the block.",
     "The fire killed 45 people.", "30", "45"),
    ("Among the dead were 3 teachers, 4 nurses and 160 children.",
     "In all 172 people died.", "160", "172"),
])
def test_one_kind_of_people_listed_beside_another_is_not_the_whole(
        listed: str, whole: str, part: str, total: str) -> None:
    """A breakdown's count of one kind of people is not the toll that names no kind."""
    assert "discrepancy" not in paired(check(listed, whole), part, total)


def test_one_kind_listed_still_meets_the_same_kind() -> None:
    report = check("The 2 pilots, 2 flight attendants, and 45 passengers aboard were killed.",
                   "The crash killed 47 passengers.")
    assert paired(report, "45", "47") == ["discrepancy"]


@pytest.mark.parametrize(("text", "figure", "owner"), [
    ("Beautiful Kawau Island is a walker's dream, but in October 1894 it was the site of "
     "a wreck with around 130 lives lost.", "130", None),
    ("The Union lost 5,000 men, but the Confederates lost 3,000 men.", "3,000",
     "Confederates"),
    ("Acme's sales rose, yet Globex reported revenue of $4 billion.", "$4 billion", "Globex"),
])
def test_a_clause_after_but_names_its_own_owner_or_none(text: str, figure: str,
                                                         owner: str | None) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.subject_key == (normalize(owner) if owner else None)


def test_the_votes_on_each_side_of_a_question_are_kinds_of_their_own() -> None:
    """A referendum's or a motion's sides: "184 voting against" and "184 opposed" are one
    count, never the whole of the votes nor the other side's."""
    report = check("The union was dissolved: 368,208 in favour and just 184 voting against.",
                   "Of the 368,392 votes, 184 were opposed.")
    assert paired(report, "184", "184") == ["agreement"]
    assert paired(report, "184", "368,392") == []
    assert paired(report, "368,208", "368,392") == []
    (claim,) = [c for c in claimcheck.claims("The bill passed with 212 ayes.") if c.text == "212"]
    assert claim.frame.measure == "votes.for"


def test_votes_for_a_named_candidate_are_the_candidates_votes() -> None:
    report = check("In Ohio, 2,940,044 voted for Obama.", "In Ohio, Obama won 2,940,044 votes.")
    assert paired(report, "2,940,044", "2,940,044") == ["agreement"]


def test_a_source_that_states_the_others_field_too_sets_no_other_count_against_it(
) -> None:
    """"15 runners competed, although 18 entrants were listed": the runners are the
    participants the other source counts, and the 18 listed are about something else."""
    report = check("Though starting with 15 participants in 1897, the race grew.",
                   "A report stated 15 runners competed in the race, although 18 entrants "
                   "were listed.")
    assert paired(report, "15", "18") == []
    assert paired(report, "15", "15") == ["agreement"]


def test_who_says_there_were_so_many_owns_none() -> None:
    (claim,) = [c for c in claimcheck.claims(
        "The Boston Athletic Association states there were 15 runners.") if c.text == "15"]
    assert claim.attribution == "The Boston Athletic Association"
    assert claim.frame.subject_key is None


@pytest.mark.parametrize(("text", "owner"), [
    ("The orbiter landed two days later, having orbited the Earth 37 times.", None),
    ("Columbia orbited the Earth 36 times.", "Columbia"),
])
def test_the_object_of_a_verb_before_a_count_of_times_owns_it_not(text: str,
                                                                  owner: str | None) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text[:1].isdigit()
                and c.frame.counted == "times"]
    assert claim.frame.subject_key == (normalize(owner) if owner else None)


def test_a_giving_verbs_receiver_still_owns_its_votes() -> None:
    (claim,) = [c for c in claimcheck.claims("Voters gave the Reform Party 716,000 votes.")
                if c.text == "716,000"]
    assert claim.frame.subject_key == normalize("Reform Party")


@pytest.mark.parametrize("text", [
    "The flood, which struck in Kansas and Missouri in 1951, killed 17 people.",
    "The plague, which raged in Manchuria and north China in 1910, killed 50,000 people.",
])
def test_a_second_place_of_a_list_of_places_owns_no_figure(text: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.kind == "quantity"]
    assert claim.frame.subject_key is None


@pytest.mark.parametrize("text", [
    "The Labour Party's lead grew by winning 12 seats.",
    "After the Conservatives lost, the Labour Party's majority grew by winning 12 seats.",
])
def test_a_possessive_opening_its_clause_before_by_doing_owns_the_figure(text: str) -> None:
    """A possessive opening its clause, after "The" or after another clause, is the
    doer's ("the Labour Party's lead grew by winning 12"), not a verb's object: the
    figure stays Labour's, never the earlier clause's name's."""
    (claim,) = [c for c in claimcheck.claims(text) if c.text == "12"]
    assert claim.frame.subject_key == normalize("Labour Party")
    assert paired(check("The Conservatives won 200 seats.", text), "200", "12") == []


@pytest.mark.parametrize(("text", "figure"), [
    ("Acme overstated its assets by €3.95 billion.", "€3.95 billion"),
    ("The firm inflated its reported revenue by more than $2 billion.", "$2 billion"),
    ("Acme cut its workforce by nearly 1,200 jobs.", "1,200"),
])
def test_a_change_verb_its_object_and_by_make_a_change(text: str, figure: str) -> None:
    """The active of "the assets were overstated by €3.95 billion": a verb of change, its
    object, then "by" and the figure, perhaps past a bound; by how much, never a level
    set against the company's value."""
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.statistic == "change"
    report = check("In April 2002 Acme was valued at €3.7 billion.",
                   "In 2002 Acme overstated its assets by €3.95 billion.")
    assert paired(report, "€3.7 billion", "€3.95 billion") == []


def test_a_stop_between_a_change_verb_and_by_makes_no_change() -> None:
    (claim,) = [c for c in claimcheck.claims("The firm cut jobs, and its output by 2009 "
                                             "was 1,200 tonnes.") if c.text == "1,200 tonnes"]
    assert claim.frame.statistic == "count"


@pytest.mark.parametrize(("text", "figure"), [
    ("The assets were overstated by as much as €4 billion.", "€4 billion"),
    ("Exports fell by as much as 1,200 tonnes.", "1,200 tonnes"),
    ("Revenue rose by upwards of $5 billion.", "$5 billion"),
    ("Acme overstated its total assets by as much as €4 billion.", "€4 billion"),
])
def test_every_bound_after_by_is_read_past(text: str, figure: str) -> None:
    """"by as much as", "by up to", "by upwards of" bound the change as "by at least"
    does: the figure is by how much, never a level (the overstatement "as much as €4
    billion" agreed with a value of €3.7 billion)."""
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.statistic == "change"
    report = check("In April 2002 Acme was valued at €3.7 billion.",
                   "In 2002 the assets of Acme were overstated by as much as €4 billion.")
    assert paired(report, "€3.7 billion", "€4 billion") == []


@pytest.mark.parametrize(("text", "figure"), [
    ("The union claimed an inflated 40,000 members.", "40,000"),
    ("In 2000 Enron reported an inflated $100 billion in revenue.", "$100 billion"),
])
def test_a_word_of_change_after_an_article_is_an_adjective_of_a_level(
        text: str, figure: str) -> None:
    """"an inflated $100 billion": the level a source gave (d55bd21 made "inflated" a
    word of change), not by how much it changed."""
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.statistic == "count"
    report = check("In 2000 Enron reported an inflated $100 billion in revenue.",
                   "In 2000 Enron revenue was $100 billion.")
    assert paired(report, "$100 billion", "$100 billion") == ["agreement"]


@pytest.mark.parametrize("link", ["plus", "as well as", "along with", "together with"])
def test_a_count_of_one_kind_linked_to_another_is_a_part_of_a_breakdown(link: str) -> None:
    """"45 passengers plus 4 crew members" lists two kinds as "45 passengers and 4 crew"
    does: the passengers are one part, never set against a toll that names no kind."""
    report = check(f"The crash killed 45 passengers {link} 4 crew members.", "Fatalities 49")
    assert paired(report, "45", "49") == []


@pytest.mark.parametrize("text", [
    "The Reform Party won just 114 of the 228 seats.",
    "The Reform Party ended the Union Party's rule by winning only 114 of the 228 seats.",
    "The Reform Party won about 114 of the 228 seats.",
])
def test_the_whole_a_part_was_won_from_past_a_qualifier_is_a_total(text: str) -> None:
    """"won only 114 of the 228 seats": a word of degree between the verb and the part
    leaves the whole all the seats, as "won 114 of the 228 seats" does."""
    (claim,) = [c for c in claimcheck.claims(text) if c.text == "228"]
    assert claim.frame.statistic == "total"


@pytest.mark.parametrize(("text", "figure", "statistic"), [
    ("Prices rose at stores owned by 300 firms.", "300", "count"),
    ("Prices rose in towns hit by 30 storms.", "30", "count"),
    ("Acme overstated its 2003 profits by $300 million.", "$300 million", "change"),
])
def test_a_change_verbs_object_before_by_is_an_object(text: str, figure: str,
                                                       statistic: str) -> None:
    """A verb of change with no object (a preposition after it) or a passive's "by" ("owned
    by 300 firms": who did it) makes no change of the figure after "by"; a year in the
    object ("its 2003 profits") is no figure between."""
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.statistic == statistic


def test_an_ing_form_the_dictionary_lacks_still_acts() -> None:
    """"by buying 1,200 of the 5,000": the dictionary takes "buying" (and "cutting",
    "ending") to no verb, yet it is one: the possessive in the object before it owns no
    figure (Globex's 800 workers are not set against the 1,200 Acme bought), and the
    whole after the part is a total."""
    text = "In 2009 Acme ended Globex's lead by buying 1,200 of the 5,000 workers' contracts."
    claims = {c.text: c for c in claimcheck.claims(text)}
    assert claims["1,200"].frame.subject_key != normalize("Globex")
    assert claims["5,000"].frame.statistic == "total"
    assert paired(check("In 2009 Globex employed 800 workers.", text), "800", "1,200") == []


def test_an_infobox_copied_as_a_list_of_numbered_keys_is_read_by_column() -> None:
    """"- Percentage1: 26.51" is the first column's share, as "percentage1 = 26.51" is: it
    meets the first column of a row "Percentage 26,5% 21,2%", and a bare number under a
    label of percentages meets percentages."""
    text = "- Party1: Reform\n- Percentage1: 26.51\n- Party2: Labour\n- Percentage2: 21.19"
    claims = {c.text: c for c in claimcheck.claims(text)}
    assert claims["26.51"].frame.subject == "column 1"
    assert claims["21.19"].frame.statistic == "share"
    report = check("Party Reform Labour Green\nPercentage 26,5% 21,2% 16,6%", text)
    assert paired(report, "26,5%", "26.51") == ["agreement"]
    assert paired(report, "21,2%", "21.19") == ["agreement"]
    assert paired(report, "26,5%", "21.19") == []


@pytest.mark.parametrize(("text", "part", "measure"), [
    ("Across the state 39 people were killed, 32 of them in Xenia.", "32", "casualties.killed"),
    ("The storm injured 300 people, 120 of them children.", "120", "casualties.wounded"),
])
def test_some_of_the_figure_before_are_counted_as_it_is(text: str, part: str,
                                                        measure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == part]
    assert claim.frame.measure == measure


def test_the_part_in_a_place_meets_that_places_toll_not_the_whole() -> None:
    report = check("Across the state 39 people were killed during the outbreak, 32 of them "
                   "being in Xenia.",
                   "The tornado that struck the city of Xenia was the deadliest of the "
                   "outbreak, killing 34.")
    assert paired(report, "32", "34") == ["discrepancy"]
    assert paired(report, "39", "34") == []


def test_the_figure_right_after_among_the_is_the_group_itself() -> None:
    """"Among the 88 passengers were 12 employees": the 88 are all the passengers, no
    part of them; "Among the dead were 45 children" still counts a part."""
    (whole,) = [c for c in claimcheck.claims(
        "Among the 88 passengers were 12 employees of the airline.") if c.text == "88"]
    assert whole.frame.scope != "part"
    (part,) = [c for c in claimcheck.claims("Among the dead were 45 children.")
               if c.text == "45"]
    assert part.frame.scope == "part"


@pytest.mark.parametrize("text", [
    "The volcano lies about 63 kilometers (39 miles) south of Manila, and rises out of a "
    "small island in Lake Bombon.",
    "The town lies 18 miles from Waco, in McLennan County.",
])
def test_a_distance_from_a_place_is_a_distance_held_nowhere(text: str) -> None:
    """How far from a place: a distance, and the names after its reference (where it is
    counted from, what the clause goes on to) are not where it holds."""
    (claim,) = [c for c in claimcheck.claims(text) if c.kind == "quantity"
                and c.frame.source != "conversion"]
    assert claim.frame.measure == "distance"
    assert claim.frame.place is None


def test_two_distances_from_one_capital_differ() -> None:
    report = check("Taal lies about 63 kilometers (39 miles) south of Manila, and rises "
                   "out of a small island in Lake Bombon.",
                   "Taal is located about 50 km (31 mi) south of the capital of the "
                   "country, the city of Manila.")
    assert paired(report, "63 kilometers", "50 km") == ["discrepancy"]


def test_the_dead_of_a_definite_group_after_a_verb_of_killing_are_counted() -> None:
    """"killed all five lighthouse keepers" and "killed the four keepers" count (a small
    number after "the" is a reference elsewhere: "the two sides"); "Among others, it ...":
    besides other things, no group counted in."""
    texts = {"all": "The wave killed all five lighthouse keepers.",
             "the": "Among others, the wave obliterated the lighthouse and killed the four "
                    "keepers."}
    counted = {k: [c.text for c in claimcheck.claims(t) if c.kind == "quantity"]
               for k, t in texts.items()}
    assert counted == {"all": ["five"], "the": ["four"]}
    assert [c.text for c in claimcheck.claims("The two sides met at noon.")
            if c.kind == "quantity"] == []
    report = check(texts["all"], texts["the"])
    assert paired(report, "five", "four") == ["discrepancy"]


@pytest.mark.parametrize(("text", "figures", "measure"), [
    # the verb said once, before the list
    ("The storm killed 30 men and 20 women.", ["30", "20"], "casualties.killed"),
    ("The blast killed three crew and eight passengers.", ["three", "eight"],
     "casualties.killed"),
    # ... and after it
    ("Twelve soldiers and four civilians were killed in the raid.", ["Twelve", "four"],
     "casualties.killed"),
    ("Eleven passengers on the first train and 15 crew members were injured.",
     ["Eleven", "15"], "casualties.wounded"),
])
def test_a_verb_said_once_for_a_list_of_kinds_of_people_counts_each(
        text: str, figures: list[str], measure: str) -> None:
    """"killed three crew and eight passengers": both were killed, not the first alone;
    "Twelve soldiers and four civilians were killed": the soldiers too, no count of a
    force's strength."""
    framed = {c.text: c.frame.measure for c in claimcheck.claims(text) if c.kind == "quantity"}
    assert [framed[f] for f in figures] == [measure] * len(figures)


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # two clauses, each with its own verb: the second's figure keeps its own
    ("30 were killed and 20 were wounded.", "20", "casualties.wounded"),
    # the last figure's measure is its own noun, said of it alone
    ("The train carried 245 passengers and 8 Amtrak employees.", "245", None),
    # things, not people: the list's verb is not said of another kind
    ("The army had 30,000 men and 500 guns were lost.", "30,000", "strength"),
])
def test_a_measure_is_not_shared_across_clauses_or_kinds(
        text: str, figure: str, measure: str | None) -> None:
    framed = {c.text: c.frame.measure for c in claimcheck.claims(text) if c.kind == "quantity"}
    assert framed[figure] == measure


def test_the_whole_of_a_part_that_says_nothing_of_its_own_is_all_there_were() -> None:
    """"8 of the 20 passengers were killed": 8 passengers killed, 20 all the passengers;
    the 20 is never set against another account's dead, and the 8 is a count of
    passengers, not of everyone killed."""
    framed = {c.text: c for c in claimcheck.claims("8 of the 20 passengers were killed.")
              if c.kind == "quantity"}
    assert framed["20"].frame.statistic == "total"
    assert framed["8"].subject == "passengers"
    report = check("All 3 crew members and 8 of the 20 passengers on the train were killed.",
                   "The collision killed three crew and eight passengers; deaths: 11.")
    assert paired(report, "20", "eight") == []
    assert paired(report, "8", "11") == []


@pytest.mark.parametrize(("text", "figure"), [
    ("Labor is predicted to win 73 seats in the House.", "73"),
    ("The Greens' projected tally of nine senators gives them the balance of power.", "nine"),
    ("The company expects revenue of $5 billion next year.", "$5 billion"),
    ("Forecasters expected 14 named storms this season.", "14"),
])
def test_a_predicted_figure_is_a_forecast(text: str, figure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.scope == "forecast"


@pytest.mark.parametrize(("text", "figure"), [
    ("76 seats were needed for a majority in the House.", "76"),
    ("A majority requires 76 seats.", "76"),
    ("The bill needs 60 votes to pass.", "60"),
    ("Majority seats: 76", "76"),
])
def test_what_a_majority_needs_is_a_bar_not_a_count(text: str, figure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.scope == "threshold"


def test_a_winners_margin_and_a_result_are_no_bar_nor_forecast() -> None:
    framed = {c.text: c.frame.scope for c in claimcheck.claims(
        "Labor won 72 seats. Majority: 3,402 votes. 14 storms formed. The rescue needed 200 "
        "men.") if c.kind == "quantity"}
    assert framed == {"72": None, "3,402": None, "14": None, "200": None}
    (took,) = [c for c in claimcheck.claims("The convoy needed 3 days to reach the port.")
               if c.kind == "duration"]
    assert took.frame.scope is None


def test_a_forecast_or_a_bar_is_never_set_against_a_result() -> None:
    """"predicted to win 73 seats" is no count of the 72 won; the 76 a majority needed is
    no count at all; two forecasts of one thing, or two bars, still meet."""
    report = check("Labor is predicted to win 73 seats. 76 seats are needed for a majority.",
                   "Labor won 72 seats in the election.")
    assert paired(report, "73", "72") == []
    assert paired(report, "76", "72") == []
    report = check("Labor is predicted to win 73 seats.", "Labor was projected to win 71 seats.")
    assert paired(report, "73", "71") == ["discrepancy"]
    report = check("76 seats were needed for a majority.", "A majority required 75 seats.")
    assert paired(report, "76", "75") == ["discrepancy"]


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("The US force had 350 aircraft at Midway.",
     "The US force had 233 carrier-based aircraft at Midway.", "350", "233"),
    ("The outbreak counted 77 cases in Gujarat by October.",
     "The outbreak counted 62 pneumonic plague cases in Gujarat by October.", "77", "62"),
    ("The regiment fielded 5,000 troops at the river.",
     "The regiment fielded 1,200 regular troops at the river.", "5,000", "1,200"),
])
def test_a_narrower_kind_of_what_the_other_counts_is_no_discrepancy(
        a: str, b: str, left: str, right: str) -> None:
    """"233 carrier-based aircraft" are some of "350 aircraft": a part against the whole,
    however alike the sentences."""
    assert "discrepancy" not in paired(check(a, b), left, right)


def test_an_owner_or_a_group_referred_back_to_is_no_narrower_kind() -> None:
    """"350 US aircraft" names whose, not a kind; "the four keepers" is the group named
    before ("all five lighthouse keepers"), told short: both still differ."""
    report = check("The force had 350 aircraft at Midway.",
                   "The force had 360 US aircraft at Midway.")
    assert paired(report, "350", "360") == ["discrepancy"]
    report = check("The wave killed all five lighthouse keepers.",
                   "The wave killed the four keepers.")
    assert paired(report, "five", "four") == ["discrepancy"]


@pytest.mark.parametrize("text", [
    "Given the current forecast, the old record of 42 consecutive days is likely to fall.",
    "Including the crew, 245 people were aboard.",
])
def test_a_participle_opening_a_sentence_is_nobodys_name(text: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.kind in ("quantity", "duration")]
    assert claim.frame.subject_key is None


@pytest.mark.parametrize(("text", "figure"), [
    ("Satyam acknowledges that it falsely reported over $1 billion in revenue.",
     "$1 billion"),
    ("The firm recorded fictitious cash of $1.04 billion on its books.", "$1.04 billion"),
    ("Employees fabricated more than $300 million in retail sales.", "$300 million"),
])
def test_a_figure_its_own_document_calls_false_is_misreported(text: str, figure: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.scope == "misreported"


def test_a_misreported_figure_is_never_set_against_the_true_one() -> None:
    """What a company falsely reported is no count of what it earned; two accounts of the
    false figure still meet."""
    report = check("Satyam falsely reported over $1 billion in revenue in 2008.",
                   "Satyam earned revenues of over $2 billion in 2008.")
    assert paired(report, "$1 billion", "$2 billion") == []
    report = check("Satyam falsely reported $1.2 billion in revenue in 2008.",
                   "Satyam falsely reported $1.5 billion in revenue in 2008.")
    assert paired(report, "$1.2 billion", "$1.5 billion") == ["discrepancy"]


def test_a_relative_clause_after_a_comma_keeps_the_noun_before_it() -> None:
    """"the damage, which was estimated at $1.7 billion": the damage's figure, though a
    figure earlier in the sentence ends its words at the comma elsewhere ("Of 1,196
    crewmen aboard, about 300 went down")."""
    text = ("International groups pledged US$95 million to repair the damage, which was "
            "estimated at $1.7 billion.")
    assert frame_of(text, "$1.7 billion").measure == "damage"


@pytest.mark.parametrize(("text", "part", "whole", "measure"), [
    # a noun between the part and "out of", a relative clause after the whole
    ("One hundred and ninety-five miners out of 236 who went to work at the No. 1 mine "
     "are dead.", "One hundred and ninety-five", "236", "casualties.killed"),
    ("Eight of the 20 passengers who boarded the train were killed.", "Eight", "20",
     "casualties.killed"),
    # the verb right after the whole
    ("Three people out of ten were hurt.", "Three", "ten", "casualties.wounded"),
])
def test_what_befell_a_part_is_the_parts_and_the_whole_is_all_there_were(
        text: str, part: str, whole: str, measure: str) -> None:
    framed = {c.text: c.frame for c in claimcheck.claims(text) if c.kind == "quantity"}
    assert framed[part].measure == measure
    assert framed[whole].measure is None
    assert framed[whole].statistic == "total"


def test_a_bare_time_of_day_on_an_infoboxs_line_is_when_it_happened() -> None:
    """"5:39 pm" alone on its line under "Date February 16, 1996": the time of the event,
    which meets another account's "About 5:39 p.m. on February 16, 1996"; a page's stamp
    gives its day with the clock ("Thu, 21 Jul 2011 06:18:04 AM EDT")."""
    report = check("About 5:39 p.m. on February 16, 1996, the commuter train collided with "
                   "the express.",
                   "Train collision\n\nDate February 16, 1996\n5:39 pm\nLocation Silver "
                   "Spring, Maryland")
    assert paired(report, "5:39 p.m.", "5:39 pm") == ["agreement"]


def test_a_dated_time_without_its_year_alone_on_a_line_is_no_page_stamp() -> None:
    """"January 16 20:46 UTC" on a catalogue's line: the event's time, read with the year
    of its page; a page's stamp states its year."""
    report = check("The earthquake struck on January 17, 1995 (January 16 at 20:46 UTC).",
                   "M6.9 - Kobe, Japan, 1995\n\nJanuary 16 20:46 UTC\n"
                   "Local time January 17 05:46\n")
    assert paired(report, "20:46 UTC", "20:46 UTC") == ["agreement"]


@pytest.mark.parametrize("text", [
    "The pledge came to 20 billion, the House Committee on Banking said.",
    "The bill gave 300 jobs, the House of Representatives was told.",
])
def test_a_capitalised_measure_word_naming_a_body_measures_nothing(text: str) -> None:
    """"the House Committee", "the House of Representatives": a body's name, no count of
    buildings; "300 Houses" destroyed still are."""
    (claim,) = [c for c in claimcheck.claims(text) if c.kind == "quantity"]
    assert claim.frame.measure != "buildings"
    assert frame_of("The storm destroyed 300 Houses in Galveston.", "300").measure \
        == "buildings.destroyed"


@pytest.mark.parametrize(("text", "figure"), [
    ("The ship had 300 passengers and 40 crew members were killed.", "300"),
    ("Officials evacuated 300 residents and 40 tourists were injured.", "300"),
    ("The ferry carried 300 passengers and 12 crew were missing.", "300"),
])
def test_a_verb_after_a_list_is_not_said_of_a_first_figure_that_a_verb_before_took(
        text: str, figure: str) -> None:
    """"The ship had 300 passengers and 40 crew members were killed": the 300 are what the
    ship had, the object of a verb of their own, not 300 killed; the list shares the verb
    after it only when it opens its clause ("Twelve soldiers and four civilians were
    killed", "Officials said twelve soldiers and ...")."""
    framed = {c.text: c.frame.measure for c in claimcheck.claims(text) if c.kind == "quantity"}
    assert not (framed[figure] or "").startswith("casualties")
    said = {c.text: c.frame.measure for c in claimcheck.claims(
        "Officials said twelve soldiers and four civilians were killed.") if c.kind == "quantity"}
    assert said["twelve"] == "casualties.killed"


@pytest.mark.parametrize(("text", "figure"), [
    ("As expected, Labour won 73 seats.", "73"),
    ("Unemployment rose more than expected to 5.2 percent.", "5.2 percent"),
    ("Sales came in lower than forecast at $4 billion.", "$4 billion"),
])
def test_a_result_set_against_a_forecast_is_no_forecast(text: str, figure: str) -> None:
    """"As expected, Labour won 73 seats", "rose more than expected to 5.2 percent": what
    came to be, compared with what was expected, not the forecast itself."""
    framed = {c.text: c.frame.scope for c in claimcheck.claims(text) if c.kind == "quantity"}
    assert framed[figure] != "forecast"
    assert [c.frame.scope for c in claimcheck.claims("Labour was predicted to win 73 seats.")
            if c.kind == "quantity"] == ["forecast"]


@pytest.mark.parametrize("text", [
    "Twelve people needed hospital treatment after the fire.",
    "About 300 people required medical care.",
    "Some 300 people needed to be evacuated.",
])
def test_a_word_of_need_with_an_object_is_what_befell_a_count(text: str) -> None:
    """"Twelve people needed hospital treatment": twelve treated, a count, no bar to
    reach as "76 seats were needed for a majority" or "270 votes needed to win"."""
    assert [c.frame.scope for c in claimcheck.claims(text) if c.kind == "quantity"] != \
        ["threshold"]
    assert [c.frame.scope for c in claimcheck.claims(
        "Some 76 seats were needed for a majority.") if c.kind == "quantity"] == ["threshold"]


@pytest.mark.parametrize(("text", "figure"), [
    ("The fraudulent scheme cost investors $65 billion.", "$65 billion"),
    ("Falsely accused, he spent 18 years in prison.", "18 years"),
])
def test_a_word_calling_something_else_false_leaves_the_figure_true(
        text: str, figure: str) -> None:
    """"The fraudulent scheme cost investors $65 billion": the scheme was the fraud, the
    loss is true; "Falsely accused, he spent 18 years in prison": another clause's word.
    Neither figure is one its document calls false."""
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.scope != "misreported"


def test_a_word_calling_a_figure_false_is_read_past_an_aside() -> None:
    """"falsely reported, among other items, over $1 billion": the aside between commas
    is no end of the clause."""
    (claim,) = [c for c in claimcheck.claims(
        "Satyam acknowledges that it falsely reported, among other items, over $1 billion "
        "in revenue in its filings.") if c.text == "$1 billion"]
    assert claim.frame.scope == "misreported"


@pytest.mark.parametrize("words", ["innocent civilians", "so-called volunteers",
                                   "alleged rebels"])
def test_a_word_of_doubt_or_pity_before_a_noun_names_no_narrower_kind(words: str) -> None:
    """"Soldiers killed 120 innocent civilians" against "150 civilians": the same
    civilians, a discrepancy, not a part against the whole as "233 carrier-based aircraft"
    against "350 aircraft"."""
    noun = words.split()[-1]
    report = check(f"Soldiers killed 120 {words} in the city on Monday.",
                   f"Soldiers killed 150 {noun} in the city on Monday.")
    assert paired(report, "120", "150") == ["discrepancy"]


def test_a_verb_of_attack_is_no_forecast() -> None:
    """"Airstrikes targeted 40 sites": the sites struck, a count, no target to reach as
    "a target of 5 percent growth"."""
    assert [c.frame.scope for c in claimcheck.claims("Airstrikes targeted 40 sites in the city.")
            if c.kind == "quantity"] == [None]


@pytest.mark.parametrize("text", [
    "Inside the mine, 12 were trapped.",
    "Outside the city 40 died.",
])
def test_a_preposition_of_place_opening_a_sentence_is_nobodys_name(text: str) -> None:
    (claim,) = [c for c in claimcheck.claims(text) if c.kind == "quantity"]
    assert claim.frame.subject_key is None


@pytest.mark.parametrize(("text", "figure"), [
    ("The blast killed 12 miners and 40 rescuers arrived within an hour.", "40"),
    ("The fire killed 3 children and 20 firefighters fought the blaze.", "20"),
])
def test_a_verb_before_a_list_is_not_said_of_a_figure_with_a_verb_of_its_own(
        text: str, figure: str) -> None:
    """"The blast killed 12 miners and 40 rescuers arrived": the rescuers arrived, a
    clause of their own, not 40 killed as in "killed three crew and eight passengers"."""
    framed = {c.text: c.frame.measure for c in claimcheck.claims(text) if c.kind == "quantity"}
    assert not (framed[figure] or "").startswith("casualties")


@pytest.mark.parametrize(("text", "figure"), [
    ("Troops drove 300 rebels out of 12 villages.", "12"),
    ("Rescuers pulled 12 people out of 20 cars.", "20"),
])
def test_out_of_before_another_noun_is_no_whole_of_a_part(text: str, figure: str) -> None:
    """"drove 300 rebels out of 12 villages": where they were driven from, a count of
    villages, no whole the rebels are part of as in "195 miners out of 236"."""
    (claim,) = [c for c in claimcheck.claims(text) if c.text == figure]
    assert claim.frame.statistic == "count"


@pytest.mark.parametrize(("text", "figures", "measure"), [
    ("Troops killed 30 rebels and 12 civilians, officials said.", ["30", "12"],
     "casualties.killed"),
    ("Two policemen and 30 protesters were injured.", ["Two", "30"], "casualties.wounded"),
])
def test_a_verb_said_once_for_a_list_of_sides_in_a_clash_counts_each(
        text: str, figures: list[str], measure: str) -> None:
    """Rebels, militants, protesters and policemen are people: a verb said once for a list
    of them counts each, as for "three crew and eight passengers"."""
    framed = {c.text: c.frame.measure for c in claimcheck.claims(text) if c.kind == "quantity"}
    assert [framed[f] for f in figures] == [measure] * len(figures)


def test_a_word_of_false_change_with_no_object_is_a_rise() -> None:
    """"Consumer prices inflated by 5 percent": prices rose, no false figure; "inflated
    its sales by up to $310 million" (an object) stays misreported."""
    (claim,) = [c for c in claimcheck.claims("Consumer prices inflated by 5 percent.")
                if c.kind == "quantity"]
    assert claim.frame.scope != "misreported"
    (claim,) = [c for c in claimcheck.claims("Satyam inflated its sales by up to $310 million.")
                if c.kind == "quantity"]
    assert claim.frame.scope == "misreported"


@pytest.mark.parametrize(("a", "b", "left", "right"), [
    ("The STS-31 crew of five included the pilot.", "Mission\nCrew size 5\nOrbits 80",
     "five", "5"),
    ("The airship left with a crew of twelve.", "It was a 12-man crew that flew it.",
     "twelve", "12-man"),
])
def test_a_crew_told_two_ways_is_one_count(a: str, b: str, left: str, right: str) -> None:
    """"a crew of five" and "Crew size 5", "a crew of twelve" and "a 12-man crew": the
    size of a crew (weakly: "killing three crew" still counts the dead)."""
    assert paired(check(a, b), left, right) == ["agreement"]
    assert frame_of("The blast killed three crew.", "three").measure == "casualties.killed"


def test_orbits_told_in_two_infoboxes_are_one_count() -> None:
    """"Orbits: 80" and "Orbits completed 80": how many times the craft circled the
    Earth (weakly: "six altitude-raising orbital manoeuvres" count manoeuvres)."""
    report = check("STS-31\nLaunch date April 24, 1990\nOrbits: 80\n",
                   "STS-31 mission\nLaunch date 24 April 1990\nOrbits completed 80\n")
    assert paired(report, "80", "80") == ["agreement"]


@pytest.mark.parametrize(("line", "measure"), [
    ("- Casualties1: Fatalities: 8", "casualties.killed"),
    ("- Casualties2: Injured: 58", "casualties.wounded"),
])
def test_a_key_inside_a_numbered_keys_value_names_its_kind(line: str, measure: str) -> None:
    """An infobox flattened to "- Casualties1: Fatalities: 8": the dead, a kind of the
    casualties the outer key names (as "- Casualties1: 8 killed" is)."""
    (claim,) = [c for c in claimcheck.claims(line + "\n") if c.kind == "quantity"]
    assert claim.frame.measure == measure


@pytest.mark.parametrize("text", [
    "The House voted 220 to 215 on Tuesday.",
    "In the House, 40 Republicans joined Democrats.",
])
def test_the_house_alone_names_the_chamber_no_buildings(text: str) -> None:
    """"The House voted 220 to 215", "In the House, 40 Republicans": a capitalised singular
    measure word after "the" names a body as "the House Committee" does, as the subject too;
    "Fire destroyed 40 houses" stays a count of buildings."""
    measures = [c.frame.measure for c in claimcheck.claims(text) if c.kind == "quantity"]
    assert measures and not any(m and m.startswith("buildings") for m in measures)
    (claim,) = [c for c in claimcheck.claims("Fire destroyed 40 houses in the village.")
                if c.kind == "quantity"]
    assert claim.frame.measure.startswith("buildings")


def test_a_clock_after_a_stamps_date_on_its_line_is_the_stamp_too() -> None:
    """"June 5, 2023 5:39 PM" under a byline: the page's stamp, its time as its date; only
    a clock alone on its line ("5:39 pm" under an infobox's date) is when it happened."""
    text = "Storm kills 12\nBy Jane Doe\nJune 5, 2023 5:39 PM\nTwelve people died on Monday."
    sources = {c.text: c.frame.source for c in claimcheck.claims(text) if c.kind == "date"}
    assert sources["June 5, 2023"] == "stamp"
    assert sources["5:39 PM"] == "stamp"


@pytest.mark.parametrize("text", [
    "Storm kills 12\nBy Jane Doe\nJune 5 14:32 BST\nTwelve people died on Monday.",
    "Storm kills twelve\nJune 5 14:32 BST\nBy Jane Doe\nTwelve people died on Monday.",
    "Storm kills twelve\nBy JANE DOE, Associated Press\n\nJune 5 14:32 BST\nTwelve died.",
])
def test_a_dated_time_without_its_year_beside_a_byline_is_the_pages_stamp(text: str) -> None:
    """A news page stamps its story by the byline without the year ("By Jane Doe" over
    "June 5 14:32 BST"): a stamp, where on a catalogue's page the same line is the event's
    time ("January 16 20:46 UTC", test_a_dated_time_without_its_year_alone_on_a_line...)."""
    sources = {c.text: c.frame.source for c in claimcheck.claims(text) if c.kind == "date"}
    assert sources["June 5"] == "stamp"


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("A magnitude 7.8 earthquake killed more than 8,000 people.", "7.8", "magnitude"),
    ("An earthquake of magnitude 6.9 killed 3 people in the port.", "6.9", "magnitude"),
    ("Two bombs killed 30 people at the market.", "Two", None),
    ("Three trucks injured some 12 pedestrians.", "Three", None),
])
def test_a_verb_of_people_with_its_own_figure_is_not_the_things_measure(
        text: str, figure: str, measure: str | None) -> None:
    """"A magnitude 7.8 earthquake killed more than 8,000 people": the verb's object is
    the killed; the quake (or the bombs) did it, and keeps its own measure or none."""
    assert frame_of(text, figure).measure == measure


@pytest.mark.parametrize(("text", "figure"), [
    ("A magnitude 7.8 earthquake killed more than 8,000 people.", "8,000"),
    ("5,000 killed 300 wounded", "5,000"),
    ("300 soldiers killed 20 civilians.", "20"),
])
def test_a_verb_of_people_still_measures_its_own_figures(text: str, figure: str) -> None:
    assert frame_of(text, figure).measure == "casualties.killed"


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("The quake had a moment magnitude of 7.5.", "7.5", "magnitude.moment"),
    ("It was a 7.5 Mw earthquake.", "7.5", "magnitude.moment"),
    ("The shock had a surface-wave magnitude of 7.6.", "7.6", "magnitude.surface_wave"),
    ("The shock had a body-wave magnitude of 6.1.", "6.1", "magnitude.body_wave"),
    ("The quake measured 7.8 on the Richter scale.", "7.8", "magnitude"),
])
def test_a_magnitude_names_its_scale(text: str, figure: str, measure: str) -> None:
    assert frame_of(text, figure).measure == measure


def test_megawatts_are_no_moment_magnitude() -> None:
    assert frame_of("The plant produces 500 MW of power.", "500 MW").measure is None


@pytest.mark.parametrize(("text", "figure"), [
    ("Deficit $1.101 trillion (requested)\n$1.087 trillion (actual)\n", "$1.101 trillion"),
    ("Defence spending: €40 billion (proposed)", "€40 billion"),
    ("Capital budget 1,200 (budgeted) 1,050 (actual)", "1,200"),
])
def test_a_bracketed_request_or_plan_after_a_figure_is_a_forecast(text: str, figure: str) -> None:
    assert frame_of(text, figure).scope == "forecast"


@pytest.mark.parametrize(("text", "figure"), [
    ("Deficit $1.101 trillion (requested)\n$1.087 trillion (actual)\n", "$1.087 trillion"),
    ("Strength: 30,000 (est.)", "30,000"),
    ("Electoral vote 365 (projected)", "365"),
])
def test_an_actual_or_estimated_figure_is_no_forecast(text: str, figure: str) -> None:
    assert frame_of(text, figure).scope != "forecast"


@pytest.mark.parametrize(("text", "figure"), [
    ("The deficit in 2012 was $207 billion less than that in 2011.", "$207 billion"),
    ("Sales were 5 percent higher than a year earlier.", "5 percent"),
    ("The harbour handled 300 fewer ships than in 1990.", "300"),
    ("The new span is 12 metres longer than the old one.", "12 metres"),
])
def test_a_figure_before_a_comparative_and_than_is_a_difference(text: str, figure: str) -> None:
    assert frame_of(text, figure).statistic == "change"


def test_a_bound_before_the_figure_is_no_difference() -> None:
    assert frame_of("The fire killed more than 600 people.", "600").statistic != "change"


@pytest.mark.parametrize(("text", "figure", "statistic", "scope"), [
    # a comparative and "than" before a figure of its own: a bar the counted pass
    ("Of the 300 victims, 45 younger than 18 were killed.", "45", "count", None),
    ("Of the 300 victims, 45 younger than 18 were killed.", "18", "count", "threshold"),
    ("Of the 90 towers, 12 taller than 100 fell.", "12", "count", None),
    # ... a difference still, before a year or words
    ("The deficit was $207 billion less than that in 2011.", "$207 billion", "change", None),
    ("The deficit was 300 less than 2010.", "300", "change", None),
])
def test_a_comparative_and_than_before_a_figure_make_a_bar(text: str, figure: str,
                                                          statistic: str,
                                                          scope: str | None) -> None:
    found = frame_of(text, figure)
    assert (found.statistic, found.scope) == (statistic, scope)


@pytest.mark.parametrize(("text", "figure", "measure"), [
    # the things a figure counts, named right after it, did what the verb after them
    # says to the verb's own figure
    ("At Kursk in 1943, 300 tanks killed 4,000 soldiers.", "300", "equipment.tanks"),
    ("At Kursk in 1943, 300 tanks killed 4,000 soldiers.", "4,000", "casualties.killed"),
    ("At Midway, 40 planes wounded 300 sailors.", "40", "equipment.aircraft"),
    # ... a verb with no figure of its own still measures it
    ("At Kursk in 1943, 300 tanks were destroyed.", "300", "damage.destroyed"),
])
def test_things_counted_before_a_verb_of_people_with_its_own_figure(text: str, figure: str,
                                                                    measure: str) -> None:
    assert frame_of(text, figure).measure == measure


@pytest.mark.parametrize(("text", "figure"), [
    ("There was a frightful smash. Of the passengers 27 were killed outright.", "27"),
    ("Of the crew, 3 were rescued by a trawler.", "3"),
    ("The fire spread fast; of the residents, 140 were evacuated.", "140"),
])
def test_of_and_a_group_opening_the_clause_counts_among_that_group(text: str,
                                                                   figure: str) -> None:
    """"Of the passengers, 27 were killed" counts among the passengers, as "Among the
    passengers" does: a part of the toll, never set against the whole."""
    frame = frame_of(text, figure)
    assert frame.scope == "part" and frame.relative.startswith("among the ")


def test_of_a_group_with_a_figure_is_no_group_opening_the_clause() -> None:
    assert frame_of("Of the 500 reported wounded, 40 died.", "40").relative is None
