"""Staff #commands are registered by name, one module each; a #word nobody registered is a typed result."""

from __future__ import annotations

import pytest

from daemon.staff.commands.parsing import parse_staff_reply
from daemon.staff.commands.registry import CommandSpec, CommandStep, UnknownCommand, command, find, registered


def test_every_command_is_registered_by_its_module() -> None:
    names = set(registered())
    assert names == {"resolve", "close", "reopen", "type", "assign", "internal", "spam", "approve", "set", "text"}
    assert all(isinstance(spec, CommandSpec) and spec.name == name for name, spec in registered().items())


def test_an_unknown_word_is_a_typed_result_the_parser_reports() -> None:
    assert find("frobnicate") == UnknownCommand("frobnicate")
    assert parse_staff_reply("#frobnicate\nteks").problems == ("#frobnicate: perintah tidak dikenal",)


def test_a_name_is_registered_once() -> None:
    def again(step: CommandStep, argument: str) -> str | None:
        return None

    registered()
    with pytest.raises(ValueError, match="#resolve is registered twice"):
        command("resolve")(again)
