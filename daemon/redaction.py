"""Keep secrets out of every log line: a logging filter that blanks known tokens and bearer-looking strings."""

from __future__ import annotations

import logging
import re
import threading

REDACTED = "[redacted]"
# Shapes a token takes in text from a library or a server: an Authorization header, a form field, a JSON member,
# and the SASL XOAUTH2 string ("user=...\x01auth=Bearer ...").
_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)((?:access|refresh|id)_token[\"']?\s*[:=]\s*[\"']?)[^\"'&\s,}]+"),
    re.compile(r"(?i)(client_secret[\"']?\s*[:=]\s*[\"']?)[^\"'&\s,}]+"),
)
_known: set[str] = set()
_lock = threading.Lock()


def remember(secret: str) -> None:
    """A secret the daemon holds (access token, refresh token, client secret): blanked wherever it appears."""
    if len(secret) >= 8:  # a very short value would blank ordinary words
        with _lock:
            _known.add(secret)


def redact(text: str) -> str:
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda match: match.group(1) + REDACTED, text)
    return text


class RedactSecrets(logging.Filter):
    """On a handler, so records from every logger (ours and the libraries') pass through it."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def install(logger: logging.Logger | None = None) -> None:
    """Put the filter on every handler of `logger` (the root logger by default)."""
    for handler in (logger or logging.getLogger()).handlers:
        if not any(isinstance(item, RedactSecrets) for item in handler.filters):
            handler.addFilter(RedactSecrets())
