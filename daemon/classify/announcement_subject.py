"""Read an announcement's title where the writer names it as a subject: the mail's subject line ("Pengumuman: X",
"[INFO] X", "Pengumuman Libur Hari Raya Nyepi"), a body that points to it ("judul sesuai subjek"), a letter's
"Perihal:" / "Hal:" line, and what a notice is said to be about ("pengumuman tentang X")."""

from __future__ import annotations

import re

from daemon.classify.announcement_cued import capitalised_run
from daemon.classify.announcement_lines import (
    MOMENT_START,
    SUBJECT_REFERENCE,
    SUBJECT_REQUEST,
    SUBJECT_TAGS,
    SUBJECT_TITLE,
    TRAILING_CODE,
    announcement_body,
    clean_title,
    looks_like_title,
)
from daemon.classify.wording import sentence_end, unwrap


def _names_course(run: str, text: str) -> bool:
    """Whether the text names a course by these words ("kelas Animasi 3D", "Fisika Dasar (FI1101)")."""
    course = r"(?i)\b(?:kelas|course|mk|matkul|mata\s?kuliah|class|module)\s+" + re.escape(run)
    return bool(re.search(course + r"|" + re.escape(run) + r"(?:\s*\(|\s+(?i:course|class|module)\b)", text))


def subject_named(text: str, subject: str) -> tuple[str | None, str | None, int] | None:
    """The body says the subject line is the title ("judul sesuai subjek", "the subject of this email")."""
    reference = SUBJECT_REFERENCE.search(text)
    title = SUBJECT_REQUEST.sub("", SUBJECT_TAGS.sub("", subject)).strip()
    if reference is None or not looks_like_title(title):
        return None
    end = sentence_end(unwrap(text), reference.start())
    return clean_title(title), announcement_body(text[end + 1 :]), reference.start()


# "Pengumuman Libur Hari Raya Nyepi", "Notice Library Closed": the notice's word, then a title in title case; or the
# ask to announce it ("Please announce Student Exchange Info Session", "Mohon umumkan Pelatihan Proposal PKM")
_NOTICE_WORD = re.compile(
    r"(?i)^(?:(?:please|pls|kindly|mohon|mhn|tolong|tlg)\s+)?(?:pengumuman|announcement|notice|info(?:rmasi)?|"
    r"announce|publish|umumkan|diumumkan|tayangkan|ditayangkan)\s+(?:(?:the|our)\s+)?(?!(?:tentang|mengenai|perihal|"
    r"terkait|about|on|regarding|untuk|for|di|ke|dari)\b)(\S.*)$"
)


def subject_title(subject: str, text: str = "") -> str:
    """The title a subject line (or a letter's "Perihal:") names, or ""."""
    subject = subject.strip()
    found = SUBJECT_TITLE.search(subject) or SUBJECT_TITLE.search(SUBJECT_TAGS.sub("", subject))
    named = TRAILING_CODE.sub("", next((group for group in found.groups() if group), "")) if found else ""
    if not named and (notice := _NOTICE_WORD.match(SUBJECT_TAGS.sub("", subject))):
        run = TRAILING_CODE.sub("", notice.group(1)).strip()
        # "Pengumuman Fisika Dasar" above "... Fisika Dasar (FI1101)" or "di kelas Animasi 3D" names the course
        course = _names_course(run, text)
        named = run if capitalised_run(run) == run and len(run.split()) >= 2 and not course else ""
    return named if looks_like_title(named) else ""


def letter_subject(text: str) -> tuple[str | None, str | None, int] | None:
    """A letter's subject line names the announcement as a subject would ("Perihal: Penayangan Pengumuman X")."""
    for line in re.finditer(
        r"(?im)^[ \t]*(?:perihal|hal|subject|subjek|re|regarding)[ \t]*[:.][ \t]*(\S[^\n]*)$", text
    ):
        named = subject_title(line.group(1), text) or _plain_subject(line.group(1).strip())
        if named:
            return clean_title(named), announcement_body(text[line.end() :]), line.start()
    return None


# "pengumuman tentang Perubahan Jadwal UTS", "an announcement about Lab Closure During Eid": what it is about, in
# title case, names it; not a course ("pengumuman tentang Basis Data (IF2101)"), and not a day ("notice on Monday")
_ABOUT = re.compile(
    r"(?i)\b(?:pengumuman|announcement|notice|info(?:rmasi)?|berita)\s+(?:tentang|mengenai|terkait|perihal|soal|about|"
    r"regarding|concerning)\s+(?=[A-Z0-9])"
)


def about_title(text: str) -> tuple[str | None, str | None, int] | None:
    for about in _ABOUT.finditer(text):
        run = capitalised_run(text[about.end() :].split("\n", 1)[0])
        if not run or len(run.split()) < 2 or MOMENT_START.match(run):
            continue
        course = _names_course(run, text)
        if not course and looks_like_title(run):
            end = about.end() + len(run)
            return clean_title(run), announcement_body(text[end:].lstrip(" .,;\n")), about.start()
    return None


# the request a letter's subject line may name instead of the notice ("Hal: Permohonan Penayangan Pengumuman")
_REQUEST_WORDS = re.compile(
    r"(?i)\b(?:permohonan|permintaan|mohon|penayangan|publikasi|pemasangan|pengumuman|request|publication|posting|"
    r"bantuan|lampiran|surat|nomor)\b"
)


def _plain_subject(value: str) -> str:
    """ "Hal: Libur Hari Raya Nyepi": a letter's subject in title case that asks for nothing is the notice's own."""
    run = TRAILING_CODE.sub("", value).strip()
    plain = capitalised_run(run) == run and len(run.split()) >= 2 and not _REQUEST_WORDS.search(run)
    return run if plain and looks_like_title(run) else ""


# Words that make a subject line about the mail rather than the notice ("Reminder for Technical Writing", "Draf
# pengumuman KRS", "Notice for the front page").
_ABOUT_THE_MAIL = re.compile(
    r"(?i)\b(?:pengumuman|pengingat|announcement|announce|notice|reminder|message|pesan|memo|surat|letter|"
    # a sender's office named as the subject ("Biro Akademik Politeknik Negeri Batam")
    r"biro|sekretariat|direktorat|secretariat|info(?:rmasi|rmation)?|draft?|titip|"
    r"request|permintaan|permohonan|mohon|tolong|please|pls|help|bantuan|fwd?|re|tayang\w*|publish\w*|post(?:ing|ed|kan)?)\b"
)


def subject_alone(subject: str, text: str) -> str:
    """A subject line in title case that asks nothing and names no course ("Field Trip to Batamindo Postponed") is
    the notice's title when the body names none."""
    run = SUBJECT_TAGS.sub("", subject).strip()
    # a course's code after the title is not part of it; a room's ("Pindah ke Ruang GU 702") is
    code = TRAILING_CODE.search(run)
    if code and re.search(r"[A-Z]{2,5}[- ]?\d{3,4}", code.group(0)) and code.group(0).strip(" -\u2013()[]") in text:
        run = run[: code.start()].strip()
    plain = capitalised_run(run) == run and len(run.split()) >= 3 and looks_like_title(run)
    if not plain or _ABOUT_THE_MAIL.search(run) or MOMENT_START.match(run):
        return ""
    # "Message for Industrial Robotics", "Info untuk Basis Data": what follows "for" may name the course
    for_course = re.search(r"(?i)\b(?:for|untuk|utk|buat|bagi)\s+(\S.*)$", run)
    return "" if _names_course(run, text) or (for_course and _names_course(for_course.group(1), text)) else run
