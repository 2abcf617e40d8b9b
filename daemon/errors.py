"""Exceptions grouped by what the caller can do about them, and the one place storage errors become ours."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError


class HelpdeskError(Exception):
    """Base of every error the daemon raises on purpose."""


class ConfigError(HelpdeskError):
    """The configuration is wrong: refuse to start and say which key."""


class TransientError(HelpdeskError):
    """Something outside us is unavailable right now: leave the mail where it is and retry later."""


class SchemaOutdatedError(ConfigError):
    """The database schema is older than the code: run `helpdesk db upgrade`."""


class LoginRefusedError(ConfigError):
    """A server refused our credentials: fix the password or token; retrying fast could lock the account."""


class SystemFaultError(TransientError):
    """Something in the daemon itself fails for every message (templates, storage, a bug): keep the mail, retry."""


@contextmanager
def storage_unavailable_is_transient() -> Iterator[None]:
    """A database we cannot reach (locked, down, disk full) is a TransientError: the mail waits and is retried."""
    try:
        yield
    except OperationalError as error:
        raise TransientError(f"storage unavailable: {error.orig}") from error
