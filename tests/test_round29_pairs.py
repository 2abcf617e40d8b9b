"""Change values found when held-out part37 was opened (as tune53), in voices it does not use: a bare key called "the
new one" with "-nya"; "jadi" after a comma saying "so", not "into"; labelled lines above a heading that asks for the
changes listed under it, which say which course and who teaches it now; a slip repaired at once, as said aloud
("jadi 2 eh bukan 2 tapi 3 sks", "to 2, no wait, 3 credits"); the class the writers say they are in, set against the one
shown; the writer who teaches the course now, named with titles, where e-learning shows another or no one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.course_code import find_course_code
from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType
from tests.change_reading import changes_asked

AT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


CHANGES = (
    pytest.param(
        "Permohonan",
        "Dengan hormat, atas nama Pak Hendro saya mohon enrolment key MK Statistika Industri (TI2105) diganti. Key "
        "lama sudah beredar di grup angkatan lain.\n\nKey barunya: stat-IND#27\n\nHormat saya, asisten dosen",
        {"enrolment_key": "stat-IND#27"},
        id="bare-key-called-the-new-one",
    ),
    pytest.param(
        "Key",
        "Pak Hendro minta enrolment key Statistika Industri (TI2105) diganti. Key yg lama bocor, jadi adik-adik "
        "tingkat ikut masuk. Terima kasih.",
        None,
        id="jadi-after-comma-says-so",
    ),
    pytest.param(
        "Key",
        "Mohon ganti enrolment key Hidrolika (ME3301). Key lama kesebar di medsos, jadi mhs-mhs lain pada masuk.",
        None,
        id="jadi-after-comma-says-so-asked-before",
    ),
    pytest.param(
        "Key",
        "Mohon enrolment key Hidrolika (ME3301) diganti, jadi hid-27x ya.",
        {"enrolment_key": "hid-27x"},
        id="jadi-after-comma-of-a-change",
    ),
    pytest.param(
        "Praktikum",
        "Nama MK Fisika 1 (FI1101) diganti jadi Fisika Dasar. Short name-nya juga, jadi FISDAS-1. Makasih.",
        {"fullname": "Fisika Dasar", "shortname": "FISDAS-1"},
        id="field-said-also-then-jadi",
    ),
    pytest.param(
        "sks",
        "assalamualaikum mohon sks mata kuliah fisika terapan kode te 2204 diubah jadi 2 eh bukan 2 tapi 3 sks terima "
        "kasih",
        {"credits": "3"},
        id="dictated-slip-repaired-with-bukan-tapi",
    ),
    pytest.param(
        "kelas",
        "Mohon kelas MK Basis Data (IF2201) diganti ke IF-2A eh bukan, IF-2B maksudnya. Makasih",
        {"class": "IF-2B"},
        id="slip-repaired-with-maksudnya",
    ),
    pytest.param(
        "credits",
        "Please change the credits of Thermodynamics (ME2104) to 2, no wait, 3 credits. Thanks",
        {"credits": "3"},
        id="slip-repaired-no-wait",
    ),
    pytest.param(
        "sks",
        "mohon sks mk fisika terapan (TE2204) diubah jadi 3 sks bukan 2 sks terima kasih",
        {"credits": "3"},
        id="right-value-set-against-wrong-is-no-repair",
    ),
    pytest.param(
        "kelas salah",
        "Halo min, course Statistika (MA1201) di e-learning kelasnya tertulis MJ 1 Malam A. Padahal kami kelas pagi "
        "min, MJ 1 Pagi A. Tolong dibenerin ya.",
        {"class": "MJ 1 Pagi A"},
        id="we-are-the-morning-class",
    ),
    pytest.param(
        "wrong class",
        "Hi, the Physics (FI1101) course on e-learning shows class TE-1B. That is wrong. We are all TE-1C. Please fix.",
        {"class": "TE-1C"},
        id="we-are-all-another-class",
    ),
    pytest.param(
        "kelas",
        "Course Kalkulus (MA1101) kelasnya terdaftar AK 1A. Itu keliru pak. Kelas kami AK 1B.",
        {"class": "AK 1B"},
        id="our-class-is-another",
    ),
    pytest.param(
        "pertanyaan",
        "Course Kalkulus (MA1101) kelasnya terdaftar AK 1A. Kami kelas AK 1A juga, tapi kenapa tugasnya tidak muncul?",
        None,
        id="we-are-the-class-shown",
    ),
    pytest.param(
        "dosen kosong",
        "Siang, course Basis Data IF 2A (IF2201) nama dosennya masih kosong. Saya yang mengajar kelas itu: Rudi "
        "Hartono, S.Kom., M.T. Makasih",
        {"lecturer": "Rudi Hartono, S.Kom., M.T."},
        id="writer-teaches-it-and-names-themself",
    ),
    pytest.param(
        "pengampu",
        "Di course Fisika Dasar (TE1101) kelas TE 1A tertulis Bu Lestari sebagai pengampu. Mulai minggu ketiga kelas "
        "itu diserahkan kepada saya. Nama yang seharusnya tampil: Agus Salim, S.Si., M.Sc.",
        {"lecturer": "Agus Salim, S.Si., M.Sc."},
        id="class-handed-to-the-writer-name-to-show",
    ),
    pytest.param(
        "lecturer",
        "Hello, the Robotics (MK3301) page still lists Dr. Tan as the lecturer. I have taken over the class since "
        "October: Dr. Maria Santos, Ph.D. Thanks!",
        {"lecturer": "Dr. Maria Santos, Ph.D."},
        id="writer-has-taken-over",
    ),
    pytest.param(
        "dosen",
        "Course Kalkulus (MA1101) masih kosong nama dosennya. Saya Rudi Hartono, S.Kom., M.T., koordinator prodi; "
        "dosennya nanti saya kabari.",
        None,
        id="writer-only-introduces-themself",
    ),
    pytest.param(
        "Mohon perubahan",
        "Yth. Tim P4M,\n\nMata kuliah : Mekanika Fluida (ME2201)\nDosen : Ir. Bambang Sutejo, M.T.\n\nMohon diubah "
        "sebagai berikut:\n1. Nama singkat: ME2201-MF\n2. Semester: 4",
        {"shortname": "ME2201-MF", "semester": "4"},
        id="labels-above-an-asking-heading",
    ),
    pytest.param(
        "Update course",
        "Mau minta update data course semester depan. Rinciannya:\n\n**Course:** Basis Data Lanjut (IF3102)\n"
        "**Dosen pengampu:** Siti Rahma\n\n**Changes:**\n- **Short name** → `IF3102-BDL`\n"
        "- **Enrolment key** → `bdl-27`",
        {"shortname": "IF3102-BDL", "enrolment_key": "bdl-27"},
        id="markdown-labels-above-changes-heading",
    ),
    pytest.param(
        "Perubahan dosen",
        "Mohon diubah sebagai berikut:\nDosen: Ir. Bambang Sutejo, M.T.\nSemester: 4\n\nTerima kasih.",
        {"lecturer": "Ir. Bambang Sutejo, M.T.", "semester": "4"},
        id="labels-under-the-heading-are-changes",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), CHANGES)
def test_change_values(subject: str, text: str, expected: object) -> None:
    assert changes_asked(subject, text, AT) == expected


def test_bare_key_called_the_new_one_is_read_by_its_cue() -> None:
    text = (
        "Yth. Tim P4M, mohon enrolment key MK Statistika Industri (TI2105) diganti, key lama sudah beredar.\n\n"
        "Key barunya: stat-IND#27\n\nSalam"
    )
    fields, reasons = extract_fields(RequestType.COURSE_DATA, "Permohonan", text, AT)
    assert fields.as_json_dict().get("changes") == {"enrolment_key": "stat-IND#27"}
    assert any("new value named: Key barunya" in reason for reason in reasons)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("mata kuliahnya analisa kodenya if 2106 eh salah maksud saya if 2306 dosennya", "if 2306"),
        ("kode MK IF2106, eh maaf, maksud saya IF2306. Terima kasih", "IF2306"),
        ("Please fix EE2105, sorry, I meant EE2150, the Circuits course.", "EE2150"),
        ("di e-learning bukan FI1101 tapi FI1110", "FI1101"),  # a change of the code itself keeps the current one
    ],
)
def test_a_course_code_repaired_at_once_is_the_one_meant(text: str, code: str) -> None:
    assert find_course_code("", text) == code
