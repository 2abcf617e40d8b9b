"""Decide what to send Moodle for a request, and what must be done by hand (pure, no I/O)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from daemon.classify.model import RequestFields

# What Moodle's course record holds; everything else a requester may ask is not guessed.
APPLICABLE = {"fullname": "fullname", "shortname": "shortname", "summary": "summary"}
SHOWN = ("fullname", "shortname", "idnumber", "summary", "visible", "startdate", "enddate")


@dataclass(frozen=True)
class CoursePlan:
    changes: dict[str, str]
    by_hand: tuple[tuple[str, str], ...]  # (field, value); the labels files' [moodle_by_hand] names each field


def as_html(text: str) -> str:
    """Plain text from mail as Moodle HTML: escaped, one <p> per paragraph."""
    paragraphs = [" ".join(part.split()) for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    return "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)


def plan_course_update(fields: RequestFields) -> CoursePlan:
    changes: dict[str, str] = {}
    by_hand: list[tuple[str, str]] = []
    for key, value in fields.changes:
        if not value.strip():  # a change named without its value: the requester is asked for it, nothing guessed
            continue
        if key in APPLICABLE:
            changes[APPLICABLE[key]] = as_html(value) if key == "summary" else value
        else:
            by_hand.append((key, value))
    return CoursePlan(changes, tuple(by_hand))


def applied(course: dict[str, Any], changes: dict[str, str]) -> bool:
    """Read-back check: every changed field holds exactly what we sent."""
    return all(str(course.get(key, "")) == value for key, value in changes.items())


def before_after(course: dict[str, Any], changes: dict[str, str]) -> list[tuple[str, str, str]]:
    rows = []
    for key in SHOWN:
        before = str(course.get(key, ""))
        rows.append((key, before, changes.get(key, before)))
    return rows


def announcement_body(title: str | None, text: str | None, subject: str) -> tuple[str, str]:
    """(subject, HTML message) of the forum post; the request's subject when no title was found."""
    return (title or subject).strip()[:255], as_html(text or title or subject)
