"""Round 9's change kinds, in sentences of their own (not the tune17 or tune18 corpus's): reverts, fields named
together with their values listed in order, many-titled lecturers, keys and classes in prose, changes told through
what is shown, a document the change follows, a field held for now; and the near-misses: a revert said not to
happen, a change told as made before, hearsay asked back, a requester's name with degrees on a form."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes


def pairs(text: str, subject: str = "") -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, None, subject)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reverts
        (
            "Nama MK kemarin diganti jadi Fisika Modern. Mohon dikembalikan ke nama awal, yakni Fisika Dasar II.",
            {"fullname": "Fisika Dasar II"},
        ),
        ("Please put the short name back to PHY-2A, the new one confuses students.", {"shortname": "PHY-2A"}),
        ("Shortname tolong balikin ke yang lama (STAT-1B) ya.", {"shortname": "STAT-1B"}),
        # fields named together, values in order
        (
            "Nama lengkap dan short name MK ini mohon diganti berturut-turut menjadi Kimia Dasar dan KIM-1.",
            {"fullname": "Kimia Dasar", "shortname": "KIM-1"},
        ),
        (
            "Please set the class and the enrolment key to EL-2C and volt-2C respectively.",
            {"class": "EL-2C", "enrolment_key": "volt-2C"},
        ),
        # many titles
        ("Dosennya diganti jadi Dr. phil. Rudi Santoso, M.A. ya.", {"lecturer": "Dr. phil. Rudi Santoso, M.A."}),
        ("Pengampu baru: Ns. Rina Wati, S.Kep., M.Kep.", {"lecturer": "Ns. Rina Wati, S.Kep., M.Kep."}),
        # keys, classes, what is shown
        ("Kelasipun mohon dipun gantos dados TI-3B.", {"class": "TI-3B"}),
        ("key-nya dibikin basdat99 aja kak", {"enrolment_key": "basdat99"}),
        (
            "Di course masih tertulis Pak Budi, padahal dosennya sudah Bu Sari Dewi, M.Kom. Mohon dicek.",
            {"lecturer": "Sari Dewi, M.Kom."},
        ),
        (
            "The module has now been renamed to Marine Robotics; please update the course.",
            {"fullname": "Marine Robotics"},
        ),
        # a document the change follows
        (
            "Dosen pengampu mohon disesuaikan dengan surat tugas No. 12/2027: Dr. Hana Putri, M.T.",
            {"lecturer": "Dr. Hana Putri, M.T."},
        ),
        # a field held for now
        (
            "Short name-nya jangan diubah dulu. Nama MK tolong diganti jadi Fisika Terapan.",
            {"fullname": "Fisika Terapan"},
        ),
        ("Tolong ganti saya dengan Dr. Indah Permata, M.Si. di course ini.", {"lecturer": "Dr. Indah Permata, M.Si."}),
        # a second field after "sekalian", a key written "key nya", a name ended by a clause before another label
        (
            "Nama MK mohon diganti jadi Statistika Terapan, sekalian short name-nya STATAP-2.",
            {"fullname": "Statistika Terapan", "shortname": "STATAP-2"},
        ),
        ("kelas nya ganti ke TI-2B, key nya jg ganti ke tib2027", {"class": "TI-2B", "enrolment_key": "tib2027"}),
        ("Tolong ganti nama MK jadi Kimia Fisik; dosennya tetap.", {"fullname": "Kimia Fisik"}),
        (
            "Nama MK diubah ke Kalkulus Lanjut, singkatannya KALJUT.",
            {"fullname": "Kalkulus Lanjut", "shortname": "KALJUT"},
        ),
        ("Nama MK diubah ke Kalkulus Lanjut, kelas TI-2A.", {"fullname": "Kalkulus Lanjut"}),
        # a shaped value set against another, in a mail that says something is wrong
        ("Course ini sebenarnya untuk kelas MJ-2B, bukan MJ-2A. Mohon diperbaiki.", {"class": "MJ-2B"}),
        (
            "Saya mengajar kelas TI-2A, bukan TI-2B. Mohon enrolment key diganti jadi abc2027.",
            {"enrolment_key": "abc2027"},
        ),
        # handed over, made the teacher
        ("Dosen MK Kimia saya alihkan ke Bu Rahma Fitri, M.Sc. mulai besok.", {"lecturer": "Rahma Fitri, M.Sc."}),
        ("Tolong masukkan Bu Dewi Sartika, M.Pd. jadi pengajar di MK ini.", {"lecturer": "Dewi Sartika, M.Pd."}),
    ],
)
def test_round9_kinds_are_read(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nama MK sudah benar, jangan dikembalikan ke Fisika Lama ya. Terima kasih.",
        "Shortname yang kemarin diubah jadi FIS-2 sudah benar, terima kasih.",
        "Katanya nama MK ini mau diganti jadi Fisika Lanjut ya? Mohon infonya.",
        "Nama: Rahmat Hidayat, S.T., M.T.\nNIP: 1234\nUraian: mohon bantuan akses e-learning.",
        "Nama MK disesuaikan dengan kurikulum 2027 nanti saja, belum pasti.",
        "Mohon nama MK disesuaikan dengan SK Direktur yang baru.",
    ],
)
def test_round9_near_misses_claim_nothing(text: str) -> None:
    assert pairs(text) == {}


def test_a_name_typed_in_lower_case_by_a_lower_case_writer() -> None:
    assert pairs("tolong nama matkul nya ganti jd basis data lanjut ya") == {"fullname": "basis data lanjut"}
    # not a name: a question, a hedge, a word for the new one, a source
    for text in (
        "nama mk ganti jd apa ya min?",
        "kak nama mk nya mau diganti jd pemrograman web lanjut tp blm pasti",
        "min nama mk nya ganti jd yang baru aja ya",
        "nama mk nya diganti jd sesuai rps ya",
    ):
        assert pairs(text) == {}, text
    # a writer who uses capitals writes the name so: lower-case words after "jadi" are the writer's own
    assert pairs("Nama MK tolong diganti jadi nanti saya kabari lagi.") == {}
