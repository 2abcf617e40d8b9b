"""The current course name said without quotes where students see it, a lower-case rename's old side, a form's
answer; and the sentences shaped like them that name no course."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name
from daemon.classify.course_name_shown import shown_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nama matkul di portal mahasiswa masih Teknik Tenaga Listrik, mohon diganti.", "Teknik Tenaga Listrik"),
        ("Judul kursus yg muncul di HP tertulis Gambar Mesin II. Harusnya Gambar Teknik Mesin II.", "Gambar Mesin II"),
        ("The course name in the app still reads Ocean Engineering Basics which is wrong.", "Ocean Engineering Basics"),
        ("nama mata kuliah di hp anak2 masih kimia dasar, tolong jadi kimia umum", "kimia dasar"),
        ("Mahasiswa melihat ME2101 tampil sebagai Termodinamika Dasar di aplikasi.", "Termodinamika Dasar"),
        ("tolong ganti nama mk mekanika teknik jadi statika struktur", "mekanika teknik"),
        ("Course concerned\nOffshore Structures & Risers\n\nRequest\nnew key", "Offshore Structures & Risers"),
    ],
)
def test_the_name_as_it_stands_is_read(text: str, name: str) -> None:
    assert shown_name(text, "ME2101") == name


@pytest.mark.parametrize(
    "text",
    [
        # Another field, or a state, where the name would stand.
        "Nama course sudah diganti, tapi dosennya masih Pak Budi Santoso.",
        "Nama dosen di course ME2101 masih kosong.",
        "Judul course di aplikasi masih yang lama.",
        # What a page shows in lower case may be anything.
        "The course page still shows last year's schedule.",
        # After the code alone, lower-case words are no name.
        "ME2101 is called off today because of the storm.",
        # The new name only.
        "Nama MK ME2101 yang baru: Termodinamika Terapan.",
        # A rename's old side that is a sentence's words or a code.
        "tolong ubah nama matkul ini jadi termodinamika",
        "ubah nama course me2101 jadi termodinamika",
    ],
)
def test_sentences_shaped_like_it_name_no_course(text: str) -> None:
    assert shown_name(text, "ME2101") is None


@pytest.mark.parametrize(
    "text",
    [
        # A label of the new name before the code, and the code alone before a rename's arrow.
        "Nama baru untuk IF2201: Pemrograman Web Lanjut. Terima kasih.",
        "Nama course IF2201 -> Pemrograman Web Lanjut",
        # What the code is called from now on is the new name.
        "Mulai semester ini IF2201 bernama Pemrograman Web Lanjut, mohon diupdate.",
        # A company the class visits is no course.
        "Untuk Kunjungan Industri ke PT Batamindo kelas IF-2A, mohon course IF2201 disembunyikan.",
    ],
)
def test_a_new_name_or_a_place_is_not_the_current_name(text: str) -> None:
    assert find_course_name("Permintaan", text, "IF2201") is None


def test_what_the_code_is_called_where_it_shows_is_its_name() -> None:
    text = "di e-learning IF2201 namanya Keamanan Jaringan, tolong key nya ganti"
    assert find_course_name("key", text, "IF2201") == "Keamanan Jaringan"


@pytest.mark.parametrize(
    ("subject", "text", "name"),
    [
        ("sks IF2201 (pemrograman web)", "SKS jadi 4 mohon.", "pemrograman web"),
        ("sks", "Sy pengampu pemrograman web, sks nya salah harusnya 4, kode IF2201", "pemrograman web"),
        (
            "sks",
            "| Kode | Mata Kuliah | SKS |\n|---|---|---|\n| IF2201 | Pemrograman Web | 3 |\n\nSKS jadi 4.",
            "Pemrograman Web",
        ),
        # The current name after the code, the new one after the label's colon.
        ("name", "We plan a new name for IF2201 Web Programming next term: Web Engineering.", "Web Programming"),
    ],
)
def test_lower_case_and_table_names(subject: str, text: str, name: str) -> None:
    assert find_course_name(subject, text, "IF2201") == name


@pytest.mark.parametrize(
    "text",
    [
        "saya mengajar hari senin, mohon key IF2201 diganti",
        "saya mengampu dua kelas, kode IF2201",
        "IF2201 (kelas pagi) key nya ganti",
    ],
)
def test_lower_case_words_of_a_sentence_are_no_name(text: str) -> None:
    assert find_course_name("key", text, "IF2201") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mohon dosen untuk MK Akuntansi Biaya II pada Program Studi Akuntansi (IF2201) diganti Sri, M.Ak.",
            "Akuntansi Biaya II",
        ),
        ("Could you change the key for the Wind Energy module at Polibatam (IF2201) to w28?", "Wind Energy"),
    ],
)
def test_a_programme_or_the_school_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert find_course_name("key", text, "IF2201") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Asking for the old name back: the label's value is the new one; the name now is the course's.
        (
            "Perubahan nama MK Sistem Kendali (IF2201) tolong di-undo, pakai nama lama: Sistem Kontrol. Belum acc.",
            "Sistem Kendali",
        ),
        (
            "You renamed my course Marine Physics (IF2201) to Ocean Physics last week; please change it back.",
            "Ocean Physics",
        ),
        ("The title of course IF2201 is misspelled: it should read Hydraulics, not Hydrolics.", "Hydrolics"),
    ],
)
def test_the_name_as_it_stands_in_a_correction_or_an_undo(text: str, name: str) -> None:
    assert find_course_name("nama", text, "IF2201") == name


def test_the_name_it_has_now_after_the_one_it_had() -> None:
    text = "Dulu nama MK IF2201 Statika, sekarang sudah Mekanika Teknik. Dosennya mohon diganti Ir. Siti, M.T."
    assert find_course_name("Dosen", text, "IF2201") == "Mekanika Teknik"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mohon dosen Jaringan Komputer / Computer Networks (IF2201) diganti Andi, M.Kom.",
            "Jaringan Komputer / Computer Networks",
        ),
        ("Mata kuliah IF2201 Jaringan Komputer / Lab di e-learning namanya mohon diganti.", "Jaringan Komputer / Lab"),
        # A code, an abbreviation or a class on the other side of the slash is no part of the name.
        ("Mohon dosen MK Pemrograman Web / PW (IF2201) diganti Andi, M.Kom.", "Pemrograman Web"),
        ("Mohon dosen MK Basis Data / kelas TI-2A kode IF2201 diganti Andi, M.Kom.", "Basis Data"),
    ],
)
def test_a_name_slashed_with_another_is_the_whole(text: str, name: str) -> None:
    assert find_course_name("dosen", text, "IF2201") == name


@pytest.mark.parametrize(
    "text",
    [
        "Enrol key MK Basis Data Lanjut Genap 2027/2028 (IF2201) diganti bd28.",
        "Enrol key MK Basis Data Lanjut di E-Learning Polibatam (IF2201) diganti bd28.",
    ],
)
def test_the_term_or_where_it_shows_after_a_name_is_no_part_of_it(text: str) -> None:
    assert find_course_name("key", text, "IF2201") == "Basis Data Lanjut"
