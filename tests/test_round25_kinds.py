"""Kinds found when held-out part25 was opened (as tune45), written before their rules in voices tune45 does not
use: a "done" word in a later sentence does not undo a change asked in an attached letter; a reply saying in English
that the work is done ("is updated now") or under a subject that asked is thanks; clock times said "12 noon", "jam 7
mlm", in West African time or "your time"; a request to publish asked after the text in a sentence without
"please"; a class named by its lecturer ("kelas Pak Rudi") is no course name."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from daemon.classify.casual_words import normalise
from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.clock import find_time, moment_at
from daemon.classify.fields import extract_fields
from daemon.classify.memory import NO_EXAMPLES
from daemon.classify.model import RequestType
from daemon.classify.rules import RULES
from daemon.classify.telling import asks_for_work

AT = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


def test_done_in_a_later_sentence_does_not_undo_the_lecturer_asked_in_the_letter() -> None:
    text = (
        "Assalamualaikum Tim P4M,\n\nKami dari Tata Usaha Jurusan Teknik Elektro meneruskan permohonan Bapak Hendra. "
        "Nama dosen baru tertera di surat yang kami lampirkan.\n\nData di SIAKAD sudah kami perbarui, tinggal "
        "e-learning saja.\n\nWassalam,\n\n[attachment: surat_pengampu.pdf]\nPerihal: Pergantian dosen\nDengan ini "
        "kami mohon pengajar mata kuliah EL2203 Rangkaian Listrik diganti menjadi\nIr. Bonifasius Siregar, M.T.\n"
        "mulai pertemuan ke-5.\nHormat kami,"
    )
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Permohonan dari Pak Hendra", text, AT)
    assert dict(fields.changes) == {"lecturer": "Ir. Bonifasius Siregar, M.T."}


def test_done_said_of_the_same_field_still_withholds_it() -> None:
    text = (
        "Halo, dosen pengampu MK EL2203 Rangkaian Listrik sudah diganti kemarin oleh admin jurusan, terima kasih. "
        "Dulu kami minta dosennya menjadi Ir. Bonifasius Siregar, M.T."
    )
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Pengampu", text, AT)
    assert "lecturer" not in dict(fields.changes)


def _type(subject: str, text: str, *, is_reply: bool) -> RequestType:
    return classify(ClassifierInput(subject, text, AT, is_reply, "", NO_EXAMPLES)).type


DONE_REPLIES = (
    (
        "Please update the enrolment key for ME2210",
        "Hi team,\n\nJust checked - the enrolment key is updated now and my students got in. Much appreciated!\n\nKofi",
    ),
    (
        "Request to change the lecturer of AK2201",
        "Good morning, the lecturer name was already corrected on the course page. Thank you for the quick help.",
    ),
    (
        "Mohon ganti nama MK Basis Data",
        "Siang Pak, barusan saya cek nama MK-nya sudah diganti. Makasih banyak ya Pak.",
    ),
)


@pytest.mark.parametrize(("subject", "text"), DONE_REPLIES, ids=("updated-now", "already-corrected", "sudah-diganti"))
def test_a_reply_saying_the_work_is_done_is_thanks(subject: str, text: str) -> None:
    assert _type(subject, text, is_reply=True) is RequestType.OTHER


def test_done_for_one_field_with_another_still_wrong_is_a_request() -> None:
    text = (
        "Thanks, the short name is changed already, but the full name is still wrong: it should be Basis Data "
        "Lanjut. Could you fix it?"
    )
    assert _type("Request to change short name", text, is_reply=True) is RequestType.COURSE_DATA


CLOCKS = (
    ("Please have it up at 12 noon Malaysian time on Monday.", (11, 0)),
    ("tayangin tgl 20 jam 7 mlm y", (19, 0)),
    ("Kindly publish on 3 March at 09:30 WAT.", (15, 30)),
    ("Could it go up Friday, 9am your time?", (9, 0)),
)


@pytest.mark.parametrize(("text", "expected"), CLOCKS, ids=("12-noon-zone", "mlm", "wat", "your-time"))
def test_clock_times_in_more_forms(text: str, expected: tuple[int, int]) -> None:
    found = find_time(text)
    assert found is not None
    moment = moment_at(date(2026, 3, 3), found)
    assert (moment.hour, moment.minute) == expected


ASKED_AFTER_THE_TEXT = (
    (
        "Talk by Prof. Okafor",
        "Hello P4M,\n\nTitle: Public Lecture on Renewable Microgrids\n\nThe lecture is on Wednesday 16 December, "
        "10am, in the auditorium.\n\nCan put up on the site on Friday 11 Dec, 8am? Thanks lah.",
        "2026-12-11T08:00:00+07:00",
    ),
    (
        "Seminar announcement",
        "Dear colleagues,\n\nTitle: Seminar on Coastal Logistics\n\nThe seminar takes place on 18 December 2026 in "
        "room B-201.\n\nWe would be grateful if it could go up on 10 December at 2 pm.",
        "2026-12-10T14:00:00+07:00",
    ),
)


@pytest.mark.parametrize(("subject", "text", "publish"), ASKED_AFTER_THE_TEXT, ids=("can-put-up", "grateful-if"))
def test_publishing_asked_after_the_text_without_please(subject: str, text: str, publish: str) -> None:
    fields, _ = extract_fields(RequestType.ANNOUNCEMENT, subject, text, AT)
    assert fields.publish_at == publish


CLASS_BY_LECTURER = (
    ("Pengumuman", "Tolong pasang pengumuman di kelas Ibu Ratna hari Kamis ya, judulnya: Kuis Dibatalkan."),
    ("Deskripsi", "Beliau minta deskripsi untuk kelas Pak Yohanes pagi diganti dengan kalimat berikut: Kuliah ini."),
)


@pytest.mark.parametrize(("subject", "text"), CLASS_BY_LECTURER, ids=("kelas-ibu", "kelas-pak"))
def test_a_class_named_by_its_lecturer_names_no_course(subject: str, text: str) -> None:
    kind = RequestType.ANNOUNCEMENT if subject == "Pengumuman" else RequestType.COURSE_DATA
    fields, _ = extract_fields(kind, subject, text, AT)
    assert fields.course_name is None
    if kind is RequestType.ANNOUNCEMENT:
        assert fields.scope == "course"


REMARKS_UNDER_THE_TEXT = (
    (
        "Deskripsi kelas Bu Wulan",
        "Halo P4M, saya membantu Bu Wulan. Beliau minta deskripsi kelas Kamis pagi diganti dengan teks ini:\n\n"
        "Mata kuliah ini memperkenalkan dasar-dasar akuntansi biaya dan penerapannya pada usaha kecil.\n\n"
        "Beliau sedang di luar kota jadi belum sempat kirim sendiri.\n\nSalam,",
        "Mata kuliah ini memperkenalkan dasar-dasar akuntansi biaya dan penerapannya pada usaha kecil.",
    ),
    (
        "Course summary",
        "Hi, please replace the summary of the Tuesday class with:\n\nThis course covers sensors, actuators and the "
        "control loops that join them in small robots.\n\nThe code of the course is on the timetable, I do not "
        "have it at hand.\n\nRegards,",
        "This course covers sensors, actuators and the control loops that join them in small robots.",
    ),
)


@pytest.mark.parametrize(("subject", "text", "summary"), REMARKS_UNDER_THE_TEXT, ids=("beliau", "code-of-course"))
def test_a_remark_about_the_request_under_the_new_text_is_not_part_of_it(subject: str, text: str, summary: str) -> None:
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, AT)
    assert dict(fields.changes).get("summary") == summary


LISTED_THEN_SINGLED = (
    (
        "Course pages this term",
        "Dear P4M,\n\nI teach these courses on e-learning this term:\n1. ME1201 Engineering Drawing\n2. ME2203 Fluid "
        "Mechanics\n3. ME3105 Heat Transfer\n\nAll fine except one thing: only for Fluid Mechanics, the credits "
        "still show 2, it should be 3 credits.\n\nBest, Tomasz",
        "ME2203",
        "Fluid Mechanics",
    ),
    (
        "Kelas semester genap",
        "Assalamualaikum, kelas saya di e-learning:\n- AK1104 - Pengantar Akuntansi\n- AK2207 - Perpajakan\n\n"
        "Cuma buat Perpajakan, enrol key-nya tolong diganti jadi Pajak2027 ya. Makasih.",
        "AK2207",
        "Perpajakan",
    ),
)


@pytest.mark.parametrize(("subject", "text", "code", "name"), LISTED_THEN_SINGLED, ids=("only-for", "cuma-buat"))
def test_of_listed_courses_the_one_singled_out_by_name_is_the_request_s(
    subject: str, text: str, code: str, name: str
) -> None:
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, AT)
    assert (fields.course_code, fields.course_name) == (code, name)


TITLE_AFTER_THE_ASK_IN_THE_SUBJECT = (
    (
        "Kindly announce Regional Robotics Bootcamp",
        "Good day! Our university will run a Regional Robotics Bootcamp for polytechnic students in January. Please "
        "share it with all students tomorrow at 9 am.",
        "Regional Robotics Bootcamp",
    ),
    (
        "Mohon umumkan Pelatihan Penulisan Proposal PKM",
        "Assalamualaikum, bagian kemahasiswaan mengadakan pelatihan untuk semua mahasiswa tanggal 20 Desember. Mohon "
        "ditayangkan besok pagi jam 8.",
        "Pelatihan Penulisan Proposal PKM",
    ),
)


@pytest.mark.parametrize(("subject", "text", "title"), TITLE_AFTER_THE_ASK_IN_THE_SUBJECT, ids=("kindly", "mohon"))
def test_a_subject_asking_to_announce_a_titled_event_names_the_title(subject: str, text: str, title: str) -> None:
    fields, _ = extract_fields(RequestType.ANNOUNCEMENT, subject, text, AT)
    assert fields.title == title


def test_a_subject_asking_to_announce_in_a_course_names_no_title() -> None:
    fields, _ = extract_fields(
        RequestType.ANNOUNCEMENT,
        "Please announce in Fluid Mechanics",
        "Hello, please tell my Fluid Mechanics (ME2203) class that the quiz moves to Friday. Post it tomorrow 8 am.",
        AT,
    )
    assert fields.title != "Fluid Mechanics"


MARKED_AND_YOUR_TIME = (
    (
        "Draft pengumuman",
        "Hai P4M, ini draft dari Notion, tolong diposting di beranda e-learning ya:\n\n## Judul: Seleksi Duta Kampus\n"
        "- [ ] waktu tayang: **Rabu 16 Des 2026, 10:00 WIB**\n- [ ] sasaran: semua mahasiswa",
        "2026-12-16T10:00:00+07:00",
    ),
    (
        "Exchange call",
        "Dear P4M, could you post the notice below for all students? Friday at 09:30 your time (WIB) would be great."
        "\n\nTitle: Summer School in Porto\n\nStudents may apply until 20 January.",
        "2026-12-04T09:30:00+07:00",
    ),
)


@pytest.mark.parametrize(("subject", "text", "publish"), MARKED_AND_YOUR_TIME, ids=("markdown-bold", "your-time-wib"))
def test_a_publish_time_in_bold_or_in_the_reader_s_time(subject: str, text: str, publish: str) -> None:
    fields, _ = extract_fields(RequestType.ANNOUNCEMENT, subject, text, AT)
    assert fields.publish_at == publish


def test_a_bilingual_title_label_gives_the_whole_bilingual_title() -> None:
    text = (
        "Please publish the following announcement on the e-learning home page on Monday at 8 am.\n\n"
        "Title / Judul: International Staff Welcome Evening / Malam Penyambutan Staf Internasional\n\n"
        "EN: Teams register at the student centre.\nID: Pendaftaran tim di pusat kemahasiswaan."
    )
    fields, _ = extract_fields(RequestType.ANNOUNCEMENT, "Notice / Pengumuman", text, AT)
    assert fields.title == "International Staff Welcome Evening / Malam Penyambutan Staf Internasional"


NOT_A_NAME = (
    (
        "ganti nama MK -> Sistem Basis Data",
        "mk sy yg Basdat 1 (kode IF-231) tlg ganti namanya jd Sistem Basis Data ya",
        "Basdat 1",
    ),
    (
        "Key for UX-DES210",
        "Hi, our students in Service Design Studio (code UX-DES210) need a new key: Studio#2027.",
        None,
    ),
)


@pytest.mark.parametrize(("subject", "text", "name"), NOT_A_NAME, ids=("mk-before-arrow", "code-as-name"))
def test_the_word_for_a_course_or_its_code_is_no_course_name(subject: str, text: str, name: str | None) -> None:
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, AT)
    assert fields.course_name == name


ASKS_AMONG_OTHER_TALK = (
    (
        "Kabar minggu ini + satu permintaan",
        "Selamat sore tim P4M,\n\nMinggu ini lab kami sibuk sekali, printer 3D baru datang dan teknisi masih merakit. "
        "Rencananya bulan depan semua sudah bisa dipakai mahasiswa.\n\nSatu hal: mohon short name kursus ME3105 "
        "Perpindahan Panas diganti menjadi PP-ME3105 ya.\n\nSalam,\nDimas",
    ),
    (
        "Data MK TE3301",
        "Selamat pagi,\n\nBerikut perubahan untuk mata kuliah Sistem Kendali (TE3301):\n- dosen pengampu baru: "
        "Ir. Rahmat Hidayat, M.T.\n- short name: SK-TE3301\n\nDosen sebelumnya sudah pensiun per 1 November.\n\n"
        "Terima kasih",
    ),
)


@pytest.mark.parametrize(("subject", "text"), ASKS_AMONG_OTHER_TALK, ids=("plan-not-done", "changes-listed"))
def test_a_change_asked_among_other_talk_is_a_course_data_request(subject: str, text: str) -> None:
    assert _type(subject, text, is_reply=False) is RequestType.COURSE_DATA


def test_the_pieces_a_plan_is_no_done_word_and_a_list_of_changes_asks() -> None:
    plan = normalise("Rencananya minggu depan semua sudah bisa dipakai lagi.")
    assert not any(rule.says_done and rule.reason(plan) for rule in RULES)
    assert asks_for_work(normalise("Berikut perubahan untuk mata kuliah Sistem Kendali (TE3301): - short name: SK"))
    assert asks_for_work(normalise("Please apply the following changes to Thermodynamics (ME2201): - key: Th3rmo!"))
