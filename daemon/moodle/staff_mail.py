"""Queue the mail that tells staff what a Moodle operation proposes or why it failed."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from daemon.config import Config
from daemon.moodle.client import MoodleError
from daemon.outgoing.to_staff import ToStaff
from storage.models import MoodleOperation, Ticket

# Every name the preview template reads; a notice about one step fills in the ones it knows. Tuples, not lists:
# this one dict serves every notice, so nothing in it may be changed in place.
_PREVIEW_DEFAULTS: dict[str, Any] = {
    "candidates": (),
    "not_found": False,
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
    def __init__(self, config: Config, to_staff: ToStaff) -> None:
        self.config = config
        self.to_staff = to_staff

    def preview(self, session: Session, ticket: Ticket, operation: MoodleOperation, **context: Any) -> None:
        """The proposed change (or the courses to choose from), threaded under the ticket's first notice."""
        assert ticket.id is not None
        self.to_staff.notice(
            session,
            ticket.id,
            "moodle-preview",
            "moodle_preview",
            self.config.staff.notify,
            threaded=True,
            **{
                **_PREVIEW_DEFAULTS,
                "site": operation.site,
                "kind": operation.kind,
                "course_id": operation.course_id,
                **context,
            },
        )

    def failure(self, session: Session, ticket: Ticket, operation: MoodleOperation, error: MoodleError) -> None:
        """Why it failed, to whoever approved it (or to the staff list when nobody had to)."""
        assert ticket.id is not None
        to = (operation.approved_by,) if operation.approved_by else self.config.staff.notify
        self.to_staff.notice(
            session, ticket.id, "moodle-failed", "moodle_failed", to, site=operation.site, error=str(error)
        )
