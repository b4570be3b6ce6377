"""The renderer registry: report formats that plugins register through
``register_renderers``, looked up by name.

A renderer is ``render(report, config) -> str``; one registered with ``binary=True``
(a database file) returns ``bytes`` instead, and one registered with ``stream=`` also
gives its text in pieces (``render_pieces``), for a writer that need not hold it whole.
This module only finds and calls them; what formats share (sections, places,
quotations) is in ``claimcheck.report.views``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pluggy

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError, PluginError
from claimcheck.hookspecs import Render, RenderBinary, RenderStream
from claimcheck.manager import call_hook
from claimcheck.model import Report


@dataclass(frozen=True)
class Renderer:
    name: str
    render: Render | RenderBinary
    description: str
    #: The renderer returns bytes (a file format such as SQLite), not text.
    binary: bool = False
    #: The same text in pieces, made as they are read (None: the format gives it whole).
    stream: RenderStream | None = None


def renderers(pm: pluggy.PluginManager) -> dict[str, Renderer]:
    """Every registered format by name. Plugins run before the built-ins, so the first
    registration of a name wins: a plugin can replace a built-in format."""
    found: dict[str, Renderer] = {}

    def register(name: str, render: Render | RenderBinary, description: str = "",
                 binary: bool = False, stream: RenderStream | None = None) -> None:
        found.setdefault(name, Renderer(name, render, description, bool(binary),
                                        None if binary else stream))

    call_hook(pm, "register_renderers", register=register)
    return dict(sorted(found.items()))


def _renderer(fmt: str, pm: pluggy.PluginManager) -> Renderer:
    available = renderers(pm)
    if fmt not in available:
        raise ClaimcheckError(f"unknown format {fmt!r} (choose from {', '.join(available)})")
    return available[fmt]


def render(report: Report, fmt: str, pm: pluggy.PluginManager,
           config: Config) -> str | bytes:
    return call_hook_render(_renderer(fmt, pm), report, config)


def render_pieces(report: Report, fmt: str, pm: pluggy.PluginManager,
                  config: Config) -> bytes | Iterator[str]:
    """The report in ``fmt`` as pieces of text to write in turn (a binary format's bytes
    whole): a format registered with ``stream=`` makes each piece as it is read, so
    the whole text never sits in memory beside the report; any other gives its one
    text. A stream that raises, or yields anything but text, is a one-line error naming
    the renderer, raised where the piece was asked for."""
    renderer = _renderer(fmt, pm)
    if renderer.stream is None:
        text = call_hook_render(renderer, report, config)
        return text if isinstance(text, bytes) else iter((text,))
    return _checked_stream(renderer, report, config)


def _checked_stream(renderer: Renderer, report: Report, config: Config) -> Iterator[str]:
    module = getattr(renderer.stream, "__module__", "?")
    assert renderer.stream is not None
    with _naming(renderer, module):
        for piece in renderer.stream(report, config):
            if not isinstance(piece, str):
                raise PluginError(f"renderer {renderer.name!r} ({module}) yielded "
                                  f"{type(piece).__name__}, not a piece of the report's text")
            yield piece


@contextmanager
def _naming(renderer: Renderer, module: str) -> Iterator[None]:
    """A renderer's failure as a one-line error naming it (ours pass as they are)."""
    try:
        yield
    except ClaimcheckError:
        raise
    except Exception as exc:
        raise PluginError(
            f"renderer {renderer.name!r} ({module}) failed: {type(exc).__name__}: {exc}"
        ) from exc


def call_hook_render(renderer: Renderer, report: Report, config: Config) -> str | bytes:
    """The renderer's text (its bytes, for a binary one); a renderer that raises, or
    returns anything else (None: nothing to print, yet success), is a one-line error
    naming it."""
    module = getattr(renderer.render, "__module__", "?")
    with _naming(renderer, module):
        text = renderer.render(report, config)
    if renderer.binary:
        if not isinstance(text, bytes):
            raise PluginError(f"renderer {renderer.name!r} ({module}) returned "
                              f"{type(text).__name__}, not the report's bytes")
    elif not isinstance(text, str):
        raise PluginError(f"renderer {renderer.name!r} ({module}) returned "
                          f"{type(text).__name__}, not the report's text")
    return text
