"""The writer's own attempt told with a regional "I" ("sudah tiang coba", "udah gue coba", "sudah ulun coba ...
kada bisa") is an attempt at a fault, like "sudah saya coba": renaming one's own file is no course change asked.
Written before the rule, in Jakarta, Banjar and Balinese voices other than tune39's (where the kind was found: a
Balinese student whose .pages file was refused)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput

ATTEMPTS = (
    "Halo min, gue mau upload tugas di kursus Statistika tapi ditolak, katanya ukuran file kegedean. Udah gue coba "
    "ubah nama jadi laporan_final.pdf terus kompres, tetep aja gagal. Gimana dong?",
    "Assalamualaikum, ulun kada kawa mengumpulkan tugas di kursus Hidrolika, muncul tulisan file type not allowed. "
    "Sudah ulun coba ubah nama file jadi .docx, tetap kada bisa. Deadline malam ini.",
    "Om Swastyastu, tiang tidak bisa upload video tugas di kursus Multimedia, selalu gagal di 90%. Sudah tiang coba "
    "ganti nama jadi tugas3.mp4 dan pakai Wi-Fi kampus, tetap gagal. Suksma.",
)


@pytest.mark.parametrize("text", ATTEMPTS, ids=("jakarta-gue", "banjar-ulun", "balinese-tiang"))
def test_a_renamed_own_file_told_as_an_attempt_is_a_support_request(text: str) -> None:
    request = ClassifierInput("Upload tugas gagal", text, datetime(2026, 11, 20, tzinfo=UTC))
    assert classify(request).type.value == "elearning_support"
