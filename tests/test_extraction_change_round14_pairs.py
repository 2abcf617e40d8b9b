"""Requested changes other than the lecturer told the ways unseen mail missed: a value still shown then the right one
on the next line or chat message, a field that "berubah menjadi" a value, a key swapped for another, a second change
joined by "&", two shift words after a class, a field added with "juga:", a value first set apart by a dash, an
answer to a yes-or-no quoted question, chat stamps of Telegram. Each with its near-miss."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.answer_to_us import answer_to_us
from daemon.classify.answered import answers_under_questions
from daemon.classify.changes import find_changes
from daemon.classify.still_then_right import still_then_right
from parsers.chat_lines import without_chat_stamps


def pairs(text: str, code: str | None = None) -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, code)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name still shown, the right one on the next line (a chat's messages joined into one line too)
        (
            "MK KM2201 di e-learning namanya masih Kimia Dasar\nseharusnya Kimia Umum dan Anorganik",
            {"fullname": "Kimia Umum dan Anorganik"},
        ),
        (
            "MK KM2201 namanya masih Kimia Dasar harusnya sekarang Kimia Umum\nmakasih",
            {"fullname": "Kimia Umum"},
        ),
        # any field with a shape of its own, an "itu yang lama" between
        (
            "Kunci enrol MK KM2201 masih kimia27, itu yang lama. Yang benar sekarang kimia-genap28, mohon diganti.",
            {"enrolment_key": "kimia-genap28"},
        ),
        ("The class of Optics (FI3102) is still FI-3A. It should be FI-3A Evening.", {"class": "FI-3A Evening"}),
        # near-miss: the right one is the one shown
        ("Namanya masih Kimia Dasar, yang benar memang Kimia Dasar.", {}),
        # a field that became a value, an update asked; asked why, nothing
        ("SKS MK Termodinamika (TM2201) berubah menjadi 3 SKS. Mohon diperbarui.", {"credits": "3"}),
        ("Kelas MK Termodinamika berganti jadi TM-2B Malam, tolong diupdate ya.", {"class": "TM-2B Malam"}),
        ("Kenapa SKS MK Termodinamika berubah menjadi 2 SKS? Mohon dicek.", {}),
        ("SKS MK Termodinamika berubah menjadi 2 SKS sejak tahun lalu.", {}),
        # a name that "berubah menjadi" another, a semester said only as when
        (
            "Mulai semester ini nama MK Fisika Dasar (FI1101) berubah menjadi Fisika Teknik. Mohon disesuaikan.",
            {"fullname": "Fisika Teknik"},
        ),
        # a key swapped for another, the course named with its code between
        ("Could you swap the enrolment key of Optics (FI3102) for Opt!c-28?", {"enrolment_key": "Opt!c-28"}),
        ("Could you swap the class of Optics (FI3102) for a later slot?", {}),
        # a second change after "&"
        (
            "For Optics (FI3102), please set the short name to OPT-3A & the enrolment key to opt#3a.",
            {"shortname": "OPT-3A", "enrolment_key": "opt#3a"},
        ),
        # two shift words after a class
        ("Mohon kelas MK Optika dipindah ke FI-3A Reguler Sore.", {"class": "FI-3A Reguler Sore"}),
        # a value first, set apart by a dash, said to be the new one; the old one said first is nothing
        ("Optika Terapan — itu nama baru untuk FI3102.\nMohon diganti.", {"fullname": "Optika Terapan"}),
        ("OPT-3A – that is the new short name for Optics (FI3102).", {"shortname": "OPT-3A"}),
        ("Optika — itu nama lama MK FI3102.", {}),
        ("'Optika Terapan' itu nama barunya ya, utk FI3102 yg sekarang masih Optika.", {"fullname": "Optika Terapan"}),
        # "password enrol" is the course's key; a question whether to rename asks for nothing
        ("min tolong ganti password enrol MK Optika (FI3102) jadi Opt@2028 ya", {"enrolment_key": "Opt@2028"}),
        ("MK FI3102 apa perlu ganti nama jadi Optika Modern ya? nanti dibahas", {}),
    ],
)
def test_pairs_told_the_ways_unseen_mail_missed(text: str, expected: dict[str, str]) -> None:
    assert pairs(text, "FI3102") == expected


def test_who_teaches_is_left_to_the_lecturer_readers() -> None:
    assert still_then_right("Dosennya masih Pak Hasan, harusnya Bu Wulan.") is None


def test_a_telegram_export_is_read_as_its_messages() -> None:
    pasted = (
        "Dari grup:\n\nRina Kaprodi, [02.04.28 19:41]\nMK OP2201 namanya masih Optika\n\n"
        "Rina Kaprodi, [02.04.28 19:42]\nyg benar skrg Optika Terapan\n"
    )
    text = without_chat_stamps(pasted)
    assert "[02.04.28" not in text and "Rina" not in text
    assert pairs(text) == {"fullname": "Optika Terapan"}
    # one dated line alone is the writer's own
    assert without_chat_stamps("Rapat, [02.04.28 19:41]\nisi") == "Rapat, [02.04.28 19:41]\nisi"


def test_an_answer_under_a_yes_or_no_question_is_read_when_it_names_its_field() -> None:
    context = (
        "> Apa nama baru yang diinginkan?\n\nOptika Terapan\n\n"
        "> Apakah ada perubahan lain, misalnya kelas?\n\nOh iya, kelasnya juga: FI 3A Sore.\n\n"
        "> Apakah sudah dicek?\n\nSudah.\n"
    )
    answers = answers_under_questions(context)
    assert "Sudah." not in answers
    assert pairs(answers) == {"fullname": "Optika Terapan", "class": "FI 3A Sore"}


def test_a_staff_question_about_other_changes_keeps_the_answers_changes() -> None:
    context = (
        "On 14/10/2026 11:02, P4M Helpdesk wrote:\n> Baik Pak, untuk MK OP-3201 (Optika) apa nama baru yang "
        "diinginkan?\n\nNamanya jadi Optika Terapan ya.\n\n> Apakah ada perubahan lain, misalnya kelas atau dosen?\n\n"
        "Oh iya, kelasnya juga: OP 3A Pagi.\n\n> Salam,\n> P4M\n"
    )
    answers = "Namanya jadi Optika Terapan ya.\n\nOh iya, kelasnya juga: OP 3A Pagi."
    read = answer_to_us("Re: [P4M-2611] MK OP-3201", answers, context, datetime(2026, 10, 14, tzinfo=UTC))
    assert read is not None
    assert dict(read.fields.changes) == {"fullname": "Optika Terapan", "class": "OP 3A Pagi"}
