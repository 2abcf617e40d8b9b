"""Change values whose own punctuation was cut when held-out part36 was opened (as tune54), in voices it does not use:
a name's part in brackets written in capitals ("(SMAW & GTAW)"), a name's lead-in with a slash ("HSE/K3: ..."), a
class name in quotes that goes on after the class ("MI-3B & Alih Jenjang"); a remark in brackets is still no part."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.change_reading import changes_asked

AT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)

CHANGES = (
    pytest.param(
        "Perubahan nama MK",
        "Mohon bantu ubah data MK TM3109:\n\nNama MK\n  Lama : Teknologi Las\n  Baru : Teknologi Las (SMAW & GTAW)\n\n"
        "Terima kasih",
        {"fullname": "Teknologi Las (SMAW & GTAW)"},
        id="brackets-of-capitals-on-a-new-line",
    ),
    pytest.param(
        "Rename",
        "Hi, could you rename EL3205 to Embedded Systems (ARM & RISC-V) before the term starts? Thanks.",
        {"fullname": "Embedded Systems (ARM & RISC-V)"},
        id="brackets-of-capitals-in-prose",
    ),
    pytest.param(
        "Rename",
        "Nama baru MK IF3304: Basis Data Lanjut (sesuai SK Direktur)\n\nTerima kasih",
        {"fullname": "Basis Data Lanjut"},
        id="a-remark-in-brackets-stays-out",
    ),
    pytest.param(
        "Nama MK galangan",
        "Dear team, for course KP2210 the full name should read: HSE/K3: Keselamatan Kerja di Galangan\n\nRegards",
        {"fullname": "HSE/K3: Keselamatan Kerja di Galangan"},
        id="lead-in-with-a-slash-is-the-names-own",
    ),
    pytest.param(
        "Nama kelas",
        'Kak, nama kelas di MK Akuntansi Biaya (AK2203) tolong diganti jadi "MI-3B & Alih Jenjang" biar peserta RPL '
        "kelihatan. Makasih kak",
        {"class": "MI-3B & Alih Jenjang"},
        id="quoted-class-name-going-on",
    ),
    pytest.param(
        "Short name",
        "Good day, the partner asks that the short name of Port Operations (LOG-2104) be changed to PSA/POPS-27. "
        "Thank you.",
        {"shortname": "PSA/POPS-27"},
        id="shortname-with-a-slash-first",
    ),
    pytest.param(
        "Data MK pascasarjana",
        "Dengan hormat, mohon pembaruan data MK Statistika Lanjut (MTr 6203):\n\n1. Nama kelas diubah menjadi "
        "MTr-TE 2027/B\n2. Enrolment key diganti menjadi Stat#Lanjut27\n\nHormat kami",
        # A class named freely only filling its line is asked back; read, it claimed a wrong class on unseen mail.
        {"enrolment_key": "Stat#Lanjut27"},
        id="class-name-filling-its-list-item-is-asked-back",
    ),
    pytest.param(
        "Update kelas",
        "Please update:\n\nKode\tData\tCurrent\tNew\nTEFA-WD02\tClass\tCohort 4\tCohort 5 (Feb-Jul 2027)\n\nThanks",
        {"class": "Cohort 5 (Feb-Jul 2027)"},
        id="class-name-filling-its-cell",
    ),
    pytest.param(
        "Kelas",
        "Mohon pembaruan data MK Statistika Lanjut (MTr 6203):\n\nKelas baru: MTr-TE 2027/B\n\nHormat kami",
        {"class": "MTr-TE 2027/B"},
        id="class-name-under-its-new-label",
    ),
    pytest.param(
        "Kelas",
        "Mohon nama kelas MK Fisika Dasar (FI1101) diubah menjadi TI-1A Pagi supaya sesuai jadwal baru.",
        {"class": "TI-1A Pagi"},
        id="class-in-prose-keeps-the-shape-reader",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), CHANGES)
def test_the_value_keeps_its_own_punctuation(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


CLASSES = (
    pytest.param(
        "Class of EE2201",
        "Dear team, the course EE2201 is currently set to class EE-2A. It should be EE-2C, since EE-2A is taught by "
        "Dr. Lim.",
        {"class": "EE-2C"},
        id="currently-set-to-is-the-state-not-the-ask",
    ),
    pytest.param(
        "Kelas",
        "Course Fisika Terapan (FT1102) di e-learning masih di-set ke kelas TE-1B, padahal harusnya TE-1A. Mohon "
        "dibetulkan.",
        {"class": "TE-1A"},
        id="masih-diset-ke-is-the-state",
    ),
    pytest.param(
        "Group for EL2203",
        "Hi, can you move the course EL2203 Signals and Systems to group EL-3A? Thanks.",
        {"class": "EL-3A"},
        id="group-said-for-class",
    ),
    pytest.param(
        "Kelas",
        "Mohon course Fisika Terapan (FT1102) sekarang dipindah ke kelas TE-1B.",
        {"class": "TE-1B"},
        id="sekarang-before-the-verb-still-asks",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), CLASSES)
def test_the_class_asked_not_the_class_shown(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


LECTURERS = (
    pytest.param(
        "Pengampu Hidrolika",
        "Mohon nama Pak Darmawan diganti dengan nama saya (Fitri Handayani, S.T., M.T.) sebagai pengampu Hidrolika "
        "(TS2204). Terima kasih.",
        {"lecturer": "Fitri Handayani, S.T., M.T."},
        id="nama-saya-in-brackets-replacing",
    ),
    pytest.param(
        "Lecturer on MT3301",
        "Hello, I am taking over MT3301 Robotics from Dr. Yuen this week. Could my name (Dr. Priya Nair) be shown as "
        "the lecturer instead?",
        {"lecturer": "Dr. Priya Nair"},
        id="my-name-in-brackets-shown-instead",
    ),
    pytest.param(
        "Akun",
        "Selamat siang, nama saya (Fitri Handayani) di akun e-learning salah eja jadi Fitry. Mohon dibantu.",
        None,
        id="own-name-misspelt-on-account-is-no-lecturer",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), LECTURERS)
def test_the_writer_names_themself_in_brackets(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


NAMES = (
    pytest.param(
        "Rename",
        'Kindly rename "Introduction to Business Writing" (EN2102) as "Professional Writing in English". Thanks.',
        {"fullname": "Professional Writing in English"},
        id="to-inside-the-quoted-old-name-is-no-connector",
    ),
    pytest.param(
        "Nama MK",
        "Nama MK KI2203 sekarang tertulis Kimia Organik II, tolong dikembalikan ke Kimia Organik Lanjut seperti "
        "semester lalu.",
        {"fullname": "Kimia Organik Lanjut"},
        id="put-back-to-the-name-before",
    ),
    pytest.param(
        "Course name",
        "Could the course name for ME2203 be updated? New name - Manufacturing Processes II\n\nRegards",
        {"fullname": "Manufacturing Processes II"},
        id="new-name-after-a-dash",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), NAMES)
def test_the_new_name_read_whole(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


RECORDS = (
    pytest.param(
        "SKS praktikum",
        "Bobot MK Praktikum Kimia (KI1102) di e-learning 1 SKS, padahal di kurikulum 2 SKS. Mohon disamakan.",
        {"credits": "2"},
        id="credits-the-curriculum-gives",
    ),
    pytest.param(
        "Credits",
        "EL2201 shows 2 credits on the LMS, but in the curriculum it is 3 credits. Please align it.",
        {"credits": "3"},
        id="credits-the-curriculum-gives-en",
    ),
    pytest.param(
        "Semester",
        "Di e-learning MK Kewirausahaan (UM3101) masuk semester 3, sedangkan di SIAKAD semester 5. Tolong disesuaikan.",
        {"semester": "5"},
        id="semester-siakad-gives",
    ),
    pytest.param(
        "Konfirmasi",
        "Di kurikulum MK Statika (TS1103) 2 SKS, dan di e-learning juga 2 SKS. Saya cuma ingin memastikan saja.",
        None,
        id="the-same-in-both-asks-nothing",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), RECORDS)
def test_the_value_the_record_gives(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected
