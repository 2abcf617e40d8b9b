"""Render every template the daemon may need (each event, audience and language) with sample data."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from jinja2 import TemplateError, TemplateNotFound

from daemon.cli.report_sample_figures import AVAILABILITY, OUTAGE, SAMPLE_AT, digest_figures
from daemon.outgoing.attached_files import AttachedFile, Unread
from daemon.outgoing.renderer import Renderer
from daemon.reports.digest import CHART_CID, TREND_CID
from daemon.reports.led.blocks import Block, Contents, Heading, PageBreak, Paragraph, Picture, Table
from daemon.reports.led.render import to_html
from daemon.wording import Wording

LANGUAGES = ("id", "en")
REQUEST_TYPES = ("course_data", "announcement", "elearning_support", "document_request", "other")

_REQUESTER = {"requester_name": "Budi Santoso", "tag": "[P4M #12]", "helpdesk_name": "Helpdesk P4M Polibatam"}
_STAFF_ALERT = {
    "tag": "[P4M #12]",
    "elapsed": 12,
    "requester": "budi@polibatam.ac.id",
    "request_type": "course_data",
    "subject": "Ubah nama MK",
    "received_at": SAMPLE_AT,
    "due_at": SAMPLE_AT + timedelta(minutes=15),
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
    "by_hand": (("credits", "3"),),
    "title": "Kuis diundur",
    "discussion_url": "https://elearning.example.ac.id/mod/forum/discuss.php?d=3",
}


@dataclass(frozen=True)
class Sample:
    """One template and the sample data it is rendered with."""

    name: str
    context: dict[str, Any]
    html: bool = False
    through: Callable[[Renderer], str] | None = None  # renders it the way its caller does, when not by name


def _requester_samples(language: str) -> Iterator[Sample]:
    wording = Wording(language)
    promises = (
        {"in_hours": True, "holiday": None},
        {"in_hours": False, "holiday": None},
        {"in_hours": False, "holiday": "Hari Natal" if language == "id" else "Christmas Day"},
    )
    for request_type in REQUEST_TYPES:
        # ack and resolution include ticket/next/<type> and ticket/resolved/<type>.
        for promise in promises:
            yield Sample(
                f"ticket/ack.requester.{language}.txt.j2",
                {
                    **_REQUESTER,
                    **promise,
                    "request_type": request_type,
                    "fields": _FIELDS,
                    "missing": _MISSING if request_type == "course_data" else (),
                    "sla_minutes": 15,
                    "service_hours": "Senin-Jumat 08.00-16.00",
                    "opens_at": wording.when(SAMPLE_AT + timedelta(days=1)),
                    "respond_by": wording.when(SAMPLE_AT + timedelta(days=1, minutes=15)),
                    # an e-learning request during a known e-learning outage is told since when
                    "outage_since": wording.when(SAMPLE_AT) if request_type == "elearning_support" else "",
                },
            )
        yield Sample(
            f"ticket/resolution.requester.{language}.txt.j2",
            {**_REQUESTER, "request_type": request_type, "subject": "Ubah nama MK"},
        )
    for event, rating in (("rating-thanks", 5), ("rating-low", 2)):
        yield Sample(f"ticket/{event}.requester.{language}.txt.j2", {**_REQUESTER, "rating": rating})
    yield Sample(f"ticket/fields-complete.requester.{language}.txt.j2", {**_REQUESTER, "fields": _FIELDS})
    yield Sample(
        f"ticket/relay.requester.{language}.txt.j2", {**_REQUESTER, "text": "Sudah kami ubah.", "staff_name": "Rina"}
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


def _staff_samples(language: str) -> Iterator[Sample]:
    for event in ("new", "message"):
        yield Sample(
            f"ticket/notice.staff.{language}.txt.j2",
            {
                "event": event,
                "tag": "[P4M #12]",
                "requester": "Budi <budi@polibatam.ac.id>",
                "sender": "Budi <budi@polibatam.ac.id>",
                "request_type": "course_data",
                "needs_triage": event == "new",
                "confidence": 0.8,
                "reasons": ["kode MK"],
                "status": "open",
                "received_at": SAMPLE_AT,
                "due_at": SAMPLE_AT + timedelta(minutes=15),
                "sla_minutes": 15,
                "fields": _FIELDS,
                "missing": _MISSING,
                "attachments": (AttachedFile("jadwal.pdf"), AttachedFile("permohonan.doc", Unread.OLD_OFFICE_FORMAT)),
                "subject": "Ubah nama MK",
                "text": "Mohon ubah nama MK.",
                "history": ((SAMPLE_AT, "created", ""), (SAMPLE_AT, "assigned", "Rina")),
                "read_from_reply": (("nama baru mata kuliah", "Sistem Operasi Lanjut"),) if event == "message" else (),
            },
        )
    for alert in ("reminder", "escalation"):
        yield Sample(f"ticket/{alert}.staff.{language}.txt.j2", _STAFF_ALERT)
    for resolved_at in (SAMPLE_AT, None):
        yield Sample(
            f"ticket/low-rating.staff.{language}.txt.j2",
            {
                "tag": "[P4M #12]",
                "rating": 2,
                "text": "Lama sekali.",
                "requester": "Budi <budi@polibatam.ac.id>",
                "request_type": "other",
                "subject": "Ubah nama MK",
                "assignee": "Rina",
                "resolved_at": resolved_at,
            },
        )


def samples() -> Iterator[Sample]:
    """Every template the daemon renders, with data of the shape its caller passes."""
    for language in LANGUAGES:
        yield from _requester_samples(language)
        yield from _staff_samples(language)
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
    yield Sample("ticket/command-refused.staff.id.txt.j2", {"tag": "[P4M #12]", "not_done": ("#close",)})
    yield Sample("ticket/moodle-failed.staff.id.txt.j2", {"tag": "[P4M #12]", "site": "elearning", "error": "timeout"})
    preview = {
        **_COURSE,
        "wanted": "Sistem Operasi",
        "rows": (
            ("fullname", "Lama", "Baru"),
            ("visible", "1", "1"),
            ("startdate", "1795392000", "1795392000"),
            ("enddate", "0", "0"),
        ),
        "forum_name": "Pengumuman",
        "scope": "course",
        "publish_at": None,
        "text": "Kuis diundur ke Jumat.",
    }
    for kind, incomplete in (("course_update", False), ("course_update", True), ("announcement", False)):
        yield Sample(
            "ticket/moodle-preview.staff.id.txt.j2",
            {**preview, "kind": kind, "candidates": (), "not_found": False, "incomplete": incomplete},
        )
    for wanted in ("IF2203", ""):
        yield Sample(
            "ticket/moodle-preview.staff.id.txt.j2",
            {
                **preview,
                "wanted": wanted,
                "kind": "course_update",
                "candidates": (),
                "not_found": True,
                "incomplete": False,
            },
        )
    candidates = ({"id": 7, "shortname": "IF2203", "fullname": "Sistem Operasi"},)
    yield Sample(
        "ticket/moodle-preview.staff.id.txt.j2",
        {**preview, "kind": "course_update", "candidates": candidates, "not_found": False, "incomplete": False},
    )
    details = digest_figures()
    digest = {
        **AVAILABILITY,
        "lang": "id",
        "f": details.figures,
        "d": details,
        "month_name": "Oktober 2026",
        "clock_label": "jam dinding",
        "helpdesk_name": "Helpdesk P4M Polibatam",
        "chart_cid": CHART_CID,
        "trend_cid": TREND_CID,
        "month_label": Wording("id").month_year,
    }
    yield Sample("digest/monthly.head.id.txt.j2", digest)
    yield Sample("digest/monthly.head.id.html.j2", digest, html=True)
    for outages in ((), (OUTAGE,)):
        availability = {**AVAILABILITY, "outages": outages}
        yield Sample("digest/availability.head.id.txt.j2", availability)
        yield Sample("digest/availability.head.id.html.j2", availability, html=True)
    outage = {"service": "e-learning", "target": "https://learning.polibatam.ac.id/login/index.php"}
    since = {**outage, "since": "Senin, 7 Desember 2026 pukul 07.59 WIB", "error": "HTTP 503, expected 200"}
    for elearning in (True, False):
        yield Sample("availability/down.staff.id.txt.j2", {**since, "failures": 3, "elearning": elearning})
    recovered = {"recovered": "Senin, 7 Desember 2026 pukul 08.02 WIB", "duration": "3 menit"}
    yield Sample("availability/recovered.staff.id.txt.j2", {**since, **recovered})
    blocks: list[Block] = [
        Heading(1, "Pendahuluan"),
        Contents(),
        Paragraph("Satu\nDua", centred=True),
        Table(("A", "B"), (("1", "2"),), "Tabel 1"),
        Picture(b"\x89PNG", "Gambar 1"),
        PageBreak(),
    ]
    # The report's items are built by its own renderer from blocks: that code path, not a copy of it.
    yield Sample("report/led.html.j2", {}, html=True, through=lambda renderer: to_html(blocks, renderer, "LED 2026"))


def template_problems(renderer: Renderer) -> list[str]:
    """One line per template that is missing or does not render; empty when all of them do."""
    problems: dict[str, None] = {}  # ordered, and each problem once
    for sample in samples():
        try:
            if sample.through is not None:
                sample.through(renderer)
            else:
                renderer.environment.get_template(sample.name).render(**sample.context)
        except TemplateNotFound as error:
            # An include names the missing file itself; a top-level template is missing under its own name.
            problems[f"{sample.name}: template {error.name or sample.name} not found"] = None
        except TemplateError as error:
            problems[f"{sample.name}: {type(error).__name__}: {error}"] = None
    for language in LANGUAGES:
        # The words the planner puts into texts (field names, what a request lacks) come from these files.
        try:
            _ = Wording(language).table
        except (OSError, tomllib.TOMLDecodeError) as error:
            problems[f"labels/{language}.toml: {type(error).__name__}: {error}"] = None
    return list(problems)


def count_templates() -> int:
    return len({sample.name for sample in samples()})
