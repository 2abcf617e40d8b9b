"""What the helpdesk asked, read back from a quoted receipt or staff question, and the answer read by it (pure):
a value alone only for the one item asked and only in its field's shape; labels name their item; withdrawals,
hedges, thanks and questions give nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.answer_to_us import answer_to_us
from daemon.classify.effective_fields import FieldValue
from daemon.classify.model import RequestType
from daemon.classify.our_answer import read_answer, withdraws
from daemon.classify.our_question import Asked, asked_by_staff, asked_in

AT = datetime(2027, 7, 5, 2, 0, tzinfo=UTC)
RECEIPT_ID = """> Kami memahami permintaan Anda sebagai: perubahan data identitas mata kuliah.
>   - Kode MK: TI3105
>   - Nama MK: Pemrograman Mobile
>
> Mohon lengkapi: nama baru mata kuliah.
> Cukup balas email ini dengan keterangan tersebut."""
RECEIPT_EN = """> We understand your request as: change of course identity data.
>
> Please complete: the course code or name; the right number of credits."""
NAME = Asked(RequestType.COURSE_DATA, (), ("changes.fullname",))


def test_the_receipt_says_its_type_what_it_listed_and_what_it_asked() -> None:
    assert asked_in(RECEIPT_ID) == Asked(
        RequestType.COURSE_DATA,
        (("course_code", "TI3105"), ("course_name", "Pemrograman Mobile")),
        ("changes.fullname",),
    )
    assert asked_in(RECEIPT_EN) == Asked(RequestType.COURSE_DATA, (), ("course", "changes.credits"))
    assert asked_in("> Kami memahami permintaan Anda sebagai: sesuatu yang lain.") is None
    # A receipt the requester quoted only by its last line still asks, in its own words, for a course's change.
    assert asked_in("> Mohon lengkapi: nama baru mata kuliah.") == Asked(
        RequestType.COURSE_DATA, (), ("changes.fullname",)
    )
    assert asked_in("> Please complete: the text of the announcement.") == Asked(
        RequestType.ANNOUNCEMENT, (), ("text",)
    )
    # Not in the receipt's words, or asking for what any type may lack: not our question.
    assert asked_in("> Mohon lengkapi: berkas SK dan tanda tangan.") is None
    assert asked_in("> Mohon lengkapi: kode atau nama mata kuliah.") is None


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Untuk course Basis Data (IF2105), kelas yang mana yang perlu diubah, Bu?", "changes.class"),
        ("Which lecturer should be listed instead?", "changes.lecturer"),
        ("Berapa SKS yang benar, Pak?", "changes.credits"),
        ("Is the class shown right now?", None),  # yes or no, no value
        ("Kelas yang mana, dan siapa dosennya?", None),  # two fields asked
    ],
)
def test_a_staff_question_asks_one_fields_value(text: str, field: str | None) -> None:
    asked = asked_by_staff(text)
    assert (asked.wanted if asked else None) == ((field,) if field else None)


@pytest.mark.parametrize(
    ("asked", "text", "given"),
    [
        (NAME, "Pemrograman Perangkat Bergerak", {"changes.fullname": "Pemrograman Perangkat Bergerak"}),
        (NAME, "Yang baru: Pemrograman Web Lanjut", {"changes.fullname": "Pemrograman Web Lanjut"}),
        # owning up to forgetting it, a closing tail after it
        (NAME, "Sorry, forgot that: Web Engineering", {"changes.fullname": "Web Engineering"}),
        (NAME, "Oh iya lupa. Pemrograman Web Lanjut", {"changes.fullname": "Pemrograman Web Lanjut"}),
        (NAME, "Pemrograman Web Lanjut, itu aja min", {"changes.fullname": "Pemrograman Web Lanjut"}),
        (NAME, "Maaf, belum bisa sekarang.", {}),
        (NAME, "Applied Thermodynamics\n\nPieter", {"changes.fullname": "Applied Thermodynamics"}),
        (
            Asked(RequestType.COURSE_DATA, (), ("changes.lecturer",)),
            "Dr. Hendra Gunawan, S.E., M.Ak.",
            {"changes.lecturer": "Dr. Hendra Gunawan, S.E., M.Ak."},
        ),
        (Asked(RequestType.COURSE_DATA, (), ("changes.credits",)), "sks nya 3 min, makasih", {"changes.credits": "3"}),
        (
            Asked(RequestType.COURSE_DATA, (), ("changes.semester",)),
            "Semester 4 pak, bukan 2.",
            {"changes.semester": "4"},
        ),
        (Asked(None, (), ("changes.class",), by_staff=True), "yang 2A malam mas", {"changes.class": "2A malam"}),
        (
            Asked(RequestType.COURSE_DATA, (), ("course", "changes.credits")),
            "Course: EE2105 Digital Systems\nCredits: 4\n\nArjun",
            {"course_code": "EE2105", "course_name": "Digital Systems", "changes.credits": "4"},
        ),
    ],
)
def test_an_answer_gives_what_was_asked(asked: Asked, text: str, given: dict[str, str]) -> None:
    assert {item.field: item.value for item in read_answer(asked, text, "IF302")} == given


@pytest.mark.parametrize(
    "text",
    [
        "Terima kasih min, ditunggu kabarnya.",
        "ditunggu kabarnya",
        "Besok saja",
        "Sama seperti semester lalu",
        "Nggak tahu pak",
        "Pemrograman Web Lanjut\nAtau Pemrograman Web II",
        "Mungkin Pemrograman Web Lanjut",
        "Formatnya harus seperti apa ya min?",
        "Tidak jadi pak, ternyata sudah benar.",
    ],
)
def test_an_answer_that_gives_no_value_fills_nothing(text: str) -> None:
    assert read_answer(NAME, text, "IF302", "Ganti nama MK") == ()


def test_a_value_alone_answers_no_item_that_was_not_asked() -> None:
    assert read_answer(Asked(RequestType.COURSE_DATA, (), ("changes.credits",)), "Pemrograman Web Lanjut", None) == ()
    # A label names its item, but only an asked one.
    assert read_answer(NAME, "Kelas: TI-2A", None) == ()
    assert read_answer(NAME, "Nama baru: Pemrograman Web Lanjut", None) == (
        FieldValue("changes.fullname", "Pemrograman Web Lanjut"),
    )


@pytest.mark.parametrize(
    ("text", "announcement", "withdrawn"),
    [
        ("Tidak jadi pak, setelah dicek ternyata sudah benar.", False, True),
        ("Mohon maaf, sudah tidak perlu.", False, True),
        ("Please cancel this request, I changed it myself.", False, True),
        ("Dibatalkan saja min", False, True),
        ("Pemrograman Web Lanjut", False, False),
        ("Kuis 3 tidak jadi hari ini dan diganti minggu depan.", True, False),  # the post's own text
        ("Pengumumannya tidak jadi dipasang ya min.", True, True),
        ("SKS-nya tidak perlu diubah, hanya namanya.", False, False),  # a part let go, the rest still asked
        ("No need to change the credits, just the name.", False, False),
        # regional negations: Javanese "ndak", Manado "nyanda", Sundanese "teu", Minang "indak"
        ("Sudah saya ubah sendiri tadi malam, jadi permintaannya ndak usah diproses.", False, True),
        ("Kita so ganti sandiri, jadi permintaan ini nyanda usah diproses lagi.", False, True),
        ("Punten, parantos abdi robih nyalira, teu kedah diproses deui.", False, True),
        ("Alah ambo ganti surang, permintaan indak paralu diproses.", False, True),
    ],
)
def test_a_withdrawal(text: str, announcement: bool, withdrawn: bool) -> None:
    assert withdraws(text, announcement=announcement) is withdrawn


def test_a_reply_to_the_receipt_is_classified_by_what_it_asked() -> None:
    context = f"Pada Sen, 5 Jul 2027 pukul 09.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:\n{RECEIPT_ID}"
    answered = answer_to_us("ganti nama MK TI3105", "Pemrograman Perangkat Bergerak", context, AT)
    assert answered is not None and answered.type is RequestType.COURSE_DATA
    assert (answered.fields.course_code, answered.fields.course_name) == ("TI3105", "Pemrograman Mobile")
    assert answered.fields.changes == (("fullname", "Pemrograman Perangkat Bergerak"),)
    withdrawn = answer_to_us("ganti nama MK TI3105", "Tidak jadi pak", context, AT)
    assert withdrawn is not None and withdrawn.type is RequestType.COURSE_DATA and not withdrawn.fields.changes
    quoted_only = answer_to_us("ganti nama MK TI3105", "", context, AT)
    assert quoted_only is not None and quoted_only.type is RequestType.OTHER and quoted_only.needs_triage
    # Thanks and other matters are left to the rules.
    assert answer_to_us("ganti nama MK TI3105", "Terima kasih min", context, AT) is None
    assert answer_to_us("ganti nama MK", "Saya tidak bisa login ke e-learning", context, AT) is None
    assert answer_to_us("ganti nama MK", "Pemrograman Web Lanjut", "> Ada yang lain?", AT) is None
