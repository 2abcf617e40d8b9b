"""The lecturer told in the kinds unseen mail missed: professional post-nominals after the degrees (licence classes,
officers' grades, sub-specialties, a university in brackets), a coordinator that changes by itself, a second lecturer
added after a colon, the writer asking to join the teaching team; and near-misses that claim no lecturer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.changes import find_changes
from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType


def pairs(text: str, code: str | None = None, subject: str = "") -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, code, subject)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an engineer's licence with its classes, joined by a slash, at the sentence end
        (
            "Tutor MK Avionics Fundamentals (AV2101) diganti menjadi Lukas Manurung, A.Md., AMEL B2/B1.",
            {"lecturer": "Lukas Manurung, A.Md., AMEL B2/B1"},
        ),
        # a licence class with its sub-category, then the writer's own sentence
        (
            "Please change the instructor of Piston Engines (PE1102) to Wayan Arta, AMEL B1.3. Thank you.",
            {"lecturer": "Wayan Arta, AMEL B1.3"},
        ),
        # an officer's grade after a hyphen, and the captain's title before the name
        (
            "Dosen pengampu Olah Gerak Kapal (NA2208) diubah menjadi Kapt. Yohanes Loppies, ATT-III, M.Tr.M.",
            {"lecturer": "Kapt. Yohanes Loppies, ATT-III, M.Tr.M."},
        ),
        # a physician's sub-specialty after a hyphen and a consultant's "(K)"
        (
            "Pengampu MK Gizi Klinik (GZ3101) diganti ke dr. Melati Kusuma, Sp.GK(K) mulai pekan depan.",
            {"lecturer": "dr. Melati Kusuma, Sp.GK(K)"},
        ),
        # a university in brackets after a degree, another degree after it
        (
            "Dosen baru: Dr. Fikri Haikal, S.Si., M.Sc. (Groningen), Ph.D.",
            {"lecturer": "Dr. Fikri Haikal, S.Si., M.Sc. (Groningen), Ph.D."},
        ),
        # a coordinator that changes by itself, a time between the verb and where it goes
        (
            "Koordinator MK Hidrologi (SI2203) mulai Senin berganti ke Ir. Dewa Ayu Sri Wahyuni, M.T. Saya tetap "
            "mengajar.",
            {"lecturer": "Ir. Dewa Ayu Sri Wahyuni, M.T."},
        ),
        (
            "The module coordinator of Port Logistics (LG3302) switches to Capt. Rahmat Nur, M.Sc. from March.",
            {"lecturer": "Capt. Rahmat Nur, M.Sc."},
        ),
        # a second lecturer asked after its course and a colon, in a phone's casual verb
        (
            "kak tolong masukin dosen pendamping utk MK Statistika (ST1102) ya: Nur'aini Putri, S.Stat., M.Si.",
            {"lecturer": "Nur'aini Putri, S.Stat., M.Si."},
        ),
        # the writer asking to join the team, naming themself on a line of its own
        (
            "Dear team, I co-teach Hydrogen Energy (EN4301) with Dr. Lubis. Please add me as an additional "
            "instructor.\n\nName in the system: Yoshida Haruto, D.Eng.\nPhone: 0812 0000 0000\n",
            {"lecturer": "Yoshida Haruto, D.Eng."},
        ),
        # the same in Indonesian, the writer first and the verb in the passive
        (
            "Mohon saya dimasukkan ke tim dosen MK Tenaga Angin (EN3107).\nNama lengkap: Saad Al-Harbi, M.Eng.\n",
            {"lecturer": "Saad Al-Harbi, M.Eng."},
        ),
    ],
)
def test_lecturer_read_whole(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an affiliation in brackets after a name with no degree belongs to no name
        "Mulai semester ini MK Sensor (EL2105) diampu oleh Dr. Kang Ha-neul (Yonsei University), mohon diperbarui.",
        # a role in brackets after the degree is not a university
        "Dosen pengampu MK Mekatronika (MK3101) diganti menjadi Rina Yusuf, M.T. (Koordinator) mulai besok.",
        # an employer in brackets after a licence is not a university
        "Dosen pengampu MK Mekatronika (MK3101) diganti menjadi Rina Yusuf, AMEL B1 (Garuda Maintenance) mulai besok.",
    ],
)
def test_a_bracket_that_names_no_university_is_left_out(text: str) -> None:
    value = pairs(text)["lecturer"]
    assert "(" not in value and value.startswith(("Dr. Kang", "Rina Yusuf"))


@pytest.mark.parametrize(
    "text",
    [
        # the writer asks to be added but gives two names: which one is in doubt
        "Please add me as a second lecturer for Robotics (RB2101).\nName: Choi Min-ho\nName on my passport: Min-ho "
        "Choi\n",
        # a student asking to be added to a course names no lecturer
        "Please add me to Robotics (RB2101), my name: Fajar Nugraha.",
        # two candidates, the new one not decided
        "Dosen pengampu Fisika (FI1101) perlu diganti, kandidatnya Pak Andi, M.Si. atau Bu Sari, M.Si., belum pasti.",
    ],
)
def test_no_lecturer_claimed_in_doubt(text: str) -> None:
    assert "lecturer" not in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # the platform a class meets on is no person
        "Minggu ini dosen pengampu Termodinamika (TM2201) berganti ke Microsoft Teams karena renovasi gedung.",
        # a substitute for a meeting or two replaces nobody on the course
        "Koordinator MK Hidrologi (SI2203) berganti ke Ir. Made Arsa, M.T. untuk pertemuan besok saja, Bu Ayu sakit.",
        "The instructor of Port Logistics (LG3302) changes to Capt. Rahmat Nur for one session while I am abroad.",
    ],
)
def test_no_lecturer_claimed_for_a_platform_or_a_meeting(text: str) -> None:
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Dosen", text, datetime(2026, 11, 30, tzinfo=UTC))
    assert "lecturer" not in dict(fields.changes)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Please add me to Hydrogen Energy",
            "Dear team, I co-teach Hydrogen Energy (EN4301). Please add me as a co-lecturer.\n\nMy name: Sato Ren",
        ),
        (
            "Tim dosen Hidrologi",
            "Pagi admin, tolong masukkan saya sebagai dosen pengampu kedua di MK Hidrologi (SI2203).\n\n"
            "Nama lengkap: Kwon Da-eun, Ph.D.",
        ),
    ],
)
def test_joining_the_teaching_team_is_a_course_change(subject: str, text: str) -> None:
    assert classify(ClassifierInput(subject, text, datetime(2026, 11, 30, tzinfo=UTC))).type is RequestType.COURSE_DATA
