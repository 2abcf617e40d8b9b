"""Machine mail without the usual headers is screened, and people writing about such mail, or relayed by a form
that shows them by name, are not."""

from __future__ import annotations

import json

import pytest

from parsers.automail import ScreeningContext, screen
from parsers.message import parse_message
from tests.conftest import TEST_DATA

CONTEXT = ScreeningContext(frozenset({"helpdesk-p4m@polibatam.ac.id"}), "helpdesk-p4m@polibatam.ac.id")
CORPUS = TEST_DATA / "requests-tune20-types"
LABELS = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(LABELS))
def test_machine_mail_without_its_headers_is_screened_and_people_are_not(name: str) -> None:
    """Meeting responses, DMARC reports, notifiers, recalls, bounces, away subjects and other units' ticket systems
    are machine mail; a person forwarding a bounce, a person's own "Accepted:" or "[Cuti]" subject is not."""
    verdict = screen(parse_message((CORPUS / name).read_bytes()), CONTEXT)
    assert verdict.is_machine == (LABELS[name]["type"] == "auto"), verdict.summary


def test_a_form_showing_the_person_only_by_name_relays_their_request() -> None:
    raw = (TEST_DATA / "requests-tune18-precision" / "015-formulir-biro-nama-pemohon-sks.eml").read_bytes()
    assert not screen(parse_message(raw), CONTEXT).is_machine


def _mail(subject: str, body: str, extra: str = "") -> bytes:
    return (
        "From: Sistem <sistem@unit.example.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\n"
        f"Subject: {subject}\r\nMessage-ID: <x1@unit.example.ac.id>\r\n{extra}\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body", "machine"),
    [
        ("[Tiket #20271] Permintaan Anda telah kami terima", "Permintaan Anda telah tercatat.", True),
        ("Re: [Tiket #20271] Permintaan Anda telah kami terima", "Terima kasih, kapan diproses?", False),
        ("[Tiket #20271] Mohon bantuan reset kuis", "Kuis mahasiswa saya tertutup.", False),
        ("(Sedang Cuti) RE: Jadwal UAS", "Saya sedang cuti sampai Januari.", True),
        ("[Cuti] Mohon ganti pengampu sementara", "Selama saya cuti, mohon pengampu diganti.", False),
        ("Re: Jadwal UAS [Auto-Reply]", "Saya sedang tidak di kantor.", True),
        ("Re: Pengumuman (Libur)", "Baik, terima kasih. Mohon ditayangkan besok.", False),
    ],
)
def test_ticket_receipts_and_away_subjects(subject: str, body: str, machine: bool) -> None:
    assert screen(parse_message(_mail(subject, body)), CONTEXT).is_machine is machine


@pytest.mark.parametrize(
    ("subject", "body", "machine"),
    [
        ("Read: Perubahan nama MK", "Your message\r\n\r\nTo: Helpdesk\r\n\r\nwas read on 30/11/2027 10:02.", True),
        ("Dibaca: Perubahan nama MK", "Pesan Anda telah dibaca pada 30/11/2027 10:02.", True),
        ("Accepted: Rapat Evaluasi LMS", "", True),
        ("Accepted: LMS training", "I'll come, but my quiz page is broken: can someone fix it?", False),
        ("Delivered: Jadwal UAS", "Your message has been delivered to the following recipients: dosen", True),
        ("OOO until 10 December", "I am away, back on 10 December.", True),
    ],
)
def test_receipts_a_mail_client_writes(subject: str, body: str, machine: bool) -> None:
    assert screen(parse_message(_mail(subject, body)), CONTEXT).is_machine is machine


@pytest.mark.parametrize(
    ("subject", "body", "machine"),
    [
        (
            "RE: [P4M #4110] Akun terkunci [Ticket#12345]",
            "Permintaan Anda telah tercatat. Email ini dikirim otomatis.",
            True,
        ),
        ("RE: [P4M #4110] Akun terkunci [Ticket#12345]", "Sudah kami terima, tapi mohon dicek lagi kelasnya.", False),
        ("Warning: could not send message for past 4 hours", "This is a warning message only.", True),
    ],
)
def test_receipts_that_keep_the_answered_subject(subject: str, body: str, machine: bool) -> None:
    assert screen(parse_message(_mail(subject, body)), CONTEXT).is_machine is machine


def _person(subject: str, body: str) -> bytes:
    return (
        "From: Rina Marlina <rina.marlina@polibatam.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\n"
        f"Subject: {subject}\r\nMessage-ID: <p1@polibatam.ac.id>\r\n\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "machine"),
    [
        ("Balasan Otomatis: Jadwal UAS", True),
        ("Automatic reply: Course rename IF302", True),
        ("Out of Office", True),
        ("OOO - kembali Senin", True),
        ("Sedang cuti (s.d. 5 Desember)", True),
        # A person's subject that opens with the same words marks no subject it answers.
        ("Balasan otomatis tidak kunjung datang", False),
        ("Automatic reply never arrived", False),
        ("Out of office hours support for e-learning?", False),
        # A bare "automatic" before a reply's subject or our ticket's tag, as some clients' Indonesian prefix reads.
        ("Otomatis: [P4M #2411] Tiket Anda telah kami terima", True),
        ("Otomatis: Re: Jadwal UAS", True),
        ("Otomatis: nilai tidak tersimpan", False),
    ],
)
def test_an_away_subject_marks_the_subject_it_answers(subject: str, machine: bool) -> None:
    body = "Sudah dua jam saya menunggu tanda terima dari helpdesk, mohon dicek. Terima kasih."
    assert screen(parse_message(_person(subject, body)), CONTEXT).is_machine is machine
