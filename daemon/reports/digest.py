"""The monthly digest for the head of P4M: figures, charts, and an HTML + text mail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from daemon.config import Config
from daemon.outgoing.composer import InlineImage, OutgoingMail
from daemon.outgoing.outbox_writer import OutboxWriter
from daemon.outgoing.renderer import Renderer
from daemon.reports.availability_periods import period_figures
from daemon.reports.availability_section import outage_rows, realised, status
from daemon.reports.charts import digest_chart, share_trend
from daemon.reports.digest_figures import DigestFigures, digest_figures
from daemon.reports.period_figures import Figures, month_bounds
from daemon.wording import Wording
from daemon.work_calendar import WorkingCalendar
from storage.mail_tables import StoredMessage
from storage.models import MessageKind

CHART_CID = "digest-chart@p4m-helpdesk"
TREND_CID = "digest-trend@p4m-helpdesk"


@dataclass(frozen=True)
class Digest:
    month_name: str
    details: DigestFigures
    text: str
    html: str
    charts: tuple[InlineImage, ...]

    @property
    def figures(self) -> Figures:
        return self.details.figures


def build_digest(
    session: Session,
    config: Config,
    calendar: WorkingCalendar,
    renderer: Renderer,
    year: int,
    month: int,
    now: datetime,
) -> Digest:
    wording = Wording("id", config.helpdesk.zone)
    details = digest_figures(session, config, calendar, year, month, now)
    figures = details.figures
    month_name = wording.month_year(year, month)
    start, end = month_bounds(year, month, config)
    availability = period_figures(session, config, start, end, now)
    outages = sorted((outage for service in availability for outage in service.outages), key=lambda o: o.start)
    context = {
        "availability": [
            (service.service, realised(service), status(service, config.availability.target_pct))
            for service in availability
        ],
        "availability_target": wording.number(config.availability.target_pct),
        "outages": outage_rows(outages, wording),
        "lang": "id",
        "f": figures,
        "d": details,
        "month_name": month_name,
        "clock_label": wording.label("clocks", config.sla.clock),
        "helpdesk_name": config.helpdesk.name,
        "chart_cid": CHART_CID,
        "trend_cid": TREND_CID,
        "month_label": wording.month_year,
    }
    text = renderer.render("digest", "monthly", "head", "id", **context)
    html = renderer.render_html("digest/monthly.head.id.html.j2", **context)
    chart = digest_chart(figures.by_type, figures.met, figures.missed, figures.target_minutes, wording)
    trend = share_trend(
        [wording.month_short(item.year, item.month) for item in details.trend],
        [item.share_pct for item in details.trend],
        details.target_pct,
        figures.target_minutes,
        wording,
    )
    charts = (InlineImage(CHART_CID, chart), InlineImage(TREND_CID, trend))
    return Digest(month_name, details, text, html, charts)


def queue_digest(session: Session, writer: OutboxWriter, digest: Digest, recipients: tuple[str, ...]) -> StoredMessage:
    mail = OutgoingMail(
        to=recipients,
        subject=Wording("id").subject("digest", month=digest.month_name),
        body=digest.text,
        auto_submitted="auto-generated",
        html=digest.html,
        inline_images=digest.charts,
    )
    return writer.queue(session, mail, MessageKind.DIGEST, None)
