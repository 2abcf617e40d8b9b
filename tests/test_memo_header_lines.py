"""A memo's or letter's header ("To: Helpdesk P4M / From: Head of Department / Date: ...") addresses the paper; its
"To:" names no new value, while a change's "From: X / To: Y" still does. Written before the rule, in voices tune39
(where the kind was found: a memo in a PDF from a Nepali head of department) does not use."""

from __future__ import annotations

from datetime import UTC, datetime

from daemon.classify.changes import find_changes
from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput

MEMO = (
    "MEMORANDUM\nTo: Helpdesk Team\nFrom: Head, Department of Mechanical Engineering\nDate: 5 November 2026\n"
    "Subject: Change of lecturer\n\nCourse code: ME 2204\nCourse name: Thermodynamics\n"
    "Kindly substitute the present lecturer (Mr. Adebayo Okafor) with:\nDr. Oluwaseun Adeyemi\nfrom next week."
)
NOTA_DINAS = (
    "NOTA DINAS\nKepada: Helpdesk P4M\nDari: Ketua Jurusan Teknik Elektro\nTanggal: 4 November 2026\n"
    "Perihal: Pergantian dosen pengampu\n\nKode MK: EL 2207\nDosen pengampu baru: Dr. Ir. Made Suardana, M.T."
)


def test_a_memo_under_its_header_gives_the_person_it_substitutes() -> None:
    request = ClassifierInput("Memo: lecturer assignment ME 2204", MEMO, datetime(2026, 11, 5, tzinfo=UTC))
    assert classify(request).fields.changes == (("lecturer", "Dr. Oluwaseun Adeyemi"),)


def test_the_memo_header_to_line_is_no_lecturer_named_in_the_subject() -> None:
    memo = MEMO.split("Kindly")[0] + "Please update the e-learning accordingly."
    request = ClassifierInput("Memo: change of lecturer ME 2204", memo, datetime(2026, 11, 5, tzinfo=UTC))
    assert classify(request).fields.changes == ()


def test_the_nota_dinas_header_is_no_value() -> None:
    assert [(c.field, c.value) for c in find_changes(NOTA_DINAS, "EL 2207")] == [
        ("lecturer", "Dr. Ir. Made Suardana, M.T.")
    ]


def test_the_person_on_the_line_under_replace_with_is_the_new_lecturer() -> None:
    text = "Please replace the current lecturer (Ir. Siti Nurhaliza, M.T.) with:\nDr. Tran Minh Duc\nfrom Monday."
    assert [(c.field, c.value) for c in find_changes(text, None)] == [("lecturer", "Dr. Tran Minh Duc")]


def test_a_change_from_one_person_to_another_still_reads_its_to_line() -> None:
    text = "Mohon ganti dosen pengampu MK EL2207.\nFrom: Budi Santoso\nTo: Ratna Kusuma, M.T."
    assert [(c.field, c.value) for c in find_changes(text, "EL2207")] == [("lecturer", "Ratna Kusuma, M.T.")]
