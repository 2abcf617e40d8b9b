"""Text built to make a pattern backtrack cannot stall intake: each case took seconds to hours before its fix."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from daemon.classify.announcement import extract_announcement
from daemon.classify.announcement_cued import emoji_break
from daemon.classify.announcement_lines import SUBJECT_REQUEST
from daemon.classify.asked_columns import _JOINED as JOINED
from daemon.classify.asked_columns import asked_columns
from daemon.classify.became_value import became_value
from daemon.classify.change_column import change_column_changes
from daemon.classify.change_connectors import connectors
from daemon.classify.changes import find_changes
from daemon.classify.chasing import chases_the_helpdesk
from daemon.classify.claim_context import (
    opens_a_course_mention,
    opinion_asked,
    placeholder_or_role,
    waits_on_condition,
    without_glued_thanks,
)
from daemon.classify.claim_trailer import without_assistant, without_dashes_at_end, without_writers_sentence
from daemon.classify.class_moved import moved_to_class
from daemon.classify.code_answered import answered_code
from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code
from daemon.classify.course_code_listed import changed_line_code
from daemon.classify.course_code_settled import unsettled_code
from daemon.classify.course_name_lower import lower_case_after_cue
from daemon.classify.course_name_now import named_as_now
from daemon.classify.course_name_posted import posted_course
from daemon.classify.course_name_reverted import reverted_name
from daemon.classify.course_name_shown import shown_name
from daemon.classify.course_named import only_in_course_names
from daemon.classify.evaluation import predict
from daemon.classify.field_value_list import field_value_list
from daemon.classify.fields import extract_fields
from daemon.classify.found_change import FoundChange
from daemon.classify.headed_rows import table_changes
from daemon.classify.in_passing import said_in_passing
from daemon.classify.intent import nothing_to_do
from daemon.classify.lecturer_marked_new import marked_new_in_list, new_one_in_apposition, replaced_by_person
from daemon.classify.lecturer_told import lecturer_is, lecturer_told
from daemon.classify.letter_lines import without_place_and_date
from daemon.classify.made_change import change_reported_made
from daemon.classify.markdown_labels import plain_labels
from daemon.classify.model import RequestType
from daemon.classify.name_tagger import tag_name
from daemon.classify.our_question import asks_for_other_changes
from daemon.classify.own_grade import asks_for_own_grade
from daemon.classify.publishing_asked import asks_to_publish
from daemon.classify.purposes import PURPOSES
from daemon.classify.questions_asked import field_questions, how_to_questions
from daemon.classify.request_under_ask import AskToComplete, ask_to_complete
from daemon.classify.reverted import reverted
from daemon.classify.rules import RULES
from daemon.classify.rules_other import OTHER_RULES
from daemon.classify.said_done import not_asked_now
from daemon.classify.still_then_right import still_then_right
from daemon.classify.taken_back import asked_anew
from daemon.classify.telling import asks_for_work, plan_told_ahead
from daemon.classify.value_blocks import labelled_blocks
from daemon.classify.value_first import value_first
from daemon.classify.value_shapes import SHAPE_READERS
from daemon.classify.values import VALUE_READERS
from daemon.classify.wording import PLACE_AND_DATE_LINE, sentences, unwrap
from daemon.classify.wrong_change import change_made_wrongly
from parsers.automail import ScreeningContext
from parsers.body import split_body
from parsers.chat_lines import without_chat_stamps
from parsers.machine_receipts import system_notice
from parsers.message import parse_message
from parsers.service_notices import service_notice
from parsers.sign_off import cut_signature
from parsers.system_wording import system_wording
from parsers.word_lines import joined_word_lines

# CPU seconds of this process, so a busy machine's other work does not count. Each case below grew faster than its
# input before the commit that mended it (that commit's message gives the timings); now each takes well under this.
BOUND_SECONDS = 5.0


def _credits(text: str) -> object:
    return SHAPE_READERS["credits"](text, 0, len(text))


def _asked_columns(text: str) -> object:
    return asked_columns(text, set())


def _shown_name(text: str) -> object:
    return shown_name(text, "IF2204")


def _course_fields(text: str) -> object:
    return extract_fields(RequestType.COURSE_DATA, "Ubah MK", text, datetime(2026, 11, 30, tzinfo=UTC))


def _course_name(text: str) -> object:
    return find_course_name("", text, "IF2204")


def _course_name_if(text: str) -> object:
    return find_course_name("", text, "IF2202")


def _subject_name(text: str) -> object:
    return find_course_name(text, "", "IF2204")


def _lecturer(text: str) -> object:
    return VALUE_READERS["lecturer"](text, 0, len(text))


def _course_code(text: str) -> object:
    return find_course_code("Ubah MK", text)


def _connectors(text: str) -> object:
    return list(connectors(text, 0, len(text)))


def _value_first(text: str) -> object:
    return value_first(text, set())


def _field_list(text: str) -> object:
    return field_value_list(text, set())


def _name_tagged(text: str) -> object:
    return tag_name("Ubah MK", text)


def _purposes(text: str) -> object:
    return [purpose.reason(text) for purpose in PURPOSES]


def _field_to_value(text: str) -> object:
    return next(rule for rule in RULES if rule.name == "field changed to a value").reason(text)


def _announcement(text: str) -> object:
    return extract_announcement("Pengumuman", text, datetime(2026, 11, 30, tzinfo=UTC), has_course=False)


def _claim_context(text: str) -> object:
    """Every check of claim_context and said_done on a change read at the text's end."""
    value = text.rsplit(" ", 1)[-1]
    change = FoundChange("shortname", value, "changed to", len(text) - len(value), len(text))
    return (
        not_asked_now(text, change),
        waits_on_condition(text, change),
        opinion_asked(text, change),
        without_glued_thanks(FoundChange("fullname", text, "changed to", 0, len(text))),
        placeholder_or_role(FoundChange("lecturer", text, "changed to", 0, len(text))),
    )


