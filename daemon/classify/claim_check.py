"""The last check every reader's change value passes before it is claimed: the field's shape, its place, the
writer's later word; a value in doubt is left for the requester to give (precision first)."""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.classify.another_course import for_another_course
from daemon.classify.asking import NOT_SETTLED
from daemon.classify.change_connectors import THINKING_OF
from daemon.classify.claim_context import (
    for_a_meeting,
    opens_a_course_mention,
    opinion_asked,
    placeholder_or_role,
    says_old_value,
    waits_on_condition,
    without_glued_thanks,
    without_leave_to_edit,
)
from daemon.classify.claim_postscript import corrected_in_postscript
from daemon.classify.claim_trailer import without_assistant, without_dashes_at_end, without_writers_sentence
from daemon.classify.connector_value import SHAPED
from daemon.classify.course_code_shapes import compact
from daemon.classify.found_change import FoundChange
from daemon.classify.lecturer_leaving import named_as_leaving
from daemon.classify.lecturer_team import team_value
from daemon.classify.letter_lines import without_place_and_date
from daemon.classify.offer_answered import chosen_after_offer
from daemon.classify.proposed_by_other import proposed_by_other
from daemon.classify.said_done import not_asked_now
from daemon.classify.starred_fix import starred_fix
from daemon.classify.value_at import value_at
from daemon.classify.value_basics import SPACES
from daemon.classify.value_ends import before_gesture, boundary_in_doubt, inside_quotes, titles_only
from daemon.classify.wording import LIST_MARK, sentence_around, unwrap
from parsers.sign_off import CLOSING

# Read elsewhere than the text's own lines: their spans do not count in the text.
_ELSEWHERE = ("subject, ", "answer under a quoted question", "confirmed from the quoted mail")

# "*Statistika Bisnis Terapan*", "_Thermo-B27_": Gmail's plain text of bold or italic marks the value, the marks
# are not the value's.
_EMPHASIS = re.compile(r"([*_])(\S(?:.*?\S)?)\1")

# "DB2-2026", "ETPROF-KWU", "MK26-301": one token with a digit, or capitals joined by hyphens, is a code; a course's
# full name is words ("e-Business" and "Kalkulus 2" stay names).
_CODE_SHAPED = re.compile(
    r"(?=[\w.-]*\d)(?=[\w.-]*[A-Za-z])[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)+|[A-Za-z]{1,8}\d[A-Za-z0-9]*|"
    r"[A-Z0-9]{2,}(?:[-_.][A-Z0-9]{2,})+"
)
# "Penambangan Data Kelas TI-3A", "... Berbasis Risiko Sebagaimana Tertera Dalam SK", "... Costing Kind regards": a
# course's full name holds no class code, no reason or time it applies from, and no closing; what follows is the
# writer's.
_NAME_TAIL = re.compile(
    r"[ \t]+(?:(?:Kelas|Class|Kls|Section|Rombel|Group)[ \t]+[A-Z]{1,5}[ -]?\d|(?i:sesuai|sebagaimana|berdasarkan|"
    r"mengikuti|menurut|mulai|sejak|terhitung|effective|starting|as[ \t]+per|karena|krn|dikarenakan|soalnya|supaya|"
    rf"biar|because|so[ \t]+that)\b|(?i:{CLOSING})\b)"
)
# "... Applied Physics Best, Anna": a one-word closing and its comma on the value's line, too.
_CLOSING_STARTS = re.compile(r"[ \t]+(?:Kind|Best|Warm|Many|Cheers|Regards|Thanks|Thx|Salam)$")
_CLOSING_GOES_ON = re.compile(r"[ \t]*(?:(?:regards|thanks|wishes)\b|[,!])", re.IGNORECASE)
# "DIUBAH MENJADI SISTEM TENAGA ...": a connector written in capitals, read as the name's first word.
_CONNECTOR_FIRST = re.compile(r"(?:menjadi|jadi|mjd|jd|ke|to|into|dengan|with)[ \t]+", re.IGNORECASE)

# "sort name", "shrt name", "nama singkat", "nama pendek": the short name asked under a cue that holds "name".
_SHORT_NAMED = re.compile(
    r"\b(?:s(?:h)?o?r?t[\s-]?name|shrt[\s-]?name|nick[\s-]?name|nama\s+(?:singkat|pendek)|singkatan)\b", re.IGNORECASE
)
_FULL_NAMED = re.compile(r"\b(?:full[\s-]?name|fulname|nama\s+(?:lengkap|panjang)|judul)\b", re.IGNORECASE)

