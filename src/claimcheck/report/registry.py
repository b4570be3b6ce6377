"""The renderer registry: report formats that plugins register through
``register_renderers``, looked up by name.

A renderer is ``render(report, config) -> str``. This module only finds and calls them;
what formats share (sections, places, quotations) is in ``claimcheck.report.views``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pluggy

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError, PluginError
from claimcheck.hookspecs import Render
from claimcheck.manager import call_hook
from claimcheck.model import Report


@dataclass(frozen=True)
class Renderer:
    name: str
    render: Render
    description: str


def renderers(pm: pluggy.PluginManager) -> dict[str, Renderer]:
    """Every registered format by name. Plugins run before the built-ins, so the first
    registration of a name wins: a plugin can replace a built-in format."""
    found: dict[str, Renderer] = {}

    def register(name: str, render: Render, description: str = "") -> None:
        found.setdefault(name, Renderer(name, render, description))

    call_hook(pm, "register_renderers", register=register)
    return dict(sorted(found.items()))


def render(report: Report, fmt: str, pm: pluggy.PluginManager, config: Config) -> str:
    available = renderers(pm)
    if fmt not in available:
        raise ClaimcheckError(f"unknown format {fmt!r} (choose from {', '.join(available)})")
    return call_hook_render(available[fmt], report, config)


def call_hook_render(renderer: Renderer, report: Report, config: Config) -> str:
    """The renderer's text; a renderer that raises, or returns anything but a string
    (None: nothing to print, yet success), is a one-line error naming it."""
    module = getattr(renderer.render, "__module__", "?")
    try:
        text = renderer.render(report, config)
    except ClaimcheckError:
        raise
    except Exception as exc:
        raise PluginError(
            f"renderer {renderer.name!r} ({module}) failed: {type(exc).__name__}: {exc}"
        ) from exc
    if not isinstance(text, str):
        raise PluginError(f"renderer {renderer.name!r} ({module}) returned "
                          f"{type(text).__name__}, not the report's text")
    return text
