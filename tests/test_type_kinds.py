"""Kinds of language the type decision reads: changes said without "mohon", how-to questions, notices to publish."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType

MAIL_DATE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)
CD, ES, AN, OT = (
    RequestType.COURSE_DATA,
    RequestType.ELEARNING_SUPPORT,
    RequestType.ANNOUNCEMENT,
    RequestType.OTHER,
)


def _type(subject: str, text: str, *, is_reply: bool = False) -> RequestType:
    return classify(ClassifierInput(subject, text, MAIL_DATE, is_reply=is_reply)).type


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # a change said as what is to be, on a phone, ending with thanks
        ("nm mk", "siang min, nm mk EL2104 Rangkaian Listrik mjd Rangkaian Listrik Dasar ya. makasih"),
        ("kode", "Pagi, kode course AK1203 jd AK1203-B ya min. Trims."),
        # a change of lecturer reported in the passive, no "mohon"
        (
            "pengajar MK",
            "Pengajar MK Statistika (MN1102) digantikan oleh Ibu Sari Dewi, M.Si. mulai pekan depan.\nTerima kasih",
        ),
        ("nama pendek", "Sore, nama pendek course MN2201 dirubah ke 'MN2201-AKM' ya. Terima kasih banyak."),
    ],
)
def test_a_change_said_without_asking_words_is_course_data(subject: str, text: str) -> None:
    assert _type(subject, text) is CD


def test_a_hedged_change_told_ahead_in_a_new_mail_is_not_a_request_yet() -> None:
    text = (
        "Untuk MK Kimia Dasar (TK1101) kemungkinan dosennya nanti Ibu Rina, tapi belum pasti. Nanti kami kabari "
        "setelah rapat jurusan.\n\nTerima kasih"
    )
    assert _type("dosen MK Kimia Dasar", text) is OT


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Terima kasih", "Terima kasih min, nama MK sudah berubah menjadi Rangkaian Listrik Dasar."),
        ("Re: nama MK", "Makasih pak, sudah diganti jadi Rangkaian Listrik Dasar. Sudah saya cek."),
        ("thanks", "Thanks a lot, the short name was changed to AK1203-B, all good now."),
    ],
)
def test_thanks_for_a_change_made_stays_other(subject: str, text: str) -> None:
    assert _type(subject, text, is_reply=subject.startswith("Re:")) is OT


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # a reply thanking for finished work, with a change for later that is not decided yet
        (
            "Re: [P4M #2026-0311] Ganti dosen pengampu Statistika",
            "Makasih bu, sudah saya lihat dan dosennya sudah berganti. Btw tahun depan kemungkinan ada penambahan "
            "kelas untuk MK ini, tapi masih menunggu keputusan prodi. Nanti saya kabari lagi ya.",
        ),
        (
            "Re: [P4M #2026-0402] Perubahan SKS Fisika Dasar",
            "Terima kasih pak, SKS-nya sudah berubah. Untuk nama MK-nya mungkin nanti diganti juga, namun belum "
            "pasti, masih menunggu SK dari jurusan.",
        ),
        (
            "Re: [P4M #2026-0415] Course name change for EE2101",
            "Thanks, I can see the new name now. We may also change the credits next year, but it is not "
            "decided yet. I will let you know.",
        ),
    ],
)
def test_thanks_with_an_undecided_change_for_later_stays_other(subject: str, text: str) -> None:
    assert _type(subject, text, is_reply=True) is OT


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # near misses: thanks, then a new problem or a firm ask, in the same reply
        (
            "Re: [P4M #2026-0311] Ganti dosen pengampu Statistika",
            "Terima kasih, sudah saya cek. Tapi sekarang SKS-nya masih tertulis 2, mohon diubah menjadi 3.",
        ),
        (
            "Re: [P4M #2026-0402] Perubahan nama MK",
            "Makasih, namanya sudah berubah. Satu lagi, mohon SKS MK ini diubah menjadi 3 ya. Dosennya kemungkinan "
            "juga berganti, nanti saya kabari.",
        ),
    ],
)
def test_thanks_then_a_new_ask_in_a_reply_is_course_data(subject: str, text: str) -> None:
    assert _type(subject, text, is_reply=True) is CD


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("tanya", "Selamat pagi, gimana caranya mengubah nama kelas di e-learning? Makasih."),
        ("Pertanyaan kode MK", "Bu, bagaimana langkah mengganti kode MK di Moodle? Terima kasih."),
        ("short name question", "Hello, how can I rename the short name of my course on my own? Thanks, Anna"),
        ("course summary", "Hi, could I edit the course summary myself, or does it have to go through you?"),
    ],
)
def test_a_question_how_to_do_something_is_elearning_support(subject: str, text: str) -> None:
    assert _type(subject, text) is ES


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Perubahan nama MK",
            "Bagaimana kabarnya, Pak? Mohon nama MK TI2203 Basis Data 2 diubah menjadi Basis Data Lanjut. "
            "Terima kasih.",
        ),
        ("rename", "How are you? Please change the course name of IF3102 to Web Programming II. Thanks."),
    ],
)
def test_a_change_request_with_a_greeting_question_stays_course_data(subject: str, text: str) -> None:
    assert _type(subject, text) is CD


def test_a_notice_to_publish_on_elearning_is_an_announcement_whatever_its_topic() -> None:
    text = (
        "Mohon bantuannya untuk dipasang di e-learning (semua pengguna):\n\n"
        "Jam Kerja Bagian Keuangan Selama Libur Semester\n"
        "Bagian keuangan melayani pembayaran pukul 08.00-12.00 selama libur semester.\n\nTerima kasih."
    )
    assert _type("Fwd: jam kerja keuangan", text) is AN


def test_a_matter_outside_the_unit_without_a_notice_to_publish_stays_other() -> None:
    text = "Selamat siang, jam layanan bagian keuangan selama libur semester sampai pukul berapa ya? Terima kasih."
    assert _type("jam layanan keuangan", text) is OT


def test_what_elearning_shows_is_not_a_notice_to_publish() -> None:
    text = "Nama MK IF2201 yang ditampilkan di e-learning salah, mohon diubah menjadi Struktur Data. Terima kasih."
    assert _type("nama MK salah", text) is CD
