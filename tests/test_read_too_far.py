"""Values read too far or from the wrong side, in sentences of their own (not the tune30-precision corpus's): a job
title or a firm in brackets after the new lecturer, a letter's place-and-date line under a value, the old side of a
pair marked in brackets, and one number read for two fields."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.fields import extract_fields
from daemon.classify.found_change import FoundChange
from daemon.classify.letter_lines import without_place_and_date
from daemon.classify.model import RequestType
from daemon.classify.wording import unwrap


def pairs(text: str, subject: str = "Perubahan data MK") -> dict[str, str]:
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, datetime(2028, 2, 1, tzinfo=UTC))
    return dict(fields.changes)


@pytest.mark.parametrize(
    "bracket",
    [
        "(Plant Maintenance Manager)",
        "(Senior Process Engineer)",
        "(Quality Lead, PT Sumber Baja)",
        "(Chief Surveyor)",
        "(General Affairs Staff)",
        "(Founder Kopi Nusantara)",
    ],
)
def test_a_job_title_or_a_firm_in_brackets_is_not_the_lecturers(bracket: str) -> None:
    text = (
        f"Dosen pengampu Mekanika Fluida (TM2207) mohon diganti menjadi Yosef Manek, S.T., M.T. {bracket} yang akan "
        "mengajar kelas sore."
    )
    assert pairs(text)["lecturer"] == "Yosef Manek, S.T., M.T."


@pytest.mark.parametrize("job", ["QA Manager at PT Sumber Baja", "HSE Officer", "IT Lead", "GA Supervisor"])
def test_capitals_that_open_a_job_title_after_a_comma_are_no_degree(job: str) -> None:
    text = f"Please change the lecturer of Fluid Mechanics (TM2207) to Yosef Manek, {job}, from next week."
    assert pairs(text)["lecturer"] == "Yosef Manek"


def test_capitals_of_a_degree_after_a_comma_stay_the_lecturers() -> None:
    text = "Please change the lecturer of Fluid Mechanics (TM2207) to Yosef Manek, MBA, from next week."
    assert pairs(text)["lecturer"] == "Yosef Manek, MBA"


def test_the_school_of_a_degree_in_brackets_stays_the_lecturers() -> None:
    text = "Please change the lecturer of Hydrology (TS3102) to Dr. Hana Sato, M.Sc. (Kyushu) from next week."
    assert pairs(text)["lecturer"] == "Dr. Hana Sato, M.Sc. (Kyushu)"


DESCRIPTION = "Mata kuliah ini membahas perencanaan irigasi dan drainase lahan pertanian"


@pytest.mark.parametrize(
    "signed",
    [
        "Padang, 3 Februari 2028",
        "Tanjung Balai Karimun, 3 Februari 2028",
        "Kuala Lumpur, February 3, 2028",
        "Bukittinggi, 03/02/2028",
        "Padang, Kamis 3 Februari 2028",
        "Padang, Thursday, 3 February 2028",
    ],
)
def test_a_letters_place_and_date_line_ends_the_value_above_it(signed: str) -> None:
    text = (
        "Dengan hormat,\n\nDeskripsi Irigasi dan Drainase (TS2110) mohon diganti menjadi:\n"
        f"{DESCRIPTION}\n{signed}\nKetua Program Studi Teknik Sipil\n"
    )
    assert pairs(text)["summary"] == DESCRIPTION


def test_a_place_and_date_line_keeps_its_line_break_under_a_long_line() -> None:
    text = f"New summary: {DESCRIPTION}\nPadang, 3 Februari 2028\n"
    assert unwrap(text) == text


def test_a_place_and_date_inside_a_sentence_stays_in_the_value() -> None:
    value = "Kuliah lapangan di Padang, 3 Februari 2028 untuk semua kelas"
    flat = f"Deskripsi: {value}\n"
    change = FoundChange("summary", value, "label", 11, 11 + len(value))
    assert without_place_and_date(flat, change) == change


@pytest.mark.parametrize(
    ("written", "field", "new"),
    [
        (
            '"Pengantar hidrologi untuk teknik sipil" (lama) / '
            '"Siklus hidrologi, debit sungai dan banjir rencana" (baru)',
            "summary",
            "Siklus hidrologi, debit sungai dan banjir rencana",
        ),
        ("Hidrologi (old) -> Hidrologi Terapan (new)", "fullname", "Hidrologi Terapan"),
        ("HID-1 (sekarang), HIDRO-TS1 (baru)", "shortname", "HIDRO-TS1"),
    ],
)
def test_a_value_marked_old_in_brackets_gives_way_to_the_new_one(written: str, field: str, new: str) -> None:
    nouns = {"summary": "deskripsi", "fullname": "nama mata kuliah", "shortname": "shortname"}
    text = f"Mohon {nouns[field]} Hidrologi (TS2105) diganti: {written}. Terima kasih."
    assert pairs(text)[field] == new


def test_a_value_marked_old_alone_is_not_claimed() -> None:
    text = 'Deskripsi Hidrologi (TS2105) mohon diganti menjadi "Pengantar hidrologi untuk teknik sipil" (lama).'
    assert pairs(text).get("summary", "") == ""


def test_a_number_after_another_fields_connector_sets_no_semester() -> None:
    text = "I teach Hydrology (TS2105) this semester. Kindly correct the credits to 3, thanks."
    assert pairs(text) == {"credits": "3"}


def test_a_coordinated_move_after_a_rename_still_sets_the_semester() -> None:
    text = (
        "Course Hidrologi (TS2105) semester ini mau saya pakai lagi. Bisa diganti namanya saja dan dipindah ke Genap "
        "2027/2028?"
    )
    assert pairs(text).get("semester") == "Genap 2027/2028"
