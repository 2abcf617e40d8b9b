"""Kinds missed when held-out part33 was opened (as tune55), in voices it does not use: the output of a scheduled job,
a server program's report and a mass-mailing service's message are machine mail (a person writing about a cron job
or an alert, or forwarding its output, is not); a class asked to change to another class is a course-data request
even beside words of a fault; a question put before any request is made is a question about e-learning."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType
from parsers.automail import ScreeningContext, screen
from parsers.message import parse_message

CONTEXT = ScreeningContext(frozenset({"helpdesk-p4m@polibatam.ac.id"}), "helpdesk-p4m@polibatam.ac.id")
AT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


def _mail(sender: str, subject: str, headers: str, body: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: helpdesk-p4m@polibatam.ac.id\r\nSubject: {subject}\r\n"
        f"Message-ID: <m1@mail.example>\r\nDate: Thu, 03 Dec 2026 02:00:00 +0000\r\n{headers}\r\n{body}\r\n"
    ).encode()


MAIL = (
    pytest.param(
        "root (Cron Daemon) <root@lms-db01.polibatam.ac.id>",
        "Cron <root@lms-db01> /usr/local/bin/backup-moodledata.sh",
        "",
        'rsync: send_files failed to open "/srv/moodledata/temp/x": Permission denied (13)\r\n',
        True,
        id="cron-output-by-its-subject",
    ),
    pytest.param(
        "Cron Daemon <root@elearning-web02.polibatam.ac.id>",
        "Laporan backup harian",
        "X-Cron-Env: <SHELL=/bin/sh>\r\nX-Cron-Env: <LOGNAME=root>\r\n",
        "Backup selesai dengan 2 peringatan.\r\n",
        True,
        id="cron-output-by-its-environment-headers",
    ),
    pytest.param(
        "EduTech Webinar <events@edutech-webinar.example>",
        "Undangan webinar: Asesmen autentik di LMS",
        "X-SG-EID: u001.abcDEF\r\nX-Mailer: SendGrid\r\n",
        "Daftarkan diri Anda untuk webinar gratis hari Sabtu.\r\n",
        True,
        id="a-mass-mailing-service-header",
    ),
    pytest.param(
        "Jurnal Vokasi <redaksi@jurnalvokasi.example>",
        "Call for papers: edisi Juni 2027",
        "X-Mailer: phpList v3.6.14\r\n",
        "Kami mengundang Bapak/Ibu mengirimkan naskah.\r\n",
        True,
        id="a-newsletter-by-its-mailer",
    ),
    pytest.param(
        "Seminar Nasional <info@semnas.example>",
        "Confirm your subscription",
        "X-Mailer: Brevo\r\nX-Mailin-Campaign: 42\r\n",
        "Click to confirm your subscription.\r\n",
        True,
        id="a-subscription-confirmation",
    ),
    pytest.param(
        "Monitoring <nagios@monitor.polibatam.ac.id>",
        "** PROBLEM Service Alert: lms-db01/PostgreSQL is CRITICAL **",
        "",
        "Notification Type: PROBLEM\r\nService: PostgreSQL\r\nState: CRITICAL\r\n",
        True,
        id="a-monitoring-alert",
    ),
    pytest.param(
        "Alertmanager <alerts@monitor.polibatam.ac.id>",
        "[FIRING:2] MoodleDiskAlmostFull",
        "",
        "Labels: instance=lms-web02\r\n",
        True,
        id="an-alertmanager-alert",
    ),
    pytest.param(
        "logwatch@lms-web02.polibatam.ac.id",
        "Logwatch for lms-web02 (Linux)",
        "",
        "################### Logwatch 7.7 ####################\r\n",
        True,
        id="a-log-summary",
    ),
    pytest.param(
        "Jenkins <jenkins@ci.polibatam.ac.id>",
        "Pembaruan plugin e-learning",
        "X-Jenkins-Job: moodle-theme-build\r\n",
        "See <https://ci.polibatam.ac.id/job/moodle-theme-build/88/>\r\n",
        True,
        id="a-build-result-by-its-header",
    ),
    pytest.param(
        "Sistem Kepegawaian <simpeg@polibatam.ac.id>",
        "Pengingat: unggah laporan kinerja",
        "",
        "Yth. Bapak/Ibu, batas unggah laporan kinerja adalah 10 Desember 2026.\r\n\r\nEmail ini dikirim otomatis oleh "
        "sistem, mohon tidak membalas email ini.\r\n",
        True,
        id="a-notice-that-says-it-wrote-itself",
    ),
    pytest.param(
        "Rudi Hartono <rudi.hartono@polibatam.ac.id>",
        "Notifikasi forum dobel",
        "",
        "Selamat siang. Mahasiswa saya menerima notifikasi forum dua kali. Apakah email ini dikirim otomatis oleh "
        "Moodle setiap jam? Mohon dicek.\r\n",
        False,
        id="a-person-asking-about-automatic-mail",
    ),
    pytest.param(
        "Budi Santoso <budi.santoso@polibatam.ac.id>",
        "[FIRING] alert dari server e-learning masuk ke email saya",
        "",
        "Pak, saya dapat email berjudul [FIRING:1] tiap malam. Itu apa ya?\r\n",
        False,
        id="a-person-writing-about-an-alert",
    ),
    pytest.param(
        "Andi Saputra <andi.saputra@polibatam.ac.id>",
        "Cron job e-learning gagal tiap malam",
        "X-Mailer: Microsoft Outlook 16.0\r\n",
        "Selamat pagi, notifikasi forum tidak terkirim sejak Senin. Sepertinya cron Moodle bermasalah, mohon "
        "dicek.\r\n",
        False,
        id="a-person-writing-about-cron",
    ),
    pytest.param(
        "Dewi Lestari <dewi.lestari@polibatam.ac.id>",
        "Fwd: Cron <www-data@elearning-app01> php admin/cli/cron.php",
        "X-Mailer: Thunderbird 128.4\r\n",
        "Pak, email ini masuk ke saya tiap jam. Apakah ini normal?\r\n\r\n---------- Forwarded message ---------\r\n"
        "Execute scheduled task: Send forum notifications\r\n",
        False,
        id="a-person-forwarding-cron-output",
    ),
)


@pytest.mark.parametrize(("sender", "subject", "headers", "body", "machine"), MAIL)
def test_scheduled_jobs_and_mass_mailers_are_machine_mail(
    sender: str, subject: str, headers: str, body: str, machine: bool
) -> None:
    verdict = screen(parse_message(_mail(sender, subject, headers, body)), CONTEXT)
    assert verdict.is_machine is machine, verdict.summary


CLASS_CHANGES = (
    pytest.param(
        "Wrong group on e-learning",
        "Good afternoon,\n\nThe page of my course LOG2102 Inventory Control says the class is LG-2A, which is wrong: I "
        "teach the evening students. Please change the class from LG-2A to LG-2A Malam.\n\nThank you",
        id="change-the-class-beside-is-wrong",
    ),
    pytest.param(
        "Kelas salah tampil",
        "Halo admin, course AK2201 Akuntansi Menengah tertulis untuk kelas AK-2B padahal saya mengajar AK-2C. Tolong "
        "kelasnya diubah ke AK-2C ya, terima kasih.",
        id="kelasnya-diubah-ke",
    ),
)


@pytest.mark.parametrize(("subject", "text"), CLASS_CHANGES)
def test_a_class_changed_to_another_class_is_course_data(subject: str, text: str) -> None:
    assert classify(ClassifierInput(subject, text, AT, False, "")).type is RequestType.COURSE_DATA


def test_a_student_moving_to_another_class_still_asks_for_help() -> None:
    text = (
        "Permisi kak, saya mahasiswa TI semester 3. Saya pindah kelas dari TI-3A ke TI-3B tapi di e-learning masih "
        "masuk course kelas lama, bagaimana cara pindahnya?"
    )
    result = classify(ClassifierInput("Pindah kelas", text, AT, False, ""))
    assert result.type is RequestType.ELEARNING_SUPPORT


ASKED_FIRST = (
    pytest.param(
        "Tanya dulu soal ganti nama",
        "Selamat pagi Bapak/Ibu. Saya mau tanya dulu sebelum mengajukan permintaan resmi: kalau nama mata kuliah "
        "di e-learning diganti di tengah semester, apakah nilai dan forum yang sudah ada tetap aman? Untuk sekarang "
        "belum perlu diubah. Terima kasih.",
        id="tanya-dulu-sebelum-mengajukan",
    ),
    pytest.param(
        "Short name question",
        "Hello, before we submit a request: if the short name of a course changes mid-term, do students need to "
        "enrol again? Nothing needs changing yet, we are only checking.",
        id="before-we-submit-a-request",
    ),
)


@pytest.mark.parametrize(("subject", "text"), ASKED_FIRST)
def test_a_question_asked_before_a_request_is_support(subject: str, text: str) -> None:
    assert classify(ClassifierInput(subject, text, AT, False, "")).type is RequestType.ELEARNING_SUPPORT


def test_asking_first_then_the_request_itself_is_course_data() -> None:
    text = (
        "Saya sudah bertanya dulu ke prodi sebelum mengajukan ini, dan sudah disetujui. Mohon nama MK IF2203 di "
        "e-learning diubah menjadi Pemrograman Berorientasi Objek Lanjut."
    )
    assert classify(ClassifierInput("Ganti nama MK", text, AT, False, "")).type is RequestType.COURSE_DATA


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Course lama",
            "Bisakah course semester lalu saya di-backup lalu di-restore ke course semester ini? Kode lama "
            "IF2201-2025, baru IF2201.",
            RequestType.ELEARNING_SUPPORT,
        ),
        (
            "Old course",
            "Please back up my old course ME2101-2025 and restore it into the new ME2101 shell.",
            RequestType.ELEARNING_SUPPORT,
        ),
        # a field set back to what it was is still a change of the field
        ("Kode MK", "Mohon kode MK Fisika Dasar dikembalikan ke kode lama, FI1101.", RequestType.COURSE_DATA),
    ],
)
def test_a_course_restored_into_another_is_its_content(subject: str, text: str, expected: RequestType) -> None:
    assert classify(ClassifierInput(subject, text, AT, False, "")).type is expected
