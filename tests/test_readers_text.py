"""What requesters and staff read: one date style, Indonesian words for codes, honest receipts."""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from daemon.classify.changes import find_changes
from daemon.classify.learned_decision import overruled
from daemon.classify.model import RequestType
from daemon.clock import FixedClock
from daemon.config import Config, load_config
from daemon.sla import Verdict
from daemon.ticket_record import IncomingMail
from daemon.wording import LABELS_DIR, Wording
from storage.models import TicketStatus
from tests.conftest import migrated, write_config
from tests.fakes import ScriptedMailer
from tests.test_pipeline import app_with, receipt_and_notice, request, sent_messages

CODES = re.compile(r"\b(course_data|announcement|elearning_support|document_request|staff_reply|followup)\b")
ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def test_one_date_style_in_both_languages() -> None:
    moment = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    assert Wording("id").when(moment) == "Senin, 7 Desember 2026 pukul 08.00 WIB"
    assert Wording("en").when(moment) == "Monday, 7 December 2026, 08:00 WIB"
    assert Wording("id").stamp(datetime(2026, 1, 5, 1, 0, tzinfo=UTC)) == "5 Januari 2026 08.00 WIB"
    assert Wording("id").when("2026-12-07T08:00:00+07:00") == "Senin, 7 Desember 2026 pukul 08.00 WIB"
    assert Wording("id").number(12.25, 2) == "12,25" and Wording("en").number(12.25, 2) == "12.25"
    with pytest.raises(ValueError, match="time zone"):
        Wording("id").when(datetime(2026, 12, 7, 8, 0))


def test_labels_cover_every_code_in_both_languages() -> None:
    tables = {language: tomllib.loads((LABELS_DIR / f"{language}.toml").read_text()) for language in ("id", "en")}
    for section in tables["id"]:
        assert (
            set(tables["id"][section]) == set(tables["en"][section])
            if isinstance(tables["id"][section], dict)
            else len(tables["id"][section]) == len(tables["en"][section])
        ), section
    for language, table in tables.items():
        assert {kind.value for kind in RequestType} <= set(table["types"]), language
        assert {status.value for status in TicketStatus} <= set(table["statuses"]), language
        assert {verdict.value for verdict in Verdict} <= set(table["verdicts"]), language
        events = {"created", "staff_reply", "followup", "rated", "low_rating", "responded", "field_set", "resolved"}
        assert events <= set(table["events"]), language


def test_reasons_and_confidence_read_as_words() -> None:
    indonesian = Wording("id")
    assert indonesian.reason("subject: course field: name ('nama baru')") == 'subjek memuat "nama baru"'
    assert indonesian.reason("needs triage: unsure between course_data and announcement") == (
        "perlu triase: ragu antara Perubahan data identitas mata kuliah dan Publikasi pengumuman di e-learning"
    )
    assert [indonesian.confidence(value) for value in (0.92, 0.6, 0.2)] == ["tinggi", "sedang", "rendah"]
    assert indonesian.reason("changes.fullname = 'Basis Data' from 'menjadi' at 10-20") == (
        'Nama lengkap baru dibaca dari "menjadi"'
    )
    assert indonesian.reason("learned model (character n-grams, 220 examples): announcement 0.81") == (
        "model pembelajaran (220 contoh) memilih Publikasi pengumuman di e-learning, keyakinan tinggi"
    )
    assert indonesian.reason("needs triage: the learned model is unsure (other 0.31)") == (
        "perlu triase: model pembelajaran ragu (Lain-lain)"
    )
    assert indonesian.reason("thanks without asking for anything") == "ucapan terima kasih tanpa permintaan"
    # The reason the learned model gives where it decided over the rules, as the classifier writes it.
    document = indonesian.label("types", "document_request")
    assert indonesian.reason(overruled(RequestType.DOCUMENT_REQUEST)) == (
        f"mengalahkan pilihan aturan kata kunci ({document})"
    )
    assert Wording("en").reason("a reply saying the work is done") == "a reply saying the work is done"


