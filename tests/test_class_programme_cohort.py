"""A class named by its programme, its study line and its year apart by hyphens ("IUP-ME-3", "RPL-KJ-2B"): the class
value whole. Written before the rule, in voices tune42 (where the kind was found: an IUP memorandum and a partner's
forward) does not use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType


def pairs(text: str) -> dict[str, str]:
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Kelas", text, datetime(2026, 12, 1, tzinfo=UTC))
    return dict(fields.changes)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mohon kelas MK Termodinamika (ME2101) diganti menjadi RPL-KJ-2B.", "RPL-KJ-2B"),
        ("Please set the class of Port Operations (LOG2104) to DD-LOG-2 from next week.", "DD-LOG-2"),
        ("Kelas: PSDKU-TI-1", "PSDKU-TI-1"),
    ],
)
def test_a_class_of_programme_line_and_year_is_read_whole(text: str, value: str) -> None:
    assert pairs(text).get("class") == value
