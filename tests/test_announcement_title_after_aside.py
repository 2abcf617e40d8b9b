"""A request whose last sentence closes inside brackets or quotes ("... (it is the lunch break, after all.)") ends
before the title line under it, as a full stop does. Written before the rule, in voices tune39 (where the kind was
found: a Canadian volunteer) does not use."""

from __future__ import annotations

import pytest

from daemon.classify.announcement_title import title_and_body

REQUEST = "Tolong tayangkan di e-learning untuk semua mahasiswa besok pagi ya{aside}\n\n"
NOTICE = (
    "Workshop Menulis: Artikel Ilmiah Populer\n\n"
    "Perpustakaan mengundang mahasiswa mengikuti workshop pada Kamis, 10 Desember 2026 pukul 13.00 di Ruang Baca.\n"
)


@pytest.mark.parametrize(
    "aside",
    ("! (Biar sempat dibaca sebelum kuliah.)", "? (Kalau bisa sebelum jam 7.)"),
    ids=("exclaimed", "asked"),
)
def test_the_title_line_under_a_request_closed_inside_brackets_is_the_title(aside: str) -> None:
    title, body, _ = title_and_body(REQUEST.format(aside=aside) + NOTICE)
    assert title == "Workshop Menulis: Artikel Ilmiah Populer"
    assert body and body.startswith("Perpustakaan mengundang")
