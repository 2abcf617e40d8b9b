"""The `[intake]` and `[outgoing]` config sections: the mailbox read and the mail server sent through."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field

from daemon.config_section import Section
from daemon.oauth2_settings import OAuth2Keys

Security = Literal["tls", "starttls", "none"]


class MailServerSettings(Section, OAuth2Keys):
    host: str = "localhost"
    port: Annotated[int, Field(ge=1, le=65535)] = 993
    security: Security = "tls"
    username: str = ""
    password_env: str = ""
    password_file: str = ""
    path: str = "var/mail/inbox"
    timeout_seconds: Annotated[float, Field(gt=0)] = 60.0
    ca_file: str = ""

    def tls_context(self, base_dir: Path) -> ssl.SSLContext:
        """Certificates verified against the system store, or against ca_file for an internal CA."""
        if not self.ca_file:
            return ssl.create_default_context()
        ca_path = Path(self.ca_file) if Path(self.ca_file).is_absolute() else base_dir / self.ca_file
        return ssl.create_default_context(cafile=str(ca_path))


class IntakeSettings(MailServerSettings):
    kind: Literal["imap", "maildir"] = "maildir"
    folder: str = "INBOX"
    processed_folder: Annotated[str, Field(min_length=1)] = "Processed"
    quarantine_folder: Annotated[str, Field(min_length=1)] = "Quarantine"
    sent_folder: str = ""
    idle: bool = True
    poll_seconds: Annotated[float, Field(gt=0, le=3600)] = 30.0
    idle_renew_minutes: Annotated[float, Field(gt=0, le=25)] = 24.0
    batch_size: Annotated[int, Field(ge=1, le=1000)] = 100
    max_message_bytes: Annotated[int, Field(ge=1024)] = 30 * 1024 * 1024
    purge_mailbox: bool = True
    refused_logins_before_slowdown: Annotated[int, Field(ge=1, le=100)] = 3
    refused_retry_minutes: Annotated[float, Field(gt=0, le=1440)] = 30.0


class OutgoingSettings(MailServerSettings):
    kind: Literal["smtp", "maildir"] = "maildir"
    port: Annotated[int, Field(ge=1, le=65535)] = 587
    security: Security = "starttls"
    path: str = "var/mail/sent"
    null_sender_for_auto: bool = True
    max_attempts: Annotated[int, Field(ge=1)] = 12
    connections: Annotated[int, Field(ge=1, le=2)] = 2  # 2: staff mail on a connection of its own
