"""Watch the shared mailbox's Sent folder so answers sent straight from it count as staff responses."""

from __future__ import annotations

import contextlib
import logging
import ssl

from imapclient import IMAPClient
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from daemon.classify.message_text import body_parts
from daemon.clock import Clock
from daemon.errors import TransientError, storage_unavailable_is_transient
from daemon.intake.sources.imap_connection import NETWORK_ERRORS, connect_with_token, internal_date
from daemon.logins import Login
from daemon.mail_server_settings import IntakeSettings
from daemon.oauth2 import AccessToken
from daemon.pipeline.conversation import find_thread
from daemon.pipeline.ingest import Pipeline
from daemon.sla import record_first_response
from daemon.ticket_record import IncomingMail, record_event, store_incoming
from parsers.errors import MalformedMessageError
from parsers.message import parse_message
from storage import queries
from storage.mail_tables import MailboxCheckpoint
from storage.models import Direction, EventKind, MessageKind, Ticket

log = logging.getLogger(__name__)


class SentFolderWatcher:
    """Reads new mail in the Sent folder by UID checkpoint; never moves or flags it (it is the staff's)."""

    def __init__(
        self,
        settings: IntakeSettings,
        login: Login,
        tls: ssl.SSLContext,
        pipeline: Pipeline,
        engine: Engine,
        clock: Clock,
    ) -> None:
        self.settings = settings
        self.login = login
        self.tls = tls
        self.pipeline = pipeline
        self.engine = engine
        self.clock = clock
        self.client: IMAPClient | None = None
        self.token: AccessToken | None = None  # the OAuth2 token the session was opened with
        self.name = f"imap://{settings.username}@{settings.host}:{settings.port}/{settings.sent_folder}"

    def close(self) -> None:
        if self.client is not None:
            with contextlib.suppress(*NETWORK_ERRORS):
                self.client.logout()
            self.client = None

    def run_pass(self) -> int:
        """Record every new Sent message; returns how many were staff responses on tickets."""
        if self.token is not None and not self.token.fresh_at(self.clock.now()):
            self.close()  # a new session with a fresh access token, as the intake does
        try:
            if self.client is None:
                self.client, self.token = connect_with_token(self.settings, self.login, self.tls)
            selected = self.client.select_folder(self.settings.sent_folder, readonly=True)
            uidvalidity = int(selected[b"UIDVALIDITY"])
            with Session(self.engine) as session:
                mark = queries.checkpoint(session, self.name)
            last = mark.last_uid if mark is not None and mark.uidvalidity == uidvalidity else 0
            uids = [uid for uid in self.client.search(["UID", f"{last + 1}:*"]) if uid > last]
            recorded = 0
            for start in range(0, len(uids), self.settings.batch_size):
                batch = sorted(uids[start : start + self.settings.batch_size])
                answer = self.client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
                for uid in batch:
                    data = answer.get(uid)
                    if data is None or b"BODY[]" not in data:
                        continue
                    ref = f"{self.name};UIDVALIDITY={uidvalidity}/;UID={uid}"
                    mail = IncomingMail(bytes(data[b"BODY[]"]), internal_date(data, self.clock), ref)
                    recorded += self._record_answer(mail)
                self._save(uidvalidity, batch[-1])
        except NETWORK_ERRORS as error:
            self.close()
            raise TransientError(f"cannot read {self.name}: {error}") from error
        return recorded

    def _save(self, uidvalidity: int, last_uid: int) -> None:
        with Session(self.engine) as session:
            mark = queries.checkpoint(session, self.name) or MailboxCheckpoint(
                mailbox=self.name, updated_at=self.clock.now()
            )
            mark.uidvalidity, mark.last_uid, mark.updated_at = uidvalidity, last_uid, self.clock.now()
            session.add(mark)
            session.commit()

    def _record_answer(self, mail: IncomingMail) -> int:
        """1 when this Sent message answered a ticket (and is now stored on it), else 0."""
        try:
            with storage_unavailable_is_transient(), Session(self.engine) as session:
                if mail.source_ref and queries.message_by_source_ref(session, mail.source_ref) is not None:
                    return 0
                try:
                    parsed = parse_message(mail.raw)
                except MalformedMessageError:
                    return 0
                known = queries.message_by_message_id(session, parsed.message_id) is not None
                if parsed.from_addr != self.pipeline.config.helpdesk.address.lower() or known:
                    return 0  # not written by staff in the shared mailbox, or our own outgoing copy
                thread = find_thread(session, parsed, self.pipeline.config.helpdesk.tag)
                ticket = session.get(Ticket, thread.ticket_id) if thread.ticket_id is not None else None
                if ticket is None or ticket.id is None:
                    return 0
                parts = body_parts(parsed)
                store_incoming(
                    session, mail, parsed, ticket.id, MessageKind.STAFF_REPLY, parts.new, direction=Direction.OUT
                )
                record_first_response(ticket, mail.received_at, self.pipeline.calendar)
                ticket.updated_at = self.clock.now()
                session.add(ticket)
                record_event(
                    session,
                    ticket_id=ticket.id,
                    at=mail.received_at,
                    kind=EventKind.STAFF_REPLY,
                    actor=self.pipeline.config.helpdesk.address,
                    detail="sent from the shared mailbox",
                    message_id=parsed.message_id,
                )
                session.commit()
                log.info("ticket %s message %s: staff answer found in the Sent folder", ticket.id, parsed.message_id)
                return 1
        except IntegrityError:
            return 0
