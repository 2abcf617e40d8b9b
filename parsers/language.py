"""Guess whether a requester wrote in Indonesian or English."""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["id", "en"]

_INDONESIAN = frozenset(
    "yang dan di ke dari untuk utk dengan dgn ini itu tidak tdk bisa mohon mhn saya sy kami kita ada "
    "sudah sdh belum akan pada atau juga tolong terima kasih bapak ibu pak bu selamat pagi siang sore "
    "malam mata kuliah matkul mk nya apa bagaimana kenapa minta kelas jadi agar supaya karena sebagai "
    "harus masih lagi baru lama ya kok dong sih mau ingin perlu bantuan bantu tim salam hormat yth "
    "dosen mahasiswa pengumuman perubahan nama kode jurusan prodi semester tahun ganjil genap".split()
)
_ENGLISH = frozenset(
    "the and of to in for with this that is are was were be been not can could please would should "
    "i we you my our your have has had will shall dear regards thank thanks best kind hello hi "
    "course name code change lecturer student announcement request help cannot access login password "
    "it on at by from as an a do does did there their which what when how why about".split()
)
_WORD = re.compile(r"[a-zA-Z]+")


def detect_language(text: str, default: Language = "id") -> Language:
    """English only when English words clearly outnumber Indonesian ones; Indonesian otherwise."""
    indonesian = english = 0
    for word in _WORD.findall(text.lower()):
        if word in _INDONESIAN:
            indonesian += 1
        elif word in _ENGLISH:
            english += 1
    if english >= 3 and english > 1.5 * indonesian:
        return "en"
    if indonesian >= 2 and indonesian >= english:
        return "id"
    return default
