"""Sample figures for the monthly digest and availability templates, of the shape the report code computes."""

from __future__ import annotations

from datetime import UTC, datetime

from daemon.reports.availability_section import OutageRow
from daemon.reports.digest_figures import DigestFigures, LowRating, MonthShare, OpenTicket, StaffLoad
from daemon.reports.period_figures import Breach, Figures

SAMPLE_AT = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # the moment every sample happens at


OUTAGE = OutageRow(
    "e-learning",
    "Senin, 5 Oktober 2026 pukul 08.10 WIB",
    "Senin, 5 Oktober 2026 pukul 08.40 WIB",
    "30 menit",
    "HTTP 503, expected 200",
)
AVAILABILITY: dict[str, object] = {
    "availability": (("e-learning", "99,6 % dari 98,0 % waktu teramati", "tercapai"),),
    "availability_target": "99,0",
    "outages": (OUTAGE,),
}


def month_figures() -> Figures:
    return Figures(
        label="2026-10",
        start="2026-10-01",
        end="2026-11-01",
        clock="wall",
        target_minutes=15,
        total=3,
        by_type={"course_data": 2, "other": 1},
        by_channel={"email": 3},
        met=2,
        missed=1,
        pending=0,
        first_response_within_target_pct=66.7,
        first_response_median_minutes=9.0,
        first_response_p90_minutes=30.0,
        first_response_median_minutes_wall=9.0,
        first_response_p90_minutes_wall=30.0,
        first_response_median_minutes_working=8.0,
        first_response_p90_minutes_working=25.0,
        ack_median_seconds=4.0,
        resolution_median_hours=2.5,
        backlog_at_end=1,
        satisfaction_average=4.5,
        satisfaction_count=2,
        satisfaction_distribution={"5": 1, "4": 1},
        top_courses=(("IF2203", 2),),
        breaches=(
            Breach(7, "2026-10-02 10:00", "other", "email", 30.0),
            Breach(8, "2026-10-03", "other", "email", None),
        ),
    )


def digest_figures() -> DigestFigures:
    return DigestFigures(
        figures=month_figures(),
        target_pct=90.0,
        trend=(MonthShare(2026, 9, 4, 75.0), MonthShare(2026, 10, 3, None)),
        open_tickets=(
            OpenTicket(9, "other", "email", SAMPLE_AT, 2.5, False, True, ""),
            OpenTicket(10, "course_data", "whatsapp", SAMPLE_AT, 0.5, True, False, "Rina"),
        ),
        staff=(StaffLoad("Rina", 2, 9.0), StaffLoad("Dedi", 1, None)),
        low_ratings=(LowRating(7, 2, "other", SAMPLE_AT, "Rina"),),
        resolution_hours_by_type={"course_data": 2.5, "other": None},
    )
