"""Keep the MIME parts mail-parser reads neither as text nor as attachment: an inline calendar invitation, a bounce's
delivery status, the returned message or its headers (mail-parser only warns "Email content ... not handled")."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)

# Each kind, and the name it is kept under (the parts carry no file name of their own).
_LEFT_OUT = {
    "message/rfc822": "message.eml",
    "text/calendar": "invite.ics",
    "text/rfc822-headers": "rfc822-headers.txt",
    "message/delivery-status": "delivery-status.txt",
    "message/disposition-notification": "disposition-notification.txt",
}


@dataclass(frozen=True)
class LeftOutPart:
    filename: str
    content_type: str
    content: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


def _part_bytes(part: Any, content_type: str, blocks: list[Any]) -> bytes:
    if content_type == "message/rfc822":
        return b"".join(inner.as_bytes() for inner in blocks)
    if content_type.startswith("message/"):  # header blocks, which the email package holds as messages
        return "\n".join(block.as_string() for block in blocks).encode("utf-8")
    return bytes(part.get_payload(decode=True) or b"")


def parts_left_out(message: Any) -> tuple[LeftOutPart, ...]:
    """The message's own parts of those kinds that mail-parser did not take as attachments (it takes those with a
    file name, a Content-ID or an attachment disposition); an attached message's parts are its own, not walked."""
    found: list[LeftOutPart] = []
    pending = [message]
    while pending:
        part = pending.pop(0)
        content_type = part.get_content_type()
        payload = part.get_payload()
        blocks = payload if isinstance(payload, list) else []  # a broken multipart holds a string
        if content_type.startswith("multipart/"):
            pending.extend(blocks)
        elif content_type in _LEFT_OUT and not (
            part.get_filename() or part.get("Content-ID") or part.get_content_disposition() == "attachment"
        ):
            try:
                content = _part_bytes(part, content_type, blocks)
            except Exception as error:  # the email package's serialiser raises anything on hostile parts
                logger.warning(
                    "%s: a %s part not kept (the raw copy holds it): %s",
                    message.get("Message-ID", "(no Message-ID)"),
                    content_type,
                    error,
                )
                continue
            found.append(LeftOutPart(_LEFT_OUT[content_type], content_type, content))
    return tuple(found)
