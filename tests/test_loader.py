"""The built-in loader: what it accepts, how it normalises, and how it refuses."""

from __future__ import annotations

import codecs

import pytest

from claimcheck.builtin.loader.read import decode, load_document
from claimcheck.config import Config
from claimcheck.errors import LoadError


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"one\ntwo\n", "one\ntwo\n"),
        (b"one\r\ntwo\r\n", "one\ntwo\n"),
        (b"one\rtwo\r", "one\ntwo\n"),
        (codecs.BOM_UTF8 + b"caf\xc3\xa9", "café"),
        ("Korean People’s Army".encode(), "Korean People’s Army"),
        (codecs.BOM_UTF16_LE + "héllo".encode("utf-16-le"), "héllo"),
        (b"", ""),
    ],
)
def test_decodes_utf8_and_normalises_newlines(data: bytes, expected: str) -> None:
    assert decode(data, "x.txt") == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"abc\x00def", "binary file (NUL byte at offset 3)"),
        (b"ok \xff\xfe broken", "not valid utf-8 at byte offset 3"),
        (b"caf\xe9", "not valid utf-8 at byte offset 3"),
        (bytes(range(1, 9)) * 200, "binary file"),
    ],
)
def test_refuses_binary_and_undecodable_with_offset(data: bytes, message: str) -> None:
    with pytest.raises(LoadError) as err:
        decode(data, "bad.txt")
    text = str(err.value)
    assert text.startswith("bad.txt: ")
    assert message in text
    assert "\n" not in text


def test_encoding_override_reads_latin1() -> None:
    assert decode(b"caf\xe9", "x.txt", "latin-1") == "café"


def test_unknown_encoding_is_named() -> None:
    with pytest.raises(LoadError, match="unknown encoding 'klingon'"):
        decode(b"abc", "x.txt", "klingon")


def test_markdown_title_and_format(tmp_path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("Intro line\n\n# The Armistice Talks #\n\nBody.\n", encoding="utf-8")
    doc = load_document(source=str(path), doc_id="notes", config=Config())
    assert doc.meta["format"] == "markdown"
    assert doc.title == "The Armistice Talks"
    assert doc.path == str(path)


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_missing_and_directory_are_refused(tmp_path, kind: str) -> None:
    target = tmp_path / "nothing.txt" if kind == "missing" else tmp_path
    with pytest.raises(LoadError) as err:
        load_document(source=str(target), doc_id="x", config=Config())
    assert str(target) in str(err.value)


def test_size_limit(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 100, encoding="utf-8")
    with pytest.raises(LoadError, match="larger than the limit"):
        load_document(source=str(path), doc_id="x", config=Config(options={"max_bytes": 10}))
