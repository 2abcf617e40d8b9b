"""What a request still lacks before staff can act on it (pure): asked of the requester in the acknowledgement."""

from __future__ import annotations

from daemon.classify.model import RequestFields, RequestType


def missing_items(request_type: RequestType, fields: RequestFields) -> tuple[str, ...]:
    """Keys of the labels file's [missing] table: a course-data request without a new value, an announcement
    without its text. A change named without its value asks for that value; no change at all asks what to change
    and to what."""
    missing: list[str] = []
    if request_type is RequestType.COURSE_DATA:
        if not (fields.course_code or fields.course_name):
            missing.append("course")
        named = [f"changes.{name}" for name, value in fields.changes if not value.strip()]
        missing.extend(named if named or fields.changes else ["changes"])
    elif request_type is RequestType.ANNOUNCEMENT and not (fields.text or "").strip():
        missing.append("text")
    return tuple(missing)
