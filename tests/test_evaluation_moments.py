"""`helpdesk eval` judges a publish time as a moment: a label written in the writer's own zone ("09:00 +08:00") and
the daemon's answer in WIB ("08:00 +07:00") are the same time; an hour off is not."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from daemon.classify.evaluation import evaluate
from parsers.automail import ScreeningContext

BODY = (
    "Selamat pagi,\n\nMohon dipasang pengumuman di course RKS2101 Rangkaian Komputer.\n\n"
    "Judul: Kuliah Tamu Keamanan Jaringan 5G\n\n"
    "Mohon ditayangkan tanggal 2 November 2026 jam 9.00 pagi waktu Malaysia.\n\nTerima kasih,\nNoraini"
)


def _corpus(directory: Path, labelled_moment: str) -> Path:
    message = EmailMessage()
    message["From"] = "Noraini <noraini@partner.example.my>"
    message["To"] = "helpdesk-p4m@polibatam.ac.id"
    message["Subject"] = "Pengumuman kuliah tamu RKS2101"
    message["Date"] = "Thu, 29 Oct 2026 10:00:00 +0800"
    message["Message-ID"] = "<moment-1@partner.example.my>"
    message.set_content(BODY)
    (directory / "001-moment.eml").write_bytes(bytes(message))
    label = {
        "type": "announcement",
        "lang": "id",
        "fields": {
            "course_code": "RKS2101",
            "course_name": "Rangkaian Komputer",
            "title": "Kuliah Tamu Keamanan Jaringan 5G",
            "scope": "course",
            "publish_at": labelled_moment,
        },
    }
    (directory / "labels.json").write_text(json.dumps({"001-moment.eml": label}), encoding="utf-8")
    return directory


@pytest.mark.parametrize(
    ("labelled_moment", "right"),
    [("2026-11-02T09:00:00+08:00", 1.0), ("2026-11-02T08:00:00+07:00", 1.0), ("2026-11-02T09:00:00+07:00", 0.0)],
    ids=("writer-zone", "wib", "an-hour-off"),
)
def test_a_publish_time_is_judged_as_a_moment(tmp_path: Path, labelled_moment: str, right: float) -> None:
    context = ScreeningContext(frozenset({"helpdesk-p4m@polibatam.ac.id"}), "helpdesk-p4m@polibatam.ac.id")
    report = evaluate(_corpus(tmp_path, labelled_moment), "P4M", context)
    assert report.field_accuracy["publish_at"] == right
