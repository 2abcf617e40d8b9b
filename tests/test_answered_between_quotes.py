"""Answers typed between the quoted questions of an earlier mail are put back under their questions."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from daemon.classify.answered import answers_under_questions
from daemon.classify.changes import find_changes
from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType

_REFERENCE = datetime(2027, 4, 13, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))

_FORM_REPLY = """-------- Pesan asli --------
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>

> Mohon dilengkapi:
> 1. Kode MK:

IF2205

> 2. Nama baru yang diinginkan:

Pemrograman Berorientasi Objek Lanjut

> 3. Siapa dosen pengampu yang baru?

Dr. Lina Marlina, M.Kom.

> 4. Apakah ada perubahan lain?

tidak ada

> Salam, Helpdesk P4M
"""


def test_each_answer_stands_under_its_question() -> None:
    assert answers_under_questions(_FORM_REPLY) == (
        "1. Kode MK:\nIF2205\n\n2. Nama baru yang diinginkan:\nPemrograman Berorientasi Objek Lanjut\n\n"
        "3. Siapa dosen pengampu yang baru:\nDr. Lina Marlina, M.Kom."
    )


def test_the_answers_give_the_changes() -> None:
    found = {change.field: change.value for change in find_changes(answers_under_questions(_FORM_REPLY), "IF2205")}
    assert found == {"fullname": "Pemrograman Berorientasi Objek Lanjut", "lecturer": "Dr. Lina Marlina, M.Kom."}


def test_a_quote_without_answers_between_gives_nothing() -> None:
    quoted = "On Mon, Helpdesk wrote:\n> Nama baru yang diinginkan:\n> Sistem Basis Data\n"
    assert answers_under_questions(quoted) == ""
    assert answers_under_questions("> Is the name shown right now?\n\nYes, thanks.") == ""


def test_a_reply_that_answers_between_the_quotes_gives_its_changes() -> None:
    fields, reasons = extract_fields(
        RequestType.COURSE_DATA,
        "Re: [Tiket #2027-0200] Data course",
        "jawaban saya di bawah ya",
        _REFERENCE,
        _FORM_REPLY,
    )
    assert dict(fields.changes)["fullname"] == "Pemrograman Berorientasi Objek Lanjut"
    assert any("answer under a quoted question" in reason for reason in reasons)


def test_a_reply_that_asks_in_its_own_text_keeps_its_own_changes() -> None:
    fields, _ = extract_fields(
        RequestType.COURSE_DATA, "Re: data", "Nama MK mohon diganti jadi Sistem Cerdas.", _REFERENCE, _FORM_REPLY
    )
    assert dict(fields.changes) == {"fullname": "Sistem Cerdas"}
