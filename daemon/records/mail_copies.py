"""Find and delete the copies of purged mail kept outside the record: mailbox folders and the outgoing Maildir."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from daemon.config import Config
from daemon.credentials import read_login
from daemon.intake.sources.imap_copies import ImapCopies
from daemon.intake.sources.mail_copy import HEAD_BYTES, header_message_id
from daemon.records.purge_plan import CopyRemover, MailCopies

log = logging.getLogger(__name__)


def _maildir_files(folder: Path) -> list[Path]:
    return [entry for sub in ("new", "cur") if (folder / sub).is_dir() for entry in (folder / sub).iterdir()]


def _unlink(files: Sequence[Path]) -> int:
    removed = 0
    for file in files:
        try:
            file.unlink()
            removed += 1
        except FileNotFoundError:
            continue
    return removed


class MaildirIntakeCopies(CopyRemover):
    """The Processed and Quarantine folders of a Maildir intake: a file keeps the unique name its reference holds."""

    def __init__(self, folders: Sequence[Path]) -> None:
        self.folders = folders
        self.index: dict[str, list[Path]] | None = None

    def remove(self, copies: MailCopies) -> int:
        if not copies.incoming_refs:
            return 0
        if self.index is None:
            self.index = {}
            for folder in self.folders:
                for file in _maildir_files(folder):
                    self.index.setdefault(file.name.split(":", 1)[0], []).append(file)
        names = (ref.rsplit("/", 1)[-1] for ref in copies.incoming_refs if ref.startswith("maildir:"))
        return _unlink([file for name in names for file in self.index.pop(name, [])])


class OutgoingMaildirCopies(CopyRemover):
    """The outgoing Maildir written instead of SMTP: its files are found by the Message-ID in their head."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.index: dict[str, list[Path]] | None = None

    def _build(self) -> dict[str, list[Path]]:
        index: dict[str, list[Path]] = {}
        for file in _maildir_files(self.folder):
            try:
                with file.open("rb") as handle:
                    message_id = header_message_id(handle.read(HEAD_BYTES))
            except FileNotFoundError:
                continue
            if message_id:
                index.setdefault(message_id, []).append(file)
        return index

    def remove(self, copies: MailCopies) -> int:
        if not copies.outgoing_ids:
            return 0
        if self.index is None:
            self.index = self._build()
        return _unlink([file for message_id in copies.outgoing_ids for file in self.index.pop(message_id, [])])


class ImapProcessedCopies(CopyRemover):
    def __init__(self, copies: ImapCopies) -> None:
        self.copies = copies

    def remove(self, copies: MailCopies) -> int:
        return self.copies.remove(copies.incoming_ids)

    def close(self) -> None:
        self.copies.close()


class AllCopies(CopyRemover):
    def __init__(self, removers: Sequence[CopyRemover]) -> None:
        self.removers = removers

    def remove(self, copies: MailCopies) -> int:
        return sum(remover.remove(copies) for remover in self.removers)

    def close(self) -> None:
        for remover in self.removers:
            remover.close()


def copy_remover(config: Config) -> CopyRemover:
    """What `purge_mailbox` asks for, where this helpdesk's mail lies; raise ConfigError without the credentials."""
    if not config.intake.purge_mailbox:
        return CopyRemover()
    intake, outgoing = config.intake, config.outgoing
    removers: list[CopyRemover] = []
    if intake.kind == "imap":
        login = read_login(config, "intake", intake)
        removers.append(ImapProcessedCopies(ImapCopies(intake, login, intake.tls_context(config.base_dir))))
    else:
        path = config.resolve(intake.path)
        removers.append(
            MaildirIntakeCopies([path / f".{intake.processed_folder}", path / f".{intake.quarantine_folder}"])
        )
    if outgoing.kind == "maildir":
        removers.append(OutgoingMaildirCopies(config.resolve(outgoing.path)))
    return AllCopies(removers)
