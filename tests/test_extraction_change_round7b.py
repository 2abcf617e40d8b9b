"""Round 7's second change kinds, in sentences of their own (not the tune14 corpus's): ASCII tables, pasted settings
screens, short names asked as questions or bare with a request word, credits as written, a value set against a
wrong one after a slip, a description that ends before the writer's own sentence, a person put in the lecturer's
place by a passive verb; and their near-misses."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes


def pairs(text: str) -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ASCII table with borders, an empty line between rows as an HTML rendering leaves it
        (
            "Please fix these:\n\n+-------+------+------+\n\n| Field | Old | New |\n\n+=======+======+======+\n\n"
            "| Credits | 2 | 4 |\n\n| Semester | 5 | 5 |\n\n+-------+------+------+\n",
            {"credits": "4"},
        ),
        # a settings screen under a sentence that asks for its values; the name already written above is no change
        (
            "Untuk Statika (TS1101) mohon pengaturan diubah seperti berikut:\n\nCourse full name\nStatika\n"
            "Course short name\nSTATIKA-TS1A\n",
            {"shortname": "STATIKA-TS1A"},
        ),
        ("Could the short name of ME2101 be HT-ME2B?", {"shortname": "HT-ME2B"}),
        ("Can you make the short name HT-ME2B?", {"shortname": "HT-ME2B"}),
        ("min tolong short name-nya HT-ME2B ya", {"shortname": "HT-ME2B"}),
        ("Mohon SKS-nya dijadikan dua SKS.", {"credits": "dua"}),
        ("It should carry three credits, please.", {"credits": "three"}),
        ("Tolong ubah 2 SKS jadi 3 SKS.", {"credits": "3"}),
        ("Oops, my mistake: the short name-nya HT-ME2C, not HT-ME2B.", {"shortname": "HT-ME2C"}),
        (
            "The summary should read: Heat transfer by conduction, convection and radiation. Let me know if it is "
            "too long.",
            {"summary": "Heat transfer by conduction, convection and radiation."},
        ),
        (
            "Tolong Ibu Ratna Dewi, M.Kom. ditambahkan sebagai dosen pengampu ya.",
            {"lecturer": "Ratna Dewi, M.Kom."},
        ),
        (
            "Ms. Grace Lim will be teaching this course from next week, please update the lecturer.",
            {"lecturer": "Grace Lim"},
        ),
        (
            "Please add Dr. Maria Gonzalez as lecturer of Intercultural Communication.",
            {"lecturer": "Dr. Maria Gonzalez"},
        ),
        ("Could you change the enrolment key? The new one is Lab#2027.", {"enrolment_key": "Lab#2027"}),
        (
            "Deskripsi course masih kosong, tolong diisi dengan: Membahas dasar-dasar pengolahan citra digital.",
            {"summary": "Membahas dasar-dasar pengolahan citra digital."},
        ),
        ("Please create an enrolment key for the evening class: Eve-2027", {"enrolment_key": "Eve-2027"}),
        # who will teach elsewhere is no new lecturer
        (
            "Pak Hendra akan mengajar di kelas lain. Mohon nama MK diubah menjadi Fisika Teknik.",
            {"fullname": "Fisika Teknik"},
        ),
    ],
)
def test_kinds_read(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a settings screen that shows what is there now
        "Di e-learning sekarang tertulis:\n\nCourse full name\nStatika\nCourse short name\nSTATIKA-TS1A\n",
        # the short name given to find the course by
        "The short name is HT-ME2B, in case you need it.",
        # a request for something else, with the class that says which one
        "mohon dicek kelasnya TI-2A ya",
        # the course's name between the lecturer's cue and "menggantikan"
        "Mohon saya ditambahkan sebagai dosen pengampu di course Basis Data, menggantikan Pak Budi.",
        # a field said to be filled in right
        "Nama lengkap sudah diisi dengan benar, tapi saya tidak bisa login.",
        # a bare value in a statement
        "Short name-nya HT-ME2B tapi mahasiswa tidak menemukannya.",
    ],
)
def test_near_misses_claim_nothing(text: str) -> None:
    assert pairs(text) == {}
