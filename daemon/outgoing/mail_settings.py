"""The few settings outgoing mail needs, taken from the config once when the application is wired."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta, tzinfo

from daemon.config import Config, StaffSettings
from daemon.outgoing.reply_address import signed_reply_address
from daemon.work_calendar import WorkingCalendar

# The span the hourly caps count over: automatic replies to one address, notices on one ticket.
AUTO_REPLY_WINDOW = timedelta(hours=1)


@dataclass(frozen=True)
class MailSettings:
    helpdesk_name: str
    helpdesk_address: str
    ticket_tag: str  # "P4M": subjects carry "[P4M #12]"
    zone: tzinfo
    first_response_minutes: int
    auto_reply_cap_per_hour: int
    staff: StaffSettings  # who is told, and the language each reads
    calendar: WorkingCalendar  # service hours and holidays, for what a receipt may promise
    reply_key: bytes | None = None  # signs per-ticket reply addresses; None: replies go to the helpdesk address

    @classmethod
    def of(cls, config: Config, reply_key: bytes | None) -> MailSettings:
        return cls(
            helpdesk_name=config.helpdesk.name,
            helpdesk_address=config.helpdesk.address,
            ticket_tag=config.helpdesk.tag,
            zone=config.helpdesk.zone,
            first_response_minutes=config.sla.first_response_minutes,
            auto_reply_cap_per_hour=config.helpdesk.auto_reply_cap_per_hour,
            staff=config.staff,
            calendar=config.calendar(),
            reply_key=reply_key,
        )

    def tag(self, ticket_id: int) -> str:
        return f"[{self.ticket_tag} #{ticket_id}]"

    def reply_address(self, ticket_id: int) -> str:
        """Where staff replies go: a per-ticket signed address when a key is configured."""
        if self.reply_key is None:
            return self.helpdesk_address
        return signed_reply_address(self.helpdesk_address, self.reply_key, ticket_id)
