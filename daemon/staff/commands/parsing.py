"""Read the #commands on their own lines at the top of a staff reply."""

from __future__ import annotations

import re
from dataclasses import dataclass

from daemon.staff.commands.registry import STAFF_WORDING, UnknownCommand, find

_COMMAND_LINE = re.compile(r"^\s*#([A-Za-z_]+)\b(.*)$")


@dataclass(frozen=True)
class Command:
    verb: str  # the registered name
    argument: str = ""


@dataclass(frozen=True)
class StaffReply:
    """The commands found, what could not be understood, and the text left to relay."""

    commands: tuple[Command, ...]
    problems: tuple[str, ...]
    text: str

    def has(self, verb: str) -> bool:
        return any(command.verb == verb for command in self.commands)

    def arguments(self, verb: str) -> list[str]:
        """Every argument of a command that may come more than once (#set)."""
        return [command.argument for command in self.commands if command.verb == verb]

    def argument(self, verb: str) -> str | None:
        return next((command.argument for command in self.commands if command.verb == verb), None)


def parse_staff_reply(text: str) -> StaffReply:
    """Commands are the leading lines that start with '#'; `#text` takes the rest as announcement text."""
    lines = text.replace("\r\n", "\n").split("\n")
    commands: list[Command] = []
    problems: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        match = _COMMAND_LINE.match(line)
        if not match:
            break
        word, argument = match.group(1).lower(), match.group(2).strip()
        index += 1
        spec = find(word)
        if isinstance(spec, UnknownCommand):
            problems.append(STAFF_WORDING.filled("command_problems", "unknown", name=spec.name))
            continue
        if spec.example is not None and not argument:
            problems.append(STAFF_WORDING.filled("command_problems", "needs_argument", name=word, example=spec.example))
            continue
        problem = spec.check(argument) if spec.check else None
        if problem:
            problems.append(
                STAFF_WORDING.filled("command_problems", "bad_argument", name=word, argument=argument, problem=problem)
            )
            continue
        if spec.takes_rest:
            commands.append(Command(word, "\n".join(lines[index:]).strip()))
            index = len(lines)
            break
        commands.append(Command(word, argument))
    remaining = "\n".join(lines[index:]).strip()
    return StaffReply(tuple(commands), tuple(problems), remaining)
