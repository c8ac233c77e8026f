"""The action modules import each other at the top and in one direction: no cycle dodged by an
import inside a function (checkout once imported the after-sales modules that way, and the
profile the search), so a reader sees at the top of a module everything it depends on, and what
several skills share lives in a module below all of them (actions/checkout_slots.py: the checkout's
slots and clock; actions/personal_search.py: the shopper's profile applied to a search)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import PROJECT_ROOT

ACTIONS_DIR = PROJECT_ROOT / "actions"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(ACTIONS_DIR.rglob("*.py"))}


def _imported(node: ast.Import | ast.ImportFrom) -> set[str]:
    """The action modules an import statement loads (`from actions import cart` loads
    actions.cart; the package itself is being loaded already)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in MODULES}
    if node.level or not node.module or node.module.split(".")[0] != "actions":
        return set()
    submodules = {f"{node.module}.{alias.name}" for alias in node.names} & MODULES.keys()
    if node.module != "actions" and len(submodules) < len(node.names):
        submodules.add(node.module)
    return submodules


def _top_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        module
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        for module in _imported(node)
    }


def test_no_action_module_imports_inside_a_function():
    inside = [
        f"{path.relative_to(PROJECT_ROOT)}:{inner.lineno}"
        for path in MODULES.values()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for inner in ast.walk(node)
        if isinstance(inner, ast.Import | ast.ImportFrom)
    ]

    assert inside == [], "import these at the top (move what both need below both):\n" + "\n".join(
        inside
    )


def _a_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of `graph` (module -> modules it imports), as a path; [] if none."""
    state: dict[str, str] = {}

    def visit(module: str, path: list[str]) -> list[str]:
        state[module] = "open"
        for imported in sorted(graph.get(module, ())):
            if state.get(imported) == "open":
                return path[path.index(imported) :] + [imported]
            if imported not in state and (cycle := visit(imported, path + [imported])):
                return cycle
        state[module] = "done"
        return []

    for module in sorted(graph):
        if module not in state and (cycle := visit(module, [module])):
            return cycle
    return []


def test_the_action_modules_import_each_other_in_one_direction():
    graph = {name: _top_level_imports(path) for name, path in MODULES.items()}

    assert _a_cycle(graph) == []


def test_the_cycle_check_finds_a_cycle():
    # So that the test above can fail.
    assert _a_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _a_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []
    imports = _imported(ast.parse("from actions import checkout, replies").body[0])
    assert imports == {"actions.checkout", "actions.replies"}
