"""Round 7's change kinds, in sentences of their own (not the corpus's): bare old/new lines under a named field,
before/after rows that stay the same, a correcting word before the field, a label that says from when, and the
shapes claimed too eagerly (a moment, a source document, the reader addressed, the writer's words after a name,
a connector of another field's sentence, a class that only says which one)."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes


def pairs(text: str, code: str | None = None, subject: str = "") -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, code, subject)}


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        (
            "Mohon judul MK Akuntansi Dasar diperbarui sesuai kurikulum.\n\nSemula: Akuntansi Dasar\n"
            "Menjadi: Akuntansi Keuangan Dasar\n",
            "",
            {"fullname": "Akuntansi Keuangan Dasar"},
        ),
        (
            "Hi, please update this one.\n\nold - Mr. Wong Kar Wai\nnew - Dr. Farah Aziz, M.Sc.\n",
            "Lecturer of Ship Stability",
            {"lecturer": "Dr. Farah Aziz, M.Sc."},
        ),
        # two fields named, both values read by one only
        (
            "Mohon kelas dan nama MK diperbarui.\n\nlama: Statistika\nbaru: Statistika Industri\n",
            "",
            {"fullname": "Statistika Industri"},
        ),
    ],
)
def test_bare_old_new_lines_take_the_named_field_whose_shape_fits(
    text: str, subject: str, expected: dict[str, str]
) -> None:
    assert pairs(text, subject=subject) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the lines hold no value of the field named
        "Mohon dosen pengampu dicek.\n\nlama: Senin 08.00\nbaru: Rabu 13.00\n",
        # the same value on both lines is no change
        "Nama MK mohon diperbarui.\n\nlama: Fisika Dasar\nbaru: Fisika Dasar\n",
    ],
)
def test_bare_old_new_lines_without_a_fitting_field_claim_nothing(text: str) -> None:
    assert pairs(text) == {}


def test_before_after_rows_that_stay_are_no_change() -> None:
    text = (
        "Data | Sebelum | Sesudah\nKode MK | EL2101 | EL2101\nDosen | Budi | Budi (tetap)\n"
        "SKS | 2 | 3\nSemester | 3 | 3\n"
    )
    assert pairs(text, "EL2101") == {"credits": "3"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maaf, yang benar nama singkatnya EL-2B-27, bukan EL-2B-2027.", {"shortname": "EL-2B-27"}),
        ("Ralat: harusnya dosennya Rudi Hartono, M.T., bukan Rudi Hartanto.", {"lecturer": "Rudi Hartono, M.T."}),
    ],
)
def test_a_correcting_word_before_the_field_names_the_value_after_it(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


def test_a_correcting_word_in_a_question_names_nothing() -> None:
    assert pairs("Yang benar nama MK-nya apa ya?") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pengampu per 1 Juni: Sinta Dewi, M.Kom.", {"lecturer": "Sinta Dewi, M.Kom."}),
        ("Short name starting next term: ME3104-B", {"shortname": "ME3104-B"}),
    ],
)
def test_a_label_that_says_from_when_names_the_new_value(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a moment after the verb
        "Kunci enrol mohon diganti Jumat pagi, kuncinya saya kirim nanti.",
        "Please change the short name Monday, I will send it then.",
        "Nama course mohon diubah 15 Juni setelah yudisium.",
        # the document the name is to follow
        "Mohon nama MK disesuaikan dengan Surat Keputusan Direktur tentang kurikulum.",
        # the reader addressed after "jadi" (so)
        "Nama MK sudah diubah prodi, jadi Bapak/Ibu cukup memeriksa saja.",
        # a person who goes on to act is the sentence's subject
        "Dosennya Bu Rina Lestari minta enrolment key diganti, kunci barunya menyusul.",
        # a labelled value its own sentence then asks to change is the current one
        "Dosen: Yanto Saputra, M.T. (pensiun), mohon diganti segera.",
        # a connector in the next sentence, about another field
        "Course ini untuk semester 2. Mohon pengajarnya diganti jadi 3 orang.",
    ],
)
def test_eager_shapes_claim_nothing(text: str) -> None:
    assert pairs(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mohon nama MK diubah menjadi Teknik Pengukuran Listrik sebagaimana disepakati rapat.",
            {"fullname": "Teknik Pengukuran Listrik"},
        ),
        (
            "Please rename it to Applied Thermodynamics so the second years find it.",
            {"fullname": "Applied Thermodynamics"},
        ),
        (
            "Mohon shortname MK Basis Data kelas TI-2C diganti jadi BD-2C.",
            {"shortname": "BD-2C"},
        ),
    ],
)
def test_the_value_ends_where_the_writer_goes_on(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


def test_a_new_name_written_in_lower_case_is_not_cut_short() -> None:
    assert pairs("Mohon nama MK diganti jadi Teknik pengukuran listrik.") == {}


def test_a_field_whose_box_is_left_empty_is_not_asked() -> None:
    text = "Perubahan: [ ] Dosen   [v] Kelas   [ ] SKS\nData baru: TI-3C Malam"
    assert pairs(text) == {"class": "TI-3C Malam"}


def test_a_capitalised_word_that_opens_a_name_is_no_key() -> None:
    assert pairs("Enrolment key baru: Sistem Informasi Akuntansi") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Please change the course name into English; the exact name will follow.",
        "Nama MK mohon diganti ke bahasa Inggris, namanya menyusul dari prodi.",
        "Mohon deskripsi: Mohon disesuaikan dengan RPS terbaru yang kami lampirkan.",
    ],
)
def test_a_language_or_a_request_is_no_value(text: str) -> None:
    assert pairs(text) == {}


def test_a_name_and_a_short_name_joined_by_dan_are_two_changes() -> None:
    text = "Mohon nama MK diganti menjadi Jaringan Komputer II dan shortname jadi JK2-RKS."
    assert pairs(text) == {"fullname": "Jaringan Komputer II", "shortname": "JK2-RKS"}


def test_a_dotted_title_chain_keeps_its_closing_dot() -> None:
    assert pairs("Mohon dosen diganti menjadi dr. Maya Lestari, Sp.A.") == {"lecturer": "dr. Maya Lestari, Sp.A."}


def test_a_label_that_names_the_course_by_its_code_as_written_asks_nothing() -> None:
    text = "Kode/Nama MK: EL 2105 / Rangkaian Listrik\nMohon nama singkat diubah menjadi RL-EL2B."
    assert pairs(text, "EL2105") == {"shortname": "RL-EL2B"}


def test_a_code_is_never_a_name_and_another_fields_cue_owns_its_colon() -> None:
    assert pairs("Nama MK sudah benar, yang salah kodenya: harusnya IF2102.") == {"shortname": "IF2102"}


@pytest.mark.parametrize(
    "text",
    [
        "Semester: Genap 2027/2028 (sudah benar). Mohon SKS diubah jadi 3.",
        "Class: ME-2B, please keep it. Change the credits to 3.",
    ],
)
def test_a_labelled_value_said_to_stay_is_no_change(text: str) -> None:
    assert pairs(text) == {"credits": "3"}
