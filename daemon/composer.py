"""Build the exact bytes of an outgoing message from what the pipeline decided to say."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from parsers.automail import LOOP_HEADER
from parsers.message import single_line

# Python folds a long first word onto a continuation line ("Subject:\r\n [P4M #1] ..."), which some
# clients show with a leading space; RFC 5322 allows 998 characters, so fold only beyond that.
_SMTP_POLICY = policy.SMTP.clone(max_line_length=998)


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


def compose(mail: OutgoingMail, sender: Sender, message_id: str, date: datetime) -> bytes:
    """RFC 5322 bytes with CRLF line ends; every header value is a single line we chose."""
    message = EmailMessage(policy=_SMTP_POLICY)
    local, domain = sender.address.rsplit("@", 1)
    message["From"] = Address(display_name=single_line(sender.name), username=local, domain=domain)
    message["To"] = ", ".join(mail.to)
    if mail.cc:
        message["Cc"] = ", ".join(mail.cc)
    message["Subject"] = single_line(mail.subject)
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id
    if mail.in_reply_to:
        message["In-Reply-To"] = mail.in_reply_to
    if mail.references:
        # RFC 5322 lets References grow without bound; keep the first and the most recent ones.
        kept = mail.references if len(mail.references) <= 20 else (mail.references[0], *mail.references[-19:])
        message["References"] = " ".join(kept)
    if mail.reply_to:
        message["Reply-To"] = mail.reply_to
    if mail.auto_submitted:
        message["Auto-Submitted"] = mail.auto_submitted
        message["X-Auto-Response-Suppress"] = "All"
    message[LOOP_HEADER] = sender.loop_value
    for name, value in mail.extra_headers:
        message[name] = single_line(value)
    message.set_content(mail.body, charset="utf-8", cte="quoted-printable")
    if mail.html is not None:
        message.add_alternative(mail.html, subtype="html", charset="utf-8", cte="quoted-printable")
        html_part = next(part for part in message.iter_parts() if part.get_content_type() == "text/html")
        assert isinstance(html_part, EmailMessage)
        for image in mail.inline_images:
            html_part.add_related(
                image.content,
                "image",
                image.subtype,
                cid=f"<{image.content_id}>",
                filename=f"{image.content_id.split('@')[0]}.{image.subtype}",
            )
    for attachment in mail.attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        message.add_attachment(
            attachment.content,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=single_line(attachment.filename) or "attachment",
        )
    return message.as_bytes(policy=_SMTP_POLICY)
