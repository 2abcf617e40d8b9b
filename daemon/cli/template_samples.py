"""Render every template the daemon may need (each event, audience and language) with sample data."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateError, TemplateNotFound

from daemon.outgoing.renderer import Renderer
from daemon.reports.charts import TYPE_LABELS
from daemon.reports.digest import CHART_CID
from daemon.reports.formatting import number, percent
from daemon.reports.period_figures import Breach, Figures

LANGUAGES = ("id", "en")
REQUEST_TYPES = ("course_data", "announcement", "elearning_support", "document_request", "other")

_REQUESTER = {"requester_name": "Budi Santoso", "tag": "[P4M #12]", "helpdesk_name": "Helpdesk P4M Polibatam"}
_STAFF_ALERT = {
    "tag": "[P4M #12]",
    "elapsed": 12,
    "requester": "budi@polibatam.ac.id",
    "request_type": "course_data",
    "subject": "Ubah nama MK",
    "received_at": "2026-11-23 09:00",
    "due_at": "2026-11-23 09:15",
    "sla_minutes": 15,
    "assignee": "Rina",
}
_FIELDS = (("Kode MK", "IF2203"), ("Nama MK", "Sistem Operasi"))
_MISSING = ("nama baru mata kuliah",)
_COURSE = {
    "tag": "[P4M #12]",
    "site": "elearning",
    "course_url": "https://elearning.example.ac.id/course/view.php?id=7",
    "course_id": 7,
    "course_name": "Sistem Operasi",
    "by_hand": (("SKS", "3"),),
    "title": "Kuis diundur",
    "discussion_url": "https://elearning.example.ac.id/mod/forum/discuss.php?d=3",
}


def _figures() -> Figures:
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


@dataclass(frozen=True)
class Sample:
    """One template and the sample data it is rendered with."""

    name: str
    context: dict[str, Any]
    html: bool = False


def samples() -> Iterator[Sample]:
    """Every template the daemon renders, with data of the shape its caller passes."""
    for language in LANGUAGES:
        for request_type in REQUEST_TYPES:
            # ack and resolution include ticket/next/<type> and ticket/resolved/<type>.
            yield Sample(
                f"ticket/ack.requester.{language}.txt.j2",
                {
                    **_REQUESTER,
                    "request_type": request_type,
                    "type_label": request_type,
                    "fields": _FIELDS,
                    "missing": _MISSING if request_type == "course_data" else (),
                    "sla_minutes": 15,
                },
            )
            yield Sample(
                f"ticket/resolution.requester.{language}.txt.j2",
                {**_REQUESTER, "request_type": request_type, "subject": "Ubah nama MK"},
            )
        yield Sample(f"ticket/rating-thanks.requester.{language}.txt.j2", {**_REQUESTER, "rating": 5})
        yield Sample(
            f"ticket/relay.requester.{language}.txt.j2",
            {**_REQUESTER, "text": "Sudah kami ubah.", "staff_name": "Rina"},
        )
        yield Sample(
            f"ticket/too-large.requester.{language}.txt.j2",
            {**_REQUESTER, "subject": "Berkas", "size_mb": "42", "limit_mb": "30"},
        )
        for kind in ("course_update", "announcement"):
            yield Sample(
                f"ticket/moodle-done.requester.{language}.txt.j2",
                {**_REQUESTER, **_COURSE, "kind": kind, "changed": (("fullname", "Lama", "Baru"),)},
            )
    for event in ("new", "message"):
        yield Sample(
            "ticket/notice.staff.id.txt.j2",
            {
                "event": event,
                "tag": "[P4M #12]",
                "requester": "Budi <budi@polibatam.ac.id>",
                "sender": "Budi <budi@polibatam.ac.id>",
                "request_type": "course_data",
                "type_label": "Perubahan data mata kuliah",
                "needs_triage": event == "new",
                "confidence": "0.80",
                "reasons": "kode MK",
                "status": "open",
                "received_at": "2026-11-23 09:00 WIB",
                "due_at": "2026-11-23 09:15 WIB",
                "sla_minutes": 15,
                "fields": _FIELDS,
                "missing": _MISSING,
                "attachments": ("jadwal.pdf",),
                "subject": "Ubah nama MK",
                "text": "Mohon ubah nama MK.",
                "history": ("2026-11-23 09:00 tiket dibuka",),
            },
        )
    for alert in ("reminder", "escalation"):
        yield Sample(f"ticket/{alert}.staff.id.txt.j2", _STAFF_ALERT)
    for retry_minutes in (0, 30):
        fault = {
            "problem": "IMAP login refused",
            "since": "Senin, 23 November 2026 pukul 09.00 WIB",
            "retry_minutes": retry_minutes,
        }
        yield Sample("system/fault.staff.id.txt.j2", {**fault, "helpdesk_name": "Helpdesk P4M Polibatam"})
    for oauth2 in (True, False):
        yield Sample(
            "system/config-fault.staff.id.txt.j2",
            {
                "at": "Senin, 23 November 2026 pukul 09.00 WIB",
                "problem": "token endpoint said invalid_grant",
                "oauth2": oauth2,
                "provider": "google",
            },
        )
    yield Sample("ticket/command-problem.staff.id.txt.j2", {"tag": "[P4M #12]", "problems": ("#tipe: tidak dikenal",)})
    yield Sample("ticket/moodle-failed.staff.id.txt.j2", {"tag": "[P4M #12]", "site": "elearning", "error": "timeout"})
    preview = {
        **_COURSE,
        "wanted": "Sistem Operasi",
        "rows": (("fullname", "Lama", "Baru"),),
        "forum_name": "Pengumuman",
        "scope": "course",
        "publish_at": None,
        "text": "Kuis diundur ke Jumat.",
    }
    for kind, incomplete in (("course_update", False), ("course_update", True), ("announcement", False)):
        yield Sample(
            "ticket/moodle-preview.staff.id.txt.j2",
            {**preview, "kind": kind, "candidates": (), "incomplete": incomplete},
        )
    candidates = ({"id": 7, "shortname": "IF2203", "fullname": "Sistem Operasi"},)
    yield Sample(
        "ticket/moodle-preview.staff.id.txt.j2", {**preview, "kind": "course_update", "candidates": candidates}
    )
    digest = {
        "f": _figures(),
        "month_name": "Oktober 2026",
        "type_labels": TYPE_LABELS,
        "num": number,
        "pct": percent,
        "clock_label": "jam dinding",
        "helpdesk_name": "Helpdesk P4M Polibatam",
        "chart_cid": CHART_CID,
    }
    yield Sample("digest/monthly.head.id.txt.j2", digest)
    yield Sample("digest/monthly.head.id.html.j2", digest, html=True)
    items = (
        {"kind": "heading", "level": 2, "text": "Pendahuluan"},
        {"kind": "paragraph", "lines": ("Satu", "Dua")},
        {"kind": "table", "caption": "Tabel 1", "headers": ("A", "B"), "rows": (("1", "2"),)},
        {"kind": "picture", "caption": "Gambar 1", "src": "data:image/png;base64,"},
        {"kind": "break"},
    )
    yield Sample("report/led.html.j2", {"title": "LED 2026", "items": items}, html=True)


def template_problems(renderer: Renderer) -> list[str]:
    """One line per template that is missing or does not render; empty when all of them do."""
    problems: dict[str, None] = {}  # ordered, and each problem once
    for sample in samples():
        try:
            renderer.environment.get_template(sample.name).render(**sample.context)
        except TemplateNotFound as error:
            # An include names the missing file itself; a top-level template is missing under its own name.
            problems[f"{sample.name}: template {error.name or sample.name} not found"] = None
        except TemplateError as error:
            problems[f"{sample.name}: {type(error).__name__}: {error}"] = None
    for language in LANGUAGES:
        # The words the planner puts into texts (field names, what a request lacks) come from these files.
        try:
            renderer.labels("ticket", language)
        except (OSError, tomllib.TOMLDecodeError) as error:
            problems[f"ticket/labels.{language}.toml: {type(error).__name__}: {error}"] = None
    return list(problems)


def count_templates() -> int:
    return len({sample.name for sample in samples()})
