"""Find copies of mail in the processed and quarantine folders by Message-ID (a move changes the UID), and move or
delete them."""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Sequence

from imapclient import IMAPClient

from daemon.errors import TransientError
from daemon.intake.sources.imap_connection import NETWORK_ERRORS, connect
from daemon.intake.sources.mail_copy import StoredCopy
from daemon.logins import Login
from daemon.mail_server_settings import IntakeSettings

SEARCH_CHUNK = 25


def _any_message_id(message_ids: Sequence[str]) -> list[object]:
    """IMAP prefix notation: OR OR a b c matches any of a, b, c."""
    criteria: list[object] = ["OR"] * (len(message_ids) - 1)
    for message_id in message_ids:
        criteria += ["HEADER", "Message-ID", message_id]
    return criteria


def move_uids(client: IMAPClient, uids: Sequence[int], folder: str, has_move: bool) -> None:
    """Move messages of the selected folder: MOVE, or COPY then delete only these (UID EXPUNGE)."""
    if has_move:
        client.move(uids, folder)
    else:
        client.copy(uids, folder)
        client.delete_messages(uids)
        client.uid_expunge(uids)


def release_copies(client: IMAPClient, copy: StoredCopy, settings: IntakeSettings, has_move: bool) -> int:
    """Move the quarantine folder's copies of a handled message to the processed folder; leaves it selected."""
    if not client.folder_exists(settings.quarantine_folder):
        return 0
    client.select_folder(settings.quarantine_folder)
    if copy.message_id is not None:
        criteria: list[object] = ["HEADER", "Message-ID", copy.message_id]
    else:  # the server compares sizes; the bytes are compared here
        criteria = ["LARGER", copy.size - 1, "SMALLER", copy.size + 1]
    uids = client.search(criteria)
    if not uids:
        return 0
    answer = client.fetch(uids, ["BODY.PEEK[]"])
    bodies = {uid: bytes(data[b"BODY[]"]) for uid, data in answer.items() if b"BODY[]" in data}
    chosen = copy.pick(bodies)
    if chosen:
        move_uids(client, chosen, settings.processed_folder, has_move)
    return len(chosen)


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
