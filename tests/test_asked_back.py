"""A change whose value is in doubt is asked back of the requester by its field, never claimed or silently lost."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.claim_check import claimed
from daemon.classify.completeness import missing_items
from daemon.classify.evaluation import Prediction, change_pairs
from daemon.classify.evaluation_figures import Label
from daemon.classify.fields import extract_fields
from daemon.classify.found_change import FoundChange
from daemon.classify.model import RequestType
from daemon.clock import FixedClock
from daemon.config import Config
from daemon.moodle.plans import plan_course_update
from daemon.ticket_record import IncomingMail
from tests.fakes import ScriptedMailer
from tests.test_pipeline import app_with, receipt_and_notice, request

AT = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Mohon nama MK KM3104 Kimia Dasar diganti menjadi Kimia Umum atau Kimia Terapan, mana yang cocok.",
            "fullname",
        ),
        (
            "Tolong enrolment key MK KM3104 Kimia Dasar diganti jadi reaksi2026, tapi masih belum yakin.",
            "enrolment_key",
        ),
        (
            "Please set the short name of KM3104 Kimia Dasar to KIMDAS-26 (to be confirmed by the head of programme).",
            "shortname",
        ),
    ],
)
def test_a_doubted_value_leaves_its_field_asked(text: str, asked: str) -> None:
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Perubahan MK", text, AT)
    assert dict(fields.changes) == {asked: ""}
    assert missing_items(RequestType.COURSE_DATA, fields) == (f"changes.{asked}",)
    assert plan_course_update(fields).changes == {}  # nothing reaches Moodle


def test_a_sure_value_of_the_same_field_wins_over_a_doubted_one() -> None:
    text = "Nama baru: Kimia Umum atau Kimia Terapan?\nSetelah rapat prodi, nama baru: Kimia Terapan."
    doubted = FoundChange("fullname", "Kimia Umum", "label", text.index("Kimia Umum"), text.index(" atau"))
    sure_start = text.rindex("Kimia Terapan")
    sure = FoundChange("fullname", "Kimia Terapan", "label", sure_start, sure_start + len("Kimia Terapan"))
    assert [(c.field, c.value) for c in claimed(text, (doubted, sure), None, None)] == [("fullname", "Kimia Terapan")]


def test_eval_counts_a_field_asked_back_as_missed_not_as_a_wrong_value() -> None:
    labels = {"x.eml": Label("course_data", {"changes": {"fullname": "Kimia Terapan"}})}
    asked_back = Prediction("x.eml", "course_data", 1.0, (), {"changes": {"fullname": ""}})
    pairs = change_pairs(labels, {"x.eml": asked_back})
    assert (pairs.claimed, pairs.right, pairs.wrong_value_claimed, pairs.value_missed) == (0, 0, 0.0, 1.0)
    assert pairs.mistake_shapes == {"fullname missed": 1}


def test_the_receipt_asks_for_the_doubted_value_by_name(local_config: Config, clock: FixedClock) -> None:
    body = "Mohon nama mata kuliah IF201 Basis Data diganti menjadi Sistem Basis Data atau Basis Data Terapan."
    mailer = ScriptedMailer()
    app = app_with(local_config, clock, mailer)
    app.pipeline.ingest(IncomingMail(request("doubt-1", body=body), clock.now(), "ref-doubt"))
    clock.advance(seconds=2)
    app.outbox.run_pass()
    receipt, _ = receipt_and_notice(mailer)
    assert "Mohon lengkapi: nama baru mata kuliah." in receipt.get_content()


@pytest.mark.parametrize(
    ("text", "claimed_changes"),
    [
        (
            # a numbered list: the doubt is the third item's, not the first two's
            "Untuk MK KM3104 Kimia Dasar mohon:\n1. Nama singkat: KIMDAS-B\n2. Enrolment key: ion2027\n"
            "3. Dosen pengampu: belum pasti, nanti saya kabari setelah rapat jurusan",
            {"shortname": "KIMDAS-B", "enrolment_key": "ion2027"},
        ),
        (
            # dashes and colons in a Malaysian colleague's English
            "For KM3104 Kimia Dasar, kindly update lah:\n- shortname -> KD-SEM2\n"
            "- lecturer -> TBC, we will let you know by Friday",
            {"shortname": "KD-SEM2"},
        ),
    ],
)
def test_a_doubt_in_a_later_list_item_leaves_earlier_items_claimed(text: str, claimed_changes: dict[str, str]) -> None:
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Perubahan MK", text, AT)
    changes = dict(fields.changes)
    assert {field: value for field, value in changes.items() if field in claimed_changes} == claimed_changes
