"""The daemon's packages are layered: each imports only from packages below it, and no two import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DAEMON = Path(__file__).resolve().parent.parent / "daemon"

# Lowest first. "daemon" is the core at the top of the tree (config, clock, errors, credentials, the working
# calendar, SLA arithmetic, ticket-record writes); each later package may import from any earlier one, never later.
LAYERS = (
    "daemon",
    "classify",
    "outgoing",
    "staff",
    "moodle",
    "pipeline",
    "intake",
    "reports",
    "records",
    "wiring",
    "jobs",
    "runtime",
    "cli",
)


def package_of(module: str) -> str:
    """`daemon.reports.led.document` -> `reports`; a module at the top of daemon/ belongs to the core."""
    parts = module.split(".")
    if module == "daemon.__main__":
        return "cli"  # the console entry point, which only starts the command line
    if len(parts) > 2 or (len(parts) == 2 and (DAEMON / parts[1]).is_dir()):
        return parts[1]
    return "daemon"


def imported_modules(path: Path) -> set[str]:
    """Every daemon module a file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "daemon":
                found.update(f"daemon.{alias.name}" for alias in node.names)
            elif node.module.startswith("daemon."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("daemon."))
    return found


def package_imports() -> dict[tuple[str, str], list[str]]:
    """(importing package, imported package) -> the files where that happens."""
    edges: dict[tuple[str, str], list[str]] = {}
    for path in sorted(DAEMON.rglob("*.py")):
        relative = path.relative_to(DAEMON.parent).with_suffix("")
        source = package_of(".".join(relative.parts))
        for module in imported_modules(path):
            target = package_of(module)
            if target != source:
                edges.setdefault((source, target), []).append(str(relative))
    return edges


def cycles(edges: set[tuple[str, str]]) -> list[list[str]]:
    """Each cycle in the package graph, found by depth-first search (empty when the graph is acyclic)."""
    graph: dict[str, set[str]] = {}
    for source, target in edges:
        graph.setdefault(source, set()).add(target)
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_every_package_has_a_place_in_the_layers() -> None:
    packages = {path.parent.name for path in DAEMON.glob("*/__init__.py")}
    assert packages == set(LAYERS) - {"daemon"}


def test_no_package_imports_one_above_it() -> None:
    rank = {name: index for index, name in enumerate(LAYERS)}
    upward = [
        f"{source} -> {target} in {', '.join(files)}"
        for (source, target), files in sorted(package_imports().items())
        if rank[target] > rank[source]
    ]
    assert upward == []


def test_no_two_packages_import_each_other() -> None:
    assert cycles(set(package_imports())) == []


def test_the_checker_sees_an_upward_import_and_a_cycle() -> None:
    assert package_of("daemon.reports.led.document") == "reports"
    assert package_of("daemon.config") == "daemon"
    assert cycles({("a", "b"), ("b", "c"), ("c", "a")}) == [["a", "b", "c", "a"]]
    assert cycles({("a", "b"), ("b", "c")}) == []


@pytest.mark.parametrize("layer", LAYERS[1:])
def test_each_package_says_its_place_and_what_it_may_import(layer: str) -> None:
    docstring = ast.get_docstring(ast.parse((DAEMON / layer / "__init__.py").read_text())) or ""
    assert "May import" in docstring, f"daemon/{layer}/__init__.py does not say what it may import"
