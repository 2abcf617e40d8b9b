"""Tell the staff by mail that the daemon stopped on a configuration fault, while mail can still go out."""

from __future__ import annotations

import logging

from daemon.clock import Clock, SecureTokens, SystemClock, TokenSource
from daemon.config import Config
from daemon.errors import ConfigError, HelpdeskError
from daemon.oauth2 import OAuth2RefusedError
from daemon.outgoing.composer import OutgoingMail, Sender, compose, make_message_id
from daemon.outgoing.mailers import SendError
from daemon.outgoing.renderer import Renderer
from daemon.redaction import redact
from daemon.wiring.mailer import make_mailer
from daemon.wording import Wording

log = logging.getLogger(__name__)


def _provider(config: Config) -> str:
    url = config.intake.oauth2_token_url or config.outgoing.oauth2_token_url
    if "google" in url:
        return "google"
    return "microsoft" if "microsoft" in url else "generic"


def tell_staff(
    config: Config, error: ConfigError, clock: Clock | None = None, tokens: TokenSource | None = None
) -> bool:
    """One mail to the staff notice addresses; False (and a log line) when it cannot go out either."""
    recipients = config.staff.notify or config.staff.addresses
    if not recipients:
        return False
    now = (clock or SystemClock()).now().astimezone(config.helpdesk.zone)
    body = Renderer().render(
        "system",
        "config-fault",
        "staff",
        "id",
        at=Wording("id", config.helpdesk.zone).when(now),
        problem=redact(str(error)),
        oauth2=isinstance(error, OAuth2RefusedError),
        provider=_provider(config),
    )
    mail = OutgoingMail(
        to=tuple(recipients),
        subject=Wording("id").subject(
            "config_fault_oauth2" if isinstance(error, OAuth2RefusedError) else "config_fault"
        ),
        body=body,
        auto_submitted="auto-generated",
    )
    sender = Sender(config.helpdesk.address, config.helpdesk.name, config.helpdesk.address)
    raw = compose(mail, sender, make_message_id((tokens or SecureTokens()).token(), None, config.helpdesk.domain), now)
    try:
        with make_mailer(config, clock).session() as session:
            session.send(config.helpdesk.address, list(recipients), raw)
    except (SendError, HelpdeskError, OSError) as failure:
        log.warning("cannot tell the staff by mail either: %s", redact(str(failure)))
        return False
    log.info("staff told by mail at %s", ", ".join(recipients))
    return True
