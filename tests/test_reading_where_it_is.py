"""The request read where it is: parts mail-parser leaves out (an inline invitation, a bounce's status and the
returned message), calendar attachments, approval chains passed on whole, a request only in the subject, and the
thirteenth reading corpus held to the field targets."""

from __future__ import annotations

import itertools
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from daemon.classify.message_text import body_parts, classify_message, with_attachments
from daemon.config import Config
from parsers.attachments import AttachmentLimits, read_attachment, read_attachments
from parsers.automail import ScreeningContext, screen
from parsers.body import passed_on_message
from parsers.message import AttachmentInfo, parse_message
from tests.corpus_reports import corpus_report

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "requests-tune13-reading"
CONFIG = Config()
CONTEXT = ScreeningContext(CONFIG.own_addresses(), CONFIG.helpdesk.address)
WHEN = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)

INVITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:x@polibatam.ac.id\r\n"
    "DTSTAMP:20261201T010000Z\r\nDTSTART:20261217T010000Z\r\nSUMMARY:Seminar Nasional\\, Teknologi Terapan\r\n"
    "DESCRIPTION:Pembicara dari industri.\\nPendaftaran gratis.\r\nLOCATION:Auditorium\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def corpus_mail(name: str) -> Path:
    [path] = CORPUS.glob(f"*-{name}.eml")
    return path


def test_an_inline_invitation_is_kept_as_an_attachment_and_read() -> None:
    message = EmailMessage()
    message["From"] = "panitia@polibatam.ac.id"
    message["Subject"] = "Mohon diumumkan"
    message.set_content("Mohon diumumkan ke seluruh mahasiswa, detail di undangan.")
    message.add_alternative(INVITE.encode(), maintype="text", subtype="calendar", params={"method": "PUBLISH"})
    parsed = parse_message(message.as_bytes())
    [invite] = parsed.attachments
    assert (invite.filename, invite.content_type) == ("invite.ics", "text/calendar")
    text = with_attachments(body_parts(parsed), parsed).attached
    assert "Seminar Nasional, Teknologi Terapan" in text and "Pendaftaran gratis." in text and "Auditorium" in text
    assert "20261217" not in text, "when an event takes place is not when its notice is published"


def test_a_broken_calendar_gives_a_note_not_an_error() -> None:
    content = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY;=broken\r\n"
    read = read_attachment(AttachmentInfo("x.ics", "text/calendar", len(content), "", content))
    assert read.text == "" and read.note.startswith("not read:")


def test_a_huge_calendar_is_not_read() -> None:
    content = INVITE.encode() * 1000
    read = read_attachment(
        AttachmentInfo("x.ics", "text/calendar", len(content), "", content), AttachmentLimits(max_bytes=10_000)
    )
    assert read.text == "" and "over the" in read.note


def test_a_bounce_keeps_its_status_and_the_returned_headers_and_is_machine_mail() -> None:
    [path] = (DATA / "requests-tune12").glob("032-*.eml")
    parsed = parse_message(path.read_bytes())
    kept = {item.content_type: item.content.decode() for item in parsed.attachments}
    assert "Status: 5.2.2" in kept["message/delivery-status"]
    assert "Subject: [P4M-2026-0412]" in kept["text/rfc822-headers"]
    assert screen(parsed, CONTEXT).is_machine


def test_a_delivery_status_part_outside_a_report_is_seen_by_the_screening() -> None:
    raw = (
        b"From: postmaster@mail.example.org\r\nTo: helpdesk-p4m@polibatam.ac.id\r\nSubject: Pesan tidak terkirim\r\n"
        b"Message-ID: <dsn@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nPesan Anda tidak terkirim.\r\n"
        b"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.example.org\r\n\r\n"
        b"Final-Recipient: rfc822; x@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n"
    )
    verdict = screen(parse_message(raw), CONTEXT)
    assert verdict.is_machine and "delivery-report: delivery-status part" in verdict.reasons


