"""A subject or line written all in capitals: the words of a request before the code ("REQUEST FOR CHANGE OF
LECTURER - EL3204 ...") are no course name, a name in capitals is kept as written. Written before the rule, in voices
tune41 (where the kind was found: a Nigerian visiting lecturer's Lotus Notes subject) does not use."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name

CASES = (
    ("PERMOHONAN PERGANTIAN DOSEN PENGAMPU - TS2104 MEKANIKA TANAH", "TS2104", "MEKANIKA TANAH"),
    ("URGENT!! KINDLY UPDATE THE SHORT NAME FOR CE2104", "CE2104", None),
    ("MOHON BANTUAN GANTI KEY ENROL TS2104", "TS2104", None),
    ("HIDROLOGI TERAPAN (SI2104) - GANTI KEY", "SI2104", "HIDROLOGI TERAPAN"),
)


@pytest.mark.parametrize(("subject", "code", "name"), CASES, ids=("id-request-dash", "en-urgent", "id-key", "name"))
def test_words_of_a_request_in_capitals_are_no_course_name(subject: str, code: str, name: str | None) -> None:
    assert find_course_name(subject, "Mohon diproses, terima kasih.", code) == name
