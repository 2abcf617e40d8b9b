"""Course code and current name by the grammar of the thirtieth code corpus, in other words than its mails: a reply
giving the code the helpdesk asked for, the course the writer teaches after their own word for "I", a course said to
be right beside the one that changes, a ticket's number shaped like a code, and what is never a name (a class by its
time, a day word, a form of address)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.code_answered import answered_code, asks_for_the_code
from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code
from daemon.classify.course_code_settled import unsettled_code
from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType
from daemon.classify.our_question import asked_in

_ASKED = "> Yth. Bapak Andi,\n> Mohon lengkapi: kode mata kuliah.\n>\n>> Saya minta dosen course Gambar Teknik diganti."


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # The question is the code's label: a bare code, a code after "is", a spaced code, a lower-case one.
        ("KM1203", _ASKED, "KM1203"),
        ("That would be RB2207.\n\nCheers,\nAnn", "> Could you please send us the course code?", "RB2207"),
        ("oh itu TS 3104 bu", "> kodenya apa ya Bu?", "TS 3104"),
        # Nobody asked for a code: the reply's code is read by the ordinary reader only.
        ("It is KM1203.", "> Dear Sir, the lecturer is updated.", None),
        # An enrolment code asked for is a value, not the course.
        ("KM1203", "> Mohon lengkapi: kode enrol yang baru?", None),
        # A signature's numbers under the closing are not the answer.
        ("Siap, segera.\n\nSalam,\nExt 2204", _ASKED, None),
    ],
)
def test_the_code_a_reply_gives_where_it_was_asked(text: str, context: str, code: str | None) -> None:
    assert answered_code(text, context) == code


def test_the_quoted_request_names_the_course_whose_code_the_reply_gives() -> None:
    fields, _ = extract_fields(
        RequestType.COURSE_DATA, "Re: [P4M #12] Mohon lengkapi", "KM1203", datetime.now(UTC), _ASKED
    )
    assert (fields.course_code, fields.course_name) == ("KM1203", "Gambar Teknik")


def test_a_reply_naming_another_course_unasked_keeps_the_quoted_name_apart() -> None:
    context = "> Yth. Bapak Andi,\n> Dosen Gambar Teknik sudah kami ganti.\n> Salam"
    fields, _ = extract_fields(
        RequestType.COURSE_DATA, "Re: dosen", "Sekalian KM1207 juga ya, dosennya Bu Rini.", datetime.now(UTC), context
    )
    assert fields.course_code == "KM1207" and fields.course_name is None


def test_a_staff_question_for_the_code_asks_for_the_course_not_a_short_name() -> None:
    asked = asked_in("> Boleh kami tahu kode MK-nya apa, Pak?\n> Rina")
    assert asked is not None and asked.wanted == ("course",)
    assert asks_for_the_code("> Mohon lengkapi: kode mata kuliah.")
    assert not asks_for_the_code("> Mohon lengkapi: enrolment key.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halo, gua Hendra, yang ngajar Kimia Organik kelas pagi. Key-nya ganti ya.", "Kimia Organik"),
        ("Saya yg mengajar Statika kelas malam, mohon SKS diubah jadi 3.", "Statika"),
        ("I teach Soil Mechanics on Mondays, please update the lecturer.", "Soil Mechanics"),
        # A class by its time, a day, the reader addressed: never a course.
        ("I am teaching the Night Class this term; key of KM1203 please.", None),
        ("Saya mengajar Hari Selasa; semester KM1203 mohon diganti.", None),
    ],
)
def test_the_course_the_writer_teaches(text: str, name: str | None) -> None:
    assert find_course_name("", text, find_course_code("", text)) == name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Statika (KM1101) is fine. Dinamika (KM1102) should have 3 credits.", "KM1102"),
        ("SKS Dinamika (KM1102) mohon jadi 3. Statika (KM1101) sudah benar.", "KM1102"),
        # Both said to stay, or neither: the course stays in doubt for this reader.
        ("Statika (KM1101) is fine. Dinamika (KM1102) is fine too.", None),
        ("Statika (KM1101) dan Dinamika (KM1102) mohon jadi 3 SKS.", None),
    ],
)
def test_of_two_courses_the_one_not_said_to_stay(text: str, code: str | None) -> None:
    assert unsettled_code(text, {"KM1101", "KM1102"}) == code


def test_a_number_called_a_ticket_is_no_course_in_the_subject_either() -> None:
    assert find_course_code("Re: INC2210", "Menindaklanjuti tiket INC2210, dosen Fisika mohon diganti.") is None
    assert find_course_code("Re: KM1203", "Dosen KM1203 mohon diganti.") == "KM1203"


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        # A slashed name in the bracket after the code is read whole.
        ("Untuk MK KM2208 (Kapal Niaga / Kapal Ikan) mohon nama barunya?", "KM2208", "Kapal Niaga / Kapal Ikan"),
        # The line's end closes "namanya masih X": the new name is on the next line.
        (
            "KM2209 di moodle namanya masih Hidrostatika Kapal\nharusnya Stabilitas Kapal",
            "KM2209",
            "Hidrostatika Kapal",
        ),
        # Who is taught is not which course.
        ("I teach Semester 5 Students; key of KM1203 please.", "KM1203", None),
    ],
)
def test_names_beside_a_code(text: str, code: str, name: str | None) -> None:
    assert find_course_name("", text, code) == name


def test_a_name_shortened_in_a_replys_subject_is_the_quoted_requests_whole_name() -> None:
    context = "> Mohon lengkapi: kode mata kuliah.\n>> SKS Termodinamika Teknik 2 di e-learning mohon diubah menjadi 3."
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Re: SKS Termodinamika", "KM2301", datetime.now(UTC), context)
    assert fields.course_name == "Termodinamika Teknik 2"
