"""After `quarantine retry` handled a message, move its mailbox copy from Quarantine to Processed, and say so."""

from __future__ import annotations

import logging

from daemon.errors import HelpdeskError
from daemon.intake.sources.base import MailSource
from daemon.intake.sources.mail_copy import header_message_id
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App

log = logging.getLogger(__name__)


class QuarantinedCopies:
    """Opens the mailbox once, at the first copy to move. The database is the record: a mailbox that cannot be
    reached leaves the copies where they are, with a line saying so, and the retry goes on."""

    def __init__(self, app: App) -> None:
        self.app = app
        intake = app.config.intake
        self.quarantine, self.processed = intake.quarantine_folder, intake.processed_folder
        self.source: MailSource | None = None
        self.problem: str | None = None
        self.moved = self.stayed = 0

    def _opened(self) -> MailSource | None:
        if self.source is None and self.problem is None:
            try:
                source = self.app.source()
                source.open()
            except HelpdeskError as error:  # unreachable, refused login, no secret: all leave the copy in place
                self.problem = str(error)
                log.error("mailbox copies of retried mail stay in %s: %s", self.quarantine, error)
                return None
            self.source = source
        return self.source

    def release(self, mail: IncomingMail) -> str:
        """One line on what became of the mailbox copy of a message the retry has just handled."""
        if mail.source_ref is None:
            return "no mailbox copy: this message was not taken from a mailbox"
        source = self._opened()
        if source is not None:
            try:
                moved = source.release(mail.raw)
            except HelpdeskError as error:
                self.problem = str(error)
                self.close()
            else:
                self.moved += moved
                found = "" if header_message_id(mail.raw) else " (no Message-ID: found by its exact bytes)"
                if moved:
                    return f"mailbox copy moved from {self.quarantine} to {self.processed}{found}"
                return f"no mailbox copy found in {self.quarantine} (moved or deleted by hand?); nothing moved"
        self.stayed += 1
        return f"mailbox copy still in {self.quarantine} (the mailbox could not be reached: {self.problem})"

    def summary(self) -> str:
        return f"{self.moved} mailbox copy(ies) moved to {self.processed}, {self.stayed} left in {self.quarantine}"

    def close(self) -> None:
        source, self.source = self.source, None
        if source is not None:
            source.close()
