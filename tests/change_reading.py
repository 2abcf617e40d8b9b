"""The changes a course-data request asks for, as the round tables of change tests read them (None when none)."""

from __future__ import annotations

from datetime import datetime

from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType


def changes_asked(subject: str, text: str, at: datetime) -> object:
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, at)
    return fields.as_json_dict().get("changes")
