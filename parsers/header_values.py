"""Read header values as single, decoded, safe lines."""

from __future__ import annotations

import re
from email.header import decode_header, make_header
from typing import Any

from parsers.text_form import readable

_MSGID = re.compile(r"<([^<>\s]+)>")
_WHITESPACE = re.compile(r"\s+")
_FOLD = re.compile(r"\r?\n(?=[ \t])")


def single_line(value: str) -> str:
    """Collapse every run of whitespace (CR and LF included) so no value can smuggle a header."""
    return _WHITESPACE.sub(" ", value).strip()


def decode_header_value(value: Any) -> str:
    text = str(value) if value is not None else ""
    try:
        decoded = str(make_header(decode_header(text)))
    except (UnicodeError, LookupError, ValueError, TypeError):
        decoded = text
    return single_line(readable(decoded.replace("\x00", "")))


def message_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(f"<{token}>" for token in _MSGID.findall(value))


def raw_values(message: Any, name: str) -> tuple[str, ...]:
    """A header's values as they arrived (folded lines joined), before any decoding of encoded words."""
    values = message.get_all(name) or []
    return tuple(_FOLD.sub(" ", value if isinstance(value, str) else str(value)) for value in values)
