"""The short fields' change pairs told in the kinds unseen mail missed: a decree, a handover in the passive, names of
other countries, numbers in words, groups of a class, a wrong value set against the right one in brackets."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes


def pairs(text: str, code: str | None = None, subject: str = "") -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, code, subject)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decree's passive: the verb before the person, the role after
        (
            "Sesuai SK Wadir I, ditetapkan Ir. Dang Van Thanh, M.Eng. sebagai dosen pengampu MK Robotika Lanjut "
            "(RB3201). Mohon disesuaikan.",
            {"lecturer": "Ir. Dang Van Thanh, M.Eng."},
        ),
        # a handover in the passive, the course before it
        (
            "Quantum Physics (FK4101) has been handed over to Dr. Mei Tanaka. Please change the name on e-learning.",
            {"lecturer": "Dr. Mei Tanaka"},
        ),
        # an assistant professor's titles, whole
        (
            "Asst. Prof. Dr. Somsak Thongchai replaces Mr. Hadi as lecturer of Agroforestry (AG2102).",
            {"lecturer": "Asst. Prof. Dr. Somsak Thongchai"},
        ),
        # a Vietnamese name with its marks and a degree after it
        (
            "Mulai bulan depan Trần Quốc Bảo, Ph.D. menggantikan saya mengajar MK Akustik (FI3104).",
            {"lecturer": "Trần Quốc Bảo, Ph.D."},
        ),
        # the semester in words
        ("Mohon MK Geodesi (GD2101) dipindah ke semester tujuh.", {"semester": "tujuh"}),
        # where the curriculum puts it, in a paragraph asking to move it
        (
            "MK Hukum Bisnis (HB2102) masih di semester 2, padahal di kurikulum baru letaknya di semester 4. "
            "Mohon dipindah.",
            {"semester": "4"},
        ),
        # what the credits already are, against what is shown
        ("SKS MK Hidrolika (TS2203) masih 2, padahal sudah empat SKS. Mohon diubah.", {"credits": "empat"}),
        # a practical group of a class, and a shift word after the time of day
        (
            "Kelas course Praktikum Biologi (BI1103) mohon diubah menjadi BI-1A Kelompok 3.",
            {"class": "BI-1A Kelompok 3"},
        ),
        ("The class of Cost Accounting (AC2201) should read AC-2A Morning Shift.", {"class": "AC-2A Morning Shift"}),
        # the wrong value in brackets, in a sentence asking corrections
        ("Ada yang perlu dikoreksi untuk MK Gizi (GZ1101): semesternya 3 (bukan 2).", {"semester": "3"}),
        # a decree cited for who teaches; the decree's line after the name is not a degree
        (
            "Mohon disesuaikan dengan surat tugas terbaru: pengampu MK Fisiologi (FS2101) semester genap ini adalah "
            "Dr. Aisha Rahman, M.Biomed.\nSK Direktur nomor 55/PL29/2028 sudah terbit.",
            {"lecturer": "Dr. Aisha Rahman, M.Biomed."},
        ),
        # a question asks for the update of the lecturer who will teach
        (
            "Ms. Pham Thu Trang, M.A. will be teaching Business English (BE2101) from next week. "
            "Could you update the lecturer?",
            {"lecturer": "Pham Thu Trang, M.A."},
        ),
        # a course word after a closing degree opens the next sentence
        (
            "Dosen MK Statika (TS1101) mohon diganti menjadi Ir. Petrus Ginting, M.T. MK lanjutannya tetap, tidak "
            "perlu diubah.",
            {"lecturer": "Ir. Petrus Ginting, M.T."},
        ),
    ],
)
def test_short_field_change_told(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the current lecturer only mentioned, carrying the message
        (
            "Pak Arman Syah, M.Kom. selaku pengampu menitipkan pesan: nama course Grafika (GR2101) mohon diubah "
            "menjadi Grafika Komputer.",
            {"fullname": "Grafika Komputer"},
        ),
        # another course's credits
        (
            "Kelas course Fisiologi Tumbuhan (BT2102) mohon diubah menjadi BT-2C, seperti Ekologi yang 2 SKS itu.",
            {"class": "BT-2C"},
        ),
        # the students' semester only says whose course it is
        (
            "Mahasiswa semester lima kelas TI-3A minta short name course Basis Data (IF2201) diubah jadi BD-3A.",
            {"shortname": "BD-3A"},
        ),
    ],
)
def test_near_miss_claims_only_what_is_asked(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected
