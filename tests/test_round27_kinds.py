"""Kinds found when held-out part28 was opened (as tune49), in voices tune49 does not use: a request dictated to a
phone with its punctuation spoken ("titik", "full stop")."""

from __future__ import annotations

from datetime import UTC, datetime

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.dictated_marks import spoken_marks_written
from daemon.classify.memory import NO_EXAMPLES
from daemon.classify.model import RequestType

AT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


def _classify(subject: str, text: str) -> dict[str, object]:
    result = classify(ClassifierInput(subject, text, AT, False, "", NO_EXAMPLES))
    return {"type": result.type, **result.fields.as_json_dict()}


def test_a_dictated_title_ends_at_its_spoken_full_stop() -> None:
    text = (
        "selamat pagi bu tolong buatkan pengumuman untuk kelas jaringan komputer kode JK 2201 judulnya praktikum "
        "kamis dibatalkan titik isinya praktikum hari kamis dibatalkan karena lab dipakai ujian titik tolong "
        "tayangkan besok jam tujuh pagi ya bu terima kasih"
    )
    fields = _classify("pengumuman jaringan komputer", text)
    assert (fields["type"], fields["title"]) == (RequestType.ANNOUNCEMENT, "praktikum kamis dibatalkan")


def test_an_english_dictated_title_ends_at_its_spoken_full_stop() -> None:
    text = (
        "hello please post an announcement for my networking class titled lab session moved full stop the lab "
        "session on thursday moves to friday at ten full stop thank you"
    )
    assert _classify("announcement for my class", text)["title"] == "lab session moved"


def test_a_title_described_rather_than_written_is_not_claimed() -> None:
    text = "could you post an announcement in my course titled the event name. it is in the attached file thanks"
    assert "title" not in _classify("announcement", text)


def test_spoken_marks_are_written_in_place_and_offsets_kept() -> None:
    text = "mohon nama mata kuliah jaringan komputer diganti menjadi Jaringan Komputer Lanjut titik kodenya tetap koma"
    written = spoken_marks_written(text)
    assert len(written) == len(text)
    assert written.index("Lanjut.") == text.index("Lanjut titik")
    assert written.rstrip().endswith("tetap,")


def test_a_text_with_a_mark_typed_or_too_short_keeps_its_words() -> None:
    typed = (
        "Mohon titik kumpul di halaman course diperbarui, karena lokasi praktikum lapangan pindah ke gedung baru titik"
    )
    assert spoken_marks_written(typed) == typed
    assert spoken_marks_written("judulnya rapat titik") == "judulnya rapat titik"
