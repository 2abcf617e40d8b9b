"""The command line's parser: every command it knows has a module that runs it, and parsing imports none of the work."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from daemon.cli import parser
from daemon.cli.main import COMMAND_MODULES, main
from daemon.cli.oauth2_authorize import Flow, Provider
from daemon.records.export import CSV_DIALECTS
from storage.models import TicketStatus
from tests.conftest import write_config


def _commands() -> dict[str, argparse.ArgumentParser]:
    (subparsers,) = (
        action for action in parser.build_parser()._actions if isinstance(action, argparse._SubParsersAction)
    )
    return dict(subparsers.choices)


def test_every_command_has_a_module_that_runs_it() -> None:
    assert set(_commands()) == set(COMMAND_MODULES)
    for name, module in COMMAND_MODULES.items():
        assert name in importlib.import_module(f"daemon.cli.{module}").COMMANDS, (name, module)


def test_the_choices_written_in_the_parser_are_those_of_the_work() -> None:
    assert tuple(status.value for status in TicketStatus) == parser.TICKET_STATUSES
    assert tuple(CSV_DIALECTS) == parser.CSV_DIALECTS
    assert tuple(item.value for item in Provider) == parser.OAUTH2_PROVIDERS
    assert tuple(item.value for item in Flow) == parser.OAUTH2_FLOWS


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("helpdesk 0.")


# What a command that needs little must not import: the classifier alone is seconds of CPU at every start.
_PROBE = """
import sys
from daemon.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as done:
    code = done.code
heavy = ("sklearn", "scipy", "daemon.classify.classifier", "daemon.pipeline.ingest", "matplotlib")
print(code, [name for name in heavy if name in sys.modules])
"""


@pytest.mark.slow
@pytest.mark.parametrize("command", [["--version"], ["--help"], ["db", "upgrade"], ["check"]])
def test_a_command_that_needs_little_imports_little(command: list[str], tmp_path: Path) -> None:
    config = write_config(tmp_path)
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "--config", str(config), *command], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout + done.stderr
