"""Kinds of change request found late in tuning, each read on new sentences: who teaches said in passing before an
explicit request, a text delivered in a reply under a colon, and an old/new pair of lines under a subject that
names the field."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes
from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code
from daemon.classify.renamed_by_name import renamed_by_name


def pairs(text: str, code: str | None = None, subject: str = "") -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, code, subject)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who teaches, said in passing, then the explicit request names the lecturer asked for
        (
            "Kelas ini diampu oleh Pak Joko. Mohon dosennya diganti menjadi Sinta Dewi, M.T.",
            {"lecturer": "Sinta Dewi, M.T."},
        ),
        (
            "From this term the course is taught by Dr. Okafor, not me. Please change the lecturer to "
            "Dr. Chinedu Okafor, Ph.D.",
            {"lecturer": "Dr. Chinedu Okafor, Ph.D."},
        ),
        (
            "Selama ini diajar oleh Pak Budi. Tolong ganti pengampunya jadi Budi Santoso, S.T., M.T. ya",
            {"lecturer": "Budi Santoso, S.T., M.T."},
        ),
        # said in passing and nothing else asked: still the one named
        (
            "Mulai semester ini MK Statika diampu oleh Ir. Bambang Sutrisno, M.T.",
            {"lecturer": "Ir. Bambang Sutrisno, M.T."},
        ),
    ],
)
def test_an_explicit_request_outweighs_who_teaches_said_in_passing(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Ringkasan course Sistem Digital",
            "Siap Bu, ini teks barunya untuk EL2101:\n\nMata kuliah ini membahas gerbang logika, aljabar Boolean, "
            "rangkaian kombinasional dan sekuensial, serta perancangan sistem digital sederhana.\n\nTerima kasih.",
            "Mata kuliah ini membahas gerbang logika, aljabar Boolean, rangkaian kombinasional dan sekuensial, serta "
            "perancangan sistem digital sederhana.",
        ),
        (
            "Course summary for Marine Hydrodynamics",
            "Thanks. Here is the wording we agreed on:\n\nThis course covers resistance, propulsion and seakeeping "
            "of ships, with model tests in the towing tank.\n\nBest,\nLars",
            "This course covers resistance, propulsion and seakeeping of ships, with model tests in the towing tank.",
        ),
    ],
)
def test_a_reply_hands_over_the_text_its_subject_names(subject: str, text: str, expected: str) -> None:
    assert pairs(text, subject=subject) == {"summary": expected}


@pytest.mark.parametrize(
    "text",
    [
        # a screenshot, an error message or a file about the description is not its new text
        "Ini screenshot deskripsinya:\n\nDeskripsi tidak tampil di halaman course sejak kemarin sore.\n\nMohon dicek.",
        "Pesan errornya sebagai berikut:\n\nError writing to database saat menyimpan deskripsi.\n\nMohon dibantu.",
        # a colon that hands over no text at all
        "Baik Pak, terima kasih atas infonya:\n\nNanti saya kirim setelah rapat prodi.",
    ],
)
def test_what_a_colon_hands_over_about_the_text_is_not_the_text(text: str) -> None:
    assert pairs(text, subject="Re: Deskripsi course Kimia Dasar") == {}


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Course title update EE2203",
            "Hello,\n\nFor next semester:\nOld: Signals and Systems\nNew: Signals, Systems and Control\n\nThanks",
            "Signals and Systems",
        ),
        (
            "Ganti nama MK TS2104",
            "Selamat siang,\n\nMohon dibantu.\nLama: Mekanika Tanah\nBaru: Mekanika Tanah dan Fondasi\n\nSalam",
            "Mekanika Tanah",
        ),
        # the subject names another field, or the line above the pair does: the old side is not the course's name
        ("Lecturer name change EE2203", "Hi,\nOld: Dr. Andi Wijaya\nNew: Dr. Maria Chen\n", None),
        ("EE2203 name change", "Hi,\nLecturer:\nOld: Dr. Andi Wijaya\nNew: Dr. Maria Chen\n", None),
        ("Enrolment key EE2203", "Hi,\nOld: abc123\nNew: Key2026!\n", None),
        ("EE2203 name change", "Hi,\nKelas semester ini:\nLama: TI-2A\nBaru: TI-2B\n", None),
    ],
)
def test_the_old_line_of_a_pair_under_a_rename_subject_is_the_current_name(
    subject: str, text: str, expected: str | None
) -> None:
    assert find_course_name(subject, text, "EE2203" if "EE2203" in subject else "TS2104") == expected


@pytest.mark.parametrize(
    ("subject", "text", "code", "expected"),
    [
        (
            "",
            "Mohon nama mata kuliah EL2104 Elektronika Daya diubah menjadi Elektronika Daya Terapan.",
            "EL2104",
            "Elektronika Daya",
        ),
        ("", "Could you rename MS3301 Heat Transfer to Heat and Mass Transfer?", "MS3301", "Heat Transfer"),
        # a code alone names no course
        ("", "Mohon nama mata kuliah EL2104 diubah, nama barunya menyusul.", "EL2104", None),
    ],
)
def test_a_code_written_before_the_current_name_is_not_part_of_it(
    subject: str, text: str, code: str, expected: str | None
) -> None:
    assert find_course_name(subject, text, code) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pak, nama mata kuliah saya di e-learning typo, yang benar Kalkulus Lanjut bukan Kalkulus Lanjt.",
            "Kalkulus Lanjt",
        ),
        ("The course name in Moodle should read Fluid Mechanics, not Fluid Mechanic.", "Fluid Mechanic"),
        (
            "The course name of EE2203 on Moodle says 'Digital Sytems', it should be 'Digital Systems'.",
            "Digital Sytems",
        ),
        # "bukan" about something else than a name: nothing read from it
        ("Nama mata kuliah seharusnya Kalkulus Lanjut bukan karena kurikulum baru saja.", None),
    ],
)
def test_the_current_name_is_what_the_new_one_is_not_or_what_the_course_says(text: str, expected: str | None) -> None:
    assert find_course_name("", text, None) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Tolong ganti Mekanika Teknik jadi Mekanika Teknik Dasar ya min, sesuai kurikulum.",
            "Mekanika Teknik",
            "Mekanika Teknik Dasar",
        ),
        (
            "Please change Fluid Mechanics to Applied Fluid Mechanics on the e-learning site.",
            "Fluid Mechanics",
            "Applied Fluid Mechanics",
        ),
        # done already, supposed, asked not yet, or the name is kept
        ("Saya sudah ubah Mekanika Teknik menjadi Mekanika Teknik Dasar, tapi belum tampil.", "Mekanika Teknik", None),
        ("Kalau saya ingin ganti Mekanika Teknik jadi Statika, bagaimana prosedurnya?", "Mekanika Teknik", None),
        ("Mohon jadwal Mekanika Teknik diubah menjadi hari Senin.", "Mekanika Teknik", None),
    ],
)
def test_the_current_name_after_a_change_verb_is_the_cue_of_the_new_one(
    text: str, name: str, expected: str | None
) -> None:
    found = renamed_by_name(text, name)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        ("Course updates", "Please make these updates to EE2203 Signals and Systems:\n\nCredits: 3", "EE2203"),
        ("Koreksi data", "Some corrections to ME3104 before the term starts: the lecturer is Dr. Lee.", "ME3104"),
        # a code after a change verb's "to" is the new value, not the course
        ("Short name", "Please change the short name to EE2204.", None),
    ],
)
def test_to_after_a_noun_of_changes_leads_to_the_course(subject: str, text: str, expected: str | None) -> None:
    assert find_course_code(subject, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lecturer should now be Assoc. Prof. Dr. Wong Kar Lok instead of Mr. Lee.",
            {"lecturer": "Assoc. Prof. Dr. Wong Kar Lok"},
        ),
        ("The course name must now read Applied Thermodynamics.", {"fullname": "Applied Thermodynamics"}),
        ("The credits should actually be 3, not 2.", {"credits": "3"}),
        # "should now be able to", "should really be checked": no value of the field's shape follows
        ("The lecturer should now be able to see the gradebook.", {}),
        ("The course name should really be checked by the department first.", {}),
    ],
)
def test_an_adverb_between_should_and_be_still_names_the_new_value(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pengampu MK Akuntansi Biaya mulai semester ini Ibu Dra. Sri Mulyani, M.Si., Ak., menggantikan Bapak Joko.",
            {"lecturer": "Dra. Sri Mulyani, M.Si., Ak."},
        ),
        (
            "The lecturer of EE2203 from next week is Dr. Lim Wei Ming (replacing Mr. Lee).",
            {"lecturer": "Dr. Lim Wei Ming"},
        ),
        ("Dosen MK Fisika mulai besok Pak Andi Saputra yang menggantikan Bu Rina.", {"lecturer": "Andi Saputra"}),
        # someone replaces someone elsewhere, a class replaces a class, a hedged replacement: nothing claimed
        ("Bu Rina menggantikan saya di rapat prodi, dosen MK Fisika tetap saya.", {}),
        ("Mahasiswa kelas TI-2A, menggantikan kelas TI-2B, tidak bisa masuk.", {}),
        ("Dosen pengampu mungkin Pak Andi, menggantikan Bu Rina, tapi belum pasti.", {}),
    ],
)
def test_a_person_who_replaces_another_in_a_sentence_about_the_lecturer(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        ("[EL2203] Signals and Systems - lecturer", "Please change the lecturer to Dr. Tan.", "Signals and Systems"),
        ("(ME3104) Heat Transfer", "Please change the credits to 3.", "Heat Transfer"),
        # a number or a numeral is never cut off alone: the lower-case name closed by the code's label is read whole
        ("enrol key", "kunci enrol matkul kalkulus 1 kode MA1101 tolong diganti jadi Kal@2026", "kalkulus 1"),
    ],
)
def test_a_name_after_a_bracketed_code_and_never_a_bare_number(subject: str, text: str, expected: str | None) -> None:
    assert find_course_name(subject, text, find_course_code(subject, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Nama MK ditulis "Kewirausahan", mohon koreksi menjadi "Kewirausahaan".',
            {"fullname": "Kewirausahaan"},
        ),
        ("Nama mata kuliah dinamai Statistik Dasar, yang benar Statistika Dasar.", {"fullname": "Statistika Dasar"}),
        # how it should be written, asked for: the value itself, "instead" or not
        ("Mohon nama MK ditulis Kewirausahaan Digital.", {"fullname": "Kewirausahaan Digital"}),
        ("Could the course name be called Ship Structures instead?", {"fullname": "Ship Structures"}),
    ],
)
def test_how_it_is_written_corrected_later_is_the_current_value(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sks fisdas tlg dijadikan 3 ya kak", {"credits": "3"}),
        ("sks praktikumnya dibikin 2 aja min", {"credits": "2"}),
        ("kelasnya tolong dipindahin ke TI-2B", {"class": "TI-2B"}),
        ("tolong key enrol nya digantiin ke fis#2026 ya", {"enrolment_key": "fis#2026"}),
        # a count of something else made: nothing claimed
        ("Nama MK dibikin 2 bahasa ya", {}),
        ("Kelas saya dibikin 2 grup diskusi", {}),
    ],
)
def test_spoken_verb_forms_typed_on_phones(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Course code MB1204 stays. The course is called Business Law at the moment; it should be Business and "
            "Commercial Law.",
            "Business Law",
        ),
        ("MK ini bernama Fisika Dasar, mohon diganti menjadi Fisika Terapan.", "Fisika Dasar"),
        # what something else is called: nothing read
        ("The file is called Business Law Notes, please upload it.", None),
    ],
)
def test_what_the_course_is_called_before_a_correction_is_its_current_name(text: str, expected: str | None) -> None:
    assert find_course_name("", text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mohon kode enrol MK Fisika diperbarui: Fis-Ganjil-2026", {"enrolment_key": "Fis-Ganjil-2026"}),
        ("Mohon kunci pendaftaran diperbaharui: Kim@2026", {"enrolment_key": "Kim@2026"}),
        # renewed already: nothing asked
        ("Data MK sudah diperbarui menjadi Fisika Terapan kemarin.", {}),
    ],
)
def test_both_spellings_of_renew_lead_to_the_value(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mohon nama MK diganti menjadi Keselamatan dan Kesehatan Kerja (K3) - Konstruksi.",
            "Keselamatan dan Kesehatan Kerja (K3) - Konstruksi",
        ),
        (
            "Please rename the course to Computer Aided Design (CAD) - Advanced.",
            "Computer Aided Design (CAD) - Advanced",
        ),
        # who asked, after the dash, is not part of the name
        ("Mohon nama MK diganti menjadi Keselamatan Kerja (K3) - Pak Budi yang minta.", "Keselamatan Kerja (K3)"),
    ],
)
def test_an_abbreviation_in_brackets_then_a_dashed_part_is_one_name(text: str, expected: str) -> None:
    assert pairs(text) == {"fullname": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Untuk kelas RB-2A, semesternya salah, tertulis Genap 2025/2026 padahal Ganjil 2026/2027.",
            {"semester": "Ganjil 2026/2027"},
        ),
        ("SKS di e-learning 2 padahal 3 sesuai kurikulum.", {"credits": "3"}),
        # a name or a person after "padahal" has no shape to check it by; a reason is no value
        ("Nama MK masih Fisika padahal Fisika Terapan.", {}),
        ("Kelas saya TI-2A padahal saya sudah pindah jadwal ke hari Senin.", {}),
    ],
)
def test_whereas_leads_to_the_right_value_of_a_shaped_field(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected
