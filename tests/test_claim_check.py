"""The claim check every change value passes, in sentences of its own (not the tune18-precision corpus's): values
with a reason, a closing or a capitalised tail, emphasis marks, postscript corrections, people near a cue,
code-shaped names, two values and doubts; and the new description read over its paragraphs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.claim_check import claimed
from daemon.classify.fields import extract_fields
from daemon.classify.found_change import FoundChange
from daemon.classify.model import RequestType


def pairs(text: str, subject: str = "Perubahan data MK") -> dict[str, str]:
    fields, _ = extract_fields(RequestType.COURSE_DATA, subject, text, datetime(2027, 8, 1, tzinfo=UTC))
    return dict(fields.changes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # emphasis marks of Gmail's plain text are not the value's
        ("Tolong nama MK Kimia Organik (TK2201) diganti jadi *Kimia Organik Lanjut* ya.", "Kimia Organik Lanjut"),
        # a tail in capitals after the name: a class, a reason, a closing on the same line
        ("Nama MK Fisika Dasar (TE1101) mohon diganti jadi Fisika Teknik Kelas TE-1B saja.", "Fisika Teknik"),
        (
            "Mohon nama course Etika Bisnis (MB2101) diubah menjadi Etika Bisnis Islami Berdasarkan SK Dekan.",
            "Etika Bisnis Islami",
        ),
        ("please retitle Ship Design (KP3101) to Advanced Ship Design Best regards, Tom", "Advanced Ship Design"),
        # a connector written in capitals
        ("MOHON NAMA MK GAMBAR TEKNIK (ME1102) DIUBAH MENJADI GAMBAR TEKNIK MESIN.", "GAMBAR TEKNIK MESIN"),
    ],
)
def test_a_full_name_is_claimed_without_what_is_not_its_own(text: str, expected: str) -> None:
    assert pairs(text).get("fullname") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person named in a web form's identity block
        "Nama : Dewi Anjani\nNIP : 198805122019\nEmail : dewi@polibatam.ac.id\nMohon SKS MK Optik (FT2103) jadi 3.",
        # a person whose degrees follow the value
        "Nama pengajarnye tolong ganti jadi Sarah Hutapea, S.Si., M.Sc. ya min, course FT2103.",
        # a code-shaped token under a full-name cue with no short-name word
        "Mohon nama course Optik (FT2103) diganti jadi OPT-FT-2027.",
        # two names offered
        "Nama MK Optik (FT2103) mau diubah, usulannya Optika Terapan atau Fotonika Dasar.",
    ],
)
def test_no_full_name_is_claimed_when_the_value_is_not_a_name(text: str) -> None:
    assert "fullname" not in pairs(text)


def test_a_code_shaped_value_under_a_short_name_cue_is_the_short_name() -> None:
    changes = pairs("Mohon shrt name course Optika Dasar (FT2103) diganti ke OPTIKA-1C.")
    assert changes.get("shortname") == "OPTIKA-1C" and "fullname" not in changes


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (
            "Mohon enrolment key Optik (FT2103) diganti jadi Lensa-77.\n\nSalam,\nAri\n\n"
            "PS: maaf keliru, key yang benar Lensa-78.",
            "enrolment_key",
            "Lensa-78",
        ),
        (
            "Please set the short name of Optics (FT2103) to OPT-2A.\n\nThanks\n\n"
            "P.S. Sorry, my mistake: make it OPT-2C.",
            "shortname",
            "OPT-2C",
        ),
    ],
)
def test_a_postscript_that_owns_up_to_a_slip_corrects_the_value(text: str, field: str, expected: str) -> None:
    assert pairs(text).get(field) == expected


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Short name Optik (FT2103) jadi OPT-P (untuk kelas pagi) dan OPT-M (untuk kelas malam).", "shortname"),
        (
            "Please change the enrolment key of Optics (FT2103) to Prism-21 or Prism-12, whichever you like.",
            "enrolment_key",
        ),
        (
            "Key course Optik (FT2103) mohon diganti jadi Cahaya-09. Tapi masih menunggu konfirmasi kaprodi.",
            "enrolment_key",
        ),
        ("Saya, Budi Hartono, M.T., dosen pengampu Optik (FT2103), mohon SKS-nya dijadikan 3.", "lecturer"),
    ],
)
def test_a_value_in_doubt_is_not_claimed(text: str, field: str) -> None:
    assert not pairs(text).get(field)  # absent, or asked back without a value (tests/test_asked_back.py)


def test_only_a_sentence_that_opens_with_the_writer_is_a_self_introduction() -> None:
    asks = "Mohon nama saya, Rahmat Sulaiman, S.T., dicantumkan sebagai dosen pengampu course Optik."
    introduces = "Saya, Rahmat Sulaiman, S.T., dosen pengampu course Optik, mohon SKS-nya dijadikan 3."
    for text in (asks, introduces):
        start = text.index("Rahmat")
        change = FoundChange("lecturer", "Rahmat Sulaiman, S.T.", "tagger (0.97)", start, start + 21)
        assert claimed(text, (change,), None, "Optik") == ((change,) if text is asks else ())


def test_the_course_code_is_never_claimed_as_its_short_name_or_key() -> None:
    found = (
        FoundChange("shortname", "FT 2103", "label: Kode:", 10, 17),
        FoundChange("enrolment_key", "FT2103", "should be: yang benar", 30, 36),
    )
    assert claimed("x" * 60, found, "FT2103", None) == ()


def test_a_bare_labelled_current_name_is_not_claimed_but_a_new_one_equal_to_it_is() -> None:
    weak = FoundChange("fullname", "Optik", "label: Nama MK:", 0, 5, weak=True)
    strong = FoundChange("fullname", "Optik", "changed to: jadi", 0, 5)
    assert claimed("Optik dan lainnya", (weak,), "FT2103", "Optik") == ()
    assert claimed("Optik dan lainnya", (strong,), "FT2103", "Optik") == (strong,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mohon deskripsi course Optik (FT2103) diganti menjadi:\n\n"
            "Mata kuliah ini mengenalkan sifat cahaya, pembiasan, dan pemantulan pada sistem lensa.\n\n"
            "Materi praktikum:\n- bangku optik;\n- interferometer Michelson.\n\nTerima kasih,\nAri",
            "Mata kuliah ini mengenalkan sifat cahaya, pembiasan, dan pemantulan pada sistem lensa.\n\n"
            "Materi praktikum:\n- bangku optik;\n- interferometer Michelson.",
        ),
        (
            "New summary for Optics (FT2103): Light, lenses and interference, with weekly bench experiments. "
            "The old one still lists the 2019 outcomes.",
            "Light, lenses and interference, with weekly bench experiments.",
        ),
        (
            "Please replace the summary of Optics (FT2103) with:\n\n"
            "Light, lenses and interference, with weekly bench experiments and a final lab report.\n\n"
            "Nothing else needs to change.\n\nBest,\nAri",
            "Light, lenses and interference, with weekly bench experiments and a final lab report.",
        ),
    ],
)
def test_a_new_description_runs_to_the_writers_own_words(text: str, expected: str) -> None:
    assert pairs(text).get("summary") == expected


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        # a staff number's label after the new lecturer
        (
            "Mohon dosen pengampu Optika (FT2103) diganti menjadi Sari Dewi, S.Si., M.Sc. NIP. 198702022015042001.",
            "lecturer",
            "Sari Dewi, S.Si., M.Sc.",
        ),
        # a key and a name glued to the sentence after them
        ("pls set the enrolment key of Optics (FT2103) to Prism2028.Thanks a lot", "enrolment_key", "Prism2028"),
        ("nama MK Optika (FT2103) mohon jadi Optika Terapan.Makasih min", "fullname", "Optika Terapan"),
        # the new side of a slashed old/new pair
        ("Nama MK lama/baru: Optika / Optika Terapan (FT2103)", "fullname", "Optika Terapan"),
        # a description without its full stop, the closing on the next line
        (
            "Mohon deskripsi Optika (FT2103) diubah menjadi: Mata kuliah ini membahas cahaya dan lensa pada alat ukur\n"
            "Terima kasih\nAri",
            "summary",
            "Mata kuliah ini membahas cahaya dan lensa pada alat ukur",
        ),
        # a description on its label's line, the next labelled line after it
        (
            "Mohon pembaruan course Optika (FT2103):\nDeskripsi baru: Mata kuliah ini membahas cahaya dan lensa.\n"
            "SKS baru: 3\n\nTerima kasih.",
            "summary",
            "Mata kuliah ini membahas cahaya dan lensa.",
        ),
    ],
)
def test_a_value_ends_where_its_field_ends(text: str, field: str, expected: str) -> None:
    assert pairs(text).get(field) == expected


def test_two_names_slashed_without_an_old_new_label_are_not_claimed() -> None:
    assert "fullname" not in pairs("Mohon nama MK Optika (FT2103) diganti jadi Optika Terapan / Applied Optics.")
