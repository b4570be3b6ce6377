"""Build the plugin manager: built-ins first, then installed plugins, then the caller's.

Nothing happens at import time; every call builds a fresh manager, so tests (and
notebooks) can build one with exactly the plugins they want.
"""

from __future__ import annotations

import importlib
import operator
import os
import sys
from collections.abc import Callable, Collection, Iterable, Mapping
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


# -- the same manager in a worker ----------------------------------------------------------

#: How to build a manager again in another process, step by step in registration order:
#: ``("module", name, module)`` imports a module and registers it under ``name``;
#: ``("entry_point", name, "")`` loads the installed plugin of that name;
#: ``("blocked", name, "")`` blocks the name.
Recipe = tuple[tuple[str, str, str], ...]


def recipe(pm: pluggy.PluginManager, *, where: str = "jobs > 1 (--jobs) runs workers",
           instead: str = "use --jobs 1 (jobs=1)") -> Recipe:
    """The steps that build ``pm`` again in a worker process (``jobs`` > 1), plugins in the
    same order, so that workers run exactly the caller's plugins.

    A plugin module that can be imported by its name travels as that name, an installed
    plugin as its entry point. A plugin object (an instance, a class, a module made on the
    fly) exists only in this process: a worker would silently run without it, so this is a
    PluginError naming it; ``where`` and ``instead`` say which engine runs the workers and
    what to do instead.
    """
    installed = {id(plugin) for plugin, _ in pm.list_plugin_distinfo()}
    steps: list[tuple[str, str, str]] = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            steps.append(("blocked", name, ""))
        elif id(plugin) in installed:
            steps.append(("entry_point", name, ""))
        elif _importable(plugin):
            steps.append(("module", name, plugin.__name__))
        else:
            raise PluginError(
                f"plugin {name} is registered only in this process; {where} that load "
                f"installed plugins and importable plugin modules only: install it, or "
                f"{instead}"
            )
    return tuple(steps)


def from_recipe(steps: Recipe) -> pluggy.PluginManager:
    """The manager ``recipe`` describes, built in this process (a worker's, which may be
    another machine's: a plugin missing there is a PluginError naming it, never a run
    without it)."""
    pm = pluggy.PluginManager("claimcheck")
    pm.add_hookspecs(hookspecs)
    for kind, name, module in steps:
        if kind == "blocked":
            pm.set_blocked(name)
        elif kind == "entry_point":
            pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP, name=name)
            if not pm.has_plugin(name):
                raise PluginError(f"plugin {name} is not installed where this worker runs: "
                                  "install it there too")
        else:
            try:
                plugin = importlib.import_module(module)
            except ImportError as exc:
                raise PluginError(f"plugin {name} cannot be imported where this worker runs "
                                  f"({type(exc).__name__}: {exc}): install it there too"
                                  ) from None
            pm.register(plugin, name=name)
    pm.check_pending()
    return pm


def _importable(plugin: Any) -> bool:
    return (isinstance(plugin, ModuleType) and plugin.__name__ != "__main__"
            and sys.modules.get(plugin.__name__) is plugin)


# -- calling a hook ------------------------------------------------------------------------
#
# Hooks are called through call_hook, which runs the implementations one by one in
# pluggy's order (``reversed(get_hookimpls())``: tryfirst/trylast and registration order
# already sorted there; a firstresult hook stops at the first non-None result). Calling
# them one by one is what lets every result be traced to the plugin that returned it: a
# plugin that raises (also inside a generator it returned, which is consumed here, or by
# sys.exit) is named in a one-line PluginError, and each record it returns is checked
# here, at the boundary, by the check the core registered for the hook
# (``core/checks.py``), so a bad record is rejected naming the plugin, the hook and the
# record. pluggy's hook-call monitoring and tracing are not run for these calls. A hook
# with a hookwrapper is run by pluggy itself, so that the wrapper sees what it expects;
# its results are checked all the same, but cannot be told apart by plugin.

#: ``prepare(kwargs, known_claims) -> check`` for one hook call; ``check(record)`` says in
#: a few words what is wrong with one record an implementation returned, None when nothing.
#: ``known_claims`` is the ids of the claims a finding may name, when the caller knows them.
RecordCheck = Callable[[Any], str | None]
PrepareCheck = Callable[[Mapping[str, Any], Collection[str] | None], RecordCheck]

#: The record checks by hook name, registered by the core (``core/checks.py``).
RECORD_CHECKS: dict[str, PrepareCheck] = {}
#: The hooks whose check may be prepared once there is a result to check, not before the
#: call: what it reads of the call's arguments no implementation can change.
LAZY_CHECKS: set[str] = set()