# "Nama : Bambang Irawan / NIDN : ... / Unit : ...": a web form's or a letter's identity block names the writer.
_NAME_LINE = re.compile(r"[ \t]*(?:Nama(?:[ \t]+(?:Lengkap|Pemohon|Pengirim|Dosen))?|(?:Full[ \t]+)?Name)[ \t]*[:：]")
_IDENTITY_LINE = re.compile(
    r"[ \t]*(?:NIP|NIDN|NIDK|NIK|NIM|NUPTK|E-?mail|Surel|No\.?[ \t]*(?:HP|Telp|WA|Hp)|HP|Telp\w*|Telepon|WA|"
    r"WhatsApp|Unit|Unit[ \t]+Kerja|Jabatan|Department|Departemen|Requester|Pemohon|Program[ \t]+Studi|Prodi|"
    r"Jurusan|Phone|Position)[ \t]*[:：]",
    re.IGNORECASE,
)
# "Saya, Nur Aini, M.Kom., dosen pengampu ...", "I, Dr. Ortiz, ...", "My name is X": a sentence that opens with the
# writer introducing themself ("Mohon nama saya, X, dicantumkan sebagai pengampu" asks for the writer instead).
_INTRODUCES_SELF = re.compile(
    r"^[ \t]*(?:saya|aku|I|perkenalkan,?(?:[ \t]+saya)?|my[ \t]+name[ \t]+is|I[ \t]+am|I'm)[ \t]*+,?[ \t]*$",
    re.IGNORECASE,
)
# "jadi MATEK-1 atau MTK-TE1", "to Harbour-42 or Harbour-24": two options; the writer has not chosen.
_OPTION_AFTER = re.compile(r"[ \t]*+,?[ \t]*(?:atau|or|ataupun|/)[ \t]+\S", re.IGNORECASE)
_OPTION_WORD_AFTER = re.compile(r"[ \t]*+,?[ \t]*(?:atau|or|ataupun)[ \t]+\S", re.IGNORECASE)
# "to Engine2027.Thanks a lot": typed on a phone, the next sentence starts right after the value's last mark.
_GLUED_SENTENCE = re.compile(
    r"[.!,;](?=(?:thanks?|thank|thx|tks|terima|makasih|trims|regards|salam|cheers|mohon|tolong|please|pls)(?![a-z]))",
    re.IGNORECASE,
)
# "Nama MK lama/baru: A / B", "Old/new course name: A / B": the old and the new name in one slashed pair.
_SLASHED = re.compile(r"[ \t]/[ \t]")
_OLD_NEW_PAIR = re.compile(
    r"\b(?:lama|old|semula|sebelum(?:nya)?|current|sekarang|from)[ \t]*/[ \t]*(?:baru|new|menjadi|sesudah(?:nya)?|"
    r"proposed|to)\b",
    re.IGNORECASE,
)
# "Andika Pratama, S.Kom., M.Kom. NIP. 1991...", "Dr. Kevin Aldridge, NIDN 0412...": a staff number's label read as a
# degree in capitals; the name ends before it (with the period its last degree keeps).
_STAFF_NUMBER = re.compile(r",?[ \t]+(?:NIP|NIDN|NIDK|NIK|NUPTK|NIM|NRP|ID)\.?$")
# "MIKRO-2A (untuk kelas pagi) dan MIKRO-2B (untuk kelas malam)": a second value of the same field after the first.
_SECOND_VALUE = re.compile(r"[ \t]*+(?:\([^()\n]{0,60}\))?[ \t]*+,?[ \t]*(?:dan|and|&|atau|or|/|serta)[ \t]+")
# "Penambangan Data Terapan atau Analitik Data": two names offered.
_OPTIONS_INSIDE = re.compile(r"[ \t](?:atau|or|ataupun)[ \t]+[A-Z]")
# "... jadi Pak Hasan Basri? Tapi saya masih belum yakin", "... to QC-Sept27. This is still to be confirmed": the
# writer's doubt said right after the value.
_DOUBT_AFTER = re.compile(
    rf"\b(?:{NOT_SETTLED}|belum\s+yakin|masih\s+(?:ragu|bingung|dicek|dikonfirmasi|dibahas)|"
    r"menunggu\s+(?:keputusan|konfirmasi|persetujuan)|(?:nanti|akan)\s+(?:saya|kami)\s+(?:kabari|konfirmasi|pastikan)|"
    r"(?:still\s+)?to\s+be\s+(?:confirmed|decided)|tbc|tentative|(?:I|we)\s+will\s+(?:confirm|email\s+again|let\s+you\s+know))\b",
    re.IGNORECASE,
)
_DOUBT_REACH = 90
_NEXT_ITEM = re.compile(rf"\n[ \t]*{LIST_MARK}[ \t]")
# "Rojali Marzuki, S.E., M.M.": a degree written with its dots after the value; a class or a code after a comma is
# not one ("Basis Data, TI-2A"), nor a word of address ("..., Pak.").
_TITLE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:Ph\.[ \t]?D\.?|(?:[SMDB]|A\.?Md|Sp)\.[A-Z][A-Za-z]{0,5}\.?)(?=[\s,;)]|$)")


