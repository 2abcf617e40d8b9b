"""Kinds of mail that ask the unit for nothing it does, beside the requests that share their words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType

MAIL_DATE = datetime(2027, 3, 15, 2, 0, tzinfo=UTC)
CD, ES, AN, DR, OT = (
    RequestType.COURSE_DATA,
    RequestType.ELEARNING_SUPPORT,
    RequestType.ANNOUNCEMENT,
    RequestType.DOCUMENT_REQUEST,
    RequestType.OTHER,
)


def _type(subject: str, text: str) -> RequestType:
    return classify(ClassifierInput(subject, text, MAIL_DATE, is_reply=subject.startswith("Re:"))).type


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # praise after a training thanks without the word, and passing on thanks asks no work
        (
            "Sesi H5P",
            "Sesi H5P kemarin sangat bermanfaat, langsung saya praktikkan di kuis kelas saya. Mohon sampaikan "
            "terima kasih saya kepada pematerinya.",
        ),
        (
            "Feedback",
            "Just wanted to say the gradebook session was really helpful. Please pass on my thanks to the team.",
        ),
        # the writer withdraws the request or did the work himself
        (
            "Abaikan email saya",
            "Mohon abaikan email saya tadi pagi soal enrolment key Fisika Dasar, sudah saya atur sendiri.",
        ),
        ("Earlier request", "No action needed on the short name any more, I have changed it myself."),
        # a vendor selling something for Moodle
        (
            "Proctoring for your LMS",
            "We would like to introduce our proctoring plugin for Moodle quizzes. A free demo is available for your "
            "team next week.",
        ),
        # the academic system and other offices
        ("KRS", "Pak, KRS saya masih belum di-approve dosen wali, padahal besok terakhir. Harus bagaimana?"),
        ("Cuti", "Yth. Bagian Kepegawaian, saya mengajukan cuti tahunan tiga hari mulai Senin depan."),
        # a survey to take part in
        (
            "Survey invitation",
            "Could you kindly take a few minutes to fill in our survey on blended learning? The link is below.",
        ),
        # a question what a course's data is asks to be told
        ("Dosen Basis Data", "Permisi, siapa dosen pengampu Basis Data kelas RKS-2B? Saya perlu konsultasi proyek."),
        ("Credits", "Hi, how many credits is the Capstone Project worth this year? It is not in the handbook."),
        # office equipment
        ("Printer", "The printer in room 204 keeps jamming, could a technician have a look?"),
        # a receipt acknowledged in a reply
        ("Re: [P4M #2027-0001] Pengumuman kelas", "Noted with thanks, sudah tampil di halaman course."),
    ],
)
def test_mail_asking_nothing_of_the_unit_is_other(subject: str, text: str) -> None:
    assert _type(subject, text) is OT


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # a reply that closes one matter and opens another: the second is what is asked
        (
            "Re: [P4M #2027-0002] Lupa password",
            "Terima kasih, akun sudah bisa. Sekalian, kuis 3 di course Statistika tidak bisa dibuka mahasiswa, "
            "muncul error.",
            ES,
        ),
        (
            "Re: [P4M #2027-0003] Pengumuman",
            "Pengumumannya sudah tayang, terima kasih. Satu hal lagi: nama course AK2101 mohon diubah menjadi "
            "Akuntansi Biaya Lanjutan.",
            CD,
        ),
        # what e-learning recorded of a student's work
        ("tugas telat", "Min, tugas saya ditandai terlambat padahal saya kirim jam 22.00, deadline jam 23.59.", ES),
        # SIAKAD only as where the file goes; what the writer tried is not work done
        ("Nilai", "Saat saya ekspor nilai dari e-learning untuk diunggah ke SIAKAD, filenya kosong.", ES),
        ("Kuis error", "Sudah saya coba sendiri di dua browser, halaman kuis tetap error. Mohon dibantu.", ES),
        # a question beside a complaint of a wrong value: the complaint still asks for the change
        (
            "SKS Kalkulus",
            "Berapa SKS Kalkulus sebenarnya? Di e-learning tertulis 2, seharusnya 3 sesuai kurikulum. Mohon diubah.",
            CD,
        ),
        # an office as the sender may ask the unit anything
        (
            "Lecturer update",
            "For EL2201 Digital Systems please change the lecturer to Dr. Yusuf Hamdani.\n\nRegards,\nAcademic Office",
            CD,
        ),
        # a notice about the academic system asked to be told to students is still an announcement
        (
            "Info KRS",
            "Mohon disampaikan ke seluruh mahasiswa di e-learning bahwa pengisian KRS diperpanjang sampai Jumat.",
            AN,
        ),
        # a questionnaire asked for is a document, one to fill in is not
        ("Kuesioner EDOM", "Mohon dikirimkan kuesioner evaluasi dosen versi terbaru untuk prodi kami.", DR),
    ],
)
def test_requests_sharing_those_words_keep_their_type(subject: str, text: str, expected: RequestType) -> None:
    assert _type(subject, text) is expected
