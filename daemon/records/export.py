"""The record for auditors: one thread as .eml/.mbox (raw bytes), the register of a year as .xlsx/.csv."""

from __future__ import annotations

import csv
import io
from datetime import datetime, time, tzinfo
from pathlib import Path

from sqlmodel import Session, col, select

from daemon.progress import tracked
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
    "satisfaction",
    "subject",
)


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


def _local(value: datetime | None, zone: tzinfo) -> str:
    return "" if value is None else value.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def register_rows(session: Session, year: int, zone: tzinfo) -> list[list[object]]:
    start = datetime.combine(datetime(year, 1, 1).date(), time(0), zone)
    end = datetime.combine(datetime(year + 1, 1, 1).date(), time(0), zone)
    tickets = session.exec(
        select(Ticket).where(col(Ticket.created_at) >= start, col(Ticket.created_at) < end).order_by(col(Ticket.id))
    ).all()
    return [
        [
            t.id,
            _local(t.created_at, zone),
            _local(t.acked_at, zone),
            _local(t.first_response_at, zone),
            _local(t.resolved_at, zone),
            _local(t.closed_at, zone),
            t.channel,
            t.requester,
            t.type,
            t.status,
            t.course_code or "",
            t.response_minutes_wall,
            t.response_minutes_working,
            t.satisfaction,
            t.subject,
        ]
        for t in tickets
    ]


def export_register(session: Session, year: int, zone: tzinfo, out: Path) -> int:
    rows = register_rows(session, year, zone)
    if out.suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(REGISTER_COLUMNS)
        writer.writerows(
            ["" if value is None else value for value in row]
            for row in tracked(rows, f"export {year}", len(rows), "row")
        )
        out.write_text(buffer.getvalue(), encoding="utf-8")
    elif out.suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = f"Register {year}"
        sheet.append(list(REGISTER_COLUMNS))
        for row in tracked(rows, f"export {year}", len(rows), "row"):
            sheet.append(row)
        sheet.freeze_panes = "A2"
        book.save(out)
    else:
        raise ExportError(f"export --year: {out.name}: use .xlsx or .csv")
    return len(rows)