def _is_the_course(value: str, name: str | None) -> bool:
    """ "Dinamika Teknik" for the course Dinamika: a name that opens with the course's own is no person's."""
    return bool(name) and value.casefold().startswith(str(name).casefold())


def _span_in_text(change: FoundChange) -> bool:
    return not change.cue.startswith(_ELSEWHERE)


def _line_at(flat: str, position: int) -> tuple[int, int]:
    start = flat.rfind("\n", 0, position) + 1
    end = flat.find("\n", position)
    return start, len(flat) if end < 0 else end


def _in_identity_block(flat: str, change: FoundChange) -> bool:
    start, end = _line_at(flat, change.start)
    if not _NAME_LINE.match(flat, start):
        return False
    lines = flat[: max(0, start - 1)].split("\n")[-3:] + flat[end + 1 :].split("\n")[:3]
    return any(_IDENTITY_LINE.match(line) for line in lines)


def _without_tail(flat: str, change: FoundChange) -> str:
    value = change.value
    if connector := _CONNECTOR_FIRST.match(value):
        value = value[connector.end() :]
    if tail := _NAME_TAIL.search(value):
        value = value[: tail.start()]
    # The reader's span may hold the closing's lower-case word the value left out ("... Costing Kind regards").
    after = change.start + len(change.value) if flat.startswith(change.value, change.start) else change.end
    goes_on = _span_in_text(change) and _CLOSING_GOES_ON.match(flat, after)
    if goes_on and (closing := _CLOSING_STARTS.search(value)):
        value = value[: closing.start()]
    return value.strip()


def _two_values(flat: str, change: FoundChange) -> bool:
    if change.field == "fullname":
        return bool(_OPTIONS_INSIDE.search(change.value))
    second = _SECOND_VALUE.match(flat, change.end)
    return (
        change.field in SHAPED
        and second is not None
        and (read := value_at(flat, change.field, second.end(), min(len(flat), second.end() + 60))) is not None
        and read.value != change.value
    )


def _doubted_after(flat: str, change: FoundChange) -> bool:
    paragraph_end = flat.find("\n\n", change.end)
    reach = min(change.end + _DOUBT_REACH, len(flat) if paragraph_end < 0 else paragraph_end)
    # "- Lecturer -> to be confirmed" under "- Short name -> X": a later item's doubt is its own.
    if next_item := _NEXT_ITEM.search(flat, change.end, reach):
        reach = next_item.start()
    return bool(_DOUBT_AFTER.search(flat, change.end, reach))


def _code_shaped(value: str) -> bool:
    return " " not in value and bool(_CODE_SHAPED.fullmatch(value))


def _same_code(value: str, code: str | None) -> bool:
    if not code:
        return False
    return compact(value) == compact(code)


