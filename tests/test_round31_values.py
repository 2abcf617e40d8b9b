"""Change values lost or misread when held-out part33 was opened (as tune55), in voices it does not use: a key handed
alone on its line keeps its closing mark; a class named freely after "dari <class> menjadi"; the person who left for
another office is no new lecturer; a lecturer "put as" or "shown as" a name; a correction with "of course" in it, and
a correction of a misspelt name with no field named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code
from tests.change_reading import changes_asked

AT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)

KEYS = (
    pytest.param(
        "Kunci enrol Rangkaian Listrik",
        "Mohon kunci enrol MK TE2201 Rangkaian Listrik diganti dengan yang ini:\n\nVolt#2027?\n\nTerima kasih.",
        {"enrolment_key": "Volt#2027?"},
        id="key-alone-keeps-its-question-mark",
    ),
    pytest.param(
        "Enrolment key",
        "Good morning, please reset the enrolment key of LOG2203 Warehouse Management to the one below:\n\n"
        "Gudang-Batam27!   (capital G, ends with an exclamation mark)\n\nRegards",
        {"enrolment_key": "Gudang-Batam27!"},
        id="key-alone-with-a-note-keeps-its-exclamation-mark",
    ),
    pytest.param(
        "Key",
        "Min, key MK AK2103 Akuntansi Biaya tolong diganti jadi Kopi2027. Makasih banyak min!",
        {"enrolment_key": "Kopi2027"},
        id="key-in-prose-ends-at-its-sentence",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), KEYS)
def test_a_key_handed_alone_is_taken_whole(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


CLASSES = (
    pytest.param(
        "Kelas MK Mekanika Fluida",
        "Yth. P4M,\nKelas MK TM2205 Mekanika Fluida di e-learning mohon diubah dari TM-2A menjadi Kelas Industri "
        "PT Sinar Jaya\n\nSalam,\nLaboran Teknik Mesin",
        {"class": "Kelas Industri PT Sinar Jaya"},
        id="free-class-after-dari-class-menjadi",
    ),
    pytest.param(
        "Section",
        "Dear P4M, for EL2104 Digital Systems please change the class from EL-2B to Joint Section Mechatronics & "
        "Electrical.\nThank you.",
        {"class": "Joint Section Mechatronics & Electrical"},
        id="free-class-after-from-class-to",
    ),
    pytest.param(
        "Kelas",
        "Kelas MK TM2205 dari TM-2A menjadi dua kelas kecil, nanti saya kabari nama kelasnya.",
        None,
        id="words-in-lower-case-are-no-class",
    ),
    pytest.param(
        "Kelas",
        "Mohon kelas MK TM2205 Mekanika Fluida diubah dari TM-2A menjadi TM-2C karena jadwal bentrok.",
        {"class": "TM-2C"},
        id="a-class-code-still-read-by-its-shape",
    ),
    pytest.param(
        "kelas",
        "Pak, course Statistika (MA2101) masih terhubung ke kelas MI-1A. Seharusnya untuk kelas MI-1B. Mohon dibantu.",
        {"class": "MI-1B"},
        id="seharusnya-untuk-kelas",
    ),
    pytest.param(
        "kelas salah",
        "Kelas di course Fisika Dasar FI1101 tertulis TE-1A padahal saya mengajar TE-1C.",
        {"class": "TE-1C"},
        id="the-class-taught-by-its-code-alone",
    ),
    pytest.param(
        "Key",
        "Mohon enrolment key MK Basis Data untuk kelas TI-2A diganti jadi Basdat#27.",
        {"enrolment_key": "Basdat#27"},
        id="the-class-a-key-is-for-is-no-change",
    ),
    pytest.param(
        "Key",
        "Saya mengajar TE-1A dan TE-1C untuk MK Fisika Dasar FI1101. Mohon key-nya diganti jadi Fis1ka27.",
        {"enrolment_key": "Fis1ka27"},
        id="classes-taught-with-nothing-against-them",
    ),
    pytest.param(
        "Class change",
        "Please change the class from EL-1B Pagi to EL-1B Karyawan Sabtu for my course EL1102 Dasar Elektronika.",
        {"class": "EL-1B Karyawan Sabtu"},
        id="the-weekend-day-of-a-working-class",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), CLASSES)
def test_a_class_named_after_the_class_it_replaces(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


LECTURERS = (
    pytest.param(
        "Pergantian pengampu",
        "Yth. P4M, Bpk. Hendra yang tercatat sebagai pengampu EL2203 Sistem Kendali sudah pindah ke PT Batamindo "
        "sejak September.\nPengampu penggantinya: Dr. Lestari Wulandari, S.T., M.Eng.\nMohon diperbarui.",
        {"lecturer": "Dr. Lestari Wulandari, S.T., M.Eng."},
        id="moved-to-a-company-then-the-successor",
    ),
    pytest.param(
        "Pengampu Auditing",
        "Bu Ratna, pengampu AK3301 Auditing, mutasi ke Politeknik Negeri Padang bulan ini. Mohon namanya dihapus "
        "dari course, pengganti menyusul.",
        None,
        id="transferred-to-another-polytechnic-names-no-lecturer",
    ),
    pytest.param(
        "Instructor",
        "Hi, the instructor of MN2201 Supply Chain Analytics moved to the Ministry of Industry last month. We will "
        "send the new name soon.",
        None,
        id="moved-to-a-ministry-names-no-lecturer",
    ),
    pytest.param(
        "Name on the course page",
        "Please put the lecturer name as: Hartono, S.Pd., M.T.\nCourse: TM1101 Gambar Teknik\nI have only one name.",
        {"lecturer": "Hartono, S.Pd., M.T."},
        id="put-the-lecturer-name-as-colon",
    ),
    pytest.param(
        "Nama pengampu",
        "Mohon nama pengampu MK TM1101 Gambar Teknik dituliskan sebagai: Hartono, S.Pd., M.T.",
        {"lecturer": "Hartono, S.Pd., M.T."},
        id="dituliskan-sebagai-colon",
    ),
    pytest.param(
        "Handing over",
        "I'm handing over IF3105 Computer Networks to my colleague Ms. Ratna Dewi, M.Kom. from today. Could you list "
        "her as the lecturer?",
        {"lecturer": "Ratna Dewi, M.Kom."},
        id="handed-over-to-my-colleague",
    ),
    pytest.param(
        "Serah terima MK",
        "Mulai minggu ini saya menyerahkan MK Jaringan Komputer (IF2205) kepada rekan saya, Bu Sari Wulandari, M.T. "
        "Mohon pengampu di e-learning disesuaikan.",
        {"lecturer": "Sari Wulandari, M.T."},
        id="diserahkan-kepada-rekan-saya",
    ),
    pytest.param(
        "Nama saya dobel",
        "Selamat siang. Di course MS2101 Metrologi nama saya muncul dua kali, Wagiman Wagiman, karena saya hanya punya "
        "satu nama. Tolong tuliskan nama pengampu sebagai: Wagiman, S.T., M.Eng.",
        {"lecturer": "Wagiman, S.T., M.Eng."},
        id="one-name-only-is-no-field-left",
    ),
    pytest.param(
        "Single name",
        "Hello, I have only one name, so the course page shows me twice. Could you write the lecturer as: Wagiman, "
        "S.T., M.Eng.? Course MS2101 Metrology.",
        {"lecturer": "Wagiman, S.T., M.Eng."},
        id="only-one-name-in-english",
    ),
    pytest.param(
        "Struktur Data",
        'Could you display the lecturer as "Yuliani, M.Sc." on IF2205 Struktur Data? Currently it shows Yuliani '
        "Yuliani.",
        {"lecturer": "Yuliani, M.Sc."},
        id="display-the-lecturer-as-quoted",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), LECTURERS)
def test_the_lecturer_put_as_a_name_not_where_one_moved(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


NAMES = (
    pytest.param(
        "Nama MK",
        "Nama MK IN2105 di e-learning tertulis Statistika Industr, yang benar tentunya Statistika Industri.",
        {"fullname": "Statistika Industri"},
        id="yang-benar-tentunya",
    ),
    pytest.param(
        "Course title typo",
        'The title on e-learning reads "Thermodinamics 1". It should of course be Thermodynamics 1 (ME2103).',
        {"fullname": "Thermodynamics 1"},
        id="should-of-course-be",
    ),
    pytest.param(
        "Tolong dicek",
        "Pak, di halaman depan e-learning mata kuliah saya tertulis Akuntansi Keuangn Menengah. Yang benar pasti "
        "Akuntansi Keuangan Menengah, seperti di KRS. Kodenya AK2201.",
        {"fullname": "Akuntansi Keuangan Menengah"},
        id="a-misspelt-name-corrected-without-naming-the-field",
    ),
    pytest.param(
        "Tolong dicek",
        "Pak, di e-learning mata kuliah saya tertulis pengampunya Yohanes Tarigan. Yang benar Yohana Tarigan, saya "
        "perempuan. Kode AK2201.",
        {"lecturer": "Yohana Tarigan"},
        id="a-misspelt-person-is-no-course-name",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), NAMES)
def test_a_correction_with_its_adverb_or_without_its_field(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Please add Dr. Nguyen Van Long as a second lecturer to IF4102 Machine Learning; I stay the coordinator.",
            "IF4102",
        ),
        ("Could you add Bu Rani as co-teacher to EL2203 Sinyal dan Sistem? Terima kasih.", "EL2203"),
        ("Please change the course code of Machine Learning from IF4101 to IF4102.", "IF4101"),
        ("Students cannot self-enrol into IF2203 since the key leaked; please set a new one.", "IF2203"),
        ("Please change the code of Basis Data to IF2204.", None),
    ],
)
def test_the_course_one_is_added_or_enrolled_to(text: str, code: str | None) -> None:
    assert find_course_code("Team teaching", text) == code


RECORDS = (
    pytest.param(
        "Credits",
        "Hello, the page of ME2104 Statics shows 2 credits; the new curriculum gives it 3. Please amend.",
        {"credits": "3"},
        id="the-record-in-a-clause-of-its-own",
    ),
    pytest.param(
        "Semester",
        "Our course LG3102 is listed as semester 5, but the handbook puts it in semester 6.",
        {"semester": "6"},
        id="the-handbook-puts-it-in",
    ),
    pytest.param(
        "Credits",
        "Just checking: ME2104 Statics shows 3 credits; the new curriculum gives it 3 as well, so all good.",
        None,
        id="a-record-that-agrees-asks-nothing",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), RECORDS)
def test_what_the_record_says_in_its_own_clause(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kode MK: TM2103\nNama yang tertulis di e-learning sekarang: Mekanika Teknik\nNama baru: Mekanika Teknik "
            "Terapan",
            "Mekanika Teknik",
        ),
        (
            "Kami guru dari SMK Negeri 5 Batam, mitra kelas industri, mohon nama MK TFE3102 diganti menjadi Perakitan "
            "Panel Surya.",
            None,
        ),
        ("Dari PT Mitra Galangan: mohon key MK Las Dasar (TFE2101) diganti jadi Las#2027.", "Las Dasar"),
    ],
)
def test_the_name_shown_now_and_no_school_for_a_course(text: str, name: str | None) -> None:
    assert find_course_name("Perubahan data MK", text, find_course_code("Perubahan data MK", text)) == name
