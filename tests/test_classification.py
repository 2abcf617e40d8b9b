"""Classifier quality, field extraction, dates, and learning from staff corrections."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.corrections import correct_type
from daemon.classify.dates import find_moment
from daemon.classify.evaluation import predict, same_change_value
from daemon.classify.evaluation_figures import Evaluation, FieldMistake
from daemon.classify.memory import MIN_SIMILARITY, Example, ExampleMemory, word_counts
from daemon.classify.model import RequestType
from daemon.classify.rules import RULES
from daemon.clock import CountingTokens, FixedClock
from daemon.config import Config
from daemon.ticket_record import IncomingMail
from daemon.wiring.app import build_app
from parsers.automail import ScreeningContext
from storage.models import Ticket
from tests.conftest import SAMPLES, TEST_DATA
from tests.corpus_reports import corpus_report
from tests.fakes import ScriptedMailer

CONTEXT = ScreeningContext(frozenset({"helpdesk-p4m@polibatam.ac.id"}), "helpdesk-p4m@polibatam.ac.id")
REFERENCE = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize("directory", ["corpus", "own"])
def test_quality_on_labelled_requests(directory: str, corpus: Path) -> None:
    report = corpus_report(corpus if directory == "corpus" else TEST_DATA / "requests")
    assert report.macro_f1 >= 0.95, report.mistakes
    assert report.human_taken_for_machine == 0
    assert report.field_accuracy["course_code"] >= 0.95
    assert report.field_accuracy["changes"] >= 0.8
    assert report.field_accuracy["publish_at"] >= 0.8


@pytest.mark.parametrize(
    "directory",
    [
        "requests-tune",
        "requests-tune2",
        "requests-tune3",
        "requests-tune4",
        "requests-tune5-announce",
        "requests-tune5-changes",
        "requests-tune5-names",
        "requests-tune5-types",
        "requests-tune6",
        "requests-tune7",
        "requests-tune8",
        "requests-tune9-announce",
        "requests-tune9-changes",
        "requests-tune9-names",
        "requests-tune9-reading",
        "requests-tune10",
        "requests-tune11-announce",
        "requests-tune13-changes",
        "requests-tune16-reading",
        "requests-tune18-tables",
        "requests-tune26-fields",
        "requests-reference",
    ],
)
def test_fields_on_the_tuning_corpora(directory: str) -> None:
    """The issue's targets for the fields, on each tuning corpus (the type is learned from them, so only its
    floor is judged). The second corpus holds the voices the first lacks: other mail beside requests, titles,
    scopes and publish times in many forms, course names written many ways, values that must not be claimed. The
    tables corpus (tune18) lays requests out as rows and columns: CSV, TSV and XLSX, Excel and Sheets pastes, HTML,
    ASCII and space-aligned tables, field lists, and near-misses whose rows only say which course. The fields corpus
    (tune26) hands over classes, names, keys and credits as scripts and configs do (key = value blocks, JSON, PHP
    arrays, course arrows), credits with their split, classes with shift words, keys in signed mail and code blocks;
    an old split, a block of current data and students moved to a class claim nothing."""
    report = corpus_report(TEST_DATA / directory)
    assert report.macro_f1 >= 0.95, report.mistakes
    fields = report.field_accuracy
    assert report.human_taken_for_machine == 0
    assert fields["course_code"] >= 0.95 and fields["course_name"] >= 0.9, report.field_mistakes
    # A corpus of change requests alone has no announcement to read a title from.
    assert fields.get("title", 1.0) >= 0.85 and fields.get("scope", 1.0) >= 0.95
    assert fields.get("publish_at", 1.0) >= 0.9
    assert report.change_pairs.pair_recall >= 0.85
    assert report.change_pairs.wrong_value_claimed <= 0.03, report.change_pairs.wrong_claims


@pytest.mark.parametrize(
    "directory",
    [
        "requests-tune12",
        "requests-tune14-changes",
        "requests-tune15",
        "requests-tune16-changes",
        "requests-tune16-replies",
        "requests-tune18-changes",
        "requests-tune18-precision",
        "requests-tune20-values",
        "requests-tune20-precision",
        "requests-tune20-lecturers",
        "requests-tune22-lecturers",
        "requests-tune22-precision",
        "requests-tune23",
        "requests-tune24-precision",
        "requests-tune24-fields",
        "requests-tune26-lecturers",
        "requests-tune28-pairs",
        "requests-tune28-lecturers",
        "requests-tune30-pairs",
        "requests-tune30-precision",
    ],
)
def test_change_pairs_on_the_opened_corpora(directory: str) -> None:
    """The requested changes on corpora opened for diagnosis whose other fields are other readers' (the former held-out
    part8, part9 and part14), on the corpora written blind for changes (ASCII tables, pasted settings screens, short
    names asked as questions, one-liners, credits as written, corrections in a thread; a new lecturer told many ways,
    and classes, semesters and lecturers that only say which course; their types are another reader's), and on answers
    to the helpdesk's receipt and staff questions (a value alone, labelled or after a lead word, in every layout;
    withdrawals and near-misses claim nothing), and on the recall corpus (a second field in the same sentence, reverts,
    many-titled lecturers, keys and classes in prose, changes told through what they affect), and on the lecturer corpus
    (degrees of many countries, roles by many names, a person added, appointed, handed the course or named after a
    colon; the writer, a signer, an approver or a hedged change claimed as nothing), and on the handover corpus (who
    taught, who teaches now, who is added; names of every Indonesian shape; credits, classes and semesters in words,
    Roman numerals and brackets; substitutes, plans and offices claimed as nothing), and on the verification corpus
    (values a reader could claim wrongly: a thank-you in another language glued on, a value put forward for an opinion
    or waiting on a condition, a field the writer says is done, an old value under its label, a form's placeholder, an
    office for a lecturer), and on the boundary corpus (degrees whose dots are the value's, a writer's sentence of
    urgency, deadline, reason, approval or thanks after a description, a value's own remark in brackets, an assistant
    beside the lecturer, a later note that corrects the value, another course's name where a key was read, a signature
    where the lecturer is asked back), and on the short-field corpus (numbers in words, values in tab-separated exports,
    pipes and HTML tables, a swap or a replacement, a decree naming the new lecturer, two or three changes in one mail,
    names of Thai, Vietnamese, Chinese, Indian and Arabic lecturers with their degrees, classes with shifts and groups;
    a lecturer only mentioned, a semester saying when, another course's credits claimed as nothing), and on the
    practitioners' corpus (a lecturer's name that goes on through licence classes, officers' grades, sub-specialties and
    a university in brackets after the degrees; Korean, Japanese, Arabic and German names; a coordinator that changes by
    itself, a second lecturer added, the writer asking to join the team; two candidates, a practitioner for one meeting,
    an affiliation after a plain name claimed as nothing), on the pairs corpus (tune28: chat exports of Telegram,
    WhatsApp and LINE, a phone's dictation, spreadsheet and CSV rows, "rename X as Y", "should read", "swap X for Y",
    "password enrol", classes with two shift words, a value still shown then the right one, a field that "berubah
    menjadi" a value, two changes joined by "sekaligus/serta/plus/&", a value first set apart by a dash, a reply
    confirming its quoted mail; an old value, a class already changed, a rename only asked about claimed as nothing),
    and on the many-names corpus (which named person is new: a disposition note, a team list with one line marked new,
    "digantikan oleh", an affiliation or apposition before "will take over"; where the name stops: an identity number, a
    phone, a unit, a term or a note in brackets, a clause or a date; a nickname in quotes and one-word names kept whole;
    witnesses, stand-ins, lecturers who stay and a quoted answer claimed as nothing), and on the round-15 pairs corpus
    (tune30: a reply giving what the helpdesk's paraphrased or partly quoted ask wanted, alone or with a new question,
    above the writer's own request quoted below it, in Gmail, Outlook, Yahoo and iPad layouts; changes said in words
    in a table's change column, two-column old/new tables, pipes and tabs; a value on the line after its cue, in
    quotes or as a list item; credits as words; a change in the subject only; a second change given "with short name
    X"; a quoted request that only asks whether, a support request under the ask, a table row that stays, a change
    column saying none, "the same short name", "make it visible" and a hedged answer claimed as nothing), and on the
    read-too-far corpus (tune30: a job title, a firm or a phone after the new lecturer in brackets, after a dash, a bar
    or "selaku"; a letter's place-and-date line under a value, in the body, a PDF or a DOCX; the old side marked
    "(lama)", "(current)", "(yang lama)" before the new one, "Before:/After:" and "sebelumnya:/menjadi:" lines; one
    number after another field's connector, a semester or credit count said in passing): every pair read, no wrong value
    claimed."""
    pairs = corpus_report(TEST_DATA / directory).change_pairs
    assert pairs.pair_recall >= 0.85
    assert pairs.wrong_value_claimed <= 0.03, pairs.wrong_claims


@pytest.mark.parametrize(
    "directory",
    [
        "requests-tune11-changes",
        "requests-tune11-names",
        "requests-tune16-codes",
        "requests-tune17",
        "requests-tune18-precision",
        "requests-tune19",
        "requests-tune20-precision",
        "requests-tune22-precision",
        "requests-tune24-precision",
        "requests-tune30-precision",
    ],
)
def test_no_wrong_change_value_is_claimed(directory: str) -> None:
    """Every value a reader found passes its field's claim check (the former held-out part11, and the corpora whose
    wrong claims named the check's kinds: a requester's name from a web form, a code claimed as a full name, the
    course's own code as its key, a value corrected later, where a value ends, a value read over a job title or a
    letter's place-and-date line, the old side of a pair, one number for two fields): a value in doubt is asked of the
    requester instead."""
    pairs = corpus_report(TEST_DATA / directory).change_pairs
    assert pairs.wrong_value_claimed <= 0.03, pairs.wrong_claims


@pytest.mark.parametrize(
    "directory",
    [
        "requests-tune12",
        "requests-tune13-announce",
        "requests-tune15",
        "requests-tune16-announce",
        "requests-tune17",
        "requests-tune18-announce",
        "requests-tune19",
        "requests-tune20-announce",
        "requests-tune21",
        "requests-tune22-codenames",
        "requests-tune22-types",
        "requests-tune23",
    ],
)
def test_announcement_fields_on_the_announcement_corpora(directory: str) -> None:
    """Title, scope and publish time on the opened part8 and part9 (tune12, tune15) and on the corpora written after
    them (their courses, types and changes are other readers' and judged by their own corpora): a request only in the
    subject line, class groups, publish times in tables, zones, replies and split sentences, and the moments that are
    not when a notice goes out; travelling senders' zones, ordinal days, an hour corrected later in the mail, titles in
    bold or after "Pengumuman:", cohorts and programmes beside a course named in passing (tune16); the opened part11
    (tune17); titles as written, in emphasis, dictated or only in the subject, publish times counted back from an
    event and in zones east and abroad (tune18); the opened part12 (tune19); dates in brackets, year first and in
    Malay, military hours, publish times only in the subject, senders in WITA and WIT beside calendar invitations,
    and the event's, deadline's and "berlaku mulai" moments that are not publish times (tune20); the opened part13
    (tune21); zones of the Americas, India and New Zealand, a request to schedule in Indonesian and a "Timing:" line,
    and an event's own scheduled time (tune22-codenames); the opened part14 (tune23)."""
    fields = corpus_report(TEST_DATA / directory).field_accuracy
    assert fields["title"] >= 0.85 and fields["scope"] >= 0.95 and fields["publish_at"] >= 0.9, fields


def announcement_fields_misread(report: Evaluation) -> list[FieldMistake]:
    """Title, scope and publish-time mistakes on requests whose type was read right (a type misread is the type
    rules' mistake, not the announcement reader's)."""
    misread = {mistake.file for mistake in report.mistakes}
    return [
        mistake
        for mistake in report.field_mistakes
        if mistake.field in ("title", "scope", "publish_at") and mistake.file not in misread
    ]


def test_announcement_fields_on_tune24() -> None:
    """Title, scope and publish time as people write them (tune24-announce): 12-hour clocks with dots ("7.30 p.m."),
    noon, hours in words, Malay "petang", WITA and WIT, short, dotted and Roman months ("Dec. 7", "7/XII/2026", "8/I"),
    a day of the month alone, weekday phrases ("Jumat pekan depan", "Rabu besok", "this coming Friday", "next Wednesday
    noon"), moments counted back from an event, windows of hours, hours taken back, tables and subjects, a publish
    moment beside the event's and the deadline's; titles in capitals, after "Hal"/"Perihal"/"Title -", in bold, only in
    the subject; one class, one programme, one intake, everyone. Its requests the type rules read as another type are
    theirs: no field of an announcement read as one is missed or misread."""
    report = corpus_report(TEST_DATA / "requests-tune24-announce")
    assert not announcement_fields_misread(report)
    fields = report.field_accuracy
    assert fields["title"] >= 0.85 and fields["publish_at"] >= 0.9, fields


def test_announcement_fields_on_tune28() -> None:
    """Title, scope and publish time the opened part16 missed, in new voices (tune28-announce): an abbreviation in
    brackets inside a title ("Sosialisasi Program Kredit Prestasi (PKP) Semester Genap"), a student's lower-case
    title closed by emoji, a course named as the place by its name alone ("pasang pengumuman di Fisika Dasar II",
    "For Public Speaking, please post"), an American's or a Filipino's month-first "12/8" beside the day-first dates
    of Kenyan, Ugandan, Australian and British writers, WITA and WIT after a course's code, prayer times with and
    without an hour, "H-1 UTS" and "the night before the midterm" with no date, "sekarang juga", notices in an
    attached PDF or DOCX. Its requests the type rules read as another type are theirs: no field of an announcement
    read as one is missed or misread."""
    report = corpus_report(TEST_DATA / "requests-tune28-announce")
    assert not announcement_fields_misread(report)
    fields = report.field_accuracy
    assert fields["title"] >= 0.9 and fields["scope"] >= 0.9 and fields["publish_at"] >= 0.9, fields


def test_announcement_fields_on_tune30() -> None:
    """Title, scope and publish time the opened part17 missed and the kinds around it, in new voices
    (tune30-announce): partners abroad writing a day and a bare four-digit hour ("Monday 7 Dec 0800", "Tuesday
    0830"), dotted, dashed and year-first dates with 24-hour clocks and their zones ("0930 hrs IST"), "8h30", an
    article-less "Announcement should be online ..."; hours in words ("Senin depan jam tujuh pagi", "lusa pukul 7
    malam"), 12-hour English ("this Friday at 7:30 a.m."), WITA, WIT and "waktu Ambon"; "putting a wee notice up";
    titles only in the subject, after "Judul:"/"Title:"/"Tajuk:", in bold or in an attached document; a lab group, a
    section or a class of one course against a department, a programme or the whole campus; and the moments that are
    not publish times (an event's, a deadline's, "berlaku sampai", "valid until", "berlaku mulai"). No field of an
    announcement read as one is misread (a publish time in doubt may be missed, never claimed wrong)."""
    report = corpus_report(TEST_DATA / "requests-tune30-announce")
    misread = announcement_fields_misread(report)
    assert [mistake for mistake in misread if mistake.field != "publish_at" or mistake.got is not None] == [], misread
    fields = report.field_accuracy
    assert fields["title"] >= 0.95 and fields["scope"] >= 0.95 and fields["publish_at"] >= 0.95, fields
    assert fields["course_name"] >= 0.95, report.field_mistakes


@pytest.mark.parametrize(
    "directory",
    [
        "requests-tune11-names",
        "requests-tune12",
        "requests-tune13-names",
        "requests-tune14-names",
        "requests-tune16-names",
        "requests-tune18-names",
        "requests-tune19",
        "requests-tune20-names",
        "requests-tune22-codenames",
    ],
)
def test_course_identity_on_the_names_corpora(directory: str) -> None:
    """Course code and current name on a corpus written for them alone (its changes and scopes are other readers'
    and are judged by their own corpora): the field's course behind where it shows, full or long name cues, a
    mistyped code put right in a reply, a subject naming a field and then the course, and their near-misses; a class
    or a code glued after the name, a person greeted under a forwarded code, a name only in a subject or a form, the
    name as it stands said in words (tune13-names), the opened part8 they were found on (tune12), and the grammar of
    what opens and ends a name in new voices and layouts (tune16-names), and a revert's name as it stands now, simple
    English, dictated lower case, subjects and near-misses (tune18-names), the opened part12 (tune19), and the name as
    the students see it said without quotes, lower-case renames, a form's question over its answer and a quoted mail
    about another course (tune20-names), a service unit's code and a class section's, a name between its field and
    where it shows, events, units, programmes and documents that are no course (tune22-codenames)."""
    fields = corpus_report(TEST_DATA / directory)
    accuracy = fields.field_accuracy
    assert accuracy["course_code"] >= 0.95 and accuracy["course_name"] >= 0.9, fields.field_mistakes


@pytest.mark.parametrize("directory", ["requests-tune23", "requests-tune24-names"])
def test_current_name_on_the_round12_corpora(directory: str) -> None:
    """The current name on the opened part14 (tune23) and the corpus written from its misses (tune24-names), whose
    other fields are other readers': what the page writes or shows now (a quoted lower-case name, capitals after the
    code), "my course is CODE NAME", a settings screen whose other labels hold "Show", a two-column settings table,
    Moodle's "Nama lengkap kursus", a subject opening with the course before its field, a name listing its subjects,
    names in new voices (subjects only, "MK"/"matkul"/"mata kuliah saya", "&", "/", digits and Roman numerals,
    forwards and quoted replies, announcements), and a programme, a unit's code, an event or a document that is none."""
    report = corpus_report(TEST_DATA / directory)
    assert report.field_accuracy["course_name"] >= 0.95, report.field_mistakes


def test_course_identity_on_tune28_names() -> None:
    """The course code and the current name as the round-14 corpus writes them (tune28-names): a reply's subject
    holding the helpdesk's own ticket number beside a code with a year suffix, codes with an underscore, dots between
    their parts, spaces or lower case; a current name told as "nama sekarang X" or "is currently named X" with the new
    one elsewhere; a study-programme secretary listing several courses of which one line asks for a change; the course
    page an announcement is posted in ("umumkan di X", "For X, please post ..."); slashed names with a dimension
    ("Animasi 2D / 3D"); and near-misses claiming nothing: a date after "on" ("on 6th May"), a class known only by its
    lecturer, a guest lecture."""
    report = corpus_report(TEST_DATA / "requests-tune28-names")
    accuracy = report.field_accuracy
    assert accuracy["course_code"] >= 0.95 and accuracy["course_name"] >= 0.95, report.field_mistakes


def test_course_identity_on_tune30_codes() -> None:
    """The course code and the current name as the round-15 corpus writes them (tune30-codes): a reply giving only
    the code the helpdesk asked for (bare, after "is", spaced, lower case, in a sentence) with the name in the quoted
    request; the course the writer teaches after their own word for "I" ("Wa ..., yang ngajar X kelas sore", "gue yg
    ngajar X", "I teach X on Thursdays"); the course named in a reply's or a forward's subject; codes with a class or
    a year after them; two courses of which one is said to be right; and near-misses claiming nothing: a reply adding
    another course unasked, a person, a class by its time or a day after a teaching verb, a ticket or a room shaped
    like a code."""
    report = corpus_report(TEST_DATA / "requests-tune30-codes")
    accuracy = report.field_accuracy
    assert accuracy["course_code"] >= 0.85 and accuracy["course_name"] >= 0.9, report.field_mistakes


def test_current_name_on_the_opened_part11() -> None:
    """The current name on the opened part11 (tune17), whose other fields are other readers': a dictated lower-case
    name before its code's label, a quoted name with its code in brackets, a sheet exported as text."""
    report = corpus_report(TEST_DATA / "requests-tune17")
    assert report.field_accuracy["course_name"] >= 0.9, report.field_mistakes


def test_current_name_on_the_opened_part9() -> None:
    """The current name on the opened part9 (tune15), whose codes are the code readers' and judged by their own
    corpora: Title-case words in brackets closing a name, quoted names as the system shows them in lower case, the
    writer's role before the name, a table's column of the value now, a settings screen's required mark, old/new
    lines opening a reply, a code's label in capitals ending a name."""
    report = corpus_report(TEST_DATA / "requests-tune15")
    assert report.field_accuracy["course_name"] >= 0.9, report.field_mistakes


@pytest.mark.parametrize(
    "directory",
    [
        "requests-tune12",
        "requests-tune13-codes",
        "requests-tune15",
        "requests-tune16-codes",
        "requests-tune19",
        "requests-tune20-codes",
        "requests-tune21",
        "requests-tune22-codenames",
        "requests-tune24-codes",
    ],
)
def test_course_code_on_the_code_corpora(directory: str) -> None:
    """The course code as written (a space, a hyphen, lower case, a practicum letter, tables, labels in other words,
    the subject alone, a settings screen's ID number, a session's suffix, a digit among the letters, a name ending in
    Lab, a dot, a code inside a subject or after "for ... please", a service unit's "UPB-TF02", a class section's
    "MKW104-D" where a notice is put; a course that "is" a code, one code singled out of several, a class glued after
    a code, a dotted code beside its name, a programme prefix or a cohort's digits first under a code's label) on the
    opened parts 8, 9, 12 and 13 and on the corpora written for codes, whose near-misses (rooms, classes, staff
    numbers, tickets, decrees, errors, vouchers, bookings, accounts, parts listed together, ciphers, models, versions,
    flights, standards) must claim none; their names and changes are other readers'."""
    report = corpus_report(TEST_DATA / directory)
    assert report.field_accuracy["course_code"] >= 0.95, report.field_mistakes
    assert not any(mistake.field == "course_code" and mistake.expected is None for mistake in report.field_mistakes), (
        report.field_mistakes
    )


@pytest.mark.parametrize(
    "directory",
    [
        "requests-tune4",
        "requests-tune5-types",
        "requests-tune5-changes",
        "requests-tune6",
        "requests-tune8",
        "requests-tune9-types",
        "requests-tune9-changes",
        "requests-tune9-reading",
        "requests-tune10",
        "requests-tune11-announce",
        "requests-tune12",
        "requests-tune13-types",
        "requests-tune13-reading",
        "requests-tune14-types",
        "requests-tune14-changes",
        "requests-tune15",
        "requests-tune16-types",
        "requests-tune16-relays",
        "requests-tune16-replies",
        "requests-tune16-plans",
        "requests-tune17",
        "requests-tune18-types",
        "requests-tune19",
        "requests-tune20-types",
        "requests-tune21",
        "requests-tune22-types",
        "requests-tune23",
        "requests-tune24-types",
        "requests-tune25",
        "requests-tune26-types",
        "requests-tune28-types",
        "requests-tune29",
        "requests-tune30-types",
    ],
)
def test_type_on_the_later_tuning_corpora(directory: str) -> None:
    """The type on the corpora written after the rules (the fourth, and the fifth on the type boundaries: other mail
    beside support, documents asked indirectly, announcements asked as "sampaikan ke mahasiswa"; the changes corpus's
    how-to questions and changes said without "mohon"; the sixth's forwarded notices; the eighth, once held out; the
    ninth's other mail beside support and course data; the twelfth, once held out; the thirteenth's support naming other
    offices' systems, complaints about posts already up and plans told ahead; the fourteenth's support told in other
    offices' words by tutors, practitioners, evening, RPL and exchange students, beside questions only; the reading and
    changes corpora's empty replies and one-liners; the fifteenth, once held out; the sixteenth's faults told with
    course-data words beside mail that tells rather than asks, its requests relayed by service forms and other units'
    ticket systems beside machine mail naming a person in Reply-To, and its answers to the helpdesk's own mail beside
    thanks, new questions and an empty quote; its change plans told ahead for information beside a later change asked
    now; the seventeenth, once held out; the eighteenth's requests withdrawn, changes weighed for later, reverts, forms
    named by the change they serve and notices spread by new verbs; the nineteenth, once held out; the twentieth's
    support told in words no rule had, pay, mail delivery and academic leave beside e-learning words, and machine mail
    without its usual headers beside people writing about such mail; the twenty-first, once held out; the
    twenty-second's changes told through their symptom and other offices' systems told like e-learning trouble; the
    twenty-third, once held out; the twenty-fourth's e-learning faults beside another office's word said in passing,
    how-to questions beside "nothing to change" and changes asked as questions, changes told without a verb, and
    systems' notices without machine headers beside a person pasting or forwarding one; the twenty-fifth, once held
    out; the twenty-sixth's complaints that a change went wrong, changes reported done, planned, asked whether allowed
    or wrong only in another office's record, beside a change asked set right or back, a lecturer added or taken off
    beside the writer's own trouble getting in; the twenty-eighth's changes asked beside a fault's words, still asked
    while their value waits, or asked again when never done, how-to questions beside "only curious", and systems'
    signatures, exports, digests, ticket updates and e-learning notices beside a person passing one on with a request;
    the twenty-ninth, once held out; the thirtieth's sharing, comment, access, transfer and form services naming the
    person in Reply-To and in their text, and bounces with no header, beside forms relaying a person's answers; course
    changes for courses named after another office's matter (internship, magang, kunjungan, konferensi, pembayaran)
    beside that matter asked; students asking to be moved to another class's course; changes reported already made;
    how-to questions and plans); their fields are judged by the tests of each field's reader."""
    report = corpus_report(TEST_DATA / directory)
    assert report.macro_f1 >= 0.95, report.mistakes
    assert report.human_taken_for_machine == 0


@pytest.mark.parametrize(
    "name",
    [
        "006-ooo-zimbra-cuti-melahirkan.eml",
        "016-bounce-user-unknown-students.eml",
        "022-automatic-reply-conference-leave.eml",
    ],
)
def test_machine_mail_among_the_samples_is_screened(name: str) -> None:
    assert predict(SAMPLES / name, "P4M", CONTEXT).type == "auto"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tayang Sabtu, 14 Maret 2026 pukul 09.00 WIB", "2026-03-14T09:00:00+07:00"),
        ("on Wednesday 16 July 2025 at 09:00 WIB", "2025-07-16T09:00:00+07:00"),
        ("tomorrow, 20 November 2025, at 8 am", "2025-11-20T08:00:00+07:00"),
        ("besok pagi jam 07.00", "2026-11-24T07:00:00+07:00"),
        ("tayang jam 12 siang ini", "2026-11-23T12:00:00+07:00"),
        ("Kamis 26 Maret jam 06.00", "2027-03-26T06:00:00+07:00"),
        ("mulai 22 Desember 2025 jam 7 malam", "2025-12-22T19:00:00+07:00"),
    ],
)
def test_indonesian_and_english_moments(text: str, expected: str) -> None:
    moment = find_moment(text, REFERENCE)
    assert moment is not None and moment.at.isoformat() == expected


