"""The renderer registry: report formats that plugins register through
``register_renderers``, looked up by name.

A renderer is ``render(report, config) -> str``; one registered with ``binary=True``
(a database file) returns ``bytes`` instead. This module only finds and calls them; what
formats share (sections, places, quotations) is in ``claimcheck.report.views``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pluggy

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError, PluginError
from claimcheck.hookspecs import Render, RenderBinary
from claimcheck.manager import call_hook
from claimcheck.model import Report


@dataclass(frozen=True)
class Renderer:
    name: str
    render: Render | RenderBinary
    description: str
    #: The renderer returns bytes (a file format such as SQLite), not text.
    binary: bool = False


def renderers(pm: pluggy.PluginManager) -> dict[str, Renderer]:
    """Every registered format by name. Plugins run before the built-ins, so the first
    registration of a name wins: a plugin can replace a built-in format."""
    found: dict[str, Renderer] = {}

    def register(name: str, render: Render | RenderBinary, description: str = "",
                 binary: bool = False) -> None:
        found.setdefault(name, Renderer(name, render, description, bool(binary)))

    call_hook(pm, "register_renderers", register=register)
    return dict(sorted(found.items()))


def render(report: Report, fmt: str, pm: pluggy.PluginManager,
           config: Config) -> str | bytes:
    available = renderers(pm)
    if fmt not in available:
        raise ClaimcheckError(f"unknown format {fmt!r} (choose from {', '.join(available)})")
    return call_hook_render(available[fmt], report, config)


def call_hook_render(renderer: Renderer, report: Report, config: Config) -> str | bytes:
    """The renderer's text (its bytes, for a binary one); a renderer that raises, or
    returns anything else (None: nothing to print, yet success), is a one-line error
    naming it."""
    module = getattr(renderer.render, "__module__", "?")
    try:
        text = renderer.render(report, config)
    except ClaimcheckError:
        raise
    except Exception as exc:
        raise PluginError(
            f"renderer {renderer.name!r} ({module}) failed: {type(exc).__name__}: {exc}"
        ) from exc
    if renderer.binary:
        if not isinstance(text, bytes):
            raise PluginError(f"renderer {renderer.name!r} ({module}) returned "
                              f"{type(text).__name__}, not the report's bytes")
    elif not isinstance(text, str):
        raise PluginError(f"renderer {renderer.name!r} ({module}) returned "
                          f"{type(text).__name__}, not the report's text")
    return text