def _claim_trailer(text: str) -> object:
    """Every cut of claim_trailer, and the course-mention check, on a value that is the whole text."""
    return (
        without_writers_sentence(FoundChange("summary", text, "changed to", 0, len(text))),
        without_assistant(text, FoundChange("lecturer", text, "changed to", 0, len(text))),
        without_dashes_at_end(FoundChange("fullname", text, "changed to", 0, len(text))),
        opens_a_course_mention(text, FoundChange("enrolment_key", "Kalkulus", "changed to", 0, 8)),
    )


def _office_matter(text: str) -> object:
    return next(rule for rule in OTHER_RULES if rule.name == "another office's matter").reason(text)


def _rule(name: str) -> Callable[[str], object]:
    return next(rule for rule in RULES if rule.name == name).reason


def _in_passing(text: str) -> object:
    return said_in_passing(text, re.compile(r"\b(?:rapat|wifi)\b"))


def _field_questions(text: str) -> object:
    return field_questions("Pengampu", text)


def _how_to(text: str) -> object:
    return how_to_questions("Pertanyaan", text)


def _system_wording(subject: str) -> Callable[[str], object]:
    def read(text: str) -> object:
        raw = f"From: Sistem <s@x.ac.id>\nSubject: {subject}\n\n{text}"
        return system_wording(parse_message(raw.encode()))

    return read


def _service_notice(text: str) -> object:
    raw = f"From: Drive <drive-shares-noreply@google.com>\r\nSubject: x\r\n\r\n{text}\r\n"
    return service_notice(parse_message(raw.encode()))


def _in_course_name(text: str) -> object:
    return only_in_course_names("text", "", text, re.compile(r"\binternship\b"))


def _system_notice(text: str) -> object:
    raw = f"From: x@y.example\r\nSubject: Dokumen\r\nMessage-ID: <h@y.example>\r\n\r\n{text}\r\n"
    return system_notice(parse_message(raw.encode()))


