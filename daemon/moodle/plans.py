"""Decide what to send Moodle for a request, and what must be done by hand (pure, no I/O)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from daemon.classify.model import RequestFields
from daemon.classify.wording import LIST_BULLETS, LIST_MARK

# What Moodle's course record holds; everything else a requester may ask is not guessed.
APPLICABLE = {"fullname": "fullname", "shortname": "shortname", "summary": "summary"}
SHOWN = ("fullname", "shortname", "idnumber", "summary", "visible", "startdate", "enddate")


@dataclass(frozen=True)
class CoursePlan:
    changes: dict[str, str]
    by_hand: tuple[tuple[str, str], ...]  # (field, value); the labels files' [moodle_by_hand] names each field


_LIST_ITEM = re.compile(rf"[ \t]*({LIST_MARK})[ \t]+")


def as_html(text: str) -> str:
    """Plain text from mail as Moodle HTML, escaped: one <p> per paragraph, a list's items as <ul> or <ol> items
    (a line the mail client wrapped goes on in the same paragraph or item)."""
    blocks: list[str] = []
    for paragraph in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        lead: list[str] = []
        items: list[str] = []
        numbered = False
        for line in paragraph.split("\n"):
            if item := _LIST_ITEM.match(line):
                numbered = numbered or (not items and item.group(1) not in LIST_BULLETS)
                items.append(line[item.end() :])
            elif items:
                items[-1] += " " + line
            else:
                lead.append(line)
        if words := " ".join(" ".join(lead).split()):
            blocks.append(f"<p>{html.escape(words)}</p>")
        if items:
            tag = "ol" if numbered else "ul"
            listed = "".join(f"<li>{html.escape(' '.join(entry.split()))}</li>" for entry in items)
            blocks.append(f"<{tag}>{listed}</{tag}>")
    return "".join(blocks)


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
