"""Which tests reach the test database, found by reading their code, so the PostgreSQL pass runs exactly those."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator

import pytest

from tests import database

MARK = "database"
# The two ways a test's behaviour depends on HELPDESK_TEST_DB: it writes a config whose database `database_url`
# chose, or it reads the variable itself (the benchmarks pass it on to their own subprocess).
_CHOOSER = database.database_url
_VARIABLE = "HELPDESK_TEST_DB"


def _code_objects(code: types.CodeType) -> Iterator[types.CodeType]:
    """A function's code and that of the lambdas, comprehensions and functions nested in it."""
    yield code
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _code_objects(constant)


def _functions_of(value: object) -> list[types.FunctionType]:
    """The functions behind a name a test's code uses, if they are the test suite's own (the project's code
    reaches the database only through a config the tests wrote)."""
    if isinstance(value, types.FunctionType):
        return [value] if value.__module__.startswith("tests") else []
    if isinstance(value, type) and value.__module__.startswith("tests"):
        return [member for member in vars(value).values() if isinstance(member, types.FunctionType)]
    return []


def _reaches_database(roots: list[types.FunctionType], seen: set[types.CodeType]) -> bool:
    pending = list(roots)
    while pending:
        function = pending.pop()
        if function is _CHOOSER:
            return True
        for code in _code_objects(function.__code__):
            if code in seen:
                continue
            seen.add(code)
            if _VARIABLE in code.co_consts:
                return True
            for name in code.co_names:
                # A name of the module, or one imported inside the function (`from tests.x import y`).
                value = function.__globals__.get(name, sys.modules.get(name))
                if isinstance(value, types.ModuleType):
                    # `module.helper(...)`: the attribute's name is among the same code's names.
                    pending.extend(f for n in code.co_names for f in _functions_of(getattr(value, n, None)))
                else:
                    pending.extend(_functions_of(value))
    return False


def _fixture_functions(item: pytest.Item) -> list[types.FunctionType]:
    if not isinstance(item, pytest.Function):
        return []
    functions = [item.function] if isinstance(item.function, types.FunctionType) else []
    for definitions in item._fixtureinfo.name2fixturedefs.values():
        functions.extend(d.func for d in definitions if isinstance(d.func, types.FunctionType))
    return functions


def mark_database_tests(items: list[pytest.Item]) -> None:
    """Marks `database` every test whose code, or the code of a fixture it uses, reaches the database's choice."""
    seen_by_root: dict[types.CodeType, bool] = {}
    for item in items:
        roots = _fixture_functions(item)
        if any(_reaches(root, seen_by_root) for root in roots):
            item.add_marker(MARK)


def _reaches(root: types.FunctionType, known: dict[types.CodeType, bool]) -> bool:
    if root.__code__ not in known:
        known[root.__code__] = _reaches_database([root], set())
    return known[root.__code__]
