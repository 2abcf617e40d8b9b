"""Build the exact bytes of an outgoing message from what the pipeline decided to say."""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

from parsers.automail import LOOP_HEADER
from parsers.header_values import single_line

# Fold only beyond RFC 5322's hard limit: clients show some folds of short headers with a stray space.
_WIRE = compat32.clone(linesep="\r\n", max_line_length=998)
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class OutgoingAttachment:
    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class InlineImage:
    """A picture the HTML part shows through <img src="cid:...">."""

    content_id: str
    content: bytes
    subtype: str = "png"


@dataclass(frozen=True)
class OutgoingMail:
    """One message we will send: who to, what it says, where it threads."""

    to: tuple[str, ...]
    subject: str
    body: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto_submitted: str | None = "auto-replied"
    reply_to: str | None = None
    cc: tuple[str, ...] = ()
    attachments: tuple[OutgoingAttachment, ...] = field(default=())
    extra_headers: tuple[tuple[str, str], ...] = ()
    html: str | None = None
    inline_images: tuple[InlineImage, ...] = ()


@dataclass(frozen=True)
class Sender:
    address: str
    name: str
    loop_value: str


def make_message_id(token: str, ticket_id: int | None, domain: str) -> str:
    ticket = f"{ticket_id}" if ticket_id is not None else "x"
    return f"<p4m.{ticket}.{token}@{domain}>"


def _header_text(value: str) -> str:
    """Single-line, and RFC 2047 encoded only when it is not plain ASCII."""
    value = single_line(value)
    return value if value.isascii() else Header(value, "utf-8").encode()


def _text_part(text: str, subtype: str) -> MIMEText:
    charset = Charset("utf-8")
    charset.body_encoding = QP
    return MIMEText(text, subtype, charset)  # type: ignore[arg-type]


# A plain-text part's MIME header exactly as the email package writes it (an empty part is only its header).
_PLAIN_MIME_HEAD = _text_part("", "plain").as_bytes(policy=_WIRE)


def _plain_part(text: str) -> bytes:
    """A text/plain UTF-8 part, quoted-printable with CRLF line ends, encoded in C when it can be.

    Receipts and notices are plain text: a backlog composes thousands of them, and the email package's
    pure-Python encoder was the largest part of composing one. Line ends are where the email package sees
    them (CR, LF, CRLF); every other control character is encoded."""
    # The extra line end makes binascii break long lines with CRLF too (it copies the first line end it sees).
    data = _LINE_END.sub("\r\n", text).encode("utf-8") + b"\r\n"
    encoded = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)[:-2]
    if max(map(len, encoded.split(b"\r\n"))) > 76:
        # binascii lets a line that ends in encoded white space reach 77 characters; RFC 2045 allows 76.
        return _text_part(text, "plain").as_bytes(policy=_WIRE)
    return _PLAIN_MIME_HEAD + encoded


def _body(mail: OutgoingMail) -> Message:
    """text/plain, or multipart/alternative with HTML (+ related images), plus any attachments."""
    body: Message = _text_part(mail.body, "plain")
    if mail.html is not None:
        html: Message = _text_part(mail.html, "html")
        if mail.inline_images:
            related = MIMEMultipart("related")
            related.attach(html)
            for image in mail.inline_images:
                picture = MIMEImage(image.content, image.subtype)
                picture["Content-ID"] = f"<{image.content_id}>"
                picture.add_header(
                    "Content-Disposition", "inline", filename=f"{image.content_id.split('@')[0]}.{image.subtype}"
                )
                related.attach(picture)
            html = related
        alternative = MIMEMultipart("alternative")
        alternative.attach(body)
        alternative.attach(html)
        body = alternative
    if not mail.attachments:
        return body
    mixed = MIMEMultipart("mixed")
    mixed.attach(body)
    for attachment in mail.attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        part = MIMEApplication(attachment.content, subtype or "octet-stream")
        part.replace_header("Content-Type", f"{maintype or 'application'}/{subtype or 'octet-stream'}")
        part.add_header(
            "Content-Disposition",
            "attachment",
            filename=("utf-8", "", single_line(attachment.filename) or "attachment"),
        )
        mixed.attach(part)
    return mixed


def compose(mail: OutgoingMail, sender: Sender, message_id: str, date: datetime) -> bytes:
    """RFC 5322 bytes with CRLF line ends; every header value is a single line we chose.

    Built with the compat32 MIME classes: several times faster than EmailMessage's header registry,
    which matters when a backlog of thousands of acknowledgements is composed at once."""
    headers: list[tuple[str, str]] = [
        ("From", formataddr((single_line(sender.name), sender.address), charset="utf-8")),
        ("To", ", ".join(mail.to)),
    ]
    if mail.cc:
        headers.append(("Cc", ", ".join(mail.cc)))
    headers += [("Subject", _header_text(mail.subject)), ("Date", format_datetime(date)), ("Message-ID", message_id)]
    if mail.in_reply_to:
        headers.append(("In-Reply-To", mail.in_reply_to))
    if mail.references:
        # RFC 5322 lets References grow without bound; keep the first and the most recent ones.
        kept = mail.references if len(mail.references) <= 20 else (mail.references[0], *mail.references[-19:])
        headers.append(("References", " ".join(kept)))
    if mail.reply_to:
        headers.append(("Reply-To", mail.reply_to))
    if mail.auto_submitted:
        headers += [("Auto-Submitted", mail.auto_submitted), ("X-Auto-Response-Suppress", "All")]
    headers.append((LOOP_HEADER, sender.loop_value))
    headers += [(name, _header_text(value)) for name, value in mail.extra_headers]
    for name, value in headers:
        if "\r" in value or "\n" in value.replace("\n ", ""):
            raise ValueError(f"header {name} would span lines")
    lines = [f"{name}: {value}" for name, value in headers]
    if all(line.isascii() and max(map(len, line.split("\n"))) <= 998 for line in lines):
        # Already ASCII, single-line (or folded by RFC 2047 encoding) and short: written as they are, which
        # spares the generator's folding machinery for all but the MIME part's own three headers.
        head = "".join(f"{line}\r\n".replace("\n ", "\r\n ") for line in lines).encode("ascii")
        if mail.html is None and not mail.attachments:
            return head + _plain_part(mail.body)
        return head + _body(mail).as_bytes(policy=_WIRE)
    message = _body(mail)
    mime_headers = message.items()
    for name in {name for name, _ in mime_headers}:
        del message[name]
    for name, value in [*headers, *mime_headers]:  # From/To/Subject first, as mail clients write them
        message[name] = value
    return message.as_bytes(policy=_WIRE)
