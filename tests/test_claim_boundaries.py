"""Where a claimed value ends, a slip corrected in its own sentence, a rename told through what the page still shows,
and a reply that only agrees with the quoted mail."""

from __future__ import annotations

import time

import pytest

from daemon.classify.changes import find_changes
from daemon.classify.claim_check import claimed
from daemon.classify.confirmed_quote import confirmed_in_quote
from daemon.classify.corrected_later import corrected_later
from daemon.classify.found_change import FoundChange
from daemon.classify.still_shows import still_shows


def _claimed(text: str) -> dict[str, str]:
    return {change.field: change.value for change in claimed(text, find_changes(text), None, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pictograph ends the value
        (
            "min nama course Teknik Pengelasan tolong diganti Teknik Pengelasan Lanjut 🙏🙏 makasih",
            "Teknik Pengelasan Lanjut",
        ),
        # a capitalised reason word glued to the name ends it
        ("Nama MK mohon diubah jadi Fisika Teknik Soalnya mahasiswa bingung", "Fisika Teknik"),
        # a place's and a volume's short word keep their dot inside the value
        ("Mohon nama mata kuliah diubah menjadi Budaya Melayu Kep. Riau agar sesuai RPS.", "Budaya Melayu Kep. Riau"),
        ("Mohon nama MK diubah menjadi Bahasa Jepang Dasar Vol. 2 mulai minggu depan.", "Bahasa Jepang Dasar Vol. 2"),
        # a smiley typed in characters, a one-word closing on the value's line
        ("Please rename Physics to Applied Physics :-) Thanks", "Applied Physics"),
        ("Please rename Physics to Applied Physics Best, Anna", "Applied Physics"),
        # quotes closed the Polish or Swedish way
        ("Please rename Physics to „Applied Physics”.", "Applied Physics"),
        ("Please rename Physics to ”Applied Physics”.", "Applied Physics"),
        # the old name in a bracketed remark after the new one
        ("Mohon nama MK diganti menjadi Fisika Terapan (dulu: Fisika Dasar).", "Fisika Terapan"),
    ],
)
def test_a_full_name_ends_where_the_writer_ended_it(text: str, expected: str) -> None:
    assert _claimed(text) == {"fullname": expected}


def test_a_name_whose_last_word_may_open_the_next_sentence_is_asked_back() -> None:
    assert _claimed("nama mk Fisika Terapan tolong diubah ke Fisika Teknik Mahasiswa baru pada bingung pak") == {
        "fullname": ""
    }


def test_a_lecturer_keeps_dutch_titles_and_family_particles() -> None:
    text = "Would you be so kind as to change the lecturer of RE401 to Prof. Dr. ir. Maarten van der Berg? Thanks."
    assert _claimed(text) == {"lecturer": "Prof. Dr. ir. Maarten van der Berg"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pak Budi usul nama MK diganti Fisika Terapan, bagaimana menurut P4M?", {"fullname": ""}),
        # an open offer after the value
        ("Nama MK mohon diubah jadi Fisika Terapan atau apa saja yang sesuai kurikulum.", {"fullname": ""}),
        # agreed, or the writer's own proposal: asked
        ("Pak Budi usul nama MK diganti Fisika Terapan, dan usulan itu sudah disetujui rapat prodi.", None),
        ("Saya mengusulkan nama MK diganti menjadi Fisika Terapan.", None),
    ],
)
def test_a_value_proposed_or_offered_is_asked_back(text: str, expected: dict[str, str] | None) -> None:
    assert _claimed(text) == (expected or {"fullname": "Fisika Terapan"})


SUMMARY = "Mata kuliah ini membahas dasar-dasar fisika untuk teknik."