def test_date_without_time_is_not_a_moment() -> None:
    assert find_moment("pada 14 Maret 2026", REFERENCE) is None


def test_low_support_goes_to_triage() -> None:
    result = classify(ClassifierInput("Halo", "Selamat pagi, apa kabar?", REFERENCE))
    assert result.type is RequestType.OTHER and result.needs_triage


def test_reasons_name_the_rules_that_decided() -> None:
    result = classify(ClassifierInput("Lupa password", "Saya lupa password e-learning, tidak bisa login", REFERENCE))
    assert result.type is RequestType.ELEARNING_SUPPORT
    assert any("login trouble" in reason for reason in result.reasons)


ODD_REQUEST = (
    "From: Wati <wati@polibatam.ac.id>\r\nSubject: {subject}\r\nMessage-ID: <{mid}@polibatam.ac.id>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    "Selamat pagi, mohon bantuan pembuatan video pembelajaran untuk {course} di studio rekaman P4M, "
    "termasuk penyuntingan dan unggah ke kanal resmi.\r\n"
)


def test_a_staff_correction_is_not_repeated(local_config: Config, clock: FixedClock) -> None:
    """Staff say #type elearning_support once; the next such request is classified that way."""
    app = build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=ScriptedMailer())
    first = ODD_REQUEST.format(subject="Video pembelajaran", mid="v1", course="MK Kalkulus").encode()
    result = app.pipeline.ingest(IncomingMail(first, clock.now()))
    with Session(app.engine) as session:
        ticket = session.get(Ticket, result.ticket_id)
        assert ticket is not None
        assert ticket.type != RequestType.ELEARNING_SUPPORT
        correct_type(session, ticket, RequestType.ELEARNING_SUPPORT, "rina.staf@polibatam.ac.id", clock.now())
        session.commit()
    second = ODD_REQUEST.format(subject="Bantuan video pembelajaran", mid="v2", course="MK Fisika").encode()
    again = app.pipeline.ingest(IncomingMail(second, clock.now()))
    with Session(app.engine) as session:
        ticket = session.get(Ticket, again.ticket_id)
        assert ticket is not None
        assert ticket.type == RequestType.ELEARNING_SUPPORT
        assert "staff-corrected ticket #1" in ticket.reasons_json


