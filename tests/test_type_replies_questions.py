"""Kinds of language the type decision reads in replies and questions: answers between the helpdesk's quoted
questions, corrections sent with thanks, questions supposing a change, how-to questions the mail client wrapped."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType
from daemon.classify.questions_asked import questions_answered, unwrapped

MAIL_DATE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)
CD, ES, AN, OT = (
    RequestType.COURSE_DATA,
    RequestType.ELEARNING_SUPPORT,
    RequestType.ANNOUNCEMENT,
    RequestType.OTHER,
)


def _reply(subject: str, new_text: str, quoted: str) -> RequestType:
    return classify(ClassifierInput(subject, new_text, MAIL_DATE, is_reply=True, context=quoted)).type


def _type(subject: str, text: str, *, is_reply: bool = False) -> RequestType:
    return classify(ClassifierInput(subject, text, MAIL_DATE, is_reply=is_reply)).type


def test_questions_answered_are_the_quoted_lines_between_answers() -> None:
    context = "Helpdesk wrote:\n\n> Judul?\n\nWisuda Diundur\n\n> Kapan tayang?\n\nbesok pagi"
    assert questions_answered(context) == "Judul?\nKapan tayang?"


def test_a_reply_quoting_below_its_text_answers_no_questions() -> None:
    # top-posting: the quoted mail follows the answer, nothing is answered between its lines
    assert questions_answered("Sudah beres, terima kasih.\n\n> Mohon isi pengumuman?\n> Salam") == ""


@pytest.mark.parametrize(
    ("subject", "new_text", "quoted", "expected"),
    [
        # an announcement about another office's matter (study plans, a scholarship, an internship), answered
        # between the questions: the matter is the announcement's topic
        (
            "Pengumuman perwalian",
            "Jadwal Pengisian KRS Semester Pendek\n\nSenin depan jam 8 pagi\n\nterima kasih",
            "> Apa judul pengumumannya?\n\nJadwal Pengisian KRS Semester Pendek\n\n> Kapan ditayangkan?\n\n"
            "Senin depan jam 8 pagi\n\nterima kasih",
            AN,
        ),
        (
            "Info magang",
            "Program Magang Industri 2027\n\nmahasiswa tingkat akhir",
            "> Title of the announcement?\n\nProgram Magang Industri 2027\n\n> Who should see it?\n\n"
            "mahasiswa tingkat akhir",
            AN,
        ),
        # a course's data answered between the questions
        (
            "Nama course",
            "MN2203\n\nManajemen Operasional Lanjut",
            "> Kode matakuliah?\n\nMN2203\n\n> Nama baru yang diminta?\n\nManajemen Operasional Lanjut",
            CD,
        ),
    ],
)
def test_answers_between_the_helpdesks_questions(subject: str, new_text: str, quoted: str, expected: str) -> None:
    assert _reply(subject, new_text, quoted) is expected


def test_a_thank_you_reply_under_a_quoted_request_is_still_thanks() -> None:
    # near-miss: the request is quoted whole below the thanks, nothing is answered between its lines
    quoted = "> Mohon dipasang pengumuman di beranda e-learning:\n> Judul: Libur Semester\n> Isi: kampus tutup."
    assert _reply("Pengumuman libur", "Sudah tayang, terima kasih banyak.", quoted) is OT


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Pengumuman wisuda", "Mohon maaf Pak, jam tayangnya keliru, seharusnya pukul 09.00. Terima kasih."),
        ("Pengumuman seminar", "Pagi, judulnya tadi salah, yang benar: Seminar Riset Terapan. Makasih."),
    ],
)
def test_an_announcement_corrected_with_thanks_in_a_reply(subject: str, text: str) -> None:
    assert _type(subject, text, is_reply=True) is AN


def test_a_course_value_corrected_with_thanks_is_asked() -> None:
    text = "Maaf ada salah ketik, kodenya yang benar EL2210 untuk MK Elektronika Dasar. Terima kasih."
    assert _type("Kode MK", text, is_reply=True) is CD


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # a question what would follow a change supposes it: asks nothing of the course's data
        (
            "tanya nilai",
            "Pak, andaikan nama MK Fisika Dasar diganti jadi Fisika Teknik, apakah nilai lama tetap ada? Terima kasih.",
            OT,
        ),
        (
            "credits question",
            "What if the credits of Data Mining became 4 next year, would the quiz weights change too? Thanks.",
            OT,
        ),
        # near-miss: the change asked plainly, the supposition only explains why
        ("SKS", "Mohon SKS Proyek Akhir diubah menjadi 4 SKS sesuai kurikulum baru. Terima kasih.", CD),
    ],
)
def test_a_question_supposing_a_change(subject: str, text: str, expected: RequestType) -> None:
    assert _type(subject, text) is expected


def test_a_wrapped_how_to_question_is_one_question() -> None:
    text = (
        "Selamat siang,\n\nBu, apakah kami bisa mengubah sendiri kunci pendaftaran course di e-learning,\n"
        "atau harus selalu lewat P4M?\nKalau bisa, mohon dikirimkan langkahnya.\n\nSalam"
    )
    assert _type("tanya kunci pendaftaran", text) is ES


def test_unwrapped_keeps_lists_and_ended_sentences() -> None:
    text = "Yang perlu diubah:\n1. nama\n2. kode\nSekian,\nterima kasih atas\nbantuannya."
    assert unwrapped(text) == "Yang perlu diubah:\n1. nama\n2. kode\nSekian, terima kasih atas bantuannya."


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # the change asked with its value after the trouble that explains it
        (
            "Kunci course Statistika",
            "Selamat pagi,\n\nbeberapa mahasiswa tidak bisa masuk course Statistika (MN1102), katanya kuncinya "
            "ditolak.\n"
            "Mohon ganti kunci pendaftaran ke Stat-Genap27 supaya saya bisa bagikan lagi.\n\nSalam",
            CD,
        ),
        (
            "Course name",
            "Hi, the course page of Fluid Mechanics shows an error for some students. Separately, please change the "
            "course name to Applied Fluid Mechanics. Thanks",
            CD,
        ),
        # near-miss: a password reset to a value is the writer's login trouble
        ("Password", "Saya tidak bisa login e-learning, mohon reset password saya ke default. Terima kasih", ES),
    ],
)
def test_a_field_changed_to_a_value_outvotes_the_trouble_told(subject: str, text: str, expected: RequestType) -> None:
    assert _type(subject, text) is expected
