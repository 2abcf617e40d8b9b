"""Current course name in the kinds of writing the opened part8 lost, in other words than its mail and than the
thirteenth name corpus: a class or a code glued after the name, a sentence after a course word, the writer's course
in apposition, a person greeted under a forwarded code, a lecture closed by its class, a form's label marking the
current or the new name, the name as it stands said in words."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code


@pytest.mark.parametrize(
    ("subject", "text", "name"),
    [
        # A class (with its time of day) or the code after the name is where and which it is taught.
        ("", "Tolong key course Statistika Bisnis AB 2C diperbarui.", "Statistika Bisnis"),
        ("", "Please fix the summary of Corporate Finance MB-4A Night.", "Corporate Finance"),
        ("", "Matkul Kimia Dasar KIM1101 untuk TK-1B masih key lama.", "Kimia Dasar"),
        # ... and a class alone, with its time of day, names no course.
        ("Key kelas RB-2A Sore", "Key baru: rb2a-sore.", None),
        # A code written with a space after the name, and when or where after a connector, are no part of it.
        ("", "Mohon key MK Mekanika Teknik TS 1102 diganti.", "Mekanika Teknik"),
        ("", "Mohon key course Fisika Terapan pada Rabu diganti.", "Fisika Terapan"),
        # The name right before the request's own code in running text; never a word opening the sentence.
        ("", "I have taken over Hydrology CE 2203 this term, please add me.", "Hydrology"),
        ("", "Kuis CE2203 dipindah ya.", None),
        # A cue wrapped over two lines by the mail client.
        ("", "kami mohon pengampu mata\nkuliah Sistem Terdistribusi diganti.", "Sistem Terdistribusi"),
        # A dimension after an abbreviation is part of the name, never a class.
        ("", "Mohon key MK Pemodelan CAD 3D diganti.", "Pemodelan CAD 3D"),
        # A dot after a full course word or a blank line ends the sentence.
        ("", "Files are already in the course. Tomorrow is fine too.", None),
        ("", "Materinya ada di course\n\nSegera ya pak.", None),
        # The writer's course in apposition, up to the end of the sentence.
        ("", "Bisa buatkan pengumuman di course daring saya, Mekatronika Dasar untuk RB-1A?", "Mekatronika Dasar"),
        ("", "Could you post this in my online class, Hydrology for TS-3A?", "Hydrology"),
        # A person greeted under a forwarded subject's code is no course; the course named in the approval is.
        ("", "Persetujuan dosen TSP3101\nPak Yudi,\n\nTSP3101 Beton Bertulang disetujui.", "Beton Bertulang"),
        # A lecture closed by its class; a kind of lecture names no course.
        ("Info: perkuliahan Fisika Bangunan TS-1A pindah ke Rabu", "", "Fisika Bangunan"),
        ("", "Kuliah Umum TI-3A diundur ke pekan depan.", None),
        # The name as it stands, said in words; a quoted name after the name's cue, never after "new".
        ("", 'Judulnya di moodle masih "Gambar Teknik", padahal sudah ganti.', "Gambar Teknik"),
        ("", "Its title still reads 'Business English 1', please update it.", "Business English 1"),
        ("", 'The new course name "Hydraulics II" should appear for TS2203.', None),
        # A name closed by its class without a code; who is in a class is no course.
        ("", "Tolong Manajemen Risiko kelas AB-3C dipindah ke dosen lain.", "Manajemen Risiko"),
        ("", "Seluruh mahasiswa kelas AB-3C belum bisa enrol.", None),
        # The course the writer teaches, without a comma, in English apposition, and "kuliah X saya".
        ("", "MK yg sy ajar yaitu Teknik Pengukuran belum punya key.", "Teknik Pengukuran"),
        ("", "The class I run, Coastal Engineering, needs a new summary.", "Coastal Engineering"),
        ("", "Di kuliah Dinamika Struktur saya belum ada forum.", "Dinamika Struktur"),
        ("", "Untuk kuliah Bu Ratna saya ikut jadi asisten.", None),
        # The course beside a field of its own; a person after "Dosen" is the lecturer.
        ("", "Deskripsi Manajemen Rantai Pasok mohon diperbarui.", "Manajemen Rantai Pasok"),
        ("", "Please reset our Urban Planning enrolment key.", "Urban Planning"),
        ("", "Dosen Rina Marlina mohon ditambahkan.", None),
        # A writer unsure of the name: the cue's clitic, "the course is called X".
        ("", "Matkulnya Sistem Kendali Lanjut kalau tidak salah pak.", "Sistem Kendali Lanjut"),
        ("", "MK-nya Bapak yang pegang ya?", None),
        ("", "I believe the class is called Port Operations, but I am not sure.", "Port Operations"),
        # An exam's course closed by its class; a kind of exam names none.
        ("Jadwal UAS Ekonomi Makro AB-1A", "", "Ekonomi Makro"),
        ("", "Ujian Remedial TI-2A dipindah ke Sabtu.", None),
    ],
)
def test_current_name(subject: str, text: str, name: str | None) -> None:
    code = find_course_code(subject, text)
    assert find_course_name(subject, text, code) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kode MK : AB2101\nNama Mata Kuliah (lama) : Statistika\nNama Mata Kuliah (baru) : Statistika Bisnis",
            "Statistika",
        ),
        (
            "Course code: AB2101\nCourse full name (current): Statistics\nCourse full name (new): Business Statistics",
            "Statistics",
        ),
        # A form with only the new name names no current one.
        ("Kode MK : AB2101\nNama Mata Kuliah (baru) : Statistika Bisnis", None),
        # A form's next label under the code is no name.
        ("Course code: AB2101\nOld: Statistics\nNew: Business Statistics", None),
    ],
)
def test_forms_mark_the_current_name(text: str, name: str | None) -> None:
    assert find_course_name("", text, "AB2101") == name


def test_old_and_new_lines_under_a_subject_with_its_class() -> None:
    """Outlook's paragraphs put a blank line between the lines; the class in the subject says which course."""
    text = "Kode MK: AB2101\n\nLama: Statistika\n\nBaru: Statistika Bisnis"
    assert find_course_name("Perubahan nama MK AB2101 kelas AB-2A Pagi", text, "AB2101") == "Statistika"


@pytest.mark.parametrize(
    "text",
    [
        # Capitalised words that open a sentence or say when, where or which version: no course is claimed.
        "Jadwal Kelas TI-2A sudah keluar, mohon enrol key diganti.",
        "Nilai Tugas Besar kelas TI-2A belum muncul.",
        "Kuliah Hari Ini TI-2A ditiadakan.",
        "UTS Pekan Depan TI-2A di ruang GU 702.",
        "Lecture Notes ME-2A are uploaded.",
        "Exam Room ME-2A changed.",
        "Deskripsi Singkat mohon diganti.",
        "Short name Baru tolong dipakai.",
        "judulnya masih Draft, tolong diganti.",
        "Mata kuliahnya Gimana ya pak?",
        "matkulnya Bapak Budi ya",
        # A rename's verb alone may be about any name; a section, a group or a time of day is where.
        'Mohon ganti nama "Budi Santoso" di daftar dosen menjadi "Budi Santoso, M.T.".',
        'Tolong ubah nama "Grup A" jadi "Kelompok A".',
        "My online class, Section B, needs a key.",
        "Saya mengajar kuliah Pagi dan Malam.",
        "Course yang saya ampu Semester ini ada tiga.",
    ],
)
def test_no_name_claimed_from_common_capitalised_words(text: str) -> None:
    assert find_course_name("Key", text, None) is None
