"""Run every probe in a thread of its own, store each result, and tell staff when a service goes down and recovers."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from daemon.availability_settings import ProbeSettings
from daemon.clock import Clock
from daemon.config import Config
from daemon.outgoing.composer import OutgoingMail
from daemon.outgoing.mail_layer import Outgoing
from daemon.reports.availability_periods import windows_of
from daemon.runtime.probes import Probe, ProbeOutcome, make_probe
from daemon.wiring.app import App
from daemon.wording import Wording
from storage.availability import ProbeResult, ServiceOutage
from storage.models import MessageKind

log = logging.getLogger(__name__)


def _target(probe: ProbeSettings) -> str:
    if probe.kind == "tcp":
        return f"{probe.host}:{probe.port}"
    if probe.kind in ("imap", "smtp"):
        return f"login {probe.kind.upper()} helpdesk"
    return probe.url or f"Moodle Web Services ({probe.site or 'situs utama'})"


class Recorder:
    """Stores results and keeps the outage state; one call per probe result, from any probe thread."""

    def __init__(self, config: Config, engine: Engine, outgoing: Outgoing, wake: Callable[[], None]) -> None:
        self.config = config
        self.engine = engine
        self.outgoing = outgoing
        self.wake = wake
        self.wording = Wording("id", config.helpdesk.zone)

    def record(self, probe: ProbeSettings, outcome: ProbeOutcome, at: datetime) -> None:
        with Session(self.engine) as session:
            session.add(
                ProbeResult(
                    service=probe.name,
                    at=at,
                    up=outcome.up,
                    latency_ms=outcome.latency_ms,
                    error=outcome.error,
                    stretch_seconds=probe.stretch_seconds,
                )
            )
            session.flush()
            current = session.exec(
                select(ServiceOutage).where(
                    ServiceOutage.service == probe.name, col(ServiceOutage.recovered_at).is_(None)
                )
            ).first()
            queued = False
            if outcome.up and current is not None:
                self._recovered(session, probe, current, at)
                queued = True
            elif not outcome.up and current is None:
                queued = self._maybe_down(session, probe, at)
            session.commit()
        if not outcome.up:
            log.info("probe %s: down (%s)", probe.name, outcome.error)
        if queued:
            self.wake()

    def _maybe_down(self, session: Session, probe: ProbeSettings, at: datetime) -> bool:
        """Open an outage after `down_after` consecutive failures outside maintenance."""
        if any(window.start <= at < window.end for window in windows_of(session, self.config, probe.name)):
            return False
        recent = session.exec(
            select(ProbeResult)
            .where(ProbeResult.service == probe.name)
            .order_by(col(ProbeResult.at).desc(), col(ProbeResult.id).desc())
            .limit(probe.down_after)
        ).all()
        if len(recent) < probe.down_after or any(result.up for result in recent):
            return False
        last_up = session.exec(
            select(ProbeResult.at)
            .where(ProbeResult.service == probe.name, ProbeResult.up == True)  # noqa: E712  (SQL, not Python)
            .order_by(col(ProbeResult.at).desc())
        ).first()
        query = select(ProbeResult).where(ProbeResult.service == probe.name)
        if last_up is not None:
            query = query.where(col(ProbeResult.at) > last_up)
        first = session.exec(query.order_by(col(ProbeResult.at))).first() or recent[-1]
        outage = ServiceOutage(service=probe.name, down_since=first.at, alerted_at=at, error=recent[0].error)
        body = self._render(
            "down", probe, outage, failures=probe.down_after, error=outage.error, elearning=probe.elearning
        )
        subject = f"[{self.config.helpdesk.tag}] Gangguan layanan {probe.name}"
        message = self._send(session, OutgoingMail(to=self._recipients(), subject=subject, body=body))
        outage.alert_message_id = message or ""
        session.add(outage)
        log.warning("service %s: down since %s (%s); staff told", probe.name, first.at.isoformat(), outage.error)
        return True

    def _recovered(self, session: Session, probe: ProbeSettings, outage: ServiceOutage, at: datetime) -> None:
        outage.recovered_at = at
        session.add(outage)
        minutes = round((at - outage.down_since).total_seconds() / 60)
        duration = f"{minutes // 60} jam {minutes % 60} menit" if minutes >= 60 else f"{minutes} menit"
        body = self._render(
            "recovered",
            probe,
            outage,
            recovered=self.wording.when(at),
            duration=duration,
            error=outage.error,
        )
        thread = (outage.alert_message_id,) if outage.alert_message_id else ()
        subject = f"Re: [{self.config.helpdesk.tag}] Gangguan layanan {probe.name}"
        self._send(
            session,
            OutgoingMail(
                to=self._recipients(),
                subject=subject,
                body=body,
                in_reply_to=thread[0] if thread else None,
                references=thread,
            ),
        )
        log.warning("service %s: recovered after %d minute(s); staff told", probe.name, minutes)

    def _recipients(self) -> tuple[str, ...]:
        return self.config.availability.notify or self.config.staff.notify

    def _render(self, event: str, probe: ProbeSettings, outage: ServiceOutage, **context: object) -> str:
        return self.outgoing.renderer.render(
            "availability",
            event,
            "staff",
            "id",
            service=probe.name,
            target=_target(probe),
            since=self.wording.when(outage.down_since),
            **context,
        )

    def _send(self, session: Session, mail: OutgoingMail) -> str | None:
        if not mail.to:
            return None
        automatic = OutgoingMail(
            to=mail.to,
            subject=mail.subject,
            body=mail.body,
            in_reply_to=mail.in_reply_to,
            references=mail.references,
            auto_submitted="auto-generated",
        )
        return self.outgoing.writer.queue(session, automatic, MessageKind.AVAILABILITY, None).message_id


class ProbeMonitor:
    """One daemon thread per probe: a hanging service costs its own thread a timeout, never the intake."""

    def __init__(
        self, config: Config, recorder: Recorder, clock: Clock, probes: dict[str, Probe] | None = None
    ) -> None:
        self.config = config
        self.recorder = recorder
        self.clock = clock
        self.probes = probes or {probe.name: make_probe(probe, config) for probe in config.availability.probe}
        self._stop = threading.Event()
        self._active = threading.Event()
        self._threads: list[threading.Thread] = []

    def allow(self, active: bool) -> None:
        """Only the active instance probes: a standby would count every result twice."""
        if active:
            self._active.set()
        else:
            self._active.clear()

    def start(self) -> None:
        for settings in self.config.availability.probe:
            thread = threading.Thread(target=self._loop, args=(settings,), name=f"probe-{settings.name}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=1.0)  # a probe stuck in its timeout is a daemon thread: it dies with the process

    def _loop(self, settings: ProbeSettings) -> None:
        probe = self.probes[settings.name]
        while not self._stop.is_set():
            started = time.monotonic()
            if self._active.is_set():
                at = self.clock.now()
                outcome = probe.check()
                if self._stop.is_set():
                    return
                try:
                    self.recorder.record(settings, outcome, at)
                except Exception:  # a storage hiccup loses one result, never the probe thread
                    log.exception("probe %s: result not stored", settings.name)
            self._stop.wait(max(0.0, settings.interval_seconds - (time.monotonic() - started)))


def probe_monitor(app: App, wake: Callable[[], None]) -> ProbeMonitor | None:
    """The availability probes' threads (not started); None with no probe configured."""
    if not app.config.availability.probe:
        return None
    recorder = Recorder(app.config, app.engine, app.outgoing, wake)
    return ProbeMonitor(app.config, recorder, app.clock)