@pytest.mark.parametrize(
    "text",
    [
        "Mohon bantuannya mengubah nama MK:\n\nNama lama : Basis Data\nNama baru : Sistem Basis Data\n",
        "semester ini pengampunya Ir. Bambang Sutrisno, M.T. (menggantikan saya)",
        "dan kelasnya bukan MS-2A lagi tapi MS-2C karena ada pemecahan rombel.",
        "Tolong rename ke Software Project Management untuk kelas IUP.",
    ],
)
def test_where_a_change_was_read_quotes_only_the_request(text: str) -> None:
    """The staff notice quotes the request's own words, not the classifier's English name for how it read them."""
    changes = find_changes(text)
    assert changes
    for change in changes:
        for language in ("id", "en"):
            reason = Wording(language).reason(change.reason())
            quoted = reason[reason.index('"') + 1 : -1]
            assert quoted and quoted in " ".join(text.split()), (reason, change.cue)


def _config(tmp_path: Path, english_staff: bool = False) -> Config:
    path = write_config(tmp_path, staff={"notify": ["p4m-staf@polibatam.ac.id", "andi.staf@polibatam.ac.id"]})
    if english_staff:
        with path.open("a") as handle:
            handle.write('[[staff.members]]\naddress = "andi.staf@polibatam.ac.id"\nname = "Andi"\nlanguage = "en"\n')
    config = load_config(path)
    migrated(config)
    return config


def _ingest(config: Config, at: datetime, raw: bytes) -> ScriptedMailer:
    clock = FixedClock(at)
    mailer = ScriptedMailer()
    app = app_with(config, clock, mailer)
    app.pipeline.ingest(IncomingMail(raw, at, "ref-1"))
    app.outbox.run_pass()
    return mailer


def test_staff_notice_is_indonesian_and_english_staff_get_english(tmp_path: Path) -> None:
    config = _config(tmp_path, english_staff=True)
    mailer = _ingest(config, datetime(2026, 11, 23, 2, 0, tzinfo=UTC), request("n1"))
    notices = [m for m in sent_messages(mailer) if m["Auto-Submitted"] == "auto-generated"]
    by_to = {m["To"]: m.get_content() for m in notices}
    indonesian, english = by_to["p4m-staf@polibatam.ac.id"], by_to["andi.staf@polibatam.ac.id"]
    head = indonesian.split("Perintah,", 1)[0]  # the command list names the #type codes on purpose
    assert "Jenis      : Perubahan data identitas mata kuliah" in head
    assert re.search(r"Keyakinan  : (tinggi|sedang|rendah)\r?\n", head)
    assert "Diterima   : Senin, 23 November 2026 pukul 09.00 WIB" in head
    assert "Tenggat respons: Senin, 23 November 2026 pukul 09.15 WIB" in head
    assert not CODES.search(head) and not ISO_TIME.search(head)
    assert not re.search(r"\b(subject|text|course field)\b", head), "reasons are in Indonesian"
    assert "Type       : Change of course identity data" in english
    assert "Received   : Monday, 23 November 2026, 09:00 WIB" in english


@pytest.mark.parametrize(
    ("at", "language", "expected"),
    [
        (datetime(2026, 11, 23, 2, 0, tzinfo=UTC), "id", ["paling lambat 15 menit setelah diterima"]),
        (
            datetime(2026, 11, 23, 14, 6, tzinfo=UTC),  # Monday 21:06 WIB
            "id",
            [
                "di luar jam layanan",
                "buka kembali Selasa, 24 November 2026 pukul 08.00 WIB",
                "paling lambat Selasa, 24 November 2026 pukul 08.15 WIB",
            ],
        ),
        (
            datetime(2026, 12, 25, 3, 0, tzinfo=UTC),  # Christmas, a Friday
            "id",
            ["hari libur: Hari Raya Natal", "buka kembali Senin, 28 Desember 2026 pukul 08.00 WIB"],
        ),
        (
            datetime(2026, 11, 28, 3, 0, tzinfo=UTC),  # Saturday
            "en",
            ["outside our service hours", "We open again on Monday, 30 November 2026, 08:00 WIB"],
        ),
    ],
)
def test_receipt_promises_only_what_service_hours_allow(
    tmp_path: Path, at: datetime, language: str, expected: list[str]
) -> None:
    config = _config(tmp_path)
    raw = (
        request("a1")
        if language == "id"
        else request(
            "a1", "Change of course name", "Dear helpdesk, please change the course name of IF201 to Databases."
        )
    )
    receipt, _ = receipt_and_notice(_ingest(config, at, raw))
    text = " ".join(receipt.get_content().split())
    for phrase in expected:
        assert phrase in text
    assert ("Jam layanan: Senin-Jumat 08.00-16.00 WIB" if language == "id" else "Service hours: Monday-Friday") in text
    if "paling lambat 15 menit" not in expected[0]:
        assert "15 menit setelah diterima" not in text and "within 15 minutes" not in text
    assert not ISO_TIME.search(text) and not CODES.search(text)