@pytest.mark.parametrize(
    ("read", "text"),
    [
        # quoted-reply markers over blank lines
        pytest.param(split_body, "Mohon ganti nama MK IF201\n" + "\n" * 20_000 + "x", id="blank-lines"),
        pytest.param(split_body, "Mohon ganti nama MK IF201\n" + " \n" * 20_000 + "x", id="space-lines"),
        # digits split every way
        pytest.param(_course_fields, "Dosen pengampu mulai " + "1" * 60 + " x: Budi Santoso", id="digit-run"),
        # thousands of field words, each searching the text after it
        pytest.param(_course_fields, "nama " * 5_000, id="field-words"),
        # values named before their field, none new
        pytest.param(_course_fields, "'x' itu key-nya " * 3_000 + "yang baru", id="value-first"),
        # a run of blanks after a value: each blank was tried as a start (value's end, cell gap, second value)
        pytest.param(
            _course_fields, "Nama MK diubah jadi Fisika Dasar Kind" + " " * 20_000 + "x", id="blank-run-after-value"
        ),
        # a run of blanks between where a course shows and its name, or between a field's course and where it shows
        pytest.param(_course_fields, "di moodle" + " " * 16_000 + "x", id="blank-run-after-where-shown"),
        pytest.param(_course_fields, "sks Basis Data" + " " * 16_000 + "x", id="blank-run-before-where-shown"),
        # a last paragraph of asking words with no publishing word after them
        pytest.param(_announcement, "Judul: X\n\nIsi pengumuman.\n\n" + "tolong " * 8_000, id="asks-without-publish"),
        # bold markers that never close a label
        pytest.param(_course_fields, "**" * 20_000 + "Semester baru:** Genap", id="bold-runs"),
        # words that never end a key
        pytest.param(_course_fields, "Enrolment key diganti jadi " + "kata " * 10_000 + ".", id="word-key"),
        # a list of fields cut short at its end
        pytest.param(_course_fields, "Mohon diganti: " + "sks 3, " * 5_000 + "dosen", id="field-list"),
        # codes before the request
        pytest.param(
            _course_code, "for EE 2104" + " " * 20_000 + "x " + "untuk TRE 3110 " * 2_000, id="codes-for-request"
        ),
        # places to post a notice in, none followed by a code
        pytest.param(_course_code, "tolong umumin pengumuman ini di " * 3_000 + "MKW104-D", id="posted-in"),
        # a unit's code shape, each hyphen starting another
        pytest.param(_course_code, "UPB-" * 10_000 + "TF02", id="unit-code-hyphens"),
        # fields and names, none reaching where they show, and where they show with names that show nothing
        pytest.param(_course_fields, "SKS Basis Data Lanjut " * 3_000 + "di Moodle", id="field-name-shown"),
        pytest.param(_course_fields, "di e-learning Basis Data " * 3_000 + "masih", id="shown-name"),
        # parts, each looking at its noun
        pytest.param(_course_code, "servo MG996R " * 3_000 + "Kode MK: RBT 2203", id="parts"),
        # a lecturer's absence: words between "dosen" and "tidak masuk"
        pytest.param(_office_matter, "dosen " * 20_000, id="lecturer-words"),
        # mail coming back: words between "email" and "kembali"
        pytest.param(_office_matter, "email saya " * 20_000, id="mail-words"),
        # other systems and e-learning said to work, over and over before the trouble
        pytest.param(_purposes, "e-learning saya aman email kampus " * 10_000 + "gagal", id="other-systems"),
        pytest.param(_purposes, "saya ibu dari " * 10_000 + "anak-anak saya", id="no-user"),
        # keys and passwords named again and again, none made into a value
        pytest.param(_field_to_value, "password course key-nya " * 10_000 + "x", id="key-words"),
        # a name's cue, each trying every gap and value after it
        pytest.param(_shown_name, "nama course masih " * 5_000, id="name-cues"),
        # form questions, none with an answer under it
        pytest.param(_shown_name, "Mata Kuliah yang Diajukan\n" * 5_000, id="form-questions"),
        # a lower-case rename that never reaches "jadi"
        pytest.param(_shown_name, "ubah nama matkul " + "ab " * 20_000, id="lower-rename"),
        # spaces before a label's sign, tried from each of them
        pytest.param(_connectors, "for EE 2104" + " " * 20_000 + "x", id="label-spaces"),
        # a connector in every clause of one sentence, each reading the sentence's cues before it
        pytest.param(find_changes, "still says X, whereas they call it " * 2_000, id="clause-connectors"),
        pytest.param(find_changes, "kelas still says X, whereas they call it " * 1_000, id="clause-cues"),
        # new values in one sentence, each reading to its end for a question mark
        pytest.param(_value_first, "'abcd12' itu key-nya yang baru " * 20_000 + "?", id="asked-values"),
        # spaces after a listed value, before its separator or the line's end
        pytest.param(_field_list, "Mohon diganti: sks 3" + " " * 20_000 + "x", id="listed-value-spaces"),
        # people added and never named, who teaches without a person, courses handed over to nobody
        pytest.param(_course_fields, "Tim pengajar ditambah satu orang " * 2_000, id="added"),
        pytest.param(_course_fields, "yang mengajar MK " * 3_000 + "adalah", id="who-teaches"),
        pytest.param(_course_fields, "handing over Fisika Dasar " * 2_000 + "to Dr.", id="handed"),
        # a list of people, each weighed against the mail
        pytest.param(_course_fields, "Dr. Ani, M.T. dan " * 2_000 + "Fisika", id="joined-people"),
        # a code, then a long run of spaces before a word that replaces no one
        pytest.param(_course_fields, "for EE 2104" + " " * 20_000 + "x", id="spaces-after-code"),
        # labelled lines one after another, each cue's connectors weighed against the cues after it
        pytest.param(_course_fields, "Mohon ditambahkan dosen pengampu untuk MK Fisika: " * 100, id="labelled-lines"),
        # successors, team-list lines and who-holds-it phrases never followed by a person
        pytest.param(_course_fields, "dosen pengampu " + "penggantinya " * 5_000, id="successors"),
        pytest.param(_course_fields, "yg pegang pak " * 5_000, id="who-holds"),
        pytest.param(_course_fields, "dosen\n" + "Ditambahkan: \n" * 5_000, id="added-lines"),
        # degreed names, none replacing anyone; offices never reaching a person; a split "handed ... over"
        pytest.param(_course_fields, "dosen " + "Ani Budi, M.T. " * 3_000 + "menggantikan", id="degreed-names"),
        pytest.param(_course_fields, "dosen diganti ke " + "Ketua Lab Jaringan " * 3_000 + ",", id="offices"),
        pytest.param(_course_fields, "handed Fisika " * 2_000 + "over to Dr.", id="handed-split"),
        # credits against a rule that never gives a count; brackets that never close; semester cues without a number
        pytest.param(
            _course_fields, "sks masih 2, " + "padahal sesuai kurikulum " * 3_000 + "3 SKS", id="whereas-rule"
        ),
        pytest.param(_course_fields, "kelas " + "(" * 20_000 + "TI-2A)", id="brackets"),
        pytest.param(_course_fields, "smt " * 20_000 + "VI", id="roman-semester"),
        # quotes and brackets that never close, each a start of the name tagger's quoted or bracketed span
        pytest.param(_name_tagged, '"' * 30_000, id="name-open-quotes"),
        pytest.param(_name_tagged, "(" * 30_000, id="name-open-brackets"),
        # a field said done again and again before a change, each reading on for a second request
        pytest.param(_claim_context, "short name sudah diganti " * 5_000 + "short name jadi AB-1", id="done-runs"),
        # conditions that never close with a comma before the value
        pytest.param(_claim_context, "jika " * 20_000 + "short name jadi AB-1", id="open-conditions"),
        # "only" before a field, again and again
        pytest.param(_claim_context, "hanya " * 20_000 + "short name jadi AB-1", id="only-runs"),
        # dots and dashes of a form's blank, then a word
        pytest.param(_claim_context, "." * 20_000 + "-" * 20_000 + " x", id="blank-runs"),
        # thank-you words typed onto a name, one after another
        pytest.param(_claim_context, "Fisika " + "Danke " * 20_000 + "Dank", id="glued-thanks"),
        # the writer's words after a value: blanks after a full stop, blanks and joins before an assistant, words
        # before a course's bracket, dashes after a name
        pytest.param(_claim_trailer, "Optika geometri dan fisis." + " " * 20_000 + "x", id="trailer-blanks"),
        pytest.param(_claim_trailer, "Budi Santoso" + " " * 20_000 + "dan x", id="assistant-blanks"),
        pytest.param(_claim_trailer, "Budi Santoso" + " dan Ani" * 5_000 + " sebagai", id="assistant-joins"),
        pytest.param(_claim_trailer, "Kalkulus" + " 2" * 20_000 + " (", id="course-mention-words"),
        pytest.param(_claim_trailer, "Optika" + " -" * 20_000 + "x", id="name-dashes"),
        pytest.param(_claim_trailer, "Optika. Sudah" + " sudah" * 10_000 + "?", id="trailer-words"),
        # the shared lexicons' spaces: a hedge and a greeting each spread over a long run of them
        pytest.param(_course_fields, "Dosen diganti jadi Budi Santoso, belum" + " " * 20_000 + "x", id="hedge-spaces"),
        pytest.param(
            split_body, "Mohon ganti nama MK\nTerima kasih,\nAgus\nselamat" + " " * 20_000 + "x", id="greeting"
        ),
        # the course's code named after a run of words, of code words and of "only" before several codes
        pytest.param(_course_code, "my course on " + "e-learning " * 8_000 + "is", id="course-words-before-is"),
        pytest.param(_course_code, "error kode " * 8_000 + "DB1045", id="other-code-labels"),
        pytest.param(_course_code, "IF2201 IF2204 " + "hanya untuk " * 8_000 + "IF2204", id="singled-out"),
        # parts listed again and again before a shape; a name before an unclosed square bracket
        pytest.param(_course_code, "board ESP32 dan " * 5_000 + "modul SIM800L", id="listed-parts"),
        pytest.param(_course_code, "Sistem Operasi [" * 5_000 + "TI.2202]", id="square-brackets"),
        # programme prefixes and dotted letters, none closing a code
        pytest.param(_course_code, "Kode MK: " + "D3-" * 10_000 + "MES2201", id="prefixed-codes"),
        pytest.param(_course_code, "Kode MK: TRE" + ".3201" * 8_000 + ".P", id="dotted-letters"),
        # names with marks and no degree, classes with groups never numbered, decrees citing nobody, passive handovers
        # to nobody, corrections whose brackets never say what is wrong
        pytest.param(_course_fields, "dosen " + "Nguyễn Thị Hồng " * 3_000 + "menggantikan", id="marked-names"),
        pytest.param(_course_fields, "kelas diubah jadi " + "TI-2A Grup " * 3_000, id="class-groups"),
        pytest.param(_course_fields, "SK terbaru: pengampu MK adalah " * 2_000, id="decree-cited"),
        pytest.param(_course_fields, "has been handed over to " * 3_000 + "Dr.", id="handed-passive"),
        pytest.param(_course_fields, "perlu dikoreksi: semesternya 3 " + "(" * 20_000 + "bukan 2", id="not-bracket"),
        pytest.param(_course_fields, "sks masih 2, " + "padahal sudah " * 5_000 + "tiga SKS", id="already-count"),
        # the writer's course told before its code, where it is never ending; a code's page showing capitals
        pytest.param(_course_name, "my course on " + "a " * 20_000 + "is IF2204 X", id="own-course-where"),
        pytest.param(_course_name, "mata kuliah saya di " * 5_000 + "adalah", id="own-course-runs"),
        pytest.param(_course_name, "IF2204 still shows " + "ROBOT " * 20_000 + "in all", id="shown-capitals"),
        # a subject's course before its field, never reaching a dash; listed subjects before a code
        pytest.param(_subject_name, "Basis Data " * 10_000 + "ganti dosen", id="subject-course-field"),
        pytest.param(_course_name, "For Aaa, " * 5_000 + "Bbb & Ccc (IF2204)", id="listed-head"),
        # a settings screen's labels, one after another
        pytest.param(_course_name, "Course visibility: Show\n" * 5_000, id="settings-labels"),
        # contrast words in every clause, each a place a clause turns
        pytest.param(_course_fields, "nama MK masih X, padahal tapi namun " * 2_000, id="contrast-words"),
        # a subject's publishing verb before a long run of dates and hours that never reaches the title's colon
        pytest.param(SUBJECT_REQUEST.match, "Tayangkan 9" + "-1:1" * 20_000, id="subject-moment"),
        # a clock's "a.m." again and again, each asking whether the sentence ends there
        pytest.param(sentences, "at 9 a.m. Friday " * 10_000, id="clock-suffix"),
        # Roman months after numbers, again and again; "at" before hour words that never end the moment
        pytest.param(_announcement, "Tolong tayang tgl " + "1/I/" * 20_000, id="roman-months"),
        pytest.param(_announcement, "Please post it " + "at nine at " * 10_000, id="hour-words"),
        # slip words between hours, each looking for the hour said again
        pytest.param(_announcement, "Tolong tayang besok jam 8, " + "eh jam 9 " * 10_000, id="slips"),
        # audiences that never name their programme, and uploads that never name the readers' work
        pytest.param(_announcement, "Mohon tayang untuk the whole " + "a " * 20_000, id="whole-department"),
        pytest.param(_announcement, "Unggah " + "unggah " * 20_000 + "dua hari sebelum ujian", id="readers-upload"),
        # one hour taken back for another in a sentence of many hours
        pytest.param(
            _announcement, "Tolong tayang Jumat 4 Desember jam 8. " + "bukan jam 8 tapi jam 9, " * 5_000, id="hours"
        ),
        # a value still shown, again and again, never against its record; features never failing
        pytest.param(_rule("value now against its record"), "masih x padahal " * 10_000, id="still-whereas"),
        pytest.param(_rule("e-learning object not doing its job"), "kuis forum " * 10_000 + "tidak", id="features"),
        # another office's word in every sentence, each weighed against every other sentence
        pytest.param(_in_passing, "Kuis di course error. Tadi rapat. " * 300 + "Mohon dicek?", id="in-passing"),
        pytest.param(_in_passing, "pakai wifi kampus " * 10_000, id="means"),
        # consequences that never reach e-learning
        pytest.param(_purposes, "vpn gagal jadi " * 10_000 + "x", id="kept-from"),
        # a system's closing line begun again and again, never finished
        pytest.param(_system_notice, "email ini dikirim " * 10_000 + "\n" + " " * 20_000 + "x", id="notice-line"),
        # a notice's line over a long run of dashes that never opens a forwarded block
        pytest.param(_system_notice, "This is an automated message\n" + "-" * 40_000 + "x", id="notice-dashes"),
        # a system's sentences begun and never ended: a ticket's quoted title, a digest's subject words, footers
        pytest.param(_system_wording("x"), 'your request 1 "' + "a" * 40_000, id="ticket-title-unclosed"),
        pytest.param(_system_wording("x"), "tiket anda (" + "#" * 40_000, id="ticket-number-unclosed"),
        pytest.param(
            _system_wording("Ringkasan untuk " + "a" * 500 + "@" + "b" * 500), " \t" * 20_000 + "x", id="digest-subject"
        ),
        pytest.param(_system_wording("x"), "ubah preferensi " * 10_000, id="digest-footer"),
        # a sharing service's sentence begun and never ended; a bounce's sentence and status never met
        pytest.param(_service_notice, "Budi (" + "a" * 40_000, id="sharer-bracket-unclosed"),
        pytest.param(_service_notice, "Budi shared " + "a " * 20_000, id="shared-never-with-you"),
        pytest.param(_service_notice, "Budi meminta akses ke " + "x " * 20_000, id="access-never-following"),
        pytest.param(_service_notice, "Budi baru saja mengirimkan " * 5_000, id="responded-words"),
        pytest.param(_system_wording("x"), "pesan anda tidak " * 10_000 + "5.1" * 10_000, id="bounce-words"),
        # capitalised words by the thousand before a code, and course cues by the thousand
        pytest.param(_in_course_name, "Internship Seminar " * 5_000 + "(INT490)", id="name-before-code"),
        pytest.param(_in_course_name, "internship course " * 10_000 + "INT490", id="course-cues"),
        pytest.param(_rule("field changed to a value"), "put " + "x " * 20_000 + "as lecturer", id="put-as-lecturer"),
        pytest.param(_rule("enrolment trouble"), "transfer me to " + "x " * 20_000 + "on the lms", id="transfer-me"),
        # how-to openings by the thousand, never reaching their verb; a condition never told ahead
        pytest.param(_how_to, "where in the " * 5_000 + "x", id="where-in"),
        pytest.param(_how_to, "is there a way for " * 5_000 + "x", id="is-there-a-way"),
        pytest.param(_how_to, "di menu mana ya " * 5_000 + "x", id="di-menu-mana"),
        pytest.param(plan_told_ahead, "kalau memungkinkan akan " * 5_000 + "x", id="condition-ahead"),
        pytest.param(asks_for_work, "tetap harus " * 10_000 + "x", id="still-wanted"),
        # question words before field words again and again in a clause that never asks (cubic when searched whole)
        pytest.param(_field_questions, "who sks " * 5_000, id="field-question-words"),
        pytest.param(_field_questions, "tell me sks " * 3_000 + ".", id="tell-me-words"),
        # a publish line followed by correction words again and again, each reading on for a moment
        pytest.param(_announcement, "Tolong tayangkan besok jam 8 " + "ralat " * 8_000, id="corrections"),
        # the lecturer said to be someone again and again in one sentence, each asking whether that sentence, its
        # paragraph and its decree name the lecturer anew (quadratic)
        pytest.param(lecturer_is, "dosen pengampu MK Fisika adalah Dr. Ani Susanti, M.T. " * 600, id="lecturer-is"),
        # change verbs in one long sentence, each reading the sentence's cues again
        pytest.param(_course_fields, "mohon diganti jadi diubah menjadi changed to ganti ubah " * 500, id="swap-verbs"),
        # asking leave again and again in one clause, each read on to its end for "sendiri" (quadratic)
        pytest.param(_how_to, "apakah " * 6_000 + "?", id="may-oneself"),
        pytest.param(_how_to, "saya sendiri " + "apakah " * 6_000 + "?", id="may-oneself-after"),
        # post-nominal tails that never end: licence classes, grades, a university's bracket never closed
        pytest.param(_lecturer, "Budi, AMEL B1" + "/B2" * 20_000 + "x", id="licence"),
        pytest.param(_lecturer, "Budi, ANT" + "-I" * 20_000, id="grades"),
        pytest.param(_lecturer, "Budi, M.Sc. (" + "Kyushu " * 20_000, id="university"),
        pytest.param(_lecturer, "Budi" + ", M.Sc. (Kyushu)" * 10_000 + "(", id="universities"),
        # a number's label over a run of blanks, a bracket that never names another person, nicknames never closed
        pytest.param(_lecturer, "Budi, M.T. NIDN" + " " * 40_000 + "x", id="number-label"),
        pytest.param(_lecturer, "Budi, M.T." + " TESOL" * 20_000 + " KBK", id="bare-capitals"),
        pytest.param(_lecturer, "Budi, M.Sc. (Kyushu" + " Kyushu" * 20_000 + ")", id="another-person"),
        pytest.param(_lecturer, 'Budi "Iwan' + "n" * 40_000, id="nickname"),
        pytest.param(_lecturer, "Budi" + ' "Iwan"' * 10_000, id="nicknames"),
        # list lines marked by the thousand, a person replaced by the thousand, an apposition that never closes
        pytest.param(marked_new_in_list, "dosen:\n" + "1. Budi, M.T. (baru)\n" * 10_000, id="marked-new"),
        pytest.param(replaced_by_person, "dosen " + "digantikan oleh " * 10_000, id="replaced-by"),
        pytest.param(lecturer_told, "Dr. Budi Santoso, " + "a" * 40_000, id="apposition"),
        pytest.param(new_one_in_apposition, "our new lecturer " * 10_000 + ", x", id="new-one"),
        pytest.param(
            lecturer_told, "Dr. Budi Santoso akan mengampu " + "MK " * 20_000 + "x", id="teaches-then-replaces"
        ),
        # a field that changes by itself, words after the verb that never say where to
        pytest.param(_course_fields, "Koordinator MK " + "berganti " * 10_000 + "x", id="changes-by-itself"),
        pytest.param(_course_fields, "Koordinator MK berganti" + " " * 20_000 + "x", id="blank-run-after-changes"),
        # the writer asking to join the team, and name lines again and again
        pytest.param(_course_fields, "Please add me as a lecturer.\n" + "Name: x\n" * 10_000, id="name-lines"),
        pytest.param(_course_fields, "tolong tambahin dosen kedua utk " + "MK " * 10_000 + "ya", id="second-for"),
        # words of a meeting after a lecturer, none saying which
        pytest.param(_course_fields, "Dosen diganti ke Budi " + "untuk pertemuan " * 10_000, id="meeting"),
        # a change verb, then words that never say it was made without the writer's word
        pytest.param(change_made_wrongly, "diganti yang diganti " * 10_000 + "tanpa", id="made-wrongly"),
        pytest.param(change_made_wrongly, "you set " * 10_000 + "x", id="set-wrongly"),
        # verbs that add a person, never followed by a lecturer's role
        pytest.param(_rule("lecturer added"), "add me as " * 10_000 + "x", id="added-as"),
        pytest.param(_rule("enrolment trouble"), "add me " * 10_000 + "as", id="add-me"),
        # e-learning said again and again, never said right
        pytest.param(nothing_to_do, "di e-learning sudah " * 10_000 + "x", id="elearning-right"),
        pytest.param(nothing_to_do, "di e-learning sudah benar " * 5_000 + "x", id="elearning-right-then"),
        # asking words before revert words that never finish
        pytest.param(asks_for_work, "mohon change it " * 10_000, id="asks-revert"),
        # a verb that may be set back, words after it that never reach "back", in raw text and in the type rules
        pytest.param(reverted, "Nama MK set it up " * 10_000 + "x", id="set-never-back"),
        pytest.param(reverted_name, "change \t the \n name " * 10_000 + "x", id="change-never-back"),
        pytest.param(_rule("change reverted"), "nama set it up " * 10_000 + "x", id="rule-set-never-back"),
        pytest.param(_rule("done confirmation"), "exactly as i " * 10_000, id="as-i-asked"),
        # change nouns again and again, never said made
        pytest.param(change_reported_made, "perubahan sudah " * 10_000 + "x", id="reported-made"),
        # key = value lines by the thousand, a key's blanks never reaching a delimiter, quoted keys never closed
        pytest.param(labelled_blocks, "kode_mk = X1\n" * 20_000, id="value-block-lines"),
        pytest.param(labelled_blocks, "kode mk" + " " * 40_000 + "x\n", id="value-block-blanks"),
        pytest.param(labelled_blocks, '"kode_mk": "' + "a" * 40_000 + "\n\n", id="quoted-block"),
        pytest.param(labelled_blocks, "mk -> " * 20_000, id="course-arrows"),
        # a credit count followed by a split that never closes, code fences that never close
        pytest.param(_credits, "3 (" + "T: 2, " * 20_000, id="credit-split"),
        pytest.param(plain_labels, "key to:\n" + "```\n" * 20_000, id="code-fences"),
        # a move verb, a course and a class again and again, never with a class's value
        pytest.param(moved_to_class, "move course TI2201 to class " * 20_000, id="moved-to-class"),
        # a table with a plain class column, and class cues asked by the thousand
        pytest.param(
            _asked_columns, "Kode | Kelas\nTI2201 | TI-2A\n" + "kelasnya diganti. " * 20_000, id="asked-columns"
        ),
        # a title's brackets that never close, a lower-case title that no emoji ends, a course's name that never ends
        pytest.param(_announcement, "berjudul Kuis " + "(A " * 10_000, id="title-brackets"),
        pytest.param(_announcement, "judulnya " + "lomba " * 10_000, id="title-without-emoji"),
        pytest.param(emoji_break, "a " * 20_000 + "🎤 x", id="labelled-title-emoji"),
        pytest.param(_announcement, "judulnya " + "🎉 " * 10_000 + "x", id="emoji-before-title"),
        # a labelled title of words and emoji by the thousand: read as a sentence or not in one pass (minutes before)
        pytest.param(_announcement, "Title: " + "a 🎤 " * 10_000, id="title-words-and-emoji"),
        pytest.param(_announcement, "Title: " + "a 🎤" * 10_000, id="title-words-glued-emoji"),
        # days with bare four-digit hours, words before "up", hours parted by "h", by the thousand
        pytest.param(_announcement, "Please publish it " + "Monday 7 Dec 0800, " * 3_000, id="bare-hours"),
        pytest.param(_announcement, "Could you put " + "a wee " * 10_000 + "notice up", id="put-notice-up"),
        pytest.param(_announcement, "Please post it at " + "8h3" * 10_000, id="hour-h-minutes"),
        pytest.param(_announcement, "Announcement should " + "announcement " * 10_000, id="article-less-notice"),
        pytest.param(posted_course, "pasang di " + "Basis Data " * 10_000, id="course-as-place"),
        pytest.param(posted_course, "For " + "Data of " * 10_000, id="course-opening"),
        # numeric dates by the thousand, each weighed in both orders
        pytest.param(_announcement, "post it on 12/8 at 10 am. " * 3_000, id="month-first-dates"),
        # the words joining two fields asked together, after a long run of blanks: searched, not only fully matched
        pytest.param(lambda text: JOINED.search(text), " \t" * 10_000 + "x", id="joined-blanks"),
        # codes in a variant form that never close: underscores, dots, year suffixes by the thousand
        pytest.param(lambda text: find_course_code("", text), "MK AB_12 " * 10_000, id="variant-underscore"),
        pytest.param(lambda text: find_course_code("", text), "MK ABC.1." * 10_000 + "x", id="variant-dots"),
        pytest.param(lambda text: find_course_code("", text), "MK AB-1234-20" * 10_000, id="variant-year"),
        # a current name's noun phrase again and again, never with a name
        pytest.param(named_as_now, "nama sekarang " * 10_000 + "x", id="named-now"),
        pytest.param(named_as_now, "nama sekarang " + "Basis " * 20_000 + "x", id="named-now-long-name"),
        # posting verbs and capitalised runs, never a course; "For X," never followed by a request
        pytest.param(posted_course, "post this in " * 10_000 + "x", id="posted-in"),
        pytest.param(posted_course, "post in " + "Data " * 20_000 + "x", id="posted-in-long-name"),
        pytest.param(posted_course, "For Data " * 10_000 + ", please " * 5_000, id="for-the-course"),
        # list lines by the thousand, each opening with words before a code that never comes
        pytest.param(
            lambda text: changed_line_code(text, {"AB1234", "CD2345"}),
            "- a b c d e f\n" * 20_000 + "- AB1234 x\n- CD2345 sks diubah 3\n",
            id="listed-lines",
        ),
        # a field still shown again and again, never told right; chat stamps by the thousand; dashes that set apart
        pytest.param(still_then_right, "kelasnya masih TI-2A " * 10_000 + "x", id="still-then-right"),
        pytest.param(still_then_right, "namanya masih harusnya " * 10_000, id="still-then-ought"),
        pytest.param(without_chat_stamps, "Budi, [02.04.28 19:41]\n" * 20_000 + "x", id="telegram-stamps"),
        pytest.param(lambda text: value_first(text, set()), "a" * 40_000 + " — itu nama baru", id="value-dashed"),
        pytest.param(lambda text: became_value(text, set()), "SKS MK berubah menjadi " * 10_000, id="became"),
        pytest.param(asks_for_other_changes, "> perubahan lain " * 10_000 + "?", id="other-changes"),
        # a ticket word before shapes that are never quite a code; a question's words for a code by the thousand
        pytest.param(lambda text: find_course_code(text, text), "tiket #  AB " * 10_000, id="ticketed-code"),
        pytest.param(lambda text: answered_code("KM1203", text), "kode code kodenya " * 10_000 + "?", id="code-asked"),
        pytest.param(lambda text: unsettled_code(text, {"KM1101", "KM1102"}), "KM1101 " * 20_000, id="settled-code"),
        # the writer's own word for "I" before capitalised words that never reach "yang"
        pytest.param(lambda text: find_course_name("", text, None), "Wa Ab Cd, " * 10_000, id="taught-after-name"),
        pytest.param(
            lambda text: find_changes(text, "EL3103"),
            "swap the enrolment key of " + "Control " * 5_000 + "(EL3103) for x",
            id="swap-of-course",
        ),
        # ask words that never complete, quote marks by the thousand, new-value words that never name a field
        pytest.param(ask_to_complete, "> mohon " * 10_000 + "x", id="ask-never-complete"),
        pytest.param(ask_to_complete, "> Mohon lengkapi: kode MK\n" + ">" * 40_000 + " x\n", id="ask-deep-quote"),
        pytest.param(lambda text: AskToComplete(text, "").field_asked(), "yang " * 10_000 + "baru", id="ask-new-value"),
        # a change column's row that never ends, "with" and its words that never reach a field, bullets by the
        # thousand under a cue
        pytest.param(
            lambda text: change_column_changes(text, None),
            "Kode | Perubahan\n" + "X1 | SKS 2 -> 3 " * 5_000 + "\n",
            id="change-column",
        ),
        pytest.param(
            lambda text: find_changes(text, None), "diganti menjadi Geodesi, with " + "the " * 10_000 + "x", id="with"
        ),
        pytest.param(
            lambda text: find_changes(text, None), "kelas diganti jadi:\n" + "- " * 10_000 + "x", id="bullets-under-cue"
        ),
        # a bracket after degrees that never closes, full of job words; place words that never reach a date; a value
        # marked old whose bracket never closes
        pytest.param(_lecturer, "Budi, M.T. (" + "Senior Manager " * 10_000, id="job-bracket"),
        pytest.param(_lecturer, "Budi, " + "QA " * 20_000 + "x", id="job-capitals"),
        pytest.param(PLACE_AND_DATE_LINE.match, "Batam " * 20_000 + ", 3", id="place-words"),
        pytest.param(PLACE_AND_DATE_LINE.match, "Batam, " + "Kamis " * 20_000, id="place-weekdays"),
        pytest.param(unwrap, ("x" * 60 + "\n" + "Tanjung " * 50 + ",\n") * 500, id="place-lines"),
        pytest.param(
            lambda text: without_place_and_date(text, FoundChange("summary", text, "label", 0, len(text))),
            "Batam, 3 Mei 2028 x\n" * 5_000,
            id="place-cut",
        ),
        pytest.param(_course_fields, "Nama MK X (lama" + " " * 40_000 + ")", id="marked-old"),
        # a mail named many times that never reaches "sudah masuk belum"; a taking-back before a thousand sentences
        pytest.param(chases_the_helpdesk, "email " * 20_000 + "x", id="chased-mail-words"),
        pytest.param(lower_case_after_cue, "mk " + "basis " * 20_000 + "x", id="lower-name-after-cue"),
        pytest.param(lambda text: asks_to_publish("", text, ""), "tidak perlu " * 20_000 + "x", id="not-published"),
        pytest.param(
            lambda text: [rule.reason(text) for rule in RULES if rule.name == "enrolment key refused"],
            "enrol key " + "ab " * 20_000 + "x",
            id="key-refused",
        ),
        pytest.param(
            table_changes, "semester lama\tseharusnya\n" + "Semester " * 10_000 + "\tx\n", id="side-alone-heading"
        ),
        pytest.param(asked_anew, "Yang kemarin abaikan saja. " + "Ganti x. " * 5_000, id="taken-back-sentences"),
        pytest.param(
            lambda text: find_changes(text, "fullname"),
            "rename Intro" + " Aa" * 10_000 + " (IF1101) to X",
            id="name-then-code",
        ),
        # round 18: Word paragraphs, a dashed rule over many asking lines, a letter heading of many fields, a
        # correction's slip far from its value, a list of many codes, a lower-case person without a degree
        pytest.param(
            joined_word_lines, "<p class=MsoNormal>untuk</p>\n" * 20_000 + "<p class=MsoNormal>x</p>", id="word-lines"
        ),
        pytest.param(cut_signature, "x\n-- \n" + "mohon maaf\n" * 20_000, id="dashed-rule-asks"),
        pytest.param(split_body, "Dari : X\n" + "Tanggal : 1 Mei\n" * 20_000 + "x", id="letter-heading"),
        pytest.param(_course_fields, "kelas jadi AB-1A. " + "eh " * 20_000 + "yang benar AB-1B", id="slip-far"),
        pytest.param(_course_name_if, "MK " + "IF2201 Aa, " * 5_000 + "IF2202 Bb", id="listed-codes"),
        pytest.param(_course_name_if, "Engineering" + " for the Aa" * 10_000 + " students", id="audience"),
        pytest.param(_course_fields, "ganti dosen ke " + "budi " * 20_000 + "ya", id="lower-person-no-degree"),
        pytest.param(asks_for_own_grade, "nilai " + "kuis " * 20_000 + "saya x", id="own-grade-words"),
    ],
)
def test_hostile_text_is_read_in_bounded_time(read: Callable[[str], object], text: str) -> None:
    started = time.process_time()
    read(text)
    assert time.process_time() - started < BOUND_SECONDS


