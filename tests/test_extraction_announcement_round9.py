"""Kinds of announcement request written anew in requests-tune18-announce, each read in sentences of its own: titles
kept as their writer typed them (an en dash from an HTML entity), out of their emphasis ("*X*", "_X_", "**Judul:**"),
after "The title is:" or a spoken particle, dictated in lower case up to the words that open the text, alone in a
plain subject line; publish times counted back from an event the mail dates elsewhere ("H-2 sebelum UAS", "two days
before the exam"), in eastern Indonesian and foreign zones, by the season where the clocks change; a course's
parallel classes, participants and news forum; and the values that must not be read."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from daemon.classify.announcement import extract_announcement
from daemon.classify.clock import find_time, moment_at
from parsers.text_form import html_to_text

# Monday 1 March 2027, 09:00 WIB
MAIL_DATE = datetime(2027, 3, 1, 2, 0, tzinfo=UTC)


def _read(text: str, subject: str = "info", *, has_course: bool = True) -> tuple[str | None, str, str | None]:
    found = extract_announcement(subject, text, MAIL_DATE, has_course=has_course)
    return found.title, found.scope, found.publish_at


def test_html_keeps_the_writers_dash_and_quotes() -> None:
    text = html_to_text("<p><b>Title:</b> Moodle Upgrade &ndash; Service &ldquo;Pause&rdquo;&nbsp;Notice</p>")
    assert "Moodle Upgrade \u2013 Service \u201cPause\u201d Notice" in text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mohon tayang besok jam 7.\n\n*Judul:* *Jadwal UAS Ganjil*\n\nIsi: cek SIAKAD.", "Jadwal UAS Ganjil"),
        ("Mohon tayang besok jam 7.\n\nJudul: **Jadwal UAS Ganjil**\n\nIsi: cek SIAKAD.", "Jadwal UAS Ganjil"),
        (
            "Please post tomorrow at 7.\n\nTitle: _Guest Talk: Cloud Careers_\n\nIn the hall.",
            "Guest Talk: Cloud Careers",
        ),
        ("Please post tomorrow at 7.\n\nThe title is: No Lab \u2013 Week 3\nThe text: none.", "No Lab \u2013 Week 3"),
        ("Mohon diumumkan. Judulnya adalah: Laporan SPT diundur, tolong tayang besok.", "Laporan SPT diundur"),
        ("Mohon bantu umumkan besok jam 7. Judulnya tuh Kuis 2 Diundur, isinya kuis diundur.", "Kuis 2 Diundur"),
        ("Min tlg tayangin bsk jam 7\n\n\U0001f4e2 *Kuis 2 Diundur ke Jumat*\n\nKuis 2 diundur ke Jumat.", None),
        ("Hi, please post tomorrow at 7.\n\nSubject line: Quiz 2 Moved to Friday\nBody: it moves.", None),
    ],
)
def test_a_title_out_of_its_emphasis_and_copula(text: str, title: str | None) -> None:
    expected = title or ("Kuis 2 Diundur ke Jumat" if "Kuis" in text else "Quiz 2 Moved to Friday")
    assert _read(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("tolong umumkan besok jam 8 judulnya kuis dua mekanika isinya kuis dua hari kamis", "kuis dua mekanika"),
        (
            "please post tomorrow at 7 the title is review moved to\nthursday the text is it moved",
            "review moved to\nthursday",
        ),
        ("tolong buat pengumuman judul pengumumannya lab tutup terus isinya lab tutup sabtu", "lab tutup"),
    ],
)
def test_a_dictated_title_runs_to_the_words_that_open_the_text(text: str, title: str) -> None:
    assert _read(text)[0] == " ".join(title.split())


@pytest.mark.parametrize("framed", ["[Kuis 2 Diundur]", "=== Kuis 2 Diundur ===", ">> Kuis 2 Diundur <<"])
def test_a_title_framed_on_a_line_of_its_own(framed: str) -> None:
    text = f"Tolong tayang besok jam 7.\n\n{framed}\n\nKuis 2 diundur ke minggu depan karena libur nasional."
    assert _read(text)[0] == "Kuis 2 Diundur"


def test_a_pointer_after_the_cue_is_not_a_dictated_title() -> None:
    assert _read("tolong umumkan besok jam 7 judulnya sesuai subjek isinya kuis batal", "tolong min")[0] is None


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Field Trip to Batamindo Postponed", "Field Trip to Batamindo Postponed"),
        ("Re: Kuliah Pindah ke Ruang GU 702", "Kuliah Pindah ke Ruang GU 702"),
        # a subject about the mail, or naming the course, is not the notice's title
        ("Reminder for Technical Writing", None),
        ("Message for Industrial Robotics", None),
        ("minta tolong pasang pengumuman", None),
        ("Statistika Bisnis Kelas Pagi", None),
    ],
)
def test_a_plain_subject_is_the_title_when_the_body_names_none(subject: str, title: str | None) -> None:
    text = (
        "Could you please post this on my Industrial Robotics course (MK3305), also for Statistika Bisnis Kelas Pagi "
        "(MB2105), tomorrow at 4 pm?\n\nThe field trip is postponed.\n\nThanks"
    )
    assert _read(text, subject)[0] == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UAS dilaksanakan Senin, 15 Maret 2027 pukul 10.00. Tolong tayang H-2 sebelum UAS, pukul 08.00.", "03-13T08"),
        ("Mohon tayang H-1 ujian jam 7 pagi. UTS dimulai Senin, 15 Maret 2027.", "03-14T07"),
        (
            "Seminar digelar Sabtu, 20 Maret 2027 pukul 08.00. "
            "Mohon dipublikasikan sehari sebelum seminar pukul 19.00.",
            "03-19T19",
        ),
        (
            "The exam is on Thursday, 25 March 2027 at 1 pm. Please publish it two days before the exam, at 8 am.",
            "03-23T08",
        ),
        ("Our visit is on Wednesday 7 April 2027. Could you post it the evening before the trip, at 6 pm?", "04-06T18"),
        (
            "Pendaftaran ditutup Jumat, 16 April 2027. "
            "Mohon ditayangkan seminggu sebelum pendaftaran ditutup, jam 10 pagi.",
            "04-09T10",
        ),
        (
            "Acara: Dies Natalis\nHari/Tanggal: Kamis, 22 April 2027\n\n"
            "Tolong pengumuman ini naik H-3 acara, jam 9 pagi.",
            "04-19T09",
        ),
        ("Mohon tayang pas hari H jam 6 pagi ya. Lomba diadakan Sabtu, 20 Maret 2027.", "03-20T06"),
        ("Please post it on the morning of the exam at 6. The exam is on Thursday 25 March 2027 at 1 pm.", "03-25T06"),
    ],
)
def test_a_publish_time_counted_back_from_the_event(text: str, expected: str) -> None:
    published = _read(text + "\n\nJudul: Pengingat Acara Kampus")[2]
    assert published is not None and published.startswith(f"2027-{expected}")


@pytest.mark.parametrize(
    "text",
    [
        # the day is said relative to the quiz, the hour is the quiz's own
        "Kuis 2 mulai Selasa, 9 Maret 2027 jam 08.00. Pengumuman ini tayang H-1 sebelum kuis aja ya.",
        # the event's hour right after its name ("yang dimulai pukul 08.00") is not the hour asked for
        "Mohon tayang sehari sebelum seminar yang dimulai pukul 08.00. Seminar: Sabtu, 20 Maret 2027.",
        # a deadline of the text's own ("paling lambat sehari sebelumnya")
        "Mohon tayang saja. Slide diunggah paling lambat sehari sebelumnya, pertemuan Kamis 4 Maret 2027 jam 13.00.",
    ],
)
def test_an_event_relative_day_without_its_hour_claims_nothing(text: str) -> None:
    assert _read(text + "\n\nJudul: Kisi-kisi Kuis")[2] is None


@pytest.mark.parametrize(
    "text",
    [
        "Tolong umumkan: tugas dikumpulkan H-1 sebelum UAS pukul 23.59. UAS dimulai Senin, 15 Maret 2027.",
        "Mohon diumumkan bahwa mahasiswa wajib datang sehari sebelum acara pukul 15.00. Acara: Sabtu, 20 Maret 2027.",
        "Please tell students to submit two days before the exam at 5 pm. The exam is on Thursday 25 March 2027.",
        "Please post now. Students must register a week before the workshop at 9 am. Workshop: 25 March 2027.",
    ],
)
def test_an_event_relative_deadline_in_the_text_is_not_the_publish_time(text: str) -> None:
    assert _read(text + "\n\nJudul: Kisi-kisi Kuis")[2] is None


@pytest.mark.parametrize(
    ("written", "day", "expected"),
    [
        ("besok pukul 10.00 WIT", date(2027, 3, 2), "2027-03-02T08:00:00+07:00"),
        ("lusa jam 9 pagi waktu Jayapura", date(2027, 3, 3), "2027-03-03T07:00:00+07:00"),
        ("at 8:00 AM Manila time", date(2027, 3, 2), "2027-03-02T07:00:00+07:00"),
        ("at 5 am Dubai time", date(2027, 3, 2), "2027-03-02T08:00:00+07:00"),
        ("jam 8 pagi waktu Mekkah", date(2027, 3, 2), "2027-03-02T12:00:00+07:00"),
        # the season decides where the clocks change
        ("at 1 am UK time", date(2027, 3, 1), "2027-03-01T08:00:00+07:00"),
        ("at 1 am UK time", date(2027, 7, 1), "2027-07-01T07:00:00+07:00"),
        ("at 9 am Sydney time", date(2027, 11, 2), "2027-11-02T05:00:00+07:00"),
        ("pukul 10.00 waktu Jerman", date(2027, 3, 2), "2027-03-02T16:00:00+07:00"),
    ],
)
def test_zones_of_eastern_indonesia_and_abroad(written: str, day: date, expected: str) -> None:
    clock = find_time(written)
    assert clock is not None and moment_at(day, clock).isoformat() == expected


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Mohon dipasang untuk semua kelas paralel A sampai D Fisika Dasar (FI1101).", "course"),
        ("Mohon dipasang untuk semua kelas paralel Fisika Dasar.", "course"),
        ("Mohon diumumkan di e-learning mata kuliah Basis Data (IF2101) untuk seluruh mahasiswa peserta.", "course"),
        ("Tolong post ke news forum Basis Data (IF2101), all students need to see it.", "course"),
        ("Mohon umumkan kepada seluruh mahasiswa Basis Data kelas pagi dan malam (IF2101).", "course"),
        ("Mohon ditayangkan untuk seluruh mahasiswa peserta KKN semua prodi.", "site"),
        ("Please post on IF2101 (Database Systems) for every student in it.", "course"),
        ("Mohon info ini sampai ke seluruh mahasiswa bimbingan praktikum Basis Data (IF2101).", "course"),
        ("Untuk mahasiswa MK Basis Data (IF2101) dari semua prodi.", "course"),
        ("Mohon diumumkan ke semua kelas yang saya ajar di Basis Data (IF2101).", "course"),
        (
            "Kepada Yth.\nSeluruh Mahasiswa Politeknik Negeri Batam\n\n"
            "Sehubungan dengan UTS Kalkulus (MA1101), mohon diumumkan.",
            "site",
        ),
        ("Mohon ditayangkan untuk seluruh mahasiswa semester 6 di beranda e-learning.", "site"),
    ],
)
def test_who_a_notice_is_for(text: str, scope: str) -> None:
    assert (
        _read(text + "\n\nJudul: Kuis Dibatalkan", has_course="Fisika" in text or "IF2101" in text or "MA1101" in text)[
            1
        ]
        == scope
    )


def test_a_military_hour_is_not_the_year_of_the_date_before_it() -> None:
    assert _read("Title: Quiz Cancelled\nPublish: Mon 8 Mar, 0800 hrs")[2] == "2027-03-08T08:00:00+07:00"


@pytest.mark.parametrize("label", ["Publish window", "Publish period", "Periode tayang"])
def test_a_labelled_publishing_window_starts_when_the_notice_goes_out(label: str) -> None:
    text = f"Title: Quiz Cancelled\n{label}: 8 Mar 07:00 - 14 Mar 23:59"
    assert _read(text)[2] == "2027-03-08T07:00:00+07:00"
