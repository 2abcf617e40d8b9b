"""A grammar of course-data change requests: field cue, change verb or delimiter, then a value of that field's shape.

Each found value keeps the cue and the span it was read from. A value that does not have its field's shape (a
credit count that is not a number, a class that is not a class code) is not claimed: precision first."""

from __future__ import annotations

import re

from daemon.classify.asked_columns import asked_columns
from daemon.classify.asking import held_fields, not_yet, supposed
from daemon.classify.became_value import became_value
from daemon.classify.change_at_cue import find_change_at
from daemon.classify.change_words import (
    BY_VERB,
    WRITER_ROLE_AFTER,
    cue_field_name,
    cue_field_start,
    cues,
    is_old_side,
)
from daemon.classify.changes_by_shape import shaped_without_cue
from daemon.classify.class_moved import moved_to_class
from daemon.classify.class_taught import taught_class
from daemon.classify.class_we_are import class_we_are
from daemon.classify.connector_value import line_of
from daemon.classify.coordinated import coordinated, respectively
from daemon.classify.corrected_later import after_old_value, corrected_later
from daemon.classify.course_block import identifies_the_course
from daemon.classify.field_named_elsewhere import field_named_before, field_named_in_subject
from daemon.classify.field_value_list import field_value_list
from daemon.classify.found_change import FoundChange
from daemon.classify.headed_records import old_spans, record_changes
from daemon.classify.headed_rows import table_changes
from daemon.classify.lecturer_added import added_namely, added_with_colon, successor_named
from daemon.classify.lecturer_is_writer import writer_named_in_brackets, writer_teaches_now
from daemon.classify.lecturer_marked_new import marked_new_in_list, new_one_in_apposition, replaced_by_person
from daemon.classify.lecturer_placed import put_as_lecturer
from daemon.classify.lecturer_self_added import writer_added
from daemon.classify.lecturer_told import assigned_by_letter, lecturer_is, lecturer_told, replaces_the_writer
from daemon.classify.markdown_labels import plain_labels
from daemon.classify.mentioned_only import only_mentioned
from daemon.classify.name_corrected import misspelt_name_corrected
from daemon.classify.named_now import named_now
from daemon.classify.old_new_lines import old_new_lines
from daemon.classify.placed_changes import renamed_elsewhere, replaced_with, runs_in_semester
from daemon.classify.record_says import record_gives
from daemon.classify.reverted import reverted
from daemon.classify.settings_screen import settings_screen
from daemon.classify.shown_as import shown_as
from daemon.classify.signed_off import signed_off
from daemon.classify.still_shows import still_shows
from daemon.classify.still_then_right import still_then_right
from daemon.classify.summary_below import summary_below
from daemon.classify.tables import read_table_rows
from daemon.classify.value_at import SHAPE_ALONE
from daemon.classify.value_basics import SPACES, clean_value
from daemon.classify.value_first import value_first
from daemon.classify.values import VALUE_READERS
from daemon.classify.wording import sentence_around, unwrap


def _says_who_teaches(change: FoundChange) -> bool:
    """ "Kelas ini diampu oleh Pak Joko", "the course is taught by Dr. Okafor": who teaches may be the current
    lecturer or the new one in passing; a later explicit request for the lecturer says which ("Mohon dosennya
    diganti menjadi Sinta Dewi, M.T.", "... diganti menjadi Rahmat Hidayat, S.T., M.Kom.")."""
    return change.field == "lecturer" and bool(BY_VERB.search(change.cue))


# "still lists the old teacher in the course summary box. Please change it to Dr. X": a field named as the place
# where something shows ("in the summary", "di kolom deskripsi") is not the field asked to change.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|on|inside|within|di|pada|dalam)\s+(?:(?:the|its|this|that|my|our|bagian|kolom|kotak|halaman|"
    r"menu|course|mk|matkul)\s+){0,3}$",
    re.IGNORECASE,
)


def _qualifies(flat: str, field: str, cue: re.Match[str], change: FoundChange) -> bool:
    """ "kode singkat MK X kelas TI-1C tolong diganti jadi PD-1C": a cue with a value of its own right after it
    ("kelas TI-1C", "semester 4"), after another field's cue in its sentence, says which one; that field's change is
    asked. Only a class or a semester, whose value is known by its shape."""
    if field not in SHAPE_ALONE:
        return False
    own = VALUE_READERS[field](flat, cue.end(), min(len(flat), cue.end() + 40))
    sentence_start = sentence_around(flat, cue.start())[0]
    return (
        own is not None
        and not flat[cue.end() : own[1] - len(own[0])].strip()
        and clean_value(own[0]) != change.value
        and any(other != field for other, _ in cues(flat[sentence_start : cue.start()]))
    )


_UNTICKED = re.compile(r"(?:\[[ \t]?\]|☐|□|\([ \t]?\))[ \t]*$")
_GENERIC_CUE = re.compile(r"kode(?:nya)?|code", re.IGNORECASE)


MAX_CUES = 150


