"""A hook bound once (``manager.bind_hook``) behaves exactly as ``call_hook``.

The core binds the hooks it calls once per figure (claim_time) or per pair of claims
(compare_claims) for a document's extraction or an alignment, so that the dispatch is
worked out once instead of at every call. Nothing a plugin author can see may differ:
the order of the implementations and firstresult, a raising plugin named in one line,
every record checked at the boundary (lenient drops it with a warning), a generator
consumed, a hookwrapper left to pluggy, and a plugin registered or unregistered after
the binding seen at the next call. Each case runs both ways and compares the outcomes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy
import pytest

import claimcheck
from claimcheck import Claim, Config, Document, Finding, PluginError, TimeRef
from claimcheck.manager import bind_hook, call_hook, get_plugin_manager

TEXT = "We saw 12 ships and 3 planes."
DOC = Document("a", TEXT)
GOOD = TimeRef(0, 2, "We", None, None, "year", "1950")
OUTSIDE = TimeRef(0, 99, "We", None, None, "year", "1950")


def manager(*plugins: Any, builtins: bool = False) -> pluggy.PluginManager:
    return get_plugin_manager(plugins, builtins=builtins, entry_points=False)


def figure(start: int, end: int, claim_id: str = "a:1") -> Claim:
    return Claim(id=claim_id, doc="a", kind="quantity", start=start, end=end,
                 text=TEXT[start:end])


def time_kwargs(config: Config | None = None) -> dict[str, Any]:
    claim = figure(7, 9)
    return {"claim": claim, "claims": [claim], "document": DOC, "config": config or Config()}


def outcome(call: Callable[[], Any]) -> tuple[str, Any]:
    """What a call gives: its result, or its exception's type and message."""
    try:
        return ("result", call())
    except BaseException as exc:  # SystemExit too: it must not escape
        return (type(exc).__name__, str(exc))


def both(pm: pluggy.PluginManager, name: str, **kwargs: Any) -> tuple[Any, Any]:
    bound = bind_hook(pm, name)
    return (outcome(lambda: call_hook(pm, name, **kwargs)),
            outcome(lambda: bound(**kwargs)))


class Timer:
    def __init__(self, answer: Any, **marks: Any) -> None:
        self.answer = answer
        self.calls = 0

        def claim_time(claim, claims, document, config):  # its own marks: a new function
            self.calls += 1
            if isinstance(self.answer, BaseException):
                raise self.answer
            return self.answer

        self.claim_time = claimcheck.hookimpl(**marks)(claim_time)


class ShortTimer:
    """An implementation that asks for fewer arguments than the hook passes."""

    @claimcheck.hookimpl
    def claim_time(self, claim):
        return GOOD


class DefaultTimer:
    """An implementation with an argument of its own that has a default."""

    @claimcheck.hookimpl
    def claim_time(self, claim, claims, document, config, extra=None):
        return GOOD if extra is None else None


@pytest.mark.parametrize(
    "plugins",
    [
        [],
        [Timer(None)],
        [Timer(GOOD)],
        [Timer(None), Timer(GOOD)],
        [Timer(GOOD, trylast=True), Timer(None, tryfirst=True)],
        [Timer(ValueError("boom\nsecond line"))],
        [Timer(SystemExit(3))],
        [Timer(OUTSIDE)],
        [Timer("1950")],
        [Timer(OUTSIDE), Timer(GOOD, tryfirst=True)],
        [ShortTimer()],
        [DefaultTimer()],
    ],
    ids=["none", "nothing", "one", "second", "tryfirst", "raises", "sys-exit",
         "outside", "a-string", "first-wins", "fewer-args", "default-arg"],
)
def test_claim_time_bound_gives_what_call_hook_gives(plugins: list[Any]) -> None:
    pm = manager(*plugins)
    plain, bound = both(pm, "claim_time", **time_kwargs())
    assert bound == plain
    if plain[0] != "result":
        assert "\n" not in bound[1] and "plugin " in bound[1] and "claim_time" in bound[1]


def test_firstresult_stops_at_the_first_result_when_bound() -> None:
    first, second = Timer(GOOD, tryfirst=True), Timer(OUTSIDE)
    bound = bind_hook(manager(first, second), "claim_time")
    assert bound(**time_kwargs()) is GOOD
    assert (first.calls, second.calls) == (1, 0)  # the bad one is never asked


def test_a_bad_record_is_dropped_when_lenient_and_the_next_plugin_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pm = manager(Timer(GOOD), Timer(OUTSIDE))  # registered last: asked first
    bound = bind_hook(pm, "claim_time")
    assert bound(**time_kwargs(Config(lenient=True))) is GOOD
    warning = capsys.readouterr().err
    assert warning.count("\n") == 1 and "returned a bad record from claim_time" in warning
    with pytest.raises(PluginError, match="ends past the end of the text"):
        bound(**time_kwargs())


