"""Rows cross the storage boundary as typed rows (storage/rows.py), never as loose `dict[str, Any]`."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOSE = re.compile(r"\b(dict|Mapping|MutableMapping)\[str, Any\]")
# JSON that never reaches a table through these signatures: Moodle's web-service answers and the CLI's printout.
JSON_NOT_ROWS = {
    "daemon/moodle/worker.py",
    "daemon/cli/ticket_json.py",
    "daemon/cli/mail_commands.py",
}


def signatures(path: Path) -> list[tuple[str, str]]:
    """(function name, its parameters' and return annotations as source text) for every function in a file."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args
            annotated = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
            annotated += [item for item in (arguments.vararg, arguments.kwarg) if item is not None]
            texts = [ast.unparse(item.annotation) for item in annotated if item.annotation is not None]
            if node.returns is not None:
                texts.append(ast.unparse(node.returns))
            found.append((node.name, " ".join(texts)))
    return found


def storage_callers() -> list[Path]:
    """The storage package itself and every daemon module that imports it."""
    modules = sorted((ROOT / "storage").glob("*.py"))
    for path in sorted((ROOT / "daemon").rglob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        if any(
            isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "storage"
            for node in ast.walk(tree)
        ):
            modules.append(path)
    return modules


def test_the_callers_are_found() -> None:
    names = {str(path.relative_to(ROOT)) for path in storage_callers()}
    assert {"storage/rows.py", "daemon/ticket_record.py", "daemon/pipeline/new_tickets.py"} <= names


def test_no_loose_dict_crosses_storage() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}({text})"
        for path in storage_callers()
        if str(path.relative_to(ROOT)) not in JSON_NOT_ROWS
        for name, text in signatures(path)
        if LOOSE.search(text)
    ]
    assert offenders == []


def test_the_check_sees_a_loose_dict(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def values(row: int) -> dict[str, Any]:\n    return {}\n")
    assert [name for name, text in signatures(sample) if LOOSE.search(text)] == ["values"]
