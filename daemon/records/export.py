"""The record for auditors: one thread as .eml/.mbox (raw bytes), the register of a year as .xlsx/.csv."""

from __future__ import annotations

import csv
import io
from datetime import datetime, time
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from daemon.config import Config
from daemon.progress import tracked
from daemon.reports.digest_figures import RESPONSE_EVENTS
from daemon.sla import verdict
from daemon.wording import Wording
from storage import queries
from storage.models import MessageKind, Ticket

REGISTER_COLUMNS = (
    "number",
    "received",
    "acknowledged",
    "first_response",
    "resolved",
    "closed",
    "channel",
    "requester",
    "type",
    "status",
    "course_code",
    "response_minutes_wall",
    "response_minutes_working",
    "verdict",
    "assignee",
    "satisfaction",
    "subject",
)
_TIMES = 5  # the columns after the number that hold moments
# `;` and a byte-order mark: what Excel in an Indonesian (or any comma-decimal) locale opens into columns.
CSV_DIALECTS = {"excel-id": (";", True), "excel": (",", True), "plain": (",", False)}


class ExportError(ValueError):
    """Nothing to export, or a file type we do not write."""


def _mbox_from_line(raw: bytes, sender: str, at: datetime) -> bytes:
    return f"From {sender or 'MAILER-DAEMON'} {at.strftime('%a %b %d %H:%M:%S %Y')}\n".encode()


def _escape_from(raw: bytes) -> bytes:
    """mboxrd: '>' before every line that starts with '>*From ', so readers restore the bytes exactly."""
    lines = raw.replace(b"\r\n", b"\n").split(b"\n")
    escaped = [b">" + line if line.lstrip(b">").startswith(b"From ") else line for line in lines]
    return b"\n".join(escaped)


def export_thread(session: Session, number: int, out: Path) -> int:
    """Write the thread; returns how many messages. .eml holds the original request byte for byte."""
    if session.get(Ticket, number) is None:
        raise ExportError(f"no ticket #{number} (purged tickets cannot be exported)")
    messages = list(queries.messages_of_ticket(session, number))
    if out.suffix == ".eml":
        request = next((m for m in messages if m.kind == MessageKind.REQUEST), messages[0])
        out.write_bytes(request.raw)
        return 1
    if out.suffix != ".mbox":
        raise ExportError(f"export: {out.name}: use .eml (the request) or .mbox (the whole thread)")
    with out.open("wb") as handle:
        for message in tracked(messages, f"export #{number}", len(messages), "message"):
            handle.write(_mbox_from_line(message.raw, message.from_addr, message.received_at))
            body = _escape_from(message.raw)
            handle.write(body if body.endswith(b"\n") else body + b"\n")
            handle.write(b"\n")
    return len(messages)


def _responder(session: Session, ticket: Ticket) -> str:
    if ticket.assignee:
        return ticket.assignee
    assert ticket.id is not None
    events = queries.events_of_ticket(session, ticket.id)
    return next((event.actor for event in events if event.kind in RESPONSE_EVENTS and event.actor), "")


def register_rows(session: Session, config: Config, year: int, wording: Wording, now: datetime) -> list[list[Any]]:
    """One row per request of the year: moments as local (naive) date-times, codes in the reader's words."""
    zone = config.helpdesk.zone
    start = datetime.combine(datetime(year, 1, 1).date(), time(0), zone)
    end = datetime.combine(datetime(year + 1, 1, 1).date(), time(0), zone)
    calendar = config.calendar()
    tickets = session.exec(
        select(Ticket).where(col(Ticket.created_at) >= start, col(Ticket.created_at) < end).order_by(col(Ticket.id))
    ).all()

    def local(value: datetime | None) -> datetime | None:
        return None if value is None else value.astimezone(zone).replace(tzinfo=None)

    return [
        [
            t.id,
            local(t.created_at),
            local(t.acked_at),
            local(t.first_response_at),
            local(t.resolved_at),
            local(t.closed_at),
            wording.label("channels", t.channel),
            t.requester,
            wording.label("types", t.type),
            wording.label("statuses", t.status),
            t.course_code or "",
            t.response_minutes_wall,
            t.response_minutes_working,
            wording.label("verdicts", verdict(t, config, calendar, now).value) if t.status != "spam" else "-",
            config.staff.display_name(who) if (who := _responder(session, t)) else "",
            t.satisfaction,
            t.subject,
        ]
        for t in tickets
    ]


def _headers(wording: Wording, config: Config) -> list[str]:
    words = wording.table["register"]
    zone = datetime.now(config.helpdesk.zone).tzname() or ""
    return [str(words[key]).format(zone=zone, minutes=config.sla.first_response_minutes) for key in REGISTER_COLUMNS]


def _csv_cell(value: Any, decimal: str) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")  # a form every spreadsheet reads as a date-time
    if isinstance(value, float):
        return f"{value:g}".replace(".", decimal)
    return str(value)


def export_register(
    session: Session,
    config: Config,
    year: int,
    out: Path,
    now: datetime,
    language: str = "id",
    dialect: str = "excel-id",
) -> int:
    wording = Wording(language, config.helpdesk.zone)
    rows = register_rows(session, config, year, wording, now)
    headers = _headers(wording, config)
    if out.suffix == ".csv":
        if dialect not in CSV_DIALECTS:
            raise ExportError(f"--csv-dialect: {dialect!r}: use one of {', '.join(CSV_DIALECTS)}")
        delimiter, bom = CSV_DIALECTS[dialect]
        decimal = "," if delimiter == ";" and language == "id" else "."
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(
            [_csv_cell(value, decimal) for value in row] for row in tracked(rows, f"export {year}", len(rows), "row")
        )
        out.write_text(buffer.getvalue(), encoding="utf-8-sig" if bom else "utf-8")
    elif out.suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = str(wording.table["register"]["sheet"]).format(year=year)
        sheet.append(headers)
        zone = datetime.now(config.helpdesk.zone).tzname() or ""
        shape = str(wording.table["register"]["datetime_format"]).format(zone=zone)
        for row in tracked(rows, f"export {year}", len(rows), "row"):
            sheet.append(row)
            for cell in sheet[sheet.max_row][1 : 1 + _TIMES]:
                cell.number_format = shape
        for letter, width in zip(
            "ABCDEFGHIJKLMNOPQ", (8, *[24] * _TIMES, 14, 34, 36, 12, 12, 12, 12, 16, 18, 10, 50), strict=True
        ):
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = "A2"
        book.save(out)
    else:
        raise ExportError(f"export --year: {out.name}: use .xlsx or .csv")
    return len(rows)
