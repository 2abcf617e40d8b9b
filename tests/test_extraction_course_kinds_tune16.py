"""Current course name by the grammar of how people name a course, in other words than the sixteenth name corpus:
what ends a name once begun (a code's label, a person's title, a day, a programme, a state, the request), the
sentence's and the writer's words passed over before it, Title-case words in brackets closing it, a quoted name as
the system shows it in any case, tables of now/requested columns, settings screens with a required mark, old/new
pairs opening a mail, a subject tagged with the course; and the near-misses that must read no name or a shorter one."""

from __future__ import annotations

import pytest

from daemon.classify.course import find_course_name
from daemon.classify.course_code import find_course_code


@pytest.mark.parametrize(
    ("subject", "text", "name"),
    [
        # A code's label ends a name, in any case and with its course word after it.
        ("", "Untuk Mekanika Tanah dengan kode MK TS2104 mohon key diganti jadi mt-2.", "Mekanika Tanah"),
        ("", "MATKUL GAMBAR TEKNIK KODE TM1103 DOSENNYA MOHON DIGANTI.", "GAMBAR TEKNIK"),
        ("", "kak matkul ilmu bahan kode TM1202 sks nya salah", "ilmu bahan"),
        # Words that end a name once begun: a person, a day, a programme, a state, a new sentence, the request.
        ("", "Mohon dosen mata kuliah Ekonomi Mikro Pak Joko diganti menjadi Bu Tari.", "Ekonomi Mikro"),
        ("", "Tolong umumkan di course Teknik Tenaga Listrik Minggu Depan ada kuis.", "Teknik Tenaga Listrik"),
        ("", "SKS mata kuliah Mekanika Teknik Prodi Teknik Sipil harusnya 3.", "Mekanika Teknik"),
        ("", "Mohon info, apakah course Akuntansi Biaya Sudah Dibuka?", "Akuntansi Biaya"),
        ("", "Mohon untuk course Statika\nSaya ingin enrol key diganti jadi st-2.", "Statika"),
        ("", "Nama course IF2204 Pemrograman Visual Mohon Diganti menjadi Pemrograman Desktop.", "Pemrograman Visual"),
        ("", "Dear P4M, I teach Signal Processing This semester and the key should be sp-3.", "Signal Processing"),
        # The academic year, who teaches it and who takes it end a name.
        ("", "Mohon key MK Ekonomi Teknik 2027/2028 diganti jadi et-27.", "Ekonomi Teknik"),
        ("", "Mohon key MK Ekonomi Teknik Tahun Ajaran 2027/2028 diganti.", "Ekonomi Teknik"),
        ("", "mata kuliah Geologi Teknik Oleh Bu Sari dosennya ganti", "Geologi Teknik"),
        ("", "Mohon tayangkan di course Pengantar Bisnis Untuk Mahasiswa Baru.", "Pengantar Bisnis"),
        ("", "Mohon dosen MK Kuliah Kerja Nyata (KKN) diganti.", "Kuliah Kerja Nyata"),
        # A connector in Title case is a word of the name.
        ("", "Mohon ganti dosen Ilmu Penyakit Dalam (KP2204) menjadi dr. Rudi.", "Ilmu Penyakit Dalam"),
        # The writer's role and what happens in the course are passed over before the name.
        ("", "I'm the teaching assistant for Digital Logic (EL1102), please reset the key.", "Digital Logic"),
        ("", "Saya Koordinator Sistem Basis Data (IF2301), mohon key diganti jadi sbd-1.", "Sistem Basis Data"),
        ("", "Untuk UTS Fisika Modern (FI2103) mohon diumumkan jadwalnya.", "Fisika Modern"),
        # Title-case words in brackets close a name; a time of day, a class, a term, a person or an alias do not.
        ("", "Mohon key course Kimia Organik (Praktikum) diganti jadi ko-p.", "Kimia Organik (Praktikum)"),
        ("", "Please reset the key of Marine Diesel Engines (Lab) today.", "Marine Diesel Engines (Lab)"),
        ("", "Mohon key course Kimia Organik (Kelas Malam) diganti jadi ko-m.", "Kimia Organik"),
        ("", "Mohon key course Kimia Organik (Pak Hadi) diganti jadi ko-h.", "Kimia Organik"),
        ("", "Mohon key course Kimia Organik (KO) diganti jadi ko-1.", "Kimia Organik"),
        ("", "Mohon dosen mata kuliah PPKN (Pendidikan Pancasila) diganti.", "Pendidikan Pancasila"),
        # A quoted name as the system shows it is kept as written, in lower case too; not a term or a person.
        ("", 'Di e-learning matkul saya muncul sebagai "ekonomi teknik" saja, mohon diganti.', "ekonomi teknik"),
        ("", "The title is wrong. At the moment it says 'fluid mechanics' (code ME2201).", "fluid mechanics"),
        # ... with a word for now between (round 21, found in tune37's "It currently reads ...")
        ("", 'Fix the title of ME2201 please. It presently shows "Fluid Mechanic"; make it plural.', "Fluid Mechanic"),
        ("", 'Judul MK TS2202 salah. Ini sekarang tertulis "Hidrolika Dsar", mohon dibetulkan.', "Hidrolika Dsar"),
        ("", 'The course page still shows "Genap 2024/2025", please update the semester.', None),
        ("", "Mohon pengumuman berjudul 'Kuis Ditunda' ditayangkan di course TK2204.", None),
        # A table of fields with columns for the value now and the one asked for.
        ("", "Field | Current | Requested\nCourse name | Hidrologi | Hidrologi Terapan", "Hidrologi"),
        ("", "Data\tSemula\tMenjadi\nNama MK\tSurvei Dasar\tSurvei dan Pemetaan", "Survei Dasar"),
        ("", "Kode MK | Nama MK Baru\nTS3101 | Rekayasa Pantai", None),
        # Settings screens: a required mark after the label; Moodle's Indonesian label beside its value.
        ("", "Course full name *      Geodesi Satelit\nCourse short name *     GS-1", "Geodesi Satelit"),
        ("", "Nama lengkap kursus *\tFotogrametri\nNama singkat kursus *\tFG-1", "Fotogrametri"),
        # An old/new pair opening the mail under a subject that names the course's name.
        ("nama MK TS2201", "Lama: Beton Bertulang\nBaru: Struktur Beton Bertulang", "Beton Bertulang"),
        ("Course title ME3105", "Was: Heat Transfer\nShould be: Heat and Mass Transfer", "Heat Transfer"),
        ("Short name TS2201", "Lama: BB-1\nBaru: BB-2", None),
        # A name at a line's start closed by its class; never what the class is told about.
        ("", "Teknik Pondasi untuk kelas TS-3A mohon dosennya diganti.", "Teknik Pondasi"),
        ("", "Tugas Besar untuk kelas TS-3A dikumpulkan Jumat.", None),
        # A person greeted before the code is no course; the name after the code is.
        ("", "Bu Sari: Pak Hendra, TM2105 Mekanika Getaran dipegang Bu Rina ya", "Mekanika Getaran"),
        # An owner or an article at a sentence's start, and a partner's "unit"; never the students' programme.
        ("", "Our Corporate Finance course still lists Mr. Lee as lecturer.", "Corporate Finance"),
        ("", "Re the Soil Mechanics unit: the key should be sm-4.", "Soil Mechanics"),
        ("", "Mohon diumumkan kepada mahasiswa Teknik Elektro kelas EL-2A bahwa kuis ditunda.", None),
        # A subject tagged with the course in square brackets before the field it asks about; a list's tag is none.
        ("[Perancangan Kapal] ganti short name", "Tolong diganti jadi PK-2 ya.", "Perancangan Kapal"),
        ("[EXTERNAL] ganti short name", "Tolong diganti jadi PK-2 ya.", None),
    ],
)
def test_current_name(subject: str, text: str, name: str | None) -> None:
    code = find_course_code(subject, text)
    assert find_course_name(subject, text, code) == name
