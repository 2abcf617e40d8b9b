"""Current course name by the grammar of the twenty-fourth name corpus, in other words than its mails: what the page
writes or shows now (quoted in lower case, in capitals after the code), the writer's course told as its code and
name, a settings screen's name label beside labels of other settings, a two-column settings table, a subject that
opens with the course before its field, a name listing its subjects; and the near-misses that must read no name."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name


@pytest.mark.parametrize(
    ("subject", "text", "code", "name"),
    [
        # What the page writes now, quoted, as the writer says it.
        (
            "",
            'matkul PRK2201 di elearning tulisannya "praktikum kimia dasar", tolong dirapikan',
            "PRK2201",
            "praktikum kimia dasar",
        ),
        # What the code's page shows, in capitals, up to the writer's word on its letters.
        (
            "",
            "The LMS page of GEO2105 still shows LAND SURVEYING III in all capitals.",
            "GEO2105",
            "LAND SURVEYING III",
        ),
        ("", "Course GEO2105 show name LAND SURVEYING please fix.", "GEO2105", "LAND SURVEYING"),
        (
            "",
            "Di e-learning TKP1102 muncul GAMBAR TEKNIK PERKAPALAN semua huruf besar.",
            "TKP1102",
            "GAMBAR TEKNIK PERKAPALAN",
        ),
        (
            "",
            "Kodenya TKP1102, namanya Gambar Teknik Perkapalan. Dosennya diganti.",
            "TKP1102",
            "Gambar Teknik Perkapalan",
        ),
        # The writer's course told as its code and name, with or without where it is.
        (
            "",
            "Our course in the LMS is OCE3101 Ocean Wave Mechanics. Please reset its key.",
            None,
            "Ocean Wave Mechanics",
        ),
        (
            "",
            "Mata kuliah saya di e-learning adalah PRK3104 Kapal Niaga dan Pelabuhan, mohon SKS diubah.",
            "PRK3104",
            "Kapal Niaga dan Pelabuhan",
        ),
        (
            "",
            'Key untuk mata kuliah saya "Fisika: Gelombang dan Optik" (FIS2102) mohon diganti.',
            "FIS2102",
            "Fisika: Gelombang dan Optik",
        ),
        # A settings screen: only the name's label gives the name, never another setting's value.
        ("", "Course full name: tetap\nCourse visibility: Hide\nCourse format: Topics", "OCE3101", None),
        ("", "Nama singkat kursus : OCE3101\nVisibilitas kursus : Sembunyikan\n", "OCE3101", None),
        (
            "",
            "Nama lengkap kursus : Oseanografi Fisik\nNama singkat kursus : OCE3101\n",
            "OCE3101",
            "Oseanografi Fisik",
        ),
        # A two-column settings table whose first row is taken for a header.
        (
            "",
            "Course full name| Marine Pollution Control\n---|---\nCourse visibility| Show",
            "OCE3101",
            "Marine Pollution Control",
        ),
        # A subject that opens with the course, then its field; never what the subject asks for.
        ("TEKNIK PENGELASAN KAPAL - ganti dosen", "Mohon dosennya diganti.", "TKP2203", "TEKNIK PENGELASAN KAPAL"),
        ("Mohon Bantuan - ganti dosen", "Mohon dosennya diganti.", "TKP2203", None),
        # A name listing its subjects keeps its head.
        (
            "",
            "For Planning, Scheduling and Control (PRJ3102) the key is now psc-27.",
            "PRJ3102",
            "Planning, Scheduling and Control",
        ),
        # A code alone, or a programme after the cue, is no name.
        ("", "Dosen di course LAB-PK2 mohon diganti.", "LAB-PK2", None),
        ("", "I am teaching in Marine Engineering program this term, please add me.", None, None),
    ],
)
def test_the_current_name_is_read_as_written(subject: str, text: str, code: str | None, name: str | None) -> None:
    assert find_course_name(subject, text, code) == name