def _from_text(flat: str, course_code: str | None) -> dict[str, FoundChange]:
    """Each cue looks for its own connector and value; when two cues reach the same value ("saya dosen ...; kode
    menjadi AKM2201"), the cue nearer to it wins, unless it only names where something shows."""
    # A request names a few fields; thousands of field words are a pasted list or hostile mail, and each cue
    # searches the text after it, so only the first ones are read.
    found_cues = cues(flat)[:MAX_CUES]
    # Ranked by (names what changes rather than where it shows, cue start): the higher rank wins an overlap.
    candidates: list[tuple[tuple[bool, bool, bool, int], FoundChange]] = []
    for field, cue in found_cues:
        # "Jenis perubahan: [x] Nama MK  [ ] Dosen  [ ] Kelas": a field whose box is left empty is not asked.
        if _UNTICKED.search(flat, max(0, cue.start() - 6), cue.start()):
            continue
        if field == "lecturer" and WRITER_ROLE_AFTER.match(flat, cue.end()):
            continue
        change = after_old_value(flat, field, cue) if is_old_side(cue) else find_change_at(flat, field, cue)
        if change is None or (field == "shortname" and course_code and change.value.upper() == course_code.upper()):
            continue
        # A row of a table with three or more cells is the table reader's: read by its cue, the bar before the
        # old value would look like a label ("Dosen pengampu | Budi Santoso | Ratna Dewi").
        if line_of(flat, change.start).count("|") >= 2:
            continue
        cue_start = cue_field_start(cue)
        # "enrolment course tersebut diperbaharui dengan kode: X": a bare "kode" repeats the field named before it.
        specific = not _GENERIC_CUE.fullmatch(cue.group(cue_field_name(cue)))
        shown_in = bool(_PLACE_BEFORE.search(flat, max(0, cue_start - 40), cue_start))
        candidates.append(((not shown_in, not _qualifies(flat, field, cue, change), specific, cue_start), change))
    kept: list[tuple[tuple[bool, bool, bool, int], FoundChange]] = []
    for rank, change in candidates:
        rivals = [other_rank for other_rank, other in candidates if other is not change and change.overlaps(other)]
        if any(other_rank > rank for other_rank in rivals):
            continue
        kept.append((rank, change))
    found: dict[str, FoundChange] = {}
    for row in read_table_rows(flat, cues):
        # "Kode MK | MB2104": a row that gives the course's own code says which course, as a cue's value does.
        if not (row[0] == "shortname" and course_code and row[1].upper() == course_code.upper()):
            found.setdefault(row[0], FoundChange(*row))
    # Rows and labelled lines under headings that say field and side ("Nama MK Baru", "Short name baru").
    for change in [*table_changes(flat), *record_changes(flat)]:
        found.setdefault(change.field, change)
    current = old_spans(flat)
    # A field's value after a change verb wins over a bare labelled one ("Nama MK : X ... mohon diubah menjadi Y").
    asked_elsewhere = any(not change.weak for _, change in kept)
    # "Bukan IF3201 tapi IF3210 ya. Yang diganti tetep shortname jadi DATMIN-A": a bare "kode" may be the course's
    # own code, corrected; a field named by its specific cue wins over it.
    for _, change in sorted(
        kept, key=lambda kept_change: (kept_change[1].weak, not kept_change[0][2], kept_change[1].start)
    ):
        if only_mentioned(flat, change, asked_elsewhere) or any(s <= change.start < e for s, e in current):
            continue
        if not (change.weak and course_code and identifies_the_course(flat, change, course_code, asked_elsewhere)):
            earlier = found.setdefault(change.field, change)
            if earlier is not change and not change.weak and _says_who_teaches(earlier):
                found[change.field] = change
    for change in shaped_without_cue(flat, found, {field for field, _ in found_cues}):
        if not only_mentioned(flat, change, asked_elsewhere):
            found[change.field] = change
    return found


# "dipindah ke semester Genap 2025/2026" in the subject, "ke kategori semester genap" in the text: two readings
# that agree, one the fuller form of the other (the year, the titles around a name); the fuller one is kept.
_COMPLETED = frozenset({"semester", "lecturer"})


