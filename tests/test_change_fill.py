"""Where the grammar read no change value, the change tagger's own values fill in, when it is sure of them; the
grammar's values are never replaced, a field named without its value stays asked, and the type still rests on what
the grammar read. Written before the reader, in voices no tuning corpus uses; that fill is the default reading, at
0.9, is tested in tests/test_change_tagger.py. Guards, which held before it: the grammar's own value, the field named
without its value, and the type decided without the tagger's values."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.change_tagger import Reading, read_changes, tag, tagged_changes
from daemon.classify.changes import find_changes
from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.found_change import FoundChange
from daemon.classify.learned_decision import model_decides
from daemon.classify.model import RequestType
from daemon.wording import Wording

REFERENCE = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)
# The short name given after "yaitu", with no change verb or label the grammar reads.
PATTERN = (
    "Nama singkat Basis Data",
    "Permisi pak, kode singkat MK Basis Data (IF2202) di e-learning tolong disamakan dg format prodi yaitu "
    "BD-TRPL2A. Trims",
)
TAKEN_OVER = (
    "Assalamualaikum, mulai semester ini MK Hidrolika (TS2203) sudah dipegang Ibu Nurhayati Siregar, S.T., M.T. "
    "Di e-learning masih tertulis nama dosen lama. Mohon diperbarui."
)


def test_the_tagger_fills_a_value_the_grammar_did_not_read() -> None:
    assert find_changes(PATTERN[1], "IF2202") == ()
    result = classify(ClassifierInput(*PATTERN, REFERENCE))
    assert result.type is RequestType.COURSE_DATA
    assert dict(result.fields.changes) == {"shortname": "BD-TRPL2A"}
    (said,) = [reason for reason in result.reasons if reason.startswith("changes.shortname")]
    assert "learned tagger" in said


def test_staff_read_the_requests_own_words_where_the_tagger_read_a_value() -> None:
    said = next(r for r in classify(ClassifierInput(*PATTERN, REFERENCE)).reasons if r.startswith("changes."))
    for language in ("id", "en"):
        shown = Wording(language).reason(said)
        assert '"format prodi yaitu"' in shown
        assert "tagger" not in shown


def test_a_value_the_grammar_read_is_never_replaced() -> None:
    grammar = find_changes(TAKEN_OVER, "TS2203")
    assert [(change.field, change.value) for change in grammar] == [("lecturer", "Nurhayati Siregar, S.T., M.T.")]
    assert read_changes(TAKEN_OVER, grammar, "TS2203", Reading("fill", claim=0.0)) == grammar


def test_a_field_named_without_its_value_stays_asked_when_the_tagger_is_not_sure() -> None:
    named = (FoundChange("shortname", "", "named: kode singkat", 13, 25),)
    assert read_changes(PATTERN[1], named, "IF2202", Reading("fill", claim=1.01)) == named
    filled = read_changes(PATTERN[1], named, "IF2202", Reading("fill", claim=0.5))
    assert [(change.field, change.value) for change in filled] == [("shortname", "BD-TRPL2A")]


def test_the_type_rests_on_what_the_grammar_read() -> None:
    """A sure learned model does not make a course change of mail whose only value the tagger read, nor keep the
    rules' course change against it on that value alone."""
    request = ClassifierInput(*PATTERN, REFERENCE)
    sure_change = dict.fromkeys(RequestType, 0.02) | {RequestType.COURSE_DATA: 0.9}
    assert model_decides(request, sure_change, RequestType.OTHER, {}) is None
    sure_other = dict.fromkeys(RequestType, 0.02) | {RequestType.OTHER: 0.9}
    decided = model_decides(request, sure_other, RequestType.COURSE_DATA, {})
    assert decided is not None and decided.type is RequestType.OTHER


def test_a_value_opening_the_text_is_shown_with_the_words_after_it() -> None:
    text = "BD-TRPL2A itu kode singkat yang benar untuk MK Basis Data IF2202, mohon diganti."
    (change,) = tagged_changes(tag(text), 0.0, "IF2202")
    assert change.cue.endswith(": itu kode singkat")


# What the page shows now, or a value kept as it is, named where the grammar reads no change (tune36's kind, in
# other voices): the tagger read each as a new lecturer.
STAYING = (
    "Selamat siang, untuk MK Fisika Dasar (TE1102) kelas TE-1B di e-learning tercantum Bapak Yohanes Laia, S.Pd., "
    "M.Si. Mohon dicek kembali, terima kasih.",
    "Dear P4M, for Fluid Mechanics (ME2204) the coordinator remains Dr. Ingrid Vossberg, M.Eng. Only the class list "
    "needs a look. Thanks",
    "Izin bu, pengampu MK Statistika (MA2101) tetap Bu Wiwik Handayani, S.Si., M.Sc. ya, tidak jadi diganti. Makasih",
)


@pytest.mark.parametrize("text", STAYING)
def test_a_value_the_page_lists_now_or_that_stays_is_not_filled(text: str) -> None:
    assert tagged_changes(tag(text), 0.0) == ()
