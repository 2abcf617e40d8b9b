"""Turn a composed mail into the exact bytes we will send, store them and queue them in the outbox."""

from __future__ import annotations

from datetime import tzinfo

from sqlmodel import Session

from daemon.clock import Clock, TokenSource
from daemon.config import Config
from daemon.outgoing.composer import OutgoingMail, Sender, compose, make_message_id
from daemon.outgoing.staged_mail import StagedMail
from storage.mail_tables import StoredMessage
from storage.models import MessageKind
from storage.rows import add


class OutboxWriter:
    """Inside the caller's transaction: the mail is stored and queued with the rest of what happened, or not at all."""

    def __init__(
        self,
        sender: Sender,
        domain: str,
        zone: tzinfo,
        clock: Clock,
        tokens: TokenSource,
        *,
        null_sender_for_auto: bool,
    ) -> None:
        self.sender = sender
        self.domain = domain
        self.zone = zone
        self.clock = clock
        self.tokens = tokens
        self.null_sender_for_auto = null_sender_for_auto

    @classmethod
    def of(cls, config: Config, clock: Clock, tokens: TokenSource) -> OutboxWriter:
        helpdesk = config.helpdesk
        return cls(
            Sender(helpdesk.address, helpdesk.name, helpdesk.address),
            helpdesk.domain,
            helpdesk.zone,
            clock,
            tokens,
            null_sender_for_auto=config.outgoing.null_sender_for_auto,
        )

    def stage(self, mail: OutgoingMail, kind: MessageKind, ticket_id: int | None) -> StagedMail:
        """The exact bytes we will send, with where they go: not yet stored."""
        now = self.clock.now()
        message_id = make_message_id(self.tokens.token(), ticket_id, self.domain)
        raw = compose(mail, self.sender, message_id, now.astimezone(self.zone))
        automatic = mail.auto_submitted is not None
        envelope_from = "" if automatic and self.null_sender_for_auto else self.sender.address
        return StagedMail(
            mail=mail,
            kind=kind,
            ticket_id=ticket_id,
            message_id=message_id,
            raw=raw,
            sender=self.sender,
            envelope_from=envelope_from,
            at=now,
        )

    def queue(self, session: Session, mail: OutgoingMail, kind: MessageKind, ticket_id: int | None) -> StoredMessage:
        """Store the exact bytes we will send and an outbox row pointing at them."""
        staged = self.stage(mail, kind, ticket_id)
        row = add(session, staged.message_row())
        session.flush()
        assert row.id is not None
        add(session, staged.outbox_row(row.id))
        return row
