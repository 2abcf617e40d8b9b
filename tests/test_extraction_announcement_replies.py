"""Kinds of announcement request found on the opened part7 (tune10) and written anew in requests-tune11-announce,
each read in sentences of its own: a title cue in its regional possessive forms, a reply over a quote written as a
header block, answers written under the helpdesk's quoted questions, and the publishing itself moved."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.announcement import extract_announcement

# Tuesday 12 January 2027, 09:00 WIB
MAIL_DATE = datetime(2027, 1, 12, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nyuwun diumumke teng kelas kula, judule 'Responsi Dimajukan'.",
        "Punten dipasang di kelas abdi, judulna \u2018Responsi Dimajukan\u2019.",
        "tlg umumin di kelas saya min, judul nya 'Responsi Dimajukan'",
        "Mohon disiarkan di kelas saya, tajuknya 'Responsi Dimajukan'.",
    ],
)
def test_a_title_cue_in_its_regional_forms_with_single_quotes(sentence: str) -> None:
    assert extract_announcement("info", sentence, MAIL_DATE, has_course=True).title == "Responsi Dimajukan"


@pytest.mark.parametrize(
    ("label", "answer", "expected"),
    [
        ("Judul pengumuman?", "Responsi Dimajukan", "Responsi Dimajukan"),
        ("Announcement title?", "Lab Moved to Room B2", "Lab Moved to Room B2"),
        # an answer that gives no title is not one
        ("Judul pengumuman?", "belum ada, nanti saya kabari", None),
        ("Judul?", "terserah tim P4M saja, yang penting singkat.", None),
    ],
)
def test_a_forms_question_takes_a_title_shaped_answer_below(label: str, answer: str, expected: str | None) -> None:
    text = f"Tolong umumkan di kelas saya bahwa responsi pindah.\n\n{label}\n\n{answer}\n"
    assert extract_announcement("", text, MAIL_DATE, has_course=True).title == expected


HEADER_BLOCK = """-----Pesan Asli-----
Dari: Dedi Kurniawan <dedi@example.ac.id>
Dikirim: Senin, 11 Januari 2027 08:15
Kepada: Helpdesk P4M <helpdesk@example.ac.id>
Perihal: Pengumuman kuliah tamu

Mohon dipasang di halaman depan:
Judul: Kuliah Tamu Keamanan Siber
Tayang: Kamis, 14 Januari 2027 pukul 07.00 WIB
Isi: Kuliah tamu diadakan Jumat di Auditorium.
"""


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Ralat: jam tayangnya dimajukan jadi pukul 06.00 WIB, tanggalnya tetap.", "2027-01-14T06:00:00+07:00"),
        ("Tayangnya diundur jadi Senin, 18 Januari 2027 pukul 08.00 WIB ya.", "2027-01-18T08:00:00+07:00"),
        ("Please publish it at 9:00 instead, same day.", "2027-01-14T09:00:00+07:00"),
    ],
)
def test_a_reply_over_a_header_block_quote_keeps_the_quoted_title_and_moves_the_time(reply: str, expected: str) -> None:
    # the reply's subject names the earlier request, not the announcement
    found = extract_announcement("Pengumuman kuliah tamu", reply, MAIL_DATE, has_course=False, context=HEADER_BLOCK)
    assert (found.title, found.publish_at) == ("Kuliah Tamu Keamanan Siber", expected)


def test_answers_under_the_quoted_questions_give_title_time_and_course() -> None:
    context = (
        "Pada Sel, 12 Jan 2027 pukul 08.00 Helpdesk P4M <helpdesk@example.ac.id> menulis:\n\n"
        "> Course tujuan?\n\nPemrograman Web, semua kelas\n\n> Judul pengumuman?\n\nTugas Besar Dikumpulkan Daring\n\n"
        "> Kapan ditayangkan?\n\nbesok jam 7 pagi\n"
    )
    found = extract_announcement("Pengumuman", "Ini jawabannya pak:", MAIL_DATE, has_course=False, context=context)
    assert (found.title, found.scope, found.publish_at) == (
        "Tugas Besar Dikumpulkan Daring",
        "course",
        "2027-01-13T07:00:00+07:00",
    )


def test_an_event_moved_is_still_not_the_publish_time() -> None:
    text = "Mohon diumumkan di kelas saya: Judul: Kuis Diundur\nIsi: kuisnya diundur jadi Senin, 18 Januari 2027 jam 8."
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Kapan ditayangkan?\n\nbesok jam 7 pagi", "2027-01-13T07:00:00+07:00"),
        ("Publish time?\n\ntomorrow 7 am please", "2027-01-13T07:00:00+07:00"),
        # a question that asks for no moment is the writer's sentence, not a form's label
        ("Bisa tolong dipasang?\n\nTerima kasih, besok saya cek jam 7.", None),
    ],
)
def test_a_question_is_a_label_only_when_it_asks_for_a_moment(question: str, expected: str | None) -> None:
    text = f"Judul: Kuis Ditunda\nIsi: Kuis 3 ditunda ke minggu depan.\n\n{question}\n"
    assert extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at == expected
