"""Quarantine is for mail that is at fault; a fault of the system keeps every message in the inbox."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from daemon.clock import FixedClock
from daemon.config import Config
from daemon.errors import SystemFaultError
from daemon.intake.runner import LONE_FAILURES, IntakeRunner
from daemon.outgoing.mail_layer import Outgoing
from daemon.outgoing.renderer import Renderer
from daemon.pipeline.ingest import Pipeline
from daemon.pipeline.outcome import IngestResult
from daemon.pipeline.parse_worker import Reading
from daemon.ticket_record import IncomingMail
from templates import DIRECTORY as TEMPLATES
from tests.fakes import FakeMailbox, ScriptedMailer
from tests.test_pipeline import app_with, request


class Bug(Pipeline):
    """A pipeline with a bug that hits every message carrying the word BUG, whichever path it takes."""

    def ingest_batch(
        self, mails: Sequence[IncomingMail], readings: Sequence[Reading] | None = None
    ) -> list[IngestResult]:
        if any(b"BUG" in mail.raw for mail in mails):
            raise RuntimeError("index out of range")
        return super().ingest_batch(mails, readings)

    def ingest(self, mail: IncomingMail, *, replacing: int | None = None) -> IngestResult:
        if b"BUG" in mail.raw:
            raise RuntimeError("index out of range")
        return super().ingest(mail, replacing=replacing)


def _runner(config: Config, clock: FixedClock, mailbox: FakeMailbox, renderer: Renderer | None = None) -> IntakeRunner:
    app = app_with(config, clock, ScriptedMailer())
    outgoing = app.outgoing
    if renderer is not None:
        outgoing = Outgoing.of(config, renderer, clock, outgoing.writer.tokens)
    pipeline = Bug(config, app.engine, clock, outgoing)
    return IntakeRunner(mailbox, pipeline, app.engine, batch_size=10, max_message_bytes=10**6)


def test_a_message_that_fails_while_others_pass_is_quarantined(local_config: Config, clock: FixedClock) -> None:
    mailbox = FakeMailbox()
    mailbox.deliver(request("p1", "Permintaan satu"))
    bad = mailbox.deliver(request("p2", "Permintaan BUG"))
    mailbox.deliver(request("p3", "Permintaan tiga"))
    _runner(local_config, clock, mailbox).run_pass()
    assert mailbox.quarantined == [bad]
    assert len(mailbox.processed) == 2 and not mailbox.inbox


def test_a_failure_of_every_message_keeps_them_all_in_the_inbox(local_config: Config, clock: FixedClock) -> None:
    mailbox = FakeMailbox()
    for n in range(3):
        mailbox.deliver(request(f"q{n}", f"Permintaan BUG {n}"))
    runner = _runner(local_config, clock, mailbox)
    with pytest.raises(SystemFaultError, match=r"3 message\(s\) left in the inbox.*RuntimeError: index out of range"):
        runner.run_pass()
    assert len(mailbox.inbox) == 3 and not mailbox.quarantined and not mailbox.processed


def test_a_message_failing_alone_is_quarantined_once_other_mail_has_passed_meanwhile(
    local_config: Config, clock: FixedClock
) -> None:
    mailbox = FakeMailbox()
    bad = mailbox.deliver(request("r0", "Permintaan BUG"))
    runner = _runner(local_config, clock, mailbox)
    for attempt in range(LONE_FAILURES + 2):
        with pytest.raises(SystemFaultError):
            runner.run_pass()  # alone, and nothing else passes: it may be the system's fault, so it is kept
        assert mailbox.inbox.keys() == {bad}, attempt
    runner.passed += 1  # other mail went through meanwhile (in a batch of its own, as when it arrives later)
    runner.run_pass()
    assert mailbox.quarantined == [bad]


def test_a_missing_template_is_a_system_fault_not_the_mail(
    local_config: Config, clock: FixedClock, tmp_path: Path
) -> None:
    edited = tmp_path / "templates"
    shutil.copytree(TEMPLATES, edited)
    (edited / "ticket" / "notice.staff.id.txt.j2").unlink()
    mailbox = FakeMailbox()
    for n in range(2):
        mailbox.deliver(request(f"t{n}", f"Permintaan {n}"))
    runner = _runner(local_config, clock, mailbox, Renderer(edited))
    with pytest.raises(SystemFaultError, match=r"template ticket/notice\.staff\.id\.txt\.j2 not found"):
        runner.run_pass()
    assert len(mailbox.inbox) == 2 and not mailbox.quarantined
