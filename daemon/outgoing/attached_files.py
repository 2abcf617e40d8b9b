"""Which of a message's attachments staff must open themselves, named in the staff notice with the reason."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from parsers.attachment_kinds import document_kind
from parsers.attachments import DEFAULT_LIMITS, AttachmentLimits
from parsers.message import AttachmentInfo


class Unread(enum.StrEnum):
    """Why intake did not read a document's text (the codes are keys of the `unread` label tables)."""

    OLD_OFFICE_FORMAT = "old_office_format"
    TOO_LARGE = "too_large"
    TOO_MANY = "too_many"


@dataclass(frozen=True)
class AttachedFile:
    filename: str
    unread: Unread | None = None


def attached_files(
    attachments: tuple[AttachmentInfo, ...], limits: AttachmentLimits = DEFAULT_LIMITS
) -> tuple[AttachedFile, ...]:
    """Each attachment by name; a document whose text the classifier could not have read carries why, so the
    request hidden in an old .doc or an oversized PDF is not silently taken as unread text."""
    files: list[AttachedFile] = []
    documents_seen = 0
    for item in attachments:
        kind = document_kind(item)
        unread: Unread | None = None
        if kind is not None:
            documents_seen += 1
            if documents_seen > limits.max_attachments:
                unread = Unread.TOO_MANY
            elif kind == "ole":
                unread = Unread.OLD_OFFICE_FORMAT
            elif item.size > limits.max_bytes:
                unread = Unread.TOO_LARGE
        files.append(AttachedFile(item.filename, unread))
    return tuple(files)