def test_publish_time_in_receipt_is_in_the_date_style(tmp_path: Path) -> None:
    config = _config(tmp_path)
    raw = request(
        "p1",
        "Mohon publikasi pengumuman",
        "Mohon diumumkan di e-learning untuk seluruh mahasiswa: Judul: Libur semester. "
        "Tayang pada 7 Desember 2026 pukul 08.00. Isi: Perkuliahan libur mulai 21 Desember.",
    )
    receipt, _ = receipt_and_notice(_ingest(config, datetime(2026, 11, 23, 2, 0, tzinfo=UTC), raw))
    text = receipt.get_content()
    assert "Waktu tayang: Senin, 7 Desember 2026 pukul 08.00 WIB" in text
    assert not ISO_TIME.search(text), text


RESOLVE = (
    b"From: Rina <rina.staf@polibatam.ac.id>\r\nSubject: Re: [P4M #1] x\r\nMessage-ID: <s1@x>\r\n"
    b"Authentication-Results: mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id\r\n\r\n#resolve\r\nSudah.\r\n"
)


@pytest.mark.parametrize(("rating", "low"), [("2", True), ("1 dari 5, lama sekali", True), ("4", False)])
def test_low_rating_gets_no_thank_you_and_reaches_staff_at_once(tmp_path: Path, rating: str, low: bool) -> None:
    config = _config(tmp_path)
    clock = FixedClock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))
    mailer = ScriptedMailer()
    app = app_with(config, clock, mailer)
    app.pipeline.ingest(IncomingMail(request("r1"), clock.now()))
    app.pipeline.ingest(IncomingMail(RESOLVE, clock.now()))
    app.outbox.run_pass()
    mailer.sent.clear()
    app.pipeline.ingest(IncomingMail(request("r2", "Re: [P4M #1] Perubahan nama MK Basis Data", rating), clock.now()))
    app.outbox.run_pass()
    sent = sent_messages(mailer)
    to_requester = [m.get_content() for m in sent if m["To"] == "budi.santoso@polibatam.ac.id"]
    to_staff = [m for m in sent if m["To"] != "budi.santoso@polibatam.ac.id"]
    assert len(to_requester) == 1
    if low:
        assert "Terima kasih atas penilaian" not in to_requester[0] and "mohon maaf" in to_requester[0]
        assert to_staff and all(m["Subject"].startswith("[P4M #1] Penilaian rendah:") for m in to_staff)
        assert to_staff[0]["In-Reply-To"], "the notice joins the ticket's notice thread"
        assert "PENILAIAN RENDAH" in to_staff[0].get_content()
    else:
        assert "Terima kasih atas penilaian Anda (4 dari 5)" in " ".join(to_requester[0].split())
        assert not to_staff


def test_reminder_reaches_english_staff_in_english_and_the_rest_in_indonesian(tmp_path: Path) -> None:
    from daemon.jobs.scheduler import Jobs

    config = _config(tmp_path, english_staff=True)
    arrival = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    clock = FixedClock(arrival)
    mailer = ScriptedMailer()
    app = app_with(config, clock, mailer)
    app.pipeline.ingest(IncomingMail(request("m1"), arrival))
    app.outbox.run_pass()
    mailer.sent.clear()
    clock.advance(minutes=11)
    Jobs(app).sla_watch(clock.now())
    app.outbox.run_pass()
    by_to = {m["To"]: m for m in sent_messages(mailer)}
    assert by_to["andi.staf@polibatam.ac.id"]["Subject"] == "[P4M #1] Reminder: no response yet"
    assert "Received  : Monday, 23 November 2026, 09:00 WIB" in by_to["andi.staf@polibatam.ac.id"].get_content()
    indonesian = by_to["p4m-staf@polibatam.ac.id"].get_content()
    assert "Masuk   : Senin, 23 November 2026 pukul 09.00 WIB" in indonesian
    assert "Perubahan data identitas mata kuliah" in indonesian
