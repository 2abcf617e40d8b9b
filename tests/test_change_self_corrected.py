"""A writer who corrects a value later in the same mail means the corrected one: the slip may be owned up to in a
sentence of its own before the value ("Eh bentar, salah. Yang benar X"), the value may follow "make that", "it's",
"koreksi:" or the field's own word ("kelasnya X"), in the paragraph or in a postscript. Written before the rule, in
voices the corpora lack. The apology for the trouble held before the rule: a guard."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput

REFERENCE = datetime(2026, 10, 8, 2, 0, tzinfo=UTC)


def _changes(subject: str, text: str) -> dict[str, str]:
    return dict(classify(ClassifierInput(subject, text, REFERENCE)).fields.changes)


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "enrolment key",
            "Tolong ganti enrolment key MK MB2104 Pengantar Akuntansi jadi akun123. Eh bentar, salah. "
            "Yang benar akun-2026.",
            {"enrolment_key": "akun-2026"},
        ),
        (
            "Short name",
            "Please change the short name of ME2201 Dynamics to ME-DYN. Wait, no, make that ME-DYN-26, we include "
            "the year now.",
            {"shortname": "ME-DYN-26"},
        ),
        (
            "Class",
            "Could you set the class of BM3101 Business Law to BM-3A? Sorry, my mistake: it's BM-3B.",
            {"class": "BM-3B"},
        ),
        (
            "Kelas MK",
            "Mohon kelas MK MJ2201 Manajemen Keuangan di e-learning diganti menjadi MJ-2A Pagi.\n\nTerima kasih.\n\n"
            "NB: maaf tadi salah ketik, kelasnya MJ-2B Pagi, bukan MJ-2A.",
            {"class": "MJ-2B Pagi"},
        ),
        (
            "ganti nama",
            "mohon nama MK TI2105 Struktur Data diganti jadi Struktur Data & Algoritma. koreksi: Struktur Data dan "
            "Algoritma",
            {"fullname": "Struktur Data dan Algoritma"},
        ),
        (
            # The correction opens the next paragraph (found in tune37, written here in another voice).
            "Enrolment key CS2201",
            "Please set the enrolment key of CS2201 Data Structures to falcon12, the old one leaked.\n\n"
            "Sorry, correction: falcon12 is the key of my other course. For CS2201 it should be eagle34.\n\n"
            "Thanks,\nRavi",
            {"enrolment_key": "eagle34"},
        ),
        (
            "Kelas EL2203",
            "Mohon kelas MK EL2203 Elektronika Daya diganti ke EL-2C ya pak.\n\nAduh, maaf pak, salah ketik: EL-2C "
            "itu kelas saya yang lain. Untuk EL2203 seharusnya EL-2D.",
            {"class": "EL-2D"},
        ),
    ],
)
def test_the_value_corrected_later_in_the_mail_is_the_one_meant(
    subject: str, text: str, expected: dict[str, str]
) -> None:
    assert _changes(subject, text) == expected


def test_a_key_corrected_after_scratch_that_keeps_the_request() -> None:
    result = classify(
        ClassifierInput(
            "Enrolment key EL2101",
            "Hi, can you reset the enrolment key for EL2101 Circuit Analysis to circuit2026? Actually, scratch that, "
            "make it CA-odd-26 instead.",
            REFERENCE,
        )
    )
    assert result.type.value == "course_data"
    assert dict(result.fields.changes) == {"enrolment_key": "CA-odd-26"}


def test_an_apology_for_the_trouble_is_no_correction() -> None:
    text = (
        "Mohon nama singkat MK SI2203 diganti menjadi SI2203-GJ26. Maaf merepotkan, yang benar memang harus segera "
        "karena kuliah mulai Senin."
    )
    assert _changes("Nama singkat", text) == {"shortname": "SI2203-GJ26"}


def test_an_apology_opening_the_next_paragraph_is_no_correction() -> None:
    text = (
        "Please change the class of BM3101 Business Law to BM-3B.\n\nSorry for the late request, it's been a busy "
        "week. Correction of the grades is next.\n\nRegards,\nAnna"
    )
    assert _changes("Class", text) == {"class": "BM-3B"}
