"""The TEI loader: body text, notes as footnotes, heads as headings, supplied text
bracketed, page breaks in the source map; hostile and broken XML refused in one line."""

from __future__ import annotations

from pathlib import Path

import claimcheck_tei
import lxml.etree
import pytest

import claimcheck
from claimcheck.plugin import Config, LoadError, source_place

PM = claimcheck.get_plugin_manager([claimcheck_tei], entry_points=False)

EDITION = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc>
    <titleStmt><title>Report on the crossing, June 1950</title></titleStmt>
    <publicationStmt><p>Printed in 5,000 copies.</p></publicationStmt>
    <sourceDesc><p>Archive copy.</p></sourceDesc>
  </fileDesc></teiHeader>
  <text><body>
    <pb n="12"/>
    <div>
      <head>The crossing</head>
      <p>On 25 June the <choice><abbr>KPA</abbr><expan>Korean People's Army</expan></choice>
      crossed with <supplied reason="illegible">90,000</supplied> men.<note n="a">The
      Russian draft gives 80,000.</note> The advance con<lb break="no"/>tinued
      <del>slowly</del> at speed.</p>
      <pb n="13"/>
      <fw type="header">SECRET</fw>
      <p>It lost 3,000 men by <add place="above">the end of</add> July.</p>
    </div>
  </body></text>
</TEI>
"""


def write(tmp_path: Path, text: str, name: str = "edition.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load(path: Path, **options: object) -> claimcheck.Document:
    return claimcheck.load(str(path), pm=PM, config=Config(options=dict(options)))


def test_body_text_with_notes_headings_and_insertions(tmp_path: Path) -> None:
    doc = load(write(tmp_path, EDITION))
    assert doc.text == (
        "# The crossing\n\n"
        "On 25 June the Korean People's Army crossed with [90,000] men.[1] The advance "
        "continued at speed.\n\n"
        "It lost 3,000 men by [the end of] July.\n\n"
        "# Notes\n\n"
        "[1] The Russian draft gives 80,000.\n"
    )
    assert doc.title == "Report on the crossing, June 1950"
    for not_text in ("5,000", "SECRET", "slowly", "KPA", "Archive"):
        assert not_text not in doc.text


def test_structure_and_page_markers(tmp_path: Path) -> None:
    doc = load(write(tmp_path, EDITION))
    segs = claimcheck.segment(doc, pm=PM)
    kinds = {doc.text[p.start:p.end]: p.kind for p in segs.passages}
    assert kinds["# The crossing"] == "heading"
    assert kinds["[1] The Russian draft gives 80,000."] == "footnote"
    (ref,) = segs.notes
    assert doc.text[ref.start:ref.end] == "[1]"
    assert doc.text[segs.passages[ref.note].start:].startswith("[1] The Russian")
    # <pb n="12"/> and <pb n="13"/>: the page each block is on, with its source line
    lines = EDITION.splitlines()
    first = next(i for i, line in enumerate(lines, 1) if "<p>On 25 June" in line)
    second = next(i for i, line in enumerate(lines, 1) if "<p>It lost" in line)
    assert source_place(doc.meta, doc.text.index("On 25 June")) == f"p. 12, line {first}"
    assert source_place(doc.meta, doc.text.index("It lost")) == f"p. 13, line {second}"


def test_claims_point_into_the_text(tmp_path: Path) -> None:
    doc = load(write(tmp_path, EDITION))
    figures = [c for c in claimcheck.claims(doc, pm=PM) if c.kind == "quantity"]
    assert figures
    for claim in figures:
        assert doc.text[claim.start:claim.end] == claim.text
    assert any(c.text == "3,000" for c in figures)
    # the figure in the note is a footnote's claim, not the body's
    assert any(c.text == "80,000" and c.passage == "footnote" for c in figures)


def test_a_corpus_reads_every_document(tmp_path: Path) -> None:
    corpus = (
        '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/>'
        "<TEI><teiHeader/><text><body><p>First letter: 12 ships.</p></body></text></TEI>"
        "<TEI><teiHeader/><text><body><p>Second letter: 14 ships.</p></body></text></TEI>"
        "</teiCorpus>"
    )
    assert load(write(tmp_path, corpus)).text == \
        "First letter: 12 ships.\n\nSecond letter: 14 ships.\n"


# -- hostile and broken input -----------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE TEI [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol9;</p></body></text></TEI>
"""


def test_billion_laughs_is_refused_before_parsing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused from its prolog: the XML parser is never built, so nothing is expanded."""
    def parsed(*args: object, **kwargs: object) -> None:
        raise AssertionError("the entity bomb reached the XML parser")

    monkeypatch.setattr(lxml.etree, "XMLParser", parsed)
    monkeypatch.setattr(lxml.etree, "fromstring", parsed)
    path = write(tmp_path, BILLION_LAUGHS)
    with pytest.raises(LoadError) as err:
        load(path)
    message = str(err.value)
    assert message.startswith(f"{path}: declares XML entities")
    assert "\n" not in message


def test_an_external_entity_is_never_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("The password is 1234.", encoding="utf-8")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret}">]>'
           '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&x;</p></body></text></TEI>')
    with pytest.raises(LoadError):
        load(write(tmp_path, xxe))


@pytest.mark.parametrize(("content", "message"), [
    ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Open 1950',
     "malformed XML at line 1"),
    ("<html><body><p>An HTML page saved as XML.</p></body></html>",
     "not a TEI document (its root element is <html>)"),
    ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>', "no text found"),
    ("", "malformed XML"),
    ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&mdash;</p></body></text></TEI>',
     "malformed XML"),
])
def test_broken_xml_is_one_line_naming_the_file(tmp_path, content, message) -> None:
    path = write(tmp_path, content)
    with pytest.raises(LoadError) as err:
        load(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_size_limit_is_checked(tmp_path: Path) -> None:
    path = write(tmp_path, EDITION)
    with pytest.raises(LoadError) as err:
        load(path, tei_max_bytes=100)
    assert str(err.value) == f"{path}: larger than the limit of 100 bytes for TEI files"


def test_deep_nesting_is_read_without_recursion_or_refused_past_the_limit(tmp_path: Path) -> None:
    deep = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>' + "<div>" * 20_000
            + "<p>Deep 7.</p>" + "</div>" * 20_000 + "</body></text></TEI>")
    path = write(tmp_path, deep)
    with pytest.raises(LoadError) as err:  # libxml2's depth limit: one line, no crash
        load(path)
    assert str(err.value) == (f"{path}: nested deeper than 255 elements at line 1, beyond "
                              "the XML parser's limit")
    shallow = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>' + "<div>" * 200
               + "<p>Deep 7.</p>" + "</div>" * 200 + "</body></text></TEI>")
    assert load(write(tmp_path, shallow, "shallow.xml")).text == "Deep 7.\n"