@pytest.mark.parametrize(
    "text",
    [
        f"Mohon deskripsi course diganti menjadi: {SUMMARY}\n--\nBudi Santoso\nDosen",
        f"Mohon deskripsi course diganti menjadi: {SUMMARY}\nBudi Santoso",
        f'Deskripsi baru: "{SUMMARY}" (tanpa tanda kutip)',
        f"Mohon deskripsi course diganti menjadi: {SUMMARY} 🙏",
    ],
)
def test_a_description_ends_before_the_signature_and_the_remark(text: str) -> None:
    assert _claimed(text) == {"summary": SUMMARY}


def test_titles_alone_name_no_lecturer() -> None:
    titles = FoundChange("lecturer", "Prof. Dr", "changed to: lecturer to", 30, 38)
    assert claimed("Please change the lecturer to Prof. Dr", (titles,), None, None) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kak short name tolong jadi AGR-1A, eh maaf yang benar AGR-1B kak, kelas kami B", "AGR-1B"),
        ("short name jadi AGR-1A, sorry I meant AGR-1B.", "AGR-1B"),
        # an apology that owns up to nothing keeps the value
        ("short name jadi AGR-1A, maaf merepotkan ya kak", "AGR-1A"),
    ],
)
def test_a_slip_owned_up_to_in_the_same_sentence(text: str, expected: str) -> None:
    assert _claimed(text) == {"shortname": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The e-learning page of CH1101 still says Basic Chemistry, whereas the new curriculum calls it General "
            "Chemistry. Could you align it?",
            "General Chemistry",
        ),
        (
            "Di e-learning masih tertulis Kimia Dasar, padahal namanya sekarang Kimia Umum. Mohon disesuaikan.",
            "Kimia Umum",
        ),
        # a person still shown is the lecturer's business, not a course name
        ("The page still shows Mr. Darmawan, but it is now called Dr. Berg.", None),
        # the same name twice is no rename
        ("The page still says Basic Chemistry, whereas the curriculum calls it Basic Chemistry.", None),
    ],
)
def test_a_rename_told_through_what_the_page_still_shows(text: str, expected: str | None) -> None:
    found = still_shows(text)
    assert (found.value if found else None) == expected


QUESTION = (
    "Pada Sen, 13 Sep 2027 pukul 11.02 Helpdesk P4M <helpdesk@example.org> menulis:\n> Yth. Ibu Siti,\n>\n"
    '> Apakah maksud Ibu nama baru course Etika Profesi (UM2301) adalah "Etika Profesi dan Hukum Siber"?\n'
)
TWO_OPTIONS = (
    "Pada Kam, 7 Okt 2027 pukul 11.30 Helpdesk P4M <helpdesk@example.org> menulis:\n"
    '> Nama baru course Statistika (MA2104) yang Bapak maksud "Statistika Industri" atau "Statistika Terapan"?\n'
)


@pytest.mark.parametrize(
    ("reply", "context", "expected"),
    [
        ("Ya, yang itu Pak.\n\nSiti", QUESTION, {"fullname": "Etika Profesi dan Hukum Siber"}),
        ("Yes, that one. Thanks!\n\nSiti", QUESTION, {"fullname": "Etika Profesi dan Hukum Siber"}),
        # a reply that disagrees, or asks, confirms nothing
        ("Bukan yang itu Pak.", QUESTION, {}),
        ("Ya, tapi nanti saya cek lagi?", QUESTION, {}),
        # a bare yes to a question with two options chooses nothing
        ("Ya pak.", TWO_OPTIONS, {}),
    ],
)
def test_a_reply_that_only_agrees_reads_the_quoted_mail(reply: str, context: str, expected: dict[str, str]) -> None:
    changes = confirmed_in_quote(reply, context, "UM2301", None)
    assert {change.field: change.value for change in changes} == expected


def test_hostile_repetitions_are_read_in_bounded_time() -> None:
    started = time.monotonic()
    still_shows("Course page still says Basic Chemistry, whereas they call it " * 3000)
    first = FoundChange("shortname", "AB-1", "changed to", 16, 20)
    corrected_later("short name jadi AB-1" + ", eh maaf yang benar" * 3000, first)
    assert time.monotonic() - started < 5.0
