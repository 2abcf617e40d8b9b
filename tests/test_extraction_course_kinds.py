"""Course code and current name in the kinds of writing the ninth name corpus showed, in other words than its mail:
brackets of both shapes, numbers that only look like codes, renames in one line or one table, lower-case names."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code
from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        # Loose codes: square brackets like round ones; a ticket number, a year after an exam, a room are no course.
        ("Mohon enrol key matkul Elektronika Daya [el-3104] diganti.", "el-3104", "Elektronika Daya"),
        ("Ref: INC 2231 sudah ditutup. Untuk matkul Statika, kode ts 1102, mohon SKS diubah.", "ts 1102", "Statika"),
        ("Jadwal UAS 2027 - Fisika Terapan sudah keluar, mohon diumumkan di e-learning.", None, None),
        ("Kuliah pengganti di Gedung Tower lantai 3 (GT 302), mohon diumumkan.", None, None),
        ("Kuis praktikum pindah ke lab (TA 105) besok, tolong umumkan.", None, None),
        # The current name where the new one follows on the same line or in the next column.
        ("Old name: Sistem Pakar, new name: Sistem Cerdas", None, "Sistem Pakar"),
        ("Nama lama: Kimia Dasar. Nama baru: Kimia Umum", None, "Kimia Dasar"),
        ("The course still shows 'Intro to Robotics' on the LMS, please rename it.", None, "Intro to Robotics"),
        ('The course page still shows "Ganjil 2026/2027", please fix the semester.', None, None),
        (
            "Kode| Old name| New name\n---|---|---\nMK2201| Etika Profesi| Etika Profesi Insinyur\n",
            "MK2201",
            "Etika Profesi",
        ),
        # A class, a semester or an aside between the name and its labelled code; a person there is the lecturer.
        (
            "Untuk Sosiologi Pariwisata kelas PW-2A (Bu Nita), kode PW2205, mohon enrol key diganti.",
            "PW2205",
            "Sosiologi Pariwisata",
        ),
        ("Mata kuliah yang diampu Pak Hendra Saputra, kode EL2201, mohon SKS diubah.", "EL2201", None),
        # Lower-case names between a course cue and the bracketed code, never a field's words.
        ("tolong ganti enrol key matkul akuntansi biaya (ak-2104) ya", "ak-2104", "akuntansi biaya"),
        ("could you post in our thermodynamics course [ME 2102] tonight?", "ME 2102", "thermodynamics"),
        ("course enrolment key (IF2105) sudah tersebar", "IF2105", None),
        ("min umumin di matkul teknik digital kelas TI-1B ya, kuis diundur", None, "teknik digital"),
        # English module cues, a name wrapped onto a label's line, a class code after the name, a Course Title column.
        ("For the module Port Logistics, please add the new lecturer.", None, "Port Logistics"),
        ("Unit: RB3102 Robot Dynamics\nTitle: Lab Closed\n", "RB3102", "Robot Dynamics"),
        ("tolong umumkan di kelas Statistika Bisnis MB-2A: kuis ditunda", None, "Statistika Bisnis"),
        ("Course Code| Course Title| Lecturer\n---|---|---\nAK3301| Auditing| Dr. Tan\n", "AK3301", "Auditing"),
    ],
)
def test_course_code_and_current_name(text: str, code: str | None, name: str | None) -> None:
    found = find_course_code("", text)
    assert found == code
    assert find_course_name("", text, found) == name


@pytest.mark.parametrize(
    ("subject", "text", "code", "name"),
    [
        # Tables in attachments (DOCX rows, no rule under the header) and columns headed by the bare course word.
        (
            "",
            "Mohon dosen diganti.\nKode | Nama Mata Kuliah | Dosen Baru\nAN2206 | Animasi 3D Lanjut | Yoga\n",
            "AN2206",
            "Animasi 3D Lanjut",
        ),
        ("", "Mata Kuliah | Dosen Lama | Dosen Baru\nManajemen Risiko | Pak Budi | Arif\n", None, "Manajemen Risiko"),
        ("", "No | MK | Kelas\n---|---|---\n1 | Fisika Terapan | TI-1A\n", None, "Fisika Terapan"),
        # A key-value table is read by its rows, not taken for a header.
        ("", "Data| Lama| Baru\n---|---|---\nNama MK| Kimia Dasar| Kimia Umum\nSKS| 2| 3\n", None, "Kimia Dasar"),
        # Names joined by small words, a name in square brackets' company, a name that never crosses a blank line.
        (
            "",
            "Please change the lecturer of Health and Safety at Work (HS2101).",
            "HS2101",
            "Health and Safety at Work",
        ),
        ("", "English as a Foreign Language (EN1101) needs a new key.", "EN1101", "English as a Foreign Language"),
        ("", "Mohon pengumuman untuk Struktur Data [IF2105] ditayangkan.", "IF2105", "Struktur Data"),
        ("", "Perihal: Perubahan Dosen MK Bahasa Inggris I\n\nDengan hormat, mohon diganti.", None, "Bahasa Inggris I"),
        (
            "",
            "Sistem Informasi Geografis (SIG) - GM3101: mohon enrol key diganti.",
            "GM3101",
            "Sistem Informasi Geografis",
        ),
        (
            "",
            "untuk MK PKN/Pendidikan Kewarganegaraan (UM1101) key-nya diganti",
            "UM1101",
            "Pendidikan Kewarganegaraan",
        ),
        # The current name said in a sentence, or in a rename with the name quoted.
        ("", "the current course name is Image Processing and we want it changed", None, "Image Processing"),
        (
            "",
            "Nama MK di Moodle masih Statistika Dasar, namun di kurikulum sudah Statistika Terapan.",
            None,
            "Statistika Dasar",
        ),
        ("", "Nama MK tercantum: Pengolahan Citra Digital. Mohon diganti.", None, "Pengolahan Citra Digital"),
        ("", "Could you rename 'Intro to Accounting' (AK1102) as 'Accounting I'?", "AK1102", "Intro to Accounting"),
        ("", "Subject code: BUS2001\nSubject name: Principles of Economics\n", "BUS2001", "Principles of Economics"),
        # The course students take; a name with its class in brackets; subjects.
        ("", "Please post this for students taking Engineering Mathematics III.", None, "Engineering Mathematics III"),
        ("", "Hi, this is for Data Mining (TI-3A): class is cancelled.", None, "Data Mining"),
        ("Request - Data Mining course", "please change the key", None, "Data Mining"),
        ("Enrolment key Basis Data IF2204", "tolong diganti", "IF2204", "Basis Data"),
        # Partner universities' module, unit and subject; a course's page; a column holding the code beside the name.
        ("", "I coordinate the Port Economics unit (LPI 2203) on your platform.", "LPI 2203", "Port Economics"),
        ("", "Our Marine Biology subject (MB 2201) needs a new enrolment key.", "MB 2201", "Marine Biology"),
        ("", "Please post on the Database Systems page that the quiz is postponed.", None, "Database Systems"),
        ("", "x\nNama MK / Kode | Dosen\n---|---\nBasis Data / IF2204 | Ani\n", "IF2204", "Basis Data"),
        # A Moodle full name glues the name to its code; a code inside a quoted name is not part of it.
        ("", "Pengumuman untuk IF2204-Basis Data kelas IF-2A", "IF2204", "Basis Data"),
        ("", 'The course "IF2204 Basis Data" needs a new key.', "IF2204", "Basis Data"),
        # The cue with a dot or its own abbreviation; a semester, a class or an abbreviation around the name.
        ("", "Mohon enrol key MK. Basis Data diganti menjadi bd-27.", None, "Basis Data"),
        ("", "Mohon enrol key Mata Kuliah (MK) Basis Data diganti.", None, "Basis Data"),
        ("", "Mohon enrol key pada mata kuliah Basis Data Lanjut Semester 4 diganti.", None, "Basis Data Lanjut"),
        (
            "",
            "mata kuliah Pemrograman Berorientasi Obyek/PBO (IF2203) mohon diganti.",
            "IF2203",
            "Pemrograman Berorientasi Obyek",
        ),
        ("", "Bahasa Inggris III - kelas TI-3A (UM3101): mohon diumumkan.", "UM3101", "Bahasa Inggris III"),
        # Labelled lines: the bare course word, a lower-case value, words between label and colon, never the new name.
        ("", "MK : IF2204 - Basis Data\nmohon enrol key diganti", "IF2204", "Basis Data"),
        ("", "Matkul: basis data\nmohon enrol key diganti jd bd-27", None, "basis data"),
        ("", "Mata kuliah yang diampu: Basis Data\nMohon diganti", None, "Basis Data"),
        ("", "Nama mata kuliah baru: Basis Data Terapan\n", None, None),
        ("", "Matkul: basdat\nmohon enrol key diganti jd bd-27", None, None),
        ("", "Dengan hormat,\n1. Nama Mata Kuliah : Basis Data\n2. Kode : IF2204\n", "IF2204", "Basis Data"),
        ("", "Nama dan Kode MK: Basis Data (IF2204)\n", "IF2204", "Basis Data"),
        ("", "Mohon dibantu:\n- Kode MK: IF2204\n- Nama: Basis Data\n", "IF2204", "Basis Data"),
        ("", "Prodi: TI; Mata kuliah: Basis Data; Kelas: 2A\nmohon enrol key diganti", None, "Basis Data"),
        ("", "Nama Mata Kuliah :\nBasis Data\nKode :\nIF2204\n", "IF2204", "Basis Data"),
        # Code-switching: a clitic glued to the name, an Indonesian apposition.
        ("", "min, enrol key course Basis Data-nya tolong diganti jadi bd-27", None, "Basis Data"),
        ("", "Untuk course saya, Pemrograman Mobile, tolong dibuatkan announcement.", None, "Pemrograman Mobile"),
    ],
)
def test_course_name_in_tables_sentences_and_subjects(
    subject: str, text: str, code: str | None, name: str | None
) -> None:
    found = find_course_code(subject, text)
    assert found == code
    assert find_course_name(subject, text, found) == name


def test_a_lower_case_name_in_a_subject_is_not_claimed_without_brackets() -> None:
    """Subjects put topic words before a code ("course evaluation reminder RB3102"): only brackets vouch for a name."""
    assert find_course_code("pengumuman kelas pemrograman web if2201", "") == "if2201"
    assert find_course_name("course evaluation reminder RB3102", "", "RB3102") is None


def test_a_no_break_space_is_a_space_between_a_courses_words_and_its_label() -> None:
    text = "Mata\xa0Kuliah\xa0: Basis\xa0Data (IF\xa02204)\nMohon enrol key diganti menjadi bd-27."
    fields, _ = extract_fields(RequestType.COURSE_DATA, "enrol key", text, datetime(2027, 4, 12, 1, 0, tzinfo=UTC))
    assert (fields.course_code, fields.course_name) == ("IF 2204", "Basis Data")


def test_who_teaches_the_named_course_now_is_not_a_new_lecturer() -> None:
    text = "Mata kuliah Fisika Dasar yang diampu Pak Joko, kode FI1101, mohon SKS-nya diubah menjadi 3."
    fields, _ = extract_fields(RequestType.COURSE_DATA, "SKS", text, datetime(2027, 4, 12, 1, 0, tzinfo=UTC))
    assert (fields.course_code, fields.course_name, fields.changes) == ("FI1101", "Fisika Dasar", (("credits", "3"),))
