"""The monthly digest for the head of P4M: figures, a chart, and an HTML + text mail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from daemon.config import Config
from daemon.outgoing.composer import InlineImage, OutgoingMail
from daemon.outgoing.outbox_writer import OutboxWriter
from daemon.outgoing.renderer import Renderer
from daemon.reports.charts import TYPE_LABELS, digest_chart
from daemon.reports.formatting import MONTHS_ID, number, percent
from daemon.reports.period_figures import Figures, compute, month_bounds
from daemon.wording import Wording
from daemon.work_calendar import WorkingCalendar
from storage.models import MessageKind, StoredMessage

CHART_CID = "digest-chart@p4m-helpdesk"


@dataclass(frozen=True)
class Digest:
    month_name: str
    figures: Figures
    text: str
    html: str
    chart_png: bytes


def build_digest(
    session: Session,
    config: Config,
    calendar: WorkingCalendar,
    renderer: Renderer,
    year: int,
    month: int,
    now: datetime,
) -> Digest:
    start, end = month_bounds(year, month, config)
    figures = compute(session, config, calendar, start, end, f"{year:04d}-{month:02d}", now)
    month_name = f"{MONTHS_ID[month - 1]} {year}"
    context = {
        "f": figures,
        "month_name": month_name,
        "type_labels": TYPE_LABELS,
        "num": number,
        "pct": percent,
        "clock_label": "jam kerja" if config.sla.clock == "working" else "jam dinding",
        "helpdesk_name": config.helpdesk.name,
        "chart_cid": CHART_CID,
    }
    text = renderer.render("digest", "monthly", "head", "id", **context)
    html = renderer.render_html("digest/monthly.head.id.html.j2", **context)
    chart = digest_chart(figures.by_type, figures.met, figures.missed, figures.target_minutes)
    return Digest(month_name, figures, text, html, chart)


def queue_digest(session: Session, writer: OutboxWriter, digest: Digest, recipients: tuple[str, ...]) -> StoredMessage:
    mail = OutgoingMail(
        to=recipients,
        subject=Wording("id").subject("digest", month=digest.month_name),
        body=digest.text,
        auto_submitted="auto-generated",
        html=digest.html,
        inline_images=(InlineImage(CHART_CID, digest.chart_png),),
    )
    return writer.queue(session, mail, MessageKind.DIGEST, None)
