"""Round 8's change kinds, in sentences of their own (not the tune15 or tune16 corpus's): a new lecturer told with
the person first, added to a team or made the lecturer, assigned by letter, handed over, or said to be the
lecturer from a time; a second field sharing the first change's verb; short names in capitals; marked settings
screens; tables headed "now | should be"; change words in Javanese, Sundanese, Malay and Betawi; and the near-misses
where a class, a semester or a lecturer only says which course, which group or who writes."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes


def pairs(text: str, subject: str = "") -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, None, subject)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person first
        (
            "Bu Rina Kartika, M.Pd. menggantikan Pak Yusuf sebagai pengampu Statistika mulai bulan ini.",
            {"lecturer": "Rina Kartika, M.Pd."},
        ),
        ("Pak Hendro akan menggantikan Bu Ani mengajar Gizi Dasar. Mohon diupdate.", {"lecturer": "Hendro"}),
        ("dosen Kimia udh ganti min, pak Agus Salim, M.T. yg ngajar kita skrg", {"lecturer": "Agus Salim, M.T."}),
        ("Mohon ganti nama dosen di course Gizi, sekarang Dr. Nur Aini yang mengajar.", {"lecturer": "Dr. Nur Aini"}),
        (
            "Dr. Lena Fischer now teaches Optics (FT3102); please update the course page.",
            {"lecturer": "Dr. Lena Fischer"},
        ),
        # added, enrolled, made the teacher, assigned by letter, handed over
        ("Please add Ms. Chloe Martin as co-instructor on Optics.", {"lecturer": "Chloe Martin"}),
        (
            "Mohon ditambahkan Ibu Dina Safitri, M.Si. sebagai dosen pendamping di MK Gizi.",
            {"lecturer": "Dina Safitri, M.Si."},
        ),
        ("Mohon Dr. Sinta Lubis dijadikan pengampu course Gizi.", {"lecturer": "Dr. Sinta Lubis"}),
        (
            "Direktur menunjuk Sdr. Eko Wibowo, S.T., M.T. sebagai dosen pengampu MK Hidrolika.",
            {"lecturer": "Eko Wibowo, S.T., M.T."},
        ),
        (
            "Pengampu Hidrolika dialihkan kepada Ir. Sutan Harahap, M.T. mulai UTS.",
            {"lecturer": "Ir. Sutan Harahap, M.T."},
        ),
        ("Mulai semester genap, pengampu MK Gizi adalah Dr. Ratna Sari.", {"lecturer": "Dr. Ratna Sari"}),
        ("Kindly replace Mr. Lee with Dr. Priya Nair.", {"lecturer": "Dr. Priya Nair"}),
        ("Dosen Optik: Pak Joko ➔ Dr. Maya Putri", {"lecturer": "Dr. Maya Putri"}),
        ("Mohon ganti dosen lama dengan Ir. Sutan Harahap.", {"lecturer": "Ir. Sutan Harahap"}),
        (
            "Dr. Lena Fischer is taking over Optics from Mr. Lee next week. Please update the course.",
            {"lecturer": "Dr. Lena Fischer"},
        ),
        (
            "Mohon agar Ibu Dina Safitri dapat ditambahkan sebagai pengampu MK Gizi menggantikan Pak Joko.",
            {"lecturer": "Dina Safitri"},
        ),
        (
            "SURAT TUGAS\n\nDirektur menugaskan kepada:\nNama    : Dr. Hana Siregar, M.Kes.\nNIDN    : 0011223344\n"
            "Untuk   : Mengampu mata kuliah Gizi Dasar kelas GZ-1A semester Ganjil 2027/2028.\n",
            {"lecturer": "Dr. Hana Siregar, M.Kes."},
        ),
        # the key by other names, and words of address before the verb's colon
        ("Mohon password untuk masuk course Gizi diganti jadi gizi2027.", {"enrolment_key": "gizi2027"}),
        ("Mohon ubah sandi pendaftaran MK Gizi menjadi gizi@2027.", {"enrolment_key": "gizi@2027"}),
        ("Kode enroll Gizi diganti ya min: GZ2027", {"enrolment_key": "GZ2027"}),
        ("Mahasiswa butuh kode untuk masuk. Mohon kodenya dibuat gizi-gz2a.", {}),
        ("Password untuk masuk elearning saya mohon diganti jadi abc12345.", {}),
        # a second field shares the first one's verb
        (
            "Mohon nama MK Gizi diganti jadi Gizi Klinik dan singkatannya GZK-2A.",
            {"fullname": "Gizi Klinik", "shortname": "GZK-2A"},
        ),
        # short names in capitals; a course code with a space is not one
        ("Nama singkat mohon diubah menjadi GIZIK.", {"shortname": "GIZIK"}),
        ("Kode MK diubah menjadi TRPL 3104 ya", {}),
        # a bracketed abbreviation before a reason
        (
            "Mohon nama MK diubah menjadi Teknologi Informasi Kesehatan (TIK) supaya sesuai KRS.",
            {"fullname": "Teknologi Informasi Kesehatan (TIK)"},
        ),
        # a class named by time of day
        ("Mohon kelasnya diubah jadi Karyawan-3A.", {"class": "Karyawan-3A"}),
        # dictated in another language of the region
        ("Kulo nyuwun, dosen MK Gizi digantos dados Pak Bambang Susilo.", {"lecturer": "Bambang Susilo"}),
        ("Nami mata kuliahna diganti janten Gizi Masyarakat.", {"fullname": "Gizi Masyarakat"}),
        ("Mohon tajuk kursus Optik ditukar kepada Optik Gunaan.", {"fullname": "Optik Gunaan"}),
        ("Bang, dosen Gizi diganti ame Bu Rahmi Lestari ye.", {"lecturer": "Rahmi Lestari"}),
        # enrolling someone as a teacher adds a person, it replaces no lecturer
        ("Tolong Pak Yoga Pratama di-enrol sebagai teacher di course Gizi.", {}),
        ("Could you give Dr. Omar Haddad the teacher role on Optics?", {}),
        # a course said to be named something now, an update asked
        ("Mata kuliah Gizi Dasar kini bernama Gizi Terapan, mohon diperbarui.", {"fullname": "Gizi Terapan"}),
    ],
)
def test_changes_read(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # labelled class and semester lines say which course when the change is asked elsewhere
        "Data course:\nKelas: GZ-2A\nSemester: Genap 2027/2028\nPerubahan: dosen pengampu menjadi Dr. Nur Aini",
        # people moved between classes
        "Mahasiswa atas nama Dodi dipindah ke kelas GZ-2B, mohon di-enrol ke course Gizi kelas GZ-2B.",
        # a course copied to a term
        "Mohon course Gizi dari semester lalu disalin ke semester Genap 2027/2028.",
        # who teaches, said without a change
        "Saya mengajar kelas GZ-2A. Untuk kelas GZ-2B diampu oleh Pak Joko. Mohon nama MK diganti jadi Gizi Klinik.",
        # someone replacing another at something other than teaching
        "Pak Budi menggantikan saya mengawas UTS besok. Mohon enrolment key diganti jadi gz-uts-27.",
        # a class right after "dan" only says which group
        "Mohon nama MK diubah jadi Gizi Klinik dan kelas GZ-2A juga memakai course ini.",
        # a name said to be the lecturer now while another field is asked
        "Dosen pengampu MK ini adalah Pak Budi Santoso. Mohon nama MK diganti jadi Gizi Klinik.",
        # a "why" question about a name
        "Kenapa mata kuliah Gizi sekarang bernama Gizi Terapan? Mohon dijelaskan.",
    ],
)
def test_mentions_not_claimed(text: str) -> None:
    found = pairs(text)
    assert not {"class", "semester"} & found.keys()
    assert "lecturer" not in found or "Nur Aini" in found["lecturer"]
    assert found.get("fullname") in (None, "Gizi Klinik")


def test_marked_settings_screen_and_now_should_be_table() -> None:
    screen = (
        "Saya isi yang perlu diganti:\n\nCourse full name *   Gizi Dasar\n   -> tetap\nCourse short name *   GZD\n"
        "   -> ganti: GZD-2027\nCourse category   Gizi / Semester 2\n\nDescription\nCourse summary   (kosong)\n"
        "   -> isi: Mata kuliah ini membahas zat gizi makro dan mikro bagi kesehatan.\n"
    )
    assert pairs(screen) == {
        "shortname": "GZD-2027",
        "summary": "Mata kuliah ini membahas zat gizi makro dan mikro bagi kesehatan.",
    }
    table = (
        "Please update as below.\n\n| field | now | should be |\n| code | GZ 1101 | (no change) |\n"
        "| short name | GZ1101-A | GZ1101-INT |\n"
    )
    assert pairs(table) == {"shortname": "GZ1101-INT"}
    asked = (
        "Mohon pengampu disesuaikan dengan data berikut:\nKode | Mata Kuliah | Kelas | Dosen Pengampu\n"
        "GZ1101 | Gizi Dasar | GZ-1A | Dr. Hana Siregar\n"
    )
    assert pairs(asked) == {"lecturer": "Dr. Hana Siregar"}
