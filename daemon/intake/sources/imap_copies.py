"""Find copies of mail in the processed and quarantine folders by Message-ID (a move changes the UID)."""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Sequence

from imapclient import IMAPClient

from daemon.config import IntakeSettings
from daemon.errors import TransientError
from daemon.intake.sources.imap_connection import NETWORK_ERRORS, connect
from daemon.logins import Login

SEARCH_CHUNK = 25


def _any_message_id(message_ids: Sequence[str]) -> list[object]:
    """IMAP prefix notation: OR OR a b c matches any of a, b, c."""
    criteria: list[object] = ["OR"] * (len(message_ids) - 1)
    for message_id in message_ids:
        criteria += ["HEADER", "Message-ID", message_id]
    return criteria


class ImapCopies:
    """Deletes copies of purged mail from the processed and quarantine folders, found by Message-ID (a move changes
    the UID)."""

    def __init__(self, settings: IntakeSettings, login: Login, tls: ssl.SSLContext) -> None:
        self.settings = settings
        self.login = login
        self.tls = tls
        self.client: IMAPClient | None = None

    def _connected(self) -> IMAPClient:
        if self.client is None:
            self.client = connect(self.settings, self.login, self.tls)
        return self.client

    def _remove_from(self, client: IMAPClient, folder: str, message_ids: Sequence[str]) -> int:
        if not client.folder_exists(folder):
            return 0
        client.select_folder(folder)
        uids: list[int] = []
        for start in range(0, len(message_ids), SEARCH_CHUNK):
            uids += client.search(_any_message_id(message_ids[start : start + SEARCH_CHUNK]))
        if uids:
            client.delete_messages(uids)
            # UID EXPUNGE removes only ours, not what a staff member flagged deleted in a mail client.
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(uids)
            else:
                client.expunge()
        return len(uids)

    def remove(self, message_ids: Sequence[str]) -> int:
        if not message_ids:
            return 0
        folders = (self.settings.processed_folder, self.settings.quarantine_folder)
        try:
            client = self._connected()
            return sum(self._remove_from(client, folder, message_ids) for folder in folders)
        except NETWORK_ERRORS as error:
            self.close()
            raise TransientError(f"cannot delete copies of purged mail in {', '.join(folders)}: {error}") from error

    def close(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            with contextlib.suppress(*NETWORK_ERRORS):
                client.logout()
