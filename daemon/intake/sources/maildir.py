"""Read a local Maildir (mail delivered on this host), moving files to sibling folders once stored."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from daemon.errors import TransientError
from daemon.intake.pause import pause
from daemon.intake.sources.base import MailboxItem
from daemon.intake.sources.mail_copy import HEAD_BYTES, StoredCopy, header_message_id

log = logging.getLogger(__name__)


def _could_be(file: Path, copy: StoredCopy) -> bool:
    """The same Message-ID, or (without one) the same size: cheap tests before the file is read whole."""
    if copy.message_id is None:
        return file.stat().st_size == copy.size
    with file.open("rb") as handle:
        return header_message_id(handle.read(HEAD_BYTES)) == copy.message_id


class MaildirSource:
    """new/ and cur/ are the queue; Maildir++ folders .Processed and .Quarantine receive what is done."""

    def __init__(self, path: Path, processed_folder: str = "Processed", quarantine_folder: str = "Quarantine"):
        self.path = path
        self.processed = path / f".{processed_folder}"
        self.quarantined = path / f".{quarantine_folder}"
        self.name = f"maildir:{path}"
        self._index: dict[str, Path] = {}

    def open(self) -> None:
        try:
            for base in (self.path, self.processed, self.quarantined):
                for sub in ("tmp", "new", "cur"):
                    (base / sub).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise TransientError(f"cannot open {self.name}: {error.strerror}") from error

    def close(self) -> None:
        pass

    def _files(self) -> list[Path]:
        files = [entry for sub in ("new", "cur") for entry in (self.path / sub).iterdir() if entry.is_file()]
        return sorted(files, key=lambda entry: (entry.stat().st_mtime, entry.name))

    def _ref(self, file: Path) -> str:
        # The unique part of a Maildir name survives flag changes (":2,S") and the move from new/ to cur/.
        return f"{self.name}/{file.name.split(':', 1)[0]}"

    def pending(self) -> list[str]:
        self._index = {self._ref(file): file for file in self._files()}
        return list(self._index)

    def _locate(self, refs: Sequence[str]) -> dict[str, Path]:
        if any(ref not in self._index for ref in refs):
            self.pending()
        return {ref: self._index[ref] for ref in refs if ref in self._index}

    def fetch(self, refs: Sequence[str]) -> Iterator[MailboxItem]:
        located = self._locate(refs)
        for ref in refs:
            file = located.get(ref)
            if file is None:
                continue
            try:
                raw = file.read_bytes()
                received = datetime.fromtimestamp(file.stat().st_mtime, UTC)
            except FileNotFoundError:
                continue
            yield MailboxItem(ref, raw, received)

    def _move(self, refs: Sequence[str], target: Path) -> None:
        for file in self._locate(refs).values():
            try:
                file.replace(target / "cur" / file.name)
            except FileNotFoundError:
                continue
            except OSError as error:
                raise TransientError(f"cannot move {file.name} to {target}: {error.strerror}") from error

    def mark_done(self, refs: Sequence[str]) -> None:
        self._move(refs, self.processed)

    def quarantine(self, refs: Sequence[str]) -> None:
        self._move(refs, self.quarantined)

    def release(self, raw: bytes) -> int:
        copy = StoredCopy.of(raw)
        moved = 0
        try:
            for file in copy.pick(self._candidates(copy)):
                with contextlib.suppress(FileNotFoundError):  # moved meanwhile, by a mail client
                    file.replace(self.processed / "cur" / file.name)
                    moved += 1
        except OSError as error:
            raise TransientError(f"cannot move a copy from {self.quarantined} to {self.processed}: {error}") from error
        log.info(
            "message %s: %d copy(ies) moved from %s to %s",
            copy.message_id or f"sha256:{copy.digest}",
            moved,
            self.quarantined,
            self.processed,
        )
        return moved

    def _candidates(self, copy: StoredCopy) -> dict[Path, bytes]:
        """Only files that could be the copy are read whole: a quarantine folder holds mail too large to take in."""
        found: dict[Path, bytes] = {}
        for sub in ("new", "cur"):
            for file in (self.quarantined / sub).iterdir():
                with contextlib.suppress(FileNotFoundError):
                    if file.is_file() and _could_be(file, copy):
                        found[file] = file.read_bytes()
        return found

    def wait(self, seconds: float, should_stop: Callable[[], bool]) -> bool:
        pause(seconds, should_stop)
        return False
