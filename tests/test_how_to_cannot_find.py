"""A writer who wants to make a change themself but cannot find where ("saya mau update ringkasan, tapi tidak ketemu
menunya") asks the way, not for the change; with the new value written, the unit can make it. Written before the
rule, in voices tune37 (where the kind was found: a mixed Indonesian-English question) does not use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType

REFERENCE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Course summary",
            "Hello, I tried to change the summary of my course but I could not find the setting anywhere. Thanks, Omar",
        ),
        (
            "key course",
            "Pak, saya pengen ganti enrolment key course saya tapi nggak nemu menunya di pengaturan 🙏",
        ),
    ],
    ids=("english", "casual"),
)
def test_wanting_to_change_it_oneself_but_not_finding_where_asks_the_way(subject: str, body: str) -> None:
    result = classify(ClassifierInput(subject, body, REFERENCE))
    assert result.type is RequestType.ELEARNING_SUPPORT
    assert dict(result.fields.changes) == {}


def test_with_the_new_value_written_the_change_is_asked() -> None:
    body = "Saya mau ganti nama MK IF2201 jadi Basis Data Lanjut tapi tidak ketemu menunya, mohon dibantu ya."
    result = classify(ClassifierInput("Nama MK", body, REFERENCE))
    assert result.type is RequestType.COURSE_DATA
    assert dict(result.fields.changes) == {"fullname": "Basis Data Lanjut"}
