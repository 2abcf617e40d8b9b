"""Kinds of announcement request written anew in requests-tune16-announce, each read in sentences of its own: publish
times from travelling senders (JST, CET, CEST, "Batam time"), a day of next month, "tomorrow morning around 7", an
hour or a day the writer corrects further down the mail; titles wrapped by the mail client, after "Pengumuman:",
named in a subject, quoted before their publishing verb; who a notice is for (a cohort, a level, a class group, "in
the course"); and the moments and values that must not be read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from daemon.classify.announcement import extract_announcement
from daemon.classify.clock import find_time
from daemon.classify.dates import find_moment

# Monday 1 March 2027, 09:00 WIB
MAIL_DATE = datetime(2027, 3, 1, 2, 0, tzinfo=UTC)


def _publish(text: str) -> str | None:
    return extract_announcement("info", text, MAIL_DATE, has_course=True).publish_at


@pytest.mark.parametrize(
    ("written", "hour", "ahead"),
    [
        ("besok pukul 09.00 JST.", 9, 2),
        ("on Monday at 01:30 CET?", 1, -6),
        ("Thursday, 03:00 CEST, so", 3, -5),
        ("at 9:00 Tokyo time", 9, 2),
        ("jam 9 waktu Jepang", 9, 2),
        ("at 7 am Batam time (WIB)", 7, 0),
        ("jam 10 waktu Indonesia Barat", 10, 0),
    ],
)
def test_the_zones_a_travelling_sender_writes_in(written: str, hour: int, ahead: int) -> None:
    clock = find_time(written)
    assert clock is not None and (clock[0].hour, clock[1]) == (hour, ahead)


def test_a_word_after_the_hour_is_not_taken_for_a_zone() -> None:
    clock = find_time("at 7 am West Campus")
    assert clock is not None and clock[1] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Mohon "Kuis 1" ditayangkan di MK Kalkulus besok pukul 09.00 JST.', "2027-03-02T07:00:00+07:00"),
        (
            'Please publish "Quiz 1" on my Calculus course on Wednesday 3 March at 01:30 CET.',
            "2027-03-03T07:30:00+07:00",
        ),
        ('Tolong tayangkan "Kuis 1" tgl 5 bulan depan pukul 08.00.', "2027-04-05T08:00:00+07:00"),
        ('Please post "Quiz 1" on my Calculus course on the 3rd of next month at 8 am.', "2027-04-03T08:00:00+07:00"),
        ('Can "Quiz 1" go up on my Calculus course tomorrow morning around 7?', "2027-03-02T07:00:00+07:00"),
        ('Tolong "Kuis 1" ditayangkan besok pagi sekitar 7-an ya.', "2027-03-02T07:00:00+07:00"),
    ],
)
def test_publish_times_from_travelling_senders_and_in_words(text: str, expected: str) -> None:
    assert _publish(text) == expected


def test_a_bare_hour_that_counts_people_is_no_time() -> None:
    assert find_moment("tomorrow morning around 7 students", MAIL_DATE) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Tolong tayangkan "Kuis 1" besok jam 8. Ralat: jam 10 saja.', "2027-03-02T10:00:00+07:00"),
        ('Please publish "Quiz 1" tomorrow at 8 am. Actually, make that 10 am.', "2027-03-02T10:00:00+07:00"),
        (
            'Tayangkan "Kuis 1" Senin, 8 Maret 2027 pukul 07.00. '
            "Eh maaf, maksud saya Selasa, 9 Maret 2027 pukul 07.00.",
            "2027-03-09T07:00:00+07:00",
        ),
        # the correction of the text's own event leaves the publish time alone
        (
            'Mohon "Kuis 1" ditayangkan besok pukul 08.00.\n\nKoreksi: kuliah tamunya mulai pukul 13.00, bukan 10.00.',
            "2027-03-02T08:00:00+07:00",
        ),
        (
            'Please publish "Quiz 1" tomorrow at 8 am. The quiz starts at 10 am, I mean at 10:15.',
            "2027-03-02T08:00:00+07:00",
        ),
    ],
)
def test_a_publish_time_corrected_further_down_the_mail(text: str, expected: str) -> None:
    assert _publish(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Please publish "Quiz 1" on my Calculus course tomorrow; the quiz opens at 8 am.',
        'Please publish "Career Fair" on the front page on Friday 5 March. Registration closes on 12 March at 23:59.',
        'Mohon tayangkan "Aturan Baru" hari ini. Berlaku mulai tanggal 8 pukul 00.00.',
    ],
)
def test_a_day_to_publish_beside_an_events_hour_is_no_publish_time(text: str) -> None:
    assert _publish(text) is None


@pytest.mark.parametrize(
    ("subject", "text", "title"),
    [
        (
            "pengumuman",
            "Mohon ditayangkan besok jam 7 pagi di course Sistem Mekatronika (MK3102) pengumuman berjudul "
            "Praktikum PLC\nPindah ke Lab Otomasi.\n\nPraktikum PLC pindah ke Lab Otomasi lantai 2.",
            "Praktikum PLC Pindah ke Lab Otomasi",
        ),
        (
            "mohon dibantu",
            "Sore,\n\nPengumuman: Kuliah Pengganti Jaringan Komputer\n\nMohon ditayangkan besok jam 6 pagi.",
            "Kuliah Pengganti Jaringan Komputer",
        ),
        ("Pengumuman Libur Hari Raya Nyepi", "Mohon ditayangkan di halaman depan.", "Libur Hari Raya Nyepi"),
        ("FYI: Server Maintenance Tonight", "Please post this for everyone.", "Server Maintenance Tonight"),
        (
            "Please schedule: Guest Lecture Recording Online",
            "Please schedule it for my course.",
            "Guest Lecture Recording Online",
        ),
        ("pengumuman", 'Mohon "Kuis Susulan" ditayangkan di kelas saya besok.', "Kuis Susulan"),
        ("pengumuman", "Judul pengumuman (maks. 60 karakter): Kuis Susulan\nIsi: kuis hari Jumat.", "Kuis Susulan"),
        ("Quiz Postponed", "Please post this to my class, use the subject as the title.", "Quiz Postponed"),
    ],
)
def test_titles_wrapped_headed_in_the_subject_or_quoted(subject: str, text: str, title: str) -> None:
    assert extract_announcement(subject, text, MAIL_DATE, has_course=True).title == title


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # a subject naming the course the body names is not the title
        ("Pengumuman Animasi 3D", "Tolong pasang pengumuman di kelas Animasi 3D (MM2104) bahwa kuliah diganti tugas."),
        # a sentence broken by the mail client is not a title line
        (
            "penayangan",
            "Yth. Tim P4M,\n\nKami dari Himpunan Mahasiswa Elektro memohon pengumuman ini ditayangkan untuk seluruh\n"
            "mahasiswa pada hari Kamis, 11 Februari 2027.\n\nPendaftaran gratis melalui tautan di pengumuman.",
        ),
        # 'Pengumuman: ...' above the text itself is no title
        ("info", "Pengumuman: besok kuliah libur karena dosen sakit."),
    ],
)
def test_no_title_claimed_where_none_is_named(subject: str, text: str) -> None:
    assert extract_announcement(subject, text, MAIL_DATE, has_course=True).title is None


@pytest.mark.parametrize(
    ("text", "has_course", "scope"),
    [
        (
            "Please announce to all 2nd-year students: 'Internship Briefing'. It names the Internship course.",
            True,
            "site",
        ),
        (
            'Mohon ditayangkan untuk mahasiswa D3 Teknik Informatika pengumuman "Jadwal Sidang PA" (IF3301).',
            True,
            "site",
        ),
        (
            'Mohon ditayangkan untuk mahasiswa angkatan 2025 pengumuman "Pembayaran UKT". Contoh: Kalkulus.',
            True,
            "site",
        ),
        ('Mohon ditayangkan untuk para mahasiswa baru pengumuman "Pengambilan KTM".', True, "site"),
        # a course named as the place keeps a cohort in the text on its page
        ("Tolong umumkan di MK Statika: mahasiswa angkatan 2025 ikut kuis susulan.", True, "course"),
        ('Tolong umumkan ke anak-anak MI 3B judulnya "Kuis Susulan" ya.', False, "course"),
        ('Please announce to my 2B students: "Quiz Moved".', False, "course"),
        ("Dr. Wahyu asked me to have this posted in the course, visible to its students only.", False, "course"),
    ],
)
def test_who_a_notice_is_for(text: str, has_course: bool, scope: str) -> None:
    assert extract_announcement("info", text, MAIL_DATE, has_course=has_course).scope == scope


@pytest.mark.parametrize(
    ("subject", "text", "title"),
    [
        ("pengumuman", "Mohon ditayangkan pengumuman \u300cKuis Susulan\u300d di kelas saya.", "Kuis Susulan"),
        ("pengumuman", "Nama pengumuman: Kuis Susulan\nIsi: kuis hari Jumat.", "Kuis Susulan"),
        ("pengumuman", "Judul berita: Kuis Susulan\nIsi: kuis hari Jumat.", "Kuis Susulan"),
        ("mohon", "Hal: Libur Hari Raya Nyepi\n\nMohon ditayangkan di halaman depan.", "Libur Hari Raya Nyepi"),
        (
            "pengumuman",
            "Mohon ditayangkan pengumuman tentang Perubahan Jadwal UTS untuk semua mahasiswa.",
            "Perubahan Jadwal UTS",
        ),
        (
            "notice",
            "Please publish an announcement about Lab Closure During Eid on the front page.",
            "Lab Closure During Eid",
        ),
        (
            "titip",
            'Bang, tolong dipasangin di kelas Kalkulus aye, judulnye "Kuis Susulan", besok jam 7 pagi ye.',
            "Kuis Susulan",
        ),
    ],
)
def test_titles_in_other_brackets_labels_and_letters(subject: str, text: str, title: str) -> None:
    assert extract_announcement(subject, text, MAIL_DATE, has_course=True).title == title


@pytest.mark.parametrize(
    "text",
    [
        "Mohon ditayangkan pengumuman tentang Basis Data (IF2101) untuk kelas saya: kuis diundur.",
        "Hal: Permohonan Penayangan Pengumuman\n\nMohon ditayangkan di halaman depan.",
    ],
)
def test_a_course_or_a_request_is_not_what_a_notice_is_about(text: str) -> None:
    assert extract_announcement("mohon", text, MAIL_DATE, has_course=True).title is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Nyuwun tulung diumumke ing kelas Kalkulus kula, judule "Kuis", ditayangke sesuk jam 7 esuk.',
            "2027-03-02T07:00:00+07:00",
        ),
        ('Mohon hebahkan kepada semua pelajar, tajuk "Kuis", esok pukul 7 pagi.', "2027-03-02T07:00:00+07:00"),
    ],
)
def test_regional_and_malay_words_for_the_same_request(text: str, expected: str) -> None:
    assert _publish(text) == expected


def test_the_answer_under_a_numbered_quoted_question_is_the_publish_time() -> None:
    text = "Jawaban saya di bawah.\n\nJudul: Demo Aplikasi\n\nSelasa, 2 Maret 2027 pukul 07.00"
    context = (
        "> 1. Di course mana?\n\nIF3203 Rekayasa Perangkat Lunak\n\n> 2. Apa judulnya?\n\nJudul: Demo Aplikasi\n\n"
        "> 3. Kapan ditayangkan?\n\nSelasa, 2 Maret 2027 pukul 07.00\n\n> Salam"
    )
    found = extract_announcement("Re: pengumuman", text, MAIL_DATE, has_course=True, context=context)
    assert found.publish_at == "2027-03-02T07:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ('Mohon diumumkan kepada mahasiswa kami pengumuman "Libur Nyepi".', "site"),
        ('Please post for our students: "Campus Closed".', "site"),
        ('Mohon diumumkan ke mahasiswa saya: "Kuis".', "course"),
        ('Punten, mangga diumumkeun ka sadaya mahasiswa, judulna "Kuis Susulan".', "site"),
    ],
)
def test_an_offices_we_and_a_lecturers_i(text: str, scope: str) -> None:
    assert extract_announcement("info", text, MAIL_DATE, has_course=False).scope == scope


@pytest.mark.parametrize(
    ("written_at", "expected"),
    [
        # 00:30 in Tokyo is still the evening before in Batam: the writer's "besok" is the day after their own day
        (datetime(2027, 3, 2, 0, 30, tzinfo=timezone(timedelta(hours=9))), "2027-03-03T08:00:00+07:00"),
        # a UTC stamp is a server's: read in WIB (06:00 on 2 March)
        (datetime(2027, 3, 1, 23, 0, tzinfo=UTC), "2027-03-03T08:00:00+07:00"),
    ],
)
def test_relative_days_count_from_the_writers_own_day(written_at: datetime, expected: str) -> None:
    text = 'Mohon "Kuis 1" ditayangkan besok pukul 08.00 WIB.'
    assert extract_announcement("info", text, written_at, has_course=True).publish_at == expected


@pytest.mark.parametrize(
    ("text", "has_course", "scope"),
    [
        ('Mohon diumumkan ke semua mahasiswa TI-2A: "Kuis Susulan".', False, "course"),
        ('Please post for everyone in TRPL 2B: "Quiz Moved".', False, "course"),
        ('Tolong umumkan ke seluruh mahasiswa rombel MK-1B: "Kuis".', False, "course"),
        ('Tolong umumkan di kelas Kalkulus untuk semua mahasiswa: "Kuis".', True, "course"),
        ('Tolong umumkan untuk semua mahasiswa Kalkulus (MA1101): "Kuis".', True, "course"),
        # news about a course for everyone, and a course place ruled out
        ("Tolong umumkan untuk semua mahasiswa: kuliah Kalkulus (MA1101) ditiadakan karena libur.", True, "site"),
        (
            'Mohon "Pemilihan Ketua BEM" ditayangkan untuk semua mahasiswa aktif, tidak hanya di course Pancasila.',
            True,
            "site",
        ),
    ],
)
def test_a_class_group_or_a_course_place_narrows_the_people_words(text: str, has_course: bool, scope: str) -> None:
    assert extract_announcement("info", text, MAIL_DATE, has_course=has_course).scope == scope


_CIRCULAR = (
    "Yth. Tim P4M,\n\nMohon surat edaran berikut ditayangkan di e-learning.\n\nSURAT EDARAN\nNomor: 12/PL29/2027\n\n"
    "tentang\nPERUBAHAN JADWAL UJIAN TENGAH SEMESTER\n\nKepada Yth.\n{addressee}\n\n"
    "Ujian tengah semester mata kuliah Kalkulus (MA1101) dipindah ke pekan 9.\n\nTerima kasih."
)


@pytest.mark.parametrize(
    ("addressee", "scope"),
    [
        ("Seluruh Mahasiswa\nPoliteknik Negeri Batam", "site"),
        ("Mahasiswa Peserta Mata Kuliah Kalkulus (MA1101)", "course"),
    ],
)
def test_a_pasted_letters_addressee_says_who_it_is_for(addressee: str, scope: str) -> None:
    text = _CIRCULAR.format(addressee=addressee)
    found = extract_announcement("surat edaran", text, MAIL_DATE, has_course=True)
    assert (found.title, found.scope) == ("PERUBAHAN JADWAL UJIAN TENGAH SEMESTER", scope)


def test_a_letters_re_line_names_the_notice() -> None:
    text = "Please post the letter below.\n\nTo: All Students\nRe: Change of Midterm Schedule\n\nThe midterms move."
    assert extract_announcement("letter", text, MAIL_DATE, has_course=True).title == "Change of Midterm Schedule"


def test_a_day_and_month_before_a_short_hour_word_are_a_date() -> None:
    assert _publish("Tayang: 3/3 pk 7 pagi. Judul: Kuis 1. Di kelas Kalkulus saya.") == "2027-03-03T07:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "title", "publish"),
    [
        ("Judul: Kuis 1, tayang besok jam 7 pagi di kelas saya.", "Kuis 1", "2027-03-02T07:00:00+07:00"),
        (
            "Title: Quiz 1 Moved - please publish tomorrow 7am on my course.",
            "Quiz 1 Moved",
            "2027-03-02T07:00:00+07:00",
        ),
        ("Judul: Kuis 1 - Hari Ini Dibatalkan\nIsi: kuis hari ini dibatalkan.", "Kuis 1 - Hari Ini Dibatalkan", None),
    ],
)
def test_a_labelled_title_stops_where_the_request_goes_on(text: str, title: str, publish: str | None) -> None:
    found = extract_announcement("pengumuman", text, MAIL_DATE, has_course=True)
    assert (found.title, found.publish_at) == (title, publish)
