"""Where a course name begins and ends inside a stretch of words: the cue words that introduce it, the sentence's
and the writer's words passed over before it, and the words that end it once begun."""

from __future__ import annotations

import re


def _words(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


STOP_WORDS = _words(
    "MK Mata Kuliah Matakuliah Matkul Makul Course Kursus Kode Mohon Tolong Untuk Pada Di Yth Saya Kami Dear Hi",
    "Halo Sesuai Perubahan Update Permohonan Request Pengumuman Penambahan Pergantian Koreksi Nama SKS",
    "Enrolment Deskripsi Typo New Please The My Gabung Kelas Announcement LB Dosen Code Title Name Judul Module",
)


# What kind of lecture it is, never which course: "Kuliah Pengganti TI-2C", "Kuliah Umum", "Lecture Online".
KIND_OF_LECTURE = _words(
    "pengganti umum tamu perdana daring luring online offline hybrid tatap muka lapangan tambahan replacement guest",
    "public makeup make-up extra susulan ulang remedial perbaikan",
)


# A course's cue words in capitals ("MATA KULIAH PENGANTAR ...", "COURSE TITLE") introduce the name as in any case.
_CUES_IN_CAPITALS = frozenset(["mata", "kuliah", "course", "module", "nama", "judul", "title", "name", "kursus"])


def introduces_name(word: str) -> bool:
    # "MK", "Matkul", "MATKUL" and "matkul" all introduce the name; a lower-case "di" or "untuk" inside one does not.
    lower = word.lower()
    return (
        word in STOP_WORDS
        or lower in {"mk", "matkul", "makul", "matakuliah"}
        or (word.isupper() and lower in _CUES_IN_CAPITALS)
    )


# A code's label ends the name before it: "Fisika Dasar II dengan kode MK FS1202", "K3 & LINGKUNGAN KERJA KODE K3L".
CODE_LABEL_WORDS = frozenset(["kode", "kd", "code"])
# The writer and the writer's role before the name: "I'm the TA for Digital Marketing", "We are the tutors of X".
PRONOUNS = frozenset(["i'm", "i’m", "im", "i", "we", "we're", "we’re", "as"])
PURPOSE = frozenset(["for", "of", "untuk", "utk", "bagi"])
# Which version of the name, never a name: "Nama MK Baru", "course Lama".
VERSION_WORDS = frozenset(["baru", "lama", "new", "old", "current", "sekarang", "usulan", "proposed", "revisi"])


# Words that end a name once it has begun: who teaches it or a title ("Basis Data Pak Budi"), when ("Senin", "This
# semester"), where it belongs ("Prodi TI"), its field, and the request or the courtesy that follows ("Mohon
# Diganti", "Terima kasih"). Before the name, the sentence's words are passed over.
_ENDS_NAME = _words(
    "pak bu bapak ibu bpk mr mr. mrs mrs. ms ms. dr dr. prof prof. senin selasa rabu kamis jumat sabtu minggu",
    "monday tuesday wednesday thursday friday saturday sunday this that these next last prodi jurusan fakultas",
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays",
    "department semester smt dosen dosennya pengampu pengampunya lecturer instructor mohon mhn tolong tlg please pls",
    "kindly terima makasih thanks thank salam regards hormat diganti diubah dirubah ganti ubah change",
    # A new sentence on the next line, or a state said in Title case: "Basis Data\nSaya ingin ...", "Fisika Dasar
    # Sudah Dibuka?".
    "saya sy aku kami yth dear hi halo hello sudah sdh udah belum blm bisa tidak tdk masih msh akan apakah kapan",
    # The academic year, who teaches it and who takes it: "Basis Data Tahun Ajaran 2026/2027", "Oleh Pak Budi",
    # "Untuk Mahasiswa Baru".
    "tahun angkatan oleh mahasiswa mhs peserta seluruh semua",
    # The new value's connector: "KODE TS2105 KEY JADI AS-27" in capitals.
    "jadi menjadi jd",
    # An English verb in Title case says something about the course: "Data Mining Has Wrong Credits".
    "has have had is are was were needs need should must does",
)
# A class named by its time or cohort, or by its code: "Kelas Karyawan", "Class Evening", "Kelas TI-1A".
_CLASS_TIMES = _words(
    "pagi siang sore malam karyawan reguler regular eksekutif internasional international morning evening night weekend"
)
_CLASS_CODE = re.compile(r"[a-z]{1,5}-?\d[a-z]?\w*[,.:;]?")
# A year is when, never a word of the name: "Basis Data 2026/2027".
_YEAR = re.compile(r"(?:19|20)\d\d(?:/(?:19|20)?\d\d)?[,.:;]?")
# "Untuk", "pada", "di" inside a name join its words ("Bahasa Inggris untuk Bisnis"); before a word that ends a name
# they close it ("... Dasar Untuk Mahasiswa Baru").
_JOINING_INTRODUCERS = frozenset(["untuk", "pada", "di", "bagi"])
_PASSED_BEFORE = _words(
    "dosen pengampu lecturer instructor mohon mhn tolong tlg please pls kindly this that these next last",
    "diganti diubah dirubah ganti ubah change",
    # What happens in the course, before its name: "UTS Basis Data", "Jadwal Kuis Fisika Dasar".
    "uts uas kuis quiz ujian exam midterm jadwal nilai",
    # The writer's role: "Saya Koordinator Basis Data Lanjut", "the Course Coordinator of Strength of Materials".
    "koordinator coordinator ketua kaprodi sekretaris asisten assistant asdos tutor head leader pengajar laboran",
    # A question opening the sentence: "Could the Fluid Mechanics module ...", "Apakah course X bisa ...".
    "could can would will is are was does did may might shall should apakah bisakah bolehkah dapatkah",
)


# Introducing words that also open the next sentence: "Heat Transfer\nThe ...", "Basis Data\nUpdate: ...".
_OPENS_SENTENCE = _words(
    "the my new halo sesuai update request permohonan perubahan pengumuman penambahan pergantian koreksi typo gabung",
    "announcement",
)


def name_span(words: list[str]) -> tuple[int, int]:
    """Where the name starts (after the last word that introduces it: "... untuk MK Statistika Komputasi") and ends
    (at the first word that ends one: "MK Basis Data Lanjut Mohon Diganti")."""
    cut = 0
    before = (0, 0)
    for index, word in enumerate(words):
        lower = word.lower().strip(",.:;")
        if index > cut and (lower in _ENDS_NAME or _YEAR.fullmatch(word)):
            return cut, index
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        # "Basis Data Lanjut Kelas Karyawan", "Fisika Kelas TI-1A": a class after a name ends it; it opens none.
        if (
            index > cut
            and lower in {"kelas", "class"}
            and (following in _CLASS_TIMES or _CLASS_CODE.fullmatch(following))
        ):
            return cut, index
        if index > cut and lower in _JOINING_INTRODUCERS and following in _ENDS_NAME:
            return cut, index
        # "... Menengah II Program Studi Akuntansi", "... II Genap 2027/2028": the programme or the academic year
        # after a name ends it; "pada"/"untuk"/"di" before them go too.
        if index > cut and (
            (lower == "program" and following in {"studi", "study"})
            or (lower in {"ta", "genap", "ganjil", "odd", "even"} and _YEAR.fullmatch(following))
        ):
            while index - 1 > cut and words[index - 1].lower() in _JOINING_INTRODUCERS:
                index -= 1
            return cut, index
        # "Mata Kuliah X" introduces a name; "Kuliah Kerja Nyata" is one.
        after_mata = lower != "kuliah" or (index > 0 and words[index - 1].lower() == "mata")
        if (introduces_name(word) and after_mata) or (index == cut and lower in _PASSED_BEFORE):
            before = (cut, index)
            cut = index + 1
    # "Heat Transfer\nThe short name ...": a sentence's opening word after the name, with nothing after it, ends the
    # name rather than introducing one.
    if cut == len(words) and words and words[-1].lower() in _OPENS_SENTENCE and before[1] > before[0]:
        return before
    return cut, len(words)
