"""Closings of formal and South-Asian English ("With regards,", "Thanking you,", "Yours respectfully,") sign the mail:
the role line under them ("Visiting Lecturer | Dept. of ...") is no labelled value. Written before the rule, in voices
tune39 (where the kind was found: a visiting lecturer from Nepal) does not use."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes
from parsers.sign_off import CLOSING_LINE

ASK = "Please change the credits of course ME2201 to 3.\n\n"
SIGNATURES = (
    "With regards,\nDr. Anil Kumar Sharma\nGuest Lecturer | Dept. of Mechanical Engineering\nPoliteknik Negeri Batam",
    "Thanking you,\nRajesh Iyer\nAdjunct Lecturer | School of Computing",
    "Yours respectfully,\nMd. Rafiqul Islam\nLecturer | Dept. of EEE",
    "With warm regards,\nFarida Yasmin\nSenior Lecturer: Dept. of Civil Engineering",
)


@pytest.mark.parametrize("signature", SIGNATURES, ids=("with-regards", "thanking-you", "respectfully", "warm"))
def test_a_role_line_under_a_formal_closing_is_no_lecturer_asked(signature: str) -> None:
    assert [(change.field, change.value) for change in find_changes(ASK + signature, "ME2201")] == [("credits", "3")]


@pytest.mark.parametrize("closing", ("With regards,", "Thanking you,", "Yours respectfully,", "With warm regards,"))
def test_the_closing_is_a_closing_line(closing: str) -> None:
    assert CLOSING_LINE.fullmatch(closing)


def test_a_sentence_that_opens_with_thanking_you_is_no_closing() -> None:
    assert not CLOSING_LINE.fullmatch("Thanking you for the quick help last week, one more thing:")


ROLE_LINES = (
    "Salam,\nNi Luh Putu Sari\nEnglish Lecturer | Pusat Bahasa",
    "Regards.\nAdebayo Ogunleye\nAdjunct Lecturer | Faculty of Engineering",
    "Cheers mate\nLiam O'Connor\nGuest Lecturer - Marine Engineering",
)


@pytest.mark.parametrize("signature", ROLE_LINES, ids=("english-lecturer", "adjunct", "guest-dash"))
def test_a_job_title_line_is_no_lecturer_label_even_without_a_known_closing(signature: str) -> None:
    assert [(change.field, change.value) for change in find_changes(ASK + signature, "ME2201")] == [("credits", "3")]


@pytest.mark.parametrize("closing", ("Suksma!", "Matur nuwun,", "Hatur nuhun.", "Terima kasih banyak-banyak!"))
def test_regional_thanks_close_the_mail(closing: str) -> None:
    assert CLOSING_LINE.fullmatch(closing)


def test_a_job_title_line_under_a_bare_name_is_no_lecturer_label() -> None:
    text = ASK + "Pieter de Vries\nVisiting Lecturer | Hogeschool Rotterdam"
    assert [(change.field, change.value) for change in find_changes(text, "ME2201")] == [("credits", "3")]