def test_acknowledgement_repeats_what_was_understood(local_config: Config, clock: FixedClock, corpus: Path) -> None:
    mailer = ScriptedMailer()
    app = build_app(local_config, clock=clock, tokens=CountingTokens(), mailer=mailer)
    app.pipeline.ingest(IncomingMail((SAMPLES / "001-ubah-nama-mk-basis-data.eml").read_bytes(), clock.now()))
    app.outbox.run_pass()
    assert len(mailer.sent) == 2  # the receipt and the staff notice, in either order
    for text in (raw.decode() for _, _, raw in mailer.sent):
        assert "IF201" in text and "Sistem Basis Data" in text


# Words the rules look for, with near misses glued on, so candidates often fail the word boundary.
RULE_WORDS = st.sampled_from(
    ["sks", "nama", "matakuliah", "ganti", "dosen", "pengumuman", "notice", "kelas", "if-1a", "e-learning", "poster"]
)
RULE_TEXT = st.lists(
    st.tuples(st.sampled_from(["", "x", "2", "-"]), RULE_WORDS, st.sampled_from(["", "s", "nya", "-"])).map(
        lambda parts: "".join(parts)
    ),
    max_size=30,
).map(" ".join)


@given(RULE_TEXT)
def test_rules_find_the_same_first_match_as_their_whole_pattern(text: str) -> None:
    for rule in RULES:
        expected = rule.pattern.search(text)
        found = rule._first_match(text)
        assert (found and (found.start(), found.group(0))) == (expected and (expected.start(), expected.group(0)))


