"""A composed outgoing message, and the column values that store it and put it in the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from daemon.outgoing.composer import OutgoingMail, Sender
from storage.models import Direction, MessageKind
from storage.rows import MessageRow, OutboxRow


@dataclass(frozen=True)
class StagedMail:
    mail: OutgoingMail
    kind: MessageKind
    ticket_id: int | None
    message_id: str
    raw: bytes
    sender: Sender
    envelope_from: str
    at: datetime

    def message_row(self) -> MessageRow:
        """The `message` row: the exact bytes we will send."""
        mail = self.mail
        return MessageRow(
            ticket_id=self.ticket_id,
            direction=Direction.OUT,
            kind=self.kind,
            message_id=self.message_id,
            source_ref=None,
            channel="email",
            from_addr=self.sender.address,
            from_name=self.sender.name,
            to_addrs=", ".join(mail.to + mail.cc),
            subject=mail.subject,
            in_reply_to=mail.in_reply_to,
            references=" ".join(mail.references),
            new_text=mail.body,
            size=len(self.raw),
            received_at=self.at,
            raw=self.raw,
            # Every RFC 3834 auto-reply (receipt, thanks, too-large notice) counts against the hourly cap.
            auto_recipient=mail.to[0] if mail.auto_submitted == "auto-replied" and mail.to else None,
        )

    def outbox_row(self, message_row_id: int) -> OutboxRow:
        """The `outbox` row that sends it."""
        return OutboxRow(
            message_row_id=message_row_id,
            ticket_id=self.ticket_id,
            kind=self.kind,
            envelope_from=self.envelope_from,
            recipients="\n".join(self.mail.to + self.mail.cc),
            created_at=self.at,
            next_attempt_at=self.at,
        )
