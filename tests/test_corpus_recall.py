"""Facts stated by many sources stay whole as the corpus grows (issue 14: the facts
found equal the facts planted): what blocking lets meet among many documents.

The texts are written for these tests (armies of invented countries and their aircraft),
not taken from the generated corpus."""

from __future__ import annotations

from pathlib import Path

import claimcheck

ARMIES = ["Orvanian", "Pellish", "Quennite", "Rastovan", "Selmarch", "Tovrin", "Ulmeric",
          "Varnese", "Wendric", "Xaltish", "Yorvic", "Zemlan", "Aldric", "Bressan",
          "Corvish", "Dunmark"]


def _write(tmp_path: Path, texts: list[str]) -> list[str]:
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"doc{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_a_figure_whose_owner_was_not_read_meets_the_owners_figures(tmp_path):
    """"the air arm of the Tailttoula Army counted 57 warplanes" reads no owner (the air
    arm's), "the Tailttoula Army could fly 57 aircraft" does: among many sources both
    share, besides the measure's block (every army's aircraft, nearest values first,
    other armies' 57 as near as theirs), a block of the measure and the name. Without
    it the later source's figure met none of the first's, and the fact was split."""
    texts = ["The Tailttoula Army could fly 57 aircraft on October 10, 1956."]
    # other armies' aircraft, told in both ways: the words of the unnamed owner's
    # sentence are common, the army's name is what is rare
    texts += [f"The {army} Army could fly 57 aircraft on March {n + 1}, 1930. On March "
              f"{n + 1}, 1930, the air arm of the {army} Army counted 57 warplanes, the "
              "defence ministry estimated." for n, army in enumerate(ARMIES)]
    texts += ["On October 10, 1956, the air arm of the Tailttoula Army counted 57 "
              "warplanes, the defence ministry estimated."]
    report = claimcheck.check(*_write(tmp_path, texts))
    first, last = "doc00", f"doc{len(texts) - 1:02d}"
    together = [f for f in report.facts
                if f.kind == "figure" and {first, last} <= {v.doc for v in f.values}]
    assert together, [f.summary for f in report.facts]



def test_years_of_two_places_alike_but_for_the_place_stay_two_facts(tmp_path):
    """Among many sources, "Typhoid in Aramloulstan province, 1953" and "Typhoid in
    Pothleland province, 1953" name two outbreaks: a date said of a place meets the dates
    whose rarest words name that place, so each place's year is its own fact (such pairs
    of topics grow with the square of the corpus, and each chained two facts into one)."""
    texts = []
    for n in range(6):
        for place in ("Aramloulstan", "Pothleland"):
            texts.append(f"A chronicle of Typhoid in {place} province, 1953\n\n"
                         f"The outbreak in {place} province was reported by the health "
                         f"ministry in its bulletin number {n + 3}.")
    report = claimcheck.check(*_write(tmp_path, texts))
    years = [f for f in report.facts if f.kind == "date"]
    assert len(years) == 2, [f.summary for f in years]  # each place's year, found
    for fact in years:
        places = {"Aramloulstan" if int(v.doc[3:]) % 2 == 0 else "Pothleland"
                  for v in fact.values}
        assert len(places) == 1, fact.summary
