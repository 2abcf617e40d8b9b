"""Make one daemon the active poller when a second one runs against the same store (failover)."""

from __future__ import annotations

import fcntl
import logging
from pathlib import Path
from typing import IO

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)
LOCK_KEY = 0x50344D48  # "P4MH": one advisory lock per database


class Leadership:
    """PostgreSQL: a session advisory lock held on its own connection. SQLite: an flock beside the file."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._connection: Connection | None = None
        self._file: IO[bytes] | None = None

    def try_acquire(self) -> bool:
        if self.held():
            return True
        if self.engine.dialect.name == "postgresql":
            connection = self.engine.connect()
            got = bool(connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}).scalar())
            connection.commit()
            if got:
                self._connection = connection
            else:
                connection.close()
            return got
        database = self.engine.url.database or ":memory:"
        if database == ":memory:":
            return True
        handle = Path(f"{database}.lock").open("wb")  # noqa: SIM115  (held open for the daemon's lifetime)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        self._file = handle
        return True

    def held(self) -> bool:
        """Still ours? A dropped PostgreSQL connection loses the lock with it."""
        if self._file is not None:
            return True
        if self._connection is None:
            return False
        try:
            self._connection.execute(text("SELECT 1"))
            self._connection.commit()
            return True
        except DBAPIError:
            log.error("lost the database connection that holds the active-poller lock")
            self._connection = None
            return False

    def release(self) -> None:
        if self._connection is not None:
            try:
                self._connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
                self._connection.close()
            except DBAPIError:
                pass
            self._connection = None
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None
