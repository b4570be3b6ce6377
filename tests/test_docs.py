"""The plugin guide stays true: every hook documented, tested, and every example runs."""

from __future__ import annotations

import ast
import re

import pytest

from claimcheck import hookspecs

from .conftest import ROOT

GUIDE = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
HOOKS = sorted(
    name for name, fn in vars(hookspecs).items()
    if callable(fn) and hasattr(fn, "claimcheck_spec")
)


def _sections() -> dict[str, str]:
    parts = re.split(r"^## `(\w+)`\n", GUIDE, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_hookspecs_are_found() -> None:
    assert "load_document" in HOOKS and "register_renderers" in HOOKS


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_section_and_a_test(hook: str) -> None:
    assert hook in _sections(), f"docs/plugins.md has no section for {hook}"
    tree = ast.parse((ROOT / "tests" / "test_hooks.py").read_text(encoding="utf-8"))
    names = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    assert f"test_hook_{hook}" in names


@pytest.mark.parametrize("hook", HOOKS)
def test_guide_example_runs(hook: str, monkeypatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", _sections()[hook], flags=re.DOTALL)
    assert blocks, f"the {hook} section has no example"
    monkeypatch.setenv("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
    for block in blocks:
        exec(compile(block, f"docs/plugins.md#{hook}", "exec"), {"__name__": "example"})


def test_no_section_for_a_hook_that_does_not_exist() -> None:
    assert set(_sections()) <= set(HOOKS)


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hookspec_documents_its_parameters_and_return(hook: str) -> None:
    """pytest's hookspec style: each parameter and the return spelled out, typed."""
    import inspect

    fn = getattr(hookspecs, hook)
    doc = inspect.getdoc(fn) or ""
    for name in inspect.signature(fn).parameters:
        assert f":param {name}:" in doc, f"{hook}: parameter {name} is not documented"
    returns = inspect.signature(fn).return_annotation
    if returns not in ("None", None):
        assert ":returns:" in doc, f"{hook} does not say what it returns"
    annotations = " ".join(str(a) for a in fn.__annotations__.values())
    assert "Any" not in annotations, f"{hook} has an untyped parameter or return"
    if hook in FIRST_RESULT:
        assert "first non-None result" in doc, f"{hook}: say where it stops"


FIRST_RESULT = sorted(
    name for name in HOOKS
    if getattr(hookspecs, name).claimcheck_spec.get("firstresult")
)


def test_firstresult_hooks_are_known() -> None:
    assert {"load_document", "segment", "compare_claims", "claim_time"} <= set(FIRST_RESULT)
