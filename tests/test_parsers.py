"""Parsing, subject tags and machine-mail screening over the sample corpus and crafted mail."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.automail import ScreeningContext, screen
from parsers.errors import MalformedMessageError
from parsers.header_values import single_line
from parsers.message import parse_message
from parsers.subject import clean_subject, find_ticket_number, strip_prefixes, tagged_subject
from tests.conftest import CASES, SAMPLES, corpus_labels

CONTEXT = ScreeningContext(frozenset({"helpdesk-p4m@polibatam.ac.id"}), "helpdesk-p4m@polibatam.ac.id")


def test_every_sample_parses_with_sender_subject_and_text(corpus: Path) -> None:
    for name in corpus_labels():
        message = parse_message((corpus / name).read_bytes())
        assert message.from_addr, name
        assert message.subject, name
        assert message.message_id.startswith("<") and message.message_id.endswith(">"), name


def test_screening_matches_the_labels_exactly(corpus: Path) -> None:
    labels = corpus_labels()
    for name, label in labels.items():
        verdict = screen(parse_message((corpus / name).read_bytes()), CONTEXT)
        assert verdict.is_machine == (label["type"] == "auto"), (name, verdict.reasons)


def test_rfc2047_subject_and_name_are_decoded(corpus: Path) -> None:
    message = parse_message((CASES / "newsletter-kabar-polibatam.eml").read_bytes())
    assert message.subject.startswith("Kabar Polibatam #14 – Polibatam Raih")


def test_attachments_are_listed_with_size_and_hash(corpus: Path) -> None:
    message = parse_message((SAMPLES / "019-error-kuis-screenshot.eml").read_bytes())
    assert [item.filename for item in message.attachments] == ["Screenshot 2025-05-13 091802.png"]
    assert message.attachments[0].content.startswith(b"\x89PNG")
    assert len(message.attachments[0].sha256) == 64


def test_references_and_in_reply_to(corpus: Path) -> None:
    message = parse_message((SAMPLES / "030-re-kode-struktur-data.eml").read_bytes())
    assert message.in_reply_to == "<tkt-2025-0388.reply1@helpdesk.polibatam.ac.id>"
    assert message.references[-1] == "<tkt-2025-0388.reply1@helpdesk.polibatam.ac.id>"
    assert len(message.references) == 2


def test_missing_message_id_gets_a_stable_hash() -> None:
    raw = b"From: Ani <ani@polibatam.ac.id>\r\nSubject: tolong\r\n\r\nmohon bantuan login\r\n"
    first, second = parse_message(raw), parse_message(raw)
    assert first.message_id_generated
    assert first.message_id == second.message_id
    assert first.message_id != parse_message(raw + b"lagi\r\n").message_id


def test_html_only_mail_gets_text() -> None:
    raw = (
        b"From: a@polibatam.ac.id\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<p>Mohon <b>ganti</b> nama MK</p><script>alert(1)</script>"
    )
    message = parse_message(raw)
    assert "Mohon ganti nama MK" in message.text


def test_garbage_is_malformed() -> None:
    with pytest.raises(MalformedMessageError):
        parse_message(b"   \r\n")


def test_header_values_are_single_lines() -> None:
    assert single_line("a\r\nBcc: evil@example.com") == "a Bcc: evil@example.com"


@pytest.mark.parametrize(
    ("subject", "number"),
    [
        ("[P4M #12] Perubahan nama MK", 12),
        ("Re: [P4M #12] Perubahan nama MK", 12),
        ("BLS: RE: [p4m#12] x", 12),
        ("Balas: [ P4M # 7 ] x", 7),
        ("TRS: Fwd: [P4M #1234] x", 1234),
        ("Re: [P4M #2025-0388] old system", None),
        ("Perubahan nama MK", None),
    ],
)
def test_ticket_tag_is_found_tolerantly(subject: str, number: int | None) -> None:
    assert find_ticket_number(subject, "P4M") == number


def test_prefixes_are_stripped_in_any_mix() -> None:
    assert strip_prefixes("Re: Balas: BLS: TRS: Fwd: Tr: AW: WG: Re[2]: Halo") == "Halo"
    assert clean_subject("RE: [P4M #3] Re: Halo", "P4M") == "Halo"
    assert tagged_subject("Re: [P4M #3] Halo", "P4M", 3) == "[P4M #3] Halo"
    assert tagged_subject("", "P4M", 4) == "[P4M #4] (tanpa subjek)"


def _mail(headers: str, sender: str = "budi@polibatam.ac.id", subject: str = "Halo") -> bytes:
    return f"From: {sender}\r\nSubject: {subject}\r\n{headers}\r\nmohon bantuan\r\n".encode()


def _recall(subject: str, body: str) -> bytes:
    return f"From: rina@polibatam.ac.id\r\nSubject: {subject}\r\n\r\n{body}\r\n\r\nDisclaimer: ...\r\n".encode()


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        (_mail("Auto-Submitted: auto-generated\r\n"), "auto-submitted"),
        (_mail("X-Autorespond: yes\r\n"), "autoreply-header"),
        (_mail("Precedence: junk\r\n"), "precedence"),
        (_mail("List-Unsubscribe: <mailto:x@y.z>\r\n"), "mailing-list"),
        (_mail("", sender="no-reply@lms.polibatam.ac.id"), "machine-sender"),
        (_mail("", sender="postmaster@polibatam.ac.id"), "machine-sender"),
        (_mail("", sender="forms-receipts-noreply@google.com"), "machine-sender"),
        (_mail("", sender="siakad-no-reply@polibatam.ac.id"), "machine-sender"),
        (_mail("", sender="helpdesk-p4m@polibatam.ac.id"), "own-address"),
        (_mail("X-Helpdesk-Loop: helpdesk-p4m@polibatam.ac.id\r\n", sender="x@gmail.com"), "own-loop-header"),
        (_mail("", subject="Out of Office: cuti"), "auto-subject"),
        (_mail("", subject="Balasan Otomatis: Re: [P4M #1] x"), "auto-subject"),
        (
            _recall("Recall: Ganti nama MK", 'Rina Wati would like to recall the message, "Ganti nama MK".'),
            "outlook-recall",
        ),
        (_recall("Penarikan: Pengumuman UTS", 'Budi ingin menarik kembali pesan, "Pengumuman UTS".'), "outlook-recall"),
    ],
)
def test_each_screening_rule_fires_with_its_name(raw: bytes, rule: str) -> None:
    verdict = screen(parse_message(raw), CONTEXT)
    assert any(reason.startswith(rule + ":") for reason in verdict.reasons), verdict.reasons


def test_a_person_writing_about_a_recall_is_read() -> None:
    written = _recall("Re: Recall: Ganti nama MK", "Maaf, saya ingin menarik kembali pesan tadi, ada salah ketik.")
    assert not screen(parse_message(written), CONTEXT).is_machine
    asked = _recall("Pertanyaan", "Rina would like to recall the message, what should I do?")
    assert not screen(parse_message(asked), CONTEXT).is_machine


def test_auto_submitted_no_is_human() -> None:
    assert not screen(parse_message(_mail("Auto-Submitted: no\r\n")), CONTEXT).is_machine
