"""Change pairs the readers missed before round 15: a reply that gives what the helpdesk's paraphrased ask wanted
above the writer's own quoted request, changes said in words in a table's change column, a second change given along
with the first ("with short name X"), and a value set as a list item on the line after its cue."""

from __future__ import annotations

from datetime import UTC, datetime

from daemon.classify.answer_to_us import answer_to_us
from daemon.classify.change_column import change_column_changes
from daemon.classify.changes import find_changes
from daemon.classify.model import RequestType
from daemon.classify.request_under_ask import AskToComplete, ask_to_complete

REFERENCE = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)


def _thread(reply: str, ask: str, request: str) -> tuple[str, str]:
    context = (
        "Pada Sen, 30 Nov 2026 pukul 09.00 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:\n"
        f"> Yth. Bapak Andreas,\n> {ask}\n>\n> Pada Sen, 30 Nov 2026 pukul 08.40 Andreas menulis:\n>> {request}\n"
    )
    return reply, context


def _changes(reply: str, context: str) -> dict[str, str] | None:
    answer = answer_to_us("Re: [P4M #77] data MK", reply, context, REFERENCE)
    if answer is None:
        return None
    assert answer.type is RequestType.COURSE_DATA
    return dict(answer.fields.changes)


def test_a_code_given_under_a_partial_receipt_takes_the_change_of_the_quoted_request() -> None:
    reply, context = _thread(
        "Kode MK-nya GD2207 ya.",
        "Mohon lengkapi: kode MK.",
        "Tolong kelas MK Geodesi Satelit dipindah ke GD-2B Sore, terima kasih.",
    )
    answer = answer_to_us("Re: [P4M #77] data MK", reply, context, REFERENCE)
    assert answer is not None and answer.fields.course_code == "GD2207"
    assert dict(answer.fields.changes) == {"class": "GD-2B Sore"}


def test_a_quoted_request_that_only_asks_whether_gives_nothing() -> None:
    reply, context = _thread(
        "GD2207", "Mohon lengkapi: kode MK.", "Apakah nama singkat MK Geodesi Satelit boleh diganti? Nanti saya kabari."
    )
    assert _changes(reply, context) is None


def test_the_course_named_only_in_the_quoted_receipt_is_kept() -> None:
    context = (
        "Pada Sen, 30 Nov 2026 pukul 09.00 Helpdesk P4M menulis:\n"
        "> Permintaan Bapak untuk MK Geodesi Satelit (GD2207) sudah kami terima. Mohon lengkapi: kelas barunya.\n"
    )
    answer = answer_to_us("Re: [P4M #77] kelas", "Kelas: GD-2B Sore", context, REFERENCE)
    assert answer is not None and answer.fields.course_code == "GD2207"
    assert dict(answer.fields.changes) == {"class": "GD-2B Sore"}


def test_the_value_alone_answers_the_one_new_value_a_paraphrased_ask_names() -> None:
    reply, context = _thread(
        "geo$at-26", "Please provide the new enrolment key.", "Could you change the key of Satellite Geodesy (GD2207)?"
    )
    assert _changes(reply, context) == {"enrolment_key": "geo$at-26"}


def test_an_ask_for_the_course_code_wants_no_change_value() -> None:
    for asked in ("Mohon lengkapi: kode MK.", "Mohon lengkapi: kode atau nama mata kuliah.", "Please complete: code"):
        assert AskToComplete(asked, "").field_asked() is None
    assert AskToComplete("Mohon dilengkapi nama singkat barunya.", "").field_asked() == "shortname"
    assert ask_to_complete("> Terima kasih atas permintaan Bapak.\n") is None


def test_a_change_column_is_read_in_the_first_row_only() -> None:
    text = (
        "No | Kode | Mata Kuliah | Perubahan\n"
        "1 | GD2207 | Geodesi Satelit | SKS 2 -> 3\n"
        "2 | GD2301 | Fotogrametri | Kelas: GD-3A\n"
    )
    assert [(change.field, change.value) for change in change_column_changes(text, "GD2207")] == [("credits", "3")]
    assert change_column_changes("Kode | Mata Kuliah | Perubahan\nGD2207 | Geodesi Satelit | tidak ada\n", None) == ()


def test_a_short_name_given_along_with_a_new_name() -> None:
    def read(text: str) -> dict[str, str]:
        return {change.field: change.value for change in find_changes(text, None)}

    assert read("Please rename GD2207 to Satellite Geodesy, with short name SATGEO.") == {
        "fullname": "Satellite Geodesy",
        "shortname": "SATGEO",
    }
    assert read("Please rename GD2207 to Satellite Geodesy, with the same short name as now.") == {
        "fullname": "Satellite Geodesy"
    }
    # "with" a person may say who teaches alongside: only a shaped field is given along.
    assert "lecturer" not in read("Mohon nama MK diganti menjadi Geodesi Satelit dengan dosen Dr. Andreas Putra.")


def test_a_value_set_as_a_list_item_under_its_cue_loses_its_bullet() -> None:
    found = find_changes("Mohon kelas MK Geodesi Satelit (GD2207) diganti jadi:\n• GD-2B Sore\n\nSalam", "GD2207")
    assert [(change.field, change.value) for change in found] == [("class", "GD-2B Sore")]
    # A list of several items under the cue is no one value.
    listed = "The teaching team for Geodesy (GD2207) is now:\n\n- Dr. Andreas Putra, M.T.\n\n- Rina Sari, M.Sc.\n"
    assert find_changes(listed, "GD2207") == ()


def test_a_bare_code_answers_a_paraphrased_ask_for_the_code() -> None:
    """The writer's own "Mohon dilengkapi kode mata kuliahnya" asks for the code as the receipt's "Mohon lengkapi"
    does: the reply's bare code, with a word of address after it, is the course's."""
    reply, context = _thread(
        "EL 2204 mbak",
        "Mohon dilengkapi kode mata kuliahnya.",
        "Tolong kelas MK Mesin Listrik dipindah ke ME-2B Sore, terima kasih.",
    )
    answer = answer_to_us("Re: [P4M #77] data MK", reply, context, REFERENCE)
    assert answer is not None and answer.fields.course_code == "EL 2204"
    assert dict(answer.fields.changes) == {"class": "ME-2B Sore"}
