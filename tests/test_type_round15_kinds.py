"""The type kinds of round 15's types corpus: a sharing or form service's notice naming a person who did not write
it, a bounce with no header, another office's word inside a course's name, a lecturer put in another's place, a
student asking to be moved to another class's course, a change the writer already made or a ticket withdrawn."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from daemon.classify.casual_words import normalise
from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.course_named import only_in_course_names
from daemon.classify.intent import nothing_to_do
from daemon.classify.model import RequestType
from parsers.automail import ScreeningContext, relayed_for_person, screen
from parsers.message import parse_message

CONTEXT = ScreeningContext(frozenset({"helpdesk-p4m@polibatam.ac.id"}), "helpdesk-p4m@polibatam.ac.id")
REFERENCE = datetime(2028, 9, 4, 2, 0, tzinfo=UTC)


def _message(sender: str, subject: str, body: str, reply_to: str = "") -> bytes:
    extra = f"Reply-To: {reply_to}\r\n" if reply_to else ""
    return (
        f"From: {sender}\r\n{extra}To: helpdesk-p4m@polibatam.ac.id\r\nSubject: {subject}\r\n"
        f"Message-ID: <r15@svc.example.com>\r\n\r\n{body}\r\n"
    ).encode()


PERSON = "Hana Sitorus <hana.sitorus@polibatam.ac.id>"


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        # shares, comments, access requests and transfers, with a note of the person's or without
        ("Box <noreply@box.example.com>", 'Hana Sitorus shared the spreadsheet "Nilai" with you.\n\n"cek ya"'),
        ("Drive <drive-shares-noreply@g.example>", "Hana Sitorus telah membagikan dokumen berikut:\n\nModul 3"),
        ("Docs <comments-noreply@g.example>", "Hana Sitorus menyebut Anda dalam komentar di dokumen berikut"),
        ("Sheets <drive-shares-noreply@g.example>", "Hana Sitorus is requesting access to the following sheet"),
        ("Send <noreply@send.example.com>", "Hana Sitorus sent you 3 files\n\nExpires in 7 days"),
        ("Forms <forms-noreply@f.example>", "Hana Sitorus baru saja mengirimkan respons.\n\nLihat: https://f/x"),
    ],
)
def test_a_services_notice_naming_the_person_is_machine_mail(sender: str, body: str) -> None:
    raw = _message(sender, "Notifikasi", body, PERSON)
    assert not relayed_for_person(parse_message(raw), CONTEXT)
    assert screen(parse_message(raw), CONTEXT).is_machine


@pytest.mark.parametrize(
    "body",
    [
        # a form relaying the person's answers, its first line telling that she answered
        "Hana Sitorus submitted a new response.\n\nCourse: Kimia (KI1101)\nRequest: please change the key to KIM-9",
        "Nama: Hana Sitorus\nPermintaan: Saya sudah membagikan folder dengan Anda, mohon deskripsi KI1101 diganti.",
    ],
)
def test_a_form_relaying_a_persons_words_stays_hers(body: str) -> None:
    raw = _message("Formulir <formulir-noreply@unit.example.ac.id>", "Respons baru", body, PERSON)
    assert relayed_for_person(parse_message(raw), CONTEXT)
    assert not screen(parse_message(raw), CONTEXT).is_machine


@pytest.mark.parametrize(
    ("body", "machine"),
    [
        ("Surel Anda tidak terkirim ke budi@x.example.\n\nStatus: 5.1.1 alamat tidak dikenal", True),
        ("Your message could not be delivered to ana@x.example.\n\n552 5.2.2 mailbox full", True),
        ("You're getting this email because you turned on alerts for this survey.", True),
        # a person telling that mail did not arrive, with no server's status
        ("Pak, email Anda tidak terkirim ke alamat saya yang baru.", False),
        ("Pak, email Anda tidak dapat dikirim ke alamat saya yang lama.", False),
    ],
)
def test_a_bounce_or_an_alert_without_headers(body: str, machine: bool) -> None:
    raw = _message("Kantor Pos Surel <kantor-pos@x.example.ac.id>", "Info", body)
    assert screen(parse_message(raw), CONTEXT).is_machine is machine


def _type(subject: str, text: str) -> RequestType:
    return classify(ClassifierInput(subject, text, REFERENCE)).type


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # another office's word names a course, beside its code, after "mata kuliah", in quotes, before "course"
        ("Magang Terapan MT4401", "Dosen Magang Terapan (MT4401) mohon diganti ke Dr. Rosa Ginting.", "course_data"),
        ("Beasiswa course", 'Untuk course "Penulisan Proposal Beasiswa" (BP2201) key-nya jadi BEA-22.', "course_data"),
        ("Conference Writing", "Conference Writing (EN3302) should move to genap, please.", "course_data"),
        # the same word as the matter itself
        ("Surat magang", "Surat pengantar magang saya ke PT Sinar sudah bisa diambil kapan?", "other"),
        # a lecturer put in another's place
        ("Dosen", "Please show Dr. Rosa Ginting as lecturer of Kimia (KI1101) instead of Mr. Edo.", "course_data"),
        # a student asking to be moved to another class's course
        ("Group", "Please transfer me to the Friday section of Statics on the LMS.", "elearning_support"),
        # the same move asked in the academic system's record
        ("Kelas", "Could you transfer me to class SI-3C in SIAKAD? The move was approved.", "other"),
        ("kelas", "kak tolong pindahin aku ke course Statika kelas sore ya, aku salah masuk.", "elearning_support"),
        ("course", "Nyuwun tulung kulo dipun pindah dhateng course Statika kelas TS-1B.", "elearning_support"),
        # a change already made, a ticket withdrawn
        ("Key", "The key of Statics (CE1102) is STAT-8 now: I opened Edit settings and changed it myself.", "other"),
    ],
)
def test_the_round15_type_kinds(subject: str, text: str, expected: str) -> None:
    assert _type(subject, text).value == expected


def test_a_ticket_withdrawn_is_nothing_to_do_but_keeping_it_open_is_not() -> None:
    assert nothing_to_do(normalise("Sudah beres, you can ignore my ticket from Friday.")) is not None
    assert nothing_to_do(normalise("Jangan tutup tiket ini ya, dosennya tetap diganti.")) is None


def test_a_word_inside_a_course_name_the_text_gives_with_its_code() -> None:
    internship = re.compile(r"\binternship\b")
    text = "For Internship Reporting (IR4410) please change the key."
    assert only_in_course_names("subject", "Internship Reporting key", text, internship)
    assert not only_in_course_names("subject", "Internship letter", text, internship)
    assert not only_in_course_names("text", "", "My internship letter for IR4410 please.", internship)


def test_krama_passive_reads_as_one_word() -> None:
    assert normalise("kulo dipun pindah dhateng course") == "saya dipindah ke course"
