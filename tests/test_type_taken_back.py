"""A request taken back and asked anew in the same mail: what follows the taking-back is what the mail asks.

Written before the rule, in voices the corpora lack: terse imperatives without "mohon", English and mixed
corrections, a withdrawal followed by only thanks or a promise (still nothing asked).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.model import RequestType
from daemon.classify.taken_back import asked_anew

REFERENCE = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)


def _classified(subject: str, text: str, *, reply: bool = False) -> tuple[RequestType, dict[str, str]]:
    result = classify(ClassifierInput(subject, text, REFERENCE, is_reply=reply))
    return result.type, dict(result.fields.changes or {})


@pytest.mark.parametrize(
    ("subject", "text", "field", "value"),
    [
        # a terse imperative after the earlier request is let go
        (
            "MK AK2101",
            "Yang kemarin tidak usah diproses. Ganti nama MK AK2101 Akuntansi Biaya jadi Akuntansi Biaya Lanjutan saja."
            "\n\nTks",
            "fullname",
            "Akuntansi Biaya Lanjutan",
        ),
        # English: the previous mail ignored, the right value given
        (
            "Correction",
            "Please ignore my previous email. The new name of MN2104 Digital Marketing should be Digital Marketing "
            "Analytics.\n\nRegards,\nLaura",
            "fullname",
            "Digital Marketing Analytics",
        ),
        # withdrawn with "batal", the new value after "yang benar"
        (
            "Ralat short name",
            "Permintaan short name EL3104 Sistem Kendali yang kemarin batal saja ya. Yang benar short name-nya "
            "diubah jadi SK-EL3A.\n\nRina",
            "shortname",
            "SK-EL3A",
        ),
        # mixed: "scratch that", then the key without a polite word
        (
            "enrol key TI1205",
            "Scratch that request from this morning. Enrolment key TI1205 Basis Data diganti ke basdat-b26 aja.",
            "enrolment_key",
            "basdat-b26",
        ),
        # the new value given on a labelled line, no verb of asking at all
        (
            "Ralat",
            "Permintaan saya sebelumnya dibatalkan saja.\n\nKode MK: IF2201\nNama baru: Pemrograman Web Lanjut",
            "fullname",
            "Pemrograman Web Lanjut",
        ),
        (
            "short name IF2103",
            "Yang kemarin tidak jadi ya Pak, tidak ada yang perlu diubah dari itu.\n\nShort name baru: IF2103-BD",
            "shortname",
            "IF2103-BD",
        ),
    ],
)
def test_a_request_taken_back_then_asked_anew_is_the_new_request(
    subject: str, text: str, field: str, value: str
) -> None:
    kind, changes = _classified(subject, text)
    assert kind is RequestType.COURSE_DATA
    assert changes.get(field) == value


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Abaikan", "Mohon abaikan email saya sebelumnya, sudah saya ubah sendiri. Terima kasih."),
        ("Re: nama MK", "Permintaan ganti nama kemarin dibatalkan saja ya. Nanti kalau sudah pasti saya kabari lagi."),
        ("Cancel", "Please cancel my request to rename IF2201. We will keep the old name. Thanks a lot!"),
    ],
)
def test_a_request_taken_back_with_nothing_asked_after_it_stays_other(subject: str, text: str) -> None:
    kind, changes = _classified(subject, text)
    assert kind is RequestType.OTHER
    assert not changes


def test_what_follows_the_taking_back_is_read_only_when_it_asks() -> None:
    anew = asked_anew("Yang kemarin abaikan saja. Tolong ganti dosen pengampu jadi Bu Sari.")
    assert anew == "Tolong ganti dosen pengampu jadi Bu Sari."
    assert asked_anew("Yang kemarin abaikan saja. Terima kasih banyak, Pak.") is None
    # a request with no taking-back in it is read whole
    assert asked_anew("Tolong ganti dosen pengampu jadi Bu Sari.") is None
