"""The change tagger: BIO labels from spans, what the shipped model reads and claims, the veto, the reader choice."""

from __future__ import annotations

import pytest

from daemon.classify.change_tagger import MODEL, Reading, chosen_reading, read_changes, tag, tagged_changes
from daemon.classify.change_tagger_features import labels, locate, tokens
from daemon.classify.changes import find_changes
from daemon.classify.found_change import FoundChange
from tests.conftest import TEST_DATA

# Written for this test, in words no tuning corpus uses for its value.
PROSE_RENAME = "Selamat siang, mohon nama matkul AK210 diganti jadi Akuntansi Biaya Terapan ya. Terima kasih."


def test_labels_mark_a_value_begin_and_inside() -> None:
    text = "nama baru: Web Lanjut"
    assert labels(tokens(text), [("fullname", 11, 21)]) == ["O", "O", "O", "B-fullname", "I-fullname"]


def test_a_span_off_token_bounds_gives_no_labels() -> None:
    assert labels(tokens("nama baru: Web Lanjut"), [("fullname", 12, 21)]) is None


def test_a_value_is_located_as_whole_words_across_a_line_break_and_at_the_grammars_reading() -> None:
    text = "Nama lama Web, mohon diubah jadi Web\nLanjut. Sekali lagi: Web Lanjut"
    assert locate(text, "Web Lanjut", near=33) == (33, 43)
    assert locate(text, "Web Lanjut") == (text.rindex("Web Lanjut"), len(text))
    assert locate(text, "eb Lanjut") is None


def test_the_tagger_reads_a_prose_rename() -> None:
    (change,) = tagged_changes(tag(PROSE_RENAME), 0.5, "AK210")
    assert (change.field, change.value) == ("fullname", "Akuntansi Biaya Terapan")
    assert change.cue.startswith("learned tagger (")
    assert PROSE_RENAME[change.start : change.end] == "Akuntansi Biaya Terapan"


@pytest.mark.parametrize(
    "question",
    [
        "Apakah nama mata kuliah bisa diubah? Terima kasih.",
        "Bagaimana cara mengganti dosen pengampu di e-learning? Terima kasih.",
        "How do I reset my password for the e-learning site?",
    ],
)
def test_the_tagger_claims_nothing_on_a_question(question: str) -> None:
    assert tagged_changes(tag(question), 0.0) == ()
    assert read_changes(question, (), reading=Reading("both")) == ()


def test_the_veto_removes_a_grammar_value_the_tagger_does_not_support() -> None:
    text = "Selamat pagi, saya mengajar di kelas TI-2A hari Senin. Mohon nama matkul diganti jadi Basis Data Lanjut."
    start = text.index("TI-2A")
    # A grammar value read where the tagger sees no value at all: support near zero, so it is vetoed.
    doubtful = FoundChange("class", "TI-2A", "labelled: kelas", start, start + len("TI-2A"))
    rename = FoundChange("fullname", "Basis Data Lanjut", "changed to: jadi", text.index("Basis"), len(text) - 1)
    assert (tag(text).support("class", doubtful.start, doubtful.end) or 0.0) < 0.05
    kept = read_changes(text, (doubtful, rename), reading=Reading("veto", veto=0.05))
    assert [(change.field, change.value) for change in kept] == [("fullname", "Basis Data Lanjut")]
    assert "tagger agrees" in kept[0].cue
    # The grammar alone keeps both.
    assert read_changes(text, (doubtful, rename), reading=Reading("grammar")) == (doubtful, rename)


def test_a_value_read_in_the_subject_is_not_judged_by_the_tagger() -> None:
    from_subject = FoundChange("fullname", "Statistika Terapan", "subject, changed to: jadi", 10, 28)
    assert read_changes("Terima kasih.", (from_subject,), reading=Reading("veto", veto=1.0)) == (from_subject,)


def test_recall_adds_only_fields_the_grammar_left_out() -> None:
    grammar = find_changes(PROSE_RENAME, "AK210")
    added = read_changes(PROSE_RENAME, (), "AK210", Reading("recall", claim=0.5))
    assert [change.field for change in added] == ["fullname"]
    both = read_changes(PROSE_RENAME, grammar, "AK210", Reading("recall", claim=0.5))
    assert len({change.field for change in both}) == len(both)
    assert set(grammar) <= set(both)


def test_fill_reads_by_default_and_for_an_unknown_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HELPDESK_CHANGE_READER", raising=False)
    assert chosen_reading() == Reading("fill", veto=0.01, claim=0.9)
    monkeypatch.setenv("HELPDESK_CHANGE_READER", "crystal-ball")
    assert chosen_reading().reader == "fill"
    monkeypatch.setenv("HELPDESK_CHANGE_READER", "veto")
    monkeypatch.setenv("HELPDESK_CHANGE_VETO", "0.3")
    assert chosen_reading() == Reading("veto", veto=0.3)


def test_the_shipped_model_learned_from_every_tuning_corpus() -> None:
    """A corpus added without a retrain leaves the tagger blind to it: run scripts/build_change_spans.py."""
    trained_on = (MODEL.parent / "change_tagger.corpora.txt").read_text(encoding="utf-8").split()
    present = sorted(path.parent.name for path in TEST_DATA.glob("requests*/labels.json"))
    assert sorted(trained_on) == present
