"""Course codes in shapes a unit or a partner gives its own courses (letters only, a class-type letter, a numbered
part, slashes, a dotted number), read when held-out part36 was opened (as tune54), in voices it does not use: such a
shape is the course only where the writer marks it as one, never a class, an organisation or a room in brackets."""

from __future__ import annotations

import pytest

from daemon.classify.course_code import find_course_code

MARKED = (
    pytest.param(
        "Semester MKU",
        "Mohon ubah semester MK Kewirausahaan Digital (kode MKU-KWU-02) menjadi semester 5.",
        "MKU-KWU-02",
        id="labelled-numbered-part",
    ),
    pytest.param(
        "SKS kerja praktik",
        'Di course "Kerja Praktik Industri" (TMJ-KPI) jumlah SKS masih 2, mohon jadi 3.',
        "TMJ-KPI",
        id="letters-only-after-quoted-course",
    ),
    pytest.param(
        "key kelas malam",
        "Enrolment key MK Perpajakan (PJK-M 210) kelas malam mohon diganti jadi Pjk210-Malam.",
        "PJK-M 210",
        id="class-type-letter-then-number",
    ),
    pytest.param(
        "Credits for surveying",
        "I teach the surveying module (SRV-2.14, Land Surveying Practice) and need its credits changed to 3.",
        "SRV-2.14",
        id="bracket-opens-with-code-then-name",
    ),
    pytest.param(
        "Rename course CE/2/118",
        'Please rename my course CE/2/118 "Struktur Beton" to "Struktur Beton Bertulang".',
        "CE/2/118",
        id="slashes-after-course-word",
    ),
    pytest.param(
        "Tukar kelas",
        "Mohon kelas ditukar:\n\nKode MK\tNama MK\tKelas lama\tKelas baru\nTRM-2.04\tTermodinamika\tTM-2A\tTM-2B\n",
        "TRM-2.04",
        id="tab-table-code-column",
    ),
    pytest.param(
        "Dosen tertukar",
        "Dosen dua MK ini tertukar:\n\nKode\tMata kuliah\tDosen seharusnya\nSIP-3.11\tSistem Informasi Geografis"
        "\tRahmat Hidayat, M.T.\n",
        "SIP-3.11",
        id="tab-table-header-ends-with-seharusnya",
    ),
)


@pytest.mark.parametrize(("subject", "text", "code"), MARKED)
def test_a_code_the_writer_marks_is_read_in_any_shape(subject: str, text: str, code: str) -> None:
    assert find_course_code(subject, text) == code


NOT_A_COURSE = (
    pytest.param(
        "Pengumuman lomba",
        "Himpunan Mahasiswa Jurusan Informatika (HMJ-IF) mau minta pengumuman lomba dipasang.",
        id="organisation-in-brackets",
    ),
    pytest.param(
        "Ganti kelas",
        "Mohon ganti kelas di MK Basis Data (TRPL-3B) menjadi TRPL-3C.",
        id="class-in-brackets",
    ),
    pytest.param(
        "Ruang kuliah",
        "Kuliah Metrologi dipindah ke Gedung Utama (GU-8.02) mulai minggu depan.",
        id="room-in-brackets",
    ),
    pytest.param(
        "Akses SSO",
        "Mahasiswa dari Universitas Mitra (UNM-EXC) belum bisa login lewat SSO.",
        id="partner-in-brackets",
    ),
)


@pytest.mark.parametrize(("subject", "text"), NOT_A_COURSE)
def test_a_bracketed_shape_without_a_course_is_no_code(subject: str, text: str) -> None:
    assert find_course_code(subject, text) is None
