"""The outgoing-mail layer, built once when the application is wired: one renderer and one outbox writer shared
by the mail to requesters and the mail to staff."""

from __future__ import annotations

from dataclasses import dataclass

from daemon.clock import Clock, TokenSource
from daemon.config import Config
from daemon.outgoing.mail_settings import MailSettings
from daemon.outgoing.outbox_writer import OutboxWriter
from daemon.outgoing.renderer import Renderer
from daemon.outgoing.to_requester import ToRequester
from daemon.outgoing.to_staff import ToStaff


@dataclass(frozen=True)
class Outgoing:
    renderer: Renderer
    writer: OutboxWriter
    settings: MailSettings
    to_requester: ToRequester
    to_staff: ToStaff

    @classmethod
    def of(
        cls, config: Config, renderer: Renderer, clock: Clock, tokens: TokenSource, reply_key: bytes | None = None
    ) -> Outgoing:
        writer = OutboxWriter.of(config, clock, tokens)
        settings = MailSettings.of(config, reply_key)
        return cls(
            renderer,
            writer,
            settings,
            ToRequester(renderer, writer, settings, clock),
            ToStaff(renderer, writer, settings, clock),
        )
