"""Open the database engine and keep its schema at the version the code expects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry

MIGRATIONS = Path(__file__).parent / "migrations"


def _sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def apply(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        _set_pragmas(dbapi_connection, busy_timeout_ms)

    return apply


def _set_pragmas(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers (tickets list, digest) run while the daemon writes; NORMAL is durable in WAL
    # mode except for the last transactions on power loss, which the mailbox still holds.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cursor.close()


def make_engine(url: str, busy_timeout_seconds: float = 10.0) -> Engine:
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///") :]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_seconds})
        event.listen(engine, "connect", _sqlite_pragmas(int(busy_timeout_seconds * 1000)))
        return engine
    return create_engine(url, pool_pre_ping=True)


def _alembic_config(engine: Engine) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Apply every pending migration; returns (before, after)."""
    before = current_revision(engine)
    command.upgrade(_alembic_config(engine), "head")
    return before, head_revision()


def error_line(error: SQLAlchemyError) -> str:
    """A storage failure in one line: the database's own first line, without the SQL and the link SQLAlchemy add
    (an operator reading `helpdesk tickets list` against a stopped PostgreSQL needs "connection refused")."""
    reason = error.orig if isinstance(error, DBAPIError) else error
    first = next((line.strip() for line in str(reason).splitlines() if line.strip()), type(reason).__name__)
    return f"storage: {first}"


def schema_problem(engine: Engine) -> str | None:
    """None when the schema is current, else a sentence saying what to do."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is None:
        return "the database has no schema yet: run `helpdesk db upgrade`"
    return f"the database schema is at {current}, this version needs {head}: run `helpdesk db upgrade`"
