"""The layers hold: each part of claimcheck imports only the layers below it.

From the ground up (docs/plugins.md, "Architecture"):

- ``model``, ``config``, ``errors``: records and vocabularies; import nothing of ours.
- ``text``: helpers with no plugins (numbers, words, names, calendar, grammar, quoting).
- ``hookspecs``, ``manager``: the hooks and the plugin manager.
- ``report`` (renderer registry and shared views) and ``align`` (lining claims up).
- ``plugin``: the plugin-author API, re-exports only; ``core``: the stages of a run.
- ``builtin.<name>``: one package per built-in plugin; it imports ``claimcheck.plugin``
  and its own package, nothing else of ours. Plugins under ``plugins/`` likewise (their
  tests may also use the user API, ``import claimcheck``).
- ``cli``: parses, calls the library, prints. ``claimcheck/__init__``: the user API.

Imports are read with ``ast`` (every import, at any depth, counts), so a lazy import
inside a function breaks a rule as surely as one at the top.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

SRC = ROOT / "src"
PACKAGE = SRC / "claimcheck"

GROUND = {"model", "config", "errors"}
#: Layer -> the layers its modules may import (its own always allowed).
ALLOWED: dict[str, set[str]] = {
    "data": set(),  # the shared TOML tables (a package with no code)
    "model": set(),
    "config": set(),
    "errors": set(),
    "text": GROUND,
    "hookspecs": GROUND,
    "manager": GROUND | {"hookspecs"},
    "report": GROUND | {"text", "hookspecs", "manager"},
    "align": GROUND | {"text", "hookspecs", "manager"},
    "plugin": GROUND | {"text", "hookspecs", "report"},
    "core": GROUND | {"text", "hookspecs", "manager", "align"},
    "cli": GROUND | {"text", "hookspecs", "manager", "report", "core"},
    "__init__": GROUND | {"text", "hookspecs", "manager", "report", "core", "builtin"},
    "__main__": {"cli"},
}


def module_name(path: Path, root: Path = SRC) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(path: Path, root: Path = SRC) -> Iterator[tuple[int, str]]:
    """(line, module) for every import of a file, relative ones resolved, ``from pkg
    import sub`` read as the submodule when ``sub`` is one."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                is_module = (root / sub.replace(".", "/")).with_suffix(".py").exists() or (
                    root / sub.replace(".", "/") / "__init__.py"
                ).exists()
                yield node.lineno, sub if is_module else base


def layer_of(module: str) -> str | None:
    """The layer of a claimcheck module: its first part below ``claimcheck``."""
    if module == "claimcheck":
        return "__init__"
    if not module.startswith("claimcheck."):
        return None
    return module.split(".")[1]


def builtin_package(module: str) -> str | None:
    parts = module.split(".")
    return ".".join(parts[:3]) if len(parts) >= 3 and parts[1] == "builtin" else None


def violations(path: Path, root: Path = SRC) -> list[str]:
    """Every import of a claimcheck file that its layer does not allow."""
    me = module_name(path, root)
    mine = layer_of(me)
    found = []
    for line, target in imported(path, root):
        theirs = layer_of(target)
        if theirs is None:
            continue
        if mine == "builtin":
            own = builtin_package(me)
            ok = target == "claimcheck.plugin" or (own is not None and (
                target == own or target.startswith(own + ".")))
        elif theirs == mine:
            ok = True
        elif theirs == "data":
            ok = True  # the package holding the shared TOML tables
        else:
            ok = theirs in ALLOWED.get(mine or "", set())
        if not ok:
            found.append(f"{path.relative_to(root)}:{line}: {me} imports {target}")
    return found


def plugin_violations(path: Path, tests: bool) -> list[str]:
    """A separately installed plugin imports ``claimcheck.plugin`` only (its tests may
    also use the user API, ``claimcheck`` itself)."""
    allowed = {"claimcheck.plugin"} | ({"claimcheck"} if tests else set())
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            names = [node.module or ""]
        for name in names:
            if (name == "claimcheck" or name.startswith("claimcheck.")) and name not in allowed:
                found.append(f"{path}:{node.lineno}: imports {name}")
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(SRC)))
def test_every_module_imports_only_the_layers_below_it(path: Path) -> None:
    assert violations(path) == []