def _fuller(value: str, change: FoundChange) -> bool:
    shorter = change.value.casefold()
    return (
        change.field in _COMPLETED
        and len(value) > len(shorter)
        and bool(re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", value.casefold()))
    )


_ANNOUNCING = re.compile(
    r"\b(?:pengumuman|announcement|announce|(?:di)?umumkan|diinfokan|infokan|posting(?:kan)?|dipasang(?:kan)?|"
    r"ditayangkan)\b",
    re.IGNORECASE,
)
_TOLD = re.compile(r"(?:new value named: |taken over by|replacing another|by its shape)", re.IGNORECASE)


def find_changes(text: str, course_code: str | None = None, subject: str = "") -> tuple[FoundChange, ...]:
    """Every field -> new value the text asks for, in reading order; at most one value per field. The subject
    completes what the text does not say (its spans count from the subject's start)."""
    # A no-break space (Gmail's plain text of an "&nbsp;") is a space: one character for one, offsets stay.
    flat = plain_labels(unwrap(text.translate(SPACES)))
    subject = subject.translate(SPACES)
    if not_yet(flat):
        return ()
    found = {
        field: change for field, change in _from_text(flat, course_code).items() if not supposed(flat, change.start)
    }
    put = (
        None
        if "lecturer" in found
        else put_as_lecturer(flat)
        or lecturer_told(flat)
        or lecturer_is(flat)
        or assigned_by_letter(flat)
        or replaces_the_writer(flat)
        or added_with_colon(flat)
        or added_namely(flat)
        or successor_named(flat)
        or writer_added(flat)
        or writer_teaches_now(flat)
        or writer_named_in_brackets(flat)
        or marked_new_in_list(flat)
        or replaced_by_person(flat)
        or new_one_in_apposition(flat)
    )
    if put and not supposed(flat, put.start) and not any(put.overlaps(other) for other in found.values()):
        found["lecturer"] = put
    swapped = replaced_with(flat, set(found))
    if swapped and not supposed(flat, swapped.start) and not any(swapped.overlaps(other) for other in found.values()):
        found[swapped.field] = swapped
    moved = None if "class" in found else moved_to_class(flat) or taught_class(flat) or class_we_are(flat)
    if moved and not supposed(flat, moved.start) and not any(moved.overlaps(other) for other in found.values()):
        found["class"] = moved
    runs = None if "semester" in found else runs_in_semester(flat)
    if runs and not supposed(flat, runs.start) and not any(runs.overlaps(other) for other in found.values()):
        found["semester"] = runs
    renamed = None if "fullname" in found else renamed_elsewhere(flat) or named_now(flat) or still_shows(flat)
    if renamed and not supposed(flat, renamed.start):
        found["fullname"] = renamed
    if (right := still_then_right(flat)) and right.field not in found:
        found[right.field] = right
    if (given := record_gives(flat)) and given.field not in found:
        found[given.field] = given
    if "summary" not in found and (below := summary_below(flat)) and not supposed(flat, below.start):
        found["summary"] = below
    if (became := became_value(flat, set(found))) and not supposed(flat, became.start):
        found[became.field] = became
    # "Mohon dibuatkan pengumuman ...: mulai pertemuan 3, perkuliahan diampu oleh X": who teaches, said in the text
    # of an announcement asked for, is news for students, not a change asked of the helpdesk.
    if _ANNOUNCING.search(flat) or _ANNOUNCING.search(subject):
        found = {field: change for field, change in found.items() if not _TOLD.match(change.cue)}
    # "Hormat saya,\nDosen Pengampu: Dr. X": a labelled line under the closing signs the mail, it asks for nothing.
    found = {
        field: corrected
        for field, change in found.items()
        if not (change.weak and signed_off(flat, change.start)) and (corrected := corrected_later(flat, change))
    }
    for change in coordinated(flat, found):
        if not supposed(flat, change.start):
            found[change.field] = change
    # "masing-masing menjadi X dan Y": values listed in the order of their fields, never one run-together value.
    listed, listed_at = respectively(flat)
    if listed_at:
        found = {field: change for field, change in found.items() if not listed_at[0] <= change.start < listed_at[1]}
    found |= {change.field: change for change in listed if not supposed(flat, change.start)}
    for change in settings_screen(flat, set(found)):
        found[change.field] = change
    for change in shown_as(flat, set(found)):
        found[change.field] = change
    # A pair of old/new lines another field's change was read from is that field's ("Data yang diubah: Kelas").
    if (lines := old_new_lines(flat, subject, set(found))) and not any(
        lines.overlaps(other) for other in found.values()
    ):
        found[lines.field] = lines
    # "yang kemarin diganti jadi X, tolong dikembalikan ke semula: Y": the revert is the last word on its field.
    if (back := reverted(flat)) and not supposed(flat, back.start):
        found[back.field] = back
    for change in field_value_list(flat, set(found)):
        found[change.field] = change
    for change in asked_columns(flat, set(found)):
        found[change.field] = change
    # A value set apart and said to be the new one outweighs a bare labelled reading of its field.
    for change in value_first(flat, {field for field, change in found.items() if not change.weak}):
        found[change.field] = change
    if not found:
        # (a value the writer corrects a sentence later is corrected there too: "jadi X ye. Eh maaf, maksud saya Y")
        found = {
            field: corrected
            for field, change in (field_named_in_subject(flat, subject) or field_named_before(flat)).items()
            if (corrected := corrected_later(flat, change))
        }
        if not found and (name := misspelt_name_corrected(flat)):
            found = {name.field: name}
    found = {field: change for field, change in found.items() if field not in held_fields(flat)}
    for field, change in _from_text(subject, course_code).items():
        if field not in found or _fuller(change.value, found[field]):
            found[field] = FoundChange(field, change.value, f"subject, {change.cue}", change.start, change.end)
    return tuple(sorted(found.values(), key=lambda change: change.start))
