"""What surrounds a claimed change value, in sentences of their own (not the tune22-precision corpus's): a thank-you
glued to a name, an opinion asked about a value, a condition still to happen, a leave-to-edit sentence after a
description, an old value under its label, and a field the writer says is done or leaves out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType


def pairs(text: str, subject: str = "Perubahan data MK") -> dict[str, str]:
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, datetime(2027, 11, 1, tzinfo=UTC))
    return dict(fields.changes)


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("Nama MK Ekologi (BI2101) tolong diganti jadi Ekologi Pesisir Mauliate godang", "fullname", "Ekologi Pesisir"),
        ("Please rename Optics (PH2101) to Applied Optics Vielen Dank", "fullname", "Applied Optics"),
        ("Pengampu Optik (FT2103) mohon diganti jadi Sarah Hutapea Hatur nuhun", "lecturer", "Sarah Hutapea"),
        ("The lecturer of Optics (PH2101) should be Lucia Ferreira Obrigada", "lecturer", "Lucia Ferreira"),
    ],
)
def test_a_thank_you_typed_onto_a_value_is_not_the_value(text: str, field: str, expected: str) -> None:
    assert pairs(text).get(field) == expected


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # the helpdesk's opinion asked: nothing decided
        ("Saya usul nama MK Optik (FT2103) diganti jadi Optika Terapan, bagaimana menurut Ibu?", "fullname"),
        ("I'd rename Optics (PH2101) to Photonics Basics. What do you think?", "fullname"),
        # a change that waits on something still to happen
        ("Jika RPS baru disahkan dekan, short name Optik (FT2103) diganti jadi OPT-RPS.", "shortname"),
        ("If the dean signs the decree, the lecturer of Optics (PH2101) becomes Dr. Maya Lestari.", "lecturer"),
    ],
)
def test_a_value_not_yet_decided_is_asked_back(text: str, field: str) -> None:
    assert pairs(text).get(field) == ""


def test_an_if_that_only_asks_politely_keeps_the_value() -> None:
    text = "Kalau bisa, short name Optik (FT2103) diganti jadi OPT-2C."
    assert pairs(text).get("shortname") == "OPT-2C"


def test_a_class_written_IF_is_no_condition() -> None:
    text = "Untuk kelas IF-3A, mohon enrolment key Optik (FT2103) diganti menjadi Lensa-3A."
    assert pairs(text).get("enrolment_key") == "Lensa-3A"


def test_a_sentence_giving_leave_to_edit_is_not_the_description() -> None:
    text = (
        "Deskripsi MK Optik (FT2103) mohon diganti menjadi: Mata kuliah ini membahas pemantulan, pembiasan, dan "
        "alat optik sederhana. Kalau kepanjangan, silakan disingkat seperlunya."
    )
    assert pairs(text).get("summary") == ("Mata kuliah ini membahas pemantulan, pembiasan, dan alat optik sederhana.")


def test_a_description_under_a_label_of_the_current_one_is_not_claimed() -> None:
    text = "Untuk MK Optik (FT2103):\n\nDeskripsi saat ini:\nMata kuliah ini membahas cahaya secara umum.\n"
    assert "summary" not in pairs(text) or pairs(text)["summary"] == ""


def test_a_field_the_writer_says_is_done_is_not_claimed_from_the_request_below() -> None:
    text = (
        "Dear P4M, the short name was already updated by the department, so only the key is still needed.\n\n"
        "Dear colleagues, for Optics (PH2101) please change the short name to OPT-X and the enrolment key to "
        "Prism-2027.\n"
    )
    assert pairs(text) == {"enrolment_key": "Prism-2027"}


def test_a_field_done_and_asked_again_is_claimed() -> None:
    text = (
        "Short name Optik (FT2103) sudah diganti minggu lalu, tapi ternyata salah ketik. "
        "Mohon diganti lagi menjadi OPT-2B."
    )
    assert pairs(text).get("shortname") == "OPT-2B"


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (
            "Dua hal soal Optik:\n1) Kode MK di SIAKAD sudah diganti dari FT2103 ke FT2310.\n"
            "2) Short name-nya di e-learning tolong diubah menjadi OPT-K23.\n",
            "shortname",
            "OPT-K23",
        ),
        (
            "For Optics, the code in the academic system has already been changed to PH2110, so please change the "
            "short name on Moodle to OPT-PH.\n",
            "shortname",
            "OPT-PH",
        ),
        (
            "Sesuai kurikulum baru, SKS Optik sudah berubah jadi 3. Mohon sks di e-learning diganti menjadi 3 juga.",
            "credits",
            "3",
        ),
    ],
)
def test_a_field_done_in_another_record_is_the_reason_not_the_answer(text: str, field: str, expected: str) -> None:
    assert pairs(text).get(field) == expected


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Perubahan course Optik (FT2103):\n- Short name: TBA\n- Enrolment key: Lensa_27\n", "shortname"),
        ("Perubahan course Optik (FT2103):\n- Dosen pengampu: ...\n- Enrolment key: Lensa_27\n", "lecturer"),
        ("Mohon dosen pengampu Optik (FT2103) diganti jadi Ketua Jurusan Teknik Fisika dulu.", "lecturer"),
        ("Please set the lecturer of Optics (PH2101) to Head of Physics Unit for now.", "lecturer"),
    ],
)
def test_a_placeholder_or_an_office_is_not_claimed(text: str, field: str) -> None:
    assert pairs(text).get(field, "") == ""


def test_a_given_name_that_is_also_a_word_of_office_is_claimed() -> None:
    assert pairs("Please change the lecturer of Optics (PH2101) to Dean Hartono, M.Sc.").get("lecturer") == (
        "Dean Hartono, M.Sc."
    )


def test_a_description_starts_after_the_label_that_names_its_course() -> None:
    text = (
        "Deskripsi baru MK Akustik (FT3105):\n"
        "Mata kuliah ini membahas gelombang bunyi, akustik ruang, dan pengendalian bising di industri.\n"
        "Mohon segera diperbarui.\n"
    )
    assert pairs(text).get("summary") == (
        "Mata kuliah ini membahas gelombang bunyi, akustik ruang, dan pengendalian bising di industri."
    )
