"""The database each test gets: SQLite by default, a fresh PostgreSQL database with HELPDESK_TEST_DB=postgresql."""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from storage.engine import make_engine, upgrade
from tests.servers import free_port, wait_for_port

_numbers = itertools.count(1)
_server: tuple[str, int] | None = None
_by_directory: dict[Path, str] = {}
_sqlite_template: Path | None = None
_postgresql_template: str | None = None
# The test running now when it is not marked `database` (conftest sets it): the PostgreSQL pass runs only marked
# tests, so a test choosing a database without the mark is an error on every pass, not a test PostgreSQL never saw.
unmarked_test: str | None = None
# What a process started for its tests, undone when its pytest ends (conftest) or, outside pytest, at exit:
# a pytest-xdist worker leaves without running atexit, which had left a stopped cluster in /tmp after every PostgreSQL
# pass.
_undo: list[Callable[[], None]] = []


def clean_up() -> None:
    """Stop the PostgreSQL server and remove the templates this process made; safe to call twice."""
    while _undo:
        _undo.pop()()


atexit.register(clean_up)


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

    _undo.append(stop)
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


def _migrate(url: str) -> None:
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()  # no connection left open: a template with one cannot be copied


def _admin(url: str) -> psycopg.Connection[tuple[object, ...]]:
    parsed = make_url(url)
    return psycopg.connect(f"host={parsed.host} port={parsed.port} user=postgres dbname=postgres", autocommit=True)


def _is_empty_postgresql(url: str) -> bool:
    parsed = make_url(url)
    with psycopg.connect(
        f"host={parsed.host} port={parsed.port} user=postgres dbname={parsed.database}", autocommit=True
    ) as connection:
        row = connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
    return row is not None and row[0] == 0


def _clone_postgresql(url: str) -> bool:
    global _postgresql_template
    if not _is_empty_postgresql(url):
        return False
    name = make_url(url).database
    with _admin(url) as connection:
        if _postgresql_template is None:
            template = f"helpdesk_{os.getpid()}_template"
            connection.execute(f'CREATE DATABASE "{template}"')
            _migrate(make_url(url).set(database=template).render_as_string(hide_password=False))
            _postgresql_template = template
        try:
            connection.execute(f'DROP DATABASE "{name}"')
        except psycopg.errors.ObjectInUse:
            return False  # a test holds a connection to it already: it is migrated in place
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{_postgresql_template}"')
    return True


def _clone_sqlite(url: str) -> bool:
    global _sqlite_template
    path = Path(make_url(url).database or "")
    if not path.is_absolute() or (path.exists() and path.stat().st_size > 0):
        return False
    if _sqlite_template is None:
        directory = Path(tempfile.mkdtemp(prefix="p4m-sqlite-template-"))
        _undo.append(lambda: shutil.rmtree(directory, ignore_errors=True))
        _migrate(f"sqlite:///{directory / 'template.db'}")
        _sqlite_template = directory / "template.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_sqlite_template, path)
    return True


def migrate_test_database(url: str) -> None:
    """The schema at head in the test database at `url`: an empty one becomes a copy of a template migrated once per
    process (replaying every migration took most of a storage test's set-up, 1 s on PostgreSQL), any other is
    upgraded in place. The migrations themselves are tested on empty databases by test_migrations and `db upgrade`."""
    cloned = _clone_postgresql(url) if url.startswith("postgresql") else url.startswith("sqlite") and _clone_sqlite(url)
    if not cloned:
        _migrate(url)
