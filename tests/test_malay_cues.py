"""Partners who write Malay name the fields and the change in their words ("pensyarah baharu", "nama penuh", "sila
pinda", "ditukar kepada"): the same grammar reads them. Written before the words were added, in Bruneian and
Singaporean voices (tune37, where the kind was found, has Malaysian polytechnic staff)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.changes import find_changes
from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType

REFERENCE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)
OLD_AND_NEW = (
    "Tuan/Puan,\n\nDengan hormatnya, mohon pihak tuan menukar pensyarah bagi kursus EE2103 Litar Elektrik.\n\n"
    "Pensyarah asal: Awang Haji Roslan bin Ahmad\nPensyarah baharu: Dr. Nurul Huda binti Kassim\n\n"
    "Sekian, terima kasih.\n\nDayang Siti Rahmah\nPejabat Antarabangsa"
)
FULL_NAME = (
    "Salam sejahtera,\n\nSila pinda maklumat kursus ME3302 Kejuruteraan Bahan seperti berikut:\n\n"
    "Nama penuh: Kejuruteraan Bahan dan Kakisan\n\nTerima kasih.\nHafiz Rahman, ITE College East"
)
IN_PROSE = (
    "Salam tuan, boleh tolong tukar pensyarah kursus EE2103 Litar Elektrik kepada Dr. Farid bin Yusof? Semester "
    "ini beliau yang mengajar. TQVM"
)


@pytest.mark.parametrize(
    ("body", "code", "expected"),
    [
        (OLD_AND_NEW, "EE2103", ("lecturer", "Dr. Nurul Huda binti Kassim")),
        (FULL_NAME, "ME3302", ("fullname", "Kejuruteraan Bahan dan Kakisan")),
        (IN_PROSE, "EE2103", ("lecturer", "Dr. Farid bin Yusof")),
    ],
)
def test_the_grammar_reads_a_change_named_in_malay(body: str, code: str, expected: tuple[str, str]) -> None:
    assert [(change.field, change.value) for change in find_changes(body, code)] == [expected]


@pytest.mark.parametrize(
    ("subject", "body"),
    [("Pertukaran pensyarah EE2103", OLD_AND_NEW), ("Pindaan kursus ME3302", FULL_NAME)],
)
def test_a_change_asked_in_malay_is_course_data(subject: str, body: str) -> None:
    assert classify(ClassifierInput(subject, body, REFERENCE)).type is RequestType.COURSE_DATA


def test_a_new_lecturer_asking_the_way_in_is_not_a_change() -> None:
    body = (
        "Salam, saya pensyarah baharu dari Politeknik Brunei. Bagaimana cara saya log masuk ke kursus di "
        "e-pembelajaran? Terima kasih."
    )
    result = classify(ClassifierInput("Log masuk e-pembelajaran", body, REFERENCE))
    assert result.type is not RequestType.COURSE_DATA
    assert dict(result.fields.changes) == {}


def test_the_malay_short_name_is_read() -> None:
    body = (
        "Salam sejahtera tuan/puan,\n\nMohon dipinda nama ringkas kursus EE2103 Litar Elektrik daripada EE2103-B "
        "kepada LITAR-SG27 untuk pelajar kami.\n\nSekian, terima kasih.\nMuhammad Firdaus, Temasek Polytechnic"
    )
    result = classify(ClassifierInput("Pindaan nama ringkas kursus", body, REFERENCE))
    assert dict(result.fields.changes) == {"shortname": "LITAR-SG27"}


def test_the_malay_title_label_names_the_announcement() -> None:
    body = (
        "Assalamualaikum tuan/puan,\n\nSila siarkan pengumuman berikut di laman kursus ME3302 Kejuruteraan Bahan.\n\n"
        "Tajuk pengumuman: Lawatan Industri ke Kilang Semikonduktor\n\nPelajar diminta hadir pada 12 November 2026.\n\n"
        "Terima kasih.\nHafiz Rahman"
    )
    result = classify(ClassifierInput("Siaran pengumuman ME3302", body, REFERENCE))
    assert result.type is RequestType.ANNOUNCEMENT
    assert result.fields.title == "Lawatan Industri ke Kilang Semikonduktor"


@pytest.mark.parametrize(
    "body",
    [
        "Salam sejahtera,\n\nPelajar pertukaran kami mengikuti kursus EE2103 Litar Elektrik semester ini. Sila "
        "kirimkan templat RPS kursus tersebut untuk rekod kami.\n\nTerima kasih.\nSiti Aminah\nPegawai Program "
        "Pertukaran",
        "Selamat pagi, untuk laporan program pertukaran mahasiswa kami mohon dikirimkan SOP pembelajaran daring "
        "yang berlaku di P4M. Terima kasih.\nKantor Urusan Internasional",
    ],
    ids=("malay", "indonesian"),
)
def test_an_exchange_programme_is_no_change(body: str) -> None:
    result = classify(ClassifierInput("Permohonan dokumen", body, REFERENCE))
    assert result.type is RequestType.DOCUMENT_REQUEST
