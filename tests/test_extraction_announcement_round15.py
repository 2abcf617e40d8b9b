"""Kinds of announcement request written anew in requests-tune30-announce, each read in sentences of its own: a bare
four-digit hour right after a day, an hour parted from its minutes by "h", a partner's article-less "Announcement
should ...", a notice put up in words between the verb and "up", a lab group named before the moment, and a
section's letter before a course's name."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from daemon.classify.announcement import extract_announcement
from daemon.classify.bare_hour import bare_hour
from daemon.classify.clock import find_time
from daemon.classify.course import find_course_name

# Monday 7 June 2027, 09:00 WIB
MAIL_DATE = datetime(2027, 6, 7, 2, 0, tzinfo=UTC)


def _publish_at(text: str) -> str | None:
    return extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("Please publish it in my course on Wednesday 9 Jun 0645, thank you.", "2027-06-09T06:45:00+07:00"),
        ("Mohon ditayangkan Kamis 10 Juni 2027, 1915 WIB.", "2027-06-10T19:15:00+07:00"),
        # a zone after the bare hour is read as after any clock
        ("The notice should go out on 11 June 0300 CEST.", "2027-06-11T08:00:00+07:00"),
        # a zone after the "hrs" suffix is still the hour's
        ("Kindly publish it on 09-06-2027 at 1030 hrs IST.", "2027-06-09T12:00:00+07:00"),
        # a weekday alone is a day too
        ("Announcement must appear Friday 1030, not earlier.", "2027-06-11T10:30:00+07:00"),
    ],
)
def test_a_bare_four_digit_hour_right_after_a_day_is_its_hour(text: str, moment: str) -> None:
    assert _publish_at(text) == moment


@pytest.mark.parametrize(
    "after_day",
    [
        # a year after a day without one, a phone number, a room's number with its floor, a count
        " 2027 at the latest",
        " 0812-3456-7788",
        ", 1203.5",
        " 0930/2",
    ],
)
def test_a_year_a_phone_number_or_a_decimal_is_no_bare_hour(after_day: str) -> None:
    assert bare_hour(after_day) is None


def test_a_bare_hour_is_read_only_right_after_a_day() -> None:
    assert bare_hour(" 0800 CET") is not None
    assert bare_hour(" in room 0800") is None


@pytest.mark.parametrize(("text", "hour"), [("on Monday at 8h30", time(8, 30)), ("pukul 14h15", time(14, 15))])
def test_an_hour_parted_from_its_minutes_by_h(text: str, hour: time) -> None:
    clock = find_time(text)
    assert clock is not None and clock[0] == hour


def test_an_h_between_an_hour_and_no_minutes_is_no_clock() -> None:
    # "2h300" is neither 2:30 nor a time
    clock = find_time("durasi 2h300 menit")
    assert clock is None


def test_an_article_less_sentence_about_the_announcement_says_when_it_goes_out() -> None:
    text = (
        'Please create announcement with title "Lab Report Template Updated".\n'
        "Announcement should be visible Thursday 10 June at 7 am.\n\nUse the new template from now on."
    )
    assert _publish_at(text) == "2027-06-10T07:00:00+07:00"


@pytest.mark.parametrize(
    "text",
    [
        "Would you be able to get a short reminder up on my course tomorrow at 8 in the morning?",
        "Could you stick the usual notice on the front page tomorrow at 8 am?",
    ],
)
def test_a_notice_put_up_with_words_before_up(text: str) -> None:
    assert _publish_at(text) == "2027-06-08T08:00:00+07:00"


def test_a_lab_group_before_the_moment_names_the_readers_not_an_event() -> None:
    text = "Tolong tayangkan untuk kelompok praktikum B di MK Fisika Terapan besok jam 9 pagi."
    assert _publish_at(text) == "2027-06-08T09:00:00+07:00"


def test_a_practical_before_the_moment_is_still_its_event() -> None:
    text = "Tolong umumkan bahwa praktikum besok jam 9 pagi dibatalkan, segera ya."
    assert _publish_at(text) is None


def test_a_sections_letter_opens_no_course_name() -> None:
    text = "Please post the notice below for section C of Technical Drawing (TD1105) only, tomorrow at noon."
    assert find_course_name("Notice", text, "TD1105") == "Technical Drawing"
