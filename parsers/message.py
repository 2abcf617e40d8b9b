"""Turn raw RFC 5322 bytes into a ParsedMessage, hiding mail-parser's types behind ours."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import mailparser

from parsers.addresses import requester_of, strict_addresses
from parsers.body import passed_on_message
from parsers.errors import MalformedMessageError
from parsers.header_values import decode_header_value, message_ids, raw_values
from parsers.left_out import parts_left_out
from parsers.text_form import body_text, flowed_form, readable


@dataclass(frozen=True)
class AttachmentInfo:
    filename: str
    content_type: str
    size: int
    sha256: str
    content: bytes
    charset: str = ""  # as the part declares it ("" when it does not): a text file's own may differ from the body's


@dataclass(frozen=True)
class ParsedMessage:
    """What the pipeline needs of one message; header values are decoded, single-line text."""

    message_id: str
    message_id_generated: bool
    subject: str
    from_addr: str
    from_name: str
    reply_to: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    in_reply_to: str | None
    references: tuple[str, ...]
    date: datetime | None
    headers: tuple[tuple[str, str], ...]
    text: str
    html: str
    attachments: tuple[AttachmentInfo, ...]
    defects: tuple[str, ...]
    size: int
    text_from_html: bool = False
    forwarded_text: str = ""
    sender_problem: str = ""  # why From yields no one clear requester: stored and flagged, never answered

    def header(self, name: str) -> str | None:
        """The first value of a header, or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None

    def header_values(self, name: str) -> tuple[str, ...]:
        wanted = name.lower()
        return tuple(value for key, value in self.headers if key.lower() == wanted)

    @property
    def reply_address(self) -> str:
        return self.reply_to or self.from_addr


def generated_message_id(raw: bytes) -> str:
    return f"<sha256-{hashlib.sha256(raw).hexdigest()}@message-id.invalid>"


def _attachment(raw_attachment: dict[str, Any]) -> AttachmentInfo:
    payload = raw_attachment.get("payload") or ""
    if raw_attachment.get("binary"):
        try:
            content = base64.b64decode(payload)
        except (ValueError, TypeError):
            content = str(payload).encode("utf-8", "replace")
    else:
        content = str(payload).encode("utf-8", "replace")
    return AttachmentInfo(
        filename=decode_header_value(raw_attachment.get("filename") or ""),
        content_type=str(raw_attachment.get("mail_content_type") or "application/octet-stream").lower(),
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        charset=str(raw_attachment.get("charset") or "").lower(),
    )


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else None


MAX_NESTING = 3


@dataclass(frozen=True)
class _Parts:
    """A parsed message and the text parts mail-parser found in it (its attached messages' parts included)."""

    message: ParsedMessage
    plain: tuple[str, ...]
    html: tuple[str, ...]
    carried: tuple[str, ...] = ()  # Message-IDs of the messages attached inside it, at any depth


def _attached_messages(attachments: tuple[AttachmentInfo, ...], depth: int) -> list[_Parts]:
    """The messages attached whole (a forward as attachment), a few levels deep at most."""
    if depth >= MAX_NESTING:
        return []
    found = []
    for item in attachments:
        if item.content_type == "message/rfc822":
            try:
                found.append(_parse(item.content, depth + 1))
            except MalformedMessageError:
                continue
    return found


def _same_text(part: str) -> str:
    """An attached message's payload comes back with other line endings than the outer message's copy of it."""
    return part.replace("\r\n", "\n").strip()


def _without(parts: list[str], taken: list[str]) -> list[str]:
    """mail-parser lists an attached message's text parts with the outer message's own: take them out once each."""
    remaining = list(parts)
    for part in taken:
        found = next((index for index, mine in enumerate(remaining) if _same_text(mine) == _same_text(part)), None)
        if found is not None:
            del remaining[found]
    return remaining


def _outermost(inner: list[_Parts]) -> list[_Parts]:
    """mail-parser lists a message attached inside an attached message at the outer level too: keep each once,
    under the message that carries it."""
    carried = {nested for item in inner for nested in item.carried}
    return [item for item in inner if item.message.message_id not in carried]


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse raw bytes; raise MalformedMessageError when they cannot be read as mail at all."""
    return _parse(raw, 0).message


def _parse(raw: bytes, depth: int) -> _Parts:
    if not raw.strip():
        raise MalformedMessageError("empty message")
    try:
        parsed = mailparser.parse_from_bytes(raw)
        message = parsed.message
        headers = tuple((str(key), decode_header_value(value)) for key, value in message.items())
        plain_parts = [readable(str(part)) for part in parsed.text_plain]
        html_parts = [readable(str(part)) for part in parsed.text_html]
        attachments = tuple(_attachment(item) for item in parsed.attachments) + tuple(
            AttachmentInfo(part.filename, part.content_type, len(part.content), part.sha256, part.content)
            for part in parts_left_out(message)
        )
        defects = tuple(str(item) for item in parsed.defects)
    except MalformedMessageError:
        raise
    except Exception as error:  # mail-parser raises anything from deep inside the stdlib on hostile input
        raise MalformedMessageError(f"unparseable MIME: {type(error).__name__}: {error}") from error
    if not headers:
        raise MalformedMessageError("no header fields: not an e-mail message")
    inner = _outermost(_attached_messages(attachments, depth))
    plain = "\n".join(_without(plain_parts, [part for item in inner for part in item.plain]))
    html = "\n".join(_without(html_parts, [part for item in inner for part in item.html]))

    def first(name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in headers if key.lower() == wanted), None)

    def every(name: str) -> tuple[str, ...]:
        wanted = name.lower()
        return tuple(value for key, value in headers if key.lower() == wanted)

    declared_ids = message_ids(first("Message-ID"))
    message_id = declared_ids[0] if declared_ids else generated_message_id(raw)
    from_name, from_addr, sender_problem = requester_of(message)
    reply_to = strict_addresses(raw_values(message, "Reply-To"))
    in_reply_to = message_ids(first("In-Reply-To"))
    text, from_html = body_text(plain, html, flowed_form(message))
    # A passed-on message may carry the one it passed on: its text comes with the note above it.
    forwarded = "\n\n".join(
        f"{passed_on_message(item.message.subject, item.message.text)}\n\n{item.message.forwarded_text}".strip()
        for item in inner
    )
    result = ParsedMessage(
        message_id=message_id,
        message_id_generated=not declared_ids,
        subject=first("Subject") or "",
        from_addr=from_addr,
        from_name=from_name,
        reply_to=reply_to.addresses[0][1] if reply_to.one else "",
        to=tuple(address for _, address in strict_addresses(raw_values(message, "To")).addresses),
        cc=tuple(address for _, address in strict_addresses(raw_values(message, "Cc")).addresses),
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=message_ids(" ".join(every("References"))),
        date=_parse_date(first("Date")),
        headers=headers,
        text=text,
        html=html.replace("\r\n", "\n"),
        attachments=attachments,
        defects=defects,
        size=len(raw),
        text_from_html=from_html,
        forwarded_text=forwarded,
        sender_problem=sender_problem,
    )
    carried = tuple(id_ for item in inner for id_ in (item.message.message_id, *item.carried))
    return _Parts(result, tuple(plain_parts), tuple(html_parts), carried)
