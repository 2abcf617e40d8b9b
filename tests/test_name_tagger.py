"""The course-name tagger: labels from spans, what the shipped model reads, the veto and the fill, the reader choice."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType
from daemon.classify.name_tagger import MODEL, NameReading, chosen_name_reading, judged, read_name, tag_name
from daemon.classify.name_tagger_features import compose, name_labels, occurrences, tokens
from tests.conftest import TEST_DATA

# Written for this test, in a voice and with a course no tuning corpus uses.
NAMED = "Halo tim P4M, untuk MK Hidrologi Terapan (TS2307) mohon dosen pengampunya diganti ke Ibu Ratna Sari, M.T."
NO_COURSE = "Selamat pagi, bagaimana cara mengunggah tugas di e-learning? Terima kasih."


def test_the_subject_stands_over_the_body_and_offsets_say_where_the_body_starts() -> None:
    flat, body_start = compose("Ganti dosen", "Mohon dibantu.")
    assert flat[:body_start].strip() == "Ganti dosen"
    assert flat[body_start:] == "Mohon dibantu."


def test_labels_mark_every_span_begin_and_inside() -> None:
    text = "nama MK Basis Data jadi Basis Data Lanjut"
    spans = [("name", 8, 18), ("newname", 24, 41)]
    assert name_labels(tokens(text), spans) == [
        *("O", "O", "B-name", "I-name", "O"),
        *("B-newname", "I-newname", "I-newname"),
    ]


def test_a_name_occurs_as_whole_words_across_a_line_break() -> None:
    text = "MK Basis\nData, bukan Basis Datang"
    assert occurrences(text, "Basis Data") == [(3, 13)]


def test_the_shipped_model_reads_a_name_beside_its_code() -> None:
    best = tag_name("Ganti dosen", NAMED).best()
    assert best is not None
    assert best[1] == "Hidrologi Terapan"
    assert best[0] >= 0.5


def test_the_shipped_model_reads_no_name_in_a_question_about_the_site() -> None:
    best = tag_name("Unggah tugas", NO_COURSE).best()
    assert best is None or best[0] < 0.5


def test_the_veto_drops_a_grammar_name_the_tagger_does_not_support() -> None:
    tagging = tag_name("Ganti dosen", NAMED, names=("Ibu Ratna Sari",))
    assert (judged(tagging, "Ibu Ratna Sari") or 0.0) < 0.05
    assert read_name("Ganti dosen", NAMED, "Ibu Ratna Sari", NameReading("veto", veto=0.05)) is None
    assert read_name("Ganti dosen", NAMED, "Hidrologi Terapan", NameReading("veto", veto=0.05)) == "Hidrologi Terapan"
    # A name written nowhere in the subject or the text (read in the quoted mail) is not judged.
    assert read_name("Ganti dosen", NAMED, "Mekanika Tanah", NameReading("veto", veto=1.0)) == "Mekanika Tanah"


def test_fill_gives_the_tagger_name_only_where_the_grammar_has_none() -> None:
    fill = NameReading("fill", claim=0.5)
    assert read_name("Ganti dosen", NAMED, None, fill) == "Hidrologi Terapan"
    assert read_name("Ganti dosen", NAMED, "Hidrologi", fill) == "Hidrologi"
    assert read_name("Ganti dosen", NAMED, None, NameReading("fill", claim=1.01)) is None


def test_fill_reads_by_default_and_for_an_unknown_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("HELPDESK_NAME_READER", "HELPDESK_NAME_CLAIM", "HELPDESK_NAME_VETO"):
        monkeypatch.delenv(variable, raising=False)
    assert chosen_name_reading() == NameReading("fill", veto=0.05, claim=0.98)
    assert read_name("Ganti dosen", NAMED, "Mekanika Tanah") == "Mekanika Tanah"
    monkeypatch.setenv("HELPDESK_NAME_READER", "crystal-ball")
    assert chosen_name_reading().reader == "fill"
    monkeypatch.setenv("HELPDESK_NAME_READER", "grammar")
    assert read_name("Ganti dosen", NAMED, None) is None
    monkeypatch.setenv("HELPDESK_NAME_READER", "veto")
    monkeypatch.setenv("HELPDESK_NAME_CLAIM", "0.7")
    assert chosen_name_reading() == NameReading("veto", claim=0.7)
    monkeypatch.setenv("HELPDESK_NAME_CLAIM", "lots")
    assert chosen_name_reading().claim == 0.98


def test_the_fields_take_the_reader_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    at = datetime(2026, 11, 30, tzinfo=UTC)
    monkeypatch.setenv("HELPDESK_NAME_READER", "tagger")
    monkeypatch.setenv("HELPDESK_NAME_CLAIM", "0.5")
    assert extract_fields(RequestType.COURSE_DATA, "Ganti dosen", NAMED, at)[0].course_name == "Hidrologi Terapan"
    monkeypatch.setenv("HELPDESK_NAME_CLAIM", "1.01")
    assert extract_fields(RequestType.COURSE_DATA, "Ganti dosen", NAMED, at)[0].course_name is None
    # A text the daemon made up itself is read by the grammar alone.
    assert extract_fields(RequestType.COURSE_DATA, "Ganti dosen", NAMED, at, tagged=False)[0].course_name is not None


def test_the_shipped_name_model_learned_from_every_tuning_corpus() -> None:
    """A corpus added without a retrain leaves the tagger blind to it: run scripts/build_name_spans.py."""
    trained_on = (MODEL.parent / "name_tagger.corpora.txt").read_text(encoding="utf-8").split()
    present = sorted(path.parent.name for path in TEST_DATA.glob("requests*/labels.json"))
    assert sorted(trained_on) == present


@pytest.mark.parametrize(
    "text",
    [
        "Mohon nama matkul saya diubah menjadi Sistem Operasi Lanjut.",
        "Nama mata kuliah di e-learning mohon diganti menjadi Jaringan Nirkabel Terapan.",
    ],
)
def test_no_name_is_filled_from_the_new_name_a_rename_asks_for(text: str) -> None:
    # The model marks the new name's head as a current name; the reader refuses a name cut from a longer run.
    assert "B-name" in tag_name("Ganti nama", text).tags
    assert read_name("Ganti nama", text, None, NameReading("fill", claim=0.0)) is None
