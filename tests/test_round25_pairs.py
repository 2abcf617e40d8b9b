"""Change values found when held-out part31 was opened (as tune46), in voices tune46 does not use: a semester with its
term and year; a value corrected a sentence later under a subject that names the field; a typo corrected on the next
line with an asterisk; a description that stops at the writer's closing after a dash, and at a form's next labelled
line; a table's header row is no sentence with a value."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType

AT = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


def _changes(subject: str, text: str) -> dict[str, str]:
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, AT)
    return dict(fields.changes)


def test_a_semester_keeps_its_term_and_year() -> None:
    text = "Kak, MK Statika (TS1203) di e-learning masih semester 1. Mohon diubah jadi Semester 2 Genap 2026/2027."
    assert _changes("Semester Statika", text) == {"semester": "Semester 2 Genap 2026/2027"}


def test_a_value_corrected_later_under_a_subject_naming_the_field() -> None:
    text = (
        "Pak admin, mata kuliah saya AGB2104 di e-learning namanya masih Agribisnis Dasar. Tolong diganti jadi "
        '"Manajemen Agribisnis" ya. Eh maaf pak, maksud saya "Agribisnis Berkelanjutan", yang pertama itu '
        "usulan lama."
    )
    assert _changes("ganti nama MK", text) == {"fullname": "Agribisnis Berkelanjutan"}


STAR_CORRECTIONS = (
    (
        "ganti nama mk",
        "min, mk aku Jarkom 1 (IF-221) tolong ganti namanya jadi Jaringan Komputr Dasar ya\n*Komputer\n\nmakasih",
        {"fullname": "Jaringan Komputer Dasar"},
    ),
    (
        "lecturer name",
        "Hi! Please change the lecturer of EE2107 Signals to Dr. Grace Odhiambo Otieno.\n*Odhiambo-Otieno, sorry\n",
        {"lecturer": "Dr. Grace Odhiambo-Otieno"},
    ),
)


@pytest.mark.parametrize(("subject", "text", "changes"), STAR_CORRECTIONS, ids=("komputer", "hyphenated"))
def test_a_typo_corrected_on_the_next_line_with_an_asterisk(subject: str, text: str, changes: dict[str, str]) -> None:
    assert _changes(subject, text) == changes


def test_an_asterisk_word_unlike_any_word_of_the_value_corrects_nothing() -> None:
    text = "tolong ganti nama MK IF-221 jadi Jaringan Komputer Dasar ya\n*penting, minggu depan sudah mulai kuliah\n"
    assert _changes("ganti nama mk", text) == {"fullname": "Jaringan Komputer Dasar"}


DESCRIPTIONS_THEN_THE_WRITER = (
    (
        "Permohonan penggantian deskripsi",
        "Dengan hormat, saya mohon deskripsi mata kuliah Etika Profesi (ETP4102) di e-learning diganti dengan "
        "deskripsi berikut: Mata kuliah ini membahas tanggung jawab profesional insinyur dan kode etik profesi. "
        "Mahasiswa menganalisis kasus nyata dari industri. -- demikian surat ini saya sampaikan, atas perhatiannya "
        "saya ucapkan terima kasih.",
        "Mata kuliah ini membahas tanggung jawab profesional insinyur dan kode etik profesi. Mahasiswa menganalisis "
        "kasus nyata dari industri.",
    ),
    (
        "Ringkasan MK",
        "Berikut data dari rapat prodi:\n\nMata kuliah : Kimia Dasar\nKode : KIM1101\nPerubahan : ringkasan diganti\n"
        "menjadi:\nMata kuliah ini memperkenalkan stoikiometri, ikatan kimia dan\nreaksi redoks untuk mahasiswa "
        "teknik.\n"
        "Diusulkan oleh : Koordinator MK\n\nTerima kasih.",
        "Mata kuliah ini memperkenalkan stoikiometri, ikatan kimia dan reaksi redoks untuk mahasiswa teknik.",
    ),
)


@pytest.mark.parametrize(("subject", "text", "summary"), DESCRIPTIONS_THEN_THE_WRITER, ids=("demikian", "form-line"))
def test_a_description_stops_at_the_writer_s_words(subject: str, text: str, summary: str) -> None:
    assert " ".join(_changes(subject, text).get("summary", "").split()) == summary


def test_a_spreadsheet_header_row_is_no_sentence_with_a_value() -> None:
    text = (
        "Siang, ini tempelan dari rekap kami:\n\nkode\tnama MK\tyang tertulis\tseharusnya\n"
        "EL1102\tDasar Elektronika\tsks 2\t3\n\nMohon dibantu."
    )
    assert "fullname" not in _changes("rekap perbaikan data", text)


@pytest.mark.parametrize(
    ("text", "value"),
    (
        ("Hi, the short name of LOG2201 should be changed to SCM-2201/27 please.", "SCM-2201/27"),
        ("Kak, nama singkat MK AK1103 tolong diganti jadi AKD-1103/B ya", "AKD-1103/B"),
    ),
    ids=("year", "part"),
)
def test_a_short_name_keeps_what_follows_its_slash(text: str, value: str) -> None:
    assert _changes("short name", text) == {"shortname": value}


def test_a_change_told_as_made_in_a_decision_while_the_page_is_behind_is_asked() -> None:
    text = (
        "Yth. P4M, di halaman e-learning MK Mekatronika (TM3102) nama dosennya masih Pak Yusuf. Berdasarkan SK "
        "Direktur bulan ini dosen pengampunya sudah diganti menjadi Dr. Ayu Pratiwi, S.T., M.T.\n\nTerima kasih."
    )
    assert _changes("Dosen di e-learning belum berubah", text) == {"lecturer": "Dr. Ayu Pratiwi, S.T., M.T."}


def test_a_change_told_as_made_beside_another_field_behind_is_not_claimed() -> None:
    text = (
        "Terima kasih, nama MK TM3102 sudah diganti menjadi Mekatronika Industri. Tapi di e-learning dosennya masih "
        "Pak Yusuf, mohon dicek."
    )
    assert "fullname" not in _changes("Re: nama MK", text)
