"""Build the plugin manager: built-ins first, then installed plugins, then the caller's.

Nothing happens at import time; every call builds a fresh manager, so tests (and
notebooks) can build one with exactly the plugins they want.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from types import ModuleType
from typing import Any

import pluggy

from claimcheck import hookspecs
from claimcheck.errors import ClaimcheckError, PluginError

ENTRY_POINT_GROUP = "claimcheck"
DISABLE_AUTOLOAD_ENV = "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD"

#: The built-in plugins, in registration order: each a package whose ``plugin`` module
#: holds its hook implementations, registered under the package's name. A third party's
#: plugin registers after them and so runs before them.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "claimcheck.builtin.loader",
    "claimcheck.builtin.segmenter",
    "claimcheck.builtin.quantities",
    "claimcheck.builtin.times",
    "claimcheck.builtin.statements",
    "claimcheck.builtin.slant",
    "claimcheck.builtin.render",
)


def builtin_modules() -> list[tuple[str, ModuleType]]:
    """(name, plugin module) of the built-ins that exist; one missing from this build is
    skipped."""
    modules = []
    for name in BUILTIN_PLUGINS:
        try:
            modules.append((name, importlib.import_module(f"{name}.plugin")))
        except ModuleNotFoundError as exc:
            if exc.name not in (name, f"{name}.plugin"):
                raise
    return modules


def get_plugin_manager(
    plugins: Iterable[Any] = (),
    *,
    builtins: bool = True,
    entry_points: bool | None = None,
) -> pluggy.PluginManager:
    """A manager with the built-ins, installed plugins (unless disabled) and ``plugins``.

    ``entry_points=None`` loads installed plugins unless the environment variable
    CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD is set to a non-empty value.
    """
    pm = pluggy.PluginManager("claimcheck")
    pm.add_hookspecs(hookspecs)
    if builtins:
        for name, module in builtin_modules():
            pm.register(module, name=name)
    if entry_points is None:
        entry_points = not os.environ.get(DISABLE_AUTOLOAD_ENV)
    if entry_points:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    for plugin in plugins:
        if not pm.is_registered(plugin):
            pm.register(plugin, name=_unique_name(pm, plugin))
    pm.check_pending()
    return pm


def _unique_name(pm: pluggy.PluginManager, plugin: Any) -> str:
    """A readable name: the module's, or ``module.Class`` for an instance."""
    name = getattr(plugin, "__name__", None) if isinstance(plugin, ModuleType) else None
    name = name or f"{type(plugin).__module__}.{type(plugin).__qualname__}"
    candidate, n = name, 1
    while pm.has_plugin(candidate):
        n += 1
        candidate = f"{name}#{n}"
    return candidate


def is_builtin(name: str) -> bool:
    return name in BUILTIN_PLUGINS


def plugin_version(pm: pluggy.PluginManager, plugin: Any) -> str | None:
    for registered, dist in pm.list_plugin_distinfo():
        if registered is plugin:
            return dist.version
    return None


# Hook calls go through call_hook so that a plugin that raises is named in a one-line
# error instead of surfacing as a traceback from deep inside pluggy.


def call_hook(pm: pluggy.PluginManager, name: str, **kwargs: Any) -> Any:
    """Call a hook; a plugin's exception becomes a PluginError naming the plugin."""
    try:
        return getattr(pm.hook, name)(**kwargs)
    except ClaimcheckError:
        raise
    except Exception as exc:
        culprit = _blame(pm, exc)
        raise PluginError(
            f"plugin {culprit} failed in {name}: {type(exc).__name__}: {exc}"
        ) from exc


def _blame(pm: pluggy.PluginManager, exc: BaseException) -> str:
    """The registered plugin whose code raised: the outermost plugin frame in the traceback."""
    modules: dict[str, str] = {}
    instances: dict[int, str] = {}
    for name, plugin in pm.list_name_plugin():
        if isinstance(plugin, ModuleType):
            modules[plugin.__name__] = name
        elif plugin is not None:
            instances[id(plugin)] = name
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        owner = frame.f_locals.get("self")
        if owner is not None and id(owner) in instances:
            return instances[id(owner)]
        module = frame.f_globals.get("__name__", "")
        if module in modules:
            return modules[module]
        tb = tb.tb_next
    return "(unknown)"
