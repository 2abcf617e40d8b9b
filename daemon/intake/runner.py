"""One intake pass: every waiting message through the pipeline, then out of the intake folder."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jinja2 import TemplateError, TemplateNotFound
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from daemon.errors import SystemFaultError, TransientError, storage_unavailable_is_transient
from daemon.intake.sources.base import MailboxItem, MailSource
from daemon.pipeline.ingest import Pipeline
from daemon.pipeline.outcome import IngestResult, Outcome
from daemon.pipeline.parse_worker import PendingReading, ReadAhead, Reading
from daemon.ticket_record import IncomingMail
from storage import queries
from storage.models import MessageKind

log = logging.getLogger(__name__)

# Failures that are never one message's fault: the templates, or storage beyond a passing outage.
SYSTEM_ERRORS: tuple[type[Exception], ...] = (TemplateError, SQLAlchemyError)
# Outcomes that show the whole pipeline works (screened and duplicate mail stop early).
WORKING = frozenset({Outcome.NEW_TICKET, Outcome.FOLLOWUP})
LONE_FAILURES = 3  # a message failing this often, while other mail passes in between, is quarantined


@dataclass(frozen=True)
class IntakeReport:
    counts: tuple[tuple[str, int], ...]

    def count(self, outcome: Outcome) -> int:
        return dict(self.counts).get(outcome.value, 0)

    @property
    def processed(self) -> int:
        return sum(count for _, count in self.counts)

    def summary(self) -> str:
        """For the log: "12 messages (new_ticket 9, screened 3)"."""
        parts = ", ".join(f"{outcome} {count}" for outcome, count in self.counts)
        return f"{self.processed} messages ({parts})"


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
        self.passed = 0  # messages that went the whole way through since start
        self.failures: dict[str, tuple[int, int]] = {}  # ref -> (failures in a row, self.passed at the first)

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
            outcomes = self._ingest_batch(items, reading.result())
            done: list[str] = []
            broken: list[str] = []
            held: list[Held] = []
            for item, result in zip(items, outcomes, strict=True):
                if isinstance(result, Held):
                    held.append(result)
                    continue
                counts[result.outcome.value] += 1
                (broken if result.outcome is Outcome.QUARANTINED else done).append(item.ref)
            # Whatever committed is moved, even when the rest of the batch is left for the next pass.
            self.source.mark_done(done)
            self.source.quarantine(broken)
            if held:
                raise SystemFaultError(
                    f"{len(held)} message(s) left in the inbox, the fault is not theirs: {held[0].error}"
                )
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

    def _ingest_batch(self, items: list[MailboxItem], readings: list[Reading] | None) -> list[IngestResult | Held]:
        """One transaction for the batch; one at a time when the batch as a whole fails."""
        mails = [IncomingMail(item.raw, item.received_at, item.ref) for item in items]
        fitting = [mail for mail in mails if self._fits(mail.raw)]
        try:
            stored = iter(self.pipeline.ingest_batch(fitting, readings))
        except TransientError:
            raise
        except Exception:  # a duplicate stored concurrently, one message we did not foresee, or a system fault
            log.info("batch of %d message(s) failed as a whole; taking them one at a time", len(mails), exc_info=True)
            return self._one_at_a_time(mails)
        results: list[IngestResult | Held] = [
            next(stored) if self._fits(mail.raw) else self._ingest_one(mail) for mail in mails
        ]
        self.passed += sum(isinstance(r, IngestResult) and r.outcome in WORKING for r in results)
        return results

    def _one_at_a_time(self, mails: list[IncomingMail]) -> list[IngestResult | Held]:
        """A message that fails alone while others pass is quarantined; one that fails with all the others is kept."""
        results = [self._ingest_one(mail) for mail in mails]
        passed_now = sum(isinstance(r, IngestResult) and r.outcome in WORKING for r in results)
        passed_before = self.passed
        self.passed += passed_now
        decided: list[IngestResult | Held] = []
        for mail, result in zip(mails, results, strict=True):
            if not isinstance(result, Held):
                self.failures.pop(mail.source_ref or "", None)
                decided.append(result)
                continue
            ref = mail.source_ref or ""
            count, passed_then = self.failures.get(ref, (0, passed_before))
            self.failures[ref] = (count + 1, passed_then)
            alone = passed_now > 0 or (count + 1 >= LONE_FAILURES and self.passed > passed_then)
            if alone:
                self.failures.pop(ref, None)
                log.error("message %s: fails while other mail passes, quarantining: %s", ref, result.error)
                decided.append(self.pipeline.quarantine.keep(mail, result.error))
            else:
                decided.append(result)
        return decided

    def _fits(self, raw: bytes) -> bool:
        return len(raw) <= self.max_message_bytes

    def _ingest_one(self, mail: IncomingMail) -> IngestResult | Held:
        if not self._fits(mail.raw):
            return self.pipeline.quarantine.too_large(mail, self.max_message_bytes)
        try:
            return self.pipeline.ingest(mail)
        except TransientError:
            raise
        except SYSTEM_ERRORS as error:
            log.debug("message %s: system fault", mail.source_ref, exc_info=True)
            what = (
                f"template {error.name} not found"
                if isinstance(error, TemplateNotFound)
                else f"{type(error).__name__}: {error}"
            )
            raise SystemFaultError(f"{what} (the mail stays in the inbox; see helpdesk check)") from error
        except Exception as error:  # a bug: the message's fault only if other mail passes (see _one_at_a_time)
            log.debug("message %s: unexpected error", mail.source_ref, exc_info=True)
            return Held(f"{type(error).__name__}: {error}")


@dataclass(frozen=True)
class Held:
    """A message that failed in a way that may be the system's fault: it stays in the inbox for now."""

    error: str
