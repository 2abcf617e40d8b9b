"""Text built to make a pattern backtrack cannot stall intake: each case took seconds to hours before its fix."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from daemon.classify.course_code import find_course_code
from daemon.classify.course_name_shown import shown_name
from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType
from parsers.body import split_body

# CPU seconds of this process, so a busy machine's other work does not count; each case below took 20 s or more
# (or grew exponentially) before.
BOUND_SECONDS = 5.0


def _shown_name(text: str) -> object:
    return shown_name(text, "IF2204")


def _course_fields(text: str) -> object:
    return extract_fields(RequestType.COURSE_DATA, "Ubah MK", text, datetime(2026, 11, 30, tzinfo=UTC))


def _course_code(text: str) -> object:
    return find_course_code("Ubah MK", text)


@pytest.mark.parametrize(
    ("read", "text"),
    [
        (split_body, "Mohon ganti nama MK IF201\n" + "\n" * 20_000 + "x"),  # quoted-reply markers over blank lines
        (split_body, "Mohon ganti nama MK IF201\n" + " \n" * 20_000 + "x"),
        (_course_fields, "Dosen pengampu mulai " + "1" * 60 + " x: Budi Santoso"),  # digits split every way
        (_course_fields, "nama " * 5_000),  # thousands of field words, each searching the text after it
        (_course_fields, "'x' itu key-nya " * 3_000 + "yang baru"),  # values named before their field, none new
        (_course_fields, "**" * 20_000 + "Semester baru:** Genap"),  # bold markers that never close a label
        (_course_fields, "Enrolment key diganti jadi " + "kata " * 10_000 + "."),  # words that never end a key
        (_course_fields, "Mohon diganti: " + "sks 3, " * 5_000 + "dosen"),  # a list of fields cut short at its end
        (_course_code, "for EE 2104" + " " * 20_000 + "x " + "untuk TRE 3110 " * 2_000),  # codes before the request
        (_course_code, "servo MG996R " * 3_000 + "Kode MK: RBT 2203"),  # parts, each looking at its noun
        (_shown_name, "nama course masih " * 5_000),  # a name's cue, each trying every gap and value after it
        (_shown_name, "Mata Kuliah yang Diajukan\n" * 5_000),  # form questions, none with an answer under it
        (_shown_name, "ubah nama matkul " + "ab " * 20_000),  # a lower-case rename that never reaches "jadi"
    ],
    ids=[
        "blank-lines",
        "space-lines",
        "digit-run",
        "field-words",
        "value-first",
        "bold-runs",
        "word-key",
        "field-list",
        "codes-for-request",
        "parts",
        "name-cues",
        "form-questions",
        "lower-rename",
    ],
)
def test_hostile_text_is_read_in_bounded_time(read: Callable[[str], object], text: str) -> None:
    started = time.process_time()
    read(text)
    assert time.process_time() - started < BOUND_SECONDS
