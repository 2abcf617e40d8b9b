"""Read the #commands on their own lines at the top of a staff reply."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from daemon.classify.model import RequestType


class Verb(StrEnum):
    RESOLVE = "resolve"
    CLOSE = "close"
    REOPEN = "reopen"
    TYPE = "type"
    ASSIGN = "assign"
    INTERNAL = "internal"
    SPAM = "spam"
    APPROVE = "approve"
    SET = "set"
    TEXT = "text"


_NEEDS_ARGUMENT = {Verb.TYPE, Verb.ASSIGN, Verb.SET}
_COMMAND_LINE = re.compile(r"^\s*#([A-Za-z_]+)\b(.*)$")


@dataclass(frozen=True)
class Command:
    verb: Verb
    argument: str = ""


@dataclass(frozen=True)
class StaffReply:
    """The commands found, what could not be understood, and the text left to relay."""

    commands: tuple[Command, ...]
    problems: tuple[str, ...]
    text: str

    def has(self, verb: Verb) -> bool:
        return any(command.verb is verb for command in self.commands)

    def arguments(self, verb: Verb) -> list[str]:
        """Every argument of a command that may come more than once (#set)."""
        return [command.argument for command in self.commands if command.verb is verb]

    def argument(self, verb: Verb) -> str | None:
        return next((command.argument for command in self.commands if command.verb is verb), None)


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
        try:
            verb = Verb(word)
        except ValueError:
            problems.append(f"#{word}: perintah tidak dikenal")
            continue
        if verb in _NEEDS_ARGUMENT and not argument:
            problems.append(f"#{word}: perlu keterangan (contoh: #{word} {_example(verb)})")
            continue
        if verb is Verb.TYPE and argument not in {item.value for item in RequestType}:
            problems.append(f"#type {argument}: jenis tidak dikenal ({', '.join(item.value for item in RequestType)})")
            continue
        if verb is Verb.TEXT:
            commands.append(Command(verb, "\n".join(lines[index:]).strip()))
            index = len(lines)
            break
        commands.append(Command(verb, argument))
    remaining = "\n".join(lines[index:]).strip()
    return StaffReply(tuple(commands), tuple(problems), remaining)


def _example(verb: Verb) -> str:
    examples = {Verb.TYPE: "elearning_support", Verb.SET: "fullname Pemrograman Web Lanjut"}
    return examples.get(verb, "rina.staf@polibatam.ac.id")