def test_an_inline_attached_message_is_the_forwarded_text_not_the_note() -> None:
    parsed = parse_message(corpus_mail("m365-ndr-asli-terlampir-rfc822").read_bytes())
    assert "message/rfc822" in {item.content_type for item in parsed.attachments}
    assert "IF2203 Basis Data" in parsed.forwarded_text and "IF2203" not in parsed.text


def test_a_message_attached_whole_is_read_once_without_its_headers() -> None:
    """The forward is the request's text; read again as a text file, its headers and a made-up file name went into
    the announcement published to students."""
    raw = (DATA / "requests-tune" / "068-rfc822-lampiran-krs-wadir.eml").read_bytes()
    parsed = parse_message(raw)
    assert "message/rfc822" in {item.content_type for item in parsed.attachments}
    result, parts = classify_message(parsed, CONFIG.helpdesk.tag, WHEN)
    assert parts.attached == ""
    text = str(result.fields.as_json_dict()["text"])
    assert "Mahasiswa wajib berkonsultasi dengan dosen wali" in text
    assert "Message-ID:" not in text and "[attachment:" not in text and "From: Wakil Direktur" not in text


def test_a_broken_multipart_is_parsed_as_before() -> None:
    raw = b"From: a@polibatam.ac.id\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\nno parts\r\n"
    assert parse_message(raw).attachments == ()


def test_an_approval_above_the_quoted_request_passes_the_request_on() -> None:
    text = (
        "Setuju, silakan diteruskan ke P4M.\n\nJoko\n\nPada Sen, 30 Nov 2026 pukul 11.02 Dewi <d@polibatam.ac.id> "
        "menulis:\n> Pak Joko,\n>\n> Mohon dosen MB1104 Pengantar Akuntansi diganti.\n>\n> Terima kasih,\n> Dewi\n"
    )
    read = passed_on_message("Re: Permohonan ganti dosen MB1104", text)
    assert read.startswith("Re: Permohonan ganti dosen MB1104\n\n"), "the subject is a paragraph of its own"
    assert "Mohon dosen MB1104 Pengantar Akuntansi diganti." in read and "Setuju" not in read


@pytest.mark.parametrize(
    ("name", "course_name"),
    [
        ("rfc822-persetujuan-kaprodi-sapaan-ibu", "Rekayasa Perangkat Lunak"),
        ("rfc822-setuju-di-atas-kutipan-permintaan", "Pengantar Akuntansi"),
    ],
)
def test_a_greeting_under_a_passed_on_subject_is_no_course_name(name: str, course_name: str) -> None:
    result, _ = classify_message(parse_message(corpus_mail(name).read_bytes()), "P4M", WHEN)
    assert result.fields.course_name == course_name


def test_a_request_only_in_the_subject_is_read_from_it() -> None:
    result, _ = classify_message(
        parse_message(corpus_mail("outlook-android-subject-only-announcement").read_bytes()), "P4M", WHEN
    )
    assert result.fields.title == "Lab Session Moved to Room B204"


def test_many_left_out_parts_stay_cheap() -> None:
    parts = "".join(
        f"--b\r\nContent-Type: {kind}\r\n\r\nSUMMARY:x{n}\r\n"
        for n, kind in zip(range(2000), itertools.cycle(("text/calendar", "text/rfc822-headers")), strict=False)
    )
    raw = f"From: a@polibatam.ac.id\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n{parts}--b--\r\n"
    parsed = parse_message(raw.encode())
    assert len(parsed.attachments) == 2000
    reads = read_attachments(parsed.attachments)
    assert len(reads) == AttachmentLimits().max_attachments


def test_fields_on_the_reading_corpus() -> None:
    """Every field target on the thirteenth reading corpus (its type is the type readers'; one thank-you over an
    empty phone body is still taken for a request)."""
    report = corpus_report(CORPUS, CONTEXT)
    fields = report.field_accuracy
    assert report.human_taken_for_machine == 0
    assert fields["course_code"] >= 0.95 and fields["course_name"] >= 0.9, report.field_mistakes
    assert fields["title"] >= 0.85 and fields["scope"] >= 0.95 and fields["publish_at"] >= 0.9
    assert report.change_pairs.pair_recall >= 0.85
    assert report.change_pairs.wrong_value_claimed <= 0.03, report.change_pairs.wrong_claims


