"""The database each test gets: SQLite by default, a fresh PostgreSQL database with HELPDESK_TEST_DB=postgresql."""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg

from tests.servers import free_port, wait_for_port

_numbers = itertools.count(1)
_server: tuple[str, int] | None = None
_by_directory: dict[Path, str] = {}
# The test running now when it is not marked `database` (conftest sets it): the PostgreSQL pass runs only marked
# tests, so a test choosing a database without the mark is an error on every pass, not a test PostgreSQL never saw.
unmarked_test: str | None = None


def using_postgresql() -> bool:
    return os.environ.get("HELPDESK_TEST_DB", "sqlite") == "postgresql"


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError("PostgreSQL server binaries missing: run `make system-deps` (Debian package postgresql)")
    return found[-1]


def _as_postgres(*command: str) -> None:
    subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True)


def _start_server() -> tuple[str, int]:
    directory = Path(tempfile.mkdtemp(prefix="p4m-pg-"))
    shutil.chown(directory, "postgres", "postgres")
    data = directory / "data"
    port = free_port()
    _as_postgres(_pg_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync")
    _as_postgres(
        _pg_bin("pg_ctl"),
        "-D",
        str(data),
        "-w",
        "-l",
        str(directory / "log"),
        "-o",
        f"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300",
        "start",
    )
    wait_for_port(port)

    def stop() -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", _pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(directory, ignore_errors=True)

    atexit.register(stop)
    return "127.0.0.1", port


def database_url(directory: Path) -> str:
    """The database of the config in `directory`: the same one for every config written there."""
    global _server
    if unmarked_test is not None:
        raise RuntimeError(
            f"{unmarked_test} uses the test database, yet tests/database_selection.py did not mark it `database`: "
            "reach the database through a fixture or a function of the tests package, or mark the test by hand"
        )
    if not using_postgresql():
        return "sqlite:///helpdesk.db"
    if directory in _by_directory:
        return _by_directory[directory]
    if _server is None:
        _server = _start_server()
    host, port = _server
    name = f"helpdesk_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(f"host={host} port={port} user=postgres dbname=postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    _by_directory[directory] = f"postgresql+psycopg://postgres@{host}:{port}/{name}"
    return _by_directory[directory]
