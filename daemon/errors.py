"""Exceptions grouped by what the caller can do about them."""


class HelpdeskError(Exception):
    """Base of every error the daemon raises on purpose."""


class ConfigError(HelpdeskError):
    """The configuration is wrong: refuse to start and say which key."""


class TransientError(HelpdeskError):
    """Something outside us is unavailable right now: leave the mail where it is and retry later."""


class PermanentError(HelpdeskError):
    """This input can never be processed: store it, quarantine it, go on."""


class SchemaOutdatedError(ConfigError):
    """The database schema is older than the code: run `helpdesk db upgrade`."""


class LoginRefusedError(ConfigError):
    """A server refused our credentials: fix the password or token; retrying fast could lock the account."""


class SystemFaultError(TransientError):
    """Something in the daemon itself fails for every message (templates, storage, a bug): keep the mail, retry."""
