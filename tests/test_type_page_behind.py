"""A course change told only as what e-learning shows being behind what is right, closed with thanks, is a request,
not a thank-you; a mismatch told as mended since stays thanks. Written before the rule, in voices tune36 (where the
kind was found: six told requests read as thanks) does not use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.casual_words import normalise
from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.intent import page_behind
from daemon.classify.model import RequestType

REFERENCE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)
BEHIND = (
    (
        "Our course on the portal",
        "Hello P4M,\n\nOur students still see ME2210 on the portal as Digital Basics. Since this term the course is "
        "Digital Literacy for Engineers in the curriculum.\n\nMany thanks,\nHannah Becker",
    ),
    (
        "Kelas Akuntansi",
        "Sore kak, course Akuntansi Dasar (AK1101) kami muncul sebagai kelas AK-1A, padahal kami AK-1B Malam. "
        "Makasih kak 🙏",
    ),
    (
        "Sistem Operasi",
        "Selamat pagi. MK Sistem Operasi (IF2105) kelas IF-2A sejak semester ini diampu oleh saya sendiri, Dewi "
        "Lestari, M.Kom. Di e-learning belum diperbarui. Terima kasih.\n\nDewi",
    ),
)
MENDED = (
    ("Terima kasih", "Terima kasih, nama dosen di e-learning sudah berubah sesuai permintaan saya kemarin."),
    ("Makasih", "Makasih min, kemarin sempat belum berubah tapi sekarang sudah benar."),
)


@pytest.mark.parametrize(("subject", "text"), BEHIND)
def test_a_change_told_as_what_the_page_still_shows_is_a_course_change(subject: str, text: str) -> None:
    result = classify(ClassifierInput(subject, text, REFERENCE))
    assert "thanks without asking for anything" not in result.reasons
    assert result.type is RequestType.COURSE_DATA


@pytest.mark.parametrize(("subject", "text"), MENDED)
def test_thanks_for_a_mismatch_mended_since_stay_thanks(subject: str, text: str) -> None:
    result = classify(ClassifierInput(subject, text, REFERENCE))
    assert result.type is RequestType.OTHER
    assert "thanks without asking for anything" in result.reasons


@pytest.mark.parametrize(
    ("text", "behind"),
    [
        ("nama dosennya masih kosong di e-learning", True),
        ("the course page has not been updated yet", True),
        ("di e-learning tertulis sebagai TI-1A", True),
        ("the course page has not been updated yet but now it is correct", False),
        ("nama dosen sudah tampil dengan benar", False),
    ],
)
def test_what_the_page_shows_is_told_as_behind(text: str, behind: bool) -> None:
    assert page_behind(normalise(text)) is behind
