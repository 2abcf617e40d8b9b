"""The shapes a course code takes as people type it (a space, a hyphen, lower case, a practicum letter, a dot under a
label, a column of codes, labels in other words, the subject's ends), kept as written; and the numbers beside
courses that are no code: classes, rooms, staff and student numbers, tickets, letters, years, scores, accounts."""

from __future__ import annotations

import pytest

from daemon.classify.course_code import find_course_code


@pytest.mark.parametrize(
    ("subject", "text", "code"),
    [
        # Beside its name on either side, with a space, a hyphen or in mixed case.
        ("", "Nama dosen Pemrograman Mobile RPL 3203 masih yang lama.", "RPL 3203"),
        ("", "Please change the key of Fluid Mechanics ME-2207 to fluid27.", "ME-2207"),
        ("", "Terkait Mb2301 Manajemen Keuangan, mohon semesternya diubah.", "Mb2301"),
        ("", "Mohon perbaiki Statistika Dasar, TI 1203, karena sks nya salah.", "TI 1203"),
        # A practicum's letter, a dot under a label.
        ("", "Enrolment key Praktikum Jaringan (RKS2104P) mohon diganti.", "RKS2104P"),
        ("", "Kode MK : ELK.3302\nNama MK : Robotika", "ELK.3302"),
        # Labels in other words.
        ("", "kd mk: tre 2105, tolong dosennya diganti", "tre 2105"),
        ("", "Kode mata kuliahnya if 3107 ya min.", "if 3107"),
        ("", "Unit code: MKT 2104\nPlease update the summary.", "MKT 2104"),
        ("", "Course no. acc-1102 needs a new enrolment key.", "acc-1102"),
        ("", "Kode MK (lihat KRS): AK 2201", "AK 2201"),
        ("", "Untuk modul ENG 2101 mohon dosennya diganti.", "ENG 2101"),
        ("", "Untuk course saya, ti 2206, mohon key diganti.", "ti 2206"),
        # In brackets with the class after the name; a label cell ending in its own colon.
        ("", "Mohon key Sistem Operasi (IF 2207 / TI-2C) diganti.", "IF 2207"),
        ("", "Kode Mata Kuliah: | rks-3105\nNama Mata Kuliah: | Forensik Digital", "rks-3105"),
        # The code as the course noun's modifier.
        ("", "Could you reset the enrolment key of the BIS 3102 course?", "BIS 3102"),
        # A form in capitals.
        ("", "MATA KULIAH: STATISTIKA - MA 1203", "MA 1203"),
        ("", "1. ELK 3305 MIKROPROSESOR", "ELK 3305"),
        # A column headed by the word for a code, in a document's or an HTML table's text.
        ("", "No | Kode | Nama | Kelas\n1 | tif 1105 | Logika Informatika | TI-1A", "tif 1105"),
        ("", "Kode MK| Mata Kuliah\n---|---\nMES 3104| Perpindahan Panas", "MES 3104"),
        # The subject opening or ending with the code.
        ("AKT 2105 - perubahan sks", "Mohon sks diubah menjadi 3.", "AKT 2105"),
        ("Permohonan ganti enrol key elk-2201", "Mohon bantuannya.", "elk-2201"),
        # Moodle's settings screen: a label of two words, the value in a column.
        ("", "Course full name     Robotika\nCourse ID number     tre 3302\nCourse visibility  Show", "tre 3302"),
        ("", "Nama singkat kursus    ELDA\nNomor ID kursus        EL-2207", "EL-2207"),
        # Labels mistyped, glued or dotted, or followed by a dash.
        ("", "kdoe matkul nya if2210 min", "if2210"),
        ("", "kodemk:bis2203 tolong dicek", "bis2203"),
        ("", "Kode M.K. : TRE – 2205\nNama M.K. : Otomasi", "TRE – 2205"),
        ("", "Unit Code - ACC 2104\nUnit Title - Auditing", "ACC 2104"),
        # The suffix of a class session or a programme, where the code is named.
        ("", "Kode MK: EL2105-M (kelas malam)", "EL2105-M"),
        ("", "Untuk Akuntansi Keuangan (AKT2101-P) mohon key diganti.", "AKT2101-P"),
        # Letters with a digit inside.
        ("", "Kode mata kuliah: P3K 1102", "P3K 1102"),
        ("", "Kode MK: K3 1201\nNama MK: Dasar K3", "K3 1201"),
        # A course whose name ends in a place word, or that a course word names.
        ("", "I mark the reports of Digital Circuits Lab (ELD 2202) on Mondays.", "ELD 2202"),
        ("", "Mohon pengampu Studio Fotografi (dkv 1205) diganti.", "dkv 1205"),
        # The label's possessive as Javanese, Sundanese and Betawi write it; a name glued to its code by a slash.
        ("", "kodene tre 2209 mas, key-ne tulung diganti", "tre 2209"),
        ("", "Kodenye ak-2106 bang, dosennye ganti ya", "ak-2106"),
        ("", "Mata kuliah Mekanika Teknik/MES 2104 diampu Pak Andi mulai minggu ini.", "MES 2104"),
        # A short name that is the code and a year, when nothing else names the course.
        ("", "Short name sekarang masih RKS2104-2025, mohon disesuaikan.", "RKS2104"),
    ],
)
def test_a_code_as_written(subject: str, text: str, code: str) -> None:
    assert find_course_code(subject, text) == code


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # Rooms and labs: after "di"/"ke", a place in brackets or after a comma, a room's class.
        ("", "Kuliah pengganti Kalkulus diadakan di GU 805 (Gedung Utama)."),
        ("", "Praktikum dipindah ke TA 1102 mulai minggu depan."),
        ("", "Responsi Fisika: GU 703 (Lab Fisika), Rabu."),
        ("", "Tempat: Politeknik Negeri Batam, GU 702, lantai 7"),
        ("", "LOKASI: GEDUNG UTAMA GU 706 LANTAI 7"),
        ("", "Ruang kelas: GU 604"),
        ("Rapat koordinasi pindah ke GU 805", ""),
        # Classes, student and staff numbers, tickets, letters, decrees.
        ("", "Untuk kelas TI-2B dan MB 3A serta TRE-3B Malam, mohon dicek."),
        ("", "NIM 3312201045, NIP 197805122005011002, NIDN 0012078801"),
        ("Re: [P4M #2231] nama course", "Nomor: 118/PL29/TI/2027"),
        ("", "Sesuai SK 2213 Tahun 2027 tentang kurikulum"),
        # Years, scores, errors, versions, a longer number, a name with its number.
        ("Bimbingan TA 2026", ""),
        ("Nilai EPT 475", ""),
        ("", "Saat menyimpan muncul (HTTP 502)."),
        ("", "Transfer ke Bank BRI 0345 0100 2233 506"),
        ("", "Libur Idul Fitri 1448 H"),
        ("", "Moodle 4.1.2, SEB 3.7 dan jam 08.00"),
        # A place named before the bracket, also across a line break; a lab after "di"/"ke".
        ("", "Praktikum tetap di Workshop lantai 2\n(TA 1204)."),
        ("", "Kuliah pindah ke Lab Jaringan (GU 806) mulai besok."),
        # A short name whole, its letters abbreviating the name; a new value after "jd" or an arrow.
        ("", "Short name: ME2101-A, please keep it."),
        ("", "The short name is shown as MK3702-IA, a typo."),
        ("", "short name tolong jd AK2201-M ya"),
        ("", "nama singkat → AK2207 ya min"),
        # A model or a batch shaped like a code and a year, with no short name said.
        ("", "Laptop lab pakai kartu RTX3060-12G, batch PRD2201-27 datang besok."),
        # A path's or a letter number's part after a slash.
        ("", "Lihat https://elearning.polibatam.ac.id/course/IF 2204 dan surat 45/PL29/TI 2027."),
        # Digits inside letters need the writer's word: a product, a vaccine, a version.
        ("", "Pakai laptop dengan Core i5 8250 dan MP3 1234 tidak perlu."),
        ("", "Lulusan D3 2024 dan S1 2026 boleh ikut, kelas A1 1020 di GU 702."),
    ],
)
def test_not_a_code(subject: str, text: str) -> None:
    assert find_course_code(subject, text) is None
