"""Run `helpdesk` as a separate process against the loopback servers, and wait for what it does."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from daemon.config import load_config
from tests import database


def wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def schema_created(config: Path) -> None:
    """The schema of `config`'s database at head, made here: a `helpdesk db upgrade` process would spend seconds of
    CPU importing the whole daemon before the daemon under test spends them again (`db upgrade` itself is tested in
    test_cli and test_migrations)."""
    database.migrate_test_database(load_config(config).database_url)


def prepared_helpdesk(config: Path, smtp_password: str) -> tuple[list[str], dict[str, str]]:
    """The command line and environment for a config written by server_sections(), schema created."""
    env = {**os.environ, "TEST_IMAP_PASSWORD": "secret", "TEST_SMTP_PASSWORD": smtp_password}
    command = [sys.executable, "-m", "daemon", "--config", str(config)]
    schema_created(config)
    return command, env


def start_idling_daemon(
    command: list[str], env: dict[str, str], log_path: Path, timeout: float = 20.0
) -> subprocess.Popen[bytes]:
    """`helpdesk run` logging to `log_path`, returned once it waits in IDLE; killed if it never gets there."""
    with log_path.open("wb") as log:
        daemon = subprocess.Popen([*command, "run"], env=env, stdout=log, stderr=log)
    if not wait_until(lambda: b"IDLE True" in log_path.read_bytes(), timeout):
        daemon.kill()
        daemon.wait()
        raise AssertionError(f"the daemon did not reach IDLE in {timeout:.0f} s:\n{log_path.read_text()}")
    return daemon
