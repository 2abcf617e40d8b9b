"""Availability probes against real loopback servers, figures checked by hand, alerts, receipts, report, CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from daemon.cli.main import main
from daemon.clock import CountingTokens, FixedClock
from daemon.config import Config, load_config
from daemon.errors import ConfigError
from daemon.records.probe_log import purge_probe_log, roll_up_days
from daemon.reports.availability_periods import period_figures
from daemon.runtime.probe_monitor import Recorder
from daemon.runtime.probes import make_probe
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App, build_app
from storage.availability import ProbeResult, ServiceOutage
from tests.conftest import migrated, write_config
from tests.fake_moodle import TOKEN, start_fake_moodle
from tests.fakes import ScriptedMailer
from tests.http_servers import Behaviour, WebServer, start_web
from tests.servers import TlsMaterial, free_port

WIB = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def web() -> Iterator[WebServer]:
    server = start_web()
    yield server
    server.stop()


def probe_config(tmp_path: Path, *probes: dict[str, Any], **sections: dict[str, Any]) -> Config:
    path = write_config(tmp_path, **sections)
    lines = ["[availability]", "target_pct = 99.0", 'notify = ["p4m-staf@polibatam.ac.id"]']
    for probe in probes:
        lines.append("[[availability.probe]]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in probe.items()]
    path.write_text(path.read_text() + "\n" + "\n".join(lines) + "\n")
    config = load_config(path)
    migrated(config)
    return config


def check(config: Config, name: str) -> tuple[bool, float, str]:
    settings = config.availability.named(name)
    assert settings is not None
    outcome = make_probe(settings, config).check()
    return outcome.up, outcome.latency_ms, outcome.error


def test_bad_availability_keys_get_one_line_each(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    path.write_text(
        path.read_text()
        + '\n[[availability.probe]]\nname = "sisfo"\ninterval_seconds = 2\ncolour = "red"\n'
        + '[[availability.probe]]\nname = "sisfo"\nkind = "tcp"\n'
        + '[[availability.maintenance]]\nservice = "perpustakaan"\n'
        + "start = 2026-12-07T22:00:00+07:00\nend = 2026-12-07T23:00:00+07:00\n"
    )
    with pytest.raises(ConfigError) as first:
        load_config(path)
    assert str(first.value).splitlines() == [
        f"{path}: availability.probe.0.interval_seconds: Input should be greater than or equal to 5",
        f"{path}: availability.probe.0.colour: unknown key",
    ]
    path.write_text(path.read_text().replace('interval_seconds = 2\ncolour = "red"\n', ""))
    with pytest.raises(ConfigError) as second:
        load_config(path)
    assert str(second.value).splitlines() == [
        f"{path}: availability.probe.0.url: an http probe needs url",
        f"{path}: availability.probe.1.name: 'sisfo' is used by an earlier probe",
        f"{path}: availability.probe.1.host: a tcp probe needs host",
        f"{path}: availability.probe.1.port: a tcp probe needs port",
        f"{path}: availability.maintenance.0.service: no probe named 'perpustakaan'",
    ]


@pytest.mark.slow
@pytest.mark.timed  # the hanging probe gives up after its 1 s timeout, not sooner or much later
def test_http_probes_against_real_servers(tmp_path: Path, web: WebServer, tls: TlsMaterial) -> None:
    failing, hanging = start_web(Behaviour(status=503)), start_web(Behaviour(hang=True))
    secure = start_web(tls=tls.server_context())
    try:
        config = probe_config(
            tmp_path,
            {"name": "up", "url": web.url(), "expect_text": "e-learning Polibatam"},
            {"name": "wrong-text", "url": web.url(), "expect_text": "Moodle"},
            {"name": "redirect-here", "url": web.url("/redirect-here")},
            {"name": "redirect-away", "url": web.url("/redirect-away")},
            {"name": "503", "url": failing.url()},
            {"name": "hangs", "url": hanging.url(), "timeout_seconds": 1},
            {"name": "self-signed", "url": secure.url()},
            {"name": "own-ca", "url": secure.url(), "ca_file": str(tls.cert)},
        )
        assert check(config, "up")[0] is True
        assert check(config, "wrong-text")[::2] == (False, "HTTP 200 without the expected text 'Moodle'")
        assert check(config, "redirect-here")[0] is True
        up, _, error = check(config, "redirect-away")
        assert not up and "redirect to another host (localhost)" in error
        assert check(config, "503")[::2] == (False, "HTTP 503, expected 200")
        up, latency, error = check(config, "hangs")
        assert not up and 900 <= latency < 3000 and "timed out" in error
        up, _, error = check(config, "self-signed")
        assert not up and "CERTIFICATE_VERIFY_FAILED" in error
        assert check(config, "own-ca")[0] is True
    finally:
        for server in (failing, hanging, secure):
            server.stop()


def test_tcp_and_moodle_probes(tmp_path: Path, web: WebServer, monkeypatch: pytest.MonkeyPatch) -> None:
    moodle, state = start_fake_moodle()
    monkeypatch.setenv("HELPDESK_MOODLE_TOKEN", TOKEN)
    try:
        config = probe_config(
            tmp_path,
            {"name": "port-open", "kind": "tcp", "host": "127.0.0.1", "port": web.port},
            {"name": "port-closed", "kind": "tcp", "host": "127.0.0.1", "port": free_port()},
            {"name": "e-learning", "kind": "moodle", "elearning": True},
            moodle={"url": moodle.url},
        )
        assert check(config, "port-open")[0] is True
        up, _, error = check(config, "port-closed")
        assert not up and "Connection refused" in error
        assert check(config, "e-learning")[0] is True
        assert state.calls[-1][0] == "core_webservice_get_site_info"
        state.webservices_enabled = False
        up, _, error = check(config, "e-learning")
        assert not up and "web services are switched off" in error
        monkeypatch.setenv("HELPDESK_MOODLE_TOKEN", "wrong")
        state.webservices_enabled = True
        up, _, error = check(config, "e-learning")
        assert not up and error.startswith("invalidtoken")
    finally:
        moodle.shutdown()


def _log(engine: Any, service: str, start: datetime, rows: list[tuple[int, bool]], stretch: float = 90.0) -> None:
    """Probe results at `start` + minutes, up or down."""
    with Session(engine) as session:
        for minute, up in rows:
            error = "" if up else "HTTP 503, expected 200"
            at = start + timedelta(minutes=minute)
            session.add(
                ProbeResult(service=service, at=at, up=up, latency_ms=12.0, error=error, stretch_seconds=stretch)
            )
        session.commit()


SISFO = {"name": "sisfo", "kind": "tcp", "host": "127.0.0.1", "port": 9, "interval_seconds": 60}


def test_figures_match_a_probe_log_worked_by_hand(tmp_path: Path) -> None:
    config = probe_config(tmp_path, SISFO)
    engine = build_app(config, mailer=ScriptedMailer()).engine
    start = datetime(2026, 10, 5, 0, 0, tzinfo=UTC)
    # 00:00 up, 00:01 up, 00:02 down, 00:03 down, 00:04 up, then the daemon was stopped until 00:30.
    _log(engine, "sisfo", start, [(0, True), (1, True), (2, False), (3, False), (4, True), (30, True), (31, True)])
    with Session(engine) as session:
        (figures,) = period_figures(session, config, start, start + timedelta(minutes=32), start + timedelta(days=1))
    # Each result speaks until the next, at most its stretch (90 s): 00:04 covers 90 s, not the 26 unwatched minutes.
    assert figures.observed_seconds == 60 + 60 + 60 + 60 + 90 + 60 + 60
    assert (figures.up_seconds, figures.down_seconds) == (330, 120)
    assert figures.observed_pct == round(100 * 450 / 1920, 2) == 23.44
    assert figures.available_pct == round(100 * 330 / 450, 2) == 73.33
    (outage,) = figures.outages
    assert (outage.start, outage.end, outage.minutes, outage.error) == (
        start + timedelta(minutes=2),
        start + timedelta(minutes=4),
        2.0,
        "HTTP 503, expected 200",
    )
    # A planned window over the first failure: that minute is maintenance, not downtime, and not in the outage.
    main_args = ["--config", str(config.base_dir / "helpdesk.toml"), "maintenance", "add", "--service", "sisfo"]
    window = ["--start", "2026-10-05T07:02:00", "--end", "2026-10-05T07:03:00", "--note", "pembaruan server"]
    assert main([*main_args, *window]) == 0
    with Session(engine) as session:
        (figures,) = period_figures(session, config, start, start + timedelta(minutes=32), start + timedelta(days=1))
    assert (figures.up_seconds, figures.down_seconds, figures.maintenance_seconds) == (330, 60, 60)
    assert figures.available_pct == round(100 * 330 / 390, 2)
    assert [(o.start, o.minutes) for o in figures.outages] == [(start + timedelta(minutes=3), 1.0)]
    assert [w.note for w in figures.maintenance] == ["pembaruan server"]

    # Rolled up into its day, the log gives the same seconds; a window added later rolls the day up again.
    day = (start, start + timedelta(days=1), start + timedelta(days=2))
    with Session(engine) as session:
        (raw,) = period_figures(session, config, *day)
        assert roll_up_days(session, config, day[2]) == 1
        session.commit()
        (rolled,) = period_figures(session, config, *day)
    assert (rolled.observed_seconds, rolled.up_seconds, rolled.down_seconds) == (480, 360, 60)
    assert (raw.observed_seconds, raw.up_seconds, raw.down_seconds) == (480, 360, 60)  # 00:31 now speaks 90 s
    assert rolled.outages == raw.outages
    window = ["--start", "2026-10-05T07:03:00", "--end", "2026-10-05T07:04:00"]
    assert main([*main_args, *window]) == 0
    with Session(engine) as session:
        (rolled,) = period_figures(session, config, *day)
    assert (rolled.down_seconds, rolled.maintenance_seconds, rolled.available_pct) == (0, 120, 100.0)


def test_cli_availability_json_and_purge_keeps_daily_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = probe_config(tmp_path, SISFO)
    engine = build_app(config, mailer=ScriptedMailer()).engine
    start = datetime(2026, 10, 5, 0, 0, tzinfo=WIB)
    _log(engine, "sisfo", start, [(minute, minute not in (10, 11, 12)) for minute in range(0, 60)], stretch=90)
    config_arg = ["--config", str(config.base_dir / "helpdesk.toml")]
    assert main([*config_arg, "availability", "--month", "2026-10", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert set(row) == {"service", "observed_pct", "available_pct", "outages"}
    assert main([*config_arg, "availability", "--month", "2026-10"]) == 0
    assert (
        "  gangguan Senin, 5 Oktober 2026 pukul 00.10 WIB - Senin, 5 Oktober 2026 pukul 00.13 WIB (3 menit): "
        "HTTP 503, expected 200\n" in capsys.readouterr().out
    )
    assert row["service"] == "sisfo"
    # 59 minutes between results, and the last result's stretch of 90 s; three of those minutes down.
    assert row["available_pct"] == round(100 * (3630 - 180) / 3630, 2)
    assert row["observed_pct"] == round(100 * 3630 / (31 * 86400), 2)
    assert row["outages"] == [
        {
            "start": "2026-10-05T00:10:00+07:00",
            "end": "2026-10-05T00:13:00+07:00",
            "minutes": 3.0,
            "error": "HTTP 503, expected 200",
        }
    ]
    with Session(engine) as session:
        before = period_figures(
            session, config, start.replace(day=1), start.replace(month=11, day=1), start.replace(year=2027)
        )
        deleted = purge_probe_log(
            session, config, datetime(2026, 10, 6, 12, 0, tzinfo=WIB), datetime(2031, 10, 6, tzinfo=WIB)
        )
        session.commit()
    assert deleted == 60
    with Session(engine) as session:
        assert session.exec(select(ProbeResult)).all() == []
        after = period_figures(
            session, config, start.replace(day=1), start.replace(month=11, day=1), start.replace(year=2027)
        )
    # Purged days keep their seconds; only the outage list (start, end, error) goes with the raw results.
    assert [(f.observed_pct, f.available_pct) for f in after] == [(f.observed_pct, f.available_pct) for f in before]
    assert after[0].outages == ()
    assert main([*config_arg, "availability", "--year", "2025"]) == 0
    assert "sisfo: tidak diukur" in capsys.readouterr().out


def test_digest_lists_availability_and_outages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = probe_config(tmp_path, SISFO)
    engine = build_app(config, mailer=ScriptedMailer()).engine
    _log(engine, "sisfo", datetime(2026, 10, 5, 8, 0, tzinfo=WIB), [(minute, minute != 10) for minute in range(0, 20)])
    config_arg = ["--config", str(config.base_dir / "helpdesk.toml")]
    assert main([*config_arg, "digest", "--month", "2026-10"]) == 0
    text = capsys.readouterr().out
    assert "Ketersediaan layanan (IKT B.1.3.4.15.a, target 99,0 %):" in text
    # 1,230 s watched (19 minutes and the last result's 90 s) of October's 31 days; 60 s of them down.
    assert "  - sisfo: 95,1 % dari < 0,1 % waktu teramati (belum tercapai)" in text
    assert (
        "  - sisfo: Senin, 5 Oktober 2026 pukul 08.10 WIB sampai Senin, 5 Oktober 2026 pukul 08.11 WIB (1 menit); "
        "HTTP 503, expected 200" in text
    )
    html_out = tmp_path / "digest.html"
    assert main([*config_arg, "digest", "--month", "2026-10", "--out", str(html_out)]) == 0
    assert "<td>sisfo</td><td>95,1 % dari" in html_out.read_text()


REQUEST = (
    "From: Budi Santoso <budi.{mid}@polibatam.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\n"
    "Subject: {subject}\r\nMessage-ID: <{mid}@mail.gmail.com>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
)
LOGIN_TROUBLE = "Selamat pagi, saya tidak bisa login ke e-learning, muncul pesan password salah. Mohon bantuannya."


def _sent(mailer: ScriptedMailer) -> list[EmailMessage]:
    return [message_from_bytes(raw, policy=policy.default) for _, _, raw in mailer.sent]


def _ack_for(app: App, clock: FixedClock, mailer: ScriptedMailer, mid: str) -> str:
    raw = REQUEST.format(mid=mid, subject="Tidak bisa login e-learning", body=LOGIN_TROUBLE).encode()
    app.pipeline.ingest(IncomingMail(raw, clock.now(), None))
    app.outbox.run_pass()
    (ack,) = [m for m in _sent(mailer) if m["In-Reply-To"] == f"<{mid}@mail.gmail.com>"]
    return str(ack.get_content())


def test_outage_alert_receipt_sentence_and_recovery(tmp_path: Path, web: WebServer) -> None:
    config = probe_config(tmp_path, {"name": "e-learning", "url": web.url(), "down_after": 2, "elearning": True})
    clock = FixedClock(datetime(2026, 12, 7, 0, 58, tzinfo=UTC))  # 07.58 WIB
    mailer = ScriptedMailer()
    app = build_app(config, clock=clock, tokens=CountingTokens(), mailer=mailer)
    woken: list[bool] = []
    recorder = Recorder(config, app.engine, app.outgoing, lambda: woken.append(True))
    settings = config.availability.probe[0]
    probe = make_probe(settings, config)

    def probe_once() -> None:
        recorder.record(settings, probe.check(), clock.now())
        clock.advance(minutes=1)

    probe_once()
    web.behaviour.status = 503  # 07.59 the site starts failing; 08.00 the second failure confirms it
    probe_once()
    assert mailer.sent == [] and not woken
    assert "sudah kami ketahui" not in _ack_for(app, clock, mailer, "before")
    mailer.sent.clear()
    probe_once()
    probe_once()  # a third failure: no second alert
    app.outbox.run_pass()
    (alert,) = _sent(mailer)
    assert woken == [True]
    assert alert["To"] == "p4m-staf@polibatam.ac.id"
    assert alert["Subject"] == "[P4M] Gangguan layanan e-learning"
    body = alert.get_content()
    assert "tidak dapat dijangkau sejak Senin, 7 Desember 2026 pukul 07.59 WIB" in body
    assert "HTTP 503, expected 200" in body and web.url() in body
    mailer.sent.clear()

    ack = _ack_for(app, clock, mailer, "during")
    assert (
        "Gangguan layanan e-learning yang sedang terjadi sejak Senin, 7 Desember 2026 pukul 07.59 WIB "
        "sudah kami ketahui dan sedang ditangani." in ack
    )
    mailer.sent.clear()
    other = REQUEST.format(mid="course", subject="Perubahan nama MK", body="Mohon ubah nama MK IF201 Basis Data.")
    app.pipeline.ingest(IncomingMail(other.encode(), clock.now(), None))
    app.outbox.run_pass()
    assert all("sudah kami ketahui" not in str(m.get_content()) for m in _sent(mailer))  # only e-learning help
    mailer.sent.clear()

    web.behaviour.status = 200
    probe_once()
    probe_once()
    app.outbox.run_pass()
    (recovery,) = _sent(mailer)
    assert recovery["Subject"] == "Re: [P4M] Gangguan layanan e-learning"
    assert recovery["In-Reply-To"] == alert["Message-ID"]
    assert recovery["References"] == alert["Message-ID"]
    assert "kembali dapat dijangkau sejak Senin, 7 Desember 2026 pukul 08.02 WIB" in recovery.get_content()
    assert "selama sekitar 3 menit" in recovery.get_content()
    mailer.sent.clear()
    assert "sudah kami ketahui" not in _ack_for(app, clock, mailer, "after")
    with Session(app.engine) as session:
        (outage,) = session.exec(select(ServiceOutage)).all()
        assert outage.recovered_at == datetime(2026, 12, 7, 1, 2, tzinfo=UTC)
        (figures,) = period_figures(session, config, clock.now() - timedelta(hours=1), clock.now(), clock.now())
    assert [(o.start, o.end, o.minutes) for o in figures.outages] == [
        (datetime(2026, 12, 7, 0, 59, tzinfo=UTC), datetime(2026, 12, 7, 1, 2, tzinfo=UTC), 3.0)
    ]


def test_led_report_shows_the_ikt_row_and_chart_or_not_measured(tmp_path: Path) -> None:
    config = probe_config(tmp_path, SISFO)
    engine = build_app(config, mailer=ScriptedMailer()).engine
    start = datetime(2025, 3, 10, 9, 0, tzinfo=WIB)
    # 100 minutes watched in March 2025, one of them down: 99,0 % of the watched time.
    _log(engine, "sisfo", start, [(minute, minute != 50) for minute in range(100)], stretch=60)
    config_arg = ["--config", str(config.base_dir / "helpdesk.toml")]
    for year in (2025, 2024):
        for fmt in ("md", "html"):
            assert (
                main(
                    [
                        *config_arg,
                        "report",
                        "--year",
                        str(year),
                        "--format",
                        fmt,
                        "--out",
                        str(tmp_path / f"{year}.{fmt}"),
                    ]
                )
                == 0
            )
    measured = (tmp_path / "2025.md").read_text()
    ikt = "| IKT B.1.3.4.15.a | Layanan tersedia (layanan terpantau dengan ketersediaan terendah) | ≥ 99,0% |"
    assert f"{ikt} 99,0% | Tercapai |" in measured
    assert "| sisfo | 99,0 % | 99,0 % dari < 0,1 % waktu teramati | tercapai |" in measured
    assert "Ketersediaan layanan per bulan*" in measured
    assert (
        "| sisfo | Senin, 10 Maret 2025 pukul 09.50 WIB | Senin, 10 Maret 2025 pukul 09.51 WIB | 1 menit |" in measured
    )
    charts_with = (tmp_path / "2025.html").read_text().count("data:image/png")
    unmeasured = (tmp_path / "2024.md").read_text()
    assert f"{ikt} tidak diukur | Tidak diukur |" in unmeasured
    assert "Ketersediaan layanan tahun 2024 tidak diukur" in unmeasured
    assert "Ketersediaan layanan per bulan" not in unmeasured and "waktu teramati" not in unmeasured
    assert (tmp_path / "2024.html").read_text().count("data:image/png") == charts_with - 1, "no availability chart"
