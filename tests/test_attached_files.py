"""Staff are told which attachments the daemon could not read, so a request hidden in one is opened by hand."""

from __future__ import annotations

from email.message import EmailMessage

from daemon.clock import FixedClock
from daemon.config import Config
from daemon.outgoing.attached_files import AttachedFile, Unread, attached_files
from daemon.ticket_record import IncomingMail
from parsers.attachments import AttachmentLimits
from parsers.message import AttachmentInfo
from tests.fakes import ScriptedMailer
from tests.test_pipeline import app_with, receipt_and_notice

OLE = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 56


def _item(name: str, content_type: str, content: bytes, size: int | None = None) -> AttachmentInfo:
    return AttachmentInfo(name, content_type, len(content) if size is None else size, "0" * 64, content)


def test_old_office_files_oversized_and_surplus_documents_are_named_with_why() -> None:
    files = attached_files(
        (
            _item("surat.doc", "application/msword", OLE),
            _item("foto.jpg", "image/jpeg", b"\xff\xd8\xff"),
            _item("besar.pdf", "application/pdf", b"%PDF-1.4", size=9_000_000),
            _item("daftar.csv", "text/csv", b"a;b\r\n"),
            _item("lagi.txt", "text/plain", b"teks"),
        ),
        AttachmentLimits(max_attachments=3),
    )
    assert files == (
        AttachedFile("surat.doc", Unread.OLD_OFFICE_FORMAT),
        AttachedFile("foto.jpg"),
        AttachedFile("besar.pdf", Unread.TOO_LARGE),
        AttachedFile("daftar.csv"),
        AttachedFile("lagi.txt", Unread.TOO_MANY),
    )


def test_a_csv_saved_under_an_excel_name_is_read_and_not_flagged() -> None:
    assert attached_files((_item("rekap.xls", "application/vnd.ms-excel", b"kode;nama\r\n"),)) == (
        AttachedFile("rekap.xls"),
    )


def test_the_staff_notice_says_an_old_word_file_must_be_opened_by_hand(local_config: Config, clock: FixedClock) -> None:
    mail = EmailMessage()
    mail["From"] = "Rina Wati <rina.wati@polibatam.ac.id>"
    mail["To"] = "helpdesk-p4m@polibatam.ac.id"
    mail["Subject"] = "Permohonan perubahan data MK"
    mail["Message-ID"] = "<doc-only@mail.example>"
    mail.set_content("Yth. P4M, permohonan kami terlampir. Terima kasih.")
    mail.add_attachment(OLE, maintype="application", subtype="msword", filename="permohonan.doc")
    mailer = ScriptedMailer()
    app = app_with(local_config, clock, mailer)
    app.pipeline.ingest(IncomingMail(bytes(mail), clock.now(), "ref-doc"))
    clock.advance(seconds=2)
    app.outbox.run_pass()
    _, notice = receipt_and_notice(mailer)
    text = notice.get_content()
    assert "  - permohonan.doc (format Word/Excel lama, tidak terbaca otomatis: mohon dibuka sendiri)" in text
