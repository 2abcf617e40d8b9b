"""Extract what staff need from a request: the course, requested changes, announcement details."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from daemon.classify.announcement import extract_announcement
from daemon.classify.answered import answers_under_questions
from daemon.classify.change_column import change_column_changes
from daemon.classify.change_tagger import Reading, read_changes
from daemon.classify.changes import find_changes
from daemon.classify.claim_check import claimed
from daemon.classify.code_answered import answered_code, asks_for_the_code
from daemon.classify.confirmed_quote import confirmed_in_quote
from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code
from daemon.classify.found_change import FoundChange
from daemon.classify.model import RequestFields, RequestType
from daemon.classify.name_tagger import read_name
from daemon.classify.renamed_by_name import renamed_by_name
from daemon.classify.value_basics import SPACES
from daemon.classify.value_blocks import labelled_blocks


def _course(subject: str, text: str, context: str, tagged: bool = True) -> tuple[str | None, str | None]:
    """The course's code and current name; the quoted conversation only where the new text does not name them. The
    name tagger weighs the grammar's name as HELPDESK_NAME_READER says (by default the grammar's name, else the
    tagger's when it is sure)."""
    own_code = find_course_code(subject, text) or answered_code(text, context)
    quoted_code = find_course_code("", context) if context else None
    code = own_code or quoted_code
    # "Same for the second one: FI1102" over a quoted "Physics I (FI1101)": the quoted mail's name is of the course
    # it is about, which is the request's only when the request names no code or the quoted mail has the same one,
    # or when the quoted mail named none and asked for it ("Kodenya AK3105 pak." under "Mohon lengkapi: kode ...").
    same_course = (
        not own_code
        or own_code.replace(" ", "") in re.sub(r"[ \t]", "", context)
        or (not quoted_code and asks_for_the_code(context))
    )
    name = find_course_name(subject, text, code, context)
    # "Re: SKS Fisika" over a quoted "SKS Fisika Dasar 2 ...": a name the reply's own text never writes, shortened in
    # its subject, is the quoted request's whole name.
    if context and same_course and (not name or name not in text):
        quoted_name = find_course_name("", context, code)
        if not name or (quoted_name and quoted_name.startswith(f"{name} ")):
            name = quoted_name
    name = read_name(subject, text, name) if tagged else name
    # "MK TPK2108 KESELAMATAN DAN KESEHATAN KERJA KELAS TPK 2A", "Elektronika Analog SKS-nya": a field's word after the
    # name starts what is said of the course, never its name's last word.
    # (here, not in one reader: the name tagger's reading ends where it likes too)
    return code, _FIELD_TAIL.sub("", name) if name else name


_FIELD_TAIL = re.compile(r"\s+(?i:kelas|class|semester|smt)\s+\S.*$|\s+(?i:sks)(?:-?nya)?(?:\s+\S.*)?$")


def grammar_changes(
    subject: str, text: str, context: str, code: str | None, name: str | None
) -> tuple[FoundChange, ...]:
    """The changes the grammar reads in the text, in the answers under quoted questions, or by the course's name."""
    changes = find_changes(text, code, subject) or change_column_changes(text, code)
    # "jawaban saya di bawah": a reply that answers between the quoted questions of the helpdesk's mail.
    if not changes and context and (answers := answers_under_questions(context)):
        changes = tuple(
            replace(change, cue=f"answer under a quoted question, {change.cue}")
            for change in find_changes(answers, code)
        )
    if name and not changes and (renamed := renamed_by_name(text, name)):
        changes = (renamed,)
    # "Ya, yang itu Pak.": a reply that only agrees asks for what the quoted mail asks for.
    if not changes and context:
        changes = confirmed_in_quote(text, context, code, name)
    return changes


def extract_fields(
    request_type: RequestType,
    subject: str,
    text: str,
    reference: datetime,
    context: str = "",
    *,
    tagged: bool = True,
    reading: Reading | None = None,
) -> tuple[RequestFields, tuple[str, ...]]:
    """Fields for course_data and announcement requests, and where each change was read; nothing is guessed for
    the other types.

    `context` is the quoted earlier conversation: consulted for the course only when the new text
    does not name it (a reply that just corrects the text of an announcement). `tagged=False` reads changes and the
    course name by the grammar alone, for a text the daemon made up itself, which is not the kind of mail the taggers
    learned from. `reading` chooses how the change tagger weighs the grammar (by default as the environment says)."""
    if request_type not in (RequestType.COURSE_DATA, RequestType.ANNOUNCEMENT):
        return RequestFields(), ()
    text = labelled_blocks(text)
    code, name = _course(subject.translate(SPACES), text.translate(SPACES), context.translate(SPACES), tagged)
    if request_type is RequestType.COURSE_DATA:
        grammar = grammar_changes(subject, text, context, code, name)
        changes = claimed(text, read_changes(text, grammar, code, reading) if tagged else grammar, code, name)
        pairs = tuple((change.field, change.value) for change in changes)
        return RequestFields(course_code=code, course_name=name, changes=pairs), tuple(c.reason() for c in changes)
    announcement = extract_announcement(subject, text, reference, has_course=bool(code or name), context=context)
    if announcement.scope == "site":
        code = name = None
    name = name or announcement.placed_course
    fields = RequestFields(
        course_code=code,
        course_name=name,
        title=announcement.title,
        text=announcement.text,
        scope=announcement.scope,
        publish_at=announcement.publish_at,
    )
    return fields, ()
