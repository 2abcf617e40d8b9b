"""Change values and courses found when held-out part28 and part29 were opened (as tune49 and tune50), in voices they do
not use: a course singled out of an inline list by the sentence that opens with its name; a table typed with spaces
under a header over its value columns; what someone already uses; the page's old value against a change made
elsewhere; a teaching team across a slash; a rename told in the course's story; the one who teaches now."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.course_code_listed import named_change_code
from daemon.classify.fields import extract_fields
from daemon.classify.found_change import FoundChange
from daemon.classify.lecturer_team import team_value
from daemon.classify.memory import NO_EXAMPLES
from daemon.classify.model import RequestType

AT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


def _fields(subject: str, text: str) -> dict[str, object]:
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, AT)
    return fields.as_json_dict()


SINGLED_BY_OPENING = (
    (
        "Nama singkat MK",
        "Pak, semester ini saya mengampu Mekanika Fluida (MES2204) dan Termodinamika Teknik (MES2108). Mekanika "
        "Fluida sudah beres, tidak ada yang perlu diubah. Untuk Termodinamika Teknik, mohon nama singkatnya diganti "
        "menjadi TERMO-26. Terima kasih.",
        ("MES2108", "Termodinamika Teknik", {"shortname": "TERMO-26"}),
    ),
    (
        "Enrolment key",
        "Hello, I teach Business Law (BIS3102) and Tax Accounting (BIS3207) this term. As for Tax Accounting, please "
        "set the enrolment key to tax#2026. Business Law is fine as it is.",
        ("BIS3207", "Tax Accounting", {"enrolment_key": "tax#2026"}),
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), SINGLED_BY_OPENING)
def test_the_course_a_sentence_opens_with_to_ask_a_change_is_the_request_s_course(
    subject: str, text: str, expected: tuple[str, str, dict[str, str]]
) -> None:
    fields = _fields(subject, text)
    assert (fields["course_code"], fields["course_name"], fields["changes"]) == expected


def test_two_courses_each_opening_a_change_leave_the_choice_to_the_first_named() -> None:
    text = (
        "Saya mengampu Mekanika Fluida (MES2204) dan Termodinamika Teknik (MES2108). Untuk Mekanika Fluida, mohon "
        "nama singkatnya diganti menjadi MEKFLU-26. Untuk Termodinamika Teknik, mohon nama singkatnya diganti "
        "menjadi TERMO-26."
    )
    assert named_change_code(text, {"MES2204", "MES2108"}) is None


ALIGNED_WITH_A_HEADER_OVER_THE_VALUES = (
    (
        "Perubahan data MK Kalkulus",
        "Selamat siang,\n\nTolong data MK ini diperbarui ya:\n\n"
        "                   LAMA                    BARU\n"
        "Nama MK            Kalkulus 1              Kalkulus Teknik I\n"
        "Dosen              Ir. Hadi, M.T.          Dr. Sri Wahyuni, S.Si., M.Sc.\n\nTerima kasih",
        ("Kalkulus 1", {"fullname": "Kalkulus Teknik I", "lecturer": "Dr. Sri Wahyuni, S.Si., M.Sc."}),
    ),
    (
        "Course update TRP-2204",
        "Hi,\n\nplease update the course as below (no change to the code):\n\n"
        "               Before              After\n"
        "Course name    Energy Storage      Energy Storage Systems\n"
        "Short name     ES-2204             ESS-2204\n\nRegards, Tran",
        ("Energy Storage", {"fullname": "Energy Storage Systems", "shortname": "ESS-2204"}),
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), ALIGNED_WITH_A_HEADER_OVER_THE_VALUES)
def test_a_table_typed_with_spaces_under_a_header_over_its_value_columns_is_read(
    subject: str, text: str, expected: tuple[str, dict[str, str]]
) -> None:
    fields = _fields(subject, text)
    assert (fields["course_name"], fields["changes"]) == expected


WHAT_SOMEONE_ALREADY_USES = (
    (
        "Dosen pengampu Akuntansi Biaya",
        "Mohon ganti dosen pengampu MK Akuntansi Biaya (AKT2201) menjadi Ratna Sari, S.E., M.Ak. Kode kelasnya tetap, "
        "dan mahasiswa sudah menggunakan e-learning sejak minggu pertama.",
        {"lecturer": "Ratna Sari, S.E., M.Ak."},
    ),
    (
        "Salam",
        "Saya mengajar Teknik Las Dasar dengan kode WLD1102, dan terus terang sekarang semuanya sudah memakai "
        "e-learning. Mohon nama dosen pengampu diganti menjadi Drs. Slamet Riyadi, M.T.",
        {"lecturer": "Drs. Slamet Riyadi, M.T."},
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), WHAT_SOMEONE_ALREADY_USES)
def test_what_someone_already_uses_is_no_new_value(subject: str, text: str, expected: dict[str, str]) -> None:
    assert _fields(subject, text)["changes"] == expected


def test_what_the_page_still_shows_set_against_a_change_made_elsewhere_asks_it_in_one_clause() -> None:
    # no full stop anywhere: the page's old value and the change made in the curriculum share one sentence
    text = (
        "siang pak nama matkul sy di e-learning msh Fisika Dasar 2 pdhl udah ganti kurikulum jadi Fisika Teknik "
        "Lanjut kodenya sama FT204 makasih pak"
    )
    result = classify(ClassifierInput("matkul", text, AT, False, "", NO_EXAMPLES))
    assert result.type is RequestType.COURSE_DATA
    assert dict(result.fields.changes) == {"fullname": "Fisika Teknik Lanjut"}


def test_what_the_page_still_shows_against_an_english_change_already_made_is_asked() -> None:
    text = (
        "hi, the course page still shows Intro to Logistics but the name was already changed to Logistics Systems "
        "Fundamentals in the new curriculum, code LOG1102 stays the same. thanks"
    )
    assert _fields("course title", text)["changes"] == {"fullname": "Logistics Systems Fundamentals"}


def test_a_change_told_as_made_with_thanks_and_no_page_behind_is_not_asked() -> None:
    assert "changes" not in _fields(
        "nama mk", "Nama MK Fisika Dasar 2 sudah diganti jadi Fisika Teknik Lanjut, makasih."
    )


def test_a_team_under_a_plural_cue_is_one_lecturer_value_across_its_slash() -> None:
    text = (
        "Dear team, please list both lecturers on the course page of Port Operations (LOG2205) as follows:\n"
        "Dr. Nguyen Van Minh / Ir. Sutanto Wibowo, M.T.\nThank you."
    )
    assert _fields("Port Operations lecturers", text)["changes"] == {
        "lecturer": "Dr. Nguyen Van Minh / Ir. Sutanto Wibowo, M.T."
    }


def test_two_lecturers_offered_as_a_choice_are_still_asked_back() -> None:
    text = (
        "Mohon dosen pengampu MK Statistika (STA2101) diganti menjadi Dr. Rina Kusuma, M.Si. atau Drs. Anton "
        "Wijaya, M.Si., mana yang lebih dulu siap."
    )
    assert _fields("dosen", text)["changes"] == {"lecturer": ""}


def test_an_old_and_a_new_lecturer_slashed_without_a_team_are_not_one_value() -> None:
    text = "Mohon dosen pengampu MK Statistika (STA2101) diganti menjadi Dr. Rina Kusuma, M.Si. / Drs. Anton Wijaya."
    assert team_value(text, FoundChange("lecturer", "Dr. Rina Kusuma, M.Si.", "test", 61, 83)) is None
    team = text.replace("dosen pengampu", "tim pengampu")
    joined = team_value(team, FoundChange("lecturer", "Dr. Rina Kusuma, M.Si.", "test", 59, 81))
    assert joined is not None and joined.value == "Dr. Rina Kusuma, M.Si. / Drs. Anton Wijaya"


COURSE_STORY_THEN_ASK = (
    (
        "Nama MK Teknik Kapal",
        "Yth. P4M, sedikit latar belakang: mata kuliah ini dulu bernama Konstruksi Kapal 1, lalu pada kurikulum 2022 "
        "namanya diubah menjadi Teknik Konstruksi Kapal (TKK2101) seperti yang tertulis di e-learning sekarang.\n\n"
        "Berdasarkan rapat prodi, kami mohon nama mata kuliah tersebut diganti menjadi:\n\n"
        "    Rekayasa Struktur Kapal\n\nTerima kasih.",
        {"fullname": "Rekayasa Struktur Kapal"},
    ),
    (
        "Course name history",
        "Some background: the course started as Port Studies, and in 2022 its name was changed to Port and Warehouse "
        "Management (LOG2201), as it is shown now on e-learning.\n\nAfter our review, we kindly ask that the course "
        "name be changed to:\n\nSupply Chain and Port Logistics\n\nThanks.",
        {"fullname": "Supply Chain and Port Logistics"},
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), COURSE_STORY_THEN_ASK)
def test_a_rename_told_in_the_course_s_story_is_neither_the_change_nor_a_reason_to_drop_it(
    subject: str, text: str, expected: dict[str, str]
) -> None:
    assert _fields(subject, text)["changes"] == expected


WHO_TEACHES_NOW = (
    (
        "Dosen Fisika Terapan",
        "Selamat pagi, untuk FIS1101 Fisika Terapan, dosen yang tampil di e-learning masih Pak Joko, padahal mulai "
        "semester ini yang mengajar Dra. Sri Handayani, M.Si. Mohon diperbarui ya.",
        {"lecturer": "Dra. Sri Handayani, M.Si."},
    ),
    (
        "dosen MK Mekanika",
        "kak dosen di halaman MK Mekanika Teknik (MES1103) masih nama saya, pdhl skrg yg ngajar Ir. Rudi Hartono, M.T. "
        "tolong diupdate ya kak",
        {"lecturer": "Ir. Rudi Hartono, M.T."},
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), WHO_TEACHES_NOW)
def test_the_one_who_teaches_now_named_with_titles_is_the_new_lecturer(
    subject: str, text: str, expected: dict[str, str]
) -> None:
    assert _fields(subject, text)["changes"] == expected


def test_the_one_who_teaches_called_by_a_first_name_is_told_not_claimed() -> None:
    text = (
        "di elearning mk Manajemen Proyek (MP2101) nama dosennya msh pak Yusuf padahal yg ngajar bu Ratna. "
        "tolong diganti jd Ratna Wijaya, S.T., M.M. ya min"
    )
    assert _fields("dosen salah", text)["changes"] == {"lecturer": "Ratna Wijaya, S.T., M.M."}