# Few words, so that texts share them; a common word, a short one and capitals, which the counting drops or folds.
WORDS = st.sampled_from(["kuliah", "nilai", "Kuliah", "video", "login", "moodle", "jadwal", "dan", "ab", "mk-101"])
TEXTS = st.lists(WORDS, max_size=12).map(" ".join)


def closest_by_brute_force(text: str, examples: list[Example]) -> list[tuple[Example, float]]:
    """The definition: count every text's words again, cosine against each example, best three."""
    query = word_counts(text)
    scored = []
    for example in examples:
        vector = word_counts(example.text)
        dot = sum(query[word] * vector[word] for word in set(query) & set(vector))
        norm = math.sqrt(sum(v * v for v in query.values())) * math.sqrt(sum(v * v for v in vector.values()))
        scored.append((example, dot / norm if dot and norm else 0.0))
    close = [item for item in scored if item[1] >= MIN_SIMILARITY]
    return sorted(close, key=lambda item: item[1], reverse=True)[:3]


@given(st.lists(st.tuples(TEXTS, st.sampled_from(list(RequestType))), max_size=25), TEXTS)
def test_example_memory_finds_what_counting_every_example_again_finds(
    taught: list[tuple[str, RequestType]], text: str
) -> None:
    examples = [Example(words, kind, f"ticket #{number}") for number, (words, kind) in enumerate(taught)]
    assert ExampleMemory(examples).closest(text) == closest_by_brute_force(text, examples)


