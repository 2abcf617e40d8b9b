"""One intake pass: every waiting message through the pipeline, then out of the intake folder."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session

from daemon.errors import TransientError, storage_unavailable_is_transient
from daemon.intake.sources.base import MailboxItem, MailSource
from daemon.pipeline.ingest import Pipeline
from daemon.pipeline.outcome import IngestResult, Outcome
from daemon.pipeline.parse_worker import PendingReading, ReadAhead, Reading
from daemon.ticket_record import IncomingMail
from storage import queries
from storage.models import MessageKind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IntakeReport:
    counts: tuple[tuple[str, int], ...]

    def count(self, outcome: Outcome) -> int:
        return dict(self.counts).get(outcome.value, 0)

    @property
    def processed(self) -> int:
        return sum(count for _, count in self.counts)


class IntakeRunner:
    """Marks a message done in the mailbox only after its transaction has committed."""

    def __init__(
        self,
        source: MailSource,
        pipeline: Pipeline,
        engine: Engine,
        *,
        batch_size: int,
        max_message_bytes: int,
        should_stop: Callable[[], bool] = lambda: False,
        after_batch: Callable[[], object] = lambda: None,
        read_ahead: ReadAhead | None = None,
    ) -> None:
        self.source = source
        self.pipeline = pipeline
        self.engine = engine
        self.batch_size = batch_size
        self.max_message_bytes = max_message_bytes
        self.should_stop = should_stop
        self.after_batch = after_batch
        self.read_ahead = read_ahead

    def run_pass(self) -> IntakeReport:
        refs = self.source.pending()
        if not refs:
            return IntakeReport(())
        with storage_unavailable_is_transient(), Session(self.engine) as session:
            known = queries.source_ref_kinds(session, refs)
        # Stored before a crash or restart but never moved: finish the move now.
        self.source.mark_done(
            [ref for ref in refs if known.get(ref, MessageKind.QUARANTINED) != MessageKind.QUARANTINED]
        )
        self.source.quarantine([ref for ref in refs if known.get(ref) == MessageKind.QUARANTINED])
        todo = [ref for ref in refs if ref not in known]
        counts: Counter[str] = Counter()
        chunks = [todo[start : start + self.batch_size] for start in range(0, len(todo), self.batch_size)]
        upcoming = self._fetch(chunks[0]) if chunks else None
        for index in range(len(chunks)):
            assert upcoming is not None
            items, reading = upcoming
            # The worker parses the next batch while this one is stored.
            upcoming = self._fetch(chunks[index + 1]) if index + 1 < len(chunks) else None
            done: list[str] = []
            broken: list[str] = []
            try:
                for item, result in zip(items, self._ingest_batch(items, reading.result()), strict=True):
                    counts[result.outcome.value] += 1
                    (broken if result.outcome is Outcome.QUARANTINED else done).append(item.ref)
            finally:
                # Whatever committed is moved, even when a later step of the batch failed.
                self.source.mark_done(done)
                self.source.quarantine(broken)
            # In a long backlog the first requests are acknowledged now, not after the last one is stored.
            self.after_batch()
            if self.should_stop():
                break
        return IntakeReport(tuple(sorted(counts.items())))

    def _fetch(self, refs: Sequence[str]) -> tuple[list[MailboxItem], PendingReading]:
        items = list(self.source.fetch(refs))
        fitting = [item.raw for item in items if self._fits(item.raw)]
        if self.read_ahead is None or len(fitting) < len(items):
            return items, PendingReading(None)
        return items, self.read_ahead.submit(fitting)

    def _ingest_batch(self, items: list[MailboxItem], readings: list[Reading] | None) -> list[IngestResult]:
        """One transaction for the batch; one at a time when the batch as a whole fails."""
        mails = [IncomingMail(item.raw, item.received_at, item.ref) for item in items]
        fitting = [mail for mail in mails if self._fits(mail.raw)]
        try:
            stored = iter(self.pipeline.ingest_batch(fitting, readings))
        except TransientError:
            raise
        except Exception:  # a duplicate stored concurrently, or one message we did not foresee
            log.warning(
                "batch of %d message(s) failed as a whole; taking them one at a time", len(mails), exc_info=True
            )
            return [self._ingest_one(mail) for mail in mails]
        return [next(stored) if self._fits(mail.raw) else self._ingest_one(mail) for mail in mails]

    def _fits(self, raw: bytes) -> bool:
        return len(raw) <= self.max_message_bytes

    def _ingest_one(self, mail: IncomingMail) -> IngestResult:
        if not self._fits(mail.raw):
            return self.pipeline.quarantine.too_large(mail, self.max_message_bytes)
        try:
            return self.pipeline.ingest(mail)
        except TransientError:
            raise
        except Exception as error:  # one broken message must never stop the loop
            log.exception("message %s: unexpected error, quarantining", mail.source_ref)
            return self.pipeline.quarantine.keep(mail, f"{type(error).__name__}: {error}")