def register_check(hook: str, prepare: PrepareCheck, *, lazy: bool = False) -> None:
    """Check every record ``hook`` returns with ``prepare(kwargs, known_claims)``.

    ``lazy``: prepare the check only when an implementation returned something. The core
    calls some hooks once per claim or per pair of claims (claim_time, compare_claims),
    and most such calls return nothing; only for a check that reads nothing a plugin may
    change (a frozen record, the length of a text), so that it is the same either way.
    """
    RECORD_CHECKS[hook] = prepare
    if lazy:
        LAZY_CHECKS.add(hook)
    else:
        LAZY_CHECKS.discard(hook)


def call_hook(
    pm: pluggy.PluginManager, name: str, /, *, known_claims: Collection[str] | None = None,
    **kwargs: Any,
) -> Any:
    """Call a hook as pluggy would, each implementation's result checked.

    A plugin's exception, or a bad record it returns, is a PluginError naming the plugin
    and the hook. With ``config.lenient`` a bad record (or a result that is no list of
    records) is dropped with a one-line warning on stderr instead. A plugin's
    ClaimcheckError (a loader's LoadError naming its file) passes through as it is, and
    KeyboardInterrupt still interrupts. Iterators a hook returns come back as lists.
    """
    caller = getattr(pm.hook, name)
    plan = _plan(caller)
    prepare = RECORD_CHECKS.get(name)
    firstresult = plan.firstresult
    check: RecordCheck | None = None
    if prepare is not None and (plan.wrapped or name not in LAZY_CHECKS):
        check = prepare(kwargs, known_claims)
    if plan.wrapped:
        return _call_wrapped(pm, caller, name, kwargs, firstresult, check, _lenient(kwargs))
    results = []
    for impl in plan.impls:
        result = _call_one(impl, name, kwargs, firstresult)
        if result is not None and prepare is not None:
            if check is None:
                check = prepare(kwargs, known_claims)
            result = _checked(result, impl.plugin_name, name, check, firstresult,
                              _lenient(kwargs))
        if result is not None:
            if firstresult:
                return result
            results.append(result)
    return None if firstresult else results


def bind_hook(pm: pluggy.PluginManager, name: str, /, *,
              known_claims: Collection[str] | None = None) -> Callable[..., Any]:
    """``call_hook(pm, name, known_claims=..., **kwargs)`` as a function of ``kwargs``, for
    a hook called many times in a row.

    The core calls some hooks once per claim (claim_time) or per pair of claims
    (compare_claims): through ``call_hook`` every such call found the hook's caller and
    its plan again, looked its check up and read each implementation's argument names,
    about twice the time of the built-in implementation itself. The function returned is
    made for the duration of one document's extraction or of one alignment and keeps all
    that (in its closure: read faster than an object's attributes); each call still runs
    every implementation one by one in pluggy's order, names a plugin that raises, checks
    every record at the boundary (the check prepared as ``call_hook`` prepares it), stops
    at the first result of a firstresult hook and leaves a hook with a wrapper to pluggy.
    Registering or unregistering a plugin after the binding is seen at the next call, as
    by ``call_hook``: the implementations are compared (the same objects in the same
    order) before each call.
    """
    caller = getattr(pm.hook, name)
    prepare = RECORD_CHECKS.get(name)
    lazy = name in LAZY_CHECKS
    # pluggy's own list of the implementations, changed in place when a plugin is
    # registered or unregistered (None where pluggy keeps none: a copy is read per call)
    live = getattr(caller, "_hookimpls", None)
    if not isinstance(live, list):
        live = None
    state = _bound_state(caller)

    def call(**kwargs: Any) -> Any:
        nonlocal state
        spec, snapshot, firstresult, wrapped, impls = state
        if (live if live is not None else caller.get_hookimpls()) != snapshot \
                or caller.spec is not spec:
            state = _bound_state(caller)
            spec, snapshot, firstresult, wrapped, impls = state
        if wrapped:
            return call_hook(pm, name, known_claims=known_claims, **kwargs)
        check: RecordCheck | None = None
        if prepare is not None and not lazy:
            check = prepare(kwargs, known_claims)
        results = []
        for function, plugin, arguments, kwargnames in impls:
            try:
                args = arguments(kwargs)
            except KeyError as exc:
                raise pluggy.HookCallError(
                    f"hook call must provide argument {exc.args[0]!r}") from exc
            try:
                if kwargnames:
                    result = function(
                        *args, **{arg: kwargs[arg] for arg in kwargnames if arg in kwargs})
                else:
                    result = function(*args)
                if not firstresult:
                    result = _listed(result)
            except ClaimcheckError:
                raise
            except (Exception, SystemExit) as exc:  # KeyboardInterrupt still interrupts
                raise _failed(plugin, name, exc) from exc
            if result is None:
                continue
            if prepare is not None:
                if check is None:
                    check = prepare(kwargs, known_claims)
                # a record that passes is returned as it is, without _checked's call; one
                # that does not (or a result that is no list) goes through _checked, which
                # checks it again and rejects or drops it
                if firstresult:
                    if check(result) is not None:
                        result = _checked(result, plugin, name, check, True, _lenient(kwargs))
                elif not _all_pass(result, check):
                    result = _checked(result, plugin, name, check, False, _lenient(kwargs))
                if result is None:
                    continue
            if firstresult:
                return result
            results.append(result)
        return None if firstresult else results

    return call