def test_a_plugin_registered_or_unregistered_after_binding_is_seen() -> None:
    pm = manager(Timer(None))
    bound = bind_hook(pm, "claim_time")
    assert bound(**time_kwargs()) is None
    late = Timer(GOOD)
    pm.register(late, name="late")
    assert bound(**time_kwargs()) is GOOD
    pm.register(Timer(ValueError("late failure")), name="later")
    with pytest.raises(PluginError, match="plugin later failed in claim_time: ValueError"):
        bound(**time_kwargs())
    pm.unregister(name="later")
    pm.unregister(late)
    assert bound(**time_kwargs()) is None


def test_a_missing_argument_is_pluggys_error_when_bound() -> None:
    kwargs = time_kwargs()
    del kwargs["document"]
    plain, bound = both(manager(Timer(GOOD)), "claim_time", **kwargs)
    assert bound == plain == ("HookCallError", "hook call must provide argument 'document'")


class Comparer:
    def __init__(self, answer: Any) -> None:
        self.answer = answer

    @claimcheck.hookimpl
    def compare_claims(self, left, right, config):
        return self.answer(left, right) if callable(self.answer) else self.answer


def about(*ids: str) -> Finding:
    return Finding(kind="agreement", summary="same", claims=ids)


@pytest.mark.parametrize(
    "answer",
    [None, lambda a, b: about(a.id, b.id), lambda a, b: about(a.id, "z:9"), "a finding",
     lambda a, b: 1 / 0],
    ids=["nothing", "about-them", "names-another", "a-string", "raises"],
)
def test_compare_claims_bound_gives_what_call_hook_gives(answer: Any) -> None:
    pm = manager(Comparer(answer))
    kwargs = {"left": figure(7, 9, "a:1"), "right": figure(20, 21, "b:1"), "config": Config()}
    plain, bound = both(pm, "compare_claims", **kwargs)
    assert bound == plain


def test_builtin_compare_claims_bound_gives_what_call_hook_gives() -> None:
    pm = manager(builtins=True)
    left = Document("l", "The army had 25 men on 1 June 1950.")
    right = Document("r", "The army had 40 men on 1 June 1950.")
    a = next(c for c in claimcheck.claims(left, pm=pm) if c.kind == "quantity")
    b = next(c for c in claimcheck.claims(right, pm=pm) if c.kind == "quantity")
    plain, bound = both(pm, "compare_claims", left=a, right=b, config=Config())
    assert bound == plain and plain[0] == "result" and plain[1] is not None


class Blocker:
    @claimcheck.hookimpl
    def blocking_keys(self, claim, config):
        yield "k1"
        raise KeyError("inside the generator")


class Keys:
    def __init__(self, keys: Any) -> None:
        self.keys = keys

    @claimcheck.hookimpl
    def blocking_keys(self, claim, config):
        return self.keys


@pytest.mark.parametrize(
    "plugins",
    [[Keys(["a", "b"])], [Keys(iter(["a"])), Keys(None)], [Keys("ab")], [Keys([1])],
     [Keys(["a"]), Blocker()]],
    ids=["list", "iterator", "a-string", "not-strings", "raising-generator"],
)
def test_list_hooks_bound_give_what_call_hook_gives(plugins: list[Any]) -> None:
    kwargs = {"claim": figure(7, 9), "config": Config()}
    plain = outcome(lambda: call_hook(manager(*plugins), "blocking_keys", **kwargs))
    # an iterator is consumed by the first call: a fresh set of plugins for the second
    fresh = [Keys(iter(["a"])) if isinstance(p, Keys) and not isinstance(
        p.keys, (list, str, type(None))) else p for p in plugins]
    bound = outcome(lambda: bind_hook(manager(*fresh), "blocking_keys")(**kwargs))
    assert bound == plain


def test_a_hookwrapper_is_still_run_by_pluggy_when_bound() -> None:
    seen: list[int] = []

    class Wrapper:
        @claimcheck.hookimpl(wrapper=True)
        def claim_time(self, claim, claims, document, config):
            result = yield
            seen.append(1)
            return OUTSIDE if result is None else result

    pm = manager(Timer(None), Wrapper())
    plain, bound = both(pm, "claim_time", **time_kwargs())
    assert bound == plain and seen == [1, 1]
    assert plain[0] == "PluginError" and "one of " in plain[1]


def test_extraction_names_a_plugin_that_fails_in_claim_time() -> None:
    pm = manager(Timer(ValueError("no time")), builtins=True)
    with pytest.raises(PluginError) as err:
        claimcheck.claims("The army had 25 men in 1950.", pm=pm)
    assert "failed in claim_time: ValueError: no time" in str(err.value)
