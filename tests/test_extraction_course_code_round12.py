"""Course codes the writer names in other ways (the course "is" a code, one code singled out of several, a class
glued after the code, a dotted code beside its name, a programme prefix or digits first under a code's label) and
code-shaped numbers that are no course (an error's or a voucher's code, a part listed after another, an order)."""

from __future__ import annotations

import pytest

from daemon.classify.course_code import find_course_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The writer's course, subject or module "is" the code, with words (hyphenated too) between.
        ("Our subject in the e-learning system is CHE 2104 Process Control; please update its key.", "CHE 2104"),
        ("The module on the Moodle site is BIO2201 Genetics. Could the lecturer be changed?", "BIO2201"),
        ("The course code for Thermal Physics is phy-2207, the credits should be 3.", "phy-2207"),
        # A class glued after the code is no part of it.
        ("Enrolment key kelas AK2107-AK2B tolong diganti jadi akb-27.", "AK2107"),
        # One code singled out of several listed.
        ("I coordinate EL2101 Circuits and EL2204 Signals; only EL2204 needs its credits fixed.", "EL2204"),
        ("Saya pegang MJ1101 dan MJ2203, yang diganti MJ2203 saja ya.", "MJ2203"),
        ("Not only IF2201 but also IF2204 need new keys.", "IF2201"),
        # A dotted code in capitals, in square brackets or after a dash beside its name; a dotted practicum letter.
        ("Mohon dosen Statistika Industri [TIN.2105] diganti.", "TIN.2105"),
        ("Mata kuliah: Kimia Organik - KIM.2203, key mohon diganti.", "KIM.2203"),
        ("Kode MK: FIS.1102.P\nMohon dosennya diganti.", "FIS.1102.P"),
        # A programme prefix or a cohort's digits first, under a label for a code.
        ("Kode mata kuliah: TI-IF2207\nMohon key diganti.", "TI-IF2207"),
        ("Course code: 22ME3104\nPlease update the credits.", "22ME3104"),
    ],
)
def test_a_code_the_writer_names(text: str, code: str) -> None:
    assert find_course_code("Data course", text) == code


@pytest.mark.parametrize(
    "text",
    [
        "Lihat Buku Panduan (hlm.123) untuk langkahnya, nama course Fisika mohon diganti.",
        "Waktu saya simpan muncul kode error SQL1045, jadi nama course Kimia mohon diganti.",
        "The error code is AB1234 whenever I save, so please rename the course for me.",
        "Siapkan sensor DHT22 dan modul HC1305 untuk praktikum, deskripsi course mohon diganti.",
        # a programme-prefixed or digits-first shape with no label for a code: an order or a batch
        "Pesanan PO-ATK2205 sudah sampai, nama course Gambar Teknik mohon diganti.",
        "Batch 24KT2201 sudah lulus, nama course Kalkulus mohon diganti.",
    ],
)
def test_a_shape_that_is_no_course(text: str) -> None:
    assert find_course_code("Data course", text) is None
