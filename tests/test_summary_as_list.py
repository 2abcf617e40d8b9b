"""A new description written as a list of points ("- Membahas ...", "• Covers ...", "1. ...") is the description,
its items kept one per line; a list of other fields' values is not. Written before the rule, in voices tune39 (where
the kind was found: a Banjar lab assistant) does not use."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes

LISTS = (
    (
        "Bu Ratna minta deskripsi MK Sanitasi Lingkungan diganti jadi:\n\n"
        "- Membahas pengelolaan air bersih dan air limbah\n- Praktik lapangan di IPAL Batam Centre\n\n"
        "Deskripsi lama dihapus saja ya. Matur nuwun.",
        "- Membahas pengelolaan air bersih dan air limbah\n- Praktik lapangan di IPAL Batam Centre",
    ),
    (
        "Could you replace the course summary of ME3101 with the points below?\n\n"
        "• Covers finite element basics for mechanical parts\n• Includes a mini project with Ansys\n\n"
        "Thanks, Lars",
        "• Covers finite element basics for mechanical parts\n• Includes a mini project with Ansys",
    ),
)


@pytest.mark.parametrize(("text", "summary"), LISTS, ids=("dash-indonesian", "bullet-english"))
def test_a_description_written_as_points_is_read_whole(text: str, summary: str) -> None:
    assert [(change.field, change.value) for change in find_changes(text, None)] == [("summary", summary)]


def test_a_list_of_other_fields_after_the_description_word_is_no_description() -> None:
    text = "Deskripsi sudah benar. Yang perlu diganti:\n- Short name: KIM-2A\n- Kelas: KI-2A Pagi"
    assert "summary" not in {change.field for change in find_changes(text, None)}


def test_points_set_apart_by_blank_lines_are_one_list_and_the_sentence_after_is_not_in_it() -> None:
    text = (
        "Mohon deskripsi MK Energi Surya diganti menjadi berikut:\n\n"
        "- Prinsip konversi energi surya\n\n- Perancangan PLTS atap\n\n- Analisis keekonomian PLTS\n\n"
        "Nama MK dan dosennya tidak perlu diubah.\n\nHatur nuhun."
    )
    assert [(change.field, change.value) for change in find_changes(text, None)] == [
        ("summary", "- Prinsip konversi energi surya\n- Perancangan PLTS atap\n- Analisis keekonomian PLTS")
    ]
