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
