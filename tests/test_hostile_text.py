"""Text built to make a pattern backtrack cannot stall intake: each case took seconds to hours before its fix."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType
from parsers.body import split_body

# CPU seconds of this process, so a busy machine's other work does not count; each case below took 20 s or more
# (or grew exponentially) before.
BOUND_SECONDS = 5.0


def _course_fields(text: str) -> object:
    return extract_fields(RequestType.COURSE_DATA, "Ubah MK", text, datetime(2026, 11, 30, tzinfo=UTC))


@pytest.mark.parametrize(
    ("read", "text"),
    [
        (split_body, "Mohon ganti nama MK IF201\n" + "\n" * 20_000 + "x"),  # quoted-reply markers over blank lines
        (split_body, "Mohon ganti nama MK IF201\n" + " \n" * 20_000 + "x"),
        (_course_fields, "Dosen pengampu mulai " + "1" * 60 + " x: Budi Santoso"),  # digits split every way
        (_course_fields, "nama " * 5_000),  # thousands of field words, each searching the text after it
        # people added and never named, who teaches without a person, courses handed over to nobody
        (_course_fields, "Tim pengajar ditambah satu orang " * 2_000),
        (_course_fields, "yang mengajar MK " * 3_000 + "adalah"),
        (_course_fields, "handing over Fisika Dasar " * 2_000 + "to Dr."),
        (_course_fields, "Dr. Ani, M.T. dan " * 2_000 + "Fisika"),  # a list of people, each weighed against the mail
    ],
    ids=[
        "blank-lines",
        "space-lines",
        "digit-run",
        "field-words",
        "added",
        "who-teaches",
        "handed",
        "joined-people",
    ],
)
def test_hostile_text_is_read_in_bounded_time(read: Callable[[str], object], text: str) -> None:
    started = time.process_time()
    read(text)
    assert time.process_time() - started < BOUND_SECONDS