def test_a_filled_in_pdf_form_gives_its_answers_beside_their_labels() -> None:
    parsed = parse_message(corpus_mail("pdf-isian-formulir-acroform-ditandatangani").read_bytes())
    text = with_attachments(body_parts(parsed), parsed).attached
    assert "Kode MK: EL2205\nNama MK: Mikroprosesor\n" in text
    assert "Dosen pengampu baru: Yusuf Maulana, S.T., M.Eng.\nTanda tangan pemohon" in text


def test_text_and_html_files_attached_are_read_in_their_charset() -> None:
    notepad = "Judul: Praktikum Pindah \u2013 Lab 2\r\n\r\nJadwal tetap sama.\r\n".encode("windows-1252")
    page = b"<html><body><p>Mohon nama MK AK3104 diubah menjadi <b>Perpajakan Lanjutan</b>.</p></body></html>"
    reads = read_attachments(
        (
            AttachmentInfo("pengumuman.txt", "text/plain", len(notepad), "", notepad),
            AttachmentInfo("surat.html", "text/html", len(page), "", page),
            AttachmentInfo("foto.jpg", "image/jpeg", 3, "", b"\xff\xd8\xff"),
        )
    )
    assert [read.text for read in reads] == [
        "Judul: Praktikum Pindah \u2013 Lab 2\n\nJadwal tetap sama.",
        "Mohon nama MK AK3104 diubah menjadi Perpajakan Lanjutan.",
    ]


def test_a_named_inline_text_part_is_read_once_and_a_bounce_report_never() -> None:
    raw = (
        b"From: a@polibatam.ac.id\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n"
        b"\r\n--b\r\nContent-Type: text/plain\r\nContent-Disposition: inline; filename=pesan.txt\r\n\r\n"
        b"Mohon nama MK IF2201 diubah menjadi Basis Data Lanjut.\r\n--b--\r\n"
    )
    parsed = parse_message(raw)
    assert "Basis Data Lanjut" in parsed.text
    assert with_attachments(body_parts(parsed), parsed).attached == ""
    [path] = (DATA / "requests-tune12").glob("032-*.eml")
    assert read_attachments(parse_message(path.read_bytes()).attachments) == ()


def test_hostile_text_files_stay_cheap() -> None:
    markup = b"<p>" + b"<b>a</b>" * 200_000 + b"</p>"
    calendar = INVITE.encode() * 200
    started = time.process_time()
    page = read_attachment(AttachmentInfo("x.html", "text/html", len(markup), "", markup))
    invite = read_attachment(AttachmentInfo("x.ics", "text/calendar", len(calendar), "", calendar))
    assert time.process_time() - started < 5, "a page of markup is read from its start only"
    assert page.note == f"read the first 100000 of {len(markup)} bytes" and page.text.startswith("aaa")
    assert invite.text == "" and invite.note.startswith("not read:")


def test_a_hostile_html_body_is_read_from_its_start_only() -> None:
    markup = "<p>Mohon nama MK IF2201 diubah menjadi Basis Data Lanjut.</p>" + "<b>a</b>" * 400_000
    raw = f"From: a@polibatam.ac.id\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{markup}"
    started = time.process_time()
    parsed = parse_message(raw.encode())
    parts = body_parts(parsed)
    assert time.process_time() - started < 10, "3 MB of markup would take half a minute"
    assert "Basis Data Lanjut" in parts.new


def test_a_megabyte_of_plain_text_is_read_from_its_start_only() -> None:
    filler = ("kata lain yang panjang sekali dan " * 10 + "\r\n") * 5000
    asked = "Mohon nama MK IF2201 diubah menjadi Basis Data Lanjut."
    raw = f"From: a@polibatam.ac.id\r\nSubject: x\r\n\r\n{asked}\r\n{filler}"
    parsed = parse_message(raw.encode())
    started = time.process_time()
    result, _ = classify_message(parsed, "P4M", WHEN)
    assert time.process_time() - started < 10, "1.7 MB of text took 40 s"
    assert result.fields.course_code == "IF2201"
