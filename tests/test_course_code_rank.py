"""The course code among shapes that only look like one: parts, ciphers and models, codes inside a subject, the
course a request is for."""

from __future__ import annotations

import pytest

from daemon.classify.course_code import find_course_code


@pytest.mark.parametrize(
    ("subject", "text", "code"),
    [
        # A bare shape in the text gives way to the code the writer marks as the course.
        ("Praktikum", "Bawa servo MG996R dan IC NE555.\n\nKode MK: RBT 2203\n", "RBT 2203"),
        ("Lab 4", "We compare AES256 with RSA2048.\n\nCourse: Applied Cryptography / CYS-3102\n", "CYS-3102"),
        ("Nama", "Materi mencakup baja AISI 1045, jadi nama MK (kode mata kuliah MES 1204) diubah.", "MES 1204"),
        # A bare code with nothing better still names the course; a marked part number stays a course.
        ("Dosen", "Mohon pengampu IF2204 diganti menjadi Budi.", "IF2204"),
        ("Key", "Kode MK: BC2101, key diganti jadi abc-27.", "BC2101"),
        # Inside a subject: capitals, or lower case beside a field or class word.
        ("minta ganti key rks 3105 kelas malam", "key baru: x-27", "rks 3105"),
        ("Pengampu ELK-2108 semester genap diganti", "Pengampunya saya.", "ELK-2108"),
        # The course a request is for, followed by the request.
        ("Change of lecturer", "for EE 2104 please change the lecturer to Brian Walsh.", "EE 2104"),
        ("dosen", "untuk TRE 3110 tolong dosennya diganti ke Maya.", "TRE 3110"),
        # A name in the cell before the code; a course word and its name before a colon.
        ("Info course", "Sistem Kendali | TRE 3201 / TI-3A / GU 704\n", "TRE 3201"),
        ("Dosen MK", "MK Aircraft Electrical System: AMT 2102, kelas AMT-2A.", "AMT 2102"),
    ],
)
def test_the_course_code_is_read(subject: str, text: str, code: str) -> None:
    assert find_course_code(subject, text) == code


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Pengumuman tools", "Kita menguji enkripsi AES256 dan hash SHA256 di port 443."),
        ("Render farm", "Render farm dengan GPU RTX3060, kamera Canon EOS 800D dan Leica TS 06."),
        ("Kunjungan", "Berangkat dengan pesawat GA 152, lalu flight QG 7510."),
        ("upload max 2048 kb gagal", "File saya tidak bisa diunggah."),
        ("Kuis", "Kuis untuk PSAK 109 tentang zakat."),
        ("Tugas", "Data dalam proyeksi EPSG 4326, zona 48N."),
        ("Kuliah pindah di GU 704 besok", "Mohon diumumkan."),
        ("Ujian", "Lokasi Ujian: GU 704, mobil praktikum BP 1234 KL di bengkel."),
        ("Ujian", "Ruang | GU 805 | Lab Komputer\n"),
    ],
)
def test_a_part_a_model_or_a_standard_is_no_course(subject: str, text: str) -> None:
    assert find_course_code(subject, text) is None
