"""Queue the mail that tells staff what a Moodle operation proposes or why it failed."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from daemon.config import Config
from daemon.moodle.client import MoodleError
from daemon.outgoing.composer import OutgoingMail
from daemon.outgoing.planner import ReplyPlanner
from storage import queries
from storage.models import MessageKind, MoodleOperation, Ticket

# Every name the preview template reads; a notice about one step fills in the ones it knows. Tuples, not lists:
# this one dict serves every notice, so nothing in it may be changed in place.
_PREVIEW_DEFAULTS: dict[str, Any] = {
    "candidates": (),
    "wanted": "",
    "course_name": "",
    "course_url": "",
    "rows": (),
    "by_hand": (),
    "incomplete": False,
    "forum_name": "",
    "scope": "",
    "title": "",
    "publish_at": "",
    "text": "",
}


class MoodleStaffMail:
    def __init__(self, config: Config, planner: ReplyPlanner) -> None:
        self.config = config
        self.planner = planner

    def preview(self, session: Session, ticket: Ticket, operation: MoodleOperation, **context: Any) -> None:
        """The proposed change (or the courses to choose from), threaded under the ticket's first notice."""
        assert ticket.id is not None
        if not self.config.staff.notify:
            return
        tag = self.planner.tag(ticket.id)
        body = self.planner.renderer.render(
            "ticket",
            "moodle-preview",
            "staff",
            "id",
            **{
                **_PREVIEW_DEFAULTS,
                "tag": tag,
                "site": operation.site,
                "kind": operation.kind,
                "course_id": operation.course_id,
                **context,
            },
        )
        first = queries.first_message_of_ticket(session, ticket.id, MessageKind.NOTICE)
        mail = OutgoingMail(
            to=self.config.staff.notify,
            subject=f"{tag} E-learning: usulan",
            body=body,
            in_reply_to=first.message_id if first else None,
            references=(first.message_id,) if first else (),
            auto_submitted="auto-generated",
            reply_to=self.planner.reply_address(ticket.id),
        )
        self.planner.queue(session, mail, MessageKind.NOTICE, ticket.id)

    def failure(self, session: Session, ticket: Ticket, operation: MoodleOperation, error: MoodleError) -> None:
        """Why it failed, to whoever approved it (or to the staff list when nobody had to)."""
        assert ticket.id is not None
        to = (operation.approved_by,) if operation.approved_by else self.config.staff.notify
        if not to:
            return
        tag = self.planner.tag(ticket.id)
        body = self.planner.renderer.render(
            "ticket", "moodle-failed", "staff", "id", tag=tag, site=operation.site, error=str(error)
        )
        mail = OutgoingMail(
            to=to,
            subject=f"{tag} E-learning: gagal",
            body=body,
            auto_submitted="auto-generated",
            reply_to=self.planner.reply_address(ticket.id),
        )
        self.planner.queue(session, mail, MessageKind.NOTICE, ticket.id)
