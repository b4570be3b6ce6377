"""claimcheck-html: read an HTML page as its main text, with its structure kept.

Install with ``pip install claimcheck[html]``. An archive's record page, an encyclopedia
article or a news page becomes a Document whose text is the page's main content laid out
the way the built-in segmenter reads structure (headings, paragraphs, footnotes at the
end, pipe tables), with navigation, scripts, styles and site chrome dropped, and a
``meta["source_map"]`` from text offsets back to the page's source lines. See
extract.py for what is kept and why, README.md for how the extraction library was chosen.
"""

from __future__ import annotations

import lxml.etree

from claimcheck.plugin import Config, Document, LoadError, hookimpl, read_source

from . import extract

__version__ = "0.1.0"

#: The files this loader reads.
SUFFIXES = (".html", ".htm", ".xhtml")

#: A page larger than this is refused while it is read (a real article is well under
#: 5 MB; a larger "page" is a dump or an attack): option ``html_max_bytes``.
MAX_BYTES = 32 * 1024 * 1024


@hookimpl
def source_suffixes() -> tuple[str, ...]:
    return SUFFIXES


@hookimpl
def load_document(source: str, doc_id: str, config: Config) -> Document | None:
    """An .html/.htm/.xhtml file as its main text; any other file is left to others."""
    if not source.lower().endswith(SUFFIXES):
        return None
    return load_html(source, doc_id, config)


def load_html(source: str, doc_id: str, config: Config) -> Document:
    """Read, parse and extract one page; every failure is one LoadError naming it."""
    data = read_source(source, "HTML page", config.option("html_max_bytes", MAX_BYTES))
    if not data.strip():
        raise LoadError(f"{source}: no text found in this HTML page (the file is empty)")
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError(f"{source}: not an HTML page (binary data)")
    if config.encoding is None and not extract.declares_charset(data):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:  # as strict as the text loader: no mojibake
            raise LoadError(f"{source}: not valid UTF-8 at byte offset {exc.start} and the "
                            "page declares no charset (try --encoding)") from None
    try:
        root = extract.parse(data, config.encoding)
        page = extract.extract(root)
    except LookupError:
        raise LoadError(f"{source}: unknown encoding {config.encoding!r}") from None
    except (lxml.etree.LxmlError, ValueError, RecursionError) as exc:
        raise LoadError(f"{source}: cannot parse HTML ({_first_line(exc)})") from None
    if not page.text.strip():
        raise LoadError(f"{source}: no text found in this HTML page")
    meta: dict[str, object] = {"format": "html", "source_map": page.source_map}
    if page.title:
        meta["title"] = page.title
    return Document(id=doc_id, text=page.text, path=source, meta=meta)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