def test_every_module_belongs_to_a_known_layer() -> None:
    unknown = {layer_of(module_name(p)) for p in SOURCES} - set(ALLOWED) - {"builtin"}
    assert unknown == set(), f"add these layers to ALLOWED and to the docs: {unknown}"


def test_no_import_circle() -> None:
    graph: dict[str, set[str]] = {}
    for path in SOURCES:
        graph[module_name(path)] = {
            t for _, t in imported(path) if t.startswith("claimcheck")
        }
    circles = []
    state: dict[str, int] = {}  # 1: on the stack, 2: done

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in graph:
                continue
            if state.get(nxt) == 1:
                circles.append(" -> ".join([*stack[stack.index(nxt):], nxt]))
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    assert circles == []


def test_plugin_api_module_only_re_exports() -> None:
    tree = ast.parse((PACKAGE / "plugin.py").read_text(encoding="utf-8"))
    kinds = {
        type(node).__name__ for node in tree.body
        if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))
    }
    assert kinds <= {"ImportFrom", "Assign"}, kinds


def test_only_a_builtins_plugin_module_knows_pluggy() -> None:
    """hatch's rule: the engines know nothing of pluggy; ``plugin.py`` holds the hooks."""
    offenders = []
    for path in sorted((PACKAGE / "builtin").rglob("*.py")):
        if path.name == "plugin.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or "", *(a.name for a in node.names)]
            if "pluggy" in names or "hookimpl" in names:
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []


@pytest.mark.parametrize(
    "path", sorted((ROOT / "plugins").glob("*/src/**/*.py")) +
    sorted((ROOT / "plugins").glob("*/tests/**/*.py")) +
    sorted((ROOT / "tests" / "example_plugin").rglob("*.py")),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_plugins_import_only_the_plugin_api(path: Path) -> None:
    assert plugin_violations(path, tests="tests" in path.relative_to(ROOT).parts[2:]) == []


# -- the rules can fail ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "source", "bad"),
    [
        ("claimcheck/model.py", "from claimcheck.report import views\n", True),
        ("claimcheck/model.py", "def f():\n    from .builtin.render import html\n", True),
        ("claimcheck/core/x.py", "from claimcheck.builtin.times import extract\n", True),
        ("claimcheck/core/x.py", "from claimcheck.cli import main\n", True),
        ("claimcheck/align/x.py", "from claimcheck.core import pipeline\n", True),
        ("claimcheck/text/x.py", "from claimcheck.manager import call_hook\n", True),
        ("claimcheck/builtin/times/x.py", "from claimcheck.model import Claim\n", True),
        ("claimcheck/builtin/times/x.py", "from claimcheck.builtin.slant import detect\n", True),
        ("claimcheck/builtin/times/x.py", "from claimcheck.plugin import Claim\n", False),
        ("claimcheck/builtin/times/x.py", "from .extract import find_times\n", False),
        ("claimcheck/core/x.py", "from claimcheck.align import figures\n", False),
    ],
)
def test_a_forbidden_import_is_caught(tmp_path: Path, module: str, source: str,
                                      bad: bool) -> None:
    path = tmp_path / module
    path.parent.mkdir(parents=True)
    path.write_text(source, encoding="utf-8")
    assert bool(violations(path, tmp_path)) is bad


def test_a_plugin_reaching_into_a_builtin_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "my_plugin.py"
    path.write_text("from claimcheck.builtin.slant.lexicon import Lexicon\n", encoding="utf-8")
    assert plugin_violations(path, tests=False)
    path.write_text("from claimcheck.plugin import hookimpl\n", encoding="utf-8")
    assert not plugin_violations(path, tests=False)