@pytest.mark.parametrize(
    ("subject", "text", "is_reply", "expected"),
    [
        # about nothing the unit does, whatever words it shares with requests
        ("Lampu tangga", "Lampu tangga lantai 3 mati sejak Senin, mohon diteruskan ke bagian sarana.", False, "other"),
        # thanks for a past event, no ask
        ("Thanks", "Thank you for the workshop on rubrics last week, it was very useful.", False, "other"),
        # a reply on a ticket saying the work is done
        ("Ganti dosen", "Baik, sudah saya cek, namanya sudah berubah di course. Terima kasih.", True, "other"),
        # trouble told without keywords is still support
        (
            "Nilai",
            "Nilai kuis 2 di course Kalkulus tidak muncul untuk mahasiswa, mohon dicek.",
            False,
            "elearning_support",
        ),
        # what already works for classmates is the contrast of a problem, not thanks
        (
            "Belum terdaftar",
            "Nama saya belum ada di daftar peserta kelas Fisika, padahal teman-teman sudah bisa lihat materinya.",
            False,
            "elearning_support",
        ),
        ("halaman putih", "habis login yang muncul cuma halaman putih, di hp juga sama", False, "elearning_support"),
        # undoing a mistake or reopening work is support; asking whether a programme opens again is not
        (
            "Deleted",
            "I deleted the week 5 folder by mistake. Is there any way to bring it back?",
            False,
            "elearning_support",
        ),
        ("Hibah", "Tahun lalu ada hibah bahan ajar. Apakah tahun ini dibuka lagi?", False, "other"),
        ("Library", "Hello, are you the right office to ask about a library fine?", False, "other"),
        # what the writer checked before asking is no confirmation that the work is done; in a reply it is
        (
            "Rubrik",
            "Pengaturan rubrik sudah saya cek, bobotnya benar, tapi nilai akhir mahasiswa hasilnya aneh. Terima kasih.",
            False,
            "elearning_support",
        ),
        ("Forum", "Sudah saya periksa, forumnya sudah bisa dibalas mahasiswa. Terima kasih.", True, "other"),
        # a plan told ahead that says nothing is to be changed asks nothing; a part kept as it is limits a request
        (
            "Rencana kurikulum",
            "Sekadar kabar: nama MK Statika mungkin diganti menjadi Statika Struktur tahun depan. Untuk sekarang tidak"
            " ada yang perlu diubah.",
            False,
            "other",
        ),
        (
            "Nama MK",
            "Mohon nama MK Statika diubah menjadi Statika Struktur; selain itu tidak ada yang perlu diubah.",
            False,
            "course_data",
        ),
        # the writer's own post that fails is support; another office's system and its login are that office's
        (
            "Forum",
            "I posted an announcement in my course yesterday but the students got no e-mail about it.",
            False,
            "elearning_support",
        ),
        ("SIAKAD", "Saya tidak bisa login ke SIAKAD sejak pagi, password sudah direset.", False, "other"),
        (
            "Ekspor",
            "File ekspor nilai dari e-learning yang mau saya unggah ke SIAKAD isinya kosong semua.",
            False,
            "elearning_support",
        ),
    ],
)
def test_other_mail_beside_requests(subject: str, text: str, is_reply: bool, expected: str) -> None:
    result = classify(ClassifierInput(subject=subject, text=text, reference=REFERENCE, is_reply=is_reply))
    assert result.type.value == expected, result.reasons


