"""Kinds of language the type decision reads: e-learning trouble told in other offices' words, questions only."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType

MAIL_DATE = datetime(2027, 8, 2, 2, 0, tzinfo=UTC)
CD, ES, OT = RequestType.COURSE_DATA, RequestType.ELEARNING_SUPPORT, RequestType.OTHER


def _type(subject: str, text: str) -> RequestType:
    return classify(ClassifierInput(subject, text, MAIL_DATE)).type


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # a wrong role on the course after a class change or a teaching letter
        (
            "peran di course",
            "Selamat siang, sejak pembagian kelas diubah jurusan, saya tercatat sebagai peserta di course Fisika "
            "Dasar, bukan pengajar. Mohon dibantu.\n\nSalam, Wati",
        ),
        (
            "access",
            "Hello, my teaching letter arrived but on the LMS I can only see the course as a guest. I need to set up "
            "the first week's materials. Regards, Tom",
        ),
        # a quiz closed by another class's timetable
        (
            "tugas 3",
            "Pagi, tugas 3 Kimia ditutup kemarin sore, padahal menurut jadwal kelas B baru kuliah hari Kamis. Mohon "
            "tugasnya dibuka lagi untuk kelas B. Terima kasih",
        ),
        (
            "quiz",
            "Hi, the quiz closed at noon according to the timetable of the morning group, so our evening group "
            "missed it. Could it be opened for us until 21:00? Thanks",
        ),
        # the lecture timetable cited as what the quiz followed
        (
            "kuis ditutup",
            "Kuis 4 di web kuliah ditutup mengikuti jadwal kuliah kelas pagi, kelas malam belum sempat mengerjakan. "
            "Mohon kuisnya dibuka lagi.",
        ),
        # a study plan already approved is why the student expects the course
        (
            "kelas online",
            "min, KRS saya sudah disetujui tapi matkul Fisika Dasar blm nongol di kelas online. tlg dicek ya",
        ),
        # grades e-learning did not pass on to the academic system
        (
            "sinkron nilai",
            "Pak, nilai UAS di Moodle untuk kelas TI-3B tidak tersinkron ke SIAKAD, padahal kelas lain sudah. Mohon "
            "dicek pengaturannya.",
        ),
        # the teacher's access a teaching letter should have given
        (
            "SK mengajar",
            "SK mengajar saya untuk semester ganjil sudah ada dari jurusan, tapi saya belum punya akses pengajar ke "
            "course Fisika 2 di web kuliah.",
        ),
        # a course gone from the writer's list after a room change
        ("Basis Data", "Kelas online Basis Data hilang dari daftar saya setelah kelas dipindah ke ruang B-204."),
    ],
)
def test_elearning_trouble_told_in_other_offices_words_is_support(subject: str, text: str) -> None:
    assert _type(subject, text) is ES


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("KRS", "Selamat pagi, KRS saya belum disetujui dosen wali, padahal batasnya besok. Harus bagaimana?"),
        # the lecture timetable moved is the academic office's
        (
            "ganti jadwal",
            "Bisakah jadwal kuliah Rabu malam dipindah ke Kamis? Banyak mahasiswa karyawan yang lembur Rabu.",
        ),
        (
            "proof of enrolment",
            "Hello, my employer asks for a proof of enrolment for this semester. Who can sign it? Thanks, Dewi",
        ),
        # asked only to know: no change is asked
        (
            "short names",
            "Dear P4M, is it possible to change the short name of a course during the semester? Just curious, we "
            "are not planning anything now.",
        ),
        ("kode MK", "Siang, mengapa kode matakuliah Statika sekarang berubah? Saya hanya ingin tahu saja."),
        ("pertanyaan", "Apakah boleh mengganti dosen pengampu di tengah semester? Hanya bertanya aturannya saja."),
        ("course rename policy", "Can a course be renamed mid-term? Asking about our programme's policy."),
        ("why", "Why did my course name change on Moodle? It used to be Physics 1."),
        # a newcomer introducing themselves with the course they teach
        ("perkenalan", "Perkenalkan saya Budi, dosen pengampu baru Matematika Diskrit. Salam kenal semuanya."),
    ],
)
def test_other_offices_matters_and_questions_only_stay_other(subject: str, text: str) -> None:
    assert _type(subject, text) is OT


def test_a_newcomer_asking_for_access_is_not_a_greeting_only() -> None:
    text = "Perkenalkan, saya dosen baru Teknik Sipil. Mohon dibuatkan akun e-learning karena saya belum bisa login."
    assert _type("akun baru", text) is ES


def test_a_why_question_beside_a_correction_still_asks_the_change() -> None:
    text = "Kenapa nama MK IF2201 berubah? Seharusnya Basis Data Lanjut, mohon diubah menjadi itu. Terima kasih."
    assert _type("nama MK IF2201", text) is CD
