"""Find an announcement's title, text, scope and publish time in the requester's mail (the title and text are read
by announcement_title, the publish time by announcement_time and announcement_relative, the scope by
announcement_scope; here they are put together)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from daemon.classify.announcement_clock_changed import changed_clock
from daemon.classify.announcement_corrected import corrected_moment
from daemon.classify.announcement_lines import ASKING
from daemon.classify.announcement_relative import relative_moment
from daemon.classify.announcement_scope import audience_lines, for_staff, scope_of
from daemon.classify.announcement_time import (
    PUBLISH,
    PUBLISH_AFTER,
    publish_at,
    split_moment,
    subject_publish_at,
)
from daemon.classify.announcement_title import title_and_body
from daemon.classify.clock import WIB
from daemon.classify.course_name_posted import posted_course
from daemon.classify.dates import find_date
from daemon.classify.wording import sentence_end, sentences, unwrap
from parsers.body import answered_between_quotes, opens_earlier_message, thread_text
from parsers.sign_off import CLOSING


@dataclass(frozen=True)
class AnnouncementFields:
    title: str | None
    text: str | None
    scope: str
    publish_at: str | None
    # the course the request names as the notice's place by its name alone ("pasang pengumuman di Fisika Dasar II")
    placed_course: str | None = None


def _quoted_reference(context: str, reference: datetime) -> datetime:
    """When the quoted message was written, from its attribution ("On Thu, 10 Dec 2026 at 19:02, X wrote:") or its
    header block ("Sent: ...", "Dikirim: ..."): its "besok" is the day after that, not after the reply."""
    for line in context.split("\n"):
        line = re.sub(r"^(?:\s*>)+ ?", "", line)
        if not (opens_earlier_message(line) or re.match(r"(?i)\s*(?:sent|dikirim|terkirim|date|tanggal)\s*:", line)):
            continue
        found = find_date(line, reference)
        local = reference.astimezone(WIB).date()
        if found is not None and local - timedelta(days=60) <= found[0] <= local:
            return datetime.combine(found[0], time(12), WIB)
    return reference


def _quoted_title(context: str) -> str | None:
    """The title named in the quoted thread ('to post "X"', "Judul: X") when a reply only answers what was asked
    ("Tomorrow at 9 please"): the thread is about one announcement."""
    thread = unwrap(thread_text(context))
    return title_and_body(thread)[0] if thread.strip() else None


# "**Waktu tayang:** ...", "*Judul:* ...": a label in Markdown or WhatsApp emphasis is read as the label (the marks
# become spaces, so offsets stay)
_EMPHASISED_LABEL = re.compile(r"(?m)^([ \t]*)(\*{1,2}|_{1,2})([^*_\n:]{1,40}:)\2")
# "tayang: **Jumat 9 Okt 2026, 13:00 WIB**": a value in Markdown bold is read as the value
_EMPHASISED = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,80}?)(?<=\S)\1")


def extract_announcement(
    subject: str, text: str, reference: datetime, *, has_course: bool, context: str = ""
) -> AnnouncementFields:
    text = _EMPHASISED_LABEL.sub(lambda label: f"{label.group(1)}{label.group(3)}{' ' * 2 * len(label.group(2))}", text)
    text = _EMPHASISED.sub(
        lambda marked: f"{' ' * len(marked.group(1))}{marked.group(2)}{' ' * len(marked.group(1))}", text
    )
    # A reply's subject names the earlier request ("RE: Library notice"): the title the quoted thread gives comes first.
    title, body, start = title_and_body(text, "" if context else subject)
    answered = title is None and bool(context)
    if answered:
        title = _quoted_title(context) or title_and_body(text, subject)[0]
    # The sentence that names the title may go on to say when it goes out ("berjudul X, dipublikasikan pada ...").
    intro = text[: sentence_end(unwrap(text), start)] if start < len(text) else text
    after = text[start:]
    if title:
        # A day named in the title ("No Class on Friday") is what the text is about, not when it goes out.
        written = re.compile(r"\s+".join(map(re.escape, title.split())))
        intro, after = (written.sub(lambda match: " " * len(match.group(0)), part) for part in (intro, after))
    # A publish time is asked for in the introduction, or in a line after the text ("Jadwal tayang ...").
    publish = publish_at(intro, reference) or publish_at(after, reference, PUBLISH_AFTER)
    if publish is None and len(intro) < len(text):
        # the introduction asks for the day; its next sentence may give the hour alone
        flat = unwrap(text)
        publish = split_moment(flat[: sentence_end(flat, sentence_end(flat, len(intro)) + 1)], reference)
    if publish is None and not context:
        publish = subject_publish_at(subject, reference)
    if publish is None and context:
        publish = changed_clock(text, unwrap(thread_text(context)), reference, _quoted_reference(context, reference))
        # a reply that answers between the quoted questions gives its time there: "> Waktu tayang?" and the answer
        if publish is None and answered_between_quotes(context):
            publish = publish_at(unwrap(thread_text(context)), reference)
    # "tayang H-2 sebelum UAS, pukul 08.00": counted back from the event's day; without an hour, the event's own
    # moment is not when the notice goes out either
    if (relative := relative_moment(text, reference)) is not None:
        if relative.at is not None:
            publish = relative.at
        elif publish and datetime.fromisoformat(publish).date() == relative.event_day:
            publish = None
    if publish:
        publish = corrected_moment(text, publish, reference)
    # Nothing is published days before it was asked for: such a moment was misread ("12/01/2026" from an American
    # pen, a letter's own date), and is not claimed.
    if publish and datetime.fromisoformat(publish) < reference - timedelta(days=1):
        publish = None
    audience = audience_lines(after)
    # A text addressed to all lecturers or staff is not for one course's students, whatever course it links to.
    staff = for_staff(after)
    # "Mohon dipasang di halaman depan ..." under the text asks where it goes, as the introduction would
    asking = " ".join(
        flat[start:end]
        for flat in (unwrap(after),)
        for start, end in sentences(flat)
        if ASKING.search(flat[start:end]) and PUBLISH.search(flat[start:end])
    )
    # a reply that answers in the thread says there who it is for ("> Course tujuan?" and the course below)
    thread = unwrap(thread_text(context)) if answered and answered_between_quotes(context) else ""
    scope = "site" if staff else scope_of(f"{intro} {subject} {audience} {asking} {thread}", has_course)
    placed = posted_course(f"{subject}\n{intro}") if scope == "course" else None
    return AnnouncementFields(title, _for_readers(body), scope, publish, placed)


# A sentence that only thanks or takes leave ("Thank you and have a nice day."); "Thanks to Dr. Rina, the lab stays
# open on Saturday" is the notice's own.
_THANKS_ONLY = re.compile(rf"\s*(?:{CLOSING})\b[^.!?\n]{{0,40}}[.!?]*\s*", re.IGNORECASE)
# Asking the helpdesk to put the notice up, in words no notice says to students ("Mohon mahasiswa dipasangkan dengan
# kelompok" asks the students, and stays). Searched after the first asking word only, once.
_PUBLISH_IT = re.compile(
    r"\b(?:di)?tayang(?:kan)?\b|\bpublish|\bpublikasi|\bdipublikasikan\b|"
    r"\b(?:di)?pasang(?:kan)?(?=\s+(?:di|pada|ke|ya|pengumuman|ini|info)\b)|"
    r"\b(?:put|post|pop|stick|have|get)\s+(?:it|this|the\s+(?:notice|announcement))\s+(?:up|on|online)\b",
    re.IGNORECASE,
)


def _asks_to_publish(sentence: str) -> bool:
    return bool((ask := ASKING.search(sentence)) and _PUBLISH_IT.search(sentence, ask.end()))


def _for_readers(body: str | None) -> str | None:
    """The text without a last paragraph that only asks the helpdesk to publish it or thanks ("Please put it up as
    soon as convenient. Thank you and have a nice day."): students read the notice, not the request for it."""
    if not body:
        return body
    paragraphs = body.split("\n\n")
    while len(paragraphs) > 1 and all(
        _THANKS_ONLY.fullmatch(said) or _asks_to_publish(said)
        for start, end in sentences(paragraphs[-1])
        if (said := paragraphs[-1][start:end]).strip()
    ):
        paragraphs.pop()
    return "\n\n".join(paragraphs)