_CONTEXT = ScreeningContext(frozenset({"helpdesk-p4m@polibatam.ac.id"}), "helpdesk-p4m@polibatam.ac.id")


def _mail(path: Path, subject: str, text: str) -> Path:
    head = (
        "From: Budi <budi@polibatam.ac.id>\r\nTo: helpdesk-p4m@polibatam.ac.id\r\n"
        f"Subject: {subject}\r\nDate: Mon, 30 Nov 2026 08:00:00 +0700\r\nMessage-ID: <{path.stem}@polibatam.ac.id>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    path.write_bytes((head + text.replace("\n", "\r\n")).encode())
    return path


@pytest.mark.parametrize(
    ("subject", "unit"),
    [
        # the lecturer's words, lecturer replacements and who teaches now, over and over (19 s at 40 000 characters)
        pytest.param("Pengampu MK", "dosen pengampu MK Fisika adalah Dr. Ani Susanti, M.T. ", id="lecturer-words"),
        pytest.param("Pengampu MK", "yang mengajar MK ini sekarang pak Budi yg pegang ", id="who-teaches"),
        # change verbs with no sentence end (minutes)
        pytest.param(
            "Ubah data MK", "mohon diganti jadi diubah menjadi changed to ganti ubah tolong update ", id="verbs"
        ),
        # values only the change tagger reads, where the grammar reads none, so the tagger runs over the whole text
        pytest.param(
            "Nama singkat MK",
            "kode singkat MK IF2202 di e-learning tolong disamakan yaitu BD-TRPL2A ",
            id="tagger-fills",
        ),
    ],
)
def test_a_long_mail_is_predicted_in_bounded_time(tmp_path: Path, subject: str, unit: str) -> None:
    """The whole path, from the raw mail to its fields, on a mail of 100 000 characters of one cue family."""
    # A first mail loads the models: paid once per daemon, not per mail.
    predict(_mail(tmp_path / "warm.eml", "Ubah data MK", "Mohon sks MK IF2204 diganti jadi 3."), "P4M", _CONTEXT)
    hostile = _mail(tmp_path / "hostile.eml", subject, (unit * (100_000 // len(unit) + 1))[:100_000])
    started = time.process_time()
    predict(hostile, "P4M", _CONTEXT)
    assert time.process_time() - started < BOUND_SECONDS
