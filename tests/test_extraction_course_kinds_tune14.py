"""Current course name in shapes real course names take that no earlier corpus held, in other words than the
fourteenth name corpus: a class named by its time of day closing a name, the kind of teacher before "pengampu",
settings screens aligned by spaces, ASCII tables, a bracketed word inside a name, a lower-case name closed by the
field asked about; and the near-misses: verbs, settings and one-word subjects before a code or "course"."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code


@pytest.mark.parametrize(
    ("subject", "text", "name"),
    [
        # A class named by its time of day closes the name, in capitals too.
        ("", "TOLONG KEY MATKUL TEKNIK DIGITAL KELAS SORE DIGANTI.", "TEKNIK DIGITAL"),
        ("", "Mohon key MK Gambar Teknik II kelas karyawan diganti.", "Gambar Teknik II"),
        # The kind of teacher between "saya" and "pengampu".
        ("", "Saya dosen tidak tetap pengampu Termodinamika I, mohon key diganti.", "Termodinamika I"),
        # A Moodle settings screen aligned by spaces or a tab; its short name is no name.
        ("", "Course full name      Hidrolika Terapan\nCourse short name     HIDRO", "Hidrolika Terapan"),
        ("", "Course short name     HIDRO\nPlease change it to HID-2B.", None),
        # ... or copied from the form, the label over its value with the form's "Required" between.
        ("", "Course full name\nRequired\nGeoteknik Lanjut\nCourse short name\nRequired\nGEO2", "Geoteknik Lanjut"),
        ("", "Course short name\nRequired\nGEO2\nMohon diganti jadi GEO-2B.", None),
        # An ASCII table with "+---+" rules and outer pipes.
        (
            "",
            "+-------+-----------------+\n| Kode  | Mata Kuliah     |\n+-------+-----------------+\n"
            "| EL101 | Rangkaian Listrik I |\n+-------+-----------------+",
            "Rangkaian Listrik I",
        ),
        # A bracketed word inside a name; a time of day in brackets is none of it.
        ("", "Mohon umumkan di course Bengkel (Workshop) Manufaktur.", "Bengkel (Workshop) Manufaktur"),
        ("", "Mohon key MK Fisika Terapan (Malam) Diganti.", "Fisika Terapan"),
        # A lower-case name closed by the field asked about; a sentence's words are no name.
        ("", "kak mk sistem digital dosennya salah", "sistem digital"),
        ("", "kak mk yang saya ambil sks nya salah", None),
        # A bare "key" of a course, and the course between its field and a passive verb; never a class or a version.
        ("", "Please reset the key for Hydraulic Structures 2 today.", "Hydraulic Structures 2"),
        ("", "Please reset the key for Kelas Malam today.", None),
        ("", "deskripsi Teknik Pondasi Lanjut diperbarui ya kak", "Teknik Pondasi Lanjut"),
        ("", "Short name Baru diganti jadi TPD-2A.", None),
        # Verbs, settings and one word before a code or "course" in a subject name no course.
        ("Rename MES2201", "Please rename it to Fluid Mechanics II.", None),
        ("Setting course", "Short name TIF2202 mohon diganti jadi TIF-2B.", None),
        ("Nilai AKT2101", "SKS course AKT2101 mohon diubah jadi 3.", None),
        ("Re: Basis Data Lanjut TIF3102", "SKS-nya mohon diubah jadi 3.", "Basis Data Lanjut"),
    ],
)
def test_current_name(subject: str, text: str, name: str | None) -> None:
    code = find_course_code(subject, text)
    assert find_course_name(subject, text, code) == name
