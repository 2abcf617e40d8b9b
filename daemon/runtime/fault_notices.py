"""Tell staff, once per fault, that the daemon cannot take mail in, by mail when mail can still go out."""

from __future__ import annotations

import logging
from datetime import datetime

from jinja2 import TemplateError
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from daemon.outgoing.composer import OutgoingMail
from daemon.outgoing.mail_layer import Outgoing
from daemon.redaction import redact
from daemon.wording import Wording
from storage.models import MessageKind

log = logging.getLogger(__name__)


class FaultNotices:
    """Remembers which faults staff were told about until a pass succeeds again."""

    def __init__(self, engine: Engine, outgoing: Outgoing, notify: tuple[str, ...], helpdesk_name: str) -> None:
        self.engine = engine
        self.outgoing = outgoing
        self.notify = notify
        self.helpdesk_name = helpdesk_name
        self._told: set[str] = set()

    def tell(self, kind: str, problem: str, since: datetime, retry_seconds: float) -> bool:
        """Queue one mail to staff.notify about `kind` unless they were told already; True when queued."""
        if kind in self._told or not self.notify:
            return False
        try:
            body = self.outgoing.renderer.render(
                "system",
                "fault",
                "staff",
                "id",
                problem=redact(problem),
                since=Wording("id", self.outgoing.settings.zone).when(since),
                retry_minutes=round(retry_seconds / 60),
                helpdesk_name=self.helpdesk_name,
            )
        except TemplateError:
            # The fault may be the templates themselves: staff must hear of it all the same.
            body = f"Helpdesk P4M tidak dapat memproses email masuk: {redact(problem)}\nEmail tetap di kotak masuk.\n"
        mail = OutgoingMail(
            to=self.notify,
            subject=Wording("id", self.outgoing.settings.zone).subject("system_fault"),
            body=body,
            auto_submitted="auto-generated",
        )
        try:
            with Session(self.engine) as session:
                self.outgoing.writer.queue(session, mail, MessageKind.NOTICE, None)
                session.commit()
        except SQLAlchemyError as error:
            log.warning("cannot queue the fault notice to staff (storage: %s)", type(error).__name__)
            return False
        self._told.add(kind)
        log.info("staff told of the fault: %s", problem)
        return True

    def clear(self) -> None:
        """The daemon works again: a new fault is worth a new mail."""
        self._told.clear()
