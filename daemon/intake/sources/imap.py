"""Read the helpdesk folder of an IMAP server with imapclient, moving mail out once it is stored."""

from __future__ import annotations

import contextlib
import logging
import select
import ssl
import time
from collections.abc import Callable, Iterator, Sequence

from imapclient import IMAPClient

from daemon.clock import Clock, SystemClock
from daemon.errors import TransientError
from daemon.intake.pause import STOP_CHECK_SECONDS, pause
from daemon.intake.sources.base import MailboxItem
from daemon.intake.sources.imap_connection import NETWORK_ERRORS, connect_with_token, internal_date
from daemon.intake.sources.imap_copies import move_uids, release_copies
from daemon.intake.sources.mail_copy import StoredCopy
from daemon.logins import Login
from daemon.mail_server_settings import IntakeSettings
from daemon.oauth2 import AccessToken

log = logging.getLogger(__name__)


def _announced_since_last_look(client: IMAPClient) -> bool:
    """Did the server announce new mail (EXISTS) in the answer to some command since the last call?

    imaplib keeps such untagged answers aside and imapclient does not report them: a message that arrives during
    a search is counted at the search's end, and one that arrives just before IDLE is counted before IDLE's
    continuation; IDLE would not announce either again, and the message would wait for the next time slice."""
    return bool(client._imap.untagged_responses.pop("EXISTS", None))


def _received_unread(client: IMAPClient) -> bool:
    """Has the server sent something that imaplib has already read off the socket but not parsed?

    Dovecot answers IDLE with "+ idling" and, in the same packet, EXISTS for a message that arrived since our
    last command. imaplib reads the whole packet into its buffer while looking for the "+", and idle_check()
    polls the socket, not that buffer: the EXISTS would lie there unseen until the next keep-alive. peek() on
    a non-blocking socket shows the buffer without waiting and consumes nothing (idle_done reads it)."""
    sock = client.socket()
    sock.setblocking(False)
    try:
        return bool(client._imap.file.peek(1))
    except OSError:
        return False
    finally:
        client._set_read_timeout()


def _readable_now(client: IMAPClient) -> bool:
    poller = select.poll()
    poller.register(client.socket().fileno(), select.POLLIN)
    return bool(poller.poll(0))


def _is_new_mail(response: object) -> bool:
    return isinstance(response, tuple) and len(response) > 1 and response[1] in (b"EXISTS", b"RECENT")