@pytest.mark.parametrize(
    ("field", "expected", "claimed", "same"),
    [
        ("credits", "3 SKS", "3", True),
        ("credits", "tiga", "3", True),
        ("credits", "4 credits", "four", True),
        ("credits", "3 SKS", "4", False),
        ("credits", "3 SKS", "3 SKS (2 teori + 1 praktik)", True),
        ("credits", "4 SKS (2T + 2P)", "3 SKS (2T + 1P)", False),
        ("credits", "2 (dua) SKS", "2", True),
        ("credits", "3 (dua) SKS", "3", False),
        ("credits", "2 (teori) SKS", "2", False),
        ("semester", "Semester 2", "2", True),
        ("semester", "Ganjil 2026/2027", "Genap 2026/2027", False),
        ("fullname", "Semester 2", "2", False),
        ("shortname", "IF-2A", "if-2a", False),
        ("credits", None, "3", False),
        ("summary", "Kajian pasang surut dan gelombang", "Kajian pasang surut dan gelombang.", True),
        ("summary", "Kajian pasang surut dan gelombang", "Kajian pasang surut dan gelombang. Segera.", False),
        ("lecturer", "Ir. Rudi Hartono, M.T., IPM.", "Ir. Rudi Hartono, M.T., IPM", False),
    ],
)
def test_change_values_are_compared_as_moodle_receives_them(
    field: str, expected: str | None, claimed: str, same: bool
) -> None:
    assert same_change_value(field, expected, claimed) is same
