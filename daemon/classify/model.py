"""The typed values that classification produces."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class RequestType(StrEnum):
    COURSE_DATA = "course_data"
    ANNOUNCEMENT = "announcement"
    ELEARNING_SUPPORT = "elearning_support"
    DOCUMENT_REQUEST = "document_request"
    OTHER = "other"


@dataclass(frozen=True)
class RequestFields:
    """What staff need to act on the request; empty values were not found."""

    course_code: str | None = None
    course_name: str | None = None
    changes: tuple[tuple[str, str], ...] = ()
    title: str | None = None
    text: str | None = None
    scope: str | None = None
    publish_at: str | None = None

    def as_json_dict(self) -> dict[str, Any]:
        """The label-schema shape: only keys that were found, changes as an object."""
        raw = asdict(self)
        result: dict[str, Any] = {}
        for key, value in raw.items():
            if value in (None, (), ""):
                continue
            result[key] = dict(value) if key == "changes" else value
        return result

    def to_json(self) -> str:
        return json.dumps(self.as_json_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> RequestFields:
        data = json.loads(text or "{}")
        changes = tuple((str(key), str(value)) for key, value in (data.pop("changes", None) or {}).items())
        known = {
            key: data[key]
            for key in ("course_code", "course_name", "title", "text", "scope", "publish_at")
            if key in data
        }
        return cls(changes=changes, **known)


@dataclass(frozen=True)
class Classification:
    type: RequestType
    confidence: float
    reasons: tuple[str, ...]
    fields: RequestFields
    needs_triage: bool = False
