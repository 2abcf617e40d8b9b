"""Kinds of language the type decision reads (tune24): another office's word in passing beside an e-learning fault,
how-to questions beside "nothing to change", a feature not doing its job, a value still shown against its record,
and systems' notices that carry no machine header."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.in_passing import said_in_passing
from daemon.classify.model import RequestType
from daemon.classify.rules import RULES
from parsers.automail import ScreeningContext, screen
from parsers.message import parse_message

MAIL_DATE = datetime(2028, 5, 2, 2, 0, tzinfo=UTC)
CD, ES, OT = RequestType.COURSE_DATA, RequestType.ELEARNING_SUPPORT, RequestType.OTHER
CONTEXT = ScreeningContext(frozenset({"helpdesk-p4m@polibatam.ac.id"}), "helpdesk-p4m@polibatam.ac.id")


def _type(subject: str, text: str) -> RequestType:
    return classify(ClassifierInput(subject, text, MAIL_DATE)).type


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # a meeting where the writer heard of it, then the fault
        (
            "rekap nilai",
            "Siang. Waktu rapat dosen tadi pagi beberapa rekan cerita hal serupa.\n\nDi course Fisika Bangunan "
            "rubrik penilaian tidak menghitung kriteria ketiga sama sekali. Tolong dicek ya.\n\nHarun",
            ES,
        ),
        # thanks for an invitation, then the fault
        (
            "makasih + kendala",
            "Halo, terima kasih undangan bimtek kemarin.\n\nOh iya, kuis di course Statistik error terus waktu "
            "mahasiswa menekan tombol selesai. Mohon bantuannya.",
            ES,
        ),
        # the Wi-Fi named as the way the course was reached
        (
            "video",
            "Pagi, rekaman kuliah di course Biologi Laut macet di menit pertama kalau lewat wifi kampus. Kenapa ya?",
            ES,
        ),
        # the other office's matter asked in its own sentence, e-learning only asked about
        (
            "cuti",
            "Saya mau mengajukan cuti akademik semester depan. Apakah course saya di e-learning error kalau saya cuti?",
            OT,
        ),
    ],
)
def test_another_offices_word_in_passing(subject: str, text: str, expected: RequestType) -> None:
    assert _type(subject, text) is expected


@pytest.mark.parametrize(
    ("text", "passing"),
    [
        ("Tadi di rapat prodi ada yang cerita. Kuis di course saya error terus. Mohon dicek.", True),
        # the network itself down, or the word's own sentence asking: not in passing
        ("Wifi gedung B mati total dari pagi, e-learning tidak bisa dibuka. Mohon diperbaiki.", False),
        ("Wifi di lab lambat. Kuis di course saya error terus. Mohon dicek.", False),
        ("Mohon info rapat minggu depan. Kuis di course saya error terus.", False),
        # no fault of e-learning at all
        ("Terima kasih atas undangan rapat kemarin. Mohon dikirim notulanya.", False),
    ],
)
def test_said_in_passing(text: str, passing: bool) -> None:
    assert said_in_passing(text, re.compile(r"\b(?:wifi|rapat)\b")) is passing


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "pertanyaan",
            "Apakah dosen bisa mengatur tanggal tutup tugas sendiri di course? Tidak perlu diubah sekarang, cuma "
            "ingin tahu.",
        ),
        ("short name", "Are we allowed to edit the course summary on our own page? Just curious, nothing to change."),
        ("kunci", "Mbak, dosen iso nambah peserta dewe ora? Carane piye?"),
    ],
)
def test_how_to_questions_ask_for_support(subject: str, text: str) -> None:
    assert _type(subject, text) is ES


def test_a_feature_not_doing_its_job_is_a_fault() -> None:
    text = "Selamat pagi, di course Akuntansi Dasar timer kuis tidak berhenti walau mahasiswa sudah selesai."
    assert _type("timer", text) is ES


def test_a_value_still_shown_against_its_record_asks_the_change() -> None:
    text = "Pagi, MK TS3301 di e-learning masih Hidrologi, padahal di kurikulum baru namanya Hidrologi Terapan.\n\n"
    text += "Trims"
    assert _type("TS3301", text) is CD


def _mail(subject: str, body: str) -> bytes:
    return (
        "From: Sistem Arsip <arsip@unit.example.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\n"
        f"Subject: {subject}\r\nMessage-ID: <x24@unit.example.ac.id>\r\n\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body", "machine"),
    [
        ("Dokumen baru diunggah", "Dokumen RPS telah diunggah.\r\n\r\nEmail ini dibuat otomatis oleh sistem.", True),
        ("New form response", "A form got a response.\r\n\r\nThis email was sent from an unmonitored mailbox.", True),
        # a person quoting the line inside their own sentence, answering or forwarding a notice
        (
            "Maksudnya apa?",
            'Saya dapat pesan "Dokumen ditolak. Email ini dikirim otomatis." Maksudnya apa ya?',
            False,
        ),
        ("Pengingat", "Batas unggah RPS 10 Mei.\r\n\r\nIni adalah pengingat otomatis dari sistem.", True),
        ("New submission", "A new submission.\r\n\r\nThis notification was generated by FormDesk.", True),
        # a person's disclaimer: "do not reply if you are not the addressee"
        (
            "Permintaan SOP",
            "Mohon dikirim SOP terbaru.\r\n\r\n--\r\nMohon tidak membalas email ini apabila Anda bukan penerimanya.",
            False,
        ),
        ("Re: Dokumen baru diunggah", "Terima kasih.\r\n\r\nEmail ini dibuat otomatis oleh sistem.", False),
        (
            "Tolong cek",
            "Mohon dicek.\r\n\r\n---------- Forwarded message ---------\r\nEmail ini dibuat otomatis oleh sistem.",
            False,
        ),
    ],
)
def test_a_systems_notice_without_machine_headers(subject: str, body: str, machine: bool) -> None:
    assert screen(parse_message(_mail(subject, body)), CONTEXT).is_machine is machine


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # asked to be told a course's credits
        ("credits", "Hello, could you tell me the credits of ME3302 Heat Transfer? It is for my study plan.", OT),
        # an office device at fault, e-learning only what it keeps the writer from
        ("pc", "Komputer kantor saya tidak mau menyala sejak pagi, jadi tidak bisa membuka e-learning. Tolong.", OT),
    ],
)
def test_words_that_name_a_matter_without_asking_it(subject: str, text: str, expected: RequestType) -> None:
    assert _type(subject, text) is expected


def test_a_value_said_to_be_correct_is_no_verb_of_change() -> None:
    change_verb = next(rule for rule in RULES if rule.name == "change verb")
    assert change_verb.reason("the key is correct and students type it right") is None
    assert change_verb.reason("please correct the key") is not None