class ImapSource:
    """One IMAP folder as a queue; a reference is the RFC 5092 URL of (UIDVALIDITY, UID)."""

    def __init__(
        self,
        settings: IntakeSettings,
        login: Login,
        tls: ssl.SSLContext | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.clock = clock or SystemClock()
        self.settings = settings
        self.login = login
        self.token: AccessToken | None = None  # the OAuth2 token this session was opened with
        self.tls = tls or ssl.create_default_context()
        self.client: IMAPClient | None = None
        self.uidvalidity = 0
        self.highest_pending_uid = 0  # the newest message the last pass saw
        self.idle_started = 0.0
        self.name = f"imap://{settings.username}@{settings.host}:{settings.port}/{settings.folder}"

    def open(self) -> None:
        self.close()
        settings = self.settings
        try:
            client, self.token = connect_with_token(settings, self.login, self.tls)
            for folder in (settings.processed_folder, settings.quarantine_folder):
                if not client.folder_exists(folder):
                    client.create_folder(folder)
            selected = client.select_folder(settings.folder)
        except NETWORK_ERRORS as error:
            raise TransientError(f"cannot open {self.name}: {type(error).__name__}: {error}") from error
        self.client = client
        self.uidvalidity = int(selected[b"UIDVALIDITY"])
        self.highest_pending_uid = 0
        self.has_idle = settings.idle and client.has_capability("IDLE")
        self.has_move = client.has_capability("MOVE")
        log.info(
            "connected to %s (UIDVALIDITY %s, IDLE %s, %s login)",
            self.name,
            self.uidvalidity,
            self.has_idle,
            settings.auth,
        )

    def close(self) -> None:
        if self.client is None:
            return
        client, self.client = self.client, None
        try:
            client.logout()
        except NETWORK_ERRORS:
            with contextlib.suppress(*NETWORK_ERRORS):
                client.shutdown()

    def _client(self) -> IMAPClient:
        if self.client is None:
            raise TransientError(f"{self.name} is not connected")
        return self.client

    def ref(self, uid: int) -> str:
        return f"{self.name};UIDVALIDITY={self.uidvalidity}/;UID={uid}"

    @staticmethod
    def uid_of(ref: str) -> int:
        return int(ref.rsplit(";UID=", 1)[1])

    def pending(self) -> list[str]:
        try:
            client = self._client()
            _announced_since_last_look(client)  # what the search is about to find
            uids = client.search(["NOT", "DELETED"])
        except NETWORK_ERRORS as error:
            raise TransientError(f"search failed on {self.name}: {error}") from error
        self.highest_pending_uid = max(uids, default=self.highest_pending_uid)
        return [self.ref(uid) for uid in sorted(uids)]

    def fetch(self, refs: Sequence[str]) -> Iterator[MailboxItem]:
        uids = [self.uid_of(ref) for ref in refs]
        try:
            answer = self._client().fetch(uids, ["BODY.PEEK[]", "INTERNALDATE"])
        except NETWORK_ERRORS as error:
            raise TransientError(f"fetch failed on {self.name}: {error}") from error
        for uid in uids:
            data = answer.get(uid)
            if data is None or b"BODY[]" not in data:
                continue
            received_at = internal_date(data, self.clock)
            yield MailboxItem(self.ref(uid), bytes(data[b"BODY[]"]), received_at)

    def _move(self, refs: Sequence[str], folder: str) -> None:
        uids = [self.uid_of(ref) for ref in refs if f";UIDVALIDITY={self.uidvalidity}/" in ref]
        if not uids:
            return
        try:
            move_uids(self._client(), uids, folder, self.has_move)
        except NETWORK_ERRORS as error:
            raise TransientError(f"cannot move {len(uids)} message(s) to {folder}: {error}") from error

    def mark_done(self, refs: Sequence[str]) -> None:
        self._move(refs, self.settings.processed_folder)

    def quarantine(self, refs: Sequence[str]) -> None:
        self._move(refs, self.settings.quarantine_folder)

    def release(self, raw: bytes) -> int:
        settings = self.settings
        copy = StoredCopy.of(raw)
        client = self._client()
        try:
            moved = release_copies(client, copy, settings, self.has_move)
            client.select_folder(settings.folder)
        except NETWORK_ERRORS as error:
            raise TransientError(
                f"cannot move the copy of {copy.message_id or 'a message without Message-ID'} from "
                f"{settings.quarantine_folder} to {settings.processed_folder}: {error}"
            ) from error
        log.info(
            "message %s: %d copy(ies) moved from %s to %s",
            copy.message_id or f"sha256:{copy.digest}",
            moved,
            settings.quarantine_folder,
            settings.processed_folder,
        )
        return moved

    def wait(self, seconds: float, should_stop: Callable[[], bool]) -> bool:
        """IDLE until the server reports a change, `seconds` pass or a stop is asked for; NOOP polling without IDLE.

        The stop is looked for between short IDLE checks rather than raised into imaplib from a signal handler:
        a command cut off half-way leaves the connection out of step, and the LOGOUT after it then waits for
        the full network timeout."""
        if should_stop():
            return False
        if self.token is not None and not self.token.fresh_at(self.clock.now()):
            # Some providers end a session when its token expires; a new session with a new token loses nothing
            # (the next pass looks at the whole folder again).
            log.info("%s: the session's access token is about to expire; reconnecting with a fresh one", self.name)
            self.open()
            return True
        if self.token is not None:
            renew_at = self.token.expires_at - self.token.margin()
            seconds = max(0.0, min(seconds, (renew_at - self.clock.now()).total_seconds()))
        client = self._client()
        try:
            # Mail that came during the pass was announced in answers to the pass's own commands. ("N:*" always
            # matches the newest message, even one below N: hence the comparison.)
            if any(
                uid > self.highest_pending_uid for uid in client.search(["UID", f"{self.highest_pending_uid + 1}:*"])
            ):
                return True
            if not self.has_idle:
                pause(seconds, should_stop)
                client.noop()
                return False
            client.idle()
            try:
                if _announced_since_last_look(client) or _received_unread(client):
                    return True
                deadline = time.monotonic() + seconds
                while not should_stop() and (remaining := deadline - time.monotonic()) > 0:
                    responses = client.idle_check(min(remaining, STOP_CHECK_SECONDS))
                    if any(_is_new_mail(item) for item in responses):
                        return True
                    if not responses and _readable_now(client):
                        # Readable, yet no line came: the server closed the connection (imapclient swallows the
                        # EOF). Ending IDLE then fails, and the caller reconnects instead of polling a dead socket.
                        return True
            finally:
                client.idle_done()
        except NETWORK_ERRORS as error:
            raise TransientError(f"connection to {self.name} lost: {error}") from error
        return False
