"""Kinds of announcement request written anew in requests-tune24-announce, each read in sentences of its own: a
clock's "a.m."/"p.m." that ends its sentence, the hour said after an event's name and the course it goes to ("H-1
sebelum UTS di course X, jam 8 malam"), an hour taken back without a correction word ("I wrote 12 pm above; it should
be 2 pm", "bukan jam 8, tapi jam 9"), a publish moment and title in the subject ("Post Fri 5 Mar 08:00 - X"), "the day
after tomorrow", readers' uploads that close and fairs that happen at their own moments, and "whack this on"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.announcement import extract_announcement
from daemon.classify.announcement_lines import SUBJECT_REQUEST
from daemon.classify.dates import dates_in
from daemon.classify.wording import sentences

# Monday 1 March 2027, 09:00 WIB
MAIL_DATE = datetime(2027, 3, 1, 2, 0, tzinfo=UTC)


def _read(text: str, subject: str = "info", *, has_course: bool = True) -> tuple[str | None, str, str | None]:
    found = extract_announcement(subject, text, MAIL_DATE, has_course=has_course)
    return found.title, found.scope, found.publish_at


def test_a_clock_suffix_ends_its_sentence_before_a_capitalised_word() -> None:
    text = "Post it at 9 a.m. The exam is on Friday. Drinks at 7 p.m. Friday evening. Call at 8 a.m. Jakarta time."
    assert [text[start:end].strip() for start, end in sentences(text)] == [
        "Post it at 9 a.m.",
        "The exam is on Friday",
        "Drinks at 7 p.m. Friday evening",
        "Call at 8 a.m. Jakarta time",
    ]


def test_the_hour_after_an_event_and_the_course_it_goes_to() -> None:
    text = (
        "Tolong umumkan H-1 sebelum UTS di course Kimia Organik (KI2203), jam 8 malam. UTS dilaksanakan Kamis, "
        "11 Maret 2027 pukul 10.00.\n\nJudul: Kisi-kisi UTS Kimia Organik\nIsi: Bab 1 sampai 4."
    )
    assert _read(text)[2] == "2027-03-10T20:00:00+07:00"


def test_the_hour_after_an_event_is_not_the_events_own() -> None:
    text = "Tolong tayangkan sehari sebelum UTS yang dimulai Kamis, 11 Maret 2027 pukul 10.00 di ruang 301."
    assert _read(text)[2] is None


@pytest.mark.parametrize(
    ("text", "publish_at"),
    [
        (
            "Please post it on Friday 5 March at 12 pm.\n\nTitle: Lab Groups\nThe groups are online.\n\n"
            "Oops, I wrote 12 pm above; it should be 2 pm.",
            "2027-03-05T14:00:00+07:00",
        ),
        ("Tolong tayang Jumat 5 Maret jam 8 pagi. Eh, bukan jam 8, tapi jam 9 ya.", "2027-03-05T09:00:00+07:00"),
        ("Please publish it Friday 5 March at 10 am. Make it 11 am instead of 10 am.", "2027-03-05T11:00:00+07:00"),
        # a "should be" about the readers, without the asked hour, corrects nothing
        (
            "Please post it on Friday 5 March at 12 pm. Students should be in the lab by 2 pm.",
            "2027-03-05T12:00:00+07:00",
        ),
    ],
)
def test_an_hour_taken_back(text: str, publish_at: str) -> None:
    assert _read(text)[2] == publish_at


def test_a_publish_moment_before_the_title_in_the_subject() -> None:
    text = "Mohon dipasang di course Fisika Dasar (FI1101) sesuai subjek.\n\nIsi: Perpustakaan tutup pukul 12.00."
    assert _read(text, "Post Fri 5 Mar 08:00 - Library Closes Early")[::2] == (
        "Library Closes Early",
        "2027-03-05T08:00:00+07:00",
    )
    # a title that opens with a publishing word and names no moment keeps it
    assert SUBJECT_REQUEST.match("Publish Hasil UTS - Basis Data") is None


def test_the_day_after_tomorrow_is_a_day_not_a_bound() -> None:
    text = 'Could you post a site-wide announcement titled "Graduation Period II" the day after tomorrow at 8 am?'
    assert _read(text, has_course=False)[1:] == ("site", "2027-03-03T08:00:00+07:00")


def test_a_fairs_moment_and_uploads_that_close_are_not_the_publish_time() -> None:
    text = (
        "The career fair is on Thursday 11 March from 9 am to 3 pm, and CV uploads close on Monday 8 March at "
        "11.59 p.m. Could the notice go out on Tuesday 2 March at 10 a.m. for all final-year students?"
    )
    assert _read(text, has_course=False)[1:] == ("site", "2027-03-02T10:00:00+07:00")


def test_whack_this_on_the_front_page() -> None:
    text = "Can you whack this on the front page on Thu Mar. 4th at 5:45pm?\n\nTitle - Library Hours\nOpen 8 to 2."
    assert _read(text, has_course=False) == ("Library Hours", "site", "2027-03-04T17:45:00+07:00")


def test_malay_petang_is_the_afternoon() -> None:
    text = "Mohon siarkan hebahan ini pada Khamis, 4 Mac 2027, jam 3 petang (waktu Malaysia) kepada semua pelajar."
    assert _read(text, has_course=False)[1:] == ("site", "2027-03-04T14:00:00+07:00")


@pytest.mark.parametrize(
    ("text", "publish_at"),
    [
        # a letter's Roman month, in another month than the mail's
        ("Mohon ditayangkan tgl 14-I-2028 jam 09.00 WIB di halaman depan.", "2028-01-14T09:00:00+07:00"),
        ("Mohon ditayangkan tanggal 3/IV pukul 08.00 di halaman depan.", "2027-04-03T08:00:00+07:00"),
        ("Mohon ditayangkan Kamis, 8 IV 2027 pukul 13.00 di halaman depan.", "2027-04-08T13:00:00+07:00"),
        # "on Friday next week" is the coming week's Friday
        ("Could you post it on Friday next week at 10.30 a.m.?", "2027-03-12T10:30:00+07:00"),
        # an English hour in words after "at"
        ("Please post it at nine tonight.", "2027-03-01T21:00:00+07:00"),
        ("Kindly publish this on Sunday at seven in the evening.", "2027-03-07T19:00:00+07:00"),
        # an hour taken back in the same breath; a reason after the slip takes nothing back
        ("Tolong tayang Kamis jam 10, eh jam 11 aja.", "2027-03-04T11:00:00+07:00"),
        ("Put it up Monday 8 March at 7 am, sorry, 7.30 am.", "2027-03-08T07:30:00+07:00"),
        ("Tolong tayang besok jam 8. Maaf kalau mendadak, jam 9 saya sudah masuk kelas.", "2027-03-02T08:00:00+07:00"),
        # a Roman-month date alone, and an hour in words that is the event's, are no publish time
        ("Mohon ditayangkan 20/IV/2027. Layanan dibuka pukul 08.00.", None),
        ("Post it tomorrow morning please. The final kicks off at seven in the evening.", None),
    ],
)
def test_roman_months_weeks_ahead_hours_in_words_and_slips(text: str, publish_at: str | None) -> None:
    assert _read(text, has_course=False)[2] == publish_at


def test_a_roman_letter_after_a_number_is_no_month() -> None:
    assert dates_in("kelas 2 B, semester 5 V, lantai 3/IV-2", MAIL_DATE) == []


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # an intake, a level or a department as the audience, whatever course the news names in passing
        ("Mohon ditayangkan besok pukul 07.00 untuk angkatan 2026, terkait praktikum Kimia Dasar (KI1101).", "site"),
        ("Tolong pasang besok jam 8 untuk mahasiswa tingkat akhir. Seminar mata kuliah Tugas Akhir (TA4901).", "site"),
        ("Mohon tayang besok jam 9 untuk mahasiswa semester 7 Jurusan Teknik Mesin, terkait MK KP (ME4102).", "site"),
        ("Please post this for the 2027 intake tomorrow at 9 am; it is about Academic English (EN1101).", "site"),
        (
            "Please publish it tomorrow at 2 pm for the whole Civil Engineering department: the Statics (CE1102) exam.",
            "site",
        ),
        # the course named as the place keeps its own students
        ("Tolong tayangkan di kelas Basis Data (IF2201) besok jam 7, untuk angkatan 2025 yang mengulang.", "course"),
    ],
)
def test_an_intake_level_or_department_is_the_site(text: str, scope: str) -> None:
    assert _read(text)[1] == scope


def test_the_readers_upload_before_an_event_is_no_publish_offset() -> None:
    text = (
        "Tolong pasang pengumuman ini Senin 8 Maret jam 8 pagi.\n\nJudul: Jadwal Seminar Proposal\n"
        "Isi: Unggah draf proposal dua hari sebelum seminar."
    )
    assert _read(text)[2] == "2027-03-08T08:00:00+07:00"
