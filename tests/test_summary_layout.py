"""A new course description keeps its writer's paragraphs and list items, from the mail to Moodle's HTML."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from daemon.classify.evaluation import same_change_value
from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestFields, RequestType
from daemon.classify.value_basics import clean_text
from daemon.moodle.plans import as_html, plan_course_update
from daemon.outgoing.mail_context import field_lines
from daemon.wording import Wording

LETTER = (
    "Yth. Tim P4M,\n\nMohon deskripsi mata kuliah Jaringan Komputer (IF2205) diganti menjadi:\n\n"
    "Mata kuliah ini mengenalkan model OSI, pengalamatan IP dan perutean\nstatis maupun dinamis.\n\n"
    "Praktikum mencakup:\n- konfigurasi router;\n- analisis paket dengan Wireshark.\n\n"
    "Atas bantuannya kami ucapkan terima kasih.\n\nHormat kami,\nDewi Anggraini"
)
LAID_OUT = (
    "Mata kuliah ini mengenalkan model OSI, pengalamatan IP dan perutean statis maupun dinamis.\n\n"
    "Praktikum mencakup:\n- konfigurasi router;\n- analisis paket dengan Wireshark."
)


def test_the_new_description_is_read_with_its_paragraphs_and_list() -> None:
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Deskripsi MK", LETTER, datetime(2026, 11, 30, tzinfo=UTC))
    assert dict(fields.changes) == {"summary": LAID_OUT}


def test_wrapped_lines_join_and_a_sentence_broken_over_outlook_paragraphs_goes_on() -> None:
    assert clean_text("Satu kalimat yang\ndibungkus klien surel.\n\nParagraf kedua.") == (
        "Satu kalimat yang dibungkus klien surel.\n\nParagraf kedua."
    )
    assert clean_text("Membahas prinsip animasi, storyboard,\n\nteknik tweening dan produksi.") == (
        "Membahas prinsip animasi, storyboard, teknik tweening dan produksi."
    )
    assert (
        clean_text("Pokok bahasan:\n1. himpunan\n2) relasi\n• fungsi")
        == "Pokok bahasan:\n1. himpunan\n2) relasi\n• fungsi"
    )


def test_moodle_gets_a_paragraph_per_block_and_a_list_for_the_items() -> None:
    assert as_html(LAID_OUT) == (
        "<p>Mata kuliah ini mengenalkan model OSI, pengalamatan IP dan perutean statis maupun dinamis.</p>"
        "<p>Praktikum mencakup:</p><ul><li>konfigurasi router;</li><li>analisis paket dengan Wireshark.</li></ul>"
    )
    assert as_html("Langkah:\n1. unduh\n2. isi <form>\n   lalu kirim") == (
        "<p>Langkah:</p><ol><li>unduh</li><li>isi &lt;form&gt; lalu kirim</li></ol>"
    )
    # Items lettered or marked with the bullets Word pastes are a list to the reader and to Moodle alike.
    lettered = "Tujuan:\na) memahami\nb) menerapkan"
    assert clean_text(lettered) == lettered
    assert as_html(lettered) == "<p>Tujuan:</p><ol><li>memahami</li><li>menerapkan</li></ol>"
    assert as_html("◦ satu\n▪ dua") == "<ul><li>satu</li><li>dua</li></ul>"
    plan = plan_course_update(RequestFields(changes=(("summary", LAID_OUT),)))
    assert plan.changes["summary"].startswith("<p>Mata kuliah ini")


def test_eval_compares_a_description_as_moodle_shows_it() -> None:
    wrapped = LAID_OUT.replace("perutean statis", "perutean\nstatis")
    assert same_change_value("summary", wrapped, LAID_OUT)
    assert not same_change_value("summary", LAID_OUT, LAID_OUT.replace("\n\n", " "))  # a paragraph lost


def test_the_notice_indents_a_description_under_its_label() -> None:
    ((label, value),) = field_lines(
        RequestFields(changes=(("summary", LAID_OUT),)), Wording("id", ZoneInfo("Asia/Jakarta"))
    )
    assert label and value.split("\n") == [
        "Mata kuliah ini mengenalkan model OSI, pengalamatan IP dan perutean statis maupun dinamis.",
        "",
        "    Praktikum mencakup:",
        "    - konfigurasi router;",
        "    - analisis paket dengan Wireshark.",
    ]


# "... replace it with the text below? It is two sentences and should stay one paragraph.\n\n<the text>": a remark on
# the text, on the request's line, is the writer's; the text is the paragraph below. Found in tune42 (a partner
# lecturer's summary); new voices here.
REMARKED = (
    (
        "Kindly update the course summary of ME2201 Thermodynamics with the text below. It is short, two sentences."
        "\n\nThis course covers the laws of thermodynamics and their use in power and refrigeration cycles. "
        "Students analyse real plant data from Batam's shipyards.\n\nCheers, Tuan",
        "This course covers the laws of thermodynamics and their use in power and refrigeration cycles. "
        "Students analyse real plant data from Batam's shipyards.",
    ),
    (
        "Mohon deskripsi MK Kimia Dasar diganti dgn teks di bawah ini. Isinya sudah disetujui kaprodi kemarin.\n\n"
        "Mata kuliah ini membahas struktur atom, ikatan kimia dan stoikiometri sebagai dasar praktikum kimia.\n\n"
        "Makasih ya min",
        "Mata kuliah ini membahas struktur atom, ikatan kimia dan stoikiometri sebagai dasar praktikum kimia.",
    ),
)


def test_a_remark_on_the_text_beside_the_request_is_not_the_text() -> None:
    for letter, text in REMARKED:
        fields, _ = extract_fields(RequestType.COURSE_DATA, "Summary", letter, datetime(2026, 11, 30, tzinfo=UTC))
        assert dict(fields.changes).get("summary") == text