_BoundImpl = tuple[Callable[..., Any], str, Callable[[Mapping[str, Any]], tuple[Any, ...]],
                   tuple[str, ...]]


def _bound_state(caller: Any) -> tuple[Any, list[pluggy.HookImpl], bool, bool,
                                       tuple[_BoundImpl, ...]]:
    """What a bound hook needs of the implementations registered now: the spec and the
    implementations it was worked out for, firstresult, whether a wrapper is among them,
    and (function, plugin name, its arguments read from the call's, its keyword arguments)
    in call order, the arguments read at C speed."""
    plan = _plan(caller)
    impls = tuple((impl.function, impl.plugin_name, _getter(impl.argnames),
                   tuple(impl.kwargnames)) for impl in plan.impls)
    return plan.spec, list(plan.registered), plan.firstresult, plan.wrapped, impls


def _getter(names: Collection[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A function reading ``names`` of a call's arguments, in order, as a tuple; a missing
    one raises KeyError naming it."""
    names = tuple(names)
    if len(names) >= 2:
        return operator.itemgetter(*names)
    if len(names) == 1:
        (only,) = names
        return lambda kwargs: (kwargs[only],)
    return lambda kwargs: ()


def _all_pass(result: Any, check: RecordCheck) -> bool:
    """Whether a list hook's result is a list of records that all pass ``check``."""
    if isinstance(result, (str, bytes, Mapping)) or not isinstance(result, Iterable):
        return False
    return all(check(record) is None for record in result)


def _lenient(kwargs: Mapping[str, Any]) -> bool:
    """Whether the call's config drops bad records instead of failing (``lenient``)."""
    config = kwargs.get("config")
    return bool(getattr(config, "lenient", False)) if config is not None else False


class _Plan:
    """What call_hook needs to know of a hook, worked out once per set of implementations:
    the core calls some hooks once per claim (claim_time) or per pair (compare_claims),
    and the order of the implementations, the spec's options and whether a wrapper is
    among them were worked out anew on every such call. The implementations themselves
    are read at each call (their function, names), as pluggy reads them."""

    __slots__ = ("caller", "firstresult", "impls", "registered", "spec", "wrapped")

    def __init__(self, caller: Any, registered: list[pluggy.HookImpl]) -> None:
        self.caller = caller
        self.spec = caller.spec
        self.registered = registered
        self.firstresult = bool(caller.spec is not None and caller.spec.opts.get("firstresult"))
        self.wrapped = any(impl.hookwrapper or impl.wrapper for impl in registered)
        self.impls = tuple(reversed(registered))


#: id(hook caller) -> its plan; a plan holds its caller, so an id is never reused while
#: its entry lives (bounded: tests build many managers)
_PLANS: dict[int, _Plan] = {}


def _plan(caller: Any) -> _Plan:
    """The caller's plan, made again whenever its implementations or its spec changed (a
    plugin registered or unregistered since: the list compares equal only to the same
    implementations in the same order)."""
    plan = _PLANS.get(id(caller))
    if plan is not None and plan.caller is caller and plan.spec is caller.spec \
            and plan.registered == _registered(caller):
        return plan
    if len(_PLANS) >= 1024:
        _PLANS.clear()
    plan = _PLANS[id(caller)] = _Plan(caller, caller.get_hookimpls())
    return plan


def _registered(caller: Any) -> list[pluggy.HookImpl]:
    """The caller's implementations, to compare with a plan's: pluggy's own list where
    it keeps one (``get_hookimpls`` copies it on every call), else that copy."""
    impls = getattr(caller, "_hookimpls", None)
    return impls if isinstance(impls, list) else caller.get_hookimpls()


def _call_one(impl: pluggy.HookImpl, name: str, kwargs: Mapping[str, Any],
              firstresult: bool) -> Any:
    """One implementation's result, with pluggy's argument passing; an iterator it returns
    is consumed here, so that an error raised while iterating is blamed on it too."""
    try:
        args = list(map(kwargs.__getitem__, impl.argnames))
    except KeyError as exc:
        raise pluggy.HookCallError(f"hook call must provide argument {exc.args[0]!r}") from exc
    try:
        if impl.kwargnames:
            result = impl.function(
                *args, **{arg: kwargs[arg] for arg in impl.kwargnames if arg in kwargs})
        else:
            result = impl.function(*args)
        if not firstresult:
            result = _listed(result)
    except ClaimcheckError:
        raise
    except (Exception, SystemExit) as exc:  # KeyboardInterrupt still interrupts
        raise _failed(impl.plugin_name, name, exc) from exc
    return result


def _listed(result: Any) -> Any:
    """A list hook's result as a list (a generator consumed), or as it is when it is none
    (None, a string, a mapping, a number: the check says so)."""
    if isinstance(result, (list, tuple, str, bytes, Mapping)) or not isinstance(result, Iterable):
        return result
    return list(result)


def _failed(plugin: str, hook: str, exc: BaseException) -> PluginError:
    said = " ".join(str(exc).split())
    return PluginError(f"plugin {plugin} failed in {hook}: {type(exc).__name__}"
                       + (f": {said}" if said else ""))


def _checked(result: Any, plugin: str, hook: str, check: RecordCheck, firstresult: bool,
             lenient: bool) -> Any:
    """The result with its bad records rejected (a PluginError) or, when lenient, dropped
    with a warning; None when nothing of it is left."""
    if firstresult:
        problem = check(result)
        if problem is None:
            return result
        _reject(f"plugin {plugin} returned a bad record from {hook}: {_describe(result)}: "
                f"{problem}", lenient)
        return None
    if isinstance(result, (str, bytes, Mapping)) or not isinstance(result, Iterable):
        _reject(f"plugin {plugin} returned a bad result from {hook}: "
                f"{_describe(result)}, not a list of records", lenient)
        return None
    kept = []
    for record in result:
        problem = check(record)
        if problem is None:
            kept.append(record)
        else:
            _reject(f"plugin {plugin} returned a bad record from {hook}: {_describe(record)}: "
                    f"{problem}", lenient)
    return kept if len(kept) < len(result) else result


def _reject(message: str, lenient: bool) -> None:
    if not lenient:
        raise PluginError(message)
    print(f"claimcheck: warning: {message} (dropped)", file=sys.stderr)


def _describe(record: Any) -> str:
    """A record in a few words, on one line: its type, kind, id, span and text."""
    if not hasattr(record, "__dataclass_fields__"):
        return f"a {type(record).__name__} {_short(record)}"
    words = [type(record).__name__]
    for field in ("kind", "id"):
        value = getattr(record, field, None)
        if isinstance(value, str) and value:
            words.append(repr(value))
    start, end = getattr(record, "start", None), getattr(record, "end", None)
    if start is not None or end is not None:
        words.append(f"[{start}:{end}]")
    for field in ("text", "summary"):
        value = getattr(record, field, None)
        if isinstance(value, str):
            words.append(_short(value))
            break
    return " ".join(words)


def _short(value: Any, limit: int = 60) -> str:
    """``repr`` of a value on one line, cut to ``limit`` characters."""
    text = repr(value).replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _call_wrapped(pm: pluggy.PluginManager, caller: Any, name: str, kwargs: Mapping[str, Any],
                  firstresult: bool, check: RecordCheck | None, lenient: bool) -> Any:
    """A hook with a hookwrapper, run by pluggy; its results checked, each blamed on the
    hook's plugins together (the wrapper may have changed any of them)."""
    try:
        result = caller(**kwargs)
        if not firstresult:
            result = [_listed(batch) for batch in result]
    except ClaimcheckError:
        raise
    except (Exception, SystemExit) as exc:
        raise _failed(_blame(pm, exc), name, exc) from exc
    if check is None or result is None:
        return result
    who = "one of " + ", ".join(impl.plugin_name for impl in reversed(caller.get_hookimpls()))
    if firstresult:
        return _checked(result, who, name, check, True, lenient)
    checked = (_checked(batch, who, name, check, False, lenient) for batch in result)
    return [batch for batch in checked if batch is not None]


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
