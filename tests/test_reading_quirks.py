"""Where the request really is: forwarded messages, document attachments, replies written under the quote."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlmodel import Session

from daemon.classify.message_text import body_parts, classify_message
from daemon.classify.model import RequestType
from daemon.clock import CountingTokens, FixedClock
from daemon.config import Config
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import build_app
from parsers.attachments import AttachmentLimits, read_attachment, read_attachments
from parsers.message import AttachmentInfo, ParsedMessage, parse_message
from storage.models import Ticket
from tests.fakes import ScriptedMailer

SAMPLES = Path(__file__).resolve().parent / "data" / "reading"
RECEIVED = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
NEW_NAME = "Pemrograman Web Lanjut"


def sample(name: str) -> ParsedMessage:
    return parse_message((SAMPLES / f"{name}.eml").read_bytes())


def only_attachment(name: str) -> AttachmentInfo:
    (attachment,) = sample(name).attachments
    return attachment


FORWARDS = (
    "forwarded-rfc822-part",
    "forwarded-inline-gmail-marker",
    "forwarded-inline-pesan-asli-no-fwd-subject",
    "forwarded-inline-original-message-outlook",
    "forwarded-begin-forwarded-message-apple",
)


@pytest.mark.parametrize("name", FORWARDS)
def test_a_forwarded_request_is_the_text_to_classify(name: str) -> None:
    message = sample(name)
    parts = body_parts(message)
    assert parts.new == "mohon bantuannya", name
    assert f"Nama baru: {NEW_NAME}" in parts.forwarded, name
    assert parts.forwarded.startswith("Perubahan nama MK IF302\n"), name  # the passed-on request's subject
    assert not any(word in parts.forwarded for word in ("Dari:", "From:", "Terkirim:", "Sent:")), name
    result, _ = classify_message(message, "P4M", RECEIVED)
    assert result.type is RequestType.COURSE_DATA, (name, result.reasons)
    assert result.fields.course_code == "IF302"
    assert dict(result.fields.changes).get("fullname") == NEW_NAME


def test_a_short_new_request_that_quotes_an_old_reply_is_not_a_forward() -> None:
    """A reply (Re:) keeps the quote as a quote even when its new text is one line."""
    from parsers.body import split_body

    body = "oke, terima kasih\n\n-----Original Message-----\nFrom: Helpdesk P4M\n\nMohon lengkapi: nama baru.\n"
    parts = split_body(body, is_reply=True)
    assert parts.new == "oke, terima kasih"
    assert parts.forwarded == ""


@pytest.mark.parametrize(
    ("name", "kind"),
    [("attachment-docx-announcement-text", "docx"), ("attachment-odt-announcement-text", "odt")],
)
def test_announcement_text_in_a_document_attachment_is_read(name: str, kind: str) -> None:
    message = sample(name)
    read = read_attachment(only_attachment(name))
    assert read.kind == kind and read.note == ""
    assert "Judul: Kuis 3 Diundur" in read.text
    result, parts = classify_message(message, "P4M", RECEIVED)
    assert parts.for_classification.startswith(body_parts(message).for_classification)
    assert f"[attachment: {read.filename}]\nMohon diumumkan" in parts.for_classification
    assert result.type is RequestType.ANNOUNCEMENT, result.reasons
    assert result.fields.title == "Kuis 3 Diundur"
    assert result.fields.course_code == "IF2206"


def test_a_pdf_letter_is_read() -> None:
    message = sample("attachment-pdf-letter-only")
    read = read_attachment(only_attachment("attachment-pdf-letter-only"))
    assert read.kind == "pdf" and f"Nama baru: {NEW_NAME}" in read.text
    result, _ = classify_message(message, "P4M", RECEIVED)
    assert result.type is RequestType.COURSE_DATA, result.reasons
    assert dict(result.fields.changes).get("fullname") == NEW_NAME


def test_a_pdf_is_read_up_to_the_page_limit() -> None:
    read = read_attachment(only_attachment("attachment-pdf-too-many-pages"), AttachmentLimits(max_pages=5))
    assert "Halaman 5:" in read.text and "Halaman 6:" not in read.text
    assert read.note == "read 5 of 60 pages"


def test_text_is_cut_at_the_character_limit() -> None:
    read = read_attachment(only_attachment("attachment-pdf-too-many-pages"), AttachmentLimits(max_chars=100))
    assert len(read.text) <= 100
    assert read.note.startswith("text cut at 100 characters")


def test_a_zip_bomb_is_not_unpacked() -> None:
    started = time.process_time()
    read = read_attachment(only_attachment("attachment-docx-zip-bomb"))
    assert time.process_time() - started < 1.0
    assert read.text == ""
    assert read.note.startswith("not read: unpacks to")


def test_an_attachment_over_the_size_limit_is_not_read() -> None:
    read = read_attachment(only_attachment("attachment-pdf-letter-only"), AttachmentLimits(max_bytes=1000))
    assert read.text == "" and read.note.startswith("not read: ")
    assert "bytes" in read.note


def test_a_broken_document_is_noted_not_raised() -> None:
    broken = AttachmentInfo("rusak.pdf", "application/pdf", 20, "0" * 64, b"%PDF-1.4 garbage \x00\xff")
    read = read_attachment(broken)
    assert read.text == "" and read.note.startswith("not read: ")


def test_reading_stops_when_the_time_budget_is_spent() -> None:
    ticks = iter(range(100))

    def clock() -> float:
        return float(next(ticks))

    read = read_attachment(only_attachment("attachment-pdf-too-many-pages"), AttachmentLimits(seconds=2.5), clock=clock)
    assert "Halaman 1:" in read.text and "Halaman 5:" not in read.text
    assert read.note.startswith("time limit")


def test_images_and_other_files_are_not_read() -> None:
    picture = AttachmentInfo("foto.png", "image/png", 8, "0" * 64, b"\x89PNG\r\n\x1a\n")
    assert read_attachments((picture,)) == ()


@pytest.mark.parametrize(
    ("name", "new", "gone"),
    [
        ("bottom-posted-thunderbird-en", "The new name is Pemrograman Web Lanjut.", "Mohon lengkapi"),
        ("bottom-posted-thunderbird-id", "Nama barunya Pemrograman Web Lanjut.", "Mohon lengkapi"),
        ("bottom-posted-thunderbird-html", "Nama barunya Pemrograman Web Lanjut.", "Mohon lengkapi"),
        ("interleaved-reply-between-quotes", "Benar.\nPemrograman Web Lanjut", "Kode MK"),
    ],
)
def test_text_written_under_or_between_quotes_is_kept(name: str, new: str, gone: str) -> None:
    parts = body_parts(sample(name))
    assert new in parts.new, (name, parts)
    assert gone not in parts.new
    assert "Andi Wijaya" not in parts.new  # the signature below the reply is cut
    assert gone in parts.quoted


def test_the_tail_under_a_top_posted_reply_stays_quoted() -> None:
    """A client that wraps the quote without '>' on every line leaves old text under it: not the new text."""
    from parsers.body import split_body

    body = "5\n\nPada Sen, 23 Nov 2026 Helpdesk P4M menulis:\n> Yth. Bapak,\nMohon beri nilai 1-5.\n"
    parts = split_body(body, is_reply=True)
    assert parts.new == "5"
    assert "Mohon beri nilai" in parts.quoted


def test_a_pdf_stream_that_unpacks_past_the_limit_is_refused() -> None:
    import io
    import zlib

    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject(
        {NameObject("/Subtype"): NameObject("/Type1"), NameObject("/BaseFont"): NameObject("/Helvetica")}
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    stream = StreamObject()
    # 37 MB of text operators, 100 KB packed: past the 20 MB the limits let a stream unpack to.
    stream._data = zlib.compress(b"BT /F1 11 Tf 50 780 Td (spam) Tj ET\n" * (1024 * 1024), 9)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    content = buffer.getvalue()
    bomb = AttachmentInfo("bomb.pdf", "application/pdf", len(content), "0" * 64, content)
    started = time.process_time()
    read = read_attachment(bomb)
    assert time.process_time() - started < 2.0
    assert read.text == "" and read.note.startswith("not read: LimitReachedError"), read.note


def test_the_time_budget_is_shared_by_a_messages_attachments() -> None:
    ticks = iter(range(1000))

    def clock() -> float:
        return float(next(ticks))

    pdf = only_attachment("attachment-pdf-letter-only")
    first, second = read_attachments((pdf, pdf), AttachmentLimits(seconds=3.5), clock=clock)
    assert first.note == "" and "Nama baru" in first.text
    assert second.text == "" and second.note.startswith("time limit")


def test_the_character_limit_is_shared_by_a_messages_attachments() -> None:
    pdf = only_attachment("attachment-pdf-letter-only")
    first, second = read_attachments((pdf, pdf), AttachmentLimits(max_chars=len(read_attachment(pdf).text) + 10))
    assert first.note == "" and len(second.text) <= 10
    first, second = read_attachments((pdf, pdf), AttachmentLimits(max_chars=50))
    assert len(first.text) == 50 and (second.text, second.note) == ("", "not read: character limit")


def test_a_request_in_an_attachment_reaches_staff(local_config: Config, clock: FixedClock) -> None:
    mailer = ScriptedMailer()
    app = build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=mailer)
    raw = (SAMPLES / "attachment-docx-announcement-text.eml").read_bytes()
    app.pipeline.ingest(IncomingMail(raw, clock.now()))
    clock.advance(seconds=2)
    app.outbox.run_pass()
    with Session(app.engine) as session:
        ticket = session.get(Ticket, 1)
        assert ticket is not None and (ticket.type, ticket.requester) == ("announcement", "rina.s@polibatam.ac.id")
    sent = [message_from_bytes(raw, policy=policy.default) for _, _, raw in mailer.sent]
    (notice,) = [message for message in sent if message["To"] == "p4m-staf@polibatam.ac.id"]
    text = notice.get_content().replace("\r\n", "\n")
    assert "[attachment: pengumuman kuis 3.docx]\nMohon diumumkan" in text
    assert "Lampiran:\n  - pengumuman kuis 3.docx\n" in text
