"""The digest a unit head acts on: target and status, trend, open work with age, staff load, low ratings."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session

from daemon.clock import CountingTokens, FixedClock
from daemon.config import load_config
from daemon.intake.other_channels import record_response
from daemon.reports.digest import build_digest
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import App, build_app
from storage.models import Ticket
from tests.conftest import migrated, write_config
from tests.fakes import ScriptedMailer
from tests.test_sla_digest import request_mail, staff_mail

WIB = ZoneInfo("Asia/Jakarta")


def _at(day: str, hour: int, minute: int = 0) -> datetime:
    month, date = (int(part) for part in day.split("-"))
    return datetime(2026, month, date, hour, minute, tzinfo=WIB).astimezone(UTC)


def _app(tmp_path: Path, clock: FixedClock) -> App:
    path = write_config(tmp_path, report={"iku_target_pct": 90.0})
    with path.open("a") as handle:
        handle.write('[[staff.members]]\naddress = "rina.staf@polibatam.ac.id"\nname = "Rina Wati"\n')
    config = load_config(path)
    migrated(config)
    return build_app(config, clock=clock, tokens=CountingTokens(), mailer=ScriptedMailer())


def _request(app: App, clock: FixedClock, number: int, at: datetime) -> None:
    clock.current = at
    app.pipeline.ingest(IncomingMail(request_mail(number, f"Tidak bisa login {number}", "Saya tidak bisa login."), at))


def _staff_resolves(app: App, clock: FixedClock, number: int, at: datetime) -> None:
    clock.current = at
    app.pipeline.ingest(IncomingMail(staff_mail(number, "#resolve\nPassword sudah kami reset."), at))


def _table(html: str, name: str) -> list[list[str]]:
    """The rows of the table with id `name`, each as its cells' text."""
    match = re.search(rf'<table id="{name}".*?</table>', html, re.S)
    assert match, f"no table {name}"
    rows = re.findall(r"<tr>(.*?)</tr>", match.group(0), re.S)
    return [
        [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[dh]>(.*?)</t[dh]>", row, re.S)]
        for row in rows
    ]


def test_digest_html_carries_what_the_head_acts_on(tmp_path: Path) -> None:
    clock = FixedClock(_at("10-01", 8))
    app = _app(tmp_path, clock)
    # October: one answered in 5 minutes, one in 60 -> 50%.
    _request(app, clock, 1, _at("10-05", 9))
    _staff_resolves(app, clock, 1, _at("10-05", 9, 5))
    _request(app, clock, 2, _at("10-06", 9))
    _staff_resolves(app, clock, 2, _at("10-06", 10))
    # November: #3 answered by Rina in 10 min, #4 by Rina in 40 min, #5 never, #6 by Andi on WhatsApp in 5 min.
    _request(app, clock, 3, _at("11-02", 9))
    _staff_resolves(app, clock, 3, _at("11-02", 9, 10))
    _request(app, clock, 4, _at("11-03", 9))
    _staff_resolves(app, clock, 4, _at("11-03", 9, 40))
    _request(app, clock, 5, _at("11-04", 10))
    _request(app, clock, 6, _at("11-05", 10))
    clock.current = _at("11-05", 10, 6)
    with Session(app.engine) as session:
        ticket = session.get(Ticket, 6)
        assert ticket is not None
        record_response(session, ticket, _at("11-05", 10, 5), "whatsapp", "Andi", app.config.calendar(), clock.now())
        session.commit()
    clock.current = _at("11-10", 8)
    rating = request_mail(3, "Re: [P4M #3] Tidak bisa login 3", "2")
    app.pipeline.ingest(IncomingMail(rating.replace(b"<req-3@", b"<rating-3@"), clock.now()))

    clock.current = _at("12-01", 8)
    with Session(app.engine) as session:
        digest = build_digest(session, app.config, app.config.calendar(), app.outgoing.renderer, 2026, 11, clock.now())
    html = digest.html
    # Target and status beside the share: 2 of 4 on time (#3, #6) = 50% against 90%.
    assert re.search(r'id="share">50,0%<', html) and 'id="target">90,0%<' in html
    assert re.search(r'id="status"><b>Belum tercapai</b>', html)
    trend = _table(html, "trend")
    assert trend[-2:] == [["Oktober 2026", "2", "50,0%"], ["November 2026", "4", "50,0%"]]
    assert [row[0] for row in trend[1:]] == ["Oktober 2026", "November 2026"], "no month before the record began"
    # Open at the end of November, with their age: #5 (overdue) and #6 (answered, not resolved).
    open_rows = {row[0]: row for row in _table(html, "open")[1:]}
    assert set(open_rows) == {"#5", "#6"}
    assert open_rows["#5"][1] == "4 November 2026 10.00 WIB" and open_rows["#5"][2] == "26,6 hari"
    assert "terlambat" in open_rows["#5"][5] and open_rows["#6"][5] == "sudah direspons, belum selesai"
    assert open_rows["#6"][6] == "Andi"
    # Per staff member: handled and median first response.
    assert _table(html, "staff")[1:] == [["Rina Wati", "2", "25,0 menit"], ["Andi", "1", "5,0 menit"]]
    # The 2/5 rating given in November is listed.
    assert _table(html, "low-ratings")[1:] == [
        ["#3", "2 dari 5", "10 November 2026 08.00 WIB", "Bantuan penggunaan e-learning", "Rina Wati"]
    ]
    # Resolution time per type: #3 in 10 min and #4 in 40 min -> median 25 min = 0,4 h.
    resolution = {row[0]: row for row in _table(html, "resolution")[1:]}
    assert resolution["Bantuan penggunaan e-learning"] == ["Bantuan penggunaan e-learning", "4", "0,4 jam"]
    # Breaches in the date style with Indonesian labels, no codes, no ISO times anywhere.
    breaches = {row[0]: row for row in _table(html, "breaches")[1:]}
    assert breaches["#4"][1:] == ["3 November 2026 09.00 WIB", "Bantuan penggunaan e-learning", "Email", "40,0 menit"]
    assert not re.search(r"\d{4}-\d{2}-\d{2}T", html)
    assert not re.search(
        r"\b(elearning_support|course_data|document_request|whatsapp)\b", re.sub(r"<[^>]+>", " ", html)
    )
    assert len(digest.charts) == 2


def test_chart_axes_count_in_whole_requests() -> None:
    from daemon.reports.charts import digest_figure
    from daemon.wording import Wording

    figure = digest_figure({"course_data": 1, "other": 0}, 1, 0, 15, Wording("id"))
    figure.canvas.draw()  # ticks are placed when drawn
    left, right = figure.axes
    assert all(float(tick).is_integer() for tick in left.get_xticks())
    assert all(float(tick).is_integer() for tick in right.get_yticks())
