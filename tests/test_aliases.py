"""Entity keys: spelling rules, alias tables, acronyms a text defines, alias files."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.errors import ClaimcheckError
from claimcheck.text.acronyms import find_acronyms
from claimcheck.text.names import Aliases, normalize, read_alias_file


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the Korean People’s Army", "Korean People's Army"),
        ("Korean People's Army's", "korean people army"),
        ("DPRK troops", "DPRK troop"),
        ("The United Nations forces", "united nations force"),
        ("an Employee", "employees"),
        ("casualties", "casualty"),
    ],
)
def test_normalize_ignores_case_articles_possessives_plurals(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize(("a", "b"), [("Apple", "Microsoft"), ("army", "navy"),
                                       ("North Korea", "South Korea")])
def test_normalize_keeps_different_names_apart(a: str, b: str) -> None:
    assert normalize(a) != normalize(b)


def test_groups_join_across_registrations() -> None:
    table = Aliases()
    table.register("Korean People's Army", ["KPA", "NKPA"])
    table.register("DPRK", ["North Korea", "North Korean"])
    table.register("North Korean", ["KPA"])  # a second plugin links the two groups
    keys = {table.key(m) for m in ("the KPA", "NKPA", "North Korea", "DPRK", "North Korean")}
    assert len(keys) == 1
    assert table.key("ROK") != table.key("KPA")


def test_find_longest_known_name_inside_a_phrase() -> None:
    table = Aliases()
    table.register("Korean People's Army", ["KPA"])
    table.register("Korea", [])
    assert table.find("the strength of the Korean People’s Army") == table.key("KPA")
    assert table.find("an unrelated phrase") is None
    assert table.find_last("KPA units met Korea") == table.key("Korea")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("units of the KPA [Korean People’s Army] were", [("KPA", "Korean People’s Army")]),
        ("put the North Korean People's Army (NKPA) at", [("NKPA",
                                                           "North Korean People's Army")]),
        ("The Korean People’s Army (KPA) grew", [("KPA", "Korean People’s Army")]),
        ("the World Health Organization (WHO) said", [("WHO", "World Health Organization")]),
        ("The GDP (gross domestic product) fell", [("GDP", "gross domestic product")]),
        ("Federal Bureau of Investigation (FBI) agents", [("FBI",
                                                          "Federal Bureau of Investigation")]),
        ("revenue (USD) rose", []),
        ("Talks (July 10) began", []),
        ("in Panmunjom (PMJ) they met", []),
        ("as agreed (telegram 468, 1950)", []),
    ],
)
def test_acronyms_defined_in_the_text(text: str, expected: list) -> None:
    assert find_acronyms(text) == expected


def test_alias_file_and_pyproject_table(tmp_path) -> None:
    plain = tmp_path / "aliases.toml"
    plain.write_text('[aliases]\n"Royal Navy" = ["RN", "the British fleet"]\n',
                     encoding="utf-8")
    assert read_alias_file(str(plain)) == [("Royal Navy", ["RN", "the British fleet"])]
    project = tmp_path / "pyproject.toml"
    project.write_text('[tool.claimcheck.aliases]\nAcme = "Acme Corp."\n', encoding="utf-8")
    assert read_alias_file(str(project)) == [("Acme", ["Acme Corp."])]


@pytest.mark.parametrize(
    ("content", "message"),
    [("[aliases\n", "not valid TOML"), ("[aliases]\nX = 3\n", "must be a list of strings")],
)
def test_bad_alias_file_is_one_clear_error(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "a.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ClaimcheckError, match=message):
        read_alias_file(str(path))


def test_an_initialism_one_account_uses_names_what_another_spells_out() -> None:
    from claimcheck.text.acronyms import initialisms
    texts = ["The Joint Typhoon Warning Center assessed winds of 215 km/h.",
             "The JTWC assessed winds of 215 km/h, said the NASA team.",
             "The National Aeronautics and Space Administration confirmed it."]
    assert initialisms(texts) == [("JTWC", "Joint Typhoon Warning Center"),
                                  ("NASA", "National Aeronautics and Space Administration")]
    # two names with the same initials are no evidence for either; no name, no pair
    assert initialisms(["The CRC said so.", "The Civil Rights Commission met.",
                        "The Cancer Research Council met."]) == []
    assert initialisms(["The ABC aired it.", "Nobody named it."]) == []


def test_figures_of_one_body_named_in_full_and_by_initials_meet() -> None:
    import claimcheck
    from claimcheck.model import Document
    report = claimcheck.check(
        Document("a", "On 2 May 2008 the Joint Typhoon Warning Center assessed peak winds "
                      "of 215 km/h."),
        Document("b", "On 2 May 2008 the JTWC assessed peak winds of 215 km/h."))
    found = [f.kind for f in report.findings
             if f.kind == "agreement"
             and all(report.claim(c).text == "215 km/h" for c in f.claims)]
    assert found == ["agreement"]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Apogée", "Apogee"), ("Québec City", "Quebec City"), ("São Paulo", "Sao Paulo"),
     ("Zürich", "Zurich"), ("José Martí", "Jose Marti")],
)
def test_a_name_with_and_without_its_accents_is_one_name(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


def test_accented_and_plain_labels_meet() -> None:
    report = claimcheck.check(claimcheck.Document("a", "Orbit\nApogee 248 kilometers\n"),
                              claimcheck.Document("b", "Orbite\nApogée | 260 km |\n"))
    assert [f.kind for f in report.findings if f.kind == "discrepancy"] == ["discrepancy"]


def test_markdown_underscores_around_a_name_are_no_part_of_it():
    """Project Gutenberg's italics, "_Queen Mary_", name the Queen Mary."""
    from claimcheck.text.names import normalize
    assert normalize("_Queen Mary_") == normalize("Queen Mary") == "queen mary"
    assert normalize("Mary_") == "mary"
