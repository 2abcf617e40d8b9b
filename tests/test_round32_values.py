"""Change values misread when held-out part34 was opened (as tune56), in voices it does not use: a second course's
change in a mail that asks for two; labels in Markdown bold from a drafting assistant; a request written in capitals;
a class named beside a lecturer's old and new lines, which says which class the change is for."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType
from tests.change_reading import changes_asked

AT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)

TWO_COURSES = (
    pytest.param(
        "Titip perubahan dua MK",
        "Selamat siang,\n\nSaya admin Jurusan Manajemen Bisnis, menyampaikan dua permintaan:\n\n"
        "a. MB2203 Perilaku Konsumen: enrolment key mohon diganti menjadi Konsumen#27.\n"
        "b. MB2207 Manajemen Risiko: short name mohon diubah menjadi MR-2027.\n\nTerima kasih.",
        {"enrolment_key": "Konsumen#27"},
        id="lettered-items-two-courses",
    ),
    pytest.param(
        "Two course updates",
        "Hi team,\n\nTwo small things from our programme:\n"
        "1) AN1102 Digital Illustration - please set the enrolment key to Sketch2027.\n"
        "2) AN1105 Color Theory - please change the class to AN-1C.\n\nThanks!",
        {"enrolment_key": "Sketch2027"},
        id="numbered-items-two-courses-english",
    ),
    pytest.param(
        "Perubahan kelas",
        "Halo,\n\nUntuk MK LG2101 Pengantar Logistik, mohon nama dosen diganti menjadi Dewi Lestari, S.T., M.T.\n"
        "Sedangkan untuk MK LG2105 Transportasi, mohon kelasnya diubah menjadi LOG 2C.\n\nTerima kasih",
        {"lecturer": "Dewi Lestari, S.T., M.T."},
        id="sedangkan-untuk-another-course",
    ),
    pytest.param(
        "Nama MK",
        "Halo, MK IF2203 (dulu IF2230) mohon namanya diubah menjadi Basis Data Terapan. Terima kasih",
        {"fullname": "Basis Data Terapan"},
        id="guard-old-code-in-brackets-same-course",
    ),
    pytest.param(
        "SKS",
        "Saya mengampu:\n- EL1101 Dasar Listrik\n- EL2203 Elektronika Analog\n"
        "Untuk Elektronika Analog SKS-nya mohon diubah menjadi 4.",
        {"credits": "4"},
        id="guard-list-of-courses-taught-then-one-change",
    ),
    pytest.param(
        "Kode dan nama",
        "Mohon course Statistika (MB2110) diubah:\n- kode/short name menjadi MBS2110\n"
        "- nama lengkap menjadi Statistika Bisnis\nTerima kasih.",
        {"shortname": "MBS2110", "fullname": "Statistika Bisnis"},
        id="guard-new-code-before-the-name",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), TWO_COURSES)
def test_a_second_course_change_is_not_the_first_courses(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


BOLD_LABELS = (
    pytest.param(
        "Usulan ganti nama MK",
        "Yth. Helpdesk,\n\n**Kode Mata Kuliah:** AK2205\n**Nama Mata Kuliah Saat Ini:** Akuntansi Keuangan Menengah\n"
        "**Nama Mata Kuliah yang Diusulkan:** Akuntansi Keuangan Menengah I\n"
        "**Alasan Perubahan:** Kurikulum baru memecah mata kuliah ini\n\nTerima kasih.",
        {"fullname": "Akuntansi Keuangan Menengah I"},
        id="bold-proposed-name-then-bold-reason",
    ),
    pytest.param(
        "Proposed rename",
        "Dear team,\n\n**Course Code:** LOG3104\n**Current Course Title:** Supply Chain Management Fundamentals\n"
        "**Proposed Course Title:** Supply Chain Analytics and Planning\n"
        "**Rationale**: alignment with the 2026 curriculum review\n\nBest regards,",
        {"fullname": "Supply Chain Analytics and Planning"},
        id="bold-english-title-colon-outside",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), BOLD_LABELS)
def test_a_bold_label_after_the_value_ends_it(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


CAPITALS = (
    pytest.param(
        "GANTI NAMA MK",
        "MOHON NAMA MK AN2204 DIUBAH MENJADI:\nANIMASI TIGA DIMENSI LANJUT\n\nTERIMA KASIH",
        {"fullname": "ANIMASI TIGA DIMENSI LANJUT"},
        id="capitals-name-on-the-next-line",
    ),
    pytest.param(
        "KUNCI ENROL",
        "KUNCI ENROL MK MB1101 TOLONG DIGANTI MENJADI BISNIS#2027 YA. TERIMA KASIH",
        {"enrolment_key": "BISNIS#2027"},
        id="capitals-key-in-prose",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), CAPITALS)
def test_a_connector_in_capitals_is_no_value(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


@pytest.mark.parametrize(
    ("subject", "text", "name"),
    (
        pytest.param(
            "GANTI NAMA MK",
            "MOHON NAMA MK AN2204 DIUBAH MENJADI:\nANIMASI TIGA DIMENSI LANJUT\n\nTERIMA KASIH",
            None,
            id="capitals-verb-is-no-name",
        ),
        pytest.param(
            "MOHON GANTI NAMA DOSEN MK AN2204 (DARI KAPAL)",
            "SAYA DOSEN MK AN2204 ANIMASI 3D KELAS ANI 2B. MOHON NAMA DOSEN DI E-LEARNING DIGANTI MENJADI:\n"
            "DRS. TIGOR SIAHAAN, M.SN.\n\nTERIMA KASIH.",
            "ANIMASI 3D",
            id="where-one-writes-from-is-no-name",
        ),
    ),
)
def test_a_preposition_or_verb_in_capitals_is_no_course_name(subject: str, text: str, name: str | None) -> None:
    assert extract_fields(RequestType.COURSE_DATA, subject, text, AT)[0].course_name == name


RECORDS = (
    pytest.param(
        "Permohonan Penggantian Dosen",
        "Yth. P4M,\n\nDengan hormat, kami mengajukan penggantian dosen pengampu sebagai berikut:\n\n"
        "**Kode MK:** AN3102\n**Nama MK:** Desain Karakter\n**Kelas:** ANI 3A\n"
        "**Dosen Lama:** Fajar Nugroho, S.Sn.\n**Dosen Baru:** [isi nama dosen pengganti]\n\nHormat kami,",
        None,
        id="class-beside-old-and-new-lecturer-placeholder",
    ),
    pytest.param(
        "Permohonan Penggantian Dosen",
        "Yth. P4M,\n\nMohon penggantian dosen pengampu sebagai berikut:\nKode MK: AN3102\nKelas: ANI 3A\n"
        "Dosen Lama: Fajar Nugroho, S.Sn.\nDosen Baru: (menyusul)\n\n"
        "Hormat kami,",
        None,
        id="class-beside-old-and-new-lecturer-to-follow",
    ),
    pytest.param(
        "Pindah kelas",
        "Yth. P4M,\n\nKode MK: AN3102\nKelas baru: ANI 3B\nDosen: Fajar Nugroho, S.Sn.\n\nHormat kami,",
        {"class": "ANI 3B"},
        id="guard-new-class-labelled",
    ),
    pytest.param(
        "Perubahan MK",
        "Berikut perubahan untuk MK Jaringan Komputer (IF2206):\n- dosen baru: Yoga Pratama, M.Kom.\n"
        "- kelas: IF-2B Malam\n\nTerima kasih",
        {"lecturer": "Yoga Pratama, M.Kom.", "class": "IF-2B Malam"},
        id="guard-class-in-a-list-of-changes",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), RECORDS)
def test_a_class_beside_old_and_new_lines_says_which_class(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


SUMMARIES = (
    pytest.param(
        "Deskripsi MK baru",
        'Deskripsi MK AK3102 Auditing di e-learning masih yang lama:\n"Mata kuliah ini membahas dasar-dasar audit."\n\n'
        'Mohon diganti dengan yang berikut:\n"Mata kuliah ini membahas standar audit, perencanaan audit, dan '
        'penyusunan laporan audit."\n\nWassalam',
        {"summary": "Mata kuliah ini membahas standar audit, perencanaan audit, dan penyusunan laporan audit."},
        id="old-summary-under-a-colon-then-the-new-one",
    ),
    pytest.param(
        "Summary",
        "The summary of LG3102 Port Logistics currently reads:\nBasic port operations.\n\nPlease replace it with the "
        "following:\nPort Logistics covers terminal operations, container flows and port community systems.\n\n"
        "Thanks, Lee",
        {"summary": "Port Logistics covers terminal operations, container flows and port community systems."},
        id="currently-reads-then-replace-with-the-following",
    ),
    pytest.param(
        "Ringkasan MK",
        "Selamat siang, ringkasan untuk MK TI2105 Sistem Operasi saya kirim di bawah. Mohon dipasang di e-learning.\n\n"
        "Sistem Operasi membahas manajemen proses, memori, dan berkas, serta praktikum menggunakan Linux.\n\n"
        "Salam,\nBudi",
        {"summary": "Sistem Operasi membahas manajemen proses, memori, dan berkas, serta praktikum menggunakan Linux."},
        id="saya-kirim-di-bawah-then-the-paragraph",
    ),
    pytest.param(
        "Summary",
        "Hi, the new summary for LG3102 Port Logistics is pasted below. Please put it on the course page.\n\n"
        "Port Logistics covers terminal operations, container flows and port community systems.\n\nThanks, Lee",
        {"summary": "Port Logistics covers terminal operations, container flows and port community systems."},
        id="pasted-below-then-the-paragraph",
    ),
    pytest.param(
        "Summary",
        "Hi, the summary for LG3102 Port Logistics is pasted below.\n\nThanks, Lee",
        None,
        id="guard-said-below-but-only-the-closing-follows",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), SUMMARIES)
def test_a_summary_handed_over_after_the_old_one_or_below(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


NAMES = (
    pytest.param(
        "Request to change course name - JNT4102 (joint course)",
        "I am writing about our joint online course with Polibatam, JNT4102 Supply Chain Analytics, which our "
        "students attend together.",
        "Supply Chain Analytics",
        id="remark-in-brackets-after-the-code-in-the-subject",
    ),
    pytest.param(
        "Update summary MTK6203 (English)",
        "Untuk MK MTK6203 Edge Computing dan IoT Industri, summary-nya mau saya ganti full English.",
        "Edge Computing dan IoT Industri",
        id="language-in-brackets-after-the-code-in-the-subject",
    ),
    pytest.param(
        "Ganti nama IF2204 (Basis Data)",
        "Mohon nama MK IF2204 diubah menjadi Basis Data Lanjut.",
        "Basis Data",
        id="guard-name-in-brackets-where-the-text-gives-none",
    ),
    pytest.param(
        "Short name",
        "Course Termodinamika di e-learning masih memakai kode lama TM204. Di kurikulum baru kodenya TM2204.",
        "Termodinamika",
        id="guard-the-same-courses-old-code-after-its-name",
    ),
    pytest.param(
        "SKS",
        "Saya mengampu:\n- EL1101 Dasar Listrik\n- EL2203 Elektronika Analog\n"
        "Untuk Elektronika Analog SKS-nya mohon diubah menjadi 4.",
        "Elektronika Analog",
        id="a-field-word-after-the-name-is-no-part-of-it",
    ),
)


@pytest.mark.parametrize(("subject", "text", "name"), NAMES)
def test_the_course_name_where_a_remark_or_a_field_word_stands_beside_it(subject: str, text: str, name: str) -> None:
    assert extract_fields(RequestType.COURSE_DATA, subject, text, AT)[0].course_name == name


def test_the_class_taught_written_colloquially() -> None:
    text = (
        "Pak, course MB2105 Pemasaran Digital saya di e-learning terdaftar untuk kelas MB-2A, padahal saya ngajarnya "
        "MB-2C. Mohon dibetulkan."
    )
    assert changes_asked("kelas salah", text, AT) == {"class": "MB-2C"}


TEAMS = (
    pytest.param(
        "Dosen MK",
        "Halo admin, MK Statistika kode MB2107, dosennya di elearning cuma tulis nama saya saja. Semester ini kami "
        "team teaching, jadi tolong tulis dua nama: Rudi Hartono, S.E., M.M. dan Lina Marlina, S.Si., M.Stat.",
        {"lecturer": "Rudi Hartono, S.E., M.M. dan Lina Marlina, S.Si., M.Stat."},
        id="tolong-tulis-dua-nama",
    ),
    pytest.param(
        "Lecturers",
        "Please list both of us as lecturers of MB2107 Statistics: Rudi Hartono, S.E., M.M. and Lina Marlina, "
        "S.Si., M.Stat.",
        {"lecturer": "Rudi Hartono, S.E., M.M. and Lina Marlina, S.Si., M.Stat."},
        id="list-both-of-us-as-lecturers",
    ),
    pytest.param(
        "Tim dosen",
        'Tim pengajar MB2107 Statistika semester ini dua orang, tolong di e-learning tertulis "Rudi Hartono, S.E., '
        'M.M. & Lina Marlina, S.Si., M.Stat.".',
        {"lecturer": "Rudi Hartono, S.E., M.M. & Lina Marlina, S.Si., M.Stat."},
        id="tolong-di-e-learning-tertulis-a-team",
    ),
    pytest.param(
        "Dosen",
        'Di e-learning pengampu MB2107 Statistika masih tertulis "Rudi Hartono, S.E., M.M.", tolong diganti Lina '
        "Marlina, S.Si., M.Stat.",
        {"lecturer": "Lina Marlina, S.Si., M.Stat."},
        id="guard-what-it-still-reads-is-the-old-one",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), TEAMS)
def test_a_team_of_lecturers_asked_to_be_written(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


def test_a_person_after_the_colon_is_no_subtitle() -> None:
    text = "Please list both of us as lecturers of MB2107 Statistics: Rudi Hartono, S.E., M.M. and Lina Marlina."
    assert extract_fields(RequestType.COURSE_DATA, "Lecturers", text, AT)[0].course_name == "Statistics"


RENAMED = (
    pytest.param(
        "MB2201 name",
        "Hello, MB2201 is still listed as Business Ethics. It was renamed Business Ethics and Governance in the new "
        "curriculum. Could you update it?",
        {"fullname": "Business Ethics and Governance"},
        id="it-was-renamed-x-could-you-update-it",
    ),
    pytest.param(
        "Course name",
        "Dear P4M, our course Digital Marketing (MB3105) was officially renamed to Digital Marketing Analytics last "
        "semester. Please update the e-learning page.",
        {"fullname": "Digital Marketing Analytics"},
        id="was-officially-renamed-to-please-update",
    ),
    pytest.param(
        "renamed?",
        "Hi, why was MB3105 renamed Digital Marketing Analytics? Please update me.",
        None,
        id="guard-asked-why-it-was-renamed",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), RENAMED)
def test_a_course_renamed_elsewhere_and_asked_here(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


THE_ONE_TEACHING = (
    pytest.param(
        "Lecturer of Thermodynamics",
        "Hi, the one teaching Thermodynamics (TM2201) this term is me, Dr. Arif Rahman, since Dr. Sutomo retired. The "
        "course page still shows his name.",
        {"lecturer": "Dr. Arif Rahman"},
        id="the-one-teaching-is-me-name",
    ),
    pytest.param(
        "Lecturer",
        "Hello, the person who teaches Port Economics (LG3301) is me now: Capt. Hendrik Siahaan, M.Mar. The page "
        "still lists Mr. Budi.",
        {"lecturer": "Capt. Hendrik Siahaan, M.Mar."},
        id="the-person-who-teaches-is-me-now",
    ),
    pytest.param(
        "Lecturer",
        "Hello, the person who teaches Port Economics (LG3301) is Mr. Budi and the page shows him correctly. I only "
        "need the forum reset.",
        None,
        id="guard-another-teaches-and-the-page-is-right",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), THE_ONE_TEACHING)
def test_the_writer_as_the_one_teaching_it_now(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


PUT_UNDER_CLASS = (
    pytest.param(
        "Class",
        "Hi, please put AN3104 Motion Graphics under class ANI-3B instead of ANI-3A. Thanks!",
        {"class": "ANI-3B"},
        id="put-the-course-under-class",
    ),
    pytest.param(
        "Class",
        "Could you place my course EL3102 Microcontrollers in class EL-3C? It is listed under EL-3A now.",
        {"class": "EL-3C"},
        id="place-the-course-in-class",
    ),
    pytest.param(
        "students",
        "Please put my students of IF2201 in class IF-2B on the course, they cannot see it.",
        None,
        id="guard-students-put-in-a-class",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), PUT_UNDER_CLASS)
def test_a_course_put_under_a_class(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


def test_an_ask_after_a_lower_case_name_is_no_part_of_it() -> None:
    text = "pak, shortname course EL2201 rangkaian listrik minta diubah ke RL-EL2A ya, makasih"
    assert extract_fields(RequestType.COURSE_DATA, "shortname", text, AT)[0].course_name == "rangkaian listrik"
