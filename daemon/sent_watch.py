"""Watch the shared mailbox's Sent folder so answers sent straight from it count as staff responses."""

from __future__ import annotations

import contextlib
import logging
import ssl

from imapclient import IMAPClient
from pydantic import SecretStr
from sqlalchemy import Engine
from sqlmodel import Session

from daemon.clock import Clock
from daemon.config import IntakeSettings
from daemon.errors import TransientError
from daemon.pipeline import Pipeline
from daemon.records import IncomingMail
from daemon.sources.imap import NETWORK_ERRORS, connect, internal_date
from storage import queries
from storage.models import MailboxCheckpoint

log = logging.getLogger(__name__)


class SentFolderWatcher:
    """Reads new mail in the Sent folder by UID checkpoint; never moves or flags it (it is the staff's)."""

    def __init__(
        self,
        settings: IntakeSettings,
        password: SecretStr,
        tls: ssl.SSLContext,
        pipeline: Pipeline,
        engine: Engine,
        clock: Clock,
    ) -> None:
        self.settings = settings
        self.password = password
        self.tls = tls
        self.pipeline = pipeline
        self.engine = engine
        self.clock = clock
        self.client: IMAPClient | None = None
        self.name = f"imap://{settings.username}@{settings.host}:{settings.port}/{settings.sent_folder}"

    def close(self) -> None:
        if self.client is not None:
            with contextlib.suppress(*NETWORK_ERRORS):
                self.client.logout()
            self.client = None

    def run_pass(self) -> int:
        """Record every new Sent message; returns how many were staff responses on tickets."""
        try:
            if self.client is None:
                self.client = connect(self.settings, self.password, self.tls)
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
                    recorded += self.pipeline.ingest_sent(mail)
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
