"""A course change asked now against talk about a change (a complaint, a report, a question), and a lecturer added
against the writer's own trouble getting into a course."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from daemon.classify.casual_words import normalise
from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.intent import nothing_to_do
from daemon.classify.made_change import change_reported_made
from daemon.classify.model import RequestType
from daemon.classify.rules import RULES
from daemon.classify.rules_change import FIELD_TO_VALUE
from daemon.classify.telling import asks_for_work, told_instead
from daemon.classify.wrong_change import change_made_wrongly

MAIL_DATE = datetime(2028, 3, 1, 2, 0, tzinfo=UTC)
CD, ES, OT = RequestType.COURSE_DATA, RequestType.ELEARNING_SUPPORT, RequestType.OTHER


def _type(subject: str, text: str, *, is_reply: bool = False) -> RequestType:
    return classify(ClassifierInput(subject, text, MAIL_DATE, is_reply=is_reply)).type


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # a change made wrongly, only complained of
        (
            "Re: Pengampu Irigasi",
            "Perubahan yang kemarin keliru, yang diganti malah kelas SI-3B. Lain kali mohon lebih hati-hati.",
            OT,
        ),
        ("Irrigation course", "The short name you set last week came out as IRR instead of IRRIG. It is fine.", OT),
        # ... and the same, set right or back asked now
        (
            "Re: Pengampu Irigasi",
            "Perubahan kemarin keliru. Mohon pengampu Irigasi kelas SI-3A diganti ke Ir. Made Sudana, M.T.",
            CD,
        ),
        ("Re: Nama MK Irigasi", "Namanya malah jadi Irigasi Lanjut. Tolong dibalikin ke nama semula.", CD),
        # a lecturer added, the writer or a colleague, against the writer's own way in
        ("Hydrology", "Please add me as a co-lecturer on Hydrology (CE2101); Dr. Lee stays in charge.", CD),
        ("Hidrologi", "Mohon tambahkan Sari Dewi, M.T. sebagai pengampu kedua di MK Hidrologi.", CD),
        ("Hydrology", "I am a student of CE-2A. Please add me to the Hydrology course, the key does not work.", ES),
        ("Hydrology", "Please enrol me in Hydrology (CE2101) as a teacher, I co-teach it with Dr. Lee.", CD),
        (
            "Hidrologi",
            "Saya sudah ditambahkan sebagai pengampu kedua di MK Hidrologi, tapi tidak bisa upload materi.",
            ES,
        ),
    ],
)
def test_a_change_asked_against_talk_about_it(subject: str, text: str, expected: RequestType) -> None:
    assert _type(subject, text, is_reply=subject.startswith("Re:")) is expected


def test_a_complaint_names_the_change_made_wrongly() -> None:
    assert change_made_wrongly("yang berubah malah kelas b") == "yang berubah malah"
    assert change_made_wrongly("pengampu sudah diganti tanpa pemberitahuan ke saya") is not None
    assert change_made_wrongly("mohon yang diganti nama matakuliah saja") is None
    told = told_instead("saya kecewa perubahan kemarin salah")
    assert told is not None and told.sure


def test_an_apology_asks_nothing_and_a_revert_asks() -> None:
    assert not asks_for_work("mohon maaf perubahan kemarin keliru")
    assert asks_for_work("mohon maaf mengganggu mohon nama matakuliah diganti")
    assert asks_for_work("tolong nama matakuliah dibalikin ke semula")


def test_elearning_right_and_another_record_wrong_asks_nothing_of_elearning() -> None:
    assert nothing_to_do("di khs tertulis 2 sks di e-learning sudah benar 3 sks") is not None
    assert nothing_to_do("di e-learning sudah benar namanya tapi kodenya masih lama") is None
    assert nothing_to_do("i ask only to understand the rule") is not None


def test_regional_negations_and_javanese_function_words_are_read() -> None:
    assert normalise("tara usah diproses") == "tidak usah diproses"
    # (krama's "kula" is the writer: round 15)
    assert normalise("durung pasti, isih nunggu, mengko kula kabari") == "belum pasti masih nunggu nanti saya kabari"


def test_the_record_now_as_asked_is_a_done_confirmation() -> None:
    assert _type("Re: Key", "The key is now ZX-7 as I asked. Many thanks!", is_reply=True) is OT


def test_a_change_reported_made_tells_unless_a_new_problem_follows() -> None:
    assert change_reported_made("terlampir sk perubahan pengampu sudah dilakukan oleh prodi") is not None
    assert change_reported_made("perubahan sudah dilakukan tapi masih muncul nama lama") is None
    assert _type("SK untuk arsip", "SK terlampir untuk arsip. Pergantian pengampu Kimia sudah dilakukan prodi.") is OT
    assert (
        _type(
            "Pengampu Kimia", "Pergantian pengampu Kimia sudah dilakukan, tapi kelas KI-1B mohon diganti ke Ani Sari."
        )
        is CD
    )


def test_a_lecturer_added_is_asked_not_reported() -> None:
    added = next(rule for rule in RULES if rule.name == "lecturer added")
    assert added.reason("mohon ditambahkan sari sebagai pengampu kedua") is not None
    assert added.reason("please enrol dr lee as a teacher in my course") is not None
    assert added.reason("saya sudah ditambahkan sebagai pengampu kedua") is None
    assert added.reason("please add me to the course as a student") is None


@pytest.mark.parametrize(
    "text",
    [
        # the field first, then the verb that makes it a value
        "Nama lengkapnya MK Hidrologi (SI2104) tolong direvisi menjadi Hidrologi Terapan, soalnya bingung di "
        "dashboard.",
        "MK SI2104 Hidrologi, judul course-nya mohon diubah jadi Hidrologi Terapan. Makasih.",
        "jd nama singkatnya tlg dijadikan HID-T ya",
        "I humbly request that the instructor listed for CE2104 Hydrology be changed from Mr. Agus Salim to Dr. "
        "Ngozi Eze.",
        "The credits for Hydrology (CE2104) need to be updated to 3 as per the new curriculum.",
    ],
)
def test_a_field_named_before_the_verb_that_gives_its_value_is_a_change_asked(text: str) -> None:
    assert re.search(FIELD_TO_VALUE, normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own name on their profile, a change reported done, a question
        "Nama lengkap saya di profil e-learning diganti jadi huruf kecil semua, bagaimana cara membetulkannya?",
        "Nama singkatnya sudah diganti menjadi HID-T kemarin, terima kasih.",
        "My full name was changed to lower case after the update.",
        "Sejak pengampu MK Geodesi diganti ke saya, nilai kuis lama tidak muncul.",
    ],
)
def test_a_name_of_ones_own_or_a_change_done_is_not_a_change_asked(text: str) -> None:
    assert not re.search(FIELD_TO_VALUE, normalise(text))