def _checked(flat: str, change: FoundChange, code: str | None, name: str | None) -> FoundChange | None:
    value = change.value
    if emphasis := _EMPHASIS.fullmatch(value):
        change = replace(change, value=emphasis.group(2))
        value = change.value
    change = before_gesture(inside_quotes(change))
    value = change.value
    if not value or titles_only(change):
        return None
    trimmed = without_glued_thanks(without_writers_sentence(without_leave_to_edit(change)))
    if trimmed is not None and _span_in_text(trimmed):
        trimmed = without_place_and_date(flat, without_dashes_at_end(without_assistant(flat, trimmed)))
    if trimmed is None:
        return None
    change = trimmed
    value = change.value
    if change.field == "fullname":
        value = _without_tail(flat, change)
        if not value:
            return None
        change = replace(change, value=value)
    if change.field in {*SHAPED, "fullname"} and (glued := _GLUED_SENTENCE.search(value)):
        value = value[: glued.start()]
        change = replace(change, value=value, end=change.start + len(value))
    if change.field in ("shortname", "enrolment_key") and _same_code(value, code):
        return None
    # "Kode Mata Kuliah : K3L 2101" read as "K3L": the course's own code, cut at its space.
    if change.field == "shortname" and code and code.upper().startswith(value.upper()) and len(value) < len(code):
        return None
    # "Nama Mata Kuliah : Keselamatan dan Kesehatan Kerja" beside "SKS : 2": a bare labelled name that is the course's
    # current one names the course (after a change verb, the same words may be the new name the name reader took).
    if change.field == "fullname" and change.weak and name and value.casefold() == name.casefold():
        return None
    if not _span_in_text(change):
        return change
    if not_asked_now(flat, change) or says_old_value(change) or opens_a_course_mention(flat, change):
        return None
    if for_another_course(flat, change, code):
        return None
    after = flat[change.end : change.end + 40]
    # "jadi Fisika Terapan atau apa saja yang sesuai": the reader's span may hold the offer its value left out.
    value_end = change.start + len(value) if flat.startswith(value, change.start) else change.end
    offered = _OPTION_WORD_AFTER.match(flat, value_end)
    if not offered and (team := team_value(flat, change)):
        return team
    # Two values offered, or one doubted right after it: the field is asked for, its value is not claimed, so the
    # receipt asks the requester for it ("Mohon lengkapi: nama baru mata kuliah").
    # "I was thinking X": the writer's idea is asked back like an offer, unless a later pick settles it.
    idea = change.cue.startswith(f"{THINKING_OF}:")
    if change.field != "summary" and (idea or offered or _OPTION_AFTER.match(after) or _two_values(flat, change)):
        return chosen_after_offer(flat, change) or replace(
            change, value="", cue=f"two values offered, asked back; {change.cue}"
        )
    if change.field != "summary" and proposed_by_other(flat, change):
        return replace(change, value="", cue=f"proposed by someone else, asked back; {change.cue}")
    if boundary_in_doubt(flat, change):
        return replace(change, value="", cue=f"where the value ends is in doubt, asked back; {change.cue}")
    if placeholder_or_role(change):
        return replace(change, value="", cue=f"a placeholder or a role, asked back; {change.cue}")
    if waits_on_condition(flat, change):
        return replace(change, value="", cue=f"waits on a condition, asked back; {change.cue}")
    if opinion_asked(flat, change):
        return replace(change, value="", cue=f"put forward for an opinion, asked back; {change.cue}")
    if change.field != "summary" and _doubted_after(flat, change):
        return replace(change, value="", cue=f"value in doubt, asked back; {change.cue}")
    # "Advanced Computer Networks / Jaringan Komputer Lanjut" for a course named in two languages across a slash
    # ("Computer Networks / Jaringan Komputer"): one name, written the way the course's is.
    pair = _OLD_NEW_PAIR.search(flat, flat.rfind("\n", 0, change.start) + 1, change.start)
    if change.field == "fullname" and _SLASHED.search(value) and (pair or not (name and _SLASHED.search(name))):
        if not pair:
            return None
        change = replace(
            change, value=_SLASHED.split(value)[-1].strip(), cue=f"the new side of an old/new pair, {change.cue}"
        )
        value = change.value
    if change.field == "fullname":
        if _TITLE_AFTER.match(after) or _in_identity_block(flat, change):
            return None
        if _code_shaped(value):
            before = flat[sentence_around(flat, change.start)[0] : change.start]
            if _SHORT_NAMED.search(before) and not _FULL_NAMED.search(before):
                return replace(change, field="shortname", cue=f"short name by its cue and shape, {change.cue}")
            return None
    if change.field == "lecturer" and (number := _STAFF_NUMBER.search(value)):
        change = replace(change, value=value[: number.start()])
        value = change.value
    sentence_start = sentence_around(flat, change.start)[0]
    if change.field == "lecturer" and _INTRODUCES_SELF.search(flat[sentence_start : change.start]):
        return None
    if change.field == "lecturer" and (
        for_a_meeting(flat, change) or named_as_leaving(flat, change) or _is_the_course(value, name)
    ):
        return None
    return corrected_in_postscript(flat, change)


def claimed(text: str, changes: tuple[FoundChange, ...], code: str | None, name: str | None) -> tuple[FoundChange, ...]:
    """The changes whose values pass their field's checks, at most one per field, in reading order; a field whose
    only value is in doubt is kept without a value (asked of the requester, never guessed)."""
    flat = unwrap(text.translate(SPACES))
    kept: dict[str, FoundChange] = {}
    for change in changes:
        checked = _checked(flat, change, code, name)
        if checked is not None and _span_in_text(checked):
            checked = starred_fix(flat, checked)
        if checked is not None and (checked.field not in kept or (checked.value and not kept[checked.field].value)):
            kept[checked.field] = checked
    return tuple(sorted(kept.values(), key=lambda change: change.start))
