"""The grammar of intent in the type decision: reporting a fault, asking for a change, telling and thanking."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType
from daemon.classify.telling import asks_for_work, plan_told_ahead, tells_only
from daemon.classify.value_arrow import field_to_value

MAIL_DATE = datetime(2027, 9, 1, 2, 0, tzinfo=UTC)
CD, ES, OT = RequestType.COURSE_DATA, RequestType.ELEARNING_SUPPORT, RequestType.OTHER


def _type(subject: str, text: str, *, is_reply: bool = False) -> RequestType:
    return classify(ClassifierInput(subject, text, MAIL_DATE, is_reply=is_reply)).type


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # a fault told with course-data words: the lecturer's course missing, a course that will not open
        (
            "Course Kalkulus",
            "Saya dosen pengampu Kalkulus kelas 1B, tapi course-nya belum tampil di halaman My courses saya.",
            ES,
        ),
        ("Course Fisika", "Saya pengampu Fisika 3 SKS. Course-nya tak dapat dibuka sejak tadi pagi.", ES),
        # the same words asking for a change
        ("Pengampu Kalkulus", "Mohon pengampu Kalkulus (MA1101) diganti menjadi Dr. Rina Sari, M.Si.", CD),
        ("Kalkulus MA1101", "Nama pengampu tertulis Rina Sar, yang benar Rina Sari. Terima kasih.", CD),
        # telling: an invitation, a notice for information, a complaint about a decision
        ("Undangan rapat", "Kami mengundang Bapak/Ibu pada rapat penyesuaian nama dan SKS mata kuliah.", OT),
        (
            "Info",
            "Sekadar memberitahukan, Statistika rencananya dipindah ke semester 4 tahun depan; permintaannya akan "
            "kami kirim setelah SK terbit.",
            OT,
        ),
    ],
)
def test_asking_reporting_and_telling(subject: str, text: str, expected: RequestType) -> None:
    assert _type(subject, text) is expected


def test_a_field_and_its_value_after_an_arrow_ask_for_the_change() -> None:
    assert _type("Fisika Terapan FT1102", "singkatan → FISTER-1A\nmakasih min") is CD
    assert field_to_value("sks : 2 -> 3\n\nty") == "sks : 2 -> 3"


def test_a_menu_path_or_a_quoted_arrow_states_no_change() -> None:
    assert field_to_value("Buka Site administration → Courses → Manage courses and categories") is None
    assert field_to_value("> nama -> Fisika Lanjut") is None


def test_a_change_asked_now_is_not_telling() -> None:
    assert asks_for_work("sekadar info mohon nama matakuliah ini diganti")
    assert not asks_for_work("kemungkinan akan saya minta ganti nama")
    assert tells_only("bersama ini kami sampaikan bahwa kurikulum berubah") is not None
    assert tells_only("saya keberatan pengampu mekanika diganti oleh prodi") == "keberatan"
    assert tells_only("mohon bantuannya") is None


def test_a_change_planned_for_later_and_told_ahead_is_not_a_request_yet() -> None:
    # a plan for a later term, with nothing settled or its request to come: other, whatever fields it names
    assert _type("Info SKS", "Untuk informasi, tahun depan SKS Kimia Dasar (KM1101) kemungkinan naik jadi 4.") is OT
    assert (
        _type("Lab Safety", "FYI we might rename CH2201 Lab Safety next year; nothing is final, I will follow up.")
        is OT
    )
    assert plan_told_ahead("prodi berencana mengganti kode mk, permohonan resmi akan kami kirim bulan depan")
    # the writer's own ask put off ("nanti ... saya minta") asks nothing now; a later change asked now does
    assert not asks_for_work("belum final, nanti kalau sk terbit saya minta diganti")
    assert asks_for_work("kemungkinan semester depan saja, tapi mohon diganti sekarang")
    assert (
        _type(
            "Pengampu Kimia",
            "Semester depan pengampu Kimia Dasar (KM1101) berganti. Mohon diubah menjadi Dr. Nia Sari.",
        )
        is CD
    )
    # a plan alone, without a word telling it for information, is not this kind
    assert plan_told_ahead("semester depan nama mk ini berubah") is None


def test_a_reply_with_only_a_thanking_subject_asks_nothing() -> None:
    assert _type("Enrolment key IF1203 sudah diganti, terima kasih", "", is_reply=True) is OT


def test_nothing_to_change_then_what_is_asked_instead() -> None:
    text = (
        "Data course sudah sesuai, tidak ada yang perlu diubah. Saya cuma minta mahasiswa TI-2C dimasukkan ke course."
    )
    assert _type("Cek data course", text) is ES


def test_a_formal_letter_asking_to_publish_is_an_announcement_and_one_only_telling_is_not() -> None:
    asked = (
        "Yth. Kepala P4M,\n\nBersama ini kami sampaikan bahwa perkuliahan diliburkan pada 17 Agustus 2027. Mohon "
        "bantuan untuk mempublikasikan surat edaran ini melalui laman e-learning agar diketahui seluruh sivitas."
    )
    assert _type("Surat Edaran Libur Semester", asked) is RequestType.ANNOUNCEMENT
    told = "Dengan hormat, bersama ini kami sampaikan bahwa kampus libur tanggal 17 Agustus 2027. Terima kasih."
    assert _type("Surat Edaran Libur", told) is OT


def test_an_old_value_still_shown_after_the_change_is_a_fault() -> None:
    text = (
        "Nama MK Jaringan sudah diganti minggu lalu, terima kasih. Tapi di aplikasi Moodle di HP mahasiswa masih "
        "muncul nama lama, padahal di browser sudah benar."
    )
    assert _type("Nama MK di aplikasi", text) is ES


def test_a_reply_handing_over_the_announcement_text_asks_to_publish() -> None:
    text = "Berikut naskah pengumumannya:\n\nPraktikum Fisika minggu ini ditiadakan.\n\nTerima kasih."
    assert _type("Pengumuman praktikum", text, is_reply=True) is RequestType.ANNOUNCEMENT


def test_course_content_moved_between_courses_is_support_not_a_field_change() -> None:
    text = (
        "Pak/Bu, mohon materi dan kuis di course Kalkulus semester ganjil 2026 dipindahkan ke course Kalkulus "
        "semester ini. Terima kasih."
    )
    assert _type("Materi semester lalu", text) is ES
