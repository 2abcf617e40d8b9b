"""Change values of kinds the opened held-out part and the ninth corpus showed: a semester with its own word, merged
classes named as a list, a correction a sentence later, the old value named first, forms and tables, naming verbs,
descriptions; the near-misses around them are in test_extraction_change_near_misses."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes


def pairs(text: str, code: str | None = None, subject: str = "") -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, code, subject)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised "Semester N" is the category's name as written; a lower-case "semester 5" is the number
        ("Tolong MK Ekonomi Mikro dipindah ke Semester 3, sekarang ada di Semester 2.", {"semester": "Semester 3"}),
        ("di e-learning tercatat semester 4, yang benar semester 5.", {"semester": "5"}),
        (
            "Data | Lama | Baru\nSemester | Semester 2 | Semester 6\nSKS | 2 | 3",
            {"semester": "Semester 6", "credits": "3"},
        ),
        # classes merged in one course are named as the list, which is the value
        ("Mohon kelasnya diganti jadi MB-3A dan MB-3B.", {"class": "MB-3A dan MB-3B"}),
        (
            "- Class: TI-1A, TI-1B and TI-1C\n- Lecturer: Dr. Rosa Lim",
            {"class": "TI-1A, TI-1B and TI-1C", "lecturer": "Dr. Rosa Lim"},
        ),
    ],
)
def test_values_of_new_shapes(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue that says "new" may have its label after the course it names
        (
            "Sesuai SK, pengampu baru MK Metodologi Penelitian (UM4101) adalah Prof. Dr. Ir. H. Bambang Suryadi, "
            "M.Sc., Ph.D. mulai semester genap.",
            {"lecturer": "Prof. Dr. Ir. H. Bambang Suryadi, M.Sc., Ph.D."},
        ),
        ("The new lecturer for EL3206 Power Electronics is Ms. Nur Aisyah, M.Sc.", {"lecturer": "Nur Aisyah, M.Sc."}),
    ],
)
def test_a_new_value_named_after_the_course(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a slip owned up to in a later sentence: the value meant replaces the one written
        ("Tolong kelas MK ini diubah jadi TI-2B. Eh maaf salah ketik, maksudnya TI-2C.", {"class": "TI-2C"}),
        (
            "Please set the enrolment key to Blue-River7. Oops, typo: I meant Blue-River8! Thanks.",
            {"enrolment_key": "Blue-River8"},
        ),
        # at the line's end, "!" may be the key's own or the writer's: neither key is claimed
        ("Please set the enrolment key to Blue-River7. Oops, typo: I meant Blue-River8!", {}),
        (
            "Mohon nama dosen diganti menjadi Andi Wijaya, S.T. Mohon maaf keliru, yang benar Andri Wijaya, S.T., M.T.",
            {"lecturer": "Andri Wijaya, S.T., M.T."},
        ),
        # no slip owned up to, or a later sentence about another field: the value stays
        (
            "Nama MK mohon diubah jadi Statistika Terapan. Maksud saya agar sesuai kurikulum.",
            {"fullname": "Statistika Terapan"},
        ),
        (
            "Kelas mohon diganti jadi TI-2B. Maaf, dosennya maksud saya Bu Rina Lestari.",
            {"class": "TI-2B"},
        ),
    ],
)
def test_a_later_correction_gives_the_value_meant(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the old value first, then the new one of the same shape
        (
            "Please replace Mr. Tan Wei Ming with Ms. Nur Aisyah binti Razak, M.Sc. as the lecturer.",
            {"lecturer": "Nur Aisyah binti Razak, M.Sc."},
        ),
        (
            "Mohon ganti Pak Darto dengan Bu Sri Wahyuni, M.Pd. sebagai dosen pengampu.",
            {"lecturer": "Sri Wahyuni, M.Pd."},
        ),
        ("Could you swap the short name CE2104 for CE2104-STR?", {"shortname": "CE2104-STR"}),
        ("Tolong tukar kelas TI-2A dengan TI-2C di course ini.", {"class": "TI-2C"}),
    ],
)
def test_the_old_value_named_first(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change made elsewhere, asked here without naming the field again
        (
            "Nama mata kuliah TI3105 di SIAKAD sudah berubah menjadi Keamanan Aplikasi Web. Mohon yang di e-learning "
            "juga diubah supaya sama.",
            {"fullname": "Keamanan Aplikasi Web"},
        ),
        # "diampu" without "oleh" names who teaches
        (
            "Mulai semester ini MK Kimia Analitik diampu Ibu Fitri Handayani, S.Si., M.Sc. menggantikan Bapak Sugeng.",
            {"lecturer": "Fitri Handayani, S.Si., M.Sc."},
        ),
    ],
)
def test_changes_said_in_passing(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what it is, against what is shown
        ("The term on the OE2102 page says Odd 2026/2027 but it is Even 2026/2027.", {"semester": "Even 2026/2027"}),
        ("Kelas di e-learning tertulis TI-2A, padahal TI-2B.", {"class": "TI-2B"}),
        # no value of the field's shape after "but it is"
        ("This term the course page loads slowly, but it is fine on my phone.", {}),
    ],
)
def test_what_it_is_against_what_is_shown(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the course runs, in a paragraph that asks to move it
        (
            "IF4107 sits under Semester 6 on the site. It runs in Semester 7 this year. Can you move it?",
            {"semester": "Semester 7"},
        ),
        ("MK ini tercatat di semester 3, padahal diajarkan di semester 2. Mohon dipindahkan.", {"semester": "2"}),
        # no move asked, or the move only supposed
        ("The course is taught in Semester 3 and the exam is in Semester 4. Where do I find the syllabus?", {}),
        ("We might run it in Semester 5; could you move it?", {}),
    ],
)
def test_the_semester_a_course_runs_in(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "use X", "yaitu X" after a change verb, the teaching staff, "only" before a count
        ('For the enrolment key, please use "harbor-2027".', {"enrolment_key": "harbor-2027"}),
        ("Kode enrol yang ingin saya gunakan: SIG-2027.", {"enrolment_key": "SIG-2027"}),
        ("Tolong kelas di e-learning disesuaikan dengan SIAKAD, yaitu TRM-2A.", {"class": "TRM-2A"}),
        ("The teaching staff for this course is now Mr. Daniel Ho, M.Eng.", {"lecturer": "Daniel Ho, M.Eng."}),
        ("Minta tolong SKS mk ini diubah, harusnya cuma 2.", {"credits": "2"}),
        # "yaitu" with no change asked names the current value
        ("Kelas saya yaitu TRM-2A, jadwalnya hari Senin.", {}),
    ],
)
def test_use_namely_and_only(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field as a heading or as the value of "field to change", the new value on a later line
        ("Enrolment key\n\nOld: biaya2026\nNew: biaya2027", {"enrolment_key": "biaya2027"}),
        (
            "Field to change: Short name\nCurrent value: AK2201\nNew value: AK2201-BIAYA",
            {"shortname": "AK2201-BIAYA"},
        ),
        ("Requested change: lecturer\nNew value: Dr. Amelia Tan, CPA", {"lecturer": "Dr. Amelia Tan, CPA"}),
        (
            "Mohon nama MK diganti.\nNama sekarang: Fisika 1\nNama yang diinginkan: Fisika Teknik 1",
            {"fullname": "Fisika Teknik 1"},
        ),
        # a heading with no new value under it
        ("Dosen pengampu\n\nMohon info jadwal UTS untuk kelas ini.", {}),
    ],
)
def test_forms_with_a_field_heading(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name's abbreviation before a closing word; "new title" names the course's name
        (
            "Nama MK diganti menjadi Pemrograman Berorientasi Objek (PBO) ya min",
            {"fullname": "Pemrograman Berorientasi Objek (PBO)"},
        ),
        (
            "The new title should be Machine Learning for Business Analytics. Thank you!",
            {"fullname": "Machine Learning for Business Analytics"},
        ),
        # a comment in brackets is not the name's
        ("Nama MK diganti menjadi Basis Data Lanjut (sesuai kurikulum) ya", {"fullname": "Basis Data Lanjut"}),
    ],
)
def test_name_boundaries(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first column labels the rows, the later "Menjadi" column holds the new values
        (
            "Perubahan\tDari\tMenjadi\nNama Dosen\tIr. Bambang\tDr. Siska Amelia, M.T.",
            {"lecturer": "Dr. Siska Amelia, M.T."},
        ),
        # a key in a cell of its own keeps its closing mark
        ("Atribut | Nilai Lama | Nilai Baru\nEnrolment key | mk2026 | mk2027!", {"enrolment_key": "mk2027!"}),
    ],
)
def test_table_columns(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named right after a passive verb of naming; "is now called"; "New one:"
        (
            "Per the attached SOP, the course should be re-titled Internal Quality Audit.",
            {"fullname": "Internal Quality Audit"},
        ),
        ("The course should be renamed Marine Engineering Design.", {"fullname": "Marine Engineering Design"}),
        (
            "the course is now called Introduction to Logistics, please update it",
            {"fullname": "Introduction to Logistics"},
        ),
        ("Could you change the enrolment key? New one: Mech@2027", {"enrolment_key": "Mech@2027"}),
        # asked whether, or said to come later
        ("Should the course be renamed Marine Design?", {}),
        ("Once approved, the course will be renamed Marine Design.", {}),
    ],
)
def test_naming_verbs(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


TEXT = "Mata kuliah ini membahas konsep dasar pemrograman berorientasi objek."


@pytest.mark.parametrize(
    "text",
    [
        # a closing after the text is not part of it; "dengan teks berikut." and "sama ini ya:" lead to it
        f"Deskripsi baru: {TEXT}\nTerima kasih.",
        f"Ringkasan course tolong diganti sama ini ya: {TEXT} Makasih!",
        f"Tolong ganti deskripsi MK IF2203 dengan teks berikut.\n\n{TEXT}\n\nSalam,\nBudi",
    ],
)
def test_a_new_description_ends_before_the_closing(text: str) -> None:
    assert pairs(text) == {"summary": TEXT}


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        # a block under a line that asks for a change holds the new values, the course's code among them
        (
            "Mohon data berikut diperbarui:\nKode MK: EL2105\nDosen pengampu: Dr. Rina Wati, M.T.\n"
            "Enrolment key: elka2027",
            "EL2105",
            {"lecturer": "Dr. Rina Wati, M.T.", "enrolment_key": "elka2027"},
        ),
        (
            "Please update the course as follows:\nCourse code: ME2201\nLecturer: Dr. Paul Smith\nClass: ME-2B",
            "ME2201",
            {"lecturer": "Dr. Paul Smith", "class": "ME-2B"},
        ),
        # ... unless the change is asked elsewhere: then the block names the course
        (
            "Permohonan perubahan data dengan identitas:\nKode MK : EL2105\nDosen : Andi Wijaya, S.T., M.T.\n"
            "Nama mata kuliah tersebut mohon diubah menjadi Analisis Rangkaian Listrik.",
            "EL2105",
            {"fullname": "Analisis Rangkaian Listrik"},
        ),
        # a block with no request above it identifies the course
        (
            "Kode MK: EL2105\nNama MK: Rangkaian Listrik 2\nDosen: Ir. Made Arsana\n\nMohon info jadwal UTS.",
            "EL2105",
            {},
        ),
    ],
)
def test_labelled_blocks_under_a_request(text: str, code: str, expected: dict[str, str]) -> None:
    assert pairs(text, code) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "kode" after a connector repeats the field named before it
        (
            "Kami mohon agar kode enrolment course tersebut diperbaharui dengan kode: TMS-27-ganjil",
            {"enrolment_key": "TMS-27-ganjil"},
        ),
        ("Mohon kode MK di e-learning diubah menjadi TI2204-A.", {"shortname": "TI2204-A"}),
    ],
)
def test_a_generic_cue_repeats_the_field(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "read" as a connector only in a sentence that asks, after the cue
        ("Could the short name of EL2201 Electronics read EL2201-B instead?", {"shortname": "EL2201-B"}),
        ("Can you check the course name? I read Kalkulus somewhere.", {}),
    ],
)
def test_read_as_a_connector(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected
