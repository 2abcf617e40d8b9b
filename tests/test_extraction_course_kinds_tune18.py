"""Current course name by the grammar of the eighteenth name corpus, in other words than its mails: the name a past
change gave in a request to undo it, where a name starts (at a word's start, after classes joined by connectors or a
question's opening words), a lower-case name before its code's label, a form's abbreviated label and dashed value, a
quoted name with its code, a sheet exported as text; and the near-misses that must read no name or a shorter one."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code


@pytest.mark.parametrize(
    ("subject", "text", "name"),
    [
        # Undoing a rename: the value the past change gave is the name the course has now.
        (
            "",
            "Nama MK TS2102 kemarin sudah diubah menjadi Hidrolika Terapan. Mohon dikembalikan ke Hidrolika.",
            "Hidrolika Terapan",
        ),
        (
            "",
            'Course CE2104 got renamed to "Structural Steel Design". Please set it back to Steel Design.',
            "Structural Steel Design",
        ),
        ("", "MK KM2105 sekarang bernama Kimia Fisik Lanjut, tolong pulihkan ke Kimia Fisik.", "Kimia Fisik Lanjut"),
        # Without a request to undo, or about another field, the value a change gave is no name.
        ("", "Nama MK TS2102 sudah diubah menjadi Hidrolika Terapan. Terima kasih banyak.", None),
        ("", "Enrolment key TS2102 kemarin sudah diganti jadi Hidro-27, mohon dikembalikan.", None),
        # A lower-case name between a course cue and its code's label; a lone connector is none.
        ("", "tolong di kelas rekayasa lalu lintas kode TS3205 enrol key nya diganti", "rekayasa lalu lintas"),
        ("", "untuk mk dengan kode TS3205 sks nya 3", None),
        # A name starts at a word's start, after classes joined by connectors and after a question's opening words.
        ("", "I run section CE-2A of Concrete Technology (CE2203) this term.", "Concrete Technology"),
        (
            "",
            "Saya mengampu kelas TS-1A dan TS-1B pada Gambar Rekayasa (TS1103), mohon key diganti.",
            "Gambar Rekayasa",
        ),
        ("", "Can the Urban Planning module (AR3102) get a new key?", "Urban Planning"),
        # A form's label with the course word abbreviated, a value set off by a dash; never a lower-case aside.
        ("", "Kode M.K. : AR2201\nNama M.K. : Studio Arsitektur 2\n", "Studio Arsitektur 2"),
        ("", "Subject Code - ARC 2201\nModule Title - Architectural Studio\n", "Architectural Studio"),
        # A quoted name with its code after it; never the new name a change verb leads to.
        ("", 'Saya mengajar "Teknik Pantai" (TS3108) semester ini.', "Teknik Pantai"),
        ("", 'Mohon diganti menjadi "Teknik Pantai" (TS3108) ya.', None),
        # A class letter after a dash closes a name.
        ("", "Studio Desain - Kelas B (AR2105) key-nya diganti ya.", "Studio Desain"),
        # A sheet exported as text: the old name's column, never the row glued to the new one.
        ("", "No\tKode\tNama MK Lama\tNama MK Baru\n1\tTS2107\tMekanika Fluida\tHidromekanika\n", "Mekanika Fluida"),
        # What closes a name once begun: where it shows, a section's letter, a sentence opening the next line, an
        # acronym of its words glued by a hyphen; a hyphenated word of the name stays.
        ("", "Mohon key MK Hidrologi di E-Learning diganti, kode TS2203.", "Hidrologi"),
        ("", "Please reset the key of Urban Design Section D (AR3104).", "Urban Design"),
        ("", "Re: course AR2106 - Building Physics\nThe key should be bp-27.", "Building Physics"),
        ("", "key matkul Manajemen Proyek Konstruksi-MPK (TS3106) ganti ya", "Manajemen Proyek Konstruksi"),
        ("", "SKS MK Bahasa Inggris Pra-IELTS (BI1105) jadi 1.", "Bahasa Inggris Pra-IELTS"),
        # The name after its code, joined by "and title", ", nama MK"; never a person.
        ("", "The module with code AR4101 and title Landscape Design needs a new key.", "Landscape Design"),
        ("", "Kode MK AR4101, nama MK Desain Lansekap, mohon key diganti.", "Desain Lansekap"),
        # A forwarded message's subject line in the body is a subject too.
        (
            "Fwd: mohon bantu",
            "---------- Forwarded message ---------\nSubject: Ganti dosen Ilmu Ukur Tanah\n\nKode TS1202.",
            "Ilmu Ukur Tanah",
        ),
        # ... and so is the line a forward is unwrapped to, a heading over a blank line; a person after "dosen" is not.
        (
            "",
            "Tolong dibantu ya.\nGanti dosen Drainase Perkotaan\n\nKode TS3207, dosennya Bu Rina.",
            "Drainase Perkotaan",
        ),
        ("", "Tolong dibantu ya.\nGanti dosen Pak Budi\n\nKode TS3207, dosennya Bu Rina.", None),
        # In capitals the new value's connector ends a name: never "KEY JADI X" as a course.
        ("", "MOHON KODE TS2105 KEY JADI AS-27", None),
        # A class by its time or cohort and an English verb in Title case end a name.
        ("", "Mohon key MK Perencanaan Wilayah Kelas Malam (AR3201) diganti.", "Perencanaan Wilayah"),
        ("", "The course Urban Economics Needs A New Key (AR3205).", "Urban Economics"),
        # Gmail's bold or italic marks and guillemets around a name mark it as quotes do.
        ("", "Mohon key matkul *Teknik Sungai* (TS3109) diganti.", "Teknik Sungai"),
        ("", "Mohon key matkul _Teknik Sungai_ (TS3109) diganti.", "Teknik Sungai"),
        ("", "Mohon key course «Teknik Sungai» (TS3109) diganti.", "Teknik Sungai"),
        # Before a code: a titled person, a programme or department, a room, a field alone name no course.
        ("", "Atas nama Bpk. Dr. Made Suarta (TS2201), key mohon diganti.", None),
        ("", "Program Studi Teknik Sipil (TS2201) mohon key diganti.", None),
        ("", "Ruang Gambar 2, kode MK TS2201: key-nya diganti jadi rg-2.", None),
    ],
)
def test_current_name(subject: str, text: str, name: str | None) -> None:
    code = find_course_code(subject, text)
    assert find_course_name(subject, text, code) == name
